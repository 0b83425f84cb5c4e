// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `help.appUpdate#ccbbce30 flags:# can_not_skip:flags.0?true id:int version:string text:string entities:Vector<MessageEntity> document:flags.1?Document url:flags.2?string sticker:flags.3?Document = help.AppUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct AppUpdate {
    /// `can_not_skip:flags.0?true`
    pub can_not_skip: bool,
    /// `id:int`
    pub id: i32,
    /// `version:string`
    pub version: mtrs_tl::TlString,
    /// `text:string`
    pub text: mtrs_tl::TlString,
    /// `entities:Vector<MessageEntity>`
    pub entities: Vec<crate::enums::MessageEntity>,
    /// `document:flags.1?Document`
    pub document: Option<crate::enums::Document>,
    /// `url:flags.2?string`
    pub url: Option<mtrs_tl::TlString>,
    /// `sticker:flags.3?Document`
    pub sticker: Option<crate::enums::Document>,
}

impl Identifiable for AppUpdate {
    const CONSTRUCTOR_ID: u32 = 0xccbbce30;
    const NAME: &'static str = "help.appUpdate";
}

impl Serialize for AppUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AppUpdate {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.can_not_skip { 1 << 0 } else { 0 }
            | if self.document.is_some() { 1 << 1 } else { 0 }
            | if self.url.is_some() { 1 << 2 } else { 0 }
            | if self.sticker.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.version.serialize(buf);
        self.text.serialize(buf);
        self.entities.serialize(buf);
        if let Some(v) = &self.document {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.sticker {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for AppUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AppUpdate {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_can_not_skip = fl_flags & (1 << 0) != 0;
        let f_id = <i32>::deserialize(r)?;
        let f_version = <mtrs_tl::TlString>::deserialize(r)?;
        let f_text = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = <Vec<crate::enums::MessageEntity>>::deserialize(r)?;
        let f_document = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::Document>::deserialize(r)?) } else { None };
        let f_url = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_sticker = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::Document>::deserialize(r)?) } else { None };
        Ok(Self { can_not_skip: f_can_not_skip, id: f_id, version: f_version, text: f_text, entities: f_entities, document: f_document, url: f_url, sticker: f_sticker })
    }
}

#[cfg(feature = "json")]
impl ToJson for AppUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("can_not_skip");
        self.can_not_skip.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("version");
        self.version.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("document");
        self.document.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("sticker");
        self.sticker.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AppUpdate {}

/// `help.noAppUpdate#c45a6536 = help.AppUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct NoAppUpdate;

impl Identifiable for NoAppUpdate {
    const CONSTRUCTOR_ID: u32 = 0xc45a6536;
    const NAME: &'static str = "help.noAppUpdate";
}

