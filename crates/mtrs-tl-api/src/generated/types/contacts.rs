// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `contacts` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `contacts.contactsNotModified#b74ba9d2 = contacts.Contacts`
#[derive(Debug, Clone, PartialEq)]
pub struct ContactsNotModified;

impl Identifiable for ContactsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xb74ba9d2;
    const NAME: &'static str = "contacts.contactsNotModified";
}

impl Serialize for ContactsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ContactsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for ContactsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ContactsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for ContactsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for ContactsNotModified {}

/// `contacts.contacts#eae87e42 contacts:Vector<Contact> saved_count:int users:Vector<User> = contacts.Contacts`
#[derive(Debug, Clone, PartialEq)]
pub struct Contacts {
    /// `contacts:Vector<Contact>`
    pub contacts: Vec<crate::enums::Contact>,
    /// `saved_count:int`
    pub saved_count: i32,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Contacts {
    const CONSTRUCTOR_ID: u32 = 0xeae87e42;
    const NAME: &'static str = "contacts.contacts";
}

impl Serialize for Contacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Contacts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.contacts.serialize(buf);
        self.saved_count.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Contacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Contacts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_contacts = <Vec<crate::enums::Contact>>::deserialize(r)?;
        let f_saved_count = <i32>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { contacts: f_contacts, saved_count: f_saved_count, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Contacts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("contacts");
        self.contacts.write_json(w);
        w.key("saved_count");
        self.saved_count.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Contacts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.importedContacts#77d01c3b imported:Vector<ImportedContact> popular_invites:Vector<PopularContact> retry_contacts:Vector<long> users:Vector<User> = contacts.ImportedContacts`
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedContacts {
    /// `imported:Vector<ImportedContact>`
    pub imported: Vec<crate::enums::ImportedContact>,
    /// `popular_invites:Vector<PopularContact>`
    pub popular_invites: Vec<crate::enums::PopularContact>,
    /// `retry_contacts:Vector<long>`
    pub retry_contacts: Vec<i64>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ImportedContacts {
    const CONSTRUCTOR_ID: u32 = 0x77d01c3b;
    const NAME: &'static str = "contacts.importedContacts";
}

impl Serialize for ImportedContacts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ImportedContacts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.imported.serialize(buf);
        self.popular_invites.serialize(buf);
        self.retry_contacts.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ImportedContacts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ImportedContacts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_imported = <Vec<crate::enums::ImportedContact>>::deserialize(r)?;
        let f_popular_invites = <Vec<crate::enums::PopularContact>>::deserialize(r)?;
        let f_retry_contacts = <Vec<i64>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { imported: f_imported, popular_invites: f_popular_invites, retry_contacts: f_retry_contacts, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ImportedContacts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("imported");
        self.imported.write_json(w);
        w.key("popular_invites");
        self.popular_invites.write_json(w);
        w.key("retry_contacts");
        self.retry_contacts.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ImportedContacts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.blocked#0ade1591 blocked:Vector<PeerBlocked> chats:Vector<Chat> users:Vector<User> = contacts.Blocked`
#[derive(Debug, Clone, PartialEq)]
pub struct Blocked {
    /// `blocked:Vector<PeerBlocked>`
    pub blocked: Vec<crate::enums::PeerBlocked>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Blocked {
    const CONSTRUCTOR_ID: u32 = 0x0ade1591;
    const NAME: &'static str = "contacts.blocked";
}

impl Serialize for Blocked {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Blocked {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.blocked.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Blocked {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Blocked {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_blocked = <Vec<crate::enums::PeerBlocked>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { blocked: f_blocked, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Blocked {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("blocked");
        self.blocked.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Blocked {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.blockedSlice#e1664194 count:int blocked:Vector<PeerBlocked> chats:Vector<Chat> users:Vector<User> = contacts.Blocked`
#[derive(Debug, Clone, PartialEq)]
pub struct BlockedSlice {
    /// `count:int`
    pub count: i32,
    /// `blocked:Vector<PeerBlocked>`
    pub blocked: Vec<crate::enums::PeerBlocked>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for BlockedSlice {
    const CONSTRUCTOR_ID: u32 = 0xe1664194;
    const NAME: &'static str = "contacts.blockedSlice";
}

impl Serialize for BlockedSlice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BlockedSlice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.blocked.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for BlockedSlice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BlockedSlice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_blocked = <Vec<crate::enums::PeerBlocked>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, blocked: f_blocked, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for BlockedSlice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("blocked");
        self.blocked.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BlockedSlice {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.found#b3134d9d my_results:Vector<Peer> results:Vector<Peer> chats:Vector<Chat> users:Vector<User> = contacts.Found`
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// `my_results:Vector<Peer>`
    pub my_results: Vec<crate::enums::Peer>,
    /// `results:Vector<Peer>`
    pub results: Vec<crate::enums::Peer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Found {
    const CONSTRUCTOR_ID: u32 = 0xb3134d9d;
    const NAME: &'static str = "contacts.found";
}

impl Serialize for Found {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Found {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.my_results.serialize(buf);
        self.results.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Found {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Found {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_my_results = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_results = <Vec<crate::enums::Peer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { my_results: f_my_results, results: f_results, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Found {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("my_results");
        self.my_results.write_json(w);
        w.key("results");
        self.results.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Found {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.resolvedPeer#7f077ad9 peer:Peer chats:Vector<Chat> users:Vector<User> = contacts.ResolvedPeer`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedPeer {
    /// `peer:Peer`
    pub peer: crate::enums::Peer,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ResolvedPeer {
    const CONSTRUCTOR_ID: u32 = 0x7f077ad9;
    const NAME: &'static str = "contacts.resolvedPeer";
}

impl Serialize for ResolvedPeer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResolvedPeer {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.peer.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ResolvedPeer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResolvedPeer {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_peer = <crate::enums::Peer>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { peer: f_peer, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolvedPeer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ResolvedPeer {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.topPeersNotModified#de266ef5 = contacts.TopPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct TopPeersNotModified;

impl Identifiable for TopPeersNotModified {
    const CONSTRUCTOR_ID: u32 = 0xde266ef5;
    const NAME: &'static str = "contacts.topPeersNotModified";
}

impl Serialize for TopPeersNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TopPeersNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TopPeersNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TopPeersNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TopPeersNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for TopPeersNotModified {}

/// `contacts.topPeers#70b772a8 categories:Vector<TopPeerCategoryPeers> chats:Vector<Chat> users:Vector<User> = contacts.TopPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct TopPeers {
    /// `categories:Vector<TopPeerCategoryPeers>`
    pub categories: Vec<crate::enums::TopPeerCategoryPeers>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for TopPeers {
    const CONSTRUCTOR_ID: u32 = 0x70b772a8;
    const NAME: &'static str = "contacts.topPeers";
}

impl Serialize for TopPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TopPeers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.categories.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for TopPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TopPeers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_categories = <Vec<crate::enums::TopPeerCategoryPeers>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { categories: f_categories, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for TopPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("categories");
        self.categories.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TopPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.topPeersDisabled#b52c939d = contacts.TopPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct TopPeersDisabled;

impl Identifiable for TopPeersDisabled {
    const CONSTRUCTOR_ID: u32 = 0xb52c939d;
    const NAME: &'static str = "contacts.topPeersDisabled";
}

impl Serialize for TopPeersDisabled {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TopPeersDisabled {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TopPeersDisabled {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TopPeersDisabled {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TopPeersDisabled {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for TopPeersDisabled {}

/// `contacts.contactBirthdays#114ff30d contacts:Vector<ContactBirthday> users:Vector<User> = contacts.ContactBirthdays`
#[derive(Debug, Clone, PartialEq)]
pub struct ContactBirthdays {
    /// `contacts:Vector<ContactBirthday>`
    pub contacts: Vec<crate::enums::ContactBirthday>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ContactBirthdays {
    const CONSTRUCTOR_ID: u32 = 0x114ff30d;
    const NAME: &'static str = "contacts.contactBirthdays";
}

impl Serialize for ContactBirthdays {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ContactBirthdays {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.contacts.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ContactBirthdays {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ContactBirthdays {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_contacts = <Vec<crate::enums::ContactBirthday>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { contacts: f_contacts, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ContactBirthdays {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("contacts");
        self.contacts.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ContactBirthdays {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `contacts.sponsoredPeersEmpty#ea32b4b1 = contacts.SponsoredPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredPeersEmpty;

impl Identifiable for SponsoredPeersEmpty {
    const CONSTRUCTOR_ID: u32 = 0xea32b4b1;
    const NAME: &'static str = "contacts.sponsoredPeersEmpty";
}

impl Serialize for SponsoredPeersEmpty {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredPeersEmpty {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for SponsoredPeersEmpty {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredPeersEmpty {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredPeersEmpty {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredPeersEmpty {}

/// `contacts.sponsoredPeers#eb032884 peers:Vector<SponsoredPeer> chats:Vector<Chat> users:Vector<User> = contacts.SponsoredPeers`
#[derive(Debug, Clone, PartialEq)]
pub struct SponsoredPeers {
    /// `peers:Vector<SponsoredPeer>`
    pub peers: Vec<crate::enums::SponsoredPeer>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SponsoredPeers {
    const CONSTRUCTOR_ID: u32 = 0xeb032884;
    const NAME: &'static str = "contacts.sponsoredPeers";
}

impl Serialize for SponsoredPeers {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SponsoredPeers {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.peers.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SponsoredPeers {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SponsoredPeers {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_peers = <Vec<crate::enums::SponsoredPeer>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { peers: f_peers, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SponsoredPeers {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peers");
        self.peers.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SponsoredPeers {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}
