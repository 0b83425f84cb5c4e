// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `updates` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `updates.getState#edd4882a = updates.State`
#[derive(Debug, Clone, PartialEq)]
pub struct GetState;

impl Identifiable for GetState {
    const CONSTRUCTOR_ID: u32 = 0xedd4882a;
    const NAME: &'static str = "updates.getState";
}

impl Serialize for GetState {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetState {
    type Return = crate::enums::updates::State;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetState {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetState {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `updates.getDifference#19c2f763 flags:# pts:int pts_limit:flags.1?int pts_total_limit:flags.0?int date:int qts:int qts_limit:flags.2?int = updates.Difference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDifference {
    /// `pts:int`
    pub pts: i32,
    /// `pts_limit:flags.1?int`
    pub pts_limit: Option<i32>,
    /// `pts_total_limit:flags.0?int`
    pub pts_total_limit: Option<i32>,
    /// `date:int`
    pub date: i32,
    /// `qts:int`
    pub qts: i32,
    /// `qts_limit:flags.2?int`
    pub qts_limit: Option<i32>,
}

impl Identifiable for GetDifference {
    const CONSTRUCTOR_ID: u32 = 0x19c2f763;
    const NAME: &'static str = "updates.getDifference";
}

impl Serialize for GetDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.pts_total_limit.is_some() { 1 << 0 } else { 0 }
            | if self.pts_limit.is_some() { 1 << 1 } else { 0 }
            | if self.qts_limit.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.pts.serialize(buf);
        if let Some(v) = &self.pts_limit {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.pts_total_limit {
            (*v).serialize(buf);
        }
        self.date.serialize(buf);
        self.qts.serialize(buf);
        if let Some(v) = &self.qts_limit {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetDifference {
    type Return = crate::enums::updates::Difference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_pts = <i32>::deserialize(r)?;
        let f_pts_limit = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_pts_total_limit = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_date = <i32>::deserialize(r)?;
        let f_qts = <i32>::deserialize(r)?;
        let f_qts_limit = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { pts: f_pts, pts_limit: f_pts_limit, pts_total_limit: f_pts_total_limit, date: f_date, qts: f_qts, qts_limit: f_qts_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pts");
        self.pts.write_json(w);
        w.key("pts_limit");
        self.pts_limit.write_json(w);
        w.key("pts_total_limit");
        self.pts_total_limit.write_json(w);
        w.key("date");
        self.date.write_json(w);
        w.key("qts");
        self.qts.write_json(w);
        w.key("qts_limit");
        self.qts_limit.write_json(w);
        w.end_object();
    }
}

/// `updates.getChannelDifference#03173d78 flags:# force:flags.0?true channel:InputChannel filter:ChannelMessagesFilter pts:int limit:int = updates.ChannelDifference`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelDifference {
    /// `force:flags.0?true`
    pub force: bool,
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
    /// `filter:ChannelMessagesFilter`
    pub filter: crate::enums::ChannelMessagesFilter,
    /// `pts:int`
    pub pts: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetChannelDifference {
    const CONSTRUCTOR_ID: u32 = 0x03173d78;
    const NAME: &'static str = "updates.getChannelDifference";
}

impl Serialize for GetChannelDifference {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.force { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.channel.serialize(buf);
        self.filter.serialize(buf);
        self.pts.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetChannelDifference {
    type Return = crate::enums::updates::ChannelDifference;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChannelDifference {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_force = fl_flags & (1 << 0) != 0;
        let f_channel = <crate::enums::InputChannel>::deserialize(r)?;
        let f_filter = <crate::enums::ChannelMessagesFilter>::deserialize(r)?;
        let f_pts = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { force: f_force, channel: f_channel, filter: f_filter, pts: f_pts, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChannelDifference {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("force");
        self.force.write_json(w);
        w.key("channel");
        self.channel.write_json(w);
        w.key("filter");
        self.filter.write_json(w);
        w.key("pts");
        self.pts.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}
