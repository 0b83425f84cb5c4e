// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `stickers` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `stickers.createStickerSet#9021ab67 flags:# masks:flags.0?true emojis:flags.5?true text_color:flags.6?true user_id:InputUser title:string short_name:string thumb:flags.2?InputDocument stickers:Vector<InputStickerSetItem> software:flags.3?string = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStickerSet {
    /// `masks:flags.0?true`
    pub masks: bool,
    /// `emojis:flags.5?true`
    pub emojis: bool,
    /// `text_color:flags.6?true`
    pub text_color: bool,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `short_name:string`
    pub short_name: mtrs_tl::TlString,
    /// `thumb:flags.2?InputDocument`
    pub thumb: Option<crate::enums::InputDocument>,
    /// `stickers:Vector<InputStickerSetItem>`
    pub stickers: Vec<crate::enums::InputStickerSetItem>,
    /// `software:flags.3?string`
    pub software: Option<mtrs_tl::TlString>,
}

impl Identifiable for CreateStickerSet {
    const CONSTRUCTOR_ID: u32 = 0x9021ab67;
    const NAME: &'static str = "stickers.createStickerSet";
}

impl Serialize for CreateStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.masks { 1 << 0 } else { 0 }
            | if self.thumb.is_some() { 1 << 2 } else { 0 }
            | if self.software.is_some() { 1 << 3 } else { 0 }
            | if self.emojis { 1 << 5 } else { 0 }
            | if self.text_color { 1 << 6 } else { 0 };
        fl_flags.serialize(buf);
        self.user_id.serialize(buf);
        self.title.serialize(buf);
        self.short_name.serialize(buf);
        if let Some(v) = &self.thumb {
            (*v).serialize(buf);
        }
        self.stickers.serialize(buf);
        if let Some(v) = &self.software {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateStickerSet {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_masks = fl_flags & (1 << 0) != 0;
        let f_emojis = fl_flags & (1 << 5) != 0;
        let f_text_color = fl_flags & (1 << 6) != 0;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_short_name = <mtrs_tl::TlString>::deserialize(r)?;
        let f_thumb = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        let f_stickers = <Vec<crate::enums::InputStickerSetItem>>::deserialize(r)?;
        let f_software = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { masks: f_masks, emojis: f_emojis, text_color: f_text_color, user_id: f_user_id, title: f_title, short_name: f_short_name, thumb: f_thumb, stickers: f_stickers, software: f_software })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("masks");
        self.masks.write_json(w);
        w.key("emojis");
        self.emojis.write_json(w);
        w.key("text_color");
        self.text_color.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("short_name");
        self.short_name.write_json(w);
        w.key("thumb");
        self.thumb.write_json(w);
        w.key("stickers");
        self.stickers.write_json(w);
        w.key("software");
        self.software.write_json(w);
        w.end_object();
    }
}

/// `stickers.removeStickerFromSet#f7760f51 sticker:InputDocument = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveStickerFromSet {
    /// `sticker:InputDocument`
    pub sticker: crate::enums::InputDocument,
}

impl Identifiable for RemoveStickerFromSet {
    const CONSTRUCTOR_ID: u32 = 0xf7760f51;
    const NAME: &'static str = "stickers.removeStickerFromSet";
}

impl Serialize for RemoveStickerFromSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.sticker.serialize(buf);
    }
}

impl RemoteCall for RemoveStickerFromSet {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RemoveStickerFromSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_sticker = <crate::enums::InputDocument>::deserialize(r)?;
        Ok(Self { sticker: f_sticker })
    }
}

#[cfg(feature = "json")]
impl ToJson for RemoveStickerFromSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sticker");
        self.sticker.write_json(w);
        w.end_object();
    }
}

/// `stickers.changeStickerPosition#ffb6d4ca sticker:InputDocument position:int = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeStickerPosition {
    /// `sticker:InputDocument`
    pub sticker: crate::enums::InputDocument,
    /// `position:int`
    pub position: i32,
}

impl Identifiable for ChangeStickerPosition {
    const CONSTRUCTOR_ID: u32 = 0xffb6d4ca;
    const NAME: &'static str = "stickers.changeStickerPosition";
}

