// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `stats` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `stats.BroadcastStats`: `stats.broadcastStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum BroadcastStats {
    /// `stats.broadcastStats#396ca5fc`
    BroadcastStats(crate::types::stats::BroadcastStats),
}

impl BroadcastStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BroadcastStats(_) => 0x396ca5fc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BroadcastStats(_) => "stats.broadcastStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x396ca5fc => Self::BroadcastStats(<crate::types::stats::BroadcastStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.BroadcastStats" }),
        })
    }
}

impl Serialize for BroadcastStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BroadcastStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BroadcastStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BroadcastStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BroadcastStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::BroadcastStats> for BroadcastStats {
    fn from(x: crate::types::stats::BroadcastStats) -> Self {
        Self::BroadcastStats(x)
    }
}

impl crate::peers::Peers for BroadcastStats {}

/// The boxed type `stats.MegagroupStats`: `stats.megagroupStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum MegagroupStats {
    /// `stats.megagroupStats#ef7ff916`
    MegagroupStats(crate::types::stats::MegagroupStats),
}

impl MegagroupStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MegagroupStats(_) => 0xef7ff916,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MegagroupStats(_) => "stats.megagroupStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xef7ff916 => Self::MegagroupStats(<crate::types::stats::MegagroupStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.MegagroupStats" }),
        })
    }
}

impl Serialize for MegagroupStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MegagroupStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MegagroupStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MegagroupStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MegagroupStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::MegagroupStats> for MegagroupStats {
    fn from(x: crate::types::stats::MegagroupStats) -> Self {
        Self::MegagroupStats(x)
    }
}

impl crate::peers::Peers for MegagroupStats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::MegagroupStats(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stats.MessageStats`: `stats.messageStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageStats {
    /// `stats.messageStats#7fe91c14`
    MessageStats(crate::types::stats::MessageStats),
}

impl MessageStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MessageStats(_) => 0x7fe91c14,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MessageStats(_) => "stats.messageStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7fe91c14 => Self::MessageStats(<crate::types::stats::MessageStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.MessageStats" }),
        })
    }
}

impl Serialize for MessageStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MessageStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MessageStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MessageStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::MessageStats> for MessageStats {
    fn from(x: crate::types::stats::MessageStats) -> Self {
        Self::MessageStats(x)
    }
}

impl crate::peers::Peers for MessageStats {}

/// The boxed type `stats.PollStats`: `stats.pollStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum PollStats {
    /// `stats.pollStats#2999beed`
    PollStats(crate::types::stats::PollStats),
}

impl PollStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PollStats(_) => 0x2999beed,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PollStats(_) => "stats.pollStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2999beed => Self::PollStats(<crate::types::stats::PollStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.PollStats" }),
        })
    }
}

impl Serialize for PollStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PollStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PollStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PollStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PollStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::PollStats> for PollStats {
    fn from(x: crate::types::stats::PollStats) -> Self {
        Self::PollStats(x)
    }
}

impl crate::peers::Peers for PollStats {}

/// The boxed type `stats.PublicForwards`: `stats.publicForwards`.
#[derive(Debug, Clone, PartialEq)]
pub enum PublicForwards {
    /// `stats.publicForwards#93037e20`
    PublicForwards(crate::types::stats::PublicForwards),
}

impl PublicForwards {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PublicForwards(_) => 0x93037e20,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PublicForwards(_) => "stats.publicForwards",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x93037e20 => Self::PublicForwards(<crate::types::stats::PublicForwards>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.PublicForwards" }),
        })
    }
}

impl Serialize for PublicForwards {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PublicForwards(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PublicForwards {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PublicForwards {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PublicForwards(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::PublicForwards> for PublicForwards {
    fn from(x: crate::types::stats::PublicForwards) -> Self {
        Self::PublicForwards(x)
    }
}

impl crate::peers::Peers for PublicForwards {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PublicForwards(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stats.StoryStats`: `stats.storyStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryStats {
    /// `stats.storyStats#50cd067c`
    StoryStats(crate::types::stats::StoryStats),
}

impl StoryStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StoryStats(_) => 0x50cd067c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StoryStats(_) => "stats.storyStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x50cd067c => Self::StoryStats(<crate::types::stats::StoryStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stats.StoryStats" }),
        })
    }
}

impl Serialize for StoryStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StoryStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StoryStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StoryStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stats::StoryStats> for StoryStats {
    fn from(x: crate::types::stats::StoryStats) -> Self {
        Self::StoryStats(x)
    }
}

impl crate::peers::Peers for StoryStats {}
