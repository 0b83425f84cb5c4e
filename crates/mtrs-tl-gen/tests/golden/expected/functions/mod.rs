// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod help;

/// `invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithLayer<X> {
    /// `layer:int`
    pub layer: i32,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithLayer<X> {
    const CONSTRUCTOR_ID: u32 = 0xda9b0d0d;
    const NAME: &'static str = "invokeWithLayer";
}

impl<X: Serialize> Serialize for InvokeWithLayer<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.layer.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithLayer<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithLayer<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_layer = <i32>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { layer: f_layer, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithLayer<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("layer");
        self.layer.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}
