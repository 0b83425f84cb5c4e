// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `updates` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `updates.state#a56c2a3e pts:int qts:int date:int seq:int unread_count:int = updates.State`
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// `pts:int`
    pub pts: i32,
    /// `qts:int`
    pub qts: i32,
    /// `date:int`
    pub date: i32,
    /// `seq:int`
    pub seq: i32,
    /// `unread_count:int`
    pub unread_count: i32,
}

impl Identifiable for State {
    const CONSTRUCTOR_ID: u32 = 0xa56c2a3e;
    const NAME: &'static str = "updates.state";
}

impl Serialize for State {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for State {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pts.serialize(buf);
        self.qts.serialize(buf);
        self.date.serialize(buf);
        self.seq.serialize(buf);
        self.unread_count.serialize(buf);
    }
}

impl Deserialize for State {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for State {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pts = <i32>::deserialize(r)?;
        let f_qts = <i32>::deserialize(r)?;
        let f_date = <i32>::deserialize(r)?;
        let f_seq = <i32>::deserialize(r)?;
        let f_unread_count = <i32>::deserialize(r)?;
        Ok(Self { pts: f_pts, qts: f_qts, date: f_date, seq: f_seq, unread_count: f_unread_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for State {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.key("qts");
        self.qts.write_json(w);
        w.key("date");
        self.date.write_json(w);
        w.key("seq");
        self.seq.write_json(w);
        w.key("unread_count");
        self.unread_count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for State {}

/// `updates.differenceEmpty#5d75a138 date:int seq:int = updates.Difference`
#[derive(Debug, Clone, PartialEq)]
pub struct DifferenceEmpty {
    /// `date:int`
    pub date: i32,
    /// `seq:int`
    pub seq: i32,
}

impl Identifiable for DifferenceEmpty {
    const CONSTRUCTOR_ID: u32 = 0x5d75a138;
    const NAME: &'static str = "updates.differenceEmpty";
}

impl Serialize for DifferenceEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DifferenceEmpty {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.date.serialize(buf);
        self.seq.serialize(buf);
    }
}

impl Deserialize for DifferenceEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DifferenceEmpty {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_date = <i32>::deserialize(r)?;
        let f_seq = <i32>::deserialize(r)?;
        Ok(Self { date: f_date, seq: f_seq })
    }
}

#[cfg(feature = "json")]
impl ToJson for DifferenceEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.key("seq");
        self.seq.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DifferenceEmpty {}

/// `updates.difference#00f49ca0 new_messages:Vector<Message> new_encrypted_messages:Vector<EncryptedMessage> other_updates:Vector<Update> chats:Vector<Chat> users:Vector<User> state:updates.State = updates.Difference`
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// `new_messages:Vector<Message>`
    pub new_messages: Vec<crate::enums::Message>,
    /// `new_encrypted_messages:Vector<EncryptedMessage>`
    pub new_encrypted_messages: Vec<crate::enums::EncryptedMessage>,
    /// `other_updates:Vector<Update>`
    pub other_updates: Vec<crate::enums::Update>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `state:updates.State`
    pub state: crate::enums::updates::State,
}

impl Identifiable for Difference {
    const CONSTRUCTOR_ID: u32 = 0x00f49ca0;
    const NAME: &'static str = "updates.difference";
}

impl Serialize for Difference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Difference {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.new_messages.serialize(buf);
        self.new_encrypted_messages.serialize(buf);
        self.other_updates.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.state.serialize(buf);
    }
}

impl Deserialize for Difference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Difference {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_new_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_new_encrypted_messages = <Vec<crate::enums::EncryptedMessage>>::deserialize(r)?;
        let f_other_updates = <Vec<crate::enums::Update>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_state = <crate::enums::updates::State>::deserialize(r)?;
        Ok(Self { new_messages: f_new_messages, new_encrypted_messages: f_new_encrypted_messages, other_updates: f_other_updates, chats: f_chats, users: f_users, state: f_state })
    }
}

