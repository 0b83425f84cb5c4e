// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `stickers` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `stickers.SuggestedShortName`: `stickers.suggestedShortName`.
#[derive(Debug, Clone, PartialEq)]
pub enum SuggestedShortName {
    /// `stickers.suggestedShortName#85fea03f`
    SuggestedShortName(crate::types::stickers::SuggestedShortName),
}

impl SuggestedShortName {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SuggestedShortName(_) => 0x85fea03f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SuggestedShortName(_) => "stickers.suggestedShortName",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x85fea03f => Self::SuggestedShortName(<crate::types::stickers::SuggestedShortName>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stickers.SuggestedShortName" }),
        })
    }
}

impl Serialize for SuggestedShortName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SuggestedShortName(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SuggestedShortName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestedShortName {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SuggestedShortName(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stickers::SuggestedShortName> for SuggestedShortName {
    fn from(x: crate::types::stickers::SuggestedShortName) -> Self {
        Self::SuggestedShortName(x)
    }
}

impl crate::peers::Peers for SuggestedShortName {}
