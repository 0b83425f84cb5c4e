// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `stories` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stories.allStoriesNotModified#1158fe3e flags:# state:string stealth_mode:StoriesStealthMode = stories.AllStories`
#[derive(Debug, Clone, PartialEq)]
pub struct AllStoriesNotModified {
    /// `state:string`
    pub state: mtrs_tl::TlString,
    /// `stealth_mode:StoriesStealthMode`
    pub stealth_mode: crate::enums::StoriesStealthMode,
}

impl Identifiable for AllStoriesNotModified {
    const CONSTRUCTOR_ID: u32 = 0x1158fe3e;
    const NAME: &'static str = "stories.allStoriesNotModified";
}

impl Serialize for AllStoriesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AllStoriesNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32;
        fl_flags.serialize(buf);
        self.state.serialize(buf);
        self.stealth_mode.serialize(buf);
    }
}

impl Deserialize for AllStoriesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AllStoriesNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.read_u32()?;
        let f_state = <mtrs_tl::TlString>::deserialize(r)?;
        let f_stealth_mode = <crate::enums::StoriesStealthMode>::deserialize(r)?;
        Ok(Self { state: f_state, stealth_mode: f_stealth_mode })
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStoriesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("state");
        self.state.write_json(w);
        w.key("stealth_mode");
        self.stealth_mode.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AllStoriesNotModified {}

/// `stories.allStories#6efc5e81 flags:# has_more:flags.0?true count:int state:string peer_stories:Vector<PeerStories> chats:Vector<Chat> users:Vector<User> stealth_mode:StoriesStealthMode = stories.AllStories`
#[derive(Debug, Clone, PartialEq)]
pub struct AllStories {
    /// `has_more:flags.0?true`
    pub has_more: bool,
    /// `count:int`
    pub count: i32,
    /// `state:string`
    pub state: mtrs_tl::TlString,
    /// `peer_stories:Vector<PeerStories>`
    pub peer_stories: Vec<crate::enums::PeerStories>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `stealth_mode:StoriesStealthMode`
    pub stealth_mode: crate::enums::StoriesStealthMode,
}

impl Identifiable for AllStories {
    const CONSTRUCTOR_ID: u32 = 0x6efc5e81;
    const NAME: &'static str = "stories.allStories";
}

impl Serialize for AllStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AllStories {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.has_more { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.state.serialize(buf);
        self.peer_stories.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        self.stealth_mode.serialize(buf);
    }
}

impl Deserialize for AllStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AllStories {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_has_more = fl_flags & (1 << 0) != 0;
        let f_count = <i32>::deserialize(r)?;
        let f_state = <mtrs_tl::TlString>::deserialize(r)?;
        let f_peer_stories = <Vec<crate::enums::PeerStories>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_stealth_mode = <crate::enums::StoriesStealthMode>::deserialize(r)?;
        Ok(Self { has_more: f_has_more, count: f_count, state: f_state, peer_stories: f_peer_stories, chats: f_chats, users: f_users, stealth_mode: f_stealth_mode })
    }
}

#[cfg(feature = "json")]
impl ToJson for AllStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("has_more");
        self.has_more.write_json(w);
        w.key("count");
        self.count.write_json(w);
        w.key("state");
        self.state.write_json(w);
        w.key("peer_stories");
        self.peer_stories.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("stealth_mode");
        self.stealth_mode.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for AllStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.peer_stories, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.stories#63c3dd0a flags:# count:int stories:Vector<StoryItem> pinned_to_top:flags.0?Vector<int> chats:Vector<Chat> users:Vector<User> = stories.Stories`
