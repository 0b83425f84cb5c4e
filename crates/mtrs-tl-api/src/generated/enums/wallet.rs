// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `wallet` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `wallet.EncryptedSecretPhrasePart`: `wallet.encryptedSecretPhrasePart`.
#[derive(Debug, Clone, PartialEq)]
pub enum EncryptedSecretPhrasePart {
    /// `wallet.encryptedSecretPhrasePart#18e82537`
    EncryptedSecretPhrasePart(crate::types::wallet::EncryptedSecretPhrasePart),
}

impl EncryptedSecretPhrasePart {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::EncryptedSecretPhrasePart(_) => 0x18e82537,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::EncryptedSecretPhrasePart(_) => "wallet.encryptedSecretPhrasePart",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x18e82537 => Self::EncryptedSecretPhrasePart(<crate::types::wallet::EncryptedSecretPhrasePart>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.EncryptedSecretPhrasePart" }),
        })
    }
}

impl Serialize for EncryptedSecretPhrasePart {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::EncryptedSecretPhrasePart(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for EncryptedSecretPhrasePart {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for EncryptedSecretPhrasePart {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::EncryptedSecretPhrasePart(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::EncryptedSecretPhrasePart> for EncryptedSecretPhrasePart {
    fn from(x: crate::types::wallet::EncryptedSecretPhrasePart) -> Self {
        Self::EncryptedSecretPhrasePart(x)
    }
}

impl crate::peers::Peers for EncryptedSecretPhrasePart {}

/// The boxed type `wallet.ExistingBalance`: `wallet.existingBalance`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExistingBalance {
    /// `wallet.existingBalance#bde90a8d`
    ExistingBalance(crate::types::wallet::ExistingBalance),
}

impl ExistingBalance {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExistingBalance(_) => 0xbde90a8d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExistingBalance(_) => "wallet.existingBalance",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xbde90a8d => Self::ExistingBalance(<crate::types::wallet::ExistingBalance>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.ExistingBalance" }),
        })
    }
}

impl Serialize for ExistingBalance {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExistingBalance(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExistingBalance {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExistingBalance {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExistingBalance(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::ExistingBalance> for ExistingBalance {
    fn from(x: crate::types::wallet::ExistingBalance) -> Self {
        Self::ExistingBalance(x)
    }
}

impl crate::peers::Peers for ExistingBalance {}

/// The boxed type `wallet.HolderDc`: `wallet.holderDc`.
#[derive(Debug, Clone, PartialEq)]
pub enum HolderDc {
    /// `wallet.holderDc#f9d612ef`
    HolderDc(crate::types::wallet::HolderDc),
}

impl HolderDc {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::HolderDc(_) => 0xf9d612ef,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::HolderDc(_) => "wallet.holderDc",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xf9d612ef => Self::HolderDc(<crate::types::wallet::HolderDc>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.HolderDc" }),
        })
    }
}

impl Serialize for HolderDc {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::HolderDc(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for HolderDc {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for HolderDc {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::HolderDc(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::HolderDc> for HolderDc {
    fn from(x: crate::types::wallet::HolderDc) -> Self {
        Self::HolderDc(x)
    }
}

impl crate::peers::Peers for HolderDc {}

/// The boxed type `wallet.NftAttribute`: `wallet.nftAttribute`.
#[derive(Debug, Clone, PartialEq)]
pub enum NftAttribute {
    /// `wallet.nftAttribute#4c1ef10e`
    NftAttribute(crate::types::wallet::NftAttribute),
}

impl NftAttribute {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::NftAttribute(_) => 0x4c1ef10e,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::NftAttribute(_) => "wallet.nftAttribute",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4c1ef10e => Self::NftAttribute(<crate::types::wallet::NftAttribute>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.NftAttribute" }),
        })
    }
}

impl Serialize for NftAttribute {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::NftAttribute(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for NftAttribute {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for NftAttribute {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::NftAttribute(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::NftAttribute> for NftAttribute {
    fn from(x: crate::types::wallet::NftAttribute) -> Self {
        Self::NftAttribute(x)
    }
}

impl crate::peers::Peers for NftAttribute {}

/// The boxed type `wallet.NftItem`: `wallet.nftItem`.
#[derive(Debug, Clone, PartialEq)]
pub enum NftItem {
    /// `wallet.nftItem#3441fd1c`
    NftItem(crate::types::wallet::NftItem),
}

impl NftItem {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::NftItem(_) => 0x3441fd1c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::NftItem(_) => "wallet.nftItem",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3441fd1c => Self::NftItem(<crate::types::wallet::NftItem>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.NftItem" }),
        })
    }
}

impl Serialize for NftItem {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::NftItem(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for NftItem {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for NftItem {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::NftItem(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::NftItem> for NftItem {
    fn from(x: crate::types::wallet::NftItem) -> Self {
        Self::NftItem(x)
    }
}

impl crate::peers::Peers for NftItem {}

/// The boxed type `wallet.NftItems`: `wallet.nftItems`.
#[derive(Debug, Clone, PartialEq)]
pub enum NftItems {
    /// `wallet.nftItems#794d486f`
    NftItems(crate::types::wallet::NftItems),
}

impl NftItems {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::NftItems(_) => 0x794d486f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::NftItems(_) => "wallet.nftItems",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x794d486f => Self::NftItems(<crate::types::wallet::NftItems>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.NftItems" }),
        })
    }
}

impl Serialize for NftItems {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::NftItems(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for NftItems {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for NftItems {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::NftItems(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::NftItems> for NftItems {
    fn from(x: crate::types::wallet::NftItems) -> Self {
        Self::NftItems(x)
    }
}

impl crate::peers::Peers for NftItems {}

/// The boxed type `wallet.ProofChallenge`: `wallet.proofChallenge`.
#[derive(Debug, Clone, PartialEq)]
pub enum ProofChallenge {
    /// `wallet.proofChallenge#99e41707`
    ProofChallenge(crate::types::wallet::ProofChallenge),
}

impl ProofChallenge {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ProofChallenge(_) => 0x99e41707,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ProofChallenge(_) => "wallet.proofChallenge",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x99e41707 => Self::ProofChallenge(<crate::types::wallet::ProofChallenge>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.ProofChallenge" }),
        })
    }
}

impl Serialize for ProofChallenge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ProofChallenge(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ProofChallenge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ProofChallenge {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ProofChallenge(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::ProofChallenge> for ProofChallenge {
    fn from(x: crate::types::wallet::ProofChallenge) -> Self {
        Self::ProofChallenge(x)
    }
}

impl crate::peers::Peers for ProofChallenge {}

/// The boxed type `wallet.SecretPhraseParts`: `wallet.secretPhraseParts`.
#[derive(Debug, Clone, PartialEq)]
pub enum SecretPhraseParts {
    /// `wallet.secretPhraseParts#e6d0ef01`
    SecretPhraseParts(crate::types::wallet::SecretPhraseParts),
}

impl SecretPhraseParts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SecretPhraseParts(_) => 0xe6d0ef01,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SecretPhraseParts(_) => "wallet.secretPhraseParts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xe6d0ef01 => Self::SecretPhraseParts(<crate::types::wallet::SecretPhraseParts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.SecretPhraseParts" }),
        })
    }
}

impl Serialize for SecretPhraseParts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SecretPhraseParts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SecretPhraseParts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SecretPhraseParts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SecretPhraseParts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::SecretPhraseParts> for SecretPhraseParts {
    fn from(x: crate::types::wallet::SecretPhraseParts) -> Self {
        Self::SecretPhraseParts(x)
    }
}

impl crate::peers::Peers for SecretPhraseParts {}

/// The boxed type `wallet.TonConnectChallenge`: `wallet.tonConnectChallenge`.
#[derive(Debug, Clone, PartialEq)]
pub enum TonConnectChallenge {
    /// `wallet.tonConnectChallenge#4bc89693`
    TonConnectChallenge(crate::types::wallet::TonConnectChallenge),
}

impl TonConnectChallenge {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TonConnectChallenge(_) => 0x4bc89693,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TonConnectChallenge(_) => "wallet.tonConnectChallenge",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4bc89693 => Self::TonConnectChallenge(<crate::types::wallet::TonConnectChallenge>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.TonConnectChallenge" }),
        })
    }
}

impl Serialize for TonConnectChallenge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TonConnectChallenge(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TonConnectChallenge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectChallenge {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TonConnectChallenge(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::TonConnectChallenge> for TonConnectChallenge {
    fn from(x: crate::types::wallet::TonConnectChallenge) -> Self {
        Self::TonConnectChallenge(x)
    }
}

impl crate::peers::Peers for TonConnectChallenge {}

/// The boxed type `wallet.TonConnectPending`: `wallet.tonConnectPending`.
#[derive(Debug, Clone, PartialEq)]
pub enum TonConnectPending {
    /// `wallet.tonConnectPending#85c0f124`
    TonConnectPending(crate::types::wallet::TonConnectPending),
}

impl TonConnectPending {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TonConnectPending(_) => 0x85c0f124,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TonConnectPending(_) => "wallet.tonConnectPending",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x85c0f124 => Self::TonConnectPending(<crate::types::wallet::TonConnectPending>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.TonConnectPending" }),
        })
    }
}

impl Serialize for TonConnectPending {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TonConnectPending(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TonConnectPending {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectPending {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TonConnectPending(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::TonConnectPending> for TonConnectPending {
    fn from(x: crate::types::wallet::TonConnectPending) -> Self {
        Self::TonConnectPending(x)
    }
}

impl crate::peers::Peers for TonConnectPending {}

/// The boxed type `wallet.TonConnectSessions`: `wallet.tonConnectSessions`.
#[derive(Debug, Clone, PartialEq)]
pub enum TonConnectSessions {
    /// `wallet.tonConnectSessions#0e1f6896`
    TonConnectSessions(crate::types::wallet::TonConnectSessions),
}

impl TonConnectSessions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::TonConnectSessions(_) => 0x0e1f6896,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::TonConnectSessions(_) => "wallet.tonConnectSessions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x0e1f6896 => Self::TonConnectSessions(<crate::types::wallet::TonConnectSessions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.TonConnectSessions" }),
        })
    }
}

impl Serialize for TonConnectSessions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::TonConnectSessions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for TonConnectSessions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for TonConnectSessions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::TonConnectSessions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::TonConnectSessions> for TonConnectSessions {
    fn from(x: crate::types::wallet::TonConnectSessions) -> Self {
        Self::TonConnectSessions(x)
    }
}

impl crate::peers::Peers for TonConnectSessions {}

/// The boxed type `wallet.Transactions`: `wallet.transactions`.
#[derive(Debug, Clone, PartialEq)]
pub enum Transactions {
    /// `wallet.transactions#4322d5a5`
    Transactions(crate::types::wallet::Transactions),
}

impl Transactions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::Transactions(_) => 0x4322d5a5,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::Transactions(_) => "wallet.transactions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4322d5a5 => Self::Transactions(<crate::types::wallet::Transactions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.Transactions" }),
        })
    }
}

impl Serialize for Transactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::Transactions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for Transactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for Transactions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::Transactions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::Transactions> for Transactions {
    fn from(x: crate::types::wallet::Transactions) -> Self {
        Self::Transactions(x)
    }
}

impl crate::peers::Peers for Transactions {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::Transactions(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `wallet.UserAddresses`: `wallet.userAddresses`.
#[derive(Debug, Clone, PartialEq)]
pub enum UserAddresses {
    /// `wallet.userAddresses#928e7b55`
    UserAddresses(crate::types::wallet::UserAddresses),
}

impl UserAddresses {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::UserAddresses(_) => 0x928e7b55,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::UserAddresses(_) => "wallet.userAddresses",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x928e7b55 => Self::UserAddresses(<crate::types::wallet::UserAddresses>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "wallet.UserAddresses" }),
        })
    }
}

impl Serialize for UserAddresses {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::UserAddresses(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for UserAddresses {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for UserAddresses {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::UserAddresses(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::wallet::UserAddresses> for UserAddresses {
    fn from(x: crate::types::wallet::UserAddresses) -> Self {
        Self::UserAddresses(x)
    }
}

impl crate::peers::Peers for UserAddresses {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::UserAddresses(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}
