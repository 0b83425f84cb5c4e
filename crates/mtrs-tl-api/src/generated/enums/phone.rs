// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `phone` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `phone.ExportedGroupCallInvite`: `phone.exportedGroupCallInvite`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedGroupCallInvite {
    /// `phone.exportedGroupCallInvite#204bd158`
    ExportedGroupCallInvite(crate::types::phone::ExportedGroupCallInvite),
}

impl ExportedGroupCallInvite {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedGroupCallInvite(_) => 0x204bd158,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedGroupCallInvite(_) => "phone.exportedGroupCallInvite",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x204bd158 => Self::ExportedGroupCallInvite(<crate::types::phone::ExportedGroupCallInvite>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.ExportedGroupCallInvite" }),
        })
    }
}

impl Serialize for ExportedGroupCallInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedGroupCallInvite(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedGroupCallInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedGroupCallInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedGroupCallInvite(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::ExportedGroupCallInvite> for ExportedGroupCallInvite {
    fn from(x: crate::types::phone::ExportedGroupCallInvite) -> Self {
        Self::ExportedGroupCallInvite(x)
    }
}

impl crate::peers::Peers for ExportedGroupCallInvite {}

/// The boxed type `phone.GroupCall`: `phone.groupCall`.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupCall {
    /// `phone.groupCall#9e727aad`
    GroupCall(crate::types::phone::GroupCall),
}

impl GroupCall {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GroupCall(_) => 0x9e727aad,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GroupCall(_) => "phone.groupCall",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9e727aad => Self::GroupCall(<crate::types::phone::GroupCall>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.GroupCall" }),
        })
    }
}

