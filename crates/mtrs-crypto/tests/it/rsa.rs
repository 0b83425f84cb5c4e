use base64::Engine;
use mtrs_crypto::Error;
use mtrs_crypto::rsa::{self, RsaPrivateKey, RsaPublicKey};
use sha1::{Digest, Sha1};

use crate::data::{crypto, hex, s, samples};

fn telethon_keys() -> Vec<(RsaPublicKey, serde_json::Value)> {
    let all = crypto();
    all["rsa"]["telethon_keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                RsaPublicKey::from_pem(s(k, "pem_pkcs1")).unwrap(),
                k.clone(),
            )
        })
        .collect()
}

#[test]
fn telethon_key_fingerprints_from_pem_and_numbers() {
    let keys = telethon_keys();
    assert_eq!(keys.len(), 8);
    for (key, v) in &keys {
        let fp: i64 = v["fingerprint_i64"]
            .to_string()
            .trim_matches('"')
            .parse()
            .unwrap();
        assert_eq!(key.fingerprint(), fp);
        assert_eq!(
            key.fingerprint().to_le_bytes()[..],
            hex(v, "fingerprint_wire_hex")[..]
        );
        assert_eq!(key.n()[..], hex(v, "n")[..]);
        let e = v["e"].as_u64().unwrap();
        let same = RsaPublicKey::new(&key.n(), &e.to_be_bytes()).unwrap();
        assert_eq!(&same, key);
    }
}

#[test]
fn builtin_keys_match_published_moduli() {
    let all = samples();
    let listed = all["rsa_public_keys"]["from_grammers_source_verified"]
        .as_array()
        .unwrap();
    let builtin = [rsa::telegram_production_key(), rsa::telegram_test_key()];
    for v in listed {
        let key = RsaPublicKey::new(&hex(v, "n_hex"), &[1, 0, 1]).unwrap();
        assert_eq!(format!("{:016x}", key.fingerprint() as u64), s(v, "u64"));
        assert_eq!(key.fingerprint().to_le_bytes()[..], hex(v, "wire_le")[..]);
        assert!(builtin.contains(&key), "{}", s(v, "role"));
    }
    // The official sample lists three fingerprints; the client knows only the production one.
    let offered: Vec<i64> = ["A5B7F709355FC30B", "216BE86C022BB4C3", "85FD64DE851D9DD0"]
        .iter()
        .map(|h| i64::from_le_bytes(crate::data::arr(&crate::data::unhex(h))))
        .collect();
    let picked = rsa::find_by_fingerprint(&builtin, &offered).unwrap();
    assert_eq!(picked, &builtin[0]);
}

#[test]
fn telethon_legacy_encryptions() {
    let keys = telethon_keys();
    let all = crypto();
    let encryptions = all["rsa"]["encryptions"].as_array().unwrap();
    assert_eq!(encryptions.len(), 3);
    for v in encryptions {
        let fp: i64 = s(v, "fingerprint_i64").parse().unwrap();
        let key = &keys.iter().find(|(k, _)| k.fingerprint() == fp).unwrap().0;
        let data = hex(v, "data");
        let random = hex(v, "random_bytes_consumed");
        let mut expected_plain = Sha1::digest(&data).to_vec();
        expected_plain.extend(&data);
        expected_plain.extend(&random[..235 - data.len()]);
        assert_eq!(expected_plain, hex(v, "to_encrypt"), "{}", v["id"]);
        let ciphertext = key.encrypt_legacy(&data, &random).unwrap();
        assert_eq!(ciphertext[..], hex(v, "ciphertext")[..], "{}", v["id"]);
    }
}

fn test_server_key() -> RsaPrivateKey {
    let all = crypto();
    let k = &all["auth_key_exchange"]["test_rsa_key"];
    let e = k["e"].as_u64().unwrap().to_be_bytes();
    let key = RsaPrivateKey::new(&hex(k, "n"), &e, &hex(k, "d")).unwrap();
    let from_pem = RsaPublicKey::from_pem(s(k, "pem_pkcs1")).unwrap();
    assert_eq!(key.public(), &from_pem);
    let fp: i64 = k["fingerprint_i64"]
        .to_string()
        .trim_matches('"')
        .parse()
        .unwrap();
    assert_eq!(from_pem.fingerprint(), fp);
    key
}

