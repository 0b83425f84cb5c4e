//! Every layer together: an obfuscated transport carries the key exchange in plain
//! messages, then a client and a server `Connection` on the new key exchange a ping.

use std::time::{Duration, UNIX_EPOCH};

use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
use mtrs_crypto::rsa::RsaPrivateKey;
use mtrs_proto::auth::KeyKind;
use mtrs_proto::auth::client::{self, DhGenOutcome};
use mtrs_proto::auth::server::{self, ServerParams, SetDhOutcome};
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::plain;
use mtrs_proto::transport::{Incoming, Role, Transport, TransportKind};
use mtrs_proto::{Connection, DcId, Event, ProtoConfig, SessionId};
use mtrs_tl::Serialize;
use mtrs_tl::mtproto::functions::Ping;

use crate::data::{hex, load};

/// Frames `body` as a plain message and carries it across the transports.
fn carry(from: &mut Transport, to: &mut Transport, ids: &mut MsgIdGen, body: &[u8]) -> Vec<u8> {
    let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let mut packet = Vec::new();
    plain::write(ids.next(now), body, &mut packet);
    let mut wire = Vec::new();
    from.encode(&packet, false, &[], &mut wire).unwrap();
    to.push_received(&wire).unwrap();
    let Some(Incoming::Frame { payload, .. }) = to.next_incoming().unwrap() else {
        panic!()
    };
    plain::read(payload).unwrap().body.to_vec()
}

#[test]
fn key_exchange_then_encrypted_traffic_over_an_obfuscated_transport() {
    let k = &load("crypto.json")["auth_key_exchange"]["test_rsa_key"];
    let rsa_key = RsaPrivateKey::new(&hex(&k["n"]), &[1, 0, 1], &hex(&k["d"])).unwrap();
    let public = rsa_key.public().clone();
    let params = ServerParams {
        keys: vec![rsa_key],
        group: DhGroup::new(3, &TELEGRAM_DH_PRIME).unwrap(),
        dc: Some(DcId::new(1).test()),
        p: 1_513_098_571,
        q: 1_780_931_429,
    };
    let random: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(151).wrapping_add(1));
    let mut ct =
        Transport::client_obfuscated(TransportKind::PaddedIntermediate, &random, None, None)
            .unwrap();
    let mut st = Transport::server();
    let (mut cid, mut sid) = (MsgIdGen::new(Role::Client), MsgIdGen::new(Role::Server));
    let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let mut rng = |b: &mut [u8]| b.fill(0x3c);

    let (c, body) = client::start(
        DcId::new(1).test(),
        KeyKind::Permanent,
        vec![public],
        [1; 16],
    );
    let body = carry(&mut ct, &mut st, &mut cid, &body);
    let (s, body) = server::start(params).handle(&body, [2; 16]).unwrap();
    let body = carry(&mut st, &mut ct, &mut sid, &body);
    let (c, body) = c.handle(&body, [3; 32], &mut rng).unwrap();
    let body = carry(&mut ct, &mut st, &mut cid, &body);
    let (s, body) = s.handle(&body, now, &[0x44; 256], &[0; 16]).unwrap();
    let body = carry(&mut st, &mut ct, &mut sid, &body);
    let (c, body) = c.handle(&body, now, &[0x55; 256], &[0; 16]).unwrap();
    let body = carry(&mut ct, &mut st, &mut cid, &body);
    let SetDhOutcome::Done(server_side, body) = s.handle(&body, &|_| false).unwrap() else {
        panic!()
    };
    let body = carry(&mut st, &mut ct, &mut sid, &body);
    let DhGenOutcome::Done(client_side) = c.handle(&body).unwrap() else {
        panic!()
    };
    assert_eq!(client_side.auth_key, server_side.auth_key);

    let config = ProtoConfig::default();
    let mut client = Connection::client(
        client_side.auth_key,
        SessionId(5),
        client_side.salt,
        Some(client_side.time_offset.as_secs()),
        config.clone(),
    );
    let mut server = Connection::server(server_side.auth_key, server_side.salt, 6, config);
    let request = client.enqueue(Ping { ping_id: 99 }.to_bytes());
    let mut pad = [0u8; 15];
    for _ in 0..3 {
        let mut packet = Vec::new();
        while client.poll_transmit(now, &mut rng, &mut packet).is_some() {
            let mut wire = Vec::new();
            ct.encode(&packet, false, &pad[..3], &mut wire).unwrap();
            st.push_received(&wire).unwrap();
            while let Some(Incoming::Frame { payload, .. }) = st.next_incoming().unwrap() {
                server.handle_packet(now, payload).unwrap();
            }
            packet.clear();
        }
        while server.poll_transmit(now, &mut rng, &mut packet).is_some() {
            let mut wire = Vec::new();
            pad[0] = pad[0].wrapping_add(1);
            st.encode(&packet, false, &pad[..7], &mut wire).unwrap();
            ct.push_received(&wire).unwrap();
            while let Some(Incoming::Frame { payload, .. }) = ct.next_incoming().unwrap() {
                client.handle_packet(now, payload).unwrap();
            }
            packet.clear();
        }
    }
    let results: Vec<_> = std::iter::from_fn(|| client.poll_event())
        .filter_map(|e| match e {
            Event::Result { request: r, result } => Some((r, result.is_ok())),
            _ => None,
        })
        .collect();
    assert_eq!(results, vec![(request, true)]);
}
