// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `stories` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stories.canSendStory#30eb63f0 peer:InputPeer = stories.CanSendStoryCount`
#[derive(Debug, Clone, PartialEq)]
pub struct CanSendStory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for CanSendStory {
    const CONSTRUCTOR_ID: u32 = 0x30eb63f0;
    const NAME: &'static str = "stories.canSendStory";
}

impl Serialize for CanSendStory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for CanSendStory {
    type Return = crate::enums::stories::CanSendStoryCount;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CanSendStory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for CanSendStory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `stories.sendStory#8f9e6898 flags:# pinned:flags.2?true noforwards:flags.4?true fwd_modified:flags.7?true peer:InputPeer media:InputMedia media_areas:flags.5?Vector<MediaArea> caption:flags.0?string entities:flags.1?Vector<MessageEntity> privacy_rules:Vector<InputPrivacyRule> random_id:long period:flags.3?int fwd_from_id:flags.6?InputPeer fwd_from_story:flags.6?int albums:flags.8?Vector<int> music:flags.9?InputDocument = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendStory {
    /// `pinned:flags.2?true`
    pub pinned: bool,
    /// `noforwards:flags.4?true`
    pub noforwards: bool,
    /// `fwd_modified:flags.7?true`
    pub fwd_modified: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `media:InputMedia`
    pub media: crate::enums::InputMedia,
    /// `media_areas:flags.5?Vector<MediaArea>`
    pub media_areas: Option<Vec<crate::enums::MediaArea>>,
    /// `caption:flags.0?string`
    pub caption: Option<mtrs_tl::TlString>,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `privacy_rules:Vector<InputPrivacyRule>`
    pub privacy_rules: Vec<crate::enums::InputPrivacyRule>,
    /// `random_id:long`
    pub random_id: i64,
    /// `period:flags.3?int`
    pub period: Option<i32>,
    /// `fwd_from_id:flags.6?InputPeer`
    pub fwd_from_id: Option<crate::enums::InputPeer>,
    /// `fwd_from_story:flags.6?int`
    pub fwd_from_story: Option<i32>,
    /// `albums:flags.8?Vector<int>`
    pub albums: Option<Vec<i32>>,
    /// `music:flags.9?InputDocument`
    pub music: Option<crate::enums::InputDocument>,
}

impl Identifiable for SendStory {
    const CONSTRUCTOR_ID: u32 = 0x8f9e6898;
    const NAME: &'static str = "stories.sendStory";
}

impl Serialize for SendStory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.caption.is_some() { 1 << 0 } else { 0 }
            | if self.entities.is_some() { 1 << 1 } else { 0 }
            | if self.pinned { 1 << 2 } else { 0 }
            | if self.period.is_some() { 1 << 3 } else { 0 }
            | if self.noforwards { 1 << 4 } else { 0 }
            | if self.media_areas.is_some() { 1 << 5 } else { 0 }
            | if (self.fwd_from_id.is_some() || self.fwd_from_story.is_some()) && self.fwd_from_id.is_some() { 1 << 6 } else { 0 }
            | if self.fwd_modified { 1 << 7 } else { 0 }
            | if self.albums.is_some() { 1 << 8 } else { 0 }
            | if self.music.is_some() { 1 << 9 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.media.serialize(buf);
        if let Some(v) = &self.media_areas {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.caption {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        self.privacy_rules.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.period {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 6) != 0 {
            match &self.fwd_from_id {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if fl_flags & (1 << 6) != 0 {
            match &self.fwd_from_story {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.albums {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.music {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendStory {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendStory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_pinned = fl_flags & (1 << 2) != 0;
        let f_noforwards = fl_flags & (1 << 4) != 0;
        let f_fwd_modified = fl_flags & (1 << 7) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_media = <crate::enums::InputMedia>::deserialize(r)?;
        let f_media_areas = if fl_flags & (1 << 5) != 0 { Some(<Vec<crate::enums::MediaArea>>::deserialize(r)?) } else { None };
        let f_caption = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_privacy_rules = <Vec<crate::enums::InputPrivacyRule>>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_period = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_fwd_from_id = if fl_flags & (1 << 6) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_fwd_from_story = if fl_flags & (1 << 6) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_albums = if fl_flags & (1 << 8) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_music = if fl_flags & (1 << 9) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        Ok(Self { pinned: f_pinned, noforwards: f_noforwards, fwd_modified: f_fwd_modified, peer: f_peer, media: f_media, media_areas: f_media_areas, caption: f_caption, entities: f_entities, privacy_rules: f_privacy_rules, random_id: f_random_id, period: f_period, fwd_from_id: f_fwd_from_id, fwd_from_story: f_fwd_from_story, albums: f_albums, music: f_music })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendStory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pinned");
        self.pinned.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("fwd_modified");
        self.fwd_modified.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("media_areas");
        self.media_areas.write_json(w);
        w.key("caption");
        self.caption.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("privacy_rules");
        self.privacy_rules.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("period");
        self.period.write_json(w);
        w.key("fwd_from_id");
        self.fwd_from_id.write_json(w);
        w.key("fwd_from_story");
        self.fwd_from_story.write_json(w);
        w.key("albums");
        self.albums.write_json(w);
        w.key("music");
        self.music.write_json(w);
        w.end_object();
    }
}

/// `stories.editStory#2c63a72b flags:# peer:InputPeer id:int media:flags.0?InputMedia media_areas:flags.3?Vector<MediaArea> caption:flags.1?string entities:flags.1?Vector<MessageEntity> privacy_rules:flags.2?Vector<InputPrivacyRule> music:flags.4?InputDocument = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditStory {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `media:flags.0?InputMedia`
    pub media: Option<crate::enums::InputMedia>,
    /// `media_areas:flags.3?Vector<MediaArea>`
    pub media_areas: Option<Vec<crate::enums::MediaArea>>,
    /// `caption:flags.1?string`
    pub caption: Option<mtrs_tl::TlString>,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `privacy_rules:flags.2?Vector<InputPrivacyRule>`
    pub privacy_rules: Option<Vec<crate::enums::InputPrivacyRule>>,
    /// `music:flags.4?InputDocument`
    pub music: Option<crate::enums::InputDocument>,
}

