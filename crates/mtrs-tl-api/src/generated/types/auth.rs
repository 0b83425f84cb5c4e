// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `auth` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `auth.sentCode#5e002502 flags:# type:auth.SentCodeType phone_code_hash:string next_type:flags.1?auth.CodeType timeout:flags.2?int = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCode {
    /// `type:auth.SentCodeType`
    pub r#type: crate::enums::auth::SentCodeType,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `next_type:flags.1?auth.CodeType`
    pub next_type: Option<crate::enums::auth::CodeType>,
    /// `timeout:flags.2?int`
    pub timeout: Option<i32>,
}

impl Identifiable for SentCode {
    const CONSTRUCTOR_ID: u32 = 0x5e002502;
    const NAME: &'static str = "auth.sentCode";
}

impl Serialize for SentCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_type.is_some() { 1 << 1 } else { 0 }
            | if self.timeout.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.r#type.serialize(buf);
        self.phone_code_hash.serialize(buf);
        if let Some(v) = &self.next_type {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.timeout {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SentCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_type = <crate::enums::auth::SentCodeType>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_next_type = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::auth::CodeType>::deserialize(r)?) } else { None };
        let f_timeout = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { r#type: f_type, phone_code_hash: f_phone_code_hash, next_type: f_next_type, timeout: f_timeout })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("type");
        self.r#type.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("next_type");
        self.next_type.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCode {}

/// `auth.sentCodeSuccess#2390fe44 authorization:auth.Authorization = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeSuccess {
    /// `authorization:auth.Authorization`
    pub authorization: crate::enums::auth::Authorization,
}

impl Identifiable for SentCodeSuccess {
    const CONSTRUCTOR_ID: u32 = 0x2390fe44;
    const NAME: &'static str = "auth.sentCodeSuccess";
}

impl Serialize for SentCodeSuccess {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeSuccess {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.authorization.serialize(buf);
    }
}

impl Deserialize for SentCodeSuccess {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeSuccess {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_authorization = <crate::enums::auth::Authorization>::deserialize(r)?;
        Ok(Self { authorization: f_authorization })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeSuccess {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("authorization");
        self.authorization.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeSuccess {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.authorization, found);
    }
}

/// `auth.sentCodePaymentRequired#f8827ebf store_product:string phone_code_hash:string support_email_address:string support_email_subject:string premium_days:int currency:string amount:long = auth.SentCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodePaymentRequired {
    /// `store_product:string`
    pub store_product: mtrs_tl::TlString,
    /// `phone_code_hash:string`
    pub phone_code_hash: mtrs_tl::TlString,
    /// `support_email_address:string`
    pub support_email_address: mtrs_tl::TlString,
    /// `support_email_subject:string`
    pub support_email_subject: mtrs_tl::TlString,
    /// `premium_days:int`
    pub premium_days: i32,
    /// `currency:string`
    pub currency: mtrs_tl::TlString,
    /// `amount:long`
    pub amount: i64,
}

impl Identifiable for SentCodePaymentRequired {
    const CONSTRUCTOR_ID: u32 = 0xf8827ebf;
    const NAME: &'static str = "auth.sentCodePaymentRequired";
}

impl Serialize for SentCodePaymentRequired {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodePaymentRequired {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.store_product.serialize(buf);
        self.phone_code_hash.serialize(buf);
        self.support_email_address.serialize(buf);
        self.support_email_subject.serialize(buf);
        self.premium_days.serialize(buf);
        self.currency.serialize(buf);
        self.amount.serialize(buf);
    }
}

