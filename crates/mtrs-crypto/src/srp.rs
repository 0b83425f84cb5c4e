//! Telegram's two-factor authentication check: SRP-6a over a checked MTProto DH group with
//! the password KDF `passwordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow`,
//! client side ([`client_proof`]) and server side ([`SrpServer`]).
//!
//! See <https://core.telegram.org/api/srp> and `docs/srp.md`. With `H = SHA256`, `SH(data, salt) =
//! H(salt | data | salt)`, numbers big-endian and padded to 256 bytes in every hash:
//!
//! * `x = SH(PBKDF2-HMAC-SHA512(SH(SH(password, salt1), salt2), salt1, 100000), salt2)`
//!   ([`PasswordHash`]); `v = g^x mod p` ([`verifier`]); `k = H(p | g)`;
//! * server: `B = (k·v + g^b) mod p`;
//! * client: `A = g^a`, `u = H(A | B)`, `S = (B − k·v)^(a + u·x)`, `K = H(S)`,
//!   `M1 = H(H(p) xor H(g) | H(salt1) | H(salt2) | A | B | K)`;
//! * server: `S = (A · v^u)^b`, the same `K` and `M1`, compared in constant time.
//!
//! `p` and `g` are checked by [`DhGroup::new`] (its errors: Telegram's prime or a 2048-bit
//! safe prime, `g` in 2..=7 with its residue condition). `B`, `B − k·v` and `A` must lie in
//! `1 < v < p − 1` and `[2^1984, p − 2^1984]`, each failure its own [`Error`] variant naming
//! the value ([`SrpValue`]). Exponentiations with secret exponents (`x`, `a + u·x`, `b`) are
//! constant time; `x`, `a`, `S` and `K` are zeroized when dropped.
//!
//! ```
//! use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
//! use mtrs_crypto::srp::{self, PasswordHash, SrpServer};
//! let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
//! let (salt1, salt2) = (b"salt one".as_slice(), b"salt two".as_slice());
//! // Server: stores v when the password is set, answers account.getPassword with B.
//! let v = srp::verifier(&group, &PasswordHash::new(b"hunter2", salt1, salt2));
//! let server = SrpServer::new(&group, &v, &[0x5b; 256])?;
//! // Client: hashes the password it was given and proves knowledge of it.
//! let x = PasswordHash::new(b"hunter2", salt1, salt2);
//! let proof = srp::client_proof(&group, &x, salt1, salt2, server.srp_b(), &[0xa7; 256])?;
//! server.verify(&group, salt1, salt2, &proof.a, &proof.m1)?;
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use crypto_bigint::modular::FixedMontyForm;
use crypto_bigint::{U256, U2048, U4096};
use sha2::{Digest, Sha256, Sha512};
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::Error;
use crate::bignum;
use crate::dh::DhGroup;

/// PBKDF2-HMAC-SHA512 rounds of the only password KDF Telegram uses.
pub const PBKDF2_ROUNDS: u32 = 100_000;

/// Which SRP value a check or an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SrpValue {
    /// The client's public value `A = g^a` (checked by the server).
    A,
    /// The server's public value `B` (`srp_B` of `account.password`).
    B,
    /// `B − k·v mod p`, the server's `g^b` as the client recovers it.
    GB,
}

impl SrpValue {
    /// `"A"`, `"srp_B"` or `"B - k*v"`.
    pub const fn name(self) -> &'static str {
        match self {
            SrpValue::A => "A",
            SrpValue::B => "srp_B",
            SrpValue::GB => "B - k*v",
        }
    }
}

/// The password-derived SRP exponent `x` (PH2, 32 bytes). Zeroized on drop, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct PasswordHash([u8; 32]);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(..)")
    }
}

