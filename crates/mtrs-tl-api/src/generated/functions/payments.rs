// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `payments` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `payments.getPaymentForm#37148dbb flags:# invoice:InputInvoice theme_params:flags.0?DataJSON = payments.PaymentForm`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaymentForm {
    /// `invoice:InputInvoice`
    pub invoice: crate::enums::InputInvoice,
    /// `theme_params:flags.0?DataJSON`
    pub theme_params: Option<crate::enums::DataJSON>,
}

impl Identifiable for GetPaymentForm {
    const CONSTRUCTOR_ID: u32 = 0x37148dbb;
    const NAME: &'static str = "payments.getPaymentForm";
}

impl Serialize for GetPaymentForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.theme_params.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.invoice.serialize(buf);
        if let Some(v) = &self.theme_params {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetPaymentForm {
    type Return = crate::enums::payments::PaymentForm;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPaymentForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_invoice = <crate::enums::InputInvoice>::deserialize(r)?;
        let f_theme_params = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        Ok(Self { invoice: f_invoice, theme_params: f_theme_params })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPaymentForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("theme_params");
        self.theme_params.write_json(w);
        w.end_object();
    }
}

/// `payments.getPaymentReceipt#2478d1cc peer:InputPeer msg_id:int = payments.PaymentReceipt`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPaymentReceipt {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetPaymentReceipt {
    const CONSTRUCTOR_ID: u32 = 0x2478d1cc;
    const NAME: &'static str = "payments.getPaymentReceipt";
}

impl Serialize for GetPaymentReceipt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetPaymentReceipt {
    type Return = crate::enums::payments::PaymentReceipt;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPaymentReceipt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPaymentReceipt {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `payments.validateRequestedInfo#b6c8f12b flags:# save:flags.0?true invoice:InputInvoice info:PaymentRequestedInfo = payments.ValidatedRequestedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct ValidateRequestedInfo {
    /// `save:flags.0?true`
    pub save: bool,
    /// `invoice:InputInvoice`
    pub invoice: crate::enums::InputInvoice,
    /// `info:PaymentRequestedInfo`
    pub info: crate::enums::PaymentRequestedInfo,
}

impl Identifiable for ValidateRequestedInfo {
    const CONSTRUCTOR_ID: u32 = 0xb6c8f12b;
    const NAME: &'static str = "payments.validateRequestedInfo";
}

impl Serialize for ValidateRequestedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.save { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.invoice.serialize(buf);
        self.info.serialize(buf);
    }
}

impl RemoteCall for ValidateRequestedInfo {
    type Return = crate::enums::payments::ValidatedRequestedInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ValidateRequestedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_save = fl_flags & (1 << 0) != 0;
        let f_invoice = <crate::enums::InputInvoice>::deserialize(r)?;
        let f_info = <crate::enums::PaymentRequestedInfo>::deserialize(r)?;
        Ok(Self { save: f_save, invoice: f_invoice, info: f_info })
    }
}

#[cfg(feature = "json")]
impl ToJson for ValidateRequestedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("save");
        self.save.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("info");
        self.info.write_json(w);
        w.end_object();
    }
}

/// `payments.sendPaymentForm#2d03522f flags:# form_id:long invoice:InputInvoice requested_info_id:flags.0?string shipping_option_id:flags.1?string credentials:InputPaymentCredentials tip_amount:flags.2?long = payments.PaymentResult`
#[derive(Debug, Clone, PartialEq)]
pub struct SendPaymentForm {
    /// `form_id:long`
    pub form_id: i64,
    /// `invoice:InputInvoice`
    pub invoice: crate::enums::InputInvoice,
    /// `requested_info_id:flags.0?string`
    pub requested_info_id: Option<mtrs_tl::TlString>,
    /// `shipping_option_id:flags.1?string`
    pub shipping_option_id: Option<mtrs_tl::TlString>,
    /// `credentials:InputPaymentCredentials`
    pub credentials: crate::enums::InputPaymentCredentials,
    /// `tip_amount:flags.2?long`
    pub tip_amount: Option<i64>,
}

impl Identifiable for SendPaymentForm {
    const CONSTRUCTOR_ID: u32 = 0x2d03522f;
    const NAME: &'static str = "payments.sendPaymentForm";
}

impl Serialize for SendPaymentForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.requested_info_id.is_some() { 1 << 0 } else { 0 }
            | if self.shipping_option_id.is_some() { 1 << 1 } else { 0 }
            | if self.tip_amount.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.form_id.serialize(buf);
        self.invoice.serialize(buf);
        if let Some(v) = &self.requested_info_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.shipping_option_id {
            (*v).serialize(buf);
        }
        self.credentials.serialize(buf);
        if let Some(v) = &self.tip_amount {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendPaymentForm {
    type Return = crate::enums::payments::PaymentResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendPaymentForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_form_id = <i64>::deserialize(r)?;
        let f_invoice = <crate::enums::InputInvoice>::deserialize(r)?;
        let f_requested_info_id = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_shipping_option_id = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_credentials = <crate::enums::InputPaymentCredentials>::deserialize(r)?;
        let f_tip_amount = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { form_id: f_form_id, invoice: f_invoice, requested_info_id: f_requested_info_id, shipping_option_id: f_shipping_option_id, credentials: f_credentials, tip_amount: f_tip_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendPaymentForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("form_id");
        self.form_id.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("requested_info_id");
        self.requested_info_id.write_json(w);
        w.key("shipping_option_id");
        self.shipping_option_id.write_json(w);
        w.key("credentials");
        self.credentials.write_json(w);
        w.key("tip_amount");
        self.tip_amount.write_json(w);
        w.end_object();
    }
}

/// `payments.getSavedInfo#227d824b = payments.SavedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedInfo;

impl Identifiable for GetSavedInfo {
    const CONSTRUCTOR_ID: u32 = 0x227d824b;
    const NAME: &'static str = "payments.getSavedInfo";
}

impl Serialize for GetSavedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetSavedInfo {
    type Return = crate::enums::payments::SavedInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `payments.clearSavedInfo#d83d70c1 flags:# credentials:flags.0?true info:flags.1?true = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ClearSavedInfo {
    /// `credentials:flags.0?true`
    pub credentials: bool,
    /// `info:flags.1?true`
    pub info: bool,
}

impl Identifiable for ClearSavedInfo {
    const CONSTRUCTOR_ID: u32 = 0xd83d70c1;
    const NAME: &'static str = "payments.clearSavedInfo";
}

impl Serialize for ClearSavedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.credentials { 1 << 0 } else { 0 }
            | if self.info { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for ClearSavedInfo {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ClearSavedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_credentials = fl_flags & (1 << 0) != 0;
        let f_info = fl_flags & (1 << 1) != 0;
        Ok(Self { credentials: f_credentials, info: f_info })
    }
}

#[cfg(feature = "json")]
impl ToJson for ClearSavedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("credentials");
        self.credentials.write_json(w);
        w.key("info");
        self.info.write_json(w);
        w.end_object();
    }
}

/// `payments.getBankCardData#2e79d779 number:string = payments.BankCardData`
#[derive(Debug, Clone, PartialEq)]
pub struct GetBankCardData {
    /// `number:string`
    pub number: mtrs_tl::TlString,
}

impl Identifiable for GetBankCardData {
    const CONSTRUCTOR_ID: u32 = 0x2e79d779;
    const NAME: &'static str = "payments.getBankCardData";
}

impl Serialize for GetBankCardData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.number.serialize(buf);
    }
}

impl RemoteCall for GetBankCardData {
    type Return = crate::enums::payments::BankCardData;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetBankCardData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_number = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { number: f_number })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetBankCardData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("number");
        self.number.write_json(w);
        w.end_object();
    }
}

/// `payments.exportInvoice#0f91b065 invoice_media:InputMedia = payments.ExportedInvoice`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportInvoice {
    /// `invoice_media:InputMedia`
    pub invoice_media: crate::enums::InputMedia,
}

impl Identifiable for ExportInvoice {
    const CONSTRUCTOR_ID: u32 = 0x0f91b065;
    const NAME: &'static str = "payments.exportInvoice";
}

impl Serialize for ExportInvoice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.invoice_media.serialize(buf);
    }
}

impl RemoteCall for ExportInvoice {
    type Return = crate::enums::payments::ExportedInvoice;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportInvoice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_invoice_media = <crate::enums::InputMedia>::deserialize(r)?;
        Ok(Self { invoice_media: f_invoice_media })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportInvoice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("invoice_media");
        self.invoice_media.write_json(w);
        w.end_object();
    }
}

/// `payments.assignAppStoreTransaction#80ed747d receipt:bytes purpose:InputStorePaymentPurpose = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AssignAppStoreTransaction {
    /// `receipt:bytes`
    pub receipt: Vec<u8>,
    /// `purpose:InputStorePaymentPurpose`
    pub purpose: crate::enums::InputStorePaymentPurpose,
}

impl Identifiable for AssignAppStoreTransaction {
    const CONSTRUCTOR_ID: u32 = 0x80ed747d;
    const NAME: &'static str = "payments.assignAppStoreTransaction";
}

impl Serialize for AssignAppStoreTransaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.receipt.serialize(buf);
        self.purpose.serialize(buf);
    }
}

