// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use crate::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use crate::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod help;

/// The boxed type `AccessPointRule`: `accessPointRule`.
#[derive(Debug, Clone, PartialEq)]
pub enum AccessPointRule {
    /// `accessPointRule#4679b65f`
    AccessPointRule(crate::mtproto::types::AccessPointRule),
}

impl AccessPointRule {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AccessPointRule(_) => 0x4679b65f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AccessPointRule(_) => "accessPointRule",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4679b65f => Self::AccessPointRule(<crate::mtproto::types::AccessPointRule>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "AccessPointRule" }),
        })
    }
}

impl Serialize for AccessPointRule {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AccessPointRule(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AccessPointRule {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AccessPointRule {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AccessPointRule(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::AccessPointRule> for AccessPointRule {
    fn from(x: crate::mtproto::types::AccessPointRule) -> Self {
        Self::AccessPointRule(x)
    }
}

/// The boxed type `BadMsgNotification`: `bad_msg_notification`, `bad_server_salt`.
#[derive(Debug, Clone, PartialEq)]
pub enum BadMsgNotification {
    /// `bad_msg_notification#a7eff811`
    BadMsgNotification(crate::mtproto::types::BadMsgNotification),
    /// `bad_server_salt#edab447b`
    BadServerSalt(crate::mtproto::types::BadServerSalt),
}

impl BadMsgNotification {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BadMsgNotification(_) => 0xa7eff811,
            Self::BadServerSalt(_) => 0xedab447b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BadMsgNotification(_) => "bad_msg_notification",
            Self::BadServerSalt(_) => "bad_server_salt",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa7eff811 => Self::BadMsgNotification(<crate::mtproto::types::BadMsgNotification>::deserialize_bare(r)?),
            0xedab447b => Self::BadServerSalt(<crate::mtproto::types::BadServerSalt>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "BadMsgNotification" }),
        })
    }
}

impl Serialize for BadMsgNotification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BadMsgNotification(x) => x.serialize(buf),
            Self::BadServerSalt(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BadMsgNotification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BadMsgNotification {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BadMsgNotification(x) => x.write_json(w),
            Self::BadServerSalt(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::BadMsgNotification> for BadMsgNotification {
    fn from(x: crate::mtproto::types::BadMsgNotification) -> Self {
        Self::BadMsgNotification(x)
    }
}

impl From<crate::mtproto::types::BadServerSalt> for BadMsgNotification {
    fn from(x: crate::mtproto::types::BadServerSalt) -> Self {
        Self::BadServerSalt(x)
    }
}

/// The boxed type `BindAuthKeyInner`: `bind_auth_key_inner`.
#[derive(Debug, Clone, PartialEq)]
pub enum BindAuthKeyInner {
    /// `bind_auth_key_inner#75a3f765`
    BindAuthKeyInner(crate::mtproto::types::BindAuthKeyInner),
}

impl BindAuthKeyInner {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BindAuthKeyInner(_) => 0x75a3f765,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BindAuthKeyInner(_) => "bind_auth_key_inner",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x75a3f765 => Self::BindAuthKeyInner(<crate::mtproto::types::BindAuthKeyInner>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "BindAuthKeyInner" }),
        })
    }
}

impl Serialize for BindAuthKeyInner {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BindAuthKeyInner(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BindAuthKeyInner {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BindAuthKeyInner {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BindAuthKeyInner(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::BindAuthKeyInner> for BindAuthKeyInner {
    fn from(x: crate::mtproto::types::BindAuthKeyInner) -> Self {
        Self::BindAuthKeyInner(x)
    }
}

/// The boxed type `Client_DH_Inner_Data`: `client_DH_inner_data`.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientDHInnerData {
    /// `client_DH_inner_data#6643b654`
    ClientDhInnerData(crate::mtproto::types::ClientDhInnerData),
}

impl ClientDHInnerData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ClientDhInnerData(_) => 0x6643b654,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ClientDhInnerData(_) => "client_DH_inner_data",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6643b654 => Self::ClientDhInnerData(<crate::mtproto::types::ClientDhInnerData>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Client_DH_Inner_Data" }),
        })
    }
}

impl Serialize for ClientDHInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ClientDhInnerData(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ClientDHInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ClientDHInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ClientDhInnerData(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::ClientDhInnerData> for ClientDHInnerData {
    fn from(x: crate::mtproto::types::ClientDhInnerData) -> Self {
        Self::ClientDhInnerData(x)
    }
}

/// The boxed type `DestroyAuthKeyRes`: `destroy_auth_key_ok`, `destroy_auth_key_none`, `destroy_auth_key_fail`.
#[derive(Debug, Clone, PartialEq)]
pub enum DestroyAuthKeyRes {
    /// `destroy_auth_key_ok#f660e1d4`
    DestroyAuthKeyOk,
    /// `destroy_auth_key_none#0a9f2259`
    DestroyAuthKeyNone,
    /// `destroy_auth_key_fail#ea109b13`
    DestroyAuthKeyFail,
}

impl DestroyAuthKeyRes {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DestroyAuthKeyOk => 0xf660e1d4,
            Self::DestroyAuthKeyNone => 0x0a9f2259,
            Self::DestroyAuthKeyFail => 0xea109b13,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DestroyAuthKeyOk => "destroy_auth_key_ok",
            Self::DestroyAuthKeyNone => "destroy_auth_key_none",
            Self::DestroyAuthKeyFail => "destroy_auth_key_fail",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf660e1d4 => Self::DestroyAuthKeyOk,
            0x0a9f2259 => Self::DestroyAuthKeyNone,
            0xea109b13 => Self::DestroyAuthKeyFail,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "DestroyAuthKeyRes" }),
        })
    }
}