impl PasswordHash {
    /// `x = SH(PBKDF2-HMAC-SHA512(SH(SH(password, salt1), salt2), salt1, 100000), salt2)`
    /// for a UTF-8 `password` (about 100 000 SHA512 compressions: tens of milliseconds).
    ///
    /// ```
    /// let x = mtrs_crypto::srp::PasswordHash::new(b"hunter2", b"salt1", b"salt2");
    /// assert_eq!(format!("{x:?}"), "PasswordHash(..)");
    /// ```
    pub fn new(password: &[u8], salt1: &[u8], salt2: &[u8]) -> Self {
        let ph1 = Zeroizing::new(salted(&salted(password, salt1), salt2));
        let mut stretched = Zeroizing::new([0u8; 64]);
        pbkdf2::pbkdf2_hmac::<Sha512>(&ph1[..], salt1, PBKDF2_ROUNDS, &mut stretched[..]);
        Self(salted(&stretched[..], salt2))
    }

    /// A hash computed elsewhere (for example a stored one).
    ///
    /// ```
    /// let x = mtrs_crypto::srp::PasswordHash::from_bytes([7; 32]);
    /// assert_eq!(x.as_bytes(), &[7; 32]);
    /// ```
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// The 32 bytes of `x`.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// What the client sends in `inputCheckPasswordSRP` besides `srp_id`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SrpProof {
    /// `A = g^a mod p`, 256 bytes.
    pub a: [u8; 256],
    /// `M1`, 32 bytes.
    pub m1: [u8; 32],
}

/// `v = g^x mod p` (constant time), the verifier a server stores instead of the password.
///
/// ```
/// use mtrs_crypto::{dh::{DhGroup, TELEGRAM_DH_PRIME}, srp::{self, PasswordHash}};
/// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
/// let v = srp::verifier(&group, &PasswordHash::from_bytes([1; 32]));
/// assert_eq!(v.len(), 256);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn verifier(group: &DhGroup, x: &PasswordHash) -> [u8; 256] {
    let v = Zeroizing::new(verifier_form(group, x));
    bignum::to_be(&v.retrieve())
}

/// The client's answer to `account.password` (`srp_B` and the current algorithm's salts,
/// `g`, `p` checked into `group`): `A` and `M1`.
///
/// `a_secret` is 256 bytes from the caller's CSPRNG (zeroize it afterwards).
///
/// # Errors
/// [`Error::InvalidLength`] for an `srp_B` longer than 256 significant bytes;
/// [`Error::SrpValueOutOfRange`] / [`Error::SrpValueUnsafe`] for `srp_B` ([`SrpValue::B`])
/// or `B − k·v` ([`SrpValue::GB`]); [`Error::SrpSecretRejected`] if `a_secret` gives an
/// unusable `A` or `u = 0` (draw a new one).
///
/// ```
/// use mtrs_crypto::{Error, dh::{DhGroup, TELEGRAM_DH_PRIME}, srp::{self, PasswordHash, SrpValue}};
/// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
/// let x = PasswordHash::from_bytes([1; 32]);
/// let err = srp::client_proof(&group, &x, b"s1", b"s2", &[1], &[0x42; 256]).unwrap_err();
/// assert_eq!(err, Error::SrpValueOutOfRange { value: SrpValue::B });
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn client_proof(
    group: &DhGroup,
    x: &PasswordHash,
    salt1: &[u8],
    salt2: &[u8],
    srp_b: &[u8],
    a_secret: &[u8; 256],
) -> Result<SrpProof, Error> {
    let b_value = checked(group, "srp_B", srp_b, SrpValue::B)?;
    let b_bytes = bignum::to_be(&b_value);
    let k = k_form(group);
    let kv = Zeroizing::new(k.mul(&verifier_form(group, x)));
    let t = Zeroizing::new(FixedMontyForm::new(&b_value, &group.params).sub(&kv));
    check_range(group, &t.retrieve(), SrpValue::GB)?;

    let a = Zeroizing::new(U2048::from_be_slice(a_secret));
    let g = FixedMontyForm::new(&U2048::from_u32(group.g), &group.params);
    let a_public = g.pow(&*a).retrieve();
    if check_range(group, &a_public, SrpValue::A).is_err() {
        return Err(Error::SrpSecretRejected);
    }
    let a_bytes = bignum::to_be(&a_public);
    let u_bytes = hash(&[&a_bytes, &b_bytes]);
    if u_bytes == [0; 32] {
        return Err(Error::SrpSecretRejected);
    }
    let u = U256::from_be_slice(&u_bytes);
    let x_int = Zeroizing::new(U256::from_be_slice(x.as_bytes()));
    // a + u·x has at most 2049 bits; the exponent length is public, its value is not.
    let ux = Zeroizing::new(u.concatenating_mul(&*x_int).resize::<{ U4096::LIMBS }>());
    let exponent = Zeroizing::new(a.resize::<{ U4096::LIMBS }>().wrapping_add(&*ux));
    let s = Zeroizing::new(bignum::to_be(
        &t.pow_bounded_exp(&*exponent, 2049).retrieve(),
    ));
    let key = Zeroizing::new(hash(&[&s[..]]));
    Ok(SrpProof {
        m1: m1_hash(group, salt1, salt2, &a_bytes, &b_bytes, &key[..]),
        a: a_bytes,
    })
}

