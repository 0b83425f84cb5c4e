//! The mtproto.tl constructors that the schema marks "parsed manually": `rpc_result`,
//! `message`, `msg_container` and `gzip_packed`.
//!
//! They carry objects whose type the reader cannot know (`result:Object`, `body:Object`), so
//! they keep those objects as **raw bytes** and the layer above (mtrs-proto) decodes them once
//! it knows what to expect (the request's return type, or by peeking the constructor id):
//! - [`RpcResult::result`] is every byte after `req_msg_id` (the rest of the message body);
//! - [`Message::body`] is exactly `bytes` bytes (the `bytes:int` field is derived from
//!   `body.len()` when writing and checked against the input when reading);
//! - [`GzipPacked::packed_data`] is the gzip member, still compressed.
//!
//! They are re-exported from [`crate::mtproto::types`] beside the generated constructors.

use crate::{
    Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, Serialize, SerializeBare,
};

macro_rules! boxed_impls {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize(&self, buf: &mut Vec<u8>) {
                buf.extend_from_slice(&<$t>::CONSTRUCTOR_ID.to_le_bytes());
                self.serialize_bare(buf);
            }
        }
        impl Deserialize for $t {
            fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
                let id = r.read_u32()?;
                if id != <$t>::CONSTRUCTOR_ID {
                    return Err(DeserializeError::UnknownConstructor {
                        id,
                        expected: <$t>::NAME,
                    });
                }
                Self::deserialize_bare(r)
            }
        }
    };
}

/// `rpc_result#f35c6d01 req_msg_id:long result:Object = RpcResult;`
///
/// `result` is the raw boxed answer (starting with its constructor id). Reading takes the rest
/// of the input, so deserialize an `RpcResult` from exactly the message body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcResult {
    /// `msg_id` of the request this answers.
    pub req_msg_id: i64,
    /// The answer, undecoded: a boxed object (`rpc_error`, `gzip_packed`, or the function's
    /// return type).
    pub result: Vec<u8>,
}

impl Identifiable for RpcResult {
    const CONSTRUCTOR_ID: u32 = 0xf35c_6d01;
    const NAME: &'static str = "rpc_result";
}

impl SerializeBare for RpcResult {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.req_msg_id.serialize(buf);
        buf.extend_from_slice(&self.result);
    }
}

impl DeserializeBare for RpcResult {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let req_msg_id = r.read_i64()?;
        let result = r.read_rest().to_vec();
        Ok(Self { req_msg_id, result })
    }
}
boxed_impls!(RpcResult);

/// `message msg_id:long seqno:int bytes:int body:Object = Message;` (always bare, inside
/// [`MsgContainer`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message id.
    pub msg_id: i64,
    /// The message sequence number.
    pub seqno: i32,
    /// The body, undecoded (`bytes` on the wire is its length).
    pub body: Vec<u8>,
}

impl Message {
    /// Smallest encoding: msg_id, seqno, bytes and an empty body.
    pub const MIN_SIZE: usize = 16;
}

impl SerializeBare for Message {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.msg_id.serialize(buf);
        self.seqno.serialize(buf);
        (self.body.len() as i32).serialize(buf);
        buf.extend_from_slice(&self.body);
    }
}

impl DeserializeBare for Message {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let msg_id = r.read_i64()?;
        let seqno = r.read_i32()?;
        let offset = r.position();
        let len = r.read_i32()?;
        let len = usize::try_from(len)
            .ok()
            .filter(|&n| n <= r.remaining())
            .ok_or(DeserializeError::InvalidLength {
                len: len as u32 as u64,
                offset,
            })?;
        let body = r.read_slice(len)?.to_vec();
        Ok(Self {
            msg_id,
            seqno,
            body,
        })
    }
}

/// `msg_container#73f1f8dc messages:vector<%Message> = MessageContainer;`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MsgContainer {
    /// The messages (a bare vector of bare `message`s).
    pub messages: Vec<Message>,
}

impl Identifiable for MsgContainer {
    const CONSTRUCTOR_ID: u32 = 0x73f1_f8dc;
    const NAME: &'static str = "msg_container";
}

impl SerializeBare for MsgContainer {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        crate::write_len(buf, self.messages.len());
        for m in &self.messages {
            m.serialize_bare(buf);
        }
    }
}

impl DeserializeBare for MsgContainer {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let n = r.read_len(Message::MIN_SIZE)?;
        let mut messages = Vec::with_capacity(n);
        for _ in 0..n {
            messages.push(Message::deserialize_bare(r)?);
        }
        Ok(Self { messages })
    }
}
boxed_impls!(MsgContainer);

/// `gzip_packed#3072cfa1 packed_data:bytes = Object;`
///
/// `packed_data` is a gzip member; inflating it is left to the caller (mtrs-proto), so this
/// crate has no compression dependency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GzipPacked {
    /// The compressed object.
    pub packed_data: Vec<u8>,
}

impl Identifiable for GzipPacked {
    const CONSTRUCTOR_ID: u32 = 0x3072_cfa1;
    const NAME: &'static str = "gzip_packed";
}

impl SerializeBare for GzipPacked {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.packed_data.serialize(buf);
    }
}

impl DeserializeBare for GzipPacked {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self {
            packed_data: Vec::<u8>::deserialize(r)?,
        })
    }
}
boxed_impls!(GzipPacked);
