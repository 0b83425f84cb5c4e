// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `photos` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `photos.updateProfilePhoto#09e82039 flags:# fallback:flags.0?true bot:flags.1?InputUser id:InputPhoto = photos.Photo`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateProfilePhoto {
    /// `fallback:flags.0?true`
    pub fallback: bool,
    /// `bot:flags.1?InputUser`
    pub bot: Option<crate::enums::InputUser>,
    /// `id:InputPhoto`
    pub id: crate::enums::InputPhoto,
}

impl Identifiable for UpdateProfilePhoto {
    const CONSTRUCTOR_ID: u32 = 0x09e82039;
    const NAME: &'static str = "photos.updateProfilePhoto";
}

impl Serialize for UpdateProfilePhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.fallback { 1 << 0 } else { 0 }
            | if self.bot.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.bot {
            (*v).serialize(buf);
        }
        self.id.serialize(buf);
    }
}

impl RemoteCall for UpdateProfilePhoto {
    type Return = crate::enums::photos::Photo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateProfilePhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_fallback = fl_flags & (1 << 0) != 0;
        let f_bot = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        let f_id = <crate::enums::InputPhoto>::deserialize(r)?;
        Ok(Self { fallback: f_fallback, bot: f_bot, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateProfilePhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("fallback");
        self.fallback.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `photos.uploadProfilePhoto#0388a3b5 flags:# fallback:flags.3?true bot:flags.5?InputUser file:flags.0?InputFile video:flags.1?InputFile video_start_ts:flags.2?double video_emoji_markup:flags.4?VideoSize = photos.Photo`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadProfilePhoto {
    /// `fallback:flags.3?true`
    pub fallback: bool,
    /// `bot:flags.5?InputUser`
    pub bot: Option<crate::enums::InputUser>,
    /// `file:flags.0?InputFile`
    pub file: Option<crate::enums::InputFile>,
    /// `video:flags.1?InputFile`
    pub video: Option<crate::enums::InputFile>,
    /// `video_start_ts:flags.2?double`
    pub video_start_ts: Option<f64>,
    /// `video_emoji_markup:flags.4?VideoSize`
    pub video_emoji_markup: Option<crate::enums::VideoSize>,
}

impl Identifiable for UploadProfilePhoto {
    const CONSTRUCTOR_ID: u32 = 0x0388a3b5;
    const NAME: &'static str = "photos.uploadProfilePhoto";
}

impl Serialize for UploadProfilePhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.file.is_some() { 1 << 0 } else { 0 }
            | if self.video.is_some() { 1 << 1 } else { 0 }
            | if self.video_start_ts.is_some() { 1 << 2 } else { 0 }
            | if self.fallback { 1 << 3 } else { 0 }
            | if self.video_emoji_markup.is_some() { 1 << 4 } else { 0 }
            | if self.bot.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.bot {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.file {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_start_ts {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_emoji_markup {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UploadProfilePhoto {
    type Return = crate::enums::photos::Photo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadProfilePhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_fallback = fl_flags & (1 << 3) != 0;
        let f_bot = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        let f_file = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputFile>::deserialize(r)?) } else { None };
        let f_video = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputFile>::deserialize(r)?) } else { None };
        let f_video_start_ts = if fl_flags & (1 << 2) != 0 { Some(<f64>::deserialize(r)?) } else { None };
        let f_video_emoji_markup = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::VideoSize>::deserialize(r)?) } else { None };
        Ok(Self { fallback: f_fallback, bot: f_bot, file: f_file, video: f_video, video_start_ts: f_video_start_ts, video_emoji_markup: f_video_emoji_markup })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadProfilePhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("fallback");
        self.fallback.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.key("video");
        self.video.write_json(w);
        w.key("video_start_ts");
        self.video_start_ts.write_json(w);
        w.key("video_emoji_markup");
        self.video_emoji_markup.write_json(w);
        w.end_object();
    }
}

/// `photos.deletePhotos#87cf7f2f id:Vector<InputPhoto> = Vector<long>`
#[derive(Debug, Clone, PartialEq)]
pub struct DeletePhotos {
    /// `id:Vector<InputPhoto>`
    pub id: Vec<crate::enums::InputPhoto>,
}

