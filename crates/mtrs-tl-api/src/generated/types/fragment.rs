// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `fragment` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `fragment.collectibleInfo#6ebdff91 purchase_date:int currency:string amount:long crypto_currency:string crypto_amount:long url:string = fragment.CollectibleInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct CollectibleInfo {
    /// `purchase_date:int`
    pub purchase_date: i32,
    /// `currency:string`
    pub currency: mtrs_tl::TlString,
    /// `amount:long`
    pub amount: i64,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
    /// `crypto_amount:long`
    pub crypto_amount: i64,
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for CollectibleInfo {
    const CONSTRUCTOR_ID: u32 = 0x6ebdff91;
    const NAME: &'static str = "fragment.collectibleInfo";
}

impl Serialize for CollectibleInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CollectibleInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.purchase_date.serialize(buf);
        self.currency.serialize(buf);
        self.amount.serialize(buf);
        self.crypto_currency.serialize(buf);
        self.crypto_amount.serialize(buf);
        self.url.serialize(buf);
    }
}

impl Deserialize for CollectibleInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CollectibleInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_purchase_date = <i32>::deserialize(r)?;
        let f_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_amount = <i64>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_amount = <i64>::deserialize(r)?;
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { purchase_date: f_purchase_date, currency: f_currency, amount: f_amount, crypto_currency: f_crypto_currency, crypto_amount: f_crypto_amount, url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for CollectibleInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("purchase_date");
        self.purchase_date.write_json(w);
        w.key("currency");
        self.currency.write_json(w);
        w.key("amount");
        self.amount.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.key("crypto_amount");
        self.crypto_amount.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CollectibleInfo {}
