//! RSA as the auth-key exchange uses it: Telegram's public keys and their fingerprints,
//! `RSA_PAD` (the current scheme) and the legacy `SHA1 ‖ data ‖ padding` scheme, each in
//! both directions (decryption is for a server, e.g. a test DC).
//!
//! See <https://core.telegram.org/mtproto/auth_key#presenting-proof-of-work-server-authentication>.
//! Nothing here draws random bytes: callers pass the padding and the `RSA_PAD` temporary key.
//!
//! ```
//! use mtrs_crypto::rsa::{self, RsaPublicKey};
//! let key = rsa::telegram_production_key();
//! assert_eq!(key.fingerprint(), -3414540481677951611);
//! let data = [0u8; 100]; // a serialised p_q_inner_data_dc
//! let padding = [7u8; 92]; // random bytes from the caller
//! let mut temp_key = [1u8; 32]; // random; redraw while the key says `RsaPadRetry`
//! let encrypted = loop {
//!     match key.encrypt_pad(&data, &padding, &temp_key) {
//!         Err(mtrs_crypto::Error::RsaPadRetry) => temp_key[0] = temp_key[0].wrapping_add(1),
//!         other => break other?,
//!     }
//! };
//! assert_eq!(encrypted.len(), 256);
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use std::fmt;

use crypto_bigint::U2048;
use hex_literal::hex;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use crate::bignum::{self, Params};
use crate::{Error, ige};

/// Largest `p_q_inner_data` that `RSA_PAD` accepts.
pub const PAD_MAX_DATA: usize = 144;
/// Largest data that the legacy scheme accepts (255 − 20 hash bytes).
pub const LEGACY_MAX_DATA: usize = 235;

const PRODUCTION_N: [u8; 256] = hex!(
    "e8bb3305c0b52c6cf2afdf7637313489e63e05268e5badb601af417786472e5f93b85438968e20e6729a301c0afc121bf7151f834436f7fda680847a66bf64accec78ee21c0b316f0edafe2f41908da7bd1f4a5107638eeb67040ace472a14f90d9f7c2b7def99688ba3073adb5750bb02964902a359fe745d8170e36876d4fd8a5d41b2a76cbff9a13267eb9580b2d06d10357448d20d9da2191cb5d8c93982961cdfdeda629e37f1fb09a0722027696032fe61ed663db7a37f6f263d370f69db53a0dc0a1748bdaaff6209d5645485e6e001d1953255757e4b8e42813347b11da6ab500fd0ace7e6dfa3736199ccaf9397ed0745a427dcfa6cd67bcb1acff3"
);
const TEST_N: [u8; 256] = hex!(
    "c8c11d635691fac091dd9489aedced2932aa8a0bcefef05fa800892d9b52ed03200865c9e97211cb2ee6c7ae96d3fb0e15aeffd66019b44a08a240cfdd2868a85e1f54d6fa5deaa041f6941ddf302690d61dc476385c2fa655142353cb4e4b59f6e5b6584db76fe8b1370263246c010c93d011014113ebdf987d093f9d37c2be48352d69a1683f8f6e6c2167983c761e3ab169fde5daaa12123fa1beab621e4da5935e9c198f82f35eae583a99386d8110ea6bd1abb0f568759f62694419ea5f69847c43462abef858b4cb5edc84e7b9226cd7bd7e183aa974a712c079dde85b9dc063b8a5c08e8f859c0ee5dcd824c7807f20153361a7f63cfd2a433a1be7f5"
);
const TELEGRAM_E: [u8; 3] = [0x01, 0x00, 0x01];

/// Telegram's production server key (fingerprint `0xd09d1d85de64fd85`).
pub fn telegram_production_key() -> RsaPublicKey {
    builtin(&PRODUCTION_N)
}

/// Telegram's test-DC server key (fingerprint `0xb25898df208d2603`).
pub fn telegram_test_key() -> RsaPublicKey {
    builtin(&TEST_N)
}

fn builtin(n: &[u8; 256]) -> RsaPublicKey {
    // The built-in moduli are constants of the right shape (tests check their fingerprints),
    // so this cannot fail.
    RsaPublicKey::new(n, &TELEGRAM_E).expect("built-in RSA key is valid")
}

