// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod account;
#[rustfmt::skip]
pub mod aicompose;
#[rustfmt::skip]
pub mod auth;
#[rustfmt::skip]
pub mod bots;
#[rustfmt::skip]
pub mod channels;
#[rustfmt::skip]
pub mod chatlists;
#[rustfmt::skip]
pub mod communities;
#[rustfmt::skip]
pub mod contacts;
#[rustfmt::skip]
pub mod ephemeral;
#[rustfmt::skip]
pub mod folders;
#[rustfmt::skip]
pub mod fragment;
#[rustfmt::skip]
pub mod help;
#[rustfmt::skip]
pub mod langpack;
#[rustfmt::skip]
pub mod messages;
#[rustfmt::skip]
pub mod payments;
#[rustfmt::skip]
pub mod phone;
#[rustfmt::skip]
pub mod photos;
#[rustfmt::skip]
pub mod premium;
#[rustfmt::skip]
pub mod smsjobs;
#[rustfmt::skip]
pub mod stats;
#[rustfmt::skip]
pub mod stickers;
#[rustfmt::skip]
pub mod stories;
#[rustfmt::skip]
pub mod toncenter;
#[rustfmt::skip]
pub mod updates;
#[rustfmt::skip]
pub mod upload;
#[rustfmt::skip]
pub mod users;
#[rustfmt::skip]
pub mod wallet;

/// `invokeAfterMsg#cb9f372d {X:Type} msg_id:long query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeAfterMsg<X> {
    /// `msg_id:long`
    pub msg_id: i64,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeAfterMsg<X> {
    const CONSTRUCTOR_ID: u32 = 0xcb9f372d;
    const NAME: &'static str = "invokeAfterMsg";
}

impl<X: Serialize> Serialize for InvokeAfterMsg<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.msg_id.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeAfterMsg<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeAfterMsg<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_msg_id = <i64>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeAfterMsg<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeAfterMsgs#3dc4b4f0 {X:Type} msg_ids:Vector<long> query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeAfterMsgs<X> {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeAfterMsgs<X> {
    const CONSTRUCTOR_ID: u32 = 0x3dc4b4f0;
    const NAME: &'static str = "invokeAfterMsgs";
}

