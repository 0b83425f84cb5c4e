// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use crate::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use crate::json::{JsonWriter, ToJson};

/// The boxed type `help.ConfigSimple`: `help.configSimple`.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfigSimple {
    /// `help.configSimple#5a592a6c`
    ConfigSimple(crate::mtproto::types::help::ConfigSimple),
}

impl ConfigSimple {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ConfigSimple(_) => 0x5a592a6c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ConfigSimple(_) => "help.configSimple",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5a592a6c => Self::ConfigSimple(<crate::mtproto::types::help::ConfigSimple>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.ConfigSimple" }),
        })
    }
}

impl Serialize for ConfigSimple {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ConfigSimple(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ConfigSimple {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfigSimple {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ConfigSimple(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::help::ConfigSimple> for ConfigSimple {
    fn from(x: crate::mtproto::types::help::ConfigSimple) -> Self {
        Self::ConfigSimple(x)
    }
}
