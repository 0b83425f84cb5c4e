// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `stats` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stats.broadcastStats#396ca5fc period:StatsDateRangeDays followers:StatsAbsValueAndPrev views_per_post:StatsAbsValueAndPrev shares_per_post:StatsAbsValueAndPrev reactions_per_post:StatsAbsValueAndPrev views_per_story:StatsAbsValueAndPrev shares_per_story:StatsAbsValueAndPrev reactions_per_story:StatsAbsValueAndPrev enabled_notifications:StatsPercentValue growth_graph:StatsGraph followers_graph:StatsGraph mute_graph:StatsGraph top_hours_graph:StatsGraph interactions_graph:StatsGraph iv_interactions_graph:StatsGraph views_by_source_graph:StatsGraph new_followers_by_source_graph:StatsGraph languages_graph:StatsGraph reactions_by_emotion_graph:StatsGraph story_interactions_graph:StatsGraph story_reactions_by_emotion_graph:StatsGraph recent_posts_interactions:Vector<PostInteractionCounters> = stats.BroadcastStats`
#[derive(Debug, Clone, PartialEq)]
pub struct BroadcastStats {
    /// `period:StatsDateRangeDays`
    pub period: crate::enums::StatsDateRangeDays,
    /// `followers:StatsAbsValueAndPrev`
    pub followers: crate::enums::StatsAbsValueAndPrev,
    /// `views_per_post:StatsAbsValueAndPrev`
    pub views_per_post: crate::enums::StatsAbsValueAndPrev,
    /// `shares_per_post:StatsAbsValueAndPrev`
    pub shares_per_post: crate::enums::StatsAbsValueAndPrev,
    /// `reactions_per_post:StatsAbsValueAndPrev`
    pub reactions_per_post: crate::enums::StatsAbsValueAndPrev,
    /// `views_per_story:StatsAbsValueAndPrev`
    pub views_per_story: crate::enums::StatsAbsValueAndPrev,
    /// `shares_per_story:StatsAbsValueAndPrev`
    pub shares_per_story: crate::enums::StatsAbsValueAndPrev,
    /// `reactions_per_story:StatsAbsValueAndPrev`
    pub reactions_per_story: crate::enums::StatsAbsValueAndPrev,
    /// `enabled_notifications:StatsPercentValue`
    pub enabled_notifications: crate::enums::StatsPercentValue,
    /// `growth_graph:StatsGraph`
    pub growth_graph: crate::enums::StatsGraph,
    /// `followers_graph:StatsGraph`
    pub followers_graph: crate::enums::StatsGraph,
    /// `mute_graph:StatsGraph`
    pub mute_graph: crate::enums::StatsGraph,
    /// `top_hours_graph:StatsGraph`
    pub top_hours_graph: crate::enums::StatsGraph,
    /// `interactions_graph:StatsGraph`
    pub interactions_graph: crate::enums::StatsGraph,
    /// `iv_interactions_graph:StatsGraph`
    pub iv_interactions_graph: crate::enums::StatsGraph,
    /// `views_by_source_graph:StatsGraph`
    pub views_by_source_graph: crate::enums::StatsGraph,
    /// `new_followers_by_source_graph:StatsGraph`
    pub new_followers_by_source_graph: crate::enums::StatsGraph,
    /// `languages_graph:StatsGraph`
    pub languages_graph: crate::enums::StatsGraph,
    /// `reactions_by_emotion_graph:StatsGraph`
    pub reactions_by_emotion_graph: crate::enums::StatsGraph,
    /// `story_interactions_graph:StatsGraph`
    pub story_interactions_graph: crate::enums::StatsGraph,
    /// `story_reactions_by_emotion_graph:StatsGraph`
    pub story_reactions_by_emotion_graph: crate::enums::StatsGraph,
    /// `recent_posts_interactions:Vector<PostInteractionCounters>`
    pub recent_posts_interactions: Vec<crate::enums::PostInteractionCounters>,
}

impl Identifiable for BroadcastStats {
    const CONSTRUCTOR_ID: u32 = 0x396ca5fc;
    const NAME: &'static str = "stats.broadcastStats";
}

impl Serialize for BroadcastStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BroadcastStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.period.serialize(buf);
        self.followers.serialize(buf);
        self.views_per_post.serialize(buf);
        self.shares_per_post.serialize(buf);
        self.reactions_per_post.serialize(buf);
        self.views_per_story.serialize(buf);
        self.shares_per_story.serialize(buf);
        self.reactions_per_story.serialize(buf);
        self.enabled_notifications.serialize(buf);
        self.growth_graph.serialize(buf);
        self.followers_graph.serialize(buf);
        self.mute_graph.serialize(buf);
        self.top_hours_graph.serialize(buf);
        self.interactions_graph.serialize(buf);
        self.iv_interactions_graph.serialize(buf);
        self.views_by_source_graph.serialize(buf);
        self.new_followers_by_source_graph.serialize(buf);
        self.languages_graph.serialize(buf);
        self.reactions_by_emotion_graph.serialize(buf);
        self.story_interactions_graph.serialize(buf);
        self.story_reactions_by_emotion_graph.serialize(buf);
        self.recent_posts_interactions.serialize(buf);
    }
}

