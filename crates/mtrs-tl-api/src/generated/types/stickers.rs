// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `stickers` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stickers.suggestedShortName#85fea03f short_name:string = stickers.SuggestedShortName`
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedShortName {
    /// `short_name:string`
    pub short_name: mtrs_tl::TlString,
}

impl Identifiable for SuggestedShortName {
    const CONSTRUCTOR_ID: u32 = 0x85fea03f;
    const NAME: &'static str = "stickers.suggestedShortName";
}

impl Serialize for SuggestedShortName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SuggestedShortName {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.short_name.serialize(buf);
    }
}

impl Deserialize for SuggestedShortName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SuggestedShortName {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_short_name = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { short_name: f_short_name })
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestedShortName {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("short_name");
        self.short_name.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SuggestedShortName {}
