// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use crate::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use crate::json::{JsonWriter, ToJson};


/// `req_pq#60469778 nonce:int128 = ResPQ`
#[derive(Debug, Clone, PartialEq)]
pub struct ReqPq {
    /// `nonce:int128`
    pub nonce: [u8; 16],
}

impl Identifiable for ReqPq {
    const CONSTRUCTOR_ID: u32 = 0x60469778;
    const NAME: &'static str = "req_pq";
}

impl Serialize for ReqPq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
    }
}

impl RemoteCall for ReqPq {
    type Return = crate::mtproto::enums::ResPQ;
}

impl Deserialize for ReqPq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReqPq {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.end_object();
    }
}

/// `req_pq_multi#be7e8ef1 nonce:int128 = ResPQ`
#[derive(Debug, Clone, PartialEq)]
pub struct ReqPqMulti {
    /// `nonce:int128`
    pub nonce: [u8; 16],
}

impl Identifiable for ReqPqMulti {
    const CONSTRUCTOR_ID: u32 = 0xbe7e8ef1;
    const NAME: &'static str = "req_pq_multi";
}

impl Serialize for ReqPqMulti {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
    }
}

impl RemoteCall for ReqPqMulti {
    type Return = crate::mtproto::enums::ResPQ;
}

impl Deserialize for ReqPqMulti {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReqPqMulti {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.end_object();
    }
}

/// `req_DH_params#d712e4be nonce:int128 server_nonce:int128 p:bytes q:bytes public_key_fingerprint:long encrypted_data:bytes = Server_DH_Params`
#[derive(Debug, Clone, PartialEq)]
pub struct ReqDhParams {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `q:bytes`
    pub q: Vec<u8>,
    /// `public_key_fingerprint:long`
    pub public_key_fingerprint: i64,
    /// `encrypted_data:bytes`
    pub encrypted_data: Vec<u8>,
}

impl Identifiable for ReqDhParams {
    const CONSTRUCTOR_ID: u32 = 0xd712e4be;
    const NAME: &'static str = "req_DH_params";
}

impl Serialize for ReqDhParams {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.p.serialize(buf);
        self.q.serialize(buf);
        self.public_key_fingerprint.serialize(buf);
        self.encrypted_data.serialize(buf);
    }
}

impl RemoteCall for ReqDhParams {
    type Return = crate::mtproto::enums::ServerDHParams;
}

impl Deserialize for ReqDhParams {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_q = <Vec<u8>>::deserialize(r)?;
        let f_public_key_fingerprint = <i64>::deserialize(r)?;
        let f_encrypted_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, p: f_p, q: f_q, public_key_fingerprint: f_public_key_fingerprint, encrypted_data: f_encrypted_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReqDhParams {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("public_key_fingerprint");
        self.public_key_fingerprint.write_json(w);
        w.key("encrypted_data");
        self.encrypted_data.write_json(w);
        w.end_object();
    }
}

/// `set_client_DH_params#f5045f1f nonce:int128 server_nonce:int128 encrypted_data:bytes = Set_client_DH_params_answer`
#[derive(Debug, Clone, PartialEq)]
pub struct SetClientDhParams {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `encrypted_data:bytes`
    pub encrypted_data: Vec<u8>,
}

impl Identifiable for SetClientDhParams {
    const CONSTRUCTOR_ID: u32 = 0xf5045f1f;
    const NAME: &'static str = "set_client_DH_params";
}

impl Serialize for SetClientDhParams {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.encrypted_data.serialize(buf);
    }
}

impl RemoteCall for SetClientDhParams {
    type Return = crate::mtproto::enums::SetClientDHParamsAnswer;
}

impl Deserialize for SetClientDhParams {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_encrypted_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, encrypted_data: f_encrypted_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for SetClientDhParams {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("encrypted_data");
        self.encrypted_data.write_json(w);
        w.end_object();
    }
}

/// `destroy_auth_key#d1435160 = DestroyAuthKeyRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroyAuthKey;

impl Identifiable for DestroyAuthKey {
    const CONSTRUCTOR_ID: u32 = 0xd1435160;
    const NAME: &'static str = "destroy_auth_key";
}

impl Serialize for DestroyAuthKey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for DestroyAuthKey {
    type Return = crate::mtproto::enums::DestroyAuthKeyRes;
}