impl Deserialize for BroadcastStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BroadcastStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_period = <crate::enums::StatsDateRangeDays>::deserialize(r)?;
        let f_followers = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_views_per_post = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_shares_per_post = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_reactions_per_post = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_views_per_story = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_shares_per_story = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_reactions_per_story = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_enabled_notifications = <crate::enums::StatsPercentValue>::deserialize(r)?;
        let f_growth_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_followers_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_mute_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_top_hours_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_interactions_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_iv_interactions_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_views_by_source_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_new_followers_by_source_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_languages_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_reactions_by_emotion_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_story_interactions_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_story_reactions_by_emotion_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_recent_posts_interactions = <Vec<crate::enums::PostInteractionCounters>>::deserialize(r)?;
        Ok(Self { period: f_period, followers: f_followers, views_per_post: f_views_per_post, shares_per_post: f_shares_per_post, reactions_per_post: f_reactions_per_post, views_per_story: f_views_per_story, shares_per_story: f_shares_per_story, reactions_per_story: f_reactions_per_story, enabled_notifications: f_enabled_notifications, growth_graph: f_growth_graph, followers_graph: f_followers_graph, mute_graph: f_mute_graph, top_hours_graph: f_top_hours_graph, interactions_graph: f_interactions_graph, iv_interactions_graph: f_iv_interactions_graph, views_by_source_graph: f_views_by_source_graph, new_followers_by_source_graph: f_new_followers_by_source_graph, languages_graph: f_languages_graph, reactions_by_emotion_graph: f_reactions_by_emotion_graph, story_interactions_graph: f_story_interactions_graph, story_reactions_by_emotion_graph: f_story_reactions_by_emotion_graph, recent_posts_interactions: f_recent_posts_interactions })
    }
}

#[cfg(feature = "json")]
impl ToJson for BroadcastStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("period");
        self.period.write_json(w);
        w.key("followers");
        self.followers.write_json(w);
        w.key("views_per_post");
        self.views_per_post.write_json(w);
        w.key("shares_per_post");
        self.shares_per_post.write_json(w);
        w.key("reactions_per_post");
        self.reactions_per_post.write_json(w);
        w.key("views_per_story");
        self.views_per_story.write_json(w);
        w.key("shares_per_story");
        self.shares_per_story.write_json(w);
        w.key("reactions_per_story");
        self.reactions_per_story.write_json(w);
        w.key("enabled_notifications");
        self.enabled_notifications.write_json(w);
        w.key("growth_graph");
        self.growth_graph.write_json(w);
        w.key("followers_graph");
        self.followers_graph.write_json(w);
        w.key("mute_graph");
        self.mute_graph.write_json(w);
        w.key("top_hours_graph");
        self.top_hours_graph.write_json(w);
        w.key("interactions_graph");
        self.interactions_graph.write_json(w);
        w.key("iv_interactions_graph");
        self.iv_interactions_graph.write_json(w);
        w.key("views_by_source_graph");
        self.views_by_source_graph.write_json(w);
        w.key("new_followers_by_source_graph");
        self.new_followers_by_source_graph.write_json(w);
        w.key("languages_graph");
        self.languages_graph.write_json(w);
        w.key("reactions_by_emotion_graph");
        self.reactions_by_emotion_graph.write_json(w);
        w.key("story_interactions_graph");
        self.story_interactions_graph.write_json(w);
        w.key("story_reactions_by_emotion_graph");
        self.story_reactions_by_emotion_graph.write_json(w);
        w.key("recent_posts_interactions");
        self.recent_posts_interactions.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BroadcastStats {}

