// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `phone` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `phone.getCallConfig#55451fa9 = DataJSON`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCallConfig;

impl Identifiable for GetCallConfig {
    const CONSTRUCTOR_ID: u32 = 0x55451fa9;
    const NAME: &'static str = "phone.getCallConfig";
}

impl Serialize for GetCallConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetCallConfig {
    type Return = crate::enums::DataJSON;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCallConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCallConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `phone.requestCall#42ff96ed flags:# video:flags.0?true user_id:InputUser random_id:int g_a_hash:bytes protocol:PhoneCallProtocol = phone.PhoneCall`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestCall {
    /// `video:flags.0?true`
    pub video: bool,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `random_id:int`
    pub random_id: i32,
    /// `g_a_hash:bytes`
    pub g_a_hash: Vec<u8>,
    /// `protocol:PhoneCallProtocol`
    pub protocol: crate::enums::PhoneCallProtocol,
}

impl Identifiable for RequestCall {
    const CONSTRUCTOR_ID: u32 = 0x42ff96ed;
    const NAME: &'static str = "phone.requestCall";
}

impl Serialize for RequestCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.video { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.user_id.serialize(buf);
        self.random_id.serialize(buf);
        self.g_a_hash.serialize(buf);
        self.protocol.serialize(buf);
    }
}

impl RemoteCall for RequestCall {
    type Return = crate::enums::phone::PhoneCall;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_video = fl_flags & (1 << 0) != 0;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_random_id = <i32>::deserialize(r)?;
        let f_g_a_hash = <Vec<u8>>::deserialize(r)?;
        let f_protocol = <crate::enums::PhoneCallProtocol>::deserialize(r)?;
        Ok(Self { video: f_video, user_id: f_user_id, random_id: f_random_id, g_a_hash: f_g_a_hash, protocol: f_protocol })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("video");
        self.video.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("g_a_hash");
        self.g_a_hash.write_json(w);
        w.key("protocol");
        self.protocol.write_json(w);
        w.end_object();
    }
}

/// `phone.acceptCall#3bd2b4a0 peer:InputPhoneCall g_b:bytes protocol:PhoneCallProtocol = phone.PhoneCall`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptCall {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `g_b:bytes`
    pub g_b: Vec<u8>,
    /// `protocol:PhoneCallProtocol`
    pub protocol: crate::enums::PhoneCallProtocol,
}

impl Identifiable for AcceptCall {
    const CONSTRUCTOR_ID: u32 = 0x3bd2b4a0;
    const NAME: &'static str = "phone.acceptCall";
}

impl Serialize for AcceptCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.g_b.serialize(buf);
        self.protocol.serialize(buf);
    }
}

impl RemoteCall for AcceptCall {
    type Return = crate::enums::phone::PhoneCall;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_g_b = <Vec<u8>>::deserialize(r)?;
        let f_protocol = <crate::enums::PhoneCallProtocol>::deserialize(r)?;
        Ok(Self { peer: f_peer, g_b: f_g_b, protocol: f_protocol })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("g_b");
        self.g_b.write_json(w);
        w.key("protocol");
        self.protocol.write_json(w);
        w.end_object();
    }
}

/// `phone.confirmCall#2efe1722 peer:InputPhoneCall g_a:bytes key_fingerprint:long protocol:PhoneCallProtocol = phone.PhoneCall`
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmCall {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `g_a:bytes`
    pub g_a: Vec<u8>,
    /// `key_fingerprint:long`
    pub key_fingerprint: i64,
    /// `protocol:PhoneCallProtocol`
    pub protocol: crate::enums::PhoneCallProtocol,
}

impl Identifiable for ConfirmCall {
    const CONSTRUCTOR_ID: u32 = 0x2efe1722;
    const NAME: &'static str = "phone.confirmCall";
}

impl Serialize for ConfirmCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.g_a.serialize(buf);
        self.key_fingerprint.serialize(buf);
        self.protocol.serialize(buf);
    }
}

impl RemoteCall for ConfirmCall {
    type Return = crate::enums::phone::PhoneCall;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConfirmCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_g_a = <Vec<u8>>::deserialize(r)?;
        let f_key_fingerprint = <i64>::deserialize(r)?;
        let f_protocol = <crate::enums::PhoneCallProtocol>::deserialize(r)?;
        Ok(Self { peer: f_peer, g_a: f_g_a, key_fingerprint: f_key_fingerprint, protocol: f_protocol })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfirmCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("g_a");
        self.g_a.write_json(w);
        w.key("key_fingerprint");
        self.key_fingerprint.write_json(w);
        w.key("protocol");
        self.protocol.write_json(w);
        w.end_object();
    }
}

/// `phone.receivedCall#17d54f61 peer:InputPhoneCall = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedCall {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
}

impl Identifiable for ReceivedCall {
    const CONSTRUCTOR_ID: u32 = 0x17d54f61;
    const NAME: &'static str = "phone.receivedCall";
}

