// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `bots` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `bots.botInfo#e8a775b0 name:string about:string description:string = bots.BotInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct BotInfo {
    /// `name:string`
    pub name: mtrs_tl::TlString,
    /// `about:string`
    pub about: mtrs_tl::TlString,
    /// `description:string`
    pub description: mtrs_tl::TlString,
}

impl Identifiable for BotInfo {
    const CONSTRUCTOR_ID: u32 = 0xe8a775b0;
    const NAME: &'static str = "bots.botInfo";
}

impl Serialize for BotInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BotInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.name.serialize(buf);
        self.about.serialize(buf);
        self.description.serialize(buf);
    }
}

impl Deserialize for BotInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BotInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_about = <mtrs_tl::TlString>::deserialize(r)?;
        let f_description = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { name: f_name, about: f_about, description: f_description })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("name");
        self.name.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BotInfo {}

/// `bots.popularAppBots#1991b13b flags:# next_offset:flags.0?string users:Vector<User> = bots.PopularAppBots`
#[derive(Debug, Clone, PartialEq)]
pub struct PopularAppBots {
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PopularAppBots {
    const CONSTRUCTOR_ID: u32 = 0x1991b13b;
    const NAME: &'static str = "bots.popularAppBots";
}

impl Serialize for PopularAppBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PopularAppBots {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.users.serialize(buf);
    }
}

impl Deserialize for PopularAppBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PopularAppBots {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { next_offset: f_next_offset, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PopularAppBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PopularAppBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `bots.previewInfo#0ca71d64 media:Vector<BotPreviewMedia> lang_codes:Vector<string> = bots.PreviewInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewInfo {
    /// `media:Vector<BotPreviewMedia>`
    pub media: Vec<crate::enums::BotPreviewMedia>,
    /// `lang_codes:Vector<string>`
    pub lang_codes: Vec<mtrs_tl::TlString>,
}

impl Identifiable for PreviewInfo {
    const CONSTRUCTOR_ID: u32 = 0x0ca71d64;
    const NAME: &'static str = "bots.previewInfo";
}

impl Serialize for PreviewInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PreviewInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.media.serialize(buf);
        self.lang_codes.serialize(buf);
    }
}

impl Deserialize for PreviewInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PreviewInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_media = <Vec<crate::enums::BotPreviewMedia>>::deserialize(r)?;
        let f_lang_codes = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { media: f_media, lang_codes: f_lang_codes })
    }
}

#[cfg(feature = "json")]
impl ToJson for PreviewInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("media");
        self.media.write_json(w);
        w.key("lang_codes");
        self.lang_codes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PreviewInfo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.media, found);
    }
}

/// `bots.exportedBotToken#3c60b621 token:string = bots.ExportedBotToken`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedBotToken {
    /// `token:string`
    pub token: mtrs_tl::TlString,
}

impl Identifiable for ExportedBotToken {
    const CONSTRUCTOR_ID: u32 = 0x3c60b621;
    const NAME: &'static str = "bots.exportedBotToken";
}

impl Serialize for ExportedBotToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedBotToken {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.token.serialize(buf);
    }
}

impl Deserialize for ExportedBotToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedBotToken {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { token: f_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedBotToken {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedBotToken {}

/// `bots.requestedButton#f13bbcd7 webapp_req_id:string = bots.RequestedButton`
#[derive(Debug, Clone, PartialEq)]
pub struct RequestedButton {
    /// `webapp_req_id:string`
    pub webapp_req_id: mtrs_tl::TlString,
}

impl Identifiable for RequestedButton {
    const CONSTRUCTOR_ID: u32 = 0xf13bbcd7;
    const NAME: &'static str = "bots.requestedButton";
}

impl Serialize for RequestedButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RequestedButton {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.webapp_req_id.serialize(buf);
    }
}

impl Deserialize for RequestedButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RequestedButton {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_webapp_req_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { webapp_req_id: f_webapp_req_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestedButton {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("webapp_req_id");
        self.webapp_req_id.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for RequestedButton {}

/// `bots.accessSettings#dd1fbf93 flags:# restricted:flags.0?true add_users:flags.1?Vector<User> = bots.AccessSettings`
#[derive(Debug, Clone, PartialEq)]
pub struct AccessSettings {
    /// `restricted:flags.0?true`
    pub restricted: bool,
    /// `add_users:flags.1?Vector<User>`
    pub add_users: Option<Vec<crate::enums::User>>,
}

impl Identifiable for AccessSettings {
    const CONSTRUCTOR_ID: u32 = 0xdd1fbf93;
    const NAME: &'static str = "bots.accessSettings";
}

impl Serialize for AccessSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AccessSettings {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.restricted { 1 << 0 } else { 0 }
            | if self.add_users.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.add_users {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for AccessSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AccessSettings {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_restricted = fl_flags & (1 << 0) != 0;
        let f_add_users = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::User>>::deserialize(r)?) } else { None };
        Ok(Self { restricted: f_restricted, add_users: f_add_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for AccessSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("restricted");
        self.restricted.write_json(w);
        w.key("add_users");
        self.add_users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AccessSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.add_users, found);
    }
}
