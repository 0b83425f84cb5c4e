// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from sample.tl.
//! Constructors (one struct per TL constructor) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod auth;

/// `inputPeerEmpty#7f3b18ea = InputPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct InputPeerEmpty;

impl Identifiable for InputPeerEmpty {
    const CONSTRUCTOR_ID: u32 = 0x7f3b18ea;
    const NAME: &'static str = "inputPeerEmpty";
}

impl Serialize for InputPeerEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for InputPeerEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for InputPeerEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for InputPeerEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for InputPeerEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `inputPeerUser#dde8a54c user_id:long access_hash:long = InputPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct InputPeerUser {
    /// `user_id:long`
    pub user_id: i64,
    /// `access_hash:long`
    pub access_hash: i64,
}

impl Identifiable for InputPeerUser {
    const CONSTRUCTOR_ID: u32 = 0xdde8a54c;
    const NAME: &'static str = "inputPeerUser";
}

impl Serialize for InputPeerUser {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for InputPeerUser {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.user_id.serialize(buf);
        self.access_hash.serialize(buf);
    }
}

impl Deserialize for InputPeerUser {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for InputPeerUser {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_user_id = <i64>::deserialize(r)?;
        let f_access_hash = <i64>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, access_hash: f_access_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for InputPeerUser {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("access_hash");
        self.access_hash.write_json(w);
        w.end_object();
    }
}

/// `textEmpty#dc3d824f = RichText`
#[derive(Debug, Clone, PartialEq)]
pub struct TextEmpty;

impl Identifiable for TextEmpty {
    const CONSTRUCTOR_ID: u32 = 0xdc3d824f;
    const NAME: &'static str = "textEmpty";
}

impl Serialize for TextEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TextEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TextEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TextEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TextEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `textBold#6724abc4 text:RichText = RichText`
#[derive(Debug, Clone, PartialEq)]
pub struct TextBold {
    /// `text:RichText`
    pub text: crate::enums::RichText,
}

impl Identifiable for TextBold {
    const CONSTRUCTOR_ID: u32 = 0x6724abc4;
    const NAME: &'static str = "textBold";
}

impl Serialize for TextBold {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TextBold {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.text.serialize(buf);
    }
}

impl Deserialize for TextBold {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TextBold {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_text = <crate::enums::RichText>::deserialize(r)?;
        Ok(Self { text: f_text })
    }
}

#[cfg(feature = "json")]
impl ToJson for TextBold {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("text");
        self.text.write_json(w);
        w.end_object();
    }
}

/// `future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt`
#[derive(Debug, Clone, PartialEq)]
pub struct FutureSalt {
    /// `valid_since:int`
    pub valid_since: i32,
    /// `valid_until:int`
    pub valid_until: i32,
    /// `salt:long`
    pub salt: i64,
}

impl Identifiable for FutureSalt {
    const CONSTRUCTOR_ID: u32 = 0x0949d9dc;
    const NAME: &'static str = "future_salt";
}

impl Serialize for FutureSalt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FutureSalt {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.valid_since.serialize(buf);
        self.valid_until.serialize(buf);
        self.salt.serialize(buf);
    }
}

impl Deserialize for FutureSalt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FutureSalt {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_valid_since = <i32>::deserialize(r)?;
        let f_valid_until = <i32>::deserialize(r)?;
        let f_salt = <i64>::deserialize(r)?;
        Ok(Self { valid_since: f_valid_since, valid_until: f_valid_until, salt: f_salt })
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalt {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("valid_since");
        self.valid_since.write_json(w);
        w.key("valid_until");
        self.valid_until.write_json(w);
        w.key("salt");
        self.salt.write_json(w);
        w.end_object();
    }
}

/// `future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts`
#[derive(Debug, Clone, PartialEq)]
pub struct FutureSalts {
    /// `req_msg_id:long`
    pub req_msg_id: i64,
    /// `now:int`
    pub now: i32,
    /// `salts:vector<future_salt>`
    pub salts: Vec<crate::types::FutureSalt>,
}

impl Identifiable for FutureSalts {
    const CONSTRUCTOR_ID: u32 = 0xae500895;
    const NAME: &'static str = "future_salts";
}

impl Serialize for FutureSalts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FutureSalts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.req_msg_id.serialize(buf);
        self.now.serialize(buf);
        mtrs_tl::write_len(buf, self.salts.len());
        for x0 in &self.salts {
            (*x0).serialize_bare(buf);
        }
    }
}

impl Deserialize for FutureSalts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FutureSalts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_req_msg_id = <i64>::deserialize(r)?;
        let f_now = <i32>::deserialize(r)?;
        let f_salts = { let n = r.read_len(16)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::types::FutureSalt>::deserialize_bare(r)?); } v };
        Ok(Self { req_msg_id: f_req_msg_id, now: f_now, salts: f_salts })
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("req_msg_id");
        self.req_msg_id.write_json(w);
        w.key("now");
        self.now.write_json(w);
        w.key("salts");
        self.salts.write_json(w);
        w.end_object();
    }
}

/// `message#0df00002 msg_id:long seqno:int bytes:int body:string = Message`
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// `msg_id:long`
    pub msg_id: i64,
    /// `seqno:int`
    pub seqno: i32,
    /// `bytes:int`
    pub bytes: i32,
    /// `body:string`
    pub body: mtrs_tl::TlString,
}

impl Identifiable for Message {
    const CONSTRUCTOR_ID: u32 = 0x0df00002;
    const NAME: &'static str = "message";
}

impl Serialize for Message {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Message {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_id.serialize(buf);
        self.seqno.serialize(buf);
        self.bytes.serialize(buf);
        self.body.serialize(buf);
    }
}

