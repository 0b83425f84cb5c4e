// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from mtproto.tl.
//! Constructors (one struct per TL constructor) of the root namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use crate::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use crate::json::{JsonWriter, ToJson};

#[rustfmt::skip]
pub mod help;
/// Hand-written: their `Object` fields stay raw bytes (see `mtrs_tl` docs).
pub use crate::service::{GzipPacked, Message, MsgContainer, RpcResult};

/// `resPQ#05162463 nonce:int128 server_nonce:int128 pq:bytes server_public_key_fingerprints:Vector<long> = ResPQ`
#[derive(Debug, Clone, PartialEq)]
pub struct ResPq {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `pq:bytes`
    pub pq: Vec<u8>,
    /// `server_public_key_fingerprints:Vector<long>`
    pub server_public_key_fingerprints: Vec<i64>,
}

impl Identifiable for ResPq {
    const CONSTRUCTOR_ID: u32 = 0x05162463;
    const NAME: &'static str = "resPQ";
}

impl Serialize for ResPq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ResPq {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.pq.serialize(buf);
        self.server_public_key_fingerprints.serialize(buf);
    }
}

impl Deserialize for ResPq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ResPq {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_pq = <Vec<u8>>::deserialize(r)?;
        let f_server_public_key_fingerprints = <Vec<i64>>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, pq: f_pq, server_public_key_fingerprints: f_server_public_key_fingerprints })
    }
}

#[cfg(feature = "json")]
impl ToJson for ResPq {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("pq");
        self.pq.write_json(w);
        w.key("server_public_key_fingerprints");
        self.server_public_key_fingerprints.write_json(w);
        w.end_object();
    }
}

