// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `auth` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `auth.sendCode#a677244f phone_number:string api_id:int api_hash:string settings:CodeSettings = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SendCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
    /// `settings:CodeSettings`
    pub settings: crate::enums::CodeSettings,
}

impl Identifiable for SendCode {
    const CONSTRUCTOR_ID: u32 = 0xa677244f;
    const NAME: &'static str = "auth.sendCode";
}

impl Serialize for SendCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
        self.settings.serialize(buf);
    }
}

impl RemoteCall for SendCode {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_settings = <crate::enums::CodeSettings>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, api_id: f_api_id, api_hash: f_api_hash, settings: f_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.key("settings");
        self.settings.write_json(w);
        w.end_object();
    }
}

/// `auth.signUp#aac7b717 flags:# no_joined_notifications:flags.0?true phone_number:string phone_code_hash:string first_name:string last_name:string = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct SignUp {
    /// `no_joined_notifications:flags.0?true`
    pub no_joined_notifications: bool,
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `first_name:string`
    pub first_name: mtrs_tl::TlString,
    /// `last_name:string`
    pub last_name: mtrs_tl::TlString,
}

impl Identifiable for SignUp {
    const CONSTRUCTOR_ID: u32 = 0xaac7b717;
    const NAME: &'static str = "auth.signUp";
}

impl Serialize for SignUp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_joined_notifications { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.first_name.serialize(buf);
        self.last_name.serialize(buf);
    }
}

impl RemoteCall for SignUp {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SignUp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_no_joined_notifications = fl_flags & (1 << 0) != 0;
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_first_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_last_name = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { no_joined_notifications: f_no_joined_notifications, phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, first_name: f_first_name, last_name: f_last_name })
    }
}

#[cfg(feature = "json")]
impl ToJson for SignUp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_joined_notifications");
        self.no_joined_notifications.write_json(w);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("first_name");
        self.first_name.write_json(w);
        w.key("last_name");
        self.last_name.write_json(w);
        w.end_object();
    }
}

/// `auth.signIn#8d52a951 flags:# phone_number:string phone_code_hash:string phone_code:flags.0?string email_verification:flags.1?EmailVerification = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct SignIn {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `phone_code:flags.0?string`
    pub phone_code: Option<mtrs_tl::TlString>,
    /// `email_verification:flags.1?EmailVerification`
    pub email_verification: Option<crate::enums::EmailVerification>,
}

impl Identifiable for SignIn {
    const CONSTRUCTOR_ID: u32 = 0x8d52a951;
    const NAME: &'static str = "auth.signIn";
}

impl Serialize for SignIn {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.phone_code.is_some() { 1 << 0 } else { 0 }
            | if self.email_verification.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        if let Some(v) = &self.phone_code {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.email_verification {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SignIn {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SignIn {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_email_verification = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::EmailVerification>::deserialize(r)?) } else { None };
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, phone_code: f_phone_code, email_verification: f_email_verification })
    }
}

#[cfg(feature = "json")]
impl ToJson for SignIn {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("phone_code");
        self.phone_code.write_json(w);
        w.key("email_verification");
        self.email_verification.write_json(w);
        w.end_object();
    }
}

/// `auth.logOut#3e72ba19 = auth.LoggedOut`
#[derive(Debug, Clone, PartialEq)]
pub struct LogOut;

impl Identifiable for LogOut {
    const CONSTRUCTOR_ID: u32 = 0x3e72ba19;
    const NAME: &'static str = "auth.logOut";
}

impl Serialize for LogOut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for LogOut {
    type Return = crate::enums::auth::LoggedOut;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LogOut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for LogOut {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `auth.resetAuthorizations#9fab0d1a = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetAuthorizations;

impl Identifiable for ResetAuthorizations {
    const CONSTRUCTOR_ID: u32 = 0x9fab0d1a;
    const NAME: &'static str = "auth.resetAuthorizations";
}

impl Serialize for ResetAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for ResetAuthorizations {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `auth.exportAuthorization#e5bfffcd dc_id:int = auth.ExportedAuthorization`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportAuthorization {
    /// `dc_id:int`
    pub dc_id: i32,
}

impl Identifiable for ExportAuthorization {
    const CONSTRUCTOR_ID: u32 = 0xe5bfffcd;
    const NAME: &'static str = "auth.exportAuthorization";
}

impl Serialize for ExportAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.dc_id.serialize(buf);
    }
}