/// Picks, among `keys`, the first whose fingerprint the server offered (`resPQ`).
///
/// ```
/// use mtrs_crypto::rsa;
/// let keys = [rsa::telegram_production_key(), rsa::telegram_test_key()];
/// let picked = rsa::find_by_fingerprint(&keys, &[42, -5595554452916591101]);
/// assert_eq!(picked.map(|k| k.fingerprint()), Some(-5595554452916591101));
/// ```
pub fn find_by_fingerprint<'a>(
    keys: &'a [RsaPublicKey],
    offered: &[i64],
) -> Option<&'a RsaPublicKey> {
    keys.iter().find(|k| offered.contains(&k.fingerprint))
}

/// A 2048-bit RSA public key.
#[derive(Clone)]
pub struct RsaPublicKey {
    n: U2048,
    e: U2048,
    params: Params,
    fingerprint: i64,
}

impl fmt::Debug for RsaPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RsaPublicKey({:016x})", self.fingerprint as u64)
    }
}

impl PartialEq for RsaPublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.n == other.n && self.e == other.e
    }
}

impl Eq for RsaPublicKey {}

impl RsaPublicKey {
    /// A key from its modulus and exponent (big-endian). The modulus must be an odd
    /// 2048-bit number and the exponent odd, `1 < e < n`.
    ///
    /// # Errors
    /// [`Error::RsaBadKey`] otherwise, [`Error::InvalidLength`] for oversized inputs.
    ///
    /// ```
    /// use mtrs_crypto::rsa::{self, RsaPublicKey};
    /// let tg = rsa::telegram_production_key();
    /// let same = RsaPublicKey::new(&tg.n(), &tg.e())?;
    /// assert_eq!(same.fingerprint(), tg.fingerprint());
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn new(n: &[u8], e: &[u8]) -> Result<Self, Error> {
        let n = bignum::from_be("RSA modulus", n)?;
        let e = bignum::from_be("RSA exponent", e)?;
        if n.bit_width_vartime() != 2048 {
            return Err(Error::RsaBadKey {
                reason: "modulus is not 2048 bits",
            });
        }
        let params = bignum::params(&n).ok_or(Error::RsaBadKey {
            reason: "modulus is even",
        })?;
        if e <= U2048::ONE || e >= n || e.as_words()[0] & 1 == 0 {
            return Err(Error::RsaBadKey {
                reason: "exponent is not odd and in 1 < e < n",
            });
        }
        let mut key = Self {
            n,
            e,
            params,
            fingerprint: 0,
        };
        let mut tl = Vec::with_capacity(264);
        tl_bytes(&mut tl, &key.n());
        tl_bytes(&mut tl, &key.e());
        let digest = Sha1::digest(&tl);
        let mut low = [0u8; 8];
        low.copy_from_slice(&digest[12..20]);
        key.fingerprint = i64::from_le_bytes(low);
        Ok(key)
    }

    /// A key from a PEM file: PKCS#1 (`BEGIN RSA PUBLIC KEY`, Telegram's format) or
    /// SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`).
    ///
    /// # Errors
    /// [`Error::RsaBadPem`] for malformed PEM/DER; as [`new`](Self::new) for the numbers.
    ///
    /// ```
    /// let pem = "-----BEGIN RSA PUBLIC KEY-----
    /// MIIBCgKCAQEA6LszBcC1LGzyr992NzE0ieY+BSaOW622Aa9Bd4ZHLl+TuFQ4lo4g
    /// 5nKaMBwK/BIb9xUfg0Q29/2mgIR6Zr9krM7HjuIcCzFvDtr+L0GQjae9H0pRB2OO
    /// 62cECs5HKhT5DZ98K33vmWiLowc621dQuwKWSQKjWf50XYFw42h21P2KXUGyp2y/
    /// +aEyZ+uVgLLQbRA1dEjSDZ2iGRy12Mk5gpYc397aYp438fsJoHIgJ2lgMv5h7WY9
    /// t6N/byY9Nw9p21Og3AoXSL2q/2IJ1WRUhebgAdGVMlV1fkuOQoEzR7EdpqtQD9Cs
    /// 5+bfo3Nhmcyvk5ftB0WkJ9z6bNZ7yxrP8wIDAQAB
    /// -----END RSA PUBLIC KEY-----";
    /// let key = mtrs_crypto::rsa::RsaPublicKey::from_pem(pem)?;
    /// assert_eq!(key, mtrs_crypto::rsa::telegram_production_key());
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn from_pem(pem: &str) -> Result<Self, Error> {
        let (n, e) = crate::pem::rsa_public_numbers(pem)?;
        Self::new(&n, &e)
    }