/// `p_q_inner_data#83c95aec pq:bytes p:bytes q:bytes nonce:int128 server_nonce:int128 new_nonce:int256 = P_Q_inner_data`
#[derive(Debug, Clone, PartialEq)]
pub struct PQInnerData {
    /// `pq:bytes`
    pub pq: Vec<u8>,
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `q:bytes`
    pub q: Vec<u8>,
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce:int256`
    pub new_nonce: [u8; 32],
}

impl Identifiable for PQInnerData {
    const CONSTRUCTOR_ID: u32 = 0x83c95aec;
    const NAME: &'static str = "p_q_inner_data";
}

impl Serialize for PQInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PQInnerData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pq.serialize(buf);
        self.p.serialize(buf);
        self.q.serialize(buf);
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce.serialize(buf);
    }
}

impl Deserialize for PQInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PQInnerData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pq = <Vec<u8>>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_q = <Vec<u8>>::deserialize(r)?;
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce = <[u8; 32]>::deserialize(r)?;
        Ok(Self { pq: f_pq, p: f_p, q: f_q, nonce: f_nonce, server_nonce: f_server_nonce, new_nonce: f_new_nonce })
    }
}

#[cfg(feature = "json")]
impl ToJson for PQInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pq");
        self.pq.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce");
        self.new_nonce.write_json(w);
        w.end_object();
    }
}

/// `p_q_inner_data_dc#a9f55f95 pq:bytes p:bytes q:bytes nonce:int128 server_nonce:int128 new_nonce:int256 dc:int = P_Q_inner_data`
#[derive(Debug, Clone, PartialEq)]
pub struct PQInnerDataDc {
    /// `pq:bytes`
    pub pq: Vec<u8>,
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `q:bytes`
    pub q: Vec<u8>,
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce:int256`
    pub new_nonce: [u8; 32],
    /// `dc:int`
    pub dc: i32,
}

impl Identifiable for PQInnerDataDc {
    const CONSTRUCTOR_ID: u32 = 0xa9f55f95;
    const NAME: &'static str = "p_q_inner_data_dc";
}

impl Serialize for PQInnerDataDc {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PQInnerDataDc {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pq.serialize(buf);
        self.p.serialize(buf);
        self.q.serialize(buf);
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce.serialize(buf);
        self.dc.serialize(buf);
    }
}

impl Deserialize for PQInnerDataDc {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PQInnerDataDc {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pq = <Vec<u8>>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_q = <Vec<u8>>::deserialize(r)?;
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce = <[u8; 32]>::deserialize(r)?;
        let f_dc = <i32>::deserialize(r)?;
        Ok(Self { pq: f_pq, p: f_p, q: f_q, nonce: f_nonce, server_nonce: f_server_nonce, new_nonce: f_new_nonce, dc: f_dc })
    }
}

#[cfg(feature = "json")]
impl ToJson for PQInnerDataDc {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pq");
        self.pq.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce");
        self.new_nonce.write_json(w);
        w.key("dc");
        self.dc.write_json(w);
        w.end_object();
    }
}

/// `p_q_inner_data_temp#3c6a84d4 pq:bytes p:bytes q:bytes nonce:int128 server_nonce:int128 new_nonce:int256 expires_in:int = P_Q_inner_data`
#[derive(Debug, Clone, PartialEq)]
pub struct PQInnerDataTemp {
    /// `pq:bytes`
    pub pq: Vec<u8>,
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `q:bytes`
    pub q: Vec<u8>,
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce:int256`
    pub new_nonce: [u8; 32],
    /// `expires_in:int`
    pub expires_in: i32,
}

impl Identifiable for PQInnerDataTemp {
    const CONSTRUCTOR_ID: u32 = 0x3c6a84d4;
    const NAME: &'static str = "p_q_inner_data_temp";
}

impl Serialize for PQInnerDataTemp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PQInnerDataTemp {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pq.serialize(buf);
        self.p.serialize(buf);
        self.q.serialize(buf);
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce.serialize(buf);
        self.expires_in.serialize(buf);
    }
}

impl Deserialize for PQInnerDataTemp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PQInnerDataTemp {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pq = <Vec<u8>>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_q = <Vec<u8>>::deserialize(r)?;
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce = <[u8; 32]>::deserialize(r)?;
        let f_expires_in = <i32>::deserialize(r)?;
        Ok(Self { pq: f_pq, p: f_p, q: f_q, nonce: f_nonce, server_nonce: f_server_nonce, new_nonce: f_new_nonce, expires_in: f_expires_in })
    }
}

#[cfg(feature = "json")]
impl ToJson for PQInnerDataTemp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pq");
        self.pq.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce");
        self.new_nonce.write_json(w);
        w.key("expires_in");
        self.expires_in.write_json(w);
        w.end_object();
    }
}

/// `p_q_inner_data_temp_dc#56fddf88 pq:bytes p:bytes q:bytes nonce:int128 server_nonce:int128 new_nonce:int256 dc:int expires_in:int = P_Q_inner_data`
#[derive(Debug, Clone, PartialEq)]
pub struct PQInnerDataTempDc {
    /// `pq:bytes`
    pub pq: Vec<u8>,
    /// `p:bytes`
    pub p: Vec<u8>,
    /// `q:bytes`
    pub q: Vec<u8>,
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce:int256`
    pub new_nonce: [u8; 32],
    /// `dc:int`
    pub dc: i32,
    /// `expires_in:int`
    pub expires_in: i32,
}

impl Identifiable for PQInnerDataTempDc {
    const CONSTRUCTOR_ID: u32 = 0x56fddf88;
    const NAME: &'static str = "p_q_inner_data_temp_dc";
}

impl Serialize for PQInnerDataTempDc {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for PQInnerDataTempDc {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.pq.serialize(buf);
        self.p.serialize(buf);
        self.q.serialize(buf);
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce.serialize(buf);
        self.dc.serialize(buf);
        self.expires_in.serialize(buf);
    }
}

impl Deserialize for PQInnerDataTempDc {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for PQInnerDataTempDc {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_pq = <Vec<u8>>::deserialize(r)?;
        let f_p = <Vec<u8>>::deserialize(r)?;
        let f_q = <Vec<u8>>::deserialize(r)?;
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce = <[u8; 32]>::deserialize(r)?;
        let f_dc = <i32>::deserialize(r)?;
        let f_expires_in = <i32>::deserialize(r)?;
        Ok(Self { pq: f_pq, p: f_p, q: f_q, nonce: f_nonce, server_nonce: f_server_nonce, new_nonce: f_new_nonce, dc: f_dc, expires_in: f_expires_in })
    }
}

#[cfg(feature = "json")]
impl ToJson for PQInnerDataTempDc {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("pq");
        self.pq.write_json(w);
        w.key("p");
        self.p.write_json(w);
        w.key("q");
        self.q.write_json(w);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce");
        self.new_nonce.write_json(w);
        w.key("dc");
        self.dc.write_json(w);
        w.key("expires_in");
        self.expires_in.write_json(w);
        w.end_object();
    }
}

/// `bind_auth_key_inner#75a3f765 nonce:long temp_auth_key_id:long perm_auth_key_id:long temp_session_id:long expires_at:int = BindAuthKeyInner`
#[derive(Debug, Clone, PartialEq)]
pub struct BindAuthKeyInner {
    /// `nonce:long`
    pub nonce: i64,
    /// `temp_auth_key_id:long`
    pub temp_auth_key_id: i64,
    /// `perm_auth_key_id:long`
    pub perm_auth_key_id: i64,
    /// `temp_session_id:long`
    pub temp_session_id: i64,
    /// `expires_at:int`
    pub expires_at: i32,
}

impl Identifiable for BindAuthKeyInner {
    const CONSTRUCTOR_ID: u32 = 0x75a3f765;
    const NAME: &'static str = "bind_auth_key_inner";
}

impl Serialize for BindAuthKeyInner {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BindAuthKeyInner {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.temp_auth_key_id.serialize(buf);
        self.perm_auth_key_id.serialize(buf);
        self.temp_session_id.serialize(buf);
        self.expires_at.serialize(buf);
    }
}

impl Deserialize for BindAuthKeyInner {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BindAuthKeyInner {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <i64>::deserialize(r)?;
        let f_temp_auth_key_id = <i64>::deserialize(r)?;
        let f_perm_auth_key_id = <i64>::deserialize(r)?;
        let f_temp_session_id = <i64>::deserialize(r)?;
        let f_expires_at = <i32>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, temp_auth_key_id: f_temp_auth_key_id, perm_auth_key_id: f_perm_auth_key_id, temp_session_id: f_temp_session_id, expires_at: f_expires_at })
    }
}

#[cfg(feature = "json")]
impl ToJson for BindAuthKeyInner {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("temp_auth_key_id");
        self.temp_auth_key_id.write_json(w);
        w.key("perm_auth_key_id");
        self.perm_auth_key_id.write_json(w);
        w.key("temp_session_id");
        self.temp_session_id.write_json(w);
        w.key("expires_at");
        self.expires_at.write_json(w);
        w.end_object();
    }
}

/// `server_DH_params_fail#79cb045d nonce:int128 server_nonce:int128 new_nonce_hash:int128 = Server_DH_Params`
#[derive(Debug, Clone, PartialEq)]
pub struct ServerDhParamsFail {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce_hash:int128`
    pub new_nonce_hash: [u8; 16],
}

impl Identifiable for ServerDhParamsFail {
    const CONSTRUCTOR_ID: u32 = 0x79cb045d;
    const NAME: &'static str = "server_DH_params_fail";
}

impl Serialize for ServerDhParamsFail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ServerDhParamsFail {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce_hash.serialize(buf);
    }
}

impl Deserialize for ServerDhParamsFail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ServerDhParamsFail {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce_hash = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, new_nonce_hash: f_new_nonce_hash })
    }
}

#[cfg(feature = "json")]
impl ToJson for ServerDhParamsFail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce_hash");
        self.new_nonce_hash.write_json(w);
        w.end_object();
    }
}

/// `server_DH_params_ok#d0e8075c nonce:int128 server_nonce:int128 encrypted_answer:bytes = Server_DH_Params`
#[derive(Debug, Clone, PartialEq)]
pub struct ServerDhParamsOk {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `encrypted_answer:bytes`
    pub encrypted_answer: Vec<u8>,
}

impl Identifiable for ServerDhParamsOk {
    const CONSTRUCTOR_ID: u32 = 0xd0e8075c;
    const NAME: &'static str = "server_DH_params_ok";
}

impl Serialize for ServerDhParamsOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ServerDhParamsOk {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.encrypted_answer.serialize(buf);
    }
}

impl Deserialize for ServerDhParamsOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ServerDhParamsOk {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_encrypted_answer = <Vec<u8>>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, encrypted_answer: f_encrypted_answer })
    }
}

#[cfg(feature = "json")]
impl ToJson for ServerDhParamsOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("encrypted_answer");
        self.encrypted_answer.write_json(w);
        w.end_object();
    }
}