impl Serialize for NoAppUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for NoAppUpdate {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for NoAppUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for NoAppUpdate {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for NoAppUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for NoAppUpdate {}

/// `help.inviteText#18cb9f78 message:string = help.InviteText`
#[derive(Debug, Clone, PartialEq)]
pub struct InviteText {
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for InviteText {
    const CONSTRUCTOR_ID: u32 = 0x18cb9f78;
    const NAME: &'static str = "help.inviteText";
}

impl Serialize for InviteText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for InviteText {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.message.serialize(buf);
    }
}

impl Deserialize for InviteText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for InviteText {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for InviteText {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for InviteText {}

/// `help.support#17c6b5f6 phone_number:string user:User = help.Support`
#[derive(Debug, Clone, PartialEq)]
pub struct Support {
    /// `phone_number:string`
    pub phone_number: mtrs_tl::TlString,
    /// `user:User`
    pub user: crate::enums::User,
}

impl Identifiable for Support {
    const CONSTRUCTOR_ID: u32 = 0x17c6b5f6;
    const NAME: &'static str = "help.support";
}

impl Serialize for Support {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Support {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.phone_number.serialize(buf);
        self.user.serialize(buf);
    }
}

impl Deserialize for Support {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Support {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_phone_number = <mtrs_tl::TlString>::deserialize(r)?;
        let f_user = <crate::enums::User>::deserialize(r)?;
        Ok(Self { phone_number: f_phone_number, user: f_user })
    }
}

#[cfg(feature = "json")]
impl ToJson for Support {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_number");
        self.phone_number.write_json(w);
        w.key("user");
        self.user.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Support {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.user, found);
    }
}

/// `help.termsOfService#780a0310 flags:# popup:flags.0?true id:DataJSON text:string entities:Vector<MessageEntity> min_age_confirm:flags.1?int = help.TermsOfService`
#[derive(Debug, Clone, PartialEq)]
pub struct TermsOfService {
    /// `popup:flags.0?true`
    pub popup: bool,
    /// `id:DataJSON`
    pub id: crate::enums::DataJSON,
    /// `text:string`
    pub text: mtrs_tl::TlString,
    /// `entities:Vector<MessageEntity>`
    pub entities: Vec<crate::enums::MessageEntity>,
    /// `min_age_confirm:flags.1?int`
    pub min_age_confirm: Option<i32>,
}

impl Identifiable for TermsOfService {
    const CONSTRUCTOR_ID: u32 = 0x780a0310;
    const NAME: &'static str = "help.termsOfService";
}

impl Serialize for TermsOfService {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TermsOfService {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.popup { 1 << 0 } else { 0 }
            | if self.min_age_confirm.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.text.serialize(buf);
        self.entities.serialize(buf);
        if let Some(v) = &self.min_age_confirm {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for TermsOfService {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TermsOfService {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_popup = fl_flags & (1 << 0) != 0;
        let f_id = <crate::enums::DataJSON>::deserialize(r)?;
        let f_text = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = <Vec<crate::enums::MessageEntity>>::deserialize(r)?;
        let f_min_age_confirm = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { popup: f_popup, id: f_id, text: f_text, entities: f_entities, min_age_confirm: f_min_age_confirm })
    }
}

#[cfg(feature = "json")]
impl ToJson for TermsOfService {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("popup");
        self.popup.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("text");
        self.text.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("min_age_confirm");
        self.min_age_confirm.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TermsOfService {}

/// `help.recentMeUrls#0e0310d7 urls:Vector<RecentMeUrl> chats:Vector<Chat> users:Vector<User> = help.RecentMeUrls`
#[derive(Debug, Clone, PartialEq)]
pub struct RecentMeUrls {
    /// `urls:Vector<RecentMeUrl>`
    pub urls: Vec<crate::enums::RecentMeUrl>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for RecentMeUrls {
    const CONSTRUCTOR_ID: u32 = 0x0e0310d7;
    const NAME: &'static str = "help.recentMeUrls";
}

impl Serialize for RecentMeUrls {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RecentMeUrls {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.urls.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for RecentMeUrls {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RecentMeUrls {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_urls = <Vec<crate::enums::RecentMeUrl>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { urls: f_urls, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for RecentMeUrls {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("urls");
        self.urls.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for RecentMeUrls {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.urls, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `help.termsOfServiceUpdateEmpty#e3309f7f expires:int = help.TermsOfServiceUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct TermsOfServiceUpdateEmpty {
    /// `expires:int`
    pub expires: i32,
}

impl Identifiable for TermsOfServiceUpdateEmpty {
    const CONSTRUCTOR_ID: u32 = 0xe3309f7f;
    const NAME: &'static str = "help.termsOfServiceUpdateEmpty";
}

impl Serialize for TermsOfServiceUpdateEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TermsOfServiceUpdateEmpty {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.expires.serialize(buf);
    }
}

impl Deserialize for TermsOfServiceUpdateEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TermsOfServiceUpdateEmpty {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_expires = <i32>::deserialize(r)?;
        Ok(Self { expires: f_expires })
    }
}

#[cfg(feature = "json")]
impl ToJson for TermsOfServiceUpdateEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("expires");
        self.expires.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TermsOfServiceUpdateEmpty {}

/// `help.termsOfServiceUpdate#28ecf961 expires:int terms_of_service:help.TermsOfService = help.TermsOfServiceUpdate`
#[derive(Debug, Clone, PartialEq)]
pub struct TermsOfServiceUpdate {
    /// `expires:int`
    pub expires: i32,
    /// `terms_of_service:help.TermsOfService`
    pub terms_of_service: crate::enums::help::TermsOfService,
}

impl Identifiable for TermsOfServiceUpdate {
    const CONSTRUCTOR_ID: u32 = 0x28ecf961;
    const NAME: &'static str = "help.termsOfServiceUpdate";
}

impl Serialize for TermsOfServiceUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TermsOfServiceUpdate {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.expires.serialize(buf);
        self.terms_of_service.serialize(buf);
    }
}

impl Deserialize for TermsOfServiceUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TermsOfServiceUpdate {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_expires = <i32>::deserialize(r)?;
        let f_terms_of_service = <crate::enums::help::TermsOfService>::deserialize(r)?;
        Ok(Self { expires: f_expires, terms_of_service: f_terms_of_service })
    }
}

#[cfg(feature = "json")]
impl ToJson for TermsOfServiceUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("expires");
        self.expires.write_json(w);
        w.key("terms_of_service");
        self.terms_of_service.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TermsOfServiceUpdate {}

/// `help.deepLinkInfoEmpty#66afa166 = help.DeepLinkInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct DeepLinkInfoEmpty;

impl Identifiable for DeepLinkInfoEmpty {
    const CONSTRUCTOR_ID: u32 = 0x66afa166;
    const NAME: &'static str = "help.deepLinkInfoEmpty";
}

impl Serialize for DeepLinkInfoEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DeepLinkInfoEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for DeepLinkInfoEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DeepLinkInfoEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DeepLinkInfoEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for DeepLinkInfoEmpty {}

/// `help.deepLinkInfo#6a4ee832 flags:# update_app:flags.0?true message:string entities:flags.1?Vector<MessageEntity> = help.DeepLinkInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct DeepLinkInfo {
    /// `update_app:flags.0?true`
    pub update_app: bool,
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
}

impl Identifiable for DeepLinkInfo {
    const CONSTRUCTOR_ID: u32 = 0x6a4ee832;
    const NAME: &'static str = "help.deepLinkInfo";
}

impl Serialize for DeepLinkInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DeepLinkInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.update_app { 1 << 0 } else { 0 }
            | if self.entities.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.message.serialize(buf);
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for DeepLinkInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DeepLinkInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_update_app = fl_flags & (1 << 0) != 0;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        Ok(Self { update_app: f_update_app, message: f_message, entities: f_entities })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeepLinkInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("update_app");
        self.update_app.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for DeepLinkInfo {}

/// `help.passportConfigNotModified#bfb9f457 = help.PassportConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct PassportConfigNotModified;

impl Identifiable for PassportConfigNotModified {
    const CONSTRUCTOR_ID: u32 = 0xbfb9f457;
    const NAME: &'static str = "help.passportConfigNotModified";
}

impl Serialize for PassportConfigNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PassportConfigNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for PassportConfigNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PassportConfigNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for PassportConfigNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for PassportConfigNotModified {}

/// `help.passportConfig#a098d6af hash:int countries_langs:DataJSON = help.PassportConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct PassportConfig {
    /// `hash:int`
    pub hash: i32,
    /// `countries_langs:DataJSON`
    pub countries_langs: crate::enums::DataJSON,
}

impl Identifiable for PassportConfig {
    const CONSTRUCTOR_ID: u32 = 0xa098d6af;
    const NAME: &'static str = "help.passportConfig";
}

impl Serialize for PassportConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PassportConfig {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.countries_langs.serialize(buf);
    }
}

impl Deserialize for PassportConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PassportConfig {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_countries_langs = <crate::enums::DataJSON>::deserialize(r)?;
        Ok(Self { hash: f_hash, countries_langs: f_countries_langs })
    }
}

#[cfg(feature = "json")]
impl ToJson for PassportConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("countries_langs");
        self.countries_langs.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PassportConfig {}

/// `help.supportName#8c05f1c9 name:string = help.SupportName`
#[derive(Debug, Clone, PartialEq)]
pub struct SupportName {
    /// `name:string`
    pub name: mtrs_tl::TlString,
}

impl Identifiable for SupportName {
    const CONSTRUCTOR_ID: u32 = 0x8c05f1c9;
    const NAME: &'static str = "help.supportName";
}

impl Serialize for SupportName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SupportName {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.name.serialize(buf);
    }
}

impl Deserialize for SupportName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SupportName {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_name = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { name: f_name })
    }
}

#[cfg(feature = "json")]
impl ToJson for SupportName {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("name");
        self.name.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SupportName {}

/// `help.userInfoEmpty#f3ae2eed = help.UserInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct UserInfoEmpty;

impl Identifiable for UserInfoEmpty {
    const CONSTRUCTOR_ID: u32 = 0xf3ae2eed;
    const NAME: &'static str = "help.userInfoEmpty";
}

impl Serialize for UserInfoEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UserInfoEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for UserInfoEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UserInfoEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for UserInfoEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for UserInfoEmpty {}

/// `help.userInfo#01eb3758 message:string entities:Vector<MessageEntity> author:string date:int = help.UserInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct UserInfo {
    /// `message:string`
    pub message: mtrs_tl::TlString,
    /// `entities:Vector<MessageEntity>`
    pub entities: Vec<crate::enums::MessageEntity>,
    /// `author:string`
    pub author: mtrs_tl::TlString,
    /// `date:int`
    pub date: i32,
}

impl Identifiable for UserInfo {
    const CONSTRUCTOR_ID: u32 = 0x01eb3758;
    const NAME: &'static str = "help.userInfo";
}

impl Serialize for UserInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UserInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.message.serialize(buf);
        self.entities.serialize(buf);
        self.author.serialize(buf);
        self.date.serialize(buf);
    }
}

impl Deserialize for UserInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UserInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        let f_entities = <Vec<crate::enums::MessageEntity>>::deserialize(r)?;
        let f_author = <mtrs_tl::TlString>::deserialize(r)?;
        let f_date = <i32>::deserialize(r)?;
        Ok(Self { message: f_message, entities: f_entities, author: f_author, date: f_date })
    }
}

#[cfg(feature = "json")]
impl ToJson for UserInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("message");
        self.message.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("author");
        self.author.write_json(w);
        w.key("date");
        self.date.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UserInfo {}

/// `help.promoDataEmpty#98f6ac75 expires:int = help.PromoData`
#[derive(Debug, Clone, PartialEq)]
pub struct PromoDataEmpty {
    /// `expires:int`
    pub expires: i32,
}

impl Identifiable for PromoDataEmpty {
    const CONSTRUCTOR_ID: u32 = 0x98f6ac75;
    const NAME: &'static str = "help.promoDataEmpty";
}

impl Serialize for PromoDataEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PromoDataEmpty {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.expires.serialize(buf);
    }
}

