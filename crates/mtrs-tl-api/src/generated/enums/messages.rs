// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `messages` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `messages.AffectedFoundMessages`: `messages.affectedFoundMessages`.
#[derive(Debug, Clone, PartialEq)]
pub enum AffectedFoundMessages {
    /// `messages.affectedFoundMessages#ef8d3e6c`
    AffectedFoundMessages(crate::types::messages::AffectedFoundMessages),
}

impl AffectedFoundMessages {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AffectedFoundMessages(_) => 0xef8d3e6c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AffectedFoundMessages(_) => "messages.affectedFoundMessages",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xef8d3e6c => Self::AffectedFoundMessages(<crate::types::messages::AffectedFoundMessages>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AffectedFoundMessages" }),
        })
    }
}

impl Serialize for AffectedFoundMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AffectedFoundMessages(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AffectedFoundMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedFoundMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AffectedFoundMessages(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AffectedFoundMessages> for AffectedFoundMessages {
    fn from(x: crate::types::messages::AffectedFoundMessages) -> Self {
        Self::AffectedFoundMessages(x)
    }
}

impl crate::peers::Peers for AffectedFoundMessages {}

/// The boxed type `messages.AffectedHistory`: `messages.affectedHistory`.
#[derive(Debug, Clone, PartialEq)]
pub enum AffectedHistory {
    /// `messages.affectedHistory#b45c69d1`
    AffectedHistory(crate::types::messages::AffectedHistory),
}

impl AffectedHistory {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AffectedHistory(_) => 0xb45c69d1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AffectedHistory(_) => "messages.affectedHistory",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb45c69d1 => Self::AffectedHistory(<crate::types::messages::AffectedHistory>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AffectedHistory" }),
        })
    }
}

impl Serialize for AffectedHistory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AffectedHistory(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AffectedHistory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedHistory {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AffectedHistory(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AffectedHistory> for AffectedHistory {
    fn from(x: crate::types::messages::AffectedHistory) -> Self {
        Self::AffectedHistory(x)
    }
}

impl crate::peers::Peers for AffectedHistory {}

/// The boxed type `messages.AffectedMessages`: `messages.affectedMessages`.
#[derive(Debug, Clone, PartialEq)]
pub enum AffectedMessages {
    /// `messages.affectedMessages#84d19185`
    AffectedMessages(crate::types::messages::AffectedMessages),
}

impl AffectedMessages {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AffectedMessages(_) => 0x84d19185,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AffectedMessages(_) => "messages.affectedMessages",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x84d19185 => Self::AffectedMessages(<crate::types::messages::AffectedMessages>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AffectedMessages" }),
        })
    }
}

impl Serialize for AffectedMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AffectedMessages(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AffectedMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AffectedMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AffectedMessages(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AffectedMessages> for AffectedMessages {
    fn from(x: crate::types::messages::AffectedMessages) -> Self {
        Self::AffectedMessages(x)
    }
}

impl crate::peers::Peers for AffectedMessages {}

/// The boxed type `messages.AllStickers`: `messages.allStickersNotModified`, `messages.allStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum AllStickers {
    /// `messages.allStickersNotModified#e86602c3`
    AllStickersNotModified,
    /// `messages.allStickers#cdbbcebb`
    AllStickers(crate::types::messages::AllStickers),
}

impl AllStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AllStickersNotModified => 0xe86602c3,
            Self::AllStickers(_) => 0xcdbbcebb,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AllStickersNotModified => "messages.allStickersNotModified",
            Self::AllStickers(_) => "messages.allStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe86602c3 => Self::AllStickersNotModified,
            0xcdbbcebb => Self::AllStickers(<crate::types::messages::AllStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AllStickers" }),
        })
    }
}

impl Serialize for AllStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AllStickersNotModified => buf.extend_from_slice(&0xe86602c3u32.to_le_bytes()),
            Self::AllStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AllStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AllStickersNotModified => {
                w.begin_object("messages.allStickersNotModified");
                w.end_object();
            }
            Self::AllStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AllStickersNotModified> for AllStickers {
    fn from(_x: crate::types::messages::AllStickersNotModified) -> Self {
        Self::AllStickersNotModified
    }
}

impl From<crate::types::messages::AllStickers> for AllStickers {
    fn from(x: crate::types::messages::AllStickers) -> Self {
        Self::AllStickers(x)
    }
}

impl crate::peers::Peers for AllStickers {}

/// The boxed type `messages.ArchivedStickers`: `messages.archivedStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum ArchivedStickers {
    /// `messages.archivedStickers#4fcba9c8`
    ArchivedStickers(crate::types::messages::ArchivedStickers),
}

impl ArchivedStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ArchivedStickers(_) => 0x4fcba9c8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ArchivedStickers(_) => "messages.archivedStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4fcba9c8 => Self::ArchivedStickers(<crate::types::messages::ArchivedStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ArchivedStickers" }),
        })
    }
}

impl Serialize for ArchivedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ArchivedStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ArchivedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ArchivedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ArchivedStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ArchivedStickers> for ArchivedStickers {
    fn from(x: crate::types::messages::ArchivedStickers) -> Self {
        Self::ArchivedStickers(x)
    }
}

impl crate::peers::Peers for ArchivedStickers {}

/// The boxed type `messages.AvailableEffects`: `messages.availableEffectsNotModified`, `messages.availableEffects`.
#[derive(Debug, Clone, PartialEq)]
pub enum AvailableEffects {
    /// `messages.availableEffectsNotModified#d1ed9a5b`
    AvailableEffectsNotModified,
    /// `messages.availableEffects#bddb616e`
    AvailableEffects(crate::types::messages::AvailableEffects),
}

impl AvailableEffects {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AvailableEffectsNotModified => 0xd1ed9a5b,
            Self::AvailableEffects(_) => 0xbddb616e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AvailableEffectsNotModified => "messages.availableEffectsNotModified",
            Self::AvailableEffects(_) => "messages.availableEffects",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xd1ed9a5b => Self::AvailableEffectsNotModified,
            0xbddb616e => Self::AvailableEffects(<crate::types::messages::AvailableEffects>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AvailableEffects" }),
        })
    }
}

impl Serialize for AvailableEffects {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AvailableEffectsNotModified => buf.extend_from_slice(&0xd1ed9a5bu32.to_le_bytes()),
            Self::AvailableEffects(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AvailableEffects {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableEffects {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AvailableEffectsNotModified => {
                w.begin_object("messages.availableEffectsNotModified");
                w.end_object();
            }
            Self::AvailableEffects(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AvailableEffectsNotModified> for AvailableEffects {
    fn from(_x: crate::types::messages::AvailableEffectsNotModified) -> Self {
        Self::AvailableEffectsNotModified
    }
}

impl From<crate::types::messages::AvailableEffects> for AvailableEffects {
    fn from(x: crate::types::messages::AvailableEffects) -> Self {
        Self::AvailableEffects(x)
    }
}

impl crate::peers::Peers for AvailableEffects {}

/// The boxed type `messages.AvailableReactions`: `messages.availableReactionsNotModified`, `messages.availableReactions`.
#[derive(Debug, Clone, PartialEq)]
pub enum AvailableReactions {
    /// `messages.availableReactionsNotModified#9f071957`
    AvailableReactionsNotModified,
    /// `messages.availableReactions#768e3aad`
    AvailableReactions(crate::types::messages::AvailableReactions),
}

impl AvailableReactions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AvailableReactionsNotModified => 0x9f071957,
            Self::AvailableReactions(_) => 0x768e3aad,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AvailableReactionsNotModified => "messages.availableReactionsNotModified",
            Self::AvailableReactions(_) => "messages.availableReactions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9f071957 => Self::AvailableReactionsNotModified,
            0x768e3aad => Self::AvailableReactions(<crate::types::messages::AvailableReactions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.AvailableReactions" }),
        })
    }
}

impl Serialize for AvailableReactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AvailableReactionsNotModified => buf.extend_from_slice(&0x9f071957u32.to_le_bytes()),
            Self::AvailableReactions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AvailableReactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AvailableReactions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AvailableReactionsNotModified => {
                w.begin_object("messages.availableReactionsNotModified");
                w.end_object();
            }
            Self::AvailableReactions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::AvailableReactionsNotModified> for AvailableReactions {
    fn from(_x: crate::types::messages::AvailableReactionsNotModified) -> Self {
        Self::AvailableReactionsNotModified
    }
}

impl From<crate::types::messages::AvailableReactions> for AvailableReactions {
    fn from(x: crate::types::messages::AvailableReactions) -> Self {
        Self::AvailableReactions(x)
    }
}

impl crate::peers::Peers for AvailableReactions {}

/// The boxed type `messages.BotApp`: `messages.botApp`.
#[derive(Debug, Clone, PartialEq)]
pub enum BotApp {
    /// `messages.botApp#eb50adf5`
    BotApp(crate::types::messages::BotApp),
}

impl BotApp {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BotApp(_) => 0xeb50adf5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BotApp(_) => "messages.botApp",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xeb50adf5 => Self::BotApp(<crate::types::messages::BotApp>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.BotApp" }),
        })
    }
}

impl Serialize for BotApp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BotApp(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BotApp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BotApp {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BotApp(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::BotApp> for BotApp {
    fn from(x: crate::types::messages::BotApp) -> Self {
        Self::BotApp(x)
    }
}

impl crate::peers::Peers for BotApp {}

/// The boxed type `messages.BotCallbackAnswer`: `messages.botCallbackAnswer`.
#[derive(Debug, Clone, PartialEq)]
pub enum BotCallbackAnswer {
    /// `messages.botCallbackAnswer#36585ea4`
    BotCallbackAnswer(crate::types::messages::BotCallbackAnswer),
}

impl BotCallbackAnswer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BotCallbackAnswer(_) => 0x36585ea4,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BotCallbackAnswer(_) => "messages.botCallbackAnswer",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x36585ea4 => Self::BotCallbackAnswer(<crate::types::messages::BotCallbackAnswer>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.BotCallbackAnswer" }),
        })
    }
}

