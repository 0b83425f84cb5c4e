// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `payments` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `payments.BankCardData`: `payments.bankCardData`.
#[derive(Debug, Clone, PartialEq)]
pub enum BankCardData {
    /// `payments.bankCardData#3e24e573`
    BankCardData(crate::types::payments::BankCardData),
}

impl BankCardData {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::BankCardData(_) => 0x3e24e573,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::BankCardData(_) => "payments.bankCardData",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3e24e573 => Self::BankCardData(<crate::types::payments::BankCardData>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.BankCardData" }),
        })
    }
}

impl Serialize for BankCardData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::BankCardData(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for BankCardData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for BankCardData {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::BankCardData(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::BankCardData> for BankCardData {
    fn from(x: crate::types::payments::BankCardData) -> Self {
        Self::BankCardData(x)
    }
}

impl crate::peers::Peers for BankCardData {}

/// The boxed type `payments.CheckCanSendGiftResult`: `payments.checkCanSendGiftResultOk`, `payments.checkCanSendGiftResultFail`.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckCanSendGiftResult {
    /// `payments.checkCanSendGiftResultOk#374fa7ad`
    CheckCanSendGiftResultOk,
    /// `payments.checkCanSendGiftResultFail#d5e58274`
    CheckCanSendGiftResultFail(crate::types::payments::CheckCanSendGiftResultFail),
}

impl CheckCanSendGiftResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CheckCanSendGiftResultOk => 0x374fa7ad,
            Self::CheckCanSendGiftResultFail(_) => 0xd5e58274,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CheckCanSendGiftResultOk => "payments.checkCanSendGiftResultOk",
            Self::CheckCanSendGiftResultFail(_) => "payments.checkCanSendGiftResultFail",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x374fa7ad => Self::CheckCanSendGiftResultOk,
            0xd5e58274 => Self::CheckCanSendGiftResultFail(<crate::types::payments::CheckCanSendGiftResultFail>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.CheckCanSendGiftResult" }),
        })
    }
}

impl Serialize for CheckCanSendGiftResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CheckCanSendGiftResultOk => buf.extend_from_slice(&0x374fa7adu32.to_le_bytes()),
            Self::CheckCanSendGiftResultFail(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CheckCanSendGiftResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckCanSendGiftResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CheckCanSendGiftResultOk => {
                w.begin_object("payments.checkCanSendGiftResultOk");
                w.end_object();
            }
            Self::CheckCanSendGiftResultFail(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::CheckCanSendGiftResultOk> for CheckCanSendGiftResult {
    fn from(_x: crate::types::payments::CheckCanSendGiftResultOk) -> Self {
        Self::CheckCanSendGiftResultOk
    }
}

impl From<crate::types::payments::CheckCanSendGiftResultFail> for CheckCanSendGiftResult {
    fn from(x: crate::types::payments::CheckCanSendGiftResultFail) -> Self {
        Self::CheckCanSendGiftResultFail(x)
    }
}

impl crate::peers::Peers for CheckCanSendGiftResult {}

/// The boxed type `payments.CheckedGiftCode`: `payments.checkedGiftCode`.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckedGiftCode {
    /// `payments.checkedGiftCode#eb983f8f`
    CheckedGiftCode(crate::types::payments::CheckedGiftCode),
}

impl CheckedGiftCode {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CheckedGiftCode(_) => 0xeb983f8f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CheckedGiftCode(_) => "payments.checkedGiftCode",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xeb983f8f => Self::CheckedGiftCode(<crate::types::payments::CheckedGiftCode>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.CheckedGiftCode" }),
        })
    }
}

