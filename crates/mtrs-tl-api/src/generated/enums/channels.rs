// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `channels` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `channels.AdminLogResults`: `channels.adminLogResults`.
#[derive(Debug, Clone, PartialEq)]
pub enum AdminLogResults {
    /// `channels.adminLogResults#ed8af74d`
    AdminLogResults(crate::types::channels::AdminLogResults),
}

impl AdminLogResults {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AdminLogResults(_) => 0xed8af74d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AdminLogResults(_) => "channels.adminLogResults",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xed8af74d => Self::AdminLogResults(<crate::types::channels::AdminLogResults>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "channels.AdminLogResults" }),
        })
    }
}

impl Serialize for AdminLogResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AdminLogResults(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AdminLogResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AdminLogResults {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AdminLogResults(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::channels::AdminLogResults> for AdminLogResults {
    fn from(x: crate::types::channels::AdminLogResults) -> Self {
        Self::AdminLogResults(x)
    }
}

impl crate::peers::Peers for AdminLogResults {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::AdminLogResults(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `channels.ChannelParticipant`: `channels.channelParticipant`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChannelParticipant {
    /// `channels.channelParticipant#dfb80317`
    ChannelParticipant(crate::types::channels::ChannelParticipant),
}

impl ChannelParticipant {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChannelParticipant(_) => 0xdfb80317,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChannelParticipant(_) => "channels.channelParticipant",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdfb80317 => Self::ChannelParticipant(<crate::types::channels::ChannelParticipant>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "channels.ChannelParticipant" }),
        })
    }
}

impl Serialize for ChannelParticipant {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChannelParticipant(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChannelParticipant {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChannelParticipant(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::channels::ChannelParticipant> for ChannelParticipant {
    fn from(x: crate::types::channels::ChannelParticipant) -> Self {
        Self::ChannelParticipant(x)
    }
}

impl crate::peers::Peers for ChannelParticipant {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChannelParticipant(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `channels.ChannelParticipants`: `channels.channelParticipants`, `channels.channelParticipantsNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChannelParticipants {
    /// `channels.channelParticipants#9ab0feaf`
    ChannelParticipants(crate::types::channels::ChannelParticipants),
    /// `channels.channelParticipantsNotModified#f0173fe9`
    ChannelParticipantsNotModified,
}

impl ChannelParticipants {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChannelParticipants(_) => 0x9ab0feaf,
            Self::ChannelParticipantsNotModified => 0xf0173fe9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChannelParticipants(_) => "channels.channelParticipants",
            Self::ChannelParticipantsNotModified => "channels.channelParticipantsNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9ab0feaf => Self::ChannelParticipants(<crate::types::channels::ChannelParticipants>::deserialize_bare(r)?),
            0xf0173fe9 => Self::ChannelParticipantsNotModified,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "channels.ChannelParticipants" }),
        })
    }
}

impl Serialize for ChannelParticipants {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChannelParticipants(x) => x.serialize(buf),
            Self::ChannelParticipantsNotModified => buf.extend_from_slice(&0xf0173fe9u32.to_le_bytes()),
        }
    }
}

