// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `account` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `account.registerDevice#ec86017a flags:# no_muted:flags.0?true token_type:int token:string app_sandbox:Bool secret:bytes other_uids:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterDevice {
    /// `no_muted:flags.0?true`
    pub no_muted: bool,
    /// `token_type:int`
    pub token_type: i32,
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `app_sandbox:Bool`
    pub app_sandbox: bool,
    /// `secret:bytes`
    pub secret: Vec<u8>,
    /// `other_uids:Vector<long>`
    pub other_uids: Vec<i64>,
}

impl Identifiable for RegisterDevice {
    const CONSTRUCTOR_ID: u32 = 0xec86017a;
    const NAME: &'static str = "account.registerDevice";
}

impl Serialize for RegisterDevice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_muted { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.token_type.serialize(buf);
        self.token.serialize(buf);
        self.app_sandbox.serialize(buf);
        self.secret.serialize(buf);
        self.other_uids.serialize(buf);
    }
}

impl RemoteCall for RegisterDevice {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RegisterDevice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_no_muted = fl_flags & (1 << 0) != 0;
        let f_token_type = <i32>::deserialize(r)?;
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_app_sandbox = <bool>::deserialize(r)?;
        let f_secret = <Vec<u8>>::deserialize(r)?;
        let f_other_uids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { no_muted: f_no_muted, token_type: f_token_type, token: f_token, app_sandbox: f_app_sandbox, secret: f_secret, other_uids: f_other_uids })
    }
}

#[cfg(feature = "json")]
impl ToJson for RegisterDevice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_muted");
        self.no_muted.write_json(w);
        w.key("token_type");
        self.token_type.write_json(w);
        w.key("token");
        self.token.write_json(w);
        w.key("app_sandbox");
        self.app_sandbox.write_json(w);
        w.key("secret");
        self.secret.write_json(w);
        w.key("other_uids");
        self.other_uids.write_json(w);
        w.end_object();
    }
}

/// `account.unregisterDevice#6a0d3206 token_type:int token:string other_uids:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UnregisterDevice {
    /// `token_type:int`
    pub token_type: i32,
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `other_uids:Vector<long>`
    pub other_uids: Vec<i64>,
}

impl Identifiable for UnregisterDevice {
    const CONSTRUCTOR_ID: u32 = 0x6a0d3206;
    const NAME: &'static str = "account.unregisterDevice";
}

impl Serialize for UnregisterDevice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token_type.serialize(buf);
        self.token.serialize(buf);
        self.other_uids.serialize(buf);
    }
}

impl RemoteCall for UnregisterDevice {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UnregisterDevice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token_type = <i32>::deserialize(r)?;
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_other_uids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { token_type: f_token_type, token: f_token, other_uids: f_other_uids })
    }
}

#[cfg(feature = "json")]
impl ToJson for UnregisterDevice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token_type");
        self.token_type.write_json(w);
        w.key("token");
        self.token.write_json(w);
        w.key("other_uids");
        self.other_uids.write_json(w);
        w.end_object();
    }
}

/// `account.updateNotifySettings#84be5b93 peer:InputNotifyPeer settings:InputPeerNotifySettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateNotifySettings {
    /// `peer:InputNotifyPeer`
    pub peer: crate::enums::InputNotifyPeer,
    /// `settings:InputPeerNotifySettings`
    pub settings: crate::enums::InputPeerNotifySettings,
}

impl Identifiable for UpdateNotifySettings {
    const CONSTRUCTOR_ID: u32 = 0x84be5b93;
    const NAME: &'static str = "account.updateNotifySettings";
}

impl Serialize for UpdateNotifySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for UpdateNotifySettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateNotifySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputNotifyPeer>::deserialize(r)?;
        let f_settings = <crate::enums::InputPeerNotifySettings>::deserialize(r)?;
        Ok(Self { peer: f_peer, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateNotifySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.getNotifySettings#12b3ad31 peer:InputNotifyPeer = PeerNotifySettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetNotifySettings {
    /// `peer:InputNotifyPeer`
    pub peer: crate::enums::InputNotifyPeer,
}

impl Identifiable for GetNotifySettings {
    const CONSTRUCTOR_ID: u32 = 0x12b3ad31;
    const NAME: &'static str = "account.getNotifySettings";
}

impl Serialize for GetNotifySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetNotifySettings {
    type Return = crate::enums::PeerNotifySettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetNotifySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputNotifyPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetNotifySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `account.resetNotifySettings#db7e1747 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetNotifySettings;

impl Identifiable for ResetNotifySettings {
    const CONSTRUCTOR_ID: u32 = 0xdb7e1747;
    const NAME: &'static str = "account.resetNotifySettings";
}

impl Serialize for ResetNotifySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetNotifySettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetNotifySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetNotifySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.updateProfile#78515775 flags:# first_name:flags.0?string last_name:flags.1?string about:flags.2?string = User`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateProfile {
    /// `first_name:flags.0?string`
    pub first_name: Option<mtrs_tl::TlString>,
    /// `last_name:flags.1?string`
    pub last_name: Option<mtrs_tl::TlString>,
    /// `about:flags.2?string`
    pub about: Option<mtrs_tl::TlString>,
}

impl Identifiable for UpdateProfile {
    const CONSTRUCTOR_ID: u32 = 0x78515775;
    const NAME: &'static str = "account.updateProfile";
}

impl Serialize for UpdateProfile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.first_name.is_some() { 1 << 0 } else { 0 }
            | if self.last_name.is_some() { 1 << 1 } else { 0 }
            | if self.about.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.first_name {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.last_name {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.about {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateProfile {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateProfile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_first_name = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_last_name = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_about = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { first_name: f_first_name, last_name: f_last_name, about: f_about })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateProfile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("first_name");
        self.first_name.write_json(w);
        w.key("last_name");
        self.last_name.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.end_object();
    }
}

/// `account.updateStatus#6628562c offline:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStatus {
    /// `offline:Bool`
    pub offline: bool,
}

impl Identifiable for UpdateStatus {
    const CONSTRUCTOR_ID: u32 = 0x6628562c;
    const NAME: &'static str = "account.updateStatus";
}

impl Serialize for UpdateStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offline.serialize(buf);
    }
}

impl RemoteCall for UpdateStatus {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offline = <bool>::deserialize(r)?;
        Ok(Self { offline: f_offline })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offline");
        self.offline.write_json(w);
        w.end_object();
    }
}

/// `account.getWallPapers#07967d36 hash:long = account.WallPapers`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWallPapers {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetWallPapers {
    const CONSTRUCTOR_ID: u32 = 0x07967d36;
    const NAME: &'static str = "account.getWallPapers";
}

impl Serialize for GetWallPapers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetWallPapers {
    type Return = crate::enums::account::WallPapers;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWallPapers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWallPapers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.reportPeer#c5ba3d86 peer:InputPeer reason:ReportReason message:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPeer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `reason:ReportReason`
    pub reason: crate::enums::ReportReason,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for ReportPeer {
    const CONSTRUCTOR_ID: u32 = 0xc5ba3d86;
    const NAME: &'static str = "account.reportPeer";
}

impl Serialize for ReportPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.reason.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for ReportPeer {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_reason = <crate::enums::ReportReason>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, reason: f_reason, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("reason");
        self.reason.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `account.checkUsername#2714d86c username:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckUsername {
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for CheckUsername {
    const CONSTRUCTOR_ID: u32 = 0x2714d86c;
    const NAME: &'static str = "account.checkUsername";
}

impl Serialize for CheckUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
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
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `account.updateUsername#3e0bdd7c username:string = User`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUsername {
    /// `username:string`
    pub username: mtrs_tl::TlString,
}

impl Identifiable for UpdateUsername {
    const CONSTRUCTOR_ID: u32 = 0x3e0bdd7c;
    const NAME: &'static str = "account.updateUsername";
}

impl Serialize for UpdateUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.username.serialize(buf);
    }
}

impl RemoteCall for UpdateUsername {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateUsername {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { username: f_username })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("username");
        self.username.write_json(w);
        w.end_object();
    }
}

/// `account.getPrivacy#dadbc950 key:InputPrivacyKey = account.PrivacyRules`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPrivacy {
    /// `key:InputPrivacyKey`
    pub key: crate::enums::InputPrivacyKey,
}

impl Identifiable for GetPrivacy {
    const CONSTRUCTOR_ID: u32 = 0xdadbc950;
    const NAME: &'static str = "account.getPrivacy";
}

impl Serialize for GetPrivacy {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.key.serialize(buf);
    }
}

impl RemoteCall for GetPrivacy {
    type Return = crate::enums::account::PrivacyRules;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPrivacy {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_key = <crate::enums::InputPrivacyKey>::deserialize(r)?;
        Ok(Self { key: f_key })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPrivacy {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("key");
        self.key.write_json(w);
        w.end_object();
    }
}

/// `account.setPrivacy#c9f81ce8 key:InputPrivacyKey rules:Vector<InputPrivacyRule> = account.PrivacyRules`
#[derive(Debug, Clone, PartialEq)]
pub struct SetPrivacy {
    /// `key:InputPrivacyKey`
    pub key: crate::enums::InputPrivacyKey,
    /// `rules:Vector<InputPrivacyRule>`
    pub rules: Vec<crate::enums::InputPrivacyRule>,
}

impl Identifiable for SetPrivacy {
    const CONSTRUCTOR_ID: u32 = 0xc9f81ce8;
    const NAME: &'static str = "account.setPrivacy";
}

impl Serialize for SetPrivacy {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.key.serialize(buf);
        self.rules.serialize(buf);
    }
}

impl RemoteCall for SetPrivacy {
    type Return = crate::enums::account::PrivacyRules;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetPrivacy {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_key = <crate::enums::InputPrivacyKey>::deserialize(r)?;
        let f_rules = <Vec<crate::enums::InputPrivacyRule>>::deserialize(r)?;
        Ok(Self { key: f_key, rules: f_rules })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetPrivacy {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("key");
        self.key.write_json(w);
        w.key("rules");
        self.rules.write_json(w);
        w.end_object();
    }
}

/// `account.deleteAccount#a2c0cf74 flags:# reason:string password:flags.0?InputCheckPasswordSRP = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAccount {
    /// `reason:string`
    pub reason: mtrs_tl::TlString,
    /// `password:flags.0?InputCheckPasswordSRP`
    pub password: Option<crate::enums::InputCheckPasswordSRP>,
}

impl Identifiable for DeleteAccount {
    const CONSTRUCTOR_ID: u32 = 0xa2c0cf74;
    const NAME: &'static str = "account.deleteAccount";
}

impl Serialize for DeleteAccount {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.password.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.reason.serialize(buf);
        if let Some(v) = &self.password {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for DeleteAccount {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteAccount {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reason = <mtrs_tl::TlString>::deserialize(r)?;
        let f_password = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputCheckPasswordSRP>::deserialize(r)?) } else { None };
        Ok(Self { reason: f_reason, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteAccount {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reason");
        self.reason.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `account.getAccountTTL#08fc711d = AccountDaysTTL`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAccountTtl;

impl Identifiable for GetAccountTtl {
    const CONSTRUCTOR_ID: u32 = 0x08fc711d;
    const NAME: &'static str = "account.getAccountTTL";
}

impl Serialize for GetAccountTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAccountTtl {
    type Return = crate::enums::AccountDaysTTL;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAccountTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAccountTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.setAccountTTL#2442485e ttl:AccountDaysTTL = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetAccountTtl {
    /// `ttl:AccountDaysTTL`
    pub ttl: crate::enums::AccountDaysTTL,
}

impl Identifiable for SetAccountTtl {
    const CONSTRUCTOR_ID: u32 = 0x2442485e;
    const NAME: &'static str = "account.setAccountTTL";
}

impl Serialize for SetAccountTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.ttl.serialize(buf);
    }
}

impl RemoteCall for SetAccountTtl {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetAccountTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_ttl = <crate::enums::AccountDaysTTL>::deserialize(r)?;
        Ok(Self { ttl: f_ttl })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetAccountTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ttl");
        self.ttl.write_json(w);
        w.end_object();
    }
}

/// `account.sendChangePhoneCode#82574ae5 phone_number:string settings:CodeSettings = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SendChangePhoneCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `settings:CodeSettings`
    pub settings: crate::enums::CodeSettings,
}

impl Identifiable for SendChangePhoneCode {
    const CONSTRUCTOR_ID: u32 = 0x82574ae5;
    const NAME: &'static str = "account.sendChangePhoneCode";
}

impl Serialize for SendChangePhoneCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SendChangePhoneCode {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendChangePhoneCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_settings = <crate::enums::CodeSettings>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendChangePhoneCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.changePhone#70c32edb phone_number:string phone_code_hash:string phone_code:string = User`
#[derive(Debug, Clone, PartialEq)]
pub struct ChangePhone {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `phone_code:string`
    pub phone_code: mtrs_tl::TlString,
}

impl Identifiable for ChangePhone {
    const CONSTRUCTOR_ID: u32 = 0x70c32edb;
    const NAME: &'static str = "account.changePhone";
}

impl Serialize for ChangePhone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.phone_code.serialize(buf);
    }
}

