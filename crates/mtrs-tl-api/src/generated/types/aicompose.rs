// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `aicompose` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `aicompose.tonesNotModified#c1f46103 = aicompose.Tones`
#[derive(Debug, Clone, PartialEq)]
pub struct TonesNotModified;

impl Identifiable for TonesNotModified {
    const CONSTRUCTOR_ID: u32 = 0xc1f46103;
    const NAME: &'static str = "aicompose.tonesNotModified";
}

impl Serialize for TonesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TonesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TonesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TonesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TonesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for TonesNotModified {}

/// `aicompose.tones#6c9d0efe hash:long tones:Vector<AiComposeTone> users:Vector<User> = aicompose.Tones`
#[derive(Debug, Clone, PartialEq)]
pub struct Tones {
    /// `hash:long`
    pub hash: i64,
    /// `tones:Vector<AiComposeTone>`
    pub tones: Vec<crate::enums::AiComposeTone>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Tones {
    const CONSTRUCTOR_ID: u32 = 0x6c9d0efe;
    const NAME: &'static str = "aicompose.tones";
}

impl Serialize for Tones {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Tones {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.tones.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Tones {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Tones {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_tones = <Vec<crate::enums::AiComposeTone>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { hash: f_hash, tones: f_tones, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Tones {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("tones");
        self.tones.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Tones {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