impl Serialize for DestroyAuthKeyRes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DestroyAuthKeyOk => buf.extend_from_slice(&0xf660e1d4u32.to_le_bytes()),
            Self::DestroyAuthKeyNone => buf.extend_from_slice(&0x0a9f2259u32.to_le_bytes()),
            Self::DestroyAuthKeyFail => buf.extend_from_slice(&0xea109b13u32.to_le_bytes()),
        }
    }
}

impl Deserialize for DestroyAuthKeyRes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroyAuthKeyRes {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DestroyAuthKeyOk => {
                w.begin_object("destroy_auth_key_ok");
                w.end_object();
            }
            Self::DestroyAuthKeyNone => {
                w.begin_object("destroy_auth_key_none");
                w.end_object();
            }
            Self::DestroyAuthKeyFail => {
                w.begin_object("destroy_auth_key_fail");
                w.end_object();
            }
        }
    }
}

impl From<crate::mtproto::types::DestroyAuthKeyOk> for DestroyAuthKeyRes {
    fn from(_x: crate::mtproto::types::DestroyAuthKeyOk) -> Self {
        Self::DestroyAuthKeyOk
    }
}

impl From<crate::mtproto::types::DestroyAuthKeyNone> for DestroyAuthKeyRes {
    fn from(_x: crate::mtproto::types::DestroyAuthKeyNone) -> Self {
        Self::DestroyAuthKeyNone
    }
}

impl From<crate::mtproto::types::DestroyAuthKeyFail> for DestroyAuthKeyRes {
    fn from(_x: crate::mtproto::types::DestroyAuthKeyFail) -> Self {
        Self::DestroyAuthKeyFail
    }
}

/// The boxed type `DestroySessionRes`: `destroy_session_ok`, `destroy_session_none`.
#[derive(Debug, Clone, PartialEq)]
pub enum DestroySessionRes {
    /// `destroy_session_ok#e22045fc`
    DestroySessionOk(crate::mtproto::types::DestroySessionOk),
    /// `destroy_session_none#62d350c9`
    DestroySessionNone(crate::mtproto::types::DestroySessionNone),
}

impl DestroySessionRes {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DestroySessionOk(_) => 0xe22045fc,
            Self::DestroySessionNone(_) => 0x62d350c9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DestroySessionOk(_) => "destroy_session_ok",
            Self::DestroySessionNone(_) => "destroy_session_none",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe22045fc => Self::DestroySessionOk(<crate::mtproto::types::DestroySessionOk>::deserialize_bare(r)?),
            0x62d350c9 => Self::DestroySessionNone(<crate::mtproto::types::DestroySessionNone>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "DestroySessionRes" }),
        })
    }
}

impl Serialize for DestroySessionRes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DestroySessionOk(x) => x.serialize(buf),
            Self::DestroySessionNone(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for DestroySessionRes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroySessionRes {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DestroySessionOk(x) => x.write_json(w),
            Self::DestroySessionNone(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::DestroySessionOk> for DestroySessionRes {
    fn from(x: crate::mtproto::types::DestroySessionOk) -> Self {
        Self::DestroySessionOk(x)
    }
}

impl From<crate::mtproto::types::DestroySessionNone> for DestroySessionRes {
    fn from(x: crate::mtproto::types::DestroySessionNone) -> Self {
        Self::DestroySessionNone(x)
    }
}

/// The boxed type `FutureSalt`: `future_salt`.
#[derive(Debug, Clone, PartialEq)]
pub enum FutureSalt {
    /// `future_salt#0949d9dc`
    FutureSalt(crate::mtproto::types::FutureSalt),
}

impl FutureSalt {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FutureSalt(_) => 0x0949d9dc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FutureSalt(_) => "future_salt",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0949d9dc => Self::FutureSalt(<crate::mtproto::types::FutureSalt>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "FutureSalt" }),
        })
    }
}

impl Serialize for FutureSalt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FutureSalt(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FutureSalt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalt {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FutureSalt(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::FutureSalt> for FutureSalt {
    fn from(x: crate::mtproto::types::FutureSalt) -> Self {
        Self::FutureSalt(x)
    }
}

/// The boxed type `FutureSalts`: `future_salts`.
#[derive(Debug, Clone, PartialEq)]
pub enum FutureSalts {
    /// `future_salts#ae500895`
    FutureSalts(crate::mtproto::types::FutureSalts),
}

impl FutureSalts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FutureSalts(_) => 0xae500895,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FutureSalts(_) => "future_salts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xae500895 => Self::FutureSalts(<crate::mtproto::types::FutureSalts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "FutureSalts" }),
        })
    }
}