impl Deserialize for Message {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Message {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_id = <i64>::deserialize(r)?;
        let f_seqno = <i32>::deserialize(r)?;
        let f_bytes = <i32>::deserialize(r)?;
        let f_body = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id, seqno: f_seqno, bytes: f_bytes, body: f_body })
    }
}

#[cfg(feature = "json")]
impl ToJson for Message {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("seqno");
        self.seqno.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.key("body");
        self.body.write_json(w);
        w.end_object();
    }
}

/// `msg_container#29c1636d messages:vector<%Message> = MessageContainer`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgContainer {
    /// `messages:vector<%Message>`
    pub messages: Vec<crate::types::Message>,
}

impl Identifiable for MsgContainer {
    const CONSTRUCTOR_ID: u32 = 0x29c1636d;
    const NAME: &'static str = "msg_container";
}

impl Serialize for MsgContainer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgContainer {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        mtrs_tl::write_len(buf, self.messages.len());
        for x0 in &self.messages {
            (*x0).serialize_bare(buf);
        }
    }
}

impl Deserialize for MsgContainer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgContainer {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_messages = { let n = r.read_len(20)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::types::Message>::deserialize_bare(r)?); } v };
        Ok(Self { messages: f_messages })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgContainer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("messages");
        self.messages.write_json(w);
        w.end_object();
    }
}

/// `username#b4073647 flags:# editable:flags.0?true active:flags.1?true username:string = Username`
#[derive(Debug, Clone, PartialEq)]
pub struct Username {
    /// `editable:flags.0?true`
    pub editable: bool,
    /// `active:flags.1?true`
    pub active: bool,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for Username {
    const CONSTRUCTOR_ID: u32 = 0xb4073647;
    const NAME: &'static str = "username";
}

impl Serialize for Username {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Username {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.editable { 1 << 0 } else { 0 }
            | if self.active { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.username.serialize(buf);
    }
}

impl Deserialize for Username {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Username {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_editable = fl_flags & (1 << 0) != 0;
        let f_active = fl_flags & (1 << 1) != 0;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { editable: f_editable, active: f_active, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for Username {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("editable");
        self.editable.write_json(w);
        w.key("active");
        self.active.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `peerUser#59511722 user_id:long = Peer`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerUser {
    /// `user_id:long`
    pub user_id: i64,
}

impl Identifiable for PeerUser {
    const CONSTRUCTOR_ID: u32 = 0x59511722;
    const NAME: &'static str = "peerUser";
}

impl Serialize for PeerUser {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerUser {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.user_id.serialize(buf);
    }
}

impl Deserialize for PeerUser {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerUser {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_user_id = <i64>::deserialize(r)?;
        Ok(Self { user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerUser {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `user#3e95c7c4 flags:# self:flags.10?true bot:flags.14?true flags2:# bot_can_edit:flags2.1?true id:long access_hash:flags.0?long first_name:flags.1?string bot_info_version:flags.14?int usernames:flags2.0?Vector<Username> = User`
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// `self:flags.10?true`
    pub is_self: bool,
    /// `bot:flags.14?true`
    pub bot: bool,
    /// `bot_can_edit:flags2.1?true`
    pub bot_can_edit: bool,
    /// `id:long`
    pub id: i64,
    /// `access_hash:flags.0?long`
    pub access_hash: Option<i64>,
    /// `first_name:flags.1?string`
    pub first_name: Option<mtrs_tl::TlString>,
    /// `bot_info_version:flags.14?int`
    pub bot_info_version: Option<i32>,
    /// `usernames:flags2.0?Vector<Username>`
    pub usernames: Option<Vec<crate::enums::Username>>,
}

impl Identifiable for User {
    const CONSTRUCTOR_ID: u32 = 0x3e95c7c4;
    const NAME: &'static str = "user";
}

impl Serialize for User {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for User {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.access_hash.is_some() { 1 << 0 } else { 0 }
            | if self.first_name.is_some() { 1 << 1 } else { 0 }
            | if self.is_self { 1 << 10 } else { 0 }
            | if self.bot || self.bot_info_version.is_some() { 1 << 14 } else { 0 };
        fl_flags.serialize(buf);
        let fl_flags2 = 0u32
            | if self.usernames.is_some() { 1 << 0 } else { 0 }
            | if self.bot_can_edit { 1 << 1 } else { 0 };
        fl_flags2.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.access_hash {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.first_name {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 14) != 0 {
            match &self.bot_info_version {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.usernames {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for User {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for User {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_self = fl_flags & (1 << 10) != 0;
        let f_bot = fl_flags & (1 << 14) != 0;
        let fl_flags2 = r.read_u32()?;
        let f_bot_can_edit = fl_flags2 & (1 << 1) != 0;
        let f_id = <i64>::deserialize(r)?;
        let f_access_hash = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_first_name = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_bot_info_version = if fl_flags & (1 << 14) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_usernames = if fl_flags2 & (1 << 0) != 0 { Some(<Vec<crate::enums::Username>>::deserialize(r)?) } else { None };
        Ok(Self { is_self: f_self, bot: f_bot, bot_can_edit: f_bot_can_edit, id: f_id, access_hash: f_access_hash, first_name: f_first_name, bot_info_version: f_bot_info_version, usernames: f_usernames })
    }
}

#[cfg(feature = "json")]
impl ToJson for User {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("self");
        self.is_self.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("bot_can_edit");
        self.bot_can_edit.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("access_hash");
        self.access_hash.write_json(w);
        w.key("first_name");
        self.first_name.write_json(w);
        w.key("bot_info_version");
        self.bot_info_version.write_json(w);
        w.key("usernames");
        self.usernames.write_json(w);
        w.end_object();
    }
}
