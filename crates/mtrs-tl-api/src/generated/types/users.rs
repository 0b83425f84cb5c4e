// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `users` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `users.userFull#3b6d152e full_user:UserFull chats:Vector<Chat> users:Vector<User> = users.UserFull`
#[derive(Debug, Clone, PartialEq)]
pub struct UserFull {
    /// `full_user:UserFull`
    pub full_user: crate::enums::UserFull,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for UserFull {
    const CONSTRUCTOR_ID: u32 = 0x3b6d152e;
    const NAME: &'static str = "users.userFull";
}

impl Serialize for UserFull {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UserFull {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.full_user.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for UserFull {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UserFull {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_full_user = <crate::enums::UserFull>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { full_user: f_full_user, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for UserFull {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("full_user");
        self.full_user.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UserFull {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.full_user, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `users.users#62d706b8 users:Vector<User> = users.Users`
#[derive(Debug, Clone, PartialEq)]
pub struct Users {
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Users {
    const CONSTRUCTOR_ID: u32 = 0x62d706b8;
    const NAME: &'static str = "users.users";
}

impl Serialize for Users {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Users {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.users.serialize(buf);
    }
}

impl Deserialize for Users {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Users {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Users {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Users {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `users.usersSlice#315a4974 count:int users:Vector<User> = users.Users`
#[derive(Debug, Clone, PartialEq)]
pub struct UsersSlice {
    /// `count:int`
    pub count: i32,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for UsersSlice {
    const CONSTRUCTOR_ID: u32 = 0x315a4974;
    const NAME: &'static str = "users.usersSlice";
}

impl Serialize for UsersSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UsersSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for UsersSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UsersSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for UsersSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UsersSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `users.savedMusicNotModified#e3878aa4 count:int = users.SavedMusic`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedMusicNotModified {
    /// `count:int`
    pub count: i32,
}

impl Identifiable for SavedMusicNotModified {
    const CONSTRUCTOR_ID: u32 = 0xe3878aa4;
    const NAME: &'static str = "users.savedMusicNotModified";
}

impl Serialize for SavedMusicNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedMusicNotModified {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
    }
}

impl Deserialize for SavedMusicNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedMusicNotModified {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        Ok(Self { count: f_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusicNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedMusicNotModified {}

/// `users.savedMusic#34a2f297 count:int documents:Vector<Document> = users.SavedMusic`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedMusic {
    /// `count:int`
    pub count: i32,
    /// `documents:Vector<Document>`
    pub documents: Vec<crate::enums::Document>,
}

impl Identifiable for SavedMusic {
    const CONSTRUCTOR_ID: u32 = 0x34a2f297;
    const NAME: &'static str = "users.savedMusic";
}

impl Serialize for SavedMusic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedMusic {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.documents.serialize(buf);
    }
}

impl Deserialize for SavedMusic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedMusic {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_documents = <Vec<crate::enums::Document>>::deserialize(r)?;
        Ok(Self { count: f_count, documents: f_documents })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("documents");
        self.documents.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedMusic {}