impl Deserialize for DestroyAuthKey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroyAuthKey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `rpc_drop_answer#58e4a740 req_msg_id:long = RpcDropAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct RpcDropAnswer {
    /// `req_msg_id:long`
    pub req_msg_id: i64,
}

impl Identifiable for RpcDropAnswer {
    const CONSTRUCTOR_ID: u32 = 0x58e4a740;
    const NAME: &'static str = "rpc_drop_answer";
}

impl Serialize for RpcDropAnswer {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.req_msg_id.serialize(buf);
    }
}

impl RemoteCall for RpcDropAnswer {
    type Return = crate::mtproto::enums::RpcDropAnswer;
}

impl Deserialize for RpcDropAnswer {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_req_msg_id = <i64>::deserialize(r)?;
        Ok(Self { req_msg_id: f_req_msg_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcDropAnswer {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("req_msg_id");
        self.req_msg_id.write_json(w);
        w.end_object();
    }
}

/// `get_future_salts#b921bd04 num:int = FutureSalts`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFutureSalts {
    /// `num:int`
    pub num: i32,
}

impl Identifiable for GetFutureSalts {
    const CONSTRUCTOR_ID: u32 = 0xb921bd04;
    const NAME: &'static str = "get_future_salts";
}

impl Serialize for GetFutureSalts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.num.serialize(buf);
    }
}

impl RemoteCall for GetFutureSalts {
    type Return = crate::mtproto::enums::FutureSalts;
}

impl Deserialize for GetFutureSalts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_num = <i32>::deserialize(r)?;
        Ok(Self { num: f_num })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFutureSalts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("num");
        self.num.write_json(w);
        w.end_object();
    }
}

/// `ping#7abe77ec ping_id:long = Pong`
#[derive(Debug, Clone, PartialEq)]
pub struct Ping {
    /// `ping_id:long`
    pub ping_id: i64,
}

impl Identifiable for Ping {
    const CONSTRUCTOR_ID: u32 = 0x7abe77ec;
    const NAME: &'static str = "ping";
}

impl Serialize for Ping {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.ping_id.serialize(buf);
    }
}

impl RemoteCall for Ping {
    type Return = crate::mtproto::enums::Pong;
}

impl Deserialize for Ping {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_ping_id = <i64>::deserialize(r)?;
        Ok(Self { ping_id: f_ping_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for Ping {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ping_id");
        self.ping_id.write_json(w);
        w.end_object();
    }
}

/// `ping_delay_disconnect#f3427b8c ping_id:long disconnect_delay:int = Pong`
#[derive(Debug, Clone, PartialEq)]
pub struct PingDelayDisconnect {
    /// `ping_id:long`
    pub ping_id: i64,
    /// `disconnect_delay:int`
    pub disconnect_delay: i32,
}

impl Identifiable for PingDelayDisconnect {
    const CONSTRUCTOR_ID: u32 = 0xf3427b8c;
    const NAME: &'static str = "ping_delay_disconnect";
}

impl Serialize for PingDelayDisconnect {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.ping_id.serialize(buf);
        self.disconnect_delay.serialize(buf);
    }
}

impl RemoteCall for PingDelayDisconnect {
    type Return = crate::mtproto::enums::Pong;
}

impl Deserialize for PingDelayDisconnect {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_ping_id = <i64>::deserialize(r)?;
        let f_disconnect_delay = <i32>::deserialize(r)?;
        Ok(Self { ping_id: f_ping_id, disconnect_delay: f_disconnect_delay })
    }
}

#[cfg(feature = "json")]
impl ToJson for PingDelayDisconnect {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ping_id");
        self.ping_id.write_json(w);
        w.key("disconnect_delay");
        self.disconnect_delay.write_json(w);
        w.end_object();
    }
}

/// `destroy_session#e7512126 session_id:long = DestroySessionRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroySession {
    /// `session_id:long`
    pub session_id: i64,
}

impl Identifiable for DestroySession {
    const CONSTRUCTOR_ID: u32 = 0xe7512126;
    const NAME: &'static str = "destroy_session";
}

impl Serialize for DestroySession {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.session_id.serialize(buf);
    }
}

impl RemoteCall for DestroySession {
    type Return = crate::mtproto::enums::DestroySessionRes;
}

impl Deserialize for DestroySession {
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
impl ToJson for DestroySession {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.end_object();
    }
}
