//! Hostile peers at the packet and connection level: each attack is rejected with its own
//! typed error, and arbitrary input never panics.

use std::time::{Duration, UNIX_EPOCH};

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::packet::encrypted::{self, Header};
use mtrs_proto::transport::{Transport, TransportKind};
use mtrs_proto::{
    Connection, Error, MsgId, PacketError, ProtoConfig, ProtocolError, Salt, SeqNo, SessionId,
    TransportError,
};
use proptest::prelude::*;

const T0: u64 = 1_700_000_000;

fn key() -> AuthKey {
    AuthKey::from_bytes([0x77; 256])
}

fn client() -> Connection {
    Connection::client(
        key(),
        SessionId(1),
        Salt(2),
        Some(0),
        ProtoConfig::default(),
    )
}

/// A server→client packet with the given header fields and body.
fn server_packet(session: i64, msg_id: i64, seq_no: i32, body: &[u8]) -> Vec<u8> {
    let header = Header {
        salt: Salt(2),
        session_id: SessionId(session),
        msg_id: MsgId(msg_id),
        seq_no: SeqNo(seq_no),
    };
    let mut out = Vec::new();
    let pad = [9u8; 32];
    let pad = &pad[..encrypted::padding_len(body.len())];
    encrypted::write(
        &key(),
        Direction::ServerToClient,
        &header,
        body,
        pad,
        false,
        &mut out,
    )
    .unwrap();
    out
}

fn now() -> std::time::SystemTime {
    UNIX_EPOCH + Duration::from_secs(T0)
}

const UPDATE: [u8; 8] = [0x11, 0x22, 0x33, 0x44, 0, 0, 0, 0];

#[test]
fn each_attack_gets_its_own_error() {
    let id = ((T0 as i64) << 32) | 0x1001;
    let mut c = client();

    // Wrong msg_key: fatal.
    let mut p = server_packet(1, id, 1, &UPDATE);
    p[10] ^= 0xff;
    let e = c.handle_packet(now(), &mut p).unwrap_err();
    assert_eq!(e, Error::Packet(PacketError::MsgKeyMismatch));
    assert!(e.is_fatal());

    // Foreign session_id: fatal.
    let mut p = server_packet(99, id, 1, &UPDATE);
    let e = c.handle_packet(now(), &mut p).unwrap_err();
    assert_eq!(
        e,
        Error::Packet(PacketError::WrongSessionId {
            expected: SessionId(1),
            got: SessionId(99)
        })
    );

    // A client-parity msg_id from the "server": fatal.
    let mut p = server_packet(1, id + 3, 1, &UPDATE);
    assert_eq!(
        c.handle_packet(now(), &mut p).unwrap_err(),
        Error::Packet(PacketError::BadMsgIdParity {
            msg_id: MsgId(id + 3)
        })
    );

    // Accepted once, then replayed: not fatal, dropped.
    let mut p = server_packet(1, id, 1, &UPDATE);
    let mut replay = p.clone();
    c.handle_packet(now(), &mut p).unwrap();
    let e = c.handle_packet(now(), &mut replay).unwrap_err();
    assert_eq!(
        e,
        Error::Packet(PacketError::DuplicateMsgId { msg_id: MsgId(id) })
    );
    assert!(!e.is_fatal());

    // An authentic rpc_result with an even seq_no: a protocol violation.
    let mut rpc_result = vec![0x01, 0x6d, 0x5c, 0xf3];
    rpc_result.extend_from_slice(&1i64.to_le_bytes());
    rpc_result.extend_from_slice(&UPDATE);
    let mut p = server_packet(1, id + 8, 2, &rpc_result);
    assert!(matches!(
        c.handle_packet(now(), &mut p).unwrap_err(),
        Error::Protocol(ProtocolError::BadSeqNo { .. })
    ));

    // A container whose inner id is not below its own.
    let mut container = vec![0xdc, 0xf8, 0xf1, 0x73, 1, 0, 0, 0];
    container.extend_from_slice(&(id + 100).to_le_bytes());
    container.extend_from_slice(&1i32.to_le_bytes());
    container.extend_from_slice(&8i32.to_le_bytes());
    container.extend_from_slice(&UPDATE);
    let mut p = server_packet(1, id + 12, 2, &container);
    assert!(matches!(
        c.handle_packet(now(), &mut p).unwrap_err(),
        Error::Protocol(ProtocolError::InvalidContainer { .. })
    ));

    // A gzip bomb beyond the configured limit.
    let mut config = ProtoConfig::default();
    config.max_gzip_output = 1024;
    let mut small = Connection::client(key(), SessionId(1), Salt(2), Some(0), config);
    let bomb = mtrs_proto::gzip::pack(&vec![0u8; 64 * 1024], 0).unwrap();
    let mut p = server_packet(1, id, 1, &bomb);
    assert_eq!(
        small.handle_packet(now(), &mut p).unwrap_err(),
        Error::Protocol(ProtocolError::GzipTooLarge { limit: 1024 })
    );

    // An unknown fatal bad_msg_notification code.
    let mut bad = vec![0x11, 0xf8, 0xef, 0xa7];
    bad.extend_from_slice(&5i64.to_le_bytes());
    bad.extend_from_slice(&0i32.to_le_bytes());
    bad.extend_from_slice(&18i32.to_le_bytes());
    let mut p = server_packet(1, id + 16, 2, &bad);
    assert_eq!(
        c.handle_packet(now(), &mut p).unwrap_err(),
        Error::Protocol(ProtocolError::FatalBadMsg {
            code: 18,
            bad_msg_id: MsgId(5)
        })
    );
}