impl RemoteCall for ExportAuthorization {
    type Return = crate::enums::auth::ExportedAuthorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_dc_id = <i32>::deserialize(r)?;
        Ok(Self { dc_id: f_dc_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dc_id");
        self.dc_id.write_json(w);
        w.end_object();
    }
}

/// `auth.importAuthorization#a57a7dad id:long bytes:bytes = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportAuthorization {
    /// `id:long`
    pub id: i64,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for ImportAuthorization {
    const CONSTRUCTOR_ID: u32 = 0xa57a7dad;
    const NAME: &'static str = "auth.importAuthorization";
}

impl Serialize for ImportAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl RemoteCall for ImportAuthorization {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <i64>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { id: f_id, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

/// `auth.bindTempAuthKey#cdd42a05 perm_auth_key_id:long nonce:long expires_at:int encrypted_message:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct BindTempAuthKey {
    /// `perm_auth_key_id:long`
    pub perm_auth_key_id: i64,
    /// `nonce:long`
    pub nonce: i64,
    /// `expires_at:int`
    pub expires_at: i32,
    /// `encrypted_message:bytes`
    pub encrypted_message: Vec<u8>,
}

impl Identifiable for BindTempAuthKey {
    const CONSTRUCTOR_ID: u32 = 0xcdd42a05;
    const NAME: &'static str = "auth.bindTempAuthKey";
}

impl Serialize for BindTempAuthKey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.perm_auth_key_id.serialize(buf);
        self.nonce.serialize(buf);
        self.expires_at.serialize(buf);
        self.encrypted_message.serialize(buf);
    }
}

impl RemoteCall for BindTempAuthKey {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for BindTempAuthKey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_perm_auth_key_id = <i64>::deserialize(r)?;
        let f_nonce = <i64>::deserialize(r)?;
        let f_expires_at = <i32>::deserialize(r)?;
        let f_encrypted_message = <Vec<u8>>::deserialize(r)?;
        Ok(Self { perm_auth_key_id: f_perm_auth_key_id, nonce: f_nonce, expires_at: f_expires_at, encrypted_message: f_encrypted_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for BindTempAuthKey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("perm_auth_key_id");
        self.perm_auth_key_id.write_json(w);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("expires_at");
        self.expires_at.write_json(w);
        w.key("encrypted_message");
        self.encrypted_message.write_json(w);
        w.end_object();
    }
}

/// `auth.importBotAuthorization#67a3ff2c flags:int api_id:int api_hash:string bot_auth_token:string = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportBotAuthorization {
    /// `flags:int`
    pub flags: i32,
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
    /// `bot_auth_token:string`
    pub bot_auth_token: mtrs_tl::TlString,
}

impl Identifiable for ImportBotAuthorization {
    const CONSTRUCTOR_ID: u32 = 0x67a3ff2c;
    const NAME: &'static str = "auth.importBotAuthorization";
}

impl Serialize for ImportBotAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.flags.serialize(buf);
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
        self.bot_auth_token.serialize(buf);
    }
}

impl RemoteCall for ImportBotAuthorization {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportBotAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_flags = <i32>::deserialize(r)?;
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_bot_auth_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { flags: f_flags, api_id: f_api_id, api_hash: f_api_hash, bot_auth_token: f_bot_auth_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportBotAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("flags");
        self.flags.write_json(w);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.key("bot_auth_token");
        self.bot_auth_token.write_json(w);
        w.end_object();
    }
}

/// `auth.checkPassword#d18b4d16 password:InputCheckPasswordSRP = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckPassword {
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
}

impl Identifiable for CheckPassword {
    const CONSTRUCTOR_ID: u32 = 0xd18b4d16;
    const NAME: &'static str = "auth.checkPassword";
}

impl Serialize for CheckPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.password.serialize(buf);
    }
}

