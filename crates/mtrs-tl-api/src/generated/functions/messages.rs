// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `messages` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `messages.getMessages#63c66506 id:Vector<InputMessage> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessages {
    /// `id:Vector<InputMessage>`
    pub id: Vec<crate::enums::InputMessage>,
}

impl Identifiable for GetMessages {
    const CONSTRUCTOR_ID: u32 = 0x63c66506;
    const NAME: &'static str = "messages.getMessages";
}

impl Serialize for GetMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetMessages {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputMessage>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getDialogs#a0f4cb4f flags:# exclude_pinned:flags.0?true folder_id:flags.1?int offset_date:int offset_id:int offset_peer:InputPeer limit:int hash:long = messages.Dialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDialogs {
    /// `exclude_pinned:flags.0?true`
    pub exclude_pinned: bool,
    /// `folder_id:flags.1?int`
    pub folder_id: Option<i32>,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_peer:InputPeer`
    pub offset_peer: crate::enums::InputPeer,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDialogs {
    const CONSTRUCTOR_ID: u32 = 0xa0f4cb4f;
    const NAME: &'static str = "messages.getDialogs";
}

impl Serialize for GetDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.exclude_pinned { 1 << 0 } else { 0 }
            | if self.folder_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.folder_id {
            (*v).serialize(buf);
        }
        self.offset_date.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_peer.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDialogs {
    type Return = crate::enums::messages::Dialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_exclude_pinned = fl_flags & (1 << 0) != 0;
        let f_folder_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_date = <i32>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { exclude_pinned: f_exclude_pinned, folder_id: f_folder_id, offset_date: f_offset_date, offset_id: f_offset_id, offset_peer: f_offset_peer, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("exclude_pinned");
        self.exclude_pinned.write_json(w);
        w.key("folder_id");
        self.folder_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_peer");
        self.offset_peer.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getHistory#4423e6c5 peer:InputPeer offset_id:int offset_date:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetHistory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetHistory {
    const CONSTRUCTOR_ID: u32 = 0x4423e6c5;
    const NAME: &'static str = "messages.getHistory";
}

impl Serialize for GetHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_date.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetHistory {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_date = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, offset_id: f_offset_id, offset_date: f_offset_date, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.search#29ee847a flags:# peer:InputPeer q:string from_id:flags.0?InputPeer saved_peer_id:flags.2?InputPeer saved_reaction:flags.3?Vector<Reaction> top_msg_id:flags.1?int filter:MessagesFilter min_date:int max_date:int offset_id:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `from_id:flags.0?InputPeer`
    pub from_id: Option<crate::enums::InputPeer>,
    /// `saved_peer_id:flags.2?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
    /// `saved_reaction:flags.3?Vector<Reaction>`
    pub saved_reaction: Option<Vec<crate::enums::Reaction>>,
    /// `top_msg_id:flags.1?int`
    pub top_msg_id: Option<i32>,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `min_date:int`
    pub min_date: i32,
    /// `max_date:int`
    pub max_date: i32,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for Search {
    const CONSTRUCTOR_ID: u32 = 0x29ee847a;
    const NAME: &'static str = "messages.search";
}

impl Serialize for Search {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.from_id.is_some() { 1 << 0 } else { 0 }
            | if self.top_msg_id.is_some() { 1 << 1 } else { 0 }
            | if self.saved_peer_id.is_some() { 1 << 2 } else { 0 }
            | if self.saved_reaction.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.q.serialize(buf);
        if let Some(v) = &self.from_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_reaction {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        self.filter.serialize(buf);
        self.min_date.serialize(buf);
        self.max_date.serialize(buf);
        self.offset_id.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for Search {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Search {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_from_id = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_saved_peer_id = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_saved_reaction = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::Reaction>>::deserialize(r)?) } else { None };
        let f_top_msg_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_min_date = <i32>::deserialize(r)?;
        let f_max_date = <i32>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, q: f_q, from_id: f_from_id, saved_peer_id: f_saved_peer_id, saved_reaction: f_saved_reaction, top_msg_id: f_top_msg_id, filter: f_filter, min_date: f_min_date, max_date: f_max_date, offset_id: f_offset_id, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for Search {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("from_id");
        self.from_id.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.key("saved_reaction");
        self.saved_reaction.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("min_date");
        self.min_date.write_json(w);
        w.key("max_date");
        self.max_date.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.readHistory#0e306d3a peer:InputPeer max_id:int = messages.AffectedMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadHistory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for ReadHistory {
    const CONSTRUCTOR_ID: u32 = 0x0e306d3a;
    const NAME: &'static str = "messages.readHistory";
}

impl Serialize for ReadHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for ReadHistory {
    type Return = crate::enums::messages::AffectedMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteHistory#b08f922a flags:# just_clear:flags.0?true revoke:flags.1?true peer:InputPeer max_id:int min_date:flags.2?int max_date:flags.3?int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHistory {
    /// `just_clear:flags.0?true`
    pub just_clear: bool,
    /// `revoke:flags.1?true`
    pub revoke: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_date:flags.2?int`
    pub min_date: Option<i32>,
    /// `max_date:flags.3?int`
    pub max_date: Option<i32>,
}

impl Identifiable for DeleteHistory {
    const CONSTRUCTOR_ID: u32 = 0xb08f922a;
    const NAME: &'static str = "messages.deleteHistory";
}

impl Serialize for DeleteHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.just_clear { 1 << 0 } else { 0 }
            | if self.revoke { 1 << 1 } else { 0 }
            | if self.min_date.is_some() { 1 << 2 } else { 0 }
            | if self.max_date.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.max_id.serialize(buf);
        if let Some(v) = &self.min_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.max_date {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for DeleteHistory {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_just_clear = fl_flags & (1 << 0) != 0;
        let f_revoke = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_date = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_max_date = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { just_clear: f_just_clear, revoke: f_revoke, peer: f_peer, max_id: f_max_id, min_date: f_min_date, max_date: f_max_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("just_clear");
        self.just_clear.write_json(w);
        w.key("revoke");
        self.revoke.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_date");
        self.min_date.write_json(w);
        w.key("max_date");
        self.max_date.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteMessages#e58e95d2 flags:# revoke:flags.0?true id:Vector<int> = messages.AffectedMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteMessages {
    /// `revoke:flags.0?true`
    pub revoke: bool,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for DeleteMessages {
    const CONSTRUCTOR_ID: u32 = 0xe58e95d2;
    const NAME: &'static str = "messages.deleteMessages";
}

impl Serialize for DeleteMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.revoke { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteMessages {
    type Return = crate::enums::messages::AffectedMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoke = fl_flags & (1 << 0) != 0;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { revoke: f_revoke, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoke");
        self.revoke.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.receivedMessages#05a954c0 max_id:int = Vector<ReceivedNotifyMessage>`
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedMessages {
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for ReceivedMessages {
    const CONSTRUCTOR_ID: u32 = 0x05a954c0;
    const NAME: &'static str = "messages.receivedMessages";
}

impl Serialize for ReceivedMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for ReceivedMessages {
    type Return = Vec<crate::enums::ReceivedNotifyMessage>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReceivedMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReceivedMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `messages.setTyping#58943ee2 flags:# peer:InputPeer top_msg_id:flags.0?int action:SendMessageAction = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetTyping {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `action:SendMessageAction`
    pub action: crate::enums::SendMessageAction,
}

impl Identifiable for SetTyping {
    const CONSTRUCTOR_ID: u32 = 0x58943ee2;
    const NAME: &'static str = "messages.setTyping";
}

impl Serialize for SetTyping {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        self.action.serialize(buf);
    }
}

impl RemoteCall for SetTyping {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetTyping {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_action = <crate::enums::SendMessageAction>::deserialize(r)?;
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, action: f_action })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetTyping {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("action");
        self.action.write_json(w);
        w.end_object();
    }
}

/// `messages.sendMessage#fef48f62 flags:# no_webpage:flags.1?true silent:flags.5?true background:flags.6?true clear_draft:flags.7?true noforwards:flags.14?true update_stickersets_order:flags.15?true invert_media:flags.16?true allow_paid_floodskip:flags.19?true peer:InputPeer reply_to:flags.0?InputReplyTo message:string random_id:long reply_markup:flags.2?ReplyMarkup entities:flags.3?Vector<MessageEntity> schedule_date:flags.10?int schedule_repeat_period:flags.24?int send_as:flags.13?InputPeer quick_reply_shortcut:flags.17?InputQuickReplyShortcut effect:flags.18?long allow_paid_stars:flags.21?long suggested_post:flags.22?SuggestedPost rich_message:flags.23?InputRichMessage = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendMessage {
    /// `no_webpage:flags.1?true`
    pub no_webpage: bool,
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `background:flags.6?true`
    pub background: bool,
    /// `clear_draft:flags.7?true`
    pub clear_draft: bool,
    /// `noforwards:flags.14?true`
    pub noforwards: bool,
    /// `update_stickersets_order:flags.15?true`
    pub update_stickersets_order: bool,
    /// `invert_media:flags.16?true`
    pub invert_media: bool,
    /// `allow_paid_floodskip:flags.19?true`
    pub allow_paid_floodskip: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `random_id:long`
    pub random_id: i64,
    /// `reply_markup:flags.2?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `schedule_date:flags.10?int`
    pub schedule_date: Option<i32>,
    /// `schedule_repeat_period:flags.24?int`
    pub schedule_repeat_period: Option<i32>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
    /// `quick_reply_shortcut:flags.17?InputQuickReplyShortcut`
    pub quick_reply_shortcut: Option<crate::enums::InputQuickReplyShortcut>,
    /// `effect:flags.18?long`
    pub effect: Option<i64>,
    /// `allow_paid_stars:flags.21?long`
    pub allow_paid_stars: Option<i64>,
    /// `suggested_post:flags.22?SuggestedPost`
    pub suggested_post: Option<crate::enums::SuggestedPost>,
    /// `rich_message:flags.23?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
}

impl Identifiable for SendMessage {
    const CONSTRUCTOR_ID: u32 = 0xfef48f62;
    const NAME: &'static str = "messages.sendMessage";
}

impl Serialize for SendMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.no_webpage { 1 << 1 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 2 } else { 0 }
            | if self.entities.is_some() { 1 << 3 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.background { 1 << 6 } else { 0 }
            | if self.clear_draft { 1 << 7 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 10 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 }
            | if self.noforwards { 1 << 14 } else { 0 }
            | if self.update_stickersets_order { 1 << 15 } else { 0 }
            | if self.invert_media { 1 << 16 } else { 0 }
            | if self.quick_reply_shortcut.is_some() { 1 << 17 } else { 0 }
            | if self.effect.is_some() { 1 << 18 } else { 0 }
            | if self.allow_paid_floodskip { 1 << 19 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 21 } else { 0 }
            | if self.suggested_post.is_some() { 1 << 22 } else { 0 }
            | if self.rich_message.is_some() { 1 << 23 } else { 0 }
            | if self.schedule_repeat_period.is_some() { 1 << 24 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        self.message.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_repeat_period {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.effect {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.suggested_post {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.rich_message {
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
        let f_no_webpage = fl_flags & (1 << 1) != 0;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_background = fl_flags & (1 << 6) != 0;
        let f_clear_draft = fl_flags & (1 << 7) != 0;
        let f_noforwards = fl_flags & (1 << 14) != 0;
        let f_update_stickersets_order = fl_flags & (1 << 15) != 0;
        let f_invert_media = fl_flags & (1 << 16) != 0;
        let f_allow_paid_floodskip = fl_flags & (1 << 19) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_reply_markup = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_schedule_date = if fl_flags & (1 << 10) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_schedule_repeat_period = if fl_flags & (1 << 24) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut = if fl_flags & (1 << 17) != 0 { Some(<crate::enums::InputQuickReplyShortcut>::deserialize(r)?) } else { None };
        let f_effect = if fl_flags & (1 << 18) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_allow_paid_stars = if fl_flags & (1 << 21) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_suggested_post = if fl_flags & (1 << 22) != 0 { Some(<crate::enums::SuggestedPost>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 23) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        Ok(Self { no_webpage: f_no_webpage, silent: f_silent, background: f_background, clear_draft: f_clear_draft, noforwards: f_noforwards, update_stickersets_order: f_update_stickersets_order, invert_media: f_invert_media, allow_paid_floodskip: f_allow_paid_floodskip, peer: f_peer, reply_to: f_reply_to, message: f_message, random_id: f_random_id, reply_markup: f_reply_markup, entities: f_entities, schedule_date: f_schedule_date, schedule_repeat_period: f_schedule_repeat_period, send_as: f_send_as, quick_reply_shortcut: f_quick_reply_shortcut, effect: f_effect, allow_paid_stars: f_allow_paid_stars, suggested_post: f_suggested_post, rich_message: f_rich_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_webpage");
        self.no_webpage.write_json(w);
        w.key("silent");
        self.silent.write_json(w);
        w.key("background");
        self.background.write_json(w);
        w.key("clear_draft");
        self.clear_draft.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("update_stickersets_order");
        self.update_stickersets_order.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("allow_paid_floodskip");
        self.allow_paid_floodskip.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("schedule_repeat_period");
        self.schedule_repeat_period.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.key("quick_reply_shortcut");
        self.quick_reply_shortcut.write_json(w);
        w.key("effect");
        self.effect.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.key("suggested_post");
        self.suggested_post.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.end_object();
    }
}

/// `messages.sendMedia#0330e77f flags:# silent:flags.5?true background:flags.6?true clear_draft:flags.7?true noforwards:flags.14?true update_stickersets_order:flags.15?true invert_media:flags.16?true allow_paid_floodskip:flags.19?true peer:InputPeer reply_to:flags.0?InputReplyTo media:InputMedia message:string random_id:long reply_markup:flags.2?ReplyMarkup entities:flags.3?Vector<MessageEntity> schedule_date:flags.10?int schedule_repeat_period:flags.24?int send_as:flags.13?InputPeer quick_reply_shortcut:flags.17?InputQuickReplyShortcut effect:flags.18?long allow_paid_stars:flags.21?long suggested_post:flags.22?SuggestedPost = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendMedia {
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `background:flags.6?true`
    pub background: bool,
    /// `clear_draft:flags.7?true`
    pub clear_draft: bool,
    /// `noforwards:flags.14?true`
    pub noforwards: bool,
    /// `update_stickersets_order:flags.15?true`
    pub update_stickersets_order: bool,
    /// `invert_media:flags.16?true`
    pub invert_media: bool,
    /// `allow_paid_floodskip:flags.19?true`
    pub allow_paid_floodskip: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `random_id:long`
    pub random_id: i64,
    /// `reply_markup:flags.2?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `schedule_date:flags.10?int`
    pub schedule_date: Option<i32>,
    /// `schedule_repeat_period:flags.24?int`
    pub schedule_repeat_period: Option<i32>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
    /// `quick_reply_shortcut:flags.17?InputQuickReplyShortcut`
    pub quick_reply_shortcut: Option<crate::enums::InputQuickReplyShortcut>,
    /// `effect:flags.18?long`
    pub effect: Option<i64>,
    /// `allow_paid_stars:flags.21?long`
    pub allow_paid_stars: Option<i64>,
    /// `suggested_post:flags.22?SuggestedPost`
    pub suggested_post: Option<crate::enums::SuggestedPost>,
}

impl Identifiable for SendMedia {
    const CONSTRUCTOR_ID: u32 = 0x0330e77f;
    const NAME: &'static str = "messages.sendMedia";
}

impl Serialize for SendMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 2 } else { 0 }
            | if self.entities.is_some() { 1 << 3 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.background { 1 << 6 } else { 0 }
            | if self.clear_draft { 1 << 7 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 10 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 }
            | if self.noforwards { 1 << 14 } else { 0 }
            | if self.update_stickersets_order { 1 << 15 } else { 0 }
            | if self.invert_media { 1 << 16 } else { 0 }
            | if self.quick_reply_shortcut.is_some() { 1 << 17 } else { 0 }
            | if self.effect.is_some() { 1 << 18 } else { 0 }
            | if self.allow_paid_floodskip { 1 << 19 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 21 } else { 0 }
            | if self.suggested_post.is_some() { 1 << 22 } else { 0 }
            | if self.schedule_repeat_period.is_some() { 1 << 24 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        self.media.serialize(buf);
        self.message.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_repeat_period {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.effect {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.suggested_post {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendMedia {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_background = fl_flags & (1 << 6) != 0;
        let f_clear_draft = fl_flags & (1 << 7) != 0;
        let f_noforwards = fl_flags & (1 << 14) != 0;
        let f_update_stickersets_order = fl_flags & (1 << 15) != 0;
        let f_invert_media = fl_flags & (1 << 16) != 0;
        let f_allow_paid_floodskip = fl_flags & (1 << 19) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_reply_markup = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_schedule_date = if fl_flags & (1 << 10) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_schedule_repeat_period = if fl_flags & (1 << 24) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut = if fl_flags & (1 << 17) != 0 { Some(<crate::enums::InputQuickReplyShortcut>::deserialize(r)?) } else { None };
        let f_effect = if fl_flags & (1 << 18) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_allow_paid_stars = if fl_flags & (1 << 21) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_suggested_post = if fl_flags & (1 << 22) != 0 { Some(<crate::enums::SuggestedPost>::deserialize(r)?) } else { None };
        Ok(Self { silent: f_silent, background: f_background, clear_draft: f_clear_draft, noforwards: f_noforwards, update_stickersets_order: f_update_stickersets_order, invert_media: f_invert_media, allow_paid_floodskip: f_allow_paid_floodskip, peer: f_peer, reply_to: f_reply_to, media: f_media, message: f_message, random_id: f_random_id, reply_markup: f_reply_markup, entities: f_entities, schedule_date: f_schedule_date, schedule_repeat_period: f_schedule_repeat_period, send_as: f_send_as, quick_reply_shortcut: f_quick_reply_shortcut, effect: f_effect, allow_paid_stars: f_allow_paid_stars, suggested_post: f_suggested_post })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("background");
        self.background.write_json(w);
        w.key("clear_draft");
        self.clear_draft.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("update_stickersets_order");
        self.update_stickersets_order.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("allow_paid_floodskip");
        self.allow_paid_floodskip.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("schedule_repeat_period");
        self.schedule_repeat_period.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.key("quick_reply_shortcut");
        self.quick_reply_shortcut.write_json(w);
        w.key("effect");
        self.effect.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.key("suggested_post");
        self.suggested_post.write_json(w);
        w.end_object();
    }
}

/// `messages.forwardMessages#13704a7c flags:# silent:flags.5?true background:flags.6?true with_my_score:flags.8?true drop_author:flags.11?true drop_media_captions:flags.12?true noforwards:flags.14?true allow_paid_floodskip:flags.19?true from_ephemeral:flags.25?true from_peer:InputPeer id:Vector<int> random_id:Vector<long> to_peer:InputPeer top_msg_id:flags.9?int reply_to:flags.22?InputReplyTo schedule_date:flags.10?int schedule_repeat_period:flags.24?int send_as:flags.13?InputPeer quick_reply_shortcut:flags.17?InputQuickReplyShortcut effect:flags.18?long video_timestamp:flags.20?int allow_paid_stars:flags.21?long suggested_post:flags.23?SuggestedPost = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ForwardMessages {
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `background:flags.6?true`
    pub background: bool,
    /// `with_my_score:flags.8?true`
    pub with_my_score: bool,
    /// `drop_author:flags.11?true`
    pub drop_author: bool,
    /// `drop_media_captions:flags.12?true`
    pub drop_media_captions: bool,
    /// `noforwards:flags.14?true`
    pub noforwards: bool,
    /// `allow_paid_floodskip:flags.19?true`
    pub allow_paid_floodskip: bool,
    /// `from_ephemeral:flags.25?true`
    pub from_ephemeral: bool,
    /// `from_peer:InputPeer`
    pub from_peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `random_id:Vector<long>`
    pub random_id: Vec<i64>,
    /// `to_peer:InputPeer`
    pub to_peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.9?int`
    pub top_msg_id: Option<i32>,
    /// `reply_to:flags.22?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `schedule_date:flags.10?int`
    pub schedule_date: Option<i32>,
    /// `schedule_repeat_period:flags.24?int`
    pub schedule_repeat_period: Option<i32>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
    /// `quick_reply_shortcut:flags.17?InputQuickReplyShortcut`
    pub quick_reply_shortcut: Option<crate::enums::InputQuickReplyShortcut>,
    /// `effect:flags.18?long`
    pub effect: Option<i64>,
    /// `video_timestamp:flags.20?int`
    pub video_timestamp: Option<i32>,
    /// `allow_paid_stars:flags.21?long`
    pub allow_paid_stars: Option<i64>,
    /// `suggested_post:flags.23?SuggestedPost`
    pub suggested_post: Option<crate::enums::SuggestedPost>,
}

impl Identifiable for ForwardMessages {
    const CONSTRUCTOR_ID: u32 = 0x13704a7c;
    const NAME: &'static str = "messages.forwardMessages";
}

impl Serialize for ForwardMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.silent { 1 << 5 } else { 0 }
            | if self.background { 1 << 6 } else { 0 }
            | if self.with_my_score { 1 << 8 } else { 0 }
            | if self.top_msg_id.is_some() { 1 << 9 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 10 } else { 0 }
            | if self.drop_author { 1 << 11 } else { 0 }
            | if self.drop_media_captions { 1 << 12 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 }
            | if self.noforwards { 1 << 14 } else { 0 }
            | if self.quick_reply_shortcut.is_some() { 1 << 17 } else { 0 }
            | if self.effect.is_some() { 1 << 18 } else { 0 }
            | if self.allow_paid_floodskip { 1 << 19 } else { 0 }
            | if self.video_timestamp.is_some() { 1 << 20 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 21 } else { 0 }
            | if self.reply_to.is_some() { 1 << 22 } else { 0 }
            | if self.suggested_post.is_some() { 1 << 23 } else { 0 }
            | if self.schedule_repeat_period.is_some() { 1 << 24 } else { 0 }
            | if self.from_ephemeral { 1 << 25 } else { 0 };
        fl_flags.serialize(buf);
        self.from_peer.serialize(buf);
        self.id.serialize(buf);
        self.random_id.serialize(buf);
        self.to_peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_repeat_period {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.effect {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_timestamp {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.suggested_post {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ForwardMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ForwardMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_background = fl_flags & (1 << 6) != 0;
        let f_with_my_score = fl_flags & (1 << 8) != 0;
        let f_drop_author = fl_flags & (1 << 11) != 0;
        let f_drop_media_captions = fl_flags & (1 << 12) != 0;
        let f_noforwards = fl_flags & (1 << 14) != 0;
        let f_allow_paid_floodskip = fl_flags & (1 << 19) != 0;
        let f_from_ephemeral = fl_flags & (1 << 25) != 0;
        let f_from_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_random_id = <Vec<i64>>::deserialize(r)?;
        let f_to_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 9) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_reply_to = if fl_flags & (1 << 22) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_schedule_date = if fl_flags & (1 << 10) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_schedule_repeat_period = if fl_flags & (1 << 24) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut = if fl_flags & (1 << 17) != 0 { Some(<crate::enums::InputQuickReplyShortcut>::deserialize(r)?) } else { None };
        let f_effect = if fl_flags & (1 << 18) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_video_timestamp = if fl_flags & (1 << 20) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_allow_paid_stars = if fl_flags & (1 << 21) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_suggested_post = if fl_flags & (1 << 23) != 0 { Some(<crate::enums::SuggestedPost>::deserialize(r)?) } else { None };
        Ok(Self { silent: f_silent, background: f_background, with_my_score: f_with_my_score, drop_author: f_drop_author, drop_media_captions: f_drop_media_captions, noforwards: f_noforwards, allow_paid_floodskip: f_allow_paid_floodskip, from_ephemeral: f_from_ephemeral, from_peer: f_from_peer, id: f_id, random_id: f_random_id, to_peer: f_to_peer, top_msg_id: f_top_msg_id, reply_to: f_reply_to, schedule_date: f_schedule_date, schedule_repeat_period: f_schedule_repeat_period, send_as: f_send_as, quick_reply_shortcut: f_quick_reply_shortcut, effect: f_effect, video_timestamp: f_video_timestamp, allow_paid_stars: f_allow_paid_stars, suggested_post: f_suggested_post })
    }
}

#[cfg(feature = "json")]
impl ToJson for ForwardMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("background");
        self.background.write_json(w);
        w.key("with_my_score");
        self.with_my_score.write_json(w);
        w.key("drop_author");
        self.drop_author.write_json(w);
        w.key("drop_media_captions");
        self.drop_media_captions.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("allow_paid_floodskip");
        self.allow_paid_floodskip.write_json(w);
        w.key("from_ephemeral");
        self.from_ephemeral.write_json(w);
        w.key("from_peer");
        self.from_peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("to_peer");
        self.to_peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("schedule_repeat_period");
        self.schedule_repeat_period.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.key("quick_reply_shortcut");
        self.quick_reply_shortcut.write_json(w);
        w.key("effect");
        self.effect.write_json(w);
        w.key("video_timestamp");
        self.video_timestamp.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.key("suggested_post");
        self.suggested_post.write_json(w);
        w.end_object();
    }
}

/// `messages.reportSpam#cf1592db peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSpam {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for ReportSpam {
    const CONSTRUCTOR_ID: u32 = 0xcf1592db;
    const NAME: &'static str = "messages.reportSpam";
}

impl Serialize for ReportSpam {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ReportSpam {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportSpam {
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
impl ToJson for ReportSpam {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getPeerSettings#efd9a6a2 peer:InputPeer = messages.PeerSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerSettings {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetPeerSettings {
    const CONSTRUCTOR_ID: u32 = 0xefd9a6a2;
    const NAME: &'static str = "messages.getPeerSettings";
}

impl Serialize for GetPeerSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetPeerSettings {
    type Return = crate::enums::messages::PeerSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerSettings {
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
impl ToJson for GetPeerSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.report#fc78af9b peer:InputPeer id:Vector<int> option:bytes message:string = ReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `option:bytes`
    pub option: Vec<u8>,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for Report {
    const CONSTRUCTOR_ID: u32 = 0xfc78af9b;
    const NAME: &'static str = "messages.report";
}

impl Serialize for Report {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.option.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for Report {
    type Return = crate::enums::ReportResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Report {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_option = <Vec<u8>>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, option: f_option, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for Report {
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

/// `messages.getChats#49e9528f id:Vector<long> = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChats {
    /// `id:Vector<long>`
    pub id: Vec<i64>,
}

impl Identifiable for GetChats {
    const CONSTRUCTOR_ID: u32 = 0x49e9528f;
    const NAME: &'static str = "messages.getChats";
}

impl Serialize for GetChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetChats {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<i64>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getFullChat#aeb00b34 chat_id:long = messages.ChatFull`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFullChat {
    /// `chat_id:long`
    pub chat_id: i64,
}

impl Identifiable for GetFullChat {
    const CONSTRUCTOR_ID: u32 = 0xaeb00b34;
    const NAME: &'static str = "messages.getFullChat";
}

impl Serialize for GetFullChat {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
    }
}

impl RemoteCall for GetFullChat {
    type Return = crate::enums::messages::ChatFull;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFullChat {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFullChat {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatTitle#73783ffd chat_id:long title:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatTitle {
    /// `chat_id:long`
    pub chat_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
}

impl Identifiable for EditChatTitle {
    const CONSTRUCTOR_ID: u32 = 0x73783ffd;
    const NAME: &'static str = "messages.editChatTitle";
}

impl Serialize for EditChatTitle {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
        self.title.serialize(buf);
    }
}

impl RemoteCall for EditChatTitle {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatTitle {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatTitle {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatPhoto#35ddd674 chat_id:long photo:InputChatPhoto = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatPhoto {
    /// `chat_id:long`
    pub chat_id: i64,
    /// `photo:InputChatPhoto`
    pub photo: crate::enums::InputChatPhoto,
}

impl Identifiable for EditChatPhoto {
    const CONSTRUCTOR_ID: u32 = 0x35ddd674;
    const NAME: &'static str = "messages.editChatPhoto";
}

impl Serialize for EditChatPhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
        self.photo.serialize(buf);
    }
}

impl RemoteCall for EditChatPhoto {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatPhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        let f_photo = <crate::enums::InputChatPhoto>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id, photo: f_photo })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatPhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.end_object();
    }
}

/// `messages.addChatUser#cbc6d107 chat_id:long user_id:InputUser fwd_limit:int = messages.InvitedUsers`
#[derive(Debug, Clone, PartialEq)]
pub struct AddChatUser {
    /// `chat_id:long`
    pub chat_id: i64,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `fwd_limit:int`
    pub fwd_limit: i32,
}

impl Identifiable for AddChatUser {
    const CONSTRUCTOR_ID: u32 = 0xcbc6d107;
    const NAME: &'static str = "messages.addChatUser";
}

impl Serialize for AddChatUser {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
        self.user_id.serialize(buf);
        self.fwd_limit.serialize(buf);
    }
}

impl RemoteCall for AddChatUser {
    type Return = crate::enums::messages::InvitedUsers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddChatUser {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_fwd_limit = <i32>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id, user_id: f_user_id, fwd_limit: f_fwd_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddChatUser {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("fwd_limit");
        self.fwd_limit.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteChatUser#a2185cab flags:# revoke_history:flags.0?true chat_id:long user_id:InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteChatUser {
    /// `revoke_history:flags.0?true`
    pub revoke_history: bool,
    /// `chat_id:long`
    pub chat_id: i64,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for DeleteChatUser {
    const CONSTRUCTOR_ID: u32 = 0xa2185cab;
    const NAME: &'static str = "messages.deleteChatUser";
}

impl Serialize for DeleteChatUser {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.revoke_history { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.chat_id.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for DeleteChatUser {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteChatUser {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoke_history = fl_flags & (1 << 0) != 0;
        let f_chat_id = <i64>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { revoke_history: f_revoke_history, chat_id: f_chat_id, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteChatUser {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoke_history");
        self.revoke_history.write_json(w);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `messages.createChat#92ceddd4 flags:# users:Vector<InputUser> title:string ttl_period:flags.0?int = messages.InvitedUsers`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateChat {
    /// `users:Vector<InputUser>`
    pub users: Vec<crate::enums::InputUser>,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `ttl_period:flags.0?int`
    pub ttl_period: Option<i32>,
}

impl Identifiable for CreateChat {
    const CONSTRUCTOR_ID: u32 = 0x92ceddd4;
    const NAME: &'static str = "messages.createChat";
}

impl Serialize for CreateChat {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.ttl_period.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.users.serialize(buf);
        self.title.serialize(buf);
        if let Some(v) = &self.ttl_period {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateChat {
    type Return = crate::enums::messages::InvitedUsers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateChat {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_users = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_ttl_period = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { users: f_users, title: f_title, ttl_period: f_ttl_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateChat {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("users");
        self.users.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("ttl_period");
        self.ttl_period.write_json(w);
        w.end_object();
    }
}

/// `messages.getDhConfig#26cf8950 version:int random_length:int = messages.DhConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDhConfig {
    /// `version:int`
    pub version: i32,
    /// `random_length:int`
    pub random_length: i32,
}

impl Identifiable for GetDhConfig {
    const CONSTRUCTOR_ID: u32 = 0x26cf8950;
    const NAME: &'static str = "messages.getDhConfig";
}

impl Serialize for GetDhConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.version.serialize(buf);
        self.random_length.serialize(buf);
    }
}

impl RemoteCall for GetDhConfig {
    type Return = crate::enums::messages::DhConfig;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDhConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_version = <i32>::deserialize(r)?;
        let f_random_length = <i32>::deserialize(r)?;
        Ok(Self { version: f_version, random_length: f_random_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDhConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("version");
        self.version.write_json(w);
        w.key("random_length");
        self.random_length.write_json(w);
        w.end_object();
    }
}

/// `messages.requestEncryption#f64daf43 user_id:InputUser random_id:int g_a:bytes = EncryptedChat`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestEncryption {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `random_id:int`
    pub random_id: i32,
    /// `g_a:bytes`
    pub g_a: Vec<u8>,
}

impl Identifiable for RequestEncryption {
    const CONSTRUCTOR_ID: u32 = 0xf64daf43;
    const NAME: &'static str = "messages.requestEncryption";
}

impl Serialize for RequestEncryption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.random_id.serialize(buf);
        self.g_a.serialize(buf);
    }
}

impl RemoteCall for RequestEncryption {
    type Return = crate::enums::EncryptedChat;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestEncryption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_random_id = <i32>::deserialize(r)?;
        let f_g_a = <Vec<u8>>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, random_id: f_random_id, g_a: f_g_a })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestEncryption {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("g_a");
        self.g_a.write_json(w);
        w.end_object();
    }
}

/// `messages.acceptEncryption#3dbc0415 peer:InputEncryptedChat g_b:bytes key_fingerprint:long = EncryptedChat`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptEncryption {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `g_b:bytes`
    pub g_b: Vec<u8>,
    /// `key_fingerprint:long`
    pub key_fingerprint: i64,
}

impl Identifiable for AcceptEncryption {
    const CONSTRUCTOR_ID: u32 = 0x3dbc0415;
    const NAME: &'static str = "messages.acceptEncryption";
}

impl Serialize for AcceptEncryption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.g_b.serialize(buf);
        self.key_fingerprint.serialize(buf);
    }
}

impl RemoteCall for AcceptEncryption {
    type Return = crate::enums::EncryptedChat;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptEncryption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_g_b = <Vec<u8>>::deserialize(r)?;
        let f_key_fingerprint = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, g_b: f_g_b, key_fingerprint: f_key_fingerprint })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptEncryption {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("g_b");
        self.g_b.write_json(w);
        w.key("key_fingerprint");
        self.key_fingerprint.write_json(w);
        w.end_object();
    }
}

/// `messages.discardEncryption#f393aea0 flags:# delete_history:flags.0?true chat_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DiscardEncryption {
    /// `delete_history:flags.0?true`
    pub delete_history: bool,
    /// `chat_id:int`
    pub chat_id: i32,
}

impl Identifiable for DiscardEncryption {
    const CONSTRUCTOR_ID: u32 = 0xf393aea0;
    const NAME: &'static str = "messages.discardEncryption";
}

impl Serialize for DiscardEncryption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.delete_history { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.chat_id.serialize(buf);
    }
}

impl RemoteCall for DiscardEncryption {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DiscardEncryption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_delete_history = fl_flags & (1 << 0) != 0;
        let f_chat_id = <i32>::deserialize(r)?;
        Ok(Self { delete_history: f_delete_history, chat_id: f_chat_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DiscardEncryption {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("delete_history");
        self.delete_history.write_json(w);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.end_object();
    }
}

/// `messages.setEncryptedTyping#791451ed peer:InputEncryptedChat typing:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetEncryptedTyping {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `typing:Bool`
    pub typing: bool,
}

impl Identifiable for SetEncryptedTyping {
    const CONSTRUCTOR_ID: u32 = 0x791451ed;
    const NAME: &'static str = "messages.setEncryptedTyping";
}

impl Serialize for SetEncryptedTyping {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.typing.serialize(buf);
    }
}

impl RemoteCall for SetEncryptedTyping {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetEncryptedTyping {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_typing = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, typing: f_typing })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetEncryptedTyping {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("typing");
        self.typing.write_json(w);
        w.end_object();
    }
}

/// `messages.readEncryptedHistory#7f4b690a peer:InputEncryptedChat max_date:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadEncryptedHistory {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `max_date:int`
    pub max_date: i32,
}

impl Identifiable for ReadEncryptedHistory {
    const CONSTRUCTOR_ID: u32 = 0x7f4b690a;
    const NAME: &'static str = "messages.readEncryptedHistory";
}

impl Serialize for ReadEncryptedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.max_date.serialize(buf);
    }
}

impl RemoteCall for ReadEncryptedHistory {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadEncryptedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_max_date = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, max_date: f_max_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadEncryptedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_date");
        self.max_date.write_json(w);
        w.end_object();
    }
}

/// `messages.sendEncrypted#44fa7a15 flags:# silent:flags.0?true peer:InputEncryptedChat random_id:long data:bytes = messages.SentEncryptedMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SendEncrypted {
    /// `silent:flags.0?true`
    pub silent: bool,
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `random_id:long`
    pub random_id: i64,
    /// `data:bytes`
    pub data: Vec<u8>,
}

impl Identifiable for SendEncrypted {
    const CONSTRUCTOR_ID: u32 = 0x44fa7a15;
    const NAME: &'static str = "messages.sendEncrypted";
}

impl Serialize for SendEncrypted {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.silent { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.random_id.serialize(buf);
        self.data.serialize(buf);
    }
}

impl RemoteCall for SendEncrypted {
    type Return = crate::enums::messages::SentEncryptedMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendEncrypted {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { silent: f_silent, peer: f_peer, random_id: f_random_id, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendEncrypted {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `messages.sendEncryptedFile#5559481d flags:# silent:flags.0?true peer:InputEncryptedChat random_id:long data:bytes file:InputEncryptedFile = messages.SentEncryptedMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SendEncryptedFile {
    /// `silent:flags.0?true`
    pub silent: bool,
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `random_id:long`
    pub random_id: i64,
    /// `data:bytes`
    pub data: Vec<u8>,
    /// `file:InputEncryptedFile`
    pub file: crate::enums::InputEncryptedFile,
}

impl Identifiable for SendEncryptedFile {
    const CONSTRUCTOR_ID: u32 = 0x5559481d;
    const NAME: &'static str = "messages.sendEncryptedFile";
}

impl Serialize for SendEncryptedFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.silent { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.random_id.serialize(buf);
        self.data.serialize(buf);
        self.file.serialize(buf);
    }
}

impl RemoteCall for SendEncryptedFile {
    type Return = crate::enums::messages::SentEncryptedMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendEncryptedFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_data = <Vec<u8>>::deserialize(r)?;
        let f_file = <crate::enums::InputEncryptedFile>::deserialize(r)?;
        Ok(Self { silent: f_silent, peer: f_peer, random_id: f_random_id, data: f_data, file: f_file })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendEncryptedFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.end_object();
    }
}

/// `messages.sendEncryptedService#32d439a4 peer:InputEncryptedChat random_id:long data:bytes = messages.SentEncryptedMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SendEncryptedService {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `random_id:long`
    pub random_id: i64,
    /// `data:bytes`
    pub data: Vec<u8>,
}

impl Identifiable for SendEncryptedService {
    const CONSTRUCTOR_ID: u32 = 0x32d439a4;
    const NAME: &'static str = "messages.sendEncryptedService";
}

impl Serialize for SendEncryptedService {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.random_id.serialize(buf);
        self.data.serialize(buf);
    }
}

impl RemoteCall for SendEncryptedService {
    type Return = crate::enums::messages::SentEncryptedMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendEncryptedService {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { peer: f_peer, random_id: f_random_id, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendEncryptedService {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `messages.receivedQueue#55a5bb66 max_qts:int = Vector<long>`
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedQueue {
    /// `max_qts:int`
    pub max_qts: i32,
}

impl Identifiable for ReceivedQueue {
    const CONSTRUCTOR_ID: u32 = 0x55a5bb66;
    const NAME: &'static str = "messages.receivedQueue";
}

impl Serialize for ReceivedQueue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.max_qts.serialize(buf);
    }
}

impl RemoteCall for ReceivedQueue {
    type Return = Vec<i64>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReceivedQueue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_max_qts = <i32>::deserialize(r)?;
        Ok(Self { max_qts: f_max_qts })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReceivedQueue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("max_qts");
        self.max_qts.write_json(w);
        w.end_object();
    }
}

/// `messages.reportEncryptedSpam#4b0c8c0f peer:InputEncryptedChat = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportEncryptedSpam {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
}

impl Identifiable for ReportEncryptedSpam {
    const CONSTRUCTOR_ID: u32 = 0x4b0c8c0f;
    const NAME: &'static str = "messages.reportEncryptedSpam";
}

impl Serialize for ReportEncryptedSpam {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ReportEncryptedSpam {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportEncryptedSpam {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportEncryptedSpam {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.readMessageContents#36a73f77 id:Vector<int> = messages.AffectedMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadMessageContents {
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for ReadMessageContents {
    const CONSTRUCTOR_ID: u32 = 0x36a73f77;
    const NAME: &'static str = "messages.readMessageContents";
}

impl Serialize for ReadMessageContents {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for ReadMessageContents {
    type Return = crate::enums::messages::AffectedMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadMessageContents {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadMessageContents {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getStickers#d5a5d3a1 emoticon:string hash:long = messages.Stickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStickers {
    /// `emoticon:string`
    pub emoticon: mtrs_tl::TlString,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetStickers {
    const CONSTRUCTOR_ID: u32 = 0xd5a5d3a1;
    const NAME: &'static str = "messages.getStickers";
}

impl Serialize for GetStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.emoticon.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetStickers {
    type Return = crate::enums::messages::Stickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_emoticon = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { emoticon: f_emoticon, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("emoticon");
        self.emoticon.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getAllStickers#b8a0a1a8 hash:long = messages.AllStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetAllStickers {
    const CONSTRUCTOR_ID: u32 = 0xb8a0a1a8;
    const NAME: &'static str = "messages.getAllStickers";
}

impl Serialize for GetAllStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAllStickers {
    type Return = crate::enums::messages::AllStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAllStickers {
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
impl ToJson for GetAllStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getWebPagePreview#570d6f6f flags:# message:string entities:flags.3?Vector<MessageEntity> = messages.WebPagePreview`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebPagePreview {
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
}

impl Identifiable for GetWebPagePreview {
    const CONSTRUCTOR_ID: u32 = 0x570d6f6f;
    const NAME: &'static str = "messages.getWebPagePreview";
}

impl Serialize for GetWebPagePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.entities.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.message.serialize(buf);
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetWebPagePreview {
    type Return = crate::enums::messages::WebPagePreview;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWebPagePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        Ok(Self { message: f_message, entities: f_entities })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWebPagePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.end_object();
    }
}

/// `messages.exportChatInvite#a455de90 flags:# legacy_revoke_permanent:flags.2?true request_needed:flags.3?true peer:InputPeer expire_date:flags.0?int usage_limit:flags.1?int title:flags.4?string subscription_pricing:flags.5?StarsSubscriptionPricing = ExportedChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChatInvite {
    /// `legacy_revoke_permanent:flags.2?true`
    pub legacy_revoke_permanent: bool,
    /// `request_needed:flags.3?true`
    pub request_needed: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `expire_date:flags.0?int`
    pub expire_date: Option<i32>,
    /// `usage_limit:flags.1?int`
    pub usage_limit: Option<i32>,
    /// `title:flags.4?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `subscription_pricing:flags.5?StarsSubscriptionPricing`
    pub subscription_pricing: Option<crate::enums::StarsSubscriptionPricing>,
}

impl Identifiable for ExportChatInvite {
    const CONSTRUCTOR_ID: u32 = 0xa455de90;
    const NAME: &'static str = "messages.exportChatInvite";
}

impl Serialize for ExportChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.expire_date.is_some() { 1 << 0 } else { 0 }
            | if self.usage_limit.is_some() { 1 << 1 } else { 0 }
            | if self.legacy_revoke_permanent { 1 << 2 } else { 0 }
            | if self.request_needed { 1 << 3 } else { 0 }
            | if self.title.is_some() { 1 << 4 } else { 0 }
            | if self.subscription_pricing.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.expire_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.usage_limit {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.subscription_pricing {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ExportChatInvite {
    type Return = crate::enums::ExportedChatInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_legacy_revoke_permanent = fl_flags & (1 << 2) != 0;
        let f_request_needed = fl_flags & (1 << 3) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_expire_date = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_usage_limit = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_title = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_subscription_pricing = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::StarsSubscriptionPricing>::deserialize(r)?) } else { None };
        Ok(Self { legacy_revoke_permanent: f_legacy_revoke_permanent, request_needed: f_request_needed, peer: f_peer, expire_date: f_expire_date, usage_limit: f_usage_limit, title: f_title, subscription_pricing: f_subscription_pricing })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("legacy_revoke_permanent");
        self.legacy_revoke_permanent.write_json(w);
        w.key("request_needed");
        self.request_needed.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("expire_date");
        self.expire_date.write_json(w);
        w.key("usage_limit");
        self.usage_limit.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("subscription_pricing");
        self.subscription_pricing.write_json(w);
        w.end_object();
    }
}

/// `messages.checkChatInvite#3eadb1bb hash:string = ChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckChatInvite {
    /// `hash:string`
    pub hash: mtrs_tl::TlString,
}

impl Identifiable for CheckChatInvite {
    const CONSTRUCTOR_ID: u32 = 0x3eadb1bb;
    const NAME: &'static str = "messages.checkChatInvite";
}

impl Serialize for CheckChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for CheckChatInvite {
    type Return = crate::enums::ChatInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.importChatInvite#de91436e hash:string = messages.ChatInviteJoinResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportChatInvite {
    /// `hash:string`
    pub hash: mtrs_tl::TlString,
}

impl Identifiable for ImportChatInvite {
    const CONSTRUCTOR_ID: u32 = 0xde91436e;
    const NAME: &'static str = "messages.importChatInvite";
}

impl Serialize for ImportChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for ImportChatInvite {
    type Return = crate::enums::messages::ChatInviteJoinResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getStickerSet#c8a0ec74 stickerset:InputStickerSet hash:int = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStickerSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetStickerSet {
    const CONSTRUCTOR_ID: u32 = 0xc8a0ec74;
    const NAME: &'static str = "messages.getStickerSet";
}

impl Serialize for GetStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetStickerSet {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.installStickerSet#c78fe460 stickerset:InputStickerSet archived:Bool = messages.StickerSetInstallResult`
#[derive(Debug, Clone, PartialEq)]
pub struct InstallStickerSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
    /// `archived:Bool`
    pub archived: bool,
}

impl Identifiable for InstallStickerSet {
    const CONSTRUCTOR_ID: u32 = 0xc78fe460;
    const NAME: &'static str = "messages.installStickerSet";
}

impl Serialize for InstallStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
        self.archived.serialize(buf);
    }
}

impl RemoteCall for InstallStickerSet {
    type Return = crate::enums::messages::StickerSetInstallResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InstallStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        let f_archived = <bool>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset, archived: f_archived })
    }
}

#[cfg(feature = "json")]
impl ToJson for InstallStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.key("archived");
        self.archived.write_json(w);
        w.end_object();
    }
}

/// `messages.uninstallStickerSet#f96e55de stickerset:InputStickerSet = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UninstallStickerSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
}

impl Identifiable for UninstallStickerSet {
    const CONSTRUCTOR_ID: u32 = 0xf96e55de;
    const NAME: &'static str = "messages.uninstallStickerSet";
}

impl Serialize for UninstallStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
    }
}

impl RemoteCall for UninstallStickerSet {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UninstallStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset })
    }
}

#[cfg(feature = "json")]
impl ToJson for UninstallStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.end_object();
    }
}

/// `messages.startBot#e6df7378 bot:InputUser peer:InputPeer random_id:long start_param:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct StartBot {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `random_id:long`
    pub random_id: i64,
    /// `start_param:string`
    pub start_param: mtrs_tl::TlString,
}

