use mtrs_crypto::{AuthKey, Direction, Error, msg_key};

use crate::data::{arr, auth_key, crypto, hex, samples, unhex};

#[test]
fn telethon_kdf_vectors_both_directions() {
    let all = crypto();
    let vectors = all["kdf"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 3);
    for v in vectors {
        let key = auth_key(&hex(v, "auth_key"));
        let mk = arr::<16>(&hex(v, "msg_key"));
        for (dir, name) in [
            (Direction::ClientToServer, "x0"),
            (Direction::ServerToClient, "x8"),
        ] {
            let kiv = msg_key::aes_key_iv(&key, dir, &mk);
            assert_eq!(
                kiv.key[..],
                hex(&v[name], "aes_key")[..],
                "{} {name}",
                v["id"]
            );
            assert_eq!(
                kiv.iv[..],
                hex(&v[name], "aes_iv")[..],
                "{} {name}",
                v["id"]
            );
        }
    }
}

fn direction(v: &serde_json::Value) -> Direction {
    match v["direction"].as_str() {
        Some("client->server") => Direction::ClientToServer,
        Some("server->client") => Direction::ServerToClient,
        other => panic!("direction {other:?}"),
    }
}

/// Telethon's packed messages: msg_key, aes key/iv and the packet are reproduced from the
/// plaintext, and the packet decrypts back; the four tampered packets are refused.
#[test]
fn telethon_message_packing() {
    let all = crypto();
    let vectors = all["message_packing"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 10);
    let mut rejected = 0;
    for v in vectors {
        let id = &v["id"];
        let key = auth_key(&hex(&v["inputs"], "auth_key"));
        let dir = direction(v);
        let packet = hex(v, "packet");
        let (key_id, rest) = packet.split_at(8);
        let (mk, body) = rest.split_at(16);
        let mk = arr::<16>(mk);
        if v["expect"] == "reject" {
            let mut buf = body.to_vec();
            let wrong_id = key_id != key.id().to_le_bytes();
            let res = msg_key::decrypt(&key, dir, &mk, &mut buf);
            assert!(wrong_id || res == Err(Error::MsgKeyMismatch), "{id}");
            rejected += 1;
            continue;
        }
        assert_eq!(key_id, key.id().to_le_bytes(), "{id}");
        let plain = hex(v, "plaintext");
        assert_eq!(msg_key::msg_key(&key, dir, &plain), mk, "{id}");
        let kiv = msg_key::aes_key_iv(&key, dir, &mk);
        assert_eq!(kiv.key[..], hex(v, "aes_key")[..], "{id}");
        assert_eq!(kiv.iv[..], hex(v, "aes_iv")[..], "{id}");
        let mut buf = plain.clone();
        assert_eq!(msg_key::encrypt(&key, dir, &mut buf).unwrap(), mk, "{id}");
        assert_eq!(buf, body, "{id}");
        msg_key::decrypt(&key, dir, &mk, &mut buf).unwrap();
        assert_eq!(buf, plain, "{id}");
        // The other direction's keys must not verify.
        let other = match dir {
            Direction::ClientToServer => Direction::ServerToClient,
            Direction::ServerToClient => Direction::ClientToServer,
        };
        let mut buf = body.to_vec();
        assert_eq!(
            msg_key::decrypt(&key, other, &mk, &mut buf),
            Err(Error::MsgKeyMismatch),
            "{id}"
        );
    }
    assert_eq!(rejected, 4);
}

/// The ping/pong derived from the official sample's auth key (both x values).
#[test]
fn official_sample_key_messages() {
    let all = samples();
    let key = auth_key(&hex(&all["sample_2024_rsa_pad"], "auth_key"));
    let m = &all["mtproto2_message_vectors_derived_here"];
    for (name, dir) in [
        ("client_to_server_ping", Direction::ClientToServer),
        ("server_to_client_pong", Direction::ServerToClient),
    ] {
        let v = &m[name];
        assert_eq!(v["x"].as_u64(), Some(dir.x() as u64));
        let plain = hex(v, "plaintext_hex");
        let large = msg_key::msg_key_large(&key, dir, &plain);
        assert_eq!(large[..], hex(v, "msg_key_large_hex")[..], "{name}");
        let mk = msg_key::msg_key(&key, dir, &plain);
        assert_eq!(mk[..], hex(v, "msg_key_hex")[..], "{name}");
        let kiv = msg_key::aes_key_iv(&key, dir, &mk);
        assert_eq!(kiv.key[..], hex(v, "aes_key_hex")[..], "{name}");
        assert_eq!(kiv.iv[..], hex(v, "aes_iv_hex")[..], "{name}");
        let token = u32::from_str_radix(
            v["quick_ack_token_le_u32"]
                .as_str()
                .unwrap()
                .trim_start_matches("0x"),
            16,
        )
        .unwrap();
        assert_eq!(msg_key::quick_ack_token(&large), token, "{name}");
        let mut buf = plain.clone();
        msg_key::encrypt(&key, dir, &mut buf).unwrap();
        let wire = [&key.id().to_le_bytes()[..], &mk, &buf].concat();
        assert_eq!(wire, hex(v, "wire_hex"), "{name}");
    }
}

#[test]
fn unaligned_plaintext_is_refused_unchanged() {
    let key = AuthKey::from_bytes([1; 256]);
    let mut buf = unhex("0102");
    assert!(matches!(
        msg_key::encrypt(&key, Direction::ClientToServer, &mut buf),
        Err(Error::NotBlockAligned { len: 2, .. })
    ));
    assert_eq!(buf, [1, 2]);
    assert!(matches!(
        msg_key::decrypt(&key, Direction::ClientToServer, &[0; 16], &mut buf),
        Err(Error::NotBlockAligned { len: 2, .. })
    ));
}