impl RemoteCall for CheckPassword {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckPassword {
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
impl ToJson for CheckPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `auth.requestPasswordRecovery#d897bc66 = auth.PasswordRecovery`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestPasswordRecovery;

impl Identifiable for RequestPasswordRecovery {
    const CONSTRUCTOR_ID: u32 = 0xd897bc66;
    const NAME: &'static str = "auth.requestPasswordRecovery";
}

impl Serialize for RequestPasswordRecovery {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for RequestPasswordRecovery {
    type Return = crate::enums::auth::PasswordRecovery;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestPasswordRecovery {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestPasswordRecovery {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `auth.recoverPassword#37096c70 flags:# code:string new_settings:flags.0?account.PasswordInputSettings = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct RecoverPassword {
    /// `code:string`
    pub code: mtrs_tl::TlString,
    /// `new_settings:flags.0?account.PasswordInputSettings`
    pub new_settings: Option<crate::enums::account::PasswordInputSettings>,
}

impl Identifiable for RecoverPassword {
    const CONSTRUCTOR_ID: u32 = 0x37096c70;
    const NAME: &'static str = "auth.recoverPassword";
}

impl Serialize for RecoverPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.new_settings.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.code.serialize(buf);
        if let Some(v) = &self.new_settings {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for RecoverPassword {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RecoverPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_new_settings = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::account::PasswordInputSettings>::deserialize(r)?) } else { None };
        Ok(Self { code: f_code, new_settings: f_new_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for RecoverPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("code");
        self.code.write_json(w);
        w.key("new_settings");
        self.new_settings.write_json(w);
        w.end_object();
    }
}

/// `auth.resendCode#cae47523 flags:# phone_number:string phone_code_hash:string reason:flags.0?string = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct ResendCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `reason:flags.0?string`
    pub reason: Option<mtrs_tl::TlString>,
}

impl Identifiable for ResendCode {
    const CONSTRUCTOR_ID: u32 = 0xcae47523;
    const NAME: &'static str = "auth.resendCode";
}

impl Serialize for ResendCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reason.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        if let Some(v) = &self.reason {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ResendCode {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResendCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_reason = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, reason: f_reason })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResendCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("reason");
        self.reason.write_json(w);
        w.end_object();
    }
}

/// `auth.cancelCode#1f040578 phone_number:string phone_code_hash:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CancelCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
}

impl Identifiable for CancelCode {
    const CONSTRUCTOR_ID: u32 = 0x1f040578;
    const NAME: &'static str = "auth.cancelCode";
}

impl Serialize for CancelCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
    }
}

impl RemoteCall for CancelCode {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CancelCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for CancelCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.end_object();
    }
}

/// `auth.dropTempAuthKeys#8e48a188 except_auth_keys:Vector<long> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DropTempAuthKeys {
    /// `except_auth_keys:Vector<long>`
    pub except_auth_keys: Vec<i64>,
}

impl Identifiable for DropTempAuthKeys {
    const CONSTRUCTOR_ID: u32 = 0x8e48a188;
    const NAME: &'static str = "auth.dropTempAuthKeys";
}

impl Serialize for DropTempAuthKeys {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.except_auth_keys.serialize(buf);
    }
}

impl RemoteCall for DropTempAuthKeys {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DropTempAuthKeys {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_except_auth_keys = <Vec<i64>>::deserialize(r)?;
        Ok(Self { except_auth_keys: f_except_auth_keys })
    }
}

#[cfg(feature = "json")]
impl ToJson for DropTempAuthKeys {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("except_auth_keys");
        self.except_auth_keys.write_json(w);
        w.end_object();
    }
}

/// `auth.exportLoginToken#b7e085fe api_id:int api_hash:string except_ids:Vector<long> = auth.LoginToken`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportLoginToken {
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
    /// `except_ids:Vector<long>`
    pub except_ids: Vec<i64>,
}

impl Identifiable for ExportLoginToken {
    const CONSTRUCTOR_ID: u32 = 0xb7e085fe;
    const NAME: &'static str = "auth.exportLoginToken";
}

impl Serialize for ExportLoginToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
        self.except_ids.serialize(buf);
    }
}

impl RemoteCall for ExportLoginToken {
    type Return = crate::enums::auth::LoginToken;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportLoginToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_except_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { api_id: f_api_id, api_hash: f_api_hash, except_ids: f_except_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportLoginToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.key("except_ids");
        self.except_ids.write_json(w);
        w.end_object();
    }
}

/// `auth.importLoginToken#95ac5ce4 token:bytes = auth.LoginToken`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportLoginToken {
    /// `token:bytes`
    pub token: Vec<u8>,
}

impl Identifiable for ImportLoginToken {
    const CONSTRUCTOR_ID: u32 = 0x95ac5ce4;
    const NAME: &'static str = "auth.importLoginToken";
}