/// `server_DH_inner_data#b5890dba nonce:int128 server_nonce:int128 g:int dh_prime:bytes g_a:bytes server_time:int = Server_DH_inner_data`
#[derive(Debug, Clone, PartialEq)]
pub struct ServerDhInnerData {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `g:int`
    pub g: i32,
    /// `dh_prime:bytes`
    pub dh_prime: Vec<u8>,
    /// `g_a:bytes`
    pub g_a: Vec<u8>,
    /// `server_time:int`
    pub server_time: i32,
}

impl Identifiable for ServerDhInnerData {
    const CONSTRUCTOR_ID: u32 = 0xb5890dba;
    const NAME: &'static str = "server_DH_inner_data";
}

impl Serialize for ServerDhInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ServerDhInnerData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.g.serialize(buf);
        self.dh_prime.serialize(buf);
        self.g_a.serialize(buf);
        self.server_time.serialize(buf);
    }
}

impl Deserialize for ServerDhInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ServerDhInnerData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_g = <i32>::deserialize(r)?;
        let f_dh_prime = <Vec<u8>>::deserialize(r)?;
        let f_g_a = <Vec<u8>>::deserialize(r)?;
        let f_server_time = <i32>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, g: f_g, dh_prime: f_dh_prime, g_a: f_g_a, server_time: f_server_time })
    }
}

#[cfg(feature = "json")]
impl ToJson for ServerDhInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("g");
        self.g.write_json(w);
        w.key("dh_prime");
        self.dh_prime.write_json(w);
        w.key("g_a");
        self.g_a.write_json(w);
        w.key("server_time");
        self.server_time.write_json(w);
        w.end_object();
    }
}

/// `client_DH_inner_data#6643b654 nonce:int128 server_nonce:int128 retry_id:long g_b:bytes = Client_DH_Inner_Data`
#[derive(Debug, Clone, PartialEq)]
pub struct ClientDhInnerData {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `retry_id:long`
    pub retry_id: i64,
    /// `g_b:bytes`
    pub g_b: Vec<u8>,
}

impl Identifiable for ClientDhInnerData {
    const CONSTRUCTOR_ID: u32 = 0x6643b654;
    const NAME: &'static str = "client_DH_inner_data";
}

impl Serialize for ClientDhInnerData {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for ClientDhInnerData {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.retry_id.serialize(buf);
        self.g_b.serialize(buf);
    }
}

impl Deserialize for ClientDhInnerData {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for ClientDhInnerData {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_retry_id = <i64>::deserialize(r)?;
        let f_g_b = <Vec<u8>>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, retry_id: f_retry_id, g_b: f_g_b })
    }
}

#[cfg(feature = "json")]
impl ToJson for ClientDhInnerData {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("retry_id");
        self.retry_id.write_json(w);
        w.key("g_b");
        self.g_b.write_json(w);
        w.end_object();
    }
}

/// `dh_gen_ok#3bcbf734 nonce:int128 server_nonce:int128 new_nonce_hash1:int128 = Set_client_DH_params_answer`
#[derive(Debug, Clone, PartialEq)]
pub struct DhGenOk {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce_hash1:int128`
    pub new_nonce_hash1: [u8; 16],
}

impl Identifiable for DhGenOk {
    const CONSTRUCTOR_ID: u32 = 0x3bcbf734;
    const NAME: &'static str = "dh_gen_ok";
}

impl Serialize for DhGenOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DhGenOk {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce_hash1.serialize(buf);
    }
}

impl Deserialize for DhGenOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DhGenOk {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce_hash1 = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, new_nonce_hash1: f_new_nonce_hash1 })
    }
}

#[cfg(feature = "json")]
impl ToJson for DhGenOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce_hash1");
        self.new_nonce_hash1.write_json(w);
        w.end_object();
    }
}

/// `dh_gen_retry#46dc1fb9 nonce:int128 server_nonce:int128 new_nonce_hash2:int128 = Set_client_DH_params_answer`
#[derive(Debug, Clone, PartialEq)]
pub struct DhGenRetry {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce_hash2:int128`
    pub new_nonce_hash2: [u8; 16],
}

impl Identifiable for DhGenRetry {
    const CONSTRUCTOR_ID: u32 = 0x46dc1fb9;
    const NAME: &'static str = "dh_gen_retry";
}

impl Serialize for DhGenRetry {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DhGenRetry {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce_hash2.serialize(buf);
    }
}

impl Deserialize for DhGenRetry {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DhGenRetry {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce_hash2 = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, new_nonce_hash2: f_new_nonce_hash2 })
    }
}

#[cfg(feature = "json")]
impl ToJson for DhGenRetry {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce_hash2");
        self.new_nonce_hash2.write_json(w);
        w.end_object();
    }
}

/// `dh_gen_fail#a69dae02 nonce:int128 server_nonce:int128 new_nonce_hash3:int128 = Set_client_DH_params_answer`
#[derive(Debug, Clone, PartialEq)]
pub struct DhGenFail {
    /// `nonce:int128`
    pub nonce: [u8; 16],
    /// `server_nonce:int128`
    pub server_nonce: [u8; 16],
    /// `new_nonce_hash3:int128`
    pub new_nonce_hash3: [u8; 16],
}

impl Identifiable for DhGenFail {
    const CONSTRUCTOR_ID: u32 = 0xa69dae02;
    const NAME: &'static str = "dh_gen_fail";
}

impl Serialize for DhGenFail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DhGenFail {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.nonce.serialize(buf);
        self.server_nonce.serialize(buf);
        self.new_nonce_hash3.serialize(buf);
    }
}

impl Deserialize for DhGenFail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DhGenFail {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_nonce = <[u8; 16]>::deserialize(r)?;
        let f_server_nonce = <[u8; 16]>::deserialize(r)?;
        let f_new_nonce_hash3 = <[u8; 16]>::deserialize(r)?;
        Ok(Self { nonce: f_nonce, server_nonce: f_server_nonce, new_nonce_hash3: f_new_nonce_hash3 })
    }
}

#[cfg(feature = "json")]
impl ToJson for DhGenFail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("nonce");
        self.nonce.write_json(w);
        w.key("server_nonce");
        self.server_nonce.write_json(w);
        w.key("new_nonce_hash3");
        self.new_nonce_hash3.write_json(w);
        w.end_object();
    }
}