impl Serialize for CheckedGiftCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CheckedGiftCode(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CheckedGiftCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckedGiftCode {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CheckedGiftCode(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::CheckedGiftCode> for CheckedGiftCode {
    fn from(x: crate::types::payments::CheckedGiftCode) -> Self {
        Self::CheckedGiftCode(x)
    }
}

impl crate::peers::Peers for CheckedGiftCode {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::CheckedGiftCode(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.ConnectedStarRefBots`: `payments.connectedStarRefBots`.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectedStarRefBots {
    /// `payments.connectedStarRefBots#98d5ea1d`
    ConnectedStarRefBots(crate::types::payments::ConnectedStarRefBots),
}

impl ConnectedStarRefBots {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ConnectedStarRefBots(_) => 0x98d5ea1d,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ConnectedStarRefBots(_) => "payments.connectedStarRefBots",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x98d5ea1d => Self::ConnectedStarRefBots(<crate::types::payments::ConnectedStarRefBots>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.ConnectedStarRefBots" }),
        })
    }
}

impl Serialize for ConnectedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ConnectedStarRefBots(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ConnectedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ConnectedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ConnectedStarRefBots(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::ConnectedStarRefBots> for ConnectedStarRefBots {
    fn from(x: crate::types::payments::ConnectedStarRefBots) -> Self {
        Self::ConnectedStarRefBots(x)
    }
}

impl crate::peers::Peers for ConnectedStarRefBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ConnectedStarRefBots(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.CurrencyRates`: `payments.currencyRates`.
#[derive(Debug, Clone, PartialEq)]
pub enum CurrencyRates {
    /// `payments.currencyRates#bbcce4c2`
    CurrencyRates(crate::types::payments::CurrencyRates),
}

impl CurrencyRates {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CurrencyRates(_) => 0xbbcce4c2,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CurrencyRates(_) => "payments.currencyRates",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xbbcce4c2 => Self::CurrencyRates(<crate::types::payments::CurrencyRates>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.CurrencyRates" }),
        })
    }
}

impl Serialize for CurrencyRates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CurrencyRates(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CurrencyRates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CurrencyRates {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CurrencyRates(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::CurrencyRates> for CurrencyRates {
    fn from(x: crate::types::payments::CurrencyRates) -> Self {
        Self::CurrencyRates(x)
    }
}

impl crate::peers::Peers for CurrencyRates {}

/// The boxed type `payments.ExportedInvoice`: `payments.exportedInvoice`.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportedInvoice {
    /// `payments.exportedInvoice#aed0cbd9`
    ExportedInvoice(crate::types::payments::ExportedInvoice),
}

impl ExportedInvoice {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ExportedInvoice(_) => 0xaed0cbd9,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ExportedInvoice(_) => "payments.exportedInvoice",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xaed0cbd9 => Self::ExportedInvoice(<crate::types::payments::ExportedInvoice>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.ExportedInvoice" }),
        })
    }
}

impl Serialize for ExportedInvoice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ExportedInvoice(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ExportedInvoice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedInvoice {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ExportedInvoice(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::ExportedInvoice> for ExportedInvoice {
    fn from(x: crate::types::payments::ExportedInvoice) -> Self {
        Self::ExportedInvoice(x)
    }
}

impl crate::peers::Peers for ExportedInvoice {}

/// The boxed type `payments.GiveawayInfo`: `payments.giveawayInfo`, `payments.giveawayInfoResults`.
#[derive(Debug, Clone, PartialEq)]
pub enum GiveawayInfo {
    /// `payments.giveawayInfo#4367daa0`
    GiveawayInfo(crate::types::payments::GiveawayInfo),
    /// `payments.giveawayInfoResults#e175e66f`
    GiveawayInfoResults(crate::types::payments::GiveawayInfoResults),
}

impl GiveawayInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::GiveawayInfo(_) => 0x4367daa0,
            Self::GiveawayInfoResults(_) => 0xe175e66f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::GiveawayInfo(_) => "payments.giveawayInfo",
            Self::GiveawayInfoResults(_) => "payments.giveawayInfoResults",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4367daa0 => Self::GiveawayInfo(<crate::types::payments::GiveawayInfo>::deserialize_bare(r)?),
            0xe175e66f => Self::GiveawayInfoResults(<crate::types::payments::GiveawayInfoResults>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.GiveawayInfo" }),
        })
    }
}

impl Serialize for GiveawayInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::GiveawayInfo(x) => x.serialize(buf),
            Self::GiveawayInfoResults(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for GiveawayInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for GiveawayInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::GiveawayInfo(x) => x.write_json(w),
            Self::GiveawayInfoResults(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::GiveawayInfo> for GiveawayInfo {
    fn from(x: crate::types::payments::GiveawayInfo) -> Self {
        Self::GiveawayInfo(x)
    }
}

impl From<crate::types::payments::GiveawayInfoResults> for GiveawayInfo {
    fn from(x: crate::types::payments::GiveawayInfoResults) -> Self {
        Self::GiveawayInfoResults(x)
    }
}

impl crate::peers::Peers for GiveawayInfo {}

/// The boxed type `payments.PaymentForm`: `payments.paymentForm`, `payments.paymentFormStars`, `payments.paymentFormStarGift`.
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentForm {
    /// `payments.paymentForm#a0058751`
    PaymentForm(crate::types::payments::PaymentForm),
    /// `payments.paymentFormStars#7bf6b15c`
    PaymentFormStars(crate::types::payments::PaymentFormStars),
    /// `payments.paymentFormStarGift#b425cfe1`
    PaymentFormStarGift(crate::types::payments::PaymentFormStarGift),
}

impl PaymentForm {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PaymentForm(_) => 0xa0058751,
            Self::PaymentFormStars(_) => 0x7bf6b15c,
            Self::PaymentFormStarGift(_) => 0xb425cfe1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PaymentForm(_) => "payments.paymentForm",
            Self::PaymentFormStars(_) => "payments.paymentFormStars",
            Self::PaymentFormStarGift(_) => "payments.paymentFormStarGift",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa0058751 => Self::PaymentForm(<crate::types::payments::PaymentForm>::deserialize_bare(r)?),
            0x7bf6b15c => Self::PaymentFormStars(<crate::types::payments::PaymentFormStars>::deserialize_bare(r)?),
            0xb425cfe1 => Self::PaymentFormStarGift(<crate::types::payments::PaymentFormStarGift>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.PaymentForm" }),
        })
    }
}

impl Serialize for PaymentForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PaymentForm(x) => x.serialize(buf),
            Self::PaymentFormStars(x) => x.serialize(buf),
            Self::PaymentFormStarGift(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PaymentForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentForm {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PaymentForm(x) => x.write_json(w),
            Self::PaymentFormStars(x) => x.write_json(w),
            Self::PaymentFormStarGift(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::PaymentForm> for PaymentForm {
    fn from(x: crate::types::payments::PaymentForm) -> Self {
        Self::PaymentForm(x)
    }
}

impl From<crate::types::payments::PaymentFormStars> for PaymentForm {
    fn from(x: crate::types::payments::PaymentFormStars) -> Self {
        Self::PaymentFormStars(x)
    }
}

impl From<crate::types::payments::PaymentFormStarGift> for PaymentForm {
    fn from(x: crate::types::payments::PaymentFormStarGift) -> Self {
        Self::PaymentFormStarGift(x)
    }
}

impl crate::peers::Peers for PaymentForm {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PaymentForm(x) => crate::peers::Peers::collect_peers(x, found),
            Self::PaymentFormStars(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `payments.PaymentReceipt`: `payments.paymentReceipt`, `payments.paymentReceiptStars`.
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentReceipt {
    /// `payments.paymentReceipt#70c4fe03`
    PaymentReceipt(crate::types::payments::PaymentReceipt),
    /// `payments.paymentReceiptStars#dabbf83a`
    PaymentReceiptStars(crate::types::payments::PaymentReceiptStars),
}

impl PaymentReceipt {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PaymentReceipt(_) => 0x70c4fe03,
            Self::PaymentReceiptStars(_) => 0xdabbf83a,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PaymentReceipt(_) => "payments.paymentReceipt",
            Self::PaymentReceiptStars(_) => "payments.paymentReceiptStars",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x70c4fe03 => Self::PaymentReceipt(<crate::types::payments::PaymentReceipt>::deserialize_bare(r)?),
            0xdabbf83a => Self::PaymentReceiptStars(<crate::types::payments::PaymentReceiptStars>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.PaymentReceipt" }),
        })
    }
}

impl Serialize for PaymentReceipt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PaymentReceipt(x) => x.serialize(buf),
            Self::PaymentReceiptStars(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PaymentReceipt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentReceipt {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PaymentReceipt(x) => x.write_json(w),
            Self::PaymentReceiptStars(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::PaymentReceipt> for PaymentReceipt {
    fn from(x: crate::types::payments::PaymentReceipt) -> Self {
        Self::PaymentReceipt(x)
    }
}

impl From<crate::types::payments::PaymentReceiptStars> for PaymentReceipt {
    fn from(x: crate::types::payments::PaymentReceiptStars) -> Self {
        Self::PaymentReceiptStars(x)
    }
}

impl crate::peers::Peers for PaymentReceipt {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PaymentReceipt(x) => crate::peers::Peers::collect_peers(x, found),
            Self::PaymentReceiptStars(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.PaymentResult`: `payments.paymentResult`, `payments.paymentVerificationNeeded`.
#[derive(Debug, Clone, PartialEq)]
pub enum PaymentResult {
    /// `payments.paymentResult#4e5f810d`
    PaymentResult(crate::types::payments::PaymentResult),
    /// `payments.paymentVerificationNeeded#d8411139`
    PaymentVerificationNeeded(crate::types::payments::PaymentVerificationNeeded),
}

impl PaymentResult {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::PaymentResult(_) => 0x4e5f810d,
            Self::PaymentVerificationNeeded(_) => 0xd8411139,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::PaymentResult(_) => "payments.paymentResult",
            Self::PaymentVerificationNeeded(_) => "payments.paymentVerificationNeeded",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x4e5f810d => Self::PaymentResult(<crate::types::payments::PaymentResult>::deserialize_bare(r)?),
            0xd8411139 => Self::PaymentVerificationNeeded(<crate::types::payments::PaymentVerificationNeeded>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.PaymentResult" }),
        })
    }
}

impl Serialize for PaymentResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::PaymentResult(x) => x.serialize(buf),
            Self::PaymentVerificationNeeded(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for PaymentResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentResult {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::PaymentResult(x) => x.write_json(w),
            Self::PaymentVerificationNeeded(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::PaymentResult> for PaymentResult {
    fn from(x: crate::types::payments::PaymentResult) -> Self {
        Self::PaymentResult(x)
    }
}

impl From<crate::types::payments::PaymentVerificationNeeded> for PaymentResult {
    fn from(x: crate::types::payments::PaymentVerificationNeeded) -> Self {
        Self::PaymentVerificationNeeded(x)
    }
}

impl crate::peers::Peers for PaymentResult {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::PaymentResult(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `payments.ResaleStarGifts`: `payments.resaleStarGifts`.
#[derive(Debug, Clone, PartialEq)]
pub enum ResaleStarGifts {
    /// `payments.resaleStarGifts#947a12df`
    ResaleStarGifts(crate::types::payments::ResaleStarGifts),
}

impl ResaleStarGifts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ResaleStarGifts(_) => 0x947a12df,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ResaleStarGifts(_) => "payments.resaleStarGifts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x947a12df => Self::ResaleStarGifts(<crate::types::payments::ResaleStarGifts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.ResaleStarGifts" }),
        })
    }
}

impl Serialize for ResaleStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ResaleStarGifts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ResaleStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ResaleStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ResaleStarGifts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::ResaleStarGifts> for ResaleStarGifts {
    fn from(x: crate::types::payments::ResaleStarGifts) -> Self {
        Self::ResaleStarGifts(x)
    }
}

impl crate::peers::Peers for ResaleStarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::ResaleStarGifts(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.SavedInfo`: `payments.savedInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedInfo {
    /// `payments.savedInfo#fb8fe43c`
    SavedInfo(crate::types::payments::SavedInfo),
}

impl SavedInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedInfo(_) => 0xfb8fe43c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedInfo(_) => "payments.savedInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xfb8fe43c => Self::SavedInfo(<crate::types::payments::SavedInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.SavedInfo" }),
        })
    }
}

impl Serialize for SavedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::SavedInfo> for SavedInfo {
    fn from(x: crate::types::payments::SavedInfo) -> Self {
        Self::SavedInfo(x)
    }
}

impl crate::peers::Peers for SavedInfo {}

/// The boxed type `payments.SavedStarGifts`: `payments.savedStarGifts`.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedStarGifts {
    /// `payments.savedStarGifts#95f389b1`
    SavedStarGifts(crate::types::payments::SavedStarGifts),
}

