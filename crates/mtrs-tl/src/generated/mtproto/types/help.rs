// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
//! Constructors (one struct per TL constructor) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use crate::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use crate::json::{JsonWriter, ToJson};

/// `help.configSimple#5a592a6c date:int expires:int rules:vector<AccessPointRule> = help.ConfigSimple`
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigSimple {
    /// `date:int`
    pub date: i32,
    /// `expires:int`
    pub expires: i32,
    /// `rules:vector<AccessPointRule>`
    pub rules: Vec<crate::mtproto::enums::AccessPointRule>,
}

impl Identifiable for ConfigSimple {
    const CONSTRUCTOR_ID: u32 = 0x5a592a6c;
    const NAME: &'static str = "help.configSimple";
}

impl Serialize for ConfigSimple {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ConfigSimple {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.date.serialize(buf);
        self.expires.serialize(buf);
        crate::write_len(buf, self.rules.len());
        for x0 in &self.rules {
            (*x0).serialize(buf);
        }
    }
}

impl Deserialize for ConfigSimple {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ConfigSimple {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_date = <i32>::deserialize(r)?;
        let f_expires = <i32>::deserialize(r)?;
        let f_rules = { let n = r.read_len(4)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::mtproto::enums::AccessPointRule>::deserialize(r)?); } v };
        Ok(Self { date: f_date, expires: f_expires, rules: f_rules })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfigSimple {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.key("expires");
        self.expires.write_json(w);
        w.key("rules");
        self.rules.write_json(w);
        w.end_object();
    }
}
