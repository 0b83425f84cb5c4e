// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `help.getConfig#21ea53a7 = Vector<Username>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetConfig;

impl Identifiable for GetConfig {
    const CONSTRUCTOR_ID: u32 = 0x21ea53a7;
    const NAME: &'static str = "help.getConfig";
}

impl Serialize for GetConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetConfig {
    type Return = Vec<crate::enums::Username>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}