impl Serialize for FutureSalts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FutureSalts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FutureSalts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FutureSalts(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::FutureSalts> for FutureSalts {
    fn from(x: crate::mtproto::types::FutureSalts) -> Self {
        Self::FutureSalts(x)
    }
}

/// The boxed type `HttpWait`: `http_wait`.
#[derive(Debug, Clone, PartialEq)]
pub enum HttpWait {
    /// `http_wait#9299359f`
    HttpWait(crate::mtproto::types::HttpWait),
}

impl HttpWait {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::HttpWait(_) => 0x9299359f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::HttpWait(_) => "http_wait",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9299359f => Self::HttpWait(<crate::mtproto::types::HttpWait>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "HttpWait" }),
        })
    }
}

impl Serialize for HttpWait {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::HttpWait(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for HttpWait {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for HttpWait {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::HttpWait(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::HttpWait> for HttpWait {
    fn from(x: crate::mtproto::types::HttpWait) -> Self {
        Self::HttpWait(x)
    }
}

/// The boxed type `IpPort`: `ipPort`, `ipPortSecret`.
#[derive(Debug, Clone, PartialEq)]
pub enum IpPort {
    /// `ipPort#d433ad73`
    IpPort(crate::mtproto::types::IpPort),
    /// `ipPortSecret#37982646`
    IpPortSecret(crate::mtproto::types::IpPortSecret),
}

impl IpPort {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::IpPort(_) => 0xd433ad73,
            Self::IpPortSecret(_) => 0x37982646,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::IpPort(_) => "ipPort",
            Self::IpPortSecret(_) => "ipPortSecret",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xd433ad73 => Self::IpPort(<crate::mtproto::types::IpPort>::deserialize_bare(r)?),
            0x37982646 => Self::IpPortSecret(<crate::mtproto::types::IpPortSecret>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "IpPort" }),
        })
    }
}

impl Serialize for IpPort {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::IpPort(x) => x.serialize(buf),
            Self::IpPortSecret(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for IpPort {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for IpPort {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::IpPort(x) => x.write_json(w),
            Self::IpPortSecret(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::IpPort> for IpPort {
    fn from(x: crate::mtproto::types::IpPort) -> Self {
        Self::IpPort(x)
    }
}

impl From<crate::mtproto::types::IpPortSecret> for IpPort {
    fn from(x: crate::mtproto::types::IpPortSecret) -> Self {
        Self::IpPortSecret(x)
    }
}

/// The boxed type `MsgDetailedInfo`: `msg_detailed_info`, `msg_new_detailed_info`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgDetailedInfo {
    /// `msg_detailed_info#276d3ec6`
    MsgDetailedInfo(crate::mtproto::types::MsgDetailedInfo),
    /// `msg_new_detailed_info#809db6df`
    MsgNewDetailedInfo(crate::mtproto::types::MsgNewDetailedInfo),
}

impl MsgDetailedInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgDetailedInfo(_) => 0x276d3ec6,
            Self::MsgNewDetailedInfo(_) => 0x809db6df,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgDetailedInfo(_) => "msg_detailed_info",
            Self::MsgNewDetailedInfo(_) => "msg_new_detailed_info",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x276d3ec6 => Self::MsgDetailedInfo(<crate::mtproto::types::MsgDetailedInfo>::deserialize_bare(r)?),
            0x809db6df => Self::MsgNewDetailedInfo(<crate::mtproto::types::MsgNewDetailedInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgDetailedInfo" }),
        })
    }
}

impl Serialize for MsgDetailedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgDetailedInfo(x) => x.serialize(buf),
            Self::MsgNewDetailedInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgDetailedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgDetailedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgDetailedInfo(x) => x.write_json(w),
            Self::MsgNewDetailedInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgDetailedInfo> for MsgDetailedInfo {
    fn from(x: crate::mtproto::types::MsgDetailedInfo) -> Self {
        Self::MsgDetailedInfo(x)
    }
}

impl From<crate::mtproto::types::MsgNewDetailedInfo> for MsgDetailedInfo {
    fn from(x: crate::mtproto::types::MsgNewDetailedInfo) -> Self {
        Self::MsgNewDetailedInfo(x)
    }
}

/// The boxed type `MsgResendReq`: `msg_resend_req`, `msg_resend_ans_req`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgResendReq {
    /// `msg_resend_req#7d861a08`
    MsgResendReq(crate::mtproto::types::MsgResendReq),
    /// `msg_resend_ans_req#8610baeb`
    MsgResendAnsReq(crate::mtproto::types::MsgResendAnsReq),
}

impl MsgResendReq {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgResendReq(_) => 0x7d861a08,
            Self::MsgResendAnsReq(_) => 0x8610baeb,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgResendReq(_) => "msg_resend_req",
            Self::MsgResendAnsReq(_) => "msg_resend_ans_req",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7d861a08 => Self::MsgResendReq(<crate::mtproto::types::MsgResendReq>::deserialize_bare(r)?),
            0x8610baeb => Self::MsgResendAnsReq(<crate::mtproto::types::MsgResendAnsReq>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgResendReq" }),
        })
    }
}