impl RemoteCall for ChangePhone {
    type Return = crate::enums::User;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ChangePhone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, phone_code: f_phone_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChangePhone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("phone_code");
        self.phone_code.write_json(w);
        w.end_object();
    }
}

/// `account.updateDeviceLocked#38df3532 period:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateDeviceLocked {
    /// `period:int`
    pub period: i32,
}

impl Identifiable for UpdateDeviceLocked {
    const CONSTRUCTOR_ID: u32 = 0x38df3532;
    const NAME: &'static str = "account.updateDeviceLocked";
}

impl Serialize for UpdateDeviceLocked {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.period.serialize(buf);
    }
}

impl RemoteCall for UpdateDeviceLocked {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateDeviceLocked {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_period = <i32>::deserialize(r)?;
        Ok(Self { period: f_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateDeviceLocked {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("period");
        self.period.write_json(w);
        w.end_object();
    }
}

/// `account.getAuthorizations#e320c158 = account.Authorizations`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthorizations;

impl Identifiable for GetAuthorizations {
    const CONSTRUCTOR_ID: u32 = 0xe320c158;
    const NAME: &'static str = "account.getAuthorizations";
}

impl Serialize for GetAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAuthorizations {
    type Return = crate::enums::account::Authorizations;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.resetAuthorization#df77f3bc hash:long = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetAuthorization {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for ResetAuthorization {
    const CONSTRUCTOR_ID: u32 = 0xdf77f3bc;
    const NAME: &'static str = "account.resetAuthorization";
}

impl Serialize for ResetAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for ResetAuthorization {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getPassword#548a30f5 = account.Password`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPassword;

impl Identifiable for GetPassword {
    const CONSTRUCTOR_ID: u32 = 0x548a30f5;
    const NAME: &'static str = "account.getPassword";
}

impl Serialize for GetPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPassword {
    type Return = crate::enums::account::Password;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getPasswordSettings#9cd4eaf9 password:InputCheckPasswordSRP = account.PasswordSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPasswordSettings {
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
}

impl Identifiable for GetPasswordSettings {
    const CONSTRUCTOR_ID: u32 = 0x9cd4eaf9;
    const NAME: &'static str = "account.getPasswordSettings";
}

impl Serialize for GetPasswordSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.password.serialize(buf);
    }
}

impl RemoteCall for GetPasswordSettings {
    type Return = crate::enums::account::PasswordSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPasswordSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        Ok(Self { password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPasswordSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `account.updatePasswordSettings#a59b102f password:InputCheckPasswordSRP new_settings:account.PasswordInputSettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePasswordSettings {
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
    /// `new_settings:account.PasswordInputSettings`
    pub new_settings: crate::enums::account::PasswordInputSettings,
}

impl Identifiable for UpdatePasswordSettings {
    const CONSTRUCTOR_ID: u32 = 0xa59b102f;
    const NAME: &'static str = "account.updatePasswordSettings";
}

impl Serialize for UpdatePasswordSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.password.serialize(buf);
        self.new_settings.serialize(buf);
    }
}

impl RemoteCall for UpdatePasswordSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdatePasswordSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        let f_new_settings = <crate::enums::account::PasswordInputSettings>::deserialize(r)?;
        Ok(Self { password: f_password, new_settings: f_new_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdatePasswordSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.key("new_settings");
        self.new_settings.write_json(w);
        w.end_object();
    }
}

/// `account.sendConfirmPhoneCode#1b3faa88 hash:string settings:CodeSettings = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SendConfirmPhoneCode {
    /// `hash:string`
    pub hash: mtrs_tl::TlString,
    /// `settings:CodeSettings`
    pub settings: crate::enums::CodeSettings,
}

impl Identifiable for SendConfirmPhoneCode {
    const CONSTRUCTOR_ID: u32 = 0x1b3faa88;
    const NAME: &'static str = "account.sendConfirmPhoneCode";
}

impl Serialize for SendConfirmPhoneCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SendConfirmPhoneCode {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendConfirmPhoneCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_settings = <crate::enums::CodeSettings>::deserialize(r)?;
        Ok(Self { hash: f_hash, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendConfirmPhoneCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.confirmPhone#5f2178c3 phone_code_hash:string phone_code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmPhone {
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `phone_code:string`
    pub phone_code: mtrs_tl::TlString,
}

impl Identifiable for ConfirmPhone {
    const CONSTRUCTOR_ID: u32 = 0x5f2178c3;
    const NAME: &'static str = "account.confirmPhone";
}

impl Serialize for ConfirmPhone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_code_hash.serialize(buf);
        self.phone_code.serialize(buf);
    }
}

impl RemoteCall for ConfirmPhone {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConfirmPhone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_code_hash: f_phone_code_hash, phone_code: f_phone_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfirmPhone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("phone_code");
        self.phone_code.write_json(w);
        w.end_object();
    }
}

/// `account.getTmpPassword#449e0b51 password:InputCheckPasswordSRP period:int = account.TmpPassword`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTmpPassword {
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
    /// `period:int`
    pub period: i32,
}

impl Identifiable for GetTmpPassword {
    const CONSTRUCTOR_ID: u32 = 0x449e0b51;
    const NAME: &'static str = "account.getTmpPassword";
}

impl Serialize for GetTmpPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.password.serialize(buf);
        self.period.serialize(buf);
    }
}

impl RemoteCall for GetTmpPassword {
    type Return = crate::enums::account::TmpPassword;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTmpPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        let f_period = <i32>::deserialize(r)?;
        Ok(Self { password: f_password, period: f_period })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTmpPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.key("period");
        self.period.write_json(w);
        w.end_object();
    }
}

/// `account.getWebAuthorizations#182e6d6f = account.WebAuthorizations`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebAuthorizations;

impl Identifiable for GetWebAuthorizations {
    const CONSTRUCTOR_ID: u32 = 0x182e6d6f;
    const NAME: &'static str = "account.getWebAuthorizations";
}

impl Serialize for GetWebAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetWebAuthorizations {
    type Return = crate::enums::account::WebAuthorizations;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWebAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWebAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.resetWebAuthorization#2d01b9ef hash:long = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetWebAuthorization {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for ResetWebAuthorization {
    const CONSTRUCTOR_ID: u32 = 0x2d01b9ef;
    const NAME: &'static str = "account.resetWebAuthorization";
}

impl Serialize for ResetWebAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for ResetWebAuthorization {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetWebAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetWebAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.resetWebAuthorizations#682d2594 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetWebAuthorizations;

impl Identifiable for ResetWebAuthorizations {
    const CONSTRUCTOR_ID: u32 = 0x682d2594;
    const NAME: &'static str = "account.resetWebAuthorizations";
}

impl Serialize for ResetWebAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetWebAuthorizations {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetWebAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetWebAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getAllSecureValues#b288bc7d = Vector<SecureValue>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllSecureValues;

impl Identifiable for GetAllSecureValues {
    const CONSTRUCTOR_ID: u32 = 0xb288bc7d;
    const NAME: &'static str = "account.getAllSecureValues";
}

impl Serialize for GetAllSecureValues {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAllSecureValues {
    type Return = Vec<crate::enums::SecureValue>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAllSecureValues {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAllSecureValues {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getSecureValue#73665bc2 types:Vector<SecureValueType> = Vector<SecureValue>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSecureValue {
    /// `types:Vector<SecureValueType>`
    pub types: Vec<crate::enums::SecureValueType>,
}

impl Identifiable for GetSecureValue {
    const CONSTRUCTOR_ID: u32 = 0x73665bc2;
    const NAME: &'static str = "account.getSecureValue";
}

impl Serialize for GetSecureValue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.types.serialize(buf);
    }
}

impl RemoteCall for GetSecureValue {
    type Return = Vec<crate::enums::SecureValue>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSecureValue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_types = <Vec<crate::enums::SecureValueType>>::deserialize(r)?;
        Ok(Self { types: f_types })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSecureValue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("types");
        self.types.write_json(w);
        w.end_object();
    }
}

/// `account.saveSecureValue#899fe31d value:InputSecureValue secure_secret_id:long = SecureValue`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveSecureValue {
    /// `value:InputSecureValue`
    pub value: crate::enums::InputSecureValue,
    /// `secure_secret_id:long`
    pub secure_secret_id: i64,
}

impl Identifiable for SaveSecureValue {
    const CONSTRUCTOR_ID: u32 = 0x899fe31d;
    const NAME: &'static str = "account.saveSecureValue";
}

impl Serialize for SaveSecureValue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.value.serialize(buf);
        self.secure_secret_id.serialize(buf);
    }
}

impl RemoteCall for SaveSecureValue {
    type Return = crate::enums::SecureValue;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveSecureValue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_value = <crate::enums::InputSecureValue>::deserialize(r)?;
        let f_secure_secret_id = <i64>::deserialize(r)?;
        Ok(Self { value: f_value, secure_secret_id: f_secure_secret_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveSecureValue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("value");
        self.value.write_json(w);
        w.key("secure_secret_id");
        self.secure_secret_id.write_json(w);
        w.end_object();
    }
}

/// `account.deleteSecureValue#b880bc4b types:Vector<SecureValueType> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteSecureValue {
    /// `types:Vector<SecureValueType>`
    pub types: Vec<crate::enums::SecureValueType>,
}

impl Identifiable for DeleteSecureValue {
    const CONSTRUCTOR_ID: u32 = 0xb880bc4b;
    const NAME: &'static str = "account.deleteSecureValue";
}

impl Serialize for DeleteSecureValue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.types.serialize(buf);
    }
}

impl RemoteCall for DeleteSecureValue {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteSecureValue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_types = <Vec<crate::enums::SecureValueType>>::deserialize(r)?;
        Ok(Self { types: f_types })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteSecureValue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("types");
        self.types.write_json(w);
        w.end_object();
    }
}

/// `account.getAuthorizationForm#a929597a bot_id:long scope:string public_key:string = account.AuthorizationForm`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAuthorizationForm {
    /// `bot_id:long`
    pub bot_id: i64,
    /// `scope:string`
    pub scope: mtrs_tl::TlString,
    /// `public_key:string`
    pub public_key: mtrs_tl::TlString,
}

impl Identifiable for GetAuthorizationForm {
    const CONSTRUCTOR_ID: u32 = 0xa929597a;
    const NAME: &'static str = "account.getAuthorizationForm";
}

impl Serialize for GetAuthorizationForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot_id.serialize(buf);
        self.scope.serialize(buf);
        self.public_key.serialize(buf);
    }
}

impl RemoteCall for GetAuthorizationForm {
    type Return = crate::enums::account::AuthorizationForm;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAuthorizationForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot_id = <i64>::deserialize(r)?;
        let f_scope = <mtrs_tl::TlString>::deserialize(r)?;
        let f_public_key = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { bot_id: f_bot_id, scope: f_scope, public_key: f_public_key })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAuthorizationForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("scope");
        self.scope.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.end_object();
    }
}

/// `account.acceptAuthorization#f3ed4c73 bot_id:long scope:string public_key:string value_hashes:Vector<SecureValueHash> credentials:SecureCredentialsEncrypted = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptAuthorization {
    /// `bot_id:long`
    pub bot_id: i64,
    /// `scope:string`
    pub scope: mtrs_tl::TlString,
    /// `public_key:string`
    pub public_key: mtrs_tl::TlString,
    /// `value_hashes:Vector<SecureValueHash>`
    pub value_hashes: Vec<crate::enums::SecureValueHash>,
    /// `credentials:SecureCredentialsEncrypted`
    pub credentials: crate::enums::SecureCredentialsEncrypted,
}

