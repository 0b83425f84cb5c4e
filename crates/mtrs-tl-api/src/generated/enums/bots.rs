// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `bots` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `bots.AccessSettings`: `bots.accessSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum AccessSettings {
    /// `bots.accessSettings#dd1fbf93`
    AccessSettings(crate::types::bots::AccessSettings),
}

impl AccessSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AccessSettings(_) => 0xdd1fbf93,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AccessSettings(_) => "bots.accessSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdd1fbf93 => Self::AccessSettings(<crate::types::bots::AccessSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.AccessSettings" }),
        })
    }
}

impl Serialize for AccessSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AccessSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AccessSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AccessSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AccessSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::AccessSettings> for AccessSettings {
    fn from(x: crate::types::bots::AccessSettings) -> Self {
        Self::AccessSettings(x)
    }
}

impl crate::peers::Peers for AccessSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::AccessSettings(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `bots.BotInfo`: `bots.botInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum BotInfo {
    /// `bots.botInfo#e8a775b0`
    BotInfo(crate::types::bots::BotInfo),
}

impl BotInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BotInfo(_) => 0xe8a775b0,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BotInfo(_) => "bots.botInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe8a775b0 => Self::BotInfo(<crate::types::bots::BotInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.BotInfo" }),
        })
    }
}

impl Serialize for BotInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BotInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BotInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BotInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BotInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::BotInfo> for BotInfo {
    fn from(x: crate::types::bots::BotInfo) -> Self {
        Self::BotInfo(x)
    }
}

impl crate::peers::Peers for BotInfo {}

/// The boxed type `bots.ExportedBotToken`: `bots.exportedBotToken`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedBotToken {
    /// `bots.exportedBotToken#3c60b621`
    ExportedBotToken(crate::types::bots::ExportedBotToken),
}

impl ExportedBotToken {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedBotToken(_) => 0x3c60b621,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedBotToken(_) => "bots.exportedBotToken",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3c60b621 => Self::ExportedBotToken(<crate::types::bots::ExportedBotToken>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.ExportedBotToken" }),
        })
    }
}

impl Serialize for ExportedBotToken {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedBotToken(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedBotToken {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedBotToken {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedBotToken(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::ExportedBotToken> for ExportedBotToken {
    fn from(x: crate::types::bots::ExportedBotToken) -> Self {
        Self::ExportedBotToken(x)
    }
}

impl crate::peers::Peers for ExportedBotToken {}

/// The boxed type `bots.PopularAppBots`: `bots.popularAppBots`.
#[derive(Debug, Clone, PartialEq)]
pub enum PopularAppBots {
    /// `bots.popularAppBots#1991b13b`
    PopularAppBots(crate::types::bots::PopularAppBots),
}

impl PopularAppBots {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PopularAppBots(_) => 0x1991b13b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PopularAppBots(_) => "bots.popularAppBots",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1991b13b => Self::PopularAppBots(<crate::types::bots::PopularAppBots>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.PopularAppBots" }),
        })
    }
}

impl Serialize for PopularAppBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PopularAppBots(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PopularAppBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PopularAppBots {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PopularAppBots(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::PopularAppBots> for PopularAppBots {
    fn from(x: crate::types::bots::PopularAppBots) -> Self {
        Self::PopularAppBots(x)
    }
}

impl crate::peers::Peers for PopularAppBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PopularAppBots(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `bots.PreviewInfo`: `bots.previewInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum PreviewInfo {
    /// `bots.previewInfo#0ca71d64`
    PreviewInfo(crate::types::bots::PreviewInfo),
}

impl PreviewInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PreviewInfo(_) => 0x0ca71d64,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PreviewInfo(_) => "bots.previewInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0ca71d64 => Self::PreviewInfo(<crate::types::bots::PreviewInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.PreviewInfo" }),
        })
    }
}

impl Serialize for PreviewInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PreviewInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PreviewInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PreviewInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PreviewInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::PreviewInfo> for PreviewInfo {
    fn from(x: crate::types::bots::PreviewInfo) -> Self {
        Self::PreviewInfo(x)
    }
}

impl crate::peers::Peers for PreviewInfo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PreviewInfo(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `bots.RequestedButton`: `bots.requestedButton`.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestedButton {
    /// `bots.requestedButton#f13bbcd7`
    RequestedButton(crate::types::bots::RequestedButton),
}

impl RequestedButton {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::RequestedButton(_) => 0xf13bbcd7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::RequestedButton(_) => "bots.requestedButton",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf13bbcd7 => Self::RequestedButton(<crate::types::bots::RequestedButton>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "bots.RequestedButton" }),
        })
    }
}

impl Serialize for RequestedButton {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::RequestedButton(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RequestedButton {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RequestedButton {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::RequestedButton(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::bots::RequestedButton> for RequestedButton {
    fn from(x: crate::types::bots::RequestedButton) -> Self {
        Self::RequestedButton(x)
    }
}

impl crate::peers::Peers for RequestedButton {}