impl Serialize for MsgResendReq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgResendReq(x) => x.serialize(buf),
            Self::MsgResendAnsReq(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgResendReq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgResendReq {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgResendReq(x) => x.write_json(w),
            Self::MsgResendAnsReq(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgResendReq> for MsgResendReq {
    fn from(x: crate::mtproto::types::MsgResendReq) -> Self {
        Self::MsgResendReq(x)
    }
}

impl From<crate::mtproto::types::MsgResendAnsReq> for MsgResendReq {
    fn from(x: crate::mtproto::types::MsgResendAnsReq) -> Self {
        Self::MsgResendAnsReq(x)
    }
}

/// The boxed type `MsgsAck`: `msgs_ack`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgsAck {
    /// `msgs_ack#62d6b459`
    MsgsAck(crate::mtproto::types::MsgsAck),
}

impl MsgsAck {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgsAck(_) => 0x62d6b459,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgsAck(_) => "msgs_ack",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x62d6b459 => Self::MsgsAck(<crate::mtproto::types::MsgsAck>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgsAck" }),
        })
    }
}

impl Serialize for MsgsAck {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgsAck(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgsAck {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsAck {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgsAck(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgsAck> for MsgsAck {
    fn from(x: crate::mtproto::types::MsgsAck) -> Self {
        Self::MsgsAck(x)
    }
}

/// The boxed type `MsgsAllInfo`: `msgs_all_info`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgsAllInfo {
    /// `msgs_all_info#8cc0d131`
    MsgsAllInfo(crate::mtproto::types::MsgsAllInfo),
}

impl MsgsAllInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgsAllInfo(_) => 0x8cc0d131,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgsAllInfo(_) => "msgs_all_info",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8cc0d131 => Self::MsgsAllInfo(<crate::mtproto::types::MsgsAllInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgsAllInfo" }),
        })
    }
}

impl Serialize for MsgsAllInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgsAllInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgsAllInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsAllInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgsAllInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgsAllInfo> for MsgsAllInfo {
    fn from(x: crate::mtproto::types::MsgsAllInfo) -> Self {
        Self::MsgsAllInfo(x)
    }
}

/// The boxed type `MsgsStateInfo`: `msgs_state_info`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgsStateInfo {
    /// `msgs_state_info#04deb57d`
    MsgsStateInfo(crate::mtproto::types::MsgsStateInfo),
}

impl MsgsStateInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgsStateInfo(_) => 0x04deb57d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgsStateInfo(_) => "msgs_state_info",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x04deb57d => Self::MsgsStateInfo(<crate::mtproto::types::MsgsStateInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgsStateInfo" }),
        })
    }
}

impl Serialize for MsgsStateInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgsStateInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgsStateInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsStateInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgsStateInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgsStateInfo> for MsgsStateInfo {
    fn from(x: crate::mtproto::types::MsgsStateInfo) -> Self {
        Self::MsgsStateInfo(x)
    }
}

/// The boxed type `MsgsStateReq`: `msgs_state_req`.
#[derive(Debug, Clone, PartialEq)]
pub enum MsgsStateReq {
    /// `msgs_state_req#da69fb52`
    MsgsStateReq(crate::mtproto::types::MsgsStateReq),
}

impl MsgsStateReq {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MsgsStateReq(_) => 0xda69fb52,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MsgsStateReq(_) => "msgs_state_req",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xda69fb52 => Self::MsgsStateReq(<crate::mtproto::types::MsgsStateReq>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "MsgsStateReq" }),
        })
    }
}

impl Serialize for MsgsStateReq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MsgsStateReq(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MsgsStateReq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsStateReq {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MsgsStateReq(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::MsgsStateReq> for MsgsStateReq {
    fn from(x: crate::mtproto::types::MsgsStateReq) -> Self {
        Self::MsgsStateReq(x)
    }
}

/// The boxed type `NewSession`: `new_session_created`.
#[derive(Debug, Clone, PartialEq)]
pub enum NewSession {
    /// `new_session_created#9ec20908`
    NewSessionCreated(crate::mtproto::types::NewSessionCreated),
}

impl NewSession {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::NewSessionCreated(_) => 0x9ec20908,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::NewSessionCreated(_) => "new_session_created",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9ec20908 => Self::NewSessionCreated(<crate::mtproto::types::NewSessionCreated>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "NewSession" }),
        })
    }
}