impl Identifiable for AcceptAuthorization {
    const CONSTRUCTOR_ID: u32 = 0xf3ed4c73;
    const NAME: &'static str = "account.acceptAuthorization";
}

impl Serialize for AcceptAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot_id.serialize(buf);
        self.scope.serialize(buf);
        self.public_key.serialize(buf);
        self.value_hashes.serialize(buf);
        self.credentials.serialize(buf);
    }
}

impl RemoteCall for AcceptAuthorization {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot_id = <i64>::deserialize(r)?;
        let f_scope = <mtrs_tl::TlString>::deserialize(r)?;
        let f_public_key = <mtrs_tl::TlString>::deserialize(r)?;
        let f_value_hashes = <Vec<crate::enums::SecureValueHash>>::deserialize(r)?;
        let f_credentials = <crate::enums::SecureCredentialsEncrypted>::deserialize(r)?;
        Ok(Self { bot_id: f_bot_id, scope: f_scope, public_key: f_public_key, value_hashes: f_value_hashes, credentials: f_credentials })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("scope");
        self.scope.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.key("value_hashes");
        self.value_hashes.write_json(w);
        w.key("credentials");
        self.credentials.write_json(w);
        w.end_object();
    }
}

/// `account.sendVerifyPhoneCode#a5a356f9 phone_number:string settings:CodeSettings = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SendVerifyPhoneCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `settings:CodeSettings`
    pub settings: crate::enums::CodeSettings,
}

impl Identifiable for SendVerifyPhoneCode {
    const CONSTRUCTOR_ID: u32 = 0xa5a356f9;
    const NAME: &'static str = "account.sendVerifyPhoneCode";
}

impl Serialize for SendVerifyPhoneCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SendVerifyPhoneCode {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendVerifyPhoneCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_settings = <crate::enums::CodeSettings>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendVerifyPhoneCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.verifyPhone#4dd3a7f6 phone_number:string phone_code_hash:string phone_code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyPhone {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `phone_code:string`
    pub phone_code: mtrs_tl::TlString,
}

impl Identifiable for VerifyPhone {
    const CONSTRUCTOR_ID: u32 = 0x4dd3a7f6;
    const NAME: &'static str = "account.verifyPhone";
}

impl Serialize for VerifyPhone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.phone_code.serialize(buf);
    }
}

impl RemoteCall for VerifyPhone {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for VerifyPhone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, phone_code: f_phone_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for VerifyPhone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("phone_code");
        self.phone_code.write_json(w);
        w.end_object();
    }
}

/// `account.sendVerifyEmailCode#98e037bb purpose:EmailVerifyPurpose email:string = account.SentEmailCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SendVerifyEmailCode {
    /// `purpose:EmailVerifyPurpose`
    pub purpose: crate::enums::EmailVerifyPurpose,
    /// `email:string`
    pub email: mtrs_tl::TlString,
}

impl Identifiable for SendVerifyEmailCode {
    const CONSTRUCTOR_ID: u32 = 0x98e037bb;
    const NAME: &'static str = "account.sendVerifyEmailCode";
}

impl Serialize for SendVerifyEmailCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.purpose.serialize(buf);
        self.email.serialize(buf);
    }
}

impl RemoteCall for SendVerifyEmailCode {
    type Return = crate::enums::account::SentEmailCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendVerifyEmailCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_purpose = <crate::enums::EmailVerifyPurpose>::deserialize(r)?;
        let f_email = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { purpose: f_purpose, email: f_email })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendVerifyEmailCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("purpose");
        self.purpose.write_json(w);
        w.key("email");
        self.email.write_json(w);
        w.end_object();
    }
}

/// `account.verifyEmail#032da4cf purpose:EmailVerifyPurpose verification:EmailVerification = account.EmailVerified`
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyEmail {
    /// `purpose:EmailVerifyPurpose`
    pub purpose: crate::enums::EmailVerifyPurpose,
    /// `verification:EmailVerification`
    pub verification: crate::enums::EmailVerification,
}

impl Identifiable for VerifyEmail {
    const CONSTRUCTOR_ID: u32 = 0x032da4cf;
    const NAME: &'static str = "account.verifyEmail";
}

impl Serialize for VerifyEmail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.purpose.serialize(buf);
        self.verification.serialize(buf);
    }
}

impl RemoteCall for VerifyEmail {
    type Return = crate::enums::account::EmailVerified;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for VerifyEmail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_purpose = <crate::enums::EmailVerifyPurpose>::deserialize(r)?;
        let f_verification = <crate::enums::EmailVerification>::deserialize(r)?;
        Ok(Self { purpose: f_purpose, verification: f_verification })
    }
}

#[cfg(feature = "json")]
impl ToJson for VerifyEmail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("purpose");
        self.purpose.write_json(w);
        w.key("verification");
        self.verification.write_json(w);
        w.end_object();
    }
}

/// `account.initTakeoutSession#8ef3eab0 flags:# contacts:flags.0?true message_users:flags.1?true message_chats:flags.2?true message_megagroups:flags.3?true message_channels:flags.4?true files:flags.5?true file_max_size:flags.5?long = account.Takeout`
#[derive(Debug, Clone, PartialEq)]
pub struct InitTakeoutSession {
    /// `contacts:flags.0?true`
    pub contacts: bool,
    /// `message_users:flags.1?true`
    pub message_users: bool,
    /// `message_chats:flags.2?true`
    pub message_chats: bool,
    /// `message_megagroups:flags.3?true`
    pub message_megagroups: bool,
    /// `message_channels:flags.4?true`
    pub message_channels: bool,
    /// `files:flags.5?true`
    pub files: bool,
    /// `file_max_size:flags.5?long`
    pub file_max_size: Option<i64>,
}

impl Identifiable for InitTakeoutSession {
    const CONSTRUCTOR_ID: u32 = 0x8ef3eab0;
    const NAME: &'static str = "account.initTakeoutSession";
}

impl Serialize for InitTakeoutSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.contacts { 1 << 0 } else { 0 }
            | if self.message_users { 1 << 1 } else { 0 }
            | if self.message_chats { 1 << 2 } else { 0 }
            | if self.message_megagroups { 1 << 3 } else { 0 }
            | if self.message_channels { 1 << 4 } else { 0 }
            | if self.files || self.file_max_size.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 5) != 0 {
            match &self.file_max_size {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i64 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
    }
}

impl RemoteCall for InitTakeoutSession {
    type Return = crate::enums::account::Takeout;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InitTakeoutSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_contacts = fl_flags & (1 << 0) != 0;
        let f_message_users = fl_flags & (1 << 1) != 0;
        let f_message_chats = fl_flags & (1 << 2) != 0;
        let f_message_megagroups = fl_flags & (1 << 3) != 0;
        let f_message_channels = fl_flags & (1 << 4) != 0;
        let f_files = fl_flags & (1 << 5) != 0;
        let f_file_max_size = if fl_flags & (1 << 5) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { contacts: f_contacts, message_users: f_message_users, message_chats: f_message_chats, message_megagroups: f_message_megagroups, message_channels: f_message_channels, files: f_files, file_max_size: f_file_max_size })
    }
}

#[cfg(feature = "json")]
impl ToJson for InitTakeoutSession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("contacts");
        self.contacts.write_json(w);
        w.key("message_users");
        self.message_users.write_json(w);
        w.key("message_chats");
        self.message_chats.write_json(w);
        w.key("message_megagroups");
        self.message_megagroups.write_json(w);
        w.key("message_channels");
        self.message_channels.write_json(w);
        w.key("files");
        self.files.write_json(w);
        w.key("file_max_size");
        self.file_max_size.write_json(w);
        w.end_object();
    }
}

/// `account.finishTakeoutSession#1d2652ee flags:# success:flags.0?true = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct FinishTakeoutSession {
    /// `success:flags.0?true`
    pub success: bool,
}

impl Identifiable for FinishTakeoutSession {
    const CONSTRUCTOR_ID: u32 = 0x1d2652ee;
    const NAME: &'static str = "account.finishTakeoutSession";
}

impl Serialize for FinishTakeoutSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.success { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for FinishTakeoutSession {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FinishTakeoutSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_success = fl_flags & (1 << 0) != 0;
        Ok(Self { success: f_success })
    }
}

#[cfg(feature = "json")]
impl ToJson for FinishTakeoutSession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("success");
        self.success.write_json(w);
        w.end_object();
    }
}

/// `account.confirmPasswordEmail#8fdf1920 code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmPasswordEmail {
    /// `code:string`
    pub code: mtrs_tl::TlString,
}

impl Identifiable for ConfirmPasswordEmail {
    const CONSTRUCTOR_ID: u32 = 0x8fdf1920;
    const NAME: &'static str = "account.confirmPasswordEmail";
}

impl Serialize for ConfirmPasswordEmail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.code.serialize(buf);
    }
}

impl RemoteCall for ConfirmPasswordEmail {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConfirmPasswordEmail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_code = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { code: f_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfirmPasswordEmail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("code");
        self.code.write_json(w);
        w.end_object();
    }
}

/// `account.resendPasswordEmail#7a7f2a15 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResendPasswordEmail;

impl Identifiable for ResendPasswordEmail {
    const CONSTRUCTOR_ID: u32 = 0x7a7f2a15;
    const NAME: &'static str = "account.resendPasswordEmail";
}

impl Serialize for ResendPasswordEmail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResendPasswordEmail {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResendPasswordEmail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResendPasswordEmail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.cancelPasswordEmail#c1cbd5b6 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CancelPasswordEmail;

impl Identifiable for CancelPasswordEmail {
    const CONSTRUCTOR_ID: u32 = 0xc1cbd5b6;
    const NAME: &'static str = "account.cancelPasswordEmail";
}

impl Serialize for CancelPasswordEmail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for CancelPasswordEmail {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CancelPasswordEmail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CancelPasswordEmail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getContactSignUpNotification#9f07c728 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct GetContactSignUpNotification;

impl Identifiable for GetContactSignUpNotification {
    const CONSTRUCTOR_ID: u32 = 0x9f07c728;
    const NAME: &'static str = "account.getContactSignUpNotification";
}

impl Serialize for GetContactSignUpNotification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetContactSignUpNotification {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetContactSignUpNotification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetContactSignUpNotification {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.setContactSignUpNotification#cff43f61 silent:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetContactSignUpNotification {
    /// `silent:Bool`
    pub silent: bool,
}

impl Identifiable for SetContactSignUpNotification {
    const CONSTRUCTOR_ID: u32 = 0xcff43f61;
    const NAME: &'static str = "account.setContactSignUpNotification";
}

impl Serialize for SetContactSignUpNotification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.silent.serialize(buf);
    }
}

impl RemoteCall for SetContactSignUpNotification {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetContactSignUpNotification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_silent = <bool>::deserialize(r)?;
        Ok(Self { silent: f_silent })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetContactSignUpNotification {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("silent");
        self.silent.write_json(w);
        w.end_object();
    }
}

/// `account.getNotifyExceptions#53577479 flags:# compare_sound:flags.1?true compare_stories:flags.2?true peer:flags.0?InputNotifyPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetNotifyExceptions {
    /// `compare_sound:flags.1?true`
    pub compare_sound: bool,
    /// `compare_stories:flags.2?true`
    pub compare_stories: bool,
    /// `peer:flags.0?InputNotifyPeer`
    pub peer: Option<crate::enums::InputNotifyPeer>,
}

impl Identifiable for GetNotifyExceptions {
    const CONSTRUCTOR_ID: u32 = 0x53577479;
    const NAME: &'static str = "account.getNotifyExceptions";
}

