// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `payments` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `payments.paymentForm#a0058751 flags:# can_save_credentials:flags.2?true password_missing:flags.3?true form_id:long bot_id:long title:string description:string photo:flags.5?WebDocument invoice:Invoice provider_id:long url:string native_provider:flags.4?string native_params:flags.4?DataJSON additional_methods:flags.6?Vector<PaymentFormMethod> saved_info:flags.0?PaymentRequestedInfo saved_credentials:flags.1?Vector<PaymentSavedCredentials> users:Vector<User> = payments.PaymentForm`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentForm {
    /// `can_save_credentials:flags.2?true`
    pub can_save_credentials: bool,
    /// `password_missing:flags.3?true`
    pub password_missing: bool,
    /// `form_id:long`
    pub form_id: i64,
    /// `bot_id:long`
    pub bot_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `description:string`
    pub description: mtrs_tl::TlString,
    /// `photo:flags.5?WebDocument`
    pub photo: Option<crate::enums::WebDocument>,
    /// `invoice:Invoice`
    pub invoice: crate::enums::Invoice,
    /// `provider_id:long`
    pub provider_id: i64,
    /// `url:string`
    pub url: mtrs_tl::TlString,
    /// `native_provider:flags.4?string`
    pub native_provider: Option<mtrs_tl::TlString>,
    /// `native_params:flags.4?DataJSON`
    pub native_params: Option<crate::enums::DataJSON>,
    /// `additional_methods:flags.6?Vector<PaymentFormMethod>`
    pub additional_methods: Option<Vec<crate::enums::PaymentFormMethod>>,
    /// `saved_info:flags.0?PaymentRequestedInfo`
    pub saved_info: Option<crate::enums::PaymentRequestedInfo>,
    /// `saved_credentials:flags.1?Vector<PaymentSavedCredentials>`
    pub saved_credentials: Option<Vec<crate::enums::PaymentSavedCredentials>>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PaymentForm {
    const CONSTRUCTOR_ID: u32 = 0xa0058751;
    const NAME: &'static str = "payments.paymentForm";
}

