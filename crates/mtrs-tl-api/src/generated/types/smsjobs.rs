// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `smsjobs` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `smsjobs.eligibleToJoin#dc8b44cf terms_url:string monthly_sent_sms:int = smsjobs.EligibilityToJoin`
#[derive(Debug, Clone, PartialEq)]
pub struct EligibleToJoin {
    /// `terms_url:string`
    pub terms_url: mtrs_tl::TlString,
    /// `monthly_sent_sms:int`
    pub monthly_sent_sms: i32,
}

impl Identifiable for EligibleToJoin {
    const CONSTRUCTOR_ID: u32 = 0xdc8b44cf;
    const NAME: &'static str = "smsjobs.eligibleToJoin";
}

impl Serialize for EligibleToJoin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EligibleToJoin {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.terms_url.serialize(buf);
        self.monthly_sent_sms.serialize(buf);
    }
}

impl Deserialize for EligibleToJoin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EligibleToJoin {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_terms_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_monthly_sent_sms = <i32>::deserialize(r)?;
        Ok(Self { terms_url: f_terms_url, monthly_sent_sms: f_monthly_sent_sms })
    }
}

#[cfg(feature = "json")]
impl ToJson for EligibleToJoin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("terms_url");
        self.terms_url.write_json(w);
        w.key("monthly_sent_sms");
        self.monthly_sent_sms.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EligibleToJoin {}

/// `smsjobs.status#2aee9191 flags:# allow_international:flags.0?true recent_sent:int recent_since:int recent_remains:int total_sent:int total_since:int last_gift_slug:flags.1?string terms_url:string = smsjobs.Status`
#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    /// `allow_international:flags.0?true`
    pub allow_international: bool,
    /// `recent_sent:int`
    pub recent_sent: i32,
    /// `recent_since:int`
    pub recent_since: i32,
    /// `recent_remains:int`
    pub recent_remains: i32,
    /// `total_sent:int`
    pub total_sent: i32,
    /// `total_since:int`
    pub total_since: i32,
    /// `last_gift_slug:flags.1?string`
    pub last_gift_slug: Option<mtrs_tl::TlString>,
    /// `terms_url:string`
    pub terms_url: mtrs_tl::TlString,
}

impl Identifiable for Status {
    const CONSTRUCTOR_ID: u32 = 0x2aee9191;
    const NAME: &'static str = "smsjobs.status";
}

impl Serialize for Status {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Status {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.allow_international { 1 << 0 } else { 0 }
            | if self.last_gift_slug.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.recent_sent.serialize(buf);
        self.recent_since.serialize(buf);
        self.recent_remains.serialize(buf);
        self.total_sent.serialize(buf);
        self.total_since.serialize(buf);
        if let Some(v) = &self.last_gift_slug {
            (*v).serialize(buf);
        }
        self.terms_url.serialize(buf);
    }
}

impl Deserialize for Status {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Status {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_allow_international = fl_flags & (1 << 0) != 0;
        let f_recent_sent = <i32>::deserialize(r)?;
        let f_recent_since = <i32>::deserialize(r)?;
        let f_recent_remains = <i32>::deserialize(r)?;
        let f_total_sent = <i32>::deserialize(r)?;
        let f_total_since = <i32>::deserialize(r)?;
        let f_last_gift_slug = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_terms_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { allow_international: f_allow_international, recent_sent: f_recent_sent, recent_since: f_recent_since, recent_remains: f_recent_remains, total_sent: f_total_sent, total_since: f_total_since, last_gift_slug: f_last_gift_slug, terms_url: f_terms_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for Status {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("allow_international");
        self.allow_international.write_json(w);
        w.key("recent_sent");
        self.recent_sent.write_json(w);
        w.key("recent_since");
        self.recent_since.write_json(w);
        w.key("recent_remains");
        self.recent_remains.write_json(w);
        w.key("total_sent");
        self.total_sent.write_json(w);
        w.key("total_since");
        self.total_since.write_json(w);
        w.key("last_gift_slug");
        self.last_gift_slug.write_json(w);
        w.key("terms_url");
        self.terms_url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Status {}
