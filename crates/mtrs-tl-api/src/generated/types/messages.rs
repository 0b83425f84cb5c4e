// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `messages` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `messages.dialogs#15ba6c40 dialogs:Vector<Dialog> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.Dialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct Dialogs {
    /// `dialogs:Vector<Dialog>`
    pub dialogs: Vec<crate::enums::Dialog>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Dialogs {
    const CONSTRUCTOR_ID: u32 = 0x15ba6c40;
    const NAME: &'static str = "messages.dialogs";
}

impl Serialize for Dialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Dialogs {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dialogs.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Dialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Dialogs {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dialogs = <Vec<crate::enums::Dialog>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { dialogs: f_dialogs, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Dialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dialogs");
        self.dialogs.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Dialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialogs, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.dialogsSlice#71e094f3 count:int dialogs:Vector<Dialog> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.Dialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct DialogsSlice {
    /// `count:int`
    pub count: i32,
    /// `dialogs:Vector<Dialog>`
    pub dialogs: Vec<crate::enums::Dialog>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for DialogsSlice {
    const CONSTRUCTOR_ID: u32 = 0x71e094f3;
    const NAME: &'static str = "messages.dialogsSlice";
}

impl Serialize for DialogsSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DialogsSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.dialogs.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for DialogsSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DialogsSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_dialogs = <Vec<crate::enums::Dialog>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, dialogs: f_dialogs, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for DialogsSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("dialogs");
        self.dialogs.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DialogsSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialogs, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.dialogsNotModified#f0e3e596 count:int = messages.Dialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct DialogsNotModified {
    /// `count:int`
    pub count: i32,
}

impl Identifiable for DialogsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xf0e3e596;
    const NAME: &'static str = "messages.dialogsNotModified";
}

impl Serialize for DialogsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DialogsNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
    }
}

impl Deserialize for DialogsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DialogsNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for DialogsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DialogsNotModified {}

/// `messages.messages#1d73e7ea messages:Vector<Message> topics:Vector<ForumTopic> chats:Vector<Chat> users:Vector<User> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct Messages {
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `topics:Vector<ForumTopic>`
    pub topics: Vec<crate::enums::ForumTopic>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Messages {
    const CONSTRUCTOR_ID: u32 = 0x1d73e7ea;
    const NAME: &'static str = "messages.messages";
}

impl Serialize for Messages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Messages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.messages.serialize(buf);
        self.topics.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Messages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Messages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_topics = <Vec<crate::enums::ForumTopic>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { messages: f_messages, topics: f_topics, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Messages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("messages");
        self.messages.write_json(w);
        w.key("topics");
        self.topics.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Messages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.topics, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.messagesSlice#5f206716 flags:# inexact:flags.1?true count:int next_rate:flags.0?int offset_id_offset:flags.2?int search_flood:flags.3?SearchPostsFlood messages:Vector<Message> topics:Vector<ForumTopic> chats:Vector<Chat> users:Vector<User> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct MessagesSlice {
    /// `inexact:flags.1?true`
    pub inexact: bool,
    /// `count:int`
    pub count: i32,
    /// `next_rate:flags.0?int`
    pub next_rate: Option<i32>,
    /// `offset_id_offset:flags.2?int`
    pub offset_id_offset: Option<i32>,
    /// `search_flood:flags.3?SearchPostsFlood`
    pub search_flood: Option<crate::enums::SearchPostsFlood>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `topics:Vector<ForumTopic>`
    pub topics: Vec<crate::enums::ForumTopic>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for MessagesSlice {
    const CONSTRUCTOR_ID: u32 = 0x5f206716;
    const NAME: &'static str = "messages.messagesSlice";
}

impl Serialize for MessagesSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessagesSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_rate.is_some() { 1 << 0 } else { 0 }
            | if self.inexact { 1 << 1 } else { 0 }
            | if self.offset_id_offset.is_some() { 1 << 2 } else { 0 }
            | if self.search_flood.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        if let Some(v) = &self.next_rate {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.offset_id_offset {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.search_flood {
            (*v).serialize(buf);
        }
        self.messages.serialize(buf);
        self.topics.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for MessagesSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessagesSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_inexact = fl_flags & (1 << 1) != 0;
        let f_count = <i32>::deserialize(r)?;
        let f_next_rate = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_id_offset = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_search_flood = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::SearchPostsFlood>::deserialize(r)?) } else { None };
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_topics = <Vec<crate::enums::ForumTopic>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { inexact: f_inexact, count: f_count, next_rate: f_next_rate, offset_id_offset: f_offset_id_offset, search_flood: f_search_flood, messages: f_messages, topics: f_topics, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessagesSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inexact");
        self.inexact.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("next_rate");
        self.next_rate.write_json(w);
        w.key("offset_id_offset");
        self.offset_id_offset.write_json(w);
        w.key("search_flood");
        self.search_flood.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("topics");
        self.topics.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessagesSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.topics, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.channelMessages#c776ba4e flags:# inexact:flags.1?true pts:int count:int offset_id_offset:flags.2?int messages:Vector<Message> topics:Vector<ForumTopic> chats:Vector<Chat> users:Vector<User> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelMessages {
    /// `inexact:flags.1?true`
    pub inexact: bool,
    /// `pts:int`
    pub pts: i32,
    /// `count:int`
    pub count: i32,
    /// `offset_id_offset:flags.2?int`
    pub offset_id_offset: Option<i32>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `topics:Vector<ForumTopic>`
    pub topics: Vec<crate::enums::ForumTopic>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChannelMessages {
    const CONSTRUCTOR_ID: u32 = 0xc776ba4e;
    const NAME: &'static str = "messages.channelMessages";
}

impl Serialize for ChannelMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelMessages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.inexact { 1 << 1 } else { 0 }
            | if self.offset_id_offset.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.pts.serialize(buf);
        self.count.serialize(buf);
        if let Some(v) = &self.offset_id_offset {
            (*v).serialize(buf);
        }
        self.messages.serialize(buf);
        self.topics.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChannelMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelMessages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_inexact = fl_flags & (1 << 1) != 0;
        let f_pts = <i32>::deserialize(r)?;
        let f_count = <i32>::deserialize(r)?;
        let f_offset_id_offset = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_topics = <Vec<crate::enums::ForumTopic>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { inexact: f_inexact, pts: f_pts, count: f_count, offset_id_offset: f_offset_id_offset, messages: f_messages, topics: f_topics, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inexact");
        self.inexact.write_json(w);
        w.key("pts");
        self.pts.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("offset_id_offset");
        self.offset_id_offset.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("topics");
        self.topics.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelMessages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.topics, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.messagesNotModified#74535f21 count:int = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct MessagesNotModified {
    /// `count:int`
    pub count: i32,
}

impl Identifiable for MessagesNotModified {
    const CONSTRUCTOR_ID: u32 = 0x74535f21;
    const NAME: &'static str = "messages.messagesNotModified";
}

impl Serialize for MessagesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessagesNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
    }
}

impl Deserialize for MessagesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessagesNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessagesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessagesNotModified {}

/// `messages.chats#64ff9fd5 chats:Vector<Chat> = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct Chats {
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
}

impl Identifiable for Chats {
    const CONSTRUCTOR_ID: u32 = 0x64ff9fd5;
    const NAME: &'static str = "messages.chats";
}

impl Serialize for Chats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Chats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.chats.serialize(buf);
    }
}

impl Deserialize for Chats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Chats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        Ok(Self { chats: f_chats })
    }
}

#[cfg(feature = "json")]
impl ToJson for Chats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chats");
        self.chats.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Chats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
    }
}

/// `messages.chatsSlice#9cd81144 count:int chats:Vector<Chat> = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatsSlice {
    /// `count:int`
    pub count: i32,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
}

impl Identifiable for ChatsSlice {
    const CONSTRUCTOR_ID: u32 = 0x9cd81144;
    const NAME: &'static str = "messages.chatsSlice";
}

impl Serialize for ChatsSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatsSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.chats.serialize(buf);
    }
}

impl Deserialize for ChatsSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatsSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        Ok(Self { count: f_count, chats: f_chats })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatsSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatsSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
    }
}

/// `messages.chatFull#e5d7d19c full_chat:ChatFull chats:Vector<Chat> users:Vector<User> = messages.ChatFull`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatFull {
    /// `full_chat:ChatFull`
    pub full_chat: crate::enums::ChatFull,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatFull {
    const CONSTRUCTOR_ID: u32 = 0xe5d7d19c;
    const NAME: &'static str = "messages.chatFull";
}

impl Serialize for ChatFull {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatFull {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.full_chat.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatFull {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatFull {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_full_chat = <crate::enums::ChatFull>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { full_chat: f_full_chat, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatFull {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("full_chat");
        self.full_chat.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatFull {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.full_chat, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.affectedHistory#b45c69d1 pts:int pts_count:int offset:int = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct AffectedHistory {
    /// `pts:int`
    pub pts: i32,
    /// `pts_count:int`
    pub pts_count: i32,
    /// `offset:int`
    pub offset: i32,
}

impl Identifiable for AffectedHistory {
    const CONSTRUCTOR_ID: u32 = 0xb45c69d1;
    const NAME: &'static str = "messages.affectedHistory";
}

impl Serialize for AffectedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AffectedHistory {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pts.serialize(buf);
        self.pts_count.serialize(buf);
        self.offset.serialize(buf);
    }
}

impl Deserialize for AffectedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AffectedHistory {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pts = <i32>::deserialize(r)?;
        let f_pts_count = <i32>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        Ok(Self { pts: f_pts, pts_count: f_pts_count, offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.key("pts_count");
        self.pts_count.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AffectedHistory {}

/// `messages.dhConfigNotModified#c0e24635 random:bytes = messages.DhConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct DhConfigNotModified {
    /// `random:bytes`
    pub random: Vec<u8>,
}

impl Identifiable for DhConfigNotModified {
    const CONSTRUCTOR_ID: u32 = 0xc0e24635;
    const NAME: &'static str = "messages.dhConfigNotModified";
}

impl Serialize for DhConfigNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DhConfigNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.random.serialize(buf);
    }
}

impl Deserialize for DhConfigNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DhConfigNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_random = <Vec<u8>>::deserialize(r)?;
        Ok(Self { random: f_random })
    }
}

#[cfg(feature = "json")]
impl ToJson for DhConfigNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("random");
        self.random.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DhConfigNotModified {}

/// `messages.dhConfig#2c221edd g:int p:bytes version:int random:bytes = messages.DhConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct DhConfig {
    /// `g:int`
    pub g: i32,
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `version:int`
    pub version: i32,
    /// `random:bytes`
    pub random: Vec<u8>,
}

impl Identifiable for DhConfig {
    const CONSTRUCTOR_ID: u32 = 0x2c221edd;
    const NAME: &'static str = "messages.dhConfig";
}

impl Serialize for DhConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DhConfig {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.g.serialize(buf);
        self.p.serialize(buf);
        self.version.serialize(buf);
        self.random.serialize(buf);
    }
}

impl Deserialize for DhConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DhConfig {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_g = <i32>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_version = <i32>::deserialize(r)?;
        let f_random = <Vec<u8>>::deserialize(r)?;
        Ok(Self { g: f_g, p: f_p, version: f_version, random: f_random })
    }
}