/// The server side of one SRP check: the secret `b`, the stored verifier `v` and the
/// public `B` sent in `account.password`. Zeroized on drop, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SrpServer {
    b: [u8; 256],
    v: [u8; 256],
    srp_b: [u8; 256],
}

impl std::fmt::Debug for SrpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SrpServer(..)")
    }
}

impl SrpServer {
    /// `B = (k·v + g^b) mod p` for a stored verifier `v` and 256 random bytes `b_secret`.
    ///
    /// # Errors
    /// [`Error::SrpSecretRejected`] if `B` or `g^b` falls outside the safe range (draw a new
    /// `b_secret`); [`Error::InvalidLength`] for a `v` that is not below 2^2048.
    ///
    /// ```
    /// use mtrs_crypto::{dh::{DhGroup, TELEGRAM_DH_PRIME}, srp::{self, PasswordHash, SrpServer}};
    /// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
    /// let v = srp::verifier(&group, &PasswordHash::from_bytes([1; 32]));
    /// let server = SrpServer::new(&group, &v, &[9; 256])?;
    /// assert_eq!(server.srp_b().len(), 256);
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn new(group: &DhGroup, v: &[u8], b_secret: &[u8; 256]) -> Result<Self, Error> {
        let v_value = bignum::from_be("v", v)?;
        let b = Zeroizing::new(U2048::from_be_slice(b_secret));
        let g = FixedMontyForm::new(&U2048::from_u32(group.g), &group.params);
        let g_b = Zeroizing::new(g.pow(&*b));
        let k = k_form(group);
        let kv = k.mul(&FixedMontyForm::new(&v_value, &group.params));
        let srp_b = kv.add(&g_b).retrieve();
        if check_range(group, &g_b.retrieve(), SrpValue::GB).is_err()
            || check_range(group, &srp_b, SrpValue::B).is_err()
        {
            return Err(Error::SrpSecretRejected);
        }
        Ok(Self {
            b: *b_secret,
            v: bignum::to_be(&v_value),
            srp_b: bignum::to_be(&srp_b),
        })
    }

    /// `B`, 256 bytes big-endian (`srp_B` of `account.password`).
    pub fn srp_b(&self) -> &[u8; 256] {
        &self.srp_b
    }