/// `destroy_auth_key_ok#f660e1d4 = DestroyAuthKeyRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroyAuthKeyOk;

impl Identifiable for DestroyAuthKeyOk {
    const CONSTRUCTOR_ID: u32 = 0xf660e1d4;
    const NAME: &'static str = "destroy_auth_key_ok";
}

impl Serialize for DestroyAuthKeyOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DestroyAuthKeyOk {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for DestroyAuthKeyOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DestroyAuthKeyOk {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroyAuthKeyOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `destroy_auth_key_none#0a9f2259 = DestroyAuthKeyRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroyAuthKeyNone;

impl Identifiable for DestroyAuthKeyNone {
    const CONSTRUCTOR_ID: u32 = 0x0a9f2259;
    const NAME: &'static str = "destroy_auth_key_none";
}

impl Serialize for DestroyAuthKeyNone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DestroyAuthKeyNone {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for DestroyAuthKeyNone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DestroyAuthKeyNone {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroyAuthKeyNone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `destroy_auth_key_fail#ea109b13 = DestroyAuthKeyRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroyAuthKeyFail;

impl Identifiable for DestroyAuthKeyFail {
    const CONSTRUCTOR_ID: u32 = 0xea109b13;
    const NAME: &'static str = "destroy_auth_key_fail";
}

impl Serialize for DestroyAuthKeyFail {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DestroyAuthKeyFail {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for DestroyAuthKeyFail {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DestroyAuthKeyFail {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroyAuthKeyFail {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `msgs_ack#62d6b459 msg_ids:Vector<long> = MsgsAck`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgsAck {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
}

impl Identifiable for MsgsAck {
    const CONSTRUCTOR_ID: u32 = 0x62d6b459;
    const NAME: &'static str = "msgs_ack";
}

impl Serialize for MsgsAck {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgsAck {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_ids.serialize(buf);
    }
}

impl Deserialize for MsgsAck {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgsAck {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsAck {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.end_object();
    }
}

/// `bad_msg_notification#a7eff811 bad_msg_id:long bad_msg_seqno:int error_code:int = BadMsgNotification`
#[derive(Debug, Clone, PartialEq)]
pub struct BadMsgNotification {
    /// `bad_msg_id:long`
    pub bad_msg_id: i64,
    /// `bad_msg_seqno:int`
    pub bad_msg_seqno: i32,
    /// `error_code:int`
    pub error_code: i32,
}

impl Identifiable for BadMsgNotification {
    const CONSTRUCTOR_ID: u32 = 0xa7eff811;
    const NAME: &'static str = "bad_msg_notification";
}

impl Serialize for BadMsgNotification {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BadMsgNotification {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.bad_msg_id.serialize(buf);
        self.bad_msg_seqno.serialize(buf);
        self.error_code.serialize(buf);
    }
}

impl Deserialize for BadMsgNotification {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BadMsgNotification {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_bad_msg_id = <i64>::deserialize(r)?;
        let f_bad_msg_seqno = <i32>::deserialize(r)?;
        let f_error_code = <i32>::deserialize(r)?;
        Ok(Self { bad_msg_id: f_bad_msg_id, bad_msg_seqno: f_bad_msg_seqno, error_code: f_error_code })
    }
}

#[cfg(feature = "json")]
impl ToJson for BadMsgNotification {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bad_msg_id");
        self.bad_msg_id.write_json(w);
        w.key("bad_msg_seqno");
        self.bad_msg_seqno.write_json(w);
        w.key("error_code");
        self.error_code.write_json(w);
        w.end_object();
    }
}

/// `bad_server_salt#edab447b bad_msg_id:long bad_msg_seqno:int error_code:int new_server_salt:long = BadMsgNotification`
#[derive(Debug, Clone, PartialEq)]
pub struct BadServerSalt {
    /// `bad_msg_id:long`
    pub bad_msg_id: i64,
    /// `bad_msg_seqno:int`
    pub bad_msg_seqno: i32,
    /// `error_code:int`
    pub error_code: i32,
    /// `new_server_salt:long`
    pub new_server_salt: i64,
}

impl Identifiable for BadServerSalt {
    const CONSTRUCTOR_ID: u32 = 0xedab447b;
    const NAME: &'static str = "bad_server_salt";
}

impl Serialize for BadServerSalt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for BadServerSalt {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.bad_msg_id.serialize(buf);
        self.bad_msg_seqno.serialize(buf);
        self.error_code.serialize(buf);
        self.new_server_salt.serialize(buf);
    }
}

impl Deserialize for BadServerSalt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for BadServerSalt {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_bad_msg_id = <i64>::deserialize(r)?;
        let f_bad_msg_seqno = <i32>::deserialize(r)?;
        let f_error_code = <i32>::deserialize(r)?;
        let f_new_server_salt = <i64>::deserialize(r)?;
        Ok(Self { bad_msg_id: f_bad_msg_id, bad_msg_seqno: f_bad_msg_seqno, error_code: f_error_code, new_server_salt: f_new_server_salt })
    }
}

#[cfg(feature = "json")]
impl ToJson for BadServerSalt {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bad_msg_id");
        self.bad_msg_id.write_json(w);
        w.key("bad_msg_seqno");
        self.bad_msg_seqno.write_json(w);
        w.key("error_code");
        self.error_code.write_json(w);
        w.key("new_server_salt");
        self.new_server_salt.write_json(w);
        w.end_object();
    }
}

/// `msgs_state_req#da69fb52 msg_ids:Vector<long> = MsgsStateReq`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgsStateReq {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
}

impl Identifiable for MsgsStateReq {
    const CONSTRUCTOR_ID: u32 = 0xda69fb52;
    const NAME: &'static str = "msgs_state_req";
}

impl Serialize for MsgsStateReq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgsStateReq {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_ids.serialize(buf);
    }
}

impl Deserialize for MsgsStateReq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgsStateReq {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsStateReq {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.end_object();
    }
}

/// `msgs_state_info#04deb57d req_msg_id:long info:bytes = MsgsStateInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgsStateInfo {
    /// `req_msg_id:long`
    pub req_msg_id: i64,
    /// `info:bytes`
    pub info: Vec<u8>,
}

impl Identifiable for MsgsStateInfo {
    const CONSTRUCTOR_ID: u32 = 0x04deb57d;
    const NAME: &'static str = "msgs_state_info";
}

impl Serialize for MsgsStateInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgsStateInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.req_msg_id.serialize(buf);
        self.info.serialize(buf);
    }
}

