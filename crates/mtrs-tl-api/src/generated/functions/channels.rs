// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `channels` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `channels.readHistory#cc104937 channel:InputChannel max_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadHistory {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for ReadHistory {
    const CONSTRUCTOR_ID: u32 = 0xcc104937;
    const NAME: &'static str = "channels.readHistory";
}

impl Serialize for ReadHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for ReadHistory {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `channels.deleteMessages#84c1fd4e channel:InputChannel id:Vector<int> = messages.AffectedMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteMessages {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for DeleteMessages {
    const CONSTRUCTOR_ID: u32 = 0x84c1fd4e;
    const NAME: &'static str = "channels.deleteMessages";
}

impl Serialize for DeleteMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
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
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { channel: f_channel, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.reportSpam#f44a8315 channel:InputChannel participant:InputPeer id:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSpam {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for ReportSpam {
    const CONSTRUCTOR_ID: u32 = 0xf44a8315;
    const NAME: &'static str = "channels.reportSpam";
}

impl Serialize for ReportSpam {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.participant.serialize(buf);
        self.id.serialize(buf);
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
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { channel: f_channel, participant: f_participant, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportSpam {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.getMessages#ad8c9a23 channel:InputChannel id:Vector<InputMessage> = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessages {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `id:Vector<InputMessage>`
    pub id: Vec<crate::enums::InputMessage>,
}

impl Identifiable for GetMessages {
    const CONSTRUCTOR_ID: u32 = 0xad8c9a23;
    const NAME: &'static str = "channels.getMessages";
}

impl Serialize for GetMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
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
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_id = <Vec<crate::enums::InputMessage>>::deserialize(r)?;
        Ok(Self { channel: f_channel, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.getParticipants#77ced9d0 channel:InputChannel filter:ChannelParticipantsFilter offset:int limit:int hash:long = channels.ChannelParticipants`
#[derive(Debug, Clone, PartialEq)]
pub struct GetParticipants {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `filter:ChannelParticipantsFilter`
    pub filter: crate::enums::ChannelParticipantsFilter,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetParticipants {
    const CONSTRUCTOR_ID: u32 = 0x77ced9d0;
    const NAME: &'static str = "channels.getParticipants";
}

impl Serialize for GetParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.filter.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetParticipants {
    type Return = crate::enums::channels::ChannelParticipants;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_filter = <crate::enums::ChannelParticipantsFilter>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { channel: f_channel, filter: f_filter, offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `channels.getParticipant#a0ab6cc6 channel:InputChannel participant:InputPeer = channels.ChannelParticipant`
#[derive(Debug, Clone, PartialEq)]
pub struct GetParticipant {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for GetParticipant {
    const CONSTRUCTOR_ID: u32 = 0xa0ab6cc6;
    const NAME: &'static str = "channels.getParticipant";
}

impl Serialize for GetParticipant {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for GetParticipant {
    type Return = crate::enums::channels::ChannelParticipant;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetParticipant {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { channel: f_channel, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `channels.getChannels#0a7f6bbb id:Vector<InputChannel> = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannels {
    /// `id:Vector<InputChannel>`
    pub id: Vec<crate::enums::InputChannel>,
}

impl Identifiable for GetChannels {
    const CONSTRUCTOR_ID: u32 = 0x0a7f6bbb;
    const NAME: &'static str = "channels.getChannels";
}

impl Serialize for GetChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetChannels {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputChannel>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.getFullChannel#08736a09 channel:InputChannel = messages.ChatFull`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFullChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for GetFullChannel {
    const CONSTRUCTOR_ID: u32 = 0x08736a09;
    const NAME: &'static str = "channels.getFullChannel";
}

impl Serialize for GetFullChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for GetFullChannel {
    type Return = crate::enums::messages::ChatFull;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFullChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFullChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.createChannel#91006707 flags:# broadcast:flags.0?true megagroup:flags.1?true for_import:flags.3?true forum:flags.5?true title:string about:string geo_point:flags.2?InputGeoPoint address:flags.2?string ttl_period:flags.4?int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateChannel {
    /// `broadcast:flags.0?true`
    pub broadcast: bool,
    /// `megagroup:flags.1?true`
    pub megagroup: bool,
    /// `for_import:flags.3?true`
    pub for_import: bool,
    /// `forum:flags.5?true`
    pub forum: bool,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `about:string`
    pub about: mtrs_tl::TlString,
    /// `geo_point:flags.2?InputGeoPoint`
    pub geo_point: Option<crate::enums::InputGeoPoint>,
    /// `address:flags.2?string`
    pub address: Option<mtrs_tl::TlString>,
    /// `ttl_period:flags.4?int`
    pub ttl_period: Option<i32>,
}

impl Identifiable for CreateChannel {
    const CONSTRUCTOR_ID: u32 = 0x91006707;
    const NAME: &'static str = "channels.createChannel";
}

impl Serialize for CreateChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.broadcast { 1 << 0 } else { 0 }
            | if self.megagroup { 1 << 1 } else { 0 }
            | if (self.geo_point.is_some() || self.address.is_some()) && self.geo_point.is_some() { 1 << 2 } else { 0 }
            | if self.for_import { 1 << 3 } else { 0 }
            | if self.ttl_period.is_some() { 1 << 4 } else { 0 }
            | if self.forum { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        self.title.serialize(buf);
        self.about.serialize(buf);
        if fl_flags & (1 << 2) != 0 {
            match &self.geo_point {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.address {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.ttl_period {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateChannel {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_broadcast = fl_flags & (1 << 0) != 0;
        let f_megagroup = fl_flags & (1 << 1) != 0;
        let f_for_import = fl_flags & (1 << 3) != 0;
        let f_forum = fl_flags & (1 << 5) != 0;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_about = <mtrs_tl::TlString>::deserialize(r)?;
        let f_geo_point = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputGeoPoint>::deserialize(r)?) } else { None };
        let f_address = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_ttl_period = if fl_flags & (1 << 4) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { broadcast: f_broadcast, megagroup: f_megagroup, for_import: f_for_import, forum: f_forum, title: f_title, about: f_about, geo_point: f_geo_point, address: f_address, ttl_period: f_ttl_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("broadcast");
        self.broadcast.write_json(w);
        w.key("megagroup");
        self.megagroup.write_json(w);
        w.key("for_import");
        self.for_import.write_json(w);
        w.key("forum");
        self.forum.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.key("geo_point");
        self.geo_point.write_json(w);
        w.key("address");
        self.address.write_json(w);
        w.key("ttl_period");
        self.ttl_period.write_json(w);
        w.end_object();
    }
}

/// `channels.editAdmin#9a98ad68 flags:# channel:InputChannel user_id:InputUser admin_rights:ChatAdminRights rank:flags.0?string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditAdmin {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `admin_rights:ChatAdminRights`
    pub admin_rights: crate::enums::ChatAdminRights,
    /// `rank:flags.0?string`
    pub rank: Option<mtrs_tl::TlString>,
}

impl Identifiable for EditAdmin {
    const CONSTRUCTOR_ID: u32 = 0x9a98ad68;
    const NAME: &'static str = "channels.editAdmin";
}

impl Serialize for EditAdmin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.rank.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.user_id.serialize(buf);
        self.admin_rights.serialize(buf);
        if let Some(v) = &self.rank {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditAdmin {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditAdmin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_admin_rights = <crate::enums::ChatAdminRights>::deserialize(r)?;
        let f_rank = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { channel: f_channel, user_id: f_user_id, admin_rights: f_admin_rights, rank: f_rank })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditAdmin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("admin_rights");
        self.admin_rights.write_json(w);
        w.key("rank");
        self.rank.write_json(w);
        w.end_object();
    }
}

/// `channels.editTitle#566decd0 channel:InputChannel title:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditTitle {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `title:string`
    pub title: mtrs_tl::TlString,
}

impl Identifiable for EditTitle {
    const CONSTRUCTOR_ID: u32 = 0x566decd0;
    const NAME: &'static str = "channels.editTitle";
}

impl Serialize for EditTitle {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.title.serialize(buf);
    }
}

impl RemoteCall for EditTitle {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditTitle {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { channel: f_channel, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditTitle {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `channels.editPhoto#f12e57c9 channel:InputChannel photo:InputChatPhoto = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditPhoto {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `photo:InputChatPhoto`
    pub photo: crate::enums::InputChatPhoto,
}

impl Identifiable for EditPhoto {
    const CONSTRUCTOR_ID: u32 = 0xf12e57c9;
    const NAME: &'static str = "channels.editPhoto";
}

impl Serialize for EditPhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.photo.serialize(buf);
    }
}

impl RemoteCall for EditPhoto {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditPhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_photo = <crate::enums::InputChatPhoto>::deserialize(r)?;
        Ok(Self { channel: f_channel, photo: f_photo })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditPhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.end_object();
    }
}

/// `channels.checkUsername#10e6bd2c channel:InputChannel username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUsername {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for CheckUsername {
    const CONSTRUCTOR_ID: u32 = 0x10e6bd2c;
    const NAME: &'static str = "channels.checkUsername";
}

impl Serialize for CheckUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.username.serialize(buf);
    }
}

impl RemoteCall for CheckUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { channel: f_channel, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `channels.updateUsername#3514b3de channel:InputChannel username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUsername {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for UpdateUsername {
    const CONSTRUCTOR_ID: u32 = 0x3514b3de;
    const NAME: &'static str = "channels.updateUsername";
}

impl Serialize for UpdateUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.username.serialize(buf);
    }
}

impl RemoteCall for UpdateUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { channel: f_channel, username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `channels.joinChannel#7f6a1e22 channel:InputChannel = messages.ChatInviteJoinResult`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for JoinChannel {
    const CONSTRUCTOR_ID: u32 = 0x7f6a1e22;
    const NAME: &'static str = "channels.joinChannel";
}

impl Serialize for JoinChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for JoinChannel {
    type Return = crate::enums::messages::ChatInviteJoinResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for JoinChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.leaveChannel#f836aa95 channel:InputChannel = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for LeaveChannel {
    const CONSTRUCTOR_ID: u32 = 0xf836aa95;
    const NAME: &'static str = "channels.leaveChannel";
}

impl Serialize for LeaveChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for LeaveChannel {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LeaveChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for LeaveChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.inviteToChannel#c9e33d54 channel:InputChannel users:Vector<InputUser> = messages.InvitedUsers`
#[derive(Debug, Clone, PartialEq)]
pub struct InviteToChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `users:Vector<InputUser>`
    pub users: Vec<crate::enums::InputUser>,
}

impl Identifiable for InviteToChannel {
    const CONSTRUCTOR_ID: u32 = 0xc9e33d54;
    const NAME: &'static str = "channels.inviteToChannel";
}

impl Serialize for InviteToChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.users.serialize(buf);
    }
}

impl RemoteCall for InviteToChannel {
    type Return = crate::enums::messages::InvitedUsers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InviteToChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_users = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        Ok(Self { channel: f_channel, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for InviteToChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

/// `channels.deleteChannel#c0111fe3 channel:InputChannel = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for DeleteChannel {
    const CONSTRUCTOR_ID: u32 = 0xc0111fe3;
    const NAME: &'static str = "channels.deleteChannel";
}

impl Serialize for DeleteChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for DeleteChannel {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteChannel {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.exportMessageLink#e63fadeb flags:# grouped:flags.0?true thread:flags.1?true channel:InputChannel id:int = ExportedMessageLink`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportMessageLink {
    /// `grouped:flags.0?true`
    pub grouped: bool,
    /// `thread:flags.1?true`
    pub thread: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for ExportMessageLink {
    const CONSTRUCTOR_ID: u32 = 0xe63fadeb;
    const NAME: &'static str = "channels.exportMessageLink";
}

impl Serialize for ExportMessageLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.grouped { 1 << 0 } else { 0 }
            | if self.thread { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for ExportMessageLink {
    type Return = crate::enums::ExportedMessageLink;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportMessageLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_grouped = fl_flags & (1 << 0) != 0;
        let f_thread = fl_flags & (1 << 1) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { grouped: f_grouped, thread: f_thread, channel: f_channel, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportMessageLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("grouped");
        self.grouped.write_json(w);
        w.key("thread");
        self.thread.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleSignatures#418d549c flags:# signatures_enabled:flags.0?true profiles_enabled:flags.1?true channel:InputChannel = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleSignatures {
    /// `signatures_enabled:flags.0?true`
    pub signatures_enabled: bool,
    /// `profiles_enabled:flags.1?true`
    pub profiles_enabled: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for ToggleSignatures {
    const CONSTRUCTOR_ID: u32 = 0x418d549c;
    const NAME: &'static str = "channels.toggleSignatures";
}

impl Serialize for ToggleSignatures {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.signatures_enabled { 1 << 0 } else { 0 }
            | if self.profiles_enabled { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
    }
}

impl RemoteCall for ToggleSignatures {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleSignatures {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_signatures_enabled = fl_flags & (1 << 0) != 0;
        let f_profiles_enabled = fl_flags & (1 << 1) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { signatures_enabled: f_signatures_enabled, profiles_enabled: f_profiles_enabled, channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleSignatures {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("signatures_enabled");
        self.signatures_enabled.write_json(w);
        w.key("profiles_enabled");
        self.profiles_enabled.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.getAdminedPublicChannels#f8b036af flags:# by_location:flags.0?true check_limit:flags.1?true for_personal:flags.2?true for_community_peer:flags.3?true = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAdminedPublicChannels {
    /// `by_location:flags.0?true`
    pub by_location: bool,
    /// `check_limit:flags.1?true`
    pub check_limit: bool,
    /// `for_personal:flags.2?true`
    pub for_personal: bool,
    /// `for_community_peer:flags.3?true`
    pub for_community_peer: bool,
}

impl Identifiable for GetAdminedPublicChannels {
    const CONSTRUCTOR_ID: u32 = 0xf8b036af;
    const NAME: &'static str = "channels.getAdminedPublicChannels";
}

impl Serialize for GetAdminedPublicChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.by_location { 1 << 0 } else { 0 }
            | if self.check_limit { 1 << 1 } else { 0 }
            | if self.for_personal { 1 << 2 } else { 0 }
            | if self.for_community_peer { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for GetAdminedPublicChannels {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAdminedPublicChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_by_location = fl_flags & (1 << 0) != 0;
        let f_check_limit = fl_flags & (1 << 1) != 0;
        let f_for_personal = fl_flags & (1 << 2) != 0;
        let f_for_community_peer = fl_flags & (1 << 3) != 0;
        Ok(Self { by_location: f_by_location, check_limit: f_check_limit, for_personal: f_for_personal, for_community_peer: f_for_community_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAdminedPublicChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("by_location");
        self.by_location.write_json(w);
        w.key("check_limit");
        self.check_limit.write_json(w);
        w.key("for_personal");
        self.for_personal.write_json(w);
        w.key("for_community_peer");
        self.for_community_peer.write_json(w);
        w.end_object();
    }
}

/// `channels.editBanned#96e6cd81 channel:InputChannel participant:InputPeer banned_rights:ChatBannedRights = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditBanned {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
    /// `banned_rights:ChatBannedRights`
    pub banned_rights: crate::enums::ChatBannedRights,
}

impl Identifiable for EditBanned {
    const CONSTRUCTOR_ID: u32 = 0x96e6cd81;
    const NAME: &'static str = "channels.editBanned";
}

impl Serialize for EditBanned {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.participant.serialize(buf);
        self.banned_rights.serialize(buf);
    }
}

impl RemoteCall for EditBanned {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditBanned {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        let f_banned_rights = <crate::enums::ChatBannedRights>::deserialize(r)?;
        Ok(Self { channel: f_channel, participant: f_participant, banned_rights: f_banned_rights })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditBanned {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.key("banned_rights");
        self.banned_rights.write_json(w);
        w.end_object();
    }
}

/// `channels.getAdminLog#33ddf480 flags:# channel:InputChannel q:string events_filter:flags.0?ChannelAdminLogEventsFilter admins:flags.1?Vector<InputUser> max_id:long min_id:long limit:int = channels.AdminLogResults`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAdminLog {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `q:string`
    pub q: mtrs_tl::TlString,
    /// `events_filter:flags.0?ChannelAdminLogEventsFilter`
    pub events_filter: Option<crate::enums::ChannelAdminLogEventsFilter>,
    /// `admins:flags.1?Vector<InputUser>`
    pub admins: Option<Vec<crate::enums::InputUser>>,
    /// `max_id:long`
    pub max_id: i64,
    /// `min_id:long`
    pub min_id: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetAdminLog {
    const CONSTRUCTOR_ID: u32 = 0x33ddf480;
    const NAME: &'static str = "channels.getAdminLog";
}

impl Serialize for GetAdminLog {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.events_filter.is_some() { 1 << 0 } else { 0 }
            | if self.admins.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.q.serialize(buf);
        if let Some(v) = &self.events_filter {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.admins {
            (*v).serialize(buf);
        }
        self.max_id.serialize(buf);
        self.min_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetAdminLog {
    type Return = crate::enums::channels::AdminLogResults;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAdminLog {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_q = <mtrs_tl::TlString>::deserialize(r)?;
        let f_events_filter = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::ChannelAdminLogEventsFilter>::deserialize(r)?) } else { None };
        let f_admins = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::InputUser>>::deserialize(r)?) } else { None };
        let f_max_id = <i64>::deserialize(r)?;
        let f_min_id = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, q: f_q, events_filter: f_events_filter, admins: f_admins, max_id: f_max_id, min_id: f_min_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAdminLog {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("events_filter");
        self.events_filter.write_json(w);
        w.key("admins");
        self.admins.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("min_id");
        self.min_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `channels.setStickers#ea8ca4f9 channel:InputChannel stickerset:InputStickerSet = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetStickers {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
}

impl Identifiable for SetStickers {
    const CONSTRUCTOR_ID: u32 = 0xea8ca4f9;
    const NAME: &'static str = "channels.setStickers";
}

impl Serialize for SetStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.stickerset.serialize(buf);
    }
}

impl RemoteCall for SetStickers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        Ok(Self { channel: f_channel, stickerset: f_stickerset })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.end_object();
    }
}

/// `channels.readMessageContents#eab5dc38 channel:InputChannel id:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadMessageContents {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for ReadMessageContents {
    const CONSTRUCTOR_ID: u32 = 0xeab5dc38;
    const NAME: &'static str = "channels.readMessageContents";
}

impl Serialize for ReadMessageContents {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for ReadMessageContents {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadMessageContents {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { channel: f_channel, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadMessageContents {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.deleteHistory#9baa9647 flags:# for_everyone:flags.0?true channel:InputChannel max_id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteHistory {
    /// `for_everyone:flags.0?true`
    pub for_everyone: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for DeleteHistory {
    const CONSTRUCTOR_ID: u32 = 0x9baa9647;
    const NAME: &'static str = "channels.deleteHistory";
}

impl Serialize for DeleteHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.for_everyone { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for DeleteHistory {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_for_everyone = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { for_everyone: f_for_everyone, channel: f_channel, max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_everyone");
        self.for_everyone.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `channels.togglePreHistoryHidden#eabbb94c channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePreHistoryHidden {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for TogglePreHistoryHidden {
    const CONSTRUCTOR_ID: u32 = 0xeabbb94c;
    const NAME: &'static str = "channels.togglePreHistoryHidden";
}

impl Serialize for TogglePreHistoryHidden {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for TogglePreHistoryHidden {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePreHistoryHidden {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePreHistoryHidden {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.getLeftChannels#8341ecc0 offset:int = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLeftChannels {
    /// `offset:int`
    pub offset: i32,
}

impl Identifiable for GetLeftChannels {
    const CONSTRUCTOR_ID: u32 = 0x8341ecc0;
    const NAME: &'static str = "channels.getLeftChannels";
}

impl Serialize for GetLeftChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset.serialize(buf);
    }
}

impl RemoteCall for GetLeftChannels {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLeftChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset = <i32>::deserialize(r)?;
        Ok(Self { offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLeftChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}

/// `channels.getGroupsForDiscussion#f5dad378 = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupsForDiscussion;

impl Identifiable for GetGroupsForDiscussion {
    const CONSTRUCTOR_ID: u32 = 0xf5dad378;
    const NAME: &'static str = "channels.getGroupsForDiscussion";
}

impl Serialize for GetGroupsForDiscussion {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetGroupsForDiscussion {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupsForDiscussion {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupsForDiscussion {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `channels.setDiscussionGroup#40582bb2 broadcast:InputChannel group:InputChannel = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetDiscussionGroup {
    /// `broadcast:InputChannel`
    pub broadcast: crate::enums::InputChannel,
    /// `group:InputChannel`
    pub group: crate::enums::InputChannel,
}

impl Identifiable for SetDiscussionGroup {
    const CONSTRUCTOR_ID: u32 = 0x40582bb2;
    const NAME: &'static str = "channels.setDiscussionGroup";
}

impl Serialize for SetDiscussionGroup {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.broadcast.serialize(buf);
        self.group.serialize(buf);
    }
}

impl RemoteCall for SetDiscussionGroup {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetDiscussionGroup {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_broadcast = <crate::enums::InputChannel>::deserialize(r)?;
        let f_group = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { broadcast: f_broadcast, group: f_group })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetDiscussionGroup {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("broadcast");
        self.broadcast.write_json(w);
        w.key("group");
        self.group.write_json(w);
        w.end_object();
    }
}

/// `channels.editLocation#58e63f6d channel:InputChannel geo_point:InputGeoPoint address:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct EditLocation {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `geo_point:InputGeoPoint`
    pub geo_point: crate::enums::InputGeoPoint,
    /// `address:string`
    pub address: mtrs_tl::TlString,
}

impl Identifiable for EditLocation {
    const CONSTRUCTOR_ID: u32 = 0x58e63f6d;
    const NAME: &'static str = "channels.editLocation";
}

impl Serialize for EditLocation {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.geo_point.serialize(buf);
        self.address.serialize(buf);
    }
}

impl RemoteCall for EditLocation {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditLocation {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_geo_point = <crate::enums::InputGeoPoint>::deserialize(r)?;
        let f_address = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { channel: f_channel, geo_point: f_geo_point, address: f_address })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditLocation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("geo_point");
        self.geo_point.write_json(w);
        w.key("address");
        self.address.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleSlowMode#edd49ef0 channel:InputChannel seconds:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleSlowMode {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `seconds:int`
    pub seconds: i32,
}

impl Identifiable for ToggleSlowMode {
    const CONSTRUCTOR_ID: u32 = 0xedd49ef0;
    const NAME: &'static str = "channels.toggleSlowMode";
}

impl Serialize for ToggleSlowMode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.seconds.serialize(buf);
    }
}

impl RemoteCall for ToggleSlowMode {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleSlowMode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_seconds = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, seconds: f_seconds })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleSlowMode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("seconds");
        self.seconds.write_json(w);
        w.end_object();
    }
}

/// `channels.getInactiveChannels#11e831ee = messages.InactiveChats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInactiveChannels;

impl Identifiable for GetInactiveChannels {
    const CONSTRUCTOR_ID: u32 = 0x11e831ee;
    const NAME: &'static str = "channels.getInactiveChannels";
}

impl Serialize for GetInactiveChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetInactiveChannels {
    type Return = crate::enums::messages::InactiveChats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetInactiveChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetInactiveChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `channels.convertToGigagroup#0b290c69 channel:InputChannel = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ConvertToGigagroup {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for ConvertToGigagroup {
    const CONSTRUCTOR_ID: u32 = 0x0b290c69;
    const NAME: &'static str = "channels.convertToGigagroup";
}

impl Serialize for ConvertToGigagroup {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for ConvertToGigagroup {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConvertToGigagroup {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConvertToGigagroup {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.getSendAs#e785a43f flags:# for_paid_reactions:flags.0?true for_live_stories:flags.1?true peer:InputPeer = channels.SendAsPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSendAs {
    /// `for_paid_reactions:flags.0?true`
    pub for_paid_reactions: bool,
    /// `for_live_stories:flags.1?true`
    pub for_live_stories: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetSendAs {
    const CONSTRUCTOR_ID: u32 = 0xe785a43f;
    const NAME: &'static str = "channels.getSendAs";
}

impl Serialize for GetSendAs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.for_paid_reactions { 1 << 0 } else { 0 }
            | if self.for_live_stories { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetSendAs {
    type Return = crate::enums::channels::SendAsPeers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSendAs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_for_paid_reactions = fl_flags & (1 << 0) != 0;
        let f_for_live_stories = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { for_paid_reactions: f_for_paid_reactions, for_live_stories: f_for_live_stories, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSendAs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_paid_reactions");
        self.for_paid_reactions.write_json(w);
        w.key("for_live_stories");
        self.for_live_stories.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `channels.deleteParticipantHistory#367544db channel:InputChannel participant:InputPeer = messages.AffectedHistory`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteParticipantHistory {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for DeleteParticipantHistory {
    const CONSTRUCTOR_ID: u32 = 0x367544db;
    const NAME: &'static str = "channels.deleteParticipantHistory";
}

impl Serialize for DeleteParticipantHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for DeleteParticipantHistory {
    type Return = crate::enums::messages::AffectedHistory;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteParticipantHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { channel: f_channel, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteParticipantHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleJoinToSend#e4cb9580 channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleJoinToSend {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleJoinToSend {
    const CONSTRUCTOR_ID: u32 = 0xe4cb9580;
    const NAME: &'static str = "channels.toggleJoinToSend";
}

impl Serialize for ToggleJoinToSend {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleJoinToSend {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleJoinToSend {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleJoinToSend {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleJoinRequest#0ecc2618 flags:# apply_to_invites:flags.1?true channel:InputChannel enabled:Bool guard_bot:flags.0?InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleJoinRequest {
    /// `apply_to_invites:flags.1?true`
    pub apply_to_invites: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
    /// `guard_bot:flags.0?InputUser`
    pub guard_bot: Option<crate::enums::InputUser>,
}

impl Identifiable for ToggleJoinRequest {
    const CONSTRUCTOR_ID: u32 = 0x0ecc2618;
    const NAME: &'static str = "channels.toggleJoinRequest";
}

impl Serialize for ToggleJoinRequest {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.guard_bot.is_some() { 1 << 0 } else { 0 }
            | if self.apply_to_invites { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
        if let Some(v) = &self.guard_bot {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ToggleJoinRequest {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleJoinRequest {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_apply_to_invites = fl_flags & (1 << 1) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        let f_guard_bot = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        Ok(Self { apply_to_invites: f_apply_to_invites, channel: f_channel, enabled: f_enabled, guard_bot: f_guard_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleJoinRequest {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("apply_to_invites");
        self.apply_to_invites.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.key("guard_bot");
        self.guard_bot.write_json(w);
        w.end_object();
    }
}

/// `channels.reorderUsernames#b45ced1d channel:InputChannel order:Vector<string> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderUsernames {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `order:Vector<string>`
    pub order: Vec<mtrs_tl::TlString>,
}

impl Identifiable for ReorderUsernames {
    const CONSTRUCTOR_ID: u32 = 0xb45ced1d;
    const NAME: &'static str = "channels.reorderUsernames";
}

impl Serialize for ReorderUsernames {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderUsernames {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderUsernames {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_order = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { channel: f_channel, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderUsernames {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleUsername#50f24105 channel:InputChannel username:string active:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleUsername {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `username:string`
    pub username: mtrs_tl::TlString,
    /// `active:Bool`
    pub active: bool,
}

impl Identifiable for ToggleUsername {
    const CONSTRUCTOR_ID: u32 = 0x50f24105;
    const NAME: &'static str = "channels.toggleUsername";
}

impl Serialize for ToggleUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.username.serialize(buf);
        self.active.serialize(buf);
    }
}

impl RemoteCall for ToggleUsername {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        let f_active = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, username: f_username, active: f_active })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("username");
        self.username.write_json(w);
        w.key("active");
        self.active.write_json(w);
        w.end_object();
    }
}

/// `channels.deactivateAllUsernames#0a245dd3 channel:InputChannel = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeactivateAllUsernames {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for DeactivateAllUsernames {
    const CONSTRUCTOR_ID: u32 = 0x0a245dd3;
    const NAME: &'static str = "channels.deactivateAllUsernames";
}

impl Serialize for DeactivateAllUsernames {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for DeactivateAllUsernames {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeactivateAllUsernames {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeactivateAllUsernames {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleForum#3ff75734 channel:InputChannel enabled:Bool tabs:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleForum {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
    /// `tabs:Bool`
    pub tabs: bool,
}

impl Identifiable for ToggleForum {
    const CONSTRUCTOR_ID: u32 = 0x3ff75734;
    const NAME: &'static str = "channels.toggleForum";
}

impl Serialize for ToggleForum {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
        self.tabs.serialize(buf);
    }
}

impl RemoteCall for ToggleForum {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleForum {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        let f_tabs = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled, tabs: f_tabs })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleForum {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.key("tabs");
        self.tabs.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleAntiSpam#68f3e4eb channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleAntiSpam {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleAntiSpam {
    const CONSTRUCTOR_ID: u32 = 0x68f3e4eb;
    const NAME: &'static str = "channels.toggleAntiSpam";
}

impl Serialize for ToggleAntiSpam {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleAntiSpam {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleAntiSpam {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleAntiSpam {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.reportAntiSpamFalsePositive#a850a693 channel:InputChannel msg_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportAntiSpamFalsePositive {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for ReportAntiSpamFalsePositive {
    const CONSTRUCTOR_ID: u32 = 0xa850a693;
    const NAME: &'static str = "channels.reportAntiSpamFalsePositive";
}

impl Serialize for ReportAntiSpamFalsePositive {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for ReportAntiSpamFalsePositive {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportAntiSpamFalsePositive {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportAntiSpamFalsePositive {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleParticipantsHidden#6a6e7854 channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleParticipantsHidden {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleParticipantsHidden {
    const CONSTRUCTOR_ID: u32 = 0x6a6e7854;
    const NAME: &'static str = "channels.toggleParticipantsHidden";
}

impl Serialize for ToggleParticipantsHidden {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleParticipantsHidden {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleParticipantsHidden {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleParticipantsHidden {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.updateColor#d8aa3671 flags:# for_profile:flags.1?true channel:InputChannel color:flags.2?int background_emoji_id:flags.0?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateColor {
    /// `for_profile:flags.1?true`
    pub for_profile: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `color:flags.2?int`
    pub color: Option<i32>,
    /// `background_emoji_id:flags.0?long`
    pub background_emoji_id: Option<i64>,
}

impl Identifiable for UpdateColor {
    const CONSTRUCTOR_ID: u32 = 0xd8aa3671;
    const NAME: &'static str = "channels.updateColor";
}

impl Serialize for UpdateColor {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.background_emoji_id.is_some() { 1 << 0 } else { 0 }
            | if self.for_profile { 1 << 1 } else { 0 }
            | if self.color.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        if let Some(v) = &self.color {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.background_emoji_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateColor {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateColor {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_for_profile = fl_flags & (1 << 1) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_color = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_background_emoji_id = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { for_profile: f_for_profile, channel: f_channel, color: f_color, background_emoji_id: f_background_emoji_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateColor {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_profile");
        self.for_profile.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("color");
        self.color.write_json(w);
        w.key("background_emoji_id");
        self.background_emoji_id.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleViewForumAsMessages#9738bb15 channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleViewForumAsMessages {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleViewForumAsMessages {
    const CONSTRUCTOR_ID: u32 = 0x9738bb15;
    const NAME: &'static str = "channels.toggleViewForumAsMessages";
}

impl Serialize for ToggleViewForumAsMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleViewForumAsMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleViewForumAsMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleViewForumAsMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.getChannelRecommendations#25a71742 flags:# channel:flags.0?InputChannel = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelRecommendations {
    /// `channel:flags.0?InputChannel`
    pub channel: Option<crate::enums::InputChannel>,
}

impl Identifiable for GetChannelRecommendations {
    const CONSTRUCTOR_ID: u32 = 0x25a71742;
    const NAME: &'static str = "channels.getChannelRecommendations";
}

impl Serialize for GetChannelRecommendations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.channel.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.channel {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetChannelRecommendations {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChannelRecommendations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_channel = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputChannel>::deserialize(r)?) } else { None };
        Ok(Self { channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChannelRecommendations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `channels.updateEmojiStatus#f0d3e6a8 channel:InputChannel emoji_status:EmojiStatus = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateEmojiStatus {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `emoji_status:EmojiStatus`
    pub emoji_status: crate::enums::EmojiStatus,
}

impl Identifiable for UpdateEmojiStatus {
    const CONSTRUCTOR_ID: u32 = 0xf0d3e6a8;
    const NAME: &'static str = "channels.updateEmojiStatus";
}

impl Serialize for UpdateEmojiStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.emoji_status.serialize(buf);
    }
}

impl RemoteCall for UpdateEmojiStatus {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateEmojiStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_emoji_status = <crate::enums::EmojiStatus>::deserialize(r)?;
        Ok(Self { channel: f_channel, emoji_status: f_emoji_status })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateEmojiStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("emoji_status");
        self.emoji_status.write_json(w);
        w.end_object();
    }
}

/// `channels.setBoostsToUnblockRestrictions#ad399cee channel:InputChannel boosts:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBoostsToUnblockRestrictions {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `boosts:int`
    pub boosts: i32,
}

impl Identifiable for SetBoostsToUnblockRestrictions {
    const CONSTRUCTOR_ID: u32 = 0xad399cee;
    const NAME: &'static str = "channels.setBoostsToUnblockRestrictions";
}

impl Serialize for SetBoostsToUnblockRestrictions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.boosts.serialize(buf);
    }
}

impl RemoteCall for SetBoostsToUnblockRestrictions {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBoostsToUnblockRestrictions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_boosts = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, boosts: f_boosts })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBoostsToUnblockRestrictions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("boosts");
        self.boosts.write_json(w);
        w.end_object();
    }
}

/// `channels.setEmojiStickers#3cd930b7 channel:InputChannel stickerset:InputStickerSet = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetEmojiStickers {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
}

impl Identifiable for SetEmojiStickers {
    const CONSTRUCTOR_ID: u32 = 0x3cd930b7;
    const NAME: &'static str = "channels.setEmojiStickers";
}

impl Serialize for SetEmojiStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.stickerset.serialize(buf);
    }
}

impl RemoteCall for SetEmojiStickers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetEmojiStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        Ok(Self { channel: f_channel, stickerset: f_stickerset })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetEmojiStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.end_object();
    }
}

/// `channels.restrictSponsoredMessages#9ae91519 channel:InputChannel restricted:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct RestrictSponsoredMessages {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `restricted:Bool`
    pub restricted: bool,
}

impl Identifiable for RestrictSponsoredMessages {
    const CONSTRUCTOR_ID: u32 = 0x9ae91519;
    const NAME: &'static str = "channels.restrictSponsoredMessages";
}

impl Serialize for RestrictSponsoredMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.restricted.serialize(buf);
    }
}

impl RemoteCall for RestrictSponsoredMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RestrictSponsoredMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_restricted = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, restricted: f_restricted })
    }
}

#[cfg(feature = "json")]
impl ToJson for RestrictSponsoredMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("restricted");
        self.restricted.write_json(w);
        w.end_object();
    }
}

/// `channels.searchPosts#f2c4f24d flags:# hashtag:flags.0?string query:flags.1?string offset_rate:int offset_peer:InputPeer offset_id:int limit:int allow_paid_stars:flags.2?long = messages.Messages`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPosts {
    /// `hashtag:flags.0?string`
    pub hashtag: Option<mtrs_tl::TlString>,
    /// `query:flags.1?string`
    pub query: Option<mtrs_tl::TlString>,
    /// `offset_rate:int`
    pub offset_rate: i32,
    /// `offset_peer:InputPeer`
    pub offset_peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `limit:int`
    pub limit: i32,
    /// `allow_paid_stars:flags.2?long`
    pub allow_paid_stars: Option<i64>,
}

impl Identifiable for SearchPosts {
    const CONSTRUCTOR_ID: u32 = 0xf2c4f24d;
    const NAME: &'static str = "channels.searchPosts";
}

impl Serialize for SearchPosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.hashtag.is_some() { 1 << 0 } else { 0 }
            | if self.query.is_some() { 1 << 1 } else { 0 }
            | if self.allow_paid_stars.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.hashtag {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.query {
            (*v).serialize(buf);
        }
        self.offset_rate.serialize(buf);
        self.offset_peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SearchPosts {
    type Return = crate::enums::messages::Messages;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchPosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_hashtag = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_query = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_offset_rate = <i32>::deserialize(r)?;
        let f_offset_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_allow_paid_stars = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { hashtag: f_hashtag, query: f_query, offset_rate: f_offset_rate, offset_peer: f_offset_peer, offset_id: f_offset_id, limit: f_limit, allow_paid_stars: f_allow_paid_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchPosts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hashtag");
        self.hashtag.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.key("offset_rate");
        self.offset_rate.write_json(w);
        w.key("offset_peer");
        self.offset_peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.end_object();
    }
}

/// `channels.updatePaidMessagesPrice#4b12327b flags:# broadcast_messages_allowed:flags.0?true channel:InputChannel send_paid_messages_stars:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePaidMessagesPrice {
    /// `broadcast_messages_allowed:flags.0?true`
    pub broadcast_messages_allowed: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `send_paid_messages_stars:long`
    pub send_paid_messages_stars: i64,
}

impl Identifiable for UpdatePaidMessagesPrice {
    const CONSTRUCTOR_ID: u32 = 0x4b12327b;
    const NAME: &'static str = "channels.updatePaidMessagesPrice";
}

impl Serialize for UpdatePaidMessagesPrice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.broadcast_messages_allowed { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.send_paid_messages_stars.serialize(buf);
    }
}

impl RemoteCall for UpdatePaidMessagesPrice {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdatePaidMessagesPrice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_broadcast_messages_allowed = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_send_paid_messages_stars = <i64>::deserialize(r)?;
        Ok(Self { broadcast_messages_allowed: f_broadcast_messages_allowed, channel: f_channel, send_paid_messages_stars: f_send_paid_messages_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdatePaidMessagesPrice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("broadcast_messages_allowed");
        self.broadcast_messages_allowed.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("send_paid_messages_stars");
        self.send_paid_messages_stars.write_json(w);
        w.end_object();
    }
}

/// `channels.toggleAutotranslation#167fc0a1 channel:InputChannel enabled:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleAutotranslation {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleAutotranslation {
    const CONSTRUCTOR_ID: u32 = 0x167fc0a1;
    const NAME: &'static str = "channels.toggleAutotranslation";
}

impl Serialize for ToggleAutotranslation {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleAutotranslation {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleAutotranslation {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { channel: f_channel, enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleAutotranslation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `channels.getMessageAuthor#ece2a0e6 channel:InputChannel id:int = User`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessageAuthor {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for GetMessageAuthor {
    const CONSTRUCTOR_ID: u32 = 0xece2a0e6;
    const NAME: &'static str = "channels.getMessageAuthor";
}

impl Serialize for GetMessageAuthor {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetMessageAuthor {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessageAuthor {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessageAuthor {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `channels.checkSearchPostsFlood#22567115 flags:# query:flags.0?string = SearchPostsFlood`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckSearchPostsFlood {
    /// `query:flags.0?string`
    pub query: Option<mtrs_tl::TlString>,
}

impl Identifiable for CheckSearchPostsFlood {
    const CONSTRUCTOR_ID: u32 = 0x22567115;
    const NAME: &'static str = "channels.checkSearchPostsFlood";
}

impl Serialize for CheckSearchPostsFlood {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.query.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.query {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CheckSearchPostsFlood {
    type Return = crate::enums::SearchPostsFlood;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckSearchPostsFlood {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_query = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { query: f_query })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckSearchPostsFlood {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `channels.setMainProfileTab#3583fcb1 channel:InputChannel tab:ProfileTab = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetMainProfileTab {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `tab:ProfileTab`
    pub tab: crate::enums::ProfileTab,
}

impl Identifiable for SetMainProfileTab {
    const CONSTRUCTOR_ID: u32 = 0x3583fcb1;
    const NAME: &'static str = "channels.setMainProfileTab";
}

impl Serialize for SetMainProfileTab {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.tab.serialize(buf);
    }
}

impl RemoteCall for SetMainProfileTab {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetMainProfileTab {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_tab = <crate::enums::ProfileTab>::deserialize(r)?;
        Ok(Self { channel: f_channel, tab: f_tab })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetMainProfileTab {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("tab");
        self.tab.write_json(w);
        w.end_object();
    }
}