impl Serialize for BotCallbackAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BotCallbackAnswer(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BotCallbackAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BotCallbackAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BotCallbackAnswer(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::BotCallbackAnswer> for BotCallbackAnswer {
    fn from(x: crate::types::messages::BotCallbackAnswer) -> Self {
        Self::BotCallbackAnswer(x)
    }
}

impl crate::peers::Peers for BotCallbackAnswer {}

/// The boxed type `messages.BotPreparedInlineMessage`: `messages.botPreparedInlineMessage`.
#[derive(Debug, Clone, PartialEq)]
pub enum BotPreparedInlineMessage {
    /// `messages.botPreparedInlineMessage#8ecf0511`
    BotPreparedInlineMessage(crate::types::messages::BotPreparedInlineMessage),
}

impl BotPreparedInlineMessage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BotPreparedInlineMessage(_) => 0x8ecf0511,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BotPreparedInlineMessage(_) => "messages.botPreparedInlineMessage",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8ecf0511 => Self::BotPreparedInlineMessage(<crate::types::messages::BotPreparedInlineMessage>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.BotPreparedInlineMessage" }),
        })
    }
}

impl Serialize for BotPreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BotPreparedInlineMessage(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BotPreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BotPreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BotPreparedInlineMessage(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::BotPreparedInlineMessage> for BotPreparedInlineMessage {
    fn from(x: crate::types::messages::BotPreparedInlineMessage) -> Self {
        Self::BotPreparedInlineMessage(x)
    }
}

impl crate::peers::Peers for BotPreparedInlineMessage {}

/// The boxed type `messages.BotResults`: `messages.botResults`.
#[derive(Debug, Clone, PartialEq)]
pub enum BotResults {
    /// `messages.botResults#e021f2f6`
    BotResults(crate::types::messages::BotResults),
}

impl BotResults {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BotResults(_) => 0xe021f2f6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BotResults(_) => "messages.botResults",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe021f2f6 => Self::BotResults(<crate::types::messages::BotResults>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.BotResults" }),
        })
    }
}

