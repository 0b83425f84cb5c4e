//! The Diffie–Hellman part of the auth-key exchange and every check of MTProto's security
//! guidelines, each failing with its own [`Error`] variant.
//!
//! See <https://core.telegram.org/mtproto/security_guidelines>. [`DhGroup::new`] checks
//! `dh_prime` (Telegram's known prime, or a 2048-bit safe prime: the result is cached for the
//! process) and `g` (2..=7 with its residue condition); [`DhGroup::check_public`] checks
//! `g_a`/`g_b` (`1 < v < p − 1` and `2^1984 ≤ v ≤ p − 2^1984`); [`DhGroup::public_value`] and
//! [`DhGroup::auth_key`] do the constant-time 2048-bit modexps.
//!
//! ```
//! use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
//! let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
//! let a = [0x5a; 256]; // secrets come from the caller's CSPRNG
//! let b = [0xa5; 256];
//! let g_a = group.public_value(&a, DhValue::GA)?;
//! let g_b = group.public_value(&b, DhValue::GB)?;
//! let client_key = group.auth_key(&g_a, DhValue::GA, &b)?;
//! let server_key = group.auth_key(&g_b, DhValue::GB, &a)?;
//! assert_eq!(client_key, server_key);
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use std::sync::Mutex;

use crypto_bigint::{Limb, NonZero, U2048, Word};
use sha2::{Digest, Sha256};

use crate::bignum::{self, Params};
use crate::{AuthKey, Error};

/// Telegram's 2048-bit safe prime, big-endian, as printed in the auth-key docs.
pub const TELEGRAM_DH_PRIME: [u8; 256] = [
    0xc7, 0x1c, 0xae, 0xb9, 0xc6, 0xb1, 0xc9, 0x04, 0x8e, 0x6c, 0x52, 0x2f, 0x70, 0xf1, 0x3f, 0x73,
    0x98, 0x0d, 0x40, 0x23, 0x8e, 0x3e, 0x21, 0xc1, 0x49, 0x34, 0xd0, 0x37, 0x56, 0x3d, 0x93, 0x0f,
    0x48, 0x19, 0x8a, 0x0a, 0xa7, 0xc1, 0x40, 0x58, 0x22, 0x94, 0x93, 0xd2, 0x25, 0x30, 0xf4, 0xdb,
    0xfa, 0x33, 0x6f, 0x6e, 0x0a, 0xc9, 0x25, 0x13, 0x95, 0x43, 0xae, 0xd4, 0x4c, 0xce, 0x7c, 0x37,
    0x20, 0xfd, 0x51, 0xf6, 0x94, 0x58, 0x70, 0x5a, 0xc6, 0x8c, 0xd4, 0xfe, 0x6b, 0x6b, 0x13, 0xab,
    0xdc, 0x97, 0x46, 0x51, 0x29, 0x69, 0x32, 0x84, 0x54, 0xf1, 0x8f, 0xaf, 0x8c, 0x59, 0x5f, 0x64,
    0x24, 0x77, 0xfe, 0x96, 0xbb, 0x2a, 0x94, 0x1d, 0x5b, 0xcd, 0x1d, 0x4a, 0xc8, 0xcc, 0x49, 0x88,
    0x07, 0x08, 0xfa, 0x9b, 0x37, 0x8e, 0x3c, 0x4f, 0x3a, 0x90, 0x60, 0xbe, 0xe6, 0x7c, 0xf9, 0xa4,
    0xa4, 0xa6, 0x95, 0x81, 0x10, 0x51, 0x90, 0x7e, 0x16, 0x27, 0x53, 0xb5, 0x6b, 0x0f, 0x6b, 0x41,
    0x0d, 0xba, 0x74, 0xd8, 0xa8, 0x4b, 0x2a, 0x14, 0xb3, 0x14, 0x4e, 0x0e, 0xf1, 0x28, 0x47, 0x54,
    0xfd, 0x17, 0xed, 0x95, 0x0d, 0x59, 0x65, 0xb4, 0xb9, 0xdd, 0x46, 0x58, 0x2d, 0xb1, 0x17, 0x8d,
    0x16, 0x9c, 0x6b, 0xc4, 0x65, 0xb0, 0xd6, 0xff, 0x9c, 0xa3, 0x92, 0x8f, 0xef, 0x5b, 0x9a, 0xe4,
    0xe4, 0x18, 0xfc, 0x15, 0xe8, 0x3e, 0xbe, 0xa0, 0xf8, 0x7f, 0xa9, 0xff, 0x5e, 0xed, 0x70, 0x05,
    0x0d, 0xed, 0x28, 0x49, 0xf4, 0x7b, 0xf9, 0x59, 0xd9, 0x56, 0x85, 0x0c, 0xe9, 0x29, 0x85, 0x1f,
    0x0d, 0x81, 0x15, 0xf6, 0x35, 0xb1, 0x05, 0xee, 0x2e, 0x4e, 0x15, 0xd0, 0x4b, 0x24, 0x54, 0xbf,
    0x6f, 0x4f, 0xad, 0xf0, 0x34, 0xb1, 0x04, 0x03, 0x11, 0x9c, 0xd8, 0xe3, 0xb9, 0x2f, 0xcc, 0x5b,
];