#[cfg(feature = "json")]
impl ToJson for Difference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("new_messages");
        self.new_messages.write_json(w);
        w.key("new_encrypted_messages");
        self.new_encrypted_messages.write_json(w);
        w.key("other_updates");
        self.other_updates.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("state");
        self.state.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Difference {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.new_messages, found);
        crate::peers::Peers::collect_peers(&self.other_updates, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `updates.differenceSlice#a8fb1981 new_messages:Vector<Message> new_encrypted_messages:Vector<EncryptedMessage> other_updates:Vector<Update> chats:Vector<Chat> users:Vector<User> intermediate_state:updates.State = updates.Difference`
#[derive(Debug, Clone, PartialEq)]
pub struct DifferenceSlice {
    /// `new_messages:Vector<Message>`
    pub new_messages: Vec<crate::enums::Message>,
    /// `new_encrypted_messages:Vector<EncryptedMessage>`
    pub new_encrypted_messages: Vec<crate::enums::EncryptedMessage>,
    /// `other_updates:Vector<Update>`
    pub other_updates: Vec<crate::enums::Update>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `intermediate_state:updates.State`
    pub intermediate_state: crate::enums::updates::State,
}

impl Identifiable for DifferenceSlice {
    const CONSTRUCTOR_ID: u32 = 0xa8fb1981;
    const NAME: &'static str = "updates.differenceSlice";
}

impl Serialize for DifferenceSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DifferenceSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.new_messages.serialize(buf);
        self.new_encrypted_messages.serialize(buf);
        self.other_updates.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.intermediate_state.serialize(buf);
    }
}

impl Deserialize for DifferenceSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DifferenceSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_new_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_new_encrypted_messages = <Vec<crate::enums::EncryptedMessage>>::deserialize(r)?;
        let f_other_updates = <Vec<crate::enums::Update>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_intermediate_state = <crate::enums::updates::State>::deserialize(r)?;
        Ok(Self { new_messages: f_new_messages, new_encrypted_messages: f_new_encrypted_messages, other_updates: f_other_updates, chats: f_chats, users: f_users, intermediate_state: f_intermediate_state })
    }
}

