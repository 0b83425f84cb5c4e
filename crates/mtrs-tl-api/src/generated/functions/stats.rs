// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `stats` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stats.getBroadcastStats#ab42441a flags:# dark:flags.0?true channel:InputChannel = stats.BroadcastStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBroadcastStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for GetBroadcastStats {
    const CONSTRUCTOR_ID: u32 = 0xab42441a;
    const NAME: &'static str = "stats.getBroadcastStats";
}

impl Serialize for GetBroadcastStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
    }
}

impl RemoteCall for GetBroadcastStats {
    type Return = crate::enums::stats::BroadcastStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBroadcastStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { dark: f_dark, channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBroadcastStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `stats.loadAsyncGraph#621d5fa0 flags:# token:string x:flags.0?long = StatsGraph`
#[derive(Debug, Clone, PartialEq)]
pub struct LoadAsyncGraph {
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `x:flags.0?long`
    pub x: Option<i64>,
}

impl Identifiable for LoadAsyncGraph {
    const CONSTRUCTOR_ID: u32 = 0x621d5fa0;
    const NAME: &'static str = "stats.loadAsyncGraph";
}

impl Serialize for LoadAsyncGraph {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.x.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.token.serialize(buf);
        if let Some(v) = &self.x {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for LoadAsyncGraph {
    type Return = crate::enums::StatsGraph;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LoadAsyncGraph {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_x = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { token: f_token, x: f_x })
    }
}

#[cfg(feature = "json")]
impl ToJson for LoadAsyncGraph {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.key("x");
        self.x.write_json(w);
        w.end_object();
    }
}

/// `stats.getMegagroupStats#dcdf8607 flags:# dark:flags.0?true channel:InputChannel = stats.MegagroupStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMegagroupStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for GetMegagroupStats {
    const CONSTRUCTOR_ID: u32 = 0xdcdf8607;
    const NAME: &'static str = "stats.getMegagroupStats";
}

impl Serialize for GetMegagroupStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
    }
}

impl RemoteCall for GetMegagroupStats {
    type Return = crate::enums::stats::MegagroupStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMegagroupStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { dark: f_dark, channel: f_channel })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMegagroupStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `stats.getMessagePublicForwards#5f150144 channel:InputChannel msg_id:int offset:string limit:int = stats.PublicForwards`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessagePublicForwards {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetMessagePublicForwards {
    const CONSTRUCTOR_ID: u32 = 0x5f150144;
    const NAME: &'static str = "stats.getMessagePublicForwards";
}

impl Serialize for GetMessagePublicForwards {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
        self.msg_id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetMessagePublicForwards {
    type Return = crate::enums::stats::PublicForwards;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessagePublicForwards {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { channel: f_channel, msg_id: f_msg_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessagePublicForwards {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stats.getMessageStats#b6e0a3f5 flags:# dark:flags.0?true channel:InputChannel msg_id:int = stats.MessageStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMessageStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetMessageStats {
    const CONSTRUCTOR_ID: u32 = 0xb6e0a3f5;
    const NAME: &'static str = "stats.getMessageStats";
}

impl Serialize for GetMessageStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetMessageStats {
    type Return = crate::enums::stats::MessageStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMessageStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { dark: f_dark, channel: f_channel, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMessageStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `stats.getStoryStats#374fef40 flags:# dark:flags.0?true peer:InputPeer id:int = stats.StoryStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoryStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for GetStoryStats {
    const CONSTRUCTOR_ID: u32 = 0x374fef40;
    const NAME: &'static str = "stats.getStoryStats";
}

impl Serialize for GetStoryStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetStoryStats {
    type Return = crate::enums::stats::StoryStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoryStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { dark: f_dark, peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoryStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stats.getStoryPublicForwards#a6437ef6 peer:InputPeer id:int offset:string limit:int = stats.PublicForwards`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoryPublicForwards {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetStoryPublicForwards {
    const CONSTRUCTOR_ID: u32 = 0xa6437ef6;
    const NAME: &'static str = "stats.getStoryPublicForwards";
}

impl Serialize for GetStoryPublicForwards {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetStoryPublicForwards {
    type Return = crate::enums::stats::PublicForwards;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoryPublicForwards {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoryPublicForwards {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stats.getPollStats#c27dfa68 flags:# dark:flags.0?true peer:InputPeer msg_id:int = stats.PollStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPollStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetPollStats {
    const CONSTRUCTOR_ID: u32 = 0xc27dfa68;
    const NAME: &'static str = "stats.getPollStats";
}

impl Serialize for GetPollStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetPollStats {
    type Return = crate::enums::stats::PollStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPollStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { dark: f_dark, peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPollStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}
