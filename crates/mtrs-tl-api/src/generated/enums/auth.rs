// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `auth` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `auth.Authorization`: `auth.authorization`, `auth.authorizationSignUpRequired`.
#[derive(Debug, Clone, PartialEq)]
pub enum Authorization {
    /// `auth.authorization#2ea2c0d4`
    Authorization(crate::types::auth::Authorization),
    /// `auth.authorizationSignUpRequired#44747e9a`
    AuthorizationSignUpRequired(crate::types::auth::AuthorizationSignUpRequired),
}

impl Authorization {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Authorization(_) => 0x2ea2c0d4,
            Self::AuthorizationSignUpRequired(_) => 0x44747e9a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Authorization(_) => "auth.authorization",
            Self::AuthorizationSignUpRequired(_) => "auth.authorizationSignUpRequired",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2ea2c0d4 => Self::Authorization(<crate::types::auth::Authorization>::deserialize_bare(r)?),
            0x44747e9a => Self::AuthorizationSignUpRequired(<crate::types::auth::AuthorizationSignUpRequired>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.Authorization" }),
        })
    }
}

impl Serialize for Authorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Authorization(x) => x.serialize(buf),
            Self::AuthorizationSignUpRequired(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Authorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Authorization {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Authorization(x) => x.write_json(w),
            Self::AuthorizationSignUpRequired(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::Authorization> for Authorization {
    fn from(x: crate::types::auth::Authorization) -> Self {
        Self::Authorization(x)
    }
}

impl From<crate::types::auth::AuthorizationSignUpRequired> for Authorization {
    fn from(x: crate::types::auth::AuthorizationSignUpRequired) -> Self {
        Self::AuthorizationSignUpRequired(x)
    }
}

impl crate::peers::Peers for Authorization {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Authorization(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `auth.CodeType`: `auth.codeTypeSms`, `auth.codeTypeCall`, `auth.codeTypeFlashCall`, `auth.codeTypeMissedCall`, `auth.codeTypeFragmentSms`.
#[derive(Debug, Clone, PartialEq)]
pub enum CodeType {
    /// `auth.codeTypeSms#72a3158c`
    CodeTypeSms,
    /// `auth.codeTypeCall#741cd3e3`
    CodeTypeCall,
    /// `auth.codeTypeFlashCall#226ccefb`
    CodeTypeFlashCall,
    /// `auth.codeTypeMissedCall#d61ad6ee`
    CodeTypeMissedCall,
    /// `auth.codeTypeFragmentSms#06ed998c`
    CodeTypeFragmentSms,
}

impl CodeType {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CodeTypeSms => 0x72a3158c,
            Self::CodeTypeCall => 0x741cd3e3,
            Self::CodeTypeFlashCall => 0x226ccefb,
            Self::CodeTypeMissedCall => 0xd61ad6ee,
            Self::CodeTypeFragmentSms => 0x06ed998c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CodeTypeSms => "auth.codeTypeSms",
            Self::CodeTypeCall => "auth.codeTypeCall",
            Self::CodeTypeFlashCall => "auth.codeTypeFlashCall",
            Self::CodeTypeMissedCall => "auth.codeTypeMissedCall",
            Self::CodeTypeFragmentSms => "auth.codeTypeFragmentSms",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x72a3158c => Self::CodeTypeSms,
            0x741cd3e3 => Self::CodeTypeCall,
            0x226ccefb => Self::CodeTypeFlashCall,
            0xd61ad6ee => Self::CodeTypeMissedCall,
            0x06ed998c => Self::CodeTypeFragmentSms,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.CodeType" }),
        })
    }
}

impl Serialize for CodeType {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CodeTypeSms => buf.extend_from_slice(&0x72a3158cu32.to_le_bytes()),
            Self::CodeTypeCall => buf.extend_from_slice(&0x741cd3e3u32.to_le_bytes()),
            Self::CodeTypeFlashCall => buf.extend_from_slice(&0x226ccefbu32.to_le_bytes()),
            Self::CodeTypeMissedCall => buf.extend_from_slice(&0xd61ad6eeu32.to_le_bytes()),
            Self::CodeTypeFragmentSms => buf.extend_from_slice(&0x06ed998cu32.to_le_bytes()),
        }
    }
}