impl Serialize for NewSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::NewSessionCreated(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for NewSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for NewSession {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::NewSessionCreated(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::NewSessionCreated> for NewSession {
    fn from(x: crate::mtproto::types::NewSessionCreated) -> Self {
        Self::NewSessionCreated(x)
    }
}

/// The boxed type `P_Q_inner_data`: `p_q_inner_data`, `p_q_inner_data_dc`, `p_q_inner_data_temp`, `p_q_inner_data_temp_dc`.
#[derive(Debug, Clone, PartialEq)]
pub enum PQInnerData {
    /// `p_q_inner_data#83c95aec`
    PQInnerData(crate::mtproto::types::PQInnerData),
    /// `p_q_inner_data_dc#a9f55f95`
    PQInnerDataDc(crate::mtproto::types::PQInnerDataDc),
    /// `p_q_inner_data_temp#3c6a84d4`
    PQInnerDataTemp(crate::mtproto::types::PQInnerDataTemp),
    /// `p_q_inner_data_temp_dc#56fddf88`
    PQInnerDataTempDc(crate::mtproto::types::PQInnerDataTempDc),
}

impl PQInnerData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PQInnerData(_) => 0x83c95aec,
            Self::PQInnerDataDc(_) => 0xa9f55f95,
            Self::PQInnerDataTemp(_) => 0x3c6a84d4,
            Self::PQInnerDataTempDc(_) => 0x56fddf88,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PQInnerData(_) => "p_q_inner_data",
            Self::PQInnerDataDc(_) => "p_q_inner_data_dc",
            Self::PQInnerDataTemp(_) => "p_q_inner_data_temp",
            Self::PQInnerDataTempDc(_) => "p_q_inner_data_temp_dc",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x83c95aec => Self::PQInnerData(<crate::mtproto::types::PQInnerData>::deserialize_bare(r)?),
            0xa9f55f95 => Self::PQInnerDataDc(<crate::mtproto::types::PQInnerDataDc>::deserialize_bare(r)?),
            0x3c6a84d4 => Self::PQInnerDataTemp(<crate::mtproto::types::PQInnerDataTemp>::deserialize_bare(r)?),
            0x56fddf88 => Self::PQInnerDataTempDc(<crate::mtproto::types::PQInnerDataTempDc>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "P_Q_inner_data" }),
        })
    }
}

impl Serialize for PQInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PQInnerData(x) => x.serialize(buf),
            Self::PQInnerDataDc(x) => x.serialize(buf),
            Self::PQInnerDataTemp(x) => x.serialize(buf),
            Self::PQInnerDataTempDc(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PQInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PQInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PQInnerData(x) => x.write_json(w),
            Self::PQInnerDataDc(x) => x.write_json(w),
            Self::PQInnerDataTemp(x) => x.write_json(w),
            Self::PQInnerDataTempDc(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::PQInnerData> for PQInnerData {
    fn from(x: crate::mtproto::types::PQInnerData) -> Self {
        Self::PQInnerData(x)
    }
}

impl From<crate::mtproto::types::PQInnerDataDc> for PQInnerData {
    fn from(x: crate::mtproto::types::PQInnerDataDc) -> Self {
        Self::PQInnerDataDc(x)
    }
}

impl From<crate::mtproto::types::PQInnerDataTemp> for PQInnerData {
    fn from(x: crate::mtproto::types::PQInnerDataTemp) -> Self {
        Self::PQInnerDataTemp(x)
    }
}

impl From<crate::mtproto::types::PQInnerDataTempDc> for PQInnerData {
    fn from(x: crate::mtproto::types::PQInnerDataTempDc) -> Self {
        Self::PQInnerDataTempDc(x)
    }
}

/// The boxed type `Pong`: `pong`.
#[derive(Debug, Clone, PartialEq)]
pub enum Pong {
    /// `pong#347773c5`
    Pong(crate::mtproto::types::Pong),
}

impl Pong {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Pong(_) => 0x347773c5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Pong(_) => "pong",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x347773c5 => Self::Pong(<crate::mtproto::types::Pong>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Pong" }),
        })
    }
}

