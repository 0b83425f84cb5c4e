use mtrs_crypto::rsa::RsaPublicKey;

use super::*;

#[test]
fn pem_matches_the_private_key() {
    let from_pem = RsaPublicKey::from_pem(TEST_PUBLIC_KEY_PEM).unwrap();
    let private = test_private_key().unwrap();
    assert_eq!(&from_pem, private.public());
}

#[test]
fn private_key_decrypts_rsa_pad() {
    let key = test_private_key().unwrap();
    let data = [0x5au8; 100];
    let padding = [7u8; 92];
    let mut temp_key = [1u8; 32];
    let sealed = loop {
        match key.public().encrypt_pad(&data, &padding, &temp_key) {
            Err(mtrs_crypto::Error::RsaPadRetry) => temp_key[0] = temp_key[0].wrapping_add(1),
            other => break other.unwrap(),
        }
    };
    let opened = key.decrypt_pad(&sealed).unwrap();
    assert_eq!(&opened[..100], &data[..]);
}
