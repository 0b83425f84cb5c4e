// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `account` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `account.AuthorizationForm`: `account.authorizationForm`.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthorizationForm {
    /// `account.authorizationForm#ad2e1cd8`
    AuthorizationForm(crate::types::account::AuthorizationForm),
}

impl AuthorizationForm {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AuthorizationForm(_) => 0xad2e1cd8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AuthorizationForm(_) => "account.authorizationForm",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xad2e1cd8 => Self::AuthorizationForm(<crate::types::account::AuthorizationForm>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.AuthorizationForm" }),
        })
    }
}

impl Serialize for AuthorizationForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AuthorizationForm(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AuthorizationForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AuthorizationForm {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AuthorizationForm(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::AuthorizationForm> for AuthorizationForm {
    fn from(x: crate::types::account::AuthorizationForm) -> Self {
        Self::AuthorizationForm(x)
    }
}

impl crate::peers::Peers for AuthorizationForm {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::AuthorizationForm(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.Authorizations`: `account.authorizations`.
#[derive(Debug, Clone, PartialEq)]
pub enum Authorizations {
    /// `account.authorizations#4bff8ea0`
    Authorizations(crate::types::account::Authorizations),
}

impl Authorizations {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Authorizations(_) => 0x4bff8ea0,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Authorizations(_) => "account.authorizations",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4bff8ea0 => Self::Authorizations(<crate::types::account::Authorizations>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.Authorizations" }),
        })
    }
}

impl Serialize for Authorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Authorizations(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Authorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Authorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Authorizations(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::Authorizations> for Authorizations {
    fn from(x: crate::types::account::Authorizations) -> Self {
        Self::Authorizations(x)
    }
}

impl crate::peers::Peers for Authorizations {}

/// The boxed type `account.AutoDownloadSettings`: `account.autoDownloadSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoDownloadSettings {
    /// `account.autoDownloadSettings#63cacf26`
    AutoDownloadSettings(crate::types::account::AutoDownloadSettings),
}

impl AutoDownloadSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AutoDownloadSettings(_) => 0x63cacf26,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AutoDownloadSettings(_) => "account.autoDownloadSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x63cacf26 => Self::AutoDownloadSettings(<crate::types::account::AutoDownloadSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.AutoDownloadSettings" }),
        })
    }
}

impl Serialize for AutoDownloadSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AutoDownloadSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AutoDownloadSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AutoDownloadSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AutoDownloadSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::AutoDownloadSettings> for AutoDownloadSettings {
    fn from(x: crate::types::account::AutoDownloadSettings) -> Self {
        Self::AutoDownloadSettings(x)
    }
}

impl crate::peers::Peers for AutoDownloadSettings {}

/// The boxed type `account.AutoSaveSettings`: `account.autoSaveSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoSaveSettings {
    /// `account.autoSaveSettings#4c3e069d`
    AutoSaveSettings(crate::types::account::AutoSaveSettings),
}

impl AutoSaveSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AutoSaveSettings(_) => 0x4c3e069d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AutoSaveSettings(_) => "account.autoSaveSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4c3e069d => Self::AutoSaveSettings(<crate::types::account::AutoSaveSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.AutoSaveSettings" }),
        })
    }
}

impl Serialize for AutoSaveSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AutoSaveSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AutoSaveSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AutoSaveSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AutoSaveSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::AutoSaveSettings> for AutoSaveSettings {
    fn from(x: crate::types::account::AutoSaveSettings) -> Self {
        Self::AutoSaveSettings(x)
    }
}

impl crate::peers::Peers for AutoSaveSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::AutoSaveSettings(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.BusinessChatLinks`: `account.businessChatLinks`.
#[derive(Debug, Clone, PartialEq)]
pub enum BusinessChatLinks {
    /// `account.businessChatLinks#ec43a2d1`
    BusinessChatLinks(crate::types::account::BusinessChatLinks),
}

impl BusinessChatLinks {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BusinessChatLinks(_) => 0xec43a2d1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BusinessChatLinks(_) => "account.businessChatLinks",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xec43a2d1 => Self::BusinessChatLinks(<crate::types::account::BusinessChatLinks>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.BusinessChatLinks" }),
        })
    }
}