impl Serialize for BotResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BotResults(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BotResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BotResults {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BotResults(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::BotResults> for BotResults {
    fn from(x: crate::types::messages::BotResults) -> Self {
        Self::BotResults(x)
    }
}

impl crate::peers::Peers for BotResults {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::BotResults(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.ChatAdminsWithInvites`: `messages.chatAdminsWithInvites`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatAdminsWithInvites {
    /// `messages.chatAdminsWithInvites#b69b72d7`
    ChatAdminsWithInvites(crate::types::messages::ChatAdminsWithInvites),
}

impl ChatAdminsWithInvites {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatAdminsWithInvites(_) => 0xb69b72d7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatAdminsWithInvites(_) => "messages.chatAdminsWithInvites",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb69b72d7 => Self::ChatAdminsWithInvites(<crate::types::messages::ChatAdminsWithInvites>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ChatAdminsWithInvites" }),
        })
    }
}

impl Serialize for ChatAdminsWithInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatAdminsWithInvites(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatAdminsWithInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatAdminsWithInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatAdminsWithInvites(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ChatAdminsWithInvites> for ChatAdminsWithInvites {
    fn from(x: crate::types::messages::ChatAdminsWithInvites) -> Self {
        Self::ChatAdminsWithInvites(x)
    }
}

impl crate::peers::Peers for ChatAdminsWithInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatAdminsWithInvites(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.ChatFull`: `messages.chatFull`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatFull {
    /// `messages.chatFull#e5d7d19c`
    ChatFull(crate::types::messages::ChatFull),
}

impl ChatFull {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatFull(_) => 0xe5d7d19c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatFull(_) => "messages.chatFull",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe5d7d19c => Self::ChatFull(<crate::types::messages::ChatFull>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ChatFull" }),
        })
    }
}

impl Serialize for ChatFull {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatFull(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatFull {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatFull {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatFull(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ChatFull> for ChatFull {
    fn from(x: crate::types::messages::ChatFull) -> Self {
        Self::ChatFull(x)
    }
}

impl crate::peers::Peers for ChatFull {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatFull(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.ChatInviteImporters`: `messages.chatInviteImporters`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatInviteImporters {
    /// `messages.chatInviteImporters#81b6b00a`
    ChatInviteImporters(crate::types::messages::ChatInviteImporters),
}

impl ChatInviteImporters {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatInviteImporters(_) => 0x81b6b00a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatInviteImporters(_) => "messages.chatInviteImporters",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x81b6b00a => Self::ChatInviteImporters(<crate::types::messages::ChatInviteImporters>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ChatInviteImporters" }),
        })
    }
}

impl Serialize for ChatInviteImporters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatInviteImporters(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatInviteImporters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatInviteImporters {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatInviteImporters(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ChatInviteImporters> for ChatInviteImporters {
    fn from(x: crate::types::messages::ChatInviteImporters) -> Self {
        Self::ChatInviteImporters(x)
    }
}

impl crate::peers::Peers for ChatInviteImporters {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatInviteImporters(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.ChatInviteJoinResult`: `messages.chatInviteJoinResultOk`, `messages.chatInviteJoinResultWebView`.
#[derive(Debug, Clone, PartialEq)]
pub enum ChatInviteJoinResult {
    /// `messages.chatInviteJoinResultOk#445663a7`
    ChatInviteJoinResultOk(crate::types::messages::ChatInviteJoinResultOk),
    /// `messages.chatInviteJoinResultWebView#61ca29d3`
    ChatInviteJoinResultWebView(crate::types::messages::ChatInviteJoinResultWebView),
}

impl ChatInviteJoinResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ChatInviteJoinResultOk(_) => 0x445663a7,
            Self::ChatInviteJoinResultWebView(_) => 0x61ca29d3,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ChatInviteJoinResultOk(_) => "messages.chatInviteJoinResultOk",
            Self::ChatInviteJoinResultWebView(_) => "messages.chatInviteJoinResultWebView",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x445663a7 => Self::ChatInviteJoinResultOk(<crate::types::messages::ChatInviteJoinResultOk>::deserialize_bare(r)?),
            0x61ca29d3 => Self::ChatInviteJoinResultWebView(<crate::types::messages::ChatInviteJoinResultWebView>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ChatInviteJoinResult" }),
        })
    }
}

impl Serialize for ChatInviteJoinResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ChatInviteJoinResultOk(x) => x.serialize(buf),
            Self::ChatInviteJoinResultWebView(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ChatInviteJoinResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ChatInviteJoinResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ChatInviteJoinResultOk(x) => x.write_json(w),
            Self::ChatInviteJoinResultWebView(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ChatInviteJoinResultOk> for ChatInviteJoinResult {
    fn from(x: crate::types::messages::ChatInviteJoinResultOk) -> Self {
        Self::ChatInviteJoinResultOk(x)
    }
}

impl From<crate::types::messages::ChatInviteJoinResultWebView> for ChatInviteJoinResult {
    fn from(x: crate::types::messages::ChatInviteJoinResultWebView) -> Self {
        Self::ChatInviteJoinResultWebView(x)
    }
}

impl crate::peers::Peers for ChatInviteJoinResult {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ChatInviteJoinResultOk(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ChatInviteJoinResultWebView(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.Chats`: `messages.chats`, `messages.chatsSlice`.
#[derive(Debug, Clone, PartialEq)]
pub enum Chats {
    /// `messages.chats#64ff9fd5`
    Chats(crate::types::messages::Chats),
    /// `messages.chatsSlice#9cd81144`
    ChatsSlice(crate::types::messages::ChatsSlice),
}

impl Chats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Chats(_) => 0x64ff9fd5,
            Self::ChatsSlice(_) => 0x9cd81144,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Chats(_) => "messages.chats",
            Self::ChatsSlice(_) => "messages.chatsSlice",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x64ff9fd5 => Self::Chats(<crate::types::messages::Chats>::deserialize_bare(r)?),
            0x9cd81144 => Self::ChatsSlice(<crate::types::messages::ChatsSlice>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.Chats" }),
        })
    }
}

impl Serialize for Chats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Chats(x) => x.serialize(buf),
            Self::ChatsSlice(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Chats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Chats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Chats(x) => x.write_json(w),
            Self::ChatsSlice(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::Chats> for Chats {
    fn from(x: crate::types::messages::Chats) -> Self {
        Self::Chats(x)
    }
}

impl From<crate::types::messages::ChatsSlice> for Chats {
    fn from(x: crate::types::messages::ChatsSlice) -> Self {
        Self::ChatsSlice(x)
    }
}

impl crate::peers::Peers for Chats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Chats(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ChatsSlice(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.CheckedHistoryImportPeer`: `messages.checkedHistoryImportPeer`.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckedHistoryImportPeer {
    /// `messages.checkedHistoryImportPeer#a24de717`
    CheckedHistoryImportPeer(crate::types::messages::CheckedHistoryImportPeer),
}

impl CheckedHistoryImportPeer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CheckedHistoryImportPeer(_) => 0xa24de717,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CheckedHistoryImportPeer(_) => "messages.checkedHistoryImportPeer",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa24de717 => Self::CheckedHistoryImportPeer(<crate::types::messages::CheckedHistoryImportPeer>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.CheckedHistoryImportPeer" }),
        })
    }
}

impl Serialize for CheckedHistoryImportPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CheckedHistoryImportPeer(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CheckedHistoryImportPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckedHistoryImportPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CheckedHistoryImportPeer(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::CheckedHistoryImportPeer> for CheckedHistoryImportPeer {
    fn from(x: crate::types::messages::CheckedHistoryImportPeer) -> Self {
        Self::CheckedHistoryImportPeer(x)
    }
}

impl crate::peers::Peers for CheckedHistoryImportPeer {}

/// The boxed type `messages.ComposedMessageWithAI`: `messages.composedMessageWithAI`.
#[derive(Debug, Clone, PartialEq)]
pub enum ComposedMessageWithAI {
    /// `messages.composedMessageWithAI#90d7adfa`
    ComposedMessageWithAi(crate::types::messages::ComposedMessageWithAi),
}

impl ComposedMessageWithAI {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ComposedMessageWithAi(_) => 0x90d7adfa,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ComposedMessageWithAi(_) => "messages.composedMessageWithAI",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x90d7adfa => Self::ComposedMessageWithAi(<crate::types::messages::ComposedMessageWithAi>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ComposedMessageWithAI" }),
        })
    }
}

impl Serialize for ComposedMessageWithAI {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ComposedMessageWithAi(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ComposedMessageWithAI {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposedMessageWithAI {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ComposedMessageWithAi(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ComposedMessageWithAi> for ComposedMessageWithAI {
    fn from(x: crate::types::messages::ComposedMessageWithAi) -> Self {
        Self::ComposedMessageWithAi(x)
    }
}

impl crate::peers::Peers for ComposedMessageWithAI {}

/// The boxed type `messages.ComposedRichMessageWithAI`: `messages.composedRichMessageWithAI`.
#[derive(Debug, Clone, PartialEq)]
pub enum ComposedRichMessageWithAI {
    /// `messages.composedRichMessageWithAI#4c4537c8`
    ComposedRichMessageWithAi(crate::types::messages::ComposedRichMessageWithAi),
}

impl ComposedRichMessageWithAI {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ComposedRichMessageWithAi(_) => 0x4c4537c8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ComposedRichMessageWithAi(_) => "messages.composedRichMessageWithAI",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4c4537c8 => Self::ComposedRichMessageWithAi(<crate::types::messages::ComposedRichMessageWithAi>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ComposedRichMessageWithAI" }),
        })
    }
}

impl Serialize for ComposedRichMessageWithAI {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ComposedRichMessageWithAi(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ComposedRichMessageWithAI {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ComposedRichMessageWithAI {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ComposedRichMessageWithAi(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ComposedRichMessageWithAi> for ComposedRichMessageWithAI {
    fn from(x: crate::types::messages::ComposedRichMessageWithAi) -> Self {
        Self::ComposedRichMessageWithAi(x)
    }
}

impl crate::peers::Peers for ComposedRichMessageWithAI {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ComposedRichMessageWithAi(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.DhConfig`: `messages.dhConfigNotModified`, `messages.dhConfig`.
#[derive(Debug, Clone, PartialEq)]
pub enum DhConfig {
    /// `messages.dhConfigNotModified#c0e24635`
    DhConfigNotModified(crate::types::messages::DhConfigNotModified),
    /// `messages.dhConfig#2c221edd`
    DhConfig(crate::types::messages::DhConfig),
}

impl DhConfig {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DhConfigNotModified(_) => 0xc0e24635,
            Self::DhConfig(_) => 0x2c221edd,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DhConfigNotModified(_) => "messages.dhConfigNotModified",
            Self::DhConfig(_) => "messages.dhConfig",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc0e24635 => Self::DhConfigNotModified(<crate::types::messages::DhConfigNotModified>::deserialize_bare(r)?),
            0x2c221edd => Self::DhConfig(<crate::types::messages::DhConfig>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.DhConfig" }),
        })
    }
}

impl Serialize for DhConfig {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DhConfigNotModified(x) => x.serialize(buf),
            Self::DhConfig(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for DhConfig {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DhConfig {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DhConfigNotModified(x) => x.write_json(w),
            Self::DhConfig(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::DhConfigNotModified> for DhConfig {
    fn from(x: crate::types::messages::DhConfigNotModified) -> Self {
        Self::DhConfigNotModified(x)
    }
}

impl From<crate::types::messages::DhConfig> for DhConfig {
    fn from(x: crate::types::messages::DhConfig) -> Self {
        Self::DhConfig(x)
    }
}

impl crate::peers::Peers for DhConfig {}

/// The boxed type `messages.DialogFilters`: `messages.dialogFilters`.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogFilters {
    /// `messages.dialogFilters#2ad93719`
    DialogFilters(crate::types::messages::DialogFilters),
}

impl DialogFilters {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DialogFilters(_) => 0x2ad93719,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DialogFilters(_) => "messages.dialogFilters",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x2ad93719 => Self::DialogFilters(<crate::types::messages::DialogFilters>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.DialogFilters" }),
        })
    }
}

impl Serialize for DialogFilters {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DialogFilters(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for DialogFilters {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DialogFilters {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DialogFilters(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::DialogFilters> for DialogFilters {
    fn from(x: crate::types::messages::DialogFilters) -> Self {
        Self::DialogFilters(x)
    }
}

impl crate::peers::Peers for DialogFilters {}

/// The boxed type `messages.Dialogs`: `messages.dialogs`, `messages.dialogsSlice`, `messages.dialogsNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialogs {
    /// `messages.dialogs#15ba6c40`
    Dialogs(crate::types::messages::Dialogs),
    /// `messages.dialogsSlice#71e094f3`
    DialogsSlice(crate::types::messages::DialogsSlice),
    /// `messages.dialogsNotModified#f0e3e596`
    DialogsNotModified(crate::types::messages::DialogsNotModified),
}

impl Dialogs {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Dialogs(_) => 0x15ba6c40,
            Self::DialogsSlice(_) => 0x71e094f3,
            Self::DialogsNotModified(_) => 0xf0e3e596,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Dialogs(_) => "messages.dialogs",
            Self::DialogsSlice(_) => "messages.dialogsSlice",
            Self::DialogsNotModified(_) => "messages.dialogsNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x15ba6c40 => Self::Dialogs(<crate::types::messages::Dialogs>::deserialize_bare(r)?),
            0x71e094f3 => Self::DialogsSlice(<crate::types::messages::DialogsSlice>::deserialize_bare(r)?),
            0xf0e3e596 => Self::DialogsNotModified(<crate::types::messages::DialogsNotModified>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.Dialogs" }),
        })
    }
}

impl Serialize for Dialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Dialogs(x) => x.serialize(buf),
            Self::DialogsSlice(x) => x.serialize(buf),
            Self::DialogsNotModified(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Dialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Dialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Dialogs(x) => x.write_json(w),
            Self::DialogsSlice(x) => x.write_json(w),
            Self::DialogsNotModified(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::Dialogs> for Dialogs {
    fn from(x: crate::types::messages::Dialogs) -> Self {
        Self::Dialogs(x)
    }
}

impl From<crate::types::messages::DialogsSlice> for Dialogs {
    fn from(x: crate::types::messages::DialogsSlice) -> Self {
        Self::DialogsSlice(x)
    }
}

impl From<crate::types::messages::DialogsNotModified> for Dialogs {
    fn from(x: crate::types::messages::DialogsNotModified) -> Self {
        Self::DialogsNotModified(x)
    }
}

impl crate::peers::Peers for Dialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Dialogs(x) => crate::peers::Peers::collect_peers(x, found),
            Self::DialogsSlice(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `messages.DiscussionMessage`: `messages.discussionMessage`.
#[derive(Debug, Clone, PartialEq)]
pub enum DiscussionMessage {
    /// `messages.discussionMessage#a6341782`
    DiscussionMessage(crate::types::messages::DiscussionMessage),
}

impl DiscussionMessage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::DiscussionMessage(_) => 0xa6341782,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::DiscussionMessage(_) => "messages.discussionMessage",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa6341782 => Self::DiscussionMessage(<crate::types::messages::DiscussionMessage>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.DiscussionMessage" }),
        })
    }
}

impl Serialize for DiscussionMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::DiscussionMessage(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for DiscussionMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for DiscussionMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::DiscussionMessage(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::DiscussionMessage> for DiscussionMessage {
    fn from(x: crate::types::messages::DiscussionMessage) -> Self {
        Self::DiscussionMessage(x)
    }
}

impl crate::peers::Peers for DiscussionMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::DiscussionMessage(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.EmojiGameInfo`: `messages.emojiGameUnavailable`, `messages.emojiGameDiceInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum EmojiGameInfo {
    /// `messages.emojiGameUnavailable#59e65335`
    EmojiGameUnavailable,
    /// `messages.emojiGameDiceInfo#44e56023`
    EmojiGameDiceInfo(crate::types::messages::EmojiGameDiceInfo),
}

impl EmojiGameInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EmojiGameUnavailable => 0x59e65335,
            Self::EmojiGameDiceInfo(_) => 0x44e56023,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EmojiGameUnavailable => "messages.emojiGameUnavailable",
            Self::EmojiGameDiceInfo(_) => "messages.emojiGameDiceInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x59e65335 => Self::EmojiGameUnavailable,
            0x44e56023 => Self::EmojiGameDiceInfo(<crate::types::messages::EmojiGameDiceInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.EmojiGameInfo" }),
        })
    }
}

impl Serialize for EmojiGameInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EmojiGameUnavailable => buf.extend_from_slice(&0x59e65335u32.to_le_bytes()),
            Self::EmojiGameDiceInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EmojiGameInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGameInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EmojiGameUnavailable => {
                w.begin_object("messages.emojiGameUnavailable");
                w.end_object();
            }
            Self::EmojiGameDiceInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::EmojiGameUnavailable> for EmojiGameInfo {
    fn from(_x: crate::types::messages::EmojiGameUnavailable) -> Self {
        Self::EmojiGameUnavailable
    }
}

impl From<crate::types::messages::EmojiGameDiceInfo> for EmojiGameInfo {
    fn from(x: crate::types::messages::EmojiGameDiceInfo) -> Self {
        Self::EmojiGameDiceInfo(x)
    }
}

impl crate::peers::Peers for EmojiGameInfo {}

/// The boxed type `messages.EmojiGameOutcome`: `messages.emojiGameOutcome`.
#[derive(Debug, Clone, PartialEq)]
pub enum EmojiGameOutcome {
    /// `messages.emojiGameOutcome#da2ad647`
    EmojiGameOutcome(crate::types::messages::EmojiGameOutcome),
}

impl EmojiGameOutcome {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EmojiGameOutcome(_) => 0xda2ad647,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EmojiGameOutcome(_) => "messages.emojiGameOutcome",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xda2ad647 => Self::EmojiGameOutcome(<crate::types::messages::EmojiGameOutcome>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.EmojiGameOutcome" }),
        })
    }
}

impl Serialize for EmojiGameOutcome {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EmojiGameOutcome(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EmojiGameOutcome {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGameOutcome {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EmojiGameOutcome(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::EmojiGameOutcome> for EmojiGameOutcome {
    fn from(x: crate::types::messages::EmojiGameOutcome) -> Self {
        Self::EmojiGameOutcome(x)
    }
}

impl crate::peers::Peers for EmojiGameOutcome {}

/// The boxed type `messages.EmojiGroups`: `messages.emojiGroupsNotModified`, `messages.emojiGroups`.
#[derive(Debug, Clone, PartialEq)]
pub enum EmojiGroups {
    /// `messages.emojiGroupsNotModified#6fb4ad87`
    EmojiGroupsNotModified,
    /// `messages.emojiGroups#881fb94b`
    EmojiGroups(crate::types::messages::EmojiGroups),
}

impl EmojiGroups {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EmojiGroupsNotModified => 0x6fb4ad87,
            Self::EmojiGroups(_) => 0x881fb94b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EmojiGroupsNotModified => "messages.emojiGroupsNotModified",
            Self::EmojiGroups(_) => "messages.emojiGroups",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6fb4ad87 => Self::EmojiGroupsNotModified,
            0x881fb94b => Self::EmojiGroups(<crate::types::messages::EmojiGroups>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.EmojiGroups" }),
        })
    }
}

impl Serialize for EmojiGroups {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EmojiGroupsNotModified => buf.extend_from_slice(&0x6fb4ad87u32.to_le_bytes()),
            Self::EmojiGroups(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EmojiGroups {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EmojiGroups {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EmojiGroupsNotModified => {
                w.begin_object("messages.emojiGroupsNotModified");
                w.end_object();
            }
            Self::EmojiGroups(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::EmojiGroupsNotModified> for EmojiGroups {
    fn from(_x: crate::types::messages::EmojiGroupsNotModified) -> Self {
        Self::EmojiGroupsNotModified
    }
}

impl From<crate::types::messages::EmojiGroups> for EmojiGroups {
    fn from(x: crate::types::messages::EmojiGroups) -> Self {
        Self::EmojiGroups(x)
    }
}

impl crate::peers::Peers for EmojiGroups {}

/// The boxed type `messages.ExportedChatInvite`: `messages.exportedChatInvite`, `messages.exportedChatInviteReplaced`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedChatInvite {
    /// `messages.exportedChatInvite#1871be50`
    ExportedChatInvite(crate::types::messages::ExportedChatInvite),
    /// `messages.exportedChatInviteReplaced#222600ef`
    ExportedChatInviteReplaced(crate::types::messages::ExportedChatInviteReplaced),
}

impl ExportedChatInvite {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedChatInvite(_) => 0x1871be50,
            Self::ExportedChatInviteReplaced(_) => 0x222600ef,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedChatInvite(_) => "messages.exportedChatInvite",
            Self::ExportedChatInviteReplaced(_) => "messages.exportedChatInviteReplaced",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1871be50 => Self::ExportedChatInvite(<crate::types::messages::ExportedChatInvite>::deserialize_bare(r)?),
            0x222600ef => Self::ExportedChatInviteReplaced(<crate::types::messages::ExportedChatInviteReplaced>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ExportedChatInvite" }),
        })
    }
}

impl Serialize for ExportedChatInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedChatInvite(x) => x.serialize(buf),
            Self::ExportedChatInviteReplaced(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedChatInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedChatInvite(x) => x.write_json(w),
            Self::ExportedChatInviteReplaced(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ExportedChatInvite> for ExportedChatInvite {
    fn from(x: crate::types::messages::ExportedChatInvite) -> Self {
        Self::ExportedChatInvite(x)
    }
}

impl From<crate::types::messages::ExportedChatInviteReplaced> for ExportedChatInvite {
    fn from(x: crate::types::messages::ExportedChatInviteReplaced) -> Self {
        Self::ExportedChatInviteReplaced(x)
    }
}

impl crate::peers::Peers for ExportedChatInvite {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ExportedChatInvite(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ExportedChatInviteReplaced(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.ExportedChatInvites`: `messages.exportedChatInvites`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedChatInvites {
    /// `messages.exportedChatInvites#bdc62dcc`
    ExportedChatInvites(crate::types::messages::ExportedChatInvites),
}

impl ExportedChatInvites {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedChatInvites(_) => 0xbdc62dcc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedChatInvites(_) => "messages.exportedChatInvites",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xbdc62dcc => Self::ExportedChatInvites(<crate::types::messages::ExportedChatInvites>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ExportedChatInvites" }),
        })
    }
}

impl Serialize for ExportedChatInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedChatInvites(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedChatInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedChatInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedChatInvites(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ExportedChatInvites> for ExportedChatInvites {
    fn from(x: crate::types::messages::ExportedChatInvites) -> Self {
        Self::ExportedChatInvites(x)
    }
}

impl crate::peers::Peers for ExportedChatInvites {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ExportedChatInvites(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.FavedStickers`: `messages.favedStickersNotModified`, `messages.favedStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum FavedStickers {
    /// `messages.favedStickersNotModified#9e8fa6d3`
    FavedStickersNotModified,
    /// `messages.favedStickers#2cb51097`
    FavedStickers(crate::types::messages::FavedStickers),
}

impl FavedStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FavedStickersNotModified => 0x9e8fa6d3,
            Self::FavedStickers(_) => 0x2cb51097,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FavedStickersNotModified => "messages.favedStickersNotModified",
            Self::FavedStickers(_) => "messages.favedStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9e8fa6d3 => Self::FavedStickersNotModified,
            0x2cb51097 => Self::FavedStickers(<crate::types::messages::FavedStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.FavedStickers" }),
        })
    }
}

impl Serialize for FavedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FavedStickersNotModified => buf.extend_from_slice(&0x9e8fa6d3u32.to_le_bytes()),
            Self::FavedStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FavedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FavedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FavedStickersNotModified => {
                w.begin_object("messages.favedStickersNotModified");
                w.end_object();
            }
            Self::FavedStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::FavedStickersNotModified> for FavedStickers {
    fn from(_x: crate::types::messages::FavedStickersNotModified) -> Self {
        Self::FavedStickersNotModified
    }
}

impl From<crate::types::messages::FavedStickers> for FavedStickers {
    fn from(x: crate::types::messages::FavedStickers) -> Self {
        Self::FavedStickers(x)
    }
}

impl crate::peers::Peers for FavedStickers {}

/// The boxed type `messages.FeaturedStickers`: `messages.featuredStickersNotModified`, `messages.featuredStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum FeaturedStickers {
    /// `messages.featuredStickersNotModified#c6dc0c66`
    FeaturedStickersNotModified(crate::types::messages::FeaturedStickersNotModified),
    /// `messages.featuredStickers#be382906`
    FeaturedStickers(crate::types::messages::FeaturedStickers),
}

impl FeaturedStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FeaturedStickersNotModified(_) => 0xc6dc0c66,
            Self::FeaturedStickers(_) => 0xbe382906,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FeaturedStickersNotModified(_) => "messages.featuredStickersNotModified",
            Self::FeaturedStickers(_) => "messages.featuredStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc6dc0c66 => Self::FeaturedStickersNotModified(<crate::types::messages::FeaturedStickersNotModified>::deserialize_bare(r)?),
            0xbe382906 => Self::FeaturedStickers(<crate::types::messages::FeaturedStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.FeaturedStickers" }),
        })
    }
}

impl Serialize for FeaturedStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FeaturedStickersNotModified(x) => x.serialize(buf),
            Self::FeaturedStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FeaturedStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FeaturedStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FeaturedStickersNotModified(x) => x.write_json(w),
            Self::FeaturedStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::FeaturedStickersNotModified> for FeaturedStickers {
    fn from(x: crate::types::messages::FeaturedStickersNotModified) -> Self {
        Self::FeaturedStickersNotModified(x)
    }
}

impl From<crate::types::messages::FeaturedStickers> for FeaturedStickers {
    fn from(x: crate::types::messages::FeaturedStickers) -> Self {
        Self::FeaturedStickers(x)
    }
}

impl crate::peers::Peers for FeaturedStickers {}

/// The boxed type `messages.ForumTopics`: `messages.forumTopics`.
#[derive(Debug, Clone, PartialEq)]
pub enum ForumTopics {
    /// `messages.forumTopics#367617d3`
    ForumTopics(crate::types::messages::ForumTopics),
}

impl ForumTopics {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ForumTopics(_) => 0x367617d3,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ForumTopics(_) => "messages.forumTopics",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x367617d3 => Self::ForumTopics(<crate::types::messages::ForumTopics>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.ForumTopics" }),
        })
    }
}

impl Serialize for ForumTopics {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ForumTopics(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ForumTopics {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ForumTopics {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ForumTopics(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ForumTopics> for ForumTopics {
    fn from(x: crate::types::messages::ForumTopics) -> Self {
        Self::ForumTopics(x)
    }
}

impl crate::peers::Peers for ForumTopics {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ForumTopics(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.FoundStickerSets`: `messages.foundStickerSetsNotModified`, `messages.foundStickerSets`.
#[derive(Debug, Clone, PartialEq)]
pub enum FoundStickerSets {
    /// `messages.foundStickerSetsNotModified#0d54b65d`
    FoundStickerSetsNotModified,
    /// `messages.foundStickerSets#8af09dd2`
    FoundStickerSets(crate::types::messages::FoundStickerSets),
}

impl FoundStickerSets {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FoundStickerSetsNotModified => 0x0d54b65d,
            Self::FoundStickerSets(_) => 0x8af09dd2,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FoundStickerSetsNotModified => "messages.foundStickerSetsNotModified",
            Self::FoundStickerSets(_) => "messages.foundStickerSets",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0d54b65d => Self::FoundStickerSetsNotModified,
            0x8af09dd2 => Self::FoundStickerSets(<crate::types::messages::FoundStickerSets>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.FoundStickerSets" }),
        })
    }
}

impl Serialize for FoundStickerSets {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FoundStickerSetsNotModified => buf.extend_from_slice(&0x0d54b65du32.to_le_bytes()),
            Self::FoundStickerSets(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FoundStickerSets {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickerSets {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FoundStickerSetsNotModified => {
                w.begin_object("messages.foundStickerSetsNotModified");
                w.end_object();
            }
            Self::FoundStickerSets(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::FoundStickerSetsNotModified> for FoundStickerSets {
    fn from(_x: crate::types::messages::FoundStickerSetsNotModified) -> Self {
        Self::FoundStickerSetsNotModified
    }
}

impl From<crate::types::messages::FoundStickerSets> for FoundStickerSets {
    fn from(x: crate::types::messages::FoundStickerSets) -> Self {
        Self::FoundStickerSets(x)
    }
}

impl crate::peers::Peers for FoundStickerSets {}

/// The boxed type `messages.FoundStickers`: `messages.foundStickersNotModified`, `messages.foundStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum FoundStickers {
    /// `messages.foundStickersNotModified#6010c534`
    FoundStickersNotModified(crate::types::messages::FoundStickersNotModified),
    /// `messages.foundStickers#82c9e290`
    FoundStickers(crate::types::messages::FoundStickers),
}

impl FoundStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FoundStickersNotModified(_) => 0x6010c534,
            Self::FoundStickers(_) => 0x82c9e290,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FoundStickersNotModified(_) => "messages.foundStickersNotModified",
            Self::FoundStickers(_) => "messages.foundStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6010c534 => Self::FoundStickersNotModified(<crate::types::messages::FoundStickersNotModified>::deserialize_bare(r)?),
            0x82c9e290 => Self::FoundStickers(<crate::types::messages::FoundStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.FoundStickers" }),
        })
    }
}

impl Serialize for FoundStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FoundStickersNotModified(x) => x.serialize(buf),
            Self::FoundStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FoundStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FoundStickersNotModified(x) => x.write_json(w),
            Self::FoundStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::FoundStickersNotModified> for FoundStickers {
    fn from(x: crate::types::messages::FoundStickersNotModified) -> Self {
        Self::FoundStickersNotModified(x)
    }
}

impl From<crate::types::messages::FoundStickers> for FoundStickers {
    fn from(x: crate::types::messages::FoundStickers) -> Self {
        Self::FoundStickers(x)
    }
}

impl crate::peers::Peers for FoundStickers {}

/// The boxed type `messages.HighScores`: `messages.highScores`.
#[derive(Debug, Clone, PartialEq)]
pub enum HighScores {
    /// `messages.highScores#9a3bfd99`
    HighScores(crate::types::messages::HighScores),
}

impl HighScores {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::HighScores(_) => 0x9a3bfd99,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::HighScores(_) => "messages.highScores",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x9a3bfd99 => Self::HighScores(<crate::types::messages::HighScores>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.HighScores" }),
        })
    }
}

impl Serialize for HighScores {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::HighScores(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for HighScores {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for HighScores {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::HighScores(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::HighScores> for HighScores {
    fn from(x: crate::types::messages::HighScores) -> Self {
        Self::HighScores(x)
    }
}

impl crate::peers::Peers for HighScores {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::HighScores(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.HistoryImport`: `messages.historyImport`.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryImport {
    /// `messages.historyImport#1662af0b`
    HistoryImport(crate::types::messages::HistoryImport),
}

impl HistoryImport {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::HistoryImport(_) => 0x1662af0b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::HistoryImport(_) => "messages.historyImport",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1662af0b => Self::HistoryImport(<crate::types::messages::HistoryImport>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.HistoryImport" }),
        })
    }
}

impl Serialize for HistoryImport {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::HistoryImport(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for HistoryImport {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for HistoryImport {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::HistoryImport(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::HistoryImport> for HistoryImport {
    fn from(x: crate::types::messages::HistoryImport) -> Self {
        Self::HistoryImport(x)
    }
}

impl crate::peers::Peers for HistoryImport {}

/// The boxed type `messages.HistoryImportParsed`: `messages.historyImportParsed`.
#[derive(Debug, Clone, PartialEq)]
pub enum HistoryImportParsed {
    /// `messages.historyImportParsed#5e0fb7b9`
    HistoryImportParsed(crate::types::messages::HistoryImportParsed),
}

impl HistoryImportParsed {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::HistoryImportParsed(_) => 0x5e0fb7b9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::HistoryImportParsed(_) => "messages.historyImportParsed",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x5e0fb7b9 => Self::HistoryImportParsed(<crate::types::messages::HistoryImportParsed>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.HistoryImportParsed" }),
        })
    }
}

impl Serialize for HistoryImportParsed {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::HistoryImportParsed(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for HistoryImportParsed {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for HistoryImportParsed {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::HistoryImportParsed(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::HistoryImportParsed> for HistoryImportParsed {
    fn from(x: crate::types::messages::HistoryImportParsed) -> Self {
        Self::HistoryImportParsed(x)
    }
}

impl crate::peers::Peers for HistoryImportParsed {}

/// The boxed type `messages.InactiveChats`: `messages.inactiveChats`.
#[derive(Debug, Clone, PartialEq)]
pub enum InactiveChats {
    /// `messages.inactiveChats#a927fec5`
    InactiveChats(crate::types::messages::InactiveChats),
}

impl InactiveChats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::InactiveChats(_) => 0xa927fec5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::InactiveChats(_) => "messages.inactiveChats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa927fec5 => Self::InactiveChats(<crate::types::messages::InactiveChats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.InactiveChats" }),
        })
    }
}

impl Serialize for InactiveChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::InactiveChats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for InactiveChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for InactiveChats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::InactiveChats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::InactiveChats> for InactiveChats {
    fn from(x: crate::types::messages::InactiveChats) -> Self {
        Self::InactiveChats(x)
    }
}

impl crate::peers::Peers for InactiveChats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::InactiveChats(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.InvitedUsers`: `messages.invitedUsers`.
#[derive(Debug, Clone, PartialEq)]
pub enum InvitedUsers {
    /// `messages.invitedUsers#7f5defa6`
    InvitedUsers(crate::types::messages::InvitedUsers),
}

impl InvitedUsers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::InvitedUsers(_) => 0x7f5defa6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::InvitedUsers(_) => "messages.invitedUsers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7f5defa6 => Self::InvitedUsers(<crate::types::messages::InvitedUsers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.InvitedUsers" }),
        })
    }
}

impl Serialize for InvitedUsers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::InvitedUsers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for InvitedUsers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for InvitedUsers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::InvitedUsers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::InvitedUsers> for InvitedUsers {
    fn from(x: crate::types::messages::InvitedUsers) -> Self {
        Self::InvitedUsers(x)
    }
}

impl crate::peers::Peers for InvitedUsers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::InvitedUsers(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.MessageEditData`: `messages.messageEditData`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageEditData {
    /// `messages.messageEditData#26b5dde6`
    MessageEditData(crate::types::messages::MessageEditData),
}

impl MessageEditData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MessageEditData(_) => 0x26b5dde6,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MessageEditData(_) => "messages.messageEditData",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x26b5dde6 => Self::MessageEditData(<crate::types::messages::MessageEditData>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.MessageEditData" }),
        })
    }
}

impl Serialize for MessageEditData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MessageEditData(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MessageEditData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageEditData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MessageEditData(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::MessageEditData> for MessageEditData {
    fn from(x: crate::types::messages::MessageEditData) -> Self {
        Self::MessageEditData(x)
    }
}

impl crate::peers::Peers for MessageEditData {}

/// The boxed type `messages.MessageReactionsList`: `messages.messageReactionsList`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageReactionsList {
    /// `messages.messageReactionsList#31bd492d`
    MessageReactionsList(crate::types::messages::MessageReactionsList),
}

impl MessageReactionsList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MessageReactionsList(_) => 0x31bd492d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MessageReactionsList(_) => "messages.messageReactionsList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x31bd492d => Self::MessageReactionsList(<crate::types::messages::MessageReactionsList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.MessageReactionsList" }),
        })
    }
}

impl Serialize for MessageReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MessageReactionsList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MessageReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MessageReactionsList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::MessageReactionsList> for MessageReactionsList {
    fn from(x: crate::types::messages::MessageReactionsList) -> Self {
        Self::MessageReactionsList(x)
    }
}

impl crate::peers::Peers for MessageReactionsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::MessageReactionsList(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.MessageViews`: `messages.messageViews`.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageViews {
    /// `messages.messageViews#b6c4f543`
    MessageViews(crate::types::messages::MessageViews),
}

impl MessageViews {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MessageViews(_) => 0xb6c4f543,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MessageViews(_) => "messages.messageViews",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb6c4f543 => Self::MessageViews(<crate::types::messages::MessageViews>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.MessageViews" }),
        })
    }
}

impl Serialize for MessageViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MessageViews(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MessageViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageViews {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MessageViews(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::MessageViews> for MessageViews {
    fn from(x: crate::types::messages::MessageViews) -> Self {
        Self::MessageViews(x)
    }
}

impl crate::peers::Peers for MessageViews {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::MessageViews(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.Messages`: `messages.messages`, `messages.messagesSlice`, `messages.channelMessages`, `messages.messagesNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum Messages {
    /// `messages.messages#1d73e7ea`
    Messages(crate::types::messages::Messages),
    /// `messages.messagesSlice#5f206716`
    MessagesSlice(crate::types::messages::MessagesSlice),
    /// `messages.channelMessages#c776ba4e`
    ChannelMessages(crate::types::messages::ChannelMessages),
    /// `messages.messagesNotModified#74535f21`
    MessagesNotModified(crate::types::messages::MessagesNotModified),
}

impl Messages {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Messages(_) => 0x1d73e7ea,
            Self::MessagesSlice(_) => 0x5f206716,
            Self::ChannelMessages(_) => 0xc776ba4e,
            Self::MessagesNotModified(_) => 0x74535f21,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Messages(_) => "messages.messages",
            Self::MessagesSlice(_) => "messages.messagesSlice",
            Self::ChannelMessages(_) => "messages.channelMessages",
            Self::MessagesNotModified(_) => "messages.messagesNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1d73e7ea => Self::Messages(<crate::types::messages::Messages>::deserialize_bare(r)?),
            0x5f206716 => Self::MessagesSlice(<crate::types::messages::MessagesSlice>::deserialize_bare(r)?),
            0xc776ba4e => Self::ChannelMessages(<crate::types::messages::ChannelMessages>::deserialize_bare(r)?),
            0x74535f21 => Self::MessagesNotModified(<crate::types::messages::MessagesNotModified>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.Messages" }),
        })
    }
}

impl Serialize for Messages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Messages(x) => x.serialize(buf),
            Self::MessagesSlice(x) => x.serialize(buf),
            Self::ChannelMessages(x) => x.serialize(buf),
            Self::MessagesNotModified(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Messages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Messages {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Messages(x) => x.write_json(w),
            Self::MessagesSlice(x) => x.write_json(w),
            Self::ChannelMessages(x) => x.write_json(w),
            Self::MessagesNotModified(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::Messages> for Messages {
    fn from(x: crate::types::messages::Messages) -> Self {
        Self::Messages(x)
    }
}

impl From<crate::types::messages::MessagesSlice> for Messages {
    fn from(x: crate::types::messages::MessagesSlice) -> Self {
        Self::MessagesSlice(x)
    }
}

impl From<crate::types::messages::ChannelMessages> for Messages {
    fn from(x: crate::types::messages::ChannelMessages) -> Self {
        Self::ChannelMessages(x)
    }
}

impl From<crate::types::messages::MessagesNotModified> for Messages {
    fn from(x: crate::types::messages::MessagesNotModified) -> Self {
        Self::MessagesNotModified(x)
    }
}

impl crate::peers::Peers for Messages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Messages(x) => crate::peers::Peers::collect_peers(x, found),
            Self::MessagesSlice(x) => crate::peers::Peers::collect_peers(x, found),
            Self::ChannelMessages(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `messages.MyStickers`: `messages.myStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum MyStickers {
    /// `messages.myStickers#faff629d`
    MyStickers(crate::types::messages::MyStickers),
}

impl MyStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::MyStickers(_) => 0xfaff629d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::MyStickers(_) => "messages.myStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xfaff629d => Self::MyStickers(<crate::types::messages::MyStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.MyStickers" }),
        })
    }
}

impl Serialize for MyStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::MyStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for MyStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for MyStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::MyStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::MyStickers> for MyStickers {
    fn from(x: crate::types::messages::MyStickers) -> Self {
        Self::MyStickers(x)
    }
}

impl crate::peers::Peers for MyStickers {}

/// The boxed type `messages.PeerDialogs`: `messages.peerDialogs`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerDialogs {
    /// `messages.peerDialogs#3371c354`
    PeerDialogs(crate::types::messages::PeerDialogs),
}

impl PeerDialogs {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerDialogs(_) => 0x3371c354,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerDialogs(_) => "messages.peerDialogs",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3371c354 => Self::PeerDialogs(<crate::types::messages::PeerDialogs>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.PeerDialogs" }),
        })
    }
}

impl Serialize for PeerDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerDialogs(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerDialogs(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::PeerDialogs> for PeerDialogs {
    fn from(x: crate::types::messages::PeerDialogs) -> Self {
        Self::PeerDialogs(x)
    }
}

impl crate::peers::Peers for PeerDialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PeerDialogs(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.PeerSettings`: `messages.peerSettings`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerSettings {
    /// `messages.peerSettings#6880b94d`
    PeerSettings(crate::types::messages::PeerSettings),
}

impl PeerSettings {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerSettings(_) => 0x6880b94d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerSettings(_) => "messages.peerSettings",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6880b94d => Self::PeerSettings(<crate::types::messages::PeerSettings>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.PeerSettings" }),
        })
    }
}

impl Serialize for PeerSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerSettings(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerSettings(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::PeerSettings> for PeerSettings {
    fn from(x: crate::types::messages::PeerSettings) -> Self {
        Self::PeerSettings(x)
    }
}

impl crate::peers::Peers for PeerSettings {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PeerSettings(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.PreparedInlineMessage`: `messages.preparedInlineMessage`.
#[derive(Debug, Clone, PartialEq)]
pub enum PreparedInlineMessage {
    /// `messages.preparedInlineMessage#ff57708d`
    PreparedInlineMessage(crate::types::messages::PreparedInlineMessage),
}

impl PreparedInlineMessage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PreparedInlineMessage(_) => 0xff57708d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PreparedInlineMessage(_) => "messages.preparedInlineMessage",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xff57708d => Self::PreparedInlineMessage(<crate::types::messages::PreparedInlineMessage>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.PreparedInlineMessage" }),
        })
    }
}

impl Serialize for PreparedInlineMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PreparedInlineMessage(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PreparedInlineMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PreparedInlineMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PreparedInlineMessage(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::PreparedInlineMessage> for PreparedInlineMessage {
    fn from(x: crate::types::messages::PreparedInlineMessage) -> Self {
        Self::PreparedInlineMessage(x)
    }
}

impl crate::peers::Peers for PreparedInlineMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PreparedInlineMessage(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.QuickReplies`: `messages.quickReplies`, `messages.quickRepliesNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum QuickReplies {
    /// `messages.quickReplies#c68d6695`
    QuickReplies(crate::types::messages::QuickReplies),
    /// `messages.quickRepliesNotModified#5f91eb5b`
    QuickRepliesNotModified,
}

impl QuickReplies {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::QuickReplies(_) => 0xc68d6695,
            Self::QuickRepliesNotModified => 0x5f91eb5b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::QuickReplies(_) => "messages.quickReplies",
            Self::QuickRepliesNotModified => "messages.quickRepliesNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc68d6695 => Self::QuickReplies(<crate::types::messages::QuickReplies>::deserialize_bare(r)?),
            0x5f91eb5b => Self::QuickRepliesNotModified,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.QuickReplies" }),
        })
    }
}

impl Serialize for QuickReplies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::QuickReplies(x) => x.serialize(buf),
            Self::QuickRepliesNotModified => buf.extend_from_slice(&0x5f91eb5bu32.to_le_bytes()),
        }
    }
}

impl Deserialize for QuickReplies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for QuickReplies {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::QuickReplies(x) => x.write_json(w),
            Self::QuickRepliesNotModified => {
                w.begin_object("messages.quickRepliesNotModified");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::messages::QuickReplies> for QuickReplies {
    fn from(x: crate::types::messages::QuickReplies) -> Self {
        Self::QuickReplies(x)
    }
}

impl From<crate::types::messages::QuickRepliesNotModified> for QuickReplies {
    fn from(_x: crate::types::messages::QuickRepliesNotModified) -> Self {
        Self::QuickRepliesNotModified
    }
}

impl crate::peers::Peers for QuickReplies {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::QuickReplies(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `messages.Reactions`: `messages.reactionsNotModified`, `messages.reactions`.
#[derive(Debug, Clone, PartialEq)]
pub enum Reactions {
    /// `messages.reactionsNotModified#b06fdbdf`
    ReactionsNotModified,
    /// `messages.reactions#eafdf716`
    Reactions(crate::types::messages::Reactions),
}

impl Reactions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ReactionsNotModified => 0xb06fdbdf,
            Self::Reactions(_) => 0xeafdf716,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ReactionsNotModified => "messages.reactionsNotModified",
            Self::Reactions(_) => "messages.reactions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb06fdbdf => Self::ReactionsNotModified,
            0xeafdf716 => Self::Reactions(<crate::types::messages::Reactions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.Reactions" }),
        })
    }
}

impl Serialize for Reactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ReactionsNotModified => buf.extend_from_slice(&0xb06fdbdfu32.to_le_bytes()),
            Self::Reactions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Reactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Reactions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ReactionsNotModified => {
                w.begin_object("messages.reactionsNotModified");
                w.end_object();
            }
            Self::Reactions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::ReactionsNotModified> for Reactions {
    fn from(_x: crate::types::messages::ReactionsNotModified) -> Self {
        Self::ReactionsNotModified
    }
}

impl From<crate::types::messages::Reactions> for Reactions {
    fn from(x: crate::types::messages::Reactions) -> Self {
        Self::Reactions(x)
    }
}

impl crate::peers::Peers for Reactions {}

/// The boxed type `messages.RecentStickers`: `messages.recentStickersNotModified`, `messages.recentStickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum RecentStickers {
    /// `messages.recentStickersNotModified#0b17f890`
    RecentStickersNotModified,
    /// `messages.recentStickers#88d37c56`
    RecentStickers(crate::types::messages::RecentStickers),
}

impl RecentStickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::RecentStickersNotModified => 0x0b17f890,
            Self::RecentStickers(_) => 0x88d37c56,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::RecentStickersNotModified => "messages.recentStickersNotModified",
            Self::RecentStickers(_) => "messages.recentStickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0b17f890 => Self::RecentStickersNotModified,
            0x88d37c56 => Self::RecentStickers(<crate::types::messages::RecentStickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.RecentStickers" }),
        })
    }
}

impl Serialize for RecentStickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::RecentStickersNotModified => buf.extend_from_slice(&0x0b17f890u32.to_le_bytes()),
            Self::RecentStickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for RecentStickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for RecentStickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::RecentStickersNotModified => {
                w.begin_object("messages.recentStickersNotModified");
                w.end_object();
            }
            Self::RecentStickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::RecentStickersNotModified> for RecentStickers {
    fn from(_x: crate::types::messages::RecentStickersNotModified) -> Self {
        Self::RecentStickersNotModified
    }
}

impl From<crate::types::messages::RecentStickers> for RecentStickers {
    fn from(x: crate::types::messages::RecentStickers) -> Self {
        Self::RecentStickers(x)
    }
}

impl crate::peers::Peers for RecentStickers {}

/// The boxed type `messages.SavedDialogs`: `messages.savedDialogs`, `messages.savedDialogsSlice`, `messages.savedDialogsNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedDialogs {
    /// `messages.savedDialogs#f83ae221`
    SavedDialogs(crate::types::messages::SavedDialogs),
    /// `messages.savedDialogsSlice#44ba9dd9`
    SavedDialogsSlice(crate::types::messages::SavedDialogsSlice),
    /// `messages.savedDialogsNotModified#c01f6fe8`
    SavedDialogsNotModified(crate::types::messages::SavedDialogsNotModified),
}

impl SavedDialogs {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedDialogs(_) => 0xf83ae221,
            Self::SavedDialogsSlice(_) => 0x44ba9dd9,
            Self::SavedDialogsNotModified(_) => 0xc01f6fe8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedDialogs(_) => "messages.savedDialogs",
            Self::SavedDialogsSlice(_) => "messages.savedDialogsSlice",
            Self::SavedDialogsNotModified(_) => "messages.savedDialogsNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf83ae221 => Self::SavedDialogs(<crate::types::messages::SavedDialogs>::deserialize_bare(r)?),
            0x44ba9dd9 => Self::SavedDialogsSlice(<crate::types::messages::SavedDialogsSlice>::deserialize_bare(r)?),
            0xc01f6fe8 => Self::SavedDialogsNotModified(<crate::types::messages::SavedDialogsNotModified>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SavedDialogs" }),
        })
    }
}