impl Identifiable for StartBot {
    const CONSTRUCTOR_ID: u32 = 0xe6df7378;
    const NAME: &'static str = "messages.startBot";
}

impl Serialize for StartBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.peer.serialize(buf);
        self.random_id.serialize(buf);
        self.start_param.serialize(buf);
    }
}

impl RemoteCall for StartBot {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for StartBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_start_param = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, peer: f_peer, random_id: f_random_id, start_param: f_start_param })
    }
}

#[cfg(feature = "json")]
impl ToJson for StartBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("start_param");
        self.start_param.write_json(w);
        w.end_object();
    }
}

/// `messages.getMessagesViews#5784d3e1 peer:InputPeer id:Vector<int> increment:Bool = messages.MessageViews`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessagesViews {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `increment:Bool`
    pub increment: bool,
}

impl Identifiable for GetMessagesViews {
    const CONSTRUCTOR_ID: u32 = 0x5784d3e1;
    const NAME: &'static str = "messages.getMessagesViews";
}

impl Serialize for GetMessagesViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.increment.serialize(buf);
    }
}

impl RemoteCall for GetMessagesViews {
    type Return = crate::enums::messages::MessageViews;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessagesViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_increment = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, increment: f_increment })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessagesViews {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("increment");
        self.increment.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatAdmin#a85bd1c2 chat_id:long user_id:InputUser is_admin:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatAdmin {
    /// `chat_id:long`
    pub chat_id: i64,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `is_admin:Bool`
    pub is_admin: bool,
}

impl Identifiable for EditChatAdmin {
    const CONSTRUCTOR_ID: u32 = 0xa85bd1c2;
    const NAME: &'static str = "messages.editChatAdmin";
}

impl Serialize for EditChatAdmin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
        self.user_id.serialize(buf);
        self.is_admin.serialize(buf);
    }
}

impl RemoteCall for EditChatAdmin {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatAdmin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_is_admin = <bool>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id, user_id: f_user_id, is_admin: f_is_admin })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatAdmin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("is_admin");
        self.is_admin.write_json(w);
        w.end_object();
    }
}

/// `messages.migrateChat#a2875319 chat_id:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct MigrateChat {
    /// `chat_id:long`
    pub chat_id: i64,
}

impl Identifiable for MigrateChat {
    const CONSTRUCTOR_ID: u32 = 0xa2875319;
    const NAME: &'static str = "messages.migrateChat";
}

impl Serialize for MigrateChat {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
    }
}

impl RemoteCall for MigrateChat {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for MigrateChat {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for MigrateChat {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.end_object();
    }
}

/// `messages.searchGlobal#6126a43c flags:# broadcasts_only:flags.1?true groups_only:flags.2?true users_only:flags.3?true folder_id:flags.0?int community:flags.4?InputChannel q:string filter:MessagesFilter min_date:int max_date:int offset_rate:int offset_peer:InputPeer offset_id:int limit:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchGlobal {
    /// `broadcasts_only:flags.1?true`
    pub broadcasts_only: bool,
    /// `groups_only:flags.2?true`
    pub groups_only: bool,
    /// `users_only:flags.3?true`
    pub users_only: bool,
    /// `folder_id:flags.0?int`
    pub folder_id: Option<i32>,
    /// `community:flags.4?InputChannel`
    pub community: Option<crate::enums::InputChannel>,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `min_date:int`
    pub min_date: i32,
    /// `max_date:int`
    pub max_date: i32,
    /// `offset_rate:int`
    pub offset_rate: i32,
    /// `offset_peer:InputPeer`
    pub offset_peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for SearchGlobal {
    const CONSTRUCTOR_ID: u32 = 0x6126a43c;
    const NAME: &'static str = "messages.searchGlobal";
}

impl Serialize for SearchGlobal {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.folder_id.is_some() { 1 << 0 } else { 0 }
            | if self.broadcasts_only { 1 << 1 } else { 0 }
            | if self.groups_only { 1 << 2 } else { 0 }
            | if self.users_only { 1 << 3 } else { 0 }
            | if self.community.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.folder_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.community {
            (*v).serialize(buf);
        }
        self.q.serialize(buf);
        self.filter.serialize(buf);
        self.min_date.serialize(buf);
        self.max_date.serialize(buf);
        self.offset_rate.serialize(buf);
        self.offset_peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for SearchGlobal {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchGlobal {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_broadcasts_only = fl_flags & (1 << 1) != 0;
        let f_groups_only = fl_flags & (1 << 2) != 0;
        let f_users_only = fl_flags & (1 << 3) != 0;
        let f_folder_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_community = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputChannel>::deserialize(r)?) } else { None };
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_min_date = <i32>::deserialize(r)?;
        let f_max_date = <i32>::deserialize(r)?;
        let f_offset_rate = <i32>::deserialize(r)?;
        let f_offset_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { broadcasts_only: f_broadcasts_only, groups_only: f_groups_only, users_only: f_users_only, folder_id: f_folder_id, community: f_community, q: f_q, filter: f_filter, min_date: f_min_date, max_date: f_max_date, offset_rate: f_offset_rate, offset_peer: f_offset_peer, offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchGlobal {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("broadcasts_only");
        self.broadcasts_only.write_json(w);
        w.key("groups_only");
        self.groups_only.write_json(w);
        w.key("users_only");
        self.users_only.write_json(w);
        w.key("folder_id");
        self.folder_id.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("min_date");
        self.min_date.write_json(w);
        w.key("max_date");
        self.max_date.write_json(w);
        w.key("offset_rate");
        self.offset_rate.write_json(w);
        w.key("offset_peer");
        self.offset_peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.reorderStickerSets#78337739 flags:# masks:flags.0?true emojis:flags.1?true order:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderStickerSets {
    /// `masks:flags.0?true`
    pub masks: bool,
    /// `emojis:flags.1?true`
    pub emojis: bool,
    /// `order:Vector<long>`
    pub order: Vec<i64>,
}

impl Identifiable for ReorderStickerSets {
    const CONSTRUCTOR_ID: u32 = 0x78337739;
    const NAME: &'static str = "messages.reorderStickerSets";
}

impl Serialize for ReorderStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.masks { 1 << 0 } else { 0 }
            | if self.emojis { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderStickerSets {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_masks = fl_flags & (1 << 0) != 0;
        let f_emojis = fl_flags & (1 << 1) != 0;
        let f_order = <Vec<i64>>::deserialize(r)?;
        Ok(Self { masks: f_masks, emojis: f_emojis, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("masks");
        self.masks.write_json(w);
        w.key("emojis");
        self.emojis.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.getDocumentByHash#b1f2061f sha256:bytes size:long mime_type:string = Document`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDocumentByHash {
    /// `sha256:bytes`
    pub sha256: Vec<u8>,
    /// `size:long`
    pub size: i64,
    /// `mime_type:string`
    pub mime_type: mtrs_tl::TlString,
}

impl Identifiable for GetDocumentByHash {
    const CONSTRUCTOR_ID: u32 = 0xb1f2061f;
    const NAME: &'static str = "messages.getDocumentByHash";
}

impl Serialize for GetDocumentByHash {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.sha256.serialize(buf);
        self.size.serialize(buf);
        self.mime_type.serialize(buf);
    }
}

impl RemoteCall for GetDocumentByHash {
    type Return = crate::enums::Document;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDocumentByHash {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_sha256 = <Vec<u8>>::deserialize(r)?;
        let f_size = <i64>::deserialize(r)?;
        let f_mime_type = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { sha256: f_sha256, size: f_size, mime_type: f_mime_type })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDocumentByHash {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sha256");
        self.sha256.write_json(w);
        w.key("size");
        self.size.write_json(w);
        w.key("mime_type");
        self.mime_type.write_json(w);
        w.end_object();
    }
}

/// `messages.getSavedGifs#5cf09635 hash:long = messages.SavedGifs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedGifs {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedGifs {
    const CONSTRUCTOR_ID: u32 = 0x5cf09635;
    const NAME: &'static str = "messages.getSavedGifs";
}

impl Serialize for GetSavedGifs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedGifs {
    type Return = crate::enums::messages::SavedGifs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedGifs {
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
impl ToJson for GetSavedGifs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.saveGif#327a30cb id:InputDocument unsave:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveGif {
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `unsave:Bool`
    pub unsave: bool,
}

impl Identifiable for SaveGif {
    const CONSTRUCTOR_ID: u32 = 0x327a30cb;
    const NAME: &'static str = "messages.saveGif";
}

impl Serialize for SaveGif {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.unsave.serialize(buf);
    }
}

impl RemoteCall for SaveGif {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveGif {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        Ok(Self { id: f_id, unsave: f_unsave })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveGif {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.end_object();
    }
}

/// `messages.getInlineBotResults#514e999d flags:# bot:InputUser peer:InputPeer geo_point:flags.0?InputGeoPoint query:string offset:string = messages.BotResults`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInlineBotResults {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `geo_point:flags.0?InputGeoPoint`
    pub geo_point: Option<crate::enums::InputGeoPoint>,
    /// `query:string`
    pub query: mtrs_tl::TlString,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
}

impl Identifiable for GetInlineBotResults {
    const CONSTRUCTOR_ID: u32 = 0x514e999d;
    const NAME: &'static str = "messages.getInlineBotResults";
}

impl Serialize for GetInlineBotResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.geo_point.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.bot.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.geo_point {
            (*v).serialize(buf);
        }
        self.query.serialize(buf);
        self.offset.serialize(buf);
    }
}

impl RemoteCall for GetInlineBotResults {
    type Return = crate::enums::messages::BotResults;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetInlineBotResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_geo_point = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputGeoPoint>::deserialize(r)?) } else { None };
        let f_query = <mtrs_tl::TlString>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, peer: f_peer, geo_point: f_geo_point, query: f_query, offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetInlineBotResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("geo_point");
        self.geo_point.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}

/// `messages.setInlineBotResults#bb12a419 flags:# gallery:flags.0?true private:flags.1?true query_id:long results:Vector<InputBotInlineResult> cache_time:int next_offset:flags.2?string switch_pm:flags.3?InlineBotSwitchPM switch_webview:flags.4?InlineBotWebView = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetInlineBotResults {
    /// `gallery:flags.0?true`
    pub gallery: bool,
    /// `private:flags.1?true`
    pub private: bool,
    /// `query_id:long`
    pub query_id: i64,
    /// `results:Vector<InputBotInlineResult>`
    pub results: Vec<crate::enums::InputBotInlineResult>,
    /// `cache_time:int`
    pub cache_time: i32,
    /// `next_offset:flags.2?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `switch_pm:flags.3?InlineBotSwitchPM`
    pub switch_pm: Option<crate::enums::InlineBotSwitchPM>,
    /// `switch_webview:flags.4?InlineBotWebView`
    pub switch_webview: Option<crate::enums::InlineBotWebView>,
}

impl Identifiable for SetInlineBotResults {
    const CONSTRUCTOR_ID: u32 = 0xbb12a419;
    const NAME: &'static str = "messages.setInlineBotResults";
}

impl Serialize for SetInlineBotResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.gallery { 1 << 0 } else { 0 }
            | if self.private { 1 << 1 } else { 0 }
            | if self.next_offset.is_some() { 1 << 2 } else { 0 }
            | if self.switch_pm.is_some() { 1 << 3 } else { 0 }
            | if self.switch_webview.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        self.results.serialize(buf);
        self.cache_time.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.switch_pm {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.switch_webview {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetInlineBotResults {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetInlineBotResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_gallery = fl_flags & (1 << 0) != 0;
        let f_private = fl_flags & (1 << 1) != 0;
        let f_query_id = <i64>::deserialize(r)?;
        let f_results = <Vec<crate::enums::InputBotInlineResult>>::deserialize(r)?;
        let f_cache_time = <i32>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_switch_pm = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::InlineBotSwitchPM>::deserialize(r)?) } else { None };
        let f_switch_webview = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InlineBotWebView>::deserialize(r)?) } else { None };
        Ok(Self { gallery: f_gallery, private: f_private, query_id: f_query_id, results: f_results, cache_time: f_cache_time, next_offset: f_next_offset, switch_pm: f_switch_pm, switch_webview: f_switch_webview })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetInlineBotResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gallery");
        self.gallery.write_json(w);
        w.key("private");
        self.private.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("results");
        self.results.write_json(w);
        w.key("cache_time");
        self.cache_time.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("switch_pm");
        self.switch_pm.write_json(w);
        w.key("switch_webview");
        self.switch_webview.write_json(w);
        w.end_object();
    }
}