impl SavedStarGifts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SavedStarGifts(_) => 0x95f389b1,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SavedStarGifts(_) => "payments.savedStarGifts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x95f389b1 => Self::SavedStarGifts(<crate::types::payments::SavedStarGifts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.SavedStarGifts" }),
        })
    }
}

impl Serialize for SavedStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SavedStarGifts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SavedStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SavedStarGifts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::SavedStarGifts> for SavedStarGifts {
    fn from(x: crate::types::payments::SavedStarGifts) -> Self {
        Self::SavedStarGifts(x)
    }
}

impl crate::peers::Peers for SavedStarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SavedStarGifts(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.StarGiftActiveAuctions`: `payments.starGiftActiveAuctionsNotModified`, `payments.starGiftActiveAuctions`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftActiveAuctions {
    /// `payments.starGiftActiveAuctionsNotModified#db33dad0`
    StarGiftActiveAuctionsNotModified,
    /// `payments.starGiftActiveAuctions#aef6abbc`
    StarGiftActiveAuctions(crate::types::payments::StarGiftActiveAuctions),
}

impl StarGiftActiveAuctions {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftActiveAuctionsNotModified => 0xdb33dad0,
            Self::StarGiftActiveAuctions(_) => 0xaef6abbc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftActiveAuctionsNotModified => "payments.starGiftActiveAuctionsNotModified",
            Self::StarGiftActiveAuctions(_) => "payments.starGiftActiveAuctions",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xdb33dad0 => Self::StarGiftActiveAuctionsNotModified,
            0xaef6abbc => Self::StarGiftActiveAuctions(<crate::types::payments::StarGiftActiveAuctions>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftActiveAuctions" }),
        })
    }
}

