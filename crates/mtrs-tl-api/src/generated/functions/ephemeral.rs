// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `ephemeral` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `ephemeral.sendMessage#ba8d5f35 flags:# invert_media:flags.6?true welcome:flags.7?true anchor:flags.9?true noforwards:flags.10?true peer:flags.8?InputPeer receiver_id:InputUser query_id:flags.0?long message:string entities:flags.1?Vector<MessageEntity> media:flags.2?InputMedia reply_markup:flags.3?ReplyMarkup rich_message:flags.4?InputRichMessage random_id:long reply_to:flags.5?InputReplyTo = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendMessage {
    /// `invert_media:flags.6?true`
    pub invert_media: bool,
    /// `welcome:flags.7?true`
    pub welcome: bool,
    /// `anchor:flags.9?true`
    pub anchor: bool,
    /// `noforwards:flags.10?true`
    pub noforwards: bool,
    /// `peer:flags.8?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `receiver_id:InputUser`
    pub receiver_id: crate::enums::InputUser,
    /// `query_id:flags.0?long`
    pub query_id: Option<i64>,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `media:flags.2?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `reply_markup:flags.3?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `rich_message:flags.4?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
    /// `random_id:long`
    pub random_id: i64,
    /// `reply_to:flags.5?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
}

impl Identifiable for SendMessage {
    const CONSTRUCTOR_ID: u32 = 0xba8d5f35;
    const NAME: &'static str = "ephemeral.sendMessage";
}

