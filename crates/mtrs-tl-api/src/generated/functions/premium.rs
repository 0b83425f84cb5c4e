// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `premium` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `premium.getBoostsList#60f67660 flags:# gifts:flags.0?true peer:InputPeer offset:string limit:int = premium.BoostsList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBoostsList {
    /// `gifts:flags.0?true`
    pub gifts: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetBoostsList {
    const CONSTRUCTOR_ID: u32 = 0x60f67660;
    const NAME: &'static str = "premium.getBoostsList";
}

impl Serialize for GetBoostsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.gifts { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetBoostsList {
    type Return = crate::enums::premium::BoostsList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBoostsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_gifts = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { gifts: f_gifts, peer: f_peer, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBoostsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gifts");
        self.gifts.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `premium.getMyBoosts#0be77b4a = premium.MyBoosts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMyBoosts;

impl Identifiable for GetMyBoosts {
    const CONSTRUCTOR_ID: u32 = 0x0be77b4a;
    const NAME: &'static str = "premium.getMyBoosts";
}

impl Serialize for GetMyBoosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetMyBoosts {
    type Return = crate::enums::premium::MyBoosts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMyBoosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMyBoosts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `premium.applyBoost#6b7da746 flags:# slots:flags.0?Vector<int> peer:InputPeer = premium.MyBoosts`
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyBoost {
    /// `slots:flags.0?Vector<int>`
    pub slots: Option<Vec<i32>>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for ApplyBoost {
    const CONSTRUCTOR_ID: u32 = 0x6b7da746;
    const NAME: &'static str = "premium.applyBoost";
}

impl Serialize for ApplyBoost {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.slots.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.slots {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ApplyBoost {
    type Return = crate::enums::premium::MyBoosts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ApplyBoost {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_slots = if fl_flags & (1 << 0) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { slots: f_slots, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ApplyBoost {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slots");
        self.slots.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `premium.getBoostsStatus#042f1f61 peer:InputPeer = premium.BoostsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBoostsStatus {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetBoostsStatus {
    const CONSTRUCTOR_ID: u32 = 0x042f1f61;
    const NAME: &'static str = "premium.getBoostsStatus";
}

impl Serialize for GetBoostsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetBoostsStatus {
    type Return = crate::enums::premium::BoostsStatus;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBoostsStatus {
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
impl ToJson for GetBoostsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `premium.getUserBoosts#39854d1f peer:InputPeer user_id:InputUser = premium.BoostsList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserBoosts {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetUserBoosts {
    const CONSTRUCTOR_ID: u32 = 0x39854d1f;
    const NAME: &'static str = "premium.getUserBoosts";
}

impl Serialize for GetUserBoosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetUserBoosts {
    type Return = crate::enums::premium::BoostsList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUserBoosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { peer: f_peer, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUserBoosts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}
