// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `contacts` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `contacts.getContactIDs#7adc669d hash:long = Vector<int>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetContactIDs {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetContactIDs {
    const CONSTRUCTOR_ID: u32 = 0x7adc669d;
    const NAME: &'static str = "contacts.getContactIDs";
}

impl Serialize for GetContactIDs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetContactIDs {
    type Return = Vec<i32>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetContactIDs {
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
impl ToJson for GetContactIDs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `contacts.getStatuses#c4a353ee = Vector<ContactStatus>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatuses;

impl Identifiable for GetStatuses {
    const CONSTRUCTOR_ID: u32 = 0xc4a353ee;
    const NAME: &'static str = "contacts.getStatuses";
}

impl Serialize for GetStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetStatuses {
    type Return = Vec<crate::enums::ContactStatus>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `contacts.getContacts#5dd69e12 hash:long = contacts.Contacts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetContacts {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetContacts {
    const CONSTRUCTOR_ID: u32 = 0x5dd69e12;
    const NAME: &'static str = "contacts.getContacts";
}

impl Serialize for GetContacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetContacts {
    type Return = crate::enums::contacts::Contacts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetContacts {
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
impl ToJson for GetContacts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `contacts.importContacts#2c800be5 contacts:Vector<InputContact> = contacts.ImportedContacts`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportContacts {
    /// `contacts:Vector<InputContact>`
    pub contacts: Vec<crate::enums::InputContact>,
}

impl Identifiable for ImportContacts {
    const CONSTRUCTOR_ID: u32 = 0x2c800be5;
    const NAME: &'static str = "contacts.importContacts";
}

impl Serialize for ImportContacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.contacts.serialize(buf);
    }
}

impl RemoteCall for ImportContacts {
    type Return = crate::enums::contacts::ImportedContacts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportContacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_contacts = <Vec<crate::enums::InputContact>>::deserialize(r)?;
        Ok(Self { contacts: f_contacts })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportContacts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("contacts");
        self.contacts.write_json(w);
        w.end_object();
    }
}

/// `contacts.deleteContacts#096a0e00 id:Vector<InputUser> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteContacts {
    /// `id:Vector<InputUser>`
    pub id: Vec<crate::enums::InputUser>,
}

impl Identifiable for DeleteContacts {
    const CONSTRUCTOR_ID: u32 = 0x096a0e00;
    const NAME: &'static str = "contacts.deleteContacts";
}

impl Serialize for DeleteContacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteContacts {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteContacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteContacts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `contacts.deleteByPhones#1013fd9e phones:Vector<string> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteByPhones {
    /// `phones:Vector<string>`
    pub phones: Vec<mtrs_tl::TlString>,
}

impl Identifiable for DeleteByPhones {
    const CONSTRUCTOR_ID: u32 = 0x1013fd9e;
    const NAME: &'static str = "contacts.deleteByPhones";
}

impl Serialize for DeleteByPhones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phones.serialize(buf);
    }
}

impl RemoteCall for DeleteByPhones {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteByPhones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phones = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { phones: f_phones })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteByPhones {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phones");
        self.phones.write_json(w);
        w.end_object();
    }
}

/// `contacts.block#2e2e8734 flags:# my_stories_from:flags.0?true id:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// `my_stories_from:flags.0?true`
    pub my_stories_from: bool,
    /// `id:InputPeer`
    pub id: crate::enums::InputPeer,
}

impl Identifiable for Block {
    const CONSTRUCTOR_ID: u32 = 0x2e2e8734;
    const NAME: &'static str = "contacts.block";
}