    /// The fingerprint: low 64 bits of SHA1 of the TL-serialised `n` and `e`, as the
    /// `long` that `resPQ` lists.
    pub fn fingerprint(&self) -> i64 {
        self.fingerprint
    }

    /// The modulus, 256 bytes big-endian.
    pub fn n(&self) -> [u8; 256] {
        bignum::to_be(&self.n)
    }

    /// The exponent, big-endian without leading zeros.
    pub fn e(&self) -> Vec<u8> {
        let bytes = bignum::to_be(&self.e);
        let first = bytes.iter().position(|&b| b != 0).unwrap_or(255);
        bytes[first..].to_vec()
    }

    /// Textbook RSA of a 256-byte big-endian message that is below `n`.
    fn raw_encrypt(&self, m: &[u8; 256]) -> [u8; 256] {
        let m = U2048::from_be_slice(m);
        bignum::to_be(&bignum::pow_vartime(&m, &self.e, &self.params))
    }

    /// `RSA_PAD` encryption of `data` (a `p_q_inner_data_*`, at most 144 bytes).
    ///
    /// `padding` supplies the random bytes that fill `data` to 192 bytes (its first
    /// `192 − data.len()` bytes are used); `temp_key` is a fresh random 32-byte key.
    ///
    /// # Errors
    /// [`Error::TooLong`] for more than 144 bytes of data; [`Error::InvalidLength`] for too
    /// little padding; [`Error::RsaPadRetry`] when the padded value is not below the modulus
    /// (about one time in four, depending on the key): draw a new `temp_key` and call again.
    pub fn encrypt_pad(
        &self,
        data: &[u8],
        padding: &[u8],
        temp_key: &[u8; 32],
    ) -> Result<[u8; 256], Error> {
        if data.len() > PAD_MAX_DATA {
            return Err(Error::TooLong {
                what: "RSA_PAD data",
                max: PAD_MAX_DATA,
                got: data.len(),
            });
        }
        let need = 192 - data.len();
        let padding = padding.get(..need).ok_or(Error::InvalidLength {
            what: "RSA_PAD padding",
            expected: need,
            got: padding.len(),
        })?;
        let mut with_padding = Zeroizing::new([0u8; 192]);
        with_padding[..data.len()].copy_from_slice(data);
        with_padding[data.len()..].copy_from_slice(padding);

        let mut m = Zeroizing::new([0u8; 256]);
        let (key_xor, aes_part) = m.split_at_mut(32);
        let (reversed, hash) = aes_part.split_at_mut(192);
        reversed.copy_from_slice(&*with_padding);
        reversed.reverse();
        let digest = Sha256::new()
            .chain_update(temp_key)
            .chain_update(with_padding.as_slice())
            .finalize();
        hash.copy_from_slice(&digest);
        ige::encrypt(temp_key, &[0; 32], aes_part)?;
        let mask = Sha256::digest(&*aes_part);
        for ((out, k), h) in key_xor.iter_mut().zip(temp_key).zip(mask) {
            *out = k ^ h;
        }
        if U2048::from_be_slice(&*m) >= self.n {
            return Err(Error::RsaPadRetry);
        }
        Ok(self.raw_encrypt(&m))
    }

    /// Legacy encryption: `RSA(SHA1(data) ‖ data ‖ padding)`, the 255-byte message read
    /// big-endian. `padding` supplies `235 − data.len()` random bytes (its first ones).
    ///
    /// # Errors
    /// [`Error::TooLong`] for more than 235 bytes of data; [`Error::InvalidLength`] for too
    /// little padding.
    ///
    /// ```
    /// let key = mtrs_crypto::rsa::telegram_test_key();
    /// let encrypted = key.encrypt_legacy(&[1; 100], &[0; 135])?;
    /// assert_eq!(encrypted.len(), 256);
    /// # Ok::<(), mtrs_crypto::Error>(())
    /// ```
    pub fn encrypt_legacy(&self, data: &[u8], padding: &[u8]) -> Result<[u8; 256], Error> {
        if data.len() > LEGACY_MAX_DATA {
            return Err(Error::TooLong {
                what: "legacy RSA data",
                max: LEGACY_MAX_DATA,
                got: data.len(),
            });
        }
        let need = LEGACY_MAX_DATA - data.len();
        let padding = padding.get(..need).ok_or(Error::InvalidLength {
            what: "legacy RSA padding",
            expected: need,
            got: padding.len(),
        })?;
        let mut m = Zeroizing::new([0u8; 256]);
        m[1..21].copy_from_slice(&Sha1::digest(data));
        m[21..21 + data.len()].copy_from_slice(data);
        m[21 + data.len()..].copy_from_slice(padding);
        // m < 2^2040 < n: always encryptable.
        Ok(self.raw_encrypt(&m))
    }
}

