// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `fragment` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `fragment.CollectibleInfo`: `fragment.collectibleInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum CollectibleInfo {
    /// `fragment.collectibleInfo#6ebdff91`
    CollectibleInfo(crate::types::fragment::CollectibleInfo),
}

impl CollectibleInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CollectibleInfo(_) => 0x6ebdff91,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CollectibleInfo(_) => "fragment.collectibleInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6ebdff91 => Self::CollectibleInfo(<crate::types::fragment::CollectibleInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "fragment.CollectibleInfo" }),
        })
    }
}

impl Serialize for CollectibleInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CollectibleInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CollectibleInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CollectibleInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CollectibleInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::fragment::CollectibleInfo> for CollectibleInfo {
    fn from(x: crate::types::fragment::CollectibleInfo) -> Self {
        Self::CollectibleInfo(x)
    }
}

impl crate::peers::Peers for CollectibleInfo {}