impl Deserialize for CodeType {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeType {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CodeTypeSms => {
                w.begin_object("auth.codeTypeSms");
                w.end_object();
            }
            Self::CodeTypeCall => {
                w.begin_object("auth.codeTypeCall");
                w.end_object();
            }
            Self::CodeTypeFlashCall => {
                w.begin_object("auth.codeTypeFlashCall");
                w.end_object();
            }
            Self::CodeTypeMissedCall => {
                w.begin_object("auth.codeTypeMissedCall");
                w.end_object();
            }
            Self::CodeTypeFragmentSms => {
                w.begin_object("auth.codeTypeFragmentSms");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::auth::CodeTypeSms> for CodeType {
    fn from(_x: crate::types::auth::CodeTypeSms) -> Self {
        Self::CodeTypeSms
    }
}

impl From<crate::types::auth::CodeTypeCall> for CodeType {
    fn from(_x: crate::types::auth::CodeTypeCall) -> Self {
        Self::CodeTypeCall
    }
}

impl From<crate::types::auth::CodeTypeFlashCall> for CodeType {
    fn from(_x: crate::types::auth::CodeTypeFlashCall) -> Self {
        Self::CodeTypeFlashCall
    }
}

impl From<crate::types::auth::CodeTypeMissedCall> for CodeType {
    fn from(_x: crate::types::auth::CodeTypeMissedCall) -> Self {
        Self::CodeTypeMissedCall
    }
}

impl From<crate::types::auth::CodeTypeFragmentSms> for CodeType {
    fn from(_x: crate::types::auth::CodeTypeFragmentSms) -> Self {
        Self::CodeTypeFragmentSms
    }
}

impl crate::peers::Peers for CodeType {}

/// The boxed type `auth.ExportedAuthorization`: `auth.exportedAuthorization`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedAuthorization {
    /// `auth.exportedAuthorization#b434e2b8`
    ExportedAuthorization(crate::types::auth::ExportedAuthorization),
}

impl ExportedAuthorization {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedAuthorization(_) => 0xb434e2b8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedAuthorization(_) => "auth.exportedAuthorization",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb434e2b8 => Self::ExportedAuthorization(<crate::types::auth::ExportedAuthorization>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.ExportedAuthorization" }),
        })
    }
}

impl Serialize for ExportedAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedAuthorization(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedAuthorization(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::ExportedAuthorization> for ExportedAuthorization {
    fn from(x: crate::types::auth::ExportedAuthorization) -> Self {
        Self::ExportedAuthorization(x)
    }
}

impl crate::peers::Peers for ExportedAuthorization {}

/// The boxed type `auth.FirebasePnvIntent`: `auth.firebasePnvIntent`.
#[derive(Debug, Clone, PartialEq)]
pub enum FirebasePnvIntent {
    /// `auth.firebasePnvIntent#df5ac00c`
    FirebasePnvIntent(crate::types::auth::FirebasePnvIntent),
}

impl FirebasePnvIntent {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FirebasePnvIntent(_) => 0xdf5ac00c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FirebasePnvIntent(_) => "auth.firebasePnvIntent",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdf5ac00c => Self::FirebasePnvIntent(<crate::types::auth::FirebasePnvIntent>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.FirebasePnvIntent" }),
        })
    }
}