/// TL `bytes` serialisation (length prefix, data, zero padding to 4).
fn tl_bytes(out: &mut Vec<u8>, data: &[u8]) {
    let len = data.len();
    if len < 254 {
        out.push(len as u8);
    } else {
        out.push(254);
        out.extend_from_slice(&(len as u32).to_le_bytes()[..3]);
    }
    out.extend_from_slice(data);
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
}

/// A 2048-bit RSA private key, for the server side of the exchange (test DCs).
///
/// `Debug` shows only the fingerprint; the private exponent is zeroized on drop.
#[derive(Clone)]
pub struct RsaPrivateKey {
    public: RsaPublicKey,
    d: U2048,
}

impl fmt::Debug for RsaPrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RsaPrivateKey({:016x})", self.public.fingerprint as u64)
    }
}

impl Drop for RsaPrivateKey {
    fn drop(&mut self) {
        self.d.as_mut_words().zeroize();
    }
}

impl RsaPrivateKey {
    /// A private key from `n`, `e` and the private exponent `d` (big-endian).
    ///
    /// # Errors
    /// As [`RsaPublicKey::new`]; [`Error::RsaBadKey`] if `d` is not in `1 < d < n`.
    ///
    /// ```
    /// use mtrs_crypto::rsa::RsaPrivateKey;
    /// // n, e, d as big-endian bytes, e.g. from the test DC's configuration.
    /// fn load(n: &[u8], d: &[u8]) -> Result<RsaPrivateKey, mtrs_crypto::Error> {
    ///     RsaPrivateKey::new(n, &[1, 0, 1], d)
    /// }
    /// assert!(load(&[0xfe; 256], &[1; 2]).is_err()); // even modulus
    /// ```
    pub fn new(n: &[u8], e: &[u8], d: &[u8]) -> Result<Self, Error> {
        let public = RsaPublicKey::new(n, e)?;
        let d = bignum::from_be("RSA private exponent", d)?;
        if d <= U2048::ONE || d >= public.n {
            return Err(Error::RsaBadKey {
                reason: "private exponent is not in 1 < d < n",
            });
        }
        Ok(Self { public, d })
    }

    /// The public half.
    pub fn public(&self) -> &RsaPublicKey {
        &self.public
    }

    /// Textbook RSA decryption (constant time in `d`) of a 256-byte ciphertext below `n`.
    fn raw_decrypt(&self, ciphertext: &[u8]) -> Result<Zeroizing<[u8; 256]>, Error> {
        if ciphertext.len() != 256 {
            return Err(Error::InvalidLength {
                what: "RSA ciphertext",
                expected: 256,
                got: ciphertext.len(),
            });
        }
        let c = U2048::from_be_slice(ciphertext);
        if c >= self.public.n {
            return Err(Error::RsaCiphertextOutOfRange);
        }
        Ok(Zeroizing::new(bignum::to_be(&bignum::pow(
            &c,
            &self.d,
            &self.public.params,
        ))))
    }