impl Serialize for BusinessChatLinks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BusinessChatLinks(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BusinessChatLinks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BusinessChatLinks {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BusinessChatLinks(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::BusinessChatLinks> for BusinessChatLinks {
    fn from(x: crate::types::account::BusinessChatLinks) -> Self {
        Self::BusinessChatLinks(x)
    }
}

impl crate::peers::Peers for BusinessChatLinks {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::BusinessChatLinks(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.ChatThemes`: `account.chatThemesNotModified`, `account.chatThemes`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatThemes {
    /// `account.chatThemesNotModified#e011e1c4`
    ChatThemesNotModified,
    /// `account.chatThemes#be098173`
    ChatThemes(crate::types::account::ChatThemes),
}

impl ChatThemes {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatThemesNotModified => 0xe011e1c4,
            Self::ChatThemes(_) => 0xbe098173,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatThemesNotModified => "account.chatThemesNotModified",
            Self::ChatThemes(_) => "account.chatThemes",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe011e1c4 => Self::ChatThemesNotModified,
            0xbe098173 => Self::ChatThemes(<crate::types::account::ChatThemes>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.ChatThemes" }),
        })
    }
}

impl Serialize for ChatThemes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatThemesNotModified => buf.extend_from_slice(&0xe011e1c4u32.to_le_bytes()),
            Self::ChatThemes(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatThemes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatThemes {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatThemesNotModified => {
                w.begin_object("account.chatThemesNotModified");
                w.end_object();
            }
            Self::ChatThemes(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::ChatThemesNotModified> for ChatThemes {
    fn from(_x: crate::types::account::ChatThemesNotModified) -> Self {
        Self::ChatThemesNotModified
    }
}

impl From<crate::types::account::ChatThemes> for ChatThemes {
    fn from(x: crate::types::account::ChatThemes) -> Self {
        Self::ChatThemes(x)
    }
}

impl crate::peers::Peers for ChatThemes {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatThemes(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `account.ConnectedBots`: `account.connectedBots`.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectedBots {
    /// `account.connectedBots#17d7f87b`
    ConnectedBots(crate::types::account::ConnectedBots),
}

impl ConnectedBots {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ConnectedBots(_) => 0x17d7f87b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ConnectedBots(_) => "account.connectedBots",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x17d7f87b => Self::ConnectedBots(<crate::types::account::ConnectedBots>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.ConnectedBots" }),
        })
    }
}

impl Serialize for ConnectedBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ConnectedBots(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ConnectedBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ConnectedBots {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ConnectedBots(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::ConnectedBots> for ConnectedBots {
    fn from(x: crate::types::account::ConnectedBots) -> Self {
        Self::ConnectedBots(x)
    }
}

impl crate::peers::Peers for ConnectedBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ConnectedBots(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.ContentSettings`: `account.contentSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum ContentSettings {
    /// `account.contentSettings#57e28221`
    ContentSettings(crate::types::account::ContentSettings),
}

impl ContentSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ContentSettings(_) => 0x57e28221,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ContentSettings(_) => "account.contentSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x57e28221 => Self::ContentSettings(<crate::types::account::ContentSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.ContentSettings" }),
        })
    }
}

impl Serialize for ContentSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ContentSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ContentSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ContentSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ContentSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::ContentSettings> for ContentSettings {
    fn from(x: crate::types::account::ContentSettings) -> Self {
        Self::ContentSettings(x)
    }
}

impl crate::peers::Peers for ContentSettings {}

/// The boxed type `account.EmailVerified`: `account.emailVerified`, `account.emailVerifiedLogin`.
#[derive(Debug, Clone, PartialEq)]
pub enum EmailVerified {
    /// `account.emailVerified#2b96cd1b`
    EmailVerified(crate::types::account::EmailVerified),
    /// `account.emailVerifiedLogin#e1bb0d61`
    EmailVerifiedLogin(crate::types::account::EmailVerifiedLogin),
}

impl EmailVerified {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EmailVerified(_) => 0x2b96cd1b,
            Self::EmailVerifiedLogin(_) => 0xe1bb0d61,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EmailVerified(_) => "account.emailVerified",
            Self::EmailVerifiedLogin(_) => "account.emailVerifiedLogin",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2b96cd1b => Self::EmailVerified(<crate::types::account::EmailVerified>::deserialize_bare(r)?),
            0xe1bb0d61 => Self::EmailVerifiedLogin(<crate::types::account::EmailVerifiedLogin>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.EmailVerified" }),
        })
    }
}

impl Serialize for EmailVerified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EmailVerified(x) => x.serialize(buf),
            Self::EmailVerifiedLogin(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EmailVerified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EmailVerified {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EmailVerified(x) => x.write_json(w),
            Self::EmailVerifiedLogin(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::EmailVerified> for EmailVerified {
    fn from(x: crate::types::account::EmailVerified) -> Self {
        Self::EmailVerified(x)
    }
}

impl From<crate::types::account::EmailVerifiedLogin> for EmailVerified {
    fn from(x: crate::types::account::EmailVerifiedLogin) -> Self {
        Self::EmailVerifiedLogin(x)
    }
}

impl crate::peers::Peers for EmailVerified {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::EmailVerifiedLogin(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `account.EmojiStatuses`: `account.emojiStatusesNotModified`, `account.emojiStatuses`.
#[derive(Debug, Clone, PartialEq)]
pub enum EmojiStatuses {
    /// `account.emojiStatusesNotModified#d08ce645`
    EmojiStatusesNotModified,
    /// `account.emojiStatuses#90c467d1`
    EmojiStatuses(crate::types::account::EmojiStatuses),
}

impl EmojiStatuses {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EmojiStatusesNotModified => 0xd08ce645,
            Self::EmojiStatuses(_) => 0x90c467d1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EmojiStatusesNotModified => "account.emojiStatusesNotModified",
            Self::EmojiStatuses(_) => "account.emojiStatuses",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xd08ce645 => Self::EmojiStatusesNotModified,
            0x90c467d1 => Self::EmojiStatuses(<crate::types::account::EmojiStatuses>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.EmojiStatuses" }),
        })
    }
}

impl Serialize for EmojiStatuses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EmojiStatusesNotModified => buf.extend_from_slice(&0xd08ce645u32.to_le_bytes()),
            Self::EmojiStatuses(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EmojiStatuses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiStatuses {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EmojiStatusesNotModified => {
                w.begin_object("account.emojiStatusesNotModified");
                w.end_object();
            }
            Self::EmojiStatuses(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::EmojiStatusesNotModified> for EmojiStatuses {
    fn from(_x: crate::types::account::EmojiStatusesNotModified) -> Self {
        Self::EmojiStatusesNotModified
    }
}

impl From<crate::types::account::EmojiStatuses> for EmojiStatuses {
    fn from(x: crate::types::account::EmojiStatuses) -> Self {
        Self::EmojiStatuses(x)
    }
}

impl crate::peers::Peers for EmojiStatuses {}

/// The boxed type `account.PaidMessagesRevenue`: `account.paidMessagesRevenue`.
#[derive(Debug, Clone, PartialEq)]
pub enum PaidMessagesRevenue {
    /// `account.paidMessagesRevenue#1e109708`
    PaidMessagesRevenue(crate::types::account::PaidMessagesRevenue),
}

impl PaidMessagesRevenue {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PaidMessagesRevenue(_) => 0x1e109708,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PaidMessagesRevenue(_) => "account.paidMessagesRevenue",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1e109708 => Self::PaidMessagesRevenue(<crate::types::account::PaidMessagesRevenue>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.PaidMessagesRevenue" }),
        })
    }
}

impl Serialize for PaidMessagesRevenue {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PaidMessagesRevenue(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PaidMessagesRevenue {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PaidMessagesRevenue {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PaidMessagesRevenue(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::PaidMessagesRevenue> for PaidMessagesRevenue {
    fn from(x: crate::types::account::PaidMessagesRevenue) -> Self {
        Self::PaidMessagesRevenue(x)
    }
}

impl crate::peers::Peers for PaidMessagesRevenue {}

/// The boxed type `account.PasskeyRegistrationOptions`: `account.passkeyRegistrationOptions`.
#[derive(Debug, Clone, PartialEq)]
pub enum PasskeyRegistrationOptions {
    /// `account.passkeyRegistrationOptions#e16b5ce1`
    PasskeyRegistrationOptions(crate::types::account::PasskeyRegistrationOptions),
}

impl PasskeyRegistrationOptions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PasskeyRegistrationOptions(_) => 0xe16b5ce1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PasskeyRegistrationOptions(_) => "account.passkeyRegistrationOptions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe16b5ce1 => Self::PasskeyRegistrationOptions(<crate::types::account::PasskeyRegistrationOptions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.PasskeyRegistrationOptions" }),
        })
    }
}

impl Serialize for PasskeyRegistrationOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PasskeyRegistrationOptions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PasskeyRegistrationOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PasskeyRegistrationOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PasskeyRegistrationOptions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::PasskeyRegistrationOptions> for PasskeyRegistrationOptions {
    fn from(x: crate::types::account::PasskeyRegistrationOptions) -> Self {
        Self::PasskeyRegistrationOptions(x)
    }
}

impl crate::peers::Peers for PasskeyRegistrationOptions {}

/// The boxed type `account.Passkeys`: `account.passkeys`.
#[derive(Debug, Clone, PartialEq)]
pub enum Passkeys {
    /// `account.passkeys#f8e0aa1c`
    Passkeys(crate::types::account::Passkeys),
}

impl Passkeys {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Passkeys(_) => 0xf8e0aa1c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Passkeys(_) => "account.passkeys",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf8e0aa1c => Self::Passkeys(<crate::types::account::Passkeys>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.Passkeys" }),
        })
    }
}

impl Serialize for Passkeys {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Passkeys(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Passkeys {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Passkeys {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Passkeys(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::Passkeys> for Passkeys {
    fn from(x: crate::types::account::Passkeys) -> Self {
        Self::Passkeys(x)
    }
}

impl crate::peers::Peers for Passkeys {}

/// The boxed type `account.Password`: `account.password`.
#[derive(Debug, Clone, PartialEq)]
pub enum Password {
    /// `account.password#957b50fb`
    Password(crate::types::account::Password),
}

impl Password {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Password(_) => 0x957b50fb,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Password(_) => "account.password",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x957b50fb => Self::Password(<crate::types::account::Password>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.Password" }),
        })
    }
}

impl Serialize for Password {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Password(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Password {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Password {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Password(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::Password> for Password {
    fn from(x: crate::types::account::Password) -> Self {
        Self::Password(x)
    }
}

impl crate::peers::Peers for Password {}

/// The boxed type `account.PasswordInputSettings`: `account.passwordInputSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum PasswordInputSettings {
    /// `account.passwordInputSettings#c23727c9`
    PasswordInputSettings(crate::types::account::PasswordInputSettings),
}

impl PasswordInputSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PasswordInputSettings(_) => 0xc23727c9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PasswordInputSettings(_) => "account.passwordInputSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc23727c9 => Self::PasswordInputSettings(<crate::types::account::PasswordInputSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.PasswordInputSettings" }),
        })
    }
}

impl Serialize for PasswordInputSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PasswordInputSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PasswordInputSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordInputSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PasswordInputSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::PasswordInputSettings> for PasswordInputSettings {
    fn from(x: crate::types::account::PasswordInputSettings) -> Self {
        Self::PasswordInputSettings(x)
    }
}

impl crate::peers::Peers for PasswordInputSettings {}

/// The boxed type `account.PasswordSettings`: `account.passwordSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum PasswordSettings {
    /// `account.passwordSettings#9a5c33e5`
    PasswordSettings(crate::types::account::PasswordSettings),
}

impl PasswordSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PasswordSettings(_) => 0x9a5c33e5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PasswordSettings(_) => "account.passwordSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9a5c33e5 => Self::PasswordSettings(<crate::types::account::PasswordSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.PasswordSettings" }),
        })
    }
}

