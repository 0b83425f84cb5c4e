// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `chatlists` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `chatlists.ChatlistInvite`: `chatlists.chatlistInviteAlready`, `chatlists.chatlistInvite`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatlistInvite {
    /// `chatlists.chatlistInviteAlready#fa87f659`
    ChatlistInviteAlready(crate::types::chatlists::ChatlistInviteAlready),
    /// `chatlists.chatlistInvite#f10ece2f`
    ChatlistInvite(crate::types::chatlists::ChatlistInvite),
}

impl ChatlistInvite {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatlistInviteAlready(_) => 0xfa87f659,
            Self::ChatlistInvite(_) => 0xf10ece2f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatlistInviteAlready(_) => "chatlists.chatlistInviteAlready",
            Self::ChatlistInvite(_) => "chatlists.chatlistInvite",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xfa87f659 => Self::ChatlistInviteAlready(<crate::types::chatlists::ChatlistInviteAlready>::deserialize_bare(r)?),
            0xf10ece2f => Self::ChatlistInvite(<crate::types::chatlists::ChatlistInvite>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "chatlists.ChatlistInvite" }),
        })
    }
}

impl Serialize for ChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatlistInviteAlready(x) => x.serialize(buf),
            Self::ChatlistInvite(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatlistInviteAlready(x) => x.write_json(w),
            Self::ChatlistInvite(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::chatlists::ChatlistInviteAlready> for ChatlistInvite {
    fn from(x: crate::types::chatlists::ChatlistInviteAlready) -> Self {
        Self::ChatlistInviteAlready(x)
    }
}

impl From<crate::types::chatlists::ChatlistInvite> for ChatlistInvite {
    fn from(x: crate::types::chatlists::ChatlistInvite) -> Self {
        Self::ChatlistInvite(x)
    }
}

impl crate::peers::Peers for ChatlistInvite {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatlistInviteAlready(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ChatlistInvite(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `chatlists.ChatlistUpdates`: `chatlists.chatlistUpdates`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatlistUpdates {
    /// `chatlists.chatlistUpdates#93bd878d`
    ChatlistUpdates(crate::types::chatlists::ChatlistUpdates),
}

impl ChatlistUpdates {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatlistUpdates(_) => 0x93bd878d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatlistUpdates(_) => "chatlists.chatlistUpdates",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x93bd878d => Self::ChatlistUpdates(<crate::types::chatlists::ChatlistUpdates>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "chatlists.ChatlistUpdates" }),
        })
    }
}

impl Serialize for ChatlistUpdates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatlistUpdates(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatlistUpdates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatlistUpdates {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatlistUpdates(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::chatlists::ChatlistUpdates> for ChatlistUpdates {
    fn from(x: crate::types::chatlists::ChatlistUpdates) -> Self {
        Self::ChatlistUpdates(x)
    }
}

impl crate::peers::Peers for ChatlistUpdates {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatlistUpdates(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `chatlists.ExportedChatlistInvite`: `chatlists.exportedChatlistInvite`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedChatlistInvite {
    /// `chatlists.exportedChatlistInvite#10e6e3a6`
    ExportedChatlistInvite(crate::types::chatlists::ExportedChatlistInvite),
}

impl ExportedChatlistInvite {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedChatlistInvite(_) => 0x10e6e3a6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedChatlistInvite(_) => "chatlists.exportedChatlistInvite",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x10e6e3a6 => Self::ExportedChatlistInvite(<crate::types::chatlists::ExportedChatlistInvite>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "chatlists.ExportedChatlistInvite" }),
        })
    }
}

impl Serialize for ExportedChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedChatlistInvite(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedChatlistInvite(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::chatlists::ExportedChatlistInvite> for ExportedChatlistInvite {
    fn from(x: crate::types::chatlists::ExportedChatlistInvite) -> Self {
        Self::ExportedChatlistInvite(x)
    }
}

impl crate::peers::Peers for ExportedChatlistInvite {}

/// The boxed type `chatlists.ExportedInvites`: `chatlists.exportedInvites`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedInvites {
    /// `chatlists.exportedInvites#10ab6dc7`
    ExportedInvites(crate::types::chatlists::ExportedInvites),
}

impl ExportedInvites {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedInvites(_) => 0x10ab6dc7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedInvites(_) => "chatlists.exportedInvites",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x10ab6dc7 => Self::ExportedInvites(<crate::types::chatlists::ExportedInvites>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "chatlists.ExportedInvites" }),
        })
    }
}

impl Serialize for ExportedInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedInvites(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedInvites(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::chatlists::ExportedInvites> for ExportedInvites {
    fn from(x: crate::types::chatlists::ExportedInvites) -> Self {
        Self::ExportedInvites(x)
    }
}

impl crate::peers::Peers for ExportedInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ExportedInvites(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
