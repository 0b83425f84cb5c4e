// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `users` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `users.SavedMusic`: `users.savedMusicNotModified`, `users.savedMusic`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedMusic {
    /// `users.savedMusicNotModified#e3878aa4`
    SavedMusicNotModified(crate::types::users::SavedMusicNotModified),
    /// `users.savedMusic#34a2f297`
    SavedMusic(crate::types::users::SavedMusic),
}

impl SavedMusic {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedMusicNotModified(_) => 0xe3878aa4,
            Self::SavedMusic(_) => 0x34a2f297,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedMusicNotModified(_) => "users.savedMusicNotModified",
            Self::SavedMusic(_) => "users.savedMusic",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe3878aa4 => Self::SavedMusicNotModified(<crate::types::users::SavedMusicNotModified>::deserialize_bare(r)?),
            0x34a2f297 => Self::SavedMusic(<crate::types::users::SavedMusic>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "users.SavedMusic" }),
        })
    }
}

impl Serialize for SavedMusic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedMusicNotModified(x) => x.serialize(buf),
            Self::SavedMusic(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedMusic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedMusic {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedMusicNotModified(x) => x.write_json(w),
            Self::SavedMusic(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::users::SavedMusicNotModified> for SavedMusic {
    fn from(x: crate::types::users::SavedMusicNotModified) -> Self {
        Self::SavedMusicNotModified(x)
    }
}

impl From<crate::types::users::SavedMusic> for SavedMusic {
    fn from(x: crate::types::users::SavedMusic) -> Self {
        Self::SavedMusic(x)
    }
}

impl crate::peers::Peers for SavedMusic {}

/// The boxed type `users.UserFull`: `users.userFull`.
#[derive(Debug, Clone, PartialEq)]
pub enum UserFull {
    /// `users.userFull#3b6d152e`
    UserFull(crate::types::users::UserFull),
}

impl UserFull {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::UserFull(_) => 0x3b6d152e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::UserFull(_) => "users.userFull",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3b6d152e => Self::UserFull(<crate::types::users::UserFull>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "users.UserFull" }),
        })
    }
}

impl Serialize for UserFull {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::UserFull(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for UserFull {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for UserFull {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::UserFull(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::users::UserFull> for UserFull {
    fn from(x: crate::types::users::UserFull) -> Self {
        Self::UserFull(x)
    }
}

impl crate::peers::Peers for UserFull {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::UserFull(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `users.Users`: `users.users`, `users.usersSlice`.
#[derive(Debug, Clone, PartialEq)]
pub enum Users {
    /// `users.users#62d706b8`
    Users(crate::types::users::Users),
    /// `users.usersSlice#315a4974`
    UsersSlice(crate::types::users::UsersSlice),
}

impl Users {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Users(_) => 0x62d706b8,
            Self::UsersSlice(_) => 0x315a4974,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Users(_) => "users.users",
            Self::UsersSlice(_) => "users.usersSlice",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x62d706b8 => Self::Users(<crate::types::users::Users>::deserialize_bare(r)?),
            0x315a4974 => Self::UsersSlice(<crate::types::users::UsersSlice>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "users.Users" }),
        })
    }
}

impl Serialize for Users {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Users(x) => x.serialize(buf),
            Self::UsersSlice(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Users {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Users {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Users(x) => x.write_json(w),
            Self::UsersSlice(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::users::Users> for Users {
    fn from(x: crate::types::users::Users) -> Self {
        Self::Users(x)
    }
}

impl From<crate::types::users::UsersSlice> for Users {
    fn from(x: crate::types::users::UsersSlice) -> Self {
        Self::UsersSlice(x)
    }
}

impl crate::peers::Peers for Users {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Users(x) => crate::peers::Peers::collect_peers(x, found),
            Self::UsersSlice(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
