// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `ephemeral` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `ephemeral.welcomeMessagesNotModified#59ffdb31 = ephemeral.WelcomeMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct WelcomeMessagesNotModified;

impl Identifiable for WelcomeMessagesNotModified {
    const CONSTRUCTOR_ID: u32 = 0x59ffdb31;
    const NAME: &'static str = "ephemeral.welcomeMessagesNotModified";
}

impl Serialize for WelcomeMessagesNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WelcomeMessagesNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for WelcomeMessagesNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WelcomeMessagesNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for WelcomeMessagesNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for WelcomeMessagesNotModified {}

/// `ephemeral.welcomeMessages#104fc872 hash:long messages:Vector<EphemeralMessage> = ephemeral.WelcomeMessages`
#[derive(Debug, Clone, PartialEq)]
pub struct WelcomeMessages {
    /// `hash:long`
    pub hash: i64,
    /// `messages:Vector<EphemeralMessage>`
    pub messages: Vec<crate::enums::EphemeralMessage>,
}

impl Identifiable for WelcomeMessages {
    const CONSTRUCTOR_ID: u32 = 0x104fc872;
    const NAME: &'static str = "ephemeral.welcomeMessages";
}

impl Serialize for WelcomeMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WelcomeMessages {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.messages.serialize(buf);
    }
}

impl Deserialize for WelcomeMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WelcomeMessages {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i64>::deserialize(r)?;
        let f_messages = <Vec<crate::enums::EphemeralMessage>>::deserialize(r)?;
        Ok(Self { hash: f_hash, messages: f_messages })
    }
}

#[cfg(feature = "json")]
impl ToJson for WelcomeMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("messages");
        self.messages.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WelcomeMessages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.messages, found);
    }
}
