use super::*;

fn telegram_prime() -> U2048 {
    U2048::from_be_slice(&TELEGRAM_DH_PRIME)
}

/// A 2048-bit prime whose (p − 1) / 2 is composite (found offline by a seeded search).
const NOT_SAFE_PRIME: &str = "ea4fd40a3c458b06dc8557dfe1aa65e83fceb21c7710209e75fe7f2eb05f2b6aa5c6d2ad55ece831656d340b5df93a596bba4d054c024a0b1b886d0a99403b5de687929b769b752144638d36b35dc4c996094a0668739a45ab1ef49e906b70a9476aba8ec45f836ce7d04a6b828e07ef2dc4fa869d006e9f7733ee36a15ef192317190628f2bd5d847bc429ca482b0c16a775e78f03a3b8cc24b2f81b7bf649323c0b4d1e71ce4012fc20266bac3b347935eacb3e185e1c53ccc041fb0101bf1773976bfa038925c5100cdd03c61e2159fe6d845b0f8d3c8ecf2d8a4ba6647144744a6bd18ad00d637ca622447c16eca17bbe7d40d839c9dc2d7830e0168d2e5";

#[test]
fn telegram_prime_passes_the_full_safe_prime_test() {
    assert_eq!(check_safe_prime(&telegram_prime()), Ok(()));
}

#[test]
fn prime_but_not_safe_and_composites_are_told_apart() {
    let p = U2048::from_be_hex(NOT_SAFE_PRIME);
    assert!(miller_rabin(&p, 4));
    assert_eq!(check_safe_prime(&p), Err(Error::DhPrimeNotSafe));
    // (p_tg − 1) / 2 is prime, but it is not itself a safe prime.
    let q = telegram_prime().shr_vartime(1);
    assert!(miller_rabin(&q, 4));
    assert_eq!(check_safe_prime(&q), Err(Error::DhPrimeNotSafe));
    // A composite just above the prime is refused as not prime.
    let composite = telegram_prime().wrapping_add(&U2048::from_u8(2));
    assert_eq!(check_safe_prime(&composite), Err(Error::DhPrimeNotPrime));
    // A large square has no witness-free base: Miller–Rabin alone must reject it.
    let half = U2048::ONE
        .shl_vartime(1023)
        .wrapping_add(&U2048::from_u32(1155));
    let square = half.wrapping_mul(&half);
    assert!(!miller_rabin(&square, 2));
}

#[test]
fn small_prime_list_is_right() {
    let primes: Vec<Word> = small_primes().take(10).collect();
    assert_eq!(primes, [3, 5, 7, 11, 13, 17, 19, 23, 29, 31]);
    assert_eq!(small_primes().last(), Some(1999));
}
