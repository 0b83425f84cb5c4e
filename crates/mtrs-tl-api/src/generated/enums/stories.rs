// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `stories` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `stories.Albums`: `stories.albumsNotModified`, `stories.albums`.
#[derive(Debug, Clone, PartialEq)]
pub enum Albums {
    /// `stories.albumsNotModified#564edaeb`
    AlbumsNotModified,
    /// `stories.albums#c3987a3a`
    Albums(crate::types::stories::Albums),
}

impl Albums {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AlbumsNotModified => 0x564edaeb,
            Self::Albums(_) => 0xc3987a3a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AlbumsNotModified => "stories.albumsNotModified",
            Self::Albums(_) => "stories.albums",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x564edaeb => Self::AlbumsNotModified,
            0xc3987a3a => Self::Albums(<crate::types::stories::Albums>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.Albums" }),
        })
    }
}

impl Serialize for Albums {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AlbumsNotModified => buf.extend_from_slice(&0x564edaebu32.to_le_bytes()),
            Self::Albums(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Albums {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Albums {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AlbumsNotModified => {
                w.begin_object("stories.albumsNotModified");
                w.end_object();
            }
            Self::Albums(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::AlbumsNotModified> for Albums {
    fn from(_x: crate::types::stories::AlbumsNotModified) -> Self {
        Self::AlbumsNotModified
    }
}

impl From<crate::types::stories::Albums> for Albums {
    fn from(x: crate::types::stories::Albums) -> Self {
        Self::Albums(x)
    }
}

impl crate::peers::Peers for Albums {}

/// The boxed type `stories.AllStories`: `stories.allStoriesNotModified`, `stories.allStories`.
#[derive(Debug, Clone, PartialEq)]
pub enum AllStories {
    /// `stories.allStoriesNotModified#1158fe3e`
    AllStoriesNotModified(crate::types::stories::AllStoriesNotModified),
    /// `stories.allStories#6efc5e81`
    AllStories(crate::types::stories::AllStories),
}

impl AllStories {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::AllStoriesNotModified(_) => 0x1158fe3e,
            Self::AllStories(_) => 0x6efc5e81,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::AllStoriesNotModified(_) => "stories.allStoriesNotModified",
            Self::AllStories(_) => "stories.allStories",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1158fe3e => Self::AllStoriesNotModified(<crate::types::stories::AllStoriesNotModified>::deserialize_bare(r)?),
            0x6efc5e81 => Self::AllStories(<crate::types::stories::AllStories>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.AllStories" }),
        })
    }
}

impl Serialize for AllStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::AllStoriesNotModified(x) => x.serialize(buf),
            Self::AllStories(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for AllStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStories {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::AllStoriesNotModified(x) => x.write_json(w),
            Self::AllStories(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::AllStoriesNotModified> for AllStories {
    fn from(x: crate::types::stories::AllStoriesNotModified) -> Self {
        Self::AllStoriesNotModified(x)
    }
}

impl From<crate::types::stories::AllStories> for AllStories {
    fn from(x: crate::types::stories::AllStories) -> Self {
        Self::AllStories(x)
    }
}

impl crate::peers::Peers for AllStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::AllStories(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `stories.CanSendStoryCount`: `stories.canSendStoryCount`.
#[derive(Debug, Clone, PartialEq)]
pub enum CanSendStoryCount {
    /// `stories.canSendStoryCount#c387c04e`
    CanSendStoryCount(crate::types::stories::CanSendStoryCount),
}

impl CanSendStoryCount {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CanSendStoryCount(_) => 0xc387c04e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CanSendStoryCount(_) => "stories.canSendStoryCount",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xc387c04e => Self::CanSendStoryCount(<crate::types::stories::CanSendStoryCount>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.CanSendStoryCount" }),
        })
    }
}

impl Serialize for CanSendStoryCount {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CanSendStoryCount(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CanSendStoryCount {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CanSendStoryCount {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CanSendStoryCount(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::CanSendStoryCount> for CanSendStoryCount {
    fn from(x: crate::types::stories::CanSendStoryCount) -> Self {
        Self::CanSendStoryCount(x)
    }
}

impl crate::peers::Peers for CanSendStoryCount {}

/// The boxed type `stories.FoundStories`: `stories.foundStories`.
#[derive(Debug, Clone, PartialEq)]
pub enum FoundStories {
    /// `stories.foundStories#e2de7737`
    FoundStories(crate::types::stories::FoundStories),
}

impl FoundStories {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FoundStories(_) => 0xe2de7737,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FoundStories(_) => "stories.foundStories",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe2de7737 => Self::FoundStories(<crate::types::stories::FoundStories>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.FoundStories" }),
        })
    }
}

impl Serialize for FoundStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FoundStories(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for FoundStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStories {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FoundStories(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::FoundStories> for FoundStories {
    fn from(x: crate::types::stories::FoundStories) -> Self {
        Self::FoundStories(x)
    }
}

impl crate::peers::Peers for FoundStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::FoundStories(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stories.PeerStories`: `stories.peerStories`.
#[derive(Debug, Clone, PartialEq)]
pub enum PeerStories {
    /// `stories.peerStories#cae68768`
    PeerStories(crate::types::stories::PeerStories),
}

impl PeerStories {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PeerStories(_) => 0xcae68768,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PeerStories(_) => "stories.peerStories",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xcae68768 => Self::PeerStories(<crate::types::stories::PeerStories>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.PeerStories" }),
        })
    }
}

impl Serialize for PeerStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PeerStories(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PeerStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerStories {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PeerStories(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::PeerStories> for PeerStories {
    fn from(x: crate::types::stories::PeerStories) -> Self {
        Self::PeerStories(x)
    }
}

impl crate::peers::Peers for PeerStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PeerStories(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stories.Stories`: `stories.stories`.
#[derive(Debug, Clone, PartialEq)]
pub enum Stories {
    /// `stories.stories#63c3dd0a`
    Stories(crate::types::stories::Stories),
}

impl Stories {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Stories(_) => 0x63c3dd0a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Stories(_) => "stories.stories",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x63c3dd0a => Self::Stories(<crate::types::stories::Stories>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.Stories" }),
        })
    }
}

impl Serialize for Stories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Stories(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Stories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Stories {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Stories(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::Stories> for Stories {
    fn from(x: crate::types::stories::Stories) -> Self {
        Self::Stories(x)
    }
}

impl crate::peers::Peers for Stories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Stories(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stories.StoryReactionsList`: `stories.storyReactionsList`.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryReactionsList {
    /// `stories.storyReactionsList#aa5f789c`
    StoryReactionsList(crate::types::stories::StoryReactionsList),
}

impl StoryReactionsList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StoryReactionsList(_) => 0xaa5f789c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StoryReactionsList(_) => "stories.storyReactionsList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xaa5f789c => Self::StoryReactionsList(<crate::types::stories::StoryReactionsList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.StoryReactionsList" }),
        })
    }
}

impl Serialize for StoryReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StoryReactionsList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StoryReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StoryReactionsList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::StoryReactionsList> for StoryReactionsList {
    fn from(x: crate::types::stories::StoryReactionsList) -> Self {
        Self::StoryReactionsList(x)
    }
}

impl crate::peers::Peers for StoryReactionsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StoryReactionsList(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stories.StoryViews`: `stories.storyViews`.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryViews {
    /// `stories.storyViews#de9eed1d`
    StoryViews(crate::types::stories::StoryViews),
}

impl StoryViews {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StoryViews(_) => 0xde9eed1d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StoryViews(_) => "stories.storyViews",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xde9eed1d => Self::StoryViews(<crate::types::stories::StoryViews>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.StoryViews" }),
        })
    }
}

impl Serialize for StoryViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StoryViews(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StoryViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryViews {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StoryViews(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::StoryViews> for StoryViews {
    fn from(x: crate::types::stories::StoryViews) -> Self {
        Self::StoryViews(x)
    }
}

impl crate::peers::Peers for StoryViews {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StoryViews(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `stories.StoryViewsList`: `stories.storyViewsList`.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryViewsList {
    /// `stories.storyViewsList#59d78fc5`
    StoryViewsList(crate::types::stories::StoryViewsList),
}

impl StoryViewsList {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StoryViewsList(_) => 0x59d78fc5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StoryViewsList(_) => "stories.storyViewsList",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x59d78fc5 => Self::StoryViewsList(<crate::types::stories::StoryViewsList>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "stories.StoryViewsList" }),
        })
    }
}

impl Serialize for StoryViewsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StoryViewsList(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StoryViewsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryViewsList {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StoryViewsList(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::stories::StoryViewsList> for StoryViewsList {
    fn from(x: crate::types::stories::StoryViewsList) -> Self {
        Self::StoryViewsList(x)
    }
}

impl crate::peers::Peers for StoryViewsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StoryViewsList(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
