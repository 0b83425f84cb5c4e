// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `users` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `users.getUsers#0d91a548 id:Vector<InputUser> = Vector<User>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUsers {
    /// `id:Vector<InputUser>`
    pub id: Vec<crate::enums::InputUser>,
}

impl Identifiable for GetUsers {
    const CONSTRUCTOR_ID: u32 = 0x0d91a548;
    const NAME: &'static str = "users.getUsers";
}

impl Serialize for GetUsers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetUsers {
    type Return = Vec<crate::enums::User>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUsers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUsers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `users.getFullUser#b60f5918 id:InputUser = users.UserFull`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFullUser {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
}

impl Identifiable for GetFullUser {
    const CONSTRUCTOR_ID: u32 = 0xb60f5918;
    const NAME: &'static str = "users.getFullUser";
}

impl Serialize for GetFullUser {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetFullUser {
    type Return = crate::enums::users::UserFull;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFullUser {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFullUser {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `users.setSecureValueErrors#90c894b5 id:InputUser errors:Vector<SecureValueError> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SetSecureValueErrors {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `errors:Vector<SecureValueError>`
    pub errors: Vec<crate::enums::SecureValueError>,
}

impl Identifiable for SetSecureValueErrors {
    const CONSTRUCTOR_ID: u32 = 0x90c894b5;
    const NAME: &'static str = "users.setSecureValueErrors";
}

impl Serialize for SetSecureValueErrors {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.errors.serialize(buf);
    }
}

impl RemoteCall for SetSecureValueErrors {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SetSecureValueErrors {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_errors = <Vec<crate::enums::SecureValueError>>::deserialize(r)?;
        Ok(Self { id: f_id, errors: f_errors })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetSecureValueErrors {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("errors");
        self.errors.write_json(w);
        w.end_object();
    }
}

/// `users.getRequirementsToContact#d89a83a3 id:Vector<InputUser> = Vector<RequirementToContact>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetRequirementsToContact {
    /// `id:Vector<InputUser>`
    pub id: Vec<crate::enums::InputUser>,
}

impl Identifiable for GetRequirementsToContact {
    const CONSTRUCTOR_ID: u32 = 0xd89a83a3;
    const NAME: &'static str = "users.getRequirementsToContact";
}

impl Serialize for GetRequirementsToContact {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetRequirementsToContact {
    type Return = Vec<crate::enums::RequirementToContact>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetRequirementsToContact {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetRequirementsToContact {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `users.getSavedMusic#788d7fe3 id:InputUser offset:int limit:int hash:long = users.SavedMusic`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedMusic {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetSavedMusic {
    const CONSTRUCTOR_ID: u32 = 0x788d7fe3;
    const NAME: &'static str = "users.getSavedMusic";
}

impl Serialize for GetSavedMusic {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetSavedMusic {
    type Return = crate::enums::users::SavedMusic;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedMusic {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { id: f_id, offset: f_offset, limit: f_limit, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedMusic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `users.getSavedMusicByID#7573a4e9 id:InputUser documents:Vector<InputDocument> = users.SavedMusic`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedMusicById {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `documents:Vector<InputDocument>`
    pub documents: Vec<crate::enums::InputDocument>,
}

impl Identifiable for GetSavedMusicById {
    const CONSTRUCTOR_ID: u32 = 0x7573a4e9;
    const NAME: &'static str = "users.getSavedMusicByID";
}

impl Serialize for GetSavedMusicById {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.documents.serialize(buf);
    }
}

impl RemoteCall for GetSavedMusicById {
    type Return = crate::enums::users::SavedMusic;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedMusicById {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_documents = <Vec<crate::enums::InputDocument>>::deserialize(r)?;
        Ok(Self { id: f_id, documents: f_documents })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedMusicById {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("documents");
        self.documents.write_json(w);
        w.end_object();
    }
}

/// `users.suggestBirthday#fc533372 id:InputUser birthday:Birthday = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestBirthday {
    /// `id:InputUser`
    pub id: crate::enums::InputUser,
    /// `birthday:Birthday`
    pub birthday: crate::enums::Birthday,
}

impl Identifiable for SuggestBirthday {
    const CONSTRUCTOR_ID: u32 = 0xfc533372;
    const NAME: &'static str = "users.suggestBirthday";
}

impl Serialize for SuggestBirthday {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
        self.birthday.serialize(buf);
    }
}

impl RemoteCall for SuggestBirthday {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SuggestBirthday {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_birthday = <crate::enums::Birthday>::deserialize(r)?;
        Ok(Self { id: f_id, birthday: f_birthday })
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestBirthday {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("birthday");
        self.birthday.write_json(w);
        w.end_object();
    }
}