impl Serialize for ReceivedCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ReceivedCall {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReceivedCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReceivedCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `phone.discardCall#b2cbc1c0 flags:# video:flags.0?true peer:InputPhoneCall duration:int reason:PhoneCallDiscardReason connection_id:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DiscardCall {
    /// `video:flags.0?true`
    pub video: bool,
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `duration:int`
    pub duration: i32,
    /// `reason:PhoneCallDiscardReason`
    pub reason: crate::enums::PhoneCallDiscardReason,
    /// `connection_id:long`
    pub connection_id: i64,
}

impl Identifiable for DiscardCall {
    const CONSTRUCTOR_ID: u32 = 0xb2cbc1c0;
    const NAME: &'static str = "phone.discardCall";
}

impl Serialize for DiscardCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.video { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.duration.serialize(buf);
        self.reason.serialize(buf);
        self.connection_id.serialize(buf);
    }
}

impl RemoteCall for DiscardCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DiscardCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_video = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_duration = <i32>::deserialize(r)?;
        let f_reason = <crate::enums::PhoneCallDiscardReason>::deserialize(r)?;
        let f_connection_id = <i64>::deserialize(r)?;
        Ok(Self { video: f_video, peer: f_peer, duration: f_duration, reason: f_reason, connection_id: f_connection_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DiscardCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("video");
        self.video.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("duration");
        self.duration.write_json(w);
        w.key("reason");
        self.reason.write_json(w);
        w.key("connection_id");
        self.connection_id.write_json(w);
        w.end_object();
    }
}

/// `phone.setCallRating#59ead627 flags:# user_initiative:flags.0?true peer:InputPhoneCall rating:int comment:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SetCallRating {
    /// `user_initiative:flags.0?true`
    pub user_initiative: bool,
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `rating:int`
    pub rating: i32,
    /// `comment:string`
    pub comment: mtrs_tl::TlString,
}

impl Identifiable for SetCallRating {
    const CONSTRUCTOR_ID: u32 = 0x59ead627;
    const NAME: &'static str = "phone.setCallRating";
}

impl Serialize for SetCallRating {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.user_initiative { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.rating.serialize(buf);
        self.comment.serialize(buf);
    }
}

impl RemoteCall for SetCallRating {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetCallRating {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_user_initiative = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_rating = <i32>::deserialize(r)?;
        let f_comment = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { user_initiative: f_user_initiative, peer: f_peer, rating: f_rating, comment: f_comment })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetCallRating {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_initiative");
        self.user_initiative.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("rating");
        self.rating.write_json(w);
        w.key("comment");
        self.comment.write_json(w);
        w.end_object();
    }
}

/// `phone.saveCallDebug#277add7e peer:InputPhoneCall debug:DataJSON = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveCallDebug {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `debug:DataJSON`
    pub debug: crate::enums::DataJSON,
}

impl Identifiable for SaveCallDebug {
    const CONSTRUCTOR_ID: u32 = 0x277add7e;
    const NAME: &'static str = "phone.saveCallDebug";
}

impl Serialize for SaveCallDebug {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.debug.serialize(buf);
    }
}

impl RemoteCall for SaveCallDebug {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveCallDebug {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_debug = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { peer: f_peer, debug: f_debug })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveCallDebug {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("debug");
        self.debug.write_json(w);
        w.end_object();
    }
}

/// `phone.sendSignalingData#ff7a9383 peer:InputPhoneCall data:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SendSignalingData {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `data:bytes`
    pub data: Vec<u8>,
}

impl Identifiable for SendSignalingData {
    const CONSTRUCTOR_ID: u32 = 0xff7a9383;
    const NAME: &'static str = "phone.sendSignalingData";
}

impl Serialize for SendSignalingData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.data.serialize(buf);
    }
}

impl RemoteCall for SendSignalingData {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendSignalingData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { peer: f_peer, data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendSignalingData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `phone.createGroupCall#48cdc6d8 flags:# rtmp_stream:flags.2?true peer:InputPeer random_id:int title:flags.0?string schedule_date:flags.1?int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGroupCall {
    /// `rtmp_stream:flags.2?true`
    pub rtmp_stream: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `random_id:int`
    pub random_id: i32,
    /// `title:flags.0?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `schedule_date:flags.1?int`
    pub schedule_date: Option<i32>,
}

impl Identifiable for CreateGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x48cdc6d8;
    const NAME: &'static str = "phone.createGroupCall";
}

impl Serialize for CreateGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 0 } else { 0 }
            | if self.schedule_date.is_some() { 1 << 1 } else { 0 }
            | if self.rtmp_stream { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.schedule_date {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_rtmp_stream = fl_flags & (1 << 2) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_random_id = <i32>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_schedule_date = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { rtmp_stream: f_rtmp_stream, peer: f_peer, random_id: f_random_id, title: f_title, schedule_date: f_schedule_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("rtmp_stream");
        self.rtmp_stream.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("schedule_date");
        self.schedule_date.write_json(w);
        w.end_object();
    }
}

/// `phone.joinGroupCall#8fb53057 flags:# muted:flags.0?true video_stopped:flags.2?true call:InputGroupCall join_as:InputPeer invite_hash:flags.1?string public_key:flags.3?int256 block:flags.3?bytes params:DataJSON = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinGroupCall {
    /// `muted:flags.0?true`
    pub muted: bool,
    /// `video_stopped:flags.2?true`
    pub video_stopped: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `join_as:InputPeer`
    pub join_as: crate::enums::InputPeer,
    /// `invite_hash:flags.1?string`
    pub invite_hash: Option<mtrs_tl::TlString>,
    /// `public_key:flags.3?int256`
    pub public_key: Option<[u8; 32]>,
    /// `block:flags.3?bytes`
    pub block: Option<Vec<u8>>,
    /// `params:DataJSON`
    pub params: crate::enums::DataJSON,
}

