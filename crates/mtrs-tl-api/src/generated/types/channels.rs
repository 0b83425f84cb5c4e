// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `channels` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `channels.channelParticipants#9ab0feaf count:int participants:Vector<ChannelParticipant> chats:Vector<Chat> users:Vector<User> = channels.ChannelParticipants`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelParticipants {
    /// `count:int`
    pub count: i32,
    /// `participants:Vector<ChannelParticipant>`
    pub participants: Vec<crate::enums::ChannelParticipant>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChannelParticipants {
    const CONSTRUCTOR_ID: u32 = 0x9ab0feaf;
    const NAME: &'static str = "channels.channelParticipants";
}

impl Serialize for ChannelParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelParticipants {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.participants.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChannelParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelParticipants {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_participants = <Vec<crate::enums::ChannelParticipant>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, participants: f_participants, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("participants");
        self.participants.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelParticipants {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `channels.channelParticipantsNotModified#f0173fe9 = channels.ChannelParticipants`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelParticipantsNotModified;

impl Identifiable for ChannelParticipantsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xf0173fe9;
    const NAME: &'static str = "channels.channelParticipantsNotModified";
}

impl Serialize for ChannelParticipantsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelParticipantsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ChannelParticipantsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelParticipantsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelParticipantsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelParticipantsNotModified {}

/// `channels.channelParticipant#dfb80317 participant:ChannelParticipant chats:Vector<Chat> users:Vector<User> = channels.ChannelParticipant`
#[derive(Debug, Clone, PartialEq)]
pub struct ChannelParticipant {
    /// `participant:ChannelParticipant`
    pub participant: crate::enums::ChannelParticipant,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ChannelParticipant {
    const CONSTRUCTOR_ID: u32 = 0xdfb80317;
    const NAME: &'static str = "channels.channelParticipant";
}

impl Serialize for ChannelParticipant {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChannelParticipant {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.participant.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ChannelParticipant {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChannelParticipant {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_participant = <crate::enums::ChannelParticipant>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { participant: f_participant, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("participant");
        self.participant.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChannelParticipant {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `channels.adminLogResults#ed8af74d events:Vector<ChannelAdminLogEvent> chats:Vector<Chat> users:Vector<User> = channels.AdminLogResults`
#[derive(Debug, Clone, PartialEq)]
pub struct AdminLogResults {
    /// `events:Vector<ChannelAdminLogEvent>`
    pub events: Vec<crate::enums::ChannelAdminLogEvent>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for AdminLogResults {
    const CONSTRUCTOR_ID: u32 = 0xed8af74d;
    const NAME: &'static str = "channels.adminLogResults";
}

impl Serialize for AdminLogResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AdminLogResults {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.events.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for AdminLogResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AdminLogResults {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_events = <Vec<crate::enums::ChannelAdminLogEvent>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { events: f_events, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for AdminLogResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("events");
        self.events.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AdminLogResults {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.events, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `channels.sendAsPeers#f496b0c6 peers:Vector<SendAsPeer> chats:Vector<Chat> users:Vector<User> = channels.SendAsPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct SendAsPeers {
    /// `peers:Vector<SendAsPeer>`
    pub peers: Vec<crate::enums::SendAsPeer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SendAsPeers {
    const CONSTRUCTOR_ID: u32 = 0xf496b0c6;
    const NAME: &'static str = "channels.sendAsPeers";
}

impl Serialize for SendAsPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SendAsPeers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SendAsPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SendAsPeers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_peers = <Vec<crate::enums::SendAsPeer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { peers: f_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendAsPeers {
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

impl crate::peers::Peers for SendAsPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `channels.sponsoredMessageReportResultChooseOption#846f9e42 title:string options:Vector<SponsoredMessageReportOption> = channels.SponsoredMessageReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredMessageReportResultChooseOption {
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `options:Vector<SponsoredMessageReportOption>`
    pub options: Vec<crate::enums::SponsoredMessageReportOption>,
}

impl Identifiable for SponsoredMessageReportResultChooseOption {
    const CONSTRUCTOR_ID: u32 = 0x846f9e42;
    const NAME: &'static str = "channels.sponsoredMessageReportResultChooseOption";
}

impl Serialize for SponsoredMessageReportResultChooseOption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredMessageReportResultChooseOption {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.title.serialize(buf);
        self.options.serialize(buf);
    }
}

impl Deserialize for SponsoredMessageReportResultChooseOption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredMessageReportResultChooseOption {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_options = <Vec<crate::enums::SponsoredMessageReportOption>>::deserialize(r)?;
        Ok(Self { title: f_title, options: f_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessageReportResultChooseOption {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("title");
        self.title.write_json(w);
        w.key("options");
        self.options.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredMessageReportResultChooseOption {}

/// `channels.sponsoredMessageReportResultAdsHidden#3e3bcf2f = channels.SponsoredMessageReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredMessageReportResultAdsHidden;

impl Identifiable for SponsoredMessageReportResultAdsHidden {
    const CONSTRUCTOR_ID: u32 = 0x3e3bcf2f;
    const NAME: &'static str = "channels.sponsoredMessageReportResultAdsHidden";
}

impl Serialize for SponsoredMessageReportResultAdsHidden {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredMessageReportResultAdsHidden {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SponsoredMessageReportResultAdsHidden {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredMessageReportResultAdsHidden {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessageReportResultAdsHidden {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredMessageReportResultAdsHidden {}

/// `channels.sponsoredMessageReportResultReported#ad798849 = channels.SponsoredMessageReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredMessageReportResultReported;

impl Identifiable for SponsoredMessageReportResultReported {
    const CONSTRUCTOR_ID: u32 = 0xad798849;
    const NAME: &'static str = "channels.sponsoredMessageReportResultReported";
}

impl Serialize for SponsoredMessageReportResultReported {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredMessageReportResultReported {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SponsoredMessageReportResultReported {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredMessageReportResultReported {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessageReportResultReported {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredMessageReportResultReported {}
