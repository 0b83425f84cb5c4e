// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `communities` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `communities.peerLinkRequests#2244afad flags:# total_count:int requests:Vector<CommunityPeerRequest> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = communities.PeerLinkRequests`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerLinkRequests {
    /// `total_count:int`
    pub total_count: i32,
    /// `requests:Vector<CommunityPeerRequest>`
    pub requests: Vec<crate::enums::CommunityPeerRequest>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PeerLinkRequests {
    const CONSTRUCTOR_ID: u32 = 0x2244afad;
    const NAME: &'static str = "communities.peerLinkRequests";
}

impl Serialize for PeerLinkRequests {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerLinkRequests {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.total_count.serialize(buf);
        self.requests.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PeerLinkRequests {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerLinkRequests {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_total_count = <i32>::deserialize(r)?;
        let f_requests = <Vec<crate::enums::CommunityPeerRequest>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { total_count: f_total_count, requests: f_requests, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerLinkRequests {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("total_count");
        self.total_count.write_json(w);
        w.key("requests");
        self.requests.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerLinkRequests {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `communities.participantJoinedChats#8d78512a creator_chat_ids:Vector<long> joined_chat_ids:Vector<long> chats:Vector<Chat> users:Vector<User> = communities.ParticipantJoinedChats`
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantJoinedChats {
    /// `creator_chat_ids:Vector<long>`
    pub creator_chat_ids: Vec<i64>,
    /// `joined_chat_ids:Vector<long>`
    pub joined_chat_ids: Vec<i64>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ParticipantJoinedChats {
    const CONSTRUCTOR_ID: u32 = 0x8d78512a;
    const NAME: &'static str = "communities.participantJoinedChats";
}

impl Serialize for ParticipantJoinedChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ParticipantJoinedChats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.creator_chat_ids.serialize(buf);
        self.joined_chat_ids.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ParticipantJoinedChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ParticipantJoinedChats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_creator_chat_ids = <Vec<i64>>::deserialize(r)?;
        let f_joined_chat_ids = <Vec<i64>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { creator_chat_ids: f_creator_chat_ids, joined_chat_ids: f_joined_chat_ids, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ParticipantJoinedChats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("creator_chat_ids");
        self.creator_chat_ids.write_json(w);
        w.key("joined_chat_ids");
        self.joined_chat_ids.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ParticipantJoinedChats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
