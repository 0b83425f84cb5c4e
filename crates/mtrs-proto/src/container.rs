//! `msg_container`: several messages in one packet.
//!
//! At most 1024 messages, no nesting, every inner msg_id below the container's.
//! See <https://core.telegram.org/mtproto/service_messages#containers>.

use mtrs_tl::Identifiable;
use mtrs_tl::mtproto::types::MsgContainer;

use crate::error::ProtocolError;
use crate::msg_id::MsgId;
use crate::seq_no::SeqNo;

/// The constructor id of `msg_container`.
pub const CONSTRUCTOR_ID: u32 = MsgContainer::CONSTRUCTOR_ID;

/// Telegram's limit on messages per container.
pub const MAX_MESSAGES: usize = 1024;

/// Bytes a message adds inside a container besides its body.
pub const MESSAGE_OVERHEAD: usize = 16;

/// One message inside a container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inner {
    /// Its msg_id.
    pub msg_id: MsgId,
    /// Its seq_no.
    pub seq_no: SeqNo,
    /// Its TL body.
    pub body: Vec<u8>,
}

/// Appends the serialized container of `messages` to `out`.
///
/// ```
/// use mtrs_proto::container::{self, Inner};
/// use mtrs_proto::{MsgId, SeqNo};
/// let inner = vec![Inner { msg_id: MsgId(4 << 32 | 4), seq_no: SeqNo(1), body: vec![1, 2, 3, 4] }];
/// let mut out = Vec::new();
/// container::write(inner.iter().map(|m| (m.msg_id, m.seq_no, &m.body[..])), &mut out);
/// assert_eq!(container::read(MsgId(4 << 32 | 8), &out).unwrap(), inner);
/// ```
pub fn write<'a>(
    messages: impl ExactSizeIterator<Item = (MsgId, SeqNo, &'a [u8])>,
    out: &mut Vec<u8>,
) {
    out.extend_from_slice(&CONSTRUCTOR_ID.to_le_bytes());
    mtrs_tl::write_len(out, messages.len());
    for (msg_id, seq_no, body) in messages {
        out.extend_from_slice(&msg_id.0.to_le_bytes());
        out.extend_from_slice(&seq_no.0.to_le_bytes());
        // Bodies are bounded by the container size limit.
        out.extend_from_slice(&(body.len() as u32).to_le_bytes());
        out.extend_from_slice(body);
    }
}

/// Whether `body` is a serialized container.
pub fn is_container(body: &[u8]) -> bool {
    body.get(..4) == Some(&CONSTRUCTOR_ID.to_le_bytes()[..])
}

/// Parses the container with id `container` and checks the rules.
pub fn read(container: MsgId, body: &[u8]) -> Result<Vec<Inner>, ProtocolError> {
    let parsed = <MsgContainer as mtrs_tl::Deserialize>::from_bytes(body).map_err(|error| {
        ProtocolError::Malformed {
            context: "msg_container",
            error,
        }
    })?;
    let invalid = |problem| ProtocolError::InvalidContainer { container, problem };
    if parsed.messages.len() > MAX_MESSAGES {
        return Err(invalid("more than 1024 messages"));
    }
    let mut out = Vec::with_capacity(parsed.messages.len());
    for m in parsed.messages {
        if m.msg_id >= container.0 {
            return Err(invalid("inner msg_id not below the container's"));
        }
        if is_container(&m.body) {
            return Err(invalid("nested container"));
        }
        out.push(Inner {
            msg_id: MsgId(m.msg_id),
            seq_no: SeqNo(m.seqno),
            body: m.body,
        });
    }
    Ok(out)
}