impl Identifiable for JoinGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x8fb53057;
    const NAME: &'static str = "phone.joinGroupCall";
}

impl Serialize for JoinGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.muted { 1 << 0 } else { 0 }
            | if self.invite_hash.is_some() { 1 << 1 } else { 0 }
            | if self.video_stopped { 1 << 2 } else { 0 }
            | if self.public_key.is_some() || self.block.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.join_as.serialize(buf);
        if let Some(v) = &self.invite_hash {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 3) != 0 {
            match &self.public_key {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <[u8; 32] as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 3) != 0 {
            match &self.block {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<u8> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        self.params.serialize(buf);
    }
}

impl RemoteCall for JoinGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for JoinGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_muted = fl_flags & (1 << 0) != 0;
        let f_video_stopped = fl_flags & (1 << 2) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_join_as = <crate::enums::InputPeer>::deserialize(r)?;
        let f_invite_hash = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_public_key = if fl_flags & (1 << 3) != 0 { Some(<[u8; 32]>::deserialize(r)?) } else { None };
        let f_block = if fl_flags & (1 << 3) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_params = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { muted: f_muted, video_stopped: f_video_stopped, call: f_call, join_as: f_join_as, invite_hash: f_invite_hash, public_key: f_public_key, block: f_block, params: f_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("muted");
        self.muted.write_json(w);
        w.key("video_stopped");
        self.video_stopped.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("join_as");
        self.join_as.write_json(w);
        w.key("invite_hash");
        self.invite_hash.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.key("block");
        self.block.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.end_object();
    }
}

/// `phone.leaveGroupCall#500377f9 call:InputGroupCall source:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `source:int`
    pub source: i32,
}

impl Identifiable for LeaveGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x500377f9;
    const NAME: &'static str = "phone.leaveGroupCall";
}

impl Serialize for LeaveGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.source.serialize(buf);
    }
}

impl RemoteCall for LeaveGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LeaveGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_source = <i32>::deserialize(r)?;
        Ok(Self { call: f_call, source: f_source })
    }
}

#[cfg(feature = "json")]
impl ToJson for LeaveGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("source");
        self.source.write_json(w);
        w.end_object();
    }
}

/// `phone.inviteToGroupCall#7b393160 call:InputGroupCall users:Vector<InputUser> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct InviteToGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `users:Vector<InputUser>`
    pub users: Vec<crate::enums::InputUser>,
}

impl Identifiable for InviteToGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x7b393160;
    const NAME: &'static str = "phone.inviteToGroupCall";
}

impl Serialize for InviteToGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.users.serialize(buf);
    }
}

impl RemoteCall for InviteToGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InviteToGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_users = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        Ok(Self { call: f_call, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for InviteToGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

/// `phone.discardGroupCall#7a777135 call:InputGroupCall = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DiscardGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for DiscardGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x7a777135;
    const NAME: &'static str = "phone.discardGroupCall";
}

impl Serialize for DiscardGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
    }
}

impl RemoteCall for DiscardGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DiscardGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for DiscardGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.toggleGroupCallSettings#974392f2 flags:# reset_invite_hash:flags.1?true call:InputGroupCall join_muted:flags.0?Bool messages_enabled:flags.2?Bool send_paid_messages_stars:flags.3?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleGroupCallSettings {
    /// `reset_invite_hash:flags.1?true`
    pub reset_invite_hash: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `join_muted:flags.0?Bool`
    pub join_muted: Option<bool>,
    /// `messages_enabled:flags.2?Bool`
    pub messages_enabled: Option<bool>,
    /// `send_paid_messages_stars:flags.3?long`
    pub send_paid_messages_stars: Option<i64>,
}

impl Identifiable for ToggleGroupCallSettings {
    const CONSTRUCTOR_ID: u32 = 0x974392f2;
    const NAME: &'static str = "phone.toggleGroupCallSettings";
}

