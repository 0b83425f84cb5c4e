// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `account` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `account.privacyRules#50a04e45 rules:Vector<PrivacyRule> chats:Vector<Chat> users:Vector<User> = account.PrivacyRules`
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyRules {
    /// `rules:Vector<PrivacyRule>`
    pub rules: Vec<crate::enums::PrivacyRule>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PrivacyRules {
    const CONSTRUCTOR_ID: u32 = 0x50a04e45;
    const NAME: &'static str = "account.privacyRules";
}

impl Serialize for PrivacyRules {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PrivacyRules {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.rules.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PrivacyRules {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PrivacyRules {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_rules = <Vec<crate::enums::PrivacyRule>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { rules: f_rules, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PrivacyRules {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("rules");
        self.rules.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PrivacyRules {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.authorizations#4bff8ea0 authorization_ttl_days:int authorizations:Vector<Authorization> = account.Authorizations`
#[derive(Debug, Clone, PartialEq)]
pub struct Authorizations {
    /// `authorization_ttl_days:int`
    pub authorization_ttl_days: i32,
    /// `authorizations:Vector<Authorization>`
    pub authorizations: Vec<crate::enums::Authorization>,
}

impl Identifiable for Authorizations {
    const CONSTRUCTOR_ID: u32 = 0x4bff8ea0;
    const NAME: &'static str = "account.authorizations";
}

impl Serialize for Authorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Authorizations {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.authorization_ttl_days.serialize(buf);
        self.authorizations.serialize(buf);
    }
}

impl Deserialize for Authorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Authorizations {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_authorization_ttl_days = <i32>::deserialize(r)?;
        let f_authorizations = <Vec<crate::enums::Authorization>>::deserialize(r)?;
        Ok(Self { authorization_ttl_days: f_authorization_ttl_days, authorizations: f_authorizations })
    }
}

#[cfg(feature = "json")]
impl ToJson for Authorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("authorization_ttl_days");
        self.authorization_ttl_days.write_json(w);
        w.key("authorizations");
        self.authorizations.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Authorizations {}

/// `account.password#957b50fb flags:# has_recovery:flags.0?true has_secure_values:flags.1?true has_password:flags.2?true current_algo:flags.2?PasswordKdfAlgo srp_B:flags.2?bytes srp_id:flags.2?long hint:flags.3?string email_unconfirmed_pattern:flags.4?string new_algo:PasswordKdfAlgo new_secure_algo:SecurePasswordKdfAlgo secure_random:bytes pending_reset_date:flags.5?int login_email_pattern:flags.6?string = account.Password`
#[derive(Debug, Clone, PartialEq)]
pub struct Password {
    /// `has_recovery:flags.0?true`
    pub has_recovery: bool,
    /// `has_secure_values:flags.1?true`
    pub has_secure_values: bool,
    /// `has_password:flags.2?true`
    pub has_password: bool,
    /// `current_algo:flags.2?PasswordKdfAlgo`
    pub current_algo: Option<crate::enums::PasswordKdfAlgo>,
    /// `srp_B:flags.2?bytes`
    pub srp_b: Option<Vec<u8>>,
    /// `srp_id:flags.2?long`
    pub srp_id: Option<i64>,
    /// `hint:flags.3?string`
    pub hint: Option<mtrs_tl::TlString>,
    /// `email_unconfirmed_pattern:flags.4?string`
    pub email_unconfirmed_pattern: Option<mtrs_tl::TlString>,
    /// `new_algo:PasswordKdfAlgo`
    pub new_algo: crate::enums::PasswordKdfAlgo,
    /// `new_secure_algo:SecurePasswordKdfAlgo`
    pub new_secure_algo: crate::enums::SecurePasswordKdfAlgo,
    /// `secure_random:bytes`
    pub secure_random: Vec<u8>,
    /// `pending_reset_date:flags.5?int`
    pub pending_reset_date: Option<i32>,
    /// `login_email_pattern:flags.6?string`
    pub login_email_pattern: Option<mtrs_tl::TlString>,
}

impl Identifiable for Password {
    const CONSTRUCTOR_ID: u32 = 0x957b50fb;
    const NAME: &'static str = "account.password";
}

impl Serialize for Password {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Password {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.has_recovery { 1 << 0 } else { 0 }
            | if self.has_secure_values { 1 << 1 } else { 0 }
            | if (self.has_password || self.current_algo.is_some() || self.srp_b.is_some() || self.srp_id.is_some()) && self.current_algo.is_some() { 1 << 2 } else { 0 }
            | if self.hint.is_some() { 1 << 3 } else { 0 }
            | if self.email_unconfirmed_pattern.is_some() { 1 << 4 } else { 0 }
            | if self.pending_reset_date.is_some() { 1 << 5 } else { 0 }
            | if self.login_email_pattern.is_some() { 1 << 6 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 2) != 0 {
            match &self.current_algo {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.srp_b {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<u8> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.srp_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i64 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.hint {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.email_unconfirmed_pattern {
            (*v).serialize(buf);
        }
        self.new_algo.serialize(buf);
        self.new_secure_algo.serialize(buf);
        self.secure_random.serialize(buf);
        if let Some(v) = &self.pending_reset_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.login_email_pattern {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for Password {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Password {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_has_recovery = fl_flags & (1 << 0) != 0;
        let f_has_secure_values = fl_flags & (1 << 1) != 0;
        let f_has_password = fl_flags & (1 << 2) != 0;
        let f_current_algo = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::PasswordKdfAlgo>::deserialize(r)?) } else { None };
        let f_srp_b = if fl_flags & (1 << 2) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_srp_id = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_hint = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_email_unconfirmed_pattern = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_new_algo = <crate::enums::PasswordKdfAlgo>::deserialize(r)?;
        let f_new_secure_algo = <crate::enums::SecurePasswordKdfAlgo>::deserialize(r)?;
        let f_secure_random = <Vec<u8>>::deserialize(r)?;
        let f_pending_reset_date = if fl_flags & (1 << 5) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_login_email_pattern = if fl_flags & (1 << 6) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { has_recovery: f_has_recovery, has_secure_values: f_has_secure_values, has_password: f_has_password, current_algo: f_current_algo, srp_b: f_srp_b, srp_id: f_srp_id, hint: f_hint, email_unconfirmed_pattern: f_email_unconfirmed_pattern, new_algo: f_new_algo, new_secure_algo: f_new_secure_algo, secure_random: f_secure_random, pending_reset_date: f_pending_reset_date, login_email_pattern: f_login_email_pattern })
    }
}

#[cfg(feature = "json")]
impl ToJson for Password {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("has_recovery");
        self.has_recovery.write_json(w);
        w.key("has_secure_values");
        self.has_secure_values.write_json(w);
        w.key("has_password");
        self.has_password.write_json(w);
        w.key("current_algo");
        self.current_algo.write_json(w);
        w.key("srp_B");
        self.srp_b.write_json(w);
        w.key("srp_id");
        self.srp_id.write_json(w);
        w.key("hint");
        self.hint.write_json(w);
        w.key("email_unconfirmed_pattern");
        self.email_unconfirmed_pattern.write_json(w);
        w.key("new_algo");
        self.new_algo.write_json(w);
        w.key("new_secure_algo");
        self.new_secure_algo.write_json(w);
        w.key("secure_random");
        self.secure_random.write_json(w);
        w.key("pending_reset_date");
        self.pending_reset_date.write_json(w);
        w.key("login_email_pattern");
        self.login_email_pattern.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Password {}

/// `account.passwordSettings#9a5c33e5 flags:# email:flags.0?string secure_settings:flags.1?SecureSecretSettings = account.PasswordSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordSettings {
    /// `email:flags.0?string`
    pub email: Option<mtrs_tl::TlString>,
    /// `secure_settings:flags.1?SecureSecretSettings`
    pub secure_settings: Option<crate::enums::SecureSecretSettings>,
}

impl Identifiable for PasswordSettings {
    const CONSTRUCTOR_ID: u32 = 0x9a5c33e5;
    const NAME: &'static str = "account.passwordSettings";
}

impl Serialize for PasswordSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PasswordSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.email.is_some() { 1 << 0 } else { 0 }
            | if self.secure_settings.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.email {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.secure_settings {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for PasswordSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PasswordSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_email = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_secure_settings = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::SecureSecretSettings>::deserialize(r)?) } else { None };
        Ok(Self { email: f_email, secure_settings: f_secure_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("email");
        self.email.write_json(w);
        w.key("secure_settings");
        self.secure_settings.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PasswordSettings {}

/// `account.passwordInputSettings#c23727c9 flags:# new_algo:flags.0?PasswordKdfAlgo new_password_hash:flags.0?bytes hint:flags.0?string email:flags.1?string new_secure_settings:flags.2?SecureSecretSettings = account.PasswordInputSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct PasswordInputSettings {
    /// `new_algo:flags.0?PasswordKdfAlgo`
    pub new_algo: Option<crate::enums::PasswordKdfAlgo>,
    /// `new_password_hash:flags.0?bytes`
    pub new_password_hash: Option<Vec<u8>>,
    /// `hint:flags.0?string`
    pub hint: Option<mtrs_tl::TlString>,
    /// `email:flags.1?string`
    pub email: Option<mtrs_tl::TlString>,
    /// `new_secure_settings:flags.2?SecureSecretSettings`
    pub new_secure_settings: Option<crate::enums::SecureSecretSettings>,
}

impl Identifiable for PasswordInputSettings {
    const CONSTRUCTOR_ID: u32 = 0xc23727c9;
    const NAME: &'static str = "account.passwordInputSettings";
}

impl Serialize for PasswordInputSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PasswordInputSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if (self.new_algo.is_some() || self.new_password_hash.is_some() || self.hint.is_some()) && self.new_algo.is_some() { 1 << 0 } else { 0 }
            | if self.email.is_some() { 1 << 1 } else { 0 }
            | if self.new_secure_settings.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if fl_flags & (1 << 0) != 0 {
            match &self.new_algo {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.new_password_hash {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<u8> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.hint {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.email {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.new_secure_settings {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for PasswordInputSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PasswordInputSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_new_algo = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::PasswordKdfAlgo>::deserialize(r)?) } else { None };
        let f_new_password_hash = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_hint = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_email = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_new_secure_settings = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::SecureSecretSettings>::deserialize(r)?) } else { None };
        Ok(Self { new_algo: f_new_algo, new_password_hash: f_new_password_hash, hint: f_hint, email: f_email, new_secure_settings: f_new_secure_settings })
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordInputSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("new_algo");
        self.new_algo.write_json(w);
        w.key("new_password_hash");
        self.new_password_hash.write_json(w);
        w.key("hint");
        self.hint.write_json(w);
        w.key("email");
        self.email.write_json(w);
        w.key("new_secure_settings");
        self.new_secure_settings.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PasswordInputSettings {}

/// `account.tmpPassword#db64fd34 tmp_password:bytes valid_until:int = account.TmpPassword`
#[derive(Debug, Clone, PartialEq)]
pub struct TmpPassword {
    /// `tmp_password:bytes`
    pub tmp_password: Vec<u8>,
    /// `valid_until:int`
    pub valid_until: i32,
}

impl Identifiable for TmpPassword {
    const CONSTRUCTOR_ID: u32 = 0xdb64fd34;
    const NAME: &'static str = "account.tmpPassword";
}

impl Serialize for TmpPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TmpPassword {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.tmp_password.serialize(buf);
        self.valid_until.serialize(buf);
    }
}

impl Deserialize for TmpPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TmpPassword {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_tmp_password = <Vec<u8>>::deserialize(r)?;
        let f_valid_until = <i32>::deserialize(r)?;
        Ok(Self { tmp_password: f_tmp_password, valid_until: f_valid_until })
    }
}

#[cfg(feature = "json")]
impl ToJson for TmpPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("tmp_password");
        self.tmp_password.write_json(w);
        w.key("valid_until");
        self.valid_until.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TmpPassword {}

/// `account.webAuthorizations#ed56c9fc authorizations:Vector<WebAuthorization> users:Vector<User> = account.WebAuthorizations`
#[derive(Debug, Clone, PartialEq)]
pub struct WebAuthorizations {
    /// `authorizations:Vector<WebAuthorization>`
    pub authorizations: Vec<crate::enums::WebAuthorization>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for WebAuthorizations {
    const CONSTRUCTOR_ID: u32 = 0xed56c9fc;
    const NAME: &'static str = "account.webAuthorizations";
}

impl Serialize for WebAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebAuthorizations {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.authorizations.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for WebAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebAuthorizations {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_authorizations = <Vec<crate::enums::WebAuthorization>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { authorizations: f_authorizations, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for WebAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("authorizations");
        self.authorizations.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WebAuthorizations {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.authorizationForm#ad2e1cd8 flags:# required_types:Vector<SecureRequiredType> values:Vector<SecureValue> errors:Vector<SecureValueError> users:Vector<User> privacy_policy_url:flags.0?string = account.AuthorizationForm`
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationForm {
    /// `required_types:Vector<SecureRequiredType>`
    pub required_types: Vec<crate::enums::SecureRequiredType>,
    /// `values:Vector<SecureValue>`
    pub values: Vec<crate::enums::SecureValue>,
    /// `errors:Vector<SecureValueError>`
    pub errors: Vec<crate::enums::SecureValueError>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `privacy_policy_url:flags.0?string`
    pub privacy_policy_url: Option<mtrs_tl::TlString>,
}

impl Identifiable for AuthorizationForm {
    const CONSTRUCTOR_ID: u32 = 0xad2e1cd8;
    const NAME: &'static str = "account.authorizationForm";
}

impl Serialize for AuthorizationForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AuthorizationForm {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.privacy_policy_url.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.required_types.serialize(buf);
        self.values.serialize(buf);
        self.errors.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.privacy_policy_url {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for AuthorizationForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AuthorizationForm {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_required_types = <Vec<crate::enums::SecureRequiredType>>::deserialize(r)?;
        let f_values = <Vec<crate::enums::SecureValue>>::deserialize(r)?;
        let f_errors = <Vec<crate::enums::SecureValueError>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_privacy_policy_url = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { required_types: f_required_types, values: f_values, errors: f_errors, users: f_users, privacy_policy_url: f_privacy_policy_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for AuthorizationForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("required_types");
        self.required_types.write_json(w);
        w.key("values");
        self.values.write_json(w);
        w.key("errors");
        self.errors.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("privacy_policy_url");
        self.privacy_policy_url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AuthorizationForm {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.sentEmailCode#811f854f email_pattern:string length:int = account.SentEmailCode`
#[derive(Debug, Clone, PartialEq)]
pub struct SentEmailCode {
    /// `email_pattern:string`
    pub email_pattern: mtrs_tl::TlString,
    /// `length:int`
    pub length: i32,
}

impl Identifiable for SentEmailCode {
    const CONSTRUCTOR_ID: u32 = 0x811f854f;
    const NAME: &'static str = "account.sentEmailCode";
}

impl Serialize for SentEmailCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SentEmailCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.email_pattern.serialize(buf);
        self.length.serialize(buf);
    }
}

impl Deserialize for SentEmailCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SentEmailCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_email_pattern = <mtrs_tl::TlString>::deserialize(r)?;
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { email_pattern: f_email_pattern, length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for SentEmailCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("email_pattern");
        self.email_pattern.write_json(w);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SentEmailCode {}

/// `account.takeout#4dba4501 id:long = account.Takeout`
#[derive(Debug, Clone, PartialEq)]
pub struct Takeout {
    /// `id:long`
    pub id: i64,
}

impl Identifiable for Takeout {
    const CONSTRUCTOR_ID: u32 = 0x4dba4501;
    const NAME: &'static str = "account.takeout";
}

impl Serialize for Takeout {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Takeout {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.id.serialize(buf);
    }
}

impl Deserialize for Takeout {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Takeout {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_id = <i64>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for Takeout {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Takeout {}

/// `account.wallPapersNotModified#1c199183 = account.WallPapers`
#[derive(Debug, Clone, PartialEq)]
pub struct WallPapersNotModified;

impl Identifiable for WallPapersNotModified {
    const CONSTRUCTOR_ID: u32 = 0x1c199183;
    const NAME: &'static str = "account.wallPapersNotModified";
}

impl Serialize for WallPapersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WallPapersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for WallPapersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WallPapersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for WallPapersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for WallPapersNotModified {}

/// `account.wallPapers#cdc3858c hash:long wallpapers:Vector<WallPaper> = account.WallPapers`
#[derive(Debug, Clone, PartialEq)]
pub struct WallPapers {
    /// `hash:long`
    pub hash: i64,
    /// `wallpapers:Vector<WallPaper>`
    pub wallpapers: Vec<crate::enums::WallPaper>,
}

impl Identifiable for WallPapers {
    const CONSTRUCTOR_ID: u32 = 0xcdc3858c;
    const NAME: &'static str = "account.wallPapers";
}

impl Serialize for WallPapers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WallPapers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.wallpapers.serialize(buf);
    }
}

impl Deserialize for WallPapers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WallPapers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_wallpapers = <Vec<crate::enums::WallPaper>>::deserialize(r)?;
        Ok(Self { hash: f_hash, wallpapers: f_wallpapers })
    }
}

#[cfg(feature = "json")]
impl ToJson for WallPapers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("wallpapers");
        self.wallpapers.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WallPapers {}

/// `account.autoDownloadSettings#63cacf26 low:AutoDownloadSettings medium:AutoDownloadSettings high:AutoDownloadSettings = account.AutoDownloadSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct AutoDownloadSettings {
    /// `low:AutoDownloadSettings`
    pub low: crate::enums::AutoDownloadSettings,
    /// `medium:AutoDownloadSettings`
    pub medium: crate::enums::AutoDownloadSettings,
    /// `high:AutoDownloadSettings`
    pub high: crate::enums::AutoDownloadSettings,
}

impl Identifiable for AutoDownloadSettings {
    const CONSTRUCTOR_ID: u32 = 0x63cacf26;
    const NAME: &'static str = "account.autoDownloadSettings";
}

impl Serialize for AutoDownloadSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AutoDownloadSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.low.serialize(buf);
        self.medium.serialize(buf);
        self.high.serialize(buf);
    }
}

impl Deserialize for AutoDownloadSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AutoDownloadSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_low = <crate::enums::AutoDownloadSettings>::deserialize(r)?;
        let f_medium = <crate::enums::AutoDownloadSettings>::deserialize(r)?;
        let f_high = <crate::enums::AutoDownloadSettings>::deserialize(r)?;
        Ok(Self { low: f_low, medium: f_medium, high: f_high })
    }
}

#[cfg(feature = "json")]
impl ToJson for AutoDownloadSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("low");
        self.low.write_json(w);
        w.key("medium");
        self.medium.write_json(w);
        w.key("high");
        self.high.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AutoDownloadSettings {}

/// `account.themesNotModified#f41eb622 = account.Themes`
#[derive(Debug, Clone, PartialEq)]
pub struct ThemesNotModified;

impl Identifiable for ThemesNotModified {
    const CONSTRUCTOR_ID: u32 = 0xf41eb622;
    const NAME: &'static str = "account.themesNotModified";
}

impl Serialize for ThemesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ThemesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ThemesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ThemesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ThemesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ThemesNotModified {}

/// `account.themes#9a3d8c6d hash:long themes:Vector<Theme> = account.Themes`
#[derive(Debug, Clone, PartialEq)]
pub struct Themes {
    /// `hash:long`
    pub hash: i64,
    /// `themes:Vector<Theme>`
    pub themes: Vec<crate::enums::Theme>,
}

impl Identifiable for Themes {
    const CONSTRUCTOR_ID: u32 = 0x9a3d8c6d;
    const NAME: &'static str = "account.themes";
}

impl Serialize for Themes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Themes {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.themes.serialize(buf);
    }
}

impl Deserialize for Themes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Themes {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_themes = <Vec<crate::enums::Theme>>::deserialize(r)?;
        Ok(Self { hash: f_hash, themes: f_themes })
    }
}

#[cfg(feature = "json")]
impl ToJson for Themes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("themes");
        self.themes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Themes {}

/// `account.contentSettings#57e28221 flags:# sensitive_enabled:flags.0?true sensitive_can_change:flags.1?true = account.ContentSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct ContentSettings {
    /// `sensitive_enabled:flags.0?true`
    pub sensitive_enabled: bool,
    /// `sensitive_can_change:flags.1?true`
    pub sensitive_can_change: bool,
}

impl Identifiable for ContentSettings {
    const CONSTRUCTOR_ID: u32 = 0x57e28221;
    const NAME: &'static str = "account.contentSettings";
}

impl Serialize for ContentSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ContentSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.sensitive_enabled { 1 << 0 } else { 0 }
            | if self.sensitive_can_change { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl Deserialize for ContentSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ContentSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_sensitive_enabled = fl_flags & (1 << 0) != 0;
        let f_sensitive_can_change = fl_flags & (1 << 1) != 0;
        Ok(Self { sensitive_enabled: f_sensitive_enabled, sensitive_can_change: f_sensitive_can_change })
    }
}

#[cfg(feature = "json")]
impl ToJson for ContentSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sensitive_enabled");
        self.sensitive_enabled.write_json(w);
        w.key("sensitive_can_change");
        self.sensitive_can_change.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ContentSettings {}

/// `account.resetPasswordFailedWait#e3779861 retry_date:int = account.ResetPasswordResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordFailedWait {
    /// `retry_date:int`
    pub retry_date: i32,
}

impl Identifiable for ResetPasswordFailedWait {
    const CONSTRUCTOR_ID: u32 = 0xe3779861;
    const NAME: &'static str = "account.resetPasswordFailedWait";
}

impl Serialize for ResetPasswordFailedWait {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResetPasswordFailedWait {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.retry_date.serialize(buf);
    }
}

impl Deserialize for ResetPasswordFailedWait {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResetPasswordFailedWait {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_retry_date = <i32>::deserialize(r)?;
        Ok(Self { retry_date: f_retry_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetPasswordFailedWait {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("retry_date");
        self.retry_date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ResetPasswordFailedWait {}

/// `account.resetPasswordRequestedWait#e9effc7d until_date:int = account.ResetPasswordResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordRequestedWait {
    /// `until_date:int`
    pub until_date: i32,
}

impl Identifiable for ResetPasswordRequestedWait {
    const CONSTRUCTOR_ID: u32 = 0xe9effc7d;
    const NAME: &'static str = "account.resetPasswordRequestedWait";
}

impl Serialize for ResetPasswordRequestedWait {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResetPasswordRequestedWait {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.until_date.serialize(buf);
    }
}

impl Deserialize for ResetPasswordRequestedWait {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResetPasswordRequestedWait {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_until_date = <i32>::deserialize(r)?;
        Ok(Self { until_date: f_until_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetPasswordRequestedWait {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("until_date");
        self.until_date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ResetPasswordRequestedWait {}

/// `account.resetPasswordOk#e926d63e = account.ResetPasswordResult`
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordOk;

impl Identifiable for ResetPasswordOk {
    const CONSTRUCTOR_ID: u32 = 0xe926d63e;
    const NAME: &'static str = "account.resetPasswordOk";
}

impl Serialize for ResetPasswordOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResetPasswordOk {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ResetPasswordOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResetPasswordOk {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetPasswordOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ResetPasswordOk {}

/// `account.chatThemesNotModified#e011e1c4 = account.ChatThemes`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatThemesNotModified;

impl Identifiable for ChatThemesNotModified {
    const CONSTRUCTOR_ID: u32 = 0xe011e1c4;
    const NAME: &'static str = "account.chatThemesNotModified";
}

impl Serialize for ChatThemesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatThemesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ChatThemesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatThemesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatThemesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatThemesNotModified {}

/// `account.chatThemes#be098173 flags:# hash:long themes:Vector<ChatTheme> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = account.ChatThemes`
#[derive(Debug, Clone, PartialEq)]
pub struct ChatThemes {
    /// `hash:long`
    pub hash: i64,
    /// `themes:Vector<ChatTheme>`
    pub themes: Vec<crate::enums::ChatTheme>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for ChatThemes {
    const CONSTRUCTOR_ID: u32 = 0xbe098173;
    const NAME: &'static str = "account.chatThemes";
}

impl Serialize for ChatThemes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ChatThemes {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.hash.serialize(buf);
        self.themes.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for ChatThemes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ChatThemes {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_hash = <i64>::deserialize(r)?;
        let f_themes = <Vec<crate::enums::ChatTheme>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { hash: f_hash, themes: f_themes, chats: f_chats, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatThemes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("themes");
        self.themes.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ChatThemes {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.savedRingtonesNotModified#fbf6e8b1 = account.SavedRingtones`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedRingtonesNotModified;

impl Identifiable for SavedRingtonesNotModified {
    const CONSTRUCTOR_ID: u32 = 0xfbf6e8b1;
    const NAME: &'static str = "account.savedRingtonesNotModified";
}

impl Serialize for SavedRingtonesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedRingtonesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SavedRingtonesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedRingtonesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtonesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedRingtonesNotModified {}

/// `account.savedRingtones#c1e92cc5 hash:long ringtones:Vector<Document> = account.SavedRingtones`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedRingtones {
    /// `hash:long`
    pub hash: i64,
    /// `ringtones:Vector<Document>`
    pub ringtones: Vec<crate::enums::Document>,
}

impl Identifiable for SavedRingtones {
    const CONSTRUCTOR_ID: u32 = 0xc1e92cc5;
    const NAME: &'static str = "account.savedRingtones";
}

impl Serialize for SavedRingtones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedRingtones {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.ringtones.serialize(buf);
    }
}

impl Deserialize for SavedRingtones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedRingtones {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_ringtones = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { hash: f_hash, ringtones: f_ringtones })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtones {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("ringtones");
        self.ringtones.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedRingtones {}

/// `account.savedRingtone#b7263f6d = account.SavedRingtone`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedRingtone;

impl Identifiable for SavedRingtone {
    const CONSTRUCTOR_ID: u32 = 0xb7263f6d;
    const NAME: &'static str = "account.savedRingtone";
}

impl Serialize for SavedRingtone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedRingtone {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SavedRingtone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedRingtone {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedRingtone {}

/// `account.savedRingtoneConverted#1f307eb7 document:Document = account.SavedRingtone`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedRingtoneConverted {
    /// `document:Document`
    pub document: crate::enums::Document,
}

impl Identifiable for SavedRingtoneConverted {
    const CONSTRUCTOR_ID: u32 = 0x1f307eb7;
    const NAME: &'static str = "account.savedRingtoneConverted";
}

impl Serialize for SavedRingtoneConverted {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedRingtoneConverted {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.document.serialize(buf);
    }
}

impl Deserialize for SavedRingtoneConverted {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedRingtoneConverted {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_document = <crate::enums::Document>::deserialize(r)?;
        Ok(Self { document: f_document })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtoneConverted {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("document");
        self.document.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedRingtoneConverted {}

/// `account.emojiStatusesNotModified#d08ce645 = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiStatusesNotModified;

impl Identifiable for EmojiStatusesNotModified {
    const CONSTRUCTOR_ID: u32 = 0xd08ce645;
    const NAME: &'static str = "account.emojiStatusesNotModified";
}

impl Serialize for EmojiStatusesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiStatusesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for EmojiStatusesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiStatusesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiStatusesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiStatusesNotModified {}

/// `account.emojiStatuses#90c467d1 hash:long statuses:Vector<EmojiStatus> = account.EmojiStatuses`
#[derive(Debug, Clone, PartialEq)]
pub struct EmojiStatuses {
    /// `hash:long`
    pub hash: i64,
    /// `statuses:Vector<EmojiStatus>`
    pub statuses: Vec<crate::enums::EmojiStatus>,
}

impl Identifiable for EmojiStatuses {
    const CONSTRUCTOR_ID: u32 = 0x90c467d1;
    const NAME: &'static str = "account.emojiStatuses";
}

impl Serialize for EmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmojiStatuses {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.statuses.serialize(buf);
    }
}

impl Deserialize for EmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmojiStatuses {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_statuses = <Vec<crate::enums::EmojiStatus>>::deserialize(r)?;
        Ok(Self { hash: f_hash, statuses: f_statuses })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("statuses");
        self.statuses.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmojiStatuses {}

/// `account.emailVerified#2b96cd1b email:string = account.EmailVerified`
#[derive(Debug, Clone, PartialEq)]
pub struct EmailVerified {
    /// `email:string`
    pub email: mtrs_tl::TlString,
}

impl Identifiable for EmailVerified {
    const CONSTRUCTOR_ID: u32 = 0x2b96cd1b;
    const NAME: &'static str = "account.emailVerified";
}

impl Serialize for EmailVerified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmailVerified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.email.serialize(buf);
    }
}

impl Deserialize for EmailVerified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmailVerified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_email = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { email: f_email })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmailVerified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("email");
        self.email.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmailVerified {}

/// `account.emailVerifiedLogin#e1bb0d61 email:string sent_code:auth.SentCode = account.EmailVerified`
#[derive(Debug, Clone, PartialEq)]
pub struct EmailVerifiedLogin {
    /// `email:string`
    pub email: mtrs_tl::TlString,
    /// `sent_code:auth.SentCode`
    pub sent_code: crate::enums::auth::SentCode,
}

impl Identifiable for EmailVerifiedLogin {
    const CONSTRUCTOR_ID: u32 = 0xe1bb0d61;
    const NAME: &'static str = "account.emailVerifiedLogin";
}

impl Serialize for EmailVerifiedLogin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EmailVerifiedLogin {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.email.serialize(buf);
        self.sent_code.serialize(buf);
    }
}

impl Deserialize for EmailVerifiedLogin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EmailVerifiedLogin {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_email = <mtrs_tl::TlString>::deserialize(r)?;
        let f_sent_code = <crate::enums::auth::SentCode>::deserialize(r)?;
        Ok(Self { email: f_email, sent_code: f_sent_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for EmailVerifiedLogin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("email");
        self.email.write_json(w);
        w.key("sent_code");
        self.sent_code.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EmailVerifiedLogin {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.sent_code, found);
    }
}

/// `account.autoSaveSettings#4c3e069d users_settings:AutoSaveSettings chats_settings:AutoSaveSettings broadcasts_settings:AutoSaveSettings exceptions:Vector<AutoSaveException> chats:Vector<Chat> users:Vector<User> = account.AutoSaveSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct AutoSaveSettings {
    /// `users_settings:AutoSaveSettings`
    pub users_settings: crate::enums::AutoSaveSettings,
    /// `chats_settings:AutoSaveSettings`
    pub chats_settings: crate::enums::AutoSaveSettings,
    /// `broadcasts_settings:AutoSaveSettings`
    pub broadcasts_settings: crate::enums::AutoSaveSettings,
    /// `exceptions:Vector<AutoSaveException>`
    pub exceptions: Vec<crate::enums::AutoSaveException>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for AutoSaveSettings {
    const CONSTRUCTOR_ID: u32 = 0x4c3e069d;
    const NAME: &'static str = "account.autoSaveSettings";
}

impl Serialize for AutoSaveSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AutoSaveSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.users_settings.serialize(buf);
        self.chats_settings.serialize(buf);
        self.broadcasts_settings.serialize(buf);
        self.exceptions.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for AutoSaveSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AutoSaveSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_users_settings = <crate::enums::AutoSaveSettings>::deserialize(r)?;
        let f_chats_settings = <crate::enums::AutoSaveSettings>::deserialize(r)?;
        let f_broadcasts_settings = <crate::enums::AutoSaveSettings>::deserialize(r)?;
        let f_exceptions = <Vec<crate::enums::AutoSaveException>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { users_settings: f_users_settings, chats_settings: f_chats_settings, broadcasts_settings: f_broadcasts_settings, exceptions: f_exceptions, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for AutoSaveSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("users_settings");
        self.users_settings.write_json(w);
        w.key("chats_settings");
        self.chats_settings.write_json(w);
        w.key("broadcasts_settings");
        self.broadcasts_settings.write_json(w);
        w.key("exceptions");
        self.exceptions.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AutoSaveSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.connectedBots#17d7f87b connected_bots:Vector<ConnectedBot> users:Vector<User> = account.ConnectedBots`
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectedBots {
    /// `connected_bots:Vector<ConnectedBot>`
    pub connected_bots: Vec<crate::enums::ConnectedBot>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ConnectedBots {
    const CONSTRUCTOR_ID: u32 = 0x17d7f87b;
    const NAME: &'static str = "account.connectedBots";
}

impl Serialize for ConnectedBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ConnectedBots {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.connected_bots.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ConnectedBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ConnectedBots {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_connected_bots = <Vec<crate::enums::ConnectedBot>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { connected_bots: f_connected_bots, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConnectedBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("connected_bots");
        self.connected_bots.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ConnectedBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.businessChatLinks#ec43a2d1 links:Vector<BusinessChatLink> chats:Vector<Chat> users:Vector<User> = account.BusinessChatLinks`
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessChatLinks {
    /// `links:Vector<BusinessChatLink>`
    pub links: Vec<crate::enums::BusinessChatLink>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for BusinessChatLinks {
    const CONSTRUCTOR_ID: u32 = 0xec43a2d1;
    const NAME: &'static str = "account.businessChatLinks";
}

impl Serialize for BusinessChatLinks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BusinessChatLinks {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.links.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for BusinessChatLinks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BusinessChatLinks {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_links = <Vec<crate::enums::BusinessChatLink>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { links: f_links, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for BusinessChatLinks {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("links");
        self.links.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BusinessChatLinks {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.resolvedBusinessChatLinks#9a23af21 flags:# peer:Peer message:string entities:flags.0?Vector<MessageEntity> chats:Vector<Chat> users:Vector<User> = account.ResolvedBusinessChatLinks`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedBusinessChatLinks {
    /// `peer:Peer`
    pub peer: crate::enums::Peer,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:flags.0?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ResolvedBusinessChatLinks {
    const CONSTRUCTOR_ID: u32 = 0x9a23af21;
    const NAME: &'static str = "account.resolvedBusinessChatLinks";
}

impl Serialize for ResolvedBusinessChatLinks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResolvedBusinessChatLinks {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.entities.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.message.serialize(buf);
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ResolvedBusinessChatLinks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResolvedBusinessChatLinks {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::Peer>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = if fl_flags & (1 << 0) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { peer: f_peer, message: f_message, entities: f_entities, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolvedBusinessChatLinks {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ResolvedBusinessChatLinks {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `account.paidMessagesRevenue#1e109708 stars_amount:long = account.PaidMessagesRevenue`
#[derive(Debug, Clone, PartialEq)]
pub struct PaidMessagesRevenue {
    /// `stars_amount:long`
    pub stars_amount: i64,
}

impl Identifiable for PaidMessagesRevenue {
    const CONSTRUCTOR_ID: u32 = 0x1e109708;
    const NAME: &'static str = "account.paidMessagesRevenue";
}

impl Serialize for PaidMessagesRevenue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaidMessagesRevenue {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.stars_amount.serialize(buf);
    }
}

impl Deserialize for PaidMessagesRevenue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaidMessagesRevenue {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_stars_amount = <i64>::deserialize(r)?;
        Ok(Self { stars_amount: f_stars_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaidMessagesRevenue {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stars_amount");
        self.stars_amount.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaidMessagesRevenue {}

/// `account.savedMusicIdsNotModified#4fc81d6e = account.SavedMusicIds`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedMusicIdsNotModified;

impl Identifiable for SavedMusicIdsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x4fc81d6e;
    const NAME: &'static str = "account.savedMusicIdsNotModified";
}

impl Serialize for SavedMusicIdsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedMusicIdsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SavedMusicIdsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedMusicIdsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusicIdsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedMusicIdsNotModified {}

/// `account.savedMusicIds#998d6636 ids:Vector<long> = account.SavedMusicIds`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedMusicIds {
    /// `ids:Vector<long>`
    pub ids: Vec<i64>,
}

impl Identifiable for SavedMusicIds {
    const CONSTRUCTOR_ID: u32 = 0x998d6636;
    const NAME: &'static str = "account.savedMusicIds";
}

impl Serialize for SavedMusicIds {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedMusicIds {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.ids.serialize(buf);
    }
}

impl Deserialize for SavedMusicIds {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedMusicIds {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { ids: f_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusicIds {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ids");
        self.ids.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedMusicIds {}

/// `account.passkeys#f8e0aa1c passkeys:Vector<Passkey> = account.Passkeys`
#[derive(Debug, Clone, PartialEq)]
pub struct Passkeys {
    /// `passkeys:Vector<Passkey>`
    pub passkeys: Vec<crate::enums::Passkey>,
}

impl Identifiable for Passkeys {
    const CONSTRUCTOR_ID: u32 = 0xf8e0aa1c;
    const NAME: &'static str = "account.passkeys";
}

impl Serialize for Passkeys {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Passkeys {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.passkeys.serialize(buf);
    }
}

impl Deserialize for Passkeys {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Passkeys {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_passkeys = <Vec<crate::enums::Passkey>>::deserialize(r)?;
        Ok(Self { passkeys: f_passkeys })
    }
}

#[cfg(feature = "json")]
impl ToJson for Passkeys {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("passkeys");
        self.passkeys.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Passkeys {}

/// `account.passkeyRegistrationOptions#e16b5ce1 options:DataJSON = account.PasskeyRegistrationOptions`
#[derive(Debug, Clone, PartialEq)]
pub struct PasskeyRegistrationOptions {
    /// `options:DataJSON`
    pub options: crate::enums::DataJSON,
}

impl Identifiable for PasskeyRegistrationOptions {
    const CONSTRUCTOR_ID: u32 = 0xe16b5ce1;
    const NAME: &'static str = "account.passkeyRegistrationOptions";
}

impl Serialize for PasskeyRegistrationOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PasskeyRegistrationOptions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.options.serialize(buf);
    }
}

impl Deserialize for PasskeyRegistrationOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PasskeyRegistrationOptions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_options = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { options: f_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for PasskeyRegistrationOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("options");
        self.options.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PasskeyRegistrationOptions {}

/// `account.webBrowserSettingsNotModified#c31c8f4e = account.WebBrowserSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct WebBrowserSettingsNotModified;

impl Identifiable for WebBrowserSettingsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xc31c8f4e;
    const NAME: &'static str = "account.webBrowserSettingsNotModified";
}

impl Serialize for WebBrowserSettingsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebBrowserSettingsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for WebBrowserSettingsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebBrowserSettingsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for WebBrowserSettingsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for WebBrowserSettingsNotModified {}

/// `account.webBrowserSettings#79eb8cb3 flags:# open_external_browser:flags.0?true display_close_button:flags.1?true external_exceptions:Vector<WebDomainException> inapp_exceptions:Vector<WebDomainException> hash:long = account.WebBrowserSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct WebBrowserSettings {
    /// `open_external_browser:flags.0?true`
    pub open_external_browser: bool,
    /// `display_close_button:flags.1?true`
    pub display_close_button: bool,
    /// `external_exceptions:Vector<WebDomainException>`
    pub external_exceptions: Vec<crate::enums::WebDomainException>,
    /// `inapp_exceptions:Vector<WebDomainException>`
    pub inapp_exceptions: Vec<crate::enums::WebDomainException>,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for WebBrowserSettings {
    const CONSTRUCTOR_ID: u32 = 0x79eb8cb3;
    const NAME: &'static str = "account.webBrowserSettings";
}

impl Serialize for WebBrowserSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebBrowserSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.open_external_browser { 1 << 0 } else { 0 }
            | if self.display_close_button { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.external_exceptions.serialize(buf);
        self.inapp_exceptions.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl Deserialize for WebBrowserSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebBrowserSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_open_external_browser = fl_flags & (1 << 0) != 0;
        let f_display_close_button = fl_flags & (1 << 1) != 0;
        let f_external_exceptions = <Vec<crate::enums::WebDomainException>>::deserialize(r)?;
        let f_inapp_exceptions = <Vec<crate::enums::WebDomainException>>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { open_external_browser: f_open_external_browser, display_close_button: f_display_close_button, external_exceptions: f_external_exceptions, inapp_exceptions: f_inapp_exceptions, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for WebBrowserSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("open_external_browser");
        self.open_external_browser.write_json(w);
        w.key("display_close_button");
        self.display_close_button.write_json(w);
        w.key("external_exceptions");
        self.external_exceptions.write_json(w);
        w.key("inapp_exceptions");
        self.inapp_exceptions.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WebBrowserSettings {}