impl Deserialize for MsgsStateInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgsStateInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_req_msg_id = <i64>::deserialize(r)?;
        let f_info = <Vec<u8>>::deserialize(r)?;
        Ok(Self { req_msg_id: f_req_msg_id, info: f_info })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsStateInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("req_msg_id");
        self.req_msg_id.write_json(w);
        w.key("info");
        self.info.write_json(w);
        w.end_object();
    }
}

/// `msgs_all_info#8cc0d131 msg_ids:Vector<long> info:bytes = MsgsAllInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgsAllInfo {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
    /// `info:bytes`
    pub info: Vec<u8>,
}

impl Identifiable for MsgsAllInfo {
    const CONSTRUCTOR_ID: u32 = 0x8cc0d131;
    const NAME: &'static str = "msgs_all_info";
}

impl Serialize for MsgsAllInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgsAllInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_ids.serialize(buf);
        self.info.serialize(buf);
    }
}

impl Deserialize for MsgsAllInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgsAllInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        let f_info = <Vec<u8>>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids, info: f_info })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgsAllInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.key("info");
        self.info.write_json(w);
        w.end_object();
    }
}

/// `msg_detailed_info#276d3ec6 msg_id:long answer_msg_id:long bytes:int status:int = MsgDetailedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgDetailedInfo {
    /// `msg_id:long`
    pub msg_id: i64,
    /// `answer_msg_id:long`
    pub answer_msg_id: i64,
    /// `bytes:int`
    pub bytes: i32,
    /// `status:int`
    pub status: i32,
}

impl Identifiable for MsgDetailedInfo {
    const CONSTRUCTOR_ID: u32 = 0x276d3ec6;
    const NAME: &'static str = "msg_detailed_info";
}

impl Serialize for MsgDetailedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgDetailedInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_id.serialize(buf);
        self.answer_msg_id.serialize(buf);
        self.bytes.serialize(buf);
        self.status.serialize(buf);
    }
}

impl Deserialize for MsgDetailedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgDetailedInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_id = <i64>::deserialize(r)?;
        let f_answer_msg_id = <i64>::deserialize(r)?;
        let f_bytes = <i32>::deserialize(r)?;
        let f_status = <i32>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id, answer_msg_id: f_answer_msg_id, bytes: f_bytes, status: f_status })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgDetailedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("answer_msg_id");
        self.answer_msg_id.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.key("status");
        self.status.write_json(w);
        w.end_object();
    }
}

/// `msg_new_detailed_info#809db6df answer_msg_id:long bytes:int status:int = MsgDetailedInfo`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgNewDetailedInfo {
    /// `answer_msg_id:long`
    pub answer_msg_id: i64,
    /// `bytes:int`
    pub bytes: i32,
    /// `status:int`
    pub status: i32,
}

impl Identifiable for MsgNewDetailedInfo {
    const CONSTRUCTOR_ID: u32 = 0x809db6df;
    const NAME: &'static str = "msg_new_detailed_info";
}

impl Serialize for MsgNewDetailedInfo {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgNewDetailedInfo {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.answer_msg_id.serialize(buf);
        self.bytes.serialize(buf);
        self.status.serialize(buf);
    }
}

impl Deserialize for MsgNewDetailedInfo {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgNewDetailedInfo {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_answer_msg_id = <i64>::deserialize(r)?;
        let f_bytes = <i32>::deserialize(r)?;
        let f_status = <i32>::deserialize(r)?;
        Ok(Self { answer_msg_id: f_answer_msg_id, bytes: f_bytes, status: f_status })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgNewDetailedInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("answer_msg_id");
        self.answer_msg_id.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.key("status");
        self.status.write_json(w);
        w.end_object();
    }
}

/// `msg_resend_req#7d861a08 msg_ids:Vector<long> = MsgResendReq`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgResendReq {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
}

impl Identifiable for MsgResendReq {
    const CONSTRUCTOR_ID: u32 = 0x7d861a08;
    const NAME: &'static str = "msg_resend_req";
}

impl Serialize for MsgResendReq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgResendReq {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_ids.serialize(buf);
    }
}

impl Deserialize for MsgResendReq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgResendReq {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgResendReq {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.end_object();
    }
}

/// `msg_resend_ans_req#8610baeb msg_ids:Vector<long> = MsgResendReq`
#[derive(Debug, Clone, PartialEq)]
pub struct MsgResendAnsReq {
    /// `msg_ids:Vector<long>`
    pub msg_ids: Vec<i64>,
}

impl Identifiable for MsgResendAnsReq {
    const CONSTRUCTOR_ID: u32 = 0x8610baeb;
    const NAME: &'static str = "msg_resend_ans_req";
}

impl Serialize for MsgResendAnsReq {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for MsgResendAnsReq {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_ids.serialize(buf);
    }
}

impl Deserialize for MsgResendAnsReq {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for MsgResendAnsReq {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_ids = <Vec<i64>>::deserialize(r)?;
        Ok(Self { msg_ids: f_msg_ids })
    }
}

#[cfg(feature = "json")]
impl ToJson for MsgResendAnsReq {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_ids");
        self.msg_ids.write_json(w);
        w.end_object();
    }
}

/// `rpc_error#2144ca19 error_code:int error_message:string = RpcError`
#[derive(Debug, Clone, PartialEq)]
pub struct RpcError {
    /// `error_code:int`
    pub error_code: i32,
    /// `error_message:string`
    pub error_message: crate::TlString,
}

impl Identifiable for RpcError {
    const CONSTRUCTOR_ID: u32 = 0x2144ca19;
    const NAME: &'static str = "rpc_error";
}

impl Serialize for RpcError {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RpcError {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.error_code.serialize(buf);
        self.error_message.serialize(buf);
    }
}