impl Serialize for Pong {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Pong(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Pong {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Pong {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Pong(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::Pong> for Pong {
    fn from(x: crate::mtproto::types::Pong) -> Self {
        Self::Pong(x)
    }
}

/// The boxed type `ResPQ`: `resPQ`.
#[derive(Debug, Clone, PartialEq)]
pub enum ResPQ {
    /// `resPQ#05162463`
    ResPq(crate::mtproto::types::ResPq),
}

impl ResPQ {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ResPq(_) => 0x05162463,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ResPq(_) => "resPQ",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x05162463 => Self::ResPq(<crate::mtproto::types::ResPq>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "ResPQ" }),
        })
    }
}

impl Serialize for ResPQ {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ResPq(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ResPQ {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ResPQ {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ResPq(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::ResPq> for ResPQ {
    fn from(x: crate::mtproto::types::ResPq) -> Self {
        Self::ResPq(x)
    }
}

/// The boxed type `RpcDropAnswer`: `rpc_answer_unknown`, `rpc_answer_dropped_running`, `rpc_answer_dropped`.
#[derive(Debug, Clone, PartialEq)]
pub enum RpcDropAnswer {
    /// `rpc_answer_unknown#5e2ad36e`
    RpcAnswerUnknown,
    /// `rpc_answer_dropped_running#cd78e586`
    RpcAnswerDroppedRunning,
    /// `rpc_answer_dropped#a43ad8b7`
    RpcAnswerDropped(crate::mtproto::types::RpcAnswerDropped),
}

impl RpcDropAnswer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::RpcAnswerUnknown => 0x5e2ad36e,
            Self::RpcAnswerDroppedRunning => 0xcd78e586,
            Self::RpcAnswerDropped(_) => 0xa43ad8b7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::RpcAnswerUnknown => "rpc_answer_unknown",
            Self::RpcAnswerDroppedRunning => "rpc_answer_dropped_running",
            Self::RpcAnswerDropped(_) => "rpc_answer_dropped",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5e2ad36e => Self::RpcAnswerUnknown,
            0xcd78e586 => Self::RpcAnswerDroppedRunning,
            0xa43ad8b7 => Self::RpcAnswerDropped(<crate::mtproto::types::RpcAnswerDropped>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "RpcDropAnswer" }),
        })
    }
}

impl Serialize for RpcDropAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::RpcAnswerUnknown => buf.extend_from_slice(&0x5e2ad36eu32.to_le_bytes()),
            Self::RpcAnswerDroppedRunning => buf.extend_from_slice(&0xcd78e586u32.to_le_bytes()),
            Self::RpcAnswerDropped(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RpcDropAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcDropAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::RpcAnswerUnknown => {
                w.begin_object("rpc_answer_unknown");
                w.end_object();
            }
            Self::RpcAnswerDroppedRunning => {
                w.begin_object("rpc_answer_dropped_running");
                w.end_object();
            }
            Self::RpcAnswerDropped(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::RpcAnswerUnknown> for RpcDropAnswer {
    fn from(_x: crate::mtproto::types::RpcAnswerUnknown) -> Self {
        Self::RpcAnswerUnknown
    }
}

impl From<crate::mtproto::types::RpcAnswerDroppedRunning> for RpcDropAnswer {
    fn from(_x: crate::mtproto::types::RpcAnswerDroppedRunning) -> Self {
        Self::RpcAnswerDroppedRunning
    }
}

impl From<crate::mtproto::types::RpcAnswerDropped> for RpcDropAnswer {
    fn from(x: crate::mtproto::types::RpcAnswerDropped) -> Self {
        Self::RpcAnswerDropped(x)
    }
}

/// The boxed type `RpcError`: `rpc_error`.
#[derive(Debug, Clone, PartialEq)]
pub enum RpcError {
    /// `rpc_error#2144ca19`
    RpcError(crate::mtproto::types::RpcError),
}

impl RpcError {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::RpcError(_) => 0x2144ca19,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::RpcError(_) => "rpc_error",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2144ca19 => Self::RpcError(<crate::mtproto::types::RpcError>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "RpcError" }),
        })
    }
}