impl Deserialize for SentCodePaymentRequired {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodePaymentRequired {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_store_product = <mtrs_tl::TlString>::deserialize(r)?;
        let f_phone_code_hash = <mtrs_tl::TlString>::deserialize(r)?;
        let f_support_email_address = <mtrs_tl::TlString>::deserialize(r)?;
        let f_support_email_subject = <mtrs_tl::TlString>::deserialize(r)?;
        let f_premium_days = <i32>::deserialize(r)?;
        let f_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_amount = <i64>::deserialize(r)?;
        Ok(Self { store_product: f_store_product, phone_code_hash: f_phone_code_hash, support_email_address: f_support_email_address, support_email_subject: f_support_email_subject, premium_days: f_premium_days, currency: f_currency, amount: f_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodePaymentRequired {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("store_product");
        self.store_product.write_json(w);
        w.key("phone_code_hash");
        self.phone_code_hash.write_json(w);
        w.key("support_email_address");
        self.support_email_address.write_json(w);
        w.key("support_email_subject");
        self.support_email_subject.write_json(w);
        w.key("premium_days");
        self.premium_days.write_json(w);
        w.key("currency");
        self.currency.write_json(w);
        w.key("amount");
        self.amount.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodePaymentRequired {}

/// `auth.authorization#2ea2c0d4 flags:# setup_password_required:flags.1?true otherwise_relogin_days:flags.1?int tmp_sessions:flags.0?int future_auth_token:flags.2?bytes user:User = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct Authorization {
    /// `setup_password_required:flags.1?true`
    pub setup_password_required: bool,
    /// `otherwise_relogin_days:flags.1?int`
    pub otherwise_relogin_days: Option<i32>,
    /// `tmp_sessions:flags.0?int`
    pub tmp_sessions: Option<i32>,
    /// `future_auth_token:flags.2?bytes`
    pub future_auth_token: Option<Vec<u8>>,
    /// `user:User`
    pub user: crate::enums::User,
}

impl Identifiable for Authorization {
    const CONSTRUCTOR_ID: u32 = 0x2ea2c0d4;
    const NAME: &'static str = "auth.authorization";
}

impl Serialize for Authorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Authorization {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.tmp_sessions.is_some() { 1 << 0 } else { 0 }
            | if self.setup_password_required || self.otherwise_relogin_days.is_some() { 1 << 1 } else { 0 }
            | if self.future_auth_token.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 1) != 0 {
            match &self.otherwise_relogin_days {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.tmp_sessions {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.future_auth_token {
            (*v).serialize(buf);
        }
        self.user.serialize(buf);
    }
}

impl Deserialize for Authorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Authorization {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_setup_password_required = fl_flags & (1 << 1) != 0;
        let f_otherwise_relogin_days = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_tmp_sessions = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_future_auth_token = if fl_flags & (1 << 2) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_user = <crate::enums::User>::deserialize(r)?;
        Ok(Self { setup_password_required: f_setup_password_required, otherwise_relogin_days: f_otherwise_relogin_days, tmp_sessions: f_tmp_sessions, future_auth_token: f_future_auth_token, user: f_user })
    }
}

#[cfg(feature = "json")]
impl ToJson for Authorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("setup_password_required");
        self.setup_password_required.write_json(w);
        w.key("otherwise_relogin_days");
        self.otherwise_relogin_days.write_json(w);
        w.key("tmp_sessions");
        self.tmp_sessions.write_json(w);
        w.key("future_auth_token");
        self.future_auth_token.write_json(w);
        w.key("user");
        self.user.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Authorization {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.user, found);
    }
}

/// `auth.authorizationSignUpRequired#44747e9a flags:# terms_of_service:flags.0?help.TermsOfService = auth.Authorization`
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationSignUpRequired {
    /// `terms_of_service:flags.0?help.TermsOfService`
    pub terms_of_service: Option<crate::enums::help::TermsOfService>,
}

impl Identifiable for AuthorizationSignUpRequired {
    const CONSTRUCTOR_ID: u32 = 0x44747e9a;
    const NAME: &'static str = "auth.authorizationSignUpRequired";
}

impl Serialize for AuthorizationSignUpRequired {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AuthorizationSignUpRequired {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.terms_of_service.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.terms_of_service {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for AuthorizationSignUpRequired {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AuthorizationSignUpRequired {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_terms_of_service = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::help::TermsOfService>::deserialize(r)?) } else { None };
        Ok(Self { terms_of_service: f_terms_of_service })
    }
}

#[cfg(feature = "json")]
impl ToJson for AuthorizationSignUpRequired {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("terms_of_service");
        self.terms_of_service.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AuthorizationSignUpRequired {}

/// `auth.exportedAuthorization#b434e2b8 id:long bytes:bytes = auth.ExportedAuthorization`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedAuthorization {
    /// `id:long`
    pub id: i64,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for ExportedAuthorization {
    const CONSTRUCTOR_ID: u32 = 0xb434e2b8;
    const NAME: &'static str = "auth.exportedAuthorization";
}

impl Serialize for ExportedAuthorization {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedAuthorization {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.id.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl Deserialize for ExportedAuthorization {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedAuthorization {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_id = <i64>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { id: f_id, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedAuthorization {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedAuthorization {}

/// `auth.passwordRecovery#137948a5 email_pattern:string = auth.PasswordRecovery`
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordRecovery {
    /// `email_pattern:string`
    pub email_pattern: mtrs_tl::TlString,
}

impl Identifiable for PasswordRecovery {
    const CONSTRUCTOR_ID: u32 = 0x137948a5;
    const NAME: &'static str = "auth.passwordRecovery";
}

impl Serialize for PasswordRecovery {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PasswordRecovery {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.email_pattern.serialize(buf);
    }
}

impl Deserialize for PasswordRecovery {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PasswordRecovery {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_email_pattern = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { email_pattern: f_email_pattern })
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordRecovery {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("email_pattern");
        self.email_pattern.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PasswordRecovery {}

/// `auth.codeTypeSms#72a3158c = auth.CodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTypeSms;

impl Identifiable for CodeTypeSms {
    const CONSTRUCTOR_ID: u32 = 0x72a3158c;
    const NAME: &'static str = "auth.codeTypeSms";
}

impl Serialize for CodeTypeSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CodeTypeSms {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CodeTypeSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CodeTypeSms {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeTypeSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CodeTypeSms {}

/// `auth.codeTypeCall#741cd3e3 = auth.CodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTypeCall;

impl Identifiable for CodeTypeCall {
    const CONSTRUCTOR_ID: u32 = 0x741cd3e3;
    const NAME: &'static str = "auth.codeTypeCall";
}

impl Serialize for CodeTypeCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CodeTypeCall {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CodeTypeCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CodeTypeCall {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeTypeCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CodeTypeCall {}

/// `auth.codeTypeFlashCall#226ccefb = auth.CodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTypeFlashCall;

impl Identifiable for CodeTypeFlashCall {
    const CONSTRUCTOR_ID: u32 = 0x226ccefb;
    const NAME: &'static str = "auth.codeTypeFlashCall";
}

impl Serialize for CodeTypeFlashCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CodeTypeFlashCall {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CodeTypeFlashCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CodeTypeFlashCall {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeTypeFlashCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CodeTypeFlashCall {}

/// `auth.codeTypeMissedCall#d61ad6ee = auth.CodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTypeMissedCall;

impl Identifiable for CodeTypeMissedCall {
    const CONSTRUCTOR_ID: u32 = 0xd61ad6ee;
    const NAME: &'static str = "auth.codeTypeMissedCall";
}

impl Serialize for CodeTypeMissedCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CodeTypeMissedCall {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CodeTypeMissedCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CodeTypeMissedCall {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeTypeMissedCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CodeTypeMissedCall {}

/// `auth.codeTypeFragmentSms#06ed998c = auth.CodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTypeFragmentSms;

impl Identifiable for CodeTypeFragmentSms {
    const CONSTRUCTOR_ID: u32 = 0x06ed998c;
    const NAME: &'static str = "auth.codeTypeFragmentSms";
}

impl Serialize for CodeTypeFragmentSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CodeTypeFragmentSms {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CodeTypeFragmentSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CodeTypeFragmentSms {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CodeTypeFragmentSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CodeTypeFragmentSms {}

/// `auth.sentCodeTypeApp#3dbb5986 length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeApp {
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeApp {
    const CONSTRUCTOR_ID: u32 = 0x3dbb5986;
    const NAME: &'static str = "auth.sentCodeTypeApp";
}

impl Serialize for SentCodeTypeApp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeApp {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeApp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeApp {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeApp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeApp {}

/// `auth.sentCodeTypeSms#c000bba2 length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeSms {
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeSms {
    const CONSTRUCTOR_ID: u32 = 0xc000bba2;
    const NAME: &'static str = "auth.sentCodeTypeSms";
}

impl Serialize for SentCodeTypeSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeSms {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeSms {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeSms {}

/// `auth.sentCodeTypeCall#5353e5a7 length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeCall {
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeCall {
    const CONSTRUCTOR_ID: u32 = 0x5353e5a7;
    const NAME: &'static str = "auth.sentCodeTypeCall";
}

impl Serialize for SentCodeTypeCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeCall {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeCall {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeCall {}

/// `auth.sentCodeTypeFlashCall#ab03c6d9 pattern:string = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeFlashCall {
    /// `pattern:string`
    pub pattern: mtrs_tl::TlString,
}

impl Identifiable for SentCodeTypeFlashCall {
    const CONSTRUCTOR_ID: u32 = 0xab03c6d9;
    const NAME: &'static str = "auth.sentCodeTypeFlashCall";
}

impl Serialize for SentCodeTypeFlashCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeFlashCall {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pattern.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeFlashCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeFlashCall {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pattern = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { pattern: f_pattern })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeFlashCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pattern");
        self.pattern.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeFlashCall {}

/// `auth.sentCodeTypeMissedCall#82006484 prefix:string length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeMissedCall {
    /// `prefix:string`
    pub prefix: mtrs_tl::TlString,
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeMissedCall {
    const CONSTRUCTOR_ID: u32 = 0x82006484;
    const NAME: &'static str = "auth.sentCodeTypeMissedCall";
}

impl Serialize for SentCodeTypeMissedCall {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeMissedCall {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.prefix.serialize(buf);
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeMissedCall {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeMissedCall {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_prefix = <mtrs_tl::TlString>::deserialize(r)?;
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { prefix: f_prefix, length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeMissedCall {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("prefix");
        self.prefix.write_json(w);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeMissedCall {}

/// `auth.sentCodeTypeEmailCode#f450f59b flags:# apple_signin_allowed:flags.0?true google_signin_allowed:flags.1?true email_pattern:string length:int reset_available_period:flags.3?int reset_pending_date:flags.4?int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeEmailCode {
    /// `apple_signin_allowed:flags.0?true`
    pub apple_signin_allowed: bool,
    /// `google_signin_allowed:flags.1?true`
    pub google_signin_allowed: bool,
    /// `email_pattern:string`
    pub email_pattern: mtrs_tl::TlString,
    /// `length:int`
    pub length: i32,
    /// `reset_available_period:flags.3?int`
    pub reset_available_period: Option<i32>,
    /// `reset_pending_date:flags.4?int`
    pub reset_pending_date: Option<i32>,
}

impl Identifiable for SentCodeTypeEmailCode {
    const CONSTRUCTOR_ID: u32 = 0xf450f59b;
    const NAME: &'static str = "auth.sentCodeTypeEmailCode";
}

impl Serialize for SentCodeTypeEmailCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeEmailCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.apple_signin_allowed { 1 << 0 } else { 0 }
            | if self.google_signin_allowed { 1 << 1 } else { 0 }
            | if self.reset_available_period.is_some() { 1 << 3 } else { 0 }
            | if self.reset_pending_date.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.email_pattern.serialize(buf);
        self.length.serialize(buf);
        if let Some(v) = &self.reset_available_period {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.reset_pending_date {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SentCodeTypeEmailCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeEmailCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_apple_signin_allowed = fl_flags & (1 << 0) != 0;
        let f_google_signin_allowed = fl_flags & (1 << 1) != 0;
        let f_email_pattern = <mtrs_tl::TlString>::deserialize(r)?;
        let f_length = <i32>::deserialize(r)?;
        let f_reset_available_period = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_reset_pending_date = if fl_flags & (1 << 4) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { apple_signin_allowed: f_apple_signin_allowed, google_signin_allowed: f_google_signin_allowed, email_pattern: f_email_pattern, length: f_length, reset_available_period: f_reset_available_period, reset_pending_date: f_reset_pending_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeEmailCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("apple_signin_allowed");
        self.apple_signin_allowed.write_json(w);
        w.key("google_signin_allowed");
        self.google_signin_allowed.write_json(w);
        w.key("email_pattern");
        self.email_pattern.write_json(w);
        w.key("length");
        self.length.write_json(w);
        w.key("reset_available_period");
        self.reset_available_period.write_json(w);
        w.key("reset_pending_date");
        self.reset_pending_date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeEmailCode {}

/// `auth.sentCodeTypeSetUpEmailRequired#a5491dea flags:# apple_signin_allowed:flags.0?true google_signin_allowed:flags.1?true = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeSetUpEmailRequired {
    /// `apple_signin_allowed:flags.0?true`
    pub apple_signin_allowed: bool,
    /// `google_signin_allowed:flags.1?true`
    pub google_signin_allowed: bool,
}

impl Identifiable for SentCodeTypeSetUpEmailRequired {
    const CONSTRUCTOR_ID: u32 = 0xa5491dea;
    const NAME: &'static str = "auth.sentCodeTypeSetUpEmailRequired";
}

impl Serialize for SentCodeTypeSetUpEmailRequired {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeSetUpEmailRequired {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.apple_signin_allowed { 1 << 0 } else { 0 }
            | if self.google_signin_allowed { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeSetUpEmailRequired {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeSetUpEmailRequired {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_apple_signin_allowed = fl_flags & (1 << 0) != 0;
        let f_google_signin_allowed = fl_flags & (1 << 1) != 0;
        Ok(Self { apple_signin_allowed: f_apple_signin_allowed, google_signin_allowed: f_google_signin_allowed })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeSetUpEmailRequired {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("apple_signin_allowed");
        self.apple_signin_allowed.write_json(w);
        w.key("google_signin_allowed");
        self.google_signin_allowed.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeSetUpEmailRequired {}

/// `auth.sentCodeTypeFragmentSms#d9565c39 url:string length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeFragmentSms {
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeFragmentSms {
    const CONSTRUCTOR_ID: u32 = 0xd9565c39;
    const NAME: &'static str = "auth.sentCodeTypeFragmentSms";
}

impl Serialize for SentCodeTypeFragmentSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeFragmentSms {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeFragmentSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeFragmentSms {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { url: f_url, length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeFragmentSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeFragmentSms {}

/// `auth.sentCodeTypeFirebaseSms#009fd736 flags:# nonce:flags.0?bytes play_integrity_project_id:flags.2?long play_integrity_nonce:flags.2?bytes receipt:flags.1?string push_timeout:flags.1?int length:int = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeFirebaseSms {
    /// `nonce:flags.0?bytes`
    pub nonce: Option<Vec<u8>>,
    /// `play_integrity_project_id:flags.2?long`
    pub play_integrity_project_id: Option<i64>,
    /// `play_integrity_nonce:flags.2?bytes`
    pub play_integrity_nonce: Option<Vec<u8>>,
    /// `receipt:flags.1?string`
    pub receipt: Option<mtrs_tl::TlString>,
    /// `push_timeout:flags.1?int`
    pub push_timeout: Option<i32>,
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentCodeTypeFirebaseSms {
    const CONSTRUCTOR_ID: u32 = 0x009fd736;
    const NAME: &'static str = "auth.sentCodeTypeFirebaseSms";
}

impl Serialize for SentCodeTypeFirebaseSms {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeFirebaseSms {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.nonce.is_some() { 1 << 0 } else { 0 }
            | if self.receipt.is_some() || self.push_timeout.is_some() { 1 << 1 } else { 0 }
            | if self.play_integrity_project_id.is_some() || self.play_integrity_nonce.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.nonce {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.play_integrity_project_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i64 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.play_integrity_nonce {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<u8> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.receipt {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.push_timeout {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        self.length.serialize(buf);
    }
}

impl Deserialize for SentCodeTypeFirebaseSms {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeFirebaseSms {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_nonce = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_play_integrity_project_id = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_play_integrity_nonce = if fl_flags & (1 << 2) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_receipt = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_push_timeout = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, play_integrity_project_id: f_play_integrity_project_id, play_integrity_nonce: f_play_integrity_nonce, receipt: f_receipt, push_timeout: f_push_timeout, length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeFirebaseSms {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("play_integrity_project_id");
        self.play_integrity_project_id.write_json(w);
        w.key("play_integrity_nonce");
        self.play_integrity_nonce.write_json(w);
        w.key("receipt");
        self.receipt.write_json(w);
        w.key("push_timeout");
        self.push_timeout.write_json(w);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeFirebaseSms {}

/// `auth.sentCodeTypeSmsWord#a416ac81 flags:# beginning:flags.0?string = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeSmsWord {
    /// `beginning:flags.0?string`
    pub beginning: Option<mtrs_tl::TlString>,
}

impl Identifiable for SentCodeTypeSmsWord {
    const CONSTRUCTOR_ID: u32 = 0xa416ac81;
    const NAME: &'static str = "auth.sentCodeTypeSmsWord";
}

impl Serialize for SentCodeTypeSmsWord {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeSmsWord {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.beginning.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.beginning {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SentCodeTypeSmsWord {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeSmsWord {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_beginning = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { beginning: f_beginning })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeSmsWord {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("beginning");
        self.beginning.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeSmsWord {}

/// `auth.sentCodeTypeSmsPhrase#b37794af flags:# beginning:flags.0?string = auth.SentCodeType`
#[derive(Debug, Clone, PartialEq)]
pub struct SentCodeTypeSmsPhrase {
    /// `beginning:flags.0?string`
    pub beginning: Option<mtrs_tl::TlString>,
}

impl Identifiable for SentCodeTypeSmsPhrase {
    const CONSTRUCTOR_ID: u32 = 0xb37794af;
    const NAME: &'static str = "auth.sentCodeTypeSmsPhrase";
}

impl Serialize for SentCodeTypeSmsPhrase {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentCodeTypeSmsPhrase {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.beginning.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.beginning {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SentCodeTypeSmsPhrase {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentCodeTypeSmsPhrase {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_beginning = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { beginning: f_beginning })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentCodeTypeSmsPhrase {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("beginning");
        self.beginning.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentCodeTypeSmsPhrase {}

/// `auth.loginToken#629f1980 expires:int token:bytes = auth.LoginToken`
#[derive(Debug, Clone, PartialEq)]
pub struct LoginToken {
    /// `expires:int`
    pub expires: i32,
    /// `token:bytes`
    pub token: Vec<u8>,
}

impl Identifiable for LoginToken {
    const CONSTRUCTOR_ID: u32 = 0x629f1980;
    const NAME: &'static str = "auth.loginToken";
}

impl Serialize for LoginToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for LoginToken {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.expires.serialize(buf);
        self.token.serialize(buf);
    }
}

impl Deserialize for LoginToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for LoginToken {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_expires = <i32>::deserialize(r)?;
        let f_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { expires: f_expires, token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for LoginToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("expires");
        self.expires.write_json(w);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for LoginToken {}

/// `auth.loginTokenMigrateTo#068e9916 dc_id:int token:bytes = auth.LoginToken`
#[derive(Debug, Clone, PartialEq)]
pub struct LoginTokenMigrateTo {
    /// `dc_id:int`
    pub dc_id: i32,
    /// `token:bytes`
    pub token: Vec<u8>,
}

impl Identifiable for LoginTokenMigrateTo {
    const CONSTRUCTOR_ID: u32 = 0x068e9916;
    const NAME: &'static str = "auth.loginTokenMigrateTo";
}

impl Serialize for LoginTokenMigrateTo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for LoginTokenMigrateTo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dc_id.serialize(buf);
        self.token.serialize(buf);
    }
}

impl Deserialize for LoginTokenMigrateTo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for LoginTokenMigrateTo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dc_id = <i32>::deserialize(r)?;
        let f_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { dc_id: f_dc_id, token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for LoginTokenMigrateTo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dc_id");
        self.dc_id.write_json(w);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for LoginTokenMigrateTo {}

/// `auth.loginTokenSuccess#390d5c5e authorization:auth.Authorization = auth.LoginToken`
#[derive(Debug, Clone, PartialEq)]
pub struct LoginTokenSuccess {
    /// `authorization:auth.Authorization`
    pub authorization: crate::enums::auth::Authorization,
}

impl Identifiable for LoginTokenSuccess {
    const CONSTRUCTOR_ID: u32 = 0x390d5c5e;
    const NAME: &'static str = "auth.loginTokenSuccess";
}

impl Serialize for LoginTokenSuccess {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for LoginTokenSuccess {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.authorization.serialize(buf);
    }
}

impl Deserialize for LoginTokenSuccess {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for LoginTokenSuccess {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_authorization = <crate::enums::auth::Authorization>::deserialize(r)?;
        Ok(Self { authorization: f_authorization })
    }
}

#[cfg(feature = "json")]
impl ToJson for LoginTokenSuccess {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("authorization");
        self.authorization.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for LoginTokenSuccess {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.authorization, found);
    }
}

/// `auth.loggedOut#c3a2835f flags:# future_auth_token:flags.0?bytes = auth.LoggedOut`
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedOut {
    /// `future_auth_token:flags.0?bytes`
    pub future_auth_token: Option<Vec<u8>>,
}

impl Identifiable for LoggedOut {
    const CONSTRUCTOR_ID: u32 = 0xc3a2835f;
    const NAME: &'static str = "auth.loggedOut";
}

impl Serialize for LoggedOut {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for LoggedOut {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.future_auth_token.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.future_auth_token {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for LoggedOut {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for LoggedOut {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_future_auth_token = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        Ok(Self { future_auth_token: f_future_auth_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for LoggedOut {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("future_auth_token");
        self.future_auth_token.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for LoggedOut {}

/// `auth.passkeyLoginOptions#e2037789 options:DataJSON = auth.PasskeyLoginOptions`
#[derive(Debug, Clone, PartialEq)]
pub struct PasskeyLoginOptions {
    /// `options:DataJSON`
    pub options: crate::enums::DataJSON,
}

impl Identifiable for PasskeyLoginOptions {
    const CONSTRUCTOR_ID: u32 = 0xe2037789;
    const NAME: &'static str = "auth.passkeyLoginOptions";
}

impl Serialize for PasskeyLoginOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PasskeyLoginOptions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.options.serialize(buf);
    }
}

impl Deserialize for PasskeyLoginOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PasskeyLoginOptions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_options = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { options: f_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for PasskeyLoginOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("options");
        self.options.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PasskeyLoginOptions {}

/// `auth.firebasePnvIntent#df5ac00c nonce:string digital_credential_payload:string = auth.FirebasePnvIntent`
#[derive(Debug, Clone, PartialEq)]
pub struct FirebasePnvIntent {
    /// `nonce:string`
    pub nonce: mtrs_tl::TlString,
    /// `digital_credential_payload:string`
    pub digital_credential_payload: mtrs_tl::TlString,
}

impl Identifiable for FirebasePnvIntent {
    const CONSTRUCTOR_ID: u32 = 0xdf5ac00c;
    const NAME: &'static str = "auth.firebasePnvIntent";
}

impl Serialize for FirebasePnvIntent {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FirebasePnvIntent {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.digital_credential_payload.serialize(buf);
    }
}

impl Deserialize for FirebasePnvIntent {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FirebasePnvIntent {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <mtrs_tl::TlString>::deserialize(r)?;
        let f_digital_credential_payload = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, digital_credential_payload: f_digital_credential_payload })
    }
}

#[cfg(feature = "json")]
impl ToJson for FirebasePnvIntent {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("digital_credential_payload");
        self.digital_credential_payload.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FirebasePnvIntent {}
