// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `premium` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `premium.boostsList#86f8613c flags:# count:int boosts:Vector<Boost> next_offset:flags.0?string users:Vector<User> = premium.BoostsList`
#[derive(Debug, Clone, PartialEq)]
pub struct BoostsList {
    /// `count:int`
    pub count: i32,
    /// `boosts:Vector<Boost>`
    pub boosts: Vec<crate::enums::Boost>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for BoostsList {
    const CONSTRUCTOR_ID: u32 = 0x86f8613c;
    const NAME: &'static str = "premium.boostsList";
}

impl Serialize for BoostsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BoostsList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.boosts.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.users.serialize(buf);
    }
}

impl Deserialize for BoostsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BoostsList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_boosts = <Vec<crate::enums::Boost>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, boosts: f_boosts, next_offset: f_next_offset, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for BoostsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("boosts");
        self.boosts.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BoostsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `premium.myBoosts#9ae228e2 my_boosts:Vector<MyBoost> chats:Vector<Chat> users:Vector<User> = premium.MyBoosts`
#[derive(Debug, Clone, PartialEq)]
pub struct MyBoosts {
    /// `my_boosts:Vector<MyBoost>`
    pub my_boosts: Vec<crate::enums::MyBoost>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for MyBoosts {
    const CONSTRUCTOR_ID: u32 = 0x9ae228e2;
    const NAME: &'static str = "premium.myBoosts";
}

impl Serialize for MyBoosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MyBoosts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.my_boosts.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for MyBoosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MyBoosts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_my_boosts = <Vec<crate::enums::MyBoost>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { my_boosts: f_my_boosts, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for MyBoosts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_boosts");
        self.my_boosts.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MyBoosts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `premium.boostsStatus#4959427a flags:# my_boost:flags.2?true level:int current_level_boosts:int boosts:int gift_boosts:flags.4?int next_level_boosts:flags.0?int premium_audience:flags.1?StatsPercentValue boost_url:string prepaid_giveaways:flags.3?Vector<PrepaidGiveaway> my_boost_slots:flags.2?Vector<int> = premium.BoostsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct BoostsStatus {
    /// `my_boost:flags.2?true`
    pub my_boost: bool,
    /// `level:int`
    pub level: i32,
    /// `current_level_boosts:int`
    pub current_level_boosts: i32,
    /// `boosts:int`
    pub boosts: i32,
    /// `gift_boosts:flags.4?int`
    pub gift_boosts: Option<i32>,
    /// `next_level_boosts:flags.0?int`
    pub next_level_boosts: Option<i32>,
    /// `premium_audience:flags.1?StatsPercentValue`
    pub premium_audience: Option<crate::enums::StatsPercentValue>,
    /// `boost_url:string`
    pub boost_url: mtrs_tl::TlString,
    /// `prepaid_giveaways:flags.3?Vector<PrepaidGiveaway>`
    pub prepaid_giveaways: Option<Vec<crate::enums::PrepaidGiveaway>>,
    /// `my_boost_slots:flags.2?Vector<int>`
    pub my_boost_slots: Option<Vec<i32>>,
}

impl Identifiable for BoostsStatus {
    const CONSTRUCTOR_ID: u32 = 0x4959427a;
    const NAME: &'static str = "premium.boostsStatus";
}

impl Serialize for BoostsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BoostsStatus {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_level_boosts.is_some() { 1 << 0 } else { 0 }
            | if self.premium_audience.is_some() { 1 << 1 } else { 0 }
            | if self.my_boost || self.my_boost_slots.is_some() { 1 << 2 } else { 0 }
            | if self.prepaid_giveaways.is_some() { 1 << 3 } else { 0 }
            | if self.gift_boosts.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.level.serialize(buf);
        self.current_level_boosts.serialize(buf);
        self.boosts.serialize(buf);
        if let Some(v) = &self.gift_boosts {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.next_level_boosts {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.premium_audience {
            (*v).serialize(buf);
        }
        self.boost_url.serialize(buf);
        if let Some(v) = &self.prepaid_giveaways {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.my_boost_slots {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<i32> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
    }
}

impl Deserialize for BoostsStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BoostsStatus {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_my_boost = fl_flags & (1 << 2) != 0;
        let f_level = <i32>::deserialize(r)?;
        let f_current_level_boosts = <i32>::deserialize(r)?;
        let f_boosts = <i32>::deserialize(r)?;
        let f_gift_boosts = if fl_flags & (1 << 4) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_next_level_boosts = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_premium_audience = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::StatsPercentValue>::deserialize(r)?) } else { None };
        let f_boost_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_prepaid_giveaways = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::PrepaidGiveaway>>::deserialize(r)?) } else { None };
        let f_my_boost_slots = if fl_flags & (1 << 2) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        Ok(Self { my_boost: f_my_boost, level: f_level, current_level_boosts: f_current_level_boosts, boosts: f_boosts, gift_boosts: f_gift_boosts, next_level_boosts: f_next_level_boosts, premium_audience: f_premium_audience, boost_url: f_boost_url, prepaid_giveaways: f_prepaid_giveaways, my_boost_slots: f_my_boost_slots })
    }
}

#[cfg(feature = "json")]
impl ToJson for BoostsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_boost");
        self.my_boost.write_json(w);
        w.key("level");
        self.level.write_json(w);
        w.key("current_level_boosts");
        self.current_level_boosts.write_json(w);
        w.key("boosts");
        self.boosts.write_json(w);
        w.key("gift_boosts");
        self.gift_boosts.write_json(w);
        w.key("next_level_boosts");
        self.next_level_boosts.write_json(w);
        w.key("premium_audience");
        self.premium_audience.write_json(w);
        w.key("boost_url");
        self.boost_url.write_json(w);
        w.key("prepaid_giveaways");
        self.prepaid_giveaways.write_json(w);
        w.key("my_boost_slots");
        self.my_boost_slots.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BoostsStatus {}
