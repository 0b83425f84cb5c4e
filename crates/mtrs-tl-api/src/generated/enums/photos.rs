// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `photos` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `photos.Photo`: `photos.photo`.
#[derive(Debug, Clone, PartialEq)]
pub enum Photo {
    /// `photos.photo#20212ca8`
    Photo(crate::types::photos::Photo),
}

impl Photo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Photo(_) => 0x20212ca8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Photo(_) => "photos.photo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x20212ca8 => Self::Photo(<crate::types::photos::Photo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "photos.Photo" }),
        })
    }
}

impl Serialize for Photo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Photo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Photo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Photo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Photo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::photos::Photo> for Photo {
    fn from(x: crate::types::photos::Photo) -> Self {
        Self::Photo(x)
    }
}

impl crate::peers::Peers for Photo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Photo(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `photos.Photos`: `photos.photos`, `photos.photosSlice`.
#[derive(Debug, Clone, PartialEq)]
pub enum Photos {
    /// `photos.photos#8dca6aa5`
    Photos(crate::types::photos::Photos),
    /// `photos.photosSlice#15051f54`
    PhotosSlice(crate::types::photos::PhotosSlice),
}

impl Photos {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Photos(_) => 0x8dca6aa5,
            Self::PhotosSlice(_) => 0x15051f54,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Photos(_) => "photos.photos",
            Self::PhotosSlice(_) => "photos.photosSlice",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x8dca6aa5 => Self::Photos(<crate::types::photos::Photos>::deserialize_bare(r)?),
            0x15051f54 => Self::PhotosSlice(<crate::types::photos::PhotosSlice>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "photos.Photos" }),
        })
    }
}

impl Serialize for Photos {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Photos(x) => x.serialize(buf),
            Self::PhotosSlice(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Photos {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Photos {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Photos(x) => x.write_json(w),
            Self::PhotosSlice(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::photos::Photos> for Photos {
    fn from(x: crate::types::photos::Photos) -> Self {
        Self::Photos(x)
    }
}

impl From<crate::types::photos::PhotosSlice> for Photos {
    fn from(x: crate::types::photos::PhotosSlice) -> Self {
        Self::PhotosSlice(x)
    }
}

impl crate::peers::Peers for Photos {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Photos(x) => crate::peers::Peers::collect_peers(x, found),
            Self::PhotosSlice(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