impl Serialize for SavedDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedDialogs(x) => x.serialize(buf),
            Self::SavedDialogsSlice(x) => x.serialize(buf),
            Self::SavedDialogsNotModified(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedDialogs(x) => x.write_json(w),
            Self::SavedDialogsSlice(x) => x.write_json(w),
            Self::SavedDialogsNotModified(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SavedDialogs> for SavedDialogs {
    fn from(x: crate::types::messages::SavedDialogs) -> Self {
        Self::SavedDialogs(x)
    }
}

impl From<crate::types::messages::SavedDialogsSlice> for SavedDialogs {
    fn from(x: crate::types::messages::SavedDialogsSlice) -> Self {
        Self::SavedDialogsSlice(x)
    }
}

impl From<crate::types::messages::SavedDialogsNotModified> for SavedDialogs {
    fn from(x: crate::types::messages::SavedDialogsNotModified) -> Self {
        Self::SavedDialogsNotModified(x)
    }
}

impl crate::peers::Peers for SavedDialogs {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SavedDialogs(x) => crate::peers::Peers::collect_peers(x, found),
            Self::SavedDialogsSlice(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `messages.SavedGifs`: `messages.savedGifsNotModified`, `messages.savedGifs`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedGifs {
    /// `messages.savedGifsNotModified#e8025ca2`
    SavedGifsNotModified,
    /// `messages.savedGifs#84a02a0d`
    SavedGifs(crate::types::messages::SavedGifs),
}

impl SavedGifs {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedGifsNotModified => 0xe8025ca2,
            Self::SavedGifs(_) => 0x84a02a0d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedGifsNotModified => "messages.savedGifsNotModified",
            Self::SavedGifs(_) => "messages.savedGifs",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe8025ca2 => Self::SavedGifsNotModified,
            0x84a02a0d => Self::SavedGifs(<crate::types::messages::SavedGifs>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SavedGifs" }),
        })
    }
}

impl Serialize for SavedGifs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedGifsNotModified => buf.extend_from_slice(&0xe8025ca2u32.to_le_bytes()),
            Self::SavedGifs(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedGifs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedGifs {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedGifsNotModified => {
                w.begin_object("messages.savedGifsNotModified");
                w.end_object();
            }
            Self::SavedGifs(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SavedGifsNotModified> for SavedGifs {
    fn from(_x: crate::types::messages::SavedGifsNotModified) -> Self {
        Self::SavedGifsNotModified
    }
}

impl From<crate::types::messages::SavedGifs> for SavedGifs {
    fn from(x: crate::types::messages::SavedGifs) -> Self {
        Self::SavedGifs(x)
    }
}

impl crate::peers::Peers for SavedGifs {}

/// The boxed type `messages.SavedReactionTags`: `messages.savedReactionTagsNotModified`, `messages.savedReactionTags`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedReactionTags {
    /// `messages.savedReactionTagsNotModified#889b59ef`
    SavedReactionTagsNotModified,
    /// `messages.savedReactionTags#3259950a`
    SavedReactionTags(crate::types::messages::SavedReactionTags),
}

impl SavedReactionTags {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedReactionTagsNotModified => 0x889b59ef,
            Self::SavedReactionTags(_) => 0x3259950a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedReactionTagsNotModified => "messages.savedReactionTagsNotModified",
            Self::SavedReactionTags(_) => "messages.savedReactionTags",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x889b59ef => Self::SavedReactionTagsNotModified,
            0x3259950a => Self::SavedReactionTags(<crate::types::messages::SavedReactionTags>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SavedReactionTags" }),
        })
    }
}

impl Serialize for SavedReactionTags {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedReactionTagsNotModified => buf.extend_from_slice(&0x889b59efu32.to_le_bytes()),
            Self::SavedReactionTags(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedReactionTags {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedReactionTags {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedReactionTagsNotModified => {
                w.begin_object("messages.savedReactionTagsNotModified");
                w.end_object();
            }
            Self::SavedReactionTags(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SavedReactionTagsNotModified> for SavedReactionTags {
    fn from(_x: crate::types::messages::SavedReactionTagsNotModified) -> Self {
        Self::SavedReactionTagsNotModified
    }
}

impl From<crate::types::messages::SavedReactionTags> for SavedReactionTags {
    fn from(x: crate::types::messages::SavedReactionTags) -> Self {
        Self::SavedReactionTags(x)
    }
}

impl crate::peers::Peers for SavedReactionTags {}

/// The boxed type `messages.SearchCounter`: `messages.searchCounter`.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchCounter {
    /// `messages.searchCounter#e844ebff`
    SearchCounter(crate::types::messages::SearchCounter),
}

impl SearchCounter {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SearchCounter(_) => 0xe844ebff,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SearchCounter(_) => "messages.searchCounter",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe844ebff => Self::SearchCounter(<crate::types::messages::SearchCounter>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SearchCounter" }),
        })
    }
}

impl Serialize for SearchCounter {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SearchCounter(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SearchCounter {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchCounter {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SearchCounter(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SearchCounter> for SearchCounter {
    fn from(x: crate::types::messages::SearchCounter) -> Self {
        Self::SearchCounter(x)
    }
}

impl crate::peers::Peers for SearchCounter {}

/// The boxed type `messages.SearchResultsCalendar`: `messages.searchResultsCalendar`.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchResultsCalendar {
    /// `messages.searchResultsCalendar#147ee23c`
    SearchResultsCalendar(crate::types::messages::SearchResultsCalendar),
}

impl SearchResultsCalendar {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SearchResultsCalendar(_) => 0x147ee23c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SearchResultsCalendar(_) => "messages.searchResultsCalendar",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x147ee23c => Self::SearchResultsCalendar(<crate::types::messages::SearchResultsCalendar>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SearchResultsCalendar" }),
        })
    }
}

impl Serialize for SearchResultsCalendar {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SearchResultsCalendar(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SearchResultsCalendar {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchResultsCalendar {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SearchResultsCalendar(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SearchResultsCalendar> for SearchResultsCalendar {
    fn from(x: crate::types::messages::SearchResultsCalendar) -> Self {
        Self::SearchResultsCalendar(x)
    }
}

impl crate::peers::Peers for SearchResultsCalendar {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SearchResultsCalendar(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.SearchResultsPositions`: `messages.searchResultsPositions`.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchResultsPositions {
    /// `messages.searchResultsPositions#53b22baf`
    SearchResultsPositions(crate::types::messages::SearchResultsPositions),
}

impl SearchResultsPositions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SearchResultsPositions(_) => 0x53b22baf,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SearchResultsPositions(_) => "messages.searchResultsPositions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x53b22baf => Self::SearchResultsPositions(<crate::types::messages::SearchResultsPositions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SearchResultsPositions" }),
        })
    }
}

impl Serialize for SearchResultsPositions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SearchResultsPositions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SearchResultsPositions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchResultsPositions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SearchResultsPositions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SearchResultsPositions> for SearchResultsPositions {
    fn from(x: crate::types::messages::SearchResultsPositions) -> Self {
        Self::SearchResultsPositions(x)
    }
}

impl crate::peers::Peers for SearchResultsPositions {}

/// The boxed type `messages.SentEncryptedMessage`: `messages.sentEncryptedMessage`, `messages.sentEncryptedFile`.
#[derive(Debug, Clone, PartialEq)]
pub enum SentEncryptedMessage {
    /// `messages.sentEncryptedMessage#560f8935`
    SentEncryptedMessage(crate::types::messages::SentEncryptedMessage),
    /// `messages.sentEncryptedFile#9493ff32`
    SentEncryptedFile(crate::types::messages::SentEncryptedFile),
}

impl SentEncryptedMessage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SentEncryptedMessage(_) => 0x560f8935,
            Self::SentEncryptedFile(_) => 0x9493ff32,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SentEncryptedMessage(_) => "messages.sentEncryptedMessage",
            Self::SentEncryptedFile(_) => "messages.sentEncryptedFile",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x560f8935 => Self::SentEncryptedMessage(<crate::types::messages::SentEncryptedMessage>::deserialize_bare(r)?),
            0x9493ff32 => Self::SentEncryptedFile(<crate::types::messages::SentEncryptedFile>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SentEncryptedMessage" }),
        })
    }
}

impl Serialize for SentEncryptedMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SentEncryptedMessage(x) => x.serialize(buf),
            Self::SentEncryptedFile(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SentEncryptedMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SentEncryptedMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SentEncryptedMessage(x) => x.write_json(w),
            Self::SentEncryptedFile(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::SentEncryptedMessage> for SentEncryptedMessage {
    fn from(x: crate::types::messages::SentEncryptedMessage) -> Self {
        Self::SentEncryptedMessage(x)
    }
}

impl From<crate::types::messages::SentEncryptedFile> for SentEncryptedMessage {
    fn from(x: crate::types::messages::SentEncryptedFile) -> Self {
        Self::SentEncryptedFile(x)
    }
}

impl crate::peers::Peers for SentEncryptedMessage {}

/// The boxed type `messages.SponsoredMessages`: `messages.sponsoredMessages`, `messages.sponsoredMessagesEmpty`.
#[derive(Debug, Clone, PartialEq)]
pub enum SponsoredMessages {
    /// `messages.sponsoredMessages#ffda656d`
    SponsoredMessages(crate::types::messages::SponsoredMessages),
    /// `messages.sponsoredMessagesEmpty#1839490f`
    SponsoredMessagesEmpty,
}

impl SponsoredMessages {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SponsoredMessages(_) => 0xffda656d,
            Self::SponsoredMessagesEmpty => 0x1839490f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SponsoredMessages(_) => "messages.sponsoredMessages",
            Self::SponsoredMessagesEmpty => "messages.sponsoredMessagesEmpty",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xffda656d => Self::SponsoredMessages(<crate::types::messages::SponsoredMessages>::deserialize_bare(r)?),
            0x1839490f => Self::SponsoredMessagesEmpty,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.SponsoredMessages" }),
        })
    }
}

impl Serialize for SponsoredMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SponsoredMessages(x) => x.serialize(buf),
            Self::SponsoredMessagesEmpty => buf.extend_from_slice(&0x1839490fu32.to_le_bytes()),
        }
    }
}

