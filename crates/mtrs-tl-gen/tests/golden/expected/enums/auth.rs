// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `auth` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `auth.SentCode`: `auth.sentCode`.
#[derive(Debug, Clone, PartialEq)]
pub enum SentCode {
    /// `auth.sentCode#9d38d0e4`
    SentCode(crate::types::auth::SentCode),
}

impl SentCode {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SentCode(_) => 0x9d38d0e4,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SentCode(_) => "auth.sentCode",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9d38d0e4 => Self::SentCode(<crate::types::auth::SentCode>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.SentCode" }),
        })
    }
}

impl Serialize for SentCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SentCode(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SentCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCode {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SentCode(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::SentCode> for SentCode {
    fn from(x: crate::types::auth::SentCode) -> Self {
        Self::SentCode(x)
    }
}
