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

/// The production key as PKCS#1 PEM, from the `from_pem` example.
const PRODUCTION_PEM_BODY: &str = "MIIBCgKCAQEA6LszBcC1LGzyr992NzE0ieY+BSaOW622Aa9Bd4ZHLl+TuFQ4lo4g
5nKaMBwK/BIb9xUfg0Q29/2mgIR6Zr9krM7HjuIcCzFvDtr+L0GQjae9H0pRB2OO
62cECs5HKhT5DZ98K33vmWiLowc621dQuwKWSQKjWf50XYFw42h21P2KXUGyp2y/
+aEyZ+uVgLLQbRA1dEjSDZ2iGRy12Mk5gpYc397aYp438fsJoHIgJ2lgMv5h7WY9
t6N/byY9Nw9p21Og3AoXSL2q/2IJ1WRUhebgAdGVMlV1fkuOQoEzR7EdpqtQD9Cs
5+bfo3Nhmcyvk5ftB0WkJ9z6bNZ7yxrP8wIDAQAB";

#[test]
fn pem_text_before_the_block_is_ignored_and_the_label_is_checked() {
    let with_comment = format!(
        "# Telegram production key\n-----BEGIN RSA PUBLIC KEY-----\n{PRODUCTION_PEM_BODY}\n-----END RSA PUBLIC KEY-----\n"
    );
    assert_eq!(
        RsaPublicKey::from_pem(&with_comment).unwrap(),
        telegram_production_key()
    );
    let certificate =
        format!("-----BEGIN CERTIFICATE-----\n{PRODUCTION_PEM_BODY}\n-----END CERTIFICATE-----\n");
    assert_eq!(
        RsaPublicKey::from_pem(&certificate),
        Err(Error::RsaBadPem {
            reason: "unexpected PEM label"
        })
    );
    // PKCS#1 bytes under the SubjectPublicKeyInfo label are not a SubjectPublicKeyInfo.
    let mislabelled =
        format!("-----BEGIN PUBLIC KEY-----\n{PRODUCTION_PEM_BODY}\n-----END PUBLIC KEY-----\n");
    assert!(matches!(
        RsaPublicKey::from_pem(&mislabelled),
        Err(Error::RsaBadPem { .. })
    ));
}