/// `stats.megagroupStats#ef7ff916 period:StatsDateRangeDays members:StatsAbsValueAndPrev messages:StatsAbsValueAndPrev viewers:StatsAbsValueAndPrev posters:StatsAbsValueAndPrev growth_graph:StatsGraph members_graph:StatsGraph new_members_by_source_graph:StatsGraph languages_graph:StatsGraph messages_graph:StatsGraph actions_graph:StatsGraph top_hours_graph:StatsGraph weekdays_graph:StatsGraph top_posters:Vector<StatsGroupTopPoster> top_admins:Vector<StatsGroupTopAdmin> top_inviters:Vector<StatsGroupTopInviter> users:Vector<User> = stats.MegagroupStats`
#[derive(Debug, Clone, PartialEq)]
pub struct MegagroupStats {
    /// `period:StatsDateRangeDays`
    pub period: crate::enums::StatsDateRangeDays,
    /// `members:StatsAbsValueAndPrev`
    pub members: crate::enums::StatsAbsValueAndPrev,
    /// `messages:StatsAbsValueAndPrev`
    pub messages: crate::enums::StatsAbsValueAndPrev,
    /// `viewers:StatsAbsValueAndPrev`
    pub viewers: crate::enums::StatsAbsValueAndPrev,
    /// `posters:StatsAbsValueAndPrev`
    pub posters: crate::enums::StatsAbsValueAndPrev,
    /// `growth_graph:StatsGraph`
    pub growth_graph: crate::enums::StatsGraph,
    /// `members_graph:StatsGraph`
    pub members_graph: crate::enums::StatsGraph,
    /// `new_members_by_source_graph:StatsGraph`
    pub new_members_by_source_graph: crate::enums::StatsGraph,
    /// `languages_graph:StatsGraph`
    pub languages_graph: crate::enums::StatsGraph,
    /// `messages_graph:StatsGraph`
    pub messages_graph: crate::enums::StatsGraph,
    /// `actions_graph:StatsGraph`
    pub actions_graph: crate::enums::StatsGraph,
    /// `top_hours_graph:StatsGraph`
    pub top_hours_graph: crate::enums::StatsGraph,
    /// `weekdays_graph:StatsGraph`
    pub weekdays_graph: crate::enums::StatsGraph,
    /// `top_posters:Vector<StatsGroupTopPoster>`
    pub top_posters: Vec<crate::enums::StatsGroupTopPoster>,
    /// `top_admins:Vector<StatsGroupTopAdmin>`
    pub top_admins: Vec<crate::enums::StatsGroupTopAdmin>,
    /// `top_inviters:Vector<StatsGroupTopInviter>`
    pub top_inviters: Vec<crate::enums::StatsGroupTopInviter>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for MegagroupStats {
    const CONSTRUCTOR_ID: u32 = 0xef7ff916;
    const NAME: &'static str = "stats.megagroupStats";
}

impl Serialize for MegagroupStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MegagroupStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.period.serialize(buf);
        self.members.serialize(buf);
        self.messages.serialize(buf);
        self.viewers.serialize(buf);
        self.posters.serialize(buf);
        self.growth_graph.serialize(buf);
        self.members_graph.serialize(buf);
        self.new_members_by_source_graph.serialize(buf);
        self.languages_graph.serialize(buf);
        self.messages_graph.serialize(buf);
        self.actions_graph.serialize(buf);
        self.top_hours_graph.serialize(buf);
        self.weekdays_graph.serialize(buf);
        self.top_posters.serialize(buf);
        self.top_admins.serialize(buf);
        self.top_inviters.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for MegagroupStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MegagroupStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_period = <crate::enums::StatsDateRangeDays>::deserialize(r)?;
        let f_members = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_messages = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_viewers = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_posters = <crate::enums::StatsAbsValueAndPrev>::deserialize(r)?;
        let f_growth_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_members_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_new_members_by_source_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_languages_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_messages_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_actions_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_top_hours_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_weekdays_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_top_posters = <Vec<crate::enums::StatsGroupTopPoster>>::deserialize(r)?;
        let f_top_admins = <Vec<crate::enums::StatsGroupTopAdmin>>::deserialize(r)?;
        let f_top_inviters = <Vec<crate::enums::StatsGroupTopInviter>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { period: f_period, members: f_members, messages: f_messages, viewers: f_viewers, posters: f_posters, growth_graph: f_growth_graph, members_graph: f_members_graph, new_members_by_source_graph: f_new_members_by_source_graph, languages_graph: f_languages_graph, messages_graph: f_messages_graph, actions_graph: f_actions_graph, top_hours_graph: f_top_hours_graph, weekdays_graph: f_weekdays_graph, top_posters: f_top_posters, top_admins: f_top_admins, top_inviters: f_top_inviters, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for MegagroupStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("period");
        self.period.write_json(w);
        w.key("members");
        self.members.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.key("viewers");
        self.viewers.write_json(w);
        w.key("posters");
        self.posters.write_json(w);
        w.key("growth_graph");
        self.growth_graph.write_json(w);
        w.key("members_graph");
        self.members_graph.write_json(w);
        w.key("new_members_by_source_graph");
        self.new_members_by_source_graph.write_json(w);
        w.key("languages_graph");
        self.languages_graph.write_json(w);
        w.key("messages_graph");
        self.messages_graph.write_json(w);
        w.key("actions_graph");
        self.actions_graph.write_json(w);
        w.key("top_hours_graph");
        self.top_hours_graph.write_json(w);
        w.key("weekdays_graph");
        self.weekdays_graph.write_json(w);
        w.key("top_posters");
        self.top_posters.write_json(w);
        w.key("top_admins");
        self.top_admins.write_json(w);
        w.key("top_inviters");
        self.top_inviters.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MegagroupStats {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stats.messageStats#7fe91c14 views_graph:StatsGraph reactions_by_emotion_graph:StatsGraph = stats.MessageStats`
#[derive(Debug, Clone, PartialEq)]
pub struct MessageStats {
    /// `views_graph:StatsGraph`
    pub views_graph: crate::enums::StatsGraph,
    /// `reactions_by_emotion_graph:StatsGraph`
    pub reactions_by_emotion_graph: crate::enums::StatsGraph,
}

impl Identifiable for MessageStats {
    const CONSTRUCTOR_ID: u32 = 0x7fe91c14;
    const NAME: &'static str = "stats.messageStats";
}

impl Serialize for MessageStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MessageStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.views_graph.serialize(buf);
        self.reactions_by_emotion_graph.serialize(buf);
    }
}

impl Deserialize for MessageStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MessageStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_views_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_reactions_by_emotion_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        Ok(Self { views_graph: f_views_graph, reactions_by_emotion_graph: f_reactions_by_emotion_graph })
    }
}

