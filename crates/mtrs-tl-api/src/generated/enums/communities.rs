// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `communities` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `communities.ParticipantJoinedChats`: `communities.participantJoinedChats`.
#[derive(Debug, Clone, PartialEq)]
pub enum ParticipantJoinedChats {
    /// `communities.participantJoinedChats#8d78512a`
    ParticipantJoinedChats(crate::types::communities::ParticipantJoinedChats),
}

impl ParticipantJoinedChats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ParticipantJoinedChats(_) => 0x8d78512a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ParticipantJoinedChats(_) => "communities.participantJoinedChats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8d78512a => Self::ParticipantJoinedChats(<crate::types::communities::ParticipantJoinedChats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "communities.ParticipantJoinedChats" }),
        })
    }
}

impl Serialize for ParticipantJoinedChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ParticipantJoinedChats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ParticipantJoinedChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ParticipantJoinedChats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ParticipantJoinedChats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::communities::ParticipantJoinedChats> for ParticipantJoinedChats {
    fn from(x: crate::types::communities::ParticipantJoinedChats) -> Self {
        Self::ParticipantJoinedChats(x)
    }
}

impl crate::peers::Peers for ParticipantJoinedChats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ParticipantJoinedChats(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `communities.PeerLinkRequests`: `communities.peerLinkRequests`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerLinkRequests {
    /// `communities.peerLinkRequests#2244afad`
    PeerLinkRequests(crate::types::communities::PeerLinkRequests),
}

impl PeerLinkRequests {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerLinkRequests(_) => 0x2244afad,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerLinkRequests(_) => "communities.peerLinkRequests",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2244afad => Self::PeerLinkRequests(<crate::types::communities::PeerLinkRequests>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "communities.PeerLinkRequests" }),
        })
    }
}

impl Serialize for PeerLinkRequests {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerLinkRequests(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerLinkRequests {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerLinkRequests {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerLinkRequests(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::communities::PeerLinkRequests> for PeerLinkRequests {
    fn from(x: crate::types::communities::PeerLinkRequests) -> Self {
        Self::PeerLinkRequests(x)
    }
}

impl crate::peers::Peers for PeerLinkRequests {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PeerLinkRequests(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