impl Identifiable for EditStory {
    const CONSTRUCTOR_ID: u32 = 0x2c63a72b;
    const NAME: &'static str = "stories.editStory";
}

impl Serialize for EditStory {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.media.is_some() { 1 << 0 } else { 0 }
            | if self.caption.is_some() || self.entities.is_some() { 1 << 1 } else { 0 }
            | if self.privacy_rules.is_some() { 1 << 2 } else { 0 }
            | if self.media_areas.is_some() { 1 << 3 } else { 0 }
            | if self.music.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.media {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.media_areas {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.caption {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.entities {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<crate::enums::MessageEntity> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.privacy_rules {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.music {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditStory {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditStory {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_media = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputMedia>::deserialize(r)?) } else { None };
        let f_media_areas = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::MediaArea>>::deserialize(r)?) } else { None };
        let f_caption = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_privacy_rules = if fl_flags & (1 << 2) != 0 { Some(<Vec<crate::enums::InputPrivacyRule>>::deserialize(r)?) } else { None };
        let f_music = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, id: f_id, media: f_media, media_areas: f_media_areas, caption: f_caption, entities: f_entities, privacy_rules: f_privacy_rules, music: f_music })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditStory {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("media");
        self.media.write_json(w);
        w.key("media_areas");
        self.media_areas.write_json(w);
        w.key("caption");
        self.caption.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("privacy_rules");
        self.privacy_rules.write_json(w);
        w.key("music");
        self.music.write_json(w);
        w.end_object();
    }
}

/// `stories.deleteStories#ae59db5f peer:InputPeer id:Vector<int> = Vector<int>`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStories {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for DeleteStories {
    const CONSTRUCTOR_ID: u32 = 0xae59db5f;
    const NAME: &'static str = "stories.deleteStories";
}

impl Serialize for DeleteStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeleteStories {
    type Return = Vec<i32>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.togglePinned#9a75a1ef peer:InputPeer id:Vector<int> pinned:Bool = Vector<int>`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePinned {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `pinned:Bool`
    pub pinned: bool,
}

impl Identifiable for TogglePinned {
    const CONSTRUCTOR_ID: u32 = 0x9a75a1ef;
    const NAME: &'static str = "stories.togglePinned";
}

impl Serialize for TogglePinned {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.pinned.serialize(buf);
    }
}