impl Serialize for PasswordSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PasswordSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PasswordSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PasswordSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PasswordSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::PasswordSettings> for PasswordSettings {
    fn from(x: crate::types::account::PasswordSettings) -> Self {
        Self::PasswordSettings(x)
    }
}

impl crate::peers::Peers for PasswordSettings {}

/// The boxed type `account.PrivacyRules`: `account.privacyRules`.
#[derive(Debug, Clone, PartialEq)]
pub enum PrivacyRules {
    /// `account.privacyRules#50a04e45`
    PrivacyRules(crate::types::account::PrivacyRules),
}

impl PrivacyRules {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PrivacyRules(_) => 0x50a04e45,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PrivacyRules(_) => "account.privacyRules",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x50a04e45 => Self::PrivacyRules(<crate::types::account::PrivacyRules>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.PrivacyRules" }),
        })
    }
}

impl Serialize for PrivacyRules {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PrivacyRules(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PrivacyRules {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PrivacyRules {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PrivacyRules(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::PrivacyRules> for PrivacyRules {
    fn from(x: crate::types::account::PrivacyRules) -> Self {
        Self::PrivacyRules(x)
    }
}

impl crate::peers::Peers for PrivacyRules {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PrivacyRules(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.ResetPasswordResult`: `account.resetPasswordFailedWait`, `account.resetPasswordRequestedWait`, `account.resetPasswordOk`.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetPasswordResult {
    /// `account.resetPasswordFailedWait#e3779861`
    ResetPasswordFailedWait(crate::types::account::ResetPasswordFailedWait),
    /// `account.resetPasswordRequestedWait#e9effc7d`
    ResetPasswordRequestedWait(crate::types::account::ResetPasswordRequestedWait),
    /// `account.resetPasswordOk#e926d63e`
    ResetPasswordOk,
}

impl ResetPasswordResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ResetPasswordFailedWait(_) => 0xe3779861,
            Self::ResetPasswordRequestedWait(_) => 0xe9effc7d,
            Self::ResetPasswordOk => 0xe926d63e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ResetPasswordFailedWait(_) => "account.resetPasswordFailedWait",
            Self::ResetPasswordRequestedWait(_) => "account.resetPasswordRequestedWait",
            Self::ResetPasswordOk => "account.resetPasswordOk",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe3779861 => Self::ResetPasswordFailedWait(<crate::types::account::ResetPasswordFailedWait>::deserialize_bare(r)?),
            0xe9effc7d => Self::ResetPasswordRequestedWait(<crate::types::account::ResetPasswordRequestedWait>::deserialize_bare(r)?),
            0xe926d63e => Self::ResetPasswordOk,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.ResetPasswordResult" }),
        })
    }
}

impl Serialize for ResetPasswordResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ResetPasswordFailedWait(x) => x.serialize(buf),
            Self::ResetPasswordRequestedWait(x) => x.serialize(buf),
            Self::ResetPasswordOk => buf.extend_from_slice(&0xe926d63eu32.to_le_bytes()),
        }
    }
}

