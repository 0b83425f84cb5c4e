//! Telegram Desktop (`tdata`) cryptography: the local-key derivation and encrypted blocks.
//!
//! * [`create_local_key`]: `PBKDF2-HMAC-SHA512(SHA512(salt ‖ passcode ‖ salt), salt,
//!   iterations = 1 without a passcode or 100 000 with one, 256 bytes)` (Desktop's
//!   `CreateLocalKey`).
//! * [`aes_key_iv_v1`]: the SHA1-based key/IV derivation of MTProto 1.0 that Desktop still
//!   uses for local files (`prepareAES_oldmtp`).
//! * [`encrypt_local`] / [`decrypt_local`]: Desktop's `PrepareEncrypted` / `DecryptLocal`
//!   block: `msg_key (16) ‖ AES-256-IGE(u32le(4 + len) ‖ payload ‖ padding)`, with
//!   `msg_key = SHA1(plaintext)[0..16]` and the key/IV from [`aes_key_iv_v1`] with `x = 8`.
//!
//! ```
//! use mtrs_crypto::tdesktop;
//! let salt = [5u8; 32];
//! let passcode_key = tdesktop::create_local_key(b"", &salt)?;
//! let local_key = tdesktop::LocalKey::from_bytes([9u8; 256]);
//! // key_data's `keyEncrypted`: the raw local key, encrypted under the passcode key.
//! let block = tdesktop::encrypt_local(&passcode_key, local_key.as_bytes(), &[0u8; 16])?;
//! assert_eq!(block.len(), 288);
//! let back = tdesktop::decrypt_local(&passcode_key, &block)?;
//! assert_eq!(back, local_key.as_bytes());
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use std::fmt;

use sha1::Sha1;
use sha2::{Digest, Sha512};
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{AesKeyIv, Direction, Error, LocalDecryptFailure, ige};

/// Length of the salt stored in `key_data` (`LocalEncryptSaltSize`).
pub const SALT_LEN: usize = 32;
/// PBKDF2 iterations when there is no passcode.
pub const ITERATIONS_NO_PASSCODE: u32 = 1;
/// PBKDF2 iterations with a passcode.
pub const ITERATIONS_PASSCODE: u32 = 100_000;

/// A 256-byte Telegram Desktop key: the random local key, or the passcode key that wraps it.
///
/// Zeroized on drop; `Debug` prints no bytes.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct LocalKey(Box<[u8; 256]>);

impl LocalKey {
    /// Wraps raw key bytes.
    ///
    /// ```
    /// let key = mtrs_crypto::tdesktop::LocalKey::from_bytes([1; 256]);
    /// assert_eq!(key.as_bytes(), &[1; 256]);
    /// ```
    pub fn from_bytes(mut bytes: [u8; 256]) -> Self {
        let key = Self(Box::new(bytes));
        bytes.zeroize();
        key
    }

    /// Wraps a slice that must be exactly 256 bytes long.
    ///
    /// # Errors
    /// [`Error::InvalidLength`] for any other length.
    ///
    /// ```
    /// use mtrs_crypto::tdesktop::LocalKey;
    /// assert!(LocalKey::from_slice(&[0; 256]).is_ok());
    /// assert!(LocalKey::from_slice(&[0; 255]).is_err());
    /// ```
    pub fn from_slice(bytes: &[u8]) -> Result<Self, Error> {
        let arr: [u8; 256] = bytes.try_into().map_err(|_| Error::InvalidLength {
            what: "tdesktop local key",
            expected: 256,
            got: bytes.len(),
        })?;
        Ok(Self::from_bytes(arr))
    }

    /// The raw key bytes. Never log them.
    pub fn as_bytes(&self) -> &[u8; 256] {
        &self.0
    }
}

impl fmt::Debug for LocalKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LocalKey { .. }")
    }
}