impl Serialize for ToggleGroupCallSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.join_muted.is_some() { 1 << 0 } else { 0 }
            | if self.reset_invite_hash { 1 << 1 } else { 0 }
            | if self.messages_enabled.is_some() { 1 << 2 } else { 0 }
            | if self.send_paid_messages_stars.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        if let Some(v) = &self.join_muted {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.messages_enabled {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_paid_messages_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ToggleGroupCallSettings {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleGroupCallSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reset_invite_hash = fl_flags & (1 << 1) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_join_muted = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_messages_enabled = if fl_flags & (1 << 2) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_send_paid_messages_stars = if fl_flags & (1 << 3) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { reset_invite_hash: f_reset_invite_hash, call: f_call, join_muted: f_join_muted, messages_enabled: f_messages_enabled, send_paid_messages_stars: f_send_paid_messages_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleGroupCallSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reset_invite_hash");
        self.reset_invite_hash.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("join_muted");
        self.join_muted.write_json(w);
        w.key("messages_enabled");
        self.messages_enabled.write_json(w);
        w.key("send_paid_messages_stars");
        self.send_paid_messages_stars.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCall#041845db call:InputGroupCall limit:int = phone.GroupCall`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x041845db;
    const NAME: &'static str = "phone.getGroupCall";
}

impl Serialize for GetGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetGroupCall {
    type Return = crate::enums::phone::GroupCall;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { call: f_call, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupParticipants#c558d8ab call:InputGroupCall ids:Vector<InputPeer> sources:Vector<int> offset:string limit:int = phone.GroupParticipants`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupParticipants {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `ids:Vector<InputPeer>`
    pub ids: Vec<crate::enums::InputPeer>,
    /// `sources:Vector<int>`
    pub sources: Vec<i32>,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetGroupParticipants {
    const CONSTRUCTOR_ID: u32 = 0xc558d8ab;
    const NAME: &'static str = "phone.getGroupParticipants";
}

impl Serialize for GetGroupParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.ids.serialize(buf);
        self.sources.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetGroupParticipants {
    type Return = crate::enums::phone::GroupParticipants;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_ids = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        let f_sources = <Vec<i32>>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { call: f_call, ids: f_ids, sources: f_sources, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("ids");
        self.ids.write_json(w);
        w.key("sources");
        self.sources.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `phone.checkGroupCall#b59cf977 call:InputGroupCall sources:Vector<int> = Vector<int>`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `sources:Vector<int>`
    pub sources: Vec<i32>,
}

impl Identifiable for CheckGroupCall {
    const CONSTRUCTOR_ID: u32 = 0xb59cf977;
    const NAME: &'static str = "phone.checkGroupCall";
}

impl Serialize for CheckGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.sources.serialize(buf);
    }
}

impl RemoteCall for CheckGroupCall {
    type Return = Vec<i32>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_sources = <Vec<i32>>::deserialize(r)?;
        Ok(Self { call: f_call, sources: f_sources })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("sources");
        self.sources.write_json(w);
        w.end_object();
    }
}

/// `phone.toggleGroupCallRecord#f128c708 flags:# start:flags.0?true video:flags.2?true call:InputGroupCall title:flags.1?string video_portrait:flags.2?Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleGroupCallRecord {
    /// `start:flags.0?true`
    pub start: bool,
    /// `video:flags.2?true`
    pub video: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `title:flags.1?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `video_portrait:flags.2?Bool`
    pub video_portrait: Option<bool>,
}

impl Identifiable for ToggleGroupCallRecord {
    const CONSTRUCTOR_ID: u32 = 0xf128c708;
    const NAME: &'static str = "phone.toggleGroupCallRecord";
}

impl Serialize for ToggleGroupCallRecord {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.start { 1 << 0 } else { 0 }
            | if self.title.is_some() { 1 << 1 } else { 0 }
            | if self.video || self.video_portrait.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.video_portrait {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <bool as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
    }
}

impl RemoteCall for ToggleGroupCallRecord {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleGroupCallRecord {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_start = fl_flags & (1 << 0) != 0;
        let f_video = fl_flags & (1 << 2) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_video_portrait = if fl_flags & (1 << 2) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { start: f_start, video: f_video, call: f_call, title: f_title, video_portrait: f_video_portrait })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleGroupCallRecord {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("start");
        self.start.write_json(w);
        w.key("video");
        self.video.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("video_portrait");
        self.video_portrait.write_json(w);
        w.end_object();
    }
}

/// `phone.editGroupCallParticipant#a5273abf flags:# call:InputGroupCall participant:InputPeer muted:flags.0?Bool volume:flags.1?int raise_hand:flags.2?Bool video_stopped:flags.3?Bool video_paused:flags.4?Bool presentation_paused:flags.5?Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditGroupCallParticipant {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
    /// `muted:flags.0?Bool`
    pub muted: Option<bool>,
    /// `volume:flags.1?int`
    pub volume: Option<i32>,
    /// `raise_hand:flags.2?Bool`
    pub raise_hand: Option<bool>,
    /// `video_stopped:flags.3?Bool`
    pub video_stopped: Option<bool>,
    /// `video_paused:flags.4?Bool`
    pub video_paused: Option<bool>,
    /// `presentation_paused:flags.5?Bool`
    pub presentation_paused: Option<bool>,
}

impl Identifiable for EditGroupCallParticipant {
    const CONSTRUCTOR_ID: u32 = 0xa5273abf;
    const NAME: &'static str = "phone.editGroupCallParticipant";
}

impl Serialize for EditGroupCallParticipant {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.muted.is_some() { 1 << 0 } else { 0 }
            | if self.volume.is_some() { 1 << 1 } else { 0 }
            | if self.raise_hand.is_some() { 1 << 2 } else { 0 }
            | if self.video_stopped.is_some() { 1 << 3 } else { 0 }
            | if self.video_paused.is_some() { 1 << 4 } else { 0 }
            | if self.presentation_paused.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.participant.serialize(buf);
        if let Some(v) = &self.muted {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.volume {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.raise_hand {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_stopped {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_paused {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.presentation_paused {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditGroupCallParticipant {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditGroupCallParticipant {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        let f_muted = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_volume = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_raise_hand = if fl_flags & (1 << 2) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_video_stopped = if fl_flags & (1 << 3) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_video_paused = if fl_flags & (1 << 4) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_presentation_paused = if fl_flags & (1 << 5) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { call: f_call, participant: f_participant, muted: f_muted, volume: f_volume, raise_hand: f_raise_hand, video_stopped: f_video_stopped, video_paused: f_video_paused, presentation_paused: f_presentation_paused })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditGroupCallParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.key("muted");
        self.muted.write_json(w);
        w.key("volume");
        self.volume.write_json(w);
        w.key("raise_hand");
        self.raise_hand.write_json(w);
        w.key("video_stopped");
        self.video_stopped.write_json(w);
        w.key("video_paused");
        self.video_paused.write_json(w);
        w.key("presentation_paused");
        self.presentation_paused.write_json(w);
        w.end_object();
    }
}

/// `phone.editGroupCallTitle#1ca6ac0a call:InputGroupCall title:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditGroupCallTitle {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `title:string`
    pub title: mtrs_tl::TlString,
}

impl Identifiable for EditGroupCallTitle {
    const CONSTRUCTOR_ID: u32 = 0x1ca6ac0a;
    const NAME: &'static str = "phone.editGroupCallTitle";
}

impl Serialize for EditGroupCallTitle {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.title.serialize(buf);
    }
}

impl RemoteCall for EditGroupCallTitle {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditGroupCallTitle {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { call: f_call, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditGroupCallTitle {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCallJoinAs#ef7c213a peer:InputPeer = phone.JoinAsPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCallJoinAs {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetGroupCallJoinAs {
    const CONSTRUCTOR_ID: u32 = 0xef7c213a;
    const NAME: &'static str = "phone.getGroupCallJoinAs";
}

impl Serialize for GetGroupCallJoinAs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetGroupCallJoinAs {
    type Return = crate::enums::phone::JoinAsPeers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCallJoinAs {
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
impl ToJson for GetGroupCallJoinAs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `phone.exportGroupCallInvite#e6aa647f flags:# can_self_unmute:flags.0?true call:InputGroupCall = phone.ExportedGroupCallInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportGroupCallInvite {
    /// `can_self_unmute:flags.0?true`
    pub can_self_unmute: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for ExportGroupCallInvite {
    const CONSTRUCTOR_ID: u32 = 0xe6aa647f;
    const NAME: &'static str = "phone.exportGroupCallInvite";
}

impl Serialize for ExportGroupCallInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.can_self_unmute { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
    }
}

impl RemoteCall for ExportGroupCallInvite {
    type Return = crate::enums::phone::ExportedGroupCallInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportGroupCallInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_can_self_unmute = fl_flags & (1 << 0) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { can_self_unmute: f_can_self_unmute, call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportGroupCallInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("can_self_unmute");
        self.can_self_unmute.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.toggleGroupCallStartSubscription#219c34e6 call:InputGroupCall subscribed:Bool = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleGroupCallStartSubscription {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `subscribed:Bool`
    pub subscribed: bool,
}

impl Identifiable for ToggleGroupCallStartSubscription {
    const CONSTRUCTOR_ID: u32 = 0x219c34e6;
    const NAME: &'static str = "phone.toggleGroupCallStartSubscription";
}

impl Serialize for ToggleGroupCallStartSubscription {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.subscribed.serialize(buf);
    }
}

impl RemoteCall for ToggleGroupCallStartSubscription {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleGroupCallStartSubscription {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_subscribed = <bool>::deserialize(r)?;
        Ok(Self { call: f_call, subscribed: f_subscribed })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleGroupCallStartSubscription {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("subscribed");
        self.subscribed.write_json(w);
        w.end_object();
    }
}

/// `phone.startScheduledGroupCall#5680e342 call:InputGroupCall = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct StartScheduledGroupCall {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for StartScheduledGroupCall {
    const CONSTRUCTOR_ID: u32 = 0x5680e342;
    const NAME: &'static str = "phone.startScheduledGroupCall";
}

impl Serialize for StartScheduledGroupCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
    }
}

impl RemoteCall for StartScheduledGroupCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for StartScheduledGroupCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for StartScheduledGroupCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.saveDefaultGroupCallJoinAs#575e1f8c peer:InputPeer join_as:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDefaultGroupCallJoinAs {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `join_as:InputPeer`
    pub join_as: crate::enums::InputPeer,
}

impl Identifiable for SaveDefaultGroupCallJoinAs {
    const CONSTRUCTOR_ID: u32 = 0x575e1f8c;
    const NAME: &'static str = "phone.saveDefaultGroupCallJoinAs";
}

impl Serialize for SaveDefaultGroupCallJoinAs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.join_as.serialize(buf);
    }
}

impl RemoteCall for SaveDefaultGroupCallJoinAs {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveDefaultGroupCallJoinAs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_join_as = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer, join_as: f_join_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveDefaultGroupCallJoinAs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("join_as");
        self.join_as.write_json(w);
        w.end_object();
    }
}

/// `phone.joinGroupCallPresentation#cbea6bc4 call:InputGroupCall params:DataJSON = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinGroupCallPresentation {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `params:DataJSON`
    pub params: crate::enums::DataJSON,
}

impl Identifiable for JoinGroupCallPresentation {
    const CONSTRUCTOR_ID: u32 = 0xcbea6bc4;
    const NAME: &'static str = "phone.joinGroupCallPresentation";
}

impl Serialize for JoinGroupCallPresentation {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.params.serialize(buf);
    }
}

impl RemoteCall for JoinGroupCallPresentation {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for JoinGroupCallPresentation {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_params = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { call: f_call, params: f_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinGroupCallPresentation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.end_object();
    }
}

/// `phone.leaveGroupCallPresentation#1c50d144 call:InputGroupCall = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveGroupCallPresentation {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for LeaveGroupCallPresentation {
    const CONSTRUCTOR_ID: u32 = 0x1c50d144;
    const NAME: &'static str = "phone.leaveGroupCallPresentation";
}

impl Serialize for LeaveGroupCallPresentation {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
    }
}

impl RemoteCall for LeaveGroupCallPresentation {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LeaveGroupCallPresentation {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for LeaveGroupCallPresentation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCallStreamChannels#1ab21940 call:InputGroupCall = phone.GroupCallStreamChannels`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCallStreamChannels {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for GetGroupCallStreamChannels {
    const CONSTRUCTOR_ID: u32 = 0x1ab21940;
    const NAME: &'static str = "phone.getGroupCallStreamChannels";
}

impl Serialize for GetGroupCallStreamChannels {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
    }
}

impl RemoteCall for GetGroupCallStreamChannels {
    type Return = crate::enums::phone::GroupCallStreamChannels;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCallStreamChannels {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupCallStreamChannels {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCallStreamRtmpUrl#5af4c73a flags:# live_story:flags.0?true peer:InputPeer revoke:Bool = phone.GroupCallStreamRtmpUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCallStreamRtmpUrl {
    /// `live_story:flags.0?true`
    pub live_story: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `revoke:Bool`
    pub revoke: bool,
}

impl Identifiable for GetGroupCallStreamRtmpUrl {
    const CONSTRUCTOR_ID: u32 = 0x5af4c73a;
    const NAME: &'static str = "phone.getGroupCallStreamRtmpUrl";
}

impl Serialize for GetGroupCallStreamRtmpUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.live_story { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.revoke.serialize(buf);
    }
}

impl RemoteCall for GetGroupCallStreamRtmpUrl {
    type Return = crate::enums::phone::GroupCallStreamRtmpUrl;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCallStreamRtmpUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_live_story = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_revoke = <bool>::deserialize(r)?;
        Ok(Self { live_story: f_live_story, peer: f_peer, revoke: f_revoke })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupCallStreamRtmpUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("live_story");
        self.live_story.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("revoke");
        self.revoke.write_json(w);
        w.end_object();
    }
}

/// `phone.saveCallLog#41248786 peer:InputPhoneCall file:InputFile = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveCallLog {
    /// `peer:InputPhoneCall`
    pub peer: crate::enums::InputPhoneCall,
    /// `file:InputFile`
    pub file: crate::enums::InputFile,
}

