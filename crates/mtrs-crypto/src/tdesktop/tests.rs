use super::*;

fn key(seed: u8) -> LocalKey {
    LocalKey::from_bytes(std::array::from_fn(|i| {
        (i as u8).wrapping_mul(seed).wrapping_add(1)
    }))
}

#[test]
fn round_trips_every_padding_length() {
    let k = key(7);
    for len in 0..64 {
        let payload: Vec<u8> = (0..len as u8).collect();
        let block = encrypt_local(&k, &payload, &[0xEE; 16]).unwrap();
        assert_eq!(block.len(), 16 + 4 + len + local_padding_len(len));
        assert_eq!((block.len() - 16) % 16, 0);
        assert_eq!(decrypt_local(&k, &block).unwrap(), payload);
    }
}

#[test]
fn wrong_key_is_a_checksum_mismatch() {
    let block = encrypt_local(&key(7), b"hello", &[0; 16]).unwrap();
    assert_eq!(
        decrypt_local(&key(9), &block).unwrap_err(),
        Error::LocalDecrypt {
            reason: LocalDecryptFailure::ChecksumMismatch
        }
    );
}

#[test]
fn bad_lengths_are_rejected() {
    let k = key(3);
    for len in [0usize, 1, 15, 16, 17, 31, 33, 47] {
        assert_eq!(
            decrypt_local(&k, &vec![0u8; len]).unwrap_err(),
            Error::LocalDecrypt {
                reason: LocalDecryptFailure::BadLength { len }
            }
        );
    }
}

/// A block whose checksum is right but whose length prefix lies must be refused.
#[test]
fn impossible_inner_length_is_rejected() {
    let k = key(5);
    for declared in [0u32, 3, 4, 12, 33, u32::MAX] {
        let mut plain = [0u8; 32];
        plain[..4].copy_from_slice(&declared.to_le_bytes());
        let digest = Sha1::digest(plain);
        let mut mk = [0u8; 16];
        mk.copy_from_slice(&digest[..16]);
        let kiv = aes_key_iv_v1(k.as_bytes(), &mk, Direction::ServerToClient);
        ige::encrypt(&kiv.key, &kiv.iv, &mut plain).unwrap();
        let block = [mk.as_slice(), &plain].concat();
        assert_eq!(
            decrypt_local(&k, &block).unwrap_err(),
            Error::LocalDecrypt {
                reason: LocalDecryptFailure::BadInnerLength {
                    declared,
                    decrypted: 32
                }
            },
            "declared {declared}"
        );
    }
}

#[test]
fn salt_must_be_32_bytes_and_passcode_changes_the_key() {
    assert!(matches!(
        create_local_key(b"", &[0; 31]),
        Err(Error::InvalidLength { got: 31, .. })
    ));
    let empty = create_local_key(b"", &[1; 32]).unwrap();
    let other_salt = create_local_key(b"", &[2; 32]).unwrap();
    assert_ne!(empty, other_salt);
    assert_eq!(format!("{empty:?}"), "LocalKey { .. }");
}

#[test]
fn legacy_key_needs_a_32_byte_salt_and_depends_on_the_passcode() {
    assert!(matches!(
        create_legacy_local_key(b"", &[0; 16]),
        Err(Error::InvalidLength { got: 16, .. })
    ));
    let empty = create_legacy_local_key(b"", &[1; 32]).unwrap();
    let with = create_legacy_local_key(b"secret", &[1; 32]).unwrap();
    assert_ne!(empty, with);
    assert_ne!(empty, create_local_key(b"", &[1; 32]).unwrap());
}