impl Serialize for GroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GroupCall(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GroupCall(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::GroupCall> for GroupCall {
    fn from(x: crate::types::phone::GroupCall) -> Self {
        Self::GroupCall(x)
    }
}

impl crate::peers::Peers for GroupCall {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::GroupCall(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `phone.GroupCallStars`: `phone.groupCallStars`.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupCallStars {
    /// `phone.groupCallStars#9d1dbd26`
    GroupCallStars(crate::types::phone::GroupCallStars),
}

impl GroupCallStars {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GroupCallStars(_) => 0x9d1dbd26,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GroupCallStars(_) => "phone.groupCallStars",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9d1dbd26 => Self::GroupCallStars(<crate::types::phone::GroupCallStars>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.GroupCallStars" }),
        })
    }
}

impl Serialize for GroupCallStars {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GroupCallStars(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GroupCallStars {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStars {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GroupCallStars(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::GroupCallStars> for GroupCallStars {
    fn from(x: crate::types::phone::GroupCallStars) -> Self {
        Self::GroupCallStars(x)
    }
}

impl crate::peers::Peers for GroupCallStars {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::GroupCallStars(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `phone.GroupCallStreamChannels`: `phone.groupCallStreamChannels`.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupCallStreamChannels {
    /// `phone.groupCallStreamChannels#d0e482b2`
    GroupCallStreamChannels(crate::types::phone::GroupCallStreamChannels),
}

impl GroupCallStreamChannels {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GroupCallStreamChannels(_) => 0xd0e482b2,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GroupCallStreamChannels(_) => "phone.groupCallStreamChannels",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xd0e482b2 => Self::GroupCallStreamChannels(<crate::types::phone::GroupCallStreamChannels>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.GroupCallStreamChannels" }),
        })
    }
}

impl Serialize for GroupCallStreamChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GroupCallStreamChannels(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GroupCallStreamChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStreamChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GroupCallStreamChannels(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::GroupCallStreamChannels> for GroupCallStreamChannels {
    fn from(x: crate::types::phone::GroupCallStreamChannels) -> Self {
        Self::GroupCallStreamChannels(x)
    }
}

impl crate::peers::Peers for GroupCallStreamChannels {}

/// The boxed type `phone.GroupCallStreamRtmpUrl`: `phone.groupCallStreamRtmpUrl`.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupCallStreamRtmpUrl {
    /// `phone.groupCallStreamRtmpUrl#2dbf3432`
    GroupCallStreamRtmpUrl(crate::types::phone::GroupCallStreamRtmpUrl),
}

impl GroupCallStreamRtmpUrl {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GroupCallStreamRtmpUrl(_) => 0x2dbf3432,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GroupCallStreamRtmpUrl(_) => "phone.groupCallStreamRtmpUrl",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2dbf3432 => Self::GroupCallStreamRtmpUrl(<crate::types::phone::GroupCallStreamRtmpUrl>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.GroupCallStreamRtmpUrl" }),
        })
    }
}

impl Serialize for GroupCallStreamRtmpUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GroupCallStreamRtmpUrl(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GroupCallStreamRtmpUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStreamRtmpUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GroupCallStreamRtmpUrl(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::GroupCallStreamRtmpUrl> for GroupCallStreamRtmpUrl {
    fn from(x: crate::types::phone::GroupCallStreamRtmpUrl) -> Self {
        Self::GroupCallStreamRtmpUrl(x)
    }
}

impl crate::peers::Peers for GroupCallStreamRtmpUrl {}

/// The boxed type `phone.GroupParticipants`: `phone.groupParticipants`.
#[derive(Debug, Clone, PartialEq)]
pub enum GroupParticipants {
    /// `phone.groupParticipants#f47751b6`
    GroupParticipants(crate::types::phone::GroupParticipants),
}

impl GroupParticipants {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GroupParticipants(_) => 0xf47751b6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GroupParticipants(_) => "phone.groupParticipants",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf47751b6 => Self::GroupParticipants(<crate::types::phone::GroupParticipants>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.GroupParticipants" }),
        })
    }
}

impl Serialize for GroupParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GroupParticipants(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GroupParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GroupParticipants(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::GroupParticipants> for GroupParticipants {
    fn from(x: crate::types::phone::GroupParticipants) -> Self {
        Self::GroupParticipants(x)
    }
}

impl crate::peers::Peers for GroupParticipants {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::GroupParticipants(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `phone.JoinAsPeers`: `phone.joinAsPeers`.
#[derive(Debug, Clone, PartialEq)]
pub enum JoinAsPeers {
    /// `phone.joinAsPeers#afe5623f`
    JoinAsPeers(crate::types::phone::JoinAsPeers),
}

impl JoinAsPeers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::JoinAsPeers(_) => 0xafe5623f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::JoinAsPeers(_) => "phone.joinAsPeers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xafe5623f => Self::JoinAsPeers(<crate::types::phone::JoinAsPeers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.JoinAsPeers" }),
        })
    }
}

impl Serialize for JoinAsPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::JoinAsPeers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for JoinAsPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinAsPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::JoinAsPeers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::JoinAsPeers> for JoinAsPeers {
    fn from(x: crate::types::phone::JoinAsPeers) -> Self {
        Self::JoinAsPeers(x)
    }
}

impl crate::peers::Peers for JoinAsPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::JoinAsPeers(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `phone.PhoneCall`: `phone.phoneCall`.
#[derive(Debug, Clone, PartialEq)]
pub enum PhoneCall {
    /// `phone.phoneCall#ec82e140`
    PhoneCall(crate::types::phone::PhoneCall),
}

impl PhoneCall {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PhoneCall(_) => 0xec82e140,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PhoneCall(_) => "phone.phoneCall",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xec82e140 => Self::PhoneCall(<crate::types::phone::PhoneCall>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "phone.PhoneCall" }),
        })
    }
}

impl Serialize for PhoneCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PhoneCall(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PhoneCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PhoneCall {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PhoneCall(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::phone::PhoneCall> for PhoneCall {
    fn from(x: crate::types::phone::PhoneCall) -> Self {
        Self::PhoneCall(x)
    }
}

impl crate::peers::Peers for PhoneCall {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PhoneCall(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