impl Serialize for ChangeStickerPosition {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.sticker.serialize(buf);
        self.position.serialize(buf);
    }
}

impl RemoteCall for ChangeStickerPosition {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ChangeStickerPosition {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_sticker = <crate::enums::InputDocument>::deserialize(r)?;
        let f_position = <i32>::deserialize(r)?;
        Ok(Self { sticker: f_sticker, position: f_position })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChangeStickerPosition {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sticker");
        self.sticker.write_json(w);
        w.key("position");
        self.position.write_json(w);
        w.end_object();
    }
}

/// `stickers.addStickerToSet#8653febe stickerset:InputStickerSet sticker:InputStickerSetItem = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct AddStickerToSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
    /// `sticker:InputStickerSetItem`
    pub sticker: crate::enums::InputStickerSetItem,
}

impl Identifiable for AddStickerToSet {
    const CONSTRUCTOR_ID: u32 = 0x8653febe;
    const NAME: &'static str = "stickers.addStickerToSet";
}

impl Serialize for AddStickerToSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
        self.sticker.serialize(buf);
    }
}

impl RemoteCall for AddStickerToSet {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AddStickerToSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        let f_sticker = <crate::enums::InputStickerSetItem>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset, sticker: f_sticker })
    }
}

#[cfg(feature = "json")]
impl ToJson for AddStickerToSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.key("sticker");
        self.sticker.write_json(w);
        w.end_object();
    }
}

/// `stickers.setStickerSetThumb#a76a5392 flags:# stickerset:InputStickerSet thumb:flags.0?InputDocument thumb_document_id:flags.1?long = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct SetStickerSetThumb {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
    /// `thumb:flags.0?InputDocument`
    pub thumb: Option<crate::enums::InputDocument>,
    /// `thumb_document_id:flags.1?long`
    pub thumb_document_id: Option<i64>,
}

impl Identifiable for SetStickerSetThumb {
    const CONSTRUCTOR_ID: u32 = 0xa76a5392;
    const NAME: &'static str = "stickers.setStickerSetThumb";
}

impl Serialize for SetStickerSetThumb {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.thumb.is_some() { 1 << 0 } else { 0 }
            | if self.thumb_document_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.stickerset.serialize(buf);
        if let Some(v) = &self.thumb {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.thumb_document_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SetStickerSetThumb {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetStickerSetThumb {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        let f_thumb = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputDocument>::deserialize(r)?) } else { None };
        let f_thumb_document_id = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { stickerset: f_stickerset, thumb: f_thumb, thumb_document_id: f_thumb_document_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetStickerSetThumb {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.key("thumb");
        self.thumb.write_json(w);
        w.key("thumb_document_id");
        self.thumb_document_id.write_json(w);
        w.end_object();
    }
}

/// `stickers.checkShortName#284b3639 short_name:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckShortName {
    /// `short_name:string`
    pub short_name: mtrs_tl::TlString,
}

impl Identifiable for CheckShortName {
    const CONSTRUCTOR_ID: u32 = 0x284b3639;
    const NAME: &'static str = "stickers.checkShortName";
}

impl Serialize for CheckShortName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.short_name.serialize(buf);
    }
}

impl RemoteCall for CheckShortName {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckShortName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_short_name = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { short_name: f_short_name })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckShortName {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("short_name");
        self.short_name.write_json(w);
        w.end_object();
    }
}

/// `stickers.suggestShortName#4dafc503 title:string = stickers.SuggestedShortName`
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestShortName {
    /// `title:string`
    pub title: mtrs_tl::TlString,
}

impl Identifiable for SuggestShortName {
    const CONSTRUCTOR_ID: u32 = 0x4dafc503;
    const NAME: &'static str = "stickers.suggestShortName";
}

impl Serialize for SuggestShortName {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.title.serialize(buf);
    }
}

