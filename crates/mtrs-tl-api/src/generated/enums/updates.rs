// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `updates` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `updates.ChannelDifference`: `updates.channelDifferenceEmpty`, `updates.channelDifferenceTooLong`, `updates.channelDifference`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChannelDifference {
    /// `updates.channelDifferenceEmpty#3e11affb`
    ChannelDifferenceEmpty(crate::types::updates::ChannelDifferenceEmpty),
    /// `updates.channelDifferenceTooLong#a4bcc6fe`
    ChannelDifferenceTooLong(crate::types::updates::ChannelDifferenceTooLong),
    /// `updates.channelDifference#2064674e`
    ChannelDifference(crate::types::updates::ChannelDifference),
}

impl ChannelDifference {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChannelDifferenceEmpty(_) => 0x3e11affb,
            Self::ChannelDifferenceTooLong(_) => 0xa4bcc6fe,
            Self::ChannelDifference(_) => 0x2064674e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChannelDifferenceEmpty(_) => "updates.channelDifferenceEmpty",
            Self::ChannelDifferenceTooLong(_) => "updates.channelDifferenceTooLong",
            Self::ChannelDifference(_) => "updates.channelDifference",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3e11affb => Self::ChannelDifferenceEmpty(<crate::types::updates::ChannelDifferenceEmpty>::deserialize_bare(r)?),
            0xa4bcc6fe => Self::ChannelDifferenceTooLong(<crate::types::updates::ChannelDifferenceTooLong>::deserialize_bare(r)?),
            0x2064674e => Self::ChannelDifference(<crate::types::updates::ChannelDifference>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "updates.ChannelDifference" }),
        })
    }
}

impl Serialize for ChannelDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChannelDifferenceEmpty(x) => x.serialize(buf),
            Self::ChannelDifferenceTooLong(x) => x.serialize(buf),
            Self::ChannelDifference(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChannelDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChannelDifferenceEmpty(x) => x.write_json(w),
            Self::ChannelDifferenceTooLong(x) => x.write_json(w),
            Self::ChannelDifference(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::updates::ChannelDifferenceEmpty> for ChannelDifference {
    fn from(x: crate::types::updates::ChannelDifferenceEmpty) -> Self {
        Self::ChannelDifferenceEmpty(x)
    }
}

impl From<crate::types::updates::ChannelDifferenceTooLong> for ChannelDifference {
    fn from(x: crate::types::updates::ChannelDifferenceTooLong) -> Self {
        Self::ChannelDifferenceTooLong(x)
    }
}

impl From<crate::types::updates::ChannelDifference> for ChannelDifference {
    fn from(x: crate::types::updates::ChannelDifference) -> Self {
        Self::ChannelDifference(x)
    }
}

impl crate::peers::Peers for ChannelDifference {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChannelDifferenceTooLong(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ChannelDifference(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `updates.Difference`: `updates.differenceEmpty`, `updates.difference`, `updates.differenceSlice`, `updates.differenceTooLong`.
#[derive(Debug, Clone, PartialEq)]
pub enum Difference {
    /// `updates.differenceEmpty#5d75a138`
    DifferenceEmpty(crate::types::updates::DifferenceEmpty),
    /// `updates.difference#00f49ca0`
    Difference(crate::types::updates::Difference),
    /// `updates.differenceSlice#a8fb1981`
    DifferenceSlice(crate::types::updates::DifferenceSlice),
    /// `updates.differenceTooLong#4afe8f6d`
    DifferenceTooLong(crate::types::updates::DifferenceTooLong),
}

impl Difference {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DifferenceEmpty(_) => 0x5d75a138,
            Self::Difference(_) => 0x00f49ca0,
            Self::DifferenceSlice(_) => 0xa8fb1981,
            Self::DifferenceTooLong(_) => 0x4afe8f6d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DifferenceEmpty(_) => "updates.differenceEmpty",
            Self::Difference(_) => "updates.difference",
            Self::DifferenceSlice(_) => "updates.differenceSlice",
            Self::DifferenceTooLong(_) => "updates.differenceTooLong",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5d75a138 => Self::DifferenceEmpty(<crate::types::updates::DifferenceEmpty>::deserialize_bare(r)?),
            0x00f49ca0 => Self::Difference(<crate::types::updates::Difference>::deserialize_bare(r)?),
            0xa8fb1981 => Self::DifferenceSlice(<crate::types::updates::DifferenceSlice>::deserialize_bare(r)?),
            0x4afe8f6d => Self::DifferenceTooLong(<crate::types::updates::DifferenceTooLong>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "updates.Difference" }),
        })
    }
}

impl Serialize for Difference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DifferenceEmpty(x) => x.serialize(buf),
            Self::Difference(x) => x.serialize(buf),
            Self::DifferenceSlice(x) => x.serialize(buf),
            Self::DifferenceTooLong(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Difference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Difference {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DifferenceEmpty(x) => x.write_json(w),
            Self::Difference(x) => x.write_json(w),
            Self::DifferenceSlice(x) => x.write_json(w),
            Self::DifferenceTooLong(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::updates::DifferenceEmpty> for Difference {
    fn from(x: crate::types::updates::DifferenceEmpty) -> Self {
        Self::DifferenceEmpty(x)
    }
}

impl From<crate::types::updates::Difference> for Difference {
    fn from(x: crate::types::updates::Difference) -> Self {
        Self::Difference(x)
    }
}

impl From<crate::types::updates::DifferenceSlice> for Difference {
    fn from(x: crate::types::updates::DifferenceSlice) -> Self {
        Self::DifferenceSlice(x)
    }
}

impl From<crate::types::updates::DifferenceTooLong> for Difference {
    fn from(x: crate::types::updates::DifferenceTooLong) -> Self {
        Self::DifferenceTooLong(x)
    }
}

impl crate::peers::Peers for Difference {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Difference(x) => crate::peers::Peers::collect_peers(x, found),
            Self::DifferenceSlice(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `updates.State`: `updates.state`.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// `updates.state#a56c2a3e`
    State(crate::types::updates::State),
}

impl State {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::State(_) => 0xa56c2a3e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::State(_) => "updates.state",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa56c2a3e => Self::State(<crate::types::updates::State>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "updates.State" }),
        })
    }
}

impl Serialize for State {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::State(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for State {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for State {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::State(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::updates::State> for State {
    fn from(x: crate::types::updates::State) -> Self {
        Self::State(x)
    }
}

impl crate::peers::Peers for State {}