impl Serialize for FirebasePnvIntent {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FirebasePnvIntent(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FirebasePnvIntent {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FirebasePnvIntent {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FirebasePnvIntent(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::FirebasePnvIntent> for FirebasePnvIntent {
    fn from(x: crate::types::auth::FirebasePnvIntent) -> Self {
        Self::FirebasePnvIntent(x)
    }
}

impl crate::peers::Peers for FirebasePnvIntent {}

/// The boxed type `auth.LoggedOut`: `auth.loggedOut`.
#[derive(Debug, Clone, PartialEq)]
pub enum LoggedOut {
    /// `auth.loggedOut#c3a2835f`
    LoggedOut(crate::types::auth::LoggedOut),
}

impl LoggedOut {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::LoggedOut(_) => 0xc3a2835f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::LoggedOut(_) => "auth.loggedOut",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc3a2835f => Self::LoggedOut(<crate::types::auth::LoggedOut>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.LoggedOut" }),
        })
    }
}

impl Serialize for LoggedOut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::LoggedOut(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for LoggedOut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for LoggedOut {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::LoggedOut(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::LoggedOut> for LoggedOut {
    fn from(x: crate::types::auth::LoggedOut) -> Self {
        Self::LoggedOut(x)
    }
}

impl crate::peers::Peers for LoggedOut {}

/// The boxed type `auth.LoginToken`: `auth.loginToken`, `auth.loginTokenMigrateTo`, `auth.loginTokenSuccess`.
#[derive(Debug, Clone, PartialEq)]
pub enum LoginToken {
    /// `auth.loginToken#629f1980`
    LoginToken(crate::types::auth::LoginToken),
    /// `auth.loginTokenMigrateTo#068e9916`
    LoginTokenMigrateTo(crate::types::auth::LoginTokenMigrateTo),
    /// `auth.loginTokenSuccess#390d5c5e`
    LoginTokenSuccess(crate::types::auth::LoginTokenSuccess),
}

impl LoginToken {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::LoginToken(_) => 0x629f1980,
            Self::LoginTokenMigrateTo(_) => 0x068e9916,
            Self::LoginTokenSuccess(_) => 0x390d5c5e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::LoginToken(_) => "auth.loginToken",
            Self::LoginTokenMigrateTo(_) => "auth.loginTokenMigrateTo",
            Self::LoginTokenSuccess(_) => "auth.loginTokenSuccess",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x629f1980 => Self::LoginToken(<crate::types::auth::LoginToken>::deserialize_bare(r)?),
            0x068e9916 => Self::LoginTokenMigrateTo(<crate::types::auth::LoginTokenMigrateTo>::deserialize_bare(r)?),
            0x390d5c5e => Self::LoginTokenSuccess(<crate::types::auth::LoginTokenSuccess>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.LoginToken" }),
        })
    }
}

impl Serialize for LoginToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::LoginToken(x) => x.serialize(buf),
            Self::LoginTokenMigrateTo(x) => x.serialize(buf),
            Self::LoginTokenSuccess(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for LoginToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for LoginToken {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::LoginToken(x) => x.write_json(w),
            Self::LoginTokenMigrateTo(x) => x.write_json(w),
            Self::LoginTokenSuccess(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::LoginToken> for LoginToken {
    fn from(x: crate::types::auth::LoginToken) -> Self {
        Self::LoginToken(x)
    }
}

impl From<crate::types::auth::LoginTokenMigrateTo> for LoginToken {
    fn from(x: crate::types::auth::LoginTokenMigrateTo) -> Self {
        Self::LoginTokenMigrateTo(x)
    }
}

impl From<crate::types::auth::LoginTokenSuccess> for LoginToken {
    fn from(x: crate::types::auth::LoginTokenSuccess) -> Self {
        Self::LoginTokenSuccess(x)
    }
}

impl crate::peers::Peers for LoginToken {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::LoginTokenSuccess(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `auth.PasskeyLoginOptions`: `auth.passkeyLoginOptions`.
#[derive(Debug, Clone, PartialEq)]
pub enum PasskeyLoginOptions {
    /// `auth.passkeyLoginOptions#e2037789`
    PasskeyLoginOptions(crate::types::auth::PasskeyLoginOptions),
}

impl PasskeyLoginOptions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PasskeyLoginOptions(_) => 0xe2037789,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PasskeyLoginOptions(_) => "auth.passkeyLoginOptions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe2037789 => Self::PasskeyLoginOptions(<crate::types::auth::PasskeyLoginOptions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.PasskeyLoginOptions" }),
        })
    }
}

impl Serialize for PasskeyLoginOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PasskeyLoginOptions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PasskeyLoginOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PasskeyLoginOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PasskeyLoginOptions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::PasskeyLoginOptions> for PasskeyLoginOptions {
    fn from(x: crate::types::auth::PasskeyLoginOptions) -> Self {
        Self::PasskeyLoginOptions(x)
    }
}

impl crate::peers::Peers for PasskeyLoginOptions {}

/// The boxed type `auth.PasswordRecovery`: `auth.passwordRecovery`.
#[derive(Debug, Clone, PartialEq)]
pub enum PasswordRecovery {
    /// `auth.passwordRecovery#137948a5`
    PasswordRecovery(crate::types::auth::PasswordRecovery),
}

impl PasswordRecovery {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PasswordRecovery(_) => 0x137948a5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PasswordRecovery(_) => "auth.passwordRecovery",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x137948a5 => Self::PasswordRecovery(<crate::types::auth::PasswordRecovery>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.PasswordRecovery" }),
        })
    }
}

impl Serialize for PasswordRecovery {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PasswordRecovery(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PasswordRecovery {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordRecovery {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PasswordRecovery(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::PasswordRecovery> for PasswordRecovery {
    fn from(x: crate::types::auth::PasswordRecovery) -> Self {
        Self::PasswordRecovery(x)
    }
}

impl crate::peers::Peers for PasswordRecovery {}

/// The boxed type `auth.SentCode`: `auth.sentCode`, `auth.sentCodeSuccess`, `auth.sentCodePaymentRequired`.
#[derive(Debug, Clone, PartialEq)]
pub enum SentCode {
    /// `auth.sentCode#5e002502`
    SentCode(crate::types::auth::SentCode),
    /// `auth.sentCodeSuccess#2390fe44`
    SentCodeSuccess(crate::types::auth::SentCodeSuccess),
    /// `auth.sentCodePaymentRequired#f8827ebf`
    SentCodePaymentRequired(crate::types::auth::SentCodePaymentRequired),
}

impl SentCode {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SentCode(_) => 0x5e002502,
            Self::SentCodeSuccess(_) => 0x2390fe44,
            Self::SentCodePaymentRequired(_) => 0xf8827ebf,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SentCode(_) => "auth.sentCode",
            Self::SentCodeSuccess(_) => "auth.sentCodeSuccess",
            Self::SentCodePaymentRequired(_) => "auth.sentCodePaymentRequired",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5e002502 => Self::SentCode(<crate::types::auth::SentCode>::deserialize_bare(r)?),
            0x2390fe44 => Self::SentCodeSuccess(<crate::types::auth::SentCodeSuccess>::deserialize_bare(r)?),
            0xf8827ebf => Self::SentCodePaymentRequired(<crate::types::auth::SentCodePaymentRequired>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.SentCode" }),
        })
    }
}

impl Serialize for SentCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SentCode(x) => x.serialize(buf),
            Self::SentCodeSuccess(x) => x.serialize(buf),
            Self::SentCodePaymentRequired(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SentCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCode {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SentCode(x) => x.write_json(w),
            Self::SentCodeSuccess(x) => x.write_json(w),
            Self::SentCodePaymentRequired(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::SentCode> for SentCode {
    fn from(x: crate::types::auth::SentCode) -> Self {
        Self::SentCode(x)
    }
}

impl From<crate::types::auth::SentCodeSuccess> for SentCode {
    fn from(x: crate::types::auth::SentCodeSuccess) -> Self {
        Self::SentCodeSuccess(x)
    }
}

impl From<crate::types::auth::SentCodePaymentRequired> for SentCode {
    fn from(x: crate::types::auth::SentCodePaymentRequired) -> Self {
        Self::SentCodePaymentRequired(x)
    }
}

impl crate::peers::Peers for SentCode {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SentCodeSuccess(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `auth.SentCodeType`: `auth.sentCodeTypeApp`, `auth.sentCodeTypeSms`, `auth.sentCodeTypeCall`, `auth.sentCodeTypeFlashCall`, `auth.sentCodeTypeMissedCall`, `auth.sentCodeTypeEmailCode`, `auth.sentCodeTypeSetUpEmailRequired`, `auth.sentCodeTypeFragmentSms`, `auth.sentCodeTypeFirebaseSms`, `auth.sentCodeTypeSmsWord`, `auth.sentCodeTypeSmsPhrase`.
#[derive(Debug, Clone, PartialEq)]
pub enum SentCodeType {
    /// `auth.sentCodeTypeApp#3dbb5986`
    SentCodeTypeApp(crate::types::auth::SentCodeTypeApp),
    /// `auth.sentCodeTypeSms#c000bba2`
    SentCodeTypeSms(crate::types::auth::SentCodeTypeSms),
    /// `auth.sentCodeTypeCall#5353e5a7`
    SentCodeTypeCall(crate::types::auth::SentCodeTypeCall),
    /// `auth.sentCodeTypeFlashCall#ab03c6d9`
    SentCodeTypeFlashCall(crate::types::auth::SentCodeTypeFlashCall),
    /// `auth.sentCodeTypeMissedCall#82006484`
    SentCodeTypeMissedCall(crate::types::auth::SentCodeTypeMissedCall),
    /// `auth.sentCodeTypeEmailCode#f450f59b`
    SentCodeTypeEmailCode(crate::types::auth::SentCodeTypeEmailCode),
    /// `auth.sentCodeTypeSetUpEmailRequired#a5491dea`
    SentCodeTypeSetUpEmailRequired(crate::types::auth::SentCodeTypeSetUpEmailRequired),
    /// `auth.sentCodeTypeFragmentSms#d9565c39`
    SentCodeTypeFragmentSms(crate::types::auth::SentCodeTypeFragmentSms),
    /// `auth.sentCodeTypeFirebaseSms#009fd736`
    SentCodeTypeFirebaseSms(crate::types::auth::SentCodeTypeFirebaseSms),
    /// `auth.sentCodeTypeSmsWord#a416ac81`
    SentCodeTypeSmsWord(crate::types::auth::SentCodeTypeSmsWord),
    /// `auth.sentCodeTypeSmsPhrase#b37794af`
    SentCodeTypeSmsPhrase(crate::types::auth::SentCodeTypeSmsPhrase),
}

impl SentCodeType {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SentCodeTypeApp(_) => 0x3dbb5986,
            Self::SentCodeTypeSms(_) => 0xc000bba2,
            Self::SentCodeTypeCall(_) => 0x5353e5a7,
            Self::SentCodeTypeFlashCall(_) => 0xab03c6d9,
            Self::SentCodeTypeMissedCall(_) => 0x82006484,
            Self::SentCodeTypeEmailCode(_) => 0xf450f59b,
            Self::SentCodeTypeSetUpEmailRequired(_) => 0xa5491dea,
            Self::SentCodeTypeFragmentSms(_) => 0xd9565c39,
            Self::SentCodeTypeFirebaseSms(_) => 0x009fd736,
            Self::SentCodeTypeSmsWord(_) => 0xa416ac81,
            Self::SentCodeTypeSmsPhrase(_) => 0xb37794af,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SentCodeTypeApp(_) => "auth.sentCodeTypeApp",
            Self::SentCodeTypeSms(_) => "auth.sentCodeTypeSms",
            Self::SentCodeTypeCall(_) => "auth.sentCodeTypeCall",
            Self::SentCodeTypeFlashCall(_) => "auth.sentCodeTypeFlashCall",
            Self::SentCodeTypeMissedCall(_) => "auth.sentCodeTypeMissedCall",
            Self::SentCodeTypeEmailCode(_) => "auth.sentCodeTypeEmailCode",
            Self::SentCodeTypeSetUpEmailRequired(_) => "auth.sentCodeTypeSetUpEmailRequired",
            Self::SentCodeTypeFragmentSms(_) => "auth.sentCodeTypeFragmentSms",
            Self::SentCodeTypeFirebaseSms(_) => "auth.sentCodeTypeFirebaseSms",
            Self::SentCodeTypeSmsWord(_) => "auth.sentCodeTypeSmsWord",
            Self::SentCodeTypeSmsPhrase(_) => "auth.sentCodeTypeSmsPhrase",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3dbb5986 => Self::SentCodeTypeApp(<crate::types::auth::SentCodeTypeApp>::deserialize_bare(r)?),
            0xc000bba2 => Self::SentCodeTypeSms(<crate::types::auth::SentCodeTypeSms>::deserialize_bare(r)?),
            0x5353e5a7 => Self::SentCodeTypeCall(<crate::types::auth::SentCodeTypeCall>::deserialize_bare(r)?),
            0xab03c6d9 => Self::SentCodeTypeFlashCall(<crate::types::auth::SentCodeTypeFlashCall>::deserialize_bare(r)?),
            0x82006484 => Self::SentCodeTypeMissedCall(<crate::types::auth::SentCodeTypeMissedCall>::deserialize_bare(r)?),
            0xf450f59b => Self::SentCodeTypeEmailCode(<crate::types::auth::SentCodeTypeEmailCode>::deserialize_bare(r)?),
            0xa5491dea => Self::SentCodeTypeSetUpEmailRequired(<crate::types::auth::SentCodeTypeSetUpEmailRequired>::deserialize_bare(r)?),
            0xd9565c39 => Self::SentCodeTypeFragmentSms(<crate::types::auth::SentCodeTypeFragmentSms>::deserialize_bare(r)?),
            0x009fd736 => Self::SentCodeTypeFirebaseSms(<crate::types::auth::SentCodeTypeFirebaseSms>::deserialize_bare(r)?),
            0xa416ac81 => Self::SentCodeTypeSmsWord(<crate::types::auth::SentCodeTypeSmsWord>::deserialize_bare(r)?),
            0xb37794af => Self::SentCodeTypeSmsPhrase(<crate::types::auth::SentCodeTypeSmsPhrase>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "auth.SentCodeType" }),
        })
    }
}

impl Serialize for SentCodeType {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SentCodeTypeApp(x) => x.serialize(buf),
            Self::SentCodeTypeSms(x) => x.serialize(buf),
            Self::SentCodeTypeCall(x) => x.serialize(buf),
            Self::SentCodeTypeFlashCall(x) => x.serialize(buf),
            Self::SentCodeTypeMissedCall(x) => x.serialize(buf),
            Self::SentCodeTypeEmailCode(x) => x.serialize(buf),
            Self::SentCodeTypeSetUpEmailRequired(x) => x.serialize(buf),
            Self::SentCodeTypeFragmentSms(x) => x.serialize(buf),
            Self::SentCodeTypeFirebaseSms(x) => x.serialize(buf),
            Self::SentCodeTypeSmsWord(x) => x.serialize(buf),
            Self::SentCodeTypeSmsPhrase(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SentCodeType {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeType {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SentCodeTypeApp(x) => x.write_json(w),
            Self::SentCodeTypeSms(x) => x.write_json(w),
            Self::SentCodeTypeCall(x) => x.write_json(w),
            Self::SentCodeTypeFlashCall(x) => x.write_json(w),
            Self::SentCodeTypeMissedCall(x) => x.write_json(w),
            Self::SentCodeTypeEmailCode(x) => x.write_json(w),
            Self::SentCodeTypeSetUpEmailRequired(x) => x.write_json(w),
            Self::SentCodeTypeFragmentSms(x) => x.write_json(w),
            Self::SentCodeTypeFirebaseSms(x) => x.write_json(w),
            Self::SentCodeTypeSmsWord(x) => x.write_json(w),
            Self::SentCodeTypeSmsPhrase(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::auth::SentCodeTypeApp> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeApp) -> Self {
        Self::SentCodeTypeApp(x)
    }
}

impl From<crate::types::auth::SentCodeTypeSms> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeSms) -> Self {
        Self::SentCodeTypeSms(x)
    }
}

impl From<crate::types::auth::SentCodeTypeCall> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeCall) -> Self {
        Self::SentCodeTypeCall(x)
    }
}

impl From<crate::types::auth::SentCodeTypeFlashCall> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeFlashCall) -> Self {
        Self::SentCodeTypeFlashCall(x)
    }
}

impl From<crate::types::auth::SentCodeTypeMissedCall> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeMissedCall) -> Self {
        Self::SentCodeTypeMissedCall(x)
    }
}

impl From<crate::types::auth::SentCodeTypeEmailCode> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeEmailCode) -> Self {
        Self::SentCodeTypeEmailCode(x)
    }
}

impl From<crate::types::auth::SentCodeTypeSetUpEmailRequired> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeSetUpEmailRequired) -> Self {
        Self::SentCodeTypeSetUpEmailRequired(x)
    }
}

impl From<crate::types::auth::SentCodeTypeFragmentSms> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeFragmentSms) -> Self {
        Self::SentCodeTypeFragmentSms(x)
    }
}

impl From<crate::types::auth::SentCodeTypeFirebaseSms> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeFirebaseSms) -> Self {
        Self::SentCodeTypeFirebaseSms(x)
    }
}

impl From<crate::types::auth::SentCodeTypeSmsWord> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeSmsWord) -> Self {
        Self::SentCodeTypeSmsWord(x)
    }
}

impl From<crate::types::auth::SentCodeTypeSmsPhrase> for SentCodeType {
    fn from(x: crate::types::auth::SentCodeTypeSmsPhrase) -> Self {
        Self::SentCodeTypeSmsPhrase(x)
    }
}

impl crate::peers::Peers for SentCodeType {}