/// Miller–Rabin rounds on `(p − 1) / 2`; the guidelines accept 15 (error ≤ 4⁻¹⁵ even for
/// adversarial input, since the bases are derived from a hash of the candidate).
const MR_ROUNDS: u32 = 24;
/// How many verified non-Telegram primes the process-wide cache keeps.
const CACHE_LEN: usize = 8;

/// Safe primes verified so far in this process (Telegram's prime is never tested).
static VERIFIED: Mutex<Vec<[u8; 256]>> = Mutex::new(Vec::new());

/// Which DH public value a check or an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DhValue {
    /// The server's `g_a`.
    GA,
    /// The client's `g_b`.
    GB,
}

impl DhValue {
    /// `"g_a"` or `"g_b"`.
    pub const fn name(self) -> &'static str {
        match self {
            DhValue::GA => "g_a",
            DhValue::GB => "g_b",
        }
    }
}

/// A checked DH group: a safe 2048-bit prime `p` and a generator `g` of its order-`(p−1)/2`
/// subgroup.
#[derive(Clone)]
pub struct DhGroup {
    pub(crate) g: u32,
    pub(crate) prime: U2048,
    pub(crate) params: Params,
    /// `2^1984`, the lower safety bound.
    pub(crate) low: U2048,
    /// `p − 2^1984`, the upper safety bound.
    pub(crate) high: U2048,
}

impl std::fmt::Debug for DhGroup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DhGroup")
            .field("g", &self.g)
            .field(
                "telegram_prime",
                &(bignum::to_be(&self.prime) == TELEGRAM_DH_PRIME),
            )
            .finish_non_exhaustive()
    }
}

impl DhGroup {
    /// Checks `g` and `dh_prime` (big-endian, as received) and builds the group.
    ///
    /// Telegram's prime is recognised without work; any other prime costs ~25 2048-bit
    /// modexps the first time and is then cached for the process.
    ///
    /// # Errors
    /// [`Error::InvalidLength`] (more than 256 significant bytes), [`Error::DhPrimeSize`],
    /// [`Error::DhPrimeNotPrime`], [`Error::DhPrimeNotSafe`],
    /// [`Error::DhGeneratorOutOfRange`], [`Error::DhGeneratorResidue`].
    ///
    /// ```
    /// use mtrs_crypto::{Error, dh::{DhGroup, TELEGRAM_DH_PRIME}};
    /// assert_eq!(DhGroup::new(3, &TELEGRAM_DH_PRIME)?.g(), 3);
    /// assert_eq!(DhGroup::new(2, &TELEGRAM_DH_PRIME).unwrap_err(), Error::DhGeneratorResidue { g: 2 });
    /// assert_eq!(DhGroup::new(9, &TELEGRAM_DH_PRIME).unwrap_err(), Error::DhGeneratorOutOfRange { g: 9 });
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn new(g: i32, dh_prime: &[u8]) -> Result<Self, Error> {
        let prime = bignum::from_be("dh_prime", dh_prime)?;
        let bits = prime.bit_width_vartime();
        if bits != 2048 {
            return Err(Error::DhPrimeSize { bits });
        }
        let g = u32::try_from(g)
            .ok()
            .filter(|g| (2..=7).contains(g))
            .ok_or(Error::DhGeneratorOutOfRange { g })?;
        let bytes = bignum::to_be(&prime);
        if bytes != TELEGRAM_DH_PRIME && !is_cached(&bytes) {
            check_safe_prime(&prime)?;
            remember(bytes);
        }
        // `prime` has bit 2047 set and passed the primality tests, so it is odd.
        let params = bignum::params(&prime).ok_or(Error::DhPrimeNotPrime)?;
        // `new_unwrap` cannot panic: the moduli below are the constants 3, 5, 7, 8 and 24.
        let residue = |m: Word| prime.rem_limb(NonZero::<Limb>::new_unwrap(Limb(m))).0;
        let ok = match g {
            2 => residue(8) == 7,
            3 => residue(3) == 2,
            4 => true,
            5 => matches!(residue(5), 1 | 4),
            6 => matches!(residue(24), 19 | 23),
            _ => matches!(residue(7), 3 | 5 | 6),
        };
        if !ok {
            return Err(Error::DhGeneratorResidue { g });
        }
        let low = U2048::ONE.shl_vartime(1984);
        Ok(Self {
            g,
            prime,
            params,
            low,
            high: prime.wrapping_sub(&low),
        })
    }