/// The server side of Telethon's exchange: its legacy-encrypted req_DH_params payload
/// decrypts to the recorded plaintext and the p_q_inner_data inside.
#[test]
fn telethon_exchange_legacy_decryption() {
    let key = test_server_key();
    let all = crypto();
    let x = &all["auth_key_exchange"];
    let req = x["messages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["value"]["_"] == "req_DH_params")
        .unwrap();
    let encrypted = hex(&req["value"]["encrypted_data"], "hex");
    let plain = key.decrypt_legacy(&encrypted).unwrap();
    let recorded = hex(&x["server_side"], "rsa_decrypted");
    let start = recorded.len() - 255; // the recording may keep the leading zero byte
    assert_eq!(plain.payload(), &recorded[start + 20..]);
    let inner = hex(&x["server_side"], "p_q_inner_data");
    assert_eq!(plain.data(inner.len()).unwrap(), &inner[..]);
    assert!(matches!(
        plain.data(inner.len() - 1),
        Err(Error::HashMismatch { .. })
    ));
    assert!(matches!(plain.data(236), Err(Error::InvalidLength { .. })));
}

#[test]
fn rsa_pad_round_trip_and_tampering() {
    let key = test_server_key();
    let all = samples();
    let s24 = &all["sample_2024_rsa_pad"];
    let data = hex(s24, "p_q_inner_data_dc");
    let padding = hex(s24, "rsa_pad_random_padding_bytes");
    assert_eq!(data.len() + padding.len(), 192);
    let mut retries = 0;
    let mut temp_key = [0x11u8; 32];
    let ciphertext = loop {
        match key.public().encrypt_pad(&data, &padding, &temp_key) {
            Err(Error::RsaPadRetry) => {
                retries += 1;
                temp_key = Sha1::digest(temp_key).to_vec().repeat(2)[..32]
                    .try_into()
                    .unwrap();
            }
            other => break other.unwrap(),
        }
        assert!(retries < 64);
    };
    let opened = key.decrypt_pad(&ciphertext).unwrap();
    assert_eq!(opened[..100], data[..]);
    assert_eq!(opened[100..], padding[..]);
    // Deterministic: same inputs, same output.
    assert_eq!(
        key.public()
            .encrypt_pad(&data, &padding, &temp_key)
            .unwrap(),
        ciphertext
    );

    let mut tampered = ciphertext;
    tampered[200] ^= 1;
    assert!(matches!(
        key.decrypt_pad(&tampered),
        Err(Error::HashMismatch { .. }) | Err(Error::RsaCiphertextOutOfRange)
    ));
    assert_eq!(
        key.decrypt_pad(&[0xff; 256]).unwrap_err(),
        Error::RsaCiphertextOutOfRange
    );
    assert!(matches!(
        key.decrypt_pad(&ciphertext[1..]),
        Err(Error::InvalidLength { got: 255, .. })
    ));
    assert!(matches!(
        key.public().encrypt_pad(&[0; 145], &[0; 47], &temp_key),
        Err(Error::TooLong {
            max: 144,
            got: 145,
            ..
        })
    ));
    assert!(matches!(
        key.public().encrypt_pad(&data, &padding[1..], &temp_key),
        Err(Error::InvalidLength {
            expected: 92,
            got: 91,
            ..
        })
    ));
    // A legacy ciphertext is not an RSA_PAD one.
    let legacy = key.public().encrypt_legacy(&data, &[0; 235]).unwrap();
    assert!(matches!(
        key.decrypt_pad(&legacy),
        Err(Error::HashMismatch { .. })
    ));
    assert_eq!(
        key.decrypt_legacy(&legacy).unwrap().data(100).unwrap(),
        &data[..]
    );
    assert!(matches!(
        key.public().encrypt_legacy(&[0; 236], &[]),
        Err(Error::TooLong { max: 235, .. })
    ));
}

/// The same key as SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`).
#[test]
fn spki_pem() {
    let tg = rsa::telegram_production_key();
    let mut pkcs1 = vec![0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00];
    pkcs1.extend(tg.n());
    pkcs1.extend([0x02, 0x03, 0x01, 0x00, 0x01]);
    let mut spki = vec![0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09];
    spki.extend([
        0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
    ]);
    spki.extend([0x03, 0x82, 0x01, 0x0f, 0x00]);
    spki.extend(&pkcs1);
    for (label, der) in [("RSA PUBLIC KEY", &pkcs1), ("PUBLIC KEY", &spki)] {
        let b64 = base64::engine::general_purpose::STANDARD.encode(der);
        let lines: Vec<&str> = b64
            .as_bytes()
            .chunks(64)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        let pem = format!(
            "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
            lines.join("\n")
        );
        assert_eq!(RsaPublicKey::from_pem(&pem).unwrap(), tg, "{label}");
    }
}