/// Derives the passcode key from the UTF-8 passcode (empty for none) and the 32-byte salt
/// from `key_data` (Desktop's `CreateLocalKey`).
///
/// # Errors
/// [`Error::InvalidLength`] if `salt` is not 32 bytes.
///
/// ```
/// let key = mtrs_crypto::tdesktop::create_local_key(b"", &[0u8; 32])?;
/// assert_ne!(key.as_bytes(), &[0u8; 256]);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn create_local_key(passcode: &[u8], salt: &[u8]) -> Result<LocalKey, Error> {
    if salt.len() != SALT_LEN {
        return Err(Error::InvalidLength {
            what: "tdesktop salt",
            expected: SALT_LEN,
            got: salt.len(),
        });
    }
    let mut password: [u8; 64] = Sha512::new()
        .chain_update(salt)
        .chain_update(passcode)
        .chain_update(salt)
        .finalize()
        .into();
    let iterations = if passcode.is_empty() {
        ITERATIONS_NO_PASSCODE
    } else {
        ITERATIONS_PASSCODE
    };
    let mut out = [0u8; 256];
    pbkdf2::pbkdf2_hmac::<Sha512>(&password, salt, iterations, &mut out);
    password.zeroize();
    Ok(LocalKey::from_bytes(out))
}

/// The passcode key of the legacy single-account storage (`<dataKey>/map` folders that
/// predate multi-account Desktop): PBKDF2-HMAC-SHA1 over the raw passcode, 4 iterations
/// without a passcode and 4000 with one, 256 bytes.
///
/// Follows the format notes only; no real legacy folder was available to check it against.
///
/// # Errors
/// [`Error::InvalidLength`] if `salt` is not 32 bytes.
///
/// ```
/// let old = mtrs_crypto::tdesktop::create_legacy_local_key(b"", &[0u8; 32])?;
/// let new = mtrs_crypto::tdesktop::create_local_key(b"", &[0u8; 32])?;
/// assert_ne!(old, new);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn create_legacy_local_key(passcode: &[u8], salt: &[u8]) -> Result<LocalKey, Error> {
    if salt.len() != SALT_LEN {
        return Err(Error::InvalidLength {
            what: "tdesktop salt",
            expected: SALT_LEN,
            got: salt.len(),
        });
    }
    let iterations = if passcode.is_empty() { 4 } else { 4000 };
    let mut out = [0u8; 256];
    pbkdf2::pbkdf2_hmac::<Sha1>(passcode, salt, iterations, &mut out);
    Ok(LocalKey::from_bytes(out))
}

/// The MTProto 1.0 (SHA1) AES key/IV derivation from a 16-byte `msg_key`.
///
/// `x` is 0 for [`Direction::ClientToServer`] and 8 for [`Direction::ServerToClient`];
/// Desktop's local files use 8.
///
/// ```
/// use mtrs_crypto::{Direction, tdesktop};
/// let kiv = tdesktop::aes_key_iv_v1(&[4u8; 256], &[1u8; 16], Direction::ServerToClient);
/// assert_ne!(kiv.key, kiv.iv);
/// ```
pub fn aes_key_iv_v1(key: &[u8; 256], msg_key: &[u8; 16], direction: Direction) -> AesKeyIv {
    let x = direction.x();
    let a: [u8; 20] = Sha1::new()
        .chain_update(msg_key)
        .chain_update(&key[x..x + 32])
        .finalize()
        .into();
    let b: [u8; 20] = Sha1::new()
        .chain_update(&key[x + 32..x + 48])
        .chain_update(msg_key)
        .chain_update(&key[x + 48..x + 64])
        .finalize()
        .into();
    let c: [u8; 20] = Sha1::new()
        .chain_update(&key[x + 64..x + 96])
        .chain_update(msg_key)
        .finalize()
        .into();
    let d: [u8; 20] = Sha1::new()
        .chain_update(msg_key)
        .chain_update(&key[x + 96..x + 128])
        .finalize()
        .into();
    let mut out = AesKeyIv::default();
    out.key[..8].copy_from_slice(&a[..8]);
    out.key[8..20].copy_from_slice(&b[8..20]);
    out.key[20..].copy_from_slice(&c[4..16]);
    out.iv[..12].copy_from_slice(&a[8..20]);
    out.iv[12..20].copy_from_slice(&b[..8]);
    out.iv[20..24].copy_from_slice(&c[16..20]);
    out.iv[24..].copy_from_slice(&d[..8]);
    out
}

/// Number of padding bytes [`encrypt_local`] appends to a payload of `payload_len` bytes.
///
/// ```
/// assert_eq!(mtrs_crypto::tdesktop::local_padding_len(256), 12);
/// assert_eq!(mtrs_crypto::tdesktop::local_padding_len(12), 0);
/// ```
pub const fn local_padding_len(payload_len: usize) -> usize {
    (16 - (4 + payload_len) % 16) % 16
}

