//! Fuzz the decryption of an encrypted message and the connection's handling of whatever
//! decrypts: plain and encrypted parsing must reject garbage with an error, never panic.
//! The second half builds authentic packets around fuzzed bodies, so the connection's
//! service-message, container and gzip handling is reached too.
#![no_main]

use std::time::{Duration, UNIX_EPOCH};

use libfuzzer_sys::fuzz_target;
use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::packet::{encrypted, plain};
use mtrs_proto::{Connection, MsgId, ProtoConfig, Salt, SeqNo, SessionId};

fuzz_target!(|data: &[u8]| {
    let key = AuthKey::from_bytes([0x5a; 256]);
    let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let _ = plain::read(data);
    let mut packet = data.to_vec();
    let _ = encrypted::read(&key, Direction::ServerToClient, &mut packet);

    // An authentic packet with a fuzzed body, fed to both roles.
    let Some((&seq, body)) = data.split_first() else {
        return;
    };
    let body = &body[..body.len() / 4 * 4];
    for (direction, server) in [
        (Direction::ServerToClient, false),
        (Direction::ClientToServer, true),
    ] {
        let msg_id = MsgId((1_700_000_000i64 << 32) | if server { 4 } else { 1 });
        let header = encrypted::Header {
            salt: Salt(1),
            session_id: SessionId(7),
            msg_id,
            seq_no: SeqNo(i32::from(seq)),
        };
        let mut out = Vec::new();
        let padding = [0u8; 32];
        let pad = &padding[..encrypted::padding_len(body.len())];
        if encrypted::write(&key, direction, &header, body, pad, false, &mut out).is_err() {
            continue;
        }
        let mut conn = if server {
            Connection::server(key.clone(), Salt(1), 9, ProtoConfig::default())
        } else {
            Connection::client(
                key.clone(),
                SessionId(7),
                Salt(1),
                Some(0),
                ProtoConfig::default(),
            )
        };
        let _ = conn.handle_packet(now, &mut out);
        while conn.poll_event().is_some() {}
        let mut rng = |b: &mut [u8]| b.fill(3);
        let mut sent = Vec::new();
        while conn.poll_transmit(now, &mut rng, &mut sent).is_some() {}
    }
});