#[cfg(feature = "json")]
impl ToJson for MessageStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("views_graph");
        self.views_graph.write_json(w);
        w.key("reactions_by_emotion_graph");
        self.reactions_by_emotion_graph.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for MessageStats {}

/// `stats.storyStats#50cd067c views_graph:StatsGraph reactions_by_emotion_graph:StatsGraph = stats.StoryStats`
#[derive(Debug, Clone, PartialEq)]
pub struct StoryStats {
    /// `views_graph:StatsGraph`
    pub views_graph: crate::enums::StatsGraph,
    /// `reactions_by_emotion_graph:StatsGraph`
    pub reactions_by_emotion_graph: crate::enums::StatsGraph,
}

impl Identifiable for StoryStats {
    const CONSTRUCTOR_ID: u32 = 0x50cd067c;
    const NAME: &'static str = "stats.storyStats";
}

impl Serialize for StoryStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StoryStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.views_graph.serialize(buf);
        self.reactions_by_emotion_graph.serialize(buf);
    }
}

impl Deserialize for StoryStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StoryStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_views_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_reactions_by_emotion_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        Ok(Self { views_graph: f_views_graph, reactions_by_emotion_graph: f_reactions_by_emotion_graph })
    }
}

#[cfg(feature = "json")]
impl ToJson for StoryStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("views_graph");
        self.views_graph.write_json(w);
        w.key("reactions_by_emotion_graph");
        self.reactions_by_emotion_graph.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StoryStats {}

/// `stats.publicForwards#93037e20 flags:# count:int forwards:Vector<PublicForward> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = stats.PublicForwards`
#[derive(Debug, Clone, PartialEq)]
pub struct PublicForwards {
    /// `count:int`
    pub count: i32,
    /// `forwards:Vector<PublicForward>`
    pub forwards: Vec<crate::enums::PublicForward>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PublicForwards {
    const CONSTRUCTOR_ID: u32 = 0x93037e20;
    const NAME: &'static str = "stats.publicForwards";
}

impl Serialize for PublicForwards {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PublicForwards {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.forwards.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PublicForwards {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PublicForwards {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_forwards = <Vec<crate::enums::PublicForward>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, forwards: f_forwards, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PublicForwards {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("forwards");
        self.forwards.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PublicForwards {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.forwards, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `stats.pollStats#2999beed votes_graph:StatsGraph = stats.PollStats`
#[derive(Debug, Clone, PartialEq)]
pub struct PollStats {
    /// `votes_graph:StatsGraph`
    pub votes_graph: crate::enums::StatsGraph,
}

impl Identifiable for PollStats {
    const CONSTRUCTOR_ID: u32 = 0x2999beed;
    const NAME: &'static str = "stats.pollStats";
}

impl Serialize for PollStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PollStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.votes_graph.serialize(buf);
    }
}

impl Deserialize for PollStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PollStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_votes_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        Ok(Self { votes_graph: f_votes_graph })
    }
}

#[cfg(feature = "json")]
impl ToJson for PollStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("votes_graph");
        self.votes_graph.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PollStats {}
