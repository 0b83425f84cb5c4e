// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `help` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `help.AppConfig`: `help.appConfigNotModified`, `help.appConfig`.
#[derive(Debug, Clone, PartialEq)]
pub enum AppConfig {
    /// `help.appConfigNotModified#7cde641d`
    AppConfigNotModified,
    /// `help.appConfig#dd18782e`
    AppConfig(crate::types::help::AppConfig),
}

impl AppConfig {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AppConfigNotModified => 0x7cde641d,
            Self::AppConfig(_) => 0xdd18782e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AppConfigNotModified => "help.appConfigNotModified",
            Self::AppConfig(_) => "help.appConfig",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7cde641d => Self::AppConfigNotModified,
            0xdd18782e => Self::AppConfig(<crate::types::help::AppConfig>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.AppConfig" }),
        })
    }
}

impl Serialize for AppConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AppConfigNotModified => buf.extend_from_slice(&0x7cde641du32.to_le_bytes()),
            Self::AppConfig(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AppConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AppConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AppConfigNotModified => {
                w.begin_object("help.appConfigNotModified");
                w.end_object();
            }
            Self::AppConfig(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::AppConfigNotModified> for AppConfig {
    fn from(_x: crate::types::help::AppConfigNotModified) -> Self {
        Self::AppConfigNotModified
    }
}

impl From<crate::types::help::AppConfig> for AppConfig {
    fn from(x: crate::types::help::AppConfig) -> Self {
        Self::AppConfig(x)
    }
}

impl crate::peers::Peers for AppConfig {}

/// The boxed type `help.AppUpdate`: `help.appUpdate`, `help.noAppUpdate`.
#[derive(Debug, Clone, PartialEq)]
pub enum AppUpdate {
    /// `help.appUpdate#ccbbce30`
    AppUpdate(crate::types::help::AppUpdate),
    /// `help.noAppUpdate#c45a6536`
    NoAppUpdate,
}

impl AppUpdate {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AppUpdate(_) => 0xccbbce30,
            Self::NoAppUpdate => 0xc45a6536,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AppUpdate(_) => "help.appUpdate",
            Self::NoAppUpdate => "help.noAppUpdate",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xccbbce30 => Self::AppUpdate(<crate::types::help::AppUpdate>::deserialize_bare(r)?),
            0xc45a6536 => Self::NoAppUpdate,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.AppUpdate" }),
        })
    }
}

impl Serialize for AppUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AppUpdate(x) => x.serialize(buf),
            Self::NoAppUpdate => buf.extend_from_slice(&0xc45a6536u32.to_le_bytes()),
        }
    }
}

impl Deserialize for AppUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AppUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AppUpdate(x) => x.write_json(w),
            Self::NoAppUpdate => {
                w.begin_object("help.noAppUpdate");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::help::AppUpdate> for AppUpdate {
    fn from(x: crate::types::help::AppUpdate) -> Self {
        Self::AppUpdate(x)
    }
}

impl From<crate::types::help::NoAppUpdate> for AppUpdate {
    fn from(_x: crate::types::help::NoAppUpdate) -> Self {
        Self::NoAppUpdate
    }
}

impl crate::peers::Peers for AppUpdate {}

/// The boxed type `help.CountriesList`: `help.countriesListNotModified`, `help.countriesList`.
#[derive(Debug, Clone, PartialEq)]
pub enum CountriesList {
    /// `help.countriesListNotModified#93cc1f32`
    CountriesListNotModified,
    /// `help.countriesList#87d0759e`
    CountriesList(crate::types::help::CountriesList),
}

impl CountriesList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CountriesListNotModified => 0x93cc1f32,
            Self::CountriesList(_) => 0x87d0759e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CountriesListNotModified => "help.countriesListNotModified",
            Self::CountriesList(_) => "help.countriesList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x93cc1f32 => Self::CountriesListNotModified,
            0x87d0759e => Self::CountriesList(<crate::types::help::CountriesList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.CountriesList" }),
        })
    }
}