/// Builds an encrypted local block: `msg_key ‖ AES-IGE(u32le(4 + len) ‖ payload ‖ padding)`.
///
/// `padding` supplies the random padding bytes; only the first
/// [`local_padding_len`]`(payload.len())` of them are used (Desktop uses random bytes,
/// opentele zeros; readers accept anything).
///
/// # Errors
/// [`Error::TooLong`] if the payload does not fit the 32-bit length prefix.
///
/// ```
/// use mtrs_crypto::tdesktop::{self, LocalKey};
/// let key = LocalKey::from_bytes([3; 256]);
/// let block = tdesktop::encrypt_local(&key, b"payload", &[0; 16])?;
/// assert_eq!(block.len(), 16 + 16);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn encrypt_local(key: &LocalKey, payload: &[u8], padding: &[u8; 16]) -> Result<Vec<u8>, Error> {
    let declared = u32::try_from(payload.len())
        .ok()
        .and_then(|n| n.checked_add(4))
        .ok_or(Error::TooLong {
            what: "tdesktop local payload",
            max: u32::MAX as usize - 4,
            got: payload.len(),
        })?;
    let pad = local_padding_len(payload.len());
    let mut out = Vec::with_capacity(16 + 4 + payload.len() + pad);
    out.extend_from_slice(&[0u8; 16]);
    out.extend_from_slice(&declared.to_le_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&padding[..pad]);
    let (head, body) = out.split_at_mut(16);
    let digest = Sha1::digest(&*body);
    head.copy_from_slice(&digest[..16]);
    let mut msg_key = [0u8; 16];
    msg_key.copy_from_slice(head);
    let kiv = aes_key_iv_v1(key.as_bytes(), &msg_key, Direction::ServerToClient);
    ige::encrypt(&kiv.key, &kiv.iv, body)?;
    Ok(out)
}

/// Decrypts a local block made by [`encrypt_local`] (or Desktop) and returns its payload.
///
/// # Errors
/// [`Error::LocalDecrypt`] when the length is wrong, the checksum does not match (wrong key
/// or passcode) or the inner length is impossible.
///
/// ```
/// use mtrs_crypto::tdesktop::{self, LocalKey};
/// let key = LocalKey::from_bytes([3; 256]);
/// let block = tdesktop::encrypt_local(&key, b"payload", &[0; 16])?;
/// assert_eq!(tdesktop::decrypt_local(&key, &block)?, b"payload");
/// assert!(tdesktop::decrypt_local(&LocalKey::from_bytes([4; 256]), &block).is_err());
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn decrypt_local(key: &LocalKey, block: &[u8]) -> Result<Vec<u8>, Error> {
    let bad_length = Error::LocalDecrypt {
        reason: LocalDecryptFailure::BadLength { len: block.len() },
    };
    let Some((head, body)) = block.split_first_chunk::<16>() else {
        return Err(bad_length);
    };
    if body.is_empty() || !body.len().is_multiple_of(ige::BLOCK_LEN) {
        return Err(bad_length);
    }
    let kiv = aes_key_iv_v1(key.as_bytes(), head, Direction::ServerToClient);
    let mut plain = body.to_vec();
    ige::decrypt(&kiv.key, &kiv.iv, &mut plain)?;
    let digest = Sha1::digest(&plain);
    if !bool::from(digest[..16].ct_eq(head)) {
        plain.zeroize();
        return Err(Error::LocalDecrypt {
            reason: LocalDecryptFailure::ChecksumMismatch,
        });
    }
    // `plain` is at least 16 bytes here, so the 4-byte prefix exists.
    let declared = u32::from_le_bytes([plain[0], plain[1], plain[2], plain[3]]);
    let len = declared as usize;
    let decrypted = plain.len();
    if len < 4 || len > decrypted || len <= decrypted - 16 {
        plain.zeroize();
        return Err(Error::LocalDecrypt {
            reason: LocalDecryptFailure::BadInnerLength {
                declared,
                decrypted,
            },
        });
    }
    let payload = plain[4..len].to_vec();
    plain.zeroize();
    Ok(payload)
}

#[cfg(test)]
mod tests;