impl RemoteCall for AssignAppStoreTransaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AssignAppStoreTransaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_receipt = <Vec<u8>>::deserialize(r)?;
        let f_purpose = <crate::enums::InputStorePaymentPurpose>::deserialize(r)?;
        Ok(Self { receipt: f_receipt, purpose: f_purpose })
    }
}

#[cfg(feature = "json")]
impl ToJson for AssignAppStoreTransaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("receipt");
        self.receipt.write_json(w);
        w.key("purpose");
        self.purpose.write_json(w);
        w.end_object();
    }
}

/// `payments.assignPlayMarketTransaction#dffd50d3 receipt:DataJSON purpose:InputStorePaymentPurpose = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct AssignPlayMarketTransaction {
    /// `receipt:DataJSON`
    pub receipt: crate::enums::DataJSON,
    /// `purpose:InputStorePaymentPurpose`
    pub purpose: crate::enums::InputStorePaymentPurpose,
}

impl Identifiable for AssignPlayMarketTransaction {
    const CONSTRUCTOR_ID: u32 = 0xdffd50d3;
    const NAME: &'static str = "payments.assignPlayMarketTransaction";
}

impl Serialize for AssignPlayMarketTransaction {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.receipt.serialize(buf);
        self.purpose.serialize(buf);
    }
}

impl RemoteCall for AssignPlayMarketTransaction {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for AssignPlayMarketTransaction {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_receipt = <crate::enums::DataJSON>::deserialize(r)?;
        let f_purpose = <crate::enums::InputStorePaymentPurpose>::deserialize(r)?;
        Ok(Self { receipt: f_receipt, purpose: f_purpose })
    }
}

#[cfg(feature = "json")]
impl ToJson for AssignPlayMarketTransaction {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("receipt");
        self.receipt.write_json(w);
        w.key("purpose");
        self.purpose.write_json(w);
        w.end_object();
    }
}

/// `payments.getPremiumGiftCodeOptions#2757ba54 flags:# boost_peer:flags.0?InputPeer = Vector<PremiumGiftCodeOption>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPremiumGiftCodeOptions {
    /// `boost_peer:flags.0?InputPeer`
    pub boost_peer: Option<crate::enums::InputPeer>,
}

impl Identifiable for GetPremiumGiftCodeOptions {
    const CONSTRUCTOR_ID: u32 = 0x2757ba54;
    const NAME: &'static str = "payments.getPremiumGiftCodeOptions";
}

impl Serialize for GetPremiumGiftCodeOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.boost_peer.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.boost_peer {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetPremiumGiftCodeOptions {
    type Return = Vec<crate::enums::PremiumGiftCodeOption>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPremiumGiftCodeOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_boost_peer = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputPeer>::deserialize(r)?) } else { None };
        Ok(Self { boost_peer: f_boost_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPremiumGiftCodeOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("boost_peer");
        self.boost_peer.write_json(w);
        w.end_object();
    }
}

/// `payments.checkGiftCode#8e51b4c1 slug:string = payments.CheckedGiftCode`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckGiftCode {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for CheckGiftCode {
    const CONSTRUCTOR_ID: u32 = 0x8e51b4c1;
    const NAME: &'static str = "payments.checkGiftCode";
}

impl Serialize for CheckGiftCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for CheckGiftCode {
    type Return = crate::enums::payments::CheckedGiftCode;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckGiftCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckGiftCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `payments.applyGiftCode#f6e26854 slug:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ApplyGiftCode {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for ApplyGiftCode {
    const CONSTRUCTOR_ID: u32 = 0xf6e26854;
    const NAME: &'static str = "payments.applyGiftCode";
}

impl Serialize for ApplyGiftCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for ApplyGiftCode {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ApplyGiftCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for ApplyGiftCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `payments.getGiveawayInfo#f4239425 peer:InputPeer msg_id:int = payments.GiveawayInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetGiveawayInfo {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `msg_id:int`
    pub msg_id: i32,
}

impl Identifiable for GetGiveawayInfo {
    const CONSTRUCTOR_ID: u32 = 0xf4239425;
    const NAME: &'static str = "payments.getGiveawayInfo";
}

impl Serialize for GetGiveawayInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.msg_id.serialize(buf);
    }
}

impl RemoteCall for GetGiveawayInfo {
    type Return = crate::enums::payments::GiveawayInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetGiveawayInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_msg_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, msg_id: f_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetGiveawayInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.end_object();
    }
}

/// `payments.launchPrepaidGiveaway#5ff58f20 peer:InputPeer giveaway_id:long purpose:InputStorePaymentPurpose = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchPrepaidGiveaway {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `giveaway_id:long`
    pub giveaway_id: i64,
    /// `purpose:InputStorePaymentPurpose`
    pub purpose: crate::enums::InputStorePaymentPurpose,
}

impl Identifiable for LaunchPrepaidGiveaway {
    const CONSTRUCTOR_ID: u32 = 0x5ff58f20;
    const NAME: &'static str = "payments.launchPrepaidGiveaway";
}

impl Serialize for LaunchPrepaidGiveaway {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.giveaway_id.serialize(buf);
        self.purpose.serialize(buf);
    }
}

impl RemoteCall for LaunchPrepaidGiveaway {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LaunchPrepaidGiveaway {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_giveaway_id = <i64>::deserialize(r)?;
        let f_purpose = <crate::enums::InputStorePaymentPurpose>::deserialize(r)?;
        Ok(Self { peer: f_peer, giveaway_id: f_giveaway_id, purpose: f_purpose })
    }
}

#[cfg(feature = "json")]
impl ToJson for LaunchPrepaidGiveaway {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("giveaway_id");
        self.giveaway_id.write_json(w);
        w.key("purpose");
        self.purpose.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsTopupOptions#c00ec7d3 = Vector<StarsTopupOption>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsTopupOptions;

impl Identifiable for GetStarsTopupOptions {
    const CONSTRUCTOR_ID: u32 = 0xc00ec7d3;
    const NAME: &'static str = "payments.getStarsTopupOptions";
}

impl Serialize for GetStarsTopupOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetStarsTopupOptions {
    type Return = Vec<crate::enums::StarsTopupOption>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsTopupOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsTopupOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `payments.getStarsStatus#4ea9b3bf flags:# ton:flags.0?true peer:InputPeer = payments.StarsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsStatus {
    /// `ton:flags.0?true`
    pub ton: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetStarsStatus {
    const CONSTRUCTOR_ID: u32 = 0x4ea9b3bf;
    const NAME: &'static str = "payments.getStarsStatus";
}

impl Serialize for GetStarsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.ton { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetStarsStatus {
    type Return = crate::enums::payments::StarsStatus;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_ton = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { ton: f_ton, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ton");
        self.ton.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsTransactions#69da4557 flags:# inbound:flags.0?true outbound:flags.1?true ascending:flags.2?true ton:flags.4?true subscription_id:flags.3?string peer:InputPeer offset:string limit:int = payments.StarsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsTransactions {
    /// `inbound:flags.0?true`
    pub inbound: bool,
    /// `outbound:flags.1?true`
    pub outbound: bool,
    /// `ascending:flags.2?true`
    pub ascending: bool,
    /// `ton:flags.4?true`
    pub ton: bool,
    /// `subscription_id:flags.3?string`
    pub subscription_id: Option<mtrs_tl::TlString>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetStarsTransactions {
    const CONSTRUCTOR_ID: u32 = 0x69da4557;
    const NAME: &'static str = "payments.getStarsTransactions";
}

impl Serialize for GetStarsTransactions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.inbound { 1 << 0 } else { 0 }
            | if self.outbound { 1 << 1 } else { 0 }
            | if self.ascending { 1 << 2 } else { 0 }
            | if self.subscription_id.is_some() { 1 << 3 } else { 0 }
            | if self.ton { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.subscription_id {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetStarsTransactions {
    type Return = crate::enums::payments::StarsStatus;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsTransactions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_inbound = fl_flags & (1 << 0) != 0;
        let f_outbound = fl_flags & (1 << 1) != 0;
        let f_ascending = fl_flags & (1 << 2) != 0;
        let f_ton = fl_flags & (1 << 4) != 0;
        let f_subscription_id = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { inbound: f_inbound, outbound: f_outbound, ascending: f_ascending, ton: f_ton, subscription_id: f_subscription_id, peer: f_peer, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsTransactions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("inbound");
        self.inbound.write_json(w);
        w.key("outbound");
        self.outbound.write_json(w);
        w.key("ascending");
        self.ascending.write_json(w);
        w.key("ton");
        self.ton.write_json(w);
        w.key("subscription_id");
        self.subscription_id.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.sendStarsForm#7998c914 form_id:long invoice:InputInvoice = payments.PaymentResult`
#[derive(Debug, Clone, PartialEq)]
pub struct SendStarsForm {
    /// `form_id:long`
    pub form_id: i64,
    /// `invoice:InputInvoice`
    pub invoice: crate::enums::InputInvoice,
}

impl Identifiable for SendStarsForm {
    const CONSTRUCTOR_ID: u32 = 0x7998c914;
    const NAME: &'static str = "payments.sendStarsForm";
}

impl Serialize for SendStarsForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.form_id.serialize(buf);
        self.invoice.serialize(buf);
    }
}

impl RemoteCall for SendStarsForm {
    type Return = crate::enums::payments::PaymentResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendStarsForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_form_id = <i64>::deserialize(r)?;
        let f_invoice = <crate::enums::InputInvoice>::deserialize(r)?;
        Ok(Self { form_id: f_form_id, invoice: f_invoice })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendStarsForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("form_id");
        self.form_id.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.end_object();
    }
}