impl Serialize for StarGiftActiveAuctions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftActiveAuctionsNotModified => buf.extend_from_slice(&0xdb33dad0u32.to_le_bytes()),
            Self::StarGiftActiveAuctions(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftActiveAuctions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftActiveAuctions {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftActiveAuctionsNotModified => {
                w.begin_object("payments.starGiftActiveAuctionsNotModified");
                w.end_object();
            }
            Self::StarGiftActiveAuctions(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftActiveAuctionsNotModified> for StarGiftActiveAuctions {
    fn from(_x: crate::types::payments::StarGiftActiveAuctionsNotModified) -> Self {
        Self::StarGiftActiveAuctionsNotModified
    }
}

impl From<crate::types::payments::StarGiftActiveAuctions> for StarGiftActiveAuctions {
    fn from(x: crate::types::payments::StarGiftActiveAuctions) -> Self {
        Self::StarGiftActiveAuctions(x)
    }
}

impl crate::peers::Peers for StarGiftActiveAuctions {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StarGiftActiveAuctions(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `payments.StarGiftAuctionAcquiredGifts`: `payments.starGiftAuctionAcquiredGifts`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftAuctionAcquiredGifts {
    /// `payments.starGiftAuctionAcquiredGifts#7d5bd1f0`
    StarGiftAuctionAcquiredGifts(crate::types::payments::StarGiftAuctionAcquiredGifts),
}

impl StarGiftAuctionAcquiredGifts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftAuctionAcquiredGifts(_) => 0x7d5bd1f0,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftAuctionAcquiredGifts(_) => "payments.starGiftAuctionAcquiredGifts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x7d5bd1f0 => Self::StarGiftAuctionAcquiredGifts(<crate::types::payments::StarGiftAuctionAcquiredGifts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftAuctionAcquiredGifts" }),
        })
    }
}

