// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `phone` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `phone.phoneCall#ec82e140 phone_call:PhoneCall users:Vector<User> = phone.PhoneCall`
#[derive(Debug, Clone, PartialEq)]
pub struct PhoneCall {
    /// `phone_call:PhoneCall`
    pub phone_call: crate::enums::PhoneCall,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PhoneCall {
    const CONSTRUCTOR_ID: u32 = 0xec82e140;
    const NAME: &'static str = "phone.phoneCall";
}

impl Serialize for PhoneCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PhoneCall {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.phone_call.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PhoneCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PhoneCall {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_phone_call = <crate::enums::PhoneCall>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { phone_call: f_phone_call, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PhoneCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_call");
        self.phone_call.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PhoneCall {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `phone.groupCall#9e727aad call:GroupCall participants:Vector<GroupCallParticipant> participants_next_offset:string chats:Vector<Chat> users:Vector<User> = phone.GroupCall`
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCall {
    /// `call:GroupCall`
    pub call: crate::enums::GroupCall,
    /// `participants:Vector<GroupCallParticipant>`
    pub participants: Vec<crate::enums::GroupCallParticipant>,
    /// `participants_next_offset:string`
    pub participants_next_offset: mtrs_tl::TlString,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for GroupCall {
    const CONSTRUCTOR_ID: u32 = 0x9e727aad;
    const NAME: &'static str = "phone.groupCall";
}

impl Serialize for GroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GroupCall {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.call.serialize(buf);
        self.participants.serialize(buf);
        self.participants_next_offset.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for GroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GroupCall {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_call = <crate::enums::GroupCall>::deserialize(r)?;
        let f_participants = <Vec<crate::enums::GroupCallParticipant>>::deserialize(r)?;
        let f_participants_next_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { call: f_call, participants: f_participants, participants_next_offset: f_participants_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("participants");
        self.participants.write_json(w);
        w.key("participants_next_offset");
        self.participants_next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GroupCall {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `phone.groupParticipants#f47751b6 count:int participants:Vector<GroupCallParticipant> next_offset:string chats:Vector<Chat> users:Vector<User> version:int = phone.GroupParticipants`
#[derive(Debug, Clone, PartialEq)]
pub struct GroupParticipants {
    /// `count:int`
    pub count: i32,
    /// `participants:Vector<GroupCallParticipant>`
    pub participants: Vec<crate::enums::GroupCallParticipant>,
    /// `next_offset:string`
    pub next_offset: mtrs_tl::TlString,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `version:int`
    pub version: i32,
}

impl Identifiable for GroupParticipants {
    const CONSTRUCTOR_ID: u32 = 0xf47751b6;
    const NAME: &'static str = "phone.groupParticipants";
}

impl Serialize for GroupParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GroupParticipants {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.participants.serialize(buf);
        self.next_offset.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.version.serialize(buf);
    }
}

impl Deserialize for GroupParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GroupParticipants {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_participants = <Vec<crate::enums::GroupCallParticipant>>::deserialize(r)?;
        let f_next_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_version = <i32>::deserialize(r)?;
        Ok(Self { count: f_count, participants: f_participants, next_offset: f_next_offset, chats: f_chats, users: f_users, version: f_version })
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("participants");
        self.participants.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("version");
        self.version.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GroupParticipants {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `phone.joinAsPeers#afe5623f peers:Vector<Peer> chats:Vector<Chat> users:Vector<User> = phone.JoinAsPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinAsPeers {
    /// `peers:Vector<Peer>`
    pub peers: Vec<crate::enums::Peer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for JoinAsPeers {
    const CONSTRUCTOR_ID: u32 = 0xafe5623f;
    const NAME: &'static str = "phone.joinAsPeers";
}

impl Serialize for JoinAsPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for JoinAsPeers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for JoinAsPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for JoinAsPeers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_peers = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { peers: f_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinAsPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peers");
        self.peers.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for JoinAsPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `phone.exportedGroupCallInvite#204bd158 link:string = phone.ExportedGroupCallInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedGroupCallInvite {
    /// `link:string`
    pub link: mtrs_tl::TlString,
}

impl Identifiable for ExportedGroupCallInvite {
    const CONSTRUCTOR_ID: u32 = 0x204bd158;
    const NAME: &'static str = "phone.exportedGroupCallInvite";
}

impl Serialize for ExportedGroupCallInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedGroupCallInvite {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.link.serialize(buf);
    }
}

impl Deserialize for ExportedGroupCallInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedGroupCallInvite {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_link = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedGroupCallInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedGroupCallInvite {}

/// `phone.groupCallStreamChannels#d0e482b2 channels:Vector<GroupCallStreamChannel> = phone.GroupCallStreamChannels`
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCallStreamChannels {
    /// `channels:Vector<GroupCallStreamChannel>`
    pub channels: Vec<crate::enums::GroupCallStreamChannel>,
}

impl Identifiable for GroupCallStreamChannels {
    const CONSTRUCTOR_ID: u32 = 0xd0e482b2;
    const NAME: &'static str = "phone.groupCallStreamChannels";
}

impl Serialize for GroupCallStreamChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GroupCallStreamChannels {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.channels.serialize(buf);
    }
}

impl Deserialize for GroupCallStreamChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GroupCallStreamChannels {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_channels = <Vec<crate::enums::GroupCallStreamChannel>>::deserialize(r)?;
        Ok(Self { channels: f_channels })
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStreamChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channels");
        self.channels.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GroupCallStreamChannels {}

/// `phone.groupCallStreamRtmpUrl#2dbf3432 url:string key:string = phone.GroupCallStreamRtmpUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCallStreamRtmpUrl {
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `key:string`
    pub key: mtrs_tl::TlString,
}

impl Identifiable for GroupCallStreamRtmpUrl {
    const CONSTRUCTOR_ID: u32 = 0x2dbf3432;
    const NAME: &'static str = "phone.groupCallStreamRtmpUrl";
}

impl Serialize for GroupCallStreamRtmpUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GroupCallStreamRtmpUrl {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
        self.key.serialize(buf);
    }
}

impl Deserialize for GroupCallStreamRtmpUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GroupCallStreamRtmpUrl {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_key = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url, key: f_key })
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStreamRtmpUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.key("key");
        self.key.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GroupCallStreamRtmpUrl {}

/// `phone.groupCallStars#9d1dbd26 total_stars:long top_donors:Vector<GroupCallDonor> chats:Vector<Chat> users:Vector<User> = phone.GroupCallStars`
#[derive(Debug, Clone, PartialEq)]
pub struct GroupCallStars {
    /// `total_stars:long`
    pub total_stars: i64,
    /// `top_donors:Vector<GroupCallDonor>`
    pub top_donors: Vec<crate::enums::GroupCallDonor>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for GroupCallStars {
    const CONSTRUCTOR_ID: u32 = 0x9d1dbd26;
    const NAME: &'static str = "phone.groupCallStars";
}

impl Serialize for GroupCallStars {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GroupCallStars {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.total_stars.serialize(buf);
        self.top_donors.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for GroupCallStars {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GroupCallStars {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_total_stars = <i64>::deserialize(r)?;
        let f_top_donors = <Vec<crate::enums::GroupCallDonor>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { total_stars: f_total_stars, top_donors: f_top_donors, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for GroupCallStars {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("total_stars");
        self.total_stars.write_json(w);
        w.key("top_donors");
        self.top_donors.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GroupCallStars {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
