//! A look at the service messages of a decrypted packet, which `mtrs_proto::Connection`
//! answers by itself: counted per method, and `ping_delay_disconnect` arms the
//! disconnect timer; and at the messages of each packet the server sends, counted by
//! constructor.

use std::time::Duration;

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::MsgId;
use mtrs_proto::container;
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

/// The TL name of a constructor id (`#xxxxxxxx` for one no layer knows).
pub(crate) fn constructor_name(id: u32) -> String {
    mtrs_tl::name_for_id(id)
        .or_else(|| mtrs_tl_api::name_for_id(id))
        .map_or_else(|| format!("#{id:08x}"), str::to_owned)
}

/// The session id a client packet names, read from its first two encrypted blocks without
/// checking the packet (its `msg_key` covers the whole plaintext): a hint only.
pub(crate) fn peek_session_id(key: &AuthKey, packet: &[u8]) -> Option<i64> {
    let msg_key: [u8; 16] = packet.get(8..24)?.try_into().ok()?;
    let mut head: [u8; 32] = packet.get(24..56)?.try_into().ok()?;
    let aes = mtrs_crypto::msg_key::aes_key_iv(key, Direction::ClientToServer, &msg_key);
    mtrs_crypto::ige::decrypt(&aes.key, &aes.iv, &mut head).ok()?;
    Some(i64::from_le_bytes(head.get(8..16)?.try_into().ok()?))
}