impl Serialize for GetNotifyExceptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.peer.is_some() { 1 << 0 } else { 0 }
            | if self.compare_sound { 1 << 1 } else { 0 }
            | if self.compare_stories { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetNotifyExceptions {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetNotifyExceptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_compare_sound = fl_flags & (1 << 1) != 0;
        let f_compare_stories = fl_flags & (1 << 2) != 0;
        let f_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputNotifyPeer>::deserialize(r)?) } else { None };
        Ok(Self { compare_sound: f_compare_sound, compare_stories: f_compare_stories, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetNotifyExceptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("compare_sound");
        self.compare_sound.write_json(w);
        w.key("compare_stories");
        self.compare_stories.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `account.getWallPaper#fc8ddbea wallpaper:InputWallPaper = WallPaper`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWallPaper {
    /// `wallpaper:InputWallPaper`
    pub wallpaper: crate::enums::InputWallPaper,
}

impl Identifiable for GetWallPaper {
    const CONSTRUCTOR_ID: u32 = 0xfc8ddbea;
    const NAME: &'static str = "account.getWallPaper";
}

impl Serialize for GetWallPaper {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.wallpaper.serialize(buf);
    }
}

impl RemoteCall for GetWallPaper {
    type Return = crate::enums::WallPaper;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWallPaper {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_wallpaper = <crate::enums::InputWallPaper>::deserialize(r)?;
        Ok(Self { wallpaper: f_wallpaper })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWallPaper {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("wallpaper");
        self.wallpaper.write_json(w);
        w.end_object();
    }
}

/// `account.uploadWallPaper#e39a8f03 flags:# for_chat:flags.0?true file:InputFile mime_type:string settings:WallPaperSettings = WallPaper`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadWallPaper {
    /// `for_chat:flags.0?true`
    pub for_chat: bool,
    /// `file:InputFile`
    pub file: crate::enums::InputFile,
    /// `mime_type:string`
    pub mime_type: mtrs_tl::TlString,
    /// `settings:WallPaperSettings`
    pub settings: crate::enums::WallPaperSettings,
}

impl Identifiable for UploadWallPaper {
    const CONSTRUCTOR_ID: u32 = 0xe39a8f03;
    const NAME: &'static str = "account.uploadWallPaper";
}

impl Serialize for UploadWallPaper {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.for_chat { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.file.serialize(buf);
        self.mime_type.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for UploadWallPaper {
    type Return = crate::enums::WallPaper;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadWallPaper {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_for_chat = fl_flags & (1 << 0) != 0;
        let f_file = <crate::enums::InputFile>::deserialize(r)?;
        let f_mime_type = <mtrs_tl::TlString>::deserialize(r)?;
        let f_settings = <crate::enums::WallPaperSettings>::deserialize(r)?;
        Ok(Self { for_chat: f_for_chat, file: f_file, mime_type: f_mime_type, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadWallPaper {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_chat");
        self.for_chat.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.key("mime_type");
        self.mime_type.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.saveWallPaper#6c5a5b37 wallpaper:InputWallPaper unsave:Bool settings:WallPaperSettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveWallPaper {
    /// `wallpaper:InputWallPaper`
    pub wallpaper: crate::enums::InputWallPaper,
    /// `unsave:Bool`
    pub unsave: bool,
    /// `settings:WallPaperSettings`
    pub settings: crate::enums::WallPaperSettings,
}

impl Identifiable for SaveWallPaper {
    const CONSTRUCTOR_ID: u32 = 0x6c5a5b37;
    const NAME: &'static str = "account.saveWallPaper";
}

impl Serialize for SaveWallPaper {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.wallpaper.serialize(buf);
        self.unsave.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SaveWallPaper {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveWallPaper {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_wallpaper = <crate::enums::InputWallPaper>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        let f_settings = <crate::enums::WallPaperSettings>::deserialize(r)?;
        Ok(Self { wallpaper: f_wallpaper, unsave: f_unsave, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveWallPaper {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("wallpaper");
        self.wallpaper.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.installWallPaper#feed5769 wallpaper:InputWallPaper settings:WallPaperSettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct InstallWallPaper {
    /// `wallpaper:InputWallPaper`
    pub wallpaper: crate::enums::InputWallPaper,
    /// `settings:WallPaperSettings`
    pub settings: crate::enums::WallPaperSettings,
}

impl Identifiable for InstallWallPaper {
    const CONSTRUCTOR_ID: u32 = 0xfeed5769;
    const NAME: &'static str = "account.installWallPaper";
}

impl Serialize for InstallWallPaper {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.wallpaper.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for InstallWallPaper {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InstallWallPaper {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_wallpaper = <crate::enums::InputWallPaper>::deserialize(r)?;
        let f_settings = <crate::enums::WallPaperSettings>::deserialize(r)?;
        Ok(Self { wallpaper: f_wallpaper, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for InstallWallPaper {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("wallpaper");
        self.wallpaper.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.resetWallPapers#bb3b9804 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetWallPapers;

impl Identifiable for ResetWallPapers {
    const CONSTRUCTOR_ID: u32 = 0xbb3b9804;
    const NAME: &'static str = "account.resetWallPapers";
}

impl Serialize for ResetWallPapers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetWallPapers {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetWallPapers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetWallPapers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getAutoDownloadSettings#56da0b3f = account.AutoDownloadSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAutoDownloadSettings;

impl Identifiable for GetAutoDownloadSettings {
    const CONSTRUCTOR_ID: u32 = 0x56da0b3f;
    const NAME: &'static str = "account.getAutoDownloadSettings";
}

impl Serialize for GetAutoDownloadSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAutoDownloadSettings {
    type Return = crate::enums::account::AutoDownloadSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAutoDownloadSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAutoDownloadSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.saveAutoDownloadSettings#76f36233 flags:# low:flags.0?true high:flags.1?true settings:AutoDownloadSettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveAutoDownloadSettings {
    /// `low:flags.0?true`
    pub low: bool,
    /// `high:flags.1?true`
    pub high: bool,
    /// `settings:AutoDownloadSettings`
    pub settings: crate::enums::AutoDownloadSettings,
}

impl Identifiable for SaveAutoDownloadSettings {
    const CONSTRUCTOR_ID: u32 = 0x76f36233;
    const NAME: &'static str = "account.saveAutoDownloadSettings";
}

impl Serialize for SaveAutoDownloadSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.low { 1 << 0 } else { 0 }
            | if self.high { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SaveAutoDownloadSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveAutoDownloadSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_low = fl_flags & (1 << 0) != 0;
        let f_high = fl_flags & (1 << 1) != 0;
        let f_settings = <crate::enums::AutoDownloadSettings>::deserialize(r)?;
        Ok(Self { low: f_low, high: f_high, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveAutoDownloadSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("low");
        self.low.write_json(w);
        w.key("high");
        self.high.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.uploadTheme#1c3db333 flags:# file:InputFile thumb:flags.0?InputFile file_name:string mime_type:string = Document`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadTheme {
    /// `file:InputFile`
    pub file: crate::enums::InputFile,
    /// `thumb:flags.0?InputFile`
    pub thumb: Option<crate::enums::InputFile>,
    /// `file_name:string`
    pub file_name: mtrs_tl::TlString,
    /// `mime_type:string`
    pub mime_type: mtrs_tl::TlString,
}

impl Identifiable for UploadTheme {
    const CONSTRUCTOR_ID: u32 = 0x1c3db333;
    const NAME: &'static str = "account.uploadTheme";
}

impl Serialize for UploadTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.thumb.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.file.serialize(buf);
        if let Some(v) = &self.thumb {
            (*v).serialize(buf);
        }
        self.file_name.serialize(buf);
        self.mime_type.serialize(buf);
    }
}

impl RemoteCall for UploadTheme {
    type Return = crate::enums::Document;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_file = <crate::enums::InputFile>::deserialize(r)?;
        let f_thumb = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputFile>::deserialize(r)?) } else { None };
        let f_file_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_mime_type = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { file: f_file, thumb: f_thumb, file_name: f_file_name, mime_type: f_mime_type })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file");
        self.file.write_json(w);
        w.key("thumb");
        self.thumb.write_json(w);
        w.key("file_name");
        self.file_name.write_json(w);
        w.key("mime_type");
        self.mime_type.write_json(w);
        w.end_object();
    }
}

/// `account.createTheme#652e4400 flags:# slug:string title:string document:flags.2?InputDocument settings:flags.3?Vector<InputThemeSettings> = Theme`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateTheme {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `document:flags.2?InputDocument`
    pub document: Option<crate::enums::InputDocument>,
    /// `settings:flags.3?Vector<InputThemeSettings>`
    pub settings: Option<Vec<crate::enums::InputThemeSettings>>,
}

impl Identifiable for CreateTheme {
    const CONSTRUCTOR_ID: u32 = 0x652e4400;
    const NAME: &'static str = "account.createTheme";
}

impl Serialize for CreateTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.document.is_some() { 1 << 2 } else { 0 }
            | if self.settings.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.slug.serialize(buf);
        self.title.serialize(buf);
        if let Some(v) = &self.document {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.settings {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateTheme {
    type Return = crate::enums::Theme;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_document = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        let f_settings = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::InputThemeSettings>>::deserialize(r)?) } else { None };
        Ok(Self { slug: f_slug, title: f_title, document: f_document, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("document");
        self.document.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.updateTheme#2bf40ccc flags:# format:string theme:InputTheme slug:flags.0?string title:flags.1?string document:flags.2?InputDocument settings:flags.3?Vector<InputThemeSettings> = Theme`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateTheme {
    /// `format:string`
    pub format: mtrs_tl::TlString,
    /// `theme:InputTheme`
    pub theme: crate::enums::InputTheme,
    /// `slug:flags.0?string`
    pub slug: Option<mtrs_tl::TlString>,
    /// `title:flags.1?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `document:flags.2?InputDocument`
    pub document: Option<crate::enums::InputDocument>,
    /// `settings:flags.3?Vector<InputThemeSettings>`
    pub settings: Option<Vec<crate::enums::InputThemeSettings>>,
}

impl Identifiable for UpdateTheme {
    const CONSTRUCTOR_ID: u32 = 0x2bf40ccc;
    const NAME: &'static str = "account.updateTheme";
}

impl Serialize for UpdateTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.slug.is_some() { 1 << 0 } else { 0 }
            | if self.title.is_some() { 1 << 1 } else { 0 }
            | if self.document.is_some() { 1 << 2 } else { 0 }
            | if self.settings.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.format.serialize(buf);
        self.theme.serialize(buf);
        if let Some(v) = &self.slug {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.document {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.settings {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateTheme {
    type Return = crate::enums::Theme;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_format = <mtrs_tl::TlString>::deserialize(r)?;
        let f_theme = <crate::enums::InputTheme>::deserialize(r)?;
        let f_slug = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_title = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_document = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        let f_settings = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::InputThemeSettings>>::deserialize(r)?) } else { None };
        Ok(Self { format: f_format, theme: f_theme, slug: f_slug, title: f_title, document: f_document, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("format");
        self.format.write_json(w);
        w.key("theme");
        self.theme.write_json(w);
        w.key("slug");
        self.slug.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("document");
        self.document.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.saveTheme#f257106c theme:InputTheme unsave:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveTheme {
    /// `theme:InputTheme`
    pub theme: crate::enums::InputTheme,
    /// `unsave:Bool`
    pub unsave: bool,
}

impl Identifiable for SaveTheme {
    const CONSTRUCTOR_ID: u32 = 0xf257106c;
    const NAME: &'static str = "account.saveTheme";
}

impl Serialize for SaveTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.theme.serialize(buf);
        self.unsave.serialize(buf);
    }
}

impl RemoteCall for SaveTheme {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_theme = <crate::enums::InputTheme>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        Ok(Self { theme: f_theme, unsave: f_unsave })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("theme");
        self.theme.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.end_object();
    }
}

/// `account.installTheme#c727bb3b flags:# dark:flags.0?true theme:flags.1?InputTheme format:flags.2?string base_theme:flags.3?BaseTheme = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct InstallTheme {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `theme:flags.1?InputTheme`
    pub theme: Option<crate::enums::InputTheme>,
    /// `format:flags.2?string`
    pub format: Option<mtrs_tl::TlString>,
    /// `base_theme:flags.3?BaseTheme`
    pub base_theme: Option<crate::enums::BaseTheme>,
}

impl Identifiable for InstallTheme {
    const CONSTRUCTOR_ID: u32 = 0xc727bb3b;
    const NAME: &'static str = "account.installTheme";
}

impl Serialize for InstallTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 }
            | if self.theme.is_some() { 1 << 1 } else { 0 }
            | if self.format.is_some() { 1 << 2 } else { 0 }
            | if self.base_theme.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.theme {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.format {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.base_theme {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for InstallTheme {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InstallTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_theme = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputTheme>::deserialize(r)?) } else { None };
        let f_format = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_base_theme = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::BaseTheme>::deserialize(r)?) } else { None };
        Ok(Self { dark: f_dark, theme: f_theme, format: f_format, base_theme: f_base_theme })
    }
}

#[cfg(feature = "json")]
impl ToJson for InstallTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("theme");
        self.theme.write_json(w);
        w.key("format");
        self.format.write_json(w);
        w.key("base_theme");
        self.base_theme.write_json(w);
        w.end_object();
    }
}

/// `account.getTheme#3a5869ec format:string theme:InputTheme = Theme`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTheme {
    /// `format:string`
    pub format: mtrs_tl::TlString,
    /// `theme:InputTheme`
    pub theme: crate::enums::InputTheme,
}

impl Identifiable for GetTheme {
    const CONSTRUCTOR_ID: u32 = 0x3a5869ec;
    const NAME: &'static str = "account.getTheme";
}

impl Serialize for GetTheme {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.format.serialize(buf);
        self.theme.serialize(buf);
    }
}

impl RemoteCall for GetTheme {
    type Return = crate::enums::Theme;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTheme {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_format = <mtrs_tl::TlString>::deserialize(r)?;
        let f_theme = <crate::enums::InputTheme>::deserialize(r)?;
        Ok(Self { format: f_format, theme: f_theme })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTheme {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("format");
        self.format.write_json(w);
        w.key("theme");
        self.theme.write_json(w);
        w.end_object();
    }
}

/// `account.getThemes#7206e458 format:string hash:long = account.Themes`
#[derive(Debug, Clone, PartialEq)]
pub struct GetThemes {
    /// `format:string`
    pub format: mtrs_tl::TlString,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetThemes {
    const CONSTRUCTOR_ID: u32 = 0x7206e458;
    const NAME: &'static str = "account.getThemes";
}

impl Serialize for GetThemes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.format.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetThemes {
    type Return = crate::enums::account::Themes;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetThemes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_format = <mtrs_tl::TlString>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { format: f_format, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetThemes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("format");
        self.format.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.setContentSettings#b574b16b flags:# sensitive_enabled:flags.0?true = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetContentSettings {
    /// `sensitive_enabled:flags.0?true`
    pub sensitive_enabled: bool,
}

impl Identifiable for SetContentSettings {
    const CONSTRUCTOR_ID: u32 = 0xb574b16b;
    const NAME: &'static str = "account.setContentSettings";
}

impl Serialize for SetContentSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.sensitive_enabled { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for SetContentSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetContentSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_sensitive_enabled = fl_flags & (1 << 0) != 0;
        Ok(Self { sensitive_enabled: f_sensitive_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetContentSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sensitive_enabled");
        self.sensitive_enabled.write_json(w);
        w.end_object();
    }
}

/// `account.getContentSettings#8b9b4dae = account.ContentSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetContentSettings;

impl Identifiable for GetContentSettings {
    const CONSTRUCTOR_ID: u32 = 0x8b9b4dae;
    const NAME: &'static str = "account.getContentSettings";
}

impl Serialize for GetContentSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetContentSettings {
    type Return = crate::enums::account::ContentSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetContentSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetContentSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getMultiWallPapers#65ad71dc wallpapers:Vector<InputWallPaper> = Vector<WallPaper>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetMultiWallPapers {
    /// `wallpapers:Vector<InputWallPaper>`
    pub wallpapers: Vec<crate::enums::InputWallPaper>,
}

impl Identifiable for GetMultiWallPapers {
    const CONSTRUCTOR_ID: u32 = 0x65ad71dc;
    const NAME: &'static str = "account.getMultiWallPapers";
}

impl Serialize for GetMultiWallPapers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.wallpapers.serialize(buf);
    }
}

impl RemoteCall for GetMultiWallPapers {
    type Return = Vec<crate::enums::WallPaper>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetMultiWallPapers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_wallpapers = <Vec<crate::enums::InputWallPaper>>::deserialize(r)?;
        Ok(Self { wallpapers: f_wallpapers })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetMultiWallPapers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("wallpapers");
        self.wallpapers.write_json(w);
        w.end_object();
    }
}

/// `account.getGlobalPrivacySettings#eb2b4cf6 = GlobalPrivacySettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGlobalPrivacySettings;

impl Identifiable for GetGlobalPrivacySettings {
    const CONSTRUCTOR_ID: u32 = 0xeb2b4cf6;
    const NAME: &'static str = "account.getGlobalPrivacySettings";
}

impl Serialize for GetGlobalPrivacySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetGlobalPrivacySettings {
    type Return = crate::enums::GlobalPrivacySettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGlobalPrivacySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGlobalPrivacySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.setGlobalPrivacySettings#1edaaac2 settings:GlobalPrivacySettings = GlobalPrivacySettings`
#[derive(Debug, Clone, PartialEq)]
pub struct SetGlobalPrivacySettings {
    /// `settings:GlobalPrivacySettings`
    pub settings: crate::enums::GlobalPrivacySettings,
}

impl Identifiable for SetGlobalPrivacySettings {
    const CONSTRUCTOR_ID: u32 = 0x1edaaac2;
    const NAME: &'static str = "account.setGlobalPrivacySettings";
}

impl Serialize for SetGlobalPrivacySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SetGlobalPrivacySettings {
    type Return = crate::enums::GlobalPrivacySettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetGlobalPrivacySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_settings = <crate::enums::GlobalPrivacySettings>::deserialize(r)?;
        Ok(Self { settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetGlobalPrivacySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.reportProfilePhoto#fa8cc6f5 peer:InputPeer photo_id:InputPhoto reason:ReportReason message:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportProfilePhoto {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `photo_id:InputPhoto`
    pub photo_id: crate::enums::InputPhoto,
    /// `reason:ReportReason`
    pub reason: crate::enums::ReportReason,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for ReportProfilePhoto {
    const CONSTRUCTOR_ID: u32 = 0xfa8cc6f5;
    const NAME: &'static str = "account.reportProfilePhoto";
}

impl Serialize for ReportProfilePhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.photo_id.serialize(buf);
        self.reason.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for ReportProfilePhoto {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportProfilePhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_photo_id = <crate::enums::InputPhoto>::deserialize(r)?;
        let f_reason = <crate::enums::ReportReason>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, photo_id: f_photo_id, reason: f_reason, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportProfilePhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("photo_id");
        self.photo_id.write_json(w);
        w.key("reason");
        self.reason.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `account.resetPassword#9308ce1b = account.ResetPasswordResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPassword;

impl Identifiable for ResetPassword {
    const CONSTRUCTOR_ID: u32 = 0x9308ce1b;
    const NAME: &'static str = "account.resetPassword";
}

impl Serialize for ResetPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetPassword {
    type Return = crate::enums::account::ResetPasswordResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.declinePasswordReset#4c9409f6 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeclinePasswordReset;

impl Identifiable for DeclinePasswordReset {
    const CONSTRUCTOR_ID: u32 = 0x4c9409f6;
    const NAME: &'static str = "account.declinePasswordReset";
}

impl Serialize for DeclinePasswordReset {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for DeclinePasswordReset {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeclinePasswordReset {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DeclinePasswordReset {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getChatThemes#d638de89 hash:long = account.Themes`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChatThemes {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetChatThemes {
    const CONSTRUCTOR_ID: u32 = 0xd638de89;
    const NAME: &'static str = "account.getChatThemes";
}

impl Serialize for GetChatThemes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetChatThemes {
    type Return = crate::enums::account::Themes;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChatThemes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChatThemes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.setAuthorizationTTL#bf899aa0 authorization_ttl_days:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetAuthorizationTtl {
    /// `authorization_ttl_days:int`
    pub authorization_ttl_days: i32,
}

impl Identifiable for SetAuthorizationTtl {
    const CONSTRUCTOR_ID: u32 = 0xbf899aa0;
    const NAME: &'static str = "account.setAuthorizationTTL";
}

impl Serialize for SetAuthorizationTtl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.authorization_ttl_days.serialize(buf);
    }
}

impl RemoteCall for SetAuthorizationTtl {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetAuthorizationTtl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_authorization_ttl_days = <i32>::deserialize(r)?;
        Ok(Self { authorization_ttl_days: f_authorization_ttl_days })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetAuthorizationTtl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("authorization_ttl_days");
        self.authorization_ttl_days.write_json(w);
        w.end_object();
    }
}

/// `account.changeAuthorizationSettings#40f48462 flags:# confirmed:flags.3?true hash:long encrypted_requests_disabled:flags.0?Bool call_requests_disabled:flags.1?Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeAuthorizationSettings {
    /// `confirmed:flags.3?true`
    pub confirmed: bool,
    /// `hash:long`
    pub hash: i64,
    /// `encrypted_requests_disabled:flags.0?Bool`
    pub encrypted_requests_disabled: Option<bool>,
    /// `call_requests_disabled:flags.1?Bool`
    pub call_requests_disabled: Option<bool>,
}

impl Identifiable for ChangeAuthorizationSettings {
    const CONSTRUCTOR_ID: u32 = 0x40f48462;
    const NAME: &'static str = "account.changeAuthorizationSettings";
}

impl Serialize for ChangeAuthorizationSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.encrypted_requests_disabled.is_some() { 1 << 0 } else { 0 }
            | if self.call_requests_disabled.is_some() { 1 << 1 } else { 0 }
            | if self.confirmed { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.hash.serialize(buf);
        if let Some(v) = &self.encrypted_requests_disabled {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.call_requests_disabled {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ChangeAuthorizationSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ChangeAuthorizationSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_confirmed = fl_flags & (1 << 3) != 0;
        let f_hash = <i64>::deserialize(r)?;
        let f_encrypted_requests_disabled = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_call_requests_disabled = if fl_flags & (1 << 1) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { confirmed: f_confirmed, hash: f_hash, encrypted_requests_disabled: f_encrypted_requests_disabled, call_requests_disabled: f_call_requests_disabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChangeAuthorizationSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("confirmed");
        self.confirmed.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.key("encrypted_requests_disabled");
        self.encrypted_requests_disabled.write_json(w);
        w.key("call_requests_disabled");
        self.call_requests_disabled.write_json(w);
        w.end_object();
    }
}

/// `account.getSavedRingtones#e1902288 hash:long = account.SavedRingtones`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedRingtones {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedRingtones {
    const CONSTRUCTOR_ID: u32 = 0xe1902288;
    const NAME: &'static str = "account.getSavedRingtones";
}

impl Serialize for GetSavedRingtones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedRingtones {
    type Return = crate::enums::account::SavedRingtones;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedRingtones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedRingtones {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.saveRingtone#3dea5b03 id:InputDocument unsave:Bool = account.SavedRingtone`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveRingtone {
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `unsave:Bool`
    pub unsave: bool,
}

impl Identifiable for SaveRingtone {
    const CONSTRUCTOR_ID: u32 = 0x3dea5b03;
    const NAME: &'static str = "account.saveRingtone";
}

impl Serialize for SaveRingtone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.unsave.serialize(buf);
    }
}

impl RemoteCall for SaveRingtone {
    type Return = crate::enums::account::SavedRingtone;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveRingtone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_unsave = <bool>::deserialize(r)?;
        Ok(Self { id: f_id, unsave: f_unsave })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveRingtone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("unsave");
        self.unsave.write_json(w);
        w.end_object();
    }
}

/// `account.uploadRingtone#831a83a2 file:InputFile file_name:string mime_type:string = Document`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadRingtone {
    /// `file:InputFile`
    pub file: crate::enums::InputFile,
    /// `file_name:string`
    pub file_name: mtrs_tl::TlString,
    /// `mime_type:string`
    pub mime_type: mtrs_tl::TlString,
}

impl Identifiable for UploadRingtone {
    const CONSTRUCTOR_ID: u32 = 0x831a83a2;
    const NAME: &'static str = "account.uploadRingtone";
}

impl Serialize for UploadRingtone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file.serialize(buf);
        self.file_name.serialize(buf);
        self.mime_type.serialize(buf);
    }
}

impl RemoteCall for UploadRingtone {
    type Return = crate::enums::Document;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadRingtone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file = <crate::enums::InputFile>::deserialize(r)?;
        let f_file_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_mime_type = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { file: f_file, file_name: f_file_name, mime_type: f_mime_type })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadRingtone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file");
        self.file.write_json(w);
        w.key("file_name");
        self.file_name.write_json(w);
        w.key("mime_type");
        self.mime_type.write_json(w);
        w.end_object();
    }
}

/// `account.updateEmojiStatus#fbd3de6b emoji_status:EmojiStatus = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateEmojiStatus {
    /// `emoji_status:EmojiStatus`
    pub emoji_status: crate::enums::EmojiStatus,
}

impl Identifiable for UpdateEmojiStatus {
    const CONSTRUCTOR_ID: u32 = 0xfbd3de6b;
    const NAME: &'static str = "account.updateEmojiStatus";
}

impl Serialize for UpdateEmojiStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.emoji_status.serialize(buf);
    }
}

impl RemoteCall for UpdateEmojiStatus {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateEmojiStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_emoji_status = <crate::enums::EmojiStatus>::deserialize(r)?;
        Ok(Self { emoji_status: f_emoji_status })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateEmojiStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("emoji_status");
        self.emoji_status.write_json(w);
        w.end_object();
    }
}

/// `account.getDefaultEmojiStatuses#d6753386 hash:long = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultEmojiStatuses {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDefaultEmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0xd6753386;
    const NAME: &'static str = "account.getDefaultEmojiStatuses";
}