impl Identifiable for SaveCallLog {
    const CONSTRUCTOR_ID: u32 = 0x41248786;
    const NAME: &'static str = "phone.saveCallLog";
}

impl Serialize for SaveCallLog {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.file.serialize(buf);
    }
}

impl RemoteCall for SaveCallLog {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveCallLog {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPhoneCall>::deserialize(r)?;
        let f_file = <crate::enums::InputFile>::deserialize(r)?;
        Ok(Self { peer: f_peer, file: f_file })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveCallLog {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.end_object();
    }
}

/// `phone.createConferenceCall#7d0444bb flags:# muted:flags.0?true video_stopped:flags.2?true join:flags.3?true random_id:int public_key:flags.3?int256 block:flags.3?bytes params:flags.3?DataJSON = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateConferenceCall {
    /// `muted:flags.0?true`
    pub muted: bool,
    /// `video_stopped:flags.2?true`
    pub video_stopped: bool,
    /// `join:flags.3?true`
    pub join: bool,
    /// `random_id:int`
    pub random_id: i32,
    /// `public_key:flags.3?int256`
    pub public_key: Option<[u8; 32]>,
    /// `block:flags.3?bytes`
    pub block: Option<Vec<u8>>,
    /// `params:flags.3?DataJSON`
    pub params: Option<crate::enums::DataJSON>,
}

