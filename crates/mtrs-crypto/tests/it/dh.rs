use mtrs_crypto::Error;
use mtrs_crypto::dh::{self, DhGroup, DhValue, TELEGRAM_DH_PRIME};

use crate::data::{arr, crypto, hex, samples, unhex};

fn group() -> DhGroup {
    DhGroup::new(3, &TELEGRAM_DH_PRIME).unwrap()
}

#[test]
fn prime_in_vectors_is_the_embedded_one() {
    assert_eq!(hex(&crypto()["dh"], "dh_prime"), TELEGRAM_DH_PRIME);
    assert_eq!(
        hex(&samples()["sample_2024_rsa_pad"], "dh_prime"),
        TELEGRAM_DH_PRIME
    );
}

#[test]
fn reference_dh_vectors() {
    let all = crypto();
    let vectors = all["dh"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 3);
    for v in vectors {
        let id = &v["id"];
        let g = i32::try_from(v["g"].as_i64().unwrap()).unwrap();
        let group = DhGroup::new(g, &TELEGRAM_DH_PRIME).unwrap();
        let a = arr::<256>(&hex(v, "a"));
        let b = arr::<256>(&hex(v, "b"));
        let g_a = group.public_value(&a, DhValue::GA).unwrap();
        let g_b = group.public_value(&b, DhValue::GB).unwrap();
        assert_eq!(g_a[..], hex(v, "g_a")[..], "{id}");
        assert_eq!(g_b[..], hex(v, "g_b")[..], "{id}");
        let client = group.auth_key(&g_a, DhValue::GA, &b).unwrap();
        let server = group.auth_key(&g_b, DhValue::GB, &a).unwrap();
        assert_eq!(client, server, "{id}");
        assert_eq!(client.as_bytes()[..], hex(v, "auth_key")[..], "{id}");
        assert_eq!(
            client.id().to_le_bytes()[..],
            hex(v, "auth_key_id_wire_hex")[..],
            "{id}"
        );
    }
    // The leading-zero key stays 256 bytes (unlike Telethon's get_byte_array).
    let lz = &vectors[2];
    assert_eq!(hex(lz, "auth_key")[0], 0);
}

#[test]
fn official_samples_modexp() {
    let all = samples();
    let s = &all["sample_2024_rsa_pad"];
    let group = group();
    let b = arr::<256>(&hex(s, "b"));
    group.check_public(&hex(s, "g_a"), DhValue::GA).unwrap();
    assert_eq!(
        group.public_value(&b, DhValue::GB).unwrap()[..],
        hex(s, "g_b")[..]
    );
    let key = group.auth_key(&hex(s, "g_a"), DhValue::GA, &b).unwrap();
    assert_eq!(key.as_bytes()[..], hex(s, "auth_key")[..]);

    // 2013: g = 2 fails the guideline with this prime, so only the arithmetic is replayed.
    let old = &all["sample_2013_legacy"];
    assert_eq!(
        DhGroup::new(2, &TELEGRAM_DH_PRIME).unwrap_err(),
        Error::DhGeneratorResidue { g: 2 }
    );
    let b = hex(old, "b");
    assert_eq!(
        dh::modexp(&[2], &b, &TELEGRAM_DH_PRIME).unwrap()[..],
        hex(old, "g_b")[..]
    );
    let key = dh::modexp(&hex(old, "g_a"), &b, &TELEGRAM_DH_PRIME).unwrap();
    assert_eq!(key[..], hex(old, "auth_key")[..]);
}

/// Telethon's full exchange against a test server: the server's secret `a` gives g_a and the
/// same auth key from the client's g_b.
#[test]
fn telethon_exchange_server_side() {
    let all = crypto();
    let x = &all["auth_key_exchange"];
    let server = &x["server_side"];
    let g = i32::try_from(x["g"].as_i64().unwrap()).unwrap();
    let group = DhGroup::new(g, &hex(x, "dh_prime")).unwrap();
    let a = arr::<256>(&hex(server, "a"));
    assert_eq!(
        group.public_value(&a, DhValue::GA).unwrap()[..],
        hex(server, "g_a")[..]
    );
    let key = group
        .auth_key(&hex(server, "g_b"), DhValue::GB, &a)
        .unwrap();
    assert_eq!(key.as_bytes()[..], hex(server, "auth_key")[..]);
    assert_eq!(key.as_bytes()[..], hex(&x["result"], "auth_key")[..]);
    assert_eq!(key.id().to_le_bytes()[..], hex(server, "auth_key_id")[..]);
}

#[test]
fn hostile_primes() {
    let mut p = TELEGRAM_DH_PRIME;
    // Size: 2047 bits, 2049 bits (257 bytes), zero, empty.
    p[0] = 0x7f;
    assert_eq!(
        DhGroup::new(3, &p).unwrap_err(),
        Error::DhPrimeSize { bits: 2047 }
    );
    let mut long = vec![1u8];
    long.extend(TELEGRAM_DH_PRIME);
    assert!(matches!(
        DhGroup::new(3, &long),
        Err(Error::InvalidLength { .. })
    ));
    let mut padded = vec![0u8; 3];
    padded.extend(TELEGRAM_DH_PRIME);
    assert!(DhGroup::new(3, &padded).is_ok(), "leading zeros are fine");
    assert_eq!(
        DhGroup::new(3, &[]).unwrap_err(),
        Error::DhPrimeSize { bits: 0 }
    );
    // Even, and odd composite.
    let mut even = TELEGRAM_DH_PRIME;
    even[255] ^= 1;
    assert_eq!(DhGroup::new(3, &even).unwrap_err(), Error::DhPrimeNotPrime);
    let mut odd = TELEGRAM_DH_PRIME;
    odd[255] = odd[255].wrapping_add(2);
    assert_eq!(DhGroup::new(3, &odd).unwrap_err(), Error::DhPrimeNotPrime);
    // Prime, not safe.
    let not_safe = unhex(NOT_SAFE_PRIME);
    assert_eq!(
        DhGroup::new(3, &not_safe).unwrap_err(),
        Error::DhPrimeNotSafe
    );
}

