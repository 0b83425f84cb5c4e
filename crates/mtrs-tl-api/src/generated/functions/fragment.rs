// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `fragment` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `fragment.getCollectibleInfo#be1e85ba collectible:InputCollectible = fragment.CollectibleInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCollectibleInfo {
    /// `collectible:InputCollectible`
    pub collectible: crate::enums::InputCollectible,
}

impl Identifiable for GetCollectibleInfo {
    const CONSTRUCTOR_ID: u32 = 0xbe1e85ba;
    const NAME: &'static str = "fragment.getCollectibleInfo";
}

impl Serialize for GetCollectibleInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.collectible.serialize(buf);
    }
}

impl RemoteCall for GetCollectibleInfo {
    type Return = crate::enums::fragment::CollectibleInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCollectibleInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_collectible = <crate::enums::InputCollectible>::deserialize(r)?;
        Ok(Self { collectible: f_collectible })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCollectibleInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("collectible");
        self.collectible.write_json(w);
        w.end_object();
    }
}
