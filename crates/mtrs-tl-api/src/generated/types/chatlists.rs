// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `chatlists` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `chatlists.exportedChatlistInvite#10e6e3a6 filter:DialogFilter invite:ExportedChatlistInvite = chatlists.ExportedChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedChatlistInvite {
    /// `filter:DialogFilter`
    pub filter: crate::enums::DialogFilter,
    /// `invite:ExportedChatlistInvite`
    pub invite: crate::enums::ExportedChatlistInvite,
}

impl Identifiable for ExportedChatlistInvite {
    const CONSTRUCTOR_ID: u32 = 0x10e6e3a6;
    const NAME: &'static str = "chatlists.exportedChatlistInvite";
}

impl Serialize for ExportedChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedChatlistInvite {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.filter.serialize(buf);
        self.invite.serialize(buf);
    }
}

impl Deserialize for ExportedChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedChatlistInvite {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_filter = <crate::enums::DialogFilter>::deserialize(r)?;
        let f_invite = <crate::enums::ExportedChatlistInvite>::deserialize(r)?;
        Ok(Self { filter: f_filter, invite: f_invite })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("filter");
        self.filter.write_json(w);
        w.key("invite");
        self.invite.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedChatlistInvite {}

/// `chatlists.exportedInvites#10ab6dc7 invites:Vector<ExportedChatlistInvite> chats:Vector<Chat> users:Vector<User> = chatlists.ExportedInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedInvites {
    /// `invites:Vector<ExportedChatlistInvite>`
    pub invites: Vec<crate::enums::ExportedChatlistInvite>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ExportedInvites {
    const CONSTRUCTOR_ID: u32 = 0x10ab6dc7;
    const NAME: &'static str = "chatlists.exportedInvites";
}

impl Serialize for ExportedInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedInvites {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.invites.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ExportedInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedInvites {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_invites = <Vec<crate::enums::ExportedChatlistInvite>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { invites: f_invites, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invites");
        self.invites.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `chatlists.chatlistInviteAlready#fa87f659 filter_id:int missing_peers:Vector<Peer> already_peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = chatlists.ChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatlistInviteAlready {
    /// `filter_id:int`
    pub filter_id: i32,
    /// `missing_peers:Vector<Peer>`
    pub missing_peers: Vec<crate::enums::Peer>,
    /// `already_peers:Vector<Peer>`
    pub already_peers: Vec<crate::enums::Peer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatlistInviteAlready {
    const CONSTRUCTOR_ID: u32 = 0xfa87f659;
    const NAME: &'static str = "chatlists.chatlistInviteAlready";
}

impl Serialize for ChatlistInviteAlready {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatlistInviteAlready {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.filter_id.serialize(buf);
        self.missing_peers.serialize(buf);
        self.already_peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatlistInviteAlready {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatlistInviteAlready {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_filter_id = <i32>::deserialize(r)?;
        let f_missing_peers = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_already_peers = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { filter_id: f_filter_id, missing_peers: f_missing_peers, already_peers: f_already_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatlistInviteAlready {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("filter_id");
        self.filter_id.write_json(w);
        w.key("missing_peers");
        self.missing_peers.write_json(w);
        w.key("already_peers");
        self.already_peers.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatlistInviteAlready {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `chatlists.chatlistInvite#f10ece2f flags:# title_noanimate:flags.1?true title:TextWithEntities emoticon:flags.0?string peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = chatlists.ChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatlistInvite {
    /// `title_noanimate:flags.1?true`
    pub title_noanimate: bool,
    /// `title:TextWithEntities`
    pub title: crate::enums::TextWithEntities,
    /// `emoticon:flags.0?string`
    pub emoticon: Option<mtrs_tl::TlString>,
    /// `peers:Vector<Peer>`
    pub peers: Vec<crate::enums::Peer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatlistInvite {
    const CONSTRUCTOR_ID: u32 = 0xf10ece2f;
    const NAME: &'static str = "chatlists.chatlistInvite";
}

impl Serialize for ChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatlistInvite {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.emoticon.is_some() { 1 << 0 } else { 0 }
            | if self.title_noanimate { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.title.serialize(buf);
        if let Some(v) = &self.emoticon {
            (*v).serialize(buf);
        }
        self.peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatlistInvite {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_title_noanimate = fl_flags & (1 << 1) != 0;
        let f_title = <crate::enums::TextWithEntities>::deserialize(r)?;
        let f_emoticon = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_peers = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { title_noanimate: f_title_noanimate, title: f_title, emoticon: f_emoticon, peers: f_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("title_noanimate");
        self.title_noanimate.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("emoticon");
        self.emoticon.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatlistInvite {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `chatlists.chatlistUpdates#93bd878d missing_peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = chatlists.ChatlistUpdates`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatlistUpdates {
    /// `missing_peers:Vector<Peer>`
    pub missing_peers: Vec<crate::enums::Peer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChatlistUpdates {
    const CONSTRUCTOR_ID: u32 = 0x93bd878d;
    const NAME: &'static str = "chatlists.chatlistUpdates";
}

impl Serialize for ChatlistUpdates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatlistUpdates {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.missing_peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChatlistUpdates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatlistUpdates {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_missing_peers = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { missing_peers: f_missing_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatlistUpdates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("missing_peers");
        self.missing_peers.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatlistUpdates {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