impl Serialize for PaymentForm {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentForm {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.saved_info.is_some() { 1 << 0 } else { 0 }
            | if self.saved_credentials.is_some() { 1 << 1 } else { 0 }
            | if self.can_save_credentials { 1 << 2 } else { 0 }
            | if self.password_missing { 1 << 3 } else { 0 }
            | if (self.native_provider.is_some() || self.native_params.is_some()) && self.native_params.is_some() { 1 << 4 } else { 0 }
            | if self.photo.is_some() { 1 << 5 } else { 0 }
            | if self.additional_methods.is_some() { 1 << 6 } else { 0 };
        fl_flags.serialize(buf);
        self.form_id.serialize(buf);
        self.bot_id.serialize(buf);
        self.title.serialize(buf);
        self.description.serialize(buf);
        if let Some(v) = &self.photo {
            (*v).serialize(buf);
        }
        self.invoice.serialize(buf);
        self.provider_id.serialize(buf);
        self.url.serialize(buf);
        if fl_flags & (1 << 4) != 0 {
            match &self.native_provider {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 4) != 0 {
            match &self.native_params {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {}
            }
        }
        if let Some(v) = &self.additional_methods {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_info {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.saved_credentials {
            (*v).serialize(buf);
        }
        self.users.serialize(buf);
    }
}

impl Deserialize for PaymentForm {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentForm {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_can_save_credentials = fl_flags & (1 << 2) != 0;
        let f_password_missing = fl_flags & (1 << 3) != 0;
        let f_form_id = <i64>::deserialize(r)?;
        let f_bot_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_description = <mtrs_tl::TlString>::deserialize(r)?;
        let f_photo = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_invoice = <crate::enums::Invoice>::deserialize(r)?;
        let f_provider_id = <i64>::deserialize(r)?;
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        let f_native_provider = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_native_params = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::DataJSON>::deserialize(r)?) } else { None };
        let f_additional_methods = if fl_flags & (1 << 6) != 0 { Some(<Vec<crate::enums::PaymentFormMethod>>::deserialize(r)?) } else { None };
        let f_saved_info = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::PaymentRequestedInfo>::deserialize(r)?) } else { None };
        let f_saved_credentials = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::PaymentSavedCredentials>>::deserialize(r)?) } else { None };
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { can_save_credentials: f_can_save_credentials, password_missing: f_password_missing, form_id: f_form_id, bot_id: f_bot_id, title: f_title, description: f_description, photo: f_photo, invoice: f_invoice, provider_id: f_provider_id, url: f_url, native_provider: f_native_provider, native_params: f_native_params, additional_methods: f_additional_methods, saved_info: f_saved_info, saved_credentials: f_saved_credentials, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentForm {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("can_save_credentials");
        self.can_save_credentials.write_json(w);
        w.key("password_missing");
        self.password_missing.write_json(w);
        w.key("form_id");
        self.form_id.write_json(w);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("provider_id");
        self.provider_id.write_json(w);
        w.key("url");
        self.url.write_json(w);
        w.key("native_provider");
        self.native_provider.write_json(w);
        w.key("native_params");
        self.native_params.write_json(w);
        w.key("additional_methods");
        self.additional_methods.write_json(w);
        w.key("saved_info");
        self.saved_info.write_json(w);
        w.key("saved_credentials");
        self.saved_credentials.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentForm {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.paymentFormStars#7bf6b15c flags:# form_id:long bot_id:long title:string description:string photo:flags.5?WebDocument invoice:Invoice users:Vector<User> = payments.PaymentForm`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentFormStars {
    /// `form_id:long`
    pub form_id: i64,
    /// `bot_id:long`
    pub bot_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `description:string`
    pub description: mtrs_tl::TlString,
    /// `photo:flags.5?WebDocument`
    pub photo: Option<crate::enums::WebDocument>,
    /// `invoice:Invoice`
    pub invoice: crate::enums::Invoice,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PaymentFormStars {
    const CONSTRUCTOR_ID: u32 = 0x7bf6b15c;
    const NAME: &'static str = "payments.paymentFormStars";
}

impl Serialize for PaymentFormStars {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentFormStars {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.photo.is_some() { 1 << 5 } else { 0 };
        fl_flags.serialize(buf);
        self.form_id.serialize(buf);
        self.bot_id.serialize(buf);
        self.title.serialize(buf);
        self.description.serialize(buf);
        if let Some(v) = &self.photo {
            (*v).serialize(buf);
        }
        self.invoice.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PaymentFormStars {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentFormStars {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_form_id = <i64>::deserialize(r)?;
        let f_bot_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_description = <mtrs_tl::TlString>::deserialize(r)?;
        let f_photo = if fl_flags & (1 << 5) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_invoice = <crate::enums::Invoice>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { form_id: f_form_id, bot_id: f_bot_id, title: f_title, description: f_description, photo: f_photo, invoice: f_invoice, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentFormStars {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("form_id");
        self.form_id.write_json(w);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentFormStars {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.paymentFormStarGift#b425cfe1 form_id:long invoice:Invoice = payments.PaymentForm`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentFormStarGift {
    /// `form_id:long`
    pub form_id: i64,
    /// `invoice:Invoice`
    pub invoice: crate::enums::Invoice,
}

impl Identifiable for PaymentFormStarGift {
    const CONSTRUCTOR_ID: u32 = 0xb425cfe1;
    const NAME: &'static str = "payments.paymentFormStarGift";
}

impl Serialize for PaymentFormStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentFormStarGift {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.form_id.serialize(buf);
        self.invoice.serialize(buf);
    }
}

impl Deserialize for PaymentFormStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentFormStarGift {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_form_id = <i64>::deserialize(r)?;
        let f_invoice = <crate::enums::Invoice>::deserialize(r)?;
        Ok(Self { form_id: f_form_id, invoice: f_invoice })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentFormStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("form_id");
        self.form_id.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentFormStarGift {}

/// `payments.validatedRequestedInfo#d1451883 flags:# id:flags.0?string shipping_options:flags.1?Vector<ShippingOption> = payments.ValidatedRequestedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct ValidatedRequestedInfo {
    /// `id:flags.0?string`
    pub id: Option<mtrs_tl::TlString>,
    /// `shipping_options:flags.1?Vector<ShippingOption>`
    pub shipping_options: Option<Vec<crate::enums::ShippingOption>>,
}

impl Identifiable for ValidatedRequestedInfo {
    const CONSTRUCTOR_ID: u32 = 0xd1451883;
    const NAME: &'static str = "payments.validatedRequestedInfo";
}

impl Serialize for ValidatedRequestedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ValidatedRequestedInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.id.is_some() { 1 << 0 } else { 0 }
            | if self.shipping_options.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.shipping_options {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for ValidatedRequestedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ValidatedRequestedInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_id = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_shipping_options = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::ShippingOption>>::deserialize(r)?) } else { None };
        Ok(Self { id: f_id, shipping_options: f_shipping_options })
    }
}

#[cfg(feature = "json")]
impl ToJson for ValidatedRequestedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("id");
        self.id.write_json(w);
        w.key("shipping_options");
        self.shipping_options.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ValidatedRequestedInfo {}

/// `payments.paymentResult#4e5f810d updates:Updates = payments.PaymentResult`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentResult {
    /// `updates:Updates`
    pub updates: crate::enums::Updates,
}

impl Identifiable for PaymentResult {
    const CONSTRUCTOR_ID: u32 = 0x4e5f810d;
    const NAME: &'static str = "payments.paymentResult";
}

impl Serialize for PaymentResult {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentResult {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.updates.serialize(buf);
    }
}

impl Deserialize for PaymentResult {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentResult {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_updates = <crate::enums::Updates>::deserialize(r)?;
        Ok(Self { updates: f_updates })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentResult {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("updates");
        self.updates.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentResult {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.updates, found);
    }
}

/// `payments.paymentVerificationNeeded#d8411139 url:string = payments.PaymentResult`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentVerificationNeeded {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for PaymentVerificationNeeded {
    const CONSTRUCTOR_ID: u32 = 0xd8411139;
    const NAME: &'static str = "payments.paymentVerificationNeeded";
}

impl Serialize for PaymentVerificationNeeded {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentVerificationNeeded {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
    }
}

impl Deserialize for PaymentVerificationNeeded {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentVerificationNeeded {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentVerificationNeeded {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentVerificationNeeded {}

/// `payments.paymentReceipt#70c4fe03 flags:# date:int bot_id:long provider_id:long title:string description:string photo:flags.2?WebDocument invoice:Invoice info:flags.0?PaymentRequestedInfo shipping:flags.1?ShippingOption tip_amount:flags.3?long currency:string total_amount:long credentials_title:string users:Vector<User> = payments.PaymentReceipt`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentReceipt {
    /// `date:int`
    pub date: i32,
    /// `bot_id:long`
    pub bot_id: i64,
    /// `provider_id:long`
    pub provider_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `description:string`
    pub description: mtrs_tl::TlString,
    /// `photo:flags.2?WebDocument`
    pub photo: Option<crate::enums::WebDocument>,
    /// `invoice:Invoice`
    pub invoice: crate::enums::Invoice,
    /// `info:flags.0?PaymentRequestedInfo`
    pub info: Option<crate::enums::PaymentRequestedInfo>,
    /// `shipping:flags.1?ShippingOption`
    pub shipping: Option<crate::enums::ShippingOption>,
    /// `tip_amount:flags.3?long`
    pub tip_amount: Option<i64>,
    /// `currency:string`
    pub currency: mtrs_tl::TlString,
    /// `total_amount:long`
    pub total_amount: i64,
    /// `credentials_title:string`
    pub credentials_title: mtrs_tl::TlString,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PaymentReceipt {
    const CONSTRUCTOR_ID: u32 = 0x70c4fe03;
    const NAME: &'static str = "payments.paymentReceipt";
}

impl Serialize for PaymentReceipt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentReceipt {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.info.is_some() { 1 << 0 } else { 0 }
            | if self.shipping.is_some() { 1 << 1 } else { 0 }
            | if self.photo.is_some() { 1 << 2 } else { 0 }
            | if self.tip_amount.is_some() { 1 << 3 } else { 0 };
        fl_flags.serialize(buf);
        self.date.serialize(buf);
        self.bot_id.serialize(buf);
        self.provider_id.serialize(buf);
        self.title.serialize(buf);
        self.description.serialize(buf);
        if let Some(v) = &self.photo {
            (*v).serialize(buf);
        }
        self.invoice.serialize(buf);
        if let Some(v) = &self.info {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.shipping {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.tip_amount {
            (*v).serialize(buf);
        }
        self.currency.serialize(buf);
        self.total_amount.serialize(buf);
        self.credentials_title.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PaymentReceipt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentReceipt {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_date = <i32>::deserialize(r)?;
        let f_bot_id = <i64>::deserialize(r)?;
        let f_provider_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_description = <mtrs_tl::TlString>::deserialize(r)?;
        let f_photo = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_invoice = <crate::enums::Invoice>::deserialize(r)?;
        let f_info = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::PaymentRequestedInfo>::deserialize(r)?) } else { None };
        let f_shipping = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::ShippingOption>::deserialize(r)?) } else { None };
        let f_tip_amount = if fl_flags & (1 << 3) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_total_amount = <i64>::deserialize(r)?;
        let f_credentials_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { date: f_date, bot_id: f_bot_id, provider_id: f_provider_id, title: f_title, description: f_description, photo: f_photo, invoice: f_invoice, info: f_info, shipping: f_shipping, tip_amount: f_tip_amount, currency: f_currency, total_amount: f_total_amount, credentials_title: f_credentials_title, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentReceipt {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("provider_id");
        self.provider_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("info");
        self.info.write_json(w);
        w.key("shipping");
        self.shipping.write_json(w);
        w.key("tip_amount");
        self.tip_amount.write_json(w);
        w.key("currency");
        self.currency.write_json(w);
        w.key("total_amount");
        self.total_amount.write_json(w);
        w.key("credentials_title");
        self.credentials_title.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentReceipt {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.paymentReceiptStars#dabbf83a flags:# date:int bot_id:long title:string description:string photo:flags.2?WebDocument invoice:Invoice currency:string total_amount:long transaction_id:string users:Vector<User> = payments.PaymentReceipt`
#[derive(Debug, Clone, PartialEq)]
pub struct PaymentReceiptStars {
    /// `date:int`
    pub date: i32,
    /// `bot_id:long`
    pub bot_id: i64,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `description:string`
    pub description: mtrs_tl::TlString,
    /// `photo:flags.2?WebDocument`
    pub photo: Option<crate::enums::WebDocument>,
    /// `invoice:Invoice`
    pub invoice: crate::enums::Invoice,
    /// `currency:string`
    pub currency: mtrs_tl::TlString,
    /// `total_amount:long`
    pub total_amount: i64,
    /// `transaction_id:string`
    pub transaction_id: mtrs_tl::TlString,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for PaymentReceiptStars {
    const CONSTRUCTOR_ID: u32 = 0xdabbf83a;
    const NAME: &'static str = "payments.paymentReceiptStars";
}

impl Serialize for PaymentReceiptStars {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PaymentReceiptStars {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.photo.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.date.serialize(buf);
        self.bot_id.serialize(buf);
        self.title.serialize(buf);
        self.description.serialize(buf);
        if let Some(v) = &self.photo {
            (*v).serialize(buf);
        }
        self.invoice.serialize(buf);
        self.currency.serialize(buf);
        self.total_amount.serialize(buf);
        self.transaction_id.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for PaymentReceiptStars {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PaymentReceiptStars {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_date = <i32>::deserialize(r)?;
        let f_bot_id = <i64>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_description = <mtrs_tl::TlString>::deserialize(r)?;
        let f_photo = if fl_flags & (1 << 2) != 0 { Some(<crate::enums::WebDocument>::deserialize(r)?) } else { None };
        let f_invoice = <crate::enums::Invoice>::deserialize(r)?;
        let f_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_total_amount = <i64>::deserialize(r)?;
        let f_transaction_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { date: f_date, bot_id: f_bot_id, title: f_title, description: f_description, photo: f_photo, invoice: f_invoice, currency: f_currency, total_amount: f_total_amount, transaction_id: f_transaction_id, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for PaymentReceiptStars {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("date");
        self.date.write_json(w);
        w.key("bot_id");
        self.bot_id.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("description");
        self.description.write_json(w);
        w.key("photo");
        self.photo.write_json(w);
        w.key("invoice");
        self.invoice.write_json(w);
        w.key("currency");
        self.currency.write_json(w);
        w.key("total_amount");
        self.total_amount.write_json(w);
        w.key("transaction_id");
        self.transaction_id.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for PaymentReceiptStars {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.savedInfo#fb8fe43c flags:# has_saved_credentials:flags.1?true saved_info:flags.0?PaymentRequestedInfo = payments.SavedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedInfo {
    /// `has_saved_credentials:flags.1?true`
    pub has_saved_credentials: bool,
    /// `saved_info:flags.0?PaymentRequestedInfo`
    pub saved_info: Option<crate::enums::PaymentRequestedInfo>,
}

impl Identifiable for SavedInfo {
    const CONSTRUCTOR_ID: u32 = 0xfb8fe43c;
    const NAME: &'static str = "payments.savedInfo";
}

impl Serialize for SavedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.saved_info.is_some() { 1 << 0 } else { 0 }
            | if self.has_saved_credentials { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.saved_info {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SavedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_has_saved_credentials = fl_flags & (1 << 1) != 0;
        let f_saved_info = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::PaymentRequestedInfo>::deserialize(r)?) } else { None };
        Ok(Self { has_saved_credentials: f_has_saved_credentials, saved_info: f_saved_info })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("has_saved_credentials");
        self.has_saved_credentials.write_json(w);
        w.key("saved_info");
        self.saved_info.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedInfo {}

/// `payments.bankCardData#3e24e573 title:string open_urls:Vector<BankCardOpenUrl> = payments.BankCardData`
#[derive(Debug, Clone, PartialEq)]
pub struct BankCardData {
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `open_urls:Vector<BankCardOpenUrl>`
    pub open_urls: Vec<crate::enums::BankCardOpenUrl>,
}

impl Identifiable for BankCardData {
    const CONSTRUCTOR_ID: u32 = 0x3e24e573;
    const NAME: &'static str = "payments.bankCardData";
}

impl Serialize for BankCardData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BankCardData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.title.serialize(buf);
        self.open_urls.serialize(buf);
    }
}

impl Deserialize for BankCardData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BankCardData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_open_urls = <Vec<crate::enums::BankCardOpenUrl>>::deserialize(r)?;
        Ok(Self { title: f_title, open_urls: f_open_urls })
    }
}

#[cfg(feature = "json")]
impl ToJson for BankCardData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("title");
        self.title.write_json(w);
        w.key("open_urls");
        self.open_urls.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for BankCardData {}

/// `payments.exportedInvoice#aed0cbd9 url:string = payments.ExportedInvoice`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedInvoice {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for ExportedInvoice {
    const CONSTRUCTOR_ID: u32 = 0xaed0cbd9;
    const NAME: &'static str = "payments.exportedInvoice";
}

impl Serialize for ExportedInvoice {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ExportedInvoice {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
    }
}

impl Deserialize for ExportedInvoice {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ExportedInvoice {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportedInvoice {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ExportedInvoice {}

/// `payments.checkedGiftCode#eb983f8f flags:# via_giveaway:flags.2?true from_id:flags.4?Peer giveaway_msg_id:flags.3?int to_id:flags.0?long date:int days:int used_date:flags.1?int chats:Vector<Chat> users:Vector<User> = payments.CheckedGiftCode`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedGiftCode {
    /// `via_giveaway:flags.2?true`
    pub via_giveaway: bool,
    /// `from_id:flags.4?Peer`
    pub from_id: Option<crate::enums::Peer>,
    /// `giveaway_msg_id:flags.3?int`
    pub giveaway_msg_id: Option<i32>,
    /// `to_id:flags.0?long`
    pub to_id: Option<i64>,
    /// `date:int`
    pub date: i32,
    /// `days:int`
    pub days: i32,
    /// `used_date:flags.1?int`
    pub used_date: Option<i32>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for CheckedGiftCode {
    const CONSTRUCTOR_ID: u32 = 0xeb983f8f;
    const NAME: &'static str = "payments.checkedGiftCode";
}

impl Serialize for CheckedGiftCode {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CheckedGiftCode {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.to_id.is_some() { 1 << 0 } else { 0 }
            | if self.used_date.is_some() { 1 << 1 } else { 0 }
            | if self.via_giveaway { 1 << 2 } else { 0 }
            | if self.giveaway_msg_id.is_some() { 1 << 3 } else { 0 }
            | if self.from_id.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.from_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.giveaway_msg_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.to_id {
            (*v).serialize(buf);
        }
        self.date.serialize(buf);
        self.days.serialize(buf);
        if let Some(v) = &self.used_date {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for CheckedGiftCode {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CheckedGiftCode {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_via_giveaway = fl_flags & (1 << 2) != 0;
        let f_from_id = if fl_flags & (1 << 4) != 0 { Some(<crate::enums::Peer>::deserialize(r)?) } else { None };
        let f_giveaway_msg_id = if fl_flags & (1 << 3) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_to_id = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_date = <i32>::deserialize(r)?;
        let f_days = <i32>::deserialize(r)?;
        let f_used_date = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { via_giveaway: f_via_giveaway, from_id: f_from_id, giveaway_msg_id: f_giveaway_msg_id, to_id: f_to_id, date: f_date, days: f_days, used_date: f_used_date, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckedGiftCode {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("via_giveaway");
        self.via_giveaway.write_json(w);
        w.key("from_id");
        self.from_id.write_json(w);
        w.key("giveaway_msg_id");
        self.giveaway_msg_id.write_json(w);
        w.key("to_id");
        self.to_id.write_json(w);
        w.key("date");
        self.date.write_json(w);
        w.key("days");
        self.days.write_json(w);
        w.key("used_date");
        self.used_date.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CheckedGiftCode {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.giveawayInfo#4367daa0 flags:# participating:flags.0?true preparing_results:flags.3?true start_date:int joined_too_early_date:flags.1?int admin_disallowed_chat_id:flags.2?long disallowed_country:flags.4?string = payments.GiveawayInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GiveawayInfo {
    /// `participating:flags.0?true`
    pub participating: bool,
    /// `preparing_results:flags.3?true`
    pub preparing_results: bool,
    /// `start_date:int`
    pub start_date: i32,
    /// `joined_too_early_date:flags.1?int`
    pub joined_too_early_date: Option<i32>,
    /// `admin_disallowed_chat_id:flags.2?long`
    pub admin_disallowed_chat_id: Option<i64>,
    /// `disallowed_country:flags.4?string`
    pub disallowed_country: Option<mtrs_tl::TlString>,
}

impl Identifiable for GiveawayInfo {
    const CONSTRUCTOR_ID: u32 = 0x4367daa0;
    const NAME: &'static str = "payments.giveawayInfo";
}

impl Serialize for GiveawayInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GiveawayInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.participating { 1 << 0 } else { 0 }
            | if self.joined_too_early_date.is_some() { 1 << 1 } else { 0 }
            | if self.admin_disallowed_chat_id.is_some() { 1 << 2 } else { 0 }
            | if self.preparing_results { 1 << 3 } else { 0 }
            | if self.disallowed_country.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.start_date.serialize(buf);
        if let Some(v) = &self.joined_too_early_date {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.admin_disallowed_chat_id {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.disallowed_country {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for GiveawayInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GiveawayInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_participating = fl_flags & (1 << 0) != 0;
        let f_preparing_results = fl_flags & (1 << 3) != 0;
        let f_start_date = <i32>::deserialize(r)?;
        let f_joined_too_early_date = if fl_flags & (1 << 1) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_admin_disallowed_chat_id = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_disallowed_country = if fl_flags & (1 << 4) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { participating: f_participating, preparing_results: f_preparing_results, start_date: f_start_date, joined_too_early_date: f_joined_too_early_date, admin_disallowed_chat_id: f_admin_disallowed_chat_id, disallowed_country: f_disallowed_country })
    }
}

#[cfg(feature = "json")]
impl ToJson for GiveawayInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("participating");
        self.participating.write_json(w);
        w.key("preparing_results");
        self.preparing_results.write_json(w);
        w.key("start_date");
        self.start_date.write_json(w);
        w.key("joined_too_early_date");
        self.joined_too_early_date.write_json(w);
        w.key("admin_disallowed_chat_id");
        self.admin_disallowed_chat_id.write_json(w);
        w.key("disallowed_country");
        self.disallowed_country.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GiveawayInfo {}

/// `payments.giveawayInfoResults#e175e66f flags:# winner:flags.0?true refunded:flags.1?true start_date:int gift_code_slug:flags.3?string stars_prize:flags.4?long finish_date:int winners_count:int activated_count:flags.2?int = payments.GiveawayInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct GiveawayInfoResults {
    /// `winner:flags.0?true`
    pub winner: bool,
    /// `refunded:flags.1?true`
    pub refunded: bool,
    /// `start_date:int`
    pub start_date: i32,
    /// `gift_code_slug:flags.3?string`
    pub gift_code_slug: Option<mtrs_tl::TlString>,
    /// `stars_prize:flags.4?long`
    pub stars_prize: Option<i64>,
    /// `finish_date:int`
    pub finish_date: i32,
    /// `winners_count:int`
    pub winners_count: i32,
    /// `activated_count:flags.2?int`
    pub activated_count: Option<i32>,
}

impl Identifiable for GiveawayInfoResults {
    const CONSTRUCTOR_ID: u32 = 0xe175e66f;
    const NAME: &'static str = "payments.giveawayInfoResults";
}

impl Serialize for GiveawayInfoResults {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for GiveawayInfoResults {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.winner { 1 << 0 } else { 0 }
            | if self.refunded { 1 << 1 } else { 0 }
            | if self.activated_count.is_some() { 1 << 2 } else { 0 }
            | if self.gift_code_slug.is_some() { 1 << 3 } else { 0 }
            | if self.stars_prize.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.start_date.serialize(buf);
        if let Some(v) = &self.gift_code_slug {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.stars_prize {
            (*v).serialize(buf);
        }
        self.finish_date.serialize(buf);
        self.winners_count.serialize(buf);
        if let Some(v) = &self.activated_count {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for GiveawayInfoResults {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for GiveawayInfoResults {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_winner = fl_flags & (1 << 0) != 0;
        let f_refunded = fl_flags & (1 << 1) != 0;
        let f_start_date = <i32>::deserialize(r)?;
        let f_gift_code_slug = if fl_flags & (1 << 3) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_stars_prize = if fl_flags & (1 << 4) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_finish_date = <i32>::deserialize(r)?;
        let f_winners_count = <i32>::deserialize(r)?;
        let f_activated_count = if fl_flags & (1 << 2) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        Ok(Self { winner: f_winner, refunded: f_refunded, start_date: f_start_date, gift_code_slug: f_gift_code_slug, stars_prize: f_stars_prize, finish_date: f_finish_date, winners_count: f_winners_count, activated_count: f_activated_count })
    }
}

#[cfg(feature = "json")]
impl ToJson for GiveawayInfoResults {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("winner");
        self.winner.write_json(w);
        w.key("refunded");
        self.refunded.write_json(w);
        w.key("start_date");
        self.start_date.write_json(w);
        w.key("gift_code_slug");
        self.gift_code_slug.write_json(w);
        w.key("stars_prize");
        self.stars_prize.write_json(w);
        w.key("finish_date");
        self.finish_date.write_json(w);
        w.key("winners_count");
        self.winners_count.write_json(w);
        w.key("activated_count");
        self.activated_count.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for GiveawayInfoResults {}

/// `payments.starsStatus#6c9ce8ed flags:# balance:StarsAmount subscriptions:flags.1?Vector<StarsSubscription> subscriptions_next_offset:flags.2?string subscriptions_missing_balance:flags.4?long history:flags.3?Vector<StarsTransaction> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = payments.StarsStatus`
#[derive(Debug, Clone, PartialEq)]
pub struct StarsStatus {
    /// `balance:StarsAmount`
    pub balance: crate::enums::StarsAmount,
    /// `subscriptions:flags.1?Vector<StarsSubscription>`
    pub subscriptions: Option<Vec<crate::enums::StarsSubscription>>,
    /// `subscriptions_next_offset:flags.2?string`
    pub subscriptions_next_offset: Option<mtrs_tl::TlString>,
    /// `subscriptions_missing_balance:flags.4?long`
    pub subscriptions_missing_balance: Option<i64>,
    /// `history:flags.3?Vector<StarsTransaction>`
    pub history: Option<Vec<crate::enums::StarsTransaction>>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for StarsStatus {
    const CONSTRUCTOR_ID: u32 = 0x6c9ce8ed;
    const NAME: &'static str = "payments.starsStatus";
}

impl Serialize for StarsStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarsStatus {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 }
            | if self.subscriptions.is_some() { 1 << 1 } else { 0 }
            | if self.subscriptions_next_offset.is_some() { 1 << 2 } else { 0 }
            | if self.history.is_some() { 1 << 3 } else { 0 }
            | if self.subscriptions_missing_balance.is_some() { 1 << 4 } else { 0 };
        fl_flags.serialize(buf);
        self.balance.serialize(buf);
        if let Some(v) = &self.subscriptions {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.subscriptions_next_offset {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.subscriptions_missing_balance {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.history {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for StarsStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarsStatus {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_balance = <crate::enums::StarsAmount>::deserialize(r)?;
        let f_subscriptions = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::StarsSubscription>>::deserialize(r)?) } else { None };
        let f_subscriptions_next_offset = if fl_flags & (1 << 2) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_subscriptions_missing_balance = if fl_flags & (1 << 4) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_history = if fl_flags & (1 << 3) != 0 { Some(<Vec<crate::enums::StarsTransaction>>::deserialize(r)?) } else { None };
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { balance: f_balance, subscriptions: f_subscriptions, subscriptions_next_offset: f_subscriptions_next_offset, subscriptions_missing_balance: f_subscriptions_missing_balance, history: f_history, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("balance");
        self.balance.write_json(w);
        w.key("subscriptions");
        self.subscriptions.write_json(w);
        w.key("subscriptions_next_offset");
        self.subscriptions_next_offset.write_json(w);
        w.key("subscriptions_missing_balance");
        self.subscriptions_missing_balance.write_json(w);
        w.key("history");
        self.history.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarsStatus {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.history, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.starsRevenueStats#6c207376 flags:# top_hours_graph:flags.0?StatsGraph revenue_graph:StatsGraph status:StarsRevenueStatus usd_rate:double = payments.StarsRevenueStats`
#[derive(Debug, Clone, PartialEq)]
pub struct StarsRevenueStats {
    /// `top_hours_graph:flags.0?StatsGraph`
    pub top_hours_graph: Option<crate::enums::StatsGraph>,
    /// `revenue_graph:StatsGraph`
    pub revenue_graph: crate::enums::StatsGraph,
    /// `status:StarsRevenueStatus`
    pub status: crate::enums::StarsRevenueStatus,
    /// `usd_rate:double`
    pub usd_rate: f64,
}

impl Identifiable for StarsRevenueStats {
    const CONSTRUCTOR_ID: u32 = 0x6c207376;
    const NAME: &'static str = "payments.starsRevenueStats";
}

impl Serialize for StarsRevenueStats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarsRevenueStats {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.top_hours_graph.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        if let Some(v) = &self.top_hours_graph {
            (*v).serialize(buf);
        }
        self.revenue_graph.serialize(buf);
        self.status.serialize(buf);
        self.usd_rate.serialize(buf);
    }
}

impl Deserialize for StarsRevenueStats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarsRevenueStats {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_top_hours_graph = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::StatsGraph>::deserialize(r)?) } else { None };
        let f_revenue_graph = <crate::enums::StatsGraph>::deserialize(r)?;
        let f_status = <crate::enums::StarsRevenueStatus>::deserialize(r)?;
        let f_usd_rate = <f64>::deserialize(r)?;
        Ok(Self { top_hours_graph: f_top_hours_graph, revenue_graph: f_revenue_graph, status: f_status, usd_rate: f_usd_rate })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueStats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("top_hours_graph");
        self.top_hours_graph.write_json(w);
        w.key("revenue_graph");
        self.revenue_graph.write_json(w);
        w.key("status");
        self.status.write_json(w);
        w.key("usd_rate");
        self.usd_rate.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarsRevenueStats {}

/// `payments.starsRevenueWithdrawalUrl#1dab80b7 url:string = payments.StarsRevenueWithdrawalUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct StarsRevenueWithdrawalUrl {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for StarsRevenueWithdrawalUrl {
    const CONSTRUCTOR_ID: u32 = 0x1dab80b7;
    const NAME: &'static str = "payments.starsRevenueWithdrawalUrl";
}

impl Serialize for StarsRevenueWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarsRevenueWithdrawalUrl {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
    }
}

impl Deserialize for StarsRevenueWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarsRevenueWithdrawalUrl {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarsRevenueWithdrawalUrl {}

/// `payments.starsRevenueAdsAccountUrl#394e7f21 url:string = payments.StarsRevenueAdsAccountUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct StarsRevenueAdsAccountUrl {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for StarsRevenueAdsAccountUrl {
    const CONSTRUCTOR_ID: u32 = 0x394e7f21;
    const NAME: &'static str = "payments.starsRevenueAdsAccountUrl";
}

impl Serialize for StarsRevenueAdsAccountUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarsRevenueAdsAccountUrl {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
    }
}

impl Deserialize for StarsRevenueAdsAccountUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarsRevenueAdsAccountUrl {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarsRevenueAdsAccountUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarsRevenueAdsAccountUrl {}

/// `payments.starGiftsNotModified#a388a368 = payments.StarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftsNotModified;

impl Identifiable for StarGiftsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xa388a368;
    const NAME: &'static str = "payments.starGiftsNotModified";
}

impl Serialize for StarGiftsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StarGiftsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftsNotModified {}

/// `payments.starGifts#2ed82995 hash:int gifts:Vector<StarGift> chats:Vector<Chat> users:Vector<User> = payments.StarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGifts {
    /// `hash:int`
    pub hash: i32,
    /// `gifts:Vector<StarGift>`
    pub gifts: Vec<crate::enums::StarGift>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for StarGifts {
    const CONSTRUCTOR_ID: u32 = 0x2ed82995;
    const NAME: &'static str = "payments.starGifts";
}

impl Serialize for StarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGifts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.hash.serialize(buf);
        self.gifts.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for StarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGifts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_hash = <i32>::deserialize(r)?;
        let f_gifts = <Vec<crate::enums::StarGift>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { hash: f_hash, gifts: f_gifts, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hash");
        self.hash.write_json(w);
        w.key("gifts");
        self.gifts.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.connectedStarRefBots#98d5ea1d count:int connected_bots:Vector<ConnectedBotStarRef> users:Vector<User> = payments.ConnectedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectedStarRefBots {
    /// `count:int`
    pub count: i32,
    /// `connected_bots:Vector<ConnectedBotStarRef>`
    pub connected_bots: Vec<crate::enums::ConnectedBotStarRef>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ConnectedStarRefBots {
    const CONSTRUCTOR_ID: u32 = 0x98d5ea1d;
    const NAME: &'static str = "payments.connectedStarRefBots";
}

impl Serialize for ConnectedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ConnectedStarRefBots {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.count.serialize(buf);
        self.connected_bots.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for ConnectedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ConnectedStarRefBots {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_count = <i32>::deserialize(r)?;
        let f_connected_bots = <Vec<crate::enums::ConnectedBotStarRef>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, connected_bots: f_connected_bots, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ConnectedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("connected_bots");
        self.connected_bots.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ConnectedStarRefBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.suggestedStarRefBots#b4d5d859 flags:# count:int suggested_bots:Vector<StarRefProgram> users:Vector<User> next_offset:flags.0?string = payments.SuggestedStarRefBots`
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedStarRefBots {
    /// `count:int`
    pub count: i32,
    /// `suggested_bots:Vector<StarRefProgram>`
    pub suggested_bots: Vec<crate::enums::StarRefProgram>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
}

impl Identifiable for SuggestedStarRefBots {
    const CONSTRUCTOR_ID: u32 = 0xb4d5d859;
    const NAME: &'static str = "payments.suggestedStarRefBots";
}

impl Serialize for SuggestedStarRefBots {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SuggestedStarRefBots {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.suggested_bots.serialize(buf);
        self.users.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
    }
}

impl Deserialize for SuggestedStarRefBots {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SuggestedStarRefBots {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_suggested_bots = <Vec<crate::enums::StarRefProgram>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { count: f_count, suggested_bots: f_suggested_bots, users: f_users, next_offset: f_next_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for SuggestedStarRefBots {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("suggested_bots");
        self.suggested_bots.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SuggestedStarRefBots {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.starGiftUpgradePreview#3de1dfed sample_attributes:Vector<StarGiftAttribute> prices:Vector<StarGiftUpgradePrice> next_prices:Vector<StarGiftUpgradePrice> = payments.StarGiftUpgradePreview`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftUpgradePreview {
    /// `sample_attributes:Vector<StarGiftAttribute>`
    pub sample_attributes: Vec<crate::enums::StarGiftAttribute>,
    /// `prices:Vector<StarGiftUpgradePrice>`
    pub prices: Vec<crate::enums::StarGiftUpgradePrice>,
    /// `next_prices:Vector<StarGiftUpgradePrice>`
    pub next_prices: Vec<crate::enums::StarGiftUpgradePrice>,
}

impl Identifiable for StarGiftUpgradePreview {
    const CONSTRUCTOR_ID: u32 = 0x3de1dfed;
    const NAME: &'static str = "payments.starGiftUpgradePreview";
}

impl Serialize for StarGiftUpgradePreview {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftUpgradePreview {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.sample_attributes.serialize(buf);
        self.prices.serialize(buf);
        self.next_prices.serialize(buf);
    }
}

impl Deserialize for StarGiftUpgradePreview {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftUpgradePreview {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_sample_attributes = <Vec<crate::enums::StarGiftAttribute>>::deserialize(r)?;
        let f_prices = <Vec<crate::enums::StarGiftUpgradePrice>>::deserialize(r)?;
        let f_next_prices = <Vec<crate::enums::StarGiftUpgradePrice>>::deserialize(r)?;
        Ok(Self { sample_attributes: f_sample_attributes, prices: f_prices, next_prices: f_next_prices })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftUpgradePreview {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("sample_attributes");
        self.sample_attributes.write_json(w);
        w.key("prices");
        self.prices.write_json(w);
        w.key("next_prices");
        self.next_prices.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftUpgradePreview {}

/// `payments.uniqueStarGift#416c56e8 gift:StarGift chats:Vector<Chat> users:Vector<User> = payments.UniqueStarGift`
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueStarGift {
    /// `gift:StarGift`
    pub gift: crate::enums::StarGift,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for UniqueStarGift {
    const CONSTRUCTOR_ID: u32 = 0x416c56e8;
    const NAME: &'static str = "payments.uniqueStarGift";
}

impl Serialize for UniqueStarGift {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UniqueStarGift {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.gift.serialize(buf);
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for UniqueStarGift {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UniqueStarGift {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_gift = <crate::enums::StarGift>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { gift: f_gift, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for UniqueStarGift {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift");
        self.gift.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UniqueStarGift {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.savedStarGifts#95f389b1 flags:# count:int chat_notifications_enabled:flags.1?Bool gifts:Vector<SavedStarGift> next_offset:flags.0?string chats:Vector<Chat> users:Vector<User> = payments.SavedStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct SavedStarGifts {
    /// `count:int`
    pub count: i32,
    /// `chat_notifications_enabled:flags.1?Bool`
    pub chat_notifications_enabled: Option<bool>,
    /// `gifts:Vector<SavedStarGift>`
    pub gifts: Vec<crate::enums::SavedStarGift>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for SavedStarGifts {
    const CONSTRUCTOR_ID: u32 = 0x95f389b1;
    const NAME: &'static str = "payments.savedStarGifts";
}

impl Serialize for SavedStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for SavedStarGifts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 }
            | if self.chat_notifications_enabled.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        if let Some(v) = &self.chat_notifications_enabled {
            (*v).serialize(buf);
        }
        self.gifts.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        self.chats.serialize(buf);
        self.users.serialize(buf);
    }
}

impl Deserialize for SavedStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for SavedStarGifts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_chat_notifications_enabled = if fl_flags & (1 << 1) != 0 { Some(<bool>::deserialize(r)?) } else { None };
        let f_gifts = <Vec<crate::enums::SavedStarGift>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, chat_notifications_enabled: f_chat_notifications_enabled, gifts: f_gifts, next_offset: f_next_offset, chats: f_chats, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for SavedStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("chat_notifications_enabled");
        self.chat_notifications_enabled.write_json(w);
        w.key("gifts");
        self.gifts.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for SavedStarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.starGiftWithdrawalUrl#84aa3a9c url:string = payments.StarGiftWithdrawalUrl`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftWithdrawalUrl {
    /// `url:string`
    pub url: mtrs_tl::TlString,
}

impl Identifiable for StarGiftWithdrawalUrl {
    const CONSTRUCTOR_ID: u32 = 0x84aa3a9c;
    const NAME: &'static str = "payments.starGiftWithdrawalUrl";
}

impl Serialize for StarGiftWithdrawalUrl {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftWithdrawalUrl {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.url.serialize(buf);
    }
}

impl Deserialize for StarGiftWithdrawalUrl {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftWithdrawalUrl {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_url = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { url: f_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftWithdrawalUrl {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("url");
        self.url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftWithdrawalUrl {}

/// `payments.resaleStarGifts#947a12df flags:# count:int gifts:Vector<StarGift> next_offset:flags.0?string attributes:flags.1?Vector<StarGiftAttribute> attributes_hash:flags.1?long chats:Vector<Chat> counters:flags.2?Vector<StarGiftAttributeCounter> users:Vector<User> = payments.ResaleStarGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct ResaleStarGifts {
    /// `count:int`
    pub count: i32,
    /// `gifts:Vector<StarGift>`
    pub gifts: Vec<crate::enums::StarGift>,
    /// `next_offset:flags.0?string`
    pub next_offset: Option<mtrs_tl::TlString>,
    /// `attributes:flags.1?Vector<StarGiftAttribute>`
    pub attributes: Option<Vec<crate::enums::StarGiftAttribute>>,
    /// `attributes_hash:flags.1?long`
    pub attributes_hash: Option<i64>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
    /// `counters:flags.2?Vector<StarGiftAttributeCounter>`
    pub counters: Option<Vec<crate::enums::StarGiftAttributeCounter>>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
}

impl Identifiable for ResaleStarGifts {
    const CONSTRUCTOR_ID: u32 = 0x947a12df;
    const NAME: &'static str = "payments.resaleStarGifts";
}

impl Serialize for ResaleStarGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResaleStarGifts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.next_offset.is_some() { 1 << 0 } else { 0 }
            | if self.attributes.is_some() || self.attributes_hash.is_some() { 1 << 1 } else { 0 }
            | if self.counters.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.count.serialize(buf);
        self.gifts.serialize(buf);
        if let Some(v) = &self.next_offset {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.attributes {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <Vec<crate::enums::StarGiftAttribute> as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 1) != 0 {
            match &self.attributes_hash {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i64 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        self.chats.serialize(buf);
        if let Some(v) = &self.counters {
            (*v).serialize(buf);
        }
        self.users.serialize(buf);
    }
}

impl Deserialize for ResaleStarGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResaleStarGifts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_count = <i32>::deserialize(r)?;
        let f_gifts = <Vec<crate::enums::StarGift>>::deserialize(r)?;
        let f_next_offset = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_attributes = if fl_flags & (1 << 1) != 0 { Some(<Vec<crate::enums::StarGiftAttribute>>::deserialize(r)?) } else { None };
        let f_attributes_hash = if fl_flags & (1 << 1) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        let f_counters = if fl_flags & (1 << 2) != 0 { Some(<Vec<crate::enums::StarGiftAttributeCounter>>::deserialize(r)?) } else { None };
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        Ok(Self { count: f_count, gifts: f_gifts, next_offset: f_next_offset, attributes: f_attributes, attributes_hash: f_attributes_hash, chats: f_chats, counters: f_counters, users: f_users })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResaleStarGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("count");
        self.count.write_json(w);
        w.key("gifts");
        self.gifts.write_json(w);
        w.key("next_offset");
        self.next_offset.write_json(w);
        w.key("attributes");
        self.attributes.write_json(w);
        w.key("attributes_hash");
        self.attributes_hash.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.key("counters");
        self.counters.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for ResaleStarGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.chats, found);
        crate::peers::Peers::collect_peers(&self.users, found);
    }
}

/// `payments.starGiftCollectionsNotModified#a0ba4f17 = payments.StarGiftCollections`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftCollectionsNotModified;

impl Identifiable for StarGiftCollectionsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xa0ba4f17;
    const NAME: &'static str = "payments.starGiftCollectionsNotModified";
}

impl Serialize for StarGiftCollectionsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftCollectionsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StarGiftCollectionsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftCollectionsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftCollectionsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftCollectionsNotModified {}

/// `payments.starGiftCollections#8a2932f3 collections:Vector<StarGiftCollection> = payments.StarGiftCollections`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftCollections {
    /// `collections:Vector<StarGiftCollection>`
    pub collections: Vec<crate::enums::StarGiftCollection>,
}

impl Identifiable for StarGiftCollections {
    const CONSTRUCTOR_ID: u32 = 0x8a2932f3;
    const NAME: &'static str = "payments.starGiftCollections";
}

impl Serialize for StarGiftCollections {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftCollections {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.collections.serialize(buf);
    }
}

impl Deserialize for StarGiftCollections {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftCollections {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_collections = <Vec<crate::enums::StarGiftCollection>>::deserialize(r)?;
        Ok(Self { collections: f_collections })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftCollections {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("collections");
        self.collections.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftCollections {}

/// `payments.uniqueStarGiftValueInfo#512fe446 flags:# last_sale_on_fragment:flags.1?true value_is_average:flags.6?true currency:string value:long initial_sale_date:int initial_sale_stars:long initial_sale_price:long last_sale_date:flags.0?int last_sale_price:flags.0?long floor_price:flags.2?long average_price:flags.3?long listed_count:flags.4?int fragment_listed_count:flags.5?int fragment_listed_url:flags.5?string = payments.UniqueStarGiftValueInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct UniqueStarGiftValueInfo {
    /// `last_sale_on_fragment:flags.1?true`
    pub last_sale_on_fragment: bool,
    /// `value_is_average:flags.6?true`
    pub value_is_average: bool,
    /// `currency:string`
    pub currency: mtrs_tl::TlString,
    /// `value:long`
    pub value: i64,
    /// `initial_sale_date:int`
    pub initial_sale_date: i32,
    /// `initial_sale_stars:long`
    pub initial_sale_stars: i64,
    /// `initial_sale_price:long`
    pub initial_sale_price: i64,
    /// `last_sale_date:flags.0?int`
    pub last_sale_date: Option<i32>,
    /// `last_sale_price:flags.0?long`
    pub last_sale_price: Option<i64>,
    /// `floor_price:flags.2?long`
    pub floor_price: Option<i64>,
    /// `average_price:flags.3?long`
    pub average_price: Option<i64>,
    /// `listed_count:flags.4?int`
    pub listed_count: Option<i32>,
    /// `fragment_listed_count:flags.5?int`
    pub fragment_listed_count: Option<i32>,
    /// `fragment_listed_url:flags.5?string`
    pub fragment_listed_url: Option<mtrs_tl::TlString>,
}

impl Identifiable for UniqueStarGiftValueInfo {
    const CONSTRUCTOR_ID: u32 = 0x512fe446;
    const NAME: &'static str = "payments.uniqueStarGiftValueInfo";
}

impl Serialize for UniqueStarGiftValueInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for UniqueStarGiftValueInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        let fl_flags = 0u32
            | if self.last_sale_date.is_some() || self.last_sale_price.is_some() { 1 << 0 } else { 0 }
            | if self.last_sale_on_fragment { 1 << 1 } else { 0 }
            | if self.floor_price.is_some() { 1 << 2 } else { 0 }
            | if self.average_price.is_some() { 1 << 3 } else { 0 }
            | if self.listed_count.is_some() { 1 << 4 } else { 0 }
            | if self.fragment_listed_count.is_some() || self.fragment_listed_url.is_some() { 1 << 5 } else { 0 }
            | if self.value_is_average { 1 << 6 } else { 0 };
        fl_flags.serialize(buf);
        self.currency.serialize(buf);
        self.value.serialize(buf);
        self.initial_sale_date.serialize(buf);
        self.initial_sale_stars.serialize(buf);
        self.initial_sale_price.serialize(buf);
        if fl_flags & (1 << 0) != 0 {
            match &self.last_sale_date {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 0) != 0 {
            match &self.last_sale_price {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i64 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if let Some(v) = &self.floor_price {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.average_price {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.listed_count {
            (*v).serialize(buf);
        }
        if fl_flags & (1 << 5) != 0 {
            match &self.fragment_listed_count {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <i32 as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
        if fl_flags & (1 << 5) != 0 {
            match &self.fragment_listed_url {
                Some(v) => {
                    (*v).serialize(buf);
                }
                None => {
                    let z = <mtrs_tl::TlString as ::core::default::Default>::default();
                    z.serialize(buf);
                }
            }
        }
    }
}

impl Deserialize for UniqueStarGiftValueInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for UniqueStarGiftValueInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let fl_flags = r.read_u32()?;
        let f_last_sale_on_fragment = fl_flags & (1 << 1) != 0;
        let f_value_is_average = fl_flags & (1 << 6) != 0;
        let f_currency = <mtrs_tl::TlString>::deserialize(r)?;
        let f_value = <i64>::deserialize(r)?;
        let f_initial_sale_date = <i32>::deserialize(r)?;
        let f_initial_sale_stars = <i64>::deserialize(r)?;
        let f_initial_sale_price = <i64>::deserialize(r)?;
        let f_last_sale_date = if fl_flags & (1 << 0) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_last_sale_price = if fl_flags & (1 << 0) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_floor_price = if fl_flags & (1 << 2) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_average_price = if fl_flags & (1 << 3) != 0 { Some(<i64>::deserialize(r)?) } else { None };
        let f_listed_count = if fl_flags & (1 << 4) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_fragment_listed_count = if fl_flags & (1 << 5) != 0 { Some(<i32>::deserialize(r)?) } else { None };
        let f_fragment_listed_url = if fl_flags & (1 << 5) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { last_sale_on_fragment: f_last_sale_on_fragment, value_is_average: f_value_is_average, currency: f_currency, value: f_value, initial_sale_date: f_initial_sale_date, initial_sale_stars: f_initial_sale_stars, initial_sale_price: f_initial_sale_price, last_sale_date: f_last_sale_date, last_sale_price: f_last_sale_price, floor_price: f_floor_price, average_price: f_average_price, listed_count: f_listed_count, fragment_listed_count: f_fragment_listed_count, fragment_listed_url: f_fragment_listed_url })
    }
}

#[cfg(feature = "json")]
impl ToJson for UniqueStarGiftValueInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("last_sale_on_fragment");
        self.last_sale_on_fragment.write_json(w);
        w.key("value_is_average");
        self.value_is_average.write_json(w);
        w.key("currency");
        self.currency.write_json(w);
        w.key("value");
        self.value.write_json(w);
        w.key("initial_sale_date");
        self.initial_sale_date.write_json(w);
        w.key("initial_sale_stars");
        self.initial_sale_stars.write_json(w);
        w.key("initial_sale_price");
        self.initial_sale_price.write_json(w);
        w.key("last_sale_date");
        self.last_sale_date.write_json(w);
        w.key("last_sale_price");
        self.last_sale_price.write_json(w);
        w.key("floor_price");
        self.floor_price.write_json(w);
        w.key("average_price");
        self.average_price.write_json(w);
        w.key("listed_count");
        self.listed_count.write_json(w);
        w.key("fragment_listed_count");
        self.fragment_listed_count.write_json(w);
        w.key("fragment_listed_url");
        self.fragment_listed_url.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for UniqueStarGiftValueInfo {}

/// `payments.checkCanSendGiftResultOk#374fa7ad = payments.CheckCanSendGiftResult`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckCanSendGiftResultOk;

impl Identifiable for CheckCanSendGiftResultOk {
    const CONSTRUCTOR_ID: u32 = 0x374fa7ad;
    const NAME: &'static str = "payments.checkCanSendGiftResultOk";
}

impl Serialize for CheckCanSendGiftResultOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CheckCanSendGiftResultOk {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for CheckCanSendGiftResultOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CheckCanSendGiftResultOk {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckCanSendGiftResultOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for CheckCanSendGiftResultOk {}

/// `payments.checkCanSendGiftResultFail#d5e58274 reason:TextWithEntities = payments.CheckCanSendGiftResult`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckCanSendGiftResultFail {
    /// `reason:TextWithEntities`
    pub reason: crate::enums::TextWithEntities,
}

impl Identifiable for CheckCanSendGiftResultFail {
    const CONSTRUCTOR_ID: u32 = 0xd5e58274;
    const NAME: &'static str = "payments.checkCanSendGiftResultFail";
}

impl Serialize for CheckCanSendGiftResultFail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CheckCanSendGiftResultFail {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.reason.serialize(buf);
    }
}

impl Deserialize for CheckCanSendGiftResultFail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CheckCanSendGiftResultFail {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_reason = <crate::enums::TextWithEntities>::deserialize(r)?;
        Ok(Self { reason: f_reason })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckCanSendGiftResultFail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reason");
        self.reason.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CheckCanSendGiftResultFail {}

/// `payments.starGiftAuctionState#6b39f4ec gift:StarGift state:StarGiftAuctionState user_state:StarGiftAuctionUserState timeout:int users:Vector<User> chats:Vector<Chat> = payments.StarGiftAuctionState`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftAuctionState {
    /// `gift:StarGift`
    pub gift: crate::enums::StarGift,
    /// `state:StarGiftAuctionState`
    pub state: crate::enums::StarGiftAuctionState,
    /// `user_state:StarGiftAuctionUserState`
    pub user_state: crate::enums::StarGiftAuctionUserState,
    /// `timeout:int`
    pub timeout: i32,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
}

impl Identifiable for StarGiftAuctionState {
    const CONSTRUCTOR_ID: u32 = 0x6b39f4ec;
    const NAME: &'static str = "payments.starGiftAuctionState";
}

impl Serialize for StarGiftAuctionState {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftAuctionState {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.gift.serialize(buf);
        self.state.serialize(buf);
        self.user_state.serialize(buf);
        self.timeout.serialize(buf);
        self.users.serialize(buf);
        self.chats.serialize(buf);
    }
}

impl Deserialize for StarGiftAuctionState {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftAuctionState {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_gift = <crate::enums::StarGift>::deserialize(r)?;
        let f_state = <crate::enums::StarGiftAuctionState>::deserialize(r)?;
        let f_user_state = <crate::enums::StarGiftAuctionUserState>::deserialize(r)?;
        let f_timeout = <i32>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        Ok(Self { gift: f_gift, state: f_state, user_state: f_user_state, timeout: f_timeout, users: f_users, chats: f_chats })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftAuctionState {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gift");
        self.gift.write_json(w);
        w.key("state");
        self.state.write_json(w);
        w.key("user_state");
        self.user_state.write_json(w);
        w.key("timeout");
        self.timeout.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftAuctionState {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
    }
}

/// `payments.starGiftAuctionAcquiredGifts#7d5bd1f0 gifts:Vector<StarGiftAuctionAcquiredGift> users:Vector<User> chats:Vector<Chat> = payments.StarGiftAuctionAcquiredGifts`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftAuctionAcquiredGifts {
    /// `gifts:Vector<StarGiftAuctionAcquiredGift>`
    pub gifts: Vec<crate::enums::StarGiftAuctionAcquiredGift>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
}

impl Identifiable for StarGiftAuctionAcquiredGifts {
    const CONSTRUCTOR_ID: u32 = 0x7d5bd1f0;
    const NAME: &'static str = "payments.starGiftAuctionAcquiredGifts";
}

impl Serialize for StarGiftAuctionAcquiredGifts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftAuctionAcquiredGifts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.gifts.serialize(buf);
        self.users.serialize(buf);
        self.chats.serialize(buf);
    }
}

impl Deserialize for StarGiftAuctionAcquiredGifts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftAuctionAcquiredGifts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_gifts = <Vec<crate::enums::StarGiftAuctionAcquiredGift>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        Ok(Self { gifts: f_gifts, users: f_users, chats: f_chats })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftAuctionAcquiredGifts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("gifts");
        self.gifts.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftAuctionAcquiredGifts {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
    }
}

/// `payments.starGiftActiveAuctionsNotModified#db33dad0 = payments.StarGiftActiveAuctions`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftActiveAuctionsNotModified;

impl Identifiable for StarGiftActiveAuctionsNotModified {
    const CONSTRUCTOR_ID: u32 = 0xdb33dad0;
    const NAME: &'static str = "payments.starGiftActiveAuctionsNotModified";
}

impl Serialize for StarGiftActiveAuctionsNotModified {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftActiveAuctionsNotModified {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for StarGiftActiveAuctionsNotModified {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftActiveAuctionsNotModified {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftActiveAuctionsNotModified {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftActiveAuctionsNotModified {}

/// `payments.starGiftActiveAuctions#aef6abbc auctions:Vector<StarGiftActiveAuctionState> users:Vector<User> chats:Vector<Chat> = payments.StarGiftActiveAuctions`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftActiveAuctions {
    /// `auctions:Vector<StarGiftActiveAuctionState>`
    pub auctions: Vec<crate::enums::StarGiftActiveAuctionState>,
    /// `users:Vector<User>`
    pub users: Vec<crate::enums::User>,
    /// `chats:Vector<Chat>`
    pub chats: Vec<crate::enums::Chat>,
}

impl Identifiable for StarGiftActiveAuctions {
    const CONSTRUCTOR_ID: u32 = 0xaef6abbc;
    const NAME: &'static str = "payments.starGiftActiveAuctions";
}

impl Serialize for StarGiftActiveAuctions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftActiveAuctions {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.auctions.serialize(buf);
        self.users.serialize(buf);
        self.chats.serialize(buf);
    }
}

impl Deserialize for StarGiftActiveAuctions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftActiveAuctions {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_auctions = <Vec<crate::enums::StarGiftActiveAuctionState>>::deserialize(r)?;
        let f_users = <Vec<crate::enums::User>>::deserialize(r)?;
        let f_chats = <Vec<crate::enums::Chat>>::deserialize(r)?;
        Ok(Self { auctions: f_auctions, users: f_users, chats: f_chats })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftActiveAuctions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("auctions");
        self.auctions.write_json(w);
        w.key("users");
        self.users.write_json(w);
        w.key("chats");
        self.chats.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftActiveAuctions {
    fn collect_peers<'a>(&'a self, found: &mut crate::peers::Found<'a>) {
        crate::peers::Peers::collect_peers(&self.users, found);
        crate::peers::Peers::collect_peers(&self.chats, found);
    }
}

/// `payments.starGiftUpgradeAttributes#46c6e36f attributes:Vector<StarGiftAttribute> = payments.StarGiftUpgradeAttributes`
#[derive(Debug, Clone, PartialEq)]
pub struct StarGiftUpgradeAttributes {
    /// `attributes:Vector<StarGiftAttribute>`
    pub attributes: Vec<crate::enums::StarGiftAttribute>,
}

impl Identifiable for StarGiftUpgradeAttributes {
    const CONSTRUCTOR_ID: u32 = 0x46c6e36f;
    const NAME: &'static str = "payments.starGiftUpgradeAttributes";
}

impl Serialize for StarGiftUpgradeAttributes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for StarGiftUpgradeAttributes {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.attributes.serialize(buf);
    }
}

impl Deserialize for StarGiftUpgradeAttributes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for StarGiftUpgradeAttributes {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_attributes = <Vec<crate::enums::StarGiftAttribute>>::deserialize(r)?;
        Ok(Self { attributes: f_attributes })
    }
}

#[cfg(feature = "json")]
impl ToJson for StarGiftUpgradeAttributes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("attributes");
        self.attributes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for StarGiftUpgradeAttributes {}

/// `payments.currencyRates#bbcce4c2 rates:Vector<CurrencyRate> = payments.CurrencyRates`
#[derive(Debug, Clone, PartialEq)]
pub struct CurrencyRates {
    /// `rates:Vector<CurrencyRate>`
    pub rates: Vec<crate::enums::CurrencyRate>,
}

impl Identifiable for CurrencyRates {
    const CONSTRUCTOR_ID: u32 = 0xbbcce4c2;
    const NAME: &'static str = "payments.currencyRates";
}

impl Serialize for CurrencyRates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CurrencyRates {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.rates.serialize(buf);
    }
}

impl Deserialize for CurrencyRates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CurrencyRates {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_rates = <Vec<crate::enums::CurrencyRate>>::deserialize(r)?;
        Ok(Self { rates: f_rates })
    }
}

#[cfg(feature = "json")]
impl ToJson for CurrencyRates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("rates");
        self.rates.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CurrencyRates {}
