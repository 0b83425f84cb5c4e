use proptest::prelude::*;

use super::*;

#[test]
fn small_and_prime_inputs_are_refused() {
    for pq in [
        0u64,
        1,
        2,
        3,
        5,
        7,
        1_000_000_007,
        18_446_744_073_709_551_557,
    ] {
        assert_eq!(factorize(pq), Err(Error::PqNotComposite { pq }), "{pq}");
    }
}

#[test]
fn even_squares_and_edges() {
    assert_eq!(factorize(4).unwrap(), Factors { p: 2, q: 2 });
    assert_eq!(factorize(2 * 1_000_000_007).unwrap().p, 2);
    let p = 4_294_967_291u64; // largest 32-bit prime
    assert_eq!(factorize(p * p).unwrap(), Factors { p, q: p });
    // Near 2^64: exercises the carry path of the Montgomery reduction.
    let (a, b) = (4_294_967_279u64, 4_294_967_291u64);
    assert_eq!(factorize(a * b).unwrap(), Factors { p: a, q: b });
}

#[test]
fn too_many_bytes_is_a_typed_error() {
    assert!(matches!(
        factorize_be(&[1; 9]),
        Err(Error::TooLong { max: 8, got: 9, .. })
    ));
    assert_eq!(factorize_be(&[]), Err(Error::PqNotComposite { pq: 0 }));
}

#[test]
fn primality_matches_trial_division_below_100_000() {
    for n in 0u64..100_000 {
        let slow = n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0);
        assert_eq!(is_prime(n), slow, "{n}");
    }
}

#[test]
fn minimal_big_endian_encoding() {
    let f = Factors { p: 0x4B, q: 0x0100 };
    assert_eq!(f.p_bytes(), [0x4B]);
    assert_eq!(f.q_bytes(), [0x01, 0x00]);
}

proptest! {
    #[test]
    fn any_composite_splits(a in 2u64..(1 << 32), b in 2u64..(1 << 31)) {
        let n = a * b;
        let f = factorize(n).unwrap();
        prop_assert!(f.p > 1 && f.p <= f.q);
        prop_assert_eq!(f.p * f.q, n);
    }
}