#[test]
fn absurd_lengths_are_rejected() {
    // A frame header claiming 2 GiB.
    let mut t = Transport::client(TransportKind::Intermediate);
    t.push_received(&[0xff, 0xff, 0xff, 0x7f]).unwrap();
    assert!(matches!(
        t.next_incoming(),
        Err(TransportError::FrameTooLong { .. })
    ));
    // A packet too short to be encrypted.
    let mut c = client();
    assert_eq!(
        c.handle_packet(now(), &mut [1u8; 40]).unwrap_err(),
        Error::Packet(PacketError::TooShort { len: 40, min: 72 })
    );
    // Plain where encrypted is expected.
    let mut plain = vec![0u8; 80];
    assert_eq!(
        c.handle_packet(now(), &mut plain).unwrap_err(),
        Error::Packet(PacketError::UnexpectedKind { plain: true })
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_packets_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut c = client();
        let mut p = bytes.clone();
        let _ = c.handle_packet(now(), &mut p);
        let mut s = Connection::server(key(), Salt(2), 3, ProtoConfig::default());
        let mut p = bytes;
        let _ = s.handle_packet(now(), &mut p);
    }

    #[test]
    fn authentic_packets_with_arbitrary_bodies_never_panic(
        words in prop::collection::vec(any::<u32>(), 0..64),
        seq in 0i32..8,
        ctor in prop::sample::select(vec![
            0xf35c6d01u32, 0x73f1f8dc, 0x3072cfa1, 0x62d6b459, 0xa7eff811, 0xedab447b,
            0x9ec20908, 0x347773c5, 0xae500895, 0xda69fb52, 0x8cc0d131, 0x276d3ec6,
            0x809db6df, 0x7d861a08, 0xe22045fc, 0x62d350c9, 0x04deb57d, 0x11223344,
        ]),
    ) {
        let mut body = ctor.to_le_bytes().to_vec();
        for w in words {
            body.extend_from_slice(&w.to_le_bytes());
        }
        let id = ((T0 as i64) << 32) | 0x2001;
        let mut c = client();
        let mut p = server_packet(1, id, seq, &body);
        let _ = c.handle_packet(now(), &mut p);
        while c.poll_event().is_some() {}
        let mut out = Vec::new();
        let mut rng = |b: &mut [u8]| b.fill(1);
        while c.poll_transmit(now(), &mut rng, &mut out).is_some() {}
    }
}
