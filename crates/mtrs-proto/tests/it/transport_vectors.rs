//! Telethon-made transport framings (`tests/data/transport.json`) reproduced byte for byte.

use mtrs_proto::transport::{Incoming, Transport, TransportErrorCode, TransportKind};

use crate::data::{hex, load};

fn kind_of(codec: &str) -> TransportKind {
    match codec {
        "AbridgedPacketCodec" => TransportKind::Abridged,
        "IntermediatePacketCodec" => TransportKind::Intermediate,
        "RandomizedIntermediatePacketCodec" => TransportKind::PaddedIntermediate,
        "FullPacketCodec" => TransportKind::Full,
        other => panic!("unknown codec {other}"),
    }
}

#[test]
fn plain_framings_match_telethon_byte_for_byte() {
    let v = load("transport.json");
    let payloads = v["payloads"].as_array().unwrap();
    let payload_of = |len: u64| {
        let p = payloads
            .iter()
            .find(|p| p["length"].as_u64() == Some(len))
            .unwrap();
        hex(&p["hex"])
    };
    let mut checked = 0;
    for vector in v["vectors"].as_array().unwrap() {
        if vector.get("frames").is_none() {
            continue;
        }
        let kind = kind_of(vector["codec"].as_str().unwrap());
        let mut client = Transport::client(kind);
        let mut wire = Vec::new();
        let mut expected_wire = Vec::new();
        let mut expected = Vec::new();
        for frame in vector["frames"].as_array().unwrap() {
            let p = payload_of(frame["payload_length"].as_u64().unwrap());
            let padding = frame.get("padding_random").map(hex).unwrap_or_default();
            let start = wire.len();
            client.encode(&p, false, &padding, &mut wire).unwrap();
            if start == 0 {
                // The first frame is preceded by the tag, which the vector gives as `init`.
                // Telethon's padded-intermediate codec has no plain tag (it only runs under
                // obfuscation, where the tag sits in the header), so its `init` is empty.
                let init = hex(&vector["init"]);
                let tag = kind.tag();
                if kind == TransportKind::PaddedIntermediate {
                    assert!(init.is_empty());
                    assert_eq!(tag, [0xdd; 4]);
                } else {
                    assert_eq!(init, tag, "{} init", vector["id"]);
                }
                expected_wire.extend_from_slice(tag);
            }
            expected_wire.extend_from_slice(&hex(&frame["frame"]));
            assert_eq!(wire, expected_wire, "{} frame of {}", vector["id"], p.len());
            let mut with_padding = p.clone();
            with_padding.extend_from_slice(&padding);
            expected.push((p, with_padding));
            checked += 1;
        }

        // A server detects the transport and reads every frame back.
        let mut server = Transport::server();
        server.push_received(&wire).unwrap();
        assert_eq!(server.kind(), Some(kind));
        for (p, with_padding) in expected {
            match server.next_incoming().unwrap().unwrap() {
                Incoming::Frame { payload, .. } => assert_eq!(payload, &with_padding[..]),
                Incoming::Error(code) => {
                    // A 4-byte payload that reads as a negative i32 is, by the transport
                    // rules, an error code.
                    let word: [u8; 4] = p[..4].try_into().unwrap();
                    assert!(p.len() == 4 || kind == TransportKind::PaddedIntermediate);
                    assert_eq!(
                        code,
                        TransportErrorCode::from_code(i32::from_le_bytes(word))
                    );
                    assert!(i32::from_le_bytes(word) < 0);
                }
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!(server.next_incoming(), Ok(None));
    }
    assert_eq!(checked, 24);
}

#[test]
fn obfuscated2_and_mtproxy_match_telethon_byte_for_byte() {
    let v = load("transport.json");
    let mut checked = 0;
    for vector in v["vectors"].as_array().unwrap() {
        if vector.get("random_draws").is_none() {
            continue;
        }
        let id = vector["id"].as_str().unwrap();
        let kind = kind_of(vector["codec"].as_str().unwrap());
        let proxy = vector.get("mtproxy").filter(|m| !m.is_null());
        let secret: Option<[u8; 16]> = proxy.map(|m| hex(&m["secret_used"]).try_into().unwrap());
        let dc_id = proxy.map(|m| m["dc_id"].as_i64().unwrap() as i16);

        // Draws are tried in order; the rejected ones are refused, as Telethon did.
        let mut client = None;
        for draw in vector["random_draws"].as_array().unwrap() {
            let random: [u8; 64] = hex(draw).try_into().unwrap();
            match Transport::client_obfuscated(kind, &random, secret.as_ref(), dc_id) {
                Ok(t) => {
                    assert_eq!(
                        hex::encode(random),
                        vector["accepted_random"].as_str().unwrap(),
                        "{id}"
                    );
                    client = Some(t);
                    break;
                }
                Err(e) => assert_eq!(e, mtrs_proto::TransportError::HeaderRandomRejected),
            }
        }
        let mut client = client.unwrap_or_else(|| panic!("{id}: every draw rejected"));

        let mut wire = Vec::new();
        let mut expected = hex(&vector["header_sent"]);
        let mut payloads = Vec::new();
        for frame in vector["client_frames"].as_array().unwrap() {
            let p = hex(&frame["payload"]);
            let padding = frame.get("padding_random").map(hex).unwrap_or_default();
            client.encode(&p, false, &padding, &mut wire).unwrap();
            expected.extend_from_slice(&hex(&frame["encrypted"]));
            assert_eq!(hex::encode(&wire), hex::encode(&expected), "{id}");
            payloads.push([p, padding].concat());
        }

        // The server detects obfuscation and the transport, and reads the frames back.
        let mut server = match secret {
            Some(s) => Transport::server_with_secret(s),
            None => Transport::server(),
        };
        for chunk in wire.chunks(13) {
            server.push_received(chunk).unwrap();
        }
        assert_eq!(server.kind(), Some(kind), "{id}");
        assert!(server.is_obfuscated());
        for p in payloads {
            match server.next_incoming().unwrap() {
                Some(Incoming::Frame { payload, .. }) => assert_eq!(payload, &p[..], "{id}"),
                // A padded frame shorter than any MTProto message whose first word is
                // negative reads as a transport error code, by the transport rules.
                Some(Incoming::Error(code)) => {
                    let word = i32::from_le_bytes(p[..4].try_into().unwrap());
                    assert!(
                        kind == TransportKind::PaddedIntermediate && p.len() < 20,
                        "{id}"
                    );
                    assert_eq!(code, TransportErrorCode::from_code(word));
                }
                other => panic!("{id}: {other:?}"),
            }
        }

        // The server's frame, encrypted with the other stream, matches and decodes.
        let sf = &vector["server_frame"];
        let payload = hex(&sf["payload"]);
        let frame = hex(&sf["frame"]);
        let padding = if kind == TransportKind::PaddedIntermediate {
            frame[4 + payload.len()..].to_vec()
        } else {
            Vec::new()
        };
        let mut back = Vec::new();
        server.encode(&payload, false, &padding, &mut back).unwrap();
        assert_eq!(
            hex::encode(&back),
            sf["encrypted"].as_str().unwrap(),
            "{id} server frame"
        );
        client.push_received(&back).unwrap();
        match client.next_incoming().unwrap() {
            Some(Incoming::Frame { payload: got, .. }) => {
                assert_eq!(got, &[payload, padding].concat()[..])
            }
            other => panic!("{id}: {other:?}"),
        }
        checked += 1;
    }
    assert_eq!(checked, 6);
}
