// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `help.getConfig#c4f9186b = Config`
#[derive(Debug, Clone, PartialEq)]
pub struct GetConfig;

impl Identifiable for GetConfig {
    const CONSTRUCTOR_ID: u32 = 0xc4f9186b;
    const NAME: &'static str = "help.getConfig";
}

impl Serialize for GetConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetConfig {
    type Return = crate::enums::Config;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getNearestDc#1fb33026 = NearestDc`
#[derive(Debug, Clone, PartialEq)]
pub struct GetNearestDc;

impl Identifiable for GetNearestDc {
    const CONSTRUCTOR_ID: u32 = 0x1fb33026;
    const NAME: &'static str = "help.getNearestDc";
}

impl Serialize for GetNearestDc {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetNearestDc {
    type Return = crate::enums::NearestDc;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetNearestDc {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetNearestDc {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getAppUpdate#522d5a7d source:string = help.AppUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAppUpdate {
    /// `source:string`
    pub source: mtrs_tl::TlString,
}

impl Identifiable for GetAppUpdate {
    const CONSTRUCTOR_ID: u32 = 0x522d5a7d;
    const NAME: &'static str = "help.getAppUpdate";
}

impl Serialize for GetAppUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.source.serialize(buf);
    }
}

impl RemoteCall for GetAppUpdate {
    type Return = crate::enums::help::AppUpdate;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAppUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_source = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { source: f_source })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAppUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("source");
        self.source.write_json(w);
        w.end_object();
    }
}

/// `help.getInviteText#4d392343 = help.InviteText`
#[derive(Debug, Clone, PartialEq)]
pub struct GetInviteText;

impl Identifiable for GetInviteText {
    const CONSTRUCTOR_ID: u32 = 0x4d392343;
    const NAME: &'static str = "help.getInviteText";
}