impl Deserialize for ResetPasswordResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ResetPasswordResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ResetPasswordFailedWait(x) => x.write_json(w),
            Self::ResetPasswordRequestedWait(x) => x.write_json(w),
            Self::ResetPasswordOk => {
                w.begin_object("account.resetPasswordOk");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::account::ResetPasswordFailedWait> for ResetPasswordResult {
    fn from(x: crate::types::account::ResetPasswordFailedWait) -> Self {
        Self::ResetPasswordFailedWait(x)
    }
}

impl From<crate::types::account::ResetPasswordRequestedWait> for ResetPasswordResult {
    fn from(x: crate::types::account::ResetPasswordRequestedWait) -> Self {
        Self::ResetPasswordRequestedWait(x)
    }
}

impl From<crate::types::account::ResetPasswordOk> for ResetPasswordResult {
    fn from(_x: crate::types::account::ResetPasswordOk) -> Self {
        Self::ResetPasswordOk
    }
}

impl crate::peers::Peers for ResetPasswordResult {}

/// The boxed type `account.ResolvedBusinessChatLinks`: `account.resolvedBusinessChatLinks`.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolvedBusinessChatLinks {
    /// `account.resolvedBusinessChatLinks#9a23af21`
    ResolvedBusinessChatLinks(crate::types::account::ResolvedBusinessChatLinks),
}

