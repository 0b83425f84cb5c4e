use mtrs_crypto::obfuscated;
use mtrs_proto::transport::{Transport, TransportKind};

use super::*;

fn client_frames(kind: TransportKind, payloads: &[&[u8]]) -> Vec<u8> {
    let mut client = Transport::client(kind);
    let mut wire = Vec::new();
    for p in payloads {
        client.encode(p, false, &[], &mut wire).unwrap();
    }
    wire
}

fn receive_all(framing: &mut Framing, wire: &mut [u8], chunk: usize) -> Vec<Vec<u8>> {
    let mut got = Vec::new();
    for part in wire.chunks_mut(chunk) {
        framing.push(part).unwrap();
        while let Some(item) = framing.next().unwrap() {
            if let Received::Payload { bytes, .. } = item {
                got.push(bytes);
            }
        }
    }
    got
}

#[test]
fn detects_every_plain_transport_in_any_chunking() {
    let payloads: [&[u8]; 2] = [&[1, 2, 3, 4, 5, 6, 7, 8], &[9; 400]];
    for kind in [
        TransportKind::Abridged,
        TransportKind::Intermediate,
        TransportKind::PaddedIntermediate,
        TransportKind::Full,
    ] {
        for chunk in [1, 3, 64, 4096] {
            let mut wire = client_frames(kind, &payloads);
            let mut framing = Framing::new(None);
            let got = receive_all(&mut framing, &mut wire, chunk);
            assert_eq!(got, payloads.map(<[u8]>::to_vec), "{kind:?} chunk {chunk}");
            assert_eq!(framing.kind(), Some((kind, false)));
        }
    }
}

#[test]
fn detects_obfuscated2_and_answers_through_it() {
    for (kind, tag) in [
        (TransportKind::Abridged, obfuscated::TAG_ABRIDGED),
        (TransportKind::Intermediate, obfuscated::TAG_INTERMEDIATE),
        (
            TransportKind::PaddedIntermediate,
            obfuscated::TAG_PADDED_INTERMEDIATE,
        ),
    ] {
        let mut random = [0x11u8; 64];
        random[0] = 0x42;
        let (header, mut streams) = obfuscated::client_header(&random, tag, None, None).unwrap();
        let mut client = Transport::client(kind);
        let mut inner = Vec::new();
        client.encode(&[7; 32], false, &[], &mut inner).unwrap();
        // The tag travels inside the header, not in the stream.
        let body = inner.split_off(kind.tag().len());
        let mut encrypted = body.clone();
        streams.encrypt.apply(&mut encrypted);
        let mut wire = header.to_vec();
        wire.extend_from_slice(&encrypted);

        let mut framing = Framing::new(None);
        let got = receive_all(&mut framing, &mut wire, 5);
        assert_eq!(got, vec![vec![7; 32]]);
        assert_eq!(framing.kind(), Some((kind, true)));

        let mut out = Vec::new();
        framing.encode(&[3; 16], &mut out).unwrap();
        streams.decrypt.apply(&mut out);
        let mut server_side = Transport::client(kind);
        // A client transport reads server frames; skip the tag it would send.
        server_side.push_received(&out).unwrap();
        match server_side.next_incoming().unwrap() {
            Some(Incoming::Frame { payload, .. }) => {
                assert_eq!(payload.get(..16), Some(&[3u8; 16][..]));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn garbage_header_is_an_error_not_a_panic() {
    let mut framing = Framing::new(None);
    let mut wire = [0x5au8; 64];
    assert!(framing.push(&mut wire).is_err());
}
