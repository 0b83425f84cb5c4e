// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `ephemeral` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `ephemeral.WelcomeMessages`: `ephemeral.welcomeMessagesNotModified`, `ephemeral.welcomeMessages`.
#[derive(Debug, Clone, PartialEq)]
pub enum WelcomeMessages {
    /// `ephemeral.welcomeMessagesNotModified#59ffdb31`
    WelcomeMessagesNotModified,
    /// `ephemeral.welcomeMessages#104fc872`
    WelcomeMessages(crate::types::ephemeral::WelcomeMessages),
}

impl WelcomeMessages {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WelcomeMessagesNotModified => 0x59ffdb31,
            Self::WelcomeMessages(_) => 0x104fc872,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WelcomeMessagesNotModified => "ephemeral.welcomeMessagesNotModified",
            Self::WelcomeMessages(_) => "ephemeral.welcomeMessages",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x59ffdb31 => Self::WelcomeMessagesNotModified,
            0x104fc872 => Self::WelcomeMessages(<crate::types::ephemeral::WelcomeMessages>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "ephemeral.WelcomeMessages" }),
        })
    }
}

impl Serialize for WelcomeMessages {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WelcomeMessagesNotModified => buf.extend_from_slice(&0x59ffdb31u32.to_le_bytes()),
            Self::WelcomeMessages(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WelcomeMessages {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WelcomeMessages {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WelcomeMessagesNotModified => {
                w.begin_object("ephemeral.welcomeMessagesNotModified");
                w.end_object();
            }
            Self::WelcomeMessages(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::ephemeral::WelcomeMessagesNotModified> for WelcomeMessages {
    fn from(_x: crate::types::ephemeral::WelcomeMessagesNotModified) -> Self {
        Self::WelcomeMessagesNotModified
    }
}

impl From<crate::types::ephemeral::WelcomeMessages> for WelcomeMessages {
    fn from(x: crate::types::ephemeral::WelcomeMessages) -> Self {
        Self::WelcomeMessages(x)
    }
}

impl crate::peers::Peers for WelcomeMessages {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::WelcomeMessages(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}