impl Deserialize for SponsoredMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SponsoredMessages(x) => x.write_json(w),
            Self::SponsoredMessagesEmpty => {
                w.begin_object("messages.sponsoredMessagesEmpty");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::messages::SponsoredMessages> for SponsoredMessages {
    fn from(x: crate::types::messages::SponsoredMessages) -> Self {
        Self::SponsoredMessages(x)
    }
}

impl From<crate::types::messages::SponsoredMessagesEmpty> for SponsoredMessages {
    fn from(_x: crate::types::messages::SponsoredMessagesEmpty) -> Self {
        Self::SponsoredMessagesEmpty
    }
}

impl crate::peers::Peers for SponsoredMessages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SponsoredMessages(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `messages.StickerSet`: `messages.stickerSet`, `messages.stickerSetNotModified`.
#[derive(Debug, Clone, PartialEq)]
pub enum StickerSet {
    /// `messages.stickerSet#6e153f16`
    StickerSet(crate::types::messages::StickerSet),
    /// `messages.stickerSetNotModified#d3f924eb`
    StickerSetNotModified,
}

impl StickerSet {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StickerSet(_) => 0x6e153f16,
            Self::StickerSetNotModified => 0xd3f924eb,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StickerSet(_) => "messages.stickerSet",
            Self::StickerSetNotModified => "messages.stickerSetNotModified",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6e153f16 => Self::StickerSet(<crate::types::messages::StickerSet>::deserialize_bare(r)?),
            0xd3f924eb => Self::StickerSetNotModified,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.StickerSet" }),
        })
    }
}