#[derive(Debug, Clone, PartialEq)]
pub struct Stories {
    /// `count:int`
    pub count: i32,
    /// `stories:Vector<StoryItem>`
    pub stories: Vec<crate::enums::StoryItem>,
    /// `pinned_to_top:flags.0?Vector<int>`
    pub pinned_to_top: Option<Vec<i32>>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Stories {
    const CONSTRUCTOR_ID: u32 = 0x63c3dd0a;
    const NAME: &'static str = "stories.stories";
}

impl Serialize for Stories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Stories {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.pinned_to_top.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.stories.serialize(buf);
        if let Some(v) = &self.pinned_to_top {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Stories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Stories {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_stories = <Vec<crate::enums::StoryItem>>::deserialize(r)?;
        let f_pinned_to_top = if fl_flags & (1 << 0) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, stories: f_stories, pinned_to_top: f_pinned_to_top, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Stories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("stories");
        self.stories.write_json(w);
        w.key("pinned_to_top");
        self.pinned_to_top.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Stories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.stories, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.storyViewsList#59d78fc5 flags:# count:int views_count:int forwards_count:int reactions_count:int views:Vector<StoryView> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = stories.StoryViewsList`
#[derive(Debug, Clone, PartialEq)]
pub struct StoryViewsList {
    /// `count:int`
    pub count: i32,
    /// `views_count:int`
    pub views_count: i32,
    /// `forwards_count:int`
    pub forwards_count: i32,
    /// `reactions_count:int`
    pub reactions_count: i32,
    /// `views:Vector<StoryView>`
    pub views: Vec<crate::enums::StoryView>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for StoryViewsList {
    const CONSTRUCTOR_ID: u32 = 0x59d78fc5;
    const NAME: &'static str = "stories.storyViewsList";
}

impl Serialize for StoryViewsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StoryViewsList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.views_count.serialize(buf);
        self.forwards_count.serialize(buf);
        self.reactions_count.serialize(buf);
        self.views.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for StoryViewsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StoryViewsList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_views_count = <i32>::deserialize(r)?;
        let f_forwards_count = <i32>::deserialize(r)?;
        let f_reactions_count = <i32>::deserialize(r)?;
        let f_views = <Vec<crate::enums::StoryView>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { count: f_count, views_count: f_views_count, forwards_count: f_forwards_count, reactions_count: f_reactions_count, views: f_views, chats: f_chats, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryViewsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("views_count");
        self.views_count.write_json(w);
        w.key("forwards_count");
        self.forwards_count.write_json(w);
        w.key("reactions_count");
        self.reactions_count.write_json(w);
        w.key("views");
        self.views.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StoryViewsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.views, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.storyViews#de9eed1d views:Vector<StoryViews> users:Vector<User> = stories.StoryViews`
#[derive(Debug, Clone, PartialEq)]
pub struct StoryViews {
    /// `views:Vector<StoryViews>`
    pub views: Vec<crate::enums::StoryViews>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for StoryViews {
    const CONSTRUCTOR_ID: u32 = 0xde9eed1d;
    const NAME: &'static str = "stories.storyViews";
}

impl Serialize for StoryViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StoryViews {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.views.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for StoryViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StoryViews {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_views = <Vec<crate::enums::StoryViews>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { views: f_views, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryViews {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("views");
        self.views.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StoryViews {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.peerStories#cae68768 stories:PeerStories chats:Vector<Chat> users:Vector<User> = stories.PeerStories`
#[derive(Debug, Clone, PartialEq)]
pub struct PeerStories {
    /// `stories:PeerStories`
    pub stories: crate::enums::PeerStories,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PeerStories {
    const CONSTRUCTOR_ID: u32 = 0xcae68768;
    const NAME: &'static str = "stories.peerStories";
}

impl Serialize for PeerStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PeerStories {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.stories.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PeerStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PeerStories {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_stories = <crate::enums::PeerStories>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { stories: f_stories, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PeerStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stories");
        self.stories.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PeerStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.stories, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.storyReactionsList#aa5f789c flags:# count:int reactions:Vector<StoryReaction> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = stories.StoryReactionsList`
#[derive(Debug, Clone, PartialEq)]
pub struct StoryReactionsList {
    /// `count:int`
    pub count: i32,
    /// `reactions:Vector<StoryReaction>`
    pub reactions: Vec<crate::enums::StoryReaction>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for StoryReactionsList {
    const CONSTRUCTOR_ID: u32 = 0xaa5f789c;
    const NAME: &'static str = "stories.storyReactionsList";
}

impl Serialize for StoryReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StoryReactionsList {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.reactions.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for StoryReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StoryReactionsList {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_reactions = <Vec<crate::enums::StoryReaction>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { count: f_count, reactions: f_reactions, chats: f_chats, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("reactions");
        self.reactions.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StoryReactionsList {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.reactions, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.foundStories#e2de7737 flags:# count:int stories:Vector<FoundStory> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = stories.FoundStories`
#[derive(Debug, Clone, PartialEq)]
pub struct FoundStories {
    /// `count:int`
    pub count: i32,
    /// `stories:Vector<FoundStory>`
    pub stories: Vec<crate::enums::FoundStory>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for FoundStories {
    const CONSTRUCTOR_ID: u32 = 0xe2de7737;
    const NAME: &'static str = "stories.foundStories";
}

impl Serialize for FoundStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FoundStories {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.stories.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for FoundStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FoundStories {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_stories = <Vec<crate::enums::FoundStory>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, stories: f_stories, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for FoundStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("stories");
        self.stories.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FoundStories {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.stories, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stories.canSendStoryCount#c387c04e count_remains:int = stories.CanSendStoryCount`
#[derive(Debug, Clone, PartialEq)]
pub struct CanSendStoryCount {
    /// `count_remains:int`
    pub count_remains: i32,
}

impl Identifiable for CanSendStoryCount {
    const CONSTRUCTOR_ID: u32 = 0xc387c04e;
    const NAME: &'static str = "stories.canSendStoryCount";
}

impl Serialize for CanSendStoryCount {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CanSendStoryCount {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count_remains.serialize(buf);
    }
}

impl Deserialize for CanSendStoryCount {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CanSendStoryCount {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count_remains = <i32>::deserialize(r)?;
        Ok(Self { count_remains: f_count_remains })
    }
}

#[cfg(feature = "json")]
impl ToJson for CanSendStoryCount {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count_remains");
        self.count_remains.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CanSendStoryCount {}

/// `stories.albumsNotModified#564edaeb = stories.Albums`
#[derive(Debug, Clone, PartialEq)]
pub struct AlbumsNotModified;

impl Identifiable for AlbumsNotModified {
    const CONSTRUCTOR_ID: u32 = 0x564edaeb;
    const NAME: &'static str = "stories.albumsNotModified";
}

impl Serialize for AlbumsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AlbumsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for AlbumsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AlbumsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for AlbumsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for AlbumsNotModified {}

/// `stories.albums#c3987a3a hash:long albums:Vector<StoryAlbum> = stories.Albums`
#[derive(Debug, Clone, PartialEq)]
pub struct Albums {
    /// `hash:long`
    pub hash: i64,
    /// `albums:Vector<StoryAlbum>`
    pub albums: Vec<crate::enums::StoryAlbum>,
}

impl Identifiable for Albums {
    const CONSTRUCTOR_ID: u32 = 0xc3987a3a;
    const NAME: &'static str = "stories.albums";
}

impl Serialize for Albums {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Albums {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.albums.serialize(buf);
    }
}

impl Deserialize for Albums {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Albums {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_albums = <Vec<crate::enums::StoryAlbum>>::deserialize(r)?;
        Ok(Self { hash: f_hash, albums: f_albums })
    }
}

#[cfg(feature = "json")]
impl ToJson for Albums {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("albums");
        self.albums.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Albums {}