    /// The generator.
    pub fn g(&self) -> u32 {
        self.g
    }

    /// The prime, 256 bytes big-endian.
    pub fn prime(&self) -> [u8; 256] {
        bignum::to_be(&self.prime)
    }

    /// Checks a public value (`g_a` or `g_b`, big-endian): `1 < v < p − 1` and
    /// `2^1984 ≤ v ≤ p − 2^1984`.
    ///
    /// # Errors
    /// [`Error::InvalidLength`], [`Error::DhValueOutOfRange`] or [`Error::DhValueUnsafe`].
    ///
    /// ```
    /// use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
    /// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
    /// assert!(group.check_public(&[1], DhValue::GA).is_err());
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn check_public(&self, value: &[u8], which: DhValue) -> Result<(), Error> {
        self.parse_public(value, which).map(|_| ())
    }

    fn parse_public(&self, value: &[u8], which: DhValue) -> Result<U2048, Error> {
        let v = bignum::from_be(which.name(), value)?;
        let p_minus_1 = self.prime.wrapping_sub(&U2048::ONE);
        if v <= U2048::ONE || v >= p_minus_1 {
            return Err(Error::DhValueOutOfRange { value: which });
        }
        if v < self.low || v > self.high {
            return Err(Error::DhValueUnsafe { value: which });
        }
        Ok(v)
    }

    /// `g^secret mod p` (constant time), 256 bytes big-endian, checked like a received value.
    ///
    /// # Errors
    /// [`Error::DhValueOutOfRange`] / [`Error::DhValueUnsafe`] if the result fails the checks
    /// (draw a new secret).
    ///
    /// ```
    /// use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
    /// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
    /// let g_b = group.public_value(&[0x33; 256], DhValue::GB)?;
    /// group.check_public(&g_b, DhValue::GB)?;
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn public_value(&self, secret: &[u8; 256], which: DhValue) -> Result<[u8; 256], Error> {
        let exp = U2048::from_be_slice(secret);
        let v = bignum::pow(&U2048::from_u32(self.g), &exp, &self.params);
        let out = bignum::to_be(&v);
        self.check_public(&out, which)?;
        Ok(out)
    }

    /// The shared auth key `peer^secret mod p` (constant time; 256 bytes, left-padded), after
    /// checking `peer` (the other side's public value, `which` names it).
    ///
    /// # Errors
    /// As [`check_public`](Self::check_public) for `peer`.
    ///
    /// ```
    /// use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
    /// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
    /// let g_a = group.public_value(&[0x11; 256], DhValue::GA)?;
    /// let key = group.auth_key(&g_a, DhValue::GA, &[0x22; 256])?;
    /// assert_eq!(key.as_bytes().len(), 256);
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn auth_key(
        &self,
        peer: &[u8],
        which: DhValue,
        secret: &[u8; 256],
    ) -> Result<AuthKey, Error> {
        let base = self.parse_public(peer, which)?;
        let exp = U2048::from_be_slice(secret);
        Ok(AuthKey::from_bytes(bignum::to_be(&bignum::pow(
            &base,
            &exp,
            &self.params,
        ))))
    }
}

