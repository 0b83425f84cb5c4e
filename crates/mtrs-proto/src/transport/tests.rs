use proptest::prelude::*;

use super::*;

const KINDS: [TransportKind; 4] = [
    TransportKind::Abridged,
    TransportKind::Intermediate,
    TransportKind::PaddedIntermediate,
    TransportKind::Full,
];

fn payload(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i as u8).wrapping_mul(7).wrapping_add(seed) | 1)
        .collect()
}

/// Drains every item the transport can produce right now, owning the payloads.
fn drain(t: &mut Transport) -> Result<Vec<Owned>, TransportError> {
    let mut items = Vec::new();
    while let Some(item) = t.next_incoming()? {
        items.push(match item {
            Incoming::Frame {
                payload,
                quick_ack_requested,
            } => Owned::Frame(payload.to_vec(), quick_ack_requested),
            Incoming::QuickAck(token) => Owned::QuickAck(token),
            Incoming::Error(code) => Owned::Error(code),
        });
    }
    Ok(items)
}

#[derive(Debug, PartialEq, Eq, Clone)]
enum Owned {
    Frame(Vec<u8>, bool),
    QuickAck(QuickAckToken),
    Error(TransportErrorCode),
}

#[test]
fn every_kind_round_trips_through_a_detecting_server() {
    for kind in KINDS {
        let mut client = Transport::client(kind);
        let mut server = Transport::server();
        let mut wire = Vec::new();
        let sizes = [8usize, 16, 504, 508, 512, 4096];
        for (i, &n) in sizes.iter().enumerate() {
            client
                .encode(&payload(n, i as u8), false, &[], &mut wire)
                .unwrap();
        }
        server.push_received(&wire).unwrap();
        assert_eq!(server.kind(), Some(kind));
        let got = drain(&mut server).unwrap();
        let want: Vec<_> = sizes
            .iter()
            .enumerate()
            .map(|(i, &n)| Owned::Frame(payload(n, i as u8), false))
            .collect();
        assert_eq!(got, want, "{kind:?}");
    }
}

#[test]
fn server_frames_round_trip_to_the_client() {
    for kind in KINDS {
        let mut client = Transport::client(kind);
        let mut server = Transport::server();
        let mut wire = Vec::new();
        client
            .encode(&payload(24, 1), false, &[], &mut wire)
            .unwrap();
        server.push_received(&wire).unwrap();
        drain(&mut server).unwrap();
        let mut back = Vec::new();
        server
            .encode(&payload(600, 2), false, &[9, 9, 9], &mut back)
            .unwrap();
        server
            .encode(&payload(40, 3), false, &[], &mut back)
            .unwrap();
        client.push_received(&back).unwrap();
        let got = drain(&mut client).unwrap();
        let mut first = payload(600, 2);
        if kind == TransportKind::PaddedIntermediate {
            first.extend_from_slice(&[9, 9, 9]);
        }
        assert_eq!(
            got,
            vec![
                Owned::Frame(first, false),
                Owned::Frame(payload(40, 3), false)
            ]
        );
    }
}

#[test]
fn quick_ack_request_and_reply() {
    let token = QuickAckToken(0x8123_4567);
    for kind in [
        TransportKind::Abridged,
        TransportKind::Intermediate,
        TransportKind::PaddedIntermediate,
    ] {
        let mut client = Transport::client(kind);
        let mut server = Transport::server();
        let mut wire = Vec::new();
        client
            .encode(&payload(508, 5), true, &[], &mut wire)
            .unwrap();
        client.encode(&payload(8, 6), true, &[], &mut wire).unwrap();
        server.push_received(&wire).unwrap();
        assert_eq!(
            drain(&mut server).unwrap(),
            vec![
                Owned::Frame(payload(508, 5), true),
                Owned::Frame(payload(8, 6), true)
            ]
        );
        let mut back = Vec::new();
        server
            .encode_quick_ack(token, &[1, 2, 3], &mut back)
            .unwrap();
        server
            .encode(&payload(32, 7), false, &[], &mut back)
            .unwrap();
        assert!(back.len() <= 16 + 36 + 15);
        client.push_received(&back).unwrap();
        assert_eq!(
            drain(&mut client).unwrap(),
            vec![Owned::QuickAck(token), Owned::Frame(payload(32, 7), false)],
            "{kind:?}"
        );
    }
}

#[test]
fn abridged_quick_ack_is_big_endian_and_intermediate_little_endian() {
    let token = QuickAckToken(0x8000_0102);
    let mut server = Transport::server();
    server.push_received(&[0xef]).unwrap();
    let mut out = Vec::new();
    server.encode_quick_ack(token, &[], &mut out).unwrap();
    assert_eq!(out, [0x80, 0x00, 0x01, 0x02]);

    let mut server = Transport::server();
    server.push_received(&[0xee; 4]).unwrap();
    out.clear();
    server.encode_quick_ack(token, &[], &mut out).unwrap();
    assert_eq!(out, [0x02, 0x01, 0x00, 0x80]);
}