impl Deserialize for PromoDataEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PromoDataEmpty {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_expires = <i32>::deserialize(r)?;
        Ok(Self { expires: f_expires })
    }
}

#[cfg(feature = "json")]
impl ToJson for PromoDataEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("expires");
        self.expires.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PromoDataEmpty {}

/// `help.promoData#08a4d87a flags:# proxy:flags.0?true expires:int peer:flags.3?Peer psa_type:flags.1?string psa_message:flags.2?string pending_suggestions:Vector<string> dismissed_suggestions:Vector<string> custom_pending_suggestion:flags.4?PendingSuggestion chats:Vector<Chat> users:Vector<User> = help.PromoData`
#[derive(Debug, Clone, PartialEq)]
pub struct PromoData {
    /// `proxy:flags.0?true`
    pub proxy: bool,
    /// `expires:int`
    pub expires: i32,
    /// `peer:flags.3?Peer`
    pub peer: Option<crate::enums::Peer>,
    /// `psa_type:flags.1?string`
    pub psa_type: Option<mtrs_tl::TlString>,
    /// `psa_message:flags.2?string`
    pub psa_message: Option<mtrs_tl::TlString>,
    /// `pending_suggestions:Vector<string>`
    pub pending_suggestions: Vec<mtrs_tl::TlString>,
    /// `dismissed_suggestions:Vector<string>`
    pub dismissed_suggestions: Vec<mtrs_tl::TlString>,
    /// `custom_pending_suggestion:flags.4?PendingSuggestion`
    pub custom_pending_suggestion: Option<crate::enums::PendingSuggestion>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PromoData {
    const CONSTRUCTOR_ID: u32 = 0x08a4d87a;
    const NAME: &'static str = "help.promoData";
}

impl Serialize for PromoData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PromoData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.proxy { 1 << 0 } else { 0 }
            | if self.psa_type.is_some() { 1 << 1 } else { 0 }
            | if self.psa_message.is_some() { 1 << 2 } else { 0 }
            | if self.peer.is_some() { 1 << 3 } else { 0 }
            | if self.custom_pending_suggestion.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.expires.serialize(buf);
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.psa_type {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.psa_message {
            (*v).serialize(buf);
        }
        self.pending_suggestions.serialize(buf);
        self.dismissed_suggestions.serialize(buf);
        if let Some(v) = &self.custom_pending_suggestion {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PromoData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PromoData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_proxy = fl_flags & (1 << 0) != 0;
        let f_expires = <i32>::deserialize(r)?;
        let f_peer = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::Peer>::deserialize(r)?) } else { None };
        let f_psa_type = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_psa_message = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_pending_suggestions = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        let f_dismissed_suggestions = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        let f_custom_pending_suggestion = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::PendingSuggestion>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { proxy: f_proxy, expires: f_expires, peer: f_peer, psa_type: f_psa_type, psa_message: f_psa_message, pending_suggestions: f_pending_suggestions, dismissed_suggestions: f_dismissed_suggestions, custom_pending_suggestion: f_custom_pending_suggestion, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PromoData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("proxy");
        self.proxy.write_json(w);
        w.key("expires");
        self.expires.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("psa_type");
        self.psa_type.write_json(w);
        w.key("psa_message");
        self.psa_message.write_json(w);
        w.key("pending_suggestions");
        self.pending_suggestions.write_json(w);
        w.key("dismissed_suggestions");
        self.dismissed_suggestions.write_json(w);
        w.key("custom_pending_suggestion");
        self.custom_pending_suggestion.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PromoData {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `help.countryCode#4203c5ef flags:# country_code:string prefixes:flags.0?Vector<string> patterns:flags.1?Vector<string> = help.CountryCode`
#[derive(Debug, Clone, PartialEq)]
pub struct CountryCode {
    /// `country_code:string`
    pub country_code: mtrs_tl::TlString,
    /// `prefixes:flags.0?Vector<string>`
    pub prefixes: Option<Vec<mtrs_tl::TlString>>,
    /// `patterns:flags.1?Vector<string>`
    pub patterns: Option<Vec<mtrs_tl::TlString>>,
}

impl Identifiable for CountryCode {
    const CONSTRUCTOR_ID: u32 = 0x4203c5ef;
    const NAME: &'static str = "help.countryCode";
}

impl Serialize for CountryCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CountryCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.prefixes.is_some() { 1 << 0 } else { 0 }
            | if self.patterns.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.country_code.serialize(buf);
        if let Some(v) = &self.prefixes {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.patterns {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for CountryCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CountryCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_country_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_prefixes = if fl_flags & (1 << 0) != 0 { Some(<Vec<mtrs_tl::TlString>>::deserialize(r)?) } else { None };
        let f_patterns = if fl_flags & (1 << 1) != 0 { Some(<Vec<mtrs_tl::TlString>>::deserialize(r)?) } else { None };
        Ok(Self { country_code: f_country_code, prefixes: f_prefixes, patterns: f_patterns })
    }
}

#[cfg(feature = "json")]
impl ToJson for CountryCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("country_code");
        self.country_code.write_json(w);
        w.key("prefixes");
        self.prefixes.write_json(w);
        w.key("patterns");
        self.patterns.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CountryCode {}

/// `help.country#c3878e23 flags:# hidden:flags.0?true iso2:string default_name:string name:flags.1?string country_codes:Vector<help.CountryCode> = help.Country`
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// `hidden:flags.0?true`
    pub hidden: bool,
    /// `iso2:string`
    pub iso2: mtrs_tl::TlString,
    /// `default_name:string`
    pub default_name: mtrs_tl::TlString,
    /// `name:flags.1?string`
    pub name: Option<mtrs_tl::TlString>,
    /// `country_codes:Vector<help.CountryCode>`
    pub country_codes: Vec<crate::enums::help::CountryCode>,
}

impl Identifiable for Country {
    const CONSTRUCTOR_ID: u32 = 0xc3878e23;
    const NAME: &'static str = "help.country";
}

impl Serialize for Country {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Country {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.hidden { 1 << 0 } else { 0 }
            | if self.name.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.iso2.serialize(buf);
        self.default_name.serialize(buf);
        if let Some(v) = &self.name {
            (*v).serialize(buf);
        }
        self.country_codes.serialize(buf);
    }
}

impl Deserialize for Country {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Country {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_hidden = fl_flags & (1 << 0) != 0;
        let f_iso2 = <mtrs_tl::TlString>::deserialize(r)?;
        let f_default_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_name = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_country_codes = <Vec<crate::enums::help::CountryCode>>::deserialize(r)?;
        Ok(Self { hidden: f_hidden, iso2: f_iso2, default_name: f_default_name, name: f_name, country_codes: f_country_codes })
    }
}

#[cfg(feature = "json")]
impl ToJson for Country {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hidden");
        self.hidden.write_json(w);
        w.key("iso2");
        self.iso2.write_json(w);
        w.key("default_name");
        self.default_name.write_json(w);
        w.key("name");
        self.name.write_json(w);
        w.key("country_codes");
        self.country_codes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Country {}

/// `help.countriesListNotModified#93cc1f32 = help.CountriesList`
#[derive(Debug, Clone, PartialEq)]
pub struct CountriesListNotModified;

impl Identifiable for CountriesListNotModified {
    const CONSTRUCTOR_ID: u32 = 0x93cc1f32;
    const NAME: &'static str = "help.countriesListNotModified";
}

impl Serialize for CountriesListNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CountriesListNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CountriesListNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CountriesListNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CountriesListNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CountriesListNotModified {}

/// `help.countriesList#87d0759e countries:Vector<help.Country> hash:int = help.CountriesList`
#[derive(Debug, Clone, PartialEq)]
pub struct CountriesList {
    /// `countries:Vector<help.Country>`
    pub countries: Vec<crate::enums::help::Country>,
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for CountriesList {
    const CONSTRUCTOR_ID: u32 = 0x87d0759e;
    const NAME: &'static str = "help.countriesList";
}

impl Serialize for CountriesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CountriesList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.countries.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl Deserialize for CountriesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CountriesList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_countries = <Vec<crate::enums::help::Country>>::deserialize(r)?;
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { countries: f_countries, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for CountriesList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("countries");
        self.countries.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CountriesList {}

/// `help.premiumPromo#5334759c status_text:string status_entities:Vector<MessageEntity> video_sections:Vector<string> videos:Vector<Document> period_options:Vector<PremiumSubscriptionOption> users:Vector<User> = help.PremiumPromo`
#[derive(Debug, Clone, PartialEq)]
pub struct PremiumPromo {
    /// `status_text:string`
    pub status_text: mtrs_tl::TlString,
    /// `status_entities:Vector<MessageEntity>`
    pub status_entities: Vec<crate::enums::MessageEntity>,
    /// `video_sections:Vector<string>`
    pub video_sections: Vec<mtrs_tl::TlString>,
    /// `videos:Vector<Document>`
    pub videos: Vec<crate::enums::Document>,
    /// `period_options:Vector<PremiumSubscriptionOption>`
    pub period_options: Vec<crate::enums::PremiumSubscriptionOption>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PremiumPromo {
    const CONSTRUCTOR_ID: u32 = 0x5334759c;
    const NAME: &'static str = "help.premiumPromo";
}

impl Serialize for PremiumPromo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PremiumPromo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.status_text.serialize(buf);
        self.status_entities.serialize(buf);
        self.video_sections.serialize(buf);
        self.videos.serialize(buf);
        self.period_options.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PremiumPromo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PremiumPromo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_status_text = <mtrs_tl::TlString>::deserialize(r)?;
        let f_status_entities = <Vec<crate::enums::MessageEntity>>::deserialize(r)?;
        let f_video_sections = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        let f_videos = <Vec<crate::enums::Document>>::deserialize(r)?;
        let f_period_options = <Vec<crate::enums::PremiumSubscriptionOption>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { status_text: f_status_text, status_entities: f_status_entities, video_sections: f_video_sections, videos: f_videos, period_options: f_period_options, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PremiumPromo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("status_text");
        self.status_text.write_json(w);
        w.key("status_entities");
        self.status_entities.write_json(w);
        w.key("video_sections");
        self.video_sections.write_json(w);
        w.key("videos");
        self.videos.write_json(w);
        w.key("period_options");
        self.period_options.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PremiumPromo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `help.appConfigNotModified#7cde641d = help.AppConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfigNotModified;

impl Identifiable for AppConfigNotModified {
    const CONSTRUCTOR_ID: u32 = 0x7cde641d;
    const NAME: &'static str = "help.appConfigNotModified";
}

impl Serialize for AppConfigNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AppConfigNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for AppConfigNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AppConfigNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for AppConfigNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for AppConfigNotModified {}

/// `help.appConfig#dd18782e hash:int config:JSONValue = help.AppConfig`
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfig {
    /// `hash:int`
    pub hash: i32,
    /// `config:JSONValue`
    pub config: crate::enums::JSONValue,
}

impl Identifiable for AppConfig {
    const CONSTRUCTOR_ID: u32 = 0xdd18782e;
    const NAME: &'static str = "help.appConfig";
}

impl Serialize for AppConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AppConfig {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.config.serialize(buf);
    }
}

impl Deserialize for AppConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AppConfig {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_config = <crate::enums::JSONValue>::deserialize(r)?;
        Ok(Self { hash: f_hash, config: f_config })
    }
}

#[cfg(feature = "json")]
impl ToJson for AppConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("config");
        self.config.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AppConfig {}

/// `help.peerColorSet#26219a58 colors:Vector<int> = help.PeerColorSet`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerColorSet {
    /// `colors:Vector<int>`
    pub colors: Vec<i32>,
}

impl Identifiable for PeerColorSet {
    const CONSTRUCTOR_ID: u32 = 0x26219a58;
    const NAME: &'static str = "help.peerColorSet";
}

impl Serialize for PeerColorSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerColorSet {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.colors.serialize(buf);
    }
}

impl Deserialize for PeerColorSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerColorSet {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_colors = <Vec<i32>>::deserialize(r)?;
        Ok(Self { colors: f_colors })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("colors");
        self.colors.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerColorSet {}

/// `help.peerColorProfileSet#767d61eb palette_colors:Vector<int> bg_colors:Vector<int> story_colors:Vector<int> = help.PeerColorSet`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerColorProfileSet {
    /// `palette_colors:Vector<int>`
    pub palette_colors: Vec<i32>,
    /// `bg_colors:Vector<int>`
    pub bg_colors: Vec<i32>,
    /// `story_colors:Vector<int>`
    pub story_colors: Vec<i32>,
}

impl Identifiable for PeerColorProfileSet {
    const CONSTRUCTOR_ID: u32 = 0x767d61eb;
    const NAME: &'static str = "help.peerColorProfileSet";
}

impl Serialize for PeerColorProfileSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerColorProfileSet {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.palette_colors.serialize(buf);
        self.bg_colors.serialize(buf);
        self.story_colors.serialize(buf);
    }
}

impl Deserialize for PeerColorProfileSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerColorProfileSet {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_palette_colors = <Vec<i32>>::deserialize(r)?;
        let f_bg_colors = <Vec<i32>>::deserialize(r)?;
        let f_story_colors = <Vec<i32>>::deserialize(r)?;
        Ok(Self { palette_colors: f_palette_colors, bg_colors: f_bg_colors, story_colors: f_story_colors })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorProfileSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("palette_colors");
        self.palette_colors.write_json(w);
        w.key("bg_colors");
        self.bg_colors.write_json(w);
        w.key("story_colors");
        self.story_colors.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerColorProfileSet {}

/// `help.peerColorOption#adec6ebe flags:# hidden:flags.0?true color_id:int colors:flags.1?help.PeerColorSet dark_colors:flags.2?help.PeerColorSet channel_min_level:flags.3?int group_min_level:flags.4?int = help.PeerColorOption`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerColorOption {
    /// `hidden:flags.0?true`
    pub hidden: bool,
    /// `color_id:int`
    pub color_id: i32,
    /// `colors:flags.1?help.PeerColorSet`
    pub colors: Option<crate::enums::help::PeerColorSet>,
    /// `dark_colors:flags.2?help.PeerColorSet`
    pub dark_colors: Option<crate::enums::help::PeerColorSet>,
    /// `channel_min_level:flags.3?int`
    pub channel_min_level: Option<i32>,
    /// `group_min_level:flags.4?int`
    pub group_min_level: Option<i32>,
}

impl Identifiable for PeerColorOption {
    const CONSTRUCTOR_ID: u32 = 0xadec6ebe;
    const NAME: &'static str = "help.peerColorOption";
}

impl Serialize for PeerColorOption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerColorOption {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.hidden { 1 << 0 } else { 0 }
            | if self.colors.is_some() { 1 << 1 } else { 0 }
            | if self.dark_colors.is_some() { 1 << 2 } else { 0 }
            | if self.channel_min_level.is_some() { 1 << 3 } else { 0 }
            | if self.group_min_level.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.color_id.serialize(buf);
        if let Some(v) = &self.colors {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.dark_colors {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.channel_min_level {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.group_min_level {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for PeerColorOption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerColorOption {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_hidden = fl_flags & (1 << 0) != 0;
        let f_color_id = <i32>::deserialize(r)?;
        let f_colors = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::help::PeerColorSet>::deserialize(r)?) } else { None };
        let f_dark_colors = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::help::PeerColorSet>::deserialize(r)?) } else { None };
        let f_channel_min_level = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_group_min_level = if fl_flags & (1 << 4) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { hidden: f_hidden, color_id: f_color_id, colors: f_colors, dark_colors: f_dark_colors, channel_min_level: f_channel_min_level, group_min_level: f_group_min_level })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorOption {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hidden");
        self.hidden.write_json(w);
        w.key("color_id");
        self.color_id.write_json(w);
        w.key("colors");
        self.colors.write_json(w);
        w.key("dark_colors");
        self.dark_colors.write_json(w);
        w.key("channel_min_level");
        self.channel_min_level.write_json(w);
        w.key("group_min_level");
        self.group_min_level.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerColorOption {}

/// `help.peerColorsNotModified#2ba1f5ce = help.PeerColors`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerColorsNotModified;

impl Identifiable for PeerColorsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x2ba1f5ce;
    const NAME: &'static str = "help.peerColorsNotModified";
}

impl Serialize for PeerColorsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerColorsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for PeerColorsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerColorsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerColorsNotModified {}

/// `help.peerColors#00f8ed08 hash:int colors:Vector<help.PeerColorOption> = help.PeerColors`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerColors {
    /// `hash:int`
    pub hash: i32,
    /// `colors:Vector<help.PeerColorOption>`
    pub colors: Vec<crate::enums::help::PeerColorOption>,
}

impl Identifiable for PeerColors {
    const CONSTRUCTOR_ID: u32 = 0x00f8ed08;
    const NAME: &'static str = "help.peerColors";
}

impl Serialize for PeerColors {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerColors {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.colors.serialize(buf);
    }
}

impl Deserialize for PeerColors {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerColors {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_colors = <Vec<crate::enums::help::PeerColorOption>>::deserialize(r)?;
        Ok(Self { hash: f_hash, colors: f_colors })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColors {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("colors");
        self.colors.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerColors {}

/// `help.timezonesListNotModified#970708cc = help.TimezonesList`
#[derive(Debug, Clone, PartialEq)]
pub struct TimezonesListNotModified;

impl Identifiable for TimezonesListNotModified {
    const CONSTRUCTOR_ID: u32 = 0x970708cc;
    const NAME: &'static str = "help.timezonesListNotModified";
}

impl Serialize for TimezonesListNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TimezonesListNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TimezonesListNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TimezonesListNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TimezonesListNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for TimezonesListNotModified {}

/// `help.timezonesList#7b74ed71 timezones:Vector<Timezone> hash:int = help.TimezonesList`
#[derive(Debug, Clone, PartialEq)]
pub struct TimezonesList {
    /// `timezones:Vector<Timezone>`
    pub timezones: Vec<crate::enums::Timezone>,
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for TimezonesList {
    const CONSTRUCTOR_ID: u32 = 0x7b74ed71;
    const NAME: &'static str = "help.timezonesList";
}

impl Serialize for TimezonesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TimezonesList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.timezones.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl Deserialize for TimezonesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TimezonesList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_timezones = <Vec<crate::enums::Timezone>>::deserialize(r)?;
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { timezones: f_timezones, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for TimezonesList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("timezones");
        self.timezones.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TimezonesList {}
