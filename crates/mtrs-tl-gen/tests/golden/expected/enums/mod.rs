// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod auth;

/// The boxed type `FutureSalt`: `future_salt`.
#[derive(Debug, Clone, PartialEq)]
pub enum FutureSalt {
    /// `future_salt#0949d9dc`
    FutureSalt(crate::types::FutureSalt),
}

impl FutureSalt {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FutureSalt(_) => 0x0949d9dc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FutureSalt(_) => "future_salt",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0949d9dc => Self::FutureSalt(<crate::types::FutureSalt>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "FutureSalt" }),
        })
    }
}

impl Serialize for FutureSalt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FutureSalt(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FutureSalt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalt {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FutureSalt(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::FutureSalt> for FutureSalt {
    fn from(x: crate::types::FutureSalt) -> Self {
        Self::FutureSalt(x)
    }
}

/// The boxed type `FutureSalts`: `future_salts`.
#[derive(Debug, Clone, PartialEq)]
pub enum FutureSalts {
    /// `future_salts#ae500895`
    FutureSalts(crate::types::FutureSalts),
}

impl FutureSalts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FutureSalts(_) => 0xae500895,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FutureSalts(_) => "future_salts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xae500895 => Self::FutureSalts(<crate::types::FutureSalts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "FutureSalts" }),
        })
    }
}

impl Serialize for FutureSalts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FutureSalts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FutureSalts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FutureSalts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::FutureSalts> for FutureSalts {
    fn from(x: crate::types::FutureSalts) -> Self {
        Self::FutureSalts(x)
    }
}

/// The boxed type `InputPeer`: `inputPeerEmpty`, `inputPeerUser`.
#[derive(Debug, Clone, PartialEq)]
pub enum InputPeer {
    /// `inputPeerEmpty#7f3b18ea`
    InputPeerEmpty,
    /// `inputPeerUser#dde8a54c`
    InputPeerUser(crate::types::InputPeerUser),
}

impl InputPeer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::InputPeerEmpty => 0x7f3b18ea,
            Self::InputPeerUser(_) => 0xdde8a54c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::InputPeerEmpty => "inputPeerEmpty",
            Self::InputPeerUser(_) => "inputPeerUser",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7f3b18ea => Self::InputPeerEmpty,
            0xdde8a54c => Self::InputPeerUser(<crate::types::InputPeerUser>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "InputPeer" }),
        })
    }
}

impl Serialize for InputPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::InputPeerEmpty => buf.extend_from_slice(&0x7f3b18eau32.to_le_bytes()),
            Self::InputPeerUser(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for InputPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for InputPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::InputPeerEmpty => {
                w.begin_object("inputPeerEmpty");
                w.end_object();
            }
            Self::InputPeerUser(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::InputPeerEmpty> for InputPeer {
    fn from(_x: crate::types::InputPeerEmpty) -> Self {
        Self::InputPeerEmpty
    }
}

impl From<crate::types::InputPeerUser> for InputPeer {
    fn from(x: crate::types::InputPeerUser) -> Self {
        Self::InputPeerUser(x)
    }
}

/// The boxed type `Message`: `message`.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// `message#0df00002`
    Message(crate::types::Message),
}

impl Message {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Message(_) => 0x0df00002,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Message(_) => "message",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0df00002 => Self::Message(<crate::types::Message>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Message" }),
        })
    }
}

impl Serialize for Message {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Message(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Message {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Message {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Message(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::Message> for Message {
    fn from(x: crate::types::Message) -> Self {
        Self::Message(x)
    }
}

/// The boxed type `MessageContainer`: `msg_container`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageContainer {
    /// `msg_container#29c1636d`
    MsgContainer(crate::types::MsgContainer),
}

impl MessageContainer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgContainer(_) => 0x29c1636d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgContainer(_) => "msg_container",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x29c1636d => Self::MsgContainer(<crate::types::MsgContainer>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MessageContainer" }),
        })
    }
}

impl Serialize for MessageContainer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgContainer(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MessageContainer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageContainer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgContainer(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::MsgContainer> for MessageContainer {
    fn from(x: crate::types::MsgContainer) -> Self {
        Self::MsgContainer(x)
    }
}

/// The boxed type `Peer`: `peerUser`.
#[derive(Debug, Clone, PartialEq)]
pub enum Peer {
    /// `peerUser#59511722`
    PeerUser(crate::types::PeerUser),
}

impl Peer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerUser(_) => 0x59511722,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerUser(_) => "peerUser",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x59511722 => Self::PeerUser(<crate::types::PeerUser>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Peer" }),
        })
    }
}

impl Serialize for Peer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerUser(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Peer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Peer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerUser(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::PeerUser> for Peer {
    fn from(x: crate::types::PeerUser) -> Self {
        Self::PeerUser(x)
    }
}

/// The boxed type `RichText`: `textEmpty`, `textBold`.
#[derive(Debug, Clone, PartialEq)]
pub enum RichText {
    /// `textEmpty#dc3d824f`
    TextEmpty,
    /// `textBold#6724abc4`
    TextBold(Box<crate::types::TextBold>),
}

impl RichText {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TextEmpty => 0xdc3d824f,
            Self::TextBold(_) => 0x6724abc4,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TextEmpty => "textEmpty",
            Self::TextBold(_) => "textBold",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdc3d824f => Self::TextEmpty,
            0x6724abc4 => Self::TextBold(Box::new(<crate::types::TextBold>::deserialize_bare(r)?)),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "RichText" }),
        })
    }
}

impl Serialize for RichText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TextEmpty => buf.extend_from_slice(&0xdc3d824fu32.to_le_bytes()),
            Self::TextBold(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RichText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RichText {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TextEmpty => {
                w.begin_object("textEmpty");
                w.end_object();
            }
            Self::TextBold(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::TextEmpty> for RichText {
    fn from(_x: crate::types::TextEmpty) -> Self {
        Self::TextEmpty
    }
}

impl From<crate::types::TextBold> for RichText {
    fn from(x: crate::types::TextBold) -> Self {
        Self::TextBold(Box::new(x))
    }
}

/// The boxed type `User`: `user`.
#[derive(Debug, Clone, PartialEq)]
pub enum User {
    /// `user#3e95c7c4`
    User(crate::types::User),
}

impl User {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::User(_) => 0x3e95c7c4,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::User(_) => "user",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3e95c7c4 => Self::User(<crate::types::User>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "User" }),
        })
    }
}

impl Serialize for User {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::User(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for User {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for User {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::User(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::User> for User {
    fn from(x: crate::types::User) -> Self {
        Self::User(x)
    }
}

/// The boxed type `Username`: `username`.
#[derive(Debug, Clone, PartialEq)]
pub enum Username {
    /// `username#b4073647`
    Username(crate::types::Username),
}

impl Username {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Username(_) => 0xb4073647,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Username(_) => "username",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb4073647 => Self::Username(<crate::types::Username>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Username" }),
        })
    }
}

impl Serialize for Username {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Username(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Username {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Username {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Username(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::Username> for Username {
    fn from(x: crate::types::Username) -> Self {
        Self::Username(x)
    }
}