impl Serialize for GetDefaultEmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDefaultEmojiStatuses {
    type Return = crate::enums::account::EmojiStatuses;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultEmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDefaultEmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getRecentEmojiStatuses#0f578105 hash:long = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRecentEmojiStatuses {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetRecentEmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0x0f578105;
    const NAME: &'static str = "account.getRecentEmojiStatuses";
}

impl Serialize for GetRecentEmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetRecentEmojiStatuses {
    type Return = crate::enums::account::EmojiStatuses;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRecentEmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRecentEmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.clearRecentEmojiStatuses#18201aae = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClearRecentEmojiStatuses;

impl Identifiable for ClearRecentEmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0x18201aae;
    const NAME: &'static str = "account.clearRecentEmojiStatuses";
}

impl Serialize for ClearRecentEmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ClearRecentEmojiStatuses {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClearRecentEmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ClearRecentEmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.reorderUsernames#ef500eab order:Vector<string> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderUsernames {
    /// `order:Vector<string>`
    pub order: Vec<mtrs_tl::TlString>,
}

impl Identifiable for ReorderUsernames {
    const CONSTRUCTOR_ID: u32 = 0xef500eab;
    const NAME: &'static str = "account.reorderUsernames";
}

impl Serialize for ReorderUsernames {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
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
        let f_order = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderUsernames {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `account.toggleUsername#58d6b376 username:string active:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleUsername {
    /// `username:string`
    pub username: mtrs_tl::TlString,
    /// `active:Bool`
    pub active: bool,
}

impl Identifiable for ToggleUsername {
    const CONSTRUCTOR_ID: u32 = 0x58d6b376;
    const NAME: &'static str = "account.toggleUsername";
}

impl Serialize for ToggleUsername {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
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
        let f_username = <mtrs_tl::TlString>::deserialize(r)?;
        let f_active = <bool>::deserialize(r)?;
        Ok(Self { username: f_username, active: f_active })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleUsername {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("username");
        self.username.write_json(w);
        w.key("active");
        self.active.write_json(w);
        w.end_object();
    }
}

/// `account.getDefaultProfilePhotoEmojis#e2750328 hash:long = EmojiList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultProfilePhotoEmojis {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDefaultProfilePhotoEmojis {
    const CONSTRUCTOR_ID: u32 = 0xe2750328;
    const NAME: &'static str = "account.getDefaultProfilePhotoEmojis";
}

impl Serialize for GetDefaultProfilePhotoEmojis {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDefaultProfilePhotoEmojis {
    type Return = crate::enums::EmojiList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultProfilePhotoEmojis {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDefaultProfilePhotoEmojis {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getDefaultGroupPhotoEmojis#915860ae hash:long = EmojiList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultGroupPhotoEmojis {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDefaultGroupPhotoEmojis {
    const CONSTRUCTOR_ID: u32 = 0x915860ae;
    const NAME: &'static str = "account.getDefaultGroupPhotoEmojis";
}

impl Serialize for GetDefaultGroupPhotoEmojis {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDefaultGroupPhotoEmojis {
    type Return = crate::enums::EmojiList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultGroupPhotoEmojis {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDefaultGroupPhotoEmojis {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getAutoSaveSettings#adcbbcda = account.AutoSaveSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAutoSaveSettings;

impl Identifiable for GetAutoSaveSettings {
    const CONSTRUCTOR_ID: u32 = 0xadcbbcda;
    const NAME: &'static str = "account.getAutoSaveSettings";
}

impl Serialize for GetAutoSaveSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAutoSaveSettings {
    type Return = crate::enums::account::AutoSaveSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAutoSaveSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAutoSaveSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.saveAutoSaveSettings#d69b8361 flags:# users:flags.0?true chats:flags.1?true broadcasts:flags.2?true peer:flags.3?InputPeer settings:AutoSaveSettings = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveAutoSaveSettings {
    /// `users:flags.0?true`
    pub users: bool,
    /// `chats:flags.1?true`
    pub chats: bool,
    /// `broadcasts:flags.2?true`
    pub broadcasts: bool,
    /// `peer:flags.3?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `settings:AutoSaveSettings`
    pub settings: crate::enums::AutoSaveSettings,
}

impl Identifiable for SaveAutoSaveSettings {
    const CONSTRUCTOR_ID: u32 = 0xd69b8361;
    const NAME: &'static str = "account.saveAutoSaveSettings";
}

impl Serialize for SaveAutoSaveSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.users { 1 << 0 } else { 0 }
            | if self.chats { 1 << 1 } else { 0 }
            | if self.broadcasts { 1 << 2 } else { 0 }
            | if self.peer.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SaveAutoSaveSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveAutoSaveSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_users = fl_flags & (1 << 0) != 0;
        let f_chats = fl_flags & (1 << 1) != 0;
        let f_broadcasts = fl_flags & (1 << 2) != 0;
        let f_peer = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_settings = <crate::enums::AutoSaveSettings>::deserialize(r)?;
        Ok(Self { users: f_users, chats: f_chats, broadcasts: f_broadcasts, peer: f_peer, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveAutoSaveSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("users");
        self.users.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("broadcasts");
        self.broadcasts.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.deleteAutoSaveExceptions#53bc0020 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAutoSaveExceptions;

impl Identifiable for DeleteAutoSaveExceptions {
    const CONSTRUCTOR_ID: u32 = 0x53bc0020;
    const NAME: &'static str = "account.deleteAutoSaveExceptions";
}

impl Serialize for DeleteAutoSaveExceptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for DeleteAutoSaveExceptions {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteAutoSaveExceptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteAutoSaveExceptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.invalidateSignInCodes#ca8ae8ba codes:Vector<string> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct InvalidateSignInCodes {
    /// `codes:Vector<string>`
    pub codes: Vec<mtrs_tl::TlString>,
}

impl Identifiable for InvalidateSignInCodes {
    const CONSTRUCTOR_ID: u32 = 0xca8ae8ba;
    const NAME: &'static str = "account.invalidateSignInCodes";
}

impl Serialize for InvalidateSignInCodes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.codes.serialize(buf);
    }
}

impl RemoteCall for InvalidateSignInCodes {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InvalidateSignInCodes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_codes = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { codes: f_codes })
    }
}

#[cfg(feature = "json")]
impl ToJson for InvalidateSignInCodes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("codes");
        self.codes.write_json(w);
        w.end_object();
    }
}

/// `account.updateColor#684d214e flags:# for_profile:flags.1?true color:flags.2?PeerColor = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateColor {
    /// `for_profile:flags.1?true`
    pub for_profile: bool,
    /// `color:flags.2?PeerColor`
    pub color: Option<crate::enums::PeerColor>,
}

impl Identifiable for UpdateColor {
    const CONSTRUCTOR_ID: u32 = 0x684d214e;
    const NAME: &'static str = "account.updateColor";
}

impl Serialize for UpdateColor {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.for_profile { 1 << 1 } else { 0 }
            | if self.color.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.color {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateColor {
    type Return = bool;
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
        let f_color = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::PeerColor>::deserialize(r)?) } else { None };
        Ok(Self { for_profile: f_for_profile, color: f_color })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateColor {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("for_profile");
        self.for_profile.write_json(w);
        w.key("color");
        self.color.write_json(w);
        w.end_object();
    }
}

/// `account.getDefaultBackgroundEmojis#a60ab9ce hash:long = EmojiList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetDefaultBackgroundEmojis {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetDefaultBackgroundEmojis {
    const CONSTRUCTOR_ID: u32 = 0xa60ab9ce;
    const NAME: &'static str = "account.getDefaultBackgroundEmojis";
}

impl Serialize for GetDefaultBackgroundEmojis {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetDefaultBackgroundEmojis {
    type Return = crate::enums::EmojiList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetDefaultBackgroundEmojis {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetDefaultBackgroundEmojis {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getChannelDefaultEmojiStatuses#7727a7d5 hash:long = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelDefaultEmojiStatuses {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetChannelDefaultEmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0x7727a7d5;
    const NAME: &'static str = "account.getChannelDefaultEmojiStatuses";
}

impl Serialize for GetChannelDefaultEmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetChannelDefaultEmojiStatuses {
    type Return = crate::enums::account::EmojiStatuses;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChannelDefaultEmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChannelDefaultEmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getChannelRestrictedStatusEmojis#35a9e0d5 hash:long = EmojiList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChannelRestrictedStatusEmojis {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetChannelRestrictedStatusEmojis {
    const CONSTRUCTOR_ID: u32 = 0x35a9e0d5;
    const NAME: &'static str = "account.getChannelRestrictedStatusEmojis";
}

impl Serialize for GetChannelRestrictedStatusEmojis {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetChannelRestrictedStatusEmojis {
    type Return = crate::enums::EmojiList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChannelRestrictedStatusEmojis {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChannelRestrictedStatusEmojis {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.updateBusinessWorkHours#4b00e066 flags:# business_work_hours:flags.0?BusinessWorkHours = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBusinessWorkHours {
    /// `business_work_hours:flags.0?BusinessWorkHours`
    pub business_work_hours: Option<crate::enums::BusinessWorkHours>,
}

impl Identifiable for UpdateBusinessWorkHours {
    const CONSTRUCTOR_ID: u32 = 0x4b00e066;
    const NAME: &'static str = "account.updateBusinessWorkHours";
}

impl Serialize for UpdateBusinessWorkHours {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.business_work_hours.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.business_work_hours {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBusinessWorkHours {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBusinessWorkHours {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_business_work_hours = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::BusinessWorkHours>::deserialize(r)?) } else { None };
        Ok(Self { business_work_hours: f_business_work_hours })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBusinessWorkHours {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("business_work_hours");
        self.business_work_hours.write_json(w);
        w.end_object();
    }
}

/// `account.updateBusinessLocation#9e6b131a flags:# geo_point:flags.1?InputGeoPoint address:flags.0?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBusinessLocation {
    /// `geo_point:flags.1?InputGeoPoint`
    pub geo_point: Option<crate::enums::InputGeoPoint>,
    /// `address:flags.0?string`
    pub address: Option<mtrs_tl::TlString>,
}

impl Identifiable for UpdateBusinessLocation {
    const CONSTRUCTOR_ID: u32 = 0x9e6b131a;
    const NAME: &'static str = "account.updateBusinessLocation";
}

impl Serialize for UpdateBusinessLocation {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.address.is_some() { 1 << 0 } else { 0 }
            | if self.geo_point.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.geo_point {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.address {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBusinessLocation {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBusinessLocation {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_geo_point = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputGeoPoint>::deserialize(r)?) } else { None };
        let f_address = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { geo_point: f_geo_point, address: f_address })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBusinessLocation {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("geo_point");
        self.geo_point.write_json(w);
        w.key("address");
        self.address.write_json(w);
        w.end_object();
    }
}

/// `account.updateBusinessGreetingMessage#66cdafc4 flags:# message:flags.0?InputBusinessGreetingMessage = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBusinessGreetingMessage {
    /// `message:flags.0?InputBusinessGreetingMessage`
    pub message: Option<crate::enums::InputBusinessGreetingMessage>,
}

impl Identifiable for UpdateBusinessGreetingMessage {
    const CONSTRUCTOR_ID: u32 = 0x66cdafc4;
    const NAME: &'static str = "account.updateBusinessGreetingMessage";
}

impl Serialize for UpdateBusinessGreetingMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.message.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBusinessGreetingMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBusinessGreetingMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_message = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputBusinessGreetingMessage>::deserialize(r)?) } else { None };
        Ok(Self { message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBusinessGreetingMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `account.updateBusinessAwayMessage#a26a7fa5 flags:# message:flags.0?InputBusinessAwayMessage = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBusinessAwayMessage {
    /// `message:flags.0?InputBusinessAwayMessage`
    pub message: Option<crate::enums::InputBusinessAwayMessage>,
}

impl Identifiable for UpdateBusinessAwayMessage {
    const CONSTRUCTOR_ID: u32 = 0xa26a7fa5;
    const NAME: &'static str = "account.updateBusinessAwayMessage";
}

impl Serialize for UpdateBusinessAwayMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.message.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.message {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBusinessAwayMessage {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBusinessAwayMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_message = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputBusinessAwayMessage>::deserialize(r)?) } else { None };
        Ok(Self { message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBusinessAwayMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `account.updateConnectedBot#66a08c7e flags:# deleted:flags.1?true rights:flags.0?BusinessBotRights bot:InputUser recipients:InputBusinessBotRecipients = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateConnectedBot {
    /// `deleted:flags.1?true`
    pub deleted: bool,
    /// `rights:flags.0?BusinessBotRights`
    pub rights: Option<crate::enums::BusinessBotRights>,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
    /// `recipients:InputBusinessBotRecipients`
    pub recipients: crate::enums::InputBusinessBotRecipients,
}

impl Identifiable for UpdateConnectedBot {
    const CONSTRUCTOR_ID: u32 = 0x66a08c7e;
    const NAME: &'static str = "account.updateConnectedBot";
}

impl Serialize for UpdateConnectedBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.rights.is_some() { 1 << 0 } else { 0 }
            | if self.deleted { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.rights {
            (*v).serialize(buf);
        }
        self.bot.serialize(buf);
        self.recipients.serialize(buf);
    }
}

impl RemoteCall for UpdateConnectedBot {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateConnectedBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_deleted = fl_flags & (1 << 1) != 0;
        let f_rights = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::BusinessBotRights>::deserialize(r)?) } else { None };
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        let f_recipients = <crate::enums::InputBusinessBotRecipients>::deserialize(r)?;
        Ok(Self { deleted: f_deleted, rights: f_rights, bot: f_bot, recipients: f_recipients })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateConnectedBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("deleted");
        self.deleted.write_json(w);
        w.key("rights");
        self.rights.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("recipients");
        self.recipients.write_json(w);
        w.end_object();
    }
}

/// `account.getConnectedBots#4ea4c80f = account.ConnectedBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectedBots;

impl Identifiable for GetConnectedBots {
    const CONSTRUCTOR_ID: u32 = 0x4ea4c80f;
    const NAME: &'static str = "account.getConnectedBots";
}

impl Serialize for GetConnectedBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetConnectedBots {
    type Return = crate::enums::account::ConnectedBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetConnectedBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetConnectedBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.getBotBusinessConnection#76a86270 connection_id:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBotBusinessConnection {
    /// `connection_id:string`
    pub connection_id: mtrs_tl::TlString,
}

impl Identifiable for GetBotBusinessConnection {
    const CONSTRUCTOR_ID: u32 = 0x76a86270;
    const NAME: &'static str = "account.getBotBusinessConnection";
}

impl Serialize for GetBotBusinessConnection {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.connection_id.serialize(buf);
    }
}

impl RemoteCall for GetBotBusinessConnection {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBotBusinessConnection {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_connection_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { connection_id: f_connection_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBotBusinessConnection {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("connection_id");
        self.connection_id.write_json(w);
        w.end_object();
    }
}

/// `account.updateBusinessIntro#a614d034 flags:# intro:flags.0?InputBusinessIntro = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBusinessIntro {
    /// `intro:flags.0?InputBusinessIntro`
    pub intro: Option<crate::enums::InputBusinessIntro>,
}

impl Identifiable for UpdateBusinessIntro {
    const CONSTRUCTOR_ID: u32 = 0xa614d034;
    const NAME: &'static str = "account.updateBusinessIntro";
}

impl Serialize for UpdateBusinessIntro {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.intro.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.intro {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBusinessIntro {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBusinessIntro {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_intro = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputBusinessIntro>::deserialize(r)?) } else { None };
        Ok(Self { intro: f_intro })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBusinessIntro {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("intro");
        self.intro.write_json(w);
        w.end_object();
    }
}

/// `account.toggleConnectedBotPaused#646e1097 peer:InputPeer paused:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleConnectedBotPaused {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `paused:Bool`
    pub paused: bool,
}

impl Identifiable for ToggleConnectedBotPaused {
    const CONSTRUCTOR_ID: u32 = 0x646e1097;
    const NAME: &'static str = "account.toggleConnectedBotPaused";
}

impl Serialize for ToggleConnectedBotPaused {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.paused.serialize(buf);
    }
}

impl RemoteCall for ToggleConnectedBotPaused {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleConnectedBotPaused {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_paused = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, paused: f_paused })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleConnectedBotPaused {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("paused");
        self.paused.write_json(w);
        w.end_object();
    }
}

/// `account.disablePeerConnectedBot#5e437ed9 peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DisablePeerConnectedBot {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for DisablePeerConnectedBot {
    const CONSTRUCTOR_ID: u32 = 0x5e437ed9;
    const NAME: &'static str = "account.disablePeerConnectedBot";
}

