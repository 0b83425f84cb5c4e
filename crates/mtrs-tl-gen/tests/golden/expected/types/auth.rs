// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Constructors (one struct per TL constructor) of the `auth` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `auth.sentCode#9d38d0e4 flags:# type:string phone_code_hash:string next_type:flags.1?string timeout:flags.2?int = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCode {
    /// `type:string`
    pub r#type: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `next_type:flags.1?string`
    pub next_type: Option<mtrs_tl::TlString>,
    /// `timeout:flags.2?int`
    pub timeout: Option<i32>,
}

impl Identifiable for SentCode {
    const CONSTRUCTOR_ID: u32 = 0x9d38d0e4;
    const NAME: &'static str = "auth.sentCode";
}

impl Serialize for SentCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_type.is_some() { 1 << 1 } else { 0 }
            | if self.timeout.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.r#type.serialize(buf);
        self.phone_code_hash.serialize(buf);
        if let Some(v) = &self.next_type {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.timeout {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SentCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_type = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_next_type = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_timeout = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { r#type: f_type, phone_code_hash: f_phone_code_hash, next_type: f_next_type, timeout: f_timeout })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("type");
        self.r#type.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("next_type");
        self.next_type.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.end_object();
    }
}