#[cfg(feature = "json")]
impl ToJson for DifferenceSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("new_messages");
        self.new_messages.write_json(w);
        w.key("new_encrypted_messages");
        self.new_encrypted_messages.write_json(w);
        w.key("other_updates");
        self.other_updates.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("intermediate_state");
        self.intermediate_state.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DifferenceSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.new_messages, found);
        crate::peers::Peers::collect_peers(&self.other_updates, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `updates.differenceTooLong#4afe8f6d pts:int = updates.Difference`
#[derive(Debug, Clone, PartialEq)]
pub struct DifferenceTooLong {
    /// `pts:int`
    pub pts: i32,
}

impl Identifiable for DifferenceTooLong {
    const CONSTRUCTOR_ID: u32 = 0x4afe8f6d;
    const NAME: &'static str = "updates.differenceTooLong";
}

impl Serialize for DifferenceTooLong {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DifferenceTooLong {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pts.serialize(buf);
    }
}

impl Deserialize for DifferenceTooLong {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DifferenceTooLong {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pts = <i32>::deserialize(r)?;
        Ok(Self { pts: f_pts })
    }
}

#[cfg(feature = "json")]
impl ToJson for DifferenceTooLong {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DifferenceTooLong {}

/// `updates.channelDifferenceEmpty#3e11affb flags:# final:flags.0?true pts:int timeout:flags.1?int = updates.ChannelDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelDifferenceEmpty {
    /// `final:flags.0?true`
    pub r#final: bool,
    /// `pts:int`
    pub pts: i32,
    /// `timeout:flags.1?int`
    pub timeout: Option<i32>,
}

impl Identifiable for ChannelDifferenceEmpty {
    const CONSTRUCTOR_ID: u32 = 0x3e11affb;
    const NAME: &'static str = "updates.channelDifferenceEmpty";
}

impl Serialize for ChannelDifferenceEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelDifferenceEmpty {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.r#final { 1 << 0 } else { 0 }
            | if self.timeout.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.pts.serialize(buf);
        if let Some(v) = &self.timeout {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for ChannelDifferenceEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelDifferenceEmpty {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_final = fl_flags & (1 << 0) != 0;
        let f_pts = <i32>::deserialize(r)?;
        let f_timeout = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { r#final: f_final, pts: f_pts, timeout: f_timeout })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelDifferenceEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("final");
        self.r#final.write_json(w);
        w.key("pts");
        self.pts.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelDifferenceEmpty {}

/// `updates.channelDifferenceTooLong#a4bcc6fe flags:# final:flags.0?true timeout:flags.1?int dialog:Dialog messages:Vector<Message> chats:Vector<Chat> users:Vector<User> = updates.ChannelDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelDifferenceTooLong {
    /// `final:flags.0?true`
    pub r#final: bool,
    /// `timeout:flags.1?int`
    pub timeout: Option<i32>,
    /// `dialog:Dialog`
    pub dialog: crate::enums::Dialog,
    /// `messages:Vector<Message>`
    pub messages: Vec<crate::enums::Message>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChannelDifferenceTooLong {
    const CONSTRUCTOR_ID: u32 = 0xa4bcc6fe;
    const NAME: &'static str = "updates.channelDifferenceTooLong";
}

impl Serialize for ChannelDifferenceTooLong {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelDifferenceTooLong {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.r#final { 1 << 0 } else { 0 }
            | if self.timeout.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.timeout {
            (*v).serialize(buf);
        }
        self.dialog.serialize(buf);
        self.messages.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChannelDifferenceTooLong {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelDifferenceTooLong {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_final = fl_flags & (1 << 0) != 0;
        let f_timeout = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_dialog = <crate::enums::Dialog>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { r#final: f_final, timeout: f_timeout, dialog: f_dialog, messages: f_messages, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelDifferenceTooLong {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("final");
        self.r#final.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.key("dialog");
        self.dialog.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelDifferenceTooLong {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.dialog, found);
        crate::peers::Peers::collect_peers(&self.messages, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `updates.channelDifference#2064674e flags:# final:flags.0?true pts:int timeout:flags.1?int new_messages:Vector<Message> other_updates:Vector<Update> chats:Vector<Chat> users:Vector<User> = updates.ChannelDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelDifference {
    /// `final:flags.0?true`
    pub r#final: bool,
    /// `pts:int`
    pub pts: i32,
    /// `timeout:flags.1?int`
    pub timeout: Option<i32>,
    /// `new_messages:Vector<Message>`
    pub new_messages: Vec<crate::enums::Message>,
    /// `other_updates:Vector<Update>`
    pub other_updates: Vec<crate::enums::Update>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChannelDifference {
    const CONSTRUCTOR_ID: u32 = 0x2064674e;
    const NAME: &'static str = "updates.channelDifference";
}

impl Serialize for ChannelDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelDifference {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.r#final { 1 << 0 } else { 0 }
            | if self.timeout.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.pts.serialize(buf);
        if let Some(v) = &self.timeout {
            (*v).serialize(buf);
        }
        self.new_messages.serialize(buf);
        self.other_updates.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChannelDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelDifference {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_final = fl_flags & (1 << 0) != 0;
        let f_pts = <i32>::deserialize(r)?;
        let f_timeout = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_new_messages = <Vec<crate::enums::Message>>::deserialize(r)?;
        let f_other_updates = <Vec<crate::enums::Update>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { r#final: f_final, pts: f_pts, timeout: f_timeout, new_messages: f_new_messages, other_updates: f_other_updates, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("final");
        self.r#final.write_json(w);
        w.key("pts");
        self.pts.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.key("new_messages");
        self.new_messages.write_json(w);
        w.key("other_updates");
        self.other_updates.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelDifference {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.new_messages, found);
        crate::peers::Peers::collect_peers(&self.other_updates, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