impl Serialize for CountriesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CountriesListNotModified => buf.extend_from_slice(&0x93cc1f32u32.to_le_bytes()),
            Self::CountriesList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CountriesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CountriesList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CountriesListNotModified => {
                w.begin_object("help.countriesListNotModified");
                w.end_object();
            }
            Self::CountriesList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::CountriesListNotModified> for CountriesList {
    fn from(_x: crate::types::help::CountriesListNotModified) -> Self {
        Self::CountriesListNotModified
    }
}

impl From<crate::types::help::CountriesList> for CountriesList {
    fn from(x: crate::types::help::CountriesList) -> Self {
        Self::CountriesList(x)
    }
}

impl crate::peers::Peers for CountriesList {}

/// The boxed type `help.Country`: `help.country`.
#[derive(Debug, Clone, PartialEq)]
pub enum Country {
    /// `help.country#c3878e23`
    Country(crate::types::help::Country),
}

impl Country {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Country(_) => 0xc3878e23,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Country(_) => "help.country",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc3878e23 => Self::Country(<crate::types::help::Country>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.Country" }),
        })
    }
}

impl Serialize for Country {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Country(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Country {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Country {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Country(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::Country> for Country {
    fn from(x: crate::types::help::Country) -> Self {
        Self::Country(x)
    }
}

impl crate::peers::Peers for Country {}

/// The boxed type `help.CountryCode`: `help.countryCode`.
#[derive(Debug, Clone, PartialEq)]
pub enum CountryCode {
    /// `help.countryCode#4203c5ef`
    CountryCode(crate::types::help::CountryCode),
}

impl CountryCode {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CountryCode(_) => 0x4203c5ef,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CountryCode(_) => "help.countryCode",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4203c5ef => Self::CountryCode(<crate::types::help::CountryCode>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.CountryCode" }),
        })
    }
}

impl Serialize for CountryCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CountryCode(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CountryCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CountryCode {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CountryCode(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::CountryCode> for CountryCode {
    fn from(x: crate::types::help::CountryCode) -> Self {
        Self::CountryCode(x)
    }
}

impl crate::peers::Peers for CountryCode {}

/// The boxed type `help.DeepLinkInfo`: `help.deepLinkInfoEmpty`, `help.deepLinkInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum DeepLinkInfo {
    /// `help.deepLinkInfoEmpty#66afa166`
    DeepLinkInfoEmpty,
    /// `help.deepLinkInfo#6a4ee832`
    DeepLinkInfo(crate::types::help::DeepLinkInfo),
}

impl DeepLinkInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DeepLinkInfoEmpty => 0x66afa166,
            Self::DeepLinkInfo(_) => 0x6a4ee832,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DeepLinkInfoEmpty => "help.deepLinkInfoEmpty",
            Self::DeepLinkInfo(_) => "help.deepLinkInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x66afa166 => Self::DeepLinkInfoEmpty,
            0x6a4ee832 => Self::DeepLinkInfo(<crate::types::help::DeepLinkInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.DeepLinkInfo" }),
        })
    }
}

impl Serialize for DeepLinkInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DeepLinkInfoEmpty => buf.extend_from_slice(&0x66afa166u32.to_le_bytes()),
            Self::DeepLinkInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for DeepLinkInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DeepLinkInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DeepLinkInfoEmpty => {
                w.begin_object("help.deepLinkInfoEmpty");
                w.end_object();
            }
            Self::DeepLinkInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::DeepLinkInfoEmpty> for DeepLinkInfo {
    fn from(_x: crate::types::help::DeepLinkInfoEmpty) -> Self {
        Self::DeepLinkInfoEmpty
    }
}

impl From<crate::types::help::DeepLinkInfo> for DeepLinkInfo {
    fn from(x: crate::types::help::DeepLinkInfo) -> Self {
        Self::DeepLinkInfo(x)
    }
}

impl crate::peers::Peers for DeepLinkInfo {}

/// The boxed type `help.InviteText`: `help.inviteText`.
#[derive(Debug, Clone, PartialEq)]
pub enum InviteText {
    /// `help.inviteText#18cb9f78`
    InviteText(crate::types::help::InviteText),
}

impl InviteText {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::InviteText(_) => 0x18cb9f78,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::InviteText(_) => "help.inviteText",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x18cb9f78 => Self::InviteText(<crate::types::help::InviteText>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.InviteText" }),
        })
    }
}

