//! 2048-bit helpers over crypto-bigint shared by the RSA and DH modules.

use crypto_bigint::modular::{FixedMontyForm, FixedMontyParams};
use crypto_bigint::{Odd, U2048};

use crate::Error;

/// Montgomery parameters for a 2048-bit odd modulus.
pub(crate) type Params = FixedMontyParams<{ U2048::LIMBS }>;

/// Reads a big-endian number of at most 256 significant bytes (leading zero bytes beyond
/// 256 are allowed).
pub(crate) fn from_be(what: &'static str, bytes: &[u8]) -> Result<U2048, Error> {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let significant = &bytes[first..];
    if significant.len() > 256 {
        return Err(Error::InvalidLength {
            what,
            expected: 256,
            got: bytes.len(),
        });
    }
    let mut buf = [0u8; 256];
    buf[256 - significant.len()..].copy_from_slice(significant);
    Ok(U2048::from_be_slice(&buf))
}

/// The number as exactly 256 big-endian bytes.
pub(crate) fn to_be(x: &U2048) -> [u8; 256] {
    let mut out = [0u8; 256];
    out.copy_from_slice(x.to_be_bytes().as_ref());
    out
}

/// Montgomery parameters for `m`, or `None` if it is even.
pub(crate) fn params(m: &U2048) -> Option<Params> {
    Option::<Odd<U2048>>::from(Odd::new(*m)).map(Params::new_vartime)
}

/// `base^exp mod m` in constant time (for secret exponents): fixed 4-bit windows over all
/// 2048 exponent bits, constant-time table lookups, Almost Montgomery Multiplication (a few
/// percent faster than the fully reducing `pow`; the one final reduction is constant time).
pub(crate) fn pow(base: &U2048, exp: &U2048, params: &Params) -> U2048 {
    FixedMontyForm::new(base, params).pow_amm(exp).retrieve()
}

/// `base^exp mod m` in variable time (public exponents only).
pub(crate) fn pow_vartime(base: &U2048, exp: &U2048, params: &Params) -> U2048 {
    FixedMontyForm::new(base, params)
        .pow_vartime(exp)
        .retrieve()
}