impl Identifiable for CreateConferenceCall {
    const CONSTRUCTOR_ID: u32 = 0x7d0444bb;
    const NAME: &'static str = "phone.createConferenceCall";
}

impl Serialize for CreateConferenceCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.muted { 1 << 0 } else { 0 }
            | if self.video_stopped { 1 << 2 } else { 0 }
            | if (self.join || self.public_key.is_some() || self.block.is_some() || self.params.is_some()) && self.params.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.random_id.serialize(buf);
        if fl_flags & (1 << 3) != 0 {
            match &self.public_key {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <[u8; 32] as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 3) != 0 {
            match &self.block {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<u8> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 3) != 0 {
            match &self.params {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
    }
}

impl RemoteCall for CreateConferenceCall {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateConferenceCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_muted = fl_flags & (1 << 0) != 0;
        let f_video_stopped = fl_flags & (1 << 2) != 0;
        let f_join = fl_flags & (1 << 3) != 0;
        let f_random_id = <i32>::deserialize(r)?;
        let f_public_key = if fl_flags & (1 << 3) != 0 { Some(<[u8; 32]>::deserialize(r)?) } else { None };
        let f_block = if fl_flags & (1 << 3) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_params = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        Ok(Self { muted: f_muted, video_stopped: f_video_stopped, join: f_join, random_id: f_random_id, public_key: f_public_key, block: f_block, params: f_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateConferenceCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("muted");
        self.muted.write_json(w);
        w.key("video_stopped");
        self.video_stopped.write_json(w);
        w.key("join");
        self.join.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.key("block");
        self.block.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.end_object();
    }
}

/// `phone.deleteConferenceCallParticipants#8ca60525 flags:# only_left:flags.0?true kick:flags.1?true call:InputGroupCall ids:Vector<long> block:bytes = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteConferenceCallParticipants {
    /// `only_left:flags.0?true`
    pub only_left: bool,
    /// `kick:flags.1?true`
    pub kick: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `ids:Vector<long>`
    pub ids: Vec<i64>,
    /// `block:bytes`
    pub block: Vec<u8>,
}

impl Identifiable for DeleteConferenceCallParticipants {
    const CONSTRUCTOR_ID: u32 = 0x8ca60525;
    const NAME: &'static str = "phone.deleteConferenceCallParticipants";
}

impl Serialize for DeleteConferenceCallParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.only_left { 1 << 0 } else { 0 }
            | if self.kick { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.ids.serialize(buf);
        self.block.serialize(buf);
    }
}

impl RemoteCall for DeleteConferenceCallParticipants {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteConferenceCallParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_only_left = fl_flags & (1 << 0) != 0;
        let f_kick = fl_flags & (1 << 1) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_ids = <Vec<i64>>::deserialize(r)?;
        let f_block = <Vec<u8>>::deserialize(r)?;
        Ok(Self { only_left: f_only_left, kick: f_kick, call: f_call, ids: f_ids, block: f_block })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteConferenceCallParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("only_left");
        self.only_left.write_json(w);
        w.key("kick");
        self.kick.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("ids");
        self.ids.write_json(w);
        w.key("block");
        self.block.write_json(w);
        w.end_object();
    }
}

