// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `aicompose` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `aicompose.Tones`: `aicompose.tonesNotModified`, `aicompose.tones`.
#[derive(Debug, Clone, PartialEq)]
pub enum Tones {
    /// `aicompose.tonesNotModified#c1f46103`
    TonesNotModified,
    /// `aicompose.tones#6c9d0efe`
    Tones(crate::types::aicompose::Tones),
}

impl Tones {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TonesNotModified => 0xc1f46103,
            Self::Tones(_) => 0x6c9d0efe,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TonesNotModified => "aicompose.tonesNotModified",
            Self::Tones(_) => "aicompose.tones",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc1f46103 => Self::TonesNotModified,
            0x6c9d0efe => Self::Tones(<crate::types::aicompose::Tones>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "aicompose.Tones" }),
        })
    }
}

impl Serialize for Tones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TonesNotModified => buf.extend_from_slice(&0xc1f46103u32.to_le_bytes()),
            Self::Tones(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Tones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Tones {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TonesNotModified => {
                w.begin_object("aicompose.tonesNotModified");
                w.end_object();
            }
            Self::Tones(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::aicompose::TonesNotModified> for Tones {
    fn from(_x: crate::types::aicompose::TonesNotModified) -> Self {
        Self::TonesNotModified
    }
}

impl From<crate::types::aicompose::Tones> for Tones {
    fn from(x: crate::types::aicompose::Tones) -> Self {
        Self::Tones(x)
    }
}

impl crate::peers::Peers for Tones {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Tones(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}
