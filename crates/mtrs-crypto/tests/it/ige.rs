use crate::data::{arr, crypto, hex, samples, unhex};

#[test]
fn telethon_aes_ige_vectors() {
    let all = crypto();
    let vectors = all["aes_ige"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 6);
    for v in vectors {
        let key = arr::<32>(&hex(v, "key"));
        let iv = arr::<32>(&hex(v, "iv"));
        let mut plain = hex(v, "plaintext");
        if v.get("padding_random").is_some() {
            // Telethon pads a 20-byte input with random bytes; we encrypt the padded buffer.
            plain.extend(hex(v, "padding_random"));
            assert_eq!(hex(v, "decrypts_to"), plain);
        }
        let ciphertext = hex(v, "ciphertext");
        let mut buf = plain.clone();
        mtrs_crypto::ige::encrypt(&key, &iv, &mut buf).unwrap();
        assert_eq!(buf, ciphertext, "{}", v["id"]);
        mtrs_crypto::ige::decrypt(&key, &iv, &mut buf).unwrap();
        assert_eq!(buf, plain, "{}", v["id"]);
    }
}

/// The official 2024 sample: the server's encrypted_answer decrypts under tmp_aes_key/iv to
/// SHA1(answer) ‖ answer ‖ padding, and the client's set_client_DH_params payload re-encrypts
/// to exactly the published bytes.
#[test]
fn official_sample_answer_and_client_dh_encryption() {
    use sha1::{Digest, Sha1};
    let all = samples();
    let s = &all["sample_2024_rsa_pad"];
    let key = arr::<32>(&hex(s, "tmp_aes_key"));
    let iv = arr::<32>(&hex(s, "tmp_aes_iv"));
    let mut answer = hex(s, "encrypted_answer");
    assert_eq!(answer.len(), 592);
    mtrs_crypto::ige::decrypt(&key, &iv, &mut answer).unwrap();
    assert_eq!(answer[..20], hex(s, "answer_sha1")[..]);
    let padding = hex(s, "answer_padding");
    let body = &answer[20..answer.len() - padding.len()];
    assert_eq!(answer[answer.len() - padding.len()..], padding[..]);
    assert_eq!(Sha1::digest(body)[..], answer[..20]);
    // server_DH_inner_data#b5890dba nonce server_nonce g dh_prime g_a server_time
    assert_eq!(body[..4], [0xba, 0x0d, 0x89, 0xb5]);
    assert_eq!(body[4..20], hex(s, "nonce")[..]);
    assert_eq!(body[20..36], hex(s, "server_nonce")[..]);
    assert_eq!(body[36..40], 3u32.to_le_bytes());
    assert_eq!(body[44..300], hex(s, "dh_prime")[..]);
    assert_eq!(body[304..560], hex(s, "g_a")[..]);

    // client_DH_inner_data#6643b654 nonce server_nonce retry_id:long g_b:string
    let mut inner = vec![0x54, 0xb6, 0x43, 0x66];
    inner.extend(hex(s, "nonce"));
    inner.extend(hex(s, "server_nonce"));
    inner.extend([0u8; 8]);
    inner.extend([0xfe, 0x00, 0x01, 0x00]);
    inner.extend(hex(s, "g_b"));
    let mut with_hash = Sha1::digest(&inner).to_vec();
    with_hash.extend(&inner);
    with_hash.extend(hex(s, "client_DH_padding"));
    mtrs_crypto::ige::encrypt(&key, &iv, &mut with_hash).unwrap();
    assert_eq!(with_hash, hex(s, "set_client_DH_encrypted_data"));
}

#[test]
fn odd_length_is_a_typed_error() {
    let mut buf = unhex("00112233");
    assert!(matches!(
        mtrs_crypto::ige::encrypt(&[0; 32], &[0; 32], &mut buf),
        Err(mtrs_crypto::Error::NotBlockAligned { len: 4, .. })
    ));
}