impl RemoteCall for TogglePinned {
    type Return = Vec<i32>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePinned {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_pinned = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, pinned: f_pinned })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePinned {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("pinned");
        self.pinned.write_json(w);
        w.end_object();
    }
}

/// `stories.getAllStories#eeb0d625 flags:# next:flags.1?true hidden:flags.2?true state:flags.0?string = stories.AllStories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllStories {
    /// `next:flags.1?true`
    pub next: bool,
    /// `hidden:flags.2?true`
    pub hidden: bool,
    /// `state:flags.0?string`
    pub state: Option<mtrs_tl::TlString>,
}

impl Identifiable for GetAllStories {
    const CONSTRUCTOR_ID: u32 = 0xeeb0d625;
    const NAME: &'static str = "stories.getAllStories";
}

impl Serialize for GetAllStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.state.is_some() { 1 << 0 } else { 0 }
            | if self.next { 1 << 1 } else { 0 }
            | if self.hidden { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.state {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetAllStories {
    type Return = crate::enums::stories::AllStories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAllStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_next = fl_flags & (1 << 1) != 0;
        let f_hidden = fl_flags & (1 << 2) != 0;
        let f_state = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { next: f_next, hidden: f_hidden, state: f_state })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAllStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("next");
        self.next.write_json(w);
        w.key("hidden");
        self.hidden.write_json(w);
        w.key("state");
        self.state.write_json(w);
        w.end_object();
    }
}

/// `stories.getPinnedStories#5821a5dc peer:InputPeer offset_id:int limit:int = stories.Stories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPinnedStories {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetPinnedStories {
    const CONSTRUCTOR_ID: u32 = 0x5821a5dc;
    const NAME: &'static str = "stories.getPinnedStories";
}