/// `payments.refundStarsCharge#25ae8f4a user_id:InputUser charge_id:string = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct RefundStarsCharge {
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `charge_id:string`
    pub charge_id: mtrs_tl::TlString,
}

impl Identifiable for RefundStarsCharge {
    const CONSTRUCTOR_ID: u32 = 0x25ae8f4a;
    const NAME: &'static str = "payments.refundStarsCharge";
}

impl Serialize for RefundStarsCharge {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.user_id.serialize(buf);
        self.charge_id.serialize(buf);
    }
}

impl RemoteCall for RefundStarsCharge {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for RefundStarsCharge {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_charge_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { user_id: f_user_id, charge_id: f_charge_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for RefundStarsCharge {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("charge_id");
        self.charge_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsRevenueStats#d91ffad6 flags:# dark:flags.0?true ton:flags.1?true peer:InputPeer = payments.StarsRevenueStats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsRevenueStats {
    /// `dark:flags.0?true`
    pub dark: bool,
    /// `ton:flags.1?true`
    pub ton: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetStarsRevenueStats {
    const CONSTRUCTOR_ID: u32 = 0xd91ffad6;
    const NAME: &'static str = "payments.getStarsRevenueStats";
}

impl Serialize for GetStarsRevenueStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.dark { 1 << 0 } else { 0 }
            | if self.ton { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetStarsRevenueStats {
    type Return = crate::enums::payments::StarsRevenueStats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsRevenueStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_dark = fl_flags & (1 << 0) != 0;
        let f_ton = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { dark: f_dark, ton: f_ton, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsRevenueStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dark");
        self.dark.write_json(w);
        w.key("ton");
        self.ton.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsRevenueWithdrawalUrl#2433dc92 flags:# ton:flags.0?true peer:InputPeer amount:flags.1?long password:InputCheckPasswordSRP = payments.StarsRevenueWithdrawalUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsRevenueWithdrawalUrl {
    /// `ton:flags.0?true`
    pub ton: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `amount:flags.1?long`
    pub amount: Option<i64>,
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
}

impl Identifiable for GetStarsRevenueWithdrawalUrl {
    const CONSTRUCTOR_ID: u32 = 0x2433dc92;
    const NAME: &'static str = "payments.getStarsRevenueWithdrawalUrl";
}

impl Serialize for GetStarsRevenueWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.ton { 1 << 0 } else { 0 }
            | if self.amount.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.amount {
            (*v).serialize(buf);
        }
        self.password.serialize(buf);
    }
}

impl RemoteCall for GetStarsRevenueWithdrawalUrl {
    type Return = crate::enums::payments::StarsRevenueWithdrawalUrl;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsRevenueWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_ton = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_amount = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        Ok(Self { ton: f_ton, peer: f_peer, amount: f_amount, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsRevenueWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ton");
        self.ton.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("amount");
        self.amount.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsRevenueAdsAccountUrl#d1d7efc5 peer:InputPeer = payments.StarsRevenueAdsAccountUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsRevenueAdsAccountUrl {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for GetStarsRevenueAdsAccountUrl {
    const CONSTRUCTOR_ID: u32 = 0xd1d7efc5;
    const NAME: &'static str = "payments.getStarsRevenueAdsAccountUrl";
}

impl Serialize for GetStarsRevenueAdsAccountUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
    }
}

impl RemoteCall for GetStarsRevenueAdsAccountUrl {
    type Return = crate::enums::payments::StarsRevenueAdsAccountUrl;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsRevenueAdsAccountUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsRevenueAdsAccountUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsTransactionsByID#2dca16b8 flags:# ton:flags.0?true peer:InputPeer id:Vector<InputStarsTransaction> = payments.StarsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsTransactionsById {
    /// `ton:flags.0?true`
    pub ton: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `id:Vector<InputStarsTransaction>`
    pub id: Vec<crate::enums::InputStarsTransaction>,
}

impl Identifiable for GetStarsTransactionsById {
    const CONSTRUCTOR_ID: u32 = 0x2dca16b8;
    const NAME: &'static str = "payments.getStarsTransactionsByID";
}

impl Serialize for GetStarsTransactionsById {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.ton { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.id.serialize(buf);
    }
}

impl RemoteCall for GetStarsTransactionsById {
    type Return = crate::enums::payments::StarsStatus;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsTransactionsById {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_ton = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_id = <Vec<crate::enums::InputStarsTransaction>>::deserialize(r)?;
        Ok(Self { ton: f_ton, peer: f_peer, id: f_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsTransactionsById {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ton");
        self.ton.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("id");
        self.id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsGiftOptions#d3c96bc8 flags:# user_id:flags.0?InputUser = Vector<StarsGiftOption>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsGiftOptions {
    /// `user_id:flags.0?InputUser`
    pub user_id: Option<crate::enums::InputUser>,
}

impl Identifiable for GetStarsGiftOptions {
    const CONSTRUCTOR_ID: u32 = 0xd3c96bc8;
    const NAME: &'static str = "payments.getStarsGiftOptions";
}

impl Serialize for GetStarsGiftOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.user_id.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.user_id {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetStarsGiftOptions {
    type Return = Vec<crate::enums::StarsGiftOption>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsGiftOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_user_id = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputUser>::deserialize(r)?) } else { None };
        Ok(Self { user_id: f_user_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsGiftOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("user_id");
        self.user_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsSubscriptions#032512c5 flags:# missing_balance:flags.0?true peer:InputPeer offset:string = payments.StarsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsSubscriptions {
    /// `missing_balance:flags.0?true`
    pub missing_balance: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
}

impl Identifiable for GetStarsSubscriptions {
    const CONSTRUCTOR_ID: u32 = 0x032512c5;
    const NAME: &'static str = "payments.getStarsSubscriptions";
}

impl Serialize for GetStarsSubscriptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.missing_balance { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.offset.serialize(buf);
    }
}

impl RemoteCall for GetStarsSubscriptions {
    type Return = crate::enums::payments::StarsStatus;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsSubscriptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_missing_balance = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { missing_balance: f_missing_balance, peer: f_peer, offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsSubscriptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("missing_balance");
        self.missing_balance.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}

/// `payments.changeStarsSubscription#c7770878 flags:# peer:InputPeer subscription_id:string canceled:flags.0?Bool = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeStarsSubscription {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `subscription_id:string`
    pub subscription_id: mtrs_tl::TlString,
    /// `canceled:flags.0?Bool`
    pub canceled: Option<bool>,
}

impl Identifiable for ChangeStarsSubscription {
    const CONSTRUCTOR_ID: u32 = 0xc7770878;
    const NAME: &'static str = "payments.changeStarsSubscription";
}

impl Serialize for ChangeStarsSubscription {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.canceled.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.subscription_id.serialize(buf);
        if let Some(v) = &self.canceled {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for ChangeStarsSubscription {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ChangeStarsSubscription {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_subscription_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_canceled = if fl_flags & (1 << 0) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, subscription_id: f_subscription_id, canceled: f_canceled })
    }
}

#[cfg(feature = "json")]
impl ToJson for ChangeStarsSubscription {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("subscription_id");
        self.subscription_id.write_json(w);
        w.key("canceled");
        self.canceled.write_json(w);
        w.end_object();
    }
}

/// `payments.fulfillStarsSubscription#cc5bebb3 peer:InputPeer subscription_id:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct FulfillStarsSubscription {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `subscription_id:string`
    pub subscription_id: mtrs_tl::TlString,
}

impl Identifiable for FulfillStarsSubscription {
    const CONSTRUCTOR_ID: u32 = 0xcc5bebb3;
    const NAME: &'static str = "payments.fulfillStarsSubscription";
}

impl Serialize for FulfillStarsSubscription {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.subscription_id.serialize(buf);
    }
}

impl RemoteCall for FulfillStarsSubscription {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FulfillStarsSubscription {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_subscription_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { peer: f_peer, subscription_id: f_subscription_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for FulfillStarsSubscription {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("subscription_id");
        self.subscription_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarsGiveawayOptions#bd1efd3e = Vector<StarsGiveawayOption>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarsGiveawayOptions;

impl Identifiable for GetStarsGiveawayOptions {
    const CONSTRUCTOR_ID: u32 = 0xbd1efd3e;
    const NAME: &'static str = "payments.getStarsGiveawayOptions";
}

impl Serialize for GetStarsGiveawayOptions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetStarsGiveawayOptions {
    type Return = Vec<crate::enums::StarsGiveawayOption>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarsGiveawayOptions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarsGiveawayOptions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `payments.getStarGifts#c4563590 hash:int = payments.StarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGifts {
    /// `hash:int`
    pub hash: i32,
}

impl Identifiable for GetStarGifts {
    const CONSTRUCTOR_ID: u32 = 0xc4563590;
    const NAME: &'static str = "payments.getStarGifts";
}

impl Serialize for GetStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetStarGifts {
    type Return = crate::enums::payments::StarGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i32>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `payments.saveStarGift#2a2a697c flags:# unsave:flags.0?true stargift:InputSavedStarGift = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveStarGift {
    /// `unsave:flags.0?true`
    pub unsave: bool,
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
}

impl Identifiable for SaveStarGift {
    const CONSTRUCTOR_ID: u32 = 0x2a2a697c;
    const NAME: &'static str = "payments.saveStarGift";
}

impl Serialize for SaveStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.unsave { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for SaveStarGift {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_unsave = fl_flags & (1 << 0) != 0;
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        Ok(Self { unsave: f_unsave, stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("unsave");
        self.unsave.write_json(w);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.convertStarGift#74bf076b stargift:InputSavedStarGift = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ConvertStarGift {
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
}

impl Identifiable for ConvertStarGift {
    const CONSTRUCTOR_ID: u32 = 0x74bf076b;
    const NAME: &'static str = "payments.convertStarGift";
}

impl Serialize for ConvertStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for ConvertStarGift {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConvertStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        Ok(Self { stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConvertStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.botCancelStarsSubscription#6dfa0622 flags:# restore:flags.0?true user_id:InputUser charge_id:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct BotCancelStarsSubscription {
    /// `restore:flags.0?true`
    pub restore: bool,
    /// `user_id:InputUser`
    pub user_id: crate::enums::InputUser,
    /// `charge_id:string`
    pub charge_id: mtrs_tl::TlString,
}

impl Identifiable for BotCancelStarsSubscription {
    const CONSTRUCTOR_ID: u32 = 0x6dfa0622;
    const NAME: &'static str = "payments.botCancelStarsSubscription";
}

impl Serialize for BotCancelStarsSubscription {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.restore { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.user_id.serialize(buf);
        self.charge_id.serialize(buf);
    }
}

impl RemoteCall for BotCancelStarsSubscription {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for BotCancelStarsSubscription {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_restore = fl_flags & (1 << 0) != 0;
        let f_user_id = <crate::enums::InputUser>::deserialize(r)?;
        let f_charge_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { restore: f_restore, user_id: f_user_id, charge_id: f_charge_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for BotCancelStarsSubscription {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("restore");
        self.restore.write_json(w);
        w.key("user_id");
        self.user_id.write_json(w);
        w.key("charge_id");
        self.charge_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getConnectedStarRefBots#5869a553 flags:# peer:InputPeer offset_date:flags.2?int offset_link:flags.2?string limit:int = payments.ConnectedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectedStarRefBots {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset_date:flags.2?int`
    pub offset_date: Option<i32>,
    /// `offset_link:flags.2?string`
    pub offset_link: Option<mtrs_tl::TlString>,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetConnectedStarRefBots {
    const CONSTRUCTOR_ID: u32 = 0x5869a553;
    const NAME: &'static str = "payments.getConnectedStarRefBots";
}

impl Serialize for GetConnectedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.offset_date.is_some() || self.offset_link.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if fl_flags & (1 << 2) != 0 {
            match &self.offset_date {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 2) != 0 {
            match &self.offset_link {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetConnectedStarRefBots {
    type Return = crate::enums::payments::ConnectedStarRefBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetConnectedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset_date = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset_link = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, offset_date: f_offset_date, offset_link: f_offset_link, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetConnectedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset_date");
        self.offset_date.write_json(w);
        w.key("offset_link");
        self.offset_link.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.getConnectedStarRefBot#b7d998f0 peer:InputPeer bot:InputUser = payments.ConnectedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetConnectedStarRefBot {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for GetConnectedStarRefBot {
    const CONSTRUCTOR_ID: u32 = 0xb7d998f0;
    const NAME: &'static str = "payments.getConnectedStarRefBot";
}

impl Serialize for GetConnectedStarRefBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.bot.serialize(buf);
    }
}

impl RemoteCall for GetConnectedStarRefBot {
    type Return = crate::enums::payments::ConnectedStarRefBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetConnectedStarRefBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { peer: f_peer, bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetConnectedStarRefBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `payments.getSuggestedStarRefBots#0d6b48f7 flags:# order_by_revenue:flags.0?true order_by_date:flags.1?true peer:InputPeer offset:string limit:int = payments.SuggestedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSuggestedStarRefBots {
    /// `order_by_revenue:flags.0?true`
    pub order_by_revenue: bool,
    /// `order_by_date:flags.1?true`
    pub order_by_date: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetSuggestedStarRefBots {
    const CONSTRUCTOR_ID: u32 = 0x0d6b48f7;
    const NAME: &'static str = "payments.getSuggestedStarRefBots";
}

impl Serialize for GetSuggestedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.order_by_revenue { 1 << 0 } else { 0 }
            | if self.order_by_date { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetSuggestedStarRefBots {
    type Return = crate::enums::payments::SuggestedStarRefBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSuggestedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_order_by_revenue = fl_flags & (1 << 0) != 0;
        let f_order_by_date = fl_flags & (1 << 1) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { order_by_revenue: f_order_by_revenue, order_by_date: f_order_by_date, peer: f_peer, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSuggestedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("order_by_revenue");
        self.order_by_revenue.write_json(w);
        w.key("order_by_date");
        self.order_by_date.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.connectStarRefBot#7ed5348a peer:InputPeer bot:InputUser = payments.ConnectedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectStarRefBot {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `bot:InputUser`
    pub bot: crate::enums::InputUser,
}

impl Identifiable for ConnectStarRefBot {
    const CONSTRUCTOR_ID: u32 = 0x7ed5348a;
    const NAME: &'static str = "payments.connectStarRefBot";
}

impl Serialize for ConnectStarRefBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.bot.serialize(buf);
    }
}

impl RemoteCall for ConnectStarRefBot {
    type Return = crate::enums::payments::ConnectedStarRefBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ConnectStarRefBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_bot = <crate::enums::InputUser>::deserialize(r)?;
        Ok(Self { peer: f_peer, bot: f_bot })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConnectStarRefBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("bot");
        self.bot.write_json(w);
        w.end_object();
    }
}

/// `payments.editConnectedStarRefBot#e4fca4a3 flags:# revoked:flags.0?true peer:InputPeer link:string = payments.ConnectedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct EditConnectedStarRefBot {
    /// `revoked:flags.0?true`
    pub revoked: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `link:string`
    pub link: mtrs_tl::TlString,
}

impl Identifiable for EditConnectedStarRefBot {
    const CONSTRUCTOR_ID: u32 = 0xe4fca4a3;
    const NAME: &'static str = "payments.editConnectedStarRefBot";
}

impl Serialize for EditConnectedStarRefBot {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.revoked { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.link.serialize(buf);
    }
}

impl RemoteCall for EditConnectedStarRefBot {
    type Return = crate::enums::payments::ConnectedStarRefBots;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditConnectedStarRefBot {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_revoked = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_link = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { revoked: f_revoked, peer: f_peer, link: f_link })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditConnectedStarRefBot {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("revoked");
        self.revoked.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("link");
        self.link.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftUpgradePreview#9c9abcb1 gift_id:long = payments.StarGiftUpgradePreview`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftUpgradePreview {
    /// `gift_id:long`
    pub gift_id: i64,
}

impl Identifiable for GetStarGiftUpgradePreview {
    const CONSTRUCTOR_ID: u32 = 0x9c9abcb1;
    const NAME: &'static str = "payments.getStarGiftUpgradePreview";
}

impl Serialize for GetStarGiftUpgradePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.gift_id.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftUpgradePreview {
    type Return = crate::enums::payments::StarGiftUpgradePreview;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftUpgradePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_gift_id = <i64>::deserialize(r)?;
        Ok(Self { gift_id: f_gift_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftUpgradePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.end_object();
    }
}

/// `payments.upgradeStarGift#aed6e4f5 flags:# keep_original_details:flags.0?true stargift:InputSavedStarGift = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpgradeStarGift {
    /// `keep_original_details:flags.0?true`
    pub keep_original_details: bool,
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
}

impl Identifiable for UpgradeStarGift {
    const CONSTRUCTOR_ID: u32 = 0xaed6e4f5;
    const NAME: &'static str = "payments.upgradeStarGift";
}

impl Serialize for UpgradeStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.keep_original_details { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for UpgradeStarGift {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpgradeStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_keep_original_details = fl_flags & (1 << 0) != 0;
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        Ok(Self { keep_original_details: f_keep_original_details, stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpgradeStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("keep_original_details");
        self.keep_original_details.write_json(w);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.transferStarGift#7f18176a stargift:InputSavedStarGift to_id:InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct TransferStarGift {
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
    /// `to_id:InputPeer`
    pub to_id: crate::enums::InputPeer,
}

impl Identifiable for TransferStarGift {
    const CONSTRUCTOR_ID: u32 = 0x7f18176a;
    const NAME: &'static str = "payments.transferStarGift";
}

impl Serialize for TransferStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
        self.to_id.serialize(buf);
    }
}

impl RemoteCall for TransferStarGift {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TransferStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        let f_to_id = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { stargift: f_stargift, to_id: f_to_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for TransferStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.key("to_id");
        self.to_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getUniqueStarGift#a1974d72 slug:string = payments.UniqueStarGift`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUniqueStarGift {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for GetUniqueStarGift {
    const CONSTRUCTOR_ID: u32 = 0xa1974d72;
    const NAME: &'static str = "payments.getUniqueStarGift";
}

impl Serialize for GetUniqueStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for GetUniqueStarGift {
    type Return = crate::enums::payments::UniqueStarGift;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUniqueStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUniqueStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `payments.getSavedStarGifts#a319e569 flags:# exclude_unsaved:flags.0?true exclude_saved:flags.1?true exclude_unlimited:flags.2?true exclude_unique:flags.4?true sort_by_value:flags.5?true exclude_upgradable:flags.7?true exclude_unupgradable:flags.8?true peer_color_available:flags.9?true exclude_hosted:flags.10?true peer:InputPeer collection_id:flags.6?int offset:string limit:int = payments.SavedStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedStarGifts {
    /// `exclude_unsaved:flags.0?true`
    pub exclude_unsaved: bool,
    /// `exclude_saved:flags.1?true`
    pub exclude_saved: bool,
    /// `exclude_unlimited:flags.2?true`
    pub exclude_unlimited: bool,
    /// `exclude_unique:flags.4?true`
    pub exclude_unique: bool,
    /// `sort_by_value:flags.5?true`
    pub sort_by_value: bool,
    /// `exclude_upgradable:flags.7?true`
    pub exclude_upgradable: bool,
    /// `exclude_unupgradable:flags.8?true`
    pub exclude_unupgradable: bool,
    /// `peer_color_available:flags.9?true`
    pub peer_color_available: bool,
    /// `exclude_hosted:flags.10?true`
    pub exclude_hosted: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `collection_id:flags.6?int`
    pub collection_id: Option<i32>,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetSavedStarGifts {
    const CONSTRUCTOR_ID: u32 = 0xa319e569;
    const NAME: &'static str = "payments.getSavedStarGifts";
}

impl Serialize for GetSavedStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.exclude_unsaved { 1 << 0 } else { 0 }
            | if self.exclude_saved { 1 << 1 } else { 0 }
            | if self.exclude_unlimited { 1 << 2 } else { 0 }
            | if self.exclude_unique { 1 << 4 } else { 0 }
            | if self.sort_by_value { 1 << 5 } else { 0 }
            | if self.collection_id.is_some() { 1 << 6 } else { 0 }
            | if self.exclude_upgradable { 1 << 7 } else { 0 }
            | if self.exclude_unupgradable { 1 << 8 } else { 0 }
            | if self.peer_color_available { 1 << 9 } else { 0 }
            | if self.exclude_hosted { 1 << 10 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        if let Some(v) = &self.collection_id {
            (*v).serialize(buf);
        }
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetSavedStarGifts {
    type Return = crate::enums::payments::SavedStarGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_exclude_unsaved = fl_flags & (1 << 0) != 0;
        let f_exclude_saved = fl_flags & (1 << 1) != 0;
        let f_exclude_unlimited = fl_flags & (1 << 2) != 0;
        let f_exclude_unique = fl_flags & (1 << 4) != 0;
        let f_sort_by_value = fl_flags & (1 << 5) != 0;
        let f_exclude_upgradable = fl_flags & (1 << 7) != 0;
        let f_exclude_unupgradable = fl_flags & (1 << 8) != 0;
        let f_peer_color_available = fl_flags & (1 << 9) != 0;
        let f_exclude_hosted = fl_flags & (1 << 10) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_collection_id = if fl_flags & (1 << 6) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { exclude_unsaved: f_exclude_unsaved, exclude_saved: f_exclude_saved, exclude_unlimited: f_exclude_unlimited, exclude_unique: f_exclude_unique, sort_by_value: f_sort_by_value, exclude_upgradable: f_exclude_upgradable, exclude_unupgradable: f_exclude_unupgradable, peer_color_available: f_peer_color_available, exclude_hosted: f_exclude_hosted, peer: f_peer, collection_id: f_collection_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("exclude_unsaved");
        self.exclude_unsaved.write_json(w);
        w.key("exclude_saved");
        self.exclude_saved.write_json(w);
        w.key("exclude_unlimited");
        self.exclude_unlimited.write_json(w);
        w.key("exclude_unique");
        self.exclude_unique.write_json(w);
        w.key("sort_by_value");
        self.sort_by_value.write_json(w);
        w.key("exclude_upgradable");
        self.exclude_upgradable.write_json(w);
        w.key("exclude_unupgradable");
        self.exclude_unupgradable.write_json(w);
        w.key("peer_color_available");
        self.peer_color_available.write_json(w);
        w.key("exclude_hosted");
        self.exclude_hosted.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.key("collection_id");
        self.collection_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.getSavedStarGift#b455a106 stargift:Vector<InputSavedStarGift> = payments.SavedStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSavedStarGift {
    /// `stargift:Vector<InputSavedStarGift>`
    pub stargift: Vec<crate::enums::InputSavedStarGift>,
}

impl Identifiable for GetSavedStarGift {
    const CONSTRUCTOR_ID: u32 = 0xb455a106;
    const NAME: &'static str = "payments.getSavedStarGift";
}

impl Serialize for GetSavedStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for GetSavedStarGift {
    type Return = crate::enums::payments::SavedStarGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSavedStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?;
        Ok(Self { stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSavedStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftWithdrawalUrl#d06e93a8 stargift:InputSavedStarGift password:InputCheckPasswordSRP = payments.StarGiftWithdrawalUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftWithdrawalUrl {
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
    /// `password:InputCheckPasswordSRP`
    pub password: crate::enums::InputCheckPasswordSRP,
}

impl Identifiable for GetStarGiftWithdrawalUrl {
    const CONSTRUCTOR_ID: u32 = 0xd06e93a8;
    const NAME: &'static str = "payments.getStarGiftWithdrawalUrl";
}

impl Serialize for GetStarGiftWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
        self.password.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftWithdrawalUrl {
    type Return = crate::enums::payments::StarGiftWithdrawalUrl;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        let f_password = <crate::enums::InputCheckPasswordSRP>::deserialize(r)?;
        Ok(Self { stargift: f_stargift, password: f_password })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.key("password");
        self.password.write_json(w);
        w.end_object();
    }
}

/// `payments.toggleChatStarGiftNotifications#60eaefa1 flags:# enabled:flags.0?true peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleChatStarGiftNotifications {
    /// `enabled:flags.0?true`
    pub enabled: bool,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for ToggleChatStarGiftNotifications {
    const CONSTRUCTOR_ID: u32 = 0x60eaefa1;
    const NAME: &'static str = "payments.toggleChatStarGiftNotifications";
}

impl Serialize for ToggleChatStarGiftNotifications {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.enabled { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for ToggleChatStarGiftNotifications {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleChatStarGiftNotifications {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_enabled = fl_flags & (1 << 0) != 0;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { enabled: f_enabled, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleChatStarGiftNotifications {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("enabled");
        self.enabled.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `payments.toggleStarGiftsPinnedToTop#1513e7b0 peer:InputPeer stargift:Vector<InputSavedStarGift> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleStarGiftsPinnedToTop {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `stargift:Vector<InputSavedStarGift>`
    pub stargift: Vec<crate::enums::InputSavedStarGift>,
}

impl Identifiable for ToggleStarGiftsPinnedToTop {
    const CONSTRUCTOR_ID: u32 = 0x1513e7b0;
    const NAME: &'static str = "payments.toggleStarGiftsPinnedToTop";
}

impl Serialize for ToggleStarGiftsPinnedToTop {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for ToggleStarGiftsPinnedToTop {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleStarGiftsPinnedToTop {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_stargift = <Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?;
        Ok(Self { peer: f_peer, stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleStarGiftsPinnedToTop {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.canPurchaseStore#4fdc5ea7 purpose:InputStorePaymentPurpose = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct CanPurchaseStore {
    /// `purpose:InputStorePaymentPurpose`
    pub purpose: crate::enums::InputStorePaymentPurpose,
}

impl Identifiable for CanPurchaseStore {
    const CONSTRUCTOR_ID: u32 = 0x4fdc5ea7;
    const NAME: &'static str = "payments.canPurchaseStore";
}

impl Serialize for CanPurchaseStore {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.purpose.serialize(buf);
    }
}

impl RemoteCall for CanPurchaseStore {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CanPurchaseStore {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_purpose = <crate::enums::InputStorePaymentPurpose>::deserialize(r)?;
        Ok(Self { purpose: f_purpose })
    }
}

#[cfg(feature = "json")]
impl ToJson for CanPurchaseStore {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("purpose");
        self.purpose.write_json(w);
        w.end_object();
    }
}

/// `payments.getResaleStarGifts#7a5fa236 flags:# sort_by_price:flags.1?true sort_by_num:flags.2?true for_craft:flags.4?true stars_only:flags.5?true attributes_hash:flags.0?long gift_id:long attributes:flags.3?Vector<StarGiftAttributeId> offset:string limit:int = payments.ResaleStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetResaleStarGifts {
    /// `sort_by_price:flags.1?true`
    pub sort_by_price: bool,
    /// `sort_by_num:flags.2?true`
    pub sort_by_num: bool,
    /// `for_craft:flags.4?true`
    pub for_craft: bool,
    /// `stars_only:flags.5?true`
    pub stars_only: bool,
    /// `attributes_hash:flags.0?long`
    pub attributes_hash: Option<i64>,
    /// `gift_id:long`
    pub gift_id: i64,
    /// `attributes:flags.3?Vector<StarGiftAttributeId>`
    pub attributes: Option<Vec<crate::enums::StarGiftAttributeId>>,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetResaleStarGifts {
    const CONSTRUCTOR_ID: u32 = 0x7a5fa236;
    const NAME: &'static str = "payments.getResaleStarGifts";
}

impl Serialize for GetResaleStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.attributes_hash.is_some() { 1 << 0 } else { 0 }
            | if self.sort_by_price { 1 << 1 } else { 0 }
            | if self.sort_by_num { 1 << 2 } else { 0 }
            | if self.attributes.is_some() { 1 << 3 } else { 0 }
            | if self.for_craft { 1 << 4 } else { 0 }
            | if self.stars_only { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.attributes_hash {
            (*v).serialize(buf);
        }
        self.gift_id.serialize(buf);
        if let Some(v) = &self.attributes {
            (*v).serialize(buf);
        }
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetResaleStarGifts {
    type Return = crate::enums::payments::ResaleStarGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetResaleStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_sort_by_price = fl_flags & (1 << 1) != 0;
        let f_sort_by_num = fl_flags & (1 << 2) != 0;
        let f_for_craft = fl_flags & (1 << 4) != 0;
        let f_stars_only = fl_flags & (1 << 5) != 0;
        let f_attributes_hash = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_gift_id = <i64>::deserialize(r)?;
        let f_attributes = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::StarGiftAttributeId>>::deserialize(r)?) } else { None };
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { sort_by_price: f_sort_by_price, sort_by_num: f_sort_by_num, for_craft: f_for_craft, stars_only: f_stars_only, attributes_hash: f_attributes_hash, gift_id: f_gift_id, attributes: f_attributes, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetResaleStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sort_by_price");
        self.sort_by_price.write_json(w);
        w.key("sort_by_num");
        self.sort_by_num.write_json(w);
        w.key("for_craft");
        self.for_craft.write_json(w);
        w.key("stars_only");
        self.stars_only.write_json(w);
        w.key("attributes_hash");
        self.attributes_hash.write_json(w);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.key("attributes");
        self.attributes.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.updateStarGiftPrice#edbe6ccb stargift:InputSavedStarGift resell_amount:StarsAmount = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStarGiftPrice {
    /// `stargift:InputSavedStarGift`
    pub stargift: crate::enums::InputSavedStarGift,
    /// `resell_amount:StarsAmount`
    pub resell_amount: crate::enums::StarsAmount,
}

impl Identifiable for UpdateStarGiftPrice {
    const CONSTRUCTOR_ID: u32 = 0xedbe6ccb;
    const NAME: &'static str = "payments.updateStarGiftPrice";
}

impl Serialize for UpdateStarGiftPrice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
        self.resell_amount.serialize(buf);
    }
}

impl RemoteCall for UpdateStarGiftPrice {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateStarGiftPrice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <crate::enums::InputSavedStarGift>::deserialize(r)?;
        let f_resell_amount = <crate::enums::StarsAmount>::deserialize(r)?;
        Ok(Self { stargift: f_stargift, resell_amount: f_resell_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateStarGiftPrice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.key("resell_amount");
        self.resell_amount.write_json(w);
        w.end_object();
    }
}

/// `payments.createStarGiftCollection#1f4a0e87 peer:InputPeer title:string stargift:Vector<InputSavedStarGift> = StarGiftCollection`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStarGiftCollection {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `stargift:Vector<InputSavedStarGift>`
    pub stargift: Vec<crate::enums::InputSavedStarGift>,
}

impl Identifiable for CreateStarGiftCollection {
    const CONSTRUCTOR_ID: u32 = 0x1f4a0e87;
    const NAME: &'static str = "payments.createStarGiftCollection";
}

impl Serialize for CreateStarGiftCollection {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.title.serialize(buf);
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for CreateStarGiftCollection {
    type Return = crate::enums::StarGiftCollection;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateStarGiftCollection {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_stargift = <Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?;
        Ok(Self { peer: f_peer, title: f_title, stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateStarGiftCollection {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.updateStarGiftCollection#4fddbee7 flags:# peer:InputPeer collection_id:int title:flags.0?string delete_stargift:flags.1?Vector<InputSavedStarGift> add_stargift:flags.2?Vector<InputSavedStarGift> order:flags.3?Vector<InputSavedStarGift> = StarGiftCollection`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStarGiftCollection {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `collection_id:int`
    pub collection_id: i32,
    /// `title:flags.0?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `delete_stargift:flags.1?Vector<InputSavedStarGift>`
    pub delete_stargift: Option<Vec<crate::enums::InputSavedStarGift>>,
    /// `add_stargift:flags.2?Vector<InputSavedStarGift>`
    pub add_stargift: Option<Vec<crate::enums::InputSavedStarGift>>,
    /// `order:flags.3?Vector<InputSavedStarGift>`
    pub order: Option<Vec<crate::enums::InputSavedStarGift>>,
}

impl Identifiable for UpdateStarGiftCollection {
    const CONSTRUCTOR_ID: u32 = 0x4fddbee7;
    const NAME: &'static str = "payments.updateStarGiftCollection";
}

impl Serialize for UpdateStarGiftCollection {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 0 } else { 0 }
            | if self.delete_stargift.is_some() { 1 << 1 } else { 0 }
            | if self.add_stargift.is_some() { 1 << 2 } else { 0 }
            | if self.order.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.collection_id.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.delete_stargift {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.add_stargift {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.order {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for UpdateStarGiftCollection {
    type Return = crate::enums::StarGiftCollection;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateStarGiftCollection {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_collection_id = <i32>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_delete_stargift = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?) } else { None };
        let f_add_stargift = if fl_flags & (1 << 2) != 0 { Some(<Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?) } else { None };
        let f_order = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, collection_id: f_collection_id, title: f_title, delete_stargift: f_delete_stargift, add_stargift: f_add_stargift, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateStarGiftCollection {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("collection_id");
        self.collection_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("delete_stargift");
        self.delete_stargift.write_json(w);
        w.key("add_stargift");
        self.add_stargift.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `payments.reorderStarGiftCollections#c32af4cc peer:InputPeer order:Vector<int> = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ReorderStarGiftCollections {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `order:Vector<int>`
    pub order: Vec<i32>,
}

impl Identifiable for ReorderStarGiftCollections {
    const CONSTRUCTOR_ID: u32 = 0xc32af4cc;
    const NAME: &'static str = "payments.reorderStarGiftCollections";
}

impl Serialize for ReorderStarGiftCollections {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.order.serialize(buf);
    }
}

impl RemoteCall for ReorderStarGiftCollections {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReorderStarGiftCollections {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_order = <Vec<i32>>::deserialize(r)?;
        Ok(Self { peer: f_peer, order: f_order })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReorderStarGiftCollections {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("order");
        self.order.write_json(w);
        w.end_object();
    }
}

/// `payments.deleteStarGiftCollection#ad5648e8 peer:InputPeer collection_id:int = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteStarGiftCollection {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `collection_id:int`
    pub collection_id: i32,
}

impl Identifiable for DeleteStarGiftCollection {
    const CONSTRUCTOR_ID: u32 = 0xad5648e8;
    const NAME: &'static str = "payments.deleteStarGiftCollection";
}

impl Serialize for DeleteStarGiftCollection {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.collection_id.serialize(buf);
    }
}

impl RemoteCall for DeleteStarGiftCollection {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteStarGiftCollection {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_collection_id = <i32>::deserialize(r)?;
        Ok(Self { peer: f_peer, collection_id: f_collection_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteStarGiftCollection {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("collection_id");
        self.collection_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftCollections#981b91dd peer:InputPeer hash:long = payments.StarGiftCollections`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftCollections {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetStarGiftCollections {
    const CONSTRUCTOR_ID: u32 = 0x981b91dd;
    const NAME: &'static str = "payments.getStarGiftCollections";
}

impl Serialize for GetStarGiftCollections {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.peer.serialize(buf);
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftCollections {
    type Return = crate::enums::payments::StarGiftCollections;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftCollections {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { peer: f_peer, hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftCollections {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `payments.getUniqueStarGiftValueInfo#4365af6b slug:string = payments.UniqueStarGiftValueInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GetUniqueStarGiftValueInfo {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for GetUniqueStarGiftValueInfo {
    const CONSTRUCTOR_ID: u32 = 0x4365af6b;
    const NAME: &'static str = "payments.getUniqueStarGiftValueInfo";
}

impl Serialize for GetUniqueStarGiftValueInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for GetUniqueStarGiftValueInfo {
    type Return = crate::enums::payments::UniqueStarGiftValueInfo;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetUniqueStarGiftValueInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetUniqueStarGiftValueInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `payments.checkCanSendGift#c0c4edc9 gift_id:long = payments.CheckCanSendGiftResult`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckCanSendGift {
    /// `gift_id:long`
    pub gift_id: i64,
}

impl Identifiable for CheckCanSendGift {
    const CONSTRUCTOR_ID: u32 = 0xc0c4edc9;
    const NAME: &'static str = "payments.checkCanSendGift";
}

impl Serialize for CheckCanSendGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.gift_id.serialize(buf);
    }
}

impl RemoteCall for CheckCanSendGift {
    type Return = crate::enums::payments::CheckCanSendGiftResult;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckCanSendGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_gift_id = <i64>::deserialize(r)?;
        Ok(Self { gift_id: f_gift_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckCanSendGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftAuctionState#5c9ff4d6 auction:InputStarGiftAuction version:int = payments.StarGiftAuctionState`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftAuctionState {
    /// `auction:InputStarGiftAuction`
    pub auction: crate::enums::InputStarGiftAuction,
    /// `version:int`
    pub version: i32,
}

impl Identifiable for GetStarGiftAuctionState {
    const CONSTRUCTOR_ID: u32 = 0x5c9ff4d6;
    const NAME: &'static str = "payments.getStarGiftAuctionState";
}

impl Serialize for GetStarGiftAuctionState {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.auction.serialize(buf);
        self.version.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftAuctionState {
    type Return = crate::enums::payments::StarGiftAuctionState;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftAuctionState {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_auction = <crate::enums::InputStarGiftAuction>::deserialize(r)?;
        let f_version = <i32>::deserialize(r)?;
        Ok(Self { auction: f_auction, version: f_version })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftAuctionState {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("auction");
        self.auction.write_json(w);
        w.key("version");
        self.version.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftAuctionAcquiredGifts#6ba2cbec gift_id:long = payments.StarGiftAuctionAcquiredGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftAuctionAcquiredGifts {
    /// `gift_id:long`
    pub gift_id: i64,
}

impl Identifiable for GetStarGiftAuctionAcquiredGifts {
    const CONSTRUCTOR_ID: u32 = 0x6ba2cbec;
    const NAME: &'static str = "payments.getStarGiftAuctionAcquiredGifts";
}

impl Serialize for GetStarGiftAuctionAcquiredGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.gift_id.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftAuctionAcquiredGifts {
    type Return = crate::enums::payments::StarGiftAuctionAcquiredGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftAuctionAcquiredGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_gift_id = <i64>::deserialize(r)?;
        Ok(Self { gift_id: f_gift_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftAuctionAcquiredGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftActiveAuctions#a5d0514d hash:long = payments.StarGiftActiveAuctions`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftActiveAuctions {
    /// `hash:long`
    pub hash: i64,
}

impl Identifiable for GetStarGiftActiveAuctions {
    const CONSTRUCTOR_ID: u32 = 0xa5d0514d;
    const NAME: &'static str = "payments.getStarGiftActiveAuctions";
}

impl Serialize for GetStarGiftActiveAuctions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.hash.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftActiveAuctions {
    type Return = crate::enums::payments::StarGiftActiveAuctions;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftActiveAuctions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_hash = <i64>::deserialize(r)?;
        Ok(Self { hash: f_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftActiveAuctions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.end_object();
    }
}

/// `payments.resolveStarGiftOffer#e9ce781c flags:# decline:flags.0?true offer_msg_id:int = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ResolveStarGiftOffer {
    /// `decline:flags.0?true`
    pub decline: bool,
    /// `offer_msg_id:int`
    pub offer_msg_id: i32,
}

impl Identifiable for ResolveStarGiftOffer {
    const CONSTRUCTOR_ID: u32 = 0xe9ce781c;
    const NAME: &'static str = "payments.resolveStarGiftOffer";
}

impl Serialize for ResolveStarGiftOffer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.decline { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.offer_msg_id.serialize(buf);
    }
}

impl RemoteCall for ResolveStarGiftOffer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ResolveStarGiftOffer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_decline = fl_flags & (1 << 0) != 0;
        let f_offer_msg_id = <i32>::deserialize(r)?;
        Ok(Self { decline: f_decline, offer_msg_id: f_offer_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResolveStarGiftOffer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("decline");
        self.decline.write_json(w);
        w.key("offer_msg_id");
        self.offer_msg_id.write_json(w);
        w.end_object();
    }
}

/// `payments.sendStarGiftOffer#8fb86b41 flags:# peer:InputPeer slug:string price:StarsAmount duration:int random_id:long allow_paid_stars:flags.0?long = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct SendStarGiftOffer {
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
    /// `price:StarsAmount`
    pub price: crate::enums::StarsAmount,
    /// `duration:int`
    pub duration: i32,
    /// `random_id:long`
    pub random_id: i64,
    /// `allow_paid_stars:flags.0?long`
    pub allow_paid_stars: Option<i64>,
}

impl Identifiable for SendStarGiftOffer {
    const CONSTRUCTOR_ID: u32 = 0x8fb86b41;
    const NAME: &'static str = "payments.sendStarGiftOffer";
}

impl Serialize for SendStarGiftOffer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.allow_paid_stars.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.peer.serialize(buf);
        self.slug.serialize(buf);
        self.price.serialize(buf);
        self.duration.serialize(buf);
        self.random_id.serialize(buf);
        if let Some(v) = &self.allow_paid_stars {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for SendStarGiftOffer {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SendStarGiftOffer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        let f_price = <crate::enums::StarsAmount>::deserialize(r)?;
        let f_duration = <i32>::deserialize(r)?;
        let f_random_id = <i64>::deserialize(r)?;
        let f_allow_paid_stars = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        Ok(Self { peer: f_peer, slug: f_slug, price: f_price, duration: f_duration, random_id: f_random_id, allow_paid_stars: f_allow_paid_stars })
    }
}

#[cfg(feature = "json")]
impl ToJson for SendStarGiftOffer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("peer");
        self.peer.write_json(w);
        w.key("slug");
        self.slug.write_json(w);
        w.key("price");
        self.price.write_json(w);
        w.key("duration");
        self.duration.write_json(w);
        w.key("random_id");
        self.random_id.write_json(w);
        w.key("allow_paid_stars");
        self.allow_paid_stars.write_json(w);
        w.end_object();
    }
}

/// `payments.getStarGiftUpgradeAttributes#6d038b58 gift_id:long = payments.StarGiftUpgradeAttributes`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStarGiftUpgradeAttributes {
    /// `gift_id:long`
    pub gift_id: i64,
}

impl Identifiable for GetStarGiftUpgradeAttributes {
    const CONSTRUCTOR_ID: u32 = 0x6d038b58;
    const NAME: &'static str = "payments.getStarGiftUpgradeAttributes";
}

impl Serialize for GetStarGiftUpgradeAttributes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.gift_id.serialize(buf);
    }
}

impl RemoteCall for GetStarGiftUpgradeAttributes {
    type Return = crate::enums::payments::StarGiftUpgradeAttributes;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStarGiftUpgradeAttributes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_gift_id = <i64>::deserialize(r)?;
        Ok(Self { gift_id: f_gift_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStarGiftUpgradeAttributes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.end_object();
    }
}

/// `payments.getCraftStarGifts#fd05dd00 gift_id:long offset:string limit:int = payments.SavedStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCraftStarGifts {
    /// `gift_id:long`
    pub gift_id: i64,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetCraftStarGifts {
    const CONSTRUCTOR_ID: u32 = 0xfd05dd00;
    const NAME: &'static str = "payments.getCraftStarGifts";
}

impl Serialize for GetCraftStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.gift_id.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetCraftStarGifts {
    type Return = crate::enums::payments::SavedStarGifts;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCraftStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_gift_id = <i64>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { gift_id: f_gift_id, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCraftStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift_id");
        self.gift_id.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `payments.craftStarGift#b0f9684f stargift:Vector<InputSavedStarGift> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct CraftStarGift {
    /// `stargift:Vector<InputSavedStarGift>`
    pub stargift: Vec<crate::enums::InputSavedStarGift>,
}

impl Identifiable for CraftStarGift {
    const CONSTRUCTOR_ID: u32 = 0xb0f9684f;
    const NAME: &'static str = "payments.craftStarGift";
}

impl Serialize for CraftStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.stargift.serialize(buf);
    }
}

impl RemoteCall for CraftStarGift {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CraftStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_stargift = <Vec<crate::enums::InputSavedStarGift>>::deserialize(r)?;
        Ok(Self { stargift: f_stargift })
    }
}

#[cfg(feature = "json")]
impl ToJson for CraftStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("stargift");
        self.stargift.write_json(w);
        w.end_object();
    }
}

/// `payments.getCurrencyRates#d35983e8 = payments.CurrencyRates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCurrencyRates;

impl Identifiable for GetCurrencyRates {
    const CONSTRUCTOR_ID: u32 = 0xd35983e8;
    const NAME: &'static str = "payments.getCurrencyRates";
}

impl Serialize for GetCurrencyRates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetCurrencyRates {
    type Return = crate::enums::payments::CurrencyRates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCurrencyRates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCurrencyRates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `payments.getOnrampProviders#3f3e00dc flags:# crypto_currency:flags.0?string = Vector<OnrampProviderInfo>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnrampProviders {
    /// `crypto_currency:flags.0?string`
    pub crypto_currency: Option<mtrs_tl::TlString>,
}

impl Identifiable for GetOnrampProviders {
    const CONSTRUCTOR_ID: u32 = 0x3f3e00dc;
    const NAME: &'static str = "payments.getOnrampProviders";
}

impl Serialize for GetOnrampProviders {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.crypto_currency.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.crypto_currency {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetOnrampProviders {
    type Return = Vec<crate::enums::OnrampProviderInfo>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnrampProviders {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_crypto_currency = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { crypto_currency: f_crypto_currency })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOnrampProviders {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.end_object();
    }
}

/// `payments.getOnrampBaseCurrencies#1c8bedf3 provider:string crypto_currency:string = Vector<string>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnrampBaseCurrencies {
    /// `provider:string`
    pub provider: mtrs_tl::TlString,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
}

impl Identifiable for GetOnrampBaseCurrencies {
    const CONSTRUCTOR_ID: u32 = 0x1c8bedf3;
    const NAME: &'static str = "payments.getOnrampBaseCurrencies";
}

impl Serialize for GetOnrampBaseCurrencies {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.provider.serialize(buf);
        self.crypto_currency.serialize(buf);
    }
}

impl RemoteCall for GetOnrampBaseCurrencies {
    type Return = Vec<mtrs_tl::TlString>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnrampBaseCurrencies {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_provider = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { provider: f_provider, crypto_currency: f_crypto_currency })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOnrampBaseCurrencies {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("provider");
        self.provider.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.end_object();
    }
}

/// `payments.getOnrampAvailability#2ec29951 flags:# provider:string crypto_currency:string base_currency:flags.0?string = OnrampAvailability`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnrampAvailability {
    /// `provider:string`
    pub provider: mtrs_tl::TlString,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
    /// `base_currency:flags.0?string`
    pub base_currency: Option<mtrs_tl::TlString>,
}

impl Identifiable for GetOnrampAvailability {
    const CONSTRUCTOR_ID: u32 = 0x2ec29951;
    const NAME: &'static str = "payments.getOnrampAvailability";
}

impl Serialize for GetOnrampAvailability {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.base_currency.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.provider.serialize(buf);
        self.crypto_currency.serialize(buf);
        if let Some(v) = &self.base_currency {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetOnrampAvailability {
    type Return = crate::enums::OnrampAvailability;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnrampAvailability {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_provider = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_base_currency = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { provider: f_provider, crypto_currency: f_crypto_currency, base_currency: f_base_currency })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOnrampAvailability {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("provider");
        self.provider.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.key("base_currency");
        self.base_currency.write_json(w);
        w.end_object();
    }
}

/// `payments.getOnrampLimits#80e851fd flags:# provider:string crypto_currency:string base_currency:string payment_method:flags.0?string = OnrampLimits`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnrampLimits {
    /// `provider:string`
    pub provider: mtrs_tl::TlString,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
    /// `base_currency:string`
    pub base_currency: mtrs_tl::TlString,
    /// `payment_method:flags.0?string`
    pub payment_method: Option<mtrs_tl::TlString>,
}

impl Identifiable for GetOnrampLimits {
    const CONSTRUCTOR_ID: u32 = 0x80e851fd;
    const NAME: &'static str = "payments.getOnrampLimits";
}

impl Serialize for GetOnrampLimits {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.payment_method.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.provider.serialize(buf);
        self.crypto_currency.serialize(buf);
        self.base_currency.serialize(buf);
        if let Some(v) = &self.payment_method {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetOnrampLimits {
    type Return = crate::enums::OnrampLimits;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnrampLimits {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_provider = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_base_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_payment_method = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { provider: f_provider, crypto_currency: f_crypto_currency, base_currency: f_base_currency, payment_method: f_payment_method })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOnrampLimits {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("provider");
        self.provider.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.key("base_currency");
        self.base_currency.write_json(w);
        w.key("payment_method");
        self.payment_method.write_json(w);
        w.end_object();
    }
}

/// `payments.getOnrampQuote#e06645fa flags:# provider:string crypto_currency:string base_currency:string base_amount:flags.0?string crypto_amount:flags.1?string payment_method:flags.2?string = OnrampQuote`
#[derive(Debug, Clone, PartialEq)]
pub struct GetOnrampQuote {
    /// `provider:string`
    pub provider: mtrs_tl::TlString,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
    /// `base_currency:string`
    pub base_currency: mtrs_tl::TlString,
    /// `base_amount:flags.0?string`
    pub base_amount: Option<mtrs_tl::TlString>,
    /// `crypto_amount:flags.1?string`
    pub crypto_amount: Option<mtrs_tl::TlString>,
    /// `payment_method:flags.2?string`
    pub payment_method: Option<mtrs_tl::TlString>,
}

impl Identifiable for GetOnrampQuote {
    const CONSTRUCTOR_ID: u32 = 0xe06645fa;
    const NAME: &'static str = "payments.getOnrampQuote";
}

impl Serialize for GetOnrampQuote {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.base_amount.is_some() { 1 << 0 } else { 0 }
            | if self.crypto_amount.is_some() { 1 << 1 } else { 0 }
            | if self.payment_method.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.provider.serialize(buf);
        self.crypto_currency.serialize(buf);
        self.base_currency.serialize(buf);
        if let Some(v) = &self.base_amount {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.crypto_amount {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.payment_method {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for GetOnrampQuote {
    type Return = crate::enums::OnrampQuote;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetOnrampQuote {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_provider = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_base_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_base_amount = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_crypto_amount = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_payment_method = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { provider: f_provider, crypto_currency: f_crypto_currency, base_currency: f_base_currency, base_amount: f_base_amount, crypto_amount: f_crypto_amount, payment_method: f_payment_method })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetOnrampQuote {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("provider");
        self.provider.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.key("base_currency");
        self.base_currency.write_json(w);
        w.key("base_amount");
        self.base_amount.write_json(w);
        w.key("crypto_amount");
        self.crypto_amount.write_json(w);
        w.key("payment_method");
        self.payment_method.write_json(w);
        w.end_object();
    }
}

/// `payments.createOnrampSession#a2197cf6 flags:# provider:string crypto_currency:string address:string payment_method:flags.0?string base_currency:flags.1?string base_amount:flags.2?string memo:flags.3?string theme:flags.4?string success_return_url:flags.5?string fail_return_url:flags.6?string crypto_amount:flags.7?string = OnrampSession`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOnrampSession {
    /// `provider:string`
    pub provider: mtrs_tl::TlString,
    /// `crypto_currency:string`
    pub crypto_currency: mtrs_tl::TlString,
    /// `address:string`
    pub address: mtrs_tl::TlString,
    /// `payment_method:flags.0?string`
    pub payment_method: Option<mtrs_tl::TlString>,
    /// `base_currency:flags.1?string`
    pub base_currency: Option<mtrs_tl::TlString>,
    /// `base_amount:flags.2?string`
    pub base_amount: Option<mtrs_tl::TlString>,
    /// `memo:flags.3?string`
    pub memo: Option<mtrs_tl::TlString>,
    /// `theme:flags.4?string`
    pub theme: Option<mtrs_tl::TlString>,
    /// `success_return_url:flags.5?string`
    pub success_return_url: Option<mtrs_tl::TlString>,
    /// `fail_return_url:flags.6?string`
    pub fail_return_url: Option<mtrs_tl::TlString>,
    /// `crypto_amount:flags.7?string`
    pub crypto_amount: Option<mtrs_tl::TlString>,
}

impl Identifiable for CreateOnrampSession {
    const CONSTRUCTOR_ID: u32 = 0xa2197cf6;
    const NAME: &'static str = "payments.createOnrampSession";
}

impl Serialize for CreateOnrampSession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.payment_method.is_some() { 1 << 0 } else { 0 }
            | if self.base_currency.is_some() { 1 << 1 } else { 0 }
            | if self.base_amount.is_some() { 1 << 2 } else { 0 }
            | if self.memo.is_some() { 1 << 3 } else { 0 }
            | if self.theme.is_some() { 1 << 4 } else { 0 }
            | if self.success_return_url.is_some() { 1 << 5 } else { 0 }
            | if self.fail_return_url.is_some() { 1 << 6 } else { 0 }
            | if self.crypto_amount.is_some() { 1 << 7 } else { 0 };
        fl_flags.serialize(buf);
        self.provider.serialize(buf);
        self.crypto_currency.serialize(buf);
        self.address.serialize(buf);
        if let Some(v) = &self.payment_method {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.base_currency {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.base_amount {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.memo {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.theme {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.success_return_url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.fail_return_url {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.crypto_amount {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for CreateOnrampSession {
    type Return = crate::enums::OnrampSession;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CreateOnrampSession {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_provider = <mtrs_tl::TlString>::deserialize(r)?;
        let f_crypto_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_address = <mtrs_tl::TlString>::deserialize(r)?;
        let f_payment_method = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_base_currency = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_base_amount = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_memo = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_theme = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_success_return_url = if fl_flags & (1 << 5) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_fail_return_url = if fl_flags & (1 << 6) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_crypto_amount = if fl_flags & (1 << 7) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { provider: f_provider, crypto_currency: f_crypto_currency, address: f_address, payment_method: f_payment_method, base_currency: f_base_currency, base_amount: f_base_amount, memo: f_memo, theme: f_theme, success_return_url: f_success_return_url, fail_return_url: f_fail_return_url, crypto_amount: f_crypto_amount })
    }
}

#[cfg(feature = "json")]
impl ToJson for CreateOnrampSession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("provider");
        self.provider.write_json(w);
        w.key("crypto_currency");
        self.crypto_currency.write_json(w);
        w.key("address");
        self.address.write_json(w);
        w.key("payment_method");
        self.payment_method.write_json(w);
        w.key("base_currency");
        self.base_currency.write_json(w);
        w.key("base_amount");
        self.base_amount.write_json(w);
        w.key("memo");
        self.memo.write_json(w);
        w.key("theme");
        self.theme.write_json(w);
        w.key("success_return_url");
        self.success_return_url.write_json(w);
        w.key("fail_return_url");
        self.fail_return_url.write_json(w);
        w.key("crypto_amount");
        self.crypto_amount.write_json(w);
        w.end_object();
    }
}