impl Serialize for ImportLoginToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token.serialize(buf);
    }
}

impl RemoteCall for ImportLoginToken {
    type Return = crate::enums::auth::LoginToken;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportLoginToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportLoginToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

/// `auth.acceptLoginToken#e894ad4d token:bytes = Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct AcceptLoginToken {
    /// `token:bytes`
    pub token: Vec<u8>,
}

impl Identifiable for AcceptLoginToken {
    const CONSTRUCTOR_ID: u32 = 0xe894ad4d;
    const NAME: &'static str = "auth.acceptLoginToken";
}

impl Serialize for AcceptLoginToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token.serialize(buf);
    }
}

impl RemoteCall for AcceptLoginToken {
    type Return = crate::enums::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AcceptLoginToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for AcceptLoginToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

/// `auth.checkRecoveryPassword#0d36bf79 code:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckRecoveryPassword {
    /// `code:string`
    pub code: mtrs_tl::TlString,
}

impl Identifiable for CheckRecoveryPassword {
    const CONSTRUCTOR_ID: u32 = 0x0d36bf79;
    const NAME: &'static str = "auth.checkRecoveryPassword";
}

impl Serialize for CheckRecoveryPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.code.serialize(buf);
    }
}

impl RemoteCall for CheckRecoveryPassword {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckRecoveryPassword {
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
impl ToJson for CheckRecoveryPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("code");
        self.code.write_json(w);
        w.end_object();
    }
}

/// `auth.importWebTokenAuthorization#2db873a9 api_id:int api_hash:string web_auth_token:string = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportWebTokenAuthorization {
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
    /// `web_auth_token:string`
    pub web_auth_token: mtrs_tl::TlString,
}

impl Identifiable for ImportWebTokenAuthorization {
    const CONSTRUCTOR_ID: u32 = 0x2db873a9;
    const NAME: &'static str = "auth.importWebTokenAuthorization";
}

impl Serialize for ImportWebTokenAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
        self.web_auth_token.serialize(buf);
    }
}

impl RemoteCall for ImportWebTokenAuthorization {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ImportWebTokenAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_web_auth_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { api_id: f_api_id, api_hash: f_api_hash, web_auth_token: f_web_auth_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportWebTokenAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.key("web_auth_token");
        self.web_auth_token.write_json(w);
        w.end_object();
    }
}

/// `auth.requestFirebaseSms#8e39261e flags:# phone_number:string phone_code_hash:string safety_net_token:flags.0?string play_integrity_token:flags.2?string ios_push_secret:flags.1?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestFirebaseSms {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `safety_net_token:flags.0?string`
    pub safety_net_token: Option<mtrs_tl::TlString>,
    /// `play_integrity_token:flags.2?string`
    pub play_integrity_token: Option<mtrs_tl::TlString>,
    /// `ios_push_secret:flags.1?string`
    pub ios_push_secret: Option<mtrs_tl::TlString>,
}

impl Identifiable for RequestFirebaseSms {
    const CONSTRUCTOR_ID: u32 = 0x8e39261e;
    const NAME: &'static str = "auth.requestFirebaseSms";
}

impl Serialize for RequestFirebaseSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.safety_net_token.is_some() { 1 << 0 } else { 0 }
            | if self.ios_push_secret.is_some() { 1 << 1 } else { 0 }
            | if self.play_integrity_token.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        if let Some(v) = &self.safety_net_token {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.play_integrity_token {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.ios_push_secret {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for RequestFirebaseSms {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RequestFirebaseSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_safety_net_token = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_play_integrity_token = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_ios_push_secret = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, safety_net_token: f_safety_net_token, play_integrity_token: f_play_integrity_token, ios_push_secret: f_ios_push_secret })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestFirebaseSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("safety_net_token");
        self.safety_net_token.write_json(w);
        w.key("play_integrity_token");
        self.play_integrity_token.write_json(w);
        w.key("ios_push_secret");
        self.ios_push_secret.write_json(w);
        w.end_object();
    }
}

/// `auth.resetLoginEmail#7e960193 phone_number:string phone_code_hash:string = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetLoginEmail {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
}

impl Identifiable for ResetLoginEmail {
    const CONSTRUCTOR_ID: u32 = 0x7e960193;
    const NAME: &'static str = "auth.resetLoginEmail";
}

