// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `toncenter` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `toncenter.apiResponse#ac8dfe19 response:DataJSON = toncenter.ApiResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ApiResponse {
    /// `response:DataJSON`
    pub response: crate::enums::DataJSON,
}

impl Identifiable for ApiResponse {
    const CONSTRUCTOR_ID: u32 = 0xac8dfe19;
    const NAME: &'static str = "toncenter.apiResponse";
}

impl Serialize for ApiResponse {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ApiResponse {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.response.serialize(buf);
    }
}

impl Deserialize for ApiResponse {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ApiResponse {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_response = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { response: f_response })
    }
}

#[cfg(feature = "json")]
impl ToJson for ApiResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("response");
        self.response.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ApiResponse {}

/// `toncenter.streamingUrl#19887601 url:string expires:int = toncenter.StreamingUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct StreamingUrl {
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `expires:int`
    pub expires: i32,
}

impl Identifiable for StreamingUrl {
    const CONSTRUCTOR_ID: u32 = 0x19887601;
    const NAME: &'static str = "toncenter.streamingUrl";
}

impl Serialize for StreamingUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StreamingUrl {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
        self.expires.serialize(buf);
    }
}

impl Deserialize for StreamingUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StreamingUrl {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_expires = <i32>::deserialize(r)?;
        Ok(Self { url: f_url, expires: f_expires })
    }
}

#[cfg(feature = "json")]
impl ToJson for StreamingUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.key("expires");
        self.expires.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StreamingUrl {}