impl Serialize for Block {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.my_stories_from { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for Block {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Block {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_my_stories_from = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { my_stories_from: f_my_stories_from, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for Block {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_stories_from");
        self.my_stories_from.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `contacts.unblock#b550d328 flags:# my_stories_from:flags.0?true id:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct Unblock {
    /// `my_stories_from:flags.0?true`
    pub my_stories_from: bool,
    /// `id:InputPeer`
    pub id: crate::enums::InputPeer,
}

impl Identifiable for Unblock {
    const CONSTRUCTOR_ID: u32 = 0xb550d328;
    const NAME: &'static str = "contacts.unblock";
}

impl Serialize for Unblock {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.my_stories_from { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for Unblock {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Unblock {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_my_stories_from = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { my_stories_from: f_my_stories_from, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for Unblock {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_stories_from");
        self.my_stories_from.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `contacts.getBlocked#9a868f80 flags:# my_stories_from:flags.0?true offset:int limit:int = contacts.Blocked`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBlocked {
    /// `my_stories_from:flags.0?true`
    pub my_stories_from: bool,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetBlocked {
    const CONSTRUCTOR_ID: u32 = 0x9a868f80;
    const NAME: &'static str = "contacts.getBlocked";
}

impl Serialize for GetBlocked {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.my_stories_from { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetBlocked {
    type Return = crate::enums::contacts::Blocked;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBlocked {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_my_stories_from = fl_flags & (1 << 0) != 0;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { my_stories_from: f_my_stories_from, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBlocked {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_stories_from");
        self.my_stories_from.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `contacts.search#05f58d0f flags:# broadcasts:flags.0?true bots:flags.1?true q:string limit:int = contacts.Found`
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    /// `broadcasts:flags.0?true`
    pub broadcasts: bool,
    /// `bots:flags.1?true`
    pub bots: bool,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for Search {
    const CONSTRUCTOR_ID: u32 = 0x05f58d0f;
    const NAME: &'static str = "contacts.search";
}

impl Serialize for Search {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.broadcasts { 1 << 0 } else { 0 }
            | if self.bots { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.q.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for Search {
    type Return = crate::enums::contacts::Found;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Search {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_broadcasts = fl_flags & (1 << 0) != 0;
        let f_bots = fl_flags & (1 << 1) != 0;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { broadcasts: f_broadcasts, bots: f_bots, q: f_q, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for Search {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("broadcasts");
        self.broadcasts.write_json(w);
        w.key("bots");
        self.bots.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `contacts.resolveUsername#725afbbc flags:# username:string referer:flags.0?string = contacts.ResolvedPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolveUsername {
    /// `username:string`
    pub username: mtrs_tl::TlString,
    /// `referer:flags.0?string`
    pub referer: Option<mtrs_tl::TlString>,
}

impl Identifiable for ResolveUsername {
    const CONSTRUCTOR_ID: u32 = 0x725afbbc;
    const NAME: &'static str = "contacts.resolveUsername";
}

impl Serialize for ResolveUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.referer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.username.serialize(buf);
        if let Some(v) = &self.referer {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ResolveUsername {
    type Return = crate::enums::contacts::ResolvedPeer;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResolveUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        let f_referer = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { username: f_username, referer: f_referer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolveUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("username");
        self.username.write_json(w);
        w.key("referer");
        self.referer.write_json(w);
        w.end_object();
    }
}

/// `contacts.getTopPeers#973478b6 flags:# correspondents:flags.0?true bots_pm:flags.1?true bots_inline:flags.2?true phone_calls:flags.3?true forward_users:flags.4?true forward_chats:flags.5?true groups:flags.10?true channels:flags.15?true bots_app:flags.16?true bots_guestchat:flags.17?true offset:int limit:int hash:long = contacts.TopPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTopPeers {
    /// `correspondents:flags.0?true`
    pub correspondents: bool,
    /// `bots_pm:flags.1?true`
    pub bots_pm: bool,
    /// `bots_inline:flags.2?true`
    pub bots_inline: bool,
    /// `phone_calls:flags.3?true`
    pub phone_calls: bool,
    /// `forward_users:flags.4?true`
    pub forward_users: bool,
    /// `forward_chats:flags.5?true`
    pub forward_chats: bool,
    /// `groups:flags.10?true`
    pub groups: bool,
    /// `channels:flags.15?true`
    pub channels: bool,
    /// `bots_app:flags.16?true`
    pub bots_app: bool,
    /// `bots_guestchat:flags.17?true`
    pub bots_guestchat: bool,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetTopPeers {
    const CONSTRUCTOR_ID: u32 = 0x973478b6;
    const NAME: &'static str = "contacts.getTopPeers";
}

impl Serialize for GetTopPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.correspondents { 1 << 0 } else { 0 }
            | if self.bots_pm { 1 << 1 } else { 0 }
            | if self.bots_inline { 1 << 2 } else { 0 }
            | if self.phone_calls { 1 << 3 } else { 0 }
            | if self.forward_users { 1 << 4 } else { 0 }
            | if self.forward_chats { 1 << 5 } else { 0 }
            | if self.groups { 1 << 10 } else { 0 }
            | if self.channels { 1 << 15 } else { 0 }
            | if self.bots_app { 1 << 16 } else { 0 }
            | if self.bots_guestchat { 1 << 17 } else { 0 };
        fl_flags.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetTopPeers {
    type Return = crate::enums::contacts::TopPeers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTopPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_correspondents = fl_flags & (1 << 0) != 0;
        let f_bots_pm = fl_flags & (1 << 1) != 0;
        let f_bots_inline = fl_flags & (1 << 2) != 0;
        let f_phone_calls = fl_flags & (1 << 3) != 0;
        let f_forward_users = fl_flags & (1 << 4) != 0;
        let f_forward_chats = fl_flags & (1 << 5) != 0;
        let f_groups = fl_flags & (1 << 10) != 0;
        let f_channels = fl_flags & (1 << 15) != 0;
        let f_bots_app = fl_flags & (1 << 16) != 0;
        let f_bots_guestchat = fl_flags & (1 << 17) != 0;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { correspondents: f_correspondents, bots_pm: f_bots_pm, bots_inline: f_bots_inline, phone_calls: f_phone_calls, forward_users: f_forward_users, forward_chats: f_forward_chats, groups: f_groups, channels: f_channels, bots_app: f_bots_app, bots_guestchat: f_bots_guestchat, offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTopPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("correspondents");
        self.correspondents.write_json(w);
        w.key("bots_pm");
        self.bots_pm.write_json(w);
        w.key("bots_inline");
        self.bots_inline.write_json(w);
        w.key("phone_calls");
        self.phone_calls.write_json(w);
        w.key("forward_users");
        self.forward_users.write_json(w);
        w.key("forward_chats");
        self.forward_chats.write_json(w);
        w.key("groups");
        self.groups.write_json(w);
        w.key("channels");
        self.channels.write_json(w);
        w.key("bots_app");
        self.bots_app.write_json(w);
        w.key("bots_guestchat");
        self.bots_guestchat.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `contacts.resetTopPeerRating#1ae373ac category:TopPeerCategory peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetTopPeerRating {
    /// `category:TopPeerCategory`
    pub category: crate::enums::TopPeerCategory,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for ResetTopPeerRating {
    const CONSTRUCTOR_ID: u32 = 0x1ae373ac;
    const NAME: &'static str = "contacts.resetTopPeerRating";
}

impl Serialize for ResetTopPeerRating {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.category.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ResetTopPeerRating {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetTopPeerRating {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_category = <crate::enums::TopPeerCategory>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { category: f_category, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetTopPeerRating {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("category");
        self.category.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `contacts.resetSaved#879537f1 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetSaved;

impl Identifiable for ResetSaved {
    const CONSTRUCTOR_ID: u32 = 0x879537f1;
    const NAME: &'static str = "contacts.resetSaved";
}

impl Serialize for ResetSaved {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetSaved {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetSaved {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetSaved {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `contacts.getSaved#82f1e39f = Vector<SavedContact>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSaved;

impl Identifiable for GetSaved {
    const CONSTRUCTOR_ID: u32 = 0x82f1e39f;
    const NAME: &'static str = "contacts.getSaved";
}

impl Serialize for GetSaved {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSaved {
    type Return = Vec<crate::enums::SavedContact>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSaved {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSaved {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `contacts.toggleTopPeers#8514bdda enabled:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleTopPeers {
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleTopPeers {
    const CONSTRUCTOR_ID: u32 = 0x8514bdda;
    const NAME: &'static str = "contacts.toggleTopPeers";
}

impl Serialize for ToggleTopPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleTopPeers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleTopPeers {
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
impl ToJson for ToggleTopPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `contacts.addContact#d9ba2e54 flags:# add_phone_privacy_exception:flags.0?true id:InputUser first_name:string last_name:string phone:string note:flags.1?TextWithEntities = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AddContact {
    /// `add_phone_privacy_exception:flags.0?true`
    pub add_phone_privacy_exception: bool,
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `first_name:string`
    pub first_name: mtrs_tl::TlString,
    /// `last_name:string`
    pub last_name: mtrs_tl::TlString,
    /// `phone:string`
    pub phone: mtrs_tl::TlString,
    /// `note:flags.1?TextWithEntities`
    pub note: Option<crate::enums::TextWithEntities>,
}

impl Identifiable for AddContact {
    const CONSTRUCTOR_ID: u32 = 0xd9ba2e54;
    const NAME: &'static str = "contacts.addContact";
}

impl Serialize for AddContact {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.add_phone_privacy_exception { 1 << 0 } else { 0 }
            | if self.note.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.first_name.serialize(buf);
        self.last_name.serialize(buf);
        self.phone.serialize(buf);
        if let Some(v) = &self.note {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for AddContact {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddContact {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_add_phone_privacy_exception = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_first_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_last_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone = <mtrs_tl::TlString>::deserialize(r)?;
        let f_note = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::TextWithEntities>::deserialize(r)?) } else { None };
        Ok(Self { add_phone_privacy_exception: f_add_phone_privacy_exception, id: f_id, first_name: f_first_name, last_name: f_last_name, phone: f_phone, note: f_note })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddContact {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("add_phone_privacy_exception");
        self.add_phone_privacy_exception.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("first_name");
        self.first_name.write_json(w);
        w.key("last_name");
        self.last_name.write_json(w);
        w.key("phone");
        self.phone.write_json(w);
        w.key("note");
        self.note.write_json(w);
        w.end_object();
    }
}

/// `contacts.acceptContact#f831a20f id:InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptContact {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
}

impl Identifiable for AcceptContact {
    const CONSTRUCTOR_ID: u32 = 0xf831a20f;
    const NAME: &'static str = "contacts.acceptContact";
}

impl Serialize for AcceptContact {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for AcceptContact {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptContact {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptContact {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `contacts.getLocated#d348bc44 flags:# background:flags.1?true geo_point:InputGeoPoint self_expires:flags.0?int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLocated {
    /// `background:flags.1?true`
    pub background: bool,
    /// `geo_point:InputGeoPoint`
    pub geo_point: crate::enums::InputGeoPoint,
    /// `self_expires:flags.0?int`
    pub self_expires: Option<i32>,
}

impl Identifiable for GetLocated {
    const CONSTRUCTOR_ID: u32 = 0xd348bc44;
    const NAME: &'static str = "contacts.getLocated";
}

impl Serialize for GetLocated {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.self_expires.is_some() { 1 << 0 } else { 0 }
            | if self.background { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.geo_point.serialize(buf);
        if let Some(v) = &self.self_expires {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetLocated {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLocated {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_background = fl_flags & (1 << 1) != 0;
        let f_geo_point = <crate::enums::InputGeoPoint>::deserialize(r)?;
        let f_self_expires = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { background: f_background, geo_point: f_geo_point, self_expires: f_self_expires })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLocated {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("background");
        self.background.write_json(w);
        w.key("geo_point");
        self.geo_point.write_json(w);
        w.key("self_expires");
        self.self_expires.write_json(w);
        w.end_object();
    }
}

/// `contacts.blockFromReplies#29a8962c flags:# delete_message:flags.0?true delete_history:flags.1?true report_spam:flags.2?true msg_id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct BlockFromReplies {
    /// `delete_message:flags.0?true`
    pub delete_message: bool,
    /// `delete_history:flags.1?true`
    pub delete_history: bool,
    /// `report_spam:flags.2?true`
    pub report_spam: bool,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for BlockFromReplies {
    const CONSTRUCTOR_ID: u32 = 0x29a8962c;
    const NAME: &'static str = "contacts.blockFromReplies";
}

impl Serialize for BlockFromReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.delete_message { 1 << 0 } else { 0 }
            | if self.delete_history { 1 << 1 } else { 0 }
            | if self.report_spam { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for BlockFromReplies {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for BlockFromReplies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_delete_message = fl_flags & (1 << 0) != 0;
        let f_delete_history = fl_flags & (1 << 1) != 0;
        let f_report_spam = fl_flags & (1 << 2) != 0;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { delete_message: f_delete_message, delete_history: f_delete_history, report_spam: f_report_spam, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for BlockFromReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("delete_message");
        self.delete_message.write_json(w);
        w.key("delete_history");
        self.delete_history.write_json(w);
        w.key("report_spam");
        self.report_spam.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `contacts.resolvePhone#8af94344 phone:string = contacts.ResolvedPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvePhone {
    /// `phone:string`
    pub phone: mtrs_tl::TlString,
}

impl Identifiable for ResolvePhone {
    const CONSTRUCTOR_ID: u32 = 0x8af94344;
    const NAME: &'static str = "contacts.resolvePhone";
}

impl Serialize for ResolvePhone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone.serialize(buf);
    }
}

impl RemoteCall for ResolvePhone {
    type Return = crate::enums::contacts::ResolvedPeer;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResolvePhone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone: f_phone })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolvePhone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone");
        self.phone.write_json(w);
        w.end_object();
    }
}

/// `contacts.exportContactToken#f8654027 = ExportedContactToken`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportContactToken;

impl Identifiable for ExportContactToken {
    const CONSTRUCTOR_ID: u32 = 0xf8654027;
    const NAME: &'static str = "contacts.exportContactToken";
}

impl Serialize for ExportContactToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ExportContactToken {
    type Return = crate::enums::ExportedContactToken;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportContactToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportContactToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `contacts.importContactToken#13005788 token:string = User`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportContactToken {
    /// `token:string`
    pub token: mtrs_tl::TlString,
}

impl Identifiable for ImportContactToken {
    const CONSTRUCTOR_ID: u32 = 0x13005788;
    const NAME: &'static str = "contacts.importContactToken";
}

impl Serialize for ImportContactToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token.serialize(buf);
    }
}

impl RemoteCall for ImportContactToken {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportContactToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportContactToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

/// `contacts.editCloseFriends#ba6705f0 id:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditCloseFriends {
    /// `id:Vector<long>`
    pub id: Vec<i64>,
}

impl Identifiable for EditCloseFriends {
    const CONSTRUCTOR_ID: u32 = 0xba6705f0;
    const NAME: &'static str = "contacts.editCloseFriends";
}

impl Serialize for EditCloseFriends {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for EditCloseFriends {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditCloseFriends {
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
impl ToJson for EditCloseFriends {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `contacts.setBlocked#94c65c76 flags:# my_stories_from:flags.0?true id:Vector<InputPeer> limit:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBlocked {
    /// `my_stories_from:flags.0?true`
    pub my_stories_from: bool,
    /// `id:Vector<InputPeer>`
    pub id: Vec<crate::enums::InputPeer>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for SetBlocked {
    const CONSTRUCTOR_ID: u32 = 0x94c65c76;
    const NAME: &'static str = "contacts.setBlocked";
}

impl Serialize for SetBlocked {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.my_stories_from { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for SetBlocked {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBlocked {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_my_stories_from = fl_flags & (1 << 0) != 0;
        let f_id = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { my_stories_from: f_my_stories_from, id: f_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBlocked {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_stories_from");
        self.my_stories_from.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `contacts.getBirthdays#daeda864 = contacts.ContactBirthdays`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBirthdays;

impl Identifiable for GetBirthdays {
    const CONSTRUCTOR_ID: u32 = 0xdaeda864;
    const NAME: &'static str = "contacts.getBirthdays";
}

impl Serialize for GetBirthdays {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetBirthdays {
    type Return = crate::enums::contacts::ContactBirthdays;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBirthdays {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBirthdays {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `contacts.getSponsoredPeers#b6c8c393 q:string = contacts.SponsoredPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSponsoredPeers {
    /// `q:string`
    pub q: mtrs_tl::TlString,
}

impl Identifiable for GetSponsoredPeers {
    const CONSTRUCTOR_ID: u32 = 0xb6c8c393;
    const NAME: &'static str = "contacts.getSponsoredPeers";
}

impl Serialize for GetSponsoredPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.q.serialize(buf);
    }
}

impl RemoteCall for GetSponsoredPeers {
    type Return = crate::enums::contacts::SponsoredPeers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSponsoredPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { q: f_q })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSponsoredPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("q");
        self.q.write_json(w);
        w.end_object();
    }
}

/// `contacts.updateContactNote#139f63fb id:InputUser note:TextWithEntities = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateContactNote {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `note:TextWithEntities`
    pub note: crate::enums::TextWithEntities,
}

impl Identifiable for UpdateContactNote {
    const CONSTRUCTOR_ID: u32 = 0x139f63fb;
    const NAME: &'static str = "contacts.updateContactNote";
}

impl Serialize for UpdateContactNote {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.note.serialize(buf);
    }
}

impl RemoteCall for UpdateContactNote {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateContactNote {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_note = <crate::enums::TextWithEntities>::deserialize(r)?;
        Ok(Self { id: f_id, note: f_note })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateContactNote {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("note");
        self.note.write_json(w);
        w.end_object();
    }
}
