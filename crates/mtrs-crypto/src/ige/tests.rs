use aes::Aes256;
use cipher::array::Array;
use cipher::consts::U16;
use cipher::{BlockCipherDecrypt, BlockCipherEncrypt, KeyInit};
use proptest::prelude::*;

use super::*;

/// Block-at-a-time IGE straight from the definition, to check the mode against.
fn reference(key: &[u8; 32], iv: &[u8; 32], buf: &mut [u8], encrypting: bool) {
    let aes = Aes256::new(&Array::from(*key));
    let mut prev_c: [u8; 16] = iv[..16].try_into().unwrap();
    let mut prev_p: [u8; 16] = iv[16..].try_into().unwrap();
    for chunk in buf.chunks_mut(16) {
        let input: [u8; 16] = chunk.try_into().unwrap();
        let mut t = Array::<u8, U16>::default();
        if encrypting {
            for i in 0..16 {
                t[i] = input[i] ^ prev_c[i];
            }
            aes.encrypt_block(&mut t);
            for i in 0..16 {
                chunk[i] = t[i] ^ prev_p[i];
            }
            prev_p = input;
            prev_c = chunk.try_into().unwrap();
        } else {
            for i in 0..16 {
                t[i] = input[i] ^ prev_p[i];
            }
            aes.decrypt_block(&mut t);
            for i in 0..16 {
                chunk[i] = t[i] ^ prev_c[i];
            }
            prev_c = input;
            prev_p = chunk.try_into().unwrap();
        }
    }
}

#[test]
fn rejects_unaligned_lengths_and_leaves_buffer_alone() {
    for len in [1usize, 15, 17, 31, 33, 255] {
        let mut buf = vec![0xAB; len];
        let err = encrypt(&[0; 32], &[0; 32], &mut buf).unwrap_err();
        assert_eq!(
            err,
            Error::NotBlockAligned {
                what: "AES-IGE buffer",
                len
            }
        );
        assert!(decrypt(&[0; 32], &[0; 32], &mut buf).is_err());
        assert!(buf.iter().all(|&b| b == 0xAB));
    }
}

#[test]
fn empty_buffer_is_a_no_op() {
    let mut buf = [];
    encrypt(&[1; 32], &[2; 32], &mut buf).unwrap();
    decrypt(&[1; 32], &[2; 32], &mut buf).unwrap();
}

#[test]
fn each_iv_half_matters() {
    let mut a = [5u8; 32];
    let mut b = [5u8; 32];
    let mut iv = [0u8; 32];
    encrypt(&[1; 32], &iv, &mut a).unwrap();
    iv[16] = 1; // previous-plaintext half: changes the first output block directly
    encrypt(&[1; 32], &iv, &mut b).unwrap();
    assert_ne!(a[..16], b[..16]);
    assert_ne!(a[16..], b[16..]);
}

proptest! {
    #[test]
    fn matches_the_definition_and_round_trips(
        key in any::<[u8; 32]>(),
        iv in any::<[u8; 32]>(),
        blocks in prop::collection::vec(any::<[u8; 16]>(), 0..40),
    ) {
        let plain: Vec<u8> = blocks.concat();
        let mut ours = plain.clone();
        let mut theirs = plain.clone();
        encrypt(&key, &iv, &mut ours).unwrap();
        reference(&key, &iv, &mut theirs, true);
        prop_assert_eq!(&ours, &theirs);
        decrypt(&key, &iv, &mut ours).unwrap();
        reference(&key, &iv, &mut theirs, false);
        prop_assert_eq!(&ours, &plain);
        prop_assert_eq!(&theirs, &plain);
    }
}