#[cfg(feature = "json")]
impl ToJson for DhConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("g");
        self.g.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("version");
        self.version.write_json(w);
        w.key("random");
        self.random.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DhConfig {}

/// `messages.sentEncryptedMessage#560f8935 date:int = messages.SentEncryptedMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SentEncryptedMessage {
    /// `date:int`
    pub date: i32,
}

impl Identifiable for SentEncryptedMessage {
    const CONSTRUCTOR_ID: u32 = 0x560f8935;
    const NAME: &'static str = "messages.sentEncryptedMessage";
}

impl Serialize for SentEncryptedMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentEncryptedMessage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.date.serialize(buf);
    }
}

impl Deserialize for SentEncryptedMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentEncryptedMessage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_date = <i32>::deserialize(r)?;
        Ok(Self { date: f_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentEncryptedMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentEncryptedMessage {}

/// `messages.sentEncryptedFile#9493ff32 date:int file:EncryptedFile = messages.SentEncryptedMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct SentEncryptedFile {
    /// `date:int`
    pub date: i32,
    /// `file:EncryptedFile`
    pub file: crate::enums::EncryptedFile,
}

impl Identifiable for SentEncryptedFile {
    const CONSTRUCTOR_ID: u32 = 0x9493ff32;
    const NAME: &'static str = "messages.sentEncryptedFile";
}

impl Serialize for SentEncryptedFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentEncryptedFile {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.date.serialize(buf);
        self.file.serialize(buf);
    }
}

impl Deserialize for SentEncryptedFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentEncryptedFile {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_date = <i32>::deserialize(r)?;
        let f_file = <crate::enums::EncryptedFile>::deserialize(r)?;
        Ok(Self { date: f_date, file: f_file })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentEncryptedFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentEncryptedFile {}

/// `messages.stickersNotModified#f1749a22 = messages.Stickers`
#[derive(Debug, Clone, PartialEq)]
pub struct StickersNotModified;

impl Identifiable for StickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0xf1749a22;
    const NAME: &'static str = "messages.stickersNotModified";
}

impl Serialize for StickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StickersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StickersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StickersNotModified {}

/// `messages.stickers#30a6ec7e hash:long stickers:Vector<Document> = messages.Stickers`
#[derive(Debug, Clone, PartialEq)]
pub struct Stickers {
    /// `hash:long`
    pub hash: i64,
    /// `stickers:Vector<Document>`
    pub stickers: Vec<crate::enums::Document>,
}

impl Identifiable for Stickers {
    const CONSTRUCTOR_ID: u32 = 0x30a6ec7e;
    const NAME: &'static str = "messages.stickers";
}

impl Serialize for Stickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Stickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.stickers.serialize(buf);
    }
}

impl Deserialize for Stickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Stickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_stickers = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { hash: f_hash, stickers: f_stickers })
    }
}

#[cfg(feature = "json")]
impl ToJson for Stickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("stickers");
        self.stickers.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Stickers {}

/// `messages.allStickersNotModified#e86602c3 = messages.AllStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct AllStickersNotModified;

impl Identifiable for AllStickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0xe86602c3;
    const NAME: &'static str = "messages.allStickersNotModified";
}

impl Serialize for AllStickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AllStickersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for AllStickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AllStickersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for AllStickersNotModified {}

/// `messages.allStickers#cdbbcebb hash:long sets:Vector<StickerSet> = messages.AllStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct AllStickers {
    /// `hash:long`
    pub hash: i64,
    /// `sets:Vector<StickerSet>`
    pub sets: Vec<crate::enums::StickerSet>,
}

impl Identifiable for AllStickers {
    const CONSTRUCTOR_ID: u32 = 0xcdbbcebb;
    const NAME: &'static str = "messages.allStickers";
}

impl Serialize for AllStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AllStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.sets.serialize(buf);
    }
}

impl Deserialize for AllStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AllStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_sets = <Vec<crate::enums::StickerSet>>::deserialize(r)?;
        Ok(Self { hash: f_hash, sets: f_sets })
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("sets");
        self.sets.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AllStickers {}

/// `messages.affectedMessages#84d19185 pts:int pts_count:int = messages.AffectedMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct AffectedMessages {
    /// `pts:int`
    pub pts: i32,
    /// `pts_count:int`
    pub pts_count: i32,
}

impl Identifiable for AffectedMessages {
    const CONSTRUCTOR_ID: u32 = 0x84d19185;
    const NAME: &'static str = "messages.affectedMessages";
}

impl Serialize for AffectedMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AffectedMessages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pts.serialize(buf);
        self.pts_count.serialize(buf);
    }
}

impl Deserialize for AffectedMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AffectedMessages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pts = <i32>::deserialize(r)?;
        let f_pts_count = <i32>::deserialize(r)?;
        Ok(Self { pts: f_pts, pts_count: f_pts_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.key("pts_count");
        self.pts_count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AffectedMessages {}

/// `messages.stickerSet#6e153f16 set:StickerSet packs:Vector<StickerPack> keywords:Vector<StickerKeyword> documents:Vector<Document> = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct StickerSet {
    /// `set:StickerSet`
    pub set: crate::enums::StickerSet,
    /// `packs:Vector<StickerPack>`
    pub packs: Vec<crate::enums::StickerPack>,
    /// `keywords:Vector<StickerKeyword>`
    pub keywords: Vec<crate::enums::StickerKeyword>,
    /// `documents:Vector<Document>`
    pub documents: Vec<crate::enums::Document>,
}

impl Identifiable for StickerSet {
    const CONSTRUCTOR_ID: u32 = 0x6e153f16;
    const NAME: &'static str = "messages.stickerSet";
}

impl Serialize for StickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StickerSet {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.set.serialize(buf);
        self.packs.serialize(buf);
        self.keywords.serialize(buf);
        self.documents.serialize(buf);
    }
}

impl Deserialize for StickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StickerSet {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_set = <crate::enums::StickerSet>::deserialize(r)?;
        let f_packs = <Vec<crate::enums::StickerPack>>::deserialize(r)?;
        let f_keywords = <Vec<crate::enums::StickerKeyword>>::deserialize(r)?;
        let f_documents = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { set: f_set, packs: f_packs, keywords: f_keywords, documents: f_documents })
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("set");
        self.set.write_json(w);
        w.key("packs");
        self.packs.write_json(w);
        w.key("keywords");
        self.keywords.write_json(w);
        w.key("documents");
        self.documents.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StickerSet {}

/// `messages.stickerSetNotModified#d3f924eb = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct StickerSetNotModified;

impl Identifiable for StickerSetNotModified {
    const CONSTRUCTOR_ID: u32 = 0xd3f924eb;
    const NAME: &'static str = "messages.stickerSetNotModified";
}

impl Serialize for StickerSetNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StickerSetNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StickerSetNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StickerSetNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSetNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StickerSetNotModified {}

/// `messages.savedGifsNotModified#e8025ca2 = messages.SavedGifs`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedGifsNotModified;

impl Identifiable for SavedGifsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xe8025ca2;
    const NAME: &'static str = "messages.savedGifsNotModified";
}

impl Serialize for SavedGifsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedGifsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SavedGifsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedGifsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedGifsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedGifsNotModified {}

/// `messages.savedGifs#84a02a0d hash:long gifs:Vector<Document> = messages.SavedGifs`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedGifs {
    /// `hash:long`
    pub hash: i64,
    /// `gifs:Vector<Document>`
    pub gifs: Vec<crate::enums::Document>,
}

impl Identifiable for SavedGifs {
    const CONSTRUCTOR_ID: u32 = 0x84a02a0d;
    const NAME: &'static str = "messages.savedGifs";
}

impl Serialize for SavedGifs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedGifs {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.gifs.serialize(buf);
    }
}

impl Deserialize for SavedGifs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedGifs {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_gifs = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { hash: f_hash, gifs: f_gifs })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedGifs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("gifs");
        self.gifs.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedGifs {}