impl Serialize for ResetLoginEmail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
    }
}

impl RemoteCall for ResetLoginEmail {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResetLoginEmail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetLoginEmail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.end_object();
    }
}

/// `auth.reportMissingCode#cb9deff6 phone_number:string phone_code_hash:string mnc:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMissingCode {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `mnc:string`
    pub mnc: mtrs_tl::TlString,
}

impl Identifiable for ReportMissingCode {
    const CONSTRUCTOR_ID: u32 = 0xcb9deff6;
    const NAME: &'static str = "auth.reportMissingCode";
}

impl Serialize for ReportMissingCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.mnc.serialize(buf);
    }
}

impl RemoteCall for ReportMissingCode {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReportMissingCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_mnc = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, mnc: f_mnc })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReportMissingCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("mnc");
        self.mnc.write_json(w);
        w.end_object();
    }
}

/// `auth.checkPaidAuth#56e59f9c phone_number:string phone_code_hash:string form_id:long = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckPaidAuth {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `form_id:long`
    pub form_id: i64,
}

impl Identifiable for CheckPaidAuth {
    const CONSTRUCTOR_ID: u32 = 0x56e59f9c;
    const NAME: &'static str = "auth.checkPaidAuth";
}

impl Serialize for CheckPaidAuth {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.phone_number.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.form_id.serialize(buf);
    }
}

impl RemoteCall for CheckPaidAuth {
    type Return = crate::enums::auth::SentCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckPaidAuth {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_form_id = <i64>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, phone_code_hash: f_phone_code_hash, form_id: f_form_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckPaidAuth {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("form_id");
        self.form_id.write_json(w);
        w.end_object();
    }
}

/// `auth.initPasskeyLogin#518ad0b7 api_id:int api_hash:string = auth.PasskeyLoginOptions`
#[derive(Debug, Clone, PartialEq)]
pub struct InitPasskeyLogin {
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
}

impl Identifiable for InitPasskeyLogin {
    const CONSTRUCTOR_ID: u32 = 0x518ad0b7;
    const NAME: &'static str = "auth.initPasskeyLogin";
}

impl Serialize for InitPasskeyLogin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
    }
}

impl RemoteCall for InitPasskeyLogin {
    type Return = crate::enums::auth::PasskeyLoginOptions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InitPasskeyLogin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { api_id: f_api_id, api_hash: f_api_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for InitPasskeyLogin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.end_object();
    }
}

/// `auth.finishPasskeyLogin#9857ad07 flags:# credential:InputPasskeyCredential from_dc_id:flags.0?int from_auth_key_id:flags.0?long = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct FinishPasskeyLogin {
    /// `credential:InputPasskeyCredential`
    pub credential: crate::enums::InputPasskeyCredential,
    /// `from_dc_id:flags.0?int`
    pub from_dc_id: Option<i32>,
    /// `from_auth_key_id:flags.0?long`
    pub from_auth_key_id: Option<i64>,
}

impl Identifiable for FinishPasskeyLogin {
    const CONSTRUCTOR_ID: u32 = 0x9857ad07;
    const NAME: &'static str = "auth.finishPasskeyLogin";
}

impl Serialize for FinishPasskeyLogin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.from_dc_id.is_some() || self.from_auth_key_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.credential.serialize(buf);
        if fl_flags & (1 << 0) != 0 {
            match &self.from_dc_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.from_auth_key_id {
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

impl RemoteCall for FinishPasskeyLogin {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FinishPasskeyLogin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_credential = <crate::enums::InputPasskeyCredential>::deserialize(r)?;
        let f_from_dc_id = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_from_auth_key_id = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { credential: f_credential, from_dc_id: f_from_dc_id, from_auth_key_id: f_from_auth_key_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for FinishPasskeyLogin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("credential");
        self.credential.write_json(w);
        w.key("from_dc_id");
        self.from_dc_id.write_json(w);
        w.key("from_auth_key_id");
        self.from_auth_key_id.write_json(w);
        w.end_object();
    }
}

/// `auth.cancelWebTokenAuthorization#490dada1 web_auth_token:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CancelWebTokenAuthorization {
    /// `web_auth_token:string`
    pub web_auth_token: mtrs_tl::TlString,
}

impl Identifiable for CancelWebTokenAuthorization {
    const CONSTRUCTOR_ID: u32 = 0x490dada1;
    const NAME: &'static str = "auth.cancelWebTokenAuthorization";
}

impl Serialize for CancelWebTokenAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.web_auth_token.serialize(buf);
    }
}

