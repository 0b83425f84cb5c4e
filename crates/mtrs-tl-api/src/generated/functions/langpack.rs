// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `langpack` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `langpack.getLangPack#f2f2330a lang_pack:string lang_code:string = LangPackDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLangPack {
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetLangPack {
    const CONSTRUCTOR_ID: u32 = 0xf2f2330a;
    const NAME: &'static str = "langpack.getLangPack";
}

impl Serialize for GetLangPack {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_pack.serialize(buf);
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetLangPack {
    type Return = crate::enums::LangPackDifference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLangPack {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { lang_pack: f_lang_pack, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLangPack {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `langpack.getStrings#efea3803 lang_pack:string lang_code:string keys:Vector<string> = Vector<LangPackString>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStrings {
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `keys:Vector<string>`
    pub keys: Vec<mtrs_tl::TlString>,
}

impl Identifiable for GetStrings {
    const CONSTRUCTOR_ID: u32 = 0xefea3803;
    const NAME: &'static str = "langpack.getStrings";
}

impl Serialize for GetStrings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_pack.serialize(buf);
        self.lang_code.serialize(buf);
        self.keys.serialize(buf);
    }
}

impl RemoteCall for GetStrings {
    type Return = Vec<crate::enums::LangPackString>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStrings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_keys = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { lang_pack: f_lang_pack, lang_code: f_lang_code, keys: f_keys })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStrings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("keys");
        self.keys.write_json(w);
        w.end_object();
    }
}

/// `langpack.getDifference#cd984aa5 lang_pack:string lang_code:string from_version:int = LangPackDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDifference {
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `from_version:int`
    pub from_version: i32,
}

impl Identifiable for GetDifference {
    const CONSTRUCTOR_ID: u32 = 0xcd984aa5;
    const NAME: &'static str = "langpack.getDifference";
}

impl Serialize for GetDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_pack.serialize(buf);
        self.lang_code.serialize(buf);
        self.from_version.serialize(buf);
    }
}

impl RemoteCall for GetDifference {
    type Return = crate::enums::LangPackDifference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_from_version = <i32>::deserialize(r)?;
        Ok(Self { lang_pack: f_lang_pack, lang_code: f_lang_code, from_version: f_from_version })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("from_version");
        self.from_version.write_json(w);
        w.end_object();
    }
}

/// `langpack.getLanguages#42c6978f lang_pack:string = Vector<LangPackLanguage>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLanguages {
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
}

impl Identifiable for GetLanguages {
    const CONSTRUCTOR_ID: u32 = 0x42c6978f;
    const NAME: &'static str = "langpack.getLanguages";
}

impl Serialize for GetLanguages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_pack.serialize(buf);
    }
}

impl RemoteCall for GetLanguages {
    type Return = Vec<crate::enums::LangPackLanguage>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLanguages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { lang_pack: f_lang_pack })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLanguages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.end_object();
    }
}

/// `langpack.getLanguage#6a596502 lang_pack:string lang_code:string = LangPackLanguage`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLanguage {
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetLanguage {
    const CONSTRUCTOR_ID: u32 = 0x6a596502;
    const NAME: &'static str = "langpack.getLanguage";
}

impl Serialize for GetLanguage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_pack.serialize(buf);
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetLanguage {
    type Return = crate::enums::LangPackLanguage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLanguage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { lang_pack: f_lang_pack, lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLanguage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}