/// `base^exp mod modulus` in constant time (in the exponent) for numbers of up to 2048 bits,
/// big-endian in and out (256 bytes, left-padded). No group checks: for arithmetic only,
/// such as replaying a recorded exchange whose `g` the guidelines would refuse.
///
/// # Errors
/// [`Error::InvalidLength`] for an input of more than 256 significant bytes;
/// [`Error::EvenModulus`] for an even (or zero) modulus.
///
/// ```
/// let r = mtrs_crypto::dh::modexp(&[3], &[4], &[0x0b])?; // 3^4 mod 11 = 4
/// assert_eq!(r[255], 4);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn modexp(base: &[u8], exp: &[u8], modulus: &[u8]) -> Result<[u8; 256], Error> {
    let m = bignum::from_be("modulus", modulus)?;
    let params = bignum::params(&m).ok_or(Error::EvenModulus)?;
    let b = bignum::from_be("base", base)?;
    let e = bignum::from_be("exponent", exp)?;
    Ok(bignum::to_be(&bignum::pow(&b, &e, &params)))
}

fn is_cached(prime: &[u8; 256]) -> bool {
    let cache = VERIFIED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    cache.contains(prime)
}

fn remember(prime: [u8; 256]) {
    let mut cache = VERIFIED
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if !cache.contains(&prime) {
        if cache.len() == CACHE_LEN {
            cache.remove(0);
        }
        cache.push(prime);
    }
}

/// Primes below 2000 for trial division.
fn small_primes() -> impl Iterator<Item = Word> {
    (3..2000 as Word).step_by(2).filter(|&n| {
        (3..)
            .step_by(2)
            .take_while(|d| d * d <= n)
            .all(|d| n % d != 0)
    })
}

/// `p` prime and `(p − 1) / 2` prime.
fn check_safe_prime(p: &U2048) -> Result<(), Error> {
    // Cheap rejections (trial division) before Miller–Rabin, p fully before q.
    // `new_unwrap` cannot panic: `small_primes` yields only odd numbers from 3 up.
    let divisible =
        |n: &U2048| small_primes().any(|d| n.rem_limb(NonZero::<Limb>::new_unwrap(Limb(d))).0 == 0);
    if divisible(p) || !miller_rabin(p, 2) {
        return Err(Error::DhPrimeNotPrime);
    }
    let q = p.shr_vartime(1);
    if q.as_words()[0] & 1 == 0 || divisible(&q) || !miller_rabin(&q, MR_ROUNDS) {
        return Err(Error::DhPrimeNotSafe);
    }
    Ok(())
}

/// Miller–Rabin with `rounds` bases in `[2, n − 2]` derived from SHA256 of `n`: no RNG is
/// needed, and a sender cannot pick a composite that fools bases it cannot predict.
fn miller_rabin(n: &U2048, rounds: u32) -> bool {
    let Some(params) = bignum::params(n) else {
        return false;
    };
    let n_minus_1 = n.wrapping_sub(&U2048::ONE);
    let s = n_minus_1.trailing_zeros_vartime();
    let d = n_minus_1.shr_vartime(s);
    let n_bytes = bignum::to_be(n);
    // Bases are reduced into [2, n − 2]: base = 2 + (h mod (n − 3)).
    let Some(span) =
        Option::<NonZero<U2048>>::from(NonZero::new(n.wrapping_sub(&U2048::from_u8(3))))
    else {
        return false;
    };
    for round in 0..rounds {
        let mut h = [0u8; 256];
        for (i, chunk) in h.chunks_mut(32).enumerate() {
            let digest = Sha256::new()
                .chain_update(b"mtrs-crypto miller-rabin")
                .chain_update(n_bytes)
                .chain_update(round.to_le_bytes())
                .chain_update([i as u8])
                .finalize();
            chunk.copy_from_slice(&digest);
        }
        let a = U2048::from_be_slice(&h)
            .rem_vartime(&span)
            .wrapping_add(&U2048::from_u8(2));
        let mut x = bignum::pow_vartime(&a, &d, &params);
        if x == U2048::ONE || x == n_minus_1 {
            continue;
        }
        let mut composite = true;
        for _ in 1..s {
            x = bignum::pow_vartime(&x, &U2048::from_u8(2), &params);
            if x == n_minus_1 {
                composite = false;
                break;
            }
        }
        if composite {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests;