/// `messages.botResults#e021f2f6 flags:# gallery:flags.0?true query_id:long next_offset:flags.1?string switch_pm:flags.2?InlineBotSwitchPM switch_webview:flags.3?InlineBotWebView results:Vector<BotInlineResult> cache_time:int users:Vector<User> = messages.BotResults`
#[derive(Debug, Clone, PartialEq)]
pub struct BotResults {
    /// `gallery:flags.0?true`
    pub gallery: bool,
    /// `query_id:long`
    pub query_id: i64,
    /// `next_offset:flags.1?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `switch_pm:flags.2?InlineBotSwitchPM`
    pub switch_pm: Option<crate::enums::InlineBotSwitchPM>,
    /// `switch_webview:flags.3?InlineBotWebView`
    pub switch_webview: Option<crate::enums::InlineBotWebView>,
    /// `results:Vector<BotInlineResult>`
    pub results: Vec<crate::enums::BotInlineResult>,
    /// `cache_time:int`
    pub cache_time: i32,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for BotResults {
    const CONSTRUCTOR_ID: u32 = 0xe021f2f6;
    const NAME: &'static str = "messages.botResults";
}

impl Serialize for BotResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BotResults {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.gallery { 1 << 0 } else { 0 }
            | if self.next_offset.is_some() { 1 << 1 } else { 0 }
            | if self.switch_pm.is_some() { 1 << 2 } else { 0 }
            | if self.switch_webview.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.query_id.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.switch_pm {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.switch_webview {
            (*v).serialize(buf);
        }
        self.results.serialize(buf);
        self.cache_time.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for BotResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BotResults {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_gallery = fl_flags & (1 << 0) != 0;
        let f_query_id = <i64>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_switch_pm = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InlineBotSwitchPM>::deserialize(r)?) } else { None };
        let f_switch_webview = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::InlineBotWebView>::deserialize(r)?) } else { None };
        let f_results = <Vec<crate::enums::BotInlineResult>>::deserialize(r)?;
        let f_cache_time = <i32>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { gallery: f_gallery, query_id: f_query_id, next_offset: f_next_offset, switch_pm: f_switch_pm, switch_webview: f_switch_webview, results: f_results, cache_time: f_cache_time, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gallery");
        self.gallery.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("switch_pm");
        self.switch_pm.write_json(w);
        w.key("switch_webview");
        self.switch_webview.write_json(w);
        w.key("results");
        self.results.write_json(w);
        w.key("cache_time");
        self.cache_time.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BotResults {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.results, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.botCallbackAnswer#36585ea4 flags:# alert:flags.1?true has_url:flags.3?true native_ui:flags.4?true message:flags.0?string url:flags.2?string cache_time:int = messages.BotCallbackAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct BotCallbackAnswer {
    /// `alert:flags.1?true`
    pub alert: bool,
    /// `has_url:flags.3?true`
    pub has_url: bool,
    /// `native_ui:flags.4?true`
    pub native_ui: bool,
    /// `message:flags.0?string`
    pub message: Option<mtrs_tl::TlString>,
    /// `url:flags.2?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `cache_time:int`
    pub cache_time: i32,
}

impl Identifiable for BotCallbackAnswer {
    const CONSTRUCTOR_ID: u32 = 0x36585ea4;
    const NAME: &'static str = "messages.botCallbackAnswer";
}

impl Serialize for BotCallbackAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BotCallbackAnswer {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.message.is_some() { 1 << 0 } else { 0 }
            | if self.alert { 1 << 1 } else { 0 }
            | if self.url.is_some() { 1 << 2 } else { 0 }
            | if self.has_url { 1 << 3 } else { 0 }
            | if self.native_ui { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        self.cache_time.serialize(buf);
    }
}

impl Deserialize for BotCallbackAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BotCallbackAnswer {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_alert = fl_flags & (1 << 1) != 0;
        let f_has_url = fl_flags & (1 << 3) != 0;
        let f_native_ui = fl_flags & (1 << 4) != 0;
        let f_message = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_url = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_cache_time = <i32>::deserialize(r)?;
        Ok(Self { alert: f_alert, has_url: f_has_url, native_ui: f_native_ui, message: f_message, url: f_url, cache_time: f_cache_time })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotCallbackAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("alert");
        self.alert.write_json(w);
        w.key("has_url");
        self.has_url.write_json(w);
        w.key("native_ui");
        self.native_ui.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("cache_time");
        self.cache_time.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BotCallbackAnswer {}

/// `messages.messageEditData#26b5dde6 flags:# caption:flags.0?true = messages.MessageEditData`
#[derive(Debug, Clone, PartialEq)]
pub struct MessageEditData {
    /// `caption:flags.0?true`
    pub caption: bool,
}

impl Identifiable for MessageEditData {
    const CONSTRUCTOR_ID: u32 = 0x26b5dde6;
    const NAME: &'static str = "messages.messageEditData";
}

impl Serialize for MessageEditData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessageEditData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.caption { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl Deserialize for MessageEditData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessageEditData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_caption = fl_flags & (1 << 0) != 0;
        Ok(Self { caption: f_caption })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageEditData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("caption");
        self.caption.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessageEditData {}

/// `messages.peerDialogs#3371c354 dialogs:Vector<Dialog> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> state:updates.State = messages.PeerDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerDialogs {
    /// `dialogs:Vector<Dialog>`
    pub dialogs: Vec<crate::enums::Dialog>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `state:updates.State`
    pub state: crate::enums::updates::State,
}

impl Identifiable for PeerDialogs {
    const CONSTRUCTOR_ID: u32 = 0x3371c354;
    const NAME: &'static str = "messages.peerDialogs";
}

impl Serialize for PeerDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerDialogs {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dialogs.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.state.serialize(buf);
    }
}

impl Deserialize for PeerDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerDialogs {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dialogs = <Vec<crate::enums::Dialog>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_state = <crate::enums::updates::State>::deserialize(r)?;
        Ok(Self { dialogs: f_dialogs, messages: f_messages, chats: f_chats, users: f_users, state: f_state })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dialogs");
        self.dialogs.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("state");
        self.state.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerDialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialogs, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.featuredStickersNotModified#c6dc0c66 count:int = messages.FeaturedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FeaturedStickersNotModified {
    /// `count:int`
    pub count: i32,
}

impl Identifiable for FeaturedStickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0xc6dc0c66;
    const NAME: &'static str = "messages.featuredStickersNotModified";
}

impl Serialize for FeaturedStickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FeaturedStickersNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
    }
}

impl Deserialize for FeaturedStickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FeaturedStickersNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for FeaturedStickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FeaturedStickersNotModified {}

/// `messages.featuredStickers#be382906 flags:# premium:flags.0?true hash:long count:int sets:Vector<StickerSetCovered> unread:Vector<long> = messages.FeaturedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FeaturedStickers {
    /// `premium:flags.0?true`
    pub premium: bool,
    /// `hash:long`
    pub hash: i64,
    /// `count:int`
    pub count: i32,
    /// `sets:Vector<StickerSetCovered>`
    pub sets: Vec<crate::enums::StickerSetCovered>,
    /// `unread:Vector<long>`
    pub unread: Vec<i64>,
}

impl Identifiable for FeaturedStickers {
    const CONSTRUCTOR_ID: u32 = 0xbe382906;
    const NAME: &'static str = "messages.featuredStickers";
}

impl Serialize for FeaturedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FeaturedStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.premium { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.hash.serialize(buf);
        self.count.serialize(buf);
        self.sets.serialize(buf);
        self.unread.serialize(buf);
    }
}

impl Deserialize for FeaturedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FeaturedStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_premium = fl_flags & (1 << 0) != 0;
        let f_hash = <i64>::deserialize(r)?;
        let f_count = <i32>::deserialize(r)?;
        let f_sets = <Vec<crate::enums::StickerSetCovered>>::deserialize(r)?;
        let f_unread = <Vec<i64>>::deserialize(r)?;
        Ok(Self { premium: f_premium, hash: f_hash, count: f_count, sets: f_sets, unread: f_unread })
    }
}

#[cfg(feature = "json")]
impl ToJson for FeaturedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("premium");
        self.premium.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("sets");
        self.sets.write_json(w);
        w.key("unread");
        self.unread.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FeaturedStickers {}

/// `messages.recentStickersNotModified#0b17f890 = messages.RecentStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct RecentStickersNotModified;

impl Identifiable for RecentStickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0x0b17f890;
    const NAME: &'static str = "messages.recentStickersNotModified";
}

impl Serialize for RecentStickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RecentStickersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for RecentStickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RecentStickersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for RecentStickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for RecentStickersNotModified {}

/// `messages.recentStickers#88d37c56 hash:long packs:Vector<StickerPack> stickers:Vector<Document> dates:Vector<int> = messages.RecentStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct RecentStickers {
    /// `hash:long`
    pub hash: i64,
    /// `packs:Vector<StickerPack>`
    pub packs: Vec<crate::enums::StickerPack>,
    /// `stickers:Vector<Document>`
    pub stickers: Vec<crate::enums::Document>,
    /// `dates:Vector<int>`
    pub dates: Vec<i32>,
}

impl Identifiable for RecentStickers {
    const CONSTRUCTOR_ID: u32 = 0x88d37c56;
    const NAME: &'static str = "messages.recentStickers";
}

impl Serialize for RecentStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RecentStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.packs.serialize(buf);
        self.stickers.serialize(buf);
        self.dates.serialize(buf);
    }
}

impl Deserialize for RecentStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RecentStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_packs = <Vec<crate::enums::StickerPack>>::deserialize(r)?;
        let f_stickers = <Vec<crate::enums::Document>>::deserialize(r)?;
        let f_dates = <Vec<i32>>::deserialize(r)?;
        Ok(Self { hash: f_hash, packs: f_packs, stickers: f_stickers, dates: f_dates })
    }
}

#[cfg(feature = "json")]
impl ToJson for RecentStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("packs");
        self.packs.write_json(w);
        w.key("stickers");
        self.stickers.write_json(w);
        w.key("dates");
        self.dates.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for RecentStickers {}

/// `messages.archivedStickers#4fcba9c8 count:int sets:Vector<StickerSetCovered> = messages.ArchivedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct ArchivedStickers {
    /// `count:int`
    pub count: i32,
    /// `sets:Vector<StickerSetCovered>`
    pub sets: Vec<crate::enums::StickerSetCovered>,
}

impl Identifiable for ArchivedStickers {
    const CONSTRUCTOR_ID: u32 = 0x4fcba9c8;
    const NAME: &'static str = "messages.archivedStickers";
}

impl Serialize for ArchivedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ArchivedStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.sets.serialize(buf);
    }
}

impl Deserialize for ArchivedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ArchivedStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_sets = <Vec<crate::enums::StickerSetCovered>>::deserialize(r)?;
        Ok(Self { count: f_count, sets: f_sets })
    }
}

#[cfg(feature = "json")]
impl ToJson for ArchivedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("sets");
        self.sets.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ArchivedStickers {}

/// `messages.stickerSetInstallResultSuccess#38641628 = messages.StickerSetInstallResult`
#[derive(Debug, Clone, PartialEq)]
pub struct StickerSetInstallResultSuccess;

impl Identifiable for StickerSetInstallResultSuccess {
    const CONSTRUCTOR_ID: u32 = 0x38641628;
    const NAME: &'static str = "messages.stickerSetInstallResultSuccess";
}