impl Serialize for StickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StickerSet(x) => x.serialize(buf),
            Self::StickerSetNotModified => buf.extend_from_slice(&0xd3f924ebu32.to_le_bytes()),
        }
    }
}

impl Deserialize for StickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StickerSet(x) => x.write_json(w),
            Self::StickerSetNotModified => {
                w.begin_object("messages.stickerSetNotModified");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::messages::StickerSet> for StickerSet {
    fn from(x: crate::types::messages::StickerSet) -> Self {
        Self::StickerSet(x)
    }
}

impl From<crate::types::messages::StickerSetNotModified> for StickerSet {
    fn from(_x: crate::types::messages::StickerSetNotModified) -> Self {
        Self::StickerSetNotModified
    }
}

impl crate::peers::Peers for StickerSet {}

/// The boxed type `messages.StickerSetInstallResult`: `messages.stickerSetInstallResultSuccess`, `messages.stickerSetInstallResultArchive`.
#[derive(Debug, Clone, PartialEq)]
pub enum StickerSetInstallResult {
    /// `messages.stickerSetInstallResultSuccess#38641628`
    StickerSetInstallResultSuccess,
    /// `messages.stickerSetInstallResultArchive#35e410a8`
    StickerSetInstallResultArchive(crate::types::messages::StickerSetInstallResultArchive),
}

impl StickerSetInstallResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StickerSetInstallResultSuccess => 0x38641628,
            Self::StickerSetInstallResultArchive(_) => 0x35e410a8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StickerSetInstallResultSuccess => "messages.stickerSetInstallResultSuccess",
            Self::StickerSetInstallResultArchive(_) => "messages.stickerSetInstallResultArchive",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x38641628 => Self::StickerSetInstallResultSuccess,
            0x35e410a8 => Self::StickerSetInstallResultArchive(<crate::types::messages::StickerSetInstallResultArchive>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.StickerSetInstallResult" }),
        })
    }
}

