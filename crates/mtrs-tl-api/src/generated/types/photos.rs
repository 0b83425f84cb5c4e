// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `photos` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `photos.photos#8dca6aa5 photos:Vector<Photo> users:Vector<User> = photos.Photos`
#[derive(Debug, Clone, PartialEq)]
pub struct Photos {
    /// `photos:Vector<Photo>`
    pub photos: Vec<crate::enums::Photo>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Photos {
    const CONSTRUCTOR_ID: u32 = 0x8dca6aa5;
    const NAME: &'static str = "photos.photos";
}

impl Serialize for Photos {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Photos {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.photos.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Photos {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Photos {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_photos = <Vec<crate::enums::Photo>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { photos: f_photos, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Photos {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("photos");
        self.photos.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Photos {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `photos.photosSlice#15051f54 count:int photos:Vector<Photo> users:Vector<User> = photos.Photos`
#[derive(Debug, Clone, PartialEq)]
pub struct PhotosSlice {
    /// `count:int`
    pub count: i32,
    /// `photos:Vector<Photo>`
    pub photos: Vec<crate::enums::Photo>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PhotosSlice {
    const CONSTRUCTOR_ID: u32 = 0x15051f54;
    const NAME: &'static str = "photos.photosSlice";
}

impl Serialize for PhotosSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PhotosSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.photos.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PhotosSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PhotosSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_photos = <Vec<crate::enums::Photo>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, photos: f_photos, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PhotosSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("photos");
        self.photos.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PhotosSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `photos.photo#20212ca8 photo:Photo users:Vector<User> = photos.Photo`
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// `photo:Photo`
    pub photo: crate::enums::Photo,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Photo {
    const CONSTRUCTOR_ID: u32 = 0x20212ca8;
    const NAME: &'static str = "photos.photo";
}

impl Serialize for Photo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Photo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.photo.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Photo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Photo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_photo = <crate::enums::Photo>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { photo: f_photo, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Photo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("photo");
        self.photo.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Photo {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
