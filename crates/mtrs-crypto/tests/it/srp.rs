//! Telethon-made SRP vectors (`tests/data/srp_telethon.json`, made by
//! `scripts/srp_vectors.py`): x, v, B, A and M1 byte for byte, and the server accepts.

use mtrs_crypto::Error;
use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
use mtrs_crypto::srp::{self, PasswordHash, SrpServer};

use crate::data::{arr, hex, json};

#[test]
fn telethon_vectors_reproduce_byte_for_byte() {
    let doc = json("srp_telethon.json");
    let vectors = doc["vectors"].as_array().expect("vectors");
    assert_eq!(vectors.len(), 5);
    for v in vectors {
        let name = v["name"].as_str().unwrap_or("?");
        let g = v["g"]
            .as_i64()
            .and_then(|g| i32::try_from(g).ok())
            .expect("g");
        let group = DhGroup::new(g, &hex(v, "p")).expect("group");
        let (salt1, salt2) = (hex(v, "salt1"), hex(v, "salt2"));
        let x = PasswordHash::new(&hex(v, "password_utf8_hex"), &salt1, &salt2);
        assert_eq!(x.as_bytes().as_slice(), hex(v, "x"), "{name}: x");
        let verifier = srp::verifier(&group, &x);
        assert_eq!(verifier.as_slice(), hex(v, "v"), "{name}: v");

        let server = SrpServer::new(&group, &verifier, &arr(&hex(v, "b"))).expect("b");
        assert_eq!(server.srp_b().as_slice(), hex(v, "srp_B"), "{name}: B");

        let proof = srp::client_proof(
            &group,
            &x,
            &salt1,
            &salt2,
            &hex(v, "srp_B"),
            &arr(&hex(v, "a")),
        )
        .expect("proof");
        assert_eq!(proof.a.as_slice(), hex(v, "A"), "{name}: A");
        assert_eq!(proof.m1.as_slice(), hex(v, "M1"), "{name}: M1");
        assert_eq!(
            server.verify(&group, &salt1, &salt2, &proof.a, &proof.m1),
            Ok(()),
            "{name}"
        );
    }
}

#[test]
fn generators_failing_their_residue_condition_are_refused() {
    // Telethon accepts g = 5 with Telegram's prime unchecked; the guidelines want
    // p mod 5 in {1, 4} for g = 5, and Telegram's prime is 3 mod 5.
    for g in [2, 5, 6] {
        assert_eq!(
            DhGroup::new(g, &TELEGRAM_DH_PRIME).unwrap_err(),
            Error::DhGeneratorResidue { g: g as u32 }
        );
    }
}
