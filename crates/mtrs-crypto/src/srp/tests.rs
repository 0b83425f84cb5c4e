use super::*;
use crate::dh::TELEGRAM_DH_PRIME;

fn group() -> DhGroup {
    DhGroup::new(3, &TELEGRAM_DH_PRIME).expect("Telegram's group")
}

fn x() -> PasswordHash {
    PasswordHash::from_bytes([0x11; 32])
}

fn server(group: &DhGroup) -> SrpServer {
    SrpServer::new(group, &verifier(group, &x()), &[0x5b; 256]).expect("usable b")
}

fn p_minus(n: u32) -> Vec<u8> {
    bignum::to_be(&group().prime.wrapping_sub(&U2048::from_u32(n))).to_vec()
}

fn client_err(srp_b: &[u8]) -> Error {
    client_proof(&group(), &x(), b"s1", b"s2", srp_b, &[0x42; 256]).unwrap_err()
}

#[test]
fn hostile_b_is_refused_with_its_own_variant() {
    let out = |v| Error::SrpValueOutOfRange { value: v };
    let unsafe_ = |v| Error::SrpValueUnsafe { value: v };
    assert_eq!(client_err(&[]), out(SrpValue::B));
    assert_eq!(client_err(&[0]), out(SrpValue::B));
    assert_eq!(client_err(&[1]), out(SrpValue::B));
    assert_eq!(client_err(&p_minus(1)), out(SrpValue::B));
    assert_eq!(client_err(&p_minus(0)), out(SrpValue::B));
    assert_eq!(client_err(&[0xff; 256]), out(SrpValue::B));
    assert_eq!(client_err(&[2]), unsafe_(SrpValue::B));
    assert_eq!(client_err(&p_minus(2)), unsafe_(SrpValue::B));
    let mut just_below = [0u8; 256];
    just_below[8..].fill(0xff); // 2^1984 − 1
    assert_eq!(client_err(&just_below), unsafe_(SrpValue::B));
    assert!(matches!(
        client_err(&[1; 257]),
        Error::InvalidLength { what: "srp_B", .. }
    ));
}

#[test]
fn b_hiding_a_tiny_g_b_is_refused() {
    // B = k·v + 5: in range itself, but B − k·v = 5 would give S = 5^(a+ux).
    let group = group();
    let k = k_form(&group);
    let five = FixedMontyForm::new(&U2048::from_u8(5), &group.params);
    let b = (k * verifier_form(&group, &x()) + five).retrieve();
    assert_eq!(
        client_err(&bignum::to_be(&b)),
        Error::SrpValueUnsafe {
            value: SrpValue::GB
        }
    );
}

#[test]
fn a_secret_giving_a_tiny_a_is_redrawn() {
    let group = group();
    let server = server(&group);
    for a in [[0u8; 256], {
        let mut one = [0u8; 256];
        one[255] = 1;
        one
    }] {
        assert_eq!(
            client_proof(&group, &x(), b"s1", b"s2", server.srp_b(), &a),
            Err(Error::SrpSecretRejected)
        );
    }
    assert_eq!(
        SrpServer::new(&group, &verifier(&group, &x()), &[0; 256]).unwrap_err(),
        Error::SrpSecretRejected
    );
}

#[test]
fn hostile_a_is_refused_by_the_server() {
    let group = group();
    let server = server(&group);
    let verify = |a: &[u8]| {
        server
            .verify(&group, b"s1", b"s2", a, &[0; 32])
            .unwrap_err()
    };
    assert_eq!(
        verify(&[1]),
        Error::SrpValueOutOfRange { value: SrpValue::A }
    );
    assert_eq!(
        verify(&p_minus(1)),
        Error::SrpValueOutOfRange { value: SrpValue::A }
    );
    assert_eq!(verify(&[3]), Error::SrpValueUnsafe { value: SrpValue::A });
    assert!(matches!(
        verify(&[9; 300]),
        Error::InvalidLength { what: "A", .. }
    ));
}

#[test]
fn proof_round_trip_and_every_tampering_fails() {
    let group = group();
    let server = server(&group);
    let proof = client_proof(&group, &x(), b"s1", b"s2", server.srp_b(), &[0x42; 256]).unwrap();
    assert_eq!(
        server.verify(&group, b"s1", b"s2", &proof.a, &proof.m1),
        Ok(())
    );

    let mismatch = Err(Error::SrpProofMismatch);
    let mut m1 = proof.m1;
    m1[31] ^= 1;
    assert_eq!(server.verify(&group, b"s1", b"s2", &proof.a, &m1), mismatch);
    assert_eq!(
        server.verify(&group, b"s1", b"s2", &proof.a, &proof.m1[..31]),
        mismatch
    );
    assert_eq!(
        server.verify(&group, b"s1", b"sX", &proof.a, &proof.m1),
        mismatch
    );
    let other = client_proof(&group, &x(), b"s1", b"s2", server.srp_b(), &[0x43; 256]).unwrap();
    assert_eq!(
        server.verify(&group, b"s1", b"s2", &other.a, &proof.m1),
        mismatch
    );
    let wrong = PasswordHash::from_bytes([0x12; 32]);
    let bad = client_proof(&group, &wrong, b"s1", b"s2", server.srp_b(), &[0x42; 256]).unwrap();
    assert_eq!(
        server.verify(&group, b"s1", b"s2", &bad.a, &bad.m1),
        mismatch
    );
}

#[test]
fn secrets_are_not_printed() {
    let group = group();
    assert_eq!(format!("{:?}", server(&group)), "SrpServer(..)");
    assert_eq!(format!("{:?}", x()), "PasswordHash(..)");
}