impl Serialize for StarGiftAuctionAcquiredGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftAuctionAcquiredGifts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftAuctionAcquiredGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftAuctionAcquiredGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftAuctionAcquiredGifts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftAuctionAcquiredGifts> for StarGiftAuctionAcquiredGifts {
    fn from(x: crate::types::payments::StarGiftAuctionAcquiredGifts) -> Self {
        Self::StarGiftAuctionAcquiredGifts(x)
    }
}

impl crate::peers::Peers for StarGiftAuctionAcquiredGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StarGiftAuctionAcquiredGifts(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.StarGiftAuctionState`: `payments.starGiftAuctionState`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftAuctionState {
    /// `payments.starGiftAuctionState#6b39f4ec`
    StarGiftAuctionState(crate::types::payments::StarGiftAuctionState),
}

impl StarGiftAuctionState {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftAuctionState(_) => 0x6b39f4ec,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftAuctionState(_) => "payments.starGiftAuctionState",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6b39f4ec => Self::StarGiftAuctionState(<crate::types::payments::StarGiftAuctionState>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftAuctionState" }),
        })
    }
}

impl Serialize for StarGiftAuctionState {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftAuctionState(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftAuctionState {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftAuctionState {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftAuctionState(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftAuctionState> for StarGiftAuctionState {
    fn from(x: crate::types::payments::StarGiftAuctionState) -> Self {
        Self::StarGiftAuctionState(x)
    }
}

impl crate::peers::Peers for StarGiftAuctionState {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StarGiftAuctionState(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.StarGiftCollections`: `payments.starGiftCollectionsNotModified`, `payments.starGiftCollections`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftCollections {
    /// `payments.starGiftCollectionsNotModified#a0ba4f17`
    StarGiftCollectionsNotModified,
    /// `payments.starGiftCollections#8a2932f3`
    StarGiftCollections(crate::types::payments::StarGiftCollections),
}

impl StarGiftCollections {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftCollectionsNotModified => 0xa0ba4f17,
            Self::StarGiftCollections(_) => 0x8a2932f3,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftCollectionsNotModified => "payments.starGiftCollectionsNotModified",
            Self::StarGiftCollections(_) => "payments.starGiftCollections",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa0ba4f17 => Self::StarGiftCollectionsNotModified,
            0x8a2932f3 => Self::StarGiftCollections(<crate::types::payments::StarGiftCollections>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftCollections" }),
        })
    }
}

impl Serialize for StarGiftCollections {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftCollectionsNotModified => buf.extend_from_slice(&0xa0ba4f17u32.to_le_bytes()),
            Self::StarGiftCollections(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftCollections {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftCollections {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftCollectionsNotModified => {
                w.begin_object("payments.starGiftCollectionsNotModified");
                w.end_object();
            }
            Self::StarGiftCollections(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftCollectionsNotModified> for StarGiftCollections {
    fn from(_x: crate::types::payments::StarGiftCollectionsNotModified) -> Self {
        Self::StarGiftCollectionsNotModified
    }
}

impl From<crate::types::payments::StarGiftCollections> for StarGiftCollections {
    fn from(x: crate::types::payments::StarGiftCollections) -> Self {
        Self::StarGiftCollections(x)
    }
}

impl crate::peers::Peers for StarGiftCollections {}

/// The boxed type `payments.StarGiftUpgradeAttributes`: `payments.starGiftUpgradeAttributes`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftUpgradeAttributes {
    /// `payments.starGiftUpgradeAttributes#46c6e36f`
    StarGiftUpgradeAttributes(crate::types::payments::StarGiftUpgradeAttributes),
}

impl StarGiftUpgradeAttributes {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftUpgradeAttributes(_) => 0x46c6e36f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftUpgradeAttributes(_) => "payments.starGiftUpgradeAttributes",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x46c6e36f => Self::StarGiftUpgradeAttributes(<crate::types::payments::StarGiftUpgradeAttributes>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftUpgradeAttributes" }),
        })
    }
}

impl Serialize for StarGiftUpgradeAttributes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftUpgradeAttributes(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftUpgradeAttributes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftUpgradeAttributes {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftUpgradeAttributes(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftUpgradeAttributes> for StarGiftUpgradeAttributes {
    fn from(x: crate::types::payments::StarGiftUpgradeAttributes) -> Self {
        Self::StarGiftUpgradeAttributes(x)
    }
}

impl crate::peers::Peers for StarGiftUpgradeAttributes {}

/// The boxed type `payments.StarGiftUpgradePreview`: `payments.starGiftUpgradePreview`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftUpgradePreview {
    /// `payments.starGiftUpgradePreview#3de1dfed`
    StarGiftUpgradePreview(crate::types::payments::StarGiftUpgradePreview),
}

impl StarGiftUpgradePreview {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftUpgradePreview(_) => 0x3de1dfed,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftUpgradePreview(_) => "payments.starGiftUpgradePreview",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x3de1dfed => Self::StarGiftUpgradePreview(<crate::types::payments::StarGiftUpgradePreview>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftUpgradePreview" }),
        })
    }
}

impl Serialize for StarGiftUpgradePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftUpgradePreview(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftUpgradePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftUpgradePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftUpgradePreview(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftUpgradePreview> for StarGiftUpgradePreview {
    fn from(x: crate::types::payments::StarGiftUpgradePreview) -> Self {
        Self::StarGiftUpgradePreview(x)
    }
}

impl crate::peers::Peers for StarGiftUpgradePreview {}

/// The boxed type `payments.StarGiftWithdrawalUrl`: `payments.starGiftWithdrawalUrl`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGiftWithdrawalUrl {
    /// `payments.starGiftWithdrawalUrl#84aa3a9c`
    StarGiftWithdrawalUrl(crate::types::payments::StarGiftWithdrawalUrl),
}

impl StarGiftWithdrawalUrl {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftWithdrawalUrl(_) => 0x84aa3a9c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftWithdrawalUrl(_) => "payments.starGiftWithdrawalUrl",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x84aa3a9c => Self::StarGiftWithdrawalUrl(<crate::types::payments::StarGiftWithdrawalUrl>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGiftWithdrawalUrl" }),
        })
    }
}

impl Serialize for StarGiftWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftWithdrawalUrl(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGiftWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftWithdrawalUrl(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftWithdrawalUrl> for StarGiftWithdrawalUrl {
    fn from(x: crate::types::payments::StarGiftWithdrawalUrl) -> Self {
        Self::StarGiftWithdrawalUrl(x)
    }
}

impl crate::peers::Peers for StarGiftWithdrawalUrl {}

/// The boxed type `payments.StarGifts`: `payments.starGiftsNotModified`, `payments.starGifts`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarGifts {
    /// `payments.starGiftsNotModified#a388a368`
    StarGiftsNotModified,
    /// `payments.starGifts#2ed82995`
    StarGifts(crate::types::payments::StarGifts),
}

impl StarGifts {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarGiftsNotModified => 0xa388a368,
            Self::StarGifts(_) => 0x2ed82995,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarGiftsNotModified => "payments.starGiftsNotModified",
            Self::StarGifts(_) => "payments.starGifts",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xa388a368 => Self::StarGiftsNotModified,
            0x2ed82995 => Self::StarGifts(<crate::types::payments::StarGifts>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarGifts" }),
        })
    }
}

impl Serialize for StarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarGiftsNotModified => buf.extend_from_slice(&0xa388a368u32.to_le_bytes()),
            Self::StarGifts(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarGiftsNotModified => {
                w.begin_object("payments.starGiftsNotModified");
                w.end_object();
            }
            Self::StarGifts(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarGiftsNotModified> for StarGifts {
    fn from(_x: crate::types::payments::StarGiftsNotModified) -> Self {
        Self::StarGiftsNotModified
    }
}

impl From<crate::types::payments::StarGifts> for StarGifts {
    fn from(x: crate::types::payments::StarGifts) -> Self {
        Self::StarGifts(x)
    }
}

impl crate::peers::Peers for StarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StarGifts(x) => crate::peers::Peers::collect_peers(x, found),
            _ => {}
        }
    }
}

/// The boxed type `payments.StarsRevenueAdsAccountUrl`: `payments.starsRevenueAdsAccountUrl`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarsRevenueAdsAccountUrl {
    /// `payments.starsRevenueAdsAccountUrl#394e7f21`
    StarsRevenueAdsAccountUrl(crate::types::payments::StarsRevenueAdsAccountUrl),
}

impl StarsRevenueAdsAccountUrl {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarsRevenueAdsAccountUrl(_) => 0x394e7f21,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarsRevenueAdsAccountUrl(_) => "payments.starsRevenueAdsAccountUrl",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x394e7f21 => Self::StarsRevenueAdsAccountUrl(<crate::types::payments::StarsRevenueAdsAccountUrl>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarsRevenueAdsAccountUrl" }),
        })
    }
}

impl Serialize for StarsRevenueAdsAccountUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarsRevenueAdsAccountUrl(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarsRevenueAdsAccountUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueAdsAccountUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarsRevenueAdsAccountUrl(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarsRevenueAdsAccountUrl> for StarsRevenueAdsAccountUrl {
    fn from(x: crate::types::payments::StarsRevenueAdsAccountUrl) -> Self {
        Self::StarsRevenueAdsAccountUrl(x)
    }
}

impl crate::peers::Peers for StarsRevenueAdsAccountUrl {}

/// The boxed type `payments.StarsRevenueStats`: `payments.starsRevenueStats`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarsRevenueStats {
    /// `payments.starsRevenueStats#6c207376`
    StarsRevenueStats(crate::types::payments::StarsRevenueStats),
}

impl StarsRevenueStats {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarsRevenueStats(_) => 0x6c207376,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarsRevenueStats(_) => "payments.starsRevenueStats",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6c207376 => Self::StarsRevenueStats(<crate::types::payments::StarsRevenueStats>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarsRevenueStats" }),
        })
    }
}

impl Serialize for StarsRevenueStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarsRevenueStats(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarsRevenueStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueStats {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarsRevenueStats(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarsRevenueStats> for StarsRevenueStats {
    fn from(x: crate::types::payments::StarsRevenueStats) -> Self {
        Self::StarsRevenueStats(x)
    }
}

impl crate::peers::Peers for StarsRevenueStats {}

/// The boxed type `payments.StarsRevenueWithdrawalUrl`: `payments.starsRevenueWithdrawalUrl`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarsRevenueWithdrawalUrl {
    /// `payments.starsRevenueWithdrawalUrl#1dab80b7`
    StarsRevenueWithdrawalUrl(crate::types::payments::StarsRevenueWithdrawalUrl),
}

impl StarsRevenueWithdrawalUrl {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarsRevenueWithdrawalUrl(_) => 0x1dab80b7,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarsRevenueWithdrawalUrl(_) => "payments.starsRevenueWithdrawalUrl",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x1dab80b7 => Self::StarsRevenueWithdrawalUrl(<crate::types::payments::StarsRevenueWithdrawalUrl>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarsRevenueWithdrawalUrl" }),
        })
    }
}

