// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `toncenter` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `toncenter.performApiRequest#8d7bdd61 flags:# post:flags.0?true endpoint:string query:flags.1?string payload:flags.2?string = toncenter.ApiResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct PerformApiRequest {
    /// `post:flags.0?true`
    pub post: bool,
    /// `endpoint:string`
    pub endpoint: mtrs_tl::TlString,
    /// `query:flags.1?string`
    pub query: Option<mtrs_tl::TlString>,
    /// `payload:flags.2?string`
    pub payload: Option<mtrs_tl::TlString>,
}

impl Identifiable for PerformApiRequest {
    const CONSTRUCTOR_ID: u32 = 0x8d7bdd61;
    const NAME: &'static str = "toncenter.performApiRequest";
}

impl Serialize for PerformApiRequest {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.post { 1 << 0 } else { 0 }
            | if self.query.is_some() { 1 << 1 } else { 0 }
            | if self.payload.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.endpoint.serialize(buf);
        if let Some(v) = &self.query {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.payload {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for PerformApiRequest {
    type Return = crate::enums::toncenter::ApiResponse;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for PerformApiRequest {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_post = fl_flags & (1 << 0) != 0;
        let f_endpoint = <mtrs_tl::TlString>::deserialize(r)?;
        let f_query = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_payload = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { post: f_post, endpoint: f_endpoint, query: f_query, payload: f_payload })
    }
}

#[cfg(feature = "json")]
impl ToJson for PerformApiRequest {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("post");
        self.post.write_json(w);
        w.key("endpoint");
        self.endpoint.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.key("payload");
        self.payload.write_json(w);
        w.end_object();
    }
}

/// `toncenter.getStreamingUrl#cdaf63c7 = toncenter.StreamingUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStreamingUrl;

impl Identifiable for GetStreamingUrl {
    const CONSTRUCTOR_ID: u32 = 0xcdaf63c7;
    const NAME: &'static str = "toncenter.getStreamingUrl";
}

impl Serialize for GetStreamingUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetStreamingUrl {
    type Return = crate::enums::toncenter::StreamingUrl;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStreamingUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStreamingUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}