impl Serialize for StickerSetInstallResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StickerSetInstallResultSuccess => buf.extend_from_slice(&0x38641628u32.to_le_bytes()),
            Self::StickerSetInstallResultArchive(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StickerSetInstallResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StickerSetInstallResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StickerSetInstallResultSuccess => {
                w.begin_object("messages.stickerSetInstallResultSuccess");
                w.end_object();
            }
            Self::StickerSetInstallResultArchive(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::StickerSetInstallResultSuccess> for StickerSetInstallResult {
    fn from(_x: crate::types::messages::StickerSetInstallResultSuccess) -> Self {
        Self::StickerSetInstallResultSuccess
    }
}

impl From<crate::types::messages::StickerSetInstallResultArchive> for StickerSetInstallResult {
    fn from(x: crate::types::messages::StickerSetInstallResultArchive) -> Self {
        Self::StickerSetInstallResultArchive(x)
    }
}

impl crate::peers::Peers for StickerSetInstallResult {}

/// The boxed type `messages.Stickers`: `messages.stickersNotModified`, `messages.stickers`.
#[derive(Debug, Clone, PartialEq)]
pub enum Stickers {
    /// `messages.stickersNotModified#f1749a22`
    StickersNotModified,
    /// `messages.stickers#30a6ec7e`
    Stickers(crate::types::messages::Stickers),
}

impl Stickers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StickersNotModified => 0xf1749a22,
            Self::Stickers(_) => 0x30a6ec7e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StickersNotModified => "messages.stickersNotModified",
            Self::Stickers(_) => "messages.stickers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf1749a22 => Self::StickersNotModified,
            0x30a6ec7e => Self::Stickers(<crate::types::messages::Stickers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.Stickers" }),
        })
    }
}