/// `phone.sendConferenceCallBroadcast#c6701900 call:InputGroupCall block:bytes = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendConferenceCallBroadcast {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `block:bytes`
    pub block: Vec<u8>,
}

impl Identifiable for SendConferenceCallBroadcast {
    const CONSTRUCTOR_ID: u32 = 0xc6701900;
    const NAME: &'static str = "phone.sendConferenceCallBroadcast";
}

impl Serialize for SendConferenceCallBroadcast {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.block.serialize(buf);
    }
}

impl RemoteCall for SendConferenceCallBroadcast {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendConferenceCallBroadcast {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_block = <Vec<u8>>::deserialize(r)?;
        Ok(Self { call: f_call, block: f_block })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendConferenceCallBroadcast {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("block");
        self.block.write_json(w);
        w.end_object();
    }
}

/// `phone.inviteConferenceCallParticipant#bcf22685 flags:# video:flags.0?true call:InputGroupCall user_id:InputUser = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct InviteConferenceCallParticipant {
    /// `video:flags.0?true`
    pub video: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for InviteConferenceCallParticipant {
    const CONSTRUCTOR_ID: u32 = 0xbcf22685;
    const NAME: &'static str = "phone.inviteConferenceCallParticipant";
}

impl Serialize for InviteConferenceCallParticipant {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.video { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for InviteConferenceCallParticipant {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InviteConferenceCallParticipant {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_video = fl_flags & (1 << 0) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { video: f_video, call: f_call, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for InviteConferenceCallParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("video");
        self.video.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `phone.declineConferenceCallInvite#3c479971 msg_id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeclineConferenceCallInvite {
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for DeclineConferenceCallInvite {
    const CONSTRUCTOR_ID: u32 = 0x3c479971;
    const NAME: &'static str = "phone.declineConferenceCallInvite";
}

impl Serialize for DeclineConferenceCallInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for DeclineConferenceCallInvite {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeclineConferenceCallInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeclineConferenceCallInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCallChainBlocks#ee9f88a6 call:InputGroupCall sub_chain_id:int offset:int limit:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCallChainBlocks {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `sub_chain_id:int`
    pub sub_chain_id: i32,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetGroupCallChainBlocks {
    const CONSTRUCTOR_ID: u32 = 0xee9f88a6;
    const NAME: &'static str = "phone.getGroupCallChainBlocks";
}

impl Serialize for GetGroupCallChainBlocks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.sub_chain_id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetGroupCallChainBlocks {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCallChainBlocks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_sub_chain_id = <i32>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { call: f_call, sub_chain_id: f_sub_chain_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupCallChainBlocks {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("sub_chain_id");
        self.sub_chain_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `phone.sendGroupCallMessage#b1d11410 flags:# call:InputGroupCall random_id:long message:TextWithEntities allow_paid_stars:flags.0?long send_as:flags.1?InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendGroupCallMessage {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `random_id:long`
    pub random_id: i64,
    /// `message:TextWithEntities`
    pub message: crate::enums::TextWithEntities,
    /// `allow_paid_stars:flags.0?long`
    pub allow_paid_stars: Option<i64>,
    /// `send_as:flags.1?InputPeer`
    pub send_as: Option<crate::enums::InputPeer>,
}

impl Identifiable for SendGroupCallMessage {
    const CONSTRUCTOR_ID: u32 = 0xb1d11410;
    const NAME: &'static str = "phone.sendGroupCallMessage";
}

impl Serialize for SendGroupCallMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.allow_paid_stars.is_some() { 1 << 0 } else { 0 }
            | if self.send_as.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.random_id.serialize(buf);
        self.message.serialize(buf);
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_as {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendGroupCallMessage {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendGroupCallMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_message = <crate::enums::TextWithEntities>::deserialize(r)?;
        let f_allow_paid_stars = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_send_as = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { call: f_call, random_id: f_random_id, message: f_message, allow_paid_stars: f_allow_paid_stars, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendGroupCallMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}

/// `phone.sendGroupCallEncryptedMessage#e5afa56d call:InputGroupCall encrypted_message:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SendGroupCallEncryptedMessage {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `encrypted_message:bytes`
    pub encrypted_message: Vec<u8>,
}

impl Identifiable for SendGroupCallEncryptedMessage {
    const CONSTRUCTOR_ID: u32 = 0xe5afa56d;
    const NAME: &'static str = "phone.sendGroupCallEncryptedMessage";
}

impl Serialize for SendGroupCallEncryptedMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
        self.encrypted_message.serialize(buf);
    }
}

impl RemoteCall for SendGroupCallEncryptedMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendGroupCallEncryptedMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_encrypted_message = <Vec<u8>>::deserialize(r)?;
        Ok(Self { call: f_call, encrypted_message: f_encrypted_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendGroupCallEncryptedMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("encrypted_message");
        self.encrypted_message.write_json(w);
        w.end_object();
    }
}

/// `phone.deleteGroupCallMessages#f64f54f7 flags:# report_spam:flags.0?true call:InputGroupCall messages:Vector<int> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteGroupCallMessages {
    /// `report_spam:flags.0?true`
    pub report_spam: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `messages:Vector<int>`
    pub messages: Vec<i32>,
}

impl Identifiable for DeleteGroupCallMessages {
    const CONSTRUCTOR_ID: u32 = 0xf64f54f7;
    const NAME: &'static str = "phone.deleteGroupCallMessages";
}

impl Serialize for DeleteGroupCallMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.report_spam { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.messages.serialize(buf);
    }
}

impl RemoteCall for DeleteGroupCallMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteGroupCallMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_report_spam = fl_flags & (1 << 0) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_messages = <Vec<i32>>::deserialize(r)?;
        Ok(Self { report_spam: f_report_spam, call: f_call, messages: f_messages })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteGroupCallMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("report_spam");
        self.report_spam.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.end_object();
    }
}