impl Serialize for DisablePeerConnectedBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for DisablePeerConnectedBot {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DisablePeerConnectedBot {
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
impl ToJson for DisablePeerConnectedBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `account.updateBirthday#cc6e0c11 flags:# birthday:flags.0?Birthday = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateBirthday {
    /// `birthday:flags.0?Birthday`
    pub birthday: Option<crate::enums::Birthday>,
}

impl Identifiable for UpdateBirthday {
    const CONSTRUCTOR_ID: u32 = 0xcc6e0c11;
    const NAME: &'static str = "account.updateBirthday";
}

impl Serialize for UpdateBirthday {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.birthday.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.birthday {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateBirthday {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateBirthday {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_birthday = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::Birthday>::deserialize(r)?) } else { None };
        Ok(Self { birthday: f_birthday })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateBirthday {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("birthday");
        self.birthday.write_json(w);
        w.end_object();
    }
}

/// `account.createBusinessChatLink#8851e68e link:InputBusinessChatLink = BusinessChatLink`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateBusinessChatLink {
    /// `link:InputBusinessChatLink`
    pub link: crate::enums::InputBusinessChatLink,
}

impl Identifiable for CreateBusinessChatLink {
    const CONSTRUCTOR_ID: u32 = 0x8851e68e;
    const NAME: &'static str = "account.createBusinessChatLink";
}

impl Serialize for CreateBusinessChatLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.link.serialize(buf);
    }
}