impl Serialize for InviteText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::InviteText(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for InviteText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for InviteText {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::InviteText(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::InviteText> for InviteText {
    fn from(x: crate::types::help::InviteText) -> Self {
        Self::InviteText(x)
    }
}

impl crate::peers::Peers for InviteText {}

/// The boxed type `help.PassportConfig`: `help.passportConfigNotModified`, `help.passportConfig`.
#[derive(Debug, Clone, PartialEq)]
pub enum PassportConfig {
    /// `help.passportConfigNotModified#bfb9f457`
    PassportConfigNotModified,
    /// `help.passportConfig#a098d6af`
    PassportConfig(crate::types::help::PassportConfig),
}

impl PassportConfig {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PassportConfigNotModified => 0xbfb9f457,
            Self::PassportConfig(_) => 0xa098d6af,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PassportConfigNotModified => "help.passportConfigNotModified",
            Self::PassportConfig(_) => "help.passportConfig",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xbfb9f457 => Self::PassportConfigNotModified,
            0xa098d6af => Self::PassportConfig(<crate::types::help::PassportConfig>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PassportConfig" }),
        })
    }
}

impl Serialize for PassportConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PassportConfigNotModified => buf.extend_from_slice(&0xbfb9f457u32.to_le_bytes()),
            Self::PassportConfig(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PassportConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PassportConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PassportConfigNotModified => {
                w.begin_object("help.passportConfigNotModified");
                w.end_object();
            }
            Self::PassportConfig(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PassportConfigNotModified> for PassportConfig {
    fn from(_x: crate::types::help::PassportConfigNotModified) -> Self {
        Self::PassportConfigNotModified
    }
}

impl From<crate::types::help::PassportConfig> for PassportConfig {
    fn from(x: crate::types::help::PassportConfig) -> Self {
        Self::PassportConfig(x)
    }
}

impl crate::peers::Peers for PassportConfig {}

/// The boxed type `help.PeerColorOption`: `help.peerColorOption`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerColorOption {
    /// `help.peerColorOption#adec6ebe`
    PeerColorOption(crate::types::help::PeerColorOption),
}

impl PeerColorOption {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerColorOption(_) => 0xadec6ebe,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerColorOption(_) => "help.peerColorOption",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xadec6ebe => Self::PeerColorOption(<crate::types::help::PeerColorOption>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PeerColorOption" }),
        })
    }
}