    /// Checks the client's `A` and `M1` (from `inputCheckPasswordSRP`).
    ///
    /// # Errors
    /// [`Error::InvalidLength`], [`Error::SrpValueOutOfRange`] or [`Error::SrpValueUnsafe`]
    /// for `A`; [`Error::SrpProofMismatch`] if `M1` is wrong (a wrong password).
    ///
    /// ```
    /// use mtrs_crypto::{Error, dh::{DhGroup, TELEGRAM_DH_PRIME}, srp::{self, PasswordHash, SrpServer}};
    /// let group = DhGroup::new(3, &TELEGRAM_DH_PRIME)?;
    /// let v = srp::verifier(&group, &PasswordHash::new(b"right", b"s1", b"s2"));
    /// let server = SrpServer::new(&group, &v, &[9; 256])?;
    /// let wrong = PasswordHash::new(b"wrong", b"s1", b"s2");
    /// let proof = srp::client_proof(&group, &wrong, b"s1", b"s2", server.srp_b(), &[3; 256])?;
    /// let err = server.verify(&group, b"s1", b"s2", &proof.a, &proof.m1).unwrap_err();
    /// assert_eq!(err, Error::SrpProofMismatch);
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn verify(
        &self,
        group: &DhGroup,
        salt1: &[u8],
        salt2: &[u8],
        a: &[u8],
        m1: &[u8],
    ) -> Result<(), Error> {
        let a_value = checked(group, "A", a, SrpValue::A)?;
        let a_bytes = bignum::to_be(&a_value);
        let u = U256::from_be_slice(&hash(&[&a_bytes, &self.srp_b]));
        let v = FixedMontyForm::new(&U2048::from_be_slice(&self.v), &group.params);
        let base = Zeroizing::new(FixedMontyForm::new(&a_value, &group.params).mul(&v.pow(&u)));
        let b = Zeroizing::new(U2048::from_be_slice(&self.b));
        let s = Zeroizing::new(bignum::to_be(&base.pow(&*b).retrieve()));
        let key = Zeroizing::new(hash(&[&s[..]]));
        let expected = m1_hash(group, salt1, salt2, &a_bytes, &self.srp_b, &key[..]);
        if bool::from(expected.as_slice().ct_eq(m1)) {
            Ok(())
        } else {
            Err(Error::SrpProofMismatch)
        }
    }
}

/// `g^x` in Montgomery form (constant time in `x`).
fn verifier_form(group: &DhGroup, x: &PasswordHash) -> FixedMontyForm<{ U2048::LIMBS }> {
    let x_int = Zeroizing::new(U256::from_be_slice(x.as_bytes()));
    FixedMontyForm::new(&U2048::from_u32(group.g), &group.params).pow(&*x_int)
}

/// Parses a received public value and checks both ranges.
fn checked(
    group: &DhGroup,
    what: &'static str,
    bytes: &[u8],
    which: SrpValue,
) -> Result<U2048, Error> {
    let value = bignum::from_be(what, bytes)?;
    check_range(group, &value, which)?;
    Ok(value)
}

/// `1 < value < p − 1` and `2^1984 ≤ value ≤ p − 2^1984`.
fn check_range(group: &DhGroup, value: &U2048, which: SrpValue) -> Result<(), Error> {
    let p_minus_1 = group.prime.wrapping_sub(&U2048::ONE);
    if *value <= U2048::ONE || *value >= p_minus_1 {
        return Err(Error::SrpValueOutOfRange { value: which });
    }
    if *value < group.low || *value > group.high {
        return Err(Error::SrpValueUnsafe { value: which });
    }
    Ok(())
}

/// `k = H(p | g)` in Montgomery form.
fn k_form(group: &DhGroup) -> FixedMontyForm<{ U2048::LIMBS }> {
    let k = hash(&[&group.prime(), &bignum::to_be(&U2048::from_u32(group.g))]);
    FixedMontyForm::new(&U256::from_be_slice(&k).resize(), &group.params)
}

/// `M1 = H(H(p) xor H(g) | H(salt1) | H(salt2) | A | B | K)`.
fn m1_hash(
    group: &DhGroup,
    salt1: &[u8],
    salt2: &[u8],
    a: &[u8],
    b: &[u8],
    key: &[u8],
) -> [u8; 32] {
    let mut pg = hash(&[&group.prime()]);
    let hg = hash(&[&bignum::to_be(&U2048::from_u32(group.g))]);
    for (l, r) in pg.iter_mut().zip(hg) {
        *l ^= r;
    }
    hash(&[&pg, &hash(&[salt1]), &hash(&[salt2]), a, b, key])
}

/// `SH(data, salt) = H(salt | data | salt)`.
fn salted(data: &[u8], salt: &[u8]) -> [u8; 32] {
    hash(&[salt, data, salt])
}

fn hash(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Sha256::new();
    for part in parts {
        h.update(part);
    }
    h.finalize().into()
}

#[cfg(test)]
mod tests;