impl Serialize for StarsRevenueWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarsRevenueWithdrawalUrl(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarsRevenueWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarsRevenueWithdrawalUrl(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarsRevenueWithdrawalUrl> for StarsRevenueWithdrawalUrl {
    fn from(x: crate::types::payments::StarsRevenueWithdrawalUrl) -> Self {
        Self::StarsRevenueWithdrawalUrl(x)
    }
}

impl crate::peers::Peers for StarsRevenueWithdrawalUrl {}

/// The boxed type `payments.StarsStatus`: `payments.starsStatus`.
#[derive(Debug, Clone, PartialEq)]
pub enum StarsStatus {
    /// `payments.starsStatus#6c9ce8ed`
    StarsStatus(crate::types::payments::StarsStatus),
}

impl StarsStatus {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::StarsStatus(_) => 0x6c9ce8ed,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::StarsStatus(_) => "payments.starsStatus",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x6c9ce8ed => Self::StarsStatus(<crate::types::payments::StarsStatus>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.StarsStatus" }),
        })
    }
}

impl Serialize for StarsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::StarsStatus(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for StarsStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::StarsStatus(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::StarsStatus> for StarsStatus {
    fn from(x: crate::types::payments::StarsStatus) -> Self {
        Self::StarsStatus(x)
    }
}

impl crate::peers::Peers for StarsStatus {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::StarsStatus(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.SuggestedStarRefBots`: `payments.suggestedStarRefBots`.
#[derive(Debug, Clone, PartialEq)]
pub enum SuggestedStarRefBots {
    /// `payments.suggestedStarRefBots#b4d5d859`
    SuggestedStarRefBots(crate::types::payments::SuggestedStarRefBots),
}

impl SuggestedStarRefBots {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::SuggestedStarRefBots(_) => 0xb4d5d859,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::SuggestedStarRefBots(_) => "payments.suggestedStarRefBots",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xb4d5d859 => Self::SuggestedStarRefBots(<crate::types::payments::SuggestedStarRefBots>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.SuggestedStarRefBots" }),
        })
    }
}

impl Serialize for SuggestedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::SuggestedStarRefBots(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for SuggestedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::SuggestedStarRefBots(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::SuggestedStarRefBots> for SuggestedStarRefBots {
    fn from(x: crate::types::payments::SuggestedStarRefBots) -> Self {
        Self::SuggestedStarRefBots(x)
    }
}

impl crate::peers::Peers for SuggestedStarRefBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::SuggestedStarRefBots(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.UniqueStarGift`: `payments.uniqueStarGift`.
#[derive(Debug, Clone, PartialEq)]
pub enum UniqueStarGift {
    /// `payments.uniqueStarGift#416c56e8`
    UniqueStarGift(crate::types::payments::UniqueStarGift),
}

impl UniqueStarGift {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::UniqueStarGift(_) => 0x416c56e8,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::UniqueStarGift(_) => "payments.uniqueStarGift",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x416c56e8 => Self::UniqueStarGift(<crate::types::payments::UniqueStarGift>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.UniqueStarGift" }),
        })
    }
}

impl Serialize for UniqueStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::UniqueStarGift(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for UniqueStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for UniqueStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::UniqueStarGift(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::UniqueStarGift> for UniqueStarGift {
    fn from(x: crate::types::payments::UniqueStarGift) -> Self {
        Self::UniqueStarGift(x)
    }
}

impl crate::peers::Peers for UniqueStarGift {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        match self {
            Self::UniqueStarGift(x) => crate::peers::Peers::collect_peers(x, found),
        }
    }
}

/// The boxed type `payments.UniqueStarGiftValueInfo`: `payments.uniqueStarGiftValueInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum UniqueStarGiftValueInfo {
    /// `payments.uniqueStarGiftValueInfo#512fe446`
    UniqueStarGiftValueInfo(crate::types::payments::UniqueStarGiftValueInfo),
}

impl UniqueStarGiftValueInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::UniqueStarGiftValueInfo(_) => 0x512fe446,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::UniqueStarGiftValueInfo(_) => "payments.uniqueStarGiftValueInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x512fe446 => Self::UniqueStarGiftValueInfo(<crate::types::payments::UniqueStarGiftValueInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.UniqueStarGiftValueInfo" }),
        })
    }
}