    /// Undoes [`RsaPublicKey::encrypt_pad`]: returns `data_with_padding` (192 bytes); the
    /// caller parses the TL object at its start.
    ///
    /// # Errors
    /// [`Error::InvalidLength`] unless 256 bytes; [`Error::RsaCiphertextOutOfRange`] if not
    /// below `n`; [`Error::HashMismatch`] if the embedded SHA256 does not match (wrong key or
    /// tampering).
    ///
    /// ```
    /// fn on_req_dh_params(
    ///     key: &mtrs_crypto::rsa::RsaPrivateKey,
    ///     encrypted_data: &[u8],
    /// ) -> Result<(), mtrs_crypto::Error> {
    ///     let data_with_padding = key.decrypt_pad(encrypted_data)?;
    ///     let _inner = &data_with_padding[..]; // parse p_q_inner_data_* from here
    ///     Ok(())
    /// }
    /// ```
    pub fn decrypt_pad(&self, ciphertext: &[u8]) -> Result<Zeroizing<[u8; 192]>, Error> {
        let mut m = self.raw_decrypt(ciphertext)?;
        let (key_xor, aes_part) = m.split_at_mut(32);
        let mask = Sha256::digest(&*aes_part);
        let mut temp_key = Zeroizing::new([0u8; 32]);
        for ((k, x), h) in temp_key.iter_mut().zip(key_xor.iter()).zip(mask) {
            *k = x ^ h;
        }
        ige::decrypt(&temp_key, &[0; 32], aes_part)?;
        let (reversed, hash) = aes_part.split_at(192);
        let mut with_padding = Zeroizing::new([0u8; 192]);
        with_padding.copy_from_slice(reversed);
        with_padding.reverse();
        let digest = Sha256::new()
            .chain_update(temp_key.as_slice())
            .chain_update(with_padding.as_slice())
            .finalize();
        if subtle::ConstantTimeEq::ct_eq(&digest[..], hash).into() {
            Ok(with_padding)
        } else {
            Err(Error::HashMismatch {
                what: "RSA_PAD SHA256",
            })
        }
    }

    /// Undoes [`RsaPublicKey::encrypt_legacy`]: returns the 255-byte plaintext
    /// `SHA1(data) ‖ data ‖ padding`. Parse the TL object from
    /// [`LegacyPlaintext::payload`], then check the hash with [`LegacyPlaintext::data`].
    ///
    /// # Errors
    /// [`Error::InvalidLength`] unless 256 bytes; [`Error::RsaCiphertextOutOfRange`] if not
    /// below `n`; [`Error::HashMismatch`] if the message is not 255 bytes long (wrong key).
    ///
    /// ```
    /// fn on_legacy(
    ///     key: &mtrs_crypto::rsa::RsaPrivateKey,
    ///     encrypted_data: &[u8],
    /// ) -> Result<Vec<u8>, mtrs_crypto::Error> {
    ///     let plain = key.decrypt_legacy(encrypted_data)?;
    ///     let len = 96; // learnt by parsing p_q_inner_data from plain.payload()
    ///     Ok(plain.data(len)?.to_vec())
    /// }
    /// ```
    pub fn decrypt_legacy(&self, ciphertext: &[u8]) -> Result<LegacyPlaintext, Error> {
        let m = self.raw_decrypt(ciphertext)?;
        if m[0] != 0 {
            return Err(Error::HashMismatch {
                what: "legacy RSA message",
            });
        }
        let mut bytes = [0u8; 255];
        bytes.copy_from_slice(&m[1..]);
        Ok(LegacyPlaintext(Zeroizing::new(bytes)))
    }
}

/// A decrypted legacy-RSA message: `SHA1(data) ‖ data ‖ padding` (255 bytes).
pub struct LegacyPlaintext(Zeroizing<[u8; 255]>);

impl fmt::Debug for LegacyPlaintext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LegacyPlaintext { .. }")
    }
}

impl LegacyPlaintext {
    /// The 235 bytes after the hash: the data and its padding.
    pub fn payload(&self) -> &[u8] {
        &self.0[20..]
    }

    /// The first `len` payload bytes, after checking that the leading SHA1 covers exactly
    /// them.
    ///
    /// # Errors
    /// [`Error::InvalidLength`] if `len > 235`; [`Error::HashMismatch`] if the hash differs.
    pub fn data(&self, len: usize) -> Result<&[u8], Error> {
        let data = self.payload().get(..len).ok_or(Error::InvalidLength {
            what: "legacy RSA data length",
            expected: LEGACY_MAX_DATA,
            got: len,
        })?;
        if subtle::ConstantTimeEq::ct_eq(&Sha1::digest(data)[..], &self.0[..20]).into() {
            Ok(data)
        } else {
            Err(Error::HashMismatch {
                what: "legacy RSA SHA1",
            })
        }
    }
}

#[cfg(test)]
mod tests;