impl Serialize for SendMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.query_id.is_some() { 1 << 0 } else { 0 }
            | if self.entities.is_some() { 1 << 1 } else { 0 }
            | if self.media.is_some() { 1 << 2 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 3 } else { 0 }
            | if self.rich_message.is_some() { 1 << 4 } else { 0 }
            | if self.reply_to.is_some() { 1 << 5 } else { 0 }
            | if self.invert_media { 1 << 6 } else { 0 }
            | if self.welcome { 1 << 7 } else { 0 }
            | if self.peer.is_some() { 1 << 8 } else { 0 }
            | if self.anchor { 1 << 9 } else { 0 }
            | if self.noforwards { 1 << 10 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.receiver_id.serialize(buf);
        if let Some(v) = &self.query_id {
            (*v).serialize(buf);
        }
        self.message.serialize(buf);
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.rich_message {
            (*v).serialize(buf);
        }
        self.random_id.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendMessage {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_invert_media = fl_flags & (1 << 6) != 0;
        let f_welcome = fl_flags & (1 << 7) != 0;
        let f_anchor = fl_flags & (1 << 9) != 0;
        let f_noforwards = fl_flags & (1 << 10) != 0;
        let f_peer = if fl_flags & (1 << 8) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_receiver_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_query_id = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_media = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_reply_markup = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        let f_random_id = <i64>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        Ok(Self { invert_media: f_invert_media, welcome: f_welcome, anchor: f_anchor, noforwards: f_noforwards, peer: f_peer, receiver_id: f_receiver_id, query_id: f_query_id, message: f_message, entities: f_entities, media: f_media, reply_markup: f_reply_markup, rich_message: f_rich_message, random_id: f_random_id, reply_to: f_reply_to })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("welcome");
        self.welcome.write_json(w);
        w.key("anchor");
        self.anchor.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("receiver_id");
        self.receiver_id.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.deleteMessage#92f6e797 flags:# peer:flags.0?InputPeer receiver_id:InputUser id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteMessage {
    /// `peer:flags.0?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `receiver_id:InputUser`
    pub receiver_id: crate::enums::InputUser,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for DeleteMessage {
    const CONSTRUCTOR_ID: u32 = 0x92f6e797;
    const NAME: &'static str = "ephemeral.deleteMessage";
}

impl Serialize for DeleteMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.receiver_id.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_receiver_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, receiver_id: f_receiver_id, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("receiver_id");
        self.receiver_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.reportMessage#8704f2bf peer:InputPeer id:int option:bytes message:string = ReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMessage {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `option:bytes`
    pub option: Vec<u8>,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for ReportMessage {
    const CONSTRUCTOR_ID: u32 = 0x8704f2bf;
    const NAME: &'static str = "ephemeral.reportMessage";
}

impl Serialize for ReportMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.option.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for ReportMessage {
    type Return = crate::enums::ReportResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_option = <Vec<u8>>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, option: f_option, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("option");
        self.option.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.getCallbackAnswer#3fa464c8 flags:# peer:InputPeer id:int data:flags.1?bytes = messages.BotCallbackAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCallbackAnswer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `data:flags.1?bytes`
    pub data: Option<Vec<u8>>,
}

impl Identifiable for GetCallbackAnswer {
    const CONSTRUCTOR_ID: u32 = 0x3fa464c8;
    const NAME: &'static str = "ephemeral.getCallbackAnswer";
}

impl Serialize for GetCallbackAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.data.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.data {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetCallbackAnswer {
    type Return = crate::enums::messages::BotCallbackAnswer;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCallbackAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_data = if fl_flags & (1 << 1) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, id: f_id, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCallbackAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.editMessage#cf9c725b flags:# invert_media:flags.5?true welcome:flags.6?true peer:flags.7?InputPeer receiver_id:InputUser id:int message:flags.0?string media:flags.3?InputMedia entities:flags.1?Vector<MessageEntity> reply_markup:flags.2?ReplyMarkup rich_message:flags.4?InputRichMessage = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditMessage {
    /// `invert_media:flags.5?true`
    pub invert_media: bool,
    /// `welcome:flags.6?true`
    pub welcome: bool,
    /// `peer:flags.7?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `receiver_id:InputUser`
    pub receiver_id: crate::enums::InputUser,
    /// `id:int`
    pub id: i32,
    /// `message:flags.0?string`
    pub message: Option<mtrs_tl::TlString>,
    /// `media:flags.3?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `reply_markup:flags.2?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `rich_message:flags.4?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
}

impl Identifiable for EditMessage {
    const CONSTRUCTOR_ID: u32 = 0xcf9c725b;
    const NAME: &'static str = "ephemeral.editMessage";
}

impl Serialize for EditMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.message.is_some() { 1 << 0 } else { 0 }
            | if self.entities.is_some() { 1 << 1 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 2 } else { 0 }
            | if self.media.is_some() { 1 << 3 } else { 0 }
            | if self.rich_message.is_some() { 1 << 4 } else { 0 }
            | if self.invert_media { 1 << 5 } else { 0 }
            | if self.welcome { 1 << 6 } else { 0 }
            | if self.peer.is_some() { 1 << 7 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.receiver_id.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.rich_message {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditMessage {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_invert_media = fl_flags & (1 << 5) != 0;
        let f_welcome = fl_flags & (1 << 6) != 0;
        let f_peer = if fl_flags & (1 << 7) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_receiver_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_message = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_media = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_reply_markup = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        Ok(Self { invert_media: f_invert_media, welcome: f_welcome, peer: f_peer, receiver_id: f_receiver_id, id: f_id, message: f_message, media: f_media, entities: f_entities, reply_markup: f_reply_markup, rich_message: f_rich_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("welcome");
        self.welcome.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("receiver_id");
        self.receiver_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.deleteWelcomeMessage#e882a9e1 peer:InputPeer id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWelcomeMessage {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for DeleteWelcomeMessage {
    const CONSTRUCTOR_ID: u32 = 0xe882a9e1;
    const NAME: &'static str = "ephemeral.deleteWelcomeMessage";
}

impl Serialize for DeleteWelcomeMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteWelcomeMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteWelcomeMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteWelcomeMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.deleteAllWelcomeMessages#734f9721 peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAllWelcomeMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for DeleteAllWelcomeMessages {
    const CONSTRUCTOR_ID: u32 = 0x734f9721;
    const NAME: &'static str = "ephemeral.deleteAllWelcomeMessages";
}

impl Serialize for DeleteAllWelcomeMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for DeleteAllWelcomeMessages {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteAllWelcomeMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteAllWelcomeMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `ephemeral.getWelcomeMessages#db9ac18d peer:InputPeer hash:long = ephemeral.WelcomeMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWelcomeMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetWelcomeMessages {
    const CONSTRUCTOR_ID: u32 = 0xdb9ac18d;
    const NAME: &'static str = "ephemeral.getWelcomeMessages";
}

impl Serialize for GetWelcomeMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetWelcomeMessages {
    type Return = crate::enums::ephemeral::WelcomeMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWelcomeMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWelcomeMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}