impl RemoteCall for SuggestShortName {
    type Return = crate::enums::stickers::SuggestedShortName;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SuggestShortName {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestShortName {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `stickers.changeSticker#f5537ebc flags:# sticker:InputDocument emoji:flags.0?string mask_coords:flags.1?MaskCoords keywords:flags.2?string = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeSticker {
    /// `sticker:InputDocument`
    pub sticker: crate::enums::InputDocument,
    /// `emoji:flags.0?string`
    pub emoji: Option<mtrs_tl::TlString>,
    /// `mask_coords:flags.1?MaskCoords`
    pub mask_coords: Option<crate::enums::MaskCoords>,
    /// `keywords:flags.2?string`
    pub keywords: Option<mtrs_tl::TlString>,
}

impl Identifiable for ChangeSticker {
    const CONSTRUCTOR_ID: u32 = 0xf5537ebc;
    const NAME: &'static str = "stickers.changeSticker";
}

impl Serialize for ChangeSticker {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.emoji.is_some() { 1 << 0 } else { 0 }
            | if self.mask_coords.is_some() { 1 << 1 } else { 0 }
            | if self.keywords.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.sticker.serialize(buf);
        if let Some(v) = &self.emoji {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.mask_coords {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.keywords {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ChangeSticker {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ChangeSticker {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_sticker = <crate::enums::InputDocument>::deserialize(r)?;
        let f_emoji = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_mask_coords = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::MaskCoords>::deserialize(r)?) } else { None };
        let f_keywords = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { sticker: f_sticker, emoji: f_emoji, mask_coords: f_mask_coords, keywords: f_keywords })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChangeSticker {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sticker");
        self.sticker.write_json(w);
        w.key("emoji");
        self.emoji.write_json(w);
        w.key("mask_coords");
        self.mask_coords.write_json(w);
        w.key("keywords");
        self.keywords.write_json(w);
        w.end_object();
    }
}

/// `stickers.renameStickerSet#124b1c00 stickerset:InputStickerSet title:string = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct RenameStickerSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
    /// `title:string`
    pub title: mtrs_tl::TlString,
}

impl Identifiable for RenameStickerSet {
    const CONSTRUCTOR_ID: u32 = 0x124b1c00;
    const NAME: &'static str = "stickers.renameStickerSet";
}

impl Serialize for RenameStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
        self.title.serialize(buf);
    }
}

impl RemoteCall for RenameStickerSet {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RenameStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset, title: f_title })
    }
}

#[cfg(feature = "json")]
impl ToJson for RenameStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.end_object();
    }
}

/// `stickers.deleteStickerSet#87704394 stickerset:InputStickerSet = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStickerSet {
    /// `stickerset:InputStickerSet`
    pub stickerset: crate::enums::InputStickerSet,
}

impl Identifiable for DeleteStickerSet {
    const CONSTRUCTOR_ID: u32 = 0x87704394;
    const NAME: &'static str = "stickers.deleteStickerSet";
}

impl Serialize for DeleteStickerSet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stickerset.serialize(buf);
    }
}

impl RemoteCall for DeleteStickerSet {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteStickerSet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stickerset = <crate::enums::InputStickerSet>::deserialize(r)?;
        Ok(Self { stickerset: f_stickerset })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteStickerSet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stickerset");
        self.stickerset.write_json(w);
        w.end_object();
    }
}

/// `stickers.replaceSticker#4696459a sticker:InputDocument new_sticker:InputStickerSetItem = messages.StickerSet`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceSticker {
    /// `sticker:InputDocument`
    pub sticker: crate::enums::InputDocument,
    /// `new_sticker:InputStickerSetItem`
    pub new_sticker: crate::enums::InputStickerSetItem,
}

impl Identifiable for ReplaceSticker {
    const CONSTRUCTOR_ID: u32 = 0x4696459a;
    const NAME: &'static str = "stickers.replaceSticker";
}

impl Serialize for ReplaceSticker {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.sticker.serialize(buf);
        self.new_sticker.serialize(buf);
    }
}

impl RemoteCall for ReplaceSticker {
    type Return = crate::enums::messages::StickerSet;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReplaceSticker {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_sticker = <crate::enums::InputDocument>::deserialize(r)?;
        let f_new_sticker = <crate::enums::InputStickerSetItem>::deserialize(r)?;
        Ok(Self { sticker: f_sticker, new_sticker: f_new_sticker })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReplaceSticker {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sticker");
        self.sticker.write_json(w);
        w.key("new_sticker");
        self.new_sticker.write_json(w);
        w.end_object();
    }
}
