use super::*;

#[test]
fn builtin_fingerprints() {
    assert_eq!(
        telegram_production_key().fingerprint() as u64,
        0xd09d1d85de64fd85
    );
    assert_eq!(telegram_test_key().fingerprint() as u64, 0xb25898df208d2603);
    assert_eq!(telegram_production_key().e(), [1, 0, 1]);
}

#[test]
fn tl_bytes_layout() {
    let mut out = Vec::new();
    tl_bytes(&mut out, &[1, 0, 1]);
    assert_eq!(out, [3, 1, 0, 1]);
    let mut out = Vec::new();
    tl_bytes(&mut out, &[9; 256]);
    assert_eq!(out[..4], [254, 0, 1, 0]);
    assert_eq!(out.len(), 260);
}

#[test]
fn bad_keys_are_typed_errors() {
    let n = telegram_production_key().n();
    let bad = |n: &[u8], e: &[u8]| matches!(RsaPublicKey::new(n, e), Err(Error::RsaBadKey { .. }));
    assert!(bad(&n[1..], &[1, 0, 1]), "2040-bit modulus");
    let mut even = n;
    even[255] &= 0xfe;
    assert!(bad(&even, &[1, 0, 1]));
    assert!(bad(&n, &[1]));
    assert!(bad(&n, &[2]));
    assert!(bad(&n, &n));
    assert!(matches!(
        RsaPublicKey::new(&[1; 257], &[3]),
        Err(Error::InvalidLength { .. })
    ));
}

#[test]
fn pem_errors() {
    for text in [
        "",
        "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n",
        "-----BEGIN RSA PUBLIC KEY-----\n!!!!\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nMAA=\n-----END RSA PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEA\n-----END RSA PUBLIC KEY-----",
    ] {
        assert!(
            matches!(RsaPublicKey::from_pem(text), Err(Error::RsaBadPem { .. })),
            "{text:?}"
        );
    }
}
