// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `premium` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `premium.BoostsList`: `premium.boostsList`.
#[derive(Debug, Clone, PartialEq)]
pub enum BoostsList {
    /// `premium.boostsList#86f8613c`
    BoostsList(crate::types::premium::BoostsList),
}

impl BoostsList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BoostsList(_) => 0x86f8613c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BoostsList(_) => "premium.boostsList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x86f8613c => Self::BoostsList(<crate::types::premium::BoostsList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "premium.BoostsList" }),
        })
    }
}

impl Serialize for BoostsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BoostsList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BoostsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BoostsList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BoostsList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::premium::BoostsList> for BoostsList {
    fn from(x: crate::types::premium::BoostsList) -> Self {
        Self::BoostsList(x)
    }
}

impl crate::peers::Peers for BoostsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::BoostsList(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `premium.BoostsStatus`: `premium.boostsStatus`.
#[derive(Debug, Clone, PartialEq)]
pub enum BoostsStatus {
    /// `premium.boostsStatus#4959427a`
    BoostsStatus(crate::types::premium::BoostsStatus),
}

impl BoostsStatus {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BoostsStatus(_) => 0x4959427a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BoostsStatus(_) => "premium.boostsStatus",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4959427a => Self::BoostsStatus(<crate::types::premium::BoostsStatus>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "premium.BoostsStatus" }),
        })
    }
}

impl Serialize for BoostsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BoostsStatus(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BoostsStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BoostsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BoostsStatus(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::premium::BoostsStatus> for BoostsStatus {
    fn from(x: crate::types::premium::BoostsStatus) -> Self {
        Self::BoostsStatus(x)
    }
}

impl crate::peers::Peers for BoostsStatus {}

/// The boxed type `premium.MyBoosts`: `premium.myBoosts`.
#[derive(Debug, Clone, PartialEq)]
pub enum MyBoosts {
    /// `premium.myBoosts#9ae228e2`
    MyBoosts(crate::types::premium::MyBoosts),
}

impl MyBoosts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MyBoosts(_) => 0x9ae228e2,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MyBoosts(_) => "premium.myBoosts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9ae228e2 => Self::MyBoosts(<crate::types::premium::MyBoosts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "premium.MyBoosts" }),
        })
    }
}

impl Serialize for MyBoosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MyBoosts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MyBoosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MyBoosts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MyBoosts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::premium::MyBoosts> for MyBoosts {
    fn from(x: crate::types::premium::MyBoosts) -> Self {
        Self::MyBoosts(x)
    }
}

impl crate::peers::Peers for MyBoosts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::MyBoosts(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
