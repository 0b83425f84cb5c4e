// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `aicompose` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `aicompose.createTone#4aa83913 flags:# display_author:flags.0?true emoji_id:long title:string prompt:string = AiComposeTone`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTone {
    /// `display_author:flags.0?true`
    pub display_author: bool,
    /// `emoji_id:long`
    pub emoji_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `prompt:string`
    pub prompt: mtrs_tl::TlString,
}

impl Identifiable for CreateTone {
    const CONSTRUCTOR_ID: u32 = 0x4aa83913;
    const NAME: &'static str = "aicompose.createTone";
}

impl Serialize for CreateTone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.display_author { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.emoji_id.serialize(buf);
        self.title.serialize(buf);
        self.prompt.serialize(buf);
    }
}

impl RemoteCall for CreateTone {
    type Return = crate::enums::AiComposeTone;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateTone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_display_author = fl_flags & (1 << 0) != 0;
        let f_emoji_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_prompt = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { display_author: f_display_author, emoji_id: f_emoji_id, title: f_title, prompt: f_prompt })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateTone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("display_author");
        self.display_author.write_json(w);
        w.key("emoji_id");
        self.emoji_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("prompt");
        self.prompt.write_json(w);
        w.end_object();
    }
}

/// `aicompose.updateTone#903bcf59 flags:# tone:InputAiComposeTone display_author:flags.0?Bool emoji_id:flags.1?long title:flags.2?string prompt:flags.3?string = AiComposeTone`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTone {
    /// `tone:InputAiComposeTone`
    pub tone: crate::enums::InputAiComposeTone,
    /// `display_author:flags.0?Bool`
    pub display_author: Option<bool>,
    /// `emoji_id:flags.1?long`
    pub emoji_id: Option<i64>,
    /// `title:flags.2?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `prompt:flags.3?string`
    pub prompt: Option<mtrs_tl::TlString>,
}

impl Identifiable for UpdateTone {
    const CONSTRUCTOR_ID: u32 = 0x903bcf59;
    const NAME: &'static str = "aicompose.updateTone";
}

impl Serialize for UpdateTone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.display_author.is_some() { 1 << 0 } else { 0 }
            | if self.emoji_id.is_some() { 1 << 1 } else { 0 }
            | if self.title.is_some() { 1 << 2 } else { 0 }
            | if self.prompt.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.tone.serialize(buf);
        if let Some(v) = &self.display_author {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.emoji_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.prompt {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateTone {
    type Return = crate::enums::AiComposeTone;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateTone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_tone = <crate::enums::InputAiComposeTone>::deserialize(r)?;
        let f_display_author = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_emoji_id = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_title = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_prompt = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { tone: f_tone, display_author: f_display_author, emoji_id: f_emoji_id, title: f_title, prompt: f_prompt })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateTone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tone");
        self.tone.write_json(w);
        w.key("display_author");
        self.display_author.write_json(w);
        w.key("emoji_id");
        self.emoji_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("prompt");
        self.prompt.write_json(w);
        w.end_object();
    }
}

/// `aicompose.saveTone#1782cbb1 tone:InputAiComposeTone unsave:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveTone {
    /// `tone:InputAiComposeTone`
    pub tone: crate::enums::InputAiComposeTone,
    /// `unsave:Bool`
    pub unsave: bool,
}

impl Identifiable for SaveTone {
    const CONSTRUCTOR_ID: u32 = 0x1782cbb1;
    const NAME: &'static str = "aicompose.saveTone";
}

impl Serialize for SaveTone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.tone.serialize(buf);
        self.unsave.serialize(buf);
    }
}

impl RemoteCall for SaveTone {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveTone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_tone = <crate::enums::InputAiComposeTone>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        Ok(Self { tone: f_tone, unsave: f_unsave })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveTone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tone");
        self.tone.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.end_object();
    }
}

/// `aicompose.deleteTone#dd39316a tone:InputAiComposeTone = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTone {
    /// `tone:InputAiComposeTone`
    pub tone: crate::enums::InputAiComposeTone,
}

impl Identifiable for DeleteTone {
    const CONSTRUCTOR_ID: u32 = 0xdd39316a;
    const NAME: &'static str = "aicompose.deleteTone";
}

impl Serialize for DeleteTone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.tone.serialize(buf);
    }
}

impl RemoteCall for DeleteTone {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteTone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_tone = <crate::enums::InputAiComposeTone>::deserialize(r)?;
        Ok(Self { tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteTone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `aicompose.getTone#b2e8ba03 tone:InputAiComposeTone = aicompose.Tones`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTone {
    /// `tone:InputAiComposeTone`
    pub tone: crate::enums::InputAiComposeTone,
}

impl Identifiable for GetTone {
    const CONSTRUCTOR_ID: u32 = 0xb2e8ba03;
    const NAME: &'static str = "aicompose.getTone";
}

impl Serialize for GetTone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.tone.serialize(buf);
    }
}

impl RemoteCall for GetTone {
    type Return = crate::enums::aicompose::Tones;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_tone = <crate::enums::InputAiComposeTone>::deserialize(r)?;
        Ok(Self { tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `aicompose.getTones#abd59201 hash:long = aicompose.Tones`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTones {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetTones {
    const CONSTRUCTOR_ID: u32 = 0xabd59201;
    const NAME: &'static str = "aicompose.getTones";
}

impl Serialize for GetTones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetTones {
    type Return = crate::enums::aicompose::Tones;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTones {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `aicompose.getToneExample#d1b4ab14 tone:InputAiComposeTone num:int = AiComposeToneExample`
#[derive(Debug, Clone, PartialEq)]
pub struct GetToneExample {
    /// `tone:InputAiComposeTone`
    pub tone: crate::enums::InputAiComposeTone,
    /// `num:int`
    pub num: i32,
}

impl Identifiable for GetToneExample {
    const CONSTRUCTOR_ID: u32 = 0xd1b4ab14;
    const NAME: &'static str = "aicompose.getToneExample";
}

impl Serialize for GetToneExample {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.tone.serialize(buf);
        self.num.serialize(buf);
    }
}

impl RemoteCall for GetToneExample {
    type Return = crate::enums::AiComposeToneExample;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetToneExample {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_tone = <crate::enums::InputAiComposeTone>::deserialize(r)?;
        let f_num = <i32>::deserialize(r)?;
        Ok(Self { tone: f_tone, num: f_num })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetToneExample {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tone");
        self.tone.write_json(w);
        w.key("num");
        self.num.write_json(w);
        w.end_object();
    }
}