impl Serialize for RpcError {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::RpcError(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RpcError {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcError {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::RpcError(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::RpcError> for RpcError {
    fn from(x: crate::mtproto::types::RpcError) -> Self {
        Self::RpcError(x)
    }
}

/// The boxed type `Server_DH_Params`: `server_DH_params_fail`, `server_DH_params_ok`.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerDHParams {
    /// `server_DH_params_fail#79cb045d`
    ServerDhParamsFail(crate::mtproto::types::ServerDhParamsFail),
    /// `server_DH_params_ok#d0e8075c`
    ServerDhParamsOk(crate::mtproto::types::ServerDhParamsOk),
}

impl ServerDHParams {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ServerDhParamsFail(_) => 0x79cb045d,
            Self::ServerDhParamsOk(_) => 0xd0e8075c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ServerDhParamsFail(_) => "server_DH_params_fail",
            Self::ServerDhParamsOk(_) => "server_DH_params_ok",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x79cb045d => Self::ServerDhParamsFail(<crate::mtproto::types::ServerDhParamsFail>::deserialize_bare(r)?),
            0xd0e8075c => Self::ServerDhParamsOk(<crate::mtproto::types::ServerDhParamsOk>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Server_DH_Params" }),
        })
    }
}

impl Serialize for ServerDHParams {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ServerDhParamsFail(x) => x.serialize(buf),
            Self::ServerDhParamsOk(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ServerDHParams {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ServerDHParams {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ServerDhParamsFail(x) => x.write_json(w),
            Self::ServerDhParamsOk(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::ServerDhParamsFail> for ServerDHParams {
    fn from(x: crate::mtproto::types::ServerDhParamsFail) -> Self {
        Self::ServerDhParamsFail(x)
    }
}

impl From<crate::mtproto::types::ServerDhParamsOk> for ServerDHParams {
    fn from(x: crate::mtproto::types::ServerDhParamsOk) -> Self {
        Self::ServerDhParamsOk(x)
    }
}

/// The boxed type `Server_DH_inner_data`: `server_DH_inner_data`.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerDHInnerData {
    /// `server_DH_inner_data#b5890dba`
    ServerDhInnerData(crate::mtproto::types::ServerDhInnerData),
}

impl ServerDHInnerData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ServerDhInnerData(_) => 0xb5890dba,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ServerDhInnerData(_) => "server_DH_inner_data",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb5890dba => Self::ServerDhInnerData(<crate::mtproto::types::ServerDhInnerData>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Server_DH_inner_data" }),
        })
    }
}

impl Serialize for ServerDHInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ServerDhInnerData(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ServerDHInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ServerDHInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ServerDhInnerData(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::ServerDhInnerData> for ServerDHInnerData {
    fn from(x: crate::mtproto::types::ServerDhInnerData) -> Self {
        Self::ServerDhInnerData(x)
    }
}

/// The boxed type `Set_client_DH_params_answer`: `dh_gen_ok`, `dh_gen_retry`, `dh_gen_fail`.
#[derive(Debug, Clone, PartialEq)]
pub enum SetClientDHParamsAnswer {
    /// `dh_gen_ok#3bcbf734`
    DhGenOk(crate::mtproto::types::DhGenOk),
    /// `dh_gen_retry#46dc1fb9`
    DhGenRetry(crate::mtproto::types::DhGenRetry),
    /// `dh_gen_fail#a69dae02`
    DhGenFail(crate::mtproto::types::DhGenFail),
}

impl SetClientDHParamsAnswer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DhGenOk(_) => 0x3bcbf734,
            Self::DhGenRetry(_) => 0x46dc1fb9,
            Self::DhGenFail(_) => 0xa69dae02,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DhGenOk(_) => "dh_gen_ok",
            Self::DhGenRetry(_) => "dh_gen_retry",
            Self::DhGenFail(_) => "dh_gen_fail",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3bcbf734 => Self::DhGenOk(<crate::mtproto::types::DhGenOk>::deserialize_bare(r)?),
            0x46dc1fb9 => Self::DhGenRetry(<crate::mtproto::types::DhGenRetry>::deserialize_bare(r)?),
            0xa69dae02 => Self::DhGenFail(<crate::mtproto::types::DhGenFail>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "Set_client_DH_params_answer" }),
        })
    }
}

impl Serialize for SetClientDHParamsAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DhGenOk(x) => x.serialize(buf),
            Self::DhGenRetry(x) => x.serialize(buf),
            Self::DhGenFail(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SetClientDHParamsAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SetClientDHParamsAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DhGenOk(x) => x.write_json(w),
            Self::DhGenRetry(x) => x.write_json(w),
            Self::DhGenFail(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::DhGenOk> for SetClientDHParamsAnswer {
    fn from(x: crate::mtproto::types::DhGenOk) -> Self {
        Self::DhGenOk(x)
    }
}

impl From<crate::mtproto::types::DhGenRetry> for SetClientDHParamsAnswer {
    fn from(x: crate::mtproto::types::DhGenRetry) -> Self {
        Self::DhGenRetry(x)
    }
}

impl From<crate::mtproto::types::DhGenFail> for SetClientDHParamsAnswer {
    fn from(x: crate::mtproto::types::DhGenFail) -> Self {
        Self::DhGenFail(x)
    }
}

/// The boxed type `TlsBlock`: `tlsBlockString`, `tlsBlockRandom`, `tlsBlockZero`, `tlsBlockDomain`, `tlsBlockGrease`, `tlsBlockPublicKey`, `tlsBlockScope`.
#[derive(Debug, Clone, PartialEq)]
pub enum TlsBlock {
    /// `tlsBlockString#4218a164`
    TlsBlockString(crate::mtproto::types::TlsBlockString),
    /// `tlsBlockRandom#4d4dc41e`
    TlsBlockRandom(crate::mtproto::types::TlsBlockRandom),
    /// `tlsBlockZero#09333afb`
    TlsBlockZero(crate::mtproto::types::TlsBlockZero),
    /// `tlsBlockDomain#10e8636f`
    TlsBlockDomain,
    /// `tlsBlockGrease#e675a1c1`
    TlsBlockGrease(crate::mtproto::types::TlsBlockGrease),
    /// `tlsBlockPublicKey#9eb95b5c`
    TlsBlockPublicKey,
    /// `tlsBlockScope#e725d44f`
    TlsBlockScope(crate::mtproto::types::TlsBlockScope),
}

impl TlsBlock {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TlsBlockString(_) => 0x4218a164,
            Self::TlsBlockRandom(_) => 0x4d4dc41e,
            Self::TlsBlockZero(_) => 0x09333afb,
            Self::TlsBlockDomain => 0x10e8636f,
            Self::TlsBlockGrease(_) => 0xe675a1c1,
            Self::TlsBlockPublicKey => 0x9eb95b5c,
            Self::TlsBlockScope(_) => 0xe725d44f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TlsBlockString(_) => "tlsBlockString",
            Self::TlsBlockRandom(_) => "tlsBlockRandom",
            Self::TlsBlockZero(_) => "tlsBlockZero",
            Self::TlsBlockDomain => "tlsBlockDomain",
            Self::TlsBlockGrease(_) => "tlsBlockGrease",
            Self::TlsBlockPublicKey => "tlsBlockPublicKey",
            Self::TlsBlockScope(_) => "tlsBlockScope",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4218a164 => Self::TlsBlockString(<crate::mtproto::types::TlsBlockString>::deserialize_bare(r)?),
            0x4d4dc41e => Self::TlsBlockRandom(<crate::mtproto::types::TlsBlockRandom>::deserialize_bare(r)?),
            0x09333afb => Self::TlsBlockZero(<crate::mtproto::types::TlsBlockZero>::deserialize_bare(r)?),
            0x10e8636f => Self::TlsBlockDomain,
            0xe675a1c1 => Self::TlsBlockGrease(<crate::mtproto::types::TlsBlockGrease>::deserialize_bare(r)?),
            0x9eb95b5c => Self::TlsBlockPublicKey,
            0xe725d44f => Self::TlsBlockScope(<crate::mtproto::types::TlsBlockScope>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "TlsBlock" }),
        })
    }
}