impl Serialize for GetPinnedStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetPinnedStories {
    type Return = crate::enums::stories::Stories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPinnedStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPinnedStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.getStoriesArchive#b4352016 peer:InputPeer offset_id:int limit:int = stories.Stories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoriesArchive {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset_id:int`
    pub offset_id: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetStoriesArchive {
    const CONSTRUCTOR_ID: u32 = 0xb4352016;
    const NAME: &'static str = "stories.getStoriesArchive";
}

impl Serialize for GetStoriesArchive {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.offset_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetStoriesArchive {
    type Return = crate::enums::stories::Stories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoriesArchive {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_id = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, offset_id: f_offset_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoriesArchive {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset_id");
        self.offset_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.getStoriesByID#5774ca74 peer:InputPeer id:Vector<int> = stories.Stories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoriesById {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for GetStoriesById {
    const CONSTRUCTOR_ID: u32 = 0x5774ca74;
    const NAME: &'static str = "stories.getStoriesByID";
}

impl Serialize for GetStoriesById {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetStoriesById {
    type Return = crate::enums::stories::Stories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoriesById {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoriesById {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.toggleAllStoriesHidden#7c2557c4 hidden:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleAllStoriesHidden {
    /// `hidden:Bool`
    pub hidden: bool,
}

impl Identifiable for ToggleAllStoriesHidden {
    const CONSTRUCTOR_ID: u32 = 0x7c2557c4;
    const NAME: &'static str = "stories.toggleAllStoriesHidden";
}

impl Serialize for ToggleAllStoriesHidden {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hidden.serialize(buf);
    }
}

impl RemoteCall for ToggleAllStoriesHidden {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleAllStoriesHidden {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hidden = <bool>::deserialize(r)?;
        Ok(Self { hidden: f_hidden })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleAllStoriesHidden {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hidden");
        self.hidden.write_json(w);
        w.end_object();
    }
}

/// `stories.readStories#a556dac8 peer:InputPeer max_id:int = Vector<int>`
#[derive(Debug, Clone, PartialEq)]
pub struct ReadStories {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `max_id:int`
    pub max_id: i32,
}

impl Identifiable for ReadStories {
    const CONSTRUCTOR_ID: u32 = 0xa556dac8;
    const NAME: &'static str = "stories.readStories";
}

impl Serialize for ReadStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.max_id.serialize(buf);
    }
}

impl RemoteCall for ReadStories {
    type Return = Vec<i32>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReadStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_max_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, max_id: f_max_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReadStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.end_object();
    }
}

/// `stories.incrementStoryViews#b2028afb peer:InputPeer id:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct IncrementStoryViews {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for IncrementStoryViews {
    const CONSTRUCTOR_ID: u32 = 0xb2028afb;
    const NAME: &'static str = "stories.incrementStoryViews";
}

impl Serialize for IncrementStoryViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for IncrementStoryViews {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for IncrementStoryViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for IncrementStoryViews {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.getStoryViewsList#7ed23c57 flags:# just_contacts:flags.0?true reactions_first:flags.2?true forwards_first:flags.3?true peer:InputPeer q:flags.1?string id:int offset:string limit:int = stories.StoryViewsList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoryViewsList {
    /// `just_contacts:flags.0?true`
    pub just_contacts: bool,
    /// `reactions_first:flags.2?true`
    pub reactions_first: bool,
    /// `forwards_first:flags.3?true`
    pub forwards_first: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `q:flags.1?string`
    pub q: Option<mtrs_tl::TlString>,
    /// `id:int`
    pub id: i32,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetStoryViewsList {
    const CONSTRUCTOR_ID: u32 = 0x7ed23c57;
    const NAME: &'static str = "stories.getStoryViewsList";
}

impl Serialize for GetStoryViewsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.just_contacts { 1 << 0 } else { 0 }
            | if self.q.is_some() { 1 << 1 } else { 0 }
            | if self.reactions_first { 1 << 2 } else { 0 }
            | if self.forwards_first { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.q {
            (*v).serialize(buf);
        }
        self.id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetStoryViewsList {
    type Return = crate::enums::stories::StoryViewsList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoryViewsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_just_contacts = fl_flags & (1 << 0) != 0;
        let f_reactions_first = fl_flags & (1 << 2) != 0;
        let f_forwards_first = fl_flags & (1 << 3) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_q = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_id = <i32>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { just_contacts: f_just_contacts, reactions_first: f_reactions_first, forwards_first: f_forwards_first, peer: f_peer, q: f_q, id: f_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoryViewsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("just_contacts");
        self.just_contacts.write_json(w);
        w.key("reactions_first");
        self.reactions_first.write_json(w);
        w.key("forwards_first");
        self.forwards_first.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.getStoriesViews#28e16cc8 peer:InputPeer id:Vector<int> = stories.StoryViews`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoriesViews {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for GetStoriesViews {
    const CONSTRUCTOR_ID: u32 = 0x28e16cc8;
    const NAME: &'static str = "stories.getStoriesViews";
}

impl Serialize for GetStoriesViews {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetStoriesViews {
    type Return = crate::enums::stories::StoryViews;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoriesViews {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoriesViews {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.exportStoryLink#7b8def20 peer:InputPeer id:int = ExportedStoryLink`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportStoryLink {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
}

impl Identifiable for ExportStoryLink {
    const CONSTRUCTOR_ID: u32 = 0x7b8def20;
    const NAME: &'static str = "stories.exportStoryLink";
}

impl Serialize for ExportStoryLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for ExportStoryLink {
    type Return = crate::enums::ExportedStoryLink;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportStoryLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportStoryLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.report#19d8eb45 peer:InputPeer id:Vector<int> option:bytes message:string = ReportResult`
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
    /// `option:bytes`
    pub option: Vec<u8>,
    /// `message:string`
    pub message: mtrs_tl::TlString,
}

impl Identifiable for Report {
    const CONSTRUCTOR_ID: u32 = 0x19d8eb45;
    const NAME: &'static str = "stories.report";
}

impl Serialize for Report {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
        self.option.serialize(buf);
        self.message.serialize(buf);
    }
}

impl RemoteCall for Report {
    type Return = crate::enums::ReportResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Report {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        let f_option = <Vec<u8>>::deserialize(r)?;
        let f_message = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id, option: f_option, message: f_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for Report {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("option");
        self.option.write_json(w);
        w.key("message");
        self.message.write_json(w);
        w.end_object();
    }
}

/// `stories.activateStealthMode#57bbd166 flags:# past:flags.0?true future:flags.1?true = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ActivateStealthMode {
    /// `past:flags.0?true`
    pub past: bool,
    /// `future:flags.1?true`
    pub future: bool,
}

impl Identifiable for ActivateStealthMode {
    const CONSTRUCTOR_ID: u32 = 0x57bbd166;
    const NAME: &'static str = "stories.activateStealthMode";
}

impl Serialize for ActivateStealthMode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.past { 1 << 0 } else { 0 }
            | if self.future { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for ActivateStealthMode {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ActivateStealthMode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_past = fl_flags & (1 << 0) != 0;
        let f_future = fl_flags & (1 << 1) != 0;
        Ok(Self { past: f_past, future: f_future })
    }
}

#[cfg(feature = "json")]
impl ToJson for ActivateStealthMode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("past");
        self.past.write_json(w);
        w.key("future");
        self.future.write_json(w);
        w.end_object();
    }
}

/// `stories.sendReaction#7fd736b2 flags:# add_to_recent:flags.0?true peer:InputPeer story_id:int reaction:Reaction = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendReaction {
    /// `add_to_recent:flags.0?true`
    pub add_to_recent: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `story_id:int`
    pub story_id: i32,
    /// `reaction:Reaction`
    pub reaction: crate::enums::Reaction,
}

impl Identifiable for SendReaction {
    const CONSTRUCTOR_ID: u32 = 0x7fd736b2;
    const NAME: &'static str = "stories.sendReaction";
}

impl Serialize for SendReaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.add_to_recent { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.story_id.serialize(buf);
        self.reaction.serialize(buf);
    }
}

impl RemoteCall for SendReaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendReaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_add_to_recent = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_story_id = <i32>::deserialize(r)?;
        let f_reaction = <crate::enums::Reaction>::deserialize(r)?;
        Ok(Self { add_to_recent: f_add_to_recent, peer: f_peer, story_id: f_story_id, reaction: f_reaction })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendReaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("add_to_recent");
        self.add_to_recent.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("story_id");
        self.story_id.write_json(w);
        w.key("reaction");
        self.reaction.write_json(w);
        w.end_object();
    }
}

/// `stories.getPeerStories#2c4ada50 peer:InputPeer = stories.PeerStories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerStories {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetPeerStories {
    const CONSTRUCTOR_ID: u32 = 0x2c4ada50;
    const NAME: &'static str = "stories.getPeerStories";
}

impl Serialize for GetPeerStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetPeerStories {
    type Return = crate::enums::stories::PeerStories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `stories.getAllReadPeerStories#9b5ae7f9 = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAllReadPeerStories;

impl Identifiable for GetAllReadPeerStories {
    const CONSTRUCTOR_ID: u32 = 0x9b5ae7f9;
    const NAME: &'static str = "stories.getAllReadPeerStories";
}

impl Serialize for GetAllReadPeerStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetAllReadPeerStories {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAllReadPeerStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAllReadPeerStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `stories.getPeerMaxIDs#78499170 id:Vector<InputPeer> = Vector<RecentStory>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerMaxIDs {
    /// `id:Vector<InputPeer>`
    pub id: Vec<crate::enums::InputPeer>,
}

impl Identifiable for GetPeerMaxIDs {
    const CONSTRUCTOR_ID: u32 = 0x78499170;
    const NAME: &'static str = "stories.getPeerMaxIDs";
}

impl Serialize for GetPeerMaxIDs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetPeerMaxIDs {
    type Return = Vec<crate::enums::RecentStory>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerMaxIDs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerMaxIDs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.getChatsToSend#a56a8b60 = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChatsToSend;

impl Identifiable for GetChatsToSend {
    const CONSTRUCTOR_ID: u32 = 0xa56a8b60;
    const NAME: &'static str = "stories.getChatsToSend";
}

impl Serialize for GetChatsToSend {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetChatsToSend {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChatsToSend {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChatsToSend {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `stories.togglePeerStoriesHidden#bd0415c4 peer:InputPeer hidden:Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePeerStoriesHidden {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `hidden:Bool`
    pub hidden: bool,
}

impl Identifiable for TogglePeerStoriesHidden {
    const CONSTRUCTOR_ID: u32 = 0xbd0415c4;
    const NAME: &'static str = "stories.togglePeerStoriesHidden";
}

impl Serialize for TogglePeerStoriesHidden {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.hidden.serialize(buf);
    }
}

impl RemoteCall for TogglePeerStoriesHidden {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePeerStoriesHidden {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_hidden = <bool>::deserialize(r)?;
        Ok(Self { peer: f_peer, hidden: f_hidden })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePeerStoriesHidden {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hidden");
        self.hidden.write_json(w);
        w.end_object();
    }
}

/// `stories.getStoryReactionsList#b9b2881f flags:# forwards_first:flags.2?true peer:InputPeer id:int reaction:flags.0?Reaction offset:flags.1?string limit:int = stories.StoryReactionsList`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStoryReactionsList {
    /// `forwards_first:flags.2?true`
    pub forwards_first: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:int`
    pub id: i32,
    /// `reaction:flags.0?Reaction`
    pub reaction: Option<crate::enums::Reaction>,
    /// `offset:flags.1?string`
    pub offset: Option<mtrs_tl::TlString>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetStoryReactionsList {
    const CONSTRUCTOR_ID: u32 = 0xb9b2881f;
    const NAME: &'static str = "stories.getStoryReactionsList";
}

impl Serialize for GetStoryReactionsList {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reaction.is_some() { 1 << 0 } else { 0 }
            | if self.offset.is_some() { 1 << 1 } else { 0 }
            | if self.forwards_first { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
        if let Some(v) = &self.reaction {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.offset {
            (*v).serialize(buf);
        }
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetStoryReactionsList {
    type Return = crate::enums::stories::StoryReactionsList;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStoryReactionsList {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_forwards_first = fl_flags & (1 << 2) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <i32>::deserialize(r)?;
        let f_reaction = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::Reaction>::deserialize(r)?) } else { None };
        let f_offset = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { forwards_first: f_forwards_first, peer: f_peer, id: f_id, reaction: f_reaction, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStoryReactionsList {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("forwards_first");
        self.forwards_first.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("reaction");
        self.reaction.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.togglePinnedToTop#0b297e9b peer:InputPeer id:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePinnedToTop {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<int>`
    pub id: Vec<i32>,
}

impl Identifiable for TogglePinnedToTop {
    const CONSTRUCTOR_ID: u32 = 0x0b297e9b;
    const NAME: &'static str = "stories.togglePinnedToTop";
}

impl Serialize for TogglePinnedToTop {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for TogglePinnedToTop {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePinnedToTop {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePinnedToTop {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `stories.searchPosts#d1810907 flags:# hashtag:flags.0?string area:flags.1?MediaArea peer:flags.2?InputPeer offset:string limit:int = stories.FoundStories`
#[derive(Debug, Clone, PartialEq)]
pub struct SearchPosts {
    /// `hashtag:flags.0?string`
    pub hashtag: Option<mtrs_tl::TlString>,
    /// `area:flags.1?MediaArea`
    pub area: Option<crate::enums::MediaArea>,
    /// `peer:flags.2?InputPeer`
    pub peer: Option<crate::enums::InputPeer>,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for SearchPosts {
    const CONSTRUCTOR_ID: u32 = 0xd1810907;
    const NAME: &'static str = "stories.searchPosts";
}

impl Serialize for SearchPosts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.hashtag.is_some() { 1 << 0 } else { 0 }
            | if self.area.is_some() { 1 << 1 } else { 0 }
            | if self.peer.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.hashtag {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.area {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.peer {
            (*v).serialize(buf);
        }
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for SearchPosts {
    type Return = crate::enums::stories::FoundStories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SearchPosts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_hashtag = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_area = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::MediaArea>::deserialize(r)?) } else { None };
        let f_peer = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { hashtag: f_hashtag, area: f_area, peer: f_peer, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for SearchPosts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hashtag");
        self.hashtag.write_json(w);
        w.key("area");
        self.area.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.createAlbum#a36396e5 peer:InputPeer title:string stories:Vector<int> = StoryAlbum`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAlbum {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `stories:Vector<int>`
    pub stories: Vec<i32>,
}

impl Identifiable for CreateAlbum {
    const CONSTRUCTOR_ID: u32 = 0xa36396e5;
    const NAME: &'static str = "stories.createAlbum";
}

impl Serialize for CreateAlbum {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.title.serialize(buf);
        self.stories.serialize(buf);
    }
}

impl RemoteCall for CreateAlbum {
    type Return = crate::enums::StoryAlbum;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateAlbum {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_stories = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, title: f_title, stories: f_stories })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateAlbum {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("stories");
        self.stories.write_json(w);
        w.end_object();
    }
}

/// `stories.updateAlbum#5e5259b6 flags:# peer:InputPeer album_id:int title:flags.0?string delete_stories:flags.1?Vector<int> add_stories:flags.2?Vector<int> order:flags.3?Vector<int> = StoryAlbum`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAlbum {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `album_id:int`
    pub album_id: i32,
    /// `title:flags.0?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `delete_stories:flags.1?Vector<int>`
    pub delete_stories: Option<Vec<i32>>,
    /// `add_stories:flags.2?Vector<int>`
    pub add_stories: Option<Vec<i32>>,
    /// `order:flags.3?Vector<int>`
    pub order: Option<Vec<i32>>,
}

impl Identifiable for UpdateAlbum {
    const CONSTRUCTOR_ID: u32 = 0x5e5259b6;
    const NAME: &'static str = "stories.updateAlbum";
}

impl Serialize for UpdateAlbum {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 0 } else { 0 }
            | if self.delete_stories.is_some() { 1 << 1 } else { 0 }
            | if self.add_stories.is_some() { 1 << 2 } else { 0 }
            | if self.order.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.album_id.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.delete_stories {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.add_stories {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.order {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateAlbum {
    type Return = crate::enums::StoryAlbum;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateAlbum {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_album_id = <i32>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_delete_stories = if fl_flags & (1 << 1) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_add_stories = if fl_flags & (1 << 2) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        let f_order = if fl_flags & (1 << 3) != 0 { Some(<Vec<i32>>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, album_id: f_album_id, title: f_title, delete_stories: f_delete_stories, add_stories: f_add_stories, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateAlbum {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("album_id");
        self.album_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("delete_stories");
        self.delete_stories.write_json(w);
        w.key("add_stories");
        self.add_stories.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `stories.reorderAlbums#8535fbd9 peer:InputPeer order:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderAlbums {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `order:Vector<int>`
    pub order: Vec<i32>,
}

impl Identifiable for ReorderAlbums {
    const CONSTRUCTOR_ID: u32 = 0x8535fbd9;
    const NAME: &'static str = "stories.reorderAlbums";
}

impl Serialize for ReorderAlbums {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderAlbums {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderAlbums {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_order = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderAlbums {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `stories.deleteAlbum#8d3456d0 peer:InputPeer album_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteAlbum {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `album_id:int`
    pub album_id: i32,
}

impl Identifiable for DeleteAlbum {
    const CONSTRUCTOR_ID: u32 = 0x8d3456d0;
    const NAME: &'static str = "stories.deleteAlbum";
}

impl Serialize for DeleteAlbum {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.album_id.serialize(buf);
    }
}

impl RemoteCall for DeleteAlbum {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteAlbum {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_album_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, album_id: f_album_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteAlbum {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("album_id");
        self.album_id.write_json(w);
        w.end_object();
    }
}

/// `stories.getAlbums#25b3eac7 peer:InputPeer hash:long = stories.Albums`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAlbums {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetAlbums {
    const CONSTRUCTOR_ID: u32 = 0x25b3eac7;
    const NAME: &'static str = "stories.getAlbums";
}

impl Serialize for GetAlbums {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetAlbums {
    type Return = crate::enums::stories::Albums;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAlbums {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAlbums {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `stories.getAlbumStories#ac806d61 peer:InputPeer album_id:int offset:int limit:int = stories.Stories`
#[derive(Debug, Clone, PartialEq)]
pub struct GetAlbumStories {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `album_id:int`
    pub album_id: i32,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetAlbumStories {
    const CONSTRUCTOR_ID: u32 = 0xac806d61;
    const NAME: &'static str = "stories.getAlbumStories";
}

impl Serialize for GetAlbumStories {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.album_id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetAlbumStories {
    type Return = crate::enums::stories::Stories;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetAlbumStories {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_album_id = <i32>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, album_id: f_album_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetAlbumStories {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("album_id");
        self.album_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `stories.startLive#d069ccde flags:# pinned:flags.2?true noforwards:flags.4?true rtmp_stream:flags.5?true peer:InputPeer caption:flags.0?string entities:flags.1?Vector<MessageEntity> privacy_rules:Vector<InputPrivacyRule> random_id:long messages_enabled:flags.6?Bool send_paid_messages_stars:flags.7?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct StartLive {
    /// `pinned:flags.2?true`
    pub pinned: bool,
    /// `noforwards:flags.4?true`
    pub noforwards: bool,
    /// `rtmp_stream:flags.5?true`
    pub rtmp_stream: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `caption:flags.0?string`
    pub caption: Option<mtrs_tl::TlString>,
    /// `entities:flags.1?Vector<MessageEntity>`
    pub entities: Option<Vec<crate::enums::MessageEntity>>,
    /// `privacy_rules:Vector<InputPrivacyRule>`
    pub privacy_rules: Vec<crate::enums::InputPrivacyRule>,
    /// `random_id:long`
    pub random_id: i64,
    /// `messages_enabled:flags.6?Bool`
    pub messages_enabled: Option<bool>,
    /// `send_paid_messages_stars:flags.7?long`
    pub send_paid_messages_stars: Option<i64>,
}

impl Identifiable for StartLive {
    const CONSTRUCTOR_ID: u32 = 0xd069ccde;
    const NAME: &'static str = "stories.startLive";
}

impl Serialize for StartLive {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.caption.is_some() { 1 << 0 } else { 0 }
            | if self.entities.is_some() { 1 << 1 } else { 0 }
            | if self.pinned { 1 << 2 } else { 0 }
            | if self.noforwards { 1 << 4 } else { 0 }
            | if self.rtmp_stream { 1 << 5 } else { 0 }
            | if self.messages_enabled.is_some() { 1 << 6 } else { 0 }
            | if self.send_paid_messages_stars.is_some() { 1 << 7 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.caption {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.entities {
            (*v).serialize(buf);
        }
        self.privacy_rules.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.messages_enabled {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.send_paid_messages_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for StartLive {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for StartLive {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_pinned = fl_flags & (1 << 2) != 0;
        let f_noforwards = fl_flags & (1 << 4) != 0;
        let f_rtmp_stream = fl_flags & (1 << 5) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_caption = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_entities = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::MessageEntity>>::deserialize(r)?) } else { None };
        let f_privacy_rules = <Vec<crate::enums::InputPrivacyRule>>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_messages_enabled = if fl_flags & (1 << 6) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_send_paid_messages_stars = if fl_flags & (1 << 7) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { pinned: f_pinned, noforwards: f_noforwards, rtmp_stream: f_rtmp_stream, peer: f_peer, caption: f_caption, entities: f_entities, privacy_rules: f_privacy_rules, random_id: f_random_id, messages_enabled: f_messages_enabled, send_paid_messages_stars: f_send_paid_messages_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for StartLive {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pinned");
        self.pinned.write_json(w);
        w.key("noforwards");
        self.noforwards.write_json(w);
        w.key("rtmp_stream");
        self.rtmp_stream.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("caption");
        self.caption.write_json(w);
        w.key("entities");
        self.entities.write_json(w);
        w.key("privacy_rules");
        self.privacy_rules.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("messages_enabled");
        self.messages_enabled.write_json(w);
        w.key("send_paid_messages_stars");
        self.send_paid_messages_stars.write_json(w);
        w.end_object();
    }
}
