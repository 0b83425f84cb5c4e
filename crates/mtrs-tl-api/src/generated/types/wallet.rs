// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `wallet` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `wallet.userAddresses#928e7b55 addresses:Vector<WalletUserAddress> users:Vector<User> = wallet.UserAddresses`
#[derive(Debug, Clone, PartialEq)]
pub struct UserAddresses {
    /// `addresses:Vector<WalletUserAddress>`
    pub addresses: Vec<crate::enums::WalletUserAddress>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for UserAddresses {
    const CONSTRUCTOR_ID: u32 = 0x928e7b55;
    const NAME: &'static str = "wallet.userAddresses";
}

impl Serialize for UserAddresses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UserAddresses {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.addresses.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for UserAddresses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UserAddresses {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_addresses = <Vec<crate::enums::WalletUserAddress>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { addresses: f_addresses, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for UserAddresses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("addresses");
        self.addresses.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UserAddresses {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `wallet.transactions#4322d5a5 flags:# balance:long transactions:Vector<WalletTransaction> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = wallet.Transactions`
#[derive(Debug, Clone, PartialEq)]
pub struct Transactions {
    /// `balance:long`
    pub balance: i64,
    /// `transactions:Vector<WalletTransaction>`
    pub transactions: Vec<crate::enums::WalletTransaction>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for Transactions {
    const CONSTRUCTOR_ID: u32 = 0x4322d5a5;
    const NAME: &'static str = "wallet.transactions";
}

impl Serialize for Transactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Transactions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.balance.serialize(buf);
        self.transactions.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for Transactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Transactions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_balance = <i64>::deserialize(r)?;
        let f_transactions = <Vec<crate::enums::WalletTransaction>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { balance: f_balance, transactions: f_transactions, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for Transactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("balance");
        self.balance.write_json(w);
        w.key("transactions");
        self.transactions.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for Transactions {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `wallet.secretPhraseParts#e6d0ef01 token:string dcs:Vector<int> = wallet.SecretPhraseParts`
#[derive(Debug, Clone, PartialEq)]
pub struct SecretPhraseParts {
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `dcs:Vector<int>`
    pub dcs: Vec<i32>,
}

impl Identifiable for SecretPhraseParts {
    const CONSTRUCTOR_ID: u32 = 0xe6d0ef01;
    const NAME: &'static str = "wallet.secretPhraseParts";
}

impl Serialize for SecretPhraseParts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SecretPhraseParts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.token.serialize(buf);
        self.dcs.serialize(buf);
    }
}

impl Deserialize for SecretPhraseParts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SecretPhraseParts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_dcs = <Vec<i32>>::deserialize(r)?;
        Ok(Self { token: f_token, dcs: f_dcs })
    }
}

#[cfg(feature = "json")]
impl ToJson for SecretPhraseParts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.key("dcs");
        self.dcs.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SecretPhraseParts {}

/// `wallet.encryptedSecretPhrasePart#18e82537 data:bytes = wallet.EncryptedSecretPhrasePart`
#[derive(Debug, Clone, PartialEq)]
pub struct EncryptedSecretPhrasePart {
    /// `data:bytes`
    pub data: Vec<u8>,
}

impl Identifiable for EncryptedSecretPhrasePart {
    const CONSTRUCTOR_ID: u32 = 0x18e82537;
    const NAME: &'static str = "wallet.encryptedSecretPhrasePart";
}

impl Serialize for EncryptedSecretPhrasePart {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for EncryptedSecretPhrasePart {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.data.serialize(buf);
    }
}

impl Deserialize for EncryptedSecretPhrasePart {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for EncryptedSecretPhrasePart {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for EncryptedSecretPhrasePart {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for EncryptedSecretPhrasePart {}

/// `wallet.holderDc#f9d612ef dc:int public_key:bytes = wallet.HolderDc`
#[derive(Debug, Clone, PartialEq)]
pub struct HolderDc {
    /// `dc:int`
    pub dc: i32,
    /// `public_key:bytes`
    pub public_key: Vec<u8>,
}

impl Identifiable for HolderDc {
    const CONSTRUCTOR_ID: u32 = 0xf9d612ef;
    const NAME: &'static str = "wallet.holderDc";
}

impl Serialize for HolderDc {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for HolderDc {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dc.serialize(buf);
        self.public_key.serialize(buf);
    }
}

impl Deserialize for HolderDc {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for HolderDc {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dc = <i32>::deserialize(r)?;
        let f_public_key = <Vec<u8>>::deserialize(r)?;
        Ok(Self { dc: f_dc, public_key: f_public_key })
    }
}

#[cfg(feature = "json")]
impl ToJson for HolderDc {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dc");
        self.dc.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for HolderDc {}

/// `wallet.proofChallenge#99e41707 payload:string expires:int domain:string = wallet.ProofChallenge`
#[derive(Debug, Clone, PartialEq)]
pub struct ProofChallenge {
    /// `payload:string`
    pub payload: mtrs_tl::TlString,
    /// `expires:int`
    pub expires: i32,
    /// `domain:string`
    pub domain: mtrs_tl::TlString,
}

impl Identifiable for ProofChallenge {
    const CONSTRUCTOR_ID: u32 = 0x99e41707;
    const NAME: &'static str = "wallet.proofChallenge";
}

impl Serialize for ProofChallenge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ProofChallenge {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.payload.serialize(buf);
        self.expires.serialize(buf);
        self.domain.serialize(buf);
    }
}

impl Deserialize for ProofChallenge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ProofChallenge {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_payload = <mtrs_tl::TlString>::deserialize(r)?;
        let f_expires = <i32>::deserialize(r)?;
        let f_domain = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { payload: f_payload, expires: f_expires, domain: f_domain })
    }
}

#[cfg(feature = "json")]
impl ToJson for ProofChallenge {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("payload");
        self.payload.write_json(w);
        w.key("expires");
        self.expires.write_json(w);
        w.key("domain");
        self.domain.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ProofChallenge {}

/// `wallet.tonConnectChallenge#4bc89693 challenge:bytes event_id:long = wallet.TonConnectChallenge`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectChallenge {
    /// `challenge:bytes`
    pub challenge: Vec<u8>,
    /// `event_id:long`
    pub event_id: i64,
}

impl Identifiable for TonConnectChallenge {
    const CONSTRUCTOR_ID: u32 = 0x4bc89693;
    const NAME: &'static str = "wallet.tonConnectChallenge";
}

impl Serialize for TonConnectChallenge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TonConnectChallenge {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.challenge.serialize(buf);
        self.event_id.serialize(buf);
    }
}

impl Deserialize for TonConnectChallenge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TonConnectChallenge {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_challenge = <Vec<u8>>::deserialize(r)?;
        let f_event_id = <i64>::deserialize(r)?;
        Ok(Self { challenge: f_challenge, event_id: f_event_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectChallenge {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("challenge");
        self.challenge.write_json(w);
        w.key("event_id");
        self.event_id.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TonConnectChallenge {}

/// `wallet.tonConnectPending#85c0f124 session:TonConnectSession requests:Vector<TonConnectRequest> = wallet.TonConnectPending`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectPending {
    /// `session:TonConnectSession`
    pub session: crate::enums::TonConnectSession,
    /// `requests:Vector<TonConnectRequest>`
    pub requests: Vec<crate::enums::TonConnectRequest>,
}

impl Identifiable for TonConnectPending {
    const CONSTRUCTOR_ID: u32 = 0x85c0f124;
    const NAME: &'static str = "wallet.tonConnectPending";
}

impl Serialize for TonConnectPending {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TonConnectPending {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.session.serialize(buf);
        self.requests.serialize(buf);
    }
}

impl Deserialize for TonConnectPending {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TonConnectPending {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_session = <crate::enums::TonConnectSession>::deserialize(r)?;
        let f_requests = <Vec<crate::enums::TonConnectRequest>>::deserialize(r)?;
        Ok(Self { session: f_session, requests: f_requests })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectPending {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session");
        self.session.write_json(w);
        w.key("requests");
        self.requests.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TonConnectPending {}

/// `wallet.tonConnectSessions#0e1f6896 sessions:Vector<TonConnectSession> = wallet.TonConnectSessions`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectSessions {
    /// `sessions:Vector<TonConnectSession>`
    pub sessions: Vec<crate::enums::TonConnectSession>,
}

impl Identifiable for TonConnectSessions {
    const CONSTRUCTOR_ID: u32 = 0x0e1f6896;
    const NAME: &'static str = "wallet.tonConnectSessions";
}

impl Serialize for TonConnectSessions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TonConnectSessions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.sessions.serialize(buf);
    }
}

impl Deserialize for TonConnectSessions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TonConnectSessions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_sessions = <Vec<crate::enums::TonConnectSession>>::deserialize(r)?;
        Ok(Self { sessions: f_sessions })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectSessions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sessions");
        self.sessions.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for TonConnectSessions {}

/// `wallet.existingBalance#bde90a8d flags:# has_balance:flags.0?true url:string = wallet.ExistingBalance`
#[derive(Debug, Clone, PartialEq)]
pub struct ExistingBalance {
    /// `has_balance:flags.0?true`
    pub has_balance: bool,
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for ExistingBalance {
    const CONSTRUCTOR_ID: u32 = 0xbde90a8d;
    const NAME: &'static str = "wallet.existingBalance";
}

impl Serialize for ExistingBalance {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExistingBalance {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.has_balance { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.url.serialize(buf);
    }
}

impl Deserialize for ExistingBalance {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExistingBalance {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_has_balance = fl_flags & (1 << 0) != 0;
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { has_balance: f_has_balance, url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExistingBalance {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("has_balance");
        self.has_balance.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExistingBalance {}

/// `wallet.nftAttribute#4c1ef10e trait_type:string value:string = wallet.NftAttribute`
#[derive(Debug, Clone, PartialEq)]
pub struct NftAttribute {
    /// `trait_type:string`
    pub trait_type: mtrs_tl::TlString,
    /// `value:string`
    pub value: mtrs_tl::TlString,
}

impl Identifiable for NftAttribute {
    const CONSTRUCTOR_ID: u32 = 0x4c1ef10e;
    const NAME: &'static str = "wallet.nftAttribute";
}

impl Serialize for NftAttribute {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for NftAttribute {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.trait_type.serialize(buf);
        self.value.serialize(buf);
    }
}

impl Deserialize for NftAttribute {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for NftAttribute {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_trait_type = <mtrs_tl::TlString>::deserialize(r)?;
        let f_value = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { trait_type: f_trait_type, value: f_value })
    }
}

#[cfg(feature = "json")]
impl ToJson for NftAttribute {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("trait_type");
        self.trait_type.write_json(w);
        w.key("value");
        self.value.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for NftAttribute {}

/// `wallet.nftItem#3441fd1c flags:# collection_address:flags.0?string address:string owner_address:string index:string name:flags.1?string description:flags.2?string image:flags.3?WebDocument image_small:flags.4?WebDocument content_url:flags.5?WebDocument lottie:flags.6?WebDocument attributes:flags.7?Vector<wallet.NftAttribute> extra:flags.8?DataJSON = wallet.NftItem`
#[derive(Debug, Clone, PartialEq)]
pub struct NftItem {
    /// `collection_address:flags.0?string`
    pub collection_address: Option<mtrs_tl::TlString>,
    /// `address:string`
    pub address: mtrs_tl::TlString,
    /// `owner_address:string`
    pub owner_address: mtrs_tl::TlString,
    /// `index:string`
    pub index: mtrs_tl::TlString,
    /// `name:flags.1?string`
    pub name: Option<mtrs_tl::TlString>,
    /// `description:flags.2?string`
    pub description: Option<mtrs_tl::TlString>,
    /// `image:flags.3?WebDocument`
    pub image: Option<crate::enums::WebDocument>,
    /// `image_small:flags.4?WebDocument`
    pub image_small: Option<crate::enums::WebDocument>,
    /// `content_url:flags.5?WebDocument`
    pub content_url: Option<crate::enums::WebDocument>,
    /// `lottie:flags.6?WebDocument`
    pub lottie: Option<crate::enums::WebDocument>,
    /// `attributes:flags.7?Vector<wallet.NftAttribute>`
    pub attributes: Option<Vec<crate::enums::wallet::NftAttribute>>,
    /// `extra:flags.8?DataJSON`
    pub extra: Option<crate::enums::DataJSON>,
}

impl Identifiable for NftItem {
    const CONSTRUCTOR_ID: u32 = 0x3441fd1c;
    const NAME: &'static str = "wallet.nftItem";
}

impl Serialize for NftItem {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for NftItem {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.collection_address.is_some() { 1 << 0 } else { 0 }
            | if self.name.is_some() { 1 << 1 } else { 0 }
            | if self.description.is_some() { 1 << 2 } else { 0 }
            | if self.image.is_some() { 1 << 3 } else { 0 }
            | if self.image_small.is_some() { 1 << 4 } else { 0 }
            | if self.content_url.is_some() { 1 << 5 } else { 0 }
            | if self.lottie.is_some() { 1 << 6 } else { 0 }
            | if self.attributes.is_some() { 1 << 7 } else { 0 }
            | if self.extra.is_some() { 1 << 8 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.collection_address {
            (*v).serialize(buf);
        }
        self.address.serialize(buf);
        self.owner_address.serialize(buf);
        self.index.serialize(buf);
        if let Some(v) = &self.name {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.description {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.image {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.image_small {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.content_url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.lottie {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.attributes {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.extra {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for NftItem {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for NftItem {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_collection_address = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_address = <mtrs_tl::TlString>::deserialize(r)?;
        let f_owner_address = <mtrs_tl::TlString>::deserialize(r)?;
        let f_index = <mtrs_tl::TlString>::deserialize(r)?;
        let f_name = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_description = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_image = if fl_flags & (1 << 3) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_image_small = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_content_url = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_lottie = if fl_flags & (1 << 6) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_attributes = if fl_flags & (1 << 7) != 0 { Some(<Vec<crate::enums::wallet::NftAttribute>>::deserialize(r)?) } else { None };
        let f_extra = if fl_flags & (1 << 8) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        Ok(Self { collection_address: f_collection_address, address: f_address, owner_address: f_owner_address, index: f_index, name: f_name, description: f_description, image: f_image, image_small: f_image_small, content_url: f_content_url, lottie: f_lottie, attributes: f_attributes, extra: f_extra })
    }
}

#[cfg(feature = "json")]
impl ToJson for NftItem {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("collection_address");
        self.collection_address.write_json(w);
        w.key("address");
        self.address.write_json(w);
        w.key("owner_address");
        self.owner_address.write_json(w);
        w.key("index");
        self.index.write_json(w);
        w.key("name");
        self.name.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.key("image");
        self.image.write_json(w);
        w.key("image_small");
        self.image_small.write_json(w);
        w.key("content_url");
        self.content_url.write_json(w);
        w.key("lottie");
        self.lottie.write_json(w);
        w.key("attributes");
        self.attributes.write_json(w);
        w.key("extra");
        self.extra.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for NftItem {}

/// `wallet.nftItems#794d486f flags:# items:Vector<wallet.NftItem> next_offset:flags.0?string = wallet.NftItems`
#[derive(Debug, Clone, PartialEq)]
pub struct NftItems {
    /// `items:Vector<wallet.NftItem>`
    pub items: Vec<crate::enums::wallet::NftItem>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for NftItems {
    const CONSTRUCTOR_ID: u32 = 0x794d486f;
    const NAME: &'static str = "wallet.nftItems";
}

impl Serialize for NftItems {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for NftItems {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.items.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for NftItems {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for NftItems {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_items = <Vec<crate::enums::wallet::NftItem>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { items: f_items, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for NftItems {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("items");
        self.items.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for NftItems {}