impl Serialize for GetInviteText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetInviteText {
    type Return = crate::enums::help::InviteText;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetInviteText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetInviteText {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getSupport#9cdf08cd = help.Support`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSupport;

impl Identifiable for GetSupport {
    const CONSTRUCTOR_ID: u32 = 0x9cdf08cd;
    const NAME: &'static str = "help.getSupport";
}

impl Serialize for GetSupport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSupport {
    type Return = crate::enums::help::Support;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSupport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSupport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.setBotUpdatesStatus#ec22cfcd pending_updates_count:int message:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetBotUpdatesStatus {
    /// `pending_updates_count:int`
    pub pending_updates_count: i32,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for SetBotUpdatesStatus {
    const CONSTRUCTOR_ID: u32 = 0xec22cfcd;
    const NAME: &'static str = "help.setBotUpdatesStatus";
}

impl Serialize for SetBotUpdatesStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.pending_updates_count.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for SetBotUpdatesStatus {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetBotUpdatesStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_pending_updates_count = <i32>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { pending_updates_count: f_pending_updates_count, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetBotUpdatesStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pending_updates_count");
        self.pending_updates_count.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `help.getCdnConfig#52029342 = CdnConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCdnConfig;

impl Identifiable for GetCdnConfig {
    const CONSTRUCTOR_ID: u32 = 0x52029342;
    const NAME: &'static str = "help.getCdnConfig";
}

impl Serialize for GetCdnConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetCdnConfig {
    type Return = crate::enums::CdnConfig;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCdnConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCdnConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getRecentMeUrls#3dc0f114 referer:string = help.RecentMeUrls`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecentMeUrls {
    /// `referer:string`
    pub referer: mtrs_tl::TlString,
}

impl Identifiable for GetRecentMeUrls {
    const CONSTRUCTOR_ID: u32 = 0x3dc0f114;
    const NAME: &'static str = "help.getRecentMeUrls";
}

impl Serialize for GetRecentMeUrls {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.referer.serialize(buf);
    }
}

impl RemoteCall for GetRecentMeUrls {
    type Return = crate::enums::help::RecentMeUrls;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRecentMeUrls {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_referer = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { referer: f_referer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRecentMeUrls {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("referer");
        self.referer.write_json(w);
        w.end_object();
    }
}

/// `help.getTermsOfServiceUpdate#2ca51fd1 = help.TermsOfServiceUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTermsOfServiceUpdate;

impl Identifiable for GetTermsOfServiceUpdate {
    const CONSTRUCTOR_ID: u32 = 0x2ca51fd1;
    const NAME: &'static str = "help.getTermsOfServiceUpdate";
}

impl Serialize for GetTermsOfServiceUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetTermsOfServiceUpdate {
    type Return = crate::enums::help::TermsOfServiceUpdate;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTermsOfServiceUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTermsOfServiceUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.acceptTermsOfService#ee72f79a id:DataJSON = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptTermsOfService {
    /// `id:DataJSON`
    pub id: crate::enums::DataJSON,
}

impl Identifiable for AcceptTermsOfService {
    const CONSTRUCTOR_ID: u32 = 0xee72f79a;
    const NAME: &'static str = "help.acceptTermsOfService";
}

impl Serialize for AcceptTermsOfService {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for AcceptTermsOfService {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptTermsOfService {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptTermsOfService {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `help.getDeepLinkInfo#3fedc75f path:string = help.DeepLinkInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDeepLinkInfo {
    /// `path:string`
    pub path: mtrs_tl::TlString,
}

impl Identifiable for GetDeepLinkInfo {
    const CONSTRUCTOR_ID: u32 = 0x3fedc75f;
    const NAME: &'static str = "help.getDeepLinkInfo";
}

impl Serialize for GetDeepLinkInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.path.serialize(buf);
    }
}

impl RemoteCall for GetDeepLinkInfo {
    type Return = crate::enums::help::DeepLinkInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDeepLinkInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_path = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { path: f_path })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDeepLinkInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("path");
        self.path.write_json(w);
        w.end_object();
    }
}

/// `help.getAppConfig#61e3f854 hash:int = help.AppConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAppConfig {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetAppConfig {
    const CONSTRUCTOR_ID: u32 = 0x61e3f854;
    const NAME: &'static str = "help.getAppConfig";
}

impl Serialize for GetAppConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAppConfig {
    type Return = crate::enums::help::AppConfig;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAppConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAppConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `help.saveAppLog#6f02f748 events:Vector<InputAppEvent> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveAppLog {
    /// `events:Vector<InputAppEvent>`
    pub events: Vec<crate::enums::InputAppEvent>,
}

impl Identifiable for SaveAppLog {
    const CONSTRUCTOR_ID: u32 = 0x6f02f748;
    const NAME: &'static str = "help.saveAppLog";
}

impl Serialize for SaveAppLog {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.events.serialize(buf);
    }
}

impl RemoteCall for SaveAppLog {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveAppLog {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_events = <Vec<crate::enums::InputAppEvent>>::deserialize(r)?;
        Ok(Self { events: f_events })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveAppLog {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("events");
        self.events.write_json(w);
        w.end_object();
    }
}

/// `help.getPassportConfig#c661ad08 hash:int = help.PassportConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPassportConfig {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetPassportConfig {
    const CONSTRUCTOR_ID: u32 = 0xc661ad08;
    const NAME: &'static str = "help.getPassportConfig";
}

impl Serialize for GetPassportConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetPassportConfig {
    type Return = crate::enums::help::PassportConfig;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPassportConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPassportConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `help.getSupportName#d360e72c = help.SupportName`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSupportName;

impl Identifiable for GetSupportName {
    const CONSTRUCTOR_ID: u32 = 0xd360e72c;
    const NAME: &'static str = "help.getSupportName";
}

impl Serialize for GetSupportName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSupportName {
    type Return = crate::enums::help::SupportName;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSupportName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSupportName {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getUserInfo#038a08d3 user_id:InputUser = help.UserInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserInfo {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetUserInfo {
    const CONSTRUCTOR_ID: u32 = 0x038a08d3;
    const NAME: &'static str = "help.getUserInfo";
}

impl Serialize for GetUserInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetUserInfo {
    type Return = crate::enums::help::UserInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUserInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUserInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `help.editUserInfo#66b91b70 user_id:InputUser message:string entities:Vector<MessageEntity> = help.UserInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct EditUserInfo {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:Vector<MessageEntity>`
    pub entities: Vec<crate::enums::MessageEntity>,
}

impl Identifiable for EditUserInfo {
    const CONSTRUCTOR_ID: u32 = 0x66b91b70;
    const NAME: &'static str = "help.editUserInfo";
}

impl Serialize for EditUserInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.message.serialize(buf);
        self.entities.serialize(buf);
    }
}

impl RemoteCall for EditUserInfo {
    type Return = crate::enums::help::UserInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditUserInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = <Vec<crate::enums::MessageEntity>>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, message: f_message, entities: f_entities })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditUserInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.end_object();
    }
}

/// `help.getPromoData#c0977421 = help.PromoData`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPromoData;

impl Identifiable for GetPromoData {
    const CONSTRUCTOR_ID: u32 = 0xc0977421;
    const NAME: &'static str = "help.getPromoData";
}

impl Serialize for GetPromoData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPromoData {
    type Return = crate::enums::help::PromoData;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPromoData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPromoData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.hidePromoData#1e251c95 peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct HidePromoData {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for HidePromoData {
    const CONSTRUCTOR_ID: u32 = 0x1e251c95;
    const NAME: &'static str = "help.hidePromoData";
}

impl Serialize for HidePromoData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for HidePromoData {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for HidePromoData {
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
impl ToJson for HidePromoData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `help.dismissSuggestion#f50dbaa1 peer:InputPeer suggestion:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DismissSuggestion {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `suggestion:string`
    pub suggestion: mtrs_tl::TlString,
}

impl Identifiable for DismissSuggestion {
    const CONSTRUCTOR_ID: u32 = 0xf50dbaa1;
    const NAME: &'static str = "help.dismissSuggestion";
}

impl Serialize for DismissSuggestion {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.suggestion.serialize(buf);
    }
}

impl RemoteCall for DismissSuggestion {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DismissSuggestion {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_suggestion = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, suggestion: f_suggestion })
    }
}

#[cfg(feature = "json")]
impl ToJson for DismissSuggestion {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("suggestion");
        self.suggestion.write_json(w);
        w.end_object();
    }
}

/// `help.getCountriesList#735787a8 lang_code:string hash:int = help.CountriesList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCountriesList {
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetCountriesList {
    const CONSTRUCTOR_ID: u32 = 0x735787a8;
    const NAME: &'static str = "help.getCountriesList";
}

impl Serialize for GetCountriesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.lang_code.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetCountriesList {
    type Return = crate::enums::help::CountriesList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCountriesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { lang_code: f_lang_code, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCountriesList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `help.getPremiumPromo#b81b93d4 = help.PremiumPromo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPremiumPromo;

impl Identifiable for GetPremiumPromo {
    const CONSTRUCTOR_ID: u32 = 0xb81b93d4;
    const NAME: &'static str = "help.getPremiumPromo";
}

impl Serialize for GetPremiumPromo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPremiumPromo {
    type Return = crate::enums::help::PremiumPromo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPremiumPromo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPremiumPromo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `help.getPeerColors#da80f42f hash:int = help.PeerColors`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerColors {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetPeerColors {
    const CONSTRUCTOR_ID: u32 = 0xda80f42f;
    const NAME: &'static str = "help.getPeerColors";
}

impl Serialize for GetPeerColors {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetPeerColors {
    type Return = crate::enums::help::PeerColors;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerColors {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerColors {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `help.getPeerProfileColors#abcfa9fd hash:int = help.PeerColors`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerProfileColors {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetPeerProfileColors {
    const CONSTRUCTOR_ID: u32 = 0xabcfa9fd;
    const NAME: &'static str = "help.getPeerProfileColors";
}

impl Serialize for GetPeerProfileColors {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetPeerProfileColors {
    type Return = crate::enums::help::PeerColors;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerProfileColors {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerProfileColors {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `help.getTimezonesList#49b30240 hash:int = help.TimezonesList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTimezonesList {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetTimezonesList {
    const CONSTRUCTOR_ID: u32 = 0x49b30240;
    const NAME: &'static str = "help.getTimezonesList";
}

impl Serialize for GetTimezonesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetTimezonesList {
    type Return = crate::enums::help::TimezonesList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTimezonesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTimezonesList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}