impl RemoteCall for CancelWebTokenAuthorization {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CancelWebTokenAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_web_auth_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { web_auth_token: f_web_auth_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for CancelWebTokenAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("web_auth_token");
        self.web_auth_token.write_json(w);
        w.end_object();
    }
}

/// `auth.initFirebasePnvLogin#644f15c0 flags:# except_ids:flags.0?Vector<long> api_id:int api_hash:string = auth.FirebasePnvIntent`
#[derive(Debug, Clone, PartialEq)]
pub struct InitFirebasePnvLogin {
    /// `except_ids:flags.0?Vector<long>`
    pub except_ids: Option<Vec<i64>>,
    /// `api_id:int`
    pub api_id: i32,
    /// `api_hash:string`
    pub api_hash: mtrs_tl::TlString,
}

impl Identifiable for InitFirebasePnvLogin {
    const CONSTRUCTOR_ID: u32 = 0x644f15c0;
    const NAME: &'static str = "auth.initFirebasePnvLogin";
}

impl Serialize for InitFirebasePnvLogin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.except_ids.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.except_ids {
            (*v).serialize(buf);
        }
        self.api_id.serialize(buf);
        self.api_hash.serialize(buf);
    }
}

impl RemoteCall for InitFirebasePnvLogin {
    type Return = crate::enums::auth::FirebasePnvIntent;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for InitFirebasePnvLogin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_except_ids = if fl_flags & (1 << 0) != 0 { Some(<Vec<i64>>::deserialize(r)?) } else { None };
        let f_api_id = <i32>::deserialize(r)?;
        let f_api_hash = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { except_ids: f_except_ids, api_id: f_api_id, api_hash: f_api_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for InitFirebasePnvLogin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("except_ids");
        self.except_ids.write_json(w);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("api_hash");
        self.api_hash.write_json(w);
        w.end_object();
    }
}

/// `auth.finishFirebasePnvLogin#2c85094c google_token:string = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct FinishFirebasePnvLogin {
    /// `google_token:string`
    pub google_token: mtrs_tl::TlString,
}

impl Identifiable for FinishFirebasePnvLogin {
    const CONSTRUCTOR_ID: u32 = 0x2c85094c;
    const NAME: &'static str = "auth.finishFirebasePnvLogin";
}

impl Serialize for FinishFirebasePnvLogin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.google_token.serialize(buf);
    }
}

impl RemoteCall for FinishFirebasePnvLogin {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FinishFirebasePnvLogin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_google_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { google_token: f_google_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for FinishFirebasePnvLogin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("google_token");
        self.google_token.write_json(w);
        w.end_object();
    }
}

/// `auth.firebasePnvSignUp#783f6b56 flags:# no_joined_notifications:flags.0?true first_name:string last_name:string = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct FirebasePnvSignUp {
    /// `no_joined_notifications:flags.0?true`
    pub no_joined_notifications: bool,
    /// `first_name:string`
    pub first_name: mtrs_tl::TlString,
    /// `last_name:string`
    pub last_name: mtrs_tl::TlString,
}

impl Identifiable for FirebasePnvSignUp {
    const CONSTRUCTOR_ID: u32 = 0x783f6b56;
    const NAME: &'static str = "auth.firebasePnvSignUp";
}

impl Serialize for FirebasePnvSignUp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.no_joined_notifications { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.first_name.serialize(buf);
        self.last_name.serialize(buf);
    }
}

impl RemoteCall for FirebasePnvSignUp {
    type Return = crate::enums::auth::Authorization;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FirebasePnvSignUp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_no_joined_notifications = fl_flags & (1 << 0) != 0;
        let f_first_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_last_name = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { no_joined_notifications: f_no_joined_notifications, first_name: f_first_name, last_name: f_last_name })
    }
}

#[cfg(feature = "json")]
impl ToJson for FirebasePnvSignUp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("no_joined_notifications");
        self.no_joined_notifications.write_json(w);
        w.key("first_name");
        self.first_name.write_json(w);
        w.key("last_name");
        self.last_name.write_json(w);
        w.end_object();
    }
}