#[test]
fn abridged_long_form_starts_at_127_words() {
    let mut client = Transport::client(TransportKind::Abridged);
    let mut out = Vec::new();
    client
        .encode(&payload(504, 0), false, &[], &mut out)
        .unwrap();
    assert_eq!(&out[..2], &[0xef, 126]);
    out.clear();
    client
        .encode(&payload(508, 0), false, &[], &mut out)
        .unwrap();
    assert_eq!(&out[..4], &[0x7f, 127, 0, 0]);
    out.clear();
    client
        .encode(&payload(508, 0), true, &[], &mut out)
        .unwrap();
    assert_eq!(&out[..4], &[0xff, 127, 0, 0]);
    out.clear();
    assert_eq!(
        client.encode(&payload(6, 0), false, &[], &mut out),
        Err(TransportError::Misaligned { len: 6 })
    );
}

#[test]
fn transport_error_codes_are_typed() {
    for kind in KINDS {
        let mut client = Transport::client(kind);
        let mut server = Transport::server();
        let mut wire = Vec::new();
        client
            .encode(&payload(24, 1), false, &[], &mut wire)
            .unwrap();
        server.push_received(&wire).unwrap();
        drain(&mut server).unwrap();
        let mut back = Vec::new();
        for code in [-404, -429, -444, -403, -7] {
            server
                .encode_error(TransportErrorCode::from_code(code), &mut back)
                .unwrap();
        }
        client.push_received(&back).unwrap();
        assert_eq!(
            drain(&mut client).unwrap(),
            vec![
                Owned::Error(TransportErrorCode::AuthKeyNotFound),
                Owned::Error(TransportErrorCode::Flood),
                Owned::Error(TransportErrorCode::InvalidDc),
                Owned::Error(TransportErrorCode::Forbidden),
                Owned::Error(TransportErrorCode::Other(-7)),
            ],
            "{kind:?}"
        );
    }
}

#[test]
fn full_transport_checks_crc_and_sequence() {
    let mut client = Transport::client(TransportKind::Full);
    let mut wire = Vec::new();
    client
        .encode(&payload(16, 1), false, &[], &mut wire)
        .unwrap();
    let first_len = wire.len();
    client
        .encode(&payload(16, 2), false, &[], &mut wire)
        .unwrap();

    let mut corrupt = wire.clone();
    corrupt[10] ^= 1;
    let mut server = Transport::server();
    server.push_received(&corrupt).unwrap();
    assert!(matches!(
        server.next_incoming(),
        Err(TransportError::BadCrc { .. })
    ));

    // A stream that opens with seq 1 is no full-transport stream: the server reads it as
    // an obfuscated2 header, whose decrypted tag is garbage.
    let mut server = Transport::server();
    let mut out_of_order = wire[first_len..].to_vec();
    out_of_order.extend_from_slice(&wire[..first_len]);
    server.push_received(&out_of_order).unwrap();
    assert_eq!(server.kind(), None);
    assert!(matches!(
        server.push_received(&[0; 8]),
        Err(TransportError::UnknownObfuscatedTag { .. })
    ));
    let mut server = Transport::server();
    server.push_received(&wire[..first_len]).unwrap();
    drain(&mut server).unwrap();
    server.push_received(&wire[..first_len]).unwrap();
    assert_eq!(
        server.next_incoming(),
        Err(TransportError::BadSeqNo {
            expected: 1,
            got: 0
        })
    );
}

#[test]
fn absurd_lengths_are_rejected_before_buffering() {
    let mut server = Transport::server();
    server.set_max_frame_len(1024);
    server
        .push_received(&[0xee, 0xee, 0xee, 0xee, 0xff, 0xff, 0xff, 0x7f])
        .unwrap();
    assert_eq!(
        server.next_incoming(),
        Err(TransportError::FrameTooLong {
            len: 0x7fff_ffff,
            max: 1024
        })
    );
    let mut server = Transport::server();
    server
        .push_received(&[0xef, 0x7f, 0xff, 0xff, 0xff])
        .unwrap();
    assert!(matches!(
        server.next_incoming(),
        Err(TransportError::FrameTooLong { .. })
    ));
    let mut server = Transport::server();
    server.push_received(&[0xef, 0x00]).unwrap();
    assert!(matches!(
        server.next_incoming(),
        Err(TransportError::FrameTooShort { .. })
    ));
    let mut server = Transport::server();
    server.push_received(&[5, 0, 0, 0, 0, 0, 0, 0]).unwrap();
    assert_eq!(server.kind(), Some(TransportKind::Full));
    assert!(matches!(
        server.next_incoming(),
        Err(TransportError::FrameTooShort { .. })
    ));

    let mut client = Transport::client(TransportKind::Intermediate);
    client.set_max_frame_len(16);
    let mut out = Vec::new();
    assert!(
        client
            .encode(&payload(20, 0), false, &[], &mut out)
            .is_err()
    );
    assert!(out.is_empty());
    // The tag was kept for the next successful frame.
    client.encode(&payload(8, 0), false, &[], &mut out).unwrap();
    assert_eq!(&out[..4], &[0xee; 4]);
}

