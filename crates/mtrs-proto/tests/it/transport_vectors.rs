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