impl Serialize for StickerSetInstallResultSuccess {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StickerSetInstallResultSuccess {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StickerSetInstallResultSuccess {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StickerSetInstallResultSuccess {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSetInstallResultSuccess {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StickerSetInstallResultSuccess {}

/// `messages.stickerSetInstallResultArchive#35e410a8 sets:Vector<StickerSetCovered> = messages.StickerSetInstallResult`
#[derive(Debug, Clone, PartialEq)]
pub struct StickerSetInstallResultArchive {
    /// `sets:Vector<StickerSetCovered>`
    pub sets: Vec<crate::enums::StickerSetCovered>,
}

impl Identifiable for StickerSetInstallResultArchive {
    const CONSTRUCTOR_ID: u32 = 0x35e410a8;
    const NAME: &'static str = "messages.stickerSetInstallResultArchive";
}

impl Serialize for StickerSetInstallResultArchive {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StickerSetInstallResultArchive {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.sets.serialize(buf);
    }
}

impl Deserialize for StickerSetInstallResultArchive {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StickerSetInstallResultArchive {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_sets = <Vec<crate::enums::StickerSetCovered>>::deserialize(r)?;
        Ok(Self { sets: f_sets })
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSetInstallResultArchive {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sets");
        self.sets.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StickerSetInstallResultArchive {}

/// `messages.highScores#9a3bfd99 scores:Vector<HighScore> users:Vector<User> = messages.HighScores`
#[derive(Debug, Clone, PartialEq)]
pub struct HighScores {
    /// `scores:Vector<HighScore>`
    pub scores: Vec<crate::enums::HighScore>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for HighScores {
    const CONSTRUCTOR_ID: u32 = 0x9a3bfd99;
    const NAME: &'static str = "messages.highScores";
}

impl Serialize for HighScores {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for HighScores {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.scores.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for HighScores {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for HighScores {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_scores = <Vec<crate::enums::HighScore>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { scores: f_scores, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for HighScores {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("scores");
        self.scores.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for HighScores {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.favedStickersNotModified#9e8fa6d3 = messages.FavedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FavedStickersNotModified;

impl Identifiable for FavedStickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0x9e8fa6d3;
    const NAME: &'static str = "messages.favedStickersNotModified";
}

impl Serialize for FavedStickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FavedStickersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FavedStickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FavedStickersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FavedStickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FavedStickersNotModified {}

/// `messages.favedStickers#2cb51097 hash:long packs:Vector<StickerPack> stickers:Vector<Document> = messages.FavedStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FavedStickers {
    /// `hash:long`
    pub hash: i64,
    /// `packs:Vector<StickerPack>`
    pub packs: Vec<crate::enums::StickerPack>,
    /// `stickers:Vector<Document>`
    pub stickers: Vec<crate::enums::Document>,
}

impl Identifiable for FavedStickers {
    const CONSTRUCTOR_ID: u32 = 0x2cb51097;
    const NAME: &'static str = "messages.favedStickers";
}

impl Serialize for FavedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FavedStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.packs.serialize(buf);
        self.stickers.serialize(buf);
    }
}

impl Deserialize for FavedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FavedStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_packs = <Vec<crate::enums::StickerPack>>::deserialize(r)?;
        let f_stickers = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { hash: f_hash, packs: f_packs, stickers: f_stickers })
    }
}

#[cfg(feature = "json")]
impl ToJson for FavedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("packs");
        self.packs.write_json(w);
        w.key("stickers");
        self.stickers.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FavedStickers {}

/// `messages.foundStickerSetsNotModified#0d54b65d = messages.FoundStickerSets`
#[derive(Debug, Clone, PartialEq)]
pub struct FoundStickerSetsNotModified;

impl Identifiable for FoundStickerSetsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x0d54b65d;
    const NAME: &'static str = "messages.foundStickerSetsNotModified";
}

impl Serialize for FoundStickerSetsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FoundStickerSetsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FoundStickerSetsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FoundStickerSetsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickerSetsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FoundStickerSetsNotModified {}

/// `messages.foundStickerSets#8af09dd2 hash:long sets:Vector<StickerSetCovered> = messages.FoundStickerSets`
#[derive(Debug, Clone, PartialEq)]
pub struct FoundStickerSets {
    /// `hash:long`
    pub hash: i64,
    /// `sets:Vector<StickerSetCovered>`
    pub sets: Vec<crate::enums::StickerSetCovered>,
}

impl Identifiable for FoundStickerSets {
    const CONSTRUCTOR_ID: u32 = 0x8af09dd2;
    const NAME: &'static str = "messages.foundStickerSets";
}

impl Serialize for FoundStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FoundStickerSets {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.sets.serialize(buf);
    }
}

impl Deserialize for FoundStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FoundStickerSets {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_sets = <Vec<crate::enums::StickerSetCovered>>::deserialize(r)?;
        Ok(Self { hash: f_hash, sets: f_sets })
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("sets");
        self.sets.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FoundStickerSets {}

/// `messages.searchCounter#e844ebff flags:# inexact:flags.1?true filter:MessagesFilter count:int = messages.SearchCounter`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchCounter {
    /// `inexact:flags.1?true`
    pub inexact: bool,
    /// `filter:MessagesFilter`
    pub filter: crate::enums::MessagesFilter,
    /// `count:int`
    pub count: i32,
}

impl Identifiable for SearchCounter {
    const CONSTRUCTOR_ID: u32 = 0xe844ebff;
    const NAME: &'static str = "messages.searchCounter";
}

impl Serialize for SearchCounter {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SearchCounter {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.inexact { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.filter.serialize(buf);
        self.count.serialize(buf);
    }
}

impl Deserialize for SearchCounter {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SearchCounter {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_inexact = fl_flags & (1 << 1) != 0;
        let f_filter = <crate::enums::MessagesFilter>::deserialize(r)?;
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { inexact: f_inexact, filter: f_filter, count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchCounter {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inexact");
        self.inexact.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SearchCounter {}

/// `messages.inactiveChats#a927fec5 dates:Vector<int> chats:Vector<Chat> users:Vector<User> = messages.InactiveChats`
#[derive(Debug, Clone, PartialEq)]
pub struct InactiveChats {
    /// `dates:Vector<int>`
    pub dates: Vec<i32>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for InactiveChats {
    const CONSTRUCTOR_ID: u32 = 0xa927fec5;
    const NAME: &'static str = "messages.inactiveChats";
}

impl Serialize for InactiveChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for InactiveChats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dates.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for InactiveChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for InactiveChats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dates = <Vec<i32>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { dates: f_dates, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for InactiveChats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dates");
        self.dates.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for InactiveChats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.votesList#4899484e flags:# count:int votes:Vector<MessagePeerVote> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = messages.VotesList`
#[derive(Debug, Clone, PartialEq)]
pub struct VotesList {
    /// `count:int`
    pub count: i32,
    /// `votes:Vector<MessagePeerVote>`
    pub votes: Vec<crate::enums::MessagePeerVote>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for VotesList {
    const CONSTRUCTOR_ID: u32 = 0x4899484e;
    const NAME: &'static str = "messages.votesList";
}

impl Serialize for VotesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for VotesList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.votes.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for VotesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for VotesList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_votes = <Vec<crate::enums::MessagePeerVote>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { count: f_count, votes: f_votes, chats: f_chats, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for VotesList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("votes");
        self.votes.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for VotesList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.messageViews#b6c4f543 views:Vector<MessageViews> chats:Vector<Chat> users:Vector<User> = messages.MessageViews`
#[derive(Debug, Clone, PartialEq)]
pub struct MessageViews {
    /// `views:Vector<MessageViews>`
    pub views: Vec<crate::enums::MessageViews>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for MessageViews {
    const CONSTRUCTOR_ID: u32 = 0xb6c4f543;
    const NAME: &'static str = "messages.messageViews";
}

impl Serialize for MessageViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessageViews {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.views.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for MessageViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessageViews {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_views = <Vec<crate::enums::MessageViews>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { views: f_views, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageViews {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("views");
        self.views.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessageViews {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.discussionMessage#a6341782 flags:# messages:Vector<Message> max_id:flags.0?int read_inbox_max_id:flags.1?int read_outbox_max_id:flags.2?int unread_count:int chats:Vector<Chat> users:Vector<User> = messages.DiscussionMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct DiscussionMessage {
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `max_id:flags.0?int`
    pub max_id: Option<i32>,
    /// `read_inbox_max_id:flags.1?int`
    pub read_inbox_max_id: Option<i32>,
    /// `read_outbox_max_id:flags.2?int`
    pub read_outbox_max_id: Option<i32>,
    /// `unread_count:int`
    pub unread_count: i32,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for DiscussionMessage {
    const CONSTRUCTOR_ID: u32 = 0xa6341782;
    const NAME: &'static str = "messages.discussionMessage";
}

impl Serialize for DiscussionMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DiscussionMessage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.max_id.is_some() { 1 << 0 } else { 0 }
            | if self.read_inbox_max_id.is_some() { 1 << 1 } else { 0 }
            | if self.read_outbox_max_id.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.messages.serialize(buf);
        if let Some(v) = &self.max_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.read_inbox_max_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.read_outbox_max_id {
            (*v).serialize(buf);
        }
        self.unread_count.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for DiscussionMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DiscussionMessage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_max_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_read_inbox_max_id = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_read_outbox_max_id = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_unread_count = <i32>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { messages: f_messages, max_id: f_max_id, read_inbox_max_id: f_read_inbox_max_id, read_outbox_max_id: f_read_outbox_max_id, unread_count: f_unread_count, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for DiscussionMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("messages");
        self.messages.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("read_inbox_max_id");
        self.read_inbox_max_id.write_json(w);
        w.key("read_outbox_max_id");
        self.read_outbox_max_id.write_json(w);
        w.key("unread_count");
        self.unread_count.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DiscussionMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.historyImport#1662af0b id:long = messages.HistoryImport`
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryImport {
    /// `id:long`
    pub id: i64,
}

impl Identifiable for HistoryImport {
    const CONSTRUCTOR_ID: u32 = 0x1662af0b;
    const NAME: &'static str = "messages.historyImport";
}

impl Serialize for HistoryImport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for HistoryImport {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.id.serialize(buf);
    }
}

impl Deserialize for HistoryImport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for HistoryImport {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_id = <i64>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for HistoryImport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for HistoryImport {}

/// `messages.historyImportParsed#5e0fb7b9 flags:# pm:flags.0?true group:flags.1?true title:flags.2?string = messages.HistoryImportParsed`
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryImportParsed {
    /// `pm:flags.0?true`
    pub pm: bool,
    /// `group:flags.1?true`
    pub group: bool,
    /// `title:flags.2?string`
    pub title: Option<mtrs_tl::TlString>,
}

impl Identifiable for HistoryImportParsed {
    const CONSTRUCTOR_ID: u32 = 0x5e0fb7b9;
    const NAME: &'static str = "messages.historyImportParsed";
}

impl Serialize for HistoryImportParsed {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for HistoryImportParsed {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.pm { 1 << 0 } else { 0 }
            | if self.group { 1 << 1 } else { 0 }
            | if self.title.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for HistoryImportParsed {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for HistoryImportParsed {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_pm = fl_flags & (1 << 0) != 0;
        let f_group = fl_flags & (1 << 1) != 0;
        let f_title = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { pm: f_pm, group: f_group, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for HistoryImportParsed {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pm");
        self.pm.write_json(w);
        w.key("group");
        self.group.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for HistoryImportParsed {}

/// `messages.affectedFoundMessages#ef8d3e6c pts:int pts_count:int offset:int messages:Vector<int> = messages.AffectedFoundMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct AffectedFoundMessages {
    /// `pts:int`
    pub pts: i32,
    /// `pts_count:int`
    pub pts_count: i32,
    /// `offset:int`
    pub offset: i32,
    /// `messages:Vector<int>`
    pub messages: Vec<i32>,
}

impl Identifiable for AffectedFoundMessages {
    const CONSTRUCTOR_ID: u32 = 0xef8d3e6c;
    const NAME: &'static str = "messages.affectedFoundMessages";
}

impl Serialize for AffectedFoundMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AffectedFoundMessages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pts.serialize(buf);
        self.pts_count.serialize(buf);
        self.offset.serialize(buf);
        self.messages.serialize(buf);
    }
}

impl Deserialize for AffectedFoundMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AffectedFoundMessages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pts = <i32>::deserialize(r)?;
        let f_pts_count = <i32>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_messages = <Vec<i32>>::deserialize(r)?;
        Ok(Self { pts: f_pts, pts_count: f_pts_count, offset: f_offset, messages: f_messages })
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedFoundMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.key("pts_count");
        self.pts_count.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AffectedFoundMessages {}

/// `messages.exportedChatInvites#bdc62dcc count:int invites:Vector<ExportedChatInvite> users:Vector<User> = messages.ExportedChatInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedChatInvites {
    /// `count:int`
    pub count: i32,
    /// `invites:Vector<ExportedChatInvite>`
    pub invites: Vec<crate::enums::ExportedChatInvite>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ExportedChatInvites {
    const CONSTRUCTOR_ID: u32 = 0xbdc62dcc;
    const NAME: &'static str = "messages.exportedChatInvites";
}

impl Serialize for ExportedChatInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedChatInvites {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.invites.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ExportedChatInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedChatInvites {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_invites = <Vec<crate::enums::ExportedChatInvite>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, invites: f_invites, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("invites");
        self.invites.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedChatInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.exportedChatInvite#1871be50 invite:ExportedChatInvite users:Vector<User> = messages.ExportedChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedChatInvite {
    /// `invite:ExportedChatInvite`
    pub invite: crate::enums::ExportedChatInvite,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ExportedChatInvite {
    const CONSTRUCTOR_ID: u32 = 0x1871be50;
    const NAME: &'static str = "messages.exportedChatInvite";
}

impl Serialize for ExportedChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedChatInvite {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.invite.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ExportedChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedChatInvite {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_invite = <crate::enums::ExportedChatInvite>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { invite: f_invite, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invite");
        self.invite.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedChatInvite {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.exportedChatInviteReplaced#222600ef invite:ExportedChatInvite new_invite:ExportedChatInvite users:Vector<User> = messages.ExportedChatInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedChatInviteReplaced {
    /// `invite:ExportedChatInvite`
    pub invite: crate::enums::ExportedChatInvite,
    /// `new_invite:ExportedChatInvite`
    pub new_invite: crate::enums::ExportedChatInvite,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ExportedChatInviteReplaced {
    const CONSTRUCTOR_ID: u32 = 0x222600ef;
    const NAME: &'static str = "messages.exportedChatInviteReplaced";
}

impl Serialize for ExportedChatInviteReplaced {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedChatInviteReplaced {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.invite.serialize(buf);
        self.new_invite.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ExportedChatInviteReplaced {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedChatInviteReplaced {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_invite = <crate::enums::ExportedChatInvite>::deserialize(r)?;
        let f_new_invite = <crate::enums::ExportedChatInvite>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { invite: f_invite, new_invite: f_new_invite, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatInviteReplaced {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invite");
        self.invite.write_json(w);
        w.key("new_invite");
        self.new_invite.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedChatInviteReplaced {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.chatInviteImporters#81b6b00a count:int importers:Vector<ChatInviteImporter> users:Vector<User> = messages.ChatInviteImporters`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatInviteImporters {
    /// `count:int`
    pub count: i32,
    /// `importers:Vector<ChatInviteImporter>`
    pub importers: Vec<crate::enums::ChatInviteImporter>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatInviteImporters {
    const CONSTRUCTOR_ID: u32 = 0x81b6b00a;
    const NAME: &'static str = "messages.chatInviteImporters";
}

impl Serialize for ChatInviteImporters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatInviteImporters {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.importers.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatInviteImporters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatInviteImporters {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_importers = <Vec<crate::enums::ChatInviteImporter>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, importers: f_importers, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatInviteImporters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("importers");
        self.importers.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatInviteImporters {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.chatAdminsWithInvites#b69b72d7 admins:Vector<ChatAdminWithInvites> users:Vector<User> = messages.ChatAdminsWithInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatAdminsWithInvites {
    /// `admins:Vector<ChatAdminWithInvites>`
    pub admins: Vec<crate::enums::ChatAdminWithInvites>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatAdminsWithInvites {
    const CONSTRUCTOR_ID: u32 = 0xb69b72d7;
    const NAME: &'static str = "messages.chatAdminsWithInvites";
}

impl Serialize for ChatAdminsWithInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatAdminsWithInvites {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.admins.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatAdminsWithInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatAdminsWithInvites {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_admins = <Vec<crate::enums::ChatAdminWithInvites>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { admins: f_admins, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatAdminsWithInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("admins");
        self.admins.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatAdminsWithInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.checkedHistoryImportPeer#a24de717 confirm_text:string = messages.CheckedHistoryImportPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedHistoryImportPeer {
    /// `confirm_text:string`
    pub confirm_text: mtrs_tl::TlString,
}

impl Identifiable for CheckedHistoryImportPeer {
    const CONSTRUCTOR_ID: u32 = 0xa24de717;
    const NAME: &'static str = "messages.checkedHistoryImportPeer";
}

impl Serialize for CheckedHistoryImportPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CheckedHistoryImportPeer {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.confirm_text.serialize(buf);
    }
}

impl Deserialize for CheckedHistoryImportPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CheckedHistoryImportPeer {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_confirm_text = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { confirm_text: f_confirm_text })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckedHistoryImportPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("confirm_text");
        self.confirm_text.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CheckedHistoryImportPeer {}

/// `messages.sponsoredMessages#ffda656d flags:# posts_between:flags.0?int start_delay:flags.1?int between_delay:flags.2?int messages:Vector<SponsoredMessage> chats:Vector<Chat> users:Vector<User> = messages.SponsoredMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredMessages {
    /// `posts_between:flags.0?int`
    pub posts_between: Option<i32>,
    /// `start_delay:flags.1?int`
    pub start_delay: Option<i32>,
    /// `between_delay:flags.2?int`
    pub between_delay: Option<i32>,
    /// `messages:Vector<SponsoredMessage>`
    pub messages: Vec<crate::enums::SponsoredMessage>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SponsoredMessages {
    const CONSTRUCTOR_ID: u32 = 0xffda656d;
    const NAME: &'static str = "messages.sponsoredMessages";
}

impl Serialize for SponsoredMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredMessages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.posts_between.is_some() { 1 << 0 } else { 0 }
            | if self.start_delay.is_some() { 1 << 1 } else { 0 }
            | if self.between_delay.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.posts_between {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.start_delay {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.between_delay {
            (*v).serialize(buf);
        }
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SponsoredMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredMessages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_posts_between = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_start_delay = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_between_delay = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_messages = <Vec<crate::enums::SponsoredMessage>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { posts_between: f_posts_between, start_delay: f_start_delay, between_delay: f_between_delay, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("posts_between");
        self.posts_between.write_json(w);
        w.key("start_delay");
        self.start_delay.write_json(w);
        w.key("between_delay");
        self.between_delay.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredMessages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.sponsoredMessagesEmpty#1839490f = messages.SponsoredMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredMessagesEmpty;

impl Identifiable for SponsoredMessagesEmpty {
    const CONSTRUCTOR_ID: u32 = 0x1839490f;
    const NAME: &'static str = "messages.sponsoredMessagesEmpty";
}

impl Serialize for SponsoredMessagesEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredMessagesEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SponsoredMessagesEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredMessagesEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessagesEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredMessagesEmpty {}

/// `messages.searchResultsCalendar#147ee23c flags:# inexact:flags.0?true count:int min_date:int min_msg_id:int offset_id_offset:flags.1?int periods:Vector<SearchResultsCalendarPeriod> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.SearchResultsCalendar`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResultsCalendar {
    /// `inexact:flags.0?true`
    pub inexact: bool,
    /// `count:int`
    pub count: i32,
    /// `min_date:int`
    pub min_date: i32,
    /// `min_msg_id:int`
    pub min_msg_id: i32,
    /// `offset_id_offset:flags.1?int`
    pub offset_id_offset: Option<i32>,
    /// `periods:Vector<SearchResultsCalendarPeriod>`
    pub periods: Vec<crate::enums::SearchResultsCalendarPeriod>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SearchResultsCalendar {
    const CONSTRUCTOR_ID: u32 = 0x147ee23c;
    const NAME: &'static str = "messages.searchResultsCalendar";
}

impl Serialize for SearchResultsCalendar {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SearchResultsCalendar {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.inexact { 1 << 0 } else { 0 }
            | if self.offset_id_offset.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.min_date.serialize(buf);
        self.min_msg_id.serialize(buf);
        if let Some(v) = &self.offset_id_offset {
            (*v).serialize(buf);
        }
        self.periods.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SearchResultsCalendar {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SearchResultsCalendar {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_inexact = fl_flags & (1 << 0) != 0;
        let f_count = <i32>::deserialize(r)?;
        let f_min_date = <i32>::deserialize(r)?;
        let f_min_msg_id = <i32>::deserialize(r)?;
        let f_offset_id_offset = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_periods = <Vec<crate::enums::SearchResultsCalendarPeriod>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { inexact: f_inexact, count: f_count, min_date: f_min_date, min_msg_id: f_min_msg_id, offset_id_offset: f_offset_id_offset, periods: f_periods, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchResultsCalendar {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inexact");
        self.inexact.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("min_date");
        self.min_date.write_json(w);
        w.key("min_msg_id");
        self.min_msg_id.write_json(w);
        w.key("offset_id_offset");
        self.offset_id_offset.write_json(w);
        w.key("periods");
        self.periods.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SearchResultsCalendar {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.searchResultsPositions#53b22baf count:int positions:Vector<SearchResultsPosition> = messages.SearchResultsPositions`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchResultsPositions {
    /// `count:int`
    pub count: i32,
    /// `positions:Vector<SearchResultsPosition>`
    pub positions: Vec<crate::enums::SearchResultsPosition>,
}

impl Identifiable for SearchResultsPositions {
    const CONSTRUCTOR_ID: u32 = 0x53b22baf;
    const NAME: &'static str = "messages.searchResultsPositions";
}

impl Serialize for SearchResultsPositions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SearchResultsPositions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.positions.serialize(buf);
    }
}

impl Deserialize for SearchResultsPositions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SearchResultsPositions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_positions = <Vec<crate::enums::SearchResultsPosition>>::deserialize(r)?;
        Ok(Self { count: f_count, positions: f_positions })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchResultsPositions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("positions");
        self.positions.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SearchResultsPositions {}

/// `messages.peerSettings#6880b94d settings:PeerSettings chats:Vector<Chat> users:Vector<User> = messages.PeerSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerSettings {
    /// `settings:PeerSettings`
    pub settings: crate::enums::PeerSettings,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PeerSettings {
    const CONSTRUCTOR_ID: u32 = 0x6880b94d;
    const NAME: &'static str = "messages.peerSettings";
}

impl Serialize for PeerSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.settings.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PeerSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_settings = <crate::enums::PeerSettings>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { settings: f_settings, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("settings");
        self.settings.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.messageReactionsList#31bd492d flags:# count:int reactions:Vector<MessagePeerReaction> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = messages.MessageReactionsList`
#[derive(Debug, Clone, PartialEq)]
pub struct MessageReactionsList {
    /// `count:int`
    pub count: i32,
    /// `reactions:Vector<MessagePeerReaction>`
    pub reactions: Vec<crate::enums::MessagePeerReaction>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for MessageReactionsList {
    const CONSTRUCTOR_ID: u32 = 0x31bd492d;
    const NAME: &'static str = "messages.messageReactionsList";
}

impl Serialize for MessageReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessageReactionsList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.reactions.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for MessageReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessageReactionsList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_reactions = <Vec<crate::enums::MessagePeerReaction>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { count: f_count, reactions: f_reactions, chats: f_chats, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("reactions");
        self.reactions.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessageReactionsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.availableReactionsNotModified#9f071957 = messages.AvailableReactions`
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableReactionsNotModified;

impl Identifiable for AvailableReactionsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x9f071957;
    const NAME: &'static str = "messages.availableReactionsNotModified";
}

impl Serialize for AvailableReactionsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AvailableReactionsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for AvailableReactionsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AvailableReactionsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableReactionsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for AvailableReactionsNotModified {}

/// `messages.availableReactions#768e3aad hash:int reactions:Vector<AvailableReaction> = messages.AvailableReactions`
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableReactions {
    /// `hash:int`
    pub hash: i32,
    /// `reactions:Vector<AvailableReaction>`
    pub reactions: Vec<crate::enums::AvailableReaction>,
}

impl Identifiable for AvailableReactions {
    const CONSTRUCTOR_ID: u32 = 0x768e3aad;
    const NAME: &'static str = "messages.availableReactions";
}

impl Serialize for AvailableReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AvailableReactions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.reactions.serialize(buf);
    }
}

impl Deserialize for AvailableReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AvailableReactions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_reactions = <Vec<crate::enums::AvailableReaction>>::deserialize(r)?;
        Ok(Self { hash: f_hash, reactions: f_reactions })
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("reactions");
        self.reactions.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AvailableReactions {}

/// `messages.transcribedAudio#cfb9d957 flags:# pending:flags.0?true transcription_id:long text:string trial_remains_num:flags.1?int trial_remains_until_date:flags.1?int = messages.TranscribedAudio`
#[derive(Debug, Clone, PartialEq)]
pub struct TranscribedAudio {
    /// `pending:flags.0?true`
    pub pending: bool,
    /// `transcription_id:long`
    pub transcription_id: i64,
    /// `text:string`
    pub text: mtrs_tl::TlString,
    /// `trial_remains_num:flags.1?int`
    pub trial_remains_num: Option<i32>,
    /// `trial_remains_until_date:flags.1?int`
    pub trial_remains_until_date: Option<i32>,
}

impl Identifiable for TranscribedAudio {
    const CONSTRUCTOR_ID: u32 = 0xcfb9d957;
    const NAME: &'static str = "messages.transcribedAudio";
}

impl Serialize for TranscribedAudio {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TranscribedAudio {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.pending { 1 << 0 } else { 0 }
            | if self.trial_remains_num.is_some() || self.trial_remains_until_date.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.transcription_id.serialize(buf);
        self.text.serialize(buf);
        if fl_flags & (1 << 1) != 0 {
            match &self.trial_remains_num {
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
            match &self.trial_remains_until_date {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
    }
}

impl Deserialize for TranscribedAudio {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TranscribedAudio {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_pending = fl_flags & (1 << 0) != 0;
        let f_transcription_id = <i64>::deserialize(r)?;
        let f_text = <mtrs_tl::TlString>::deserialize(r)?;
        let f_trial_remains_num = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_trial_remains_until_date = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { pending: f_pending, transcription_id: f_transcription_id, text: f_text, trial_remains_num: f_trial_remains_num, trial_remains_until_date: f_trial_remains_until_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranscribedAudio {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pending");
        self.pending.write_json(w);
        w.key("transcription_id");
        self.transcription_id.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("trial_remains_num");
        self.trial_remains_num.write_json(w);
        w.key("trial_remains_until_date");
        self.trial_remains_until_date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TranscribedAudio {}

/// `messages.reactionsNotModified#b06fdbdf = messages.Reactions`
#[derive(Debug, Clone, PartialEq)]
pub struct ReactionsNotModified;

impl Identifiable for ReactionsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xb06fdbdf;
    const NAME: &'static str = "messages.reactionsNotModified";
}

impl Serialize for ReactionsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ReactionsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ReactionsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ReactionsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ReactionsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ReactionsNotModified {}

/// `messages.reactions#eafdf716 hash:long reactions:Vector<Reaction> = messages.Reactions`
#[derive(Debug, Clone, PartialEq)]
pub struct Reactions {
    /// `hash:long`
    pub hash: i64,
    /// `reactions:Vector<Reaction>`
    pub reactions: Vec<crate::enums::Reaction>,
}

impl Identifiable for Reactions {
    const CONSTRUCTOR_ID: u32 = 0xeafdf716;
    const NAME: &'static str = "messages.reactions";
}

impl Serialize for Reactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Reactions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.reactions.serialize(buf);
    }
}

impl Deserialize for Reactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Reactions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_reactions = <Vec<crate::enums::Reaction>>::deserialize(r)?;
        Ok(Self { hash: f_hash, reactions: f_reactions })
    }
}

#[cfg(feature = "json")]
impl ToJson for Reactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("reactions");
        self.reactions.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Reactions {}

/// `messages.forumTopics#367617d3 flags:# order_by_create_date:flags.0?true count:int topics:Vector<ForumTopic> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> pts:int = messages.ForumTopics`
#[derive(Debug, Clone, PartialEq)]
pub struct ForumTopics {
    /// `order_by_create_date:flags.0?true`
    pub order_by_create_date: bool,
    /// `count:int`
    pub count: i32,
    /// `topics:Vector<ForumTopic>`
    pub topics: Vec<crate::enums::ForumTopic>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `pts:int`
    pub pts: i32,
}

impl Identifiable for ForumTopics {
    const CONSTRUCTOR_ID: u32 = 0x367617d3;
    const NAME: &'static str = "messages.forumTopics";
}

impl Serialize for ForumTopics {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ForumTopics {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.order_by_create_date { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.topics.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.pts.serialize(buf);
    }
}

impl Deserialize for ForumTopics {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ForumTopics {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_order_by_create_date = fl_flags & (1 << 0) != 0;
        let f_count = <i32>::deserialize(r)?;
        let f_topics = <Vec<crate::enums::ForumTopic>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_pts = <i32>::deserialize(r)?;
        Ok(Self { order_by_create_date: f_order_by_create_date, count: f_count, topics: f_topics, messages: f_messages, chats: f_chats, users: f_users, pts: f_pts })
    }
}

#[cfg(feature = "json")]
impl ToJson for ForumTopics {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("order_by_create_date");
        self.order_by_create_date.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("topics");
        self.topics.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("pts");
        self.pts.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ForumTopics {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.topics, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.emojiGroupsNotModified#6fb4ad87 = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiGroupsNotModified;

impl Identifiable for EmojiGroupsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x6fb4ad87;
    const NAME: &'static str = "messages.emojiGroupsNotModified";
}

impl Serialize for EmojiGroupsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiGroupsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for EmojiGroupsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiGroupsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGroupsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiGroupsNotModified {}

/// `messages.emojiGroups#881fb94b hash:int groups:Vector<EmojiGroup> = messages.EmojiGroups`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiGroups {
    /// `hash:int`
    pub hash: i32,
    /// `groups:Vector<EmojiGroup>`
    pub groups: Vec<crate::enums::EmojiGroup>,
}

impl Identifiable for EmojiGroups {
    const CONSTRUCTOR_ID: u32 = 0x881fb94b;
    const NAME: &'static str = "messages.emojiGroups";
}

impl Serialize for EmojiGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiGroups {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.groups.serialize(buf);
    }
}

impl Deserialize for EmojiGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiGroups {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_groups = <Vec<crate::enums::EmojiGroup>>::deserialize(r)?;
        Ok(Self { hash: f_hash, groups: f_groups })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("groups");
        self.groups.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiGroups {}

/// `messages.translateResult#33db32f8 result:Vector<TextWithEntities> = messages.TranslatedText`
#[derive(Debug, Clone, PartialEq)]
pub struct TranslateResult {
    /// `result:Vector<TextWithEntities>`
    pub result: Vec<crate::enums::TextWithEntities>,
}

impl Identifiable for TranslateResult {
    const CONSTRUCTOR_ID: u32 = 0x33db32f8;
    const NAME: &'static str = "messages.translateResult";
}

impl Serialize for TranslateResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TranslateResult {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.result.serialize(buf);
    }
}

impl Deserialize for TranslateResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TranslateResult {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_result = <Vec<crate::enums::TextWithEntities>>::deserialize(r)?;
        Ok(Self { result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslateResult {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TranslateResult {}

/// `messages.botApp#eb50adf5 flags:# inactive:flags.0?true request_write_access:flags.1?true has_settings:flags.2?true app:BotApp = messages.BotApp`
#[derive(Debug, Clone, PartialEq)]
pub struct BotApp {
    /// `inactive:flags.0?true`
    pub inactive: bool,
    /// `request_write_access:flags.1?true`
    pub request_write_access: bool,
    /// `has_settings:flags.2?true`
    pub has_settings: bool,
    /// `app:BotApp`
    pub app: crate::enums::BotApp,
}

impl Identifiable for BotApp {
    const CONSTRUCTOR_ID: u32 = 0xeb50adf5;
    const NAME: &'static str = "messages.botApp";
}

impl Serialize for BotApp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BotApp {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.inactive { 1 << 0 } else { 0 }
            | if self.request_write_access { 1 << 1 } else { 0 }
            | if self.has_settings { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.app.serialize(buf);
    }
}

impl Deserialize for BotApp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BotApp {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_inactive = fl_flags & (1 << 0) != 0;
        let f_request_write_access = fl_flags & (1 << 1) != 0;
        let f_has_settings = fl_flags & (1 << 2) != 0;
        let f_app = <crate::enums::BotApp>::deserialize(r)?;
        Ok(Self { inactive: f_inactive, request_write_access: f_request_write_access, has_settings: f_has_settings, app: f_app })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotApp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inactive");
        self.inactive.write_json(w);
        w.key("request_write_access");
        self.request_write_access.write_json(w);
        w.key("has_settings");
        self.has_settings.write_json(w);
        w.key("app");
        self.app.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BotApp {}

/// `messages.webPage#fd5e12bd webpage:WebPage chats:Vector<Chat> users:Vector<User> = messages.WebPage`
#[derive(Debug, Clone, PartialEq)]
pub struct WebPage {
    /// `webpage:WebPage`
    pub webpage: crate::enums::WebPage,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for WebPage {
    const CONSTRUCTOR_ID: u32 = 0xfd5e12bd;
    const NAME: &'static str = "messages.webPage";
}

impl Serialize for WebPage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebPage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.webpage.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for WebPage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebPage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_webpage = <crate::enums::WebPage>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { webpage: f_webpage, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for WebPage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("webpage");
        self.webpage.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WebPage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.webpage, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.savedDialogs#f83ae221 dialogs:Vector<SavedDialog> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDialogs {
    /// `dialogs:Vector<SavedDialog>`
    pub dialogs: Vec<crate::enums::SavedDialog>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SavedDialogs {
    const CONSTRUCTOR_ID: u32 = 0xf83ae221;
    const NAME: &'static str = "messages.savedDialogs";
}

impl Serialize for SavedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedDialogs {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dialogs.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SavedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedDialogs {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dialogs = <Vec<crate::enums::SavedDialog>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { dialogs: f_dialogs, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dialogs");
        self.dialogs.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedDialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialogs, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.savedDialogsSlice#44ba9dd9 count:int dialogs:Vector<SavedDialog> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDialogsSlice {
    /// `count:int`
    pub count: i32,
    /// `dialogs:Vector<SavedDialog>`
    pub dialogs: Vec<crate::enums::SavedDialog>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SavedDialogsSlice {
    const CONSTRUCTOR_ID: u32 = 0x44ba9dd9;
    const NAME: &'static str = "messages.savedDialogsSlice";
}

impl Serialize for SavedDialogsSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedDialogsSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.dialogs.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SavedDialogsSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedDialogsSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_dialogs = <Vec<crate::enums::SavedDialog>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, dialogs: f_dialogs, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedDialogsSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("dialogs");
        self.dialogs.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedDialogsSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialogs, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.savedDialogsNotModified#c01f6fe8 count:int = messages.SavedDialogs`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDialogsNotModified {
    /// `count:int`
    pub count: i32,
}

impl Identifiable for SavedDialogsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xc01f6fe8;
    const NAME: &'static str = "messages.savedDialogsNotModified";
}

impl Serialize for SavedDialogsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedDialogsNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
    }
}

impl Deserialize for SavedDialogsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedDialogsNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedDialogsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedDialogsNotModified {}

/// `messages.savedReactionTagsNotModified#889b59ef = messages.SavedReactionTags`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedReactionTagsNotModified;

impl Identifiable for SavedReactionTagsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x889b59ef;
    const NAME: &'static str = "messages.savedReactionTagsNotModified";
}

impl Serialize for SavedReactionTagsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedReactionTagsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SavedReactionTagsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedReactionTagsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedReactionTagsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedReactionTagsNotModified {}

/// `messages.savedReactionTags#3259950a tags:Vector<SavedReactionTag> hash:long = messages.SavedReactionTags`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedReactionTags {
    /// `tags:Vector<SavedReactionTag>`
    pub tags: Vec<crate::enums::SavedReactionTag>,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for SavedReactionTags {
    const CONSTRUCTOR_ID: u32 = 0x3259950a;
    const NAME: &'static str = "messages.savedReactionTags";
}

impl Serialize for SavedReactionTags {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedReactionTags {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.tags.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl Deserialize for SavedReactionTags {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedReactionTags {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_tags = <Vec<crate::enums::SavedReactionTag>>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { tags: f_tags, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedReactionTags {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tags");
        self.tags.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedReactionTags {}

/// `messages.quickReplies#c68d6695 quick_replies:Vector<QuickReply> messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = messages.QuickReplies`
#[derive(Debug, Clone, PartialEq)]
pub struct QuickReplies {
    /// `quick_replies:Vector<QuickReply>`
    pub quick_replies: Vec<crate::enums::QuickReply>,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for QuickReplies {
    const CONSTRUCTOR_ID: u32 = 0xc68d6695;
    const NAME: &'static str = "messages.quickReplies";
}

impl Serialize for QuickReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for QuickReplies {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.quick_replies.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for QuickReplies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for QuickReplies {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_quick_replies = <Vec<crate::enums::QuickReply>>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { quick_replies: f_quick_replies, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for QuickReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("quick_replies");
        self.quick_replies.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for QuickReplies {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.quickRepliesNotModified#5f91eb5b = messages.QuickReplies`
#[derive(Debug, Clone, PartialEq)]
pub struct QuickRepliesNotModified;

impl Identifiable for QuickRepliesNotModified {
    const CONSTRUCTOR_ID: u32 = 0x5f91eb5b;
    const NAME: &'static str = "messages.quickRepliesNotModified";
}

impl Serialize for QuickRepliesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for QuickRepliesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for QuickRepliesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for QuickRepliesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for QuickRepliesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for QuickRepliesNotModified {}

/// `messages.dialogFilters#2ad93719 flags:# tags_enabled:flags.0?true filters:Vector<DialogFilter> = messages.DialogFilters`
#[derive(Debug, Clone, PartialEq)]
pub struct DialogFilters {
    /// `tags_enabled:flags.0?true`
    pub tags_enabled: bool,
    /// `filters:Vector<DialogFilter>`
    pub filters: Vec<crate::enums::DialogFilter>,
}

impl Identifiable for DialogFilters {
    const CONSTRUCTOR_ID: u32 = 0x2ad93719;
    const NAME: &'static str = "messages.dialogFilters";
}

impl Serialize for DialogFilters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DialogFilters {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.tags_enabled { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.filters.serialize(buf);
    }
}

impl Deserialize for DialogFilters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DialogFilters {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_tags_enabled = fl_flags & (1 << 0) != 0;
        let f_filters = <Vec<crate::enums::DialogFilter>>::deserialize(r)?;
        Ok(Self { tags_enabled: f_tags_enabled, filters: f_filters })
    }
}

#[cfg(feature = "json")]
impl ToJson for DialogFilters {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tags_enabled");
        self.tags_enabled.write_json(w);
        w.key("filters");
        self.filters.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DialogFilters {}

/// `messages.myStickers#faff629d count:int sets:Vector<StickerSetCovered> = messages.MyStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct MyStickers {
    /// `count:int`
    pub count: i32,
    /// `sets:Vector<StickerSetCovered>`
    pub sets: Vec<crate::enums::StickerSetCovered>,
}

impl Identifiable for MyStickers {
    const CONSTRUCTOR_ID: u32 = 0xfaff629d;
    const NAME: &'static str = "messages.myStickers";
}

impl Serialize for MyStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MyStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.sets.serialize(buf);
    }
}

impl Deserialize for MyStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MyStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_sets = <Vec<crate::enums::StickerSetCovered>>::deserialize(r)?;
        Ok(Self { count: f_count, sets: f_sets })
    }
}

#[cfg(feature = "json")]
impl ToJson for MyStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("sets");
        self.sets.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MyStickers {}

/// `messages.invitedUsers#7f5defa6 updates:Updates missing_invitees:Vector<MissingInvitee> = messages.InvitedUsers`
#[derive(Debug, Clone, PartialEq)]
pub struct InvitedUsers {
    /// `updates:Updates`
    pub updates: crate::enums::Updates,
    /// `missing_invitees:Vector<MissingInvitee>`
    pub missing_invitees: Vec<crate::enums::MissingInvitee>,
}

impl Identifiable for InvitedUsers {
    const CONSTRUCTOR_ID: u32 = 0x7f5defa6;
    const NAME: &'static str = "messages.invitedUsers";
}

impl Serialize for InvitedUsers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for InvitedUsers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.updates.serialize(buf);
        self.missing_invitees.serialize(buf);
    }
}

impl Deserialize for InvitedUsers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for InvitedUsers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_updates = <crate::enums::Updates>::deserialize(r)?;
        let f_missing_invitees = <Vec<crate::enums::MissingInvitee>>::deserialize(r)?;
        Ok(Self { updates: f_updates, missing_invitees: f_missing_invitees })
    }
}

#[cfg(feature = "json")]
impl ToJson for InvitedUsers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("updates");
        self.updates.write_json(w);
        w.key("missing_invitees");
        self.missing_invitees.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for InvitedUsers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.updates, found);
    }
}

/// `messages.availableEffectsNotModified#d1ed9a5b = messages.AvailableEffects`
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableEffectsNotModified;

impl Identifiable for AvailableEffectsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xd1ed9a5b;
    const NAME: &'static str = "messages.availableEffectsNotModified";
}

impl Serialize for AvailableEffectsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AvailableEffectsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for AvailableEffectsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AvailableEffectsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableEffectsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for AvailableEffectsNotModified {}

/// `messages.availableEffects#bddb616e hash:int effects:Vector<AvailableEffect> documents:Vector<Document> = messages.AvailableEffects`
#[derive(Debug, Clone, PartialEq)]
pub struct AvailableEffects {
    /// `hash:int`
    pub hash: i32,
    /// `effects:Vector<AvailableEffect>`
    pub effects: Vec<crate::enums::AvailableEffect>,
    /// `documents:Vector<Document>`
    pub documents: Vec<crate::enums::Document>,
}

impl Identifiable for AvailableEffects {
    const CONSTRUCTOR_ID: u32 = 0xbddb616e;
    const NAME: &'static str = "messages.availableEffects";
}

impl Serialize for AvailableEffects {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AvailableEffects {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.effects.serialize(buf);
        self.documents.serialize(buf);
    }
}

impl Deserialize for AvailableEffects {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AvailableEffects {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_effects = <Vec<crate::enums::AvailableEffect>>::deserialize(r)?;
        let f_documents = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { hash: f_hash, effects: f_effects, documents: f_documents })
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableEffects {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("effects");
        self.effects.write_json(w);
        w.key("documents");
        self.documents.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AvailableEffects {}

/// `messages.botPreparedInlineMessage#8ecf0511 id:string expire_date:int = messages.BotPreparedInlineMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct BotPreparedInlineMessage {
    /// `id:string`
    pub id: mtrs_tl::TlString,
    /// `expire_date:int`
    pub expire_date: i32,
}

impl Identifiable for BotPreparedInlineMessage {
    const CONSTRUCTOR_ID: u32 = 0x8ecf0511;
    const NAME: &'static str = "messages.botPreparedInlineMessage";
}

impl Serialize for BotPreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BotPreparedInlineMessage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.id.serialize(buf);
        self.expire_date.serialize(buf);
    }
}

impl Deserialize for BotPreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BotPreparedInlineMessage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_expire_date = <i32>::deserialize(r)?;
        Ok(Self { id: f_id, expire_date: f_expire_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotPreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("expire_date");
        self.expire_date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BotPreparedInlineMessage {}

/// `messages.preparedInlineMessage#ff57708d query_id:long result:BotInlineResult peer_types:Vector<InlineQueryPeerType> cache_time:int users:Vector<User> = messages.PreparedInlineMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedInlineMessage {
    /// `query_id:long`
    pub query_id: i64,
    /// `result:BotInlineResult`
    pub result: crate::enums::BotInlineResult,
    /// `peer_types:Vector<InlineQueryPeerType>`
    pub peer_types: Vec<crate::enums::InlineQueryPeerType>,
    /// `cache_time:int`
    pub cache_time: i32,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PreparedInlineMessage {
    const CONSTRUCTOR_ID: u32 = 0xff57708d;
    const NAME: &'static str = "messages.preparedInlineMessage";
}

impl Serialize for PreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PreparedInlineMessage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.query_id.serialize(buf);
        self.result.serialize(buf);
        self.peer_types.serialize(buf);
        self.cache_time.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PreparedInlineMessage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_query_id = <i64>::deserialize(r)?;
        let f_result = <crate::enums::BotInlineResult>::deserialize(r)?;
        let f_peer_types = <Vec<crate::enums::InlineQueryPeerType>>::deserialize(r)?;
        let f_cache_time = <i32>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { query_id: f_query_id, result: f_result, peer_types: f_peer_types, cache_time: f_cache_time, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("result");
        self.result.write_json(w);
        w.key("peer_types");
        self.peer_types.write_json(w);
        w.key("cache_time");
        self.cache_time.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PreparedInlineMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.result, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.foundStickersNotModified#6010c534 flags:# next_offset:flags.0?int = messages.FoundStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FoundStickersNotModified {
    /// `next_offset:flags.0?int`
    pub next_offset: Option<i32>,
}

impl Identifiable for FoundStickersNotModified {
    const CONSTRUCTOR_ID: u32 = 0x6010c534;
    const NAME: &'static str = "messages.foundStickersNotModified";
}

impl Serialize for FoundStickersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FoundStickersNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for FoundStickersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FoundStickersNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FoundStickersNotModified {}

/// `messages.foundStickers#82c9e290 flags:# next_offset:flags.0?int hash:long stickers:Vector<Document> = messages.FoundStickers`
#[derive(Debug, Clone, PartialEq)]
pub struct FoundStickers {
    /// `next_offset:flags.0?int`
    pub next_offset: Option<i32>,
    /// `hash:long`
    pub hash: i64,
    /// `stickers:Vector<Document>`
    pub stickers: Vec<crate::enums::Document>,
}

impl Identifiable for FoundStickers {
    const CONSTRUCTOR_ID: u32 = 0x82c9e290;
    const NAME: &'static str = "messages.foundStickers";
}

impl Serialize for FoundStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FoundStickers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.hash.serialize(buf);
        self.stickers.serialize(buf);
    }
}

impl Deserialize for FoundStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FoundStickers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_hash = <i64>::deserialize(r)?;
        let f_stickers = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { next_offset: f_next_offset, hash: f_hash, stickers: f_stickers })
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.key("stickers");
        self.stickers.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FoundStickers {}

/// `messages.webPagePreview#8c9a88ac media:MessageMedia chats:Vector<Chat> users:Vector<User> = messages.WebPagePreview`
#[derive(Debug, Clone, PartialEq)]
pub struct WebPagePreview {
    /// `media:MessageMedia`
    pub media: crate::enums::MessageMedia,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for WebPagePreview {
    const CONSTRUCTOR_ID: u32 = 0x8c9a88ac;
    const NAME: &'static str = "messages.webPagePreview";
}

impl Serialize for WebPagePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebPagePreview {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.media.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for WebPagePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebPagePreview {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_media = <crate::enums::MessageMedia>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { media: f_media, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for WebPagePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("media");
        self.media.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WebPagePreview {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.media, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.emojiGameOutcome#da2ad647 seed:bytes stake_ton_amount:long ton_amount:long = messages.EmojiGameOutcome`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiGameOutcome {
    /// `seed:bytes`
    pub seed: Vec<u8>,
    /// `stake_ton_amount:long`
    pub stake_ton_amount: i64,
    /// `ton_amount:long`
    pub ton_amount: i64,
}

impl Identifiable for EmojiGameOutcome {
    const CONSTRUCTOR_ID: u32 = 0xda2ad647;
    const NAME: &'static str = "messages.emojiGameOutcome";
}

impl Serialize for EmojiGameOutcome {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiGameOutcome {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.seed.serialize(buf);
        self.stake_ton_amount.serialize(buf);
        self.ton_amount.serialize(buf);
    }
}

impl Deserialize for EmojiGameOutcome {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiGameOutcome {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_seed = <Vec<u8>>::deserialize(r)?;
        let f_stake_ton_amount = <i64>::deserialize(r)?;
        let f_ton_amount = <i64>::deserialize(r)?;
        Ok(Self { seed: f_seed, stake_ton_amount: f_stake_ton_amount, ton_amount: f_ton_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGameOutcome {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("seed");
        self.seed.write_json(w);
        w.key("stake_ton_amount");
        self.stake_ton_amount.write_json(w);
        w.key("ton_amount");
        self.ton_amount.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiGameOutcome {}

/// `messages.emojiGameUnavailable#59e65335 = messages.EmojiGameInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiGameUnavailable;

impl Identifiable for EmojiGameUnavailable {
    const CONSTRUCTOR_ID: u32 = 0x59e65335;
    const NAME: &'static str = "messages.emojiGameUnavailable";
}

impl Serialize for EmojiGameUnavailable {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiGameUnavailable {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for EmojiGameUnavailable {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiGameUnavailable {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGameUnavailable {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiGameUnavailable {}

/// `messages.emojiGameDiceInfo#44e56023 flags:# game_hash:string prev_stake:long current_streak:int params:Vector<int> plays_left:flags.0?int = messages.EmojiGameInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiGameDiceInfo {
    /// `game_hash:string`
    pub game_hash: mtrs_tl::TlString,
    /// `prev_stake:long`
    pub prev_stake: i64,
    /// `current_streak:int`
    pub current_streak: i32,
    /// `params:Vector<int>`
    pub params: Vec<i32>,
    /// `plays_left:flags.0?int`
    pub plays_left: Option<i32>,
}

impl Identifiable for EmojiGameDiceInfo {
    const CONSTRUCTOR_ID: u32 = 0x44e56023;
    const NAME: &'static str = "messages.emojiGameDiceInfo";
}

impl Serialize for EmojiGameDiceInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiGameDiceInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.plays_left.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.game_hash.serialize(buf);
        self.prev_stake.serialize(buf);
        self.current_streak.serialize(buf);
        self.params.serialize(buf);
        if let Some(v) = &self.plays_left {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for EmojiGameDiceInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiGameDiceInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_game_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_prev_stake = <i64>::deserialize(r)?;
        let f_current_streak = <i32>::deserialize(r)?;
        let f_params = <Vec<i32>>::deserialize(r)?;
        let f_plays_left = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { game_hash: f_game_hash, prev_stake: f_prev_stake, current_streak: f_current_streak, params: f_params, plays_left: f_plays_left })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGameDiceInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("game_hash");
        self.game_hash.write_json(w);
        w.key("prev_stake");
        self.prev_stake.write_json(w);
        w.key("current_streak");
        self.current_streak.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.key("plays_left");
        self.plays_left.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiGameDiceInfo {}

/// `messages.composedMessageWithAI#90d7adfa flags:# result_text:TextWithEntities diff_text:flags.0?TextWithEntities = messages.ComposedMessageWithAI`
#[derive(Debug, Clone, PartialEq)]
pub struct ComposedMessageWithAi {
    /// `result_text:TextWithEntities`
    pub result_text: crate::enums::TextWithEntities,
    /// `diff_text:flags.0?TextWithEntities`
    pub diff_text: Option<crate::enums::TextWithEntities>,
}

impl Identifiable for ComposedMessageWithAi {
    const CONSTRUCTOR_ID: u32 = 0x90d7adfa;
    const NAME: &'static str = "messages.composedMessageWithAI";
}

impl Serialize for ComposedMessageWithAi {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ComposedMessageWithAi {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.diff_text.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.result_text.serialize(buf);
        if let Some(v) = &self.diff_text {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for ComposedMessageWithAi {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ComposedMessageWithAi {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_result_text = <crate::enums::TextWithEntities>::deserialize(r)?;
        let f_diff_text = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::TextWithEntities>::deserialize(r)?) } else { None };
        Ok(Self { result_text: f_result_text, diff_text: f_diff_text })
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposedMessageWithAi {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("result_text");
        self.result_text.write_json(w);
        w.key("diff_text");
        self.diff_text.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ComposedMessageWithAi {}

/// `messages.chatInviteJoinResultOk#445663a7 updates:Updates = messages.ChatInviteJoinResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatInviteJoinResultOk {
    /// `updates:Updates`
    pub updates: crate::enums::Updates,
}

impl Identifiable for ChatInviteJoinResultOk {
    const CONSTRUCTOR_ID: u32 = 0x445663a7;
    const NAME: &'static str = "messages.chatInviteJoinResultOk";
}

impl Serialize for ChatInviteJoinResultOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatInviteJoinResultOk {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.updates.serialize(buf);
    }
}

impl Deserialize for ChatInviteJoinResultOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatInviteJoinResultOk {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_updates = <crate::enums::Updates>::deserialize(r)?;
        Ok(Self { updates: f_updates })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatInviteJoinResultOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("updates");
        self.updates.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatInviteJoinResultOk {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.updates, found);
    }
}

/// `messages.chatInviteJoinResultWebView#61ca29d3 bot_id:long query_id:long users:Vector<User> = messages.ChatInviteJoinResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatInviteJoinResultWebView {
    /// `bot_id:long`
    pub bot_id: i64,
    /// `query_id:long`
    pub query_id: i64,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatInviteJoinResultWebView {
    const CONSTRUCTOR_ID: u32 = 0x61ca29d3;
    const NAME: &'static str = "messages.chatInviteJoinResultWebView";
}

impl Serialize for ChatInviteJoinResultWebView {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatInviteJoinResultWebView {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.bot_id.serialize(buf);
        self.query_id.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatInviteJoinResultWebView {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatInviteJoinResultWebView {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_bot_id = <i64>::deserialize(r)?;
        let f_query_id = <i64>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { bot_id: f_bot_id, query_id: f_query_id, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatInviteJoinResultWebView {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("query_id");
        self.query_id.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatInviteJoinResultWebView {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `messages.translatedRichMessage#4203998f result:Vector<RichMessage> = messages.TranslatedRichMessage`
#[derive(Debug, Clone, PartialEq)]
pub struct TranslatedRichMessage {
    /// `result:Vector<RichMessage>`
    pub result: Vec<crate::enums::RichMessage>,
}

impl Identifiable for TranslatedRichMessage {
    const CONSTRUCTOR_ID: u32 = 0x4203998f;
    const NAME: &'static str = "messages.translatedRichMessage";
}

impl Serialize for TranslatedRichMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TranslatedRichMessage {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.result.serialize(buf);
    }
}

impl Deserialize for TranslatedRichMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TranslatedRichMessage {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_result = <Vec<crate::enums::RichMessage>>::deserialize(r)?;
        Ok(Self { result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslatedRichMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TranslatedRichMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.result, found);
    }
}

/// `messages.composedRichMessageWithAI#4c4537c8 result:RichMessage = messages.ComposedRichMessageWithAI`
#[derive(Debug, Clone, PartialEq)]
pub struct ComposedRichMessageWithAi {
    /// `result:RichMessage`
    pub result: crate::enums::RichMessage,
}

impl Identifiable for ComposedRichMessageWithAi {
    const CONSTRUCTOR_ID: u32 = 0x4c4537c8;
    const NAME: &'static str = "messages.composedRichMessageWithAI";
}

impl Serialize for ComposedRichMessageWithAi {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ComposedRichMessageWithAi {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.result.serialize(buf);
    }
}

impl Deserialize for ComposedRichMessageWithAi {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ComposedRichMessageWithAi {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_result = <crate::enums::RichMessage>::deserialize(r)?;
        Ok(Self { result: f_result })
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposedRichMessageWithAi {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("result");
        self.result.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ComposedRichMessageWithAi {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.result, found);
    }
}
