use proptest::prelude::*;

use super::*;

proptest! {
    #[test]
    fn inner_data_round_trips(
        data in prop::collection::vec(any::<u8>(), 0..600),
        padding in any::<[u8; 16]>(),
        server_nonce in any::<[u8; 16]>(),
        new_nonce in any::<[u8; 32]>(),
    ) {
        let kiv = tmp_aes_key_iv(&server_nonce, &new_nonce);
        let sealed = encrypt_inner_data(&kiv, &data, &padding).unwrap();
        prop_assert_eq!(sealed.len() % 16, 0);
        prop_assert!(sealed.len() - 20 - data.len() < 16);
        let opened = decrypt_inner_data(&kiv, &sealed).unwrap();
        prop_assert_eq!(verify_inner_data(&opened, data.len()).unwrap(), &data[..]);
    }
}

/// Telethon-style padding: a full extra block when SHA1 ‖ data is already aligned.
#[test]
fn a_full_block_of_padding_is_accepted_but_not_more() {
    let data = [7u8; 12]; // 20 + 12 = 32: aligned
    let mut with_hash = Sha1::digest(data).to_vec();
    with_hash.extend(data);
    with_hash.extend([0u8; 16]);
    assert_eq!(verify_inner_data(&with_hash, 12).unwrap(), &data);
    with_hash.extend([0u8; 16]);
    assert!(matches!(
        verify_inner_data(&with_hash, 12),
        Err(Error::InvalidLength { .. })
    ));
}