/// `phone.deleteGroupCallParticipantMessages#1dbfeca0 flags:# report_spam:flags.0?true call:InputGroupCall participant:InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteGroupCallParticipantMessages {
    /// `report_spam:flags.0?true`
    pub report_spam: bool,
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for DeleteGroupCallParticipantMessages {
    const CONSTRUCTOR_ID: u32 = 0x1dbfeca0;
    const NAME: &'static str = "phone.deleteGroupCallParticipantMessages";
}

impl Serialize for DeleteGroupCallParticipantMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.report_spam { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.call.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for DeleteGroupCallParticipantMessages {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteGroupCallParticipantMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_report_spam = fl_flags & (1 << 0) != 0;
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { report_spam: f_report_spam, call: f_call, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteGroupCallParticipantMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("report_spam");
        self.report_spam.write_json(w);
        w.key("call");
        self.call.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `phone.getGroupCallStars#6f636302 call:InputGroupCall = phone.GroupCallStars`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupCallStars {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
}

impl Identifiable for GetGroupCallStars {
    const CONSTRUCTOR_ID: u32 = 0x6f636302;
    const NAME: &'static str = "phone.getGroupCallStars";
}

impl Serialize for GetGroupCallStars {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
    }
}

impl RemoteCall for GetGroupCallStars {
    type Return = crate::enums::phone::GroupCallStars;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGroupCallStars {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        Ok(Self { call: f_call })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGroupCallStars {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.end_object();
    }
}

/// `phone.saveDefaultSendAs#4167add1 call:InputGroupCall send_as:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDefaultSendAs {
    /// `call:InputGroupCall`
    pub call: crate::enums::InputGroupCall,
    /// `send_as:InputPeer`
    pub send_as: crate::enums::InputPeer,
}

impl Identifiable for SaveDefaultSendAs {
    const CONSTRUCTOR_ID: u32 = 0x4167add1;
    const NAME: &'static str = "phone.saveDefaultSendAs";
}

impl Serialize for SaveDefaultSendAs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.call.serialize(buf);
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
        let f_call = <crate::enums::InputGroupCall>::deserialize(r)?;
        let f_send_as = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { call: f_call, send_as: f_send_as })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveDefaultSendAs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("call");
        self.call.write_json(w);
        w.key("send_as");
        self.send_as.write_json(w);
        w.end_object();
    }
}