impl Deserialize for ChannelParticipants {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChannelParticipants {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChannelParticipants(x) => x.write_json(w),
            Self::ChannelParticipantsNotModified => {
                w.begin_object("channels.channelParticipantsNotModified");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::channels::ChannelParticipants> for ChannelParticipants {
    fn from(x: crate::types::channels::ChannelParticipants) -> Self {
        Self::ChannelParticipants(x)
    }
}

impl From<crate::types::channels::ChannelParticipantsNotModified> for ChannelParticipants {
    fn from(_x: crate::types::channels::ChannelParticipantsNotModified) -> Self {
        Self::ChannelParticipantsNotModified
    }
}

impl crate::peers::Peers for ChannelParticipants {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChannelParticipants(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `channels.SendAsPeers`: `channels.sendAsPeers`.
#[derive(Debug, Clone, PartialEq)]
pub enum SendAsPeers {
    /// `channels.sendAsPeers#f496b0c6`
    SendAsPeers(crate::types::channels::SendAsPeers),
}

impl SendAsPeers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SendAsPeers(_) => 0xf496b0c6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SendAsPeers(_) => "channels.sendAsPeers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf496b0c6 => Self::SendAsPeers(<crate::types::channels::SendAsPeers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "channels.SendAsPeers" }),
        })
    }
}

impl Serialize for SendAsPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SendAsPeers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SendAsPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SendAsPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SendAsPeers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::channels::SendAsPeers> for SendAsPeers {
    fn from(x: crate::types::channels::SendAsPeers) -> Self {
        Self::SendAsPeers(x)
    }
}

impl crate::peers::Peers for SendAsPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SendAsPeers(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `channels.SponsoredMessageReportResult`: `channels.sponsoredMessageReportResultChooseOption`, `channels.sponsoredMessageReportResultAdsHidden`, `channels.sponsoredMessageReportResultReported`.
#[derive(Debug, Clone, PartialEq)]
pub enum SponsoredMessageReportResult {
    /// `channels.sponsoredMessageReportResultChooseOption#846f9e42`
    SponsoredMessageReportResultChooseOption(crate::types::channels::SponsoredMessageReportResultChooseOption),
    /// `channels.sponsoredMessageReportResultAdsHidden#3e3bcf2f`
    SponsoredMessageReportResultAdsHidden,
    /// `channels.sponsoredMessageReportResultReported#ad798849`
    SponsoredMessageReportResultReported,
}

impl SponsoredMessageReportResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SponsoredMessageReportResultChooseOption(_) => 0x846f9e42,
            Self::SponsoredMessageReportResultAdsHidden => 0x3e3bcf2f,
            Self::SponsoredMessageReportResultReported => 0xad798849,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SponsoredMessageReportResultChooseOption(_) => "channels.sponsoredMessageReportResultChooseOption",
            Self::SponsoredMessageReportResultAdsHidden => "channels.sponsoredMessageReportResultAdsHidden",
            Self::SponsoredMessageReportResultReported => "channels.sponsoredMessageReportResultReported",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x846f9e42 => Self::SponsoredMessageReportResultChooseOption(<crate::types::channels::SponsoredMessageReportResultChooseOption>::deserialize_bare(r)?),
            0x3e3bcf2f => Self::SponsoredMessageReportResultAdsHidden,
            0xad798849 => Self::SponsoredMessageReportResultReported,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "channels.SponsoredMessageReportResult" }),
        })
    }
}

impl Serialize for SponsoredMessageReportResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SponsoredMessageReportResultChooseOption(x) => x.serialize(buf),
            Self::SponsoredMessageReportResultAdsHidden => buf.extend_from_slice(&0x3e3bcf2fu32.to_le_bytes()),
            Self::SponsoredMessageReportResultReported => buf.extend_from_slice(&0xad798849u32.to_le_bytes()),
        }
    }
}

impl Deserialize for SponsoredMessageReportResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessageReportResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SponsoredMessageReportResultChooseOption(x) => x.write_json(w),
            Self::SponsoredMessageReportResultAdsHidden => {
                w.begin_object("channels.sponsoredMessageReportResultAdsHidden");
                w.end_object();
            }
            Self::SponsoredMessageReportResultReported => {
                w.begin_object("channels.sponsoredMessageReportResultReported");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::channels::SponsoredMessageReportResultChooseOption> for SponsoredMessageReportResult {
    fn from(x: crate::types::channels::SponsoredMessageReportResultChooseOption) -> Self {
        Self::SponsoredMessageReportResultChooseOption(x)
    }
}

impl From<crate::types::channels::SponsoredMessageReportResultAdsHidden> for SponsoredMessageReportResult {
    fn from(_x: crate::types::channels::SponsoredMessageReportResultAdsHidden) -> Self {
        Self::SponsoredMessageReportResultAdsHidden
    }
}

impl From<crate::types::channels::SponsoredMessageReportResultReported> for SponsoredMessageReportResult {
    fn from(_x: crate::types::channels::SponsoredMessageReportResultReported) -> Self {
        Self::SponsoredMessageReportResultReported
    }
}

impl crate::peers::Peers for SponsoredMessageReportResult {}