impl Serialize for UniqueStarGiftValueInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::UniqueStarGiftValueInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for UniqueStarGiftValueInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for UniqueStarGiftValueInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::UniqueStarGiftValueInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::UniqueStarGiftValueInfo> for UniqueStarGiftValueInfo {
    fn from(x: crate::types::payments::UniqueStarGiftValueInfo) -> Self {
        Self::UniqueStarGiftValueInfo(x)
    }
}

impl crate::peers::Peers for UniqueStarGiftValueInfo {}

/// The boxed type `payments.ValidatedRequestedInfo`: `payments.validatedRequestedInfo`.
#[derive(Debug, Clone, PartialEq)]
pub enum ValidatedRequestedInfo {
    /// `payments.validatedRequestedInfo#d1451883`
    ValidatedRequestedInfo(crate::types::payments::ValidatedRequestedInfo),
}

impl ValidatedRequestedInfo {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::ValidatedRequestedInfo(_) => 0xd1451883,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::ValidatedRequestedInfo(_) => "payments.validatedRequestedInfo",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xd1451883 => Self::ValidatedRequestedInfo(<crate::types::payments::ValidatedRequestedInfo>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "payments.ValidatedRequestedInfo" }),
        })
    }
}

impl Serialize for ValidatedRequestedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::ValidatedRequestedInfo(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for ValidatedRequestedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for ValidatedRequestedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::ValidatedRequestedInfo(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::payments::ValidatedRequestedInfo> for ValidatedRequestedInfo {
    fn from(x: crate::types::payments::ValidatedRequestedInfo) -> Self {
        Self::ValidatedRequestedInfo(x)
    }
}

impl crate::peers::Peers for ValidatedRequestedInfo {}
