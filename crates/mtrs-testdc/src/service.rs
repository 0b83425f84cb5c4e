//! A look at the service messages of a decrypted packet, which `mtrs_proto::Connection`
//! answers by itself: counted per method, and `ping_delay_disconnect` arms the
//! disconnect timer; and at the messages of each packet the server sends, counted by
//! constructor.

use std::time::Duration;

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::MsgId;
use mtrs_proto::container;
use mtrs_proto::packet::encrypted;
use mtrs_tl::mtproto::functions::{
    DestroySession, GetFutureSalts, Ping, PingDelayDisconnect, RpcDropAnswer,
};
use mtrs_tl::mtproto::types::{MsgResendReq, MsgsAck, MsgsStateReq};
use mtrs_tl::{Deserialize, Identifiable};

/// What [`peek`] found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Seen {
    /// TL names of the service messages.
    pub(crate) names: Vec<&'static str>,
    /// The delay of the last `ping_delay_disconnect`.
    pub(crate) disconnect_delay: Option<Duration>,
}

const SERVICE: [u32; 8] = [
    Ping::CONSTRUCTOR_ID,
    PingDelayDisconnect::CONSTRUCTOR_ID,
    GetFutureSalts::CONSTRUCTOR_ID,
    DestroySession::CONSTRUCTOR_ID,
    RpcDropAnswer::CONSTRUCTOR_ID,
    MsgsAck::CONSTRUCTOR_ID,
    MsgsStateReq::CONSTRUCTOR_ID,
    MsgResendReq::CONSTRUCTOR_ID,
];

/// Reads the service messages of a decrypted, authenticated plaintext
/// (`salt | session_id | msg_id | seq_no | length | body | padding`).
pub(crate) fn peek(plaintext: &[u8]) -> Seen {
    let mut seen = Seen::default();
    let (Some(msg_id), Some(len)) = (plaintext.get(16..24), plaintext.get(28..32)) else {
        return seen;
    };
    let msg_id = MsgId(i64::from_le_bytes(msg_id.try_into().unwrap_or_default()));
    let len = u32::from_le_bytes(len.try_into().unwrap_or_default()) as usize;
    let Some(body) = plaintext.get(32..32usize.saturating_add(len)) else {
        return seen;
    };
    if container::is_container(body) {
        for inner in container::read(msg_id, body).unwrap_or_default() {
            look(&inner.body, &mut seen);
        }
    } else {
        look(body, &mut seen);
    }
    seen
}

fn look(body: &[u8], seen: &mut Seen) {
    let Some(id) = body
        .get(..4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    else {
        return;
    };
    if !SERVICE.contains(&id) {
        return;
    }
    if let Some(name) = mtrs_tl::name_for_id(id) {
        seen.names.push(name);
    }
    if id == PingDelayDisconnect::CONSTRUCTOR_ID
        && let Ok(p) = PingDelayDisconnect::from_bytes(body)
    {
        let secs = u64::try_from(p.disconnect_delay).unwrap_or(0);
        seen.disconnect_delay = Some(Duration::from_secs(secs));
    }
}

/// The TL names of the top-level messages of a packet the server encrypted with `key`
/// (those of a container, not the container). Decrypts a copy; nothing for a packet that
/// does not decrypt.
pub(crate) fn sent_names(key: &AuthKey, packet: &[u8]) -> Vec<String> {
    let mut copy = packet.to_vec();
    let Ok(msg) = encrypted::read(key, Direction::ServerToClient, &mut copy) else {
        return Vec::new();
    };
    let name = |body: &[u8]| {
        let id = body
            .get(..4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        mtrs_tl::name_for_id(id).map_or_else(|| format!("#{id:08x}"), str::to_owned)
    };
    if container::is_container(msg.body) {
        container::read(msg.header.msg_id, msg.body)
            .unwrap_or_default()
            .iter()
            .map(|inner| name(&inner.body))
            .collect()
    } else {
        vec![name(msg.body)]
    }
}