impl ResolvedBusinessChatLinks {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ResolvedBusinessChatLinks(_) => 0x9a23af21,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ResolvedBusinessChatLinks(_) => "account.resolvedBusinessChatLinks",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9a23af21 => Self::ResolvedBusinessChatLinks(<crate::types::account::ResolvedBusinessChatLinks>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.ResolvedBusinessChatLinks" }),
        })
    }
}

impl Serialize for ResolvedBusinessChatLinks {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ResolvedBusinessChatLinks(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ResolvedBusinessChatLinks {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolvedBusinessChatLinks {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ResolvedBusinessChatLinks(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::ResolvedBusinessChatLinks> for ResolvedBusinessChatLinks {
    fn from(x: crate::types::account::ResolvedBusinessChatLinks) -> Self {
        Self::ResolvedBusinessChatLinks(x)
    }
}

impl crate::peers::Peers for ResolvedBusinessChatLinks {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ResolvedBusinessChatLinks(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.SavedMusicIds`: `account.savedMusicIdsNotModified`, `account.savedMusicIds`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedMusicIds {
    /// `account.savedMusicIdsNotModified#4fc81d6e`
    SavedMusicIdsNotModified,
    /// `account.savedMusicIds#998d6636`
    SavedMusicIds(crate::types::account::SavedMusicIds),
}

impl SavedMusicIds {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedMusicIdsNotModified => 0x4fc81d6e,
            Self::SavedMusicIds(_) => 0x998d6636,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedMusicIdsNotModified => "account.savedMusicIdsNotModified",
            Self::SavedMusicIds(_) => "account.savedMusicIds",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4fc81d6e => Self::SavedMusicIdsNotModified,
            0x998d6636 => Self::SavedMusicIds(<crate::types::account::SavedMusicIds>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.SavedMusicIds" }),
        })
    }
}

impl Serialize for SavedMusicIds {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedMusicIdsNotModified => buf.extend_from_slice(&0x4fc81d6eu32.to_le_bytes()),
            Self::SavedMusicIds(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedMusicIds {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusicIds {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedMusicIdsNotModified => {
                w.begin_object("account.savedMusicIdsNotModified");
                w.end_object();
            }
            Self::SavedMusicIds(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::SavedMusicIdsNotModified> for SavedMusicIds {
    fn from(_x: crate::types::account::SavedMusicIdsNotModified) -> Self {
        Self::SavedMusicIdsNotModified
    }
}

impl From<crate::types::account::SavedMusicIds> for SavedMusicIds {
    fn from(x: crate::types::account::SavedMusicIds) -> Self {
        Self::SavedMusicIds(x)
    }
}

impl crate::peers::Peers for SavedMusicIds {}

/// The boxed type `account.SavedRingtone`: `account.savedRingtone`, `account.savedRingtoneConverted`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedRingtone {
    /// `account.savedRingtone#b7263f6d`
    SavedRingtone,
    /// `account.savedRingtoneConverted#1f307eb7`
    SavedRingtoneConverted(crate::types::account::SavedRingtoneConverted),
}

impl SavedRingtone {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedRingtone => 0xb7263f6d,
            Self::SavedRingtoneConverted(_) => 0x1f307eb7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedRingtone => "account.savedRingtone",
            Self::SavedRingtoneConverted(_) => "account.savedRingtoneConverted",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb7263f6d => Self::SavedRingtone,
            0x1f307eb7 => Self::SavedRingtoneConverted(<crate::types::account::SavedRingtoneConverted>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.SavedRingtone" }),
        })
    }
}

impl Serialize for SavedRingtone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedRingtone => buf.extend_from_slice(&0xb7263f6du32.to_le_bytes()),
            Self::SavedRingtoneConverted(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedRingtone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtone {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedRingtone => {
                w.begin_object("account.savedRingtone");
                w.end_object();
            }
            Self::SavedRingtoneConverted(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::SavedRingtone> for SavedRingtone {
    fn from(_x: crate::types::account::SavedRingtone) -> Self {
        Self::SavedRingtone
    }
}

impl From<crate::types::account::SavedRingtoneConverted> for SavedRingtone {
    fn from(x: crate::types::account::SavedRingtoneConverted) -> Self {
        Self::SavedRingtoneConverted(x)
    }
}

impl crate::peers::Peers for SavedRingtone {}

/// The boxed type `account.SavedRingtones`: `account.savedRingtonesNotModified`, `account.savedRingtones`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedRingtones {
    /// `account.savedRingtonesNotModified#fbf6e8b1`
    SavedRingtonesNotModified,
    /// `account.savedRingtones#c1e92cc5`
    SavedRingtones(crate::types::account::SavedRingtones),
}

impl SavedRingtones {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedRingtonesNotModified => 0xfbf6e8b1,
            Self::SavedRingtones(_) => 0xc1e92cc5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedRingtonesNotModified => "account.savedRingtonesNotModified",
            Self::SavedRingtones(_) => "account.savedRingtones",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xfbf6e8b1 => Self::SavedRingtonesNotModified,
            0xc1e92cc5 => Self::SavedRingtones(<crate::types::account::SavedRingtones>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.SavedRingtones" }),
        })
    }
}

impl Serialize for SavedRingtones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedRingtonesNotModified => buf.extend_from_slice(&0xfbf6e8b1u32.to_le_bytes()),
            Self::SavedRingtones(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedRingtones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedRingtones {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedRingtonesNotModified => {
                w.begin_object("account.savedRingtonesNotModified");
                w.end_object();
            }
            Self::SavedRingtones(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::SavedRingtonesNotModified> for SavedRingtones {
    fn from(_x: crate::types::account::SavedRingtonesNotModified) -> Self {
        Self::SavedRingtonesNotModified
    }
}

impl From<crate::types::account::SavedRingtones> for SavedRingtones {
    fn from(x: crate::types::account::SavedRingtones) -> Self {
        Self::SavedRingtones(x)
    }
}

impl crate::peers::Peers for SavedRingtones {}

/// The boxed type `account.SentEmailCode`: `account.sentEmailCode`.
#[derive(Debug, Clone, PartialEq)]
pub enum SentEmailCode {
    /// `account.sentEmailCode#811f854f`
    SentEmailCode(crate::types::account::SentEmailCode),
}

impl SentEmailCode {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SentEmailCode(_) => 0x811f854f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SentEmailCode(_) => "account.sentEmailCode",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x811f854f => Self::SentEmailCode(<crate::types::account::SentEmailCode>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.SentEmailCode" }),
        })
    }
}

impl Serialize for SentEmailCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SentEmailCode(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SentEmailCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SentEmailCode {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SentEmailCode(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::SentEmailCode> for SentEmailCode {
    fn from(x: crate::types::account::SentEmailCode) -> Self {
        Self::SentEmailCode(x)
    }
}

impl crate::peers::Peers for SentEmailCode {}

/// The boxed type `account.Takeout`: `account.takeout`.
#[derive(Debug, Clone, PartialEq)]
pub enum Takeout {
    /// `account.takeout#4dba4501`
    Takeout(crate::types::account::Takeout),
}

impl Takeout {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Takeout(_) => 0x4dba4501,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Takeout(_) => "account.takeout",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4dba4501 => Self::Takeout(<crate::types::account::Takeout>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.Takeout" }),
        })
    }
}

impl Serialize for Takeout {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Takeout(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Takeout {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Takeout {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Takeout(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::Takeout> for Takeout {
    fn from(x: crate::types::account::Takeout) -> Self {
        Self::Takeout(x)
    }
}

impl crate::peers::Peers for Takeout {}

/// The boxed type `account.Themes`: `account.themesNotModified`, `account.themes`.
#[derive(Debug, Clone, PartialEq)]
pub enum Themes {
    /// `account.themesNotModified#f41eb622`
    ThemesNotModified,
    /// `account.themes#9a3d8c6d`
    Themes(crate::types::account::Themes),
}

impl Themes {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ThemesNotModified => 0xf41eb622,
            Self::Themes(_) => 0x9a3d8c6d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ThemesNotModified => "account.themesNotModified",
            Self::Themes(_) => "account.themes",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf41eb622 => Self::ThemesNotModified,
            0x9a3d8c6d => Self::Themes(<crate::types::account::Themes>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.Themes" }),
        })
    }
}

impl Serialize for Themes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ThemesNotModified => buf.extend_from_slice(&0xf41eb622u32.to_le_bytes()),
            Self::Themes(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Themes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Themes {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ThemesNotModified => {
                w.begin_object("account.themesNotModified");
                w.end_object();
            }
            Self::Themes(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::ThemesNotModified> for Themes {
    fn from(_x: crate::types::account::ThemesNotModified) -> Self {
        Self::ThemesNotModified
    }
}

impl From<crate::types::account::Themes> for Themes {
    fn from(x: crate::types::account::Themes) -> Self {
        Self::Themes(x)
    }
}

impl crate::peers::Peers for Themes {}

/// The boxed type `account.TmpPassword`: `account.tmpPassword`.
#[derive(Debug, Clone, PartialEq)]
pub enum TmpPassword {
    /// `account.tmpPassword#db64fd34`
    TmpPassword(crate::types::account::TmpPassword),
}

impl TmpPassword {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TmpPassword(_) => 0xdb64fd34,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TmpPassword(_) => "account.tmpPassword",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdb64fd34 => Self::TmpPassword(<crate::types::account::TmpPassword>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.TmpPassword" }),
        })
    }
}

impl Serialize for TmpPassword {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TmpPassword(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TmpPassword {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TmpPassword {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TmpPassword(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::TmpPassword> for TmpPassword {
    fn from(x: crate::types::account::TmpPassword) -> Self {
        Self::TmpPassword(x)
    }
}

impl crate::peers::Peers for TmpPassword {}

/// The boxed type `account.WallPapers`: `account.wallPapersNotModified`, `account.wallPapers`.
#[derive(Debug, Clone, PartialEq)]
pub enum WallPapers {
    /// `account.wallPapersNotModified#1c199183`
    WallPapersNotModified,
    /// `account.wallPapers#cdc3858c`
    WallPapers(crate::types::account::WallPapers),
}

impl WallPapers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WallPapersNotModified => 0x1c199183,
            Self::WallPapers(_) => 0xcdc3858c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WallPapersNotModified => "account.wallPapersNotModified",
            Self::WallPapers(_) => "account.wallPapers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1c199183 => Self::WallPapersNotModified,
            0xcdc3858c => Self::WallPapers(<crate::types::account::WallPapers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.WallPapers" }),
        })
    }
}

impl Serialize for WallPapers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WallPapersNotModified => buf.extend_from_slice(&0x1c199183u32.to_le_bytes()),
            Self::WallPapers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WallPapers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WallPapers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WallPapersNotModified => {
                w.begin_object("account.wallPapersNotModified");
                w.end_object();
            }
            Self::WallPapers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::WallPapersNotModified> for WallPapers {
    fn from(_x: crate::types::account::WallPapersNotModified) -> Self {
        Self::WallPapersNotModified
    }
}

impl From<crate::types::account::WallPapers> for WallPapers {
    fn from(x: crate::types::account::WallPapers) -> Self {
        Self::WallPapers(x)
    }
}

impl crate::peers::Peers for WallPapers {}

/// The boxed type `account.WebAuthorizations`: `account.webAuthorizations`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebAuthorizations {
    /// `account.webAuthorizations#ed56c9fc`
    WebAuthorizations(crate::types::account::WebAuthorizations),
}

impl WebAuthorizations {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WebAuthorizations(_) => 0xed56c9fc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WebAuthorizations(_) => "account.webAuthorizations",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xed56c9fc => Self::WebAuthorizations(<crate::types::account::WebAuthorizations>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.WebAuthorizations" }),
        })
    }
}

impl Serialize for WebAuthorizations {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WebAuthorizations(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WebAuthorizations {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WebAuthorizations {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WebAuthorizations(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::WebAuthorizations> for WebAuthorizations {
    fn from(x: crate::types::account::WebAuthorizations) -> Self {
        Self::WebAuthorizations(x)
    }
}

impl crate::peers::Peers for WebAuthorizations {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::WebAuthorizations(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `account.WebBrowserSettings`: `account.webBrowserSettingsNotModified`, `account.webBrowserSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebBrowserSettings {
    /// `account.webBrowserSettingsNotModified#c31c8f4e`
    WebBrowserSettingsNotModified,
    /// `account.webBrowserSettings#79eb8cb3`
    WebBrowserSettings(crate::types::account::WebBrowserSettings),
}

impl WebBrowserSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WebBrowserSettingsNotModified => 0xc31c8f4e,
            Self::WebBrowserSettings(_) => 0x79eb8cb3,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WebBrowserSettingsNotModified => "account.webBrowserSettingsNotModified",
            Self::WebBrowserSettings(_) => "account.webBrowserSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc31c8f4e => Self::WebBrowserSettingsNotModified,
            0x79eb8cb3 => Self::WebBrowserSettings(<crate::types::account::WebBrowserSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "account.WebBrowserSettings" }),
        })
    }
}

impl Serialize for WebBrowserSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WebBrowserSettingsNotModified => buf.extend_from_slice(&0xc31c8f4eu32.to_le_bytes()),
            Self::WebBrowserSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WebBrowserSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WebBrowserSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WebBrowserSettingsNotModified => {
                w.begin_object("account.webBrowserSettingsNotModified");
                w.end_object();
            }
            Self::WebBrowserSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::account::WebBrowserSettingsNotModified> for WebBrowserSettings {
    fn from(_x: crate::types::account::WebBrowserSettingsNotModified) -> Self {
        Self::WebBrowserSettingsNotModified
    }
}

impl From<crate::types::account::WebBrowserSettings> for WebBrowserSettings {
    fn from(x: crate::types::account::WebBrowserSettings) -> Self {
        Self::WebBrowserSettings(x)
    }
}

impl crate::peers::Peers for WebBrowserSettings {}