#[test]
fn role_restrictions_are_typed_errors() {
    let mut client = Transport::client(TransportKind::Intermediate);
    let mut out = Vec::new();
    assert_eq!(
        client.encode_quick_ack(QuickAckToken(1), &[], &mut out),
        Err(TransportError::WrongRole { role: Role::Client })
    );
    let mut server = Transport::server();
    assert_eq!(
        server.encode(&[0; 8], false, &[], &mut out),
        Err(TransportError::NotDetected)
    );
    server.push_received(&[0xdd; 4]).unwrap();
    assert_eq!(
        server.encode(&[0; 8], true, &[], &mut out),
        Err(TransportError::WrongRole { role: Role::Server })
    );
    assert_eq!(
        server.encode(&[0; 8], false, &[0; 16], &mut out),
        Err(TransportError::PaddingTooLong { len: 16, max: 15 })
    );
}

fn stream_for(kind: TransportKind, sizes: &[usize], obfuscated: bool) -> (Vec<u8>, Vec<Owned>) {
    let mut client = if obfuscated && kind != TransportKind::Full {
        let random: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(89).wrapping_add(5));
        Transport::client_obfuscated(kind, &random, None, None).unwrap()
    } else {
        Transport::client(kind)
    };
    let mut wire = Vec::new();
    let mut want = Vec::new();
    for (i, &n) in sizes.iter().enumerate() {
        let p = payload(n, i as u8);
        let pad: Vec<u8> = (0..(i % 4) as u8).collect();
        client.encode(&p, i % 3 == 0, &pad, &mut wire).unwrap();
        let mut expected = p;
        if kind == TransportKind::PaddedIntermediate {
            expected.extend_from_slice(&pad);
        }
        want.push(Owned::Frame(
            expected,
            i % 3 == 0 && kind != TransportKind::Full,
        ));
    }
    (wire, want)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_chunking_decodes_the_same_frames(
        kind in prop::sample::select(KINDS.to_vec()),
        words in prop::collection::vec(2usize..300, 1..8),
        cuts in prop::collection::vec(1usize..700, 0..40),
        obfuscated in any::<bool>(),
    ) {
        let sizes: Vec<usize> = words.iter().map(|w| w * 4).collect();
        let (wire, want) = stream_for(kind, &sizes, obfuscated);
        let mut server = Transport::server();
        let mut got = Vec::new();
        let mut rest = &wire[..];
        let mut cuts = cuts.into_iter();
        while !rest.is_empty() {
            let n = cuts.next().unwrap_or(rest.len()).min(rest.len());
            let (chunk, tail) = rest.split_at(n);
            server.push_received(chunk).unwrap();
            got.extend(drain(&mut server).unwrap());
            rest = tail;
        }
        prop_assert_eq!(got, want);
    }

    #[test]
    fn decoding_garbage_never_panics(kind in prop::sample::select(KINDS.to_vec()),
                                     role in prop::sample::select(vec![Role::Client, Role::Server]),
                                     bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = kind.decode(&bytes, role, 0, 1 << 20);
    }
}

#[test]
fn a_bare_quick_ack_token_between_frames_is_never_read_as_a_length() {
    // Some servers send the 4-byte token alone (high bit set), unasked, on intermediate
    // and padded intermediate; it must not be taken for a 2 GiB frame length, whether it
    // arrives whole, split, or glued to the next frame.
    let token = QuickAckToken(0x8765_4321);
    for kind in [
        TransportKind::Intermediate,
        TransportKind::PaddedIntermediate,
    ] {
        let mut server = Transport::server();
        let mut client = Transport::client(kind);
        // The client speaks first, so the server knows the framing.
        let mut hello = Vec::new();
        client
            .encode(&payload(16, 1), false, &[], &mut hello)
            .unwrap();
        server.push_received(&hello).unwrap();
        drain(&mut server).unwrap();
        let mut wire = token.0.to_le_bytes().to_vec();
        server
            .encode(&payload(40, 9), false, &[], &mut wire)
            .unwrap();
        wire.extend_from_slice(&token.0.to_le_bytes());
        for split in [1, 3, 4, 5, wire.len() - 2] {
            let mut c = Transport::client(kind);
            c.push_received(&wire[..split]).unwrap();
            let mut got = drain(&mut c).unwrap();
            c.push_received(&wire[split..]).unwrap();
            got.extend(drain(&mut c).unwrap());
            assert_eq!(
                got,
                vec![
                    Owned::QuickAck(token),
                    Owned::Frame(payload(40, 9), false),
                    Owned::QuickAck(token),
                ],
                "{kind:?} split at {split}"
            );
        }
    }
}