/// `messages.sendInlineBotResult#c0cf7646 flags:# silent:flags.5?true background:flags.6?true clear_draft:flags.7?true hide_via:flags.11?true peer:InputPeer reply_to:flags.0?InputReplyTo random_id:long query_id:long id:string schedule_date:flags.10?int send_as:flags.13?InputPeer quick_reply_shortcut:flags.17?InputQuickReplyShortcut allow_paid_stars:flags.21?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendInlineBotResult {
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `background:flags.6?true`
    pub background: bool,
    /// `clear_draft:flags.7?true`
    pub clear_draft: bool,
    /// `hide_via:flags.11?true`
    pub hide_via: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `random_id:long`
    pub random_id: i64,
    /// `query_id:long`
    pub query_id: i64,
    /// `id:string`
    pub id: mtrs_tl::TlString,
    /// `schedule_date:flags.10?int`
    pub schedule_date: Option<i32>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
    /// `quick_reply_shortcut:flags.17?InputQuickReplyShortcut`
    pub quick_reply_shortcut: Option<crate::enums::InputQuickReplyShortcut>,
    /// `allow_paid_stars:flags.21?long`
    pub allow_paid_stars: Option<i64>,
}

impl Identifiable for SendInlineBotResult {
    const CONSTRUCTOR_ID: u32 = 0xc0cf7646;
    const NAME: &'static str = "messages.sendInlineBotResult";
}

impl Serialize for SendInlineBotResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.background { 1 << 6 } else { 0 }
            | if self.clear_draft { 1 << 7 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 10 } else { 0 }
            | if self.hide_via { 1 << 11 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 }
            | if self.quick_reply_shortcut.is_some() { 1 << 17 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 21 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        self.random_id.serialize(buf);
        self.query_id.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendInlineBotResult {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendInlineBotResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_background = fl_flags & (1 << 6) != 0;
        let f_clear_draft = fl_flags & (1 << 7) != 0;
        let f_hide_via = fl_flags & (1 << 11) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_random_id = <i64>::deserialize(r)?;
        let f_query_id = <i64>::deserialize(r)?;
        let f_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_schedule_date = if fl_flags & (1 << 10) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut = if fl_flags & (1 << 17) != 0 { Some(<crate::enums::InputQuickReplyShortcut>::deserialize(r)?) } else { None };
        let f_allow_paid_stars = if fl_flags & (1 << 21) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { silent: f_silent, background: f_background, clear_draft: f_clear_draft, hide_via: f_hide_via, peer: f_peer, reply_to: f_reply_to, random_id: f_random_id, query_id: f_query_id, id: f_id, schedule_date: f_schedule_date, send_as: f_send_as, quick_reply_shortcut: f_quick_reply_shortcut, allow_paid_stars: f_allow_paid_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendInlineBotResult {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("background");
        self.background.write_json(w);
        w.key("clear_draft");
        self.clear_draft.write_json(w);
        w.key("hide_via");
        self.hide_via.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.key("quick_reply_shortcut");
        self.quick_reply_shortcut.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.end_object();
    }
}

/// `messages.getMessageEditData#fda68d36 peer:InputPeer id:int = messages.MessageEditData`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessageEditData {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for GetMessageEditData {
    const CONSTRUCTOR_ID: u32 = 0xfda68d36;
    const NAME: &'static str = "messages.getMessageEditData";
}

impl Serialize for GetMessageEditData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetMessageEditData {
    type Return = crate::enums::messages::MessageEditData;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessageEditData {
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
impl ToJson for GetMessageEditData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.editMessage#b106e66c flags:# no_webpage:flags.1?true invert_media:flags.16?true peer:InputPeer id:int message:flags.11?string media:flags.14?InputMedia reply_markup:flags.2?ReplyMarkup entities:flags.3?Vector<MessageEntity> schedule_date:flags.15?int schedule_repeat_period:flags.18?int quick_reply_shortcut_id:flags.17?int rich_message:flags.23?InputRichMessage = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditMessage {
    /// `no_webpage:flags.1?true`
    pub no_webpage: bool,
    /// `invert_media:flags.16?true`
    pub invert_media: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `message:flags.11?string`
    pub message: Option<mtrs_tl::TlString>,
    /// `media:flags.14?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `reply_markup:flags.2?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `schedule_date:flags.15?int`
    pub schedule_date: Option<i32>,
    /// `schedule_repeat_period:flags.18?int`
    pub schedule_repeat_period: Option<i32>,
    /// `quick_reply_shortcut_id:flags.17?int`
    pub quick_reply_shortcut_id: Option<i32>,
    /// `rich_message:flags.23?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
}

impl Identifiable for EditMessage {
    const CONSTRUCTOR_ID: u32 = 0xb106e66c;
    const NAME: &'static str = "messages.editMessage";
}

impl Serialize for EditMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_webpage { 1 << 1 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 2 } else { 0 }
            | if self.entities.is_some() { 1 << 3 } else { 0 }
            | if self.message.is_some() { 1 << 11 } else { 0 }
            | if self.media.is_some() { 1 << 14 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 15 } else { 0 }
            | if self.invert_media { 1 << 16 } else { 0 }
            | if self.quick_reply_shortcut_id.is_some() { 1 << 17 } else { 0 }
            | if self.schedule_repeat_period.is_some() { 1 << 18 } else { 0 }
            | if self.rich_message.is_some() { 1 << 23 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_repeat_period {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut_id {
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
        let f_no_webpage = fl_flags & (1 << 1) != 0;
        let f_invert_media = fl_flags & (1 << 16) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_message = if fl_flags & (1 << 11) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_media = if fl_flags & (1 << 14) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_reply_markup = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_schedule_date = if fl_flags & (1 << 15) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_schedule_repeat_period = if fl_flags & (1 << 18) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut_id = if fl_flags & (1 << 17) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 23) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        Ok(Self { no_webpage: f_no_webpage, invert_media: f_invert_media, peer: f_peer, id: f_id, message: f_message, media: f_media, reply_markup: f_reply_markup, entities: f_entities, schedule_date: f_schedule_date, schedule_repeat_period: f_schedule_repeat_period, quick_reply_shortcut_id: f_quick_reply_shortcut_id, rich_message: f_rich_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_webpage");
        self.no_webpage.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("schedule_repeat_period");
        self.schedule_repeat_period.write_json(w);
        w.key("quick_reply_shortcut_id");
        self.quick_reply_shortcut_id.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.end_object();
    }
}

/// `messages.editInlineBotMessage#a423bb51 flags:# no_webpage:flags.1?true invert_media:flags.16?true id:InputBotInlineMessageID message:flags.11?string media:flags.14?InputMedia reply_markup:flags.2?ReplyMarkup entities:flags.3?Vector<MessageEntity> rich_message:flags.23?InputRichMessage = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditInlineBotMessage {
    /// `no_webpage:flags.1?true`
    pub no_webpage: bool,
    /// `invert_media:flags.16?true`
    pub invert_media: bool,
    /// `id:InputBotInlineMessageID`
    pub id: crate::enums::InputBotInlineMessageID,
    /// `message:flags.11?string`
    pub message: Option<mtrs_tl::TlString>,
    /// `media:flags.14?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `reply_markup:flags.2?ReplyMarkup`
    pub reply_markup: Option<crate::enums::ReplyMarkup>,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `rich_message:flags.23?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
}

impl Identifiable for EditInlineBotMessage {
    const CONSTRUCTOR_ID: u32 = 0xa423bb51;
    const NAME: &'static str = "messages.editInlineBotMessage";
}

impl Serialize for EditInlineBotMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_webpage { 1 << 1 } else { 0 }
            | if self.reply_markup.is_some() { 1 << 2 } else { 0 }
            | if self.entities.is_some() { 1 << 3 } else { 0 }
            | if self.message.is_some() { 1 << 11 } else { 0 }
            | if self.media.is_some() { 1 << 14 } else { 0 }
            | if self.invert_media { 1 << 16 } else { 0 }
            | if self.rich_message.is_some() { 1 << 23 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reply_markup {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.rich_message {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditInlineBotMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditInlineBotMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_no_webpage = fl_flags & (1 << 1) != 0;
        let f_invert_media = fl_flags & (1 << 16) != 0;
        let f_id = <crate::enums::InputBotInlineMessageID>::deserialize(r)?;
        let f_message = if fl_flags & (1 << 11) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_media = if fl_flags & (1 << 14) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_reply_markup = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::ReplyMarkup>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 23) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        Ok(Self { no_webpage: f_no_webpage, invert_media: f_invert_media, id: f_id, message: f_message, media: f_media, reply_markup: f_reply_markup, entities: f_entities, rich_message: f_rich_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditInlineBotMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_webpage");
        self.no_webpage.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("reply_markup");
        self.reply_markup.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.end_object();
    }
}

/// `messages.getBotCallbackAnswer#9342ca07 flags:# game:flags.1?true peer:InputPeer msg_id:int data:flags.0?bytes password:flags.2?InputCheckPasswordSRP = messages.BotCallbackAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotCallbackAnswer {
    /// `game:flags.1?true`
    pub game: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `data:flags.0?bytes`
    pub data: Option<Vec<u8>>,
    /// `password:flags.2?InputCheckPasswordSRP`
    pub password: Option<crate::enums::InputCheckPasswordSRP>,
}

impl Identifiable for GetBotCallbackAnswer {
    const CONSTRUCTOR_ID: u32 = 0x9342ca07;
    const NAME: &'static str = "messages.getBotCallbackAnswer";
}

impl Serialize for GetBotCallbackAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.data.is_some() { 1 << 0 } else { 0 }
            | if self.game { 1 << 1 } else { 0 }
            | if self.password.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        if let Some(v) = &self.data {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.password {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetBotCallbackAnswer {
    type Return = crate::enums::messages::BotCallbackAnswer;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotCallbackAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_game = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_data = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_password = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputCheckPasswordSRP>::deserialize(r)?) } else { None };
        Ok(Self { game: f_game, peer: f_peer, msg_id: f_msg_id, data: f_data, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotCallbackAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("game");
        self.game.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `messages.setBotCallbackAnswer#d58f130a flags:# alert:flags.1?true query_id:long message:flags.0?string url:flags.2?string cache_time:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotCallbackAnswer {
    /// `alert:flags.1?true`
    pub alert: bool,
    /// `query_id:long`
    pub query_id: i64,
    /// `message:flags.0?string`
    pub message: Option<mtrs_tl::TlString>,
    /// `url:flags.2?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `cache_time:int`
    pub cache_time: i32,
}

impl Identifiable for SetBotCallbackAnswer {
    const CONSTRUCTOR_ID: u32 = 0xd58f130a;
    const NAME: &'static str = "messages.setBotCallbackAnswer";
}

impl Serialize for SetBotCallbackAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.message.is_some() { 1 << 0 } else { 0 }
            | if self.alert { 1 << 1 } else { 0 }
            | if self.url.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        self.cache_time.serialize(buf);
    }
}

impl RemoteCall for SetBotCallbackAnswer {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotCallbackAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_alert = fl_flags & (1 << 1) != 0;
        let f_query_id = <i64>::deserialize(r)?;
        let f_message = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_url = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_cache_time = <i32>::deserialize(r)?;
        Ok(Self { alert: f_alert, query_id: f_query_id, message: f_message, url: f_url, cache_time: f_cache_time })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotCallbackAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("alert");
        self.alert.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("cache_time");
        self.cache_time.write_json(w);
        w.end_object();
    }
}

/// `messages.getPeerDialogs#e470bcfd peers:Vector<InputDialogPeer> = messages.PeerDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerDialogs {
    /// `peers:Vector<InputDialogPeer>`
    pub peers: Vec<crate::enums::InputDialogPeer>,
}

impl Identifiable for GetPeerDialogs {
    const CONSTRUCTOR_ID: u32 = 0xe470bcfd;
    const NAME: &'static str = "messages.getPeerDialogs";
}

impl Serialize for GetPeerDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peers.serialize(buf);
    }
}

