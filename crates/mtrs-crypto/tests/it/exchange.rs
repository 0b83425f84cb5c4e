use mtrs_crypto::exchange::{self, DhGenAnswer};
use mtrs_crypto::{AuthKey, Error};

use crate::data::{arr, auth_key, crypto, hex, samples};

#[test]
fn telethon_nonce_hashes_and_tmp_keys() {
    let all = crypto();
    let vectors = all["new_nonce_hash"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 3);
    for v in vectors {
        let id = &v["id"];
        let key = auth_key(&hex(v, "auth_key"));
        assert_eq!(
            key.aux_hash().to_le_bytes()[..],
            hex(v, "aux_hash_wire_hex")[..]
        );
        let new_nonce = arr::<32>(&hex(v, "new_nonce"));
        let server_nonce = arr::<16>(&hex(v, "server_nonce"));
        for (answer, name) in [
            (DhGenAnswer::Ok, "new_nonce_hash1"),
            (DhGenAnswer::Retry, "new_nonce_hash2"),
            (DhGenAnswer::Fail, "new_nonce_hash3"),
        ] {
            let got = exchange::new_nonce_hash(&key, &new_nonce, answer);
            assert_eq!(got[..], hex(v, name)[..], "{id} {name}");
        }
        let kiv = exchange::tmp_aes_key_iv(&server_nonce, &new_nonce);
        assert_eq!(kiv.key[..], hex(v, "tmp_aes_key")[..], "{id}");
        assert_eq!(kiv.iv[..], hex(v, "tmp_aes_iv")[..], "{id}");
        assert_eq!(
            exchange::first_server_salt(&server_nonce, &new_nonce)[..],
            hex(v, "first_server_salt_reference")[..],
            "{id}"
        );
    }
}

#[test]
fn official_samples_nonce_hashes_tmp_keys_and_salt() {
    let all = samples();
    for name in ["sample_2024_rsa_pad", "sample_2013_legacy"] {
        let s = &all[name];
        let key = auth_key(&hex(s, "auth_key"));
        let new_nonce = arr::<32>(&hex(s, "new_nonce"));
        let server_nonce = arr::<16>(&hex(s, "server_nonce"));
        let derived = &s["derived_here"];
        assert_eq!(
            key.id().to_le_bytes()[..],
            hex(derived, "auth_key_id_wire_le_hex")[..],
            "{name}"
        );
        assert_eq!(
            exchange::new_nonce_hash(&key, &new_nonce, DhGenAnswer::Ok)[..],
            hex(s, "new_nonce_hash1")[..],
            "{name}"
        );
        let kiv = exchange::tmp_aes_key_iv(&server_nonce, &new_nonce);
        assert_eq!(kiv.key[..], hex(s, "tmp_aes_key")[..], "{name}");
        assert_eq!(kiv.iv[..], hex(s, "tmp_aes_iv")[..], "{name}");
        assert_eq!(
            exchange::first_server_salt(&server_nonce, &new_nonce)[..],
            hex(derived, "initial_server_salt_wire_hex")[..],
            "{name}"
        );
    }
    let s = &all["sample_2024_rsa_pad"];
    let d = &s["derived_here"];
    let key = auth_key(&hex(s, "auth_key"));
    let new_nonce = arr::<32>(&hex(s, "new_nonce"));
    assert_eq!(
        key.aux_hash().to_le_bytes()[..],
        hex(d, "auth_key_aux_hash_hex")[..]
    );
    assert_eq!(
        exchange::new_nonce_hash(&key, &new_nonce, DhGenAnswer::Retry)[..],
        hex(d, "new_nonce_hash2_hex")[..]
    );
    assert_eq!(
        exchange::new_nonce_hash(&key, &new_nonce, DhGenAnswer::Fail)[..],
        hex(d, "new_nonce_hash3_hex")[..]
    );
}

/// The official answer opens with the exchange helpers; the data length comes from the TL
/// (server_DH_inner_data is 564 bytes: 4 + 16 + 16 + 4 + 260 + 260 + 4).
#[test]
fn official_answer_through_inner_data_helpers() {
    let all = samples();
    let s = &all["sample_2024_rsa_pad"];
    let kiv = exchange::tmp_aes_key_iv(&arr(&hex(s, "server_nonce")), &arr(&hex(s, "new_nonce")));
    let opened = exchange::decrypt_inner_data(&kiv, &hex(s, "encrypted_answer")).unwrap();
    let data = exchange::verify_inner_data(&opened, 564).unwrap();
    assert_eq!(data[560..], 1_707_425_105u32.to_le_bytes());
    // A wrong length is refused as a hash mismatch or a bad length, never a panic.
    assert!(matches!(
        exchange::verify_inner_data(&opened, 563),
        Err(Error::HashMismatch { .. })
    ));
    assert!(matches!(
        exchange::verify_inner_data(&opened, 548),
        Err(Error::InvalidLength { .. })
    ));
    assert!(matches!(
        exchange::verify_inner_data(&opened, 10_000),
        Err(Error::InvalidLength { .. })
    ));
    assert!(matches!(
        exchange::decrypt_inner_data(&kiv, &[0; 16]),
        Err(Error::InvalidLength { .. })
    ));
    assert!(matches!(
        exchange::decrypt_inner_data(&kiv, &[0; 33]),
        Err(Error::NotBlockAligned { .. })
    ));
    // Re-sealing with the published padding reproduces the published bytes.
    let padding = hex(s, "answer_padding");
    let sealed = exchange::encrypt_inner_data(&kiv, data, &padding).unwrap();
    assert_eq!(sealed, hex(s, "encrypted_answer"));
    assert!(matches!(
        exchange::encrypt_inner_data(&kiv, data, &padding[..7]),
        Err(Error::InvalidLength {
            expected: 8,
            got: 7,
            ..
        })
    ));
}

#[test]
fn auth_key_ids_from_telethon() {
    let all = crypto();
    for v in all["auth_key_id"]["vectors"].as_array().unwrap() {
        let key = AuthKey::from_slice(&hex(v, "auth_key")).unwrap();
        assert_eq!(
            key.id().to_le_bytes()[..],
            hex(&v["key_id"], "wire_hex")[..]
        );
        assert_eq!(key.id().0, u64_of(&v["key_id"]["u64"]), "{}", v["id"]);
        assert_eq!(key.aux_hash(), u64_of(&v["aux_hash"]["u64"]), "{}", v["id"]);
    }
}

/// A u64 written either as a JSON number or as a decimal string.
fn u64_of(v: &serde_json::Value) -> u64 {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| panic!("not a u64: {v}"))
}