impl Deserialize for RpcError {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RpcError {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_error_code = <i32>::deserialize(r)?;
        let f_error_message = <crate::TlString>::deserialize(r)?;
        Ok(Self { error_code: f_error_code, error_message: f_error_message })
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcError {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("error_code");
        self.error_code.write_json(w);
        w.key("error_message");
        self.error_message.write_json(w);
        w.end_object();
    }
}

/// `rpc_answer_unknown#5e2ad36e = RpcDropAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct RpcAnswerUnknown;

impl Identifiable for RpcAnswerUnknown {
    const CONSTRUCTOR_ID: u32 = 0x5e2ad36e;
    const NAME: &'static str = "rpc_answer_unknown";
}

impl Serialize for RpcAnswerUnknown {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RpcAnswerUnknown {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for RpcAnswerUnknown {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RpcAnswerUnknown {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcAnswerUnknown {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `rpc_answer_dropped_running#cd78e586 = RpcDropAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct RpcAnswerDroppedRunning;

impl Identifiable for RpcAnswerDroppedRunning {
    const CONSTRUCTOR_ID: u32 = 0xcd78e586;
    const NAME: &'static str = "rpc_answer_dropped_running";
}

impl Serialize for RpcAnswerDroppedRunning {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RpcAnswerDroppedRunning {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for RpcAnswerDroppedRunning {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RpcAnswerDroppedRunning {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcAnswerDroppedRunning {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `rpc_answer_dropped#a43ad8b7 msg_id:long seq_no:int bytes:int = RpcDropAnswer`
#[derive(Debug, Clone, PartialEq)]
pub struct RpcAnswerDropped {
    /// `msg_id:long`
    pub msg_id: i64,
    /// `seq_no:int`
    pub seq_no: i32,
    /// `bytes:int`
    pub bytes: i32,
}

impl Identifiable for RpcAnswerDropped {
    const CONSTRUCTOR_ID: u32 = 0xa43ad8b7;
    const NAME: &'static str = "rpc_answer_dropped";
}

impl Serialize for RpcAnswerDropped {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for RpcAnswerDropped {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_id.serialize(buf);
        self.seq_no.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl Deserialize for RpcAnswerDropped {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for RpcAnswerDropped {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_id = <i64>::deserialize(r)?;
        let f_seq_no = <i32>::deserialize(r)?;
        let f_bytes = <i32>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id, seq_no: f_seq_no, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for RpcAnswerDropped {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("seq_no");
        self.seq_no.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

/// `future_salt#0949d9dc valid_since:int valid_until:int salt:long = FutureSalt`
#[derive(Debug, Clone, PartialEq)]
pub struct FutureSalt {
    /// `valid_since:int`
    pub valid_since: i32,
    /// `valid_until:int`
    pub valid_until: i32,
    /// `salt:long`
    pub salt: i64,
}

impl Identifiable for FutureSalt {
    const CONSTRUCTOR_ID: u32 = 0x0949d9dc;
    const NAME: &'static str = "future_salt";
}

impl Serialize for FutureSalt {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FutureSalt {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.valid_since.serialize(buf);
        self.valid_until.serialize(buf);
        self.salt.serialize(buf);
    }
}

impl Deserialize for FutureSalt {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FutureSalt {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_valid_since = <i32>::deserialize(r)?;
        let f_valid_until = <i32>::deserialize(r)?;
        let f_salt = <i64>::deserialize(r)?;
        Ok(Self { valid_since: f_valid_since, valid_until: f_valid_until, salt: f_salt })
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalt {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("valid_since");
        self.valid_since.write_json(w);
        w.key("valid_until");
        self.valid_until.write_json(w);
        w.key("salt");
        self.salt.write_json(w);
        w.end_object();
    }
}

/// `future_salts#ae500895 req_msg_id:long now:int salts:vector<future_salt> = FutureSalts`
#[derive(Debug, Clone, PartialEq)]
pub struct FutureSalts {
    /// `req_msg_id:long`
    pub req_msg_id: i64,
    /// `now:int`
    pub now: i32,
    /// `salts:vector<future_salt>`
    pub salts: Vec<crate::mtproto::types::FutureSalt>,
}

impl Identifiable for FutureSalts {
    const CONSTRUCTOR_ID: u32 = 0xae500895;
    const NAME: &'static str = "future_salts";
}

impl Serialize for FutureSalts {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FutureSalts {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.req_msg_id.serialize(buf);
        self.now.serialize(buf);
        crate::write_len(buf, self.salts.len());
        for x0 in &self.salts {
            (*x0).serialize_bare(buf);
        }
    }
}

impl Deserialize for FutureSalts {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FutureSalts {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_req_msg_id = <i64>::deserialize(r)?;
        let f_now = <i32>::deserialize(r)?;
        let f_salts = { let n = r.read_len(16)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::mtproto::types::FutureSalt>::deserialize_bare(r)?); } v };
        Ok(Self { req_msg_id: f_req_msg_id, now: f_now, salts: f_salts })
    }
}

#[cfg(feature = "json")]
impl ToJson for FutureSalts {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("req_msg_id");
        self.req_msg_id.write_json(w);
        w.key("now");
        self.now.write_json(w);
        w.key("salts");
        self.salts.write_json(w);
        w.end_object();
    }
}

/// `pong#347773c5 msg_id:long ping_id:long = Pong`
#[derive(Debug, Clone, PartialEq)]
pub struct Pong {
    /// `msg_id:long`
    pub msg_id: i64,
    /// `ping_id:long`
    pub ping_id: i64,
}

impl Identifiable for Pong {
    const CONSTRUCTOR_ID: u32 = 0x347773c5;
    const NAME: &'static str = "pong";
}

impl Serialize for Pong {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for Pong {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_id.serialize(buf);
        self.ping_id.serialize(buf);
    }
}

impl Deserialize for Pong {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for Pong {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_msg_id = <i64>::deserialize(r)?;
        let f_ping_id = <i64>::deserialize(r)?;
        Ok(Self { msg_id: f_msg_id, ping_id: f_ping_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for Pong {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("msg_id");
        self.msg_id.write_json(w);
        w.key("ping_id");
        self.ping_id.write_json(w);
        w.end_object();
    }
}

/// `destroy_session_ok#e22045fc session_id:long = DestroySessionRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroySessionOk {
    /// `session_id:long`
    pub session_id: i64,
}

impl Identifiable for DestroySessionOk {
    const CONSTRUCTOR_ID: u32 = 0xe22045fc;
    const NAME: &'static str = "destroy_session_ok";
}

impl Serialize for DestroySessionOk {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DestroySessionOk {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.session_id.serialize(buf);
    }
}

impl Deserialize for DestroySessionOk {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DestroySessionOk {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_session_id = <i64>::deserialize(r)?;
        Ok(Self { session_id: f_session_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroySessionOk {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.end_object();
    }
}

/// `destroy_session_none#62d350c9 session_id:long = DestroySessionRes`
#[derive(Debug, Clone, PartialEq)]
pub struct DestroySessionNone {
    /// `session_id:long`
    pub session_id: i64,
}

impl Identifiable for DestroySessionNone {
    const CONSTRUCTOR_ID: u32 = 0x62d350c9;
    const NAME: &'static str = "destroy_session_none";
}

impl Serialize for DestroySessionNone {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for DestroySessionNone {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.session_id.serialize(buf);
    }
}

impl Deserialize for DestroySessionNone {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for DestroySessionNone {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_session_id = <i64>::deserialize(r)?;
        Ok(Self { session_id: f_session_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for DestroySessionNone {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("session_id");
        self.session_id.write_json(w);
        w.end_object();
    }
}

/// `new_session_created#9ec20908 first_msg_id:long unique_id:long server_salt:long = NewSession`
#[derive(Debug, Clone, PartialEq)]
pub struct NewSessionCreated {
    /// `first_msg_id:long`
    pub first_msg_id: i64,
    /// `unique_id:long`
    pub unique_id: i64,
    /// `server_salt:long`
    pub server_salt: i64,
}

impl Identifiable for NewSessionCreated {
    const CONSTRUCTOR_ID: u32 = 0x9ec20908;
    const NAME: &'static str = "new_session_created";
}

impl Serialize for NewSessionCreated {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for NewSessionCreated {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.first_msg_id.serialize(buf);
        self.unique_id.serialize(buf);
        self.server_salt.serialize(buf);
    }
}

impl Deserialize for NewSessionCreated {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for NewSessionCreated {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_first_msg_id = <i64>::deserialize(r)?;
        let f_unique_id = <i64>::deserialize(r)?;
        let f_server_salt = <i64>::deserialize(r)?;
        Ok(Self { first_msg_id: f_first_msg_id, unique_id: f_unique_id, server_salt: f_server_salt })
    }
}

#[cfg(feature = "json")]
impl ToJson for NewSessionCreated {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("first_msg_id");
        self.first_msg_id.write_json(w);
        w.key("unique_id");
        self.unique_id.write_json(w);
        w.key("server_salt");
        self.server_salt.write_json(w);
        w.end_object();
    }
}

/// `http_wait#9299359f max_delay:int wait_after:int max_wait:int = HttpWait`
#[derive(Debug, Clone, PartialEq)]
pub struct HttpWait {
    /// `max_delay:int`
    pub max_delay: i32,
    /// `wait_after:int`
    pub wait_after: i32,
    /// `max_wait:int`
    pub max_wait: i32,
}

impl Identifiable for HttpWait {
    const CONSTRUCTOR_ID: u32 = 0x9299359f;
    const NAME: &'static str = "http_wait";
}

impl Serialize for HttpWait {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for HttpWait {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.max_delay.serialize(buf);
        self.wait_after.serialize(buf);
        self.max_wait.serialize(buf);
    }
}

impl Deserialize for HttpWait {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for HttpWait {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_max_delay = <i32>::deserialize(r)?;
        let f_wait_after = <i32>::deserialize(r)?;
        let f_max_wait = <i32>::deserialize(r)?;
        Ok(Self { max_delay: f_max_delay, wait_after: f_wait_after, max_wait: f_max_wait })
    }
}

#[cfg(feature = "json")]
impl ToJson for HttpWait {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("max_delay");
        self.max_delay.write_json(w);
        w.key("wait_after");
        self.wait_after.write_json(w);
        w.key("max_wait");
        self.max_wait.write_json(w);
        w.end_object();
    }
}

/// `ipPort#d433ad73 ipv4:int port:int = IpPort`
#[derive(Debug, Clone, PartialEq)]
pub struct IpPort {
    /// `ipv4:int`
    pub ipv4: i32,
    /// `port:int`
    pub port: i32,
}

impl Identifiable for IpPort {
    const CONSTRUCTOR_ID: u32 = 0xd433ad73;
    const NAME: &'static str = "ipPort";
}

impl Serialize for IpPort {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for IpPort {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.ipv4.serialize(buf);
        self.port.serialize(buf);
    }
}

impl Deserialize for IpPort {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for IpPort {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_ipv4 = <i32>::deserialize(r)?;
        let f_port = <i32>::deserialize(r)?;
        Ok(Self { ipv4: f_ipv4, port: f_port })
    }
}

#[cfg(feature = "json")]
impl ToJson for IpPort {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ipv4");
        self.ipv4.write_json(w);
        w.key("port");
        self.port.write_json(w);
        w.end_object();
    }
}

/// `ipPortSecret#37982646 ipv4:int port:int secret:bytes = IpPort`
#[derive(Debug, Clone, PartialEq)]
pub struct IpPortSecret {
    /// `ipv4:int`
    pub ipv4: i32,
    /// `port:int`
    pub port: i32,
    /// `secret:bytes`
    pub secret: Vec<u8>,
}

impl Identifiable for IpPortSecret {
    const CONSTRUCTOR_ID: u32 = 0x37982646;
    const NAME: &'static str = "ipPortSecret";
}

impl Serialize for IpPortSecret {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for IpPortSecret {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.ipv4.serialize(buf);
        self.port.serialize(buf);
        self.secret.serialize(buf);
    }
}

impl Deserialize for IpPortSecret {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for IpPortSecret {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_ipv4 = <i32>::deserialize(r)?;
        let f_port = <i32>::deserialize(r)?;
        let f_secret = <Vec<u8>>::deserialize(r)?;
        Ok(Self { ipv4: f_ipv4, port: f_port, secret: f_secret })
    }
}

#[cfg(feature = "json")]
impl ToJson for IpPortSecret {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("ipv4");
        self.ipv4.write_json(w);
        w.key("port");
        self.port.write_json(w);
        w.key("secret");
        self.secret.write_json(w);
        w.end_object();
    }
}

/// `accessPointRule#4679b65f phone_prefix_rules:bytes dc_id:int ips:vector<IpPort> = AccessPointRule`
#[derive(Debug, Clone, PartialEq)]
pub struct AccessPointRule {
    /// `phone_prefix_rules:bytes`
    pub phone_prefix_rules: Vec<u8>,
    /// `dc_id:int`
    pub dc_id: i32,
    /// `ips:vector<IpPort>`
    pub ips: Vec<crate::mtproto::enums::IpPort>,
}

impl Identifiable for AccessPointRule {
    const CONSTRUCTOR_ID: u32 = 0x4679b65f;
    const NAME: &'static str = "accessPointRule";
}

impl Serialize for AccessPointRule {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for AccessPointRule {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.phone_prefix_rules.serialize(buf);
        self.dc_id.serialize(buf);
        crate::write_len(buf, self.ips.len());
        for x0 in &self.ips {
            (*x0).serialize(buf);
        }
    }
}

impl Deserialize for AccessPointRule {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for AccessPointRule {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_phone_prefix_rules = <Vec<u8>>::deserialize(r)?;
        let f_dc_id = <i32>::deserialize(r)?;
        let f_ips = { let n = r.read_len(4)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::mtproto::enums::IpPort>::deserialize(r)?); } v };
        Ok(Self { phone_prefix_rules: f_phone_prefix_rules, dc_id: f_dc_id, ips: f_ips })
    }
}

#[cfg(feature = "json")]
impl ToJson for AccessPointRule {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("phone_prefix_rules");
        self.phone_prefix_rules.write_json(w);
        w.key("dc_id");
        self.dc_id.write_json(w);
        w.key("ips");
        self.ips.write_json(w);
        w.end_object();
    }
}

/// `tlsClientHello#6c52c484 blocks:vector<TlsBlock> = TlsClientHello`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsClientHello {
    /// `blocks:vector<TlsBlock>`
    pub blocks: Vec<crate::mtproto::enums::TlsBlock>,
}

impl Identifiable for TlsClientHello {
    const CONSTRUCTOR_ID: u32 = 0x6c52c484;
    const NAME: &'static str = "tlsClientHello";
}

impl Serialize for TlsClientHello {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsClientHello {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        crate::write_len(buf, self.blocks.len());
        for x0 in &self.blocks {
            (*x0).serialize(buf);
        }
    }
}

impl Deserialize for TlsClientHello {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsClientHello {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_blocks = { let n = r.read_len(4)?; let mut v = Vec::with_capacity(n.min(r.remaining())); for _ in 0..n { v.push(<crate::mtproto::enums::TlsBlock>::deserialize(r)?); } v };
        Ok(Self { blocks: f_blocks })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsClientHello {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("blocks");
        self.blocks.write_json(w);
        w.end_object();
    }
}

/// `tlsBlockString#4218a164 data:bytes = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockString {
    /// `data:bytes`
    pub data: Vec<u8>,
}

impl Identifiable for TlsBlockString {
    const CONSTRUCTOR_ID: u32 = 0x4218a164;
    const NAME: &'static str = "tlsBlockString";
}

impl Serialize for TlsBlockString {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockString {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.data.serialize(buf);
    }
}

impl Deserialize for TlsBlockString {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockString {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_data = <Vec<u8>>::deserialize(r)?;
        Ok(Self { data: f_data })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockString {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("data");
        self.data.write_json(w);
        w.end_object();
    }
}

/// `tlsBlockRandom#4d4dc41e length:int = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockRandom {
    /// `length:int`
    pub length: i32,
}

impl Identifiable for TlsBlockRandom {
    const CONSTRUCTOR_ID: u32 = 0x4d4dc41e;
    const NAME: &'static str = "tlsBlockRandom";
}

impl Serialize for TlsBlockRandom {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockRandom {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.length.serialize(buf);
    }
}

impl Deserialize for TlsBlockRandom {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockRandom {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockRandom {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

/// `tlsBlockZero#09333afb length:int = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockZero {
    /// `length:int`
    pub length: i32,
}

impl Identifiable for TlsBlockZero {
    const CONSTRUCTOR_ID: u32 = 0x09333afb;
    const NAME: &'static str = "tlsBlockZero";
}

impl Serialize for TlsBlockZero {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockZero {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.length.serialize(buf);
    }
}

impl Deserialize for TlsBlockZero {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockZero {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_length = <i32>::deserialize(r)?;
        Ok(Self { length: f_length })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockZero {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("length");
        self.length.write_json(w);
        w.end_object();
    }
}

/// `tlsBlockDomain#10e8636f = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockDomain;

impl Identifiable for TlsBlockDomain {
    const CONSTRUCTOR_ID: u32 = 0x10e8636f;
    const NAME: &'static str = "tlsBlockDomain";
}

impl Serialize for TlsBlockDomain {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockDomain {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TlsBlockDomain {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockDomain {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockDomain {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `tlsBlockGrease#e675a1c1 seed:int = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockGrease {
    /// `seed:int`
    pub seed: i32,
}

impl Identifiable for TlsBlockGrease {
    const CONSTRUCTOR_ID: u32 = 0xe675a1c1;
    const NAME: &'static str = "tlsBlockGrease";
}

impl Serialize for TlsBlockGrease {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockGrease {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.seed.serialize(buf);
    }
}

impl Deserialize for TlsBlockGrease {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockGrease {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_seed = <i32>::deserialize(r)?;
        Ok(Self { seed: f_seed })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockGrease {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("seed");
        self.seed.write_json(w);
        w.end_object();
    }
}

/// `tlsBlockPublicKey#9eb95b5c = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockPublicKey;

impl Identifiable for TlsBlockPublicKey {
    const CONSTRUCTOR_ID: u32 = 0x9eb95b5c;
    const NAME: &'static str = "tlsBlockPublicKey";
}

impl Serialize for TlsBlockPublicKey {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockPublicKey {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for TlsBlockPublicKey {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockPublicKey {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockPublicKey {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `tlsBlockScope#e725d44f entries:Vector<TlsBlock> = TlsBlock`
#[derive(Debug, Clone, PartialEq)]
pub struct TlsBlockScope {
    /// `entries:Vector<TlsBlock>`
    pub entries: Vec<crate::mtproto::enums::TlsBlock>,
}

impl Identifiable for TlsBlockScope {
    const CONSTRUCTOR_ID: u32 = 0xe725d44f;
    const NAME: &'static str = "tlsBlockScope";
}

impl Serialize for TlsBlockScope {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for TlsBlockScope {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.entries.serialize(buf);
    }
}

impl Deserialize for TlsBlockScope {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for TlsBlockScope {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_entries = <Vec<crate::mtproto::enums::TlsBlock>>::deserialize(r)?;
        Ok(Self { entries: f_entries })
    }
}

#[cfg(feature = "json")]
impl ToJson for TlsBlockScope {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("entries");
        self.entries.write_json(w);
        w.end_object();
    }
}
