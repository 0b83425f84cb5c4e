// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `contacts` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `contacts.Blocked`: `contacts.blocked`, `contacts.blockedSlice`.
#[derive(Debug, Clone, PartialEq)]
pub enum Blocked {
    /// `contacts.blocked#0ade1591`
    Blocked(crate::types::contacts::Blocked),
    /// `contacts.blockedSlice#e1664194`
    BlockedSlice(crate::types::contacts::BlockedSlice),
}

impl Blocked {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Blocked(_) => 0x0ade1591,
            Self::BlockedSlice(_) => 0xe1664194,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Blocked(_) => "contacts.blocked",
            Self::BlockedSlice(_) => "contacts.blockedSlice",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0ade1591 => Self::Blocked(<crate::types::contacts::Blocked>::deserialize_bare(r)?),
            0xe1664194 => Self::BlockedSlice(<crate::types::contacts::BlockedSlice>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.Blocked" }),
        })
    }
}

impl Serialize for Blocked {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Blocked(x) => x.serialize(buf),
            Self::BlockedSlice(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Blocked {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Blocked {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Blocked(x) => x.write_json(w),
            Self::BlockedSlice(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::Blocked> for Blocked {
    fn from(x: crate::types::contacts::Blocked) -> Self {
        Self::Blocked(x)
    }
}

impl From<crate::types::contacts::BlockedSlice> for Blocked {
    fn from(x: crate::types::contacts::BlockedSlice) -> Self {
        Self::BlockedSlice(x)
    }
}

impl crate::peers::Peers for Blocked {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Blocked(x) => crate::peers::Peers::collect_peers(x, found),
            Self::BlockedSlice(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `contacts.ContactBirthdays`: `contacts.contactBirthdays`.
#[derive(Debug, Clone, PartialEq)]
pub enum ContactBirthdays {
    /// `contacts.contactBirthdays#114ff30d`
    ContactBirthdays(crate::types::contacts::ContactBirthdays),
}

impl ContactBirthdays {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ContactBirthdays(_) => 0x114ff30d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ContactBirthdays(_) => "contacts.contactBirthdays",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x114ff30d => Self::ContactBirthdays(<crate::types::contacts::ContactBirthdays>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.ContactBirthdays" }),
        })
    }
}

impl Serialize for ContactBirthdays {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ContactBirthdays(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ContactBirthdays {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ContactBirthdays {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ContactBirthdays(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::ContactBirthdays> for ContactBirthdays {
    fn from(x: crate::types::contacts::ContactBirthdays) -> Self {
        Self::ContactBirthdays(x)
    }
}

impl crate::peers::Peers for ContactBirthdays {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ContactBirthdays(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `contacts.Contacts`: `contacts.contactsNotModified`, `contacts.contacts`.
#[derive(Debug, Clone, PartialEq)]
pub enum Contacts {
    /// `contacts.contactsNotModified#b74ba9d2`
    ContactsNotModified,
    /// `contacts.contacts#eae87e42`
    Contacts(crate::types::contacts::Contacts),
}

impl Contacts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ContactsNotModified => 0xb74ba9d2,
            Self::Contacts(_) => 0xeae87e42,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ContactsNotModified => "contacts.contactsNotModified",
            Self::Contacts(_) => "contacts.contacts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb74ba9d2 => Self::ContactsNotModified,
            0xeae87e42 => Self::Contacts(<crate::types::contacts::Contacts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.Contacts" }),
        })
    }
}

impl Serialize for Contacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ContactsNotModified => buf.extend_from_slice(&0xb74ba9d2u32.to_le_bytes()),
            Self::Contacts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Contacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Contacts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ContactsNotModified => {
                w.begin_object("contacts.contactsNotModified");
                w.end_object();
            }
            Self::Contacts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::ContactsNotModified> for Contacts {
    fn from(_x: crate::types::contacts::ContactsNotModified) -> Self {
        Self::ContactsNotModified
    }
}

impl From<crate::types::contacts::Contacts> for Contacts {
    fn from(x: crate::types::contacts::Contacts) -> Self {
        Self::Contacts(x)
    }
}

impl crate::peers::Peers for Contacts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Contacts(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `contacts.Found`: `contacts.found`.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// `contacts.found#b3134d9d`
    Found(crate::types::contacts::Found),
}

impl Found {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Found(_) => 0xb3134d9d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Found(_) => "contacts.found",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb3134d9d => Self::Found(<crate::types::contacts::Found>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.Found" }),
        })
    }
}

impl Serialize for Found {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Found(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Found {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Found {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Found(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::Found> for Found {
    fn from(x: crate::types::contacts::Found) -> Self {
        Self::Found(x)
    }
}

impl crate::peers::Peers for Found {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Found(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `contacts.ImportedContacts`: `contacts.importedContacts`.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportedContacts {
    /// `contacts.importedContacts#77d01c3b`
    ImportedContacts(crate::types::contacts::ImportedContacts),
}

impl ImportedContacts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ImportedContacts(_) => 0x77d01c3b,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ImportedContacts(_) => "contacts.importedContacts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x77d01c3b => Self::ImportedContacts(<crate::types::contacts::ImportedContacts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.ImportedContacts" }),
        })
    }
}

impl Serialize for ImportedContacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ImportedContacts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ImportedContacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportedContacts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ImportedContacts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::ImportedContacts> for ImportedContacts {
    fn from(x: crate::types::contacts::ImportedContacts) -> Self {
        Self::ImportedContacts(x)
    }
}

impl crate::peers::Peers for ImportedContacts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ImportedContacts(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `contacts.ResolvedPeer`: `contacts.resolvedPeer`.
#[derive(Debug, Clone, PartialEq)]
pub enum ResolvedPeer {
    /// `contacts.resolvedPeer#7f077ad9`
    ResolvedPeer(crate::types::contacts::ResolvedPeer),
}

impl ResolvedPeer {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ResolvedPeer(_) => 0x7f077ad9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ResolvedPeer(_) => "contacts.resolvedPeer",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7f077ad9 => Self::ResolvedPeer(<crate::types::contacts::ResolvedPeer>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.ResolvedPeer" }),
        })
    }
}

impl Serialize for ResolvedPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ResolvedPeer(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ResolvedPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolvedPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ResolvedPeer(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::ResolvedPeer> for ResolvedPeer {
    fn from(x: crate::types::contacts::ResolvedPeer) -> Self {
        Self::ResolvedPeer(x)
    }
}

impl crate::peers::Peers for ResolvedPeer {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ResolvedPeer(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `contacts.SponsoredPeers`: `contacts.sponsoredPeersEmpty`, `contacts.sponsoredPeers`.
#[derive(Debug, Clone, PartialEq)]
pub enum SponsoredPeers {
    /// `contacts.sponsoredPeersEmpty#ea32b4b1`
    SponsoredPeersEmpty,
    /// `contacts.sponsoredPeers#eb032884`
    SponsoredPeers(crate::types::contacts::SponsoredPeers),
}

impl SponsoredPeers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SponsoredPeersEmpty => 0xea32b4b1,
            Self::SponsoredPeers(_) => 0xeb032884,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SponsoredPeersEmpty => "contacts.sponsoredPeersEmpty",
            Self::SponsoredPeers(_) => "contacts.sponsoredPeers",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xea32b4b1 => Self::SponsoredPeersEmpty,
            0xeb032884 => Self::SponsoredPeers(<crate::types::contacts::SponsoredPeers>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.SponsoredPeers" }),
        })
    }
}

impl Serialize for SponsoredPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SponsoredPeersEmpty => buf.extend_from_slice(&0xea32b4b1u32.to_le_bytes()),
            Self::SponsoredPeers(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SponsoredPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SponsoredPeersEmpty => {
                w.begin_object("contacts.sponsoredPeersEmpty");
                w.end_object();
            }
            Self::SponsoredPeers(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::contacts::SponsoredPeersEmpty> for SponsoredPeers {
    fn from(_x: crate::types::contacts::SponsoredPeersEmpty) -> Self {
        Self::SponsoredPeersEmpty
    }
}

impl From<crate::types::contacts::SponsoredPeers> for SponsoredPeers {
    fn from(x: crate::types::contacts::SponsoredPeers) -> Self {
        Self::SponsoredPeers(x)
    }
}

impl crate::peers::Peers for SponsoredPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SponsoredPeers(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `contacts.TopPeers`: `contacts.topPeersNotModified`, `contacts.topPeers`, `contacts.topPeersDisabled`.
#[derive(Debug, Clone, PartialEq)]
pub enum TopPeers {
    /// `contacts.topPeersNotModified#de266ef5`
    TopPeersNotModified,
    /// `contacts.topPeers#70b772a8`
    TopPeers(crate::types::contacts::TopPeers),
    /// `contacts.topPeersDisabled#b52c939d`
    TopPeersDisabled,
}

impl TopPeers {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TopPeersNotModified => 0xde266ef5,
            Self::TopPeers(_) => 0x70b772a8,
            Self::TopPeersDisabled => 0xb52c939d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TopPeersNotModified => "contacts.topPeersNotModified",
            Self::TopPeers(_) => "contacts.topPeers",
            Self::TopPeersDisabled => "contacts.topPeersDisabled",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xde266ef5 => Self::TopPeersNotModified,
            0x70b772a8 => Self::TopPeers(<crate::types::contacts::TopPeers>::deserialize_bare(r)?),
            0xb52c939d => Self::TopPeersDisabled,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "contacts.TopPeers" }),
        })
    }
}

impl Serialize for TopPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TopPeersNotModified => buf.extend_from_slice(&0xde266ef5u32.to_le_bytes()),
            Self::TopPeers(x) => x.serialize(buf),
            Self::TopPeersDisabled => buf.extend_from_slice(&0xb52c939du32.to_le_bytes()),
        }
    }
}

impl Deserialize for TopPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TopPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TopPeersNotModified => {
                w.begin_object("contacts.topPeersNotModified");
                w.end_object();
            }
            Self::TopPeers(x) => x.write_json(w),
            Self::TopPeersDisabled => {
                w.begin_object("contacts.topPeersDisabled");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::contacts::TopPeersNotModified> for TopPeers {
    fn from(_x: crate::types::contacts::TopPeersNotModified) -> Self {
        Self::TopPeersNotModified
    }
}

impl From<crate::types::contacts::TopPeers> for TopPeers {
    fn from(x: crate::types::contacts::TopPeers) -> Self {
        Self::TopPeers(x)
    }
}

impl From<crate::types::contacts::TopPeersDisabled> for TopPeers {
    fn from(_x: crate::types::contacts::TopPeersDisabled) -> Self {
        Self::TopPeersDisabled
    }
}

impl crate::peers::Peers for TopPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::TopPeers(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}