/// A 2048-bit prime whose (p − 1) / 2 is composite (found offline by a seeded search).
const NOT_SAFE_PRIME: &str = "ea4fd40a3c458b06dc8557dfe1aa65e83fceb21c7710209e75fe7f2eb05f2b6aa5c6d2ad55ece831656d340b5df93a596bba4d054c024a0b1b886d0a99403b5de687929b769b752144638d36b35dc4c996094a0668739a45ab1ef49e906b70a9476aba8ec45f836ce7d04a6b828e07ef2dc4fa869d006e9f7733ee36a15ef192317190628f2bd5d847bc429ca482b0c16a775e78f03a3b8cc24b2f81b7bf649323c0b4d1e71ce4012fc20266bac3b347935eacb3e185e1c53ccc041fb0101bf1773976bfa038925c5100cdd03c61e2159fe6d845b0f8d3c8ecf2d8a4ba6647144744a6bd18ad00d637ca622447c16eca17bbe7d40d839c9dc2d7830e0168d2e5";

#[test]
fn generators() {
    for g in [i32::MIN, -3, 0, 1, 8, 9, i32::MAX] {
        assert_eq!(
            DhGroup::new(g, &TELEGRAM_DH_PRIME).unwrap_err(),
            Error::DhGeneratorOutOfRange { g },
            "{g}"
        );
    }
    // p mod 8 = 3, mod 3 = 2, mod 5 = 3, mod 24 = 11, mod 7 = 6: only 3, 4, 7 pass.
    for g in [2u32, 5, 6] {
        assert_eq!(
            DhGroup::new(g as i32, &TELEGRAM_DH_PRIME).unwrap_err(),
            Error::DhGeneratorResidue { g },
            "{g}"
        );
    }
    for g in [3, 4, 7] {
        assert_eq!(DhGroup::new(g, &TELEGRAM_DH_PRIME).unwrap().g(), g as u32);
    }
}

/// `value` as 256 big-endian bytes: p + delta (delta may be negative), or 2^k + delta.
fn shifted(base: &[u8; 256], delta: i64) -> Vec<u8> {
    let mut out = base.to_vec();
    let mut carry = delta as i128;
    for byte in out.iter_mut().rev() {
        let v = *byte as i128 + carry;
        *byte = v.rem_euclid(256) as u8;
        carry = v.div_euclid(256);
    }
    assert!(carry == 0 || carry == 1, "overflow past 2^2048");
    if carry == 1 {
        out.insert(0, 1);
    }
    out
}

#[test]
fn public_value_edges() {
    let group = group();
    let p = TELEGRAM_DH_PRIME;
    let mut two_1984 = [0u8; 256];
    two_1984[256 - 249] = 1; // 2^1984 = byte 248 from the end
    let range = |which| Error::DhValueOutOfRange { value: which };
    let unsafe_ = |which| Error::DhValueUnsafe { value: which };
    for which in [DhValue::GA, DhValue::GB] {
        let check = |v: &[u8]| group.check_public(v, which);
        assert_eq!(check(&[]), Err(range(which)));
        assert_eq!(check(&[0]), Err(range(which)));
        assert_eq!(check(&[1]), Err(range(which)));
        assert_eq!(check(&shifted(&p, -1)), Err(range(which)));
        assert_eq!(check(&p), Err(range(which)));
        assert_eq!(check(&[0xff; 256]), Err(range(which)));
        assert_eq!(check(&[2]), Err(unsafe_(which)));
        assert_eq!(check(&shifted(&p, -2)), Err(unsafe_(which)));
        assert_eq!(check(&shifted(&two_1984, -1)), Err(unsafe_(which)));
        assert_eq!(check(&two_1984), Ok(()));
        let high = {
            let mut h = p;
            h[256 - 249] -= 1; // p − 2^1984 (the byte is non-zero in p)
            h
        };
        assert_eq!(check(&high), Ok(()));
        assert_eq!(check(&shifted(&high, 1)), Err(unsafe_(which)));
        assert!(matches!(check(&[1; 257]), Err(Error::InvalidLength { .. })));
        // The key derivation refuses the same values before exponentiating.
        assert_eq!(
            group.auth_key(&[1], which, &[9; 256]).unwrap_err(),
            range(which)
        );
    }
    // A secret of 0 gives g^0 = 1: refused, draw a new one.
    assert_eq!(
        group.public_value(&[0; 256], DhValue::GB).unwrap_err(),
        range(DhValue::GB)
    );
    assert_eq!(
        dh::modexp(&[2], &[3], &[4]).unwrap_err(),
        Error::EvenModulus
    );
}