impl Serialize for Stickers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StickersNotModified => buf.extend_from_slice(&0xf1749a22u32.to_le_bytes()),
            Self::Stickers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Stickers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Stickers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StickersNotModified => {
                w.begin_object("messages.stickersNotModified");
                w.end_object();
            }
            Self::Stickers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::StickersNotModified> for Stickers {
    fn from(_x: crate::types::messages::StickersNotModified) -> Self {
        Self::StickersNotModified
    }
}

impl From<crate::types::messages::Stickers> for Stickers {
    fn from(x: crate::types::messages::Stickers) -> Self {
        Self::Stickers(x)
    }
}

impl crate::peers::Peers for Stickers {}

/// The boxed type `messages.TranscribedAudio`: `messages.transcribedAudio`.
#[derive(Debug, Clone, PartialEq)]
pub enum TranscribedAudio {
    /// `messages.transcribedAudio#cfb9d957`
    TranscribedAudio(crate::types::messages::TranscribedAudio),
}

impl TranscribedAudio {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TranscribedAudio(_) => 0xcfb9d957,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TranscribedAudio(_) => "messages.transcribedAudio",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xcfb9d957 => Self::TranscribedAudio(<crate::types::messages::TranscribedAudio>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.TranscribedAudio" }),
        })
    }
}

impl Serialize for TranscribedAudio {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TranscribedAudio(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TranscribedAudio {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TranscribedAudio {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TranscribedAudio(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::TranscribedAudio> for TranscribedAudio {
    fn from(x: crate::types::messages::TranscribedAudio) -> Self {
        Self::TranscribedAudio(x)
    }
}

impl crate::peers::Peers for TranscribedAudio {}

/// The boxed type `messages.TranslatedRichMessage`: `messages.translatedRichMessage`.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslatedRichMessage {
    /// `messages.translatedRichMessage#4203998f`
    TranslatedRichMessage(crate::types::messages::TranslatedRichMessage),
}

impl TranslatedRichMessage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TranslatedRichMessage(_) => 0x4203998f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TranslatedRichMessage(_) => "messages.translatedRichMessage",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4203998f => Self::TranslatedRichMessage(<crate::types::messages::TranslatedRichMessage>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.TranslatedRichMessage" }),
        })
    }
}

impl Serialize for TranslatedRichMessage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TranslatedRichMessage(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TranslatedRichMessage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslatedRichMessage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TranslatedRichMessage(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::TranslatedRichMessage> for TranslatedRichMessage {
    fn from(x: crate::types::messages::TranslatedRichMessage) -> Self {
        Self::TranslatedRichMessage(x)
    }
}

impl crate::peers::Peers for TranslatedRichMessage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::TranslatedRichMessage(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.TranslatedText`: `messages.translateResult`.
#[derive(Debug, Clone, PartialEq)]
pub enum TranslatedText {
    /// `messages.translateResult#33db32f8`
    TranslateResult(crate::types::messages::TranslateResult),
}

impl TranslatedText {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TranslateResult(_) => 0x33db32f8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TranslateResult(_) => "messages.translateResult",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x33db32f8 => Self::TranslateResult(<crate::types::messages::TranslateResult>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.TranslatedText" }),
        })
    }
}

impl Serialize for TranslatedText {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TranslateResult(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TranslatedText {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TranslatedText {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TranslateResult(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::TranslateResult> for TranslatedText {
    fn from(x: crate::types::messages::TranslateResult) -> Self {
        Self::TranslateResult(x)
    }
}

impl crate::peers::Peers for TranslatedText {}

/// The boxed type `messages.VotesList`: `messages.votesList`.
#[derive(Debug, Clone, PartialEq)]
pub enum VotesList {
    /// `messages.votesList#4899484e`
    VotesList(crate::types::messages::VotesList),
}

impl VotesList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::VotesList(_) => 0x4899484e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::VotesList(_) => "messages.votesList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4899484e => Self::VotesList(<crate::types::messages::VotesList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.VotesList" }),
        })
    }
}

impl Serialize for VotesList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::VotesList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for VotesList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for VotesList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::VotesList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::VotesList> for VotesList {
    fn from(x: crate::types::messages::VotesList) -> Self {
        Self::VotesList(x)
    }
}

impl crate::peers::Peers for VotesList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::VotesList(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.WebPage`: `messages.webPage`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebPage {
    /// `messages.webPage#fd5e12bd`
    WebPage(crate::types::messages::WebPage),
}

impl WebPage {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WebPage(_) => 0xfd5e12bd,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WebPage(_) => "messages.webPage",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xfd5e12bd => Self::WebPage(<crate::types::messages::WebPage>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.WebPage" }),
        })
    }
}

impl Serialize for WebPage {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WebPage(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WebPage {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WebPage {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WebPage(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::WebPage> for WebPage {
    fn from(x: crate::types::messages::WebPage) -> Self {
        Self::WebPage(x)
    }
}

impl crate::peers::Peers for WebPage {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::WebPage(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `messages.WebPagePreview`: `messages.webPagePreview`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebPagePreview {
    /// `messages.webPagePreview#8c9a88ac`
    WebPagePreview(crate::types::messages::WebPagePreview),
}

impl WebPagePreview {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WebPagePreview(_) => 0x8c9a88ac,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WebPagePreview(_) => "messages.webPagePreview",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8c9a88ac => Self::WebPagePreview(<crate::types::messages::WebPagePreview>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "messages.WebPagePreview" }),
        })
    }
}

impl Serialize for WebPagePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WebPagePreview(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WebPagePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WebPagePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WebPagePreview(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::messages::WebPagePreview> for WebPagePreview {
    fn from(x: crate::types::messages::WebPagePreview) -> Self {
        Self::WebPagePreview(x)
    }
}

impl crate::peers::Peers for WebPagePreview {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::WebPagePreview(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