impl Serialize for PeerColorOption {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerColorOption(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerColorOption {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorOption {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerColorOption(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PeerColorOption> for PeerColorOption {
    fn from(x: crate::types::help::PeerColorOption) -> Self {
        Self::PeerColorOption(x)
    }
}

impl crate::peers::Peers for PeerColorOption {}

/// The boxed type `help.PeerColorSet`: `help.peerColorSet`, `help.peerColorProfileSet`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerColorSet {
    /// `help.peerColorSet#26219a58`
    PeerColorSet(crate::types::help::PeerColorSet),
    /// `help.peerColorProfileSet#767d61eb`
    PeerColorProfileSet(crate::types::help::PeerColorProfileSet),
}

impl PeerColorSet {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerColorSet(_) => 0x26219a58,
            Self::PeerColorProfileSet(_) => 0x767d61eb,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerColorSet(_) => "help.peerColorSet",
            Self::PeerColorProfileSet(_) => "help.peerColorProfileSet",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x26219a58 => Self::PeerColorSet(<crate::types::help::PeerColorSet>::deserialize_bare(r)?),
            0x767d61eb => Self::PeerColorProfileSet(<crate::types::help::PeerColorProfileSet>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PeerColorSet" }),
        })
    }
}

impl Serialize for PeerColorSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerColorSet(x) => x.serialize(buf),
            Self::PeerColorProfileSet(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerColorSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColorSet {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerColorSet(x) => x.write_json(w),
            Self::PeerColorProfileSet(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PeerColorSet> for PeerColorSet {
    fn from(x: crate::types::help::PeerColorSet) -> Self {
        Self::PeerColorSet(x)
    }
}

impl From<crate::types::help::PeerColorProfileSet> for PeerColorSet {
    fn from(x: crate::types::help::PeerColorProfileSet) -> Self {
        Self::PeerColorProfileSet(x)
    }
}

impl crate::peers::Peers for PeerColorSet {}

/// The boxed type `help.PeerColors`: `help.peerColorsNotModified`, `help.peerColors`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerColors {
    /// `help.peerColorsNotModified#2ba1f5ce`
    PeerColorsNotModified,
    /// `help.peerColors#00f8ed08`
    PeerColors(crate::types::help::PeerColors),
}

impl PeerColors {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerColorsNotModified => 0x2ba1f5ce,
            Self::PeerColors(_) => 0x00f8ed08,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerColorsNotModified => "help.peerColorsNotModified",
            Self::PeerColors(_) => "help.peerColors",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2ba1f5ce => Self::PeerColorsNotModified,
            0x00f8ed08 => Self::PeerColors(<crate::types::help::PeerColors>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PeerColors" }),
        })
    }
}

impl Serialize for PeerColors {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerColorsNotModified => buf.extend_from_slice(&0x2ba1f5ceu32.to_le_bytes()),
            Self::PeerColors(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerColors {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerColors {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerColorsNotModified => {
                w.begin_object("help.peerColorsNotModified");
                w.end_object();
            }
            Self::PeerColors(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PeerColorsNotModified> for PeerColors {
    fn from(_x: crate::types::help::PeerColorsNotModified) -> Self {
        Self::PeerColorsNotModified
    }
}

impl From<crate::types::help::PeerColors> for PeerColors {
    fn from(x: crate::types::help::PeerColors) -> Self {
        Self::PeerColors(x)
    }
}

impl crate::peers::Peers for PeerColors {}

/// The boxed type `help.PremiumPromo`: `help.premiumPromo`.
#[derive(Debug, Clone, PartialEq)]
pub enum PremiumPromo {
    /// `help.premiumPromo#5334759c`
    PremiumPromo(crate::types::help::PremiumPromo),
}

impl PremiumPromo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PremiumPromo(_) => 0x5334759c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PremiumPromo(_) => "help.premiumPromo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5334759c => Self::PremiumPromo(<crate::types::help::PremiumPromo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PremiumPromo" }),
        })
    }
}

impl Serialize for PremiumPromo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PremiumPromo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PremiumPromo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PremiumPromo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PremiumPromo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PremiumPromo> for PremiumPromo {
    fn from(x: crate::types::help::PremiumPromo) -> Self {
        Self::PremiumPromo(x)
    }
}

impl crate::peers::Peers for PremiumPromo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PremiumPromo(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `help.PromoData`: `help.promoDataEmpty`, `help.promoData`.
#[derive(Debug, Clone, PartialEq)]
pub enum PromoData {
    /// `help.promoDataEmpty#98f6ac75`
    PromoDataEmpty(crate::types::help::PromoDataEmpty),
    /// `help.promoData#08a4d87a`
    PromoData(crate::types::help::PromoData),
}

impl PromoData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PromoDataEmpty(_) => 0x98f6ac75,
            Self::PromoData(_) => 0x08a4d87a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PromoDataEmpty(_) => "help.promoDataEmpty",
            Self::PromoData(_) => "help.promoData",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x98f6ac75 => Self::PromoDataEmpty(<crate::types::help::PromoDataEmpty>::deserialize_bare(r)?),
            0x08a4d87a => Self::PromoData(<crate::types::help::PromoData>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.PromoData" }),
        })
    }
}

