// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `smsjobs` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `smsjobs.EligibilityToJoin`: `smsjobs.eligibleToJoin`.
#[derive(Debug, Clone, PartialEq)]
pub enum EligibilityToJoin {
    /// `smsjobs.eligibleToJoin#dc8b44cf`
    EligibleToJoin(crate::types::smsjobs::EligibleToJoin),
}

impl EligibilityToJoin {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EligibleToJoin(_) => 0xdc8b44cf,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EligibleToJoin(_) => "smsjobs.eligibleToJoin",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdc8b44cf => Self::EligibleToJoin(<crate::types::smsjobs::EligibleToJoin>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "smsjobs.EligibilityToJoin" }),
        })
    }
}

impl Serialize for EligibilityToJoin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EligibleToJoin(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EligibilityToJoin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EligibilityToJoin {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EligibleToJoin(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::smsjobs::EligibleToJoin> for EligibilityToJoin {
    fn from(x: crate::types::smsjobs::EligibleToJoin) -> Self {
        Self::EligibleToJoin(x)
    }
}

impl crate::peers::Peers for EligibilityToJoin {}

/// The boxed type `smsjobs.Status`: `smsjobs.status`.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// `smsjobs.status#2aee9191`
    Status(crate::types::smsjobs::Status),
}

impl Status {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Status(_) => 0x2aee9191,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Status(_) => "smsjobs.status",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2aee9191 => Self::Status(<crate::types::smsjobs::Status>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "smsjobs.Status" }),
        })
    }
}

impl Serialize for Status {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Status(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Status {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Status {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Status(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::smsjobs::Status> for Status {
    fn from(x: crate::types::smsjobs::Status) -> Self {
        Self::Status(x)
    }
}

impl crate::peers::Peers for Status {}