impl Identifiable for DeletePhotos {
    const CONSTRUCTOR_ID: u32 = 0x87cf7f2f;
    const NAME: &'static str = "photos.deletePhotos";
}

impl Serialize for DeletePhotos {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for DeletePhotos {
    type Return = Vec<i64>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeletePhotos {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputPhoto>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeletePhotos {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `photos.getUserPhotos#91cd32a8 user_id:InputUser offset:int max_id:long limit:int = photos.Photos`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserPhotos {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `offset:int`
    pub offset: i32,
    /// `max_id:long`
    pub max_id: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetUserPhotos {
    const CONSTRUCTOR_ID: u32 = 0x91cd32a8;
    const NAME: &'static str = "photos.getUserPhotos";
}

impl Serialize for GetUserPhotos {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.offset.serialize(buf);
        self.max_id.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetUserPhotos {
    type Return = crate::enums::photos::Photos;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUserPhotos {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_max_id = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, offset: f_offset, max_id: f_max_id, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUserPhotos {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("max_id");
        self.max_id.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `photos.uploadContactProfilePhoto#e14c4a71 flags:# suggest:flags.3?true save:flags.4?true user_id:InputUser file:flags.0?InputFile video:flags.1?InputFile video_start_ts:flags.2?double video_emoji_markup:flags.5?VideoSize = photos.Photo`
#[derive(Debug, Clone, PartialEq)]
pub struct UploadContactProfilePhoto {
    /// `suggest:flags.3?true`
    pub suggest: bool,
    /// `save:flags.4?true`
    pub save: bool,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `file:flags.0?InputFile`
    pub file: Option<crate::enums::InputFile>,
    /// `video:flags.1?InputFile`
    pub video: Option<crate::enums::InputFile>,
    /// `video_start_ts:flags.2?double`
    pub video_start_ts: Option<f64>,
    /// `video_emoji_markup:flags.5?VideoSize`
    pub video_emoji_markup: Option<crate::enums::VideoSize>,
}

impl Identifiable for UploadContactProfilePhoto {
    const CONSTRUCTOR_ID: u32 = 0xe14c4a71;
    const NAME: &'static str = "photos.uploadContactProfilePhoto";
}

impl Serialize for UploadContactProfilePhoto {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.file.is_some() { 1 << 0 } else { 0 }
            | if self.video.is_some() { 1 << 1 } else { 0 }
            | if self.video_start_ts.is_some() { 1 << 2 } else { 0 }
            | if self.suggest { 1 << 3 } else { 0 }
            | if self.save { 1 << 4 } else { 0 }
            | if self.video_emoji_markup.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        self.user_id.serialize(buf);
        if let Some(v) = &self.file {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_start_ts {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.video_emoji_markup {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UploadContactProfilePhoto {
    type Return = crate::enums::photos::Photo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UploadContactProfilePhoto {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_suggest = fl_flags & (1 << 3) != 0;
        let f_save = fl_flags & (1 << 4) != 0;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_file = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputFile>::deserialize(r)?) } else { None };
        let f_video = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::InputFile>::deserialize(r)?) } else { None };
        let f_video_start_ts = if fl_flags & (1 << 2) != 0 { Some(<f64>::deserialize(r)?) } else { None };
        let f_video_emoji_markup = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::VideoSize>::deserialize(r)?) } else { None };
        Ok(Self { suggest: f_suggest, save: f_save, user_id: f_user_id, file: f_file, video: f_video, video_start_ts: f_video_start_ts, video_emoji_markup: f_video_emoji_markup })
    }
}

#[cfg(feature = "json")]
impl ToJson for UploadContactProfilePhoto {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("suggest");
        self.suggest.write_json(w);
        w.key("save");
        self.save.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("file");
        self.file.write_json(w);
        w.key("video");
        self.video.write_json(w);
        w.key("video_start_ts");
        self.video_start_ts.write_json(w);
        w.key("video_emoji_markup");
        self.video_emoji_markup.write_json(w);
        w.end_object();
    }
}