impl RemoteCall for GetPeerDialogs {
    type Return = crate::enums::messages::PeerDialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peers = <Vec<crate::enums::InputDialogPeer>>::deserialize(r)?;
        Ok(Self { peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}

/// `messages.saveDraft#ad0fa15c flags:# no_webpage:flags.1?true invert_media:flags.6?true reply_to:flags.4?InputReplyTo peer:InputPeer message:string entities:flags.3?Vector<MessageEntity> media:flags.5?InputMedia effect:flags.7?long suggested_post:flags.8?SuggestedPost rich_message:flags.9?InputRichMessage = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDraft {
    /// `no_webpage:flags.1?true`
    pub no_webpage: bool,
    /// `invert_media:flags.6?true`
    pub invert_media: bool,
    /// `reply_to:flags.4?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:flags.3?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `media:flags.5?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `effect:flags.7?long`
    pub effect: Option<i64>,
    /// `suggested_post:flags.8?SuggestedPost`
    pub suggested_post: Option<crate::enums::SuggestedPost>,
    /// `rich_message:flags.9?InputRichMessage`
    pub rich_message: Option<crate::enums::InputRichMessage>,
}

impl Identifiable for SaveDraft {
    const CONSTRUCTOR_ID: u32 = 0xad0fa15c;
    const NAME: &'static str = "messages.saveDraft";
}

impl Serialize for SaveDraft {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_webpage { 1 << 1 } else { 0 }
            | if self.entities.is_some() { 1 << 3 } else { 0 }
            | if self.reply_to.is_some() { 1 << 4 } else { 0 }
            | if self.media.is_some() { 1 << 5 } else { 0 }
            | if self.invert_media { 1 << 6 } else { 0 }
            | if self.effect.is_some() { 1 << 7 } else { 0 }
            | if self.suggested_post.is_some() { 1 << 8 } else { 0 }
            | if self.rich_message.is_some() { 1 << 9 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        self.message.serialize(buf);
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.effect {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.suggested_post {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.rich_message {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SaveDraft {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveDraft {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_no_webpage = fl_flags & (1 << 1) != 0;
        let f_invert_media = fl_flags & (1 << 6) != 0;
        let f_reply_to = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_media = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_effect = if fl_flags & (1 << 7) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_suggested_post = if fl_flags & (1 << 8) != 0 { Some(<crate::enums::SuggestedPost>::deserialize(r)?) } else { None };
        let f_rich_message = if fl_flags & (1 << 9) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        Ok(Self { no_webpage: f_no_webpage, invert_media: f_invert_media, reply_to: f_reply_to, peer: f_peer, message: f_message, entities: f_entities, media: f_media, effect: f_effect, suggested_post: f_suggested_post, rich_message: f_rich_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveDraft {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_webpage");
        self.no_webpage.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("effect");
        self.effect.write_json(w);
        w.key("suggested_post");
        self.suggested_post.write_json(w);
        w.key("rich_message");
        self.rich_message.write_json(w);
        w.end_object();
    }
}

/// `messages.getAllDrafts#6a3f8d65 = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllDrafts;

impl Identifiable for GetAllDrafts {
    const CONSTRUCTOR_ID: u32 = 0x6a3f8d65;
    const NAME: &'static str = "messages.getAllDrafts";
}

impl Serialize for GetAllDrafts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAllDrafts {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAllDrafts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAllDrafts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.getFeaturedStickers#64780b14 hash:long = messages.FeaturedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFeaturedStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetFeaturedStickers {
    const CONSTRUCTOR_ID: u32 = 0x64780b14;
    const NAME: &'static str = "messages.getFeaturedStickers";
}

impl Serialize for GetFeaturedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetFeaturedStickers {
    type Return = crate::enums::messages::FeaturedStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFeaturedStickers {
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
impl ToJson for GetFeaturedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.readFeaturedStickers#5b118126 id:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadFeaturedStickers {
    /// `id:Vector<long>`
    pub id: Vec<i64>,
}

impl Identifiable for ReadFeaturedStickers {
    const CONSTRUCTOR_ID: u32 = 0x5b118126;
    const NAME: &'static str = "messages.readFeaturedStickers";
}

impl Serialize for ReadFeaturedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for ReadFeaturedStickers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadFeaturedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<i64>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadFeaturedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getRecentStickers#9da9403b flags:# attached:flags.0?true hash:long = messages.RecentStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecentStickers {
    /// `attached:flags.0?true`
    pub attached: bool,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetRecentStickers {
    const CONSTRUCTOR_ID: u32 = 0x9da9403b;
    const NAME: &'static str = "messages.getRecentStickers";
}

impl Serialize for GetRecentStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.attached { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetRecentStickers {
    type Return = crate::enums::messages::RecentStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRecentStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_attached = fl_flags & (1 << 0) != 0;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { attached: f_attached, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRecentStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("attached");
        self.attached.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.saveRecentSticker#392718f8 flags:# attached:flags.0?true id:InputDocument unsave:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveRecentSticker {
    /// `attached:flags.0?true`
    pub attached: bool,
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `unsave:Bool`
    pub unsave: bool,
}

impl Identifiable for SaveRecentSticker {
    const CONSTRUCTOR_ID: u32 = 0x392718f8;
    const NAME: &'static str = "messages.saveRecentSticker";
}

impl Serialize for SaveRecentSticker {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.attached { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.unsave.serialize(buf);
    }
}

impl RemoteCall for SaveRecentSticker {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveRecentSticker {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_attached = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        Ok(Self { attached: f_attached, id: f_id, unsave: f_unsave })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveRecentSticker {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("attached");
        self.attached.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.end_object();
    }
}

/// `messages.clearRecentStickers#8999602d flags:# attached:flags.0?true = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClearRecentStickers {
    /// `attached:flags.0?true`
    pub attached: bool,
}

impl Identifiable for ClearRecentStickers {
    const CONSTRUCTOR_ID: u32 = 0x8999602d;
    const NAME: &'static str = "messages.clearRecentStickers";
}

impl Serialize for ClearRecentStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.attached { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for ClearRecentStickers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClearRecentStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_attached = fl_flags & (1 << 0) != 0;
        Ok(Self { attached: f_attached })
    }
}

#[cfg(feature = "json")]
impl ToJson for ClearRecentStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("attached");
        self.attached.write_json(w);
        w.end_object();
    }
}

/// `messages.getArchivedStickers#57f17692 flags:# masks:flags.0?true emojis:flags.1?true offset_id:long limit:int = messages.ArchivedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetArchivedStickers {
    /// `masks:flags.0?true`
    pub masks: bool,
    /// `emojis:flags.1?true`
    pub emojis: bool,
    /// `offset_id:long`
    pub offset_id: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetArchivedStickers {
    const CONSTRUCTOR_ID: u32 = 0x57f17692;
    const NAME: &'static str = "messages.getArchivedStickers";
}

impl Serialize for GetArchivedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.masks { 1 << 0 } else { 0 }
            | if self.emojis { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetArchivedStickers {
    type Return = crate::enums::messages::ArchivedStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetArchivedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_masks = fl_flags & (1 << 0) != 0;
        let f_emojis = fl_flags & (1 << 1) != 0;
        let f_offset_id = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { masks: f_masks, emojis: f_emojis, offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetArchivedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("masks");
        self.masks.write_json(w);
        w.key("emojis");
        self.emojis.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getMaskStickers#640f82b8 hash:long = messages.AllStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMaskStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetMaskStickers {
    const CONSTRUCTOR_ID: u32 = 0x640f82b8;
    const NAME: &'static str = "messages.getMaskStickers";
}

impl Serialize for GetMaskStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetMaskStickers {
    type Return = crate::enums::messages::AllStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMaskStickers {
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
impl ToJson for GetMaskStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getAttachedStickers#cc5b67cc media:InputStickeredMedia = Vector<StickerSetCovered>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAttachedStickers {
    /// `media:InputStickeredMedia`
    pub media: crate::enums::InputStickeredMedia,
}

impl Identifiable for GetAttachedStickers {
    const CONSTRUCTOR_ID: u32 = 0xcc5b67cc;
    const NAME: &'static str = "messages.getAttachedStickers";
}

impl Serialize for GetAttachedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.media.serialize(buf);
    }
}

impl RemoteCall for GetAttachedStickers {
    type Return = Vec<crate::enums::StickerSetCovered>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAttachedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_media = <crate::enums::InputStickeredMedia>::deserialize(r)?;
        Ok(Self { media: f_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAttachedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("media");
        self.media.write_json(w);
        w.end_object();
    }
}

/// `messages.setGameScore#8ef8ecc0 flags:# edit_message:flags.0?true force:flags.1?true peer:InputPeer id:int user_id:InputUser score:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetGameScore {
    /// `edit_message:flags.0?true`
    pub edit_message: bool,
    /// `force:flags.1?true`
    pub force: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `score:int`
    pub score: i32,
}

impl Identifiable for SetGameScore {
    const CONSTRUCTOR_ID: u32 = 0x8ef8ecc0;
    const NAME: &'static str = "messages.setGameScore";
}

impl Serialize for SetGameScore {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.edit_message { 1 << 0 } else { 0 }
            | if self.force { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.user_id.serialize(buf);
        self.score.serialize(buf);
    }
}

impl RemoteCall for SetGameScore {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetGameScore {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_edit_message = fl_flags & (1 << 0) != 0;
        let f_force = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_score = <i32>::deserialize(r)?;
        Ok(Self { edit_message: f_edit_message, force: f_force, peer: f_peer, id: f_id, user_id: f_user_id, score: f_score })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetGameScore {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("edit_message");
        self.edit_message.write_json(w);
        w.key("force");
        self.force.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("score");
        self.score.write_json(w);
        w.end_object();
    }
}

/// `messages.setInlineGameScore#15ad9f64 flags:# edit_message:flags.0?true force:flags.1?true id:InputBotInlineMessageID user_id:InputUser score:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetInlineGameScore {
    /// `edit_message:flags.0?true`
    pub edit_message: bool,
    /// `force:flags.1?true`
    pub force: bool,
    /// `id:InputBotInlineMessageID`
    pub id: crate::enums::InputBotInlineMessageID,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `score:int`
    pub score: i32,
}

impl Identifiable for SetInlineGameScore {
    const CONSTRUCTOR_ID: u32 = 0x15ad9f64;
    const NAME: &'static str = "messages.setInlineGameScore";
}

impl Serialize for SetInlineGameScore {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.edit_message { 1 << 0 } else { 0 }
            | if self.force { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.user_id.serialize(buf);
        self.score.serialize(buf);
    }
}

impl RemoteCall for SetInlineGameScore {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetInlineGameScore {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_edit_message = fl_flags & (1 << 0) != 0;
        let f_force = fl_flags & (1 << 1) != 0;
        let f_id = <crate::enums::InputBotInlineMessageID>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_score = <i32>::deserialize(r)?;
        Ok(Self { edit_message: f_edit_message, force: f_force, id: f_id, user_id: f_user_id, score: f_score })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetInlineGameScore {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("edit_message");
        self.edit_message.write_json(w);
        w.key("force");
        self.force.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("score");
        self.score.write_json(w);
        w.end_object();
    }
}

/// `messages.getGameHighScores#e822649d peer:InputPeer id:int user_id:InputUser = messages.HighScores`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGameHighScores {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetGameHighScores {
    const CONSTRUCTOR_ID: u32 = 0xe822649d;
    const NAME: &'static str = "messages.getGameHighScores";
}

impl Serialize for GetGameHighScores {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetGameHighScores {
    type Return = crate::enums::messages::HighScores;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGameHighScores {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGameHighScores {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getInlineGameHighScores#0f635e1b id:InputBotInlineMessageID user_id:InputUser = messages.HighScores`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInlineGameHighScores {
    /// `id:InputBotInlineMessageID`
    pub id: crate::enums::InputBotInlineMessageID,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetInlineGameHighScores {
    const CONSTRUCTOR_ID: u32 = 0x0f635e1b;
    const NAME: &'static str = "messages.getInlineGameHighScores";
}

impl Serialize for GetInlineGameHighScores {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetInlineGameHighScores {
    type Return = crate::enums::messages::HighScores;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetInlineGameHighScores {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputBotInlineMessageID>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { id: f_id, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetInlineGameHighScores {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getCommonChats#e40ca104 user_id:InputUser max_id:long limit:int = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCommonChats {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `max_id:long`
    pub max_id: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetCommonChats {
    const CONSTRUCTOR_ID: u32 = 0xe40ca104;
    const NAME: &'static str = "messages.getCommonChats";
}

impl Serialize for GetCommonChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.max_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetCommonChats {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCommonChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_max_id = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, max_id: f_max_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCommonChats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getWebPage#8d9692a3 url:string hash:int = messages.WebPage`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebPage {
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetWebPage {
    const CONSTRUCTOR_ID: u32 = 0x8d9692a3;
    const NAME: &'static str = "messages.getWebPage";
}

impl Serialize for GetWebPage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.url.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetWebPage {
    type Return = crate::enums::messages::WebPage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWebPage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { url: f_url, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWebPage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleDialogPin#a731e257 flags:# pinned:flags.0?true peer:InputDialogPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleDialogPin {
    /// `pinned:flags.0?true`
    pub pinned: bool,
    /// `peer:InputDialogPeer`
    pub peer: crate::enums::InputDialogPeer,
}

impl Identifiable for ToggleDialogPin {
    const CONSTRUCTOR_ID: u32 = 0xa731e257;
    const NAME: &'static str = "messages.toggleDialogPin";
}

impl Serialize for ToggleDialogPin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.pinned { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ToggleDialogPin {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleDialogPin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_pinned = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputDialogPeer>::deserialize(r)?;
        Ok(Self { pinned: f_pinned, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleDialogPin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pinned");
        self.pinned.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.reorderPinnedDialogs#3b1adf37 flags:# force:flags.0?true folder_id:int order:Vector<InputDialogPeer> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderPinnedDialogs {
    /// `force:flags.0?true`
    pub force: bool,
    /// `folder_id:int`
    pub folder_id: i32,
    /// `order:Vector<InputDialogPeer>`
    pub order: Vec<crate::enums::InputDialogPeer>,
}

impl Identifiable for ReorderPinnedDialogs {
    const CONSTRUCTOR_ID: u32 = 0x3b1adf37;
    const NAME: &'static str = "messages.reorderPinnedDialogs";
}

impl Serialize for ReorderPinnedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.force { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.folder_id.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderPinnedDialogs {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderPinnedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_force = fl_flags & (1 << 0) != 0;
        let f_folder_id = <i32>::deserialize(r)?;
        let f_order = <Vec<crate::enums::InputDialogPeer>>::deserialize(r)?;
        Ok(Self { force: f_force, folder_id: f_folder_id, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderPinnedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("force");
        self.force.write_json(w);
        w.key("folder_id");
        self.folder_id.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.getPinnedDialogs#d6b94df2 folder_id:int = messages.PeerDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPinnedDialogs {
    /// `folder_id:int`
    pub folder_id: i32,
}

impl Identifiable for GetPinnedDialogs {
    const CONSTRUCTOR_ID: u32 = 0xd6b94df2;
    const NAME: &'static str = "messages.getPinnedDialogs";
}

impl Serialize for GetPinnedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.folder_id.serialize(buf);
    }
}

impl RemoteCall for GetPinnedDialogs {
    type Return = crate::enums::messages::PeerDialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPinnedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_folder_id = <i32>::deserialize(r)?;
        Ok(Self { folder_id: f_folder_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPinnedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("folder_id");
        self.folder_id.write_json(w);
        w.end_object();
    }
}

/// `messages.setBotShippingResults#e5f672fa flags:# query_id:long error:flags.0?string shipping_options:flags.1?Vector<ShippingOption> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotShippingResults {
    /// `query_id:long`
    pub query_id: i64,
    /// `error:flags.0?string`
    pub error: Option<mtrs_tl::TlString>,
    /// `shipping_options:flags.1?Vector<ShippingOption>`
    pub shipping_options: Option<Vec<crate::enums::ShippingOption>>,
}

impl Identifiable for SetBotShippingResults {
    const CONSTRUCTOR_ID: u32 = 0xe5f672fa;
    const NAME: &'static str = "messages.setBotShippingResults";
}

impl Serialize for SetBotShippingResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.error.is_some() { 1 << 0 } else { 0 }
            | if self.shipping_options.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.error {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.shipping_options {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetBotShippingResults {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotShippingResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_query_id = <i64>::deserialize(r)?;
        let f_error = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_shipping_options = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::ShippingOption>>::deserialize(r)?) } else { None };
        Ok(Self { query_id: f_query_id, error: f_error, shipping_options: f_shipping_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotShippingResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("error");
        self.error.write_json(w);
        w.key("shipping_options");
        self.shipping_options.write_json(w);
        w.end_object();
    }
}

/// `messages.setBotPrecheckoutResults#09c2dd95 flags:# success:flags.1?true query_id:long error:flags.0?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotPrecheckoutResults {
    /// `success:flags.1?true`
    pub success: bool,
    /// `query_id:long`
    pub query_id: i64,
    /// `error:flags.0?string`
    pub error: Option<mtrs_tl::TlString>,
}

impl Identifiable for SetBotPrecheckoutResults {
    const CONSTRUCTOR_ID: u32 = 0x09c2dd95;
    const NAME: &'static str = "messages.setBotPrecheckoutResults";
}

impl Serialize for SetBotPrecheckoutResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.error.is_some() { 1 << 0 } else { 0 }
            | if self.success { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.error {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetBotPrecheckoutResults {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotPrecheckoutResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_success = fl_flags & (1 << 1) != 0;
        let f_query_id = <i64>::deserialize(r)?;
        let f_error = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { success: f_success, query_id: f_query_id, error: f_error })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotPrecheckoutResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("success");
        self.success.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("error");
        self.error.write_json(w);
        w.end_object();
    }
}

/// `messages.uploadMedia#14967978 flags:# business_connection_id:flags.0?string peer:InputPeer media:InputMedia = MessageMedia`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadMedia {
    /// `business_connection_id:flags.0?string`
    pub business_connection_id: Option<mtrs_tl::TlString>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
}

impl Identifiable for UploadMedia {
    const CONSTRUCTOR_ID: u32 = 0x14967978;
    const NAME: &'static str = "messages.uploadMedia";
}

impl Serialize for UploadMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.business_connection_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.business_connection_id {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        self.media.serialize(buf);
    }
}

impl RemoteCall for UploadMedia {
    type Return = crate::enums::MessageMedia;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_business_connection_id = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        Ok(Self { business_connection_id: f_business_connection_id, peer: f_peer, media: f_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("business_connection_id");
        self.business_connection_id.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.end_object();
    }
}

/// `messages.sendScreenshotNotification#a1405817 peer:InputPeer reply_to:InputReplyTo random_id:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendScreenshotNotification {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reply_to:InputReplyTo`
    pub reply_to: crate::enums::InputReplyTo,
    /// `random_id:long`
    pub random_id: i64,
}

impl Identifiable for SendScreenshotNotification {
    const CONSTRUCTOR_ID: u32 = 0xa1405817;
    const NAME: &'static str = "messages.sendScreenshotNotification";
}

impl Serialize for SendScreenshotNotification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.reply_to.serialize(buf);
        self.random_id.serialize(buf);
    }
}

impl RemoteCall for SendScreenshotNotification {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendScreenshotNotification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reply_to = <crate::enums::InputReplyTo>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, reply_to: f_reply_to, random_id: f_random_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendScreenshotNotification {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getFavedStickers#04f1aaa9 hash:long = messages.FavedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFavedStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetFavedStickers {
    const CONSTRUCTOR_ID: u32 = 0x04f1aaa9;
    const NAME: &'static str = "messages.getFavedStickers";
}

impl Serialize for GetFavedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetFavedStickers {
    type Return = crate::enums::messages::FavedStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFavedStickers {
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
impl ToJson for GetFavedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.faveSticker#b9ffc55b id:InputDocument unfave:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct FaveSticker {
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `unfave:Bool`
    pub unfave: bool,
}

impl Identifiable for FaveSticker {
    const CONSTRUCTOR_ID: u32 = 0xb9ffc55b;
    const NAME: &'static str = "messages.faveSticker";
}

impl Serialize for FaveSticker {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.unfave.serialize(buf);
    }
}

impl RemoteCall for FaveSticker {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FaveSticker {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_unfave = <bool>::deserialize(r)?;
        Ok(Self { id: f_id, unfave: f_unfave })
    }
}

#[cfg(feature = "json")]
impl ToJson for FaveSticker {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("unfave");
        self.unfave.write_json(w);
        w.end_object();
    }
}

/// `messages.getUnreadMentions#f107e790 flags:# peer:InputPeer top_msg_id:flags.0?int offset_id:int add_offset:int limit:int max_id:int min_id:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUnreadMentions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
}

impl Identifiable for GetUnreadMentions {
    const CONSTRUCTOR_ID: u32 = 0xf107e790;
    const NAME: &'static str = "messages.getUnreadMentions";
}

impl Serialize for GetUnreadMentions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        self.offset_id.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
    }
}

impl RemoteCall for GetUnreadMentions {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUnreadMentions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_id = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, offset_id: f_offset_id, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUnreadMentions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.end_object();
    }
}

/// `messages.readMentions#36e5bf4d flags:# peer:InputPeer top_msg_id:flags.0?int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadMentions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
}

impl Identifiable for ReadMentions {
    const CONSTRUCTOR_ID: u32 = 0x36e5bf4d;
    const NAME: &'static str = "messages.readMentions";
}

impl Serialize for ReadMentions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ReadMentions {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadMentions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadMentions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getRecentLocations#702a40e0 peer:InputPeer limit:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecentLocations {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetRecentLocations {
    const CONSTRUCTOR_ID: u32 = 0x702a40e0;
    const NAME: &'static str = "messages.getRecentLocations";
}

impl Serialize for GetRecentLocations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetRecentLocations {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRecentLocations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRecentLocations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.sendMultiMedia#1bf89d74 flags:# silent:flags.5?true background:flags.6?true clear_draft:flags.7?true noforwards:flags.14?true update_stickersets_order:flags.15?true invert_media:flags.16?true allow_paid_floodskip:flags.19?true peer:InputPeer reply_to:flags.0?InputReplyTo multi_media:Vector<InputSingleMedia> schedule_date:flags.10?int send_as:flags.13?InputPeer quick_reply_shortcut:flags.17?InputQuickReplyShortcut effect:flags.18?long allow_paid_stars:flags.21?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendMultiMedia {
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `background:flags.6?true`
    pub background: bool,
    /// `clear_draft:flags.7?true`
    pub clear_draft: bool,
    /// `noforwards:flags.14?true`
    pub noforwards: bool,
    /// `update_stickersets_order:flags.15?true`
    pub update_stickersets_order: bool,
    /// `invert_media:flags.16?true`
    pub invert_media: bool,
    /// `allow_paid_floodskip:flags.19?true`
    pub allow_paid_floodskip: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `multi_media:Vector<InputSingleMedia>`
    pub multi_media: Vec<crate::enums::InputSingleMedia>,
    /// `schedule_date:flags.10?int`
    pub schedule_date: Option<i32>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
    /// `quick_reply_shortcut:flags.17?InputQuickReplyShortcut`
    pub quick_reply_shortcut: Option<crate::enums::InputQuickReplyShortcut>,
    /// `effect:flags.18?long`
    pub effect: Option<i64>,
    /// `allow_paid_stars:flags.21?long`
    pub allow_paid_stars: Option<i64>,
}

impl Identifiable for SendMultiMedia {
    const CONSTRUCTOR_ID: u32 = 0x1bf89d74;
    const NAME: &'static str = "messages.sendMultiMedia";
}

impl Serialize for SendMultiMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.background { 1 << 6 } else { 0 }
            | if self.clear_draft { 1 << 7 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 10 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 }
            | if self.noforwards { 1 << 14 } else { 0 }
            | if self.update_stickersets_order { 1 << 15 } else { 0 }
            | if self.invert_media { 1 << 16 } else { 0 }
            | if self.quick_reply_shortcut.is_some() { 1 << 17 } else { 0 }
            | if self.effect.is_some() { 1 << 18 } else { 0 }
            | if self.allow_paid_floodskip { 1 << 19 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 21 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        self.multi_media.serialize(buf);
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.quick_reply_shortcut {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.effect {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendMultiMedia {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendMultiMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_background = fl_flags & (1 << 6) != 0;
        let f_clear_draft = fl_flags & (1 << 7) != 0;
        let f_noforwards = fl_flags & (1 << 14) != 0;
        let f_update_stickersets_order = fl_flags & (1 << 15) != 0;
        let f_invert_media = fl_flags & (1 << 16) != 0;
        let f_allow_paid_floodskip = fl_flags & (1 << 19) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_multi_media = <Vec<crate::enums::InputSingleMedia>>::deserialize(r)?;
        let f_schedule_date = if fl_flags & (1 << 10) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_quick_reply_shortcut = if fl_flags & (1 << 17) != 0 { Some(<crate::enums::InputQuickReplyShortcut>::deserialize(r)?) } else { None };
        let f_effect = if fl_flags & (1 << 18) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_allow_paid_stars = if fl_flags & (1 << 21) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { silent: f_silent, background: f_background, clear_draft: f_clear_draft, noforwards: f_noforwards, update_stickersets_order: f_update_stickersets_order, invert_media: f_invert_media, allow_paid_floodskip: f_allow_paid_floodskip, peer: f_peer, reply_to: f_reply_to, multi_media: f_multi_media, schedule_date: f_schedule_date, send_as: f_send_as, quick_reply_shortcut: f_quick_reply_shortcut, effect: f_effect, allow_paid_stars: f_allow_paid_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendMultiMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("background");
        self.background.write_json(w);
        w.key("clear_draft");
        self.clear_draft.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("update_stickersets_order");
        self.update_stickersets_order.write_json(w);
        w.key("invert_media");
        self.invert_media.write_json(w);
        w.key("allow_paid_floodskip");
        self.allow_paid_floodskip.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("multi_media");
        self.multi_media.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.key("quick_reply_shortcut");
        self.quick_reply_shortcut.write_json(w);
        w.key("effect");
        self.effect.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.end_object();
    }
}

/// `messages.uploadEncryptedFile#5057c497 peer:InputEncryptedChat file:InputEncryptedFile = EncryptedFile`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadEncryptedFile {
    /// `peer:InputEncryptedChat`
    pub peer: crate::enums::InputEncryptedChat,
    /// `file:InputEncryptedFile`
    pub file: crate::enums::InputEncryptedFile,
}

impl Identifiable for UploadEncryptedFile {
    const CONSTRUCTOR_ID: u32 = 0x5057c497;
    const NAME: &'static str = "messages.uploadEncryptedFile";
}

impl Serialize for UploadEncryptedFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.file.serialize(buf);
    }
}

impl RemoteCall for UploadEncryptedFile {
    type Return = crate::enums::EncryptedFile;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadEncryptedFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputEncryptedChat>::deserialize(r)?;
        let f_file = <crate::enums::InputEncryptedFile>::deserialize(r)?;
        Ok(Self { peer: f_peer, file: f_file })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadEncryptedFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.end_object();
    }
}

/// `messages.searchStickerSets#35705b8a flags:# exclude_featured:flags.0?true q:string hash:long = messages.FoundStickerSets`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchStickerSets {
    /// `exclude_featured:flags.0?true`
    pub exclude_featured: bool,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for SearchStickerSets {
    const CONSTRUCTOR_ID: u32 = 0x35705b8a;
    const NAME: &'static str = "messages.searchStickerSets";
}

impl Serialize for SearchStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.exclude_featured { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.q.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for SearchStickerSets {
    type Return = crate::enums::messages::FoundStickerSets;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_exclude_featured = fl_flags & (1 << 0) != 0;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { exclude_featured: f_exclude_featured, q: f_q, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("exclude_featured");
        self.exclude_featured.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getSplitRanges#1cff7e08 = Vector<MessageRange>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSplitRanges;

impl Identifiable for GetSplitRanges {
    const CONSTRUCTOR_ID: u32 = 0x1cff7e08;
    const NAME: &'static str = "messages.getSplitRanges";
}

impl Serialize for GetSplitRanges {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSplitRanges {
    type Return = Vec<crate::enums::MessageRange>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSplitRanges {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSplitRanges {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.markDialogUnread#8c5006f8 flags:# unread:flags.0?true parent_peer:flags.1?InputPeer peer:InputDialogPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct MarkDialogUnread {
    /// `unread:flags.0?true`
    pub unread: bool,
    /// `parent_peer:flags.1?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `peer:InputDialogPeer`
    pub peer: crate::enums::InputDialogPeer,
}

impl Identifiable for MarkDialogUnread {
    const CONSTRUCTOR_ID: u32 = 0x8c5006f8;
    const NAME: &'static str = "messages.markDialogUnread";
}

impl Serialize for MarkDialogUnread {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.unread { 1 << 0 } else { 0 }
            | if self.parent_peer.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
    }
}

impl RemoteCall for MarkDialogUnread {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for MarkDialogUnread {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_unread = fl_flags & (1 << 0) != 0;
        let f_parent_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputDialogPeer>::deserialize(r)?;
        Ok(Self { unread: f_unread, parent_peer: f_parent_peer, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for MarkDialogUnread {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("unread");
        self.unread.write_json(w);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getDialogUnreadMarks#21202222 flags:# parent_peer:flags.0?InputPeer = Vector<DialogPeer>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDialogUnreadMarks {
    /// `parent_peer:flags.0?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
}

impl Identifiable for GetDialogUnreadMarks {
    const CONSTRUCTOR_ID: u32 = 0x21202222;
    const NAME: &'static str = "messages.getDialogUnreadMarks";
}

impl Serialize for GetDialogUnreadMarks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.parent_peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetDialogUnreadMarks {
    type Return = Vec<crate::enums::DialogPeer>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDialogUnreadMarks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parent_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { parent_peer: f_parent_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDialogUnreadMarks {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.end_object();
    }
}

/// `messages.clearAllDrafts#7e58ee9c = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClearAllDrafts;

impl Identifiable for ClearAllDrafts {
    const CONSTRUCTOR_ID: u32 = 0x7e58ee9c;
    const NAME: &'static str = "messages.clearAllDrafts";
}

impl Serialize for ClearAllDrafts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ClearAllDrafts {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClearAllDrafts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ClearAllDrafts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.updatePinnedMessage#d2aaf7ec flags:# silent:flags.0?true unpin:flags.1?true pm_oneside:flags.2?true peer:InputPeer id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePinnedMessage {
    /// `silent:flags.0?true`
    pub silent: bool,
    /// `unpin:flags.1?true`
    pub unpin: bool,
    /// `pm_oneside:flags.2?true`
    pub pm_oneside: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for UpdatePinnedMessage {
    const CONSTRUCTOR_ID: u32 = 0xd2aaf7ec;
    const NAME: &'static str = "messages.updatePinnedMessage";
}

impl Serialize for UpdatePinnedMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.silent { 1 << 0 } else { 0 }
            | if self.unpin { 1 << 1 } else { 0 }
            | if self.pm_oneside { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for UpdatePinnedMessage {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdatePinnedMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 0) != 0;
        let f_unpin = fl_flags & (1 << 1) != 0;
        let f_pm_oneside = fl_flags & (1 << 2) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { silent: f_silent, unpin: f_unpin, pm_oneside: f_pm_oneside, peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdatePinnedMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("unpin");
        self.unpin.write_json(w);
        w.key("pm_oneside");
        self.pm_oneside.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.sendVote#10ea6184 peer:InputPeer msg_id:int options:Vector<bytes> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendVote {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `options:Vector<bytes>`
    pub options: Vec<Vec<u8>>,
}

impl Identifiable for SendVote {
    const CONSTRUCTOR_ID: u32 = 0x10ea6184;
    const NAME: &'static str = "messages.sendVote";
}

impl Serialize for SendVote {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.options.serialize(buf);
    }
}

impl RemoteCall for SendVote {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendVote {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_options = <Vec<Vec<u8>>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, options: f_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendVote {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("options");
        self.options.write_json(w);
        w.end_object();
    }
}

/// `messages.getPollResults#eda3e33b peer:InputPeer msg_id:int poll_hash:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPollResults {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `poll_hash:long`
    pub poll_hash: i64,
}

impl Identifiable for GetPollResults {
    const CONSTRUCTOR_ID: u32 = 0xeda3e33b;
    const NAME: &'static str = "messages.getPollResults";
}

impl Serialize for GetPollResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.poll_hash.serialize(buf);
    }
}

impl RemoteCall for GetPollResults {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPollResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_poll_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, poll_hash: f_poll_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPollResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("poll_hash");
        self.poll_hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getOnlines#6e2be050 peer:InputPeer = ChatOnlines`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnlines {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetOnlines {
    const CONSTRUCTOR_ID: u32 = 0x6e2be050;
    const NAME: &'static str = "messages.getOnlines";
}

impl Serialize for GetOnlines {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetOnlines {
    type Return = crate::enums::ChatOnlines;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnlines {
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
impl ToJson for GetOnlines {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatAbout#def60797 peer:InputPeer about:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatAbout {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `about:string`
    pub about: mtrs_tl::TlString,
}

impl Identifiable for EditChatAbout {
    const CONSTRUCTOR_ID: u32 = 0xdef60797;
    const NAME: &'static str = "messages.editChatAbout";
}

impl Serialize for EditChatAbout {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.about.serialize(buf);
    }
}

impl RemoteCall for EditChatAbout {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatAbout {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_about = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, about: f_about })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatAbout {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatDefaultBannedRights#a5866b41 peer:InputPeer banned_rights:ChatBannedRights = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatDefaultBannedRights {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `banned_rights:ChatBannedRights`
    pub banned_rights: crate::enums::ChatBannedRights,
}

impl Identifiable for EditChatDefaultBannedRights {
    const CONSTRUCTOR_ID: u32 = 0xa5866b41;
    const NAME: &'static str = "messages.editChatDefaultBannedRights";
}

impl Serialize for EditChatDefaultBannedRights {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.banned_rights.serialize(buf);
    }
}

impl RemoteCall for EditChatDefaultBannedRights {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatDefaultBannedRights {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_banned_rights = <crate::enums::ChatBannedRights>::deserialize(r)?;
        Ok(Self { peer: f_peer, banned_rights: f_banned_rights })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatDefaultBannedRights {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("banned_rights");
        self.banned_rights.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiKeywords#35a0e062 lang_code:string = EmojiKeywordsDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiKeywords {
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetEmojiKeywords {
    const CONSTRUCTOR_ID: u32 = 0x35a0e062;
    const NAME: &'static str = "messages.getEmojiKeywords";
}

impl Serialize for GetEmojiKeywords {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetEmojiKeywords {
    type Return = crate::enums::EmojiKeywordsDifference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiKeywords {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiKeywords {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiKeywordsDifference#1508b6af lang_code:string from_version:int = EmojiKeywordsDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiKeywordsDifference {
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `from_version:int`
    pub from_version: i32,
}

impl Identifiable for GetEmojiKeywordsDifference {
    const CONSTRUCTOR_ID: u32 = 0x1508b6af;
    const NAME: &'static str = "messages.getEmojiKeywordsDifference";
}

impl Serialize for GetEmojiKeywordsDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_code.serialize(buf);
        self.from_version.serialize(buf);
    }
}

impl RemoteCall for GetEmojiKeywordsDifference {
    type Return = crate::enums::EmojiKeywordsDifference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiKeywordsDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_from_version = <i32>::deserialize(r)?;
        Ok(Self { lang_code: f_lang_code, from_version: f_from_version })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiKeywordsDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("from_version");
        self.from_version.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiKeywordsLanguages#4e9963b2 lang_codes:Vector<string> = Vector<EmojiLanguage>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiKeywordsLanguages {
    /// `lang_codes:Vector<string>`
    pub lang_codes: Vec<mtrs_tl::TlString>,
}

impl Identifiable for GetEmojiKeywordsLanguages {
    const CONSTRUCTOR_ID: u32 = 0x4e9963b2;
    const NAME: &'static str = "messages.getEmojiKeywordsLanguages";
}

impl Serialize for GetEmojiKeywordsLanguages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_codes.serialize(buf);
    }
}

impl RemoteCall for GetEmojiKeywordsLanguages {
    type Return = Vec<crate::enums::EmojiLanguage>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiKeywordsLanguages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_codes = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { lang_codes: f_lang_codes })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiKeywordsLanguages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_codes");
        self.lang_codes.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiURL#d5b10c26 lang_code:string = EmojiURL`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiUrl {
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
}

impl Identifiable for GetEmojiUrl {
    const CONSTRUCTOR_ID: u32 = 0xd5b10c26;
    const NAME: &'static str = "messages.getEmojiURL";
}

impl Serialize for GetEmojiUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_code.serialize(buf);
    }
}

impl RemoteCall for GetEmojiUrl {
    type Return = crate::enums::EmojiURL;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { lang_code: f_lang_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.end_object();
    }
}

/// `messages.getSearchCounters#1bbcf300 flags:# peer:InputPeer saved_peer_id:flags.2?InputPeer top_msg_id:flags.0?int filters:Vector<MessagesFilter> = Vector<messages.SearchCounter>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSearchCounters {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `saved_peer_id:flags.2?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `filters:Vector<MessagesFilter>`
    pub filters: Vec<crate::enums::MessagesFilter>,
}

impl Identifiable for GetSearchCounters {
    const CONSTRUCTOR_ID: u32 = 0x1bbcf300;
    const NAME: &'static str = "messages.getSearchCounters";
}

impl Serialize for GetSearchCounters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 }
            | if self.saved_peer_id.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        self.filters.serialize(buf);
    }
}

impl RemoteCall for GetSearchCounters {
    type Return = Vec<crate::enums::messages::SearchCounter>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSearchCounters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_saved_peer_id = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_filters = <Vec<crate::enums::MessagesFilter>>::deserialize(r)?;
        Ok(Self { peer: f_peer, saved_peer_id: f_saved_peer_id, top_msg_id: f_top_msg_id, filters: f_filters })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSearchCounters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("filters");
        self.filters.write_json(w);
        w.end_object();
    }
}

/// `messages.requestUrlAuth#894cc99c flags:# peer:flags.1?InputPeer msg_id:flags.1?int button_id:flags.1?int url:flags.2?string in_app_origin:flags.3?string = UrlAuthResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestUrlAuth {
    /// `peer:flags.1?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `msg_id:flags.1?int`
    pub msg_id: Option<i32>,
    /// `button_id:flags.1?int`
    pub button_id: Option<i32>,
    /// `url:flags.2?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `in_app_origin:flags.3?string`
    pub in_app_origin: Option<mtrs_tl::TlString>,
}

impl Identifiable for RequestUrlAuth {
    const CONSTRUCTOR_ID: u32 = 0x894cc99c;
    const NAME: &'static str = "messages.requestUrlAuth";
}

impl Serialize for RequestUrlAuth {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if (self.peer.is_some() || self.msg_id.is_some() || self.button_id.is_some()) && self.peer.is_some() { 1 << 1 } else { 0 }
            | if self.url.is_some() { 1 << 2 } else { 0 }
            | if self.in_app_origin.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 1) != 0 {
            match &self.peer {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.msg_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.button_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.in_app_origin {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for RequestUrlAuth {
    type Return = crate::enums::UrlAuthResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestUrlAuth {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_msg_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_button_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_url = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_in_app_origin = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, msg_id: f_msg_id, button_id: f_button_id, url: f_url, in_app_origin: f_in_app_origin })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestUrlAuth {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("button_id");
        self.button_id.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("in_app_origin");
        self.in_app_origin.write_json(w);
        w.end_object();
    }
}

/// `messages.acceptUrlAuth#67a3f0de flags:# write_allowed:flags.0?true share_phone_number:flags.3?true peer:flags.1?InputPeer msg_id:flags.1?int button_id:flags.1?int url:flags.2?string match_code:flags.4?string = UrlAuthResult`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptUrlAuth {
    /// `write_allowed:flags.0?true`
    pub write_allowed: bool,
    /// `share_phone_number:flags.3?true`
    pub share_phone_number: bool,
    /// `peer:flags.1?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `msg_id:flags.1?int`
    pub msg_id: Option<i32>,
    /// `button_id:flags.1?int`
    pub button_id: Option<i32>,
    /// `url:flags.2?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `match_code:flags.4?string`
    pub match_code: Option<mtrs_tl::TlString>,
}

impl Identifiable for AcceptUrlAuth {
    const CONSTRUCTOR_ID: u32 = 0x67a3f0de;
    const NAME: &'static str = "messages.acceptUrlAuth";
}

impl Serialize for AcceptUrlAuth {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.write_allowed { 1 << 0 } else { 0 }
            | if (self.peer.is_some() || self.msg_id.is_some() || self.button_id.is_some()) && self.peer.is_some() { 1 << 1 } else { 0 }
            | if self.url.is_some() { 1 << 2 } else { 0 }
            | if self.share_phone_number { 1 << 3 } else { 0 }
            | if self.match_code.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 1) != 0 {
            match &self.peer {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.msg_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.button_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.match_code {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for AcceptUrlAuth {
    type Return = crate::enums::UrlAuthResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptUrlAuth {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_write_allowed = fl_flags & (1 << 0) != 0;
        let f_share_phone_number = fl_flags & (1 << 3) != 0;
        let f_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_msg_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_button_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_url = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_match_code = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { write_allowed: f_write_allowed, share_phone_number: f_share_phone_number, peer: f_peer, msg_id: f_msg_id, button_id: f_button_id, url: f_url, match_code: f_match_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptUrlAuth {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("write_allowed");
        self.write_allowed.write_json(w);
        w.key("share_phone_number");
        self.share_phone_number.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("button_id");
        self.button_id.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("match_code");
        self.match_code.write_json(w);
        w.end_object();
    }
}

/// `messages.hidePeerSettingsBar#4facb138 peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct HidePeerSettingsBar {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for HidePeerSettingsBar {
    const CONSTRUCTOR_ID: u32 = 0x4facb138;
    const NAME: &'static str = "messages.hidePeerSettingsBar";
}

impl Serialize for HidePeerSettingsBar {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for HidePeerSettingsBar {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for HidePeerSettingsBar {
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
impl ToJson for HidePeerSettingsBar {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getScheduledHistory#f516760b peer:InputPeer hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetScheduledHistory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetScheduledHistory {
    const CONSTRUCTOR_ID: u32 = 0xf516760b;
    const NAME: &'static str = "messages.getScheduledHistory";
}

impl Serialize for GetScheduledHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetScheduledHistory {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetScheduledHistory {
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
impl ToJson for GetScheduledHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getScheduledMessages#bdbb0464 peer:InputPeer id:Vector<int> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetScheduledMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for GetScheduledMessages {
    const CONSTRUCTOR_ID: u32 = 0xbdbb0464;
    const NAME: &'static str = "messages.getScheduledMessages";
}

impl Serialize for GetScheduledMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetScheduledMessages {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetScheduledMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetScheduledMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.sendScheduledMessages#bd38850a peer:InputPeer id:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendScheduledMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for SendScheduledMessages {
    const CONSTRUCTOR_ID: u32 = 0xbd38850a;
    const NAME: &'static str = "messages.sendScheduledMessages";
}

impl Serialize for SendScheduledMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for SendScheduledMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendScheduledMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendScheduledMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteScheduledMessages#59ae2b16 peer:InputPeer id:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteScheduledMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for DeleteScheduledMessages {
    const CONSTRUCTOR_ID: u32 = 0x59ae2b16;
    const NAME: &'static str = "messages.deleteScheduledMessages";
}

impl Serialize for DeleteScheduledMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteScheduledMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteScheduledMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteScheduledMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getPollVotes#b86e380e flags:# peer:InputPeer id:int option:flags.0?bytes offset:flags.1?string limit:int = messages.VotesList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPollVotes {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `option:flags.0?bytes`
    pub option: Option<Vec<u8>>,
    /// `offset:flags.1?string`
    pub offset: Option<mtrs_tl::TlString>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetPollVotes {
    const CONSTRUCTOR_ID: u32 = 0xb86e380e;
    const NAME: &'static str = "messages.getPollVotes";
}

impl Serialize for GetPollVotes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.option.is_some() { 1 << 0 } else { 0 }
            | if self.offset.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.option {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.offset {
            (*v).serialize(buf);
        }
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetPollVotes {
    type Return = crate::enums::messages::VotesList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPollVotes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_option = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_offset = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, option: f_option, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPollVotes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("option");
        self.option.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleStickerSets#b5052fea flags:# uninstall:flags.0?true archive:flags.1?true unarchive:flags.2?true stickersets:Vector<InputStickerSet> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleStickerSets {
    /// `uninstall:flags.0?true`
    pub uninstall: bool,
    /// `archive:flags.1?true`
    pub archive: bool,
    /// `unarchive:flags.2?true`
    pub unarchive: bool,
    /// `stickersets:Vector<InputStickerSet>`
    pub stickersets: Vec<crate::enums::InputStickerSet>,
}

impl Identifiable for ToggleStickerSets {
    const CONSTRUCTOR_ID: u32 = 0xb5052fea;
    const NAME: &'static str = "messages.toggleStickerSets";
}

impl Serialize for ToggleStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.uninstall { 1 << 0 } else { 0 }
            | if self.archive { 1 << 1 } else { 0 }
            | if self.unarchive { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.stickersets.serialize(buf);
    }
}

impl RemoteCall for ToggleStickerSets {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_uninstall = fl_flags & (1 << 0) != 0;
        let f_archive = fl_flags & (1 << 1) != 0;
        let f_unarchive = fl_flags & (1 << 2) != 0;
        let f_stickersets = <Vec<crate::enums::InputStickerSet>>::deserialize(r)?;
        Ok(Self { uninstall: f_uninstall, archive: f_archive, unarchive: f_unarchive, stickersets: f_stickersets })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("uninstall");
        self.uninstall.write_json(w);
        w.key("archive");
        self.archive.write_json(w);
        w.key("unarchive");
        self.unarchive.write_json(w);
        w.key("stickersets");
        self.stickersets.write_json(w);
        w.end_object();
    }
}

/// `messages.getDialogFilters#efd48c89 = messages.DialogFilters`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDialogFilters;

impl Identifiable for GetDialogFilters {
    const CONSTRUCTOR_ID: u32 = 0xefd48c89;
    const NAME: &'static str = "messages.getDialogFilters";
}

impl Serialize for GetDialogFilters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetDialogFilters {
    type Return = crate::enums::messages::DialogFilters;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDialogFilters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDialogFilters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.getSuggestedDialogFilters#a29cd42c = Vector<DialogFilterSuggested>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSuggestedDialogFilters;

impl Identifiable for GetSuggestedDialogFilters {
    const CONSTRUCTOR_ID: u32 = 0xa29cd42c;
    const NAME: &'static str = "messages.getSuggestedDialogFilters";
}

impl Serialize for GetSuggestedDialogFilters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSuggestedDialogFilters {
    type Return = Vec<crate::enums::DialogFilterSuggested>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSuggestedDialogFilters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSuggestedDialogFilters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.updateDialogFilter#1ad4a04a flags:# id:int filter:flags.0?DialogFilter = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDialogFilter {
    /// `id:int`
    pub id: i32,
    /// `filter:flags.0?DialogFilter`
    pub filter: Option<crate::enums::DialogFilter>,
}

impl Identifiable for UpdateDialogFilter {
    const CONSTRUCTOR_ID: u32 = 0x1ad4a04a;
    const NAME: &'static str = "messages.updateDialogFilter";
}

impl Serialize for UpdateDialogFilter {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.filter.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.filter {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateDialogFilter {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateDialogFilter {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_id = <i32>::deserialize(r)?;
        let f_filter = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::DialogFilter>::deserialize(r)?) } else { None };
        Ok(Self { id: f_id, filter: f_filter })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateDialogFilter {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.end_object();
    }
}

/// `messages.updateDialogFiltersOrder#c563c1e4 order:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDialogFiltersOrder {
    /// `order:Vector<int>`
    pub order: Vec<i32>,
}

impl Identifiable for UpdateDialogFiltersOrder {
    const CONSTRUCTOR_ID: u32 = 0xc563c1e4;
    const NAME: &'static str = "messages.updateDialogFiltersOrder";
}

impl Serialize for UpdateDialogFiltersOrder {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.order.serialize(buf);
    }
}

impl RemoteCall for UpdateDialogFiltersOrder {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateDialogFiltersOrder {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_order = <Vec<i32>>::deserialize(r)?;
        Ok(Self { order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateDialogFiltersOrder {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.getOldFeaturedStickers#7ed094a1 offset:int limit:int hash:long = messages.FeaturedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOldFeaturedStickers {
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetOldFeaturedStickers {
    const CONSTRUCTOR_ID: u32 = 0x7ed094a1;
    const NAME: &'static str = "messages.getOldFeaturedStickers";
}

impl Serialize for GetOldFeaturedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetOldFeaturedStickers {
    type Return = crate::enums::messages::FeaturedStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOldFeaturedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOldFeaturedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getReplies#22ddd30c peer:InputPeer msg_id:int offset_id:int offset_date:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetReplies {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetReplies {
    const CONSTRUCTOR_ID: u32 = 0x22ddd30c;
    const NAME: &'static str = "messages.getReplies";
}

impl Serialize for GetReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_date.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetReplies {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetReplies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_date = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, offset_id: f_offset_id, offset_date: f_offset_date, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getDiscussionMessage#446972fd peer:InputPeer msg_id:int = messages.DiscussionMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDiscussionMessage {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetDiscussionMessage {
    const CONSTRUCTOR_ID: u32 = 0x446972fd;
    const NAME: &'static str = "messages.getDiscussionMessage";
}

impl Serialize for GetDiscussionMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetDiscussionMessage {
    type Return = crate::enums::messages::DiscussionMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDiscussionMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDiscussionMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.readDiscussion#f731a9f4 peer:InputPeer msg_id:int read_max_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadDiscussion {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `read_max_id:int`
    pub read_max_id: i32,
}

impl Identifiable for ReadDiscussion {
    const CONSTRUCTOR_ID: u32 = 0xf731a9f4;
    const NAME: &'static str = "messages.readDiscussion";
}

impl Serialize for ReadDiscussion {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.read_max_id.serialize(buf);
    }
}

impl RemoteCall for ReadDiscussion {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadDiscussion {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_read_max_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, read_max_id: f_read_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadDiscussion {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("read_max_id");
        self.read_max_id.write_json(w);
        w.end_object();
    }
}

/// `messages.unpinAllMessages#062dd747 flags:# peer:InputPeer top_msg_id:flags.0?int saved_peer_id:flags.1?InputPeer = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct UnpinAllMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `saved_peer_id:flags.1?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
}

impl Identifiable for UnpinAllMessages {
    const CONSTRUCTOR_ID: u32 = 0x062dd747;
    const NAME: &'static str = "messages.unpinAllMessages";
}

impl Serialize for UnpinAllMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 }
            | if self.saved_peer_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UnpinAllMessages {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UnpinAllMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_saved_peer_id = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, saved_peer_id: f_saved_peer_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for UnpinAllMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteChat#5bd0ee50 chat_id:long = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteChat {
    /// `chat_id:long`
    pub chat_id: i64,
}

impl Identifiable for DeleteChat {
    const CONSTRUCTOR_ID: u32 = 0x5bd0ee50;
    const NAME: &'static str = "messages.deleteChat";
}

impl Serialize for DeleteChat {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chat_id.serialize(buf);
    }
}

impl RemoteCall for DeleteChat {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteChat {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chat_id = <i64>::deserialize(r)?;
        Ok(Self { chat_id: f_chat_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteChat {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chat_id");
        self.chat_id.write_json(w);
        w.end_object();
    }
}

/// `messages.deletePhoneCallHistory#f9cbe409 flags:# revoke:flags.0?true = messages.AffectedFoundMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePhoneCallHistory {
    /// `revoke:flags.0?true`
    pub revoke: bool,
}

impl Identifiable for DeletePhoneCallHistory {
    const CONSTRUCTOR_ID: u32 = 0xf9cbe409;
    const NAME: &'static str = "messages.deletePhoneCallHistory";
}

impl Serialize for DeletePhoneCallHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.revoke { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for DeletePhoneCallHistory {
    type Return = crate::enums::messages::AffectedFoundMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeletePhoneCallHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoke = fl_flags & (1 << 0) != 0;
        Ok(Self { revoke: f_revoke })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeletePhoneCallHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoke");
        self.revoke.write_json(w);
        w.end_object();
    }
}

/// `messages.checkHistoryImport#43fe19f3 import_head:string = messages.HistoryImportParsed`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckHistoryImport {
    /// `import_head:string`
    pub import_head: mtrs_tl::TlString,
}

impl Identifiable for CheckHistoryImport {
    const CONSTRUCTOR_ID: u32 = 0x43fe19f3;
    const NAME: &'static str = "messages.checkHistoryImport";
}

impl Serialize for CheckHistoryImport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.import_head.serialize(buf);
    }
}

impl RemoteCall for CheckHistoryImport {
    type Return = crate::enums::messages::HistoryImportParsed;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckHistoryImport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_import_head = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { import_head: f_import_head })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckHistoryImport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("import_head");
        self.import_head.write_json(w);
        w.end_object();
    }
}

/// `messages.initHistoryImport#34090c3b peer:InputPeer file:InputFile media_count:int = messages.HistoryImport`
#[derive(Debug, Clone, PartialEq)]
pub struct InitHistoryImport {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `file:InputFile`
    pub file: crate::enums::InputFile,
    /// `media_count:int`
    pub media_count: i32,
}

impl Identifiable for InitHistoryImport {
    const CONSTRUCTOR_ID: u32 = 0x34090c3b;
    const NAME: &'static str = "messages.initHistoryImport";
}

impl Serialize for InitHistoryImport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.file.serialize(buf);
        self.media_count.serialize(buf);
    }
}

impl RemoteCall for InitHistoryImport {
    type Return = crate::enums::messages::HistoryImport;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InitHistoryImport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_file = <crate::enums::InputFile>::deserialize(r)?;
        let f_media_count = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, file: f_file, media_count: f_media_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for InitHistoryImport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.key("media_count");
        self.media_count.write_json(w);
        w.end_object();
    }
}

/// `messages.uploadImportedMedia#2a862092 peer:InputPeer import_id:long file_name:string media:InputMedia = MessageMedia`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadImportedMedia {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `import_id:long`
    pub import_id: i64,
    /// `file_name:string`
    pub file_name: mtrs_tl::TlString,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
}

impl Identifiable for UploadImportedMedia {
    const CONSTRUCTOR_ID: u32 = 0x2a862092;
    const NAME: &'static str = "messages.uploadImportedMedia";
}

impl Serialize for UploadImportedMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.import_id.serialize(buf);
        self.file_name.serialize(buf);
        self.media.serialize(buf);
    }
}

impl RemoteCall for UploadImportedMedia {
    type Return = crate::enums::MessageMedia;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadImportedMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_import_id = <i64>::deserialize(r)?;
        let f_file_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        Ok(Self { peer: f_peer, import_id: f_import_id, file_name: f_file_name, media: f_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadImportedMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("import_id");
        self.import_id.write_json(w);
        w.key("file_name");
        self.file_name.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.end_object();
    }
}

/// `messages.startHistoryImport#b43df344 peer:InputPeer import_id:long = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct StartHistoryImport {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `import_id:long`
    pub import_id: i64,
}

impl Identifiable for StartHistoryImport {
    const CONSTRUCTOR_ID: u32 = 0xb43df344;
    const NAME: &'static str = "messages.startHistoryImport";
}

impl Serialize for StartHistoryImport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.import_id.serialize(buf);
    }
}

impl RemoteCall for StartHistoryImport {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for StartHistoryImport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_import_id = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, import_id: f_import_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for StartHistoryImport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("import_id");
        self.import_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getExportedChatInvites#a2b5a3f6 flags:# revoked:flags.3?true peer:InputPeer admin_id:InputUser offset_date:flags.2?int offset_link:flags.2?string limit:int = messages.ExportedChatInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExportedChatInvites {
    /// `revoked:flags.3?true`
    pub revoked: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `admin_id:InputUser`
    pub admin_id: crate::enums::InputUser,
    /// `offset_date:flags.2?int`
    pub offset_date: Option<i32>,
    /// `offset_link:flags.2?string`
    pub offset_link: Option<mtrs_tl::TlString>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetExportedChatInvites {
    const CONSTRUCTOR_ID: u32 = 0xa2b5a3f6;
    const NAME: &'static str = "messages.getExportedChatInvites";
}

impl Serialize for GetExportedChatInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.offset_date.is_some() || self.offset_link.is_some() { 1 << 2 } else { 0 }
            | if self.revoked { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.admin_id.serialize(buf);
        if fl_flags & (1 << 2) != 0 {
            match &self.offset_date {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.offset_link {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetExportedChatInvites {
    type Return = crate::enums::messages::ExportedChatInvites;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetExportedChatInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoked = fl_flags & (1 << 3) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_admin_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_offset_date = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_link = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { revoked: f_revoked, peer: f_peer, admin_id: f_admin_id, offset_date: f_offset_date, offset_link: f_offset_link, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetExportedChatInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoked");
        self.revoked.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("admin_id");
        self.admin_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_link");
        self.offset_link.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getExportedChatInvite#73746f5c peer:InputPeer link:string = messages.ExportedChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExportedChatInvite {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:string`
    pub link: mtrs_tl::TlString,
}

impl Identifiable for GetExportedChatInvite {
    const CONSTRUCTOR_ID: u32 = 0x73746f5c;
    const NAME: &'static str = "messages.getExportedChatInvite";
}

impl Serialize for GetExportedChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.link.serialize(buf);
    }
}

impl RemoteCall for GetExportedChatInvite {
    type Return = crate::enums::messages::ExportedChatInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetExportedChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetExportedChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `messages.editExportedChatInvite#bdca2f75 flags:# revoked:flags.2?true peer:InputPeer link:string expire_date:flags.0?int usage_limit:flags.1?int request_needed:flags.3?Bool title:flags.4?string = messages.ExportedChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct EditExportedChatInvite {
    /// `revoked:flags.2?true`
    pub revoked: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:string`
    pub link: mtrs_tl::TlString,
    /// `expire_date:flags.0?int`
    pub expire_date: Option<i32>,
    /// `usage_limit:flags.1?int`
    pub usage_limit: Option<i32>,
    /// `request_needed:flags.3?Bool`
    pub request_needed: Option<bool>,
    /// `title:flags.4?string`
    pub title: Option<mtrs_tl::TlString>,
}

impl Identifiable for EditExportedChatInvite {
    const CONSTRUCTOR_ID: u32 = 0xbdca2f75;
    const NAME: &'static str = "messages.editExportedChatInvite";
}

impl Serialize for EditExportedChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.expire_date.is_some() { 1 << 0 } else { 0 }
            | if self.usage_limit.is_some() { 1 << 1 } else { 0 }
            | if self.revoked { 1 << 2 } else { 0 }
            | if self.request_needed.is_some() { 1 << 3 } else { 0 }
            | if self.title.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.link.serialize(buf);
        if let Some(v) = &self.expire_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.usage_limit {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.request_needed {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditExportedChatInvite {
    type Return = crate::enums::messages::ExportedChatInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditExportedChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoked = fl_flags & (1 << 2) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = <mtrs_tl::TlString>::deserialize(r)?;
        let f_expire_date = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_usage_limit = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_request_needed = if fl_flags & (1 << 3) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_title = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { revoked: f_revoked, peer: f_peer, link: f_link, expire_date: f_expire_date, usage_limit: f_usage_limit, request_needed: f_request_needed, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditExportedChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoked");
        self.revoked.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.key("expire_date");
        self.expire_date.write_json(w);
        w.key("usage_limit");
        self.usage_limit.write_json(w);
        w.key("request_needed");
        self.request_needed.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteRevokedExportedChatInvites#56987bd5 peer:InputPeer admin_id:InputUser = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteRevokedExportedChatInvites {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `admin_id:InputUser`
    pub admin_id: crate::enums::InputUser,
}

impl Identifiable for DeleteRevokedExportedChatInvites {
    const CONSTRUCTOR_ID: u32 = 0x56987bd5;
    const NAME: &'static str = "messages.deleteRevokedExportedChatInvites";
}

impl Serialize for DeleteRevokedExportedChatInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.admin_id.serialize(buf);
    }
}

impl RemoteCall for DeleteRevokedExportedChatInvites {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteRevokedExportedChatInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_admin_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { peer: f_peer, admin_id: f_admin_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteRevokedExportedChatInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("admin_id");
        self.admin_id.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteExportedChatInvite#d464a42b peer:InputPeer link:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteExportedChatInvite {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:string`
    pub link: mtrs_tl::TlString,
}

impl Identifiable for DeleteExportedChatInvite {
    const CONSTRUCTOR_ID: u32 = 0xd464a42b;
    const NAME: &'static str = "messages.deleteExportedChatInvite";
}

impl Serialize for DeleteExportedChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.link.serialize(buf);
    }
}

impl RemoteCall for DeleteExportedChatInvite {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteExportedChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteExportedChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `messages.getAdminsWithInvites#3920e6ef peer:InputPeer = messages.ChatAdminsWithInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAdminsWithInvites {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetAdminsWithInvites {
    const CONSTRUCTOR_ID: u32 = 0x3920e6ef;
    const NAME: &'static str = "messages.getAdminsWithInvites";
}

impl Serialize for GetAdminsWithInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetAdminsWithInvites {
    type Return = crate::enums::messages::ChatAdminsWithInvites;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAdminsWithInvites {
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
impl ToJson for GetAdminsWithInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getChatInviteImporters#df04dd4e flags:# requested:flags.0?true subscription_expired:flags.3?true peer:InputPeer link:flags.1?string q:flags.2?string offset_date:int offset_user:InputUser limit:int = messages.ChatInviteImporters`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChatInviteImporters {
    /// `requested:flags.0?true`
    pub requested: bool,
    /// `subscription_expired:flags.3?true`
    pub subscription_expired: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:flags.1?string`
    pub link: Option<mtrs_tl::TlString>,
    /// `q:flags.2?string`
    pub q: Option<mtrs_tl::TlString>,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `offset_user:InputUser`
    pub offset_user: crate::enums::InputUser,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetChatInviteImporters {
    const CONSTRUCTOR_ID: u32 = 0xdf04dd4e;
    const NAME: &'static str = "messages.getChatInviteImporters";
}

impl Serialize for GetChatInviteImporters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.requested { 1 << 0 } else { 0 }
            | if self.link.is_some() { 1 << 1 } else { 0 }
            | if self.q.is_some() { 1 << 2 } else { 0 }
            | if self.subscription_expired { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.link {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.q {
            (*v).serialize(buf);
        }
        self.offset_date.serialize(buf);
        self.offset_user.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetChatInviteImporters {
    type Return = crate::enums::messages::ChatInviteImporters;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChatInviteImporters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_requested = fl_flags & (1 << 0) != 0;
        let f_subscription_expired = fl_flags & (1 << 3) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_q = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_offset_date = <i32>::deserialize(r)?;
        let f_offset_user = <crate::enums::InputUser>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { requested: f_requested, subscription_expired: f_subscription_expired, peer: f_peer, link: f_link, q: f_q, offset_date: f_offset_date, offset_user: f_offset_user, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChatInviteImporters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("requested");
        self.requested.write_json(w);
        w.key("subscription_expired");
        self.subscription_expired.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_user");
        self.offset_user.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.setHistoryTTL#b80e5fe4 peer:InputPeer period:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetHistoryTtl {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `period:int`
    pub period: i32,
}

impl Identifiable for SetHistoryTtl {
    const CONSTRUCTOR_ID: u32 = 0xb80e5fe4;
    const NAME: &'static str = "messages.setHistoryTTL";
}

impl Serialize for SetHistoryTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.period.serialize(buf);
    }
}

impl RemoteCall for SetHistoryTtl {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetHistoryTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_period = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, period: f_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetHistoryTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("period");
        self.period.write_json(w);
        w.end_object();
    }
}

/// `messages.checkHistoryImportPeer#5dc60f03 peer:InputPeer = messages.CheckedHistoryImportPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckHistoryImportPeer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for CheckHistoryImportPeer {
    const CONSTRUCTOR_ID: u32 = 0x5dc60f03;
    const NAME: &'static str = "messages.checkHistoryImportPeer";
}

impl Serialize for CheckHistoryImportPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for CheckHistoryImportPeer {
    type Return = crate::enums::messages::CheckedHistoryImportPeer;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckHistoryImportPeer {
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
impl ToJson for CheckHistoryImportPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.setChatTheme#081202c9 peer:InputPeer theme:InputChatTheme = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetChatTheme {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `theme:InputChatTheme`
    pub theme: crate::enums::InputChatTheme,
}

impl Identifiable for SetChatTheme {
    const CONSTRUCTOR_ID: u32 = 0x081202c9;
    const NAME: &'static str = "messages.setChatTheme";
}

impl Serialize for SetChatTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.theme.serialize(buf);
    }
}

impl RemoteCall for SetChatTheme {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetChatTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_theme = <crate::enums::InputChatTheme>::deserialize(r)?;
        Ok(Self { peer: f_peer, theme: f_theme })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetChatTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("theme");
        self.theme.write_json(w);
        w.end_object();
    }
}

/// `messages.getMessageReadParticipants#31c1c44f peer:InputPeer msg_id:int = Vector<ReadParticipantDate>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessageReadParticipants {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetMessageReadParticipants {
    const CONSTRUCTOR_ID: u32 = 0x31c1c44f;
    const NAME: &'static str = "messages.getMessageReadParticipants";
}

impl Serialize for GetMessageReadParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetMessageReadParticipants {
    type Return = Vec<crate::enums::ReadParticipantDate>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessageReadParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessageReadParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getSearchResultsCalendar#6aa3f6bd flags:# peer:InputPeer saved_peer_id:flags.2?InputPeer filter:MessagesFilter offset_id:int offset_date:int = messages.SearchResultsCalendar`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSearchResultsCalendar {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `saved_peer_id:flags.2?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_date:int`
    pub offset_date: i32,
}

impl Identifiable for GetSearchResultsCalendar {
    const CONSTRUCTOR_ID: u32 = 0x6aa3f6bd;
    const NAME: &'static str = "messages.getSearchResultsCalendar";
}

impl Serialize for GetSearchResultsCalendar {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.saved_peer_id.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
        self.filter.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_date.serialize(buf);
    }
}

impl RemoteCall for GetSearchResultsCalendar {
    type Return = crate::enums::messages::SearchResultsCalendar;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSearchResultsCalendar {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_saved_peer_id = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_date = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, saved_peer_id: f_saved_peer_id, filter: f_filter, offset_id: f_offset_id, offset_date: f_offset_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSearchResultsCalendar {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.end_object();
    }
}

/// `messages.getSearchResultsPositions#9c7f2f10 flags:# peer:InputPeer saved_peer_id:flags.2?InputPeer filter:MessagesFilter offset_id:int limit:int = messages.SearchResultsPositions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSearchResultsPositions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `saved_peer_id:flags.2?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetSearchResultsPositions {
    const CONSTRUCTOR_ID: u32 = 0x9c7f2f10;
    const NAME: &'static str = "messages.getSearchResultsPositions";
}

impl Serialize for GetSearchResultsPositions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.saved_peer_id.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
        self.filter.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetSearchResultsPositions {
    type Return = crate::enums::messages::SearchResultsPositions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSearchResultsPositions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_saved_peer_id = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, saved_peer_id: f_saved_peer_id, filter: f_filter, offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSearchResultsPositions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.hideChatJoinRequest#7fe7e815 flags:# approved:flags.0?true peer:InputPeer user_id:InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct HideChatJoinRequest {
    /// `approved:flags.0?true`
    pub approved: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for HideChatJoinRequest {
    const CONSTRUCTOR_ID: u32 = 0x7fe7e815;
    const NAME: &'static str = "messages.hideChatJoinRequest";
}

impl Serialize for HideChatJoinRequest {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.approved { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for HideChatJoinRequest {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for HideChatJoinRequest {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_approved = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { approved: f_approved, peer: f_peer, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for HideChatJoinRequest {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("approved");
        self.approved.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `messages.hideAllChatJoinRequests#e085f4ea flags:# approved:flags.0?true peer:InputPeer link:flags.1?string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct HideAllChatJoinRequests {
    /// `approved:flags.0?true`
    pub approved: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:flags.1?string`
    pub link: Option<mtrs_tl::TlString>,
}

impl Identifiable for HideAllChatJoinRequests {
    const CONSTRUCTOR_ID: u32 = 0xe085f4ea;
    const NAME: &'static str = "messages.hideAllChatJoinRequests";
}

impl Serialize for HideAllChatJoinRequests {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.approved { 1 << 0 } else { 0 }
            | if self.link.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.link {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for HideAllChatJoinRequests {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for HideAllChatJoinRequests {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_approved = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { approved: f_approved, peer: f_peer, link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for HideAllChatJoinRequests {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("approved");
        self.approved.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleNoForwards#b2081a35 flags:# peer:InputPeer enabled:Bool request_msg_id:flags.0?int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleNoForwards {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `enabled:Bool`
    pub enabled: bool,
    /// `request_msg_id:flags.0?int`
    pub request_msg_id: Option<i32>,
}

impl Identifiable for ToggleNoForwards {
    const CONSTRUCTOR_ID: u32 = 0xb2081a35;
    const NAME: &'static str = "messages.toggleNoForwards";
}

impl Serialize for ToggleNoForwards {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.request_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.enabled.serialize(buf);
        if let Some(v) = &self.request_msg_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ToggleNoForwards {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleNoForwards {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        let f_request_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, enabled: f_enabled, request_msg_id: f_request_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleNoForwards {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.key("request_msg_id");
        self.request_msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.saveDefaultSendAs#ccfddf96 peer:InputPeer send_as:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDefaultSendAs {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `send_as:InputPeer`
    pub send_as: crate::enums::InputPeer,
}

impl Identifiable for SaveDefaultSendAs {
    const CONSTRUCTOR_ID: u32 = 0xccfddf96;
    const NAME: &'static str = "messages.saveDefaultSendAs";
}

impl Serialize for SaveDefaultSendAs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.send_as.serialize(buf);
    }
}

impl RemoteCall for SaveDefaultSendAs {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveDefaultSendAs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_send_as = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveDefaultSendAs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}

/// `messages.sendReaction#d30d78d4 flags:# big:flags.1?true add_to_recent:flags.2?true peer:InputPeer msg_id:int reaction:flags.0?Vector<Reaction> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendReaction {
    /// `big:flags.1?true`
    pub big: bool,
    /// `add_to_recent:flags.2?true`
    pub add_to_recent: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `reaction:flags.0?Vector<Reaction>`
    pub reaction: Option<Vec<crate::enums::Reaction>>,
}

impl Identifiable for SendReaction {
    const CONSTRUCTOR_ID: u32 = 0xd30d78d4;
    const NAME: &'static str = "messages.sendReaction";
}

impl Serialize for SendReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reaction.is_some() { 1 << 0 } else { 0 }
            | if self.big { 1 << 1 } else { 0 }
            | if self.add_to_recent { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        if let Some(v) = &self.reaction {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendReaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_big = fl_flags & (1 << 1) != 0;
        let f_add_to_recent = fl_flags & (1 << 2) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_reaction = if fl_flags & (1 << 0) != 0 { Some(<Vec<crate::enums::Reaction>>::deserialize(r)?) } else { None };
        Ok(Self { big: f_big, add_to_recent: f_add_to_recent, peer: f_peer, msg_id: f_msg_id, reaction: f_reaction })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("big");
        self.big.write_json(w);
        w.key("add_to_recent");
        self.add_to_recent.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("reaction");
        self.reaction.write_json(w);
        w.end_object();
    }
}

/// `messages.getMessagesReactions#8bba90e6 peer:InputPeer id:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessagesReactions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for GetMessagesReactions {
    const CONSTRUCTOR_ID: u32 = 0x8bba90e6;
    const NAME: &'static str = "messages.getMessagesReactions";
}

impl Serialize for GetMessagesReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetMessagesReactions {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessagesReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessagesReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getMessageReactionsList#461b3f48 flags:# peer:InputPeer id:int reaction:flags.0?Reaction offset:flags.1?string limit:int = messages.MessageReactionsList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessageReactionsList {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `reaction:flags.0?Reaction`
    pub reaction: Option<crate::enums::Reaction>,
    /// `offset:flags.1?string`
    pub offset: Option<mtrs_tl::TlString>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetMessageReactionsList {
    const CONSTRUCTOR_ID: u32 = 0x461b3f48;
    const NAME: &'static str = "messages.getMessageReactionsList";
}

impl Serialize for GetMessageReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reaction.is_some() { 1 << 0 } else { 0 }
            | if self.offset.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.reaction {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.offset {
            (*v).serialize(buf);
        }
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetMessageReactionsList {
    type Return = crate::enums::messages::MessageReactionsList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessageReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_reaction = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::Reaction>::deserialize(r)?) } else { None };
        let f_offset = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, reaction: f_reaction, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessageReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("reaction");
        self.reaction.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.setChatAvailableReactions#864b2581 flags:# peer:InputPeer available_reactions:ChatReactions reactions_limit:flags.0?int paid_enabled:flags.1?Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetChatAvailableReactions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `available_reactions:ChatReactions`
    pub available_reactions: crate::enums::ChatReactions,
    /// `reactions_limit:flags.0?int`
    pub reactions_limit: Option<i32>,
    /// `paid_enabled:flags.1?Bool`
    pub paid_enabled: Option<bool>,
}

impl Identifiable for SetChatAvailableReactions {
    const CONSTRUCTOR_ID: u32 = 0x864b2581;
    const NAME: &'static str = "messages.setChatAvailableReactions";
}

impl Serialize for SetChatAvailableReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reactions_limit.is_some() { 1 << 0 } else { 0 }
            | if self.paid_enabled.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.available_reactions.serialize(buf);
        if let Some(v) = &self.reactions_limit {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.paid_enabled {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetChatAvailableReactions {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetChatAvailableReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_available_reactions = <crate::enums::ChatReactions>::deserialize(r)?;
        let f_reactions_limit = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_paid_enabled = if fl_flags & (1 << 1) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, available_reactions: f_available_reactions, reactions_limit: f_reactions_limit, paid_enabled: f_paid_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetChatAvailableReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("available_reactions");
        self.available_reactions.write_json(w);
        w.key("reactions_limit");
        self.reactions_limit.write_json(w);
        w.key("paid_enabled");
        self.paid_enabled.write_json(w);
        w.end_object();
    }
}

/// `messages.getAvailableReactions#18dea0ac hash:int = messages.AvailableReactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAvailableReactions {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetAvailableReactions {
    const CONSTRUCTOR_ID: u32 = 0x18dea0ac;
    const NAME: &'static str = "messages.getAvailableReactions";
}

impl Serialize for GetAvailableReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAvailableReactions {
    type Return = crate::enums::messages::AvailableReactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAvailableReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAvailableReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.setDefaultReaction#4f47a016 reaction:Reaction = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetDefaultReaction {
    /// `reaction:Reaction`
    pub reaction: crate::enums::Reaction,
}

impl Identifiable for SetDefaultReaction {
    const CONSTRUCTOR_ID: u32 = 0x4f47a016;
    const NAME: &'static str = "messages.setDefaultReaction";
}

impl Serialize for SetDefaultReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.reaction.serialize(buf);
    }
}

impl RemoteCall for SetDefaultReaction {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetDefaultReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_reaction = <crate::enums::Reaction>::deserialize(r)?;
        Ok(Self { reaction: f_reaction })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetDefaultReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reaction");
        self.reaction.write_json(w);
        w.end_object();
    }
}

/// `messages.translateText#a5eec345 flags:# peer:flags.0?InputPeer id:flags.0?Vector<int> text:flags.1?Vector<TextWithEntities> to_lang:string tone:flags.2?string = messages.TranslatedText`
#[derive(Debug, Clone, PartialEq)]
pub struct TranslateText {
    /// `peer:flags.0?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `id:flags.0?Vector<int>`
    pub id: Option<Vec<i32>>,
    /// `text:flags.1?Vector<TextWithEntities>`
    pub text: Option<Vec<crate::enums::TextWithEntities>>,
    /// `to_lang:string`
    pub to_lang: mtrs_tl::TlString,
    /// `tone:flags.2?string`
    pub tone: Option<mtrs_tl::TlString>,
}

impl Identifiable for TranslateText {
    const CONSTRUCTOR_ID: u32 = 0xa5eec345;
    const NAME: &'static str = "messages.translateText";
}

impl Serialize for TranslateText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if (self.peer.is_some() || self.id.is_some()) && self.peer.is_some() { 1 << 0 } else { 0 }
            | if self.text.is_some() { 1 << 1 } else { 0 }
            | if self.tone.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 0) != 0 {
            match &self.peer {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<i32> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.text {
            (*v).serialize(buf);
        }
        self.to_lang.serialize(buf);
        if let Some(v) = &self.tone {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TranslateText {
    type Return = crate::enums::messages::TranslatedText;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TranslateText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_id = if fl_flags & (1 << 0) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_text = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::TextWithEntities>>::deserialize(r)?) } else { None };
        let f_to_lang = <mtrs_tl::TlString>::deserialize(r)?;
        let f_tone = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, id: f_id, text: f_text, to_lang: f_to_lang, tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslateText {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("to_lang");
        self.to_lang.write_json(w);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `messages.getUnreadReactions#bd7f90ac flags:# peer:InputPeer top_msg_id:flags.0?int saved_peer_id:flags.1?InputPeer offset_id:int add_offset:int limit:int max_id:int min_id:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUnreadReactions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `saved_peer_id:flags.1?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
}

impl Identifiable for GetUnreadReactions {
    const CONSTRUCTOR_ID: u32 = 0xbd7f90ac;
    const NAME: &'static str = "messages.getUnreadReactions";
}

impl Serialize for GetUnreadReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 }
            | if self.saved_peer_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
        self.offset_id.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
    }
}

impl RemoteCall for GetUnreadReactions {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUnreadReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_saved_peer_id = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_offset_id = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, saved_peer_id: f_saved_peer_id, offset_id: f_offset_id, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUnreadReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.end_object();
    }
}

/// `messages.readReactions#9ec44f93 flags:# peer:InputPeer top_msg_id:flags.0?int saved_peer_id:flags.1?InputPeer = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadReactions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `saved_peer_id:flags.1?InputPeer`
    pub saved_peer_id: Option<crate::enums::InputPeer>,
}

impl Identifiable for ReadReactions {
    const CONSTRUCTOR_ID: u32 = 0x9ec44f93;
    const NAME: &'static str = "messages.readReactions";
}

impl Serialize for ReadReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 }
            | if self.saved_peer_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_peer_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ReadReactions {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_saved_peer_id = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, saved_peer_id: f_saved_peer_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("saved_peer_id");
        self.saved_peer_id.write_json(w);
        w.end_object();
    }
}

/// `messages.searchSentMedia#107e31a0 q:string filter:MessagesFilter limit:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchSentMedia {
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for SearchSentMedia {
    const CONSTRUCTOR_ID: u32 = 0x107e31a0;
    const NAME: &'static str = "messages.searchSentMedia";
}

impl Serialize for SearchSentMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.q.serialize(buf);
        self.filter.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for SearchSentMedia {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchSentMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { q: f_q, filter: f_filter, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchSentMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("q");
        self.q.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getAttachMenuBots#16fcc2cb hash:long = AttachMenuBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAttachMenuBots {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetAttachMenuBots {
    const CONSTRUCTOR_ID: u32 = 0x16fcc2cb;
    const NAME: &'static str = "messages.getAttachMenuBots";
}

impl Serialize for GetAttachMenuBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAttachMenuBots {
    type Return = crate::enums::AttachMenuBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAttachMenuBots {
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
impl ToJson for GetAttachMenuBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getAttachMenuBot#77216192 bot:InputUser = AttachMenuBotsBot`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAttachMenuBot {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for GetAttachMenuBot {
    const CONSTRUCTOR_ID: u32 = 0x77216192;
    const NAME: &'static str = "messages.getAttachMenuBot";
}

impl Serialize for GetAttachMenuBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
    }
}

impl RemoteCall for GetAttachMenuBot {
    type Return = crate::enums::AttachMenuBotsBot;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAttachMenuBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAttachMenuBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleBotInAttachMenu#69f59d69 flags:# write_allowed:flags.0?true bot:InputUser enabled:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleBotInAttachMenu {
    /// `write_allowed:flags.0?true`
    pub write_allowed: bool,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleBotInAttachMenu {
    const CONSTRUCTOR_ID: u32 = 0x69f59d69;
    const NAME: &'static str = "messages.toggleBotInAttachMenu";
}

impl Serialize for ToggleBotInAttachMenu {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.write_allowed { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.bot.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleBotInAttachMenu {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleBotInAttachMenu {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_write_allowed = fl_flags & (1 << 0) != 0;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { write_allowed: f_write_allowed, bot: f_bot, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleBotInAttachMenu {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("write_allowed");
        self.write_allowed.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `messages.requestWebView#269dc2c1 flags:# from_bot_menu:flags.4?true silent:flags.5?true compact:flags.7?true fullscreen:flags.8?true peer:InputPeer bot:InputUser url:flags.1?string start_param:flags.3?string theme_params:flags.2?DataJSON platform:string reply_to:flags.0?InputReplyTo send_as:flags.13?InputPeer = WebViewResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestWebView {
    /// `from_bot_menu:flags.4?true`
    pub from_bot_menu: bool,
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `compact:flags.7?true`
    pub compact: bool,
    /// `fullscreen:flags.8?true`
    pub fullscreen: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `url:flags.1?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `start_param:flags.3?string`
    pub start_param: Option<mtrs_tl::TlString>,
    /// `theme_params:flags.2?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
    /// `platform:string`
    pub platform: mtrs_tl::TlString,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
}

impl Identifiable for RequestWebView {
    const CONSTRUCTOR_ID: u32 = 0x269dc2c1;
    const NAME: &'static str = "messages.requestWebView";
}

impl Serialize for RequestWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.url.is_some() { 1 << 1 } else { 0 }
            | if self.theme_params.is_some() { 1 << 2 } else { 0 }
            | if self.start_param.is_some() { 1 << 3 } else { 0 }
            | if self.from_bot_menu { 1 << 4 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.compact { 1 << 7 } else { 0 }
            | if self.fullscreen { 1 << 8 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.bot.serialize(buf);
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.start_param {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
        self.platform.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for RequestWebView {
    type Return = crate::enums::WebViewResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_from_bot_menu = fl_flags & (1 << 4) != 0;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_compact = fl_flags & (1 << 7) != 0;
        let f_fullscreen = fl_flags & (1 << 8) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_url = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_start_param = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_theme_params = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_platform = <mtrs_tl::TlString>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { from_bot_menu: f_from_bot_menu, silent: f_silent, compact: f_compact, fullscreen: f_fullscreen, peer: f_peer, bot: f_bot, url: f_url, start_param: f_start_param, theme_params: f_theme_params, platform: f_platform, reply_to: f_reply_to, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("from_bot_menu");
        self.from_bot_menu.write_json(w);
        w.key("silent");
        self.silent.write_json(w);
        w.key("compact");
        self.compact.write_json(w);
        w.key("fullscreen");
        self.fullscreen.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("start_param");
        self.start_param.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.key("platform");
        self.platform.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}

/// `messages.prolongWebView#b0d81a83 flags:# silent:flags.5?true peer:InputPeer bot:InputUser query_id:long reply_to:flags.0?InputReplyTo send_as:flags.13?InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ProlongWebView {
    /// `silent:flags.5?true`
    pub silent: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `query_id:long`
    pub query_id: i64,
    /// `reply_to:flags.0?InputReplyTo`
    pub reply_to: Option<crate::enums::InputReplyTo>,
    /// `send_as:flags.13?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
}

impl Identifiable for ProlongWebView {
    const CONSTRUCTOR_ID: u32 = 0xb0d81a83;
    const NAME: &'static str = "messages.prolongWebView";
}

impl Serialize for ProlongWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reply_to.is_some() { 1 << 0 } else { 0 }
            | if self.silent { 1 << 5 } else { 0 }
            | if self.send_as.is_some() { 1 << 13 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.bot.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.reply_to {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ProlongWebView {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ProlongWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_silent = fl_flags & (1 << 5) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_query_id = <i64>::deserialize(r)?;
        let f_reply_to = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputReplyTo>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 13) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { silent: f_silent, peer: f_peer, bot: f_bot, query_id: f_query_id, reply_to: f_reply_to, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for ProlongWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("reply_to");
        self.reply_to.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}

/// `messages.requestSimpleWebView#413a3e73 flags:# from_switch_webview:flags.1?true from_side_menu:flags.2?true compact:flags.7?true fullscreen:flags.8?true bot:InputUser url:flags.3?string start_param:flags.4?string theme_params:flags.0?DataJSON platform:string = WebViewResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestSimpleWebView {
    /// `from_switch_webview:flags.1?true`
    pub from_switch_webview: bool,
    /// `from_side_menu:flags.2?true`
    pub from_side_menu: bool,
    /// `compact:flags.7?true`
    pub compact: bool,
    /// `fullscreen:flags.8?true`
    pub fullscreen: bool,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `url:flags.3?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `start_param:flags.4?string`
    pub start_param: Option<mtrs_tl::TlString>,
    /// `theme_params:flags.0?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
    /// `platform:string`
    pub platform: mtrs_tl::TlString,
}

impl Identifiable for RequestSimpleWebView {
    const CONSTRUCTOR_ID: u32 = 0x413a3e73;
    const NAME: &'static str = "messages.requestSimpleWebView";
}

impl Serialize for RequestSimpleWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.theme_params.is_some() { 1 << 0 } else { 0 }
            | if self.from_switch_webview { 1 << 1 } else { 0 }
            | if self.from_side_menu { 1 << 2 } else { 0 }
            | if self.url.is_some() { 1 << 3 } else { 0 }
            | if self.start_param.is_some() { 1 << 4 } else { 0 }
            | if self.compact { 1 << 7 } else { 0 }
            | if self.fullscreen { 1 << 8 } else { 0 };
        fl_flags.serialize(buf);
        self.bot.serialize(buf);
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.start_param {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
        self.platform.serialize(buf);
    }
}

impl RemoteCall for RequestSimpleWebView {
    type Return = crate::enums::WebViewResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestSimpleWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_from_switch_webview = fl_flags & (1 << 1) != 0;
        let f_from_side_menu = fl_flags & (1 << 2) != 0;
        let f_compact = fl_flags & (1 << 7) != 0;
        let f_fullscreen = fl_flags & (1 << 8) != 0;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_url = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_start_param = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_theme_params = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_platform = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { from_switch_webview: f_from_switch_webview, from_side_menu: f_from_side_menu, compact: f_compact, fullscreen: f_fullscreen, bot: f_bot, url: f_url, start_param: f_start_param, theme_params: f_theme_params, platform: f_platform })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestSimpleWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("from_switch_webview");
        self.from_switch_webview.write_json(w);
        w.key("from_side_menu");
        self.from_side_menu.write_json(w);
        w.key("compact");
        self.compact.write_json(w);
        w.key("fullscreen");
        self.fullscreen.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("start_param");
        self.start_param.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.key("platform");
        self.platform.write_json(w);
        w.end_object();
    }
}

/// `messages.sendWebViewResultMessage#0a4314f5 bot_query_id:string result:InputBotInlineResult = WebViewMessageSent`
#[derive(Debug, Clone, PartialEq)]
pub struct SendWebViewResultMessage {
    /// `bot_query_id:string`
    pub bot_query_id: mtrs_tl::TlString,
    /// `result:InputBotInlineResult`
    pub result: crate::enums::InputBotInlineResult,
}

impl Identifiable for SendWebViewResultMessage {
    const CONSTRUCTOR_ID: u32 = 0x0a4314f5;
    const NAME: &'static str = "messages.sendWebViewResultMessage";
}

impl Serialize for SendWebViewResultMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot_query_id.serialize(buf);
        self.result.serialize(buf);
    }
}

impl RemoteCall for SendWebViewResultMessage {
    type Return = crate::enums::WebViewMessageSent;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendWebViewResultMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot_query_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_result = <crate::enums::InputBotInlineResult>::deserialize(r)?;
        Ok(Self { bot_query_id: f_bot_query_id, result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendWebViewResultMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot_query_id");
        self.bot_query_id.write_json(w);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

/// `messages.sendWebViewData#dc0242c8 bot:InputUser random_id:long button_text:string data:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendWebViewData {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `random_id:long`
    pub random_id: i64,
    /// `button_text:string`
    pub button_text: mtrs_tl::TlString,
    /// `data:string`
    pub data: mtrs_tl::TlString,
}

impl Identifiable for SendWebViewData {
    const CONSTRUCTOR_ID: u32 = 0xdc0242c8;
    const NAME: &'static str = "messages.sendWebViewData";
}

impl Serialize for SendWebViewData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.random_id.serialize(buf);
        self.button_text.serialize(buf);
        self.data.serialize(buf);
    }
}

impl RemoteCall for SendWebViewData {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendWebViewData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_button_text = <mtrs_tl::TlString>::deserialize(r)?;
        let f_data = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, random_id: f_random_id, button_text: f_button_text, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendWebViewData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("button_text");
        self.button_text.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `messages.transcribeAudio#269e9a49 peer:InputPeer msg_id:int = messages.TranscribedAudio`
#[derive(Debug, Clone, PartialEq)]
pub struct TranscribeAudio {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for TranscribeAudio {
    const CONSTRUCTOR_ID: u32 = 0x269e9a49;
    const NAME: &'static str = "messages.transcribeAudio";
}

impl Serialize for TranscribeAudio {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for TranscribeAudio {
    type Return = crate::enums::messages::TranscribedAudio;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TranscribeAudio {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranscribeAudio {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.rateTranscribedAudio#7f1d072f peer:InputPeer msg_id:int transcription_id:long good:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct RateTranscribedAudio {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `transcription_id:long`
    pub transcription_id: i64,
    /// `good:Bool`
    pub good: bool,
}

impl Identifiable for RateTranscribedAudio {
    const CONSTRUCTOR_ID: u32 = 0x7f1d072f;
    const NAME: &'static str = "messages.rateTranscribedAudio";
}

impl Serialize for RateTranscribedAudio {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.transcription_id.serialize(buf);
        self.good.serialize(buf);
    }
}

impl RemoteCall for RateTranscribedAudio {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RateTranscribedAudio {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_transcription_id = <i64>::deserialize(r)?;
        let f_good = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, transcription_id: f_transcription_id, good: f_good })
    }
}

#[cfg(feature = "json")]
impl ToJson for RateTranscribedAudio {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("transcription_id");
        self.transcription_id.write_json(w);
        w.key("good");
        self.good.write_json(w);
        w.end_object();
    }
}

/// `messages.getCustomEmojiDocuments#d9ab0f54 document_id:Vector<long> = Vector<Document>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCustomEmojiDocuments {
    /// `document_id:Vector<long>`
    pub document_id: Vec<i64>,
}

impl Identifiable for GetCustomEmojiDocuments {
    const CONSTRUCTOR_ID: u32 = 0xd9ab0f54;
    const NAME: &'static str = "messages.getCustomEmojiDocuments";
}

impl Serialize for GetCustomEmojiDocuments {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.document_id.serialize(buf);
    }
}

impl RemoteCall for GetCustomEmojiDocuments {
    type Return = Vec<crate::enums::Document>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCustomEmojiDocuments {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_document_id = <Vec<i64>>::deserialize(r)?;
        Ok(Self { document_id: f_document_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCustomEmojiDocuments {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("document_id");
        self.document_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiStickers#fbfca18f hash:long = messages.AllStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetEmojiStickers {
    const CONSTRUCTOR_ID: u32 = 0xfbfca18f;
    const NAME: &'static str = "messages.getEmojiStickers";
}

impl Serialize for GetEmojiStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetEmojiStickers {
    type Return = crate::enums::messages::AllStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiStickers {
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
impl ToJson for GetEmojiStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getFeaturedEmojiStickers#0ecf6736 hash:long = messages.FeaturedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFeaturedEmojiStickers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetFeaturedEmojiStickers {
    const CONSTRUCTOR_ID: u32 = 0x0ecf6736;
    const NAME: &'static str = "messages.getFeaturedEmojiStickers";
}

impl Serialize for GetFeaturedEmojiStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetFeaturedEmojiStickers {
    type Return = crate::enums::messages::FeaturedStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFeaturedEmojiStickers {
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
impl ToJson for GetFeaturedEmojiStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.reportReaction#3f64c076 peer:InputPeer id:int reaction_peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportReaction {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `reaction_peer:InputPeer`
    pub reaction_peer: crate::enums::InputPeer,
}

impl Identifiable for ReportReaction {
    const CONSTRUCTOR_ID: u32 = 0x3f64c076;
    const NAME: &'static str = "messages.reportReaction";
}

impl Serialize for ReportReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.reaction_peer.serialize(buf);
    }
}

impl RemoteCall for ReportReaction {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_reaction_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, reaction_peer: f_reaction_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("reaction_peer");
        self.reaction_peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getTopReactions#bb8125ba limit:int hash:long = messages.Reactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTopReactions {
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetTopReactions {
    const CONSTRUCTOR_ID: u32 = 0xbb8125ba;
    const NAME: &'static str = "messages.getTopReactions";
}

impl Serialize for GetTopReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetTopReactions {
    type Return = crate::enums::messages::Reactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTopReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTopReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getRecentReactions#39461db2 limit:int hash:long = messages.Reactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecentReactions {
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetRecentReactions {
    const CONSTRUCTOR_ID: u32 = 0x39461db2;
    const NAME: &'static str = "messages.getRecentReactions";
}

impl Serialize for GetRecentReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetRecentReactions {
    type Return = crate::enums::messages::Reactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRecentReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRecentReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.clearRecentReactions#9dfeefb4 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClearRecentReactions;

impl Identifiable for ClearRecentReactions {
    const CONSTRUCTOR_ID: u32 = 0x9dfeefb4;
    const NAME: &'static str = "messages.clearRecentReactions";
}

impl Serialize for ClearRecentReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ClearRecentReactions {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClearRecentReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ClearRecentReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.getExtendedMedia#84f80814 peer:InputPeer id:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExtendedMedia {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for GetExtendedMedia {
    const CONSTRUCTOR_ID: u32 = 0x84f80814;
    const NAME: &'static str = "messages.getExtendedMedia";
}

impl Serialize for GetExtendedMedia {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetExtendedMedia {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetExtendedMedia {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetExtendedMedia {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.setDefaultHistoryTTL#9eb51445 period:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetDefaultHistoryTtl {
    /// `period:int`
    pub period: i32,
}

impl Identifiable for SetDefaultHistoryTtl {
    const CONSTRUCTOR_ID: u32 = 0x9eb51445;
    const NAME: &'static str = "messages.setDefaultHistoryTTL";
}

impl Serialize for SetDefaultHistoryTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.period.serialize(buf);
    }
}

impl RemoteCall for SetDefaultHistoryTtl {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetDefaultHistoryTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_period = <i32>::deserialize(r)?;
        Ok(Self { period: f_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetDefaultHistoryTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("period");
        self.period.write_json(w);
        w.end_object();
    }
}

/// `messages.getDefaultHistoryTTL#658b7188 = DefaultHistoryTTL`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultHistoryTtl;

impl Identifiable for GetDefaultHistoryTtl {
    const CONSTRUCTOR_ID: u32 = 0x658b7188;
    const NAME: &'static str = "messages.getDefaultHistoryTTL";
}

impl Serialize for GetDefaultHistoryTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetDefaultHistoryTtl {
    type Return = crate::enums::DefaultHistoryTTL;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultHistoryTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDefaultHistoryTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.sendBotRequestedPeer#6c5cf2a7 flags:# peer:InputPeer msg_id:flags.0?int webapp_req_id:flags.1?string button_id:int requested_peers:Vector<InputPeer> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendBotRequestedPeer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:flags.0?int`
    pub msg_id: Option<i32>,
    /// `webapp_req_id:flags.1?string`
    pub webapp_req_id: Option<mtrs_tl::TlString>,
    /// `button_id:int`
    pub button_id: i32,
    /// `requested_peers:Vector<InputPeer>`
    pub requested_peers: Vec<crate::enums::InputPeer>,
}

impl Identifiable for SendBotRequestedPeer {
    const CONSTRUCTOR_ID: u32 = 0x6c5cf2a7;
    const NAME: &'static str = "messages.sendBotRequestedPeer";
}

impl Serialize for SendBotRequestedPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.msg_id.is_some() { 1 << 0 } else { 0 }
            | if self.webapp_req_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.webapp_req_id {
            (*v).serialize(buf);
        }
        self.button_id.serialize(buf);
        self.requested_peers.serialize(buf);
    }
}

impl RemoteCall for SendBotRequestedPeer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendBotRequestedPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_webapp_req_id = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_button_id = <i32>::deserialize(r)?;
        let f_requested_peers = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, webapp_req_id: f_webapp_req_id, button_id: f_button_id, requested_peers: f_requested_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendBotRequestedPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("webapp_req_id");
        self.webapp_req_id.write_json(w);
        w.key("button_id");
        self.button_id.write_json(w);
        w.key("requested_peers");
        self.requested_peers.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiGroups#7488ce5b hash:int = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiGroups {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetEmojiGroups {
    const CONSTRUCTOR_ID: u32 = 0x7488ce5b;
    const NAME: &'static str = "messages.getEmojiGroups";
}

impl Serialize for GetEmojiGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetEmojiGroups {
    type Return = crate::enums::messages::EmojiGroups;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiStatusGroups#2ecd56cd hash:int = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiStatusGroups {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetEmojiStatusGroups {
    const CONSTRUCTOR_ID: u32 = 0x2ecd56cd;
    const NAME: &'static str = "messages.getEmojiStatusGroups";
}

impl Serialize for GetEmojiStatusGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetEmojiStatusGroups {
    type Return = crate::enums::messages::EmojiGroups;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiStatusGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiStatusGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiProfilePhotoGroups#21a548f3 hash:int = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiProfilePhotoGroups {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetEmojiProfilePhotoGroups {
    const CONSTRUCTOR_ID: u32 = 0x21a548f3;
    const NAME: &'static str = "messages.getEmojiProfilePhotoGroups";
}

impl Serialize for GetEmojiProfilePhotoGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetEmojiProfilePhotoGroups {
    type Return = crate::enums::messages::EmojiGroups;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiProfilePhotoGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiProfilePhotoGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.searchCustomEmoji#2c11c0d7 emoticon:string hash:long = EmojiList`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchCustomEmoji {
    /// `emoticon:string`
    pub emoticon: mtrs_tl::TlString,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for SearchCustomEmoji {
    const CONSTRUCTOR_ID: u32 = 0x2c11c0d7;
    const NAME: &'static str = "messages.searchCustomEmoji";
}

impl Serialize for SearchCustomEmoji {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.emoticon.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for SearchCustomEmoji {
    type Return = crate::enums::EmojiList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchCustomEmoji {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_emoticon = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { emoticon: f_emoticon, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchCustomEmoji {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("emoticon");
        self.emoticon.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.togglePeerTranslations#e47cb579 flags:# disabled:flags.0?true peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePeerTranslations {
    /// `disabled:flags.0?true`
    pub disabled: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for TogglePeerTranslations {
    const CONSTRUCTOR_ID: u32 = 0xe47cb579;
    const NAME: &'static str = "messages.togglePeerTranslations";
}

impl Serialize for TogglePeerTranslations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.disabled { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for TogglePeerTranslations {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePeerTranslations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_disabled = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { disabled: f_disabled, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePeerTranslations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("disabled");
        self.disabled.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.getBotApp#34fdc5c3 app:InputBotApp hash:long = messages.BotApp`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotApp {
    /// `app:InputBotApp`
    pub app: crate::enums::InputBotApp,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetBotApp {
    const CONSTRUCTOR_ID: u32 = 0x34fdc5c3;
    const NAME: &'static str = "messages.getBotApp";
}

impl Serialize for GetBotApp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.app.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetBotApp {
    type Return = crate::enums::messages::BotApp;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotApp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_app = <crate::enums::InputBotApp>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { app: f_app, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotApp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("app");
        self.app.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.requestAppWebView#53618bce flags:# write_allowed:flags.0?true compact:flags.7?true fullscreen:flags.8?true peer:InputPeer app:InputBotApp start_param:flags.1?string theme_params:flags.2?DataJSON platform:string = WebViewResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestAppWebView {
    /// `write_allowed:flags.0?true`
    pub write_allowed: bool,
    /// `compact:flags.7?true`
    pub compact: bool,
    /// `fullscreen:flags.8?true`
    pub fullscreen: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `app:InputBotApp`
    pub app: crate::enums::InputBotApp,
    /// `start_param:flags.1?string`
    pub start_param: Option<mtrs_tl::TlString>,
    /// `theme_params:flags.2?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
    /// `platform:string`
    pub platform: mtrs_tl::TlString,
}

impl Identifiable for RequestAppWebView {
    const CONSTRUCTOR_ID: u32 = 0x53618bce;
    const NAME: &'static str = "messages.requestAppWebView";
}

impl Serialize for RequestAppWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.write_allowed { 1 << 0 } else { 0 }
            | if self.start_param.is_some() { 1 << 1 } else { 0 }
            | if self.theme_params.is_some() { 1 << 2 } else { 0 }
            | if self.compact { 1 << 7 } else { 0 }
            | if self.fullscreen { 1 << 8 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.app.serialize(buf);
        if let Some(v) = &self.start_param {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
        self.platform.serialize(buf);
    }
}

impl RemoteCall for RequestAppWebView {
    type Return = crate::enums::WebViewResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestAppWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_write_allowed = fl_flags & (1 << 0) != 0;
        let f_compact = fl_flags & (1 << 7) != 0;
        let f_fullscreen = fl_flags & (1 << 8) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_app = <crate::enums::InputBotApp>::deserialize(r)?;
        let f_start_param = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_theme_params = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_platform = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { write_allowed: f_write_allowed, compact: f_compact, fullscreen: f_fullscreen, peer: f_peer, app: f_app, start_param: f_start_param, theme_params: f_theme_params, platform: f_platform })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestAppWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("write_allowed");
        self.write_allowed.write_json(w);
        w.key("compact");
        self.compact.write_json(w);
        w.key("fullscreen");
        self.fullscreen.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("app");
        self.app.write_json(w);
        w.key("start_param");
        self.start_param.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.key("platform");
        self.platform.write_json(w);
        w.end_object();
    }
}

/// `messages.setChatWallPaper#8ffacae1 flags:# for_both:flags.3?true revert:flags.4?true peer:InputPeer wallpaper:flags.0?InputWallPaper settings:flags.2?WallPaperSettings id:flags.1?int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetChatWallPaper {
    /// `for_both:flags.3?true`
    pub for_both: bool,
    /// `revert:flags.4?true`
    pub revert: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `wallpaper:flags.0?InputWallPaper`
    pub wallpaper: Option<crate::enums::InputWallPaper>,
    /// `settings:flags.2?WallPaperSettings`
    pub settings: Option<crate::enums::WallPaperSettings>,
    /// `id:flags.1?int`
    pub id: Option<i32>,
}

impl Identifiable for SetChatWallPaper {
    const CONSTRUCTOR_ID: u32 = 0x8ffacae1;
    const NAME: &'static str = "messages.setChatWallPaper";
}

impl Serialize for SetChatWallPaper {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.wallpaper.is_some() { 1 << 0 } else { 0 }
            | if self.id.is_some() { 1 << 1 } else { 0 }
            | if self.settings.is_some() { 1 << 2 } else { 0 }
            | if self.for_both { 1 << 3 } else { 0 }
            | if self.revert { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.wallpaper {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.settings {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetChatWallPaper {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetChatWallPaper {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_for_both = fl_flags & (1 << 3) != 0;
        let f_revert = fl_flags & (1 << 4) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_wallpaper = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputWallPaper>::deserialize(r)?) } else { None };
        let f_settings = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::WallPaperSettings>::deserialize(r)?) } else { None };
        let f_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { for_both: f_for_both, revert: f_revert, peer: f_peer, wallpaper: f_wallpaper, settings: f_settings, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetChatWallPaper {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_both");
        self.for_both.write_json(w);
        w.key("revert");
        self.revert.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("wallpaper");
        self.wallpaper.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.searchEmojiStickerSets#92b4494c flags:# exclude_featured:flags.0?true q:string hash:long = messages.FoundStickerSets`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchEmojiStickerSets {
    /// `exclude_featured:flags.0?true`
    pub exclude_featured: bool,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for SearchEmojiStickerSets {
    const CONSTRUCTOR_ID: u32 = 0x92b4494c;
    const NAME: &'static str = "messages.searchEmojiStickerSets";
}

impl Serialize for SearchEmojiStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.exclude_featured { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.q.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for SearchEmojiStickerSets {
    type Return = crate::enums::messages::FoundStickerSets;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchEmojiStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_exclude_featured = fl_flags & (1 << 0) != 0;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { exclude_featured: f_exclude_featured, q: f_q, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchEmojiStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("exclude_featured");
        self.exclude_featured.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getSavedDialogs#1e91fc99 flags:# exclude_pinned:flags.0?true parent_peer:flags.1?InputPeer offset_date:int offset_id:int offset_peer:InputPeer limit:int hash:long = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedDialogs {
    /// `exclude_pinned:flags.0?true`
    pub exclude_pinned: bool,
    /// `parent_peer:flags.1?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_peer:InputPeer`
    pub offset_peer: crate::enums::InputPeer,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedDialogs {
    const CONSTRUCTOR_ID: u32 = 0x1e91fc99;
    const NAME: &'static str = "messages.getSavedDialogs";
}

impl Serialize for GetSavedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.exclude_pinned { 1 << 0 } else { 0 }
            | if self.parent_peer.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.offset_date.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_peer.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedDialogs {
    type Return = crate::enums::messages::SavedDialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_exclude_pinned = fl_flags & (1 << 0) != 0;
        let f_parent_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_offset_date = <i32>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { exclude_pinned: f_exclude_pinned, parent_peer: f_parent_peer, offset_date: f_offset_date, offset_id: f_offset_id, offset_peer: f_offset_peer, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("exclude_pinned");
        self.exclude_pinned.write_json(w);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_peer");
        self.offset_peer.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getSavedHistory#998ab009 flags:# parent_peer:flags.0?InputPeer peer:InputPeer offset_id:int offset_date:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedHistory {
    /// `parent_peer:flags.0?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedHistory {
    const CONSTRUCTOR_ID: u32 = 0x998ab009;
    const NAME: &'static str = "messages.getSavedHistory";
}

impl Serialize for GetSavedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.parent_peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_date.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedHistory {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parent_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_date = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { parent_peer: f_parent_peer, peer: f_peer, offset_id: f_offset_id, offset_date: f_offset_date, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteSavedHistory#4dc5085f flags:# parent_peer:flags.0?InputPeer peer:InputPeer max_id:int min_date:flags.2?int max_date:flags.3?int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSavedHistory {
    /// `parent_peer:flags.0?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_date:flags.2?int`
    pub min_date: Option<i32>,
    /// `max_date:flags.3?int`
    pub max_date: Option<i32>,
}

impl Identifiable for DeleteSavedHistory {
    const CONSTRUCTOR_ID: u32 = 0x4dc5085f;
    const NAME: &'static str = "messages.deleteSavedHistory";
}

impl Serialize for DeleteSavedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.parent_peer.is_some() { 1 << 0 } else { 0 }
            | if self.min_date.is_some() { 1 << 2 } else { 0 }
            | if self.max_date.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        self.max_id.serialize(buf);
        if let Some(v) = &self.min_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.max_date {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for DeleteSavedHistory {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteSavedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parent_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_date = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_max_date = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { parent_peer: f_parent_peer, peer: f_peer, max_id: f_max_id, min_date: f_min_date, max_date: f_max_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteSavedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_date");
        self.min_date.write_json(w);
        w.key("max_date");
        self.max_date.write_json(w);
        w.end_object();
    }
}

/// `messages.getPinnedSavedDialogs#d63d94e0 = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPinnedSavedDialogs;

impl Identifiable for GetPinnedSavedDialogs {
    const CONSTRUCTOR_ID: u32 = 0xd63d94e0;
    const NAME: &'static str = "messages.getPinnedSavedDialogs";
}

impl Serialize for GetPinnedSavedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPinnedSavedDialogs {
    type Return = crate::enums::messages::SavedDialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPinnedSavedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPinnedSavedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.toggleSavedDialogPin#ac81bbde flags:# pinned:flags.0?true peer:InputDialogPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleSavedDialogPin {
    /// `pinned:flags.0?true`
    pub pinned: bool,
    /// `peer:InputDialogPeer`
    pub peer: crate::enums::InputDialogPeer,
}

impl Identifiable for ToggleSavedDialogPin {
    const CONSTRUCTOR_ID: u32 = 0xac81bbde;
    const NAME: &'static str = "messages.toggleSavedDialogPin";
}

impl Serialize for ToggleSavedDialogPin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.pinned { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ToggleSavedDialogPin {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleSavedDialogPin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_pinned = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputDialogPeer>::deserialize(r)?;
        Ok(Self { pinned: f_pinned, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleSavedDialogPin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pinned");
        self.pinned.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.reorderPinnedSavedDialogs#8b716587 flags:# force:flags.0?true order:Vector<InputDialogPeer> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderPinnedSavedDialogs {
    /// `force:flags.0?true`
    pub force: bool,
    /// `order:Vector<InputDialogPeer>`
    pub order: Vec<crate::enums::InputDialogPeer>,
}

impl Identifiable for ReorderPinnedSavedDialogs {
    const CONSTRUCTOR_ID: u32 = 0x8b716587;
    const NAME: &'static str = "messages.reorderPinnedSavedDialogs";
}

impl Serialize for ReorderPinnedSavedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.force { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderPinnedSavedDialogs {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderPinnedSavedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_force = fl_flags & (1 << 0) != 0;
        let f_order = <Vec<crate::enums::InputDialogPeer>>::deserialize(r)?;
        Ok(Self { force: f_force, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderPinnedSavedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("force");
        self.force.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.getSavedReactionTags#3637e05b flags:# peer:flags.0?InputPeer hash:long = messages.SavedReactionTags`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedReactionTags {
    /// `peer:flags.0?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedReactionTags {
    const CONSTRUCTOR_ID: u32 = 0x3637e05b;
    const NAME: &'static str = "messages.getSavedReactionTags";
}

impl Serialize for GetSavedReactionTags {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedReactionTags {
    type Return = crate::enums::messages::SavedReactionTags;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedReactionTags {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedReactionTags {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.updateSavedReactionTag#60297dec flags:# reaction:Reaction title:flags.0?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSavedReactionTag {
    /// `reaction:Reaction`
    pub reaction: crate::enums::Reaction,
    /// `title:flags.0?string`
    pub title: Option<mtrs_tl::TlString>,
}

impl Identifiable for UpdateSavedReactionTag {
    const CONSTRUCTOR_ID: u32 = 0x60297dec;
    const NAME: &'static str = "messages.updateSavedReactionTag";
}

impl Serialize for UpdateSavedReactionTag {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.reaction.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateSavedReactionTag {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateSavedReactionTag {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reaction = <crate::enums::Reaction>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { reaction: f_reaction, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateSavedReactionTag {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reaction");
        self.reaction.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `messages.getDefaultTagReactions#bdf93428 hash:long = messages.Reactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultTagReactions {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDefaultTagReactions {
    const CONSTRUCTOR_ID: u32 = 0xbdf93428;
    const NAME: &'static str = "messages.getDefaultTagReactions";
}

impl Serialize for GetDefaultTagReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDefaultTagReactions {
    type Return = crate::enums::messages::Reactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultTagReactions {
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
impl ToJson for GetDefaultTagReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getOutboxReadDate#8c4bfe5d peer:InputPeer msg_id:int = OutboxReadDate`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOutboxReadDate {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetOutboxReadDate {
    const CONSTRUCTOR_ID: u32 = 0x8c4bfe5d;
    const NAME: &'static str = "messages.getOutboxReadDate";
}

impl Serialize for GetOutboxReadDate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetOutboxReadDate {
    type Return = crate::enums::OutboxReadDate;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOutboxReadDate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOutboxReadDate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getQuickReplies#d483f2a8 hash:long = messages.QuickReplies`
#[derive(Debug, Clone, PartialEq)]
pub struct GetQuickReplies {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetQuickReplies {
    const CONSTRUCTOR_ID: u32 = 0xd483f2a8;
    const NAME: &'static str = "messages.getQuickReplies";
}

impl Serialize for GetQuickReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetQuickReplies {
    type Return = crate::enums::messages::QuickReplies;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetQuickReplies {
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
impl ToJson for GetQuickReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.reorderQuickReplies#60331907 order:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderQuickReplies {
    /// `order:Vector<int>`
    pub order: Vec<i32>,
}

impl Identifiable for ReorderQuickReplies {
    const CONSTRUCTOR_ID: u32 = 0x60331907;
    const NAME: &'static str = "messages.reorderQuickReplies";
}

impl Serialize for ReorderQuickReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderQuickReplies {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderQuickReplies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_order = <Vec<i32>>::deserialize(r)?;
        Ok(Self { order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderQuickReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.checkQuickReplyShortcut#f1d0fbd3 shortcut:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckQuickReplyShortcut {
    /// `shortcut:string`
    pub shortcut: mtrs_tl::TlString,
}

impl Identifiable for CheckQuickReplyShortcut {
    const CONSTRUCTOR_ID: u32 = 0xf1d0fbd3;
    const NAME: &'static str = "messages.checkQuickReplyShortcut";
}

impl Serialize for CheckQuickReplyShortcut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.shortcut.serialize(buf);
    }
}

impl RemoteCall for CheckQuickReplyShortcut {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckQuickReplyShortcut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_shortcut = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { shortcut: f_shortcut })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckQuickReplyShortcut {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("shortcut");
        self.shortcut.write_json(w);
        w.end_object();
    }
}

/// `messages.editQuickReplyShortcut#5c003cef shortcut_id:int shortcut:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditQuickReplyShortcut {
    /// `shortcut_id:int`
    pub shortcut_id: i32,
    /// `shortcut:string`
    pub shortcut: mtrs_tl::TlString,
}

impl Identifiable for EditQuickReplyShortcut {
    const CONSTRUCTOR_ID: u32 = 0x5c003cef;
    const NAME: &'static str = "messages.editQuickReplyShortcut";
}

impl Serialize for EditQuickReplyShortcut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.shortcut_id.serialize(buf);
        self.shortcut.serialize(buf);
    }
}

impl RemoteCall for EditQuickReplyShortcut {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditQuickReplyShortcut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_shortcut_id = <i32>::deserialize(r)?;
        let f_shortcut = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { shortcut_id: f_shortcut_id, shortcut: f_shortcut })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditQuickReplyShortcut {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("shortcut_id");
        self.shortcut_id.write_json(w);
        w.key("shortcut");
        self.shortcut.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteQuickReplyShortcut#3cc04740 shortcut_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteQuickReplyShortcut {
    /// `shortcut_id:int`
    pub shortcut_id: i32,
}

impl Identifiable for DeleteQuickReplyShortcut {
    const CONSTRUCTOR_ID: u32 = 0x3cc04740;
    const NAME: &'static str = "messages.deleteQuickReplyShortcut";
}

impl Serialize for DeleteQuickReplyShortcut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.shortcut_id.serialize(buf);
    }
}

impl RemoteCall for DeleteQuickReplyShortcut {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteQuickReplyShortcut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_shortcut_id = <i32>::deserialize(r)?;
        Ok(Self { shortcut_id: f_shortcut_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteQuickReplyShortcut {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("shortcut_id");
        self.shortcut_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getQuickReplyMessages#94a495c3 flags:# shortcut_id:int id:flags.0?Vector<int> hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetQuickReplyMessages {
    /// `shortcut_id:int`
    pub shortcut_id: i32,
    /// `id:flags.0?Vector<int>`
    pub id: Option<Vec<i32>>,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetQuickReplyMessages {
    const CONSTRUCTOR_ID: u32 = 0x94a495c3;
    const NAME: &'static str = "messages.getQuickReplyMessages";
}

impl Serialize for GetQuickReplyMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.shortcut_id.serialize(buf);
        if let Some(v) = &self.id {
            (*v).serialize(buf);
        }
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetQuickReplyMessages {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetQuickReplyMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_shortcut_id = <i32>::deserialize(r)?;
        let f_id = if fl_flags & (1 << 0) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { shortcut_id: f_shortcut_id, id: f_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetQuickReplyMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("shortcut_id");
        self.shortcut_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.sendQuickReplyMessages#6c750de1 peer:InputPeer shortcut_id:int id:Vector<int> random_id:Vector<long> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendQuickReplyMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `shortcut_id:int`
    pub shortcut_id: i32,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `random_id:Vector<long>`
    pub random_id: Vec<i64>,
}

impl Identifiable for SendQuickReplyMessages {
    const CONSTRUCTOR_ID: u32 = 0x6c750de1;
    const NAME: &'static str = "messages.sendQuickReplyMessages";
}

impl Serialize for SendQuickReplyMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.shortcut_id.serialize(buf);
        self.id.serialize(buf);
        self.random_id.serialize(buf);
    }
}

impl RemoteCall for SendQuickReplyMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendQuickReplyMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_shortcut_id = <i32>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_random_id = <Vec<i64>>::deserialize(r)?;
        Ok(Self { peer: f_peer, shortcut_id: f_shortcut_id, id: f_id, random_id: f_random_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendQuickReplyMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("shortcut_id");
        self.shortcut_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteQuickReplyMessages#e105e910 shortcut_id:int id:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteQuickReplyMessages {
    /// `shortcut_id:int`
    pub shortcut_id: i32,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for DeleteQuickReplyMessages {
    const CONSTRUCTOR_ID: u32 = 0xe105e910;
    const NAME: &'static str = "messages.deleteQuickReplyMessages";
}

impl Serialize for DeleteQuickReplyMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.shortcut_id.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteQuickReplyMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteQuickReplyMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_shortcut_id = <i32>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { shortcut_id: f_shortcut_id, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteQuickReplyMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("shortcut_id");
        self.shortcut_id.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleDialogFilterTags#fd2dda49 enabled:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleDialogFilterTags {
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleDialogFilterTags {
    const CONSTRUCTOR_ID: u32 = 0xfd2dda49;
    const NAME: &'static str = "messages.toggleDialogFilterTags";
}

impl Serialize for ToggleDialogFilterTags {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleDialogFilterTags {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleDialogFilterTags {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleDialogFilterTags {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `messages.getMyStickers#d0b5e1fc offset_id:long limit:int = messages.MyStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMyStickers {
    /// `offset_id:long`
    pub offset_id: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetMyStickers {
    const CONSTRUCTOR_ID: u32 = 0xd0b5e1fc;
    const NAME: &'static str = "messages.getMyStickers";
}

impl Serialize for GetMyStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetMyStickers {
    type Return = crate::enums::messages::MyStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMyStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset_id = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMyStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiStickerGroups#1dd840f5 hash:int = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiStickerGroups {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetEmojiStickerGroups {
    const CONSTRUCTOR_ID: u32 = 0x1dd840f5;
    const NAME: &'static str = "messages.getEmojiStickerGroups";
}

impl Serialize for GetEmojiStickerGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetEmojiStickerGroups {
    type Return = crate::enums::messages::EmojiGroups;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiStickerGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiStickerGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getAvailableEffects#dea20a39 hash:int = messages.AvailableEffects`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAvailableEffects {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetAvailableEffects {
    const CONSTRUCTOR_ID: u32 = 0xdea20a39;
    const NAME: &'static str = "messages.getAvailableEffects";
}

impl Serialize for GetAvailableEffects {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAvailableEffects {
    type Return = crate::enums::messages::AvailableEffects;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAvailableEffects {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAvailableEffects {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.editFactCheck#0589ee75 peer:InputPeer msg_id:int text:TextWithEntities = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditFactCheck {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `text:TextWithEntities`
    pub text: crate::enums::TextWithEntities,
}

impl Identifiable for EditFactCheck {
    const CONSTRUCTOR_ID: u32 = 0x0589ee75;
    const NAME: &'static str = "messages.editFactCheck";
}

impl Serialize for EditFactCheck {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.text.serialize(buf);
    }
}

impl RemoteCall for EditFactCheck {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditFactCheck {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_text = <crate::enums::TextWithEntities>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, text: f_text })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditFactCheck {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteFactCheck#d1da940c peer:InputPeer msg_id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteFactCheck {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for DeleteFactCheck {
    const CONSTRUCTOR_ID: u32 = 0xd1da940c;
    const NAME: &'static str = "messages.deleteFactCheck";
}

impl Serialize for DeleteFactCheck {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for DeleteFactCheck {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteFactCheck {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteFactCheck {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getFactCheck#b9cdc5ee peer:InputPeer msg_id:Vector<int> = Vector<FactCheck>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFactCheck {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:Vector<int>`
    pub msg_id: Vec<i32>,
}

impl Identifiable for GetFactCheck {
    const CONSTRUCTOR_ID: u32 = 0xb9cdc5ee;
    const NAME: &'static str = "messages.getFactCheck";
}

impl Serialize for GetFactCheck {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetFactCheck {
    type Return = Vec<crate::enums::FactCheck>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFactCheck {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFactCheck {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.requestMainWebView#c9e01e7b flags:# compact:flags.7?true fullscreen:flags.8?true peer:InputPeer bot:InputUser start_param:flags.1?string theme_params:flags.0?DataJSON platform:string = WebViewResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestMainWebView {
    /// `compact:flags.7?true`
    pub compact: bool,
    /// `fullscreen:flags.8?true`
    pub fullscreen: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `start_param:flags.1?string`
    pub start_param: Option<mtrs_tl::TlString>,
    /// `theme_params:flags.0?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
    /// `platform:string`
    pub platform: mtrs_tl::TlString,
}

impl Identifiable for RequestMainWebView {
    const CONSTRUCTOR_ID: u32 = 0xc9e01e7b;
    const NAME: &'static str = "messages.requestMainWebView";
}

impl Serialize for RequestMainWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.theme_params.is_some() { 1 << 0 } else { 0 }
            | if self.start_param.is_some() { 1 << 1 } else { 0 }
            | if self.compact { 1 << 7 } else { 0 }
            | if self.fullscreen { 1 << 8 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.bot.serialize(buf);
        if let Some(v) = &self.start_param {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
        self.platform.serialize(buf);
    }
}

impl RemoteCall for RequestMainWebView {
    type Return = crate::enums::WebViewResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestMainWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_compact = fl_flags & (1 << 7) != 0;
        let f_fullscreen = fl_flags & (1 << 8) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_start_param = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_theme_params = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_platform = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { compact: f_compact, fullscreen: f_fullscreen, peer: f_peer, bot: f_bot, start_param: f_start_param, theme_params: f_theme_params, platform: f_platform })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestMainWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("compact");
        self.compact.write_json(w);
        w.key("fullscreen");
        self.fullscreen.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("start_param");
        self.start_param.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.key("platform");
        self.platform.write_json(w);
        w.end_object();
    }
}

/// `messages.sendPaidReaction#58bbcb50 flags:# peer:InputPeer msg_id:int count:int random_id:long private:flags.0?PaidReactionPrivacy = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendPaidReaction {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `count:int`
    pub count: i32,
    /// `random_id:long`
    pub random_id: i64,
    /// `private:flags.0?PaidReactionPrivacy`
    pub private: Option<crate::enums::PaidReactionPrivacy>,
}

impl Identifiable for SendPaidReaction {
    const CONSTRUCTOR_ID: u32 = 0x58bbcb50;
    const NAME: &'static str = "messages.sendPaidReaction";
}

impl Serialize for SendPaidReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.private.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.count.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.private {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendPaidReaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendPaidReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_count = <i32>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_private = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::PaidReactionPrivacy>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, msg_id: f_msg_id, count: f_count, random_id: f_random_id, private: f_private })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendPaidReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("private");
        self.private.write_json(w);
        w.end_object();
    }
}

/// `messages.togglePaidReactionPrivacy#435885b5 peer:InputPeer msg_id:int private:PaidReactionPrivacy = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePaidReactionPrivacy {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `private:PaidReactionPrivacy`
    pub private: crate::enums::PaidReactionPrivacy,
}

impl Identifiable for TogglePaidReactionPrivacy {
    const CONSTRUCTOR_ID: u32 = 0x435885b5;
    const NAME: &'static str = "messages.togglePaidReactionPrivacy";
}

impl Serialize for TogglePaidReactionPrivacy {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.private.serialize(buf);
    }
}

impl RemoteCall for TogglePaidReactionPrivacy {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePaidReactionPrivacy {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_private = <crate::enums::PaidReactionPrivacy>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, private: f_private })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePaidReactionPrivacy {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("private");
        self.private.write_json(w);
        w.end_object();
    }
}

/// `messages.getPaidReactionPrivacy#472455aa = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaidReactionPrivacy;

impl Identifiable for GetPaidReactionPrivacy {
    const CONSTRUCTOR_ID: u32 = 0x472455aa;
    const NAME: &'static str = "messages.getPaidReactionPrivacy";
}

impl Serialize for GetPaidReactionPrivacy {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPaidReactionPrivacy {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPaidReactionPrivacy {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPaidReactionPrivacy {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.viewSponsoredMessage#269e3643 random_id:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ViewSponsoredMessage {
    /// `random_id:bytes`
    pub random_id: Vec<u8>,
}

impl Identifiable for ViewSponsoredMessage {
    const CONSTRUCTOR_ID: u32 = 0x269e3643;
    const NAME: &'static str = "messages.viewSponsoredMessage";
}

impl Serialize for ViewSponsoredMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.random_id.serialize(buf);
    }
}

impl RemoteCall for ViewSponsoredMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ViewSponsoredMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_random_id = <Vec<u8>>::deserialize(r)?;
        Ok(Self { random_id: f_random_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ViewSponsoredMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("random_id");
        self.random_id.write_json(w);
        w.end_object();
    }
}

/// `messages.clickSponsoredMessage#8235057e flags:# media:flags.0?true fullscreen:flags.1?true random_id:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClickSponsoredMessage {
    /// `media:flags.0?true`
    pub media: bool,
    /// `fullscreen:flags.1?true`
    pub fullscreen: bool,
    /// `random_id:bytes`
    pub random_id: Vec<u8>,
}

impl Identifiable for ClickSponsoredMessage {
    const CONSTRUCTOR_ID: u32 = 0x8235057e;
    const NAME: &'static str = "messages.clickSponsoredMessage";
}

impl Serialize for ClickSponsoredMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.media { 1 << 0 } else { 0 }
            | if self.fullscreen { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.random_id.serialize(buf);
    }
}

impl RemoteCall for ClickSponsoredMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClickSponsoredMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_media = fl_flags & (1 << 0) != 0;
        let f_fullscreen = fl_flags & (1 << 1) != 0;
        let f_random_id = <Vec<u8>>::deserialize(r)?;
        Ok(Self { media: f_media, fullscreen: f_fullscreen, random_id: f_random_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ClickSponsoredMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("media");
        self.media.write_json(w);
        w.key("fullscreen");
        self.fullscreen.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.end_object();
    }
}

/// `messages.reportSponsoredMessage#12cbf0c4 random_id:bytes option:bytes = channels.SponsoredMessageReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSponsoredMessage {
    /// `random_id:bytes`
    pub random_id: Vec<u8>,
    /// `option:bytes`
    pub option: Vec<u8>,
}

impl Identifiable for ReportSponsoredMessage {
    const CONSTRUCTOR_ID: u32 = 0x12cbf0c4;
    const NAME: &'static str = "messages.reportSponsoredMessage";
}

impl Serialize for ReportSponsoredMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.random_id.serialize(buf);
        self.option.serialize(buf);
    }
}

impl RemoteCall for ReportSponsoredMessage {
    type Return = crate::enums::channels::SponsoredMessageReportResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportSponsoredMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_random_id = <Vec<u8>>::deserialize(r)?;
        let f_option = <Vec<u8>>::deserialize(r)?;
        Ok(Self { random_id: f_random_id, option: f_option })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportSponsoredMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("option");
        self.option.write_json(w);
        w.end_object();
    }
}

/// `messages.getSponsoredMessages#3d6ce850 flags:# peer:InputPeer msg_id:flags.0?int = messages.SponsoredMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSponsoredMessages {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:flags.0?int`
    pub msg_id: Option<i32>,
}

impl Identifiable for GetSponsoredMessages {
    const CONSTRUCTOR_ID: u32 = 0x3d6ce850;
    const NAME: &'static str = "messages.getSponsoredMessages";
}

impl Serialize for GetSponsoredMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.msg_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetSponsoredMessages {
    type Return = crate::enums::messages::SponsoredMessages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSponsoredMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSponsoredMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.savePreparedInlineMessage#f21f7f2f flags:# result:InputBotInlineResult user_id:InputUser peer_types:flags.0?Vector<InlineQueryPeerType> = messages.BotPreparedInlineMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SavePreparedInlineMessage {
    /// `result:InputBotInlineResult`
    pub result: crate::enums::InputBotInlineResult,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `peer_types:flags.0?Vector<InlineQueryPeerType>`
    pub peer_types: Option<Vec<crate::enums::InlineQueryPeerType>>,
}

impl Identifiable for SavePreparedInlineMessage {
    const CONSTRUCTOR_ID: u32 = 0xf21f7f2f;
    const NAME: &'static str = "messages.savePreparedInlineMessage";
}

impl Serialize for SavePreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.peer_types.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.result.serialize(buf);
        self.user_id.serialize(buf);
        if let Some(v) = &self.peer_types {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SavePreparedInlineMessage {
    type Return = crate::enums::messages::BotPreparedInlineMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SavePreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_result = <crate::enums::InputBotInlineResult>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_peer_types = if fl_flags & (1 << 0) != 0 { Some(<Vec<crate::enums::InlineQueryPeerType>>::deserialize(r)?) } else { None };
        Ok(Self { result: f_result, user_id: f_user_id, peer_types: f_peer_types })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavePreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("result");
        self.result.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("peer_types");
        self.peer_types.write_json(w);
        w.end_object();
    }
}

/// `messages.getPreparedInlineMessage#857ebdb8 bot:InputUser id:string = messages.PreparedInlineMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPreparedInlineMessage {
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `id:string`
    pub id: mtrs_tl::TlString,
}

impl Identifiable for GetPreparedInlineMessage {
    const CONSTRUCTOR_ID: u32 = 0x857ebdb8;
    const NAME: &'static str = "messages.getPreparedInlineMessage";
}

impl Serialize for GetPreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetPreparedInlineMessage {
    type Return = crate::enums::messages::PreparedInlineMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot: f_bot, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot");
        self.bot.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.searchStickers#29b1c66a flags:# emojis:flags.0?true q:string emoticon:string lang_code:Vector<string> offset:int limit:int hash:long = messages.FoundStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchStickers {
    /// `emojis:flags.0?true`
    pub emojis: bool,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `emoticon:string`
    pub emoticon: mtrs_tl::TlString,
    /// `lang_code:Vector<string>`
    pub lang_code: Vec<mtrs_tl::TlString>,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for SearchStickers {
    const CONSTRUCTOR_ID: u32 = 0x29b1c66a;
    const NAME: &'static str = "messages.searchStickers";
}

impl Serialize for SearchStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.emojis { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.q.serialize(buf);
        self.emoticon.serialize(buf);
        self.lang_code.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for SearchStickers {
    type Return = crate::enums::messages::FoundStickers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_emojis = fl_flags & (1 << 0) != 0;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_emoticon = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { emojis: f_emojis, q: f_q, emoticon: f_emoticon, lang_code: f_lang_code, offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("emojis");
        self.emojis.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("emoticon");
        self.emoticon.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.reportMessagesDelivery#5a6d7395 flags:# push:flags.0?true peer:InputPeer id:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMessagesDelivery {
    /// `push:flags.0?true`
    pub push: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for ReportMessagesDelivery {
    const CONSTRUCTOR_ID: u32 = 0x5a6d7395;
    const NAME: &'static str = "messages.reportMessagesDelivery";
}

impl Serialize for ReportMessagesDelivery {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.push { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for ReportMessagesDelivery {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportMessagesDelivery {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_push = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { push: f_push, peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportMessagesDelivery {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("push");
        self.push.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.getSavedDialogsByID#6f6f9c96 flags:# parent_peer:flags.1?InputPeer ids:Vector<InputPeer> = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedDialogsById {
    /// `parent_peer:flags.1?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `ids:Vector<InputPeer>`
    pub ids: Vec<crate::enums::InputPeer>,
}

impl Identifiable for GetSavedDialogsById {
    const CONSTRUCTOR_ID: u32 = 0x6f6f9c96;
    const NAME: &'static str = "messages.getSavedDialogsByID";
}

impl Serialize for GetSavedDialogsById {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.parent_peer.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.ids.serialize(buf);
    }
}

impl RemoteCall for GetSavedDialogsById {
    type Return = crate::enums::messages::SavedDialogs;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedDialogsById {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parent_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_ids = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { parent_peer: f_parent_peer, ids: f_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedDialogsById {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("ids");
        self.ids.write_json(w);
        w.end_object();
    }
}

/// `messages.readSavedHistory#ba4a3b5b parent_peer:InputPeer peer:InputPeer max_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadSavedHistory {
    /// `parent_peer:InputPeer`
    pub parent_peer: crate::enums::InputPeer,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for ReadSavedHistory {
    const CONSTRUCTOR_ID: u32 = 0xba4a3b5b;
    const NAME: &'static str = "messages.readSavedHistory";
}

impl Serialize for ReadSavedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.parent_peer.serialize(buf);
        self.peer.serialize(buf);
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for ReadSavedHistory {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadSavedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_parent_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { parent_peer: f_parent_peer, peer: f_peer, max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadSavedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleTodoCompleted#d3e03124 peer:InputPeer msg_id:int completed:Vector<int> incompleted:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleTodoCompleted {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `completed:Vector<int>`
    pub completed: Vec<i32>,
    /// `incompleted:Vector<int>`
    pub incompleted: Vec<i32>,
}

impl Identifiable for ToggleTodoCompleted {
    const CONSTRUCTOR_ID: u32 = 0xd3e03124;
    const NAME: &'static str = "messages.toggleTodoCompleted";
}

impl Serialize for ToggleTodoCompleted {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.completed.serialize(buf);
        self.incompleted.serialize(buf);
    }
}

impl RemoteCall for ToggleTodoCompleted {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleTodoCompleted {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_completed = <Vec<i32>>::deserialize(r)?;
        let f_incompleted = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, completed: f_completed, incompleted: f_incompleted })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleTodoCompleted {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("completed");
        self.completed.write_json(w);
        w.key("incompleted");
        self.incompleted.write_json(w);
        w.end_object();
    }
}

/// `messages.appendTodoList#21a61057 peer:InputPeer msg_id:int list:Vector<TodoItem> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AppendTodoList {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `list:Vector<TodoItem>`
    pub list: Vec<crate::enums::TodoItem>,
}

impl Identifiable for AppendTodoList {
    const CONSTRUCTOR_ID: u32 = 0x21a61057;
    const NAME: &'static str = "messages.appendTodoList";
}

impl Serialize for AppendTodoList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.list.serialize(buf);
    }
}

impl RemoteCall for AppendTodoList {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AppendTodoList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_list = <Vec<crate::enums::TodoItem>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, list: f_list })
    }
}

#[cfg(feature = "json")]
impl ToJson for AppendTodoList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("list");
        self.list.write_json(w);
        w.end_object();
    }
}

/// `messages.toggleSuggestedPostApproval#8107455c flags:# reject:flags.1?true peer:InputPeer msg_id:int schedule_date:flags.0?int reject_comment:flags.2?string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleSuggestedPostApproval {
    /// `reject:flags.1?true`
    pub reject: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `schedule_date:flags.0?int`
    pub schedule_date: Option<i32>,
    /// `reject_comment:flags.2?string`
    pub reject_comment: Option<mtrs_tl::TlString>,
}

impl Identifiable for ToggleSuggestedPostApproval {
    const CONSTRUCTOR_ID: u32 = 0x8107455c;
    const NAME: &'static str = "messages.toggleSuggestedPostApproval";
}

impl Serialize for ToggleSuggestedPostApproval {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.schedule_date.is_some() { 1 << 0 } else { 0 }
            | if self.reject { 1 << 1 } else { 0 }
            | if self.reject_comment.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reject_comment {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ToggleSuggestedPostApproval {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleSuggestedPostApproval {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reject = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_schedule_date = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_reject_comment = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { reject: f_reject, peer: f_peer, msg_id: f_msg_id, schedule_date: f_schedule_date, reject_comment: f_reject_comment })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleSuggestedPostApproval {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reject");
        self.reject.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.key("reject_comment");
        self.reject_comment.write_json(w);
        w.end_object();
    }
}

/// `messages.getForumTopics#3ba47bff flags:# peer:InputPeer q:flags.0?string offset_date:int offset_id:int offset_topic:int limit:int = messages.ForumTopics`
#[derive(Debug, Clone, PartialEq)]
pub struct GetForumTopics {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `q:flags.0?string`
    pub q: Option<mtrs_tl::TlString>,
    /// `offset_date:int`
    pub offset_date: i32,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `offset_topic:int`
    pub offset_topic: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetForumTopics {
    const CONSTRUCTOR_ID: u32 = 0x3ba47bff;
    const NAME: &'static str = "messages.getForumTopics";
}

impl Serialize for GetForumTopics {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.q.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.q {
            (*v).serialize(buf);
        }
        self.offset_date.serialize(buf);
        self.offset_id.serialize(buf);
        self.offset_topic.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetForumTopics {
    type Return = crate::enums::messages::ForumTopics;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetForumTopics {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_q = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_offset_date = <i32>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_offset_topic = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, q: f_q, offset_date: f_offset_date, offset_id: f_offset_id, offset_topic: f_offset_topic, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetForumTopics {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("offset_topic");
        self.offset_topic.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `messages.getForumTopicsByID#af0a4a08 peer:InputPeer topics:Vector<int> = messages.ForumTopics`
#[derive(Debug, Clone, PartialEq)]
pub struct GetForumTopicsById {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `topics:Vector<int>`
    pub topics: Vec<i32>,
}

impl Identifiable for GetForumTopicsById {
    const CONSTRUCTOR_ID: u32 = 0xaf0a4a08;
    const NAME: &'static str = "messages.getForumTopicsByID";
}

impl Serialize for GetForumTopicsById {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.topics.serialize(buf);
    }
}

impl RemoteCall for GetForumTopicsById {
    type Return = crate::enums::messages::ForumTopics;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetForumTopicsById {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_topics = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, topics: f_topics })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetForumTopicsById {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("topics");
        self.topics.write_json(w);
        w.end_object();
    }
}

/// `messages.editForumTopic#cecc1134 flags:# peer:InputPeer topic_id:int title:flags.0?string icon_emoji_id:flags.1?long closed:flags.2?Bool hidden:flags.3?Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditForumTopic {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `topic_id:int`
    pub topic_id: i32,
    /// `title:flags.0?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `icon_emoji_id:flags.1?long`
    pub icon_emoji_id: Option<i64>,
    /// `closed:flags.2?Bool`
    pub closed: Option<bool>,
    /// `hidden:flags.3?Bool`
    pub hidden: Option<bool>,
}

impl Identifiable for EditForumTopic {
    const CONSTRUCTOR_ID: u32 = 0xcecc1134;
    const NAME: &'static str = "messages.editForumTopic";
}

impl Serialize for EditForumTopic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 0 } else { 0 }
            | if self.icon_emoji_id.is_some() { 1 << 1 } else { 0 }
            | if self.closed.is_some() { 1 << 2 } else { 0 }
            | if self.hidden.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.topic_id.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.icon_emoji_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.closed {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.hidden {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditForumTopic {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditForumTopic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_topic_id = <i32>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_icon_emoji_id = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_closed = if fl_flags & (1 << 2) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_hidden = if fl_flags & (1 << 3) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, topic_id: f_topic_id, title: f_title, icon_emoji_id: f_icon_emoji_id, closed: f_closed, hidden: f_hidden })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditForumTopic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("topic_id");
        self.topic_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("icon_emoji_id");
        self.icon_emoji_id.write_json(w);
        w.key("closed");
        self.closed.write_json(w);
        w.key("hidden");
        self.hidden.write_json(w);
        w.end_object();
    }
}

/// `messages.updatePinnedForumTopic#175df251 peer:InputPeer topic_id:int pinned:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePinnedForumTopic {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `topic_id:int`
    pub topic_id: i32,
    /// `pinned:Bool`
    pub pinned: bool,
}

impl Identifiable for UpdatePinnedForumTopic {
    const CONSTRUCTOR_ID: u32 = 0x175df251;
    const NAME: &'static str = "messages.updatePinnedForumTopic";
}

impl Serialize for UpdatePinnedForumTopic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.topic_id.serialize(buf);
        self.pinned.serialize(buf);
    }
}

impl RemoteCall for UpdatePinnedForumTopic {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdatePinnedForumTopic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_topic_id = <i32>::deserialize(r)?;
        let f_pinned = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, topic_id: f_topic_id, pinned: f_pinned })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdatePinnedForumTopic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("topic_id");
        self.topic_id.write_json(w);
        w.key("pinned");
        self.pinned.write_json(w);
        w.end_object();
    }
}

/// `messages.reorderPinnedForumTopics#0e7841f0 flags:# force:flags.0?true peer:InputPeer order:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderPinnedForumTopics {
    /// `force:flags.0?true`
    pub force: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `order:Vector<int>`
    pub order: Vec<i32>,
}

impl Identifiable for ReorderPinnedForumTopics {
    const CONSTRUCTOR_ID: u32 = 0x0e7841f0;
    const NAME: &'static str = "messages.reorderPinnedForumTopics";
}

impl Serialize for ReorderPinnedForumTopics {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.force { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderPinnedForumTopics {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderPinnedForumTopics {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_force = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_order = <Vec<i32>>::deserialize(r)?;
        Ok(Self { force: f_force, peer: f_peer, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderPinnedForumTopics {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("force");
        self.force.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `messages.createForumTopic#2f98c3d5 flags:# title_missing:flags.4?true peer:InputPeer title:string icon_color:flags.0?int icon_emoji_id:flags.3?long random_id:long send_as:flags.2?InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateForumTopic {
    /// `title_missing:flags.4?true`
    pub title_missing: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `icon_color:flags.0?int`
    pub icon_color: Option<i32>,
    /// `icon_emoji_id:flags.3?long`
    pub icon_emoji_id: Option<i64>,
    /// `random_id:long`
    pub random_id: i64,
    /// `send_as:flags.2?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
}

impl Identifiable for CreateForumTopic {
    const CONSTRUCTOR_ID: u32 = 0x2f98c3d5;
    const NAME: &'static str = "messages.createForumTopic";
}

impl Serialize for CreateForumTopic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.icon_color.is_some() { 1 << 0 } else { 0 }
            | if self.send_as.is_some() { 1 << 2 } else { 0 }
            | if self.icon_emoji_id.is_some() { 1 << 3 } else { 0 }
            | if self.title_missing { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.title.serialize(buf);
        if let Some(v) = &self.icon_color {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.icon_emoji_id {
            (*v).serialize(buf);
        }
        self.random_id.serialize(buf);
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateForumTopic {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateForumTopic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_title_missing = fl_flags & (1 << 4) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_icon_color = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_icon_emoji_id = if fl_flags & (1 << 3) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_random_id = <i64>::deserialize(r)?;
        let f_send_as = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { title_missing: f_title_missing, peer: f_peer, title: f_title, icon_color: f_icon_color, icon_emoji_id: f_icon_emoji_id, random_id: f_random_id, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateForumTopic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("title_missing");
        self.title_missing.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("icon_color");
        self.icon_color.write_json(w);
        w.key("icon_emoji_id");
        self.icon_emoji_id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteTopicHistory#d2816f10 peer:InputPeer top_msg_id:int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteTopicHistory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:int`
    pub top_msg_id: i32,
}

impl Identifiable for DeleteTopicHistory {
    const CONSTRUCTOR_ID: u32 = 0xd2816f10;
    const NAME: &'static str = "messages.deleteTopicHistory";
}

impl Serialize for DeleteTopicHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.top_msg_id.serialize(buf);
    }
}

impl RemoteCall for DeleteTopicHistory {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteTopicHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteTopicHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.getEmojiGameInfo#fb7e8ca7 = messages.EmojiGameInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetEmojiGameInfo;

impl Identifiable for GetEmojiGameInfo {
    const CONSTRUCTOR_ID: u32 = 0xfb7e8ca7;
    const NAME: &'static str = "messages.getEmojiGameInfo";
}

impl Serialize for GetEmojiGameInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetEmojiGameInfo {
    type Return = crate::enums::messages::EmojiGameInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetEmojiGameInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetEmojiGameInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `messages.summarizeText#abbbd346 flags:# peer:InputPeer id:int to_lang:flags.0?string tone:flags.2?string = TextWithEntities`
#[derive(Debug, Clone, PartialEq)]
pub struct SummarizeText {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `to_lang:flags.0?string`
    pub to_lang: Option<mtrs_tl::TlString>,
    /// `tone:flags.2?string`
    pub tone: Option<mtrs_tl::TlString>,
}

impl Identifiable for SummarizeText {
    const CONSTRUCTOR_ID: u32 = 0xabbbd346;
    const NAME: &'static str = "messages.summarizeText";
}

impl Serialize for SummarizeText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.to_lang.is_some() { 1 << 0 } else { 0 }
            | if self.tone.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.to_lang {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.tone {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SummarizeText {
    type Return = crate::enums::TextWithEntities;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SummarizeText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_to_lang = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_tone = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, id: f_id, to_lang: f_to_lang, tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for SummarizeText {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("to_lang");
        self.to_lang.write_json(w);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatCreator#f743b857 peer:InputPeer user_id:InputUser password:InputCheckPasswordSRP = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatCreator {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
}

impl Identifiable for EditChatCreator {
    const CONSTRUCTOR_ID: u32 = 0xf743b857;
    const NAME: &'static str = "messages.editChatCreator";
}

impl Serialize for EditChatCreator {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.user_id.serialize(buf);
        self.password.serialize(buf);
    }
}

impl RemoteCall for EditChatCreator {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatCreator {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        Ok(Self { peer: f_peer, user_id: f_user_id, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatCreator {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `messages.getFutureChatCreatorAfterLeave#3b7d0ea6 peer:InputPeer = User`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFutureChatCreatorAfterLeave {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetFutureChatCreatorAfterLeave {
    const CONSTRUCTOR_ID: u32 = 0x3b7d0ea6;
    const NAME: &'static str = "messages.getFutureChatCreatorAfterLeave";
}

impl Serialize for GetFutureChatCreatorAfterLeave {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetFutureChatCreatorAfterLeave {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFutureChatCreatorAfterLeave {
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
impl ToJson for GetFutureChatCreatorAfterLeave {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `messages.editChatParticipantRank#a00f32b0 peer:InputPeer participant:InputPeer rank:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditChatParticipantRank {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
    /// `rank:string`
    pub rank: mtrs_tl::TlString,
}

impl Identifiable for EditChatParticipantRank {
    const CONSTRUCTOR_ID: u32 = 0xa00f32b0;
    const NAME: &'static str = "messages.editChatParticipantRank";
}

impl Serialize for EditChatParticipantRank {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.participant.serialize(buf);
        self.rank.serialize(buf);
    }
}

impl RemoteCall for EditChatParticipantRank {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditChatParticipantRank {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        let f_rank = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, participant: f_participant, rank: f_rank })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditChatParticipantRank {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.key("rank");
        self.rank.write_json(w);
        w.end_object();
    }
}

/// `messages.declineUrlAuth#35436bbc url:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeclineUrlAuth {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for DeclineUrlAuth {
    const CONSTRUCTOR_ID: u32 = 0x35436bbc;
    const NAME: &'static str = "messages.declineUrlAuth";
}

impl Serialize for DeclineUrlAuth {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.url.serialize(buf);
    }
}

impl RemoteCall for DeclineUrlAuth {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeclineUrlAuth {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeclineUrlAuth {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

/// `messages.checkUrlAuthMatchCode#c9a47b0b url:string match_code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUrlAuthMatchCode {
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `match_code:string`
    pub match_code: mtrs_tl::TlString,
}

impl Identifiable for CheckUrlAuthMatchCode {
    const CONSTRUCTOR_ID: u32 = 0xc9a47b0b;
    const NAME: &'static str = "messages.checkUrlAuthMatchCode";
}

impl Serialize for CheckUrlAuthMatchCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.url.serialize(buf);
        self.match_code.serialize(buf);
    }
}

impl RemoteCall for CheckUrlAuthMatchCode {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckUrlAuthMatchCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_match_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url, match_code: f_match_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckUrlAuthMatchCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.key("match_code");
        self.match_code.write_json(w);
        w.end_object();
    }
}

/// `messages.composeMessageWithAI#daecc589 flags:# proofread:flags.0?true emojify:flags.3?true text:TextWithEntities translate_to_lang:flags.1?string tone:flags.2?InputAiComposeTone = messages.ComposedMessageWithAI`
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeMessageWithAi {
    /// `proofread:flags.0?true`
    pub proofread: bool,
    /// `emojify:flags.3?true`
    pub emojify: bool,
    /// `text:TextWithEntities`
    pub text: crate::enums::TextWithEntities,
    /// `translate_to_lang:flags.1?string`
    pub translate_to_lang: Option<mtrs_tl::TlString>,
    /// `tone:flags.2?InputAiComposeTone`
    pub tone: Option<crate::enums::InputAiComposeTone>,
}

impl Identifiable for ComposeMessageWithAi {
    const CONSTRUCTOR_ID: u32 = 0xdaecc589;
    const NAME: &'static str = "messages.composeMessageWithAI";
}

impl Serialize for ComposeMessageWithAi {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.proofread { 1 << 0 } else { 0 }
            | if self.translate_to_lang.is_some() { 1 << 1 } else { 0 }
            | if self.tone.is_some() { 1 << 2 } else { 0 }
            | if self.emojify { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.text.serialize(buf);
        if let Some(v) = &self.translate_to_lang {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.tone {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ComposeMessageWithAi {
    type Return = crate::enums::messages::ComposedMessageWithAI;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ComposeMessageWithAi {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_proofread = fl_flags & (1 << 0) != 0;
        let f_emojify = fl_flags & (1 << 3) != 0;
        let f_text = <crate::enums::TextWithEntities>::deserialize(r)?;
        let f_translate_to_lang = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_tone = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputAiComposeTone>::deserialize(r)?) } else { None };
        Ok(Self { proofread: f_proofread, emojify: f_emojify, text: f_text, translate_to_lang: f_translate_to_lang, tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposeMessageWithAi {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("proofread");
        self.proofread.write_json(w);
        w.key("emojify");
        self.emojify.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("translate_to_lang");
        self.translate_to_lang.write_json(w);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `messages.reportReadMetrics#4067c5e6 peer:InputPeer metrics:Vector<InputMessageReadMetric> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportReadMetrics {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `metrics:Vector<InputMessageReadMetric>`
    pub metrics: Vec<crate::enums::InputMessageReadMetric>,
}

impl Identifiable for ReportReadMetrics {
    const CONSTRUCTOR_ID: u32 = 0x4067c5e6;
    const NAME: &'static str = "messages.reportReadMetrics";
}

impl Serialize for ReportReadMetrics {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.metrics.serialize(buf);
    }
}

impl RemoteCall for ReportReadMetrics {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportReadMetrics {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_metrics = <Vec<crate::enums::InputMessageReadMetric>>::deserialize(r)?;
        Ok(Self { peer: f_peer, metrics: f_metrics })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportReadMetrics {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("metrics");
        self.metrics.write_json(w);
        w.end_object();
    }
}

/// `messages.reportMusicListen#ddbcd819 id:InputDocument listened_duration:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMusicListen {
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `listened_duration:int`
    pub listened_duration: i32,
}

impl Identifiable for ReportMusicListen {
    const CONSTRUCTOR_ID: u32 = 0xddbcd819;
    const NAME: &'static str = "messages.reportMusicListen";
}

impl Serialize for ReportMusicListen {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.listened_duration.serialize(buf);
    }
}

impl RemoteCall for ReportMusicListen {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportMusicListen {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_listened_duration = <i32>::deserialize(r)?;
        Ok(Self { id: f_id, listened_duration: f_listened_duration })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportMusicListen {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("listened_duration");
        self.listened_duration.write_json(w);
        w.end_object();
    }
}

/// `messages.addPollAnswer#19bc4b6d peer:InputPeer msg_id:int answer:PollAnswer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AddPollAnswer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `answer:PollAnswer`
    pub answer: crate::enums::PollAnswer,
}

impl Identifiable for AddPollAnswer {
    const CONSTRUCTOR_ID: u32 = 0x19bc4b6d;
    const NAME: &'static str = "messages.addPollAnswer";
}

impl Serialize for AddPollAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.answer.serialize(buf);
    }
}

impl RemoteCall for AddPollAnswer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddPollAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_answer = <crate::enums::PollAnswer>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, answer: f_answer })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddPollAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("answer");
        self.answer.write_json(w);
        w.end_object();
    }
}

/// `messages.deletePollAnswer#ac8505a5 peer:InputPeer msg_id:int option:bytes = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePollAnswer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `option:bytes`
    pub option: Vec<u8>,
}

impl Identifiable for DeletePollAnswer {
    const CONSTRUCTOR_ID: u32 = 0xac8505a5;
    const NAME: &'static str = "messages.deletePollAnswer";
}

impl Serialize for DeletePollAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.option.serialize(buf);
    }
}

impl RemoteCall for DeletePollAnswer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeletePollAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_option = <Vec<u8>>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, option: f_option })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeletePollAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("option");
        self.option.write_json(w);
        w.end_object();
    }
}

/// `messages.getUnreadPollVotes#43286cf2 flags:# peer:InputPeer top_msg_id:flags.0?int offset_id:int add_offset:int limit:int max_id:int min_id:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUnreadPollVotes {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `add_offset:int`
    pub add_offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
}

impl Identifiable for GetUnreadPollVotes {
    const CONSTRUCTOR_ID: u32 = 0x43286cf2;
    const NAME: &'static str = "messages.getUnreadPollVotes";
}

impl Serialize for GetUnreadPollVotes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
        self.offset_id.serialize(buf);
        self.add_offset.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
    }
}

impl RemoteCall for GetUnreadPollVotes {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUnreadPollVotes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_id = <i32>::deserialize(r)?;
        let f_add_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id, offset_id: f_offset_id, add_offset: f_add_offset, limit: f_limit, max_id: f_max_id, min_id: f_min_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUnreadPollVotes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("add_offset");
        self.add_offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.end_object();
    }
}

/// `messages.readPollVotes#1720b4d8 flags:# peer:InputPeer top_msg_id:flags.0?int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadPollVotes {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `top_msg_id:flags.0?int`
    pub top_msg_id: Option<i32>,
}

impl Identifiable for ReadPollVotes {
    const CONSTRUCTOR_ID: u32 = 0x1720b4d8;
    const NAME: &'static str = "messages.readPollVotes";
}

impl Serialize for ReadPollVotes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.top_msg_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.top_msg_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ReadPollVotes {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadPollVotes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_top_msg_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, top_msg_id: f_top_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadPollVotes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("top_msg_id");
        self.top_msg_id.write_json(w);
        w.end_object();
    }
}

/// `messages.setBotGuestChatResult#b8f106e3 query_id:long result:InputBotInlineResult = InputBotInlineMessageID`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotGuestChatResult {
    /// `query_id:long`
    pub query_id: i64,
    /// `result:InputBotInlineResult`
    pub result: crate::enums::InputBotInlineResult,
}

impl Identifiable for SetBotGuestChatResult {
    const CONSTRUCTOR_ID: u32 = 0xb8f106e3;
    const NAME: &'static str = "messages.setBotGuestChatResult";
}

impl Serialize for SetBotGuestChatResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.query_id.serialize(buf);
        self.result.serialize(buf);
    }
}

impl RemoteCall for SetBotGuestChatResult {
    type Return = crate::enums::InputBotInlineMessageID;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotGuestChatResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_query_id = <i64>::deserialize(r)?;
        let f_result = <crate::enums::InputBotInlineResult>::deserialize(r)?;
        Ok(Self { query_id: f_query_id, result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotGuestChatResult {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteParticipantReactions#a0b80cf8 peer:InputPeer participant:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteParticipantReactions {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for DeleteParticipantReactions {
    const CONSTRUCTOR_ID: u32 = 0xa0b80cf8;
    const NAME: &'static str = "messages.deleteParticipantReactions";
}

impl Serialize for DeleteParticipantReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for DeleteParticipantReactions {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteParticipantReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteParticipantReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `messages.deleteParticipantReaction#e3b7f82c peer:InputPeer msg_id:int participant:InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteParticipantReaction {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for DeleteParticipantReaction {
    const CONSTRUCTOR_ID: u32 = 0xe3b7f82c;
    const NAME: &'static str = "messages.deleteParticipantReaction";
}

impl Serialize for DeleteParticipantReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for DeleteParticipantReaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteParticipantReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteParticipantReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `messages.getPersonalChannelHistory#55fb0996 user_id:InputUser limit:int max_id:int min_id:int hash:long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPersonalChannelHistory {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `limit:int`
    pub limit: i32,
    /// `max_id:int`
    pub max_id: i32,
    /// `min_id:int`
    pub min_id: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetPersonalChannelHistory {
    const CONSTRUCTOR_ID: u32 = 0x55fb0996;
    const NAME: &'static str = "messages.getPersonalChannelHistory";
}

impl Serialize for GetPersonalChannelHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.limit.serialize(buf);
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetPersonalChannelHistory {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPersonalChannelHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        let f_min_id = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, limit: f_limit, max_id: f_max_id, min_id: f_min_id, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPersonalChannelHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `messages.getRichMessage#501569cf peer:InputPeer id:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRichMessage {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for GetRichMessage {
    const CONSTRUCTOR_ID: u32 = 0x501569cf;
    const NAME: &'static str = "messages.getRichMessage";
}

impl Serialize for GetRichMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetRichMessage {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRichMessage {
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
impl ToJson for GetRichMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `messages.translateRichMessage#1a542004 flags:# peer:flags.0?InputPeer id:flags.0?Vector<int> text:flags.1?Vector<InputRichMessage> to_lang:string tone:flags.2?string = messages.TranslatedRichMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct TranslateRichMessage {
    /// `peer:flags.0?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `id:flags.0?Vector<int>`
    pub id: Option<Vec<i32>>,
    /// `text:flags.1?Vector<InputRichMessage>`
    pub text: Option<Vec<crate::enums::InputRichMessage>>,
    /// `to_lang:string`
    pub to_lang: mtrs_tl::TlString,
    /// `tone:flags.2?string`
    pub tone: Option<mtrs_tl::TlString>,
}

impl Identifiable for TranslateRichMessage {
    const CONSTRUCTOR_ID: u32 = 0x1a542004;
    const NAME: &'static str = "messages.translateRichMessage";
}

impl Serialize for TranslateRichMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if (self.peer.is_some() || self.id.is_some()) && self.peer.is_some() { 1 << 0 } else { 0 }
            | if self.text.is_some() { 1 << 1 } else { 0 }
            | if self.tone.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 0) != 0 {
            match &self.peer {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<i32> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.text {
            (*v).serialize(buf);
        }
        self.to_lang.serialize(buf);
        if let Some(v) = &self.tone {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TranslateRichMessage {
    type Return = crate::enums::messages::TranslatedRichMessage;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TranslateRichMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_id = if fl_flags & (1 << 0) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_text = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::InputRichMessage>>::deserialize(r)?) } else { None };
        let f_to_lang = <mtrs_tl::TlString>::deserialize(r)?;
        let f_tone = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, id: f_id, text: f_text, to_lang: f_to_lang, tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslateRichMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("to_lang");
        self.to_lang.write_json(w);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `messages.composeRichMessageWithAI#8d7ae6af flags:# proofread:flags.0?true emojify:flags.3?true text:flags.4?InputRichMessage translate_to_lang:flags.1?string tone:flags.2?InputAiComposeTone = messages.ComposedRichMessageWithAI`
#[derive(Debug, Clone, PartialEq)]
pub struct ComposeRichMessageWithAi {
    /// `proofread:flags.0?true`
    pub proofread: bool,
    /// `emojify:flags.3?true`
    pub emojify: bool,
    /// `text:flags.4?InputRichMessage`
    pub text: Option<crate::enums::InputRichMessage>,
    /// `translate_to_lang:flags.1?string`
    pub translate_to_lang: Option<mtrs_tl::TlString>,
    /// `tone:flags.2?InputAiComposeTone`
    pub tone: Option<crate::enums::InputAiComposeTone>,
}

impl Identifiable for ComposeRichMessageWithAi {
    const CONSTRUCTOR_ID: u32 = 0x8d7ae6af;
    const NAME: &'static str = "messages.composeRichMessageWithAI";
}

impl Serialize for ComposeRichMessageWithAi {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.proofread { 1 << 0 } else { 0 }
            | if self.translate_to_lang.is_some() { 1 << 1 } else { 0 }
            | if self.tone.is_some() { 1 << 2 } else { 0 }
            | if self.emojify { 1 << 3 } else { 0 }
            | if self.text.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.text {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.translate_to_lang {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.tone {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ComposeRichMessageWithAi {
    type Return = crate::enums::messages::ComposedRichMessageWithAI;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ComposeRichMessageWithAi {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_proofread = fl_flags & (1 << 0) != 0;
        let f_emojify = fl_flags & (1 << 3) != 0;
        let f_text = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputRichMessage>::deserialize(r)?) } else { None };
        let f_translate_to_lang = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_tone = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputAiComposeTone>::deserialize(r)?) } else { None };
        Ok(Self { proofread: f_proofread, emojify: f_emojify, text: f_text, translate_to_lang: f_translate_to_lang, tone: f_tone })
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposeRichMessageWithAi {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("proofread");
        self.proofread.write_json(w);
        w.key("emojify");
        self.emojify.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("translate_to_lang");
        self.translate_to_lang.write_json(w);
        w.key("tone");
        self.tone.write_json(w);
        w.end_object();
    }
}

/// `messages.requestChatJoinWebView#ba9ee679 flags:# query_id:long theme_params:flags.0?DataJSON platform:string = WebViewResult`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestChatJoinWebView {
    /// `query_id:long`
    pub query_id: i64,
    /// `theme_params:flags.0?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
    /// `platform:string`
    pub platform: mtrs_tl::TlString,
}

impl Identifiable for RequestChatJoinWebView {
    const CONSTRUCTOR_ID: u32 = 0xba9ee679;
    const NAME: &'static str = "messages.requestChatJoinWebView";
}

impl Serialize for RequestChatJoinWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.theme_params.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
        self.platform.serialize(buf);
    }
}

impl RemoteCall for RequestChatJoinWebView {
    type Return = crate::enums::WebViewResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestChatJoinWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_query_id = <i64>::deserialize(r)?;
        let f_theme_params = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_platform = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { query_id: f_query_id, theme_params: f_theme_params, platform: f_platform })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestChatJoinWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.key("platform");
        self.platform.write_json(w);
        w.end_object();
    }
}
