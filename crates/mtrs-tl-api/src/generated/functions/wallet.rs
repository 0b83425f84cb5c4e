// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `wallet` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `wallet.getState#ab83b33a = WalletState`
#[derive(Debug, Clone, PartialEq)]
pub struct GetState;

impl Identifiable for GetState {
    const CONSTRUCTOR_ID: u32 = 0xab83b33a;
    const NAME: &'static str = "wallet.getState";
}

impl Serialize for GetState {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetState {
    type Return = crate::enums::WalletState;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetState {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetState {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `wallet.getUserAddresses#5275dfdd flags:# force:flags.0?true id:Vector<InputUser> addresses:Vector<string> = wallet.UserAddresses`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserAddresses {
    /// `force:flags.0?true`
    pub force: bool,
    /// `id:Vector<InputUser>`
    pub id: Vec<crate::enums::InputUser>,
    /// `addresses:Vector<string>`
    pub addresses: Vec<mtrs_tl::TlString>,
}

impl Identifiable for GetUserAddresses {
    const CONSTRUCTOR_ID: u32 = 0x5275dfdd;
    const NAME: &'static str = "wallet.getUserAddresses";
}

impl Serialize for GetUserAddresses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.force { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.id.serialize(buf);
        self.addresses.serialize(buf);
    }
}

impl RemoteCall for GetUserAddresses {
    type Return = crate::enums::wallet::UserAddresses;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUserAddresses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_force = fl_flags & (1 << 0) != 0;
        let f_id = <Vec<crate::enums::InputUser>>::deserialize(r)?;
        let f_addresses = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { force: f_force, id: f_id, addresses: f_addresses })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUserAddresses {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("force");
        self.force.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.key("addresses");
        self.addresses.write_json(w);
        w.end_object();
    }
}

/// `wallet.getTransactions#a8830a83 flags:# inbound:flags.0?true outbound:flags.1?true offset:string limit:int = wallet.Transactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTransactions {
    /// `inbound:flags.0?true`
    pub inbound: bool,
    /// `outbound:flags.1?true`
    pub outbound: bool,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetTransactions {
    const CONSTRUCTOR_ID: u32 = 0xa8830a83;
    const NAME: &'static str = "wallet.getTransactions";
}

impl Serialize for GetTransactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.inbound { 1 << 0 } else { 0 }
            | if self.outbound { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetTransactions {
    type Return = crate::enums::wallet::Transactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTransactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_inbound = fl_flags & (1 << 0) != 0;
        let f_outbound = fl_flags & (1 << 1) != 0;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { inbound: f_inbound, outbound: f_outbound, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTransactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inbound");
        self.inbound.write_json(w);
        w.key("outbound");
        self.outbound.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `wallet.getTransactionsByIDs#811ceab6 id:Vector<string> = wallet.Transactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTransactionsByIDs {
    /// `id:Vector<string>`
    pub id: Vec<mtrs_tl::TlString>,
}

impl Identifiable for GetTransactionsByIDs {
    const CONSTRUCTOR_ID: u32 = 0x811ceab6;
    const NAME: &'static str = "wallet.getTransactionsByIDs";
}

impl Serialize for GetTransactionsByIDs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetTransactionsByIDs {
    type Return = crate::enums::wallet::Transactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTransactionsByIDs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_id = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTransactionsByIDs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `wallet.getTransactionsByMsgHash#a6bb795d msg_hash:Vector<string> = wallet.Transactions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetTransactionsByMsgHash {
    /// `msg_hash:Vector<string>`
    pub msg_hash: Vec<mtrs_tl::TlString>,
}

impl Identifiable for GetTransactionsByMsgHash {
    const CONSTRUCTOR_ID: u32 = 0xa6bb795d;
    const NAME: &'static str = "wallet.getTransactionsByMsgHash";
}

impl Serialize for GetTransactionsByMsgHash {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.msg_hash.serialize(buf);
    }
}

impl RemoteCall for GetTransactionsByMsgHash {
    type Return = crate::enums::wallet::Transactions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetTransactionsByMsgHash {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_msg_hash = <Vec<mtrs_tl::TlString>>::deserialize(r)?;
        Ok(Self { msg_hash: f_msg_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetTransactionsByMsgHash {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_hash");
        self.msg_hash.write_json(w);
        w.end_object();
    }
}

/// `wallet.exportSecretPhrase#9077c9ac flags:# password:flags.0?InputCheckPasswordSRP = wallet.SecretPhraseParts`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportSecretPhrase {
    /// `password:flags.0?InputCheckPasswordSRP`
    pub password: Option<crate::enums::InputCheckPasswordSRP>,
}

impl Identifiable for ExportSecretPhrase {
    const CONSTRUCTOR_ID: u32 = 0x9077c9ac;
    const NAME: &'static str = "wallet.exportSecretPhrase";
}

impl Serialize for ExportSecretPhrase {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.password.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.password {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ExportSecretPhrase {
    type Return = crate::enums::wallet::SecretPhraseParts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportSecretPhrase {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_password = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputCheckPasswordSRP>::deserialize(r)?) } else { None };
        Ok(Self { password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportSecretPhrase {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `wallet.fetchEncryptedSecretPhrasePart#f53925cf token:string public_key:bytes = wallet.EncryptedSecretPhrasePart`
#[derive(Debug, Clone, PartialEq)]
pub struct FetchEncryptedSecretPhrasePart {
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `public_key:bytes`
    pub public_key: Vec<u8>,
}

impl Identifiable for FetchEncryptedSecretPhrasePart {
    const CONSTRUCTOR_ID: u32 = 0xf53925cf;
    const NAME: &'static str = "wallet.fetchEncryptedSecretPhrasePart";
}

impl Serialize for FetchEncryptedSecretPhrasePart {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token.serialize(buf);
        self.public_key.serialize(buf);
    }
}

impl RemoteCall for FetchEncryptedSecretPhrasePart {
    type Return = crate::enums::wallet::EncryptedSecretPhrasePart;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FetchEncryptedSecretPhrasePart {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_public_key = <Vec<u8>>::deserialize(r)?;
        Ok(Self { token: f_token, public_key: f_public_key })
    }
}

#[cfg(feature = "json")]
impl ToJson for FetchEncryptedSecretPhrasePart {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.key("public_key");
        self.public_key.write_json(w);
        w.end_object();
    }
}

/// `wallet.replaceWallet#d8c72eec flags:# wallet:InputWalletReplacement password:flags.0?InputCheckPasswordSRP = WalletState`
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceWallet {
    /// `wallet:InputWalletReplacement`
    pub wallet: crate::enums::InputWalletReplacement,
    /// `password:flags.0?InputCheckPasswordSRP`
    pub password: Option<crate::enums::InputCheckPasswordSRP>,
}

impl Identifiable for ReplaceWallet {
    const CONSTRUCTOR_ID: u32 = 0xd8c72eec;
    const NAME: &'static str = "wallet.replaceWallet";
}

impl Serialize for ReplaceWallet {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.password.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.wallet.serialize(buf);
        if let Some(v) = &self.password {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ReplaceWallet {
    type Return = crate::enums::WalletState;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReplaceWallet {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_wallet = <crate::enums::InputWalletReplacement>::deserialize(r)?;
        let f_password = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputCheckPasswordSRP>::deserialize(r)?) } else { None };
        Ok(Self { wallet: f_wallet, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReplaceWallet {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("wallet");
        self.wallet.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `wallet.disableBackup#0b0bf0da flags:# password:flags.0?InputCheckPasswordSRP new_public_key:flags.1?bytes proof:flags.2?WalletOwnershipProof = WalletState`
#[derive(Debug, Clone, PartialEq)]
pub struct DisableBackup {
    /// `password:flags.0?InputCheckPasswordSRP`
    pub password: Option<crate::enums::InputCheckPasswordSRP>,
    /// `new_public_key:flags.1?bytes`
    pub new_public_key: Option<Vec<u8>>,
    /// `proof:flags.2?WalletOwnershipProof`
    pub proof: Option<crate::enums::WalletOwnershipProof>,
}

impl Identifiable for DisableBackup {
    const CONSTRUCTOR_ID: u32 = 0x0b0bf0da;
    const NAME: &'static str = "wallet.disableBackup";
}

impl Serialize for DisableBackup {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.password.is_some() { 1 << 0 } else { 0 }
            | if self.new_public_key.is_some() { 1 << 1 } else { 0 }
            | if self.proof.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.password {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.new_public_key {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.proof {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for DisableBackup {
    type Return = crate::enums::WalletState;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DisableBackup {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_password = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputCheckPasswordSRP>::deserialize(r)?) } else { None };
        let f_new_public_key = if fl_flags & (1 << 1) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_proof = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::WalletOwnershipProof>::deserialize(r)?) } else { None };
        Ok(Self { password: f_password, new_public_key: f_new_public_key, proof: f_proof })
    }
}

#[cfg(feature = "json")]
impl ToJson for DisableBackup {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("password");
        self.password.write_json(w);
        w.key("new_public_key");
        self.new_public_key.write_json(w);
        w.key("proof");
        self.proof.write_json(w);
        w.end_object();
    }
}

/// `wallet.getBackupHolderDcs#d179d494 = Vector<wallet.HolderDc>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBackupHolderDcs;

impl Identifiable for GetBackupHolderDcs {
    const CONSTRUCTOR_ID: u32 = 0xd179d494;
    const NAME: &'static str = "wallet.getBackupHolderDcs";
}

impl Serialize for GetBackupHolderDcs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetBackupHolderDcs {
    type Return = Vec<crate::enums::wallet::HolderDc>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBackupHolderDcs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBackupHolderDcs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `wallet.enableBackup#4500c525 flags:# parts:Vector<bytes> new_public_key:flags.1?bytes proof:flags.2?WalletOwnershipProof = WalletState`
#[derive(Debug, Clone, PartialEq)]
pub struct EnableBackup {
    /// `parts:Vector<bytes>`
    pub parts: Vec<Vec<u8>>,
    /// `new_public_key:flags.1?bytes`
    pub new_public_key: Option<Vec<u8>>,
    /// `proof:flags.2?WalletOwnershipProof`
    pub proof: Option<crate::enums::WalletOwnershipProof>,
}

impl Identifiable for EnableBackup {
    const CONSTRUCTOR_ID: u32 = 0x4500c525;
    const NAME: &'static str = "wallet.enableBackup";
}

impl Serialize for EnableBackup {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.new_public_key.is_some() { 1 << 1 } else { 0 }
            | if self.proof.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.parts.serialize(buf);
        if let Some(v) = &self.new_public_key {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.proof {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EnableBackup {
    type Return = crate::enums::WalletState;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EnableBackup {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_parts = <Vec<Vec<u8>>>::deserialize(r)?;
        let f_new_public_key = if fl_flags & (1 << 1) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_proof = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::WalletOwnershipProof>::deserialize(r)?) } else { None };
        Ok(Self { parts: f_parts, new_public_key: f_new_public_key, proof: f_proof })
    }
}

#[cfg(feature = "json")]
impl ToJson for EnableBackup {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("parts");
        self.parts.write_json(w);
        w.key("new_public_key");
        self.new_public_key.write_json(w);
        w.key("proof");
        self.proof.write_json(w);
        w.end_object();
    }
}

/// `wallet.getProofChallenge#2025e697 = wallet.ProofChallenge`
#[derive(Debug, Clone, PartialEq)]
pub struct GetProofChallenge;

impl Identifiable for GetProofChallenge {
    const CONSTRUCTOR_ID: u32 = 0x2025e697;
    const NAME: &'static str = "wallet.getProofChallenge";
}

impl Serialize for GetProofChallenge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetProofChallenge {
    type Return = crate::enums::wallet::ProofChallenge;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetProofChallenge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetProofChallenge {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `wallet.sendTransfer#d9e5d9e2 flags:# data_normal:bytes data_gasless:flags.0?bytes user_id:InputUser random_id:long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendTransfer {
    /// `data_normal:bytes`
    pub data_normal: Vec<u8>,
    /// `data_gasless:flags.0?bytes`
    pub data_gasless: Option<Vec<u8>>,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `random_id:long`
    pub random_id: i64,
}

impl Identifiable for SendTransfer {
    const CONSTRUCTOR_ID: u32 = 0xd9e5d9e2;
    const NAME: &'static str = "wallet.sendTransfer";
}

impl Serialize for SendTransfer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.data_gasless.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.data_normal.serialize(buf);
        if let Some(v) = &self.data_gasless {
            (*v).serialize(buf);
        }
        self.user_id.serialize(buf);
        self.random_id.serialize(buf);
    }
}

impl RemoteCall for SendTransfer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendTransfer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_data_normal = <Vec<u8>>::deserialize(r)?;
        let f_data_gasless = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        Ok(Self { data_normal: f_data_normal, data_gasless: f_data_gasless, user_id: f_user_id, random_id: f_random_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendTransfer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("data_normal");
        self.data_normal.write_json(w);
        w.key("data_gasless");
        self.data_gasless.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.getGaslessInfo#742df0a1 = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGaslessInfo;

impl Identifiable for GetGaslessInfo {
    const CONSTRUCTOR_ID: u32 = 0x742df0a1;
    const NAME: &'static str = "wallet.getGaslessInfo";
}

impl Serialize for GetGaslessInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetGaslessInfo {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGaslessInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGaslessInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `wallet.getExistingWaltBalance#691f4360 = wallet.ExistingBalance`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExistingWaltBalance;

impl Identifiable for GetExistingWaltBalance {
    const CONSTRUCTOR_ID: u32 = 0x691f4360;
    const NAME: &'static str = "wallet.getExistingWaltBalance";
}

impl Serialize for GetExistingWaltBalance {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetExistingWaltBalance {
    type Return = crate::enums::wallet::ExistingBalance;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetExistingWaltBalance {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetExistingWaltBalance {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `wallet.getNfts#8c12f3a4 offset:string limit:int = wallet.NftItems`
#[derive(Debug, Clone, PartialEq)]
pub struct GetNfts {
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetNfts {
    const CONSTRUCTOR_ID: u32 = 0x8c12f3a4;
    const NAME: &'static str = "wallet.getNfts";
}

impl Serialize for GetNfts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetNfts {
    type Return = crate::enums::wallet::NftItems;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetNfts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetNfts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectCreateSession#cc931046 dapp_client_id:string manifest_url:string = TonConnectSession`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectCreateSession {
    /// `dapp_client_id:string`
    pub dapp_client_id: mtrs_tl::TlString,
    /// `manifest_url:string`
    pub manifest_url: mtrs_tl::TlString,
}

impl Identifiable for TonConnectCreateSession {
    const CONSTRUCTOR_ID: u32 = 0xcc931046;
    const NAME: &'static str = "wallet.tonConnectCreateSession";
}

impl Serialize for TonConnectCreateSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.dapp_client_id.serialize(buf);
        self.manifest_url.serialize(buf);
    }
}

impl RemoteCall for TonConnectCreateSession {
    type Return = crate::enums::TonConnectSession;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectCreateSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_dapp_client_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_manifest_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { dapp_client_id: f_dapp_client_id, manifest_url: f_manifest_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectCreateSession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dapp_client_id");
        self.dapp_client_id.write_json(w);
        w.key("manifest_url");
        self.manifest_url.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectRegisterKey#338bcf1c session_id:long client_id:string = wallet.TonConnectChallenge`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectRegisterKey {
    /// `session_id:long`
    pub session_id: i64,
    /// `client_id:string`
    pub client_id: mtrs_tl::TlString,
}

impl Identifiable for TonConnectRegisterKey {
    const CONSTRUCTOR_ID: u32 = 0x338bcf1c;
    const NAME: &'static str = "wallet.tonConnectRegisterKey";
}

impl Serialize for TonConnectRegisterKey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.session_id.serialize(buf);
        self.client_id.serialize(buf);
    }
}

impl RemoteCall for TonConnectRegisterKey {
    type Return = crate::enums::wallet::TonConnectChallenge;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectRegisterKey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_session_id = <i64>::deserialize(r)?;
        let f_client_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { session_id: f_session_id, client_id: f_client_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectRegisterKey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.key("client_id");
        self.client_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectSubmitConnectResult#c2c00779 flags:# error:flags.0?true session_id:long challenge_answer:bytes body:bytes trace_id:flags.1?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectSubmitConnectResult {
    /// `error:flags.0?true`
    pub error: bool,
    /// `session_id:long`
    pub session_id: i64,
    /// `challenge_answer:bytes`
    pub challenge_answer: Vec<u8>,
    /// `body:bytes`
    pub body: Vec<u8>,
    /// `trace_id:flags.1?string`
    pub trace_id: Option<mtrs_tl::TlString>,
}

impl Identifiable for TonConnectSubmitConnectResult {
    const CONSTRUCTOR_ID: u32 = 0xc2c00779;
    const NAME: &'static str = "wallet.tonConnectSubmitConnectResult";
}

impl Serialize for TonConnectSubmitConnectResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.error { 1 << 0 } else { 0 }
            | if self.trace_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.session_id.serialize(buf);
        self.challenge_answer.serialize(buf);
        self.body.serialize(buf);
        if let Some(v) = &self.trace_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TonConnectSubmitConnectResult {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectSubmitConnectResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_error = fl_flags & (1 << 0) != 0;
        let f_session_id = <i64>::deserialize(r)?;
        let f_challenge_answer = <Vec<u8>>::deserialize(r)?;
        let f_body = <Vec<u8>>::deserialize(r)?;
        let f_trace_id = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { error: f_error, session_id: f_session_id, challenge_answer: f_challenge_answer, body: f_body, trace_id: f_trace_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectSubmitConnectResult {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("error");
        self.error.write_json(w);
        w.key("session_id");
        self.session_id.write_json(w);
        w.key("challenge_answer");
        self.challenge_answer.write_json(w);
        w.key("body");
        self.body.write_json(w);
        w.key("trace_id");
        self.trace_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectGetPending#11aee065 flags:# dapp_client_id:flags.0?string session_id:flags.1?long = wallet.TonConnectPending`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectGetPending {
    /// `dapp_client_id:flags.0?string`
    pub dapp_client_id: Option<mtrs_tl::TlString>,
    /// `session_id:flags.1?long`
    pub session_id: Option<i64>,
}

impl Identifiable for TonConnectGetPending {
    const CONSTRUCTOR_ID: u32 = 0x11aee065;
    const NAME: &'static str = "wallet.tonConnectGetPending";
}

impl Serialize for TonConnectGetPending {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dapp_client_id.is_some() { 1 << 0 } else { 0 }
            | if self.session_id.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.dapp_client_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.session_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TonConnectGetPending {
    type Return = crate::enums::wallet::TonConnectPending;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectGetPending {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dapp_client_id = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_session_id = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { dapp_client_id: f_dapp_client_id, session_id: f_session_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectGetPending {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dapp_client_id");
        self.dapp_client_id.write_json(w);
        w.key("session_id");
        self.session_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectClaimRequest#66b57b41 flags:# declined:flags.1?true session_id:long msg_id:int app_request_id:string challenge_answer:flags.0?bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectClaimRequest {
    /// `declined:flags.1?true`
    pub declined: bool,
    /// `session_id:long`
    pub session_id: i64,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `app_request_id:string`
    pub app_request_id: mtrs_tl::TlString,
    /// `challenge_answer:flags.0?bytes`
    pub challenge_answer: Option<Vec<u8>>,
}

impl Identifiable for TonConnectClaimRequest {
    const CONSTRUCTOR_ID: u32 = 0x66b57b41;
    const NAME: &'static str = "wallet.tonConnectClaimRequest";
}

impl Serialize for TonConnectClaimRequest {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.challenge_answer.is_some() { 1 << 0 } else { 0 }
            | if self.declined { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.session_id.serialize(buf);
        self.msg_id.serialize(buf);
        self.app_request_id.serialize(buf);
        if let Some(v) = &self.challenge_answer {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TonConnectClaimRequest {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectClaimRequest {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_declined = fl_flags & (1 << 1) != 0;
        let f_session_id = <i64>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_app_request_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_challenge_answer = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        Ok(Self { declined: f_declined, session_id: f_session_id, msg_id: f_msg_id, app_request_id: f_app_request_id, challenge_answer: f_challenge_answer })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectClaimRequest {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("declined");
        self.declined.write_json(w);
        w.key("session_id");
        self.session_id.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("app_request_id");
        self.app_request_id.write_json(w);
        w.key("challenge_answer");
        self.challenge_answer.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectSubmitResponse#fac67d3c flags:# session_id:long msg_id:int body:bytes trace_id:flags.0?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectSubmitResponse {
    /// `session_id:long`
    pub session_id: i64,
    /// `msg_id:int`
    pub msg_id: i32,
    /// `body:bytes`
    pub body: Vec<u8>,
    /// `trace_id:flags.0?string`
    pub trace_id: Option<mtrs_tl::TlString>,
}

impl Identifiable for TonConnectSubmitResponse {
    const CONSTRUCTOR_ID: u32 = 0xfac67d3c;
    const NAME: &'static str = "wallet.tonConnectSubmitResponse";
}

impl Serialize for TonConnectSubmitResponse {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.trace_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.session_id.serialize(buf);
        self.msg_id.serialize(buf);
        self.body.serialize(buf);
        if let Some(v) = &self.trace_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TonConnectSubmitResponse {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectSubmitResponse {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_session_id = <i64>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        let f_body = <Vec<u8>>::deserialize(r)?;
        let f_trace_id = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { session_id: f_session_id, msg_id: f_msg_id, body: f_body, trace_id: f_trace_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectSubmitResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("body");
        self.body.write_json(w);
        w.key("trace_id");
        self.trace_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectNextEventId#775d7244 session_id:long = TonConnectNextEventId`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectNextEventId {
    /// `session_id:long`
    pub session_id: i64,
}

impl Identifiable for TonConnectNextEventId {
    const CONSTRUCTOR_ID: u32 = 0x775d7244;
    const NAME: &'static str = "wallet.tonConnectNextEventId";
}

impl Serialize for TonConnectNextEventId {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.session_id.serialize(buf);
    }
}

impl RemoteCall for TonConnectNextEventId {
    type Return = crate::enums::TonConnectNextEventId;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectNextEventId {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_session_id = <i64>::deserialize(r)?;
        Ok(Self { session_id: f_session_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectNextEventId {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectCloseSession#d63f61ce flags:# session_id:long body:flags.0?bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectCloseSession {
    /// `session_id:long`
    pub session_id: i64,
    /// `body:flags.0?bytes`
    pub body: Option<Vec<u8>>,
}

impl Identifiable for TonConnectCloseSession {
    const CONSTRUCTOR_ID: u32 = 0xd63f61ce;
    const NAME: &'static str = "wallet.tonConnectCloseSession";
}

impl Serialize for TonConnectCloseSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.body.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.session_id.serialize(buf);
        if let Some(v) = &self.body {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for TonConnectCloseSession {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectCloseSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_session_id = <i64>::deserialize(r)?;
        let f_body = if fl_flags & (1 << 0) != 0 { Some(<Vec<u8>>::deserialize(r)?) } else { None };
        Ok(Self { session_id: f_session_id, body: f_body })
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectCloseSession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.key("body");
        self.body.write_json(w);
        w.end_object();
    }
}

/// `wallet.tonConnectGetSessions#a7ffb56e = wallet.TonConnectSessions`
#[derive(Debug, Clone, PartialEq)]
pub struct TonConnectGetSessions;

impl Identifiable for TonConnectGetSessions {
    const CONSTRUCTOR_ID: u32 = 0xa7ffb56e;
    const NAME: &'static str = "wallet.tonConnectGetSessions";
}

impl Serialize for TonConnectGetSessions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for TonConnectGetSessions {
    type Return = crate::enums::wallet::TonConnectSessions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TonConnectGetSessions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectGetSessions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}