impl<X: Serialize> Serialize for InvokeAfterMsgs<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.msg_ids.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeAfterMsgs<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeAfterMsgs<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeAfterMsgs<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `initConnection#c1cd5ea9 {X:Type} flags:# api_id:int device_model:string system_version:string app_version:string system_lang_code:string lang_pack:string lang_code:string proxy:flags.0?InputClientProxy params:flags.1?JSONValue query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InitConnection<X> {
    /// `api_id:int`
    pub api_id: i32,
    /// `device_model:string`
    pub device_model: mtrs_tl::TlString,
    /// `system_version:string`
    pub system_version: mtrs_tl::TlString,
    /// `app_version:string`
    pub app_version: mtrs_tl::TlString,
    /// `system_lang_code:string`
    pub system_lang_code: mtrs_tl::TlString,
    /// `lang_pack:string`
    pub lang_pack: mtrs_tl::TlString,
    /// `lang_code:string`
    pub lang_code: mtrs_tl::TlString,
    /// `proxy:flags.0?InputClientProxy`
    pub proxy: Option<crate::enums::InputClientProxy>,
    /// `params:flags.1?JSONValue`
    pub params: Option<crate::enums::JSONValue>,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InitConnection<X> {
    const CONSTRUCTOR_ID: u32 = 0xc1cd5ea9;
    const NAME: &'static str = "initConnection";
}

impl<X: Serialize> Serialize for InitConnection<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.proxy.is_some() { 1 << 0 } else { 0 }
            | if self.params.is_some() { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.api_id.serialize(buf);
        self.device_model.serialize(buf);
        self.system_version.serialize(buf);
        self.app_version.serialize(buf);
        self.system_lang_code.serialize(buf);
        self.lang_pack.serialize(buf);
        self.lang_code.serialize(buf);
        if let Some(v) = &self.proxy {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.params {
            (*v).serialize(buf);
        }
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InitConnection<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InitConnection<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_api_id = <i32>::deserialize(r)?;
        let f_device_model = <mtrs_tl::TlString>::deserialize(r)?;
        let f_system_version = <mtrs_tl::TlString>::deserialize(r)?;
        let f_app_version = <mtrs_tl::TlString>::deserialize(r)?;
        let f_system_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_pack = <mtrs_tl::TlString>::deserialize(r)?;
        let f_lang_code = <mtrs_tl::TlString>::deserialize(r)?;
        let f_proxy = if fl_flags & (1 << 0) != 0 { Some(<crate::enums::InputClientProxy>::deserialize(r)?) } else { None };
        let f_params = if fl_flags & (1 << 1) != 0 { Some(<crate::enums::JSONValue>::deserialize(r)?) } else { None };
        let f_query = <X>::deserialize(r)?;
        Ok(Self { api_id: f_api_id, device_model: f_device_model, system_version: f_system_version, app_version: f_app_version, system_lang_code: f_system_lang_code, lang_pack: f_lang_pack, lang_code: f_lang_code, proxy: f_proxy, params: f_params, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InitConnection<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("api_id");
        self.api_id.write_json(w);
        w.key("device_model");
        self.device_model.write_json(w);
        w.key("system_version");
        self.system_version.write_json(w);
        w.key("app_version");
        self.app_version.write_json(w);
        w.key("system_lang_code");
        self.system_lang_code.write_json(w);
        w.key("lang_pack");
        self.lang_pack.write_json(w);
        w.key("lang_code");
        self.lang_code.write_json(w);
        w.key("proxy");
        self.proxy.write_json(w);
        w.key("params");
        self.params.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithLayer<X> {
    /// `layer:int`
    pub layer: i32,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithLayer<X> {
    const CONSTRUCTOR_ID: u32 = 0xda9b0d0d;
    const NAME: &'static str = "invokeWithLayer";
}

impl<X: Serialize> Serialize for InvokeWithLayer<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.layer.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithLayer<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithLayer<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_layer = <i32>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { layer: f_layer, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithLayer<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("layer");
        self.layer.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithoutUpdates#bf9459b7 {X:Type} query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithoutUpdates<X> {
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithoutUpdates<X> {
    const CONSTRUCTOR_ID: u32 = 0xbf9459b7;
    const NAME: &'static str = "invokeWithoutUpdates";
}

impl<X: Serialize> Serialize for InvokeWithoutUpdates<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithoutUpdates<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithoutUpdates<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_query = <X>::deserialize(r)?;
        Ok(Self { query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithoutUpdates<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithMessagesRange#365275f2 {X:Type} range:MessageRange query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithMessagesRange<X> {
    /// `range:MessageRange`
    pub range: crate::enums::MessageRange,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithMessagesRange<X> {
    const CONSTRUCTOR_ID: u32 = 0x365275f2;
    const NAME: &'static str = "invokeWithMessagesRange";
}

impl<X: Serialize> Serialize for InvokeWithMessagesRange<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.range.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithMessagesRange<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithMessagesRange<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_range = <crate::enums::MessageRange>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { range: f_range, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithMessagesRange<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("range");
        self.range.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithTakeout#aca9fd2e {X:Type} takeout_id:long query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithTakeout<X> {
    /// `takeout_id:long`
    pub takeout_id: i64,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithTakeout<X> {
    const CONSTRUCTOR_ID: u32 = 0xaca9fd2e;
    const NAME: &'static str = "invokeWithTakeout";
}

impl<X: Serialize> Serialize for InvokeWithTakeout<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.takeout_id.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithTakeout<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithTakeout<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_takeout_id = <i64>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { takeout_id: f_takeout_id, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithTakeout<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("takeout_id");
        self.takeout_id.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithBusinessConnection#dd289f8e {X:Type} connection_id:string query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithBusinessConnection<X> {
    /// `connection_id:string`
    pub connection_id: mtrs_tl::TlString,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithBusinessConnection<X> {
    const CONSTRUCTOR_ID: u32 = 0xdd289f8e;
    const NAME: &'static str = "invokeWithBusinessConnection";
}

impl<X: Serialize> Serialize for InvokeWithBusinessConnection<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.connection_id.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithBusinessConnection<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithBusinessConnection<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_connection_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { connection_id: f_connection_id, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithBusinessConnection<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("connection_id");
        self.connection_id.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithGooglePlayIntegrity#1df92984 {X:Type} nonce:string token:string query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithGooglePlayIntegrity<X> {
    /// `nonce:string`
    pub nonce: mtrs_tl::TlString,
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithGooglePlayIntegrity<X> {
    const CONSTRUCTOR_ID: u32 = 0x1df92984;
    const NAME: &'static str = "invokeWithGooglePlayIntegrity";
}

impl<X: Serialize> Serialize for InvokeWithGooglePlayIntegrity<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
        self.token.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithGooglePlayIntegrity<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithGooglePlayIntegrity<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <mtrs_tl::TlString>::deserialize(r)?;
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, token: f_token, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithGooglePlayIntegrity<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("token");
        self.token.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithApnsSecret#0dae54f8 {X:Type} nonce:string secret:string query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithApnsSecret<X> {
    /// `nonce:string`
    pub nonce: mtrs_tl::TlString,
    /// `secret:string`
    pub secret: mtrs_tl::TlString,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithApnsSecret<X> {
    const CONSTRUCTOR_ID: u32 = 0x0dae54f8;
    const NAME: &'static str = "invokeWithApnsSecret";
}

impl<X: Serialize> Serialize for InvokeWithApnsSecret<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
        self.secret.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithApnsSecret<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithApnsSecret<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <mtrs_tl::TlString>::deserialize(r)?;
        let f_secret = <mtrs_tl::TlString>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, secret: f_secret, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithApnsSecret<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("secret");
        self.secret.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}

/// `invokeWithReCaptcha#adbb0f94 {X:Type} token:string query:!X = X`
#[derive(Debug, Clone, PartialEq)]
pub struct InvokeWithReCaptcha<X> {
    /// `token:string`
    pub token: mtrs_tl::TlString,
    /// `query:!X`
    pub query: X,
}

impl<X> Identifiable for InvokeWithReCaptcha<X> {
    const CONSTRUCTOR_ID: u32 = 0xadbb0f94;
    const NAME: &'static str = "invokeWithReCaptcha";
}

impl<X: Serialize> Serialize for InvokeWithReCaptcha<X> {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.token.serialize(buf);
        self.query.serialize(buf);
    }
}

impl<X: RemoteCall> RemoteCall for InvokeWithReCaptcha<X> {
    type Return = X::Return;
}

#[cfg(feature = "deserialize-functions")]
impl<X: Deserialize> Deserialize for InvokeWithReCaptcha<X> {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_token = <mtrs_tl::TlString>::deserialize(r)?;
        let f_query = <X>::deserialize(r)?;
        Ok(Self { token: f_token, query: f_query })
    }
}

#[cfg(feature = "json")]
impl<X: ToJson> ToJson for InvokeWithReCaptcha<X> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("token");
        self.token.write_json(w);
        w.key("query");
        self.query.write_json(w);
        w.end_object();
    }
}