impl Serialize for TlsBlock {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TlsBlockString(x) => x.serialize(buf),
            Self::TlsBlockRandom(x) => x.serialize(buf),
            Self::TlsBlockZero(x) => x.serialize(buf),
            Self::TlsBlockDomain => buf.extend_from_slice(&0x10e8636fu32.to_le_bytes()),
            Self::TlsBlockGrease(x) => x.serialize(buf),
            Self::TlsBlockPublicKey => buf.extend_from_slice(&0x9eb95b5cu32.to_le_bytes()),
            Self::TlsBlockScope(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TlsBlock {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlock {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TlsBlockString(x) => x.write_json(w),
            Self::TlsBlockRandom(x) => x.write_json(w),
            Self::TlsBlockZero(x) => x.write_json(w),
            Self::TlsBlockDomain => {
                w.begin_object("tlsBlockDomain");
                w.end_object();
            }
            Self::TlsBlockGrease(x) => x.write_json(w),
            Self::TlsBlockPublicKey => {
                w.begin_object("tlsBlockPublicKey");
                w.end_object();
            }
            Self::TlsBlockScope(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::TlsBlockString> for TlsBlock {
    fn from(x: crate::mtproto::types::TlsBlockString) -> Self {
        Self::TlsBlockString(x)
    }
}

impl From<crate::mtproto::types::TlsBlockRandom> for TlsBlock {
    fn from(x: crate::mtproto::types::TlsBlockRandom) -> Self {
        Self::TlsBlockRandom(x)
    }
}

impl From<crate::mtproto::types::TlsBlockZero> for TlsBlock {
    fn from(x: crate::mtproto::types::TlsBlockZero) -> Self {
        Self::TlsBlockZero(x)
    }
}

impl From<crate::mtproto::types::TlsBlockDomain> for TlsBlock {
    fn from(_x: crate::mtproto::types::TlsBlockDomain) -> Self {
        Self::TlsBlockDomain
    }
}

impl From<crate::mtproto::types::TlsBlockGrease> for TlsBlock {
    fn from(x: crate::mtproto::types::TlsBlockGrease) -> Self {
        Self::TlsBlockGrease(x)
    }
}

impl From<crate::mtproto::types::TlsBlockPublicKey> for TlsBlock {
    fn from(_x: crate::mtproto::types::TlsBlockPublicKey) -> Self {
        Self::TlsBlockPublicKey
    }
}

impl From<crate::mtproto::types::TlsBlockScope> for TlsBlock {
    fn from(x: crate::mtproto::types::TlsBlockScope) -> Self {
        Self::TlsBlockScope(x)
    }
}

/// The boxed type `TlsClientHello`: `tlsClientHello`.
#[derive(Debug, Clone, PartialEq)]
pub enum TlsClientHello {
    /// `tlsClientHello#6c52c484`
    TlsClientHello(crate::mtproto::types::TlsClientHello),
}

impl TlsClientHello {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TlsClientHello(_) => 0x6c52c484,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TlsClientHello(_) => "tlsClientHello",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6c52c484 => Self::TlsClientHello(<crate::mtproto::types::TlsClientHello>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "TlsClientHello" }),
        })
    }
}

impl Serialize for TlsClientHello {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TlsClientHello(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TlsClientHello {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsClientHello {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TlsClientHello(x) => x.write_json(w),
        }
    }
}

impl From<crate::mtproto::types::TlsClientHello> for TlsClientHello {
    fn from(x: crate::mtproto::types::TlsClientHello) -> Self {
        Self::TlsClientHello(x)
    }
}