impl RemoteCall for CreateBusinessChatLink {
    type Return = crate::enums::BusinessChatLink;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateBusinessChatLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_link = <crate::enums::InputBusinessChatLink>::deserialize(r)?;
        Ok(Self { link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateBusinessChatLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `account.editBusinessChatLink#8c3410af slug:string link:InputBusinessChatLink = BusinessChatLink`
#[derive(Debug, Clone, PartialEq)]
pub struct EditBusinessChatLink {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
    /// `link:InputBusinessChatLink`
    pub link: crate::enums::InputBusinessChatLink,
}

impl Identifiable for EditBusinessChatLink {
    const CONSTRUCTOR_ID: u32 = 0x8c3410af;
    const NAME: &'static str = "account.editBusinessChatLink";
}

impl Serialize for EditBusinessChatLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
        self.link.serialize(buf);
    }
}

impl RemoteCall for EditBusinessChatLink {
    type Return = crate::enums::BusinessChatLink;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditBusinessChatLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        let f_link = <crate::enums::InputBusinessChatLink>::deserialize(r)?;
        Ok(Self { slug: f_slug, link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditBusinessChatLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `account.deleteBusinessChatLink#60073674 slug:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteBusinessChatLink {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for DeleteBusinessChatLink {
    const CONSTRUCTOR_ID: u32 = 0x60073674;
    const NAME: &'static str = "account.deleteBusinessChatLink";
}

impl Serialize for DeleteBusinessChatLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for DeleteBusinessChatLink {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteBusinessChatLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteBusinessChatLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `account.getBusinessChatLinks#6f70dde1 = account.BusinessChatLinks`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBusinessChatLinks;

impl Identifiable for GetBusinessChatLinks {
    const CONSTRUCTOR_ID: u32 = 0x6f70dde1;
    const NAME: &'static str = "account.getBusinessChatLinks";
}

impl Serialize for GetBusinessChatLinks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetBusinessChatLinks {
    type Return = crate::enums::account::BusinessChatLinks;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBusinessChatLinks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBusinessChatLinks {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.resolveBusinessChatLink#5492e5ee slug:string = account.ResolvedBusinessChatLinks`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolveBusinessChatLink {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for ResolveBusinessChatLink {
    const CONSTRUCTOR_ID: u32 = 0x5492e5ee;
    const NAME: &'static str = "account.resolveBusinessChatLink";
}

impl Serialize for ResolveBusinessChatLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for ResolveBusinessChatLink {
    type Return = crate::enums::account::ResolvedBusinessChatLinks;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResolveBusinessChatLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolveBusinessChatLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `account.updatePersonalChannel#d94305e0 channel:InputChannel = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdatePersonalChannel {
    /// `channel:InputChannel`
    pub channel: crate::enums::InputChannel,
}

impl Identifiable for UpdatePersonalChannel {
    const CONSTRUCTOR_ID: u32 = 0xd94305e0;
    const NAME: &'static str = "account.updatePersonalChannel";
}

impl Serialize for UpdatePersonalChannel {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.channel.serialize(buf);
    }
}

impl RemoteCall for UpdatePersonalChannel {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdatePersonalChannel {
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
impl ToJson for UpdatePersonalChannel {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("channel");
        self.channel.write_json(w);
        w.end_object();
    }
}

/// `account.toggleSponsoredMessages#b9d9a38d enabled:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleSponsoredMessages {
    /// `enabled:Bool`
    pub enabled: bool,
}

impl Identifiable for ToggleSponsoredMessages {
    const CONSTRUCTOR_ID: u32 = 0xb9d9a38d;
    const NAME: &'static str = "account.toggleSponsoredMessages";
}

impl Serialize for ToggleSponsoredMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.enabled.serialize(buf);
    }
}

impl RemoteCall for ToggleSponsoredMessages {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleSponsoredMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_enabled = <bool>::deserialize(r)?;
        Ok(Self { enabled: f_enabled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleSponsoredMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("enabled");
        self.enabled.write_json(w);
        w.end_object();
    }
}

/// `account.getReactionsNotifySettings#06dd654c = ReactionsNotifySettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetReactionsNotifySettings;

impl Identifiable for GetReactionsNotifySettings {
    const CONSTRUCTOR_ID: u32 = 0x06dd654c;
    const NAME: &'static str = "account.getReactionsNotifySettings";
}

impl Serialize for GetReactionsNotifySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetReactionsNotifySettings {
    type Return = crate::enums::ReactionsNotifySettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetReactionsNotifySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetReactionsNotifySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.setReactionsNotifySettings#316ce548 settings:ReactionsNotifySettings = ReactionsNotifySettings`
#[derive(Debug, Clone, PartialEq)]
pub struct SetReactionsNotifySettings {
    /// `settings:ReactionsNotifySettings`
    pub settings: crate::enums::ReactionsNotifySettings,
}

impl Identifiable for SetReactionsNotifySettings {
    const CONSTRUCTOR_ID: u32 = 0x316ce548;
    const NAME: &'static str = "account.setReactionsNotifySettings";
}

impl Serialize for SetReactionsNotifySettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SetReactionsNotifySettings {
    type Return = crate::enums::ReactionsNotifySettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetReactionsNotifySettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_settings = <crate::enums::ReactionsNotifySettings>::deserialize(r)?;
        Ok(Self { settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetReactionsNotifySettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `account.getCollectibleEmojiStatuses#2e7b4543 hash:long = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCollectibleEmojiStatuses {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetCollectibleEmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0x2e7b4543;
    const NAME: &'static str = "account.getCollectibleEmojiStatuses";
}

impl Serialize for GetCollectibleEmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetCollectibleEmojiStatuses {
    type Return = crate::enums::account::EmojiStatuses;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCollectibleEmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCollectibleEmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getPaidMessagesRevenue#19ba4a67 flags:# parent_peer:flags.0?InputPeer user_id:InputUser = account.PaidMessagesRevenue`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaidMessagesRevenue {
    /// `parent_peer:flags.0?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for GetPaidMessagesRevenue {
    const CONSTRUCTOR_ID: u32 = 0x19ba4a67;
    const NAME: &'static str = "account.getPaidMessagesRevenue";
}

impl Serialize for GetPaidMessagesRevenue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.parent_peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for GetPaidMessagesRevenue {
    type Return = crate::enums::account::PaidMessagesRevenue;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPaidMessagesRevenue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parent_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { parent_peer: f_parent_peer, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPaidMessagesRevenue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `account.toggleNoPaidMessagesException#fe2eda76 flags:# refund_charged:flags.0?true require_payment:flags.2?true parent_peer:flags.1?InputPeer user_id:InputUser = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleNoPaidMessagesException {
    /// `refund_charged:flags.0?true`
    pub refund_charged: bool,
    /// `require_payment:flags.2?true`
    pub require_payment: bool,
    /// `parent_peer:flags.1?InputPeer`
    pub parent_peer: Option<crate::enums::InputPeer>,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
}

impl Identifiable for ToggleNoPaidMessagesException {
    const CONSTRUCTOR_ID: u32 = 0xfe2eda76;
    const NAME: &'static str = "account.toggleNoPaidMessagesException";
}

impl Serialize for ToggleNoPaidMessagesException {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.refund_charged { 1 << 0 } else { 0 }
            | if self.parent_peer.is_some() { 1 << 1 } else { 0 }
            | if self.require_payment { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.parent_peer {
            (*v).serialize(buf);
        }
        self.user_id.serialize(buf);
    }
}

impl RemoteCall for ToggleNoPaidMessagesException {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleNoPaidMessagesException {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_refund_charged = fl_flags & (1 << 0) != 0;
        let f_require_payment = fl_flags & (1 << 2) != 0;
        let f_parent_peer = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { refund_charged: f_refund_charged, require_payment: f_require_payment, parent_peer: f_parent_peer, user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleNoPaidMessagesException {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("refund_charged");
        self.refund_charged.write_json(w);
        w.key("require_payment");
        self.require_payment.write_json(w);
        w.key("parent_peer");
        self.parent_peer.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `account.setMainProfileTab#5dee78b0 tab:ProfileTab = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetMainProfileTab {
    /// `tab:ProfileTab`
    pub tab: crate::enums::ProfileTab,
}

impl Identifiable for SetMainProfileTab {
    const CONSTRUCTOR_ID: u32 = 0x5dee78b0;
    const NAME: &'static str = "account.setMainProfileTab";
}

impl Serialize for SetMainProfileTab {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
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
        let f_tab = <crate::enums::ProfileTab>::deserialize(r)?;
        Ok(Self { tab: f_tab })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetMainProfileTab {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tab");
        self.tab.write_json(w);
        w.end_object();
    }
}

/// `account.saveMusic#b26732a9 flags:# unsave:flags.0?true id:InputDocument after_id:flags.1?InputDocument = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveMusic {
    /// `unsave:flags.0?true`
    pub unsave: bool,
    /// `id:InputDocument`
    pub id: crate::enums::InputDocument,
    /// `after_id:flags.1?InputDocument`
    pub after_id: Option<crate::enums::InputDocument>,
}

impl Identifiable for SaveMusic {
    const CONSTRUCTOR_ID: u32 = 0xb26732a9;
    const NAME: &'static str = "account.saveMusic";
}

impl Serialize for SaveMusic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.unsave { 1 << 0 } else { 0 }
            | if self.after_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.after_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SaveMusic {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveMusic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_unsave = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::InputDocument>::deserialize(r)?;
        let f_after_id = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        Ok(Self { unsave: f_unsave, id: f_id, after_id: f_after_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveMusic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("unsave");
        self.unsave.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("after_id");
        self.after_id.write_json(w);
        w.end_object();
    }
}

/// `account.getSavedMusicIds#e09d5faf hash:long = account.SavedMusicIds`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedMusicIds {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedMusicIds {
    const CONSTRUCTOR_ID: u32 = 0xe09d5faf;
    const NAME: &'static str = "account.getSavedMusicIds";
}

impl Serialize for GetSavedMusicIds {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedMusicIds {
    type Return = crate::enums::account::SavedMusicIds;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedMusicIds {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedMusicIds {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.getUniqueGiftChatThemes#e42ce9c9 offset:string limit:int hash:long = account.ChatThemes`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUniqueGiftChatThemes {
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetUniqueGiftChatThemes {
    const CONSTRUCTOR_ID: u32 = 0xe42ce9c9;
    const NAME: &'static str = "account.getUniqueGiftChatThemes";
}

impl Serialize for GetUniqueGiftChatThemes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetUniqueGiftChatThemes {
    type Return = crate::enums::account::ChatThemes;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUniqueGiftChatThemes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUniqueGiftChatThemes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.initPasskeyRegistration#429547e8 = account.PasskeyRegistrationOptions`
#[derive(Debug, Clone, PartialEq)]
pub struct InitPasskeyRegistration;

impl Identifiable for InitPasskeyRegistration {
    const CONSTRUCTOR_ID: u32 = 0x429547e8;
    const NAME: &'static str = "account.initPasskeyRegistration";
}

impl Serialize for InitPasskeyRegistration {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for InitPasskeyRegistration {
    type Return = crate::enums::account::PasskeyRegistrationOptions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InitPasskeyRegistration {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for InitPasskeyRegistration {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.registerPasskey#55b41fd6 credential:InputPasskeyCredential = Passkey`
#[derive(Debug, Clone, PartialEq)]
pub struct RegisterPasskey {
    /// `credential:InputPasskeyCredential`
    pub credential: crate::enums::InputPasskeyCredential,
}

impl Identifiable for RegisterPasskey {
    const CONSTRUCTOR_ID: u32 = 0x55b41fd6;
    const NAME: &'static str = "account.registerPasskey";
}

impl Serialize for RegisterPasskey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.credential.serialize(buf);
    }
}

impl RemoteCall for RegisterPasskey {
    type Return = crate::enums::Passkey;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RegisterPasskey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_credential = <crate::enums::InputPasskeyCredential>::deserialize(r)?;
        Ok(Self { credential: f_credential })
    }
}

#[cfg(feature = "json")]
impl ToJson for RegisterPasskey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("credential");
        self.credential.write_json(w);
        w.end_object();
    }
}

/// `account.getPasskeys#ea1f0c52 = account.Passkeys`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPasskeys;

impl Identifiable for GetPasskeys {
    const CONSTRUCTOR_ID: u32 = 0xea1f0c52;
    const NAME: &'static str = "account.getPasskeys";
}

impl Serialize for GetPasskeys {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetPasskeys {
    type Return = crate::enums::account::Passkeys;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPasskeys {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPasskeys {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `account.deletePasskey#f5b5563f id:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePasskey {
    /// `id:string`
    pub id: mtrs_tl::TlString,
}

impl Identifiable for DeletePasskey {
    const CONSTRUCTOR_ID: u32 = 0xf5b5563f;
    const NAME: &'static str = "account.deletePasskey";
}

impl Serialize for DeletePasskey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeletePasskey {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeletePasskey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeletePasskey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `account.confirmBotConnection#67ed1f68 bot_id:InputUser = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmBotConnection {
    /// `bot_id:InputUser`
    pub bot_id: crate::enums::InputUser,
}

impl Identifiable for ConfirmBotConnection {
    const CONSTRUCTOR_ID: u32 = 0x67ed1f68;
    const NAME: &'static str = "account.confirmBotConnection";
}

impl Serialize for ConfirmBotConnection {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.bot_id.serialize(buf);
    }
}

impl RemoteCall for ConfirmBotConnection {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConfirmBotConnection {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_bot_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { bot_id: f_bot_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConfirmBotConnection {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.end_object();
    }
}

/// `account.getWebBrowserSettings#56655768 hash:long = account.WebBrowserSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebBrowserSettings {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetWebBrowserSettings {
    const CONSTRUCTOR_ID: u32 = 0x56655768;
    const NAME: &'static str = "account.getWebBrowserSettings";
}

impl Serialize for GetWebBrowserSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetWebBrowserSettings {
    type Return = crate::enums::account::WebBrowserSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWebBrowserSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWebBrowserSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `account.updateWebBrowserSettings#9adf82fe flags:# open_external_browser:flags.0?true display_close_button:flags.1?true = account.WebBrowserSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateWebBrowserSettings {
    /// `open_external_browser:flags.0?true`
    pub open_external_browser: bool,
    /// `display_close_button:flags.1?true`
    pub display_close_button: bool,
}

impl Identifiable for UpdateWebBrowserSettings {
    const CONSTRUCTOR_ID: u32 = 0x9adf82fe;
    const NAME: &'static str = "account.updateWebBrowserSettings";
}

impl Serialize for UpdateWebBrowserSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.open_external_browser { 1 << 0 } else { 0 }
            | if self.display_close_button { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for UpdateWebBrowserSettings {
    type Return = crate::enums::account::WebBrowserSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateWebBrowserSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_open_external_browser = fl_flags & (1 << 0) != 0;
        let f_display_close_button = fl_flags & (1 << 1) != 0;
        Ok(Self { open_external_browser: f_open_external_browser, display_close_button: f_display_close_button })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateWebBrowserSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("open_external_browser");
        self.open_external_browser.write_json(w);
        w.key("display_close_button");
        self.display_close_button.write_json(w);
        w.end_object();
    }
}

/// `account.toggleWebBrowserSettingsException#60ed4229 flags:# delete:flags.1?true open_external_browser:flags.0?Bool url:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleWebBrowserSettingsException {
    /// `delete:flags.1?true`
    pub delete: bool,
    /// `open_external_browser:flags.0?Bool`
    pub open_external_browser: Option<bool>,
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for ToggleWebBrowserSettingsException {
    const CONSTRUCTOR_ID: u32 = 0x60ed4229;
    const NAME: &'static str = "account.toggleWebBrowserSettingsException";
}

impl Serialize for ToggleWebBrowserSettingsException {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.open_external_browser.is_some() { 1 << 0 } else { 0 }
            | if self.delete { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.open_external_browser {
            (*v).serialize(buf);
        }
        self.url.serialize(buf);
    }
}

impl RemoteCall for ToggleWebBrowserSettingsException {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleWebBrowserSettingsException {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_delete = fl_flags & (1 << 1) != 0;
        let f_open_external_browser = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { delete: f_delete, open_external_browser: f_open_external_browser, url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleWebBrowserSettingsException {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("delete");
        self.delete.write_json(w);
        w.key("open_external_browser");
        self.open_external_browser.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

/// `account.deleteWebBrowserSettingsExceptions#86a0765d = account.WebBrowserSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWebBrowserSettingsExceptions;

impl Identifiable for DeleteWebBrowserSettingsExceptions {
    const CONSTRUCTOR_ID: u32 = 0x86a0765d;
    const NAME: &'static str = "account.deleteWebBrowserSettingsExceptions";
}

impl Serialize for DeleteWebBrowserSettingsExceptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for DeleteWebBrowserSettingsExceptions {
    type Return = crate::enums::account::WebBrowserSettings;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteWebBrowserSettingsExceptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteWebBrowserSettingsExceptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}
