// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `toncenter` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `toncenter.ApiResponse`: `toncenter.apiResponse`.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiResponse {
    /// `toncenter.apiResponse#ac8dfe19`
    ApiResponse(crate::types::toncenter::ApiResponse),
}

impl ApiResponse {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ApiResponse(_) => 0xac8dfe19,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ApiResponse(_) => "toncenter.apiResponse",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xac8dfe19 => Self::ApiResponse(<crate::types::toncenter::ApiResponse>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "toncenter.ApiResponse" }),
        })
    }
}

impl Serialize for ApiResponse {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ApiResponse(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ApiResponse {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ApiResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ApiResponse(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::toncenter::ApiResponse> for ApiResponse {
    fn from(x: crate::types::toncenter::ApiResponse) -> Self {
        Self::ApiResponse(x)
    }
}

impl crate::peers::Peers for ApiResponse {}

/// The boxed type `toncenter.StreamingUrl`: `toncenter.streamingUrl`.
#[derive(Debug, Clone, PartialEq)]
pub enum StreamingUrl {
    /// `toncenter.streamingUrl#19887601`
    StreamingUrl(crate::types::toncenter::StreamingUrl),
}

impl StreamingUrl {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StreamingUrl(_) => 0x19887601,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StreamingUrl(_) => "toncenter.streamingUrl",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x19887601 => Self::StreamingUrl(<crate::types::toncenter::StreamingUrl>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "toncenter.StreamingUrl" }),
        })
    }
}

impl Serialize for StreamingUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StreamingUrl(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StreamingUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StreamingUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StreamingUrl(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::toncenter::StreamingUrl> for StreamingUrl {
    fn from(x: crate::types::toncenter::StreamingUrl) -> Self {
        Self::StreamingUrl(x)
    }
}

impl crate::peers::Peers for StreamingUrl {}