impl Serialize for PromoData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PromoDataEmpty(x) => x.serialize(buf),
            Self::PromoData(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PromoData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PromoData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PromoDataEmpty(x) => x.write_json(w),
            Self::PromoData(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::PromoDataEmpty> for PromoData {
    fn from(x: crate::types::help::PromoDataEmpty) -> Self {
        Self::PromoDataEmpty(x)
    }
}

impl From<crate::types::help::PromoData> for PromoData {
    fn from(x: crate::types::help::PromoData) -> Self {
        Self::PromoData(x)
    }
}

impl crate::peers::Peers for PromoData {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PromoData(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `help.RecentMeUrls`: `help.recentMeUrls`.
#[derive(Debug, Clone, PartialEq)]
pub enum RecentMeUrls {
    /// `help.recentMeUrls#0e0310d7`
    RecentMeUrls(crate::types::help::RecentMeUrls),
}

impl RecentMeUrls {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::RecentMeUrls(_) => 0x0e0310d7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::RecentMeUrls(_) => "help.recentMeUrls",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0e0310d7 => Self::RecentMeUrls(<crate::types::help::RecentMeUrls>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.RecentMeUrls" }),
        })
    }
}

impl Serialize for RecentMeUrls {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::RecentMeUrls(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RecentMeUrls {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RecentMeUrls {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::RecentMeUrls(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::RecentMeUrls> for RecentMeUrls {
    fn from(x: crate::types::help::RecentMeUrls) -> Self {
        Self::RecentMeUrls(x)
    }
}

impl crate::peers::Peers for RecentMeUrls {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::RecentMeUrls(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `help.Support`: `help.support`.
#[derive(Debug, Clone, PartialEq)]
pub enum Support {
    /// `help.support#17c6b5f6`
    Support(crate::types::help::Support),
}

impl Support {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Support(_) => 0x17c6b5f6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Support(_) => "help.support",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x17c6b5f6 => Self::Support(<crate::types::help::Support>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.Support" }),
        })
    }
}

impl Serialize for Support {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Support(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Support {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Support {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Support(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::Support> for Support {
    fn from(x: crate::types::help::Support) -> Self {
        Self::Support(x)
    }
}

impl crate::peers::Peers for Support {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Support(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `help.SupportName`: `help.supportName`.
#[derive(Debug, Clone, PartialEq)]
pub enum SupportName {
    /// `help.supportName#8c05f1c9`
    SupportName(crate::types::help::SupportName),
}

impl SupportName {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SupportName(_) => 0x8c05f1c9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SupportName(_) => "help.supportName",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8c05f1c9 => Self::SupportName(<crate::types::help::SupportName>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.SupportName" }),
        })
    }
}

impl Serialize for SupportName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SupportName(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SupportName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SupportName {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SupportName(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::SupportName> for SupportName {
    fn from(x: crate::types::help::SupportName) -> Self {
        Self::SupportName(x)
    }
}

impl crate::peers::Peers for SupportName {}

/// The boxed type `help.TermsOfService`: `help.termsOfService`.
#[derive(Debug, Clone, PartialEq)]
pub enum TermsOfService {
    /// `help.termsOfService#780a0310`
    TermsOfService(crate::types::help::TermsOfService),
}

impl TermsOfService {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TermsOfService(_) => 0x780a0310,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TermsOfService(_) => "help.termsOfService",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x780a0310 => Self::TermsOfService(<crate::types::help::TermsOfService>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.TermsOfService" }),
        })
    }
}

impl Serialize for TermsOfService {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TermsOfService(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TermsOfService {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TermsOfService {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TermsOfService(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::TermsOfService> for TermsOfService {
    fn from(x: crate::types::help::TermsOfService) -> Self {
        Self::TermsOfService(x)
    }
}

impl crate::peers::Peers for TermsOfService {}

/// The boxed type `help.TermsOfServiceUpdate`: `help.termsOfServiceUpdateEmpty`, `help.termsOfServiceUpdate`.
#[derive(Debug, Clone, PartialEq)]
pub enum TermsOfServiceUpdate {
    /// `help.termsOfServiceUpdateEmpty#e3309f7f`
    TermsOfServiceUpdateEmpty(crate::types::help::TermsOfServiceUpdateEmpty),
    /// `help.termsOfServiceUpdate#28ecf961`
    TermsOfServiceUpdate(crate::types::help::TermsOfServiceUpdate),
}

impl TermsOfServiceUpdate {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TermsOfServiceUpdateEmpty(_) => 0xe3309f7f,
            Self::TermsOfServiceUpdate(_) => 0x28ecf961,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TermsOfServiceUpdateEmpty(_) => "help.termsOfServiceUpdateEmpty",
            Self::TermsOfServiceUpdate(_) => "help.termsOfServiceUpdate",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe3309f7f => Self::TermsOfServiceUpdateEmpty(<crate::types::help::TermsOfServiceUpdateEmpty>::deserialize_bare(r)?),
            0x28ecf961 => Self::TermsOfServiceUpdate(<crate::types::help::TermsOfServiceUpdate>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.TermsOfServiceUpdate" }),
        })
    }
}

impl Serialize for TermsOfServiceUpdate {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TermsOfServiceUpdateEmpty(x) => x.serialize(buf),
            Self::TermsOfServiceUpdate(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TermsOfServiceUpdate {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TermsOfServiceUpdate {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TermsOfServiceUpdateEmpty(x) => x.write_json(w),
            Self::TermsOfServiceUpdate(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::TermsOfServiceUpdateEmpty> for TermsOfServiceUpdate {
    fn from(x: crate::types::help::TermsOfServiceUpdateEmpty) -> Self {
        Self::TermsOfServiceUpdateEmpty(x)
    }
}

impl From<crate::types::help::TermsOfServiceUpdate> for TermsOfServiceUpdate {
    fn from(x: crate::types::help::TermsOfServiceUpdate) -> Self {
        Self::TermsOfServiceUpdate(x)
    }
}

impl crate::peers::Peers for TermsOfServiceUpdate {}

/// The boxed type `help.TimezonesList`: `help.timezonesListNotModified`, `help.timezonesList`.
#[derive(Debug, Clone, PartialEq)]
pub enum TimezonesList {
    /// `help.timezonesListNotModified#970708cc`
    TimezonesListNotModified,
    /// `help.timezonesList#7b74ed71`
    TimezonesList(crate::types::help::TimezonesList),
}

impl TimezonesList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TimezonesListNotModified => 0x970708cc,
            Self::TimezonesList(_) => 0x7b74ed71,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TimezonesListNotModified => "help.timezonesListNotModified",
            Self::TimezonesList(_) => "help.timezonesList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x970708cc => Self::TimezonesListNotModified,
            0x7b74ed71 => Self::TimezonesList(<crate::types::help::TimezonesList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.TimezonesList" }),
        })
    }
}

impl Serialize for TimezonesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TimezonesListNotModified => buf.extend_from_slice(&0x970708ccu32.to_le_bytes()),
            Self::TimezonesList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TimezonesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TimezonesList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TimezonesListNotModified => {
                w.begin_object("help.timezonesListNotModified");
                w.end_object();
            }
            Self::TimezonesList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::TimezonesListNotModified> for TimezonesList {
    fn from(_x: crate::types::help::TimezonesListNotModified) -> Self {
        Self::TimezonesListNotModified
    }
}

impl From<crate::types::help::TimezonesList> for TimezonesList {
    fn from(x: crate::types::help::TimezonesList) -> Self {
        Self::TimezonesList(x)
    }
}

impl crate::peers::Peers for TimezonesList {}

/// The boxed type `help.UserInfo`: `help.userInfoEmpty`, `help.userInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum UserInfo {
    /// `help.userInfoEmpty#f3ae2eed`
    UserInfoEmpty,
    /// `help.userInfo#01eb3758`
    UserInfo(crate::types::help::UserInfo),
}

impl UserInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::UserInfoEmpty => 0xf3ae2eed,
            Self::UserInfo(_) => 0x01eb3758,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::UserInfoEmpty => "help.userInfoEmpty",
            Self::UserInfo(_) => "help.userInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf3ae2eed => Self::UserInfoEmpty,
            0x01eb3758 => Self::UserInfo(<crate::types::help::UserInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "help.UserInfo" }),
        })
    }
}

impl Serialize for UserInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::UserInfoEmpty => buf.extend_from_slice(&0xf3ae2eedu32.to_le_bytes()),
            Self::UserInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for UserInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for UserInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::UserInfoEmpty => {
                w.begin_object("help.userInfoEmpty");
                w.end_object();
            }
            Self::UserInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::help::UserInfoEmpty> for UserInfo {
    fn from(_x: crate::types::help::UserInfoEmpty) -> Self {
        Self::UserInfoEmpty
    }
}

impl From<crate::types::help::UserInfo> for UserInfo {
    fn from(x: crate::types::help::UserInfo) -> Self {
        Self::UserInfo(x)
    }
}

impl crate::peers::Peers for UserInfo {}
