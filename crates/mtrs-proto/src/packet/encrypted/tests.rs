use super::*;

fn key() -> AuthKey {
    AuthKey::from_bytes(std::array::from_fn(|i| {
        (i as u8).wrapping_mul(13).wrapping_add(1)
    }))
}

fn header() -> Header {
    Header {
        salt: Salt(0x1122_3344_5566_7788),
        session_id: SessionId(-42),
        msg_id: MsgId((1_700_000_000 << 32) | 4),
        seq_no: SeqNo(3),
    }
}

fn packet(body: &[u8], pad: usize) -> Vec<u8> {
    let mut out = Vec::new();
    write(
        &key(),
        Direction::ServerToClient,
        &header(),
        body,
        &vec![0xa5; pad],
        false,
        &mut out,
    )
    .unwrap();
    out
}

/// Encrypts a hand-made plaintext, so the msg_key check passes and later checks run.
fn forged(plaintext: &mut [u8]) -> Vec<u8> {
    let key = key();
    let mk = msg_key::encrypt(&key, Direction::ServerToClient, plaintext).unwrap();
    let mut out = key.id().to_le_bytes().to_vec();
    out.extend_from_slice(&mk);
    out.extend_from_slice(plaintext);
    out
}

#[test]
fn round_trip_with_any_valid_padding_and_transport_tail() {
    let body: Vec<u8> = (0..40).collect();
    for pad in [
        padding_len(40),
        padding_len(40) + 16,
        padding_len(40) + 1008 - 16,
    ] {
        let mut p = packet(&body, pad);
        p.extend_from_slice(&[9; 7]); // padded-intermediate tail
        let msg = read(&key(), Direction::ServerToClient, &mut p).unwrap();
        assert_eq!(msg.header, header());
        assert_eq!(msg.body, &body[..]);
    }
}

#[test]
fn write_refuses_bad_padding_and_misaligned_bodies() {
    let mut out = Vec::new();
    let k = key();
    let h = header();
    let d = Direction::ClientToServer;
    assert_eq!(
        write(&k, d, &h, &[0; 16], &[0; 0], false, &mut out),
        Err(PacketError::BadPadding { len: 0 })
    );
    assert_eq!(
        write(&k, d, &h, &[0; 16], &[0; 17], false, &mut out),
        Err(PacketError::BadPadding { len: 17 })
    );
    assert_eq!(
        write(&k, d, &h, &[0; 16], &[0; 1040], false, &mut out),
        Err(PacketError::BadPadding { len: 1040 })
    );
    assert!(matches!(
        write(&k, d, &h, &[0; 6], &[0; 26], false, &mut out),
        Err(PacketError::BadLength { .. })
    ));
    assert!(out.is_empty());
}

#[test]
fn forged_or_misrouted_packets_are_rejected() {
    let good = packet(&[1, 2, 3, 4], padding_len(4));
    let k = key();

    let mut wrong_dir = good.clone();
    assert_eq!(
        read(&k, Direction::ClientToServer, &mut wrong_dir),
        Err(PacketError::MsgKeyMismatch)
    );

    for i in [8, 23, 24, 40, good.len() - 1] {
        let mut flipped = good.clone();
        flipped[i] ^= 0x10;
        assert_eq!(
            read(&k, Direction::ServerToClient, &mut flipped),
            Err(PacketError::MsgKeyMismatch),
            "byte {i}"
        );
    }

    let mut other_key = good.clone();
    other_key[0] ^= 1;
    assert!(matches!(
        read(&k, Direction::ServerToClient, &mut other_key),
        Err(PacketError::UnexpectedAuthKeyId { .. })
    ));

    let mut plain = good.clone();
    plain[..8].fill(0);
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut plain),
        Err(PacketError::UnexpectedKind { plain: true })
    );

    let mut short = good[..MIN_PACKET_LEN - 1].to_vec();
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut short),
        Err(PacketError::TooShort {
            len: MIN_PACKET_LEN - 1,
            min: MIN_PACKET_LEN
        })
    );
}

#[test]
fn authentic_packets_with_bad_inner_lengths_are_rejected() {
    let k = key();
    let base = |len: u32, total: usize| {
        let mut p = vec![0u8; total];
        p[28..32].copy_from_slice(&len.to_le_bytes());
        p
    };
    // Length points past the plaintext.
    let mut p = forged(&mut base(1_000_000, 64));
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut p),
        Err(PacketError::BadLength {
            declared: 1_000_000,
            available: 32
        })
    );
    // Length not a multiple of 4.
    let mut p = forged(&mut base(6, 64));
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut p),
        Err(PacketError::BadLength {
            declared: 6,
            available: 32
        })
    );
    // Padding below 12.
    let mut p = forged(&mut base(24, 64));
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut p),
        Err(PacketError::BadPadding { len: 8 })
    );
    // Padding above 1024.
    let mut p = forged(&mut base(4, 32 + 4 + 1036));
    assert_eq!(
        read(&k, Direction::ServerToClient, &mut p),
        Err(PacketError::BadPadding { len: 1036 })
    );
    // u32::MAX must not overflow anything.
    let mut p = forged(&mut base(u32::MAX, 64));
    assert!(matches!(
        read(&k, Direction::ServerToClient, &mut p),
        Err(PacketError::BadLength { .. })
    ));
}

#[test]
fn quick_ack_tokens_agree_on_both_sides() {
    let k = key();
    let mut out = Vec::new();
    let token = write(
        &k,
        Direction::ClientToServer,
        &header(),
        &[0; 8],
        &[1; 24],
        true,
        &mut out,
    )
    .unwrap()
    .unwrap();
    assert_ne!(token.0 & 0x8000_0000, 0);
    let msg = read(&k, Direction::ClientToServer, &mut out).unwrap();
    assert_eq!(msg.quick_ack_token(&k, Direction::ClientToServer), token);
}

#[test]
fn a_body_written_in_place_is_the_packet_of_that_body() {
    let body: Vec<u8> = (0..40u8).collect();
    let pad = vec![0xa5; padding_len(body.len())];
    let mut out = vec![9, 9];
    let in_place = Body {
        len: body.len(),
        write: |out: &mut Vec<u8>| {
            out.extend_from_slice(&body[..16]);
            out.extend_from_slice(&body[16..]);
        },
    };
    write_with(
        &key(),
        Direction::ServerToClient,
        &header(),
        in_place,
        &pad,
        false,
        &mut out,
    )
    .unwrap();
    assert_eq!(&out[..2], &[9, 9]);
    assert_eq!(&out[2..], &packet(&body, pad.len())[..]);
}

#[test]
fn a_body_writer_that_miscounts_leaves_the_buffer_as_it_was() {
    let pad = vec![0xa5; padding_len(8)];
    let mut out = vec![1, 2, 3];
    let short = Body {
        len: 8,
        write: |out: &mut Vec<u8>| out.extend_from_slice(&[0; 4]),
    };
    let err = write_with(
        &key(),
        Direction::ServerToClient,
        &header(),
        short,
        &pad,
        false,
        &mut out,
    )
    .unwrap_err();
    assert_eq!(
        err,
        PacketError::BadLength {
            declared: 8,
            available: 4
        }
    );
    assert_eq!(out, [1, 2, 3]);
}
