//! MTProto 2.0 message keys and the AES key/IV derived from them.
//!
//! See <https://core.telegram.org/mtproto/description#defining-aes-key-and-initialization-vector>.
//! With `x` = 0 for client→server and 8 for server→client ([`Direction`]):
//!
//! ```text
//! msg_key_large = SHA256(auth_key[88+x .. 120+x] ‖ padded plaintext)
//! msg_key       = msg_key_large[8..24]
//! a = SHA256(msg_key ‖ auth_key[x .. 36+x])     b = SHA256(auth_key[40+x .. 76+x] ‖ msg_key)
//! aes_key = a[0..8] ‖ b[8..24] ‖ a[24..32]       aes_iv = b[0..8] ‖ a[8..24] ‖ b[24..32]
//! ```
//!
//! ```
//! use mtrs_crypto::{AuthKey, Direction, msg_key};
//! let key = AuthKey::from_bytes([3u8; 256]);
//! let mut buf = [0u8; 64]; // a padded plaintext; its length must be a multiple of 16
//! let mk = msg_key::encrypt(&key, Direction::ClientToServer, &mut buf)?;
//! msg_key::decrypt(&key, Direction::ClientToServer, &mk, &mut buf)?;
//! assert_eq!(buf, [0u8; 64]);
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{AesKeyIv, AuthKey, Error, ige};

/// Which way a message travels; selects `x` in the key derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Client to server: `x = 0`.
    ClientToServer,
    /// Server to client: `x = 8`.
    ServerToClient,
}

impl Direction {
    /// The offset `x` of the key derivation (0 or 8).
    pub const fn x(self) -> usize {
        match self {
            Direction::ClientToServer => 0,
            Direction::ServerToClient => 8,
        }
    }
}

/// The full SHA256 `msg_key_large` of a padded plaintext.
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction, msg_key};
/// let key = AuthKey::from_bytes([3u8; 256]);
/// let large = msg_key::msg_key_large(&key, Direction::ServerToClient, &[0u8; 32]);
/// assert_eq!(large[8..24], msg_key::msg_key(&key, Direction::ServerToClient, &[0u8; 32]));
/// ```
pub fn msg_key_large(auth_key: &AuthKey, direction: Direction, padded: &[u8]) -> [u8; 32] {
    let x = direction.x();
    let key = auth_key.as_bytes();
    let mut h = Sha256::new();
    h.update(&key[88 + x..120 + x]);
    h.update(padded);
    h.finalize().into()
}

/// The 16-byte `msg_key` of a padded plaintext (`msg_key_large[8..24]`).
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction, msg_key};
/// let key = AuthKey::from_bytes(std::array::from_fn(|i| i as u8));
/// let mk = msg_key::msg_key(&key, Direction::ClientToServer, &[0u8; 32]);
/// assert_ne!(mk, msg_key::msg_key(&key, Direction::ServerToClient, &[0u8; 32]));
/// ```
pub fn msg_key(auth_key: &AuthKey, direction: Direction, padded: &[u8]) -> [u8; 16] {
    let large = msg_key_large(auth_key, direction, padded);
    let mut out = [0u8; 16];
    out.copy_from_slice(&large[8..24]);
    out
}

/// The quick-ack token of a message: the first 4 bytes of `msg_key_large` read little-endian,
/// with the top bit set.
///
/// ```
/// let token = mtrs_crypto::msg_key::quick_ack_token(&[0x98, 0x42, 0x14, 0x0f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
/// assert_eq!(token, 0x8f14_4298);
/// ```
pub fn quick_ack_token(msg_key_large: &[u8; 32]) -> u32 {
    u32::from_le_bytes([
        msg_key_large[0],
        msg_key_large[1],
        msg_key_large[2],
        msg_key_large[3],
    ]) | 0x8000_0000
}

/// The AES-256-IGE key and IV for a message with this `msg_key`.
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction, msg_key};
/// let key = AuthKey::from_bytes([3u8; 256]);
/// let kiv = msg_key::aes_key_iv(&key, Direction::ClientToServer, &[1u8; 16]);
/// assert_ne!(kiv.key, kiv.iv);
/// ```
pub fn aes_key_iv(auth_key: &AuthKey, direction: Direction, msg_key: &[u8; 16]) -> AesKeyIv {
    let x = direction.x();
    let key = auth_key.as_bytes();
    let a: [u8; 32] = Sha256::new()
        .chain_update(msg_key)
        .chain_update(&key[x..36 + x])
        .finalize()
        .into();
    let b: [u8; 32] = Sha256::new()
        .chain_update(&key[40 + x..76 + x])
        .chain_update(msg_key)
        .finalize()
        .into();
    let mut out = AesKeyIv::default();
    out.key[..8].copy_from_slice(&a[..8]);
    out.key[8..24].copy_from_slice(&b[8..24]);
    out.key[24..].copy_from_slice(&a[24..]);
    out.iv[..8].copy_from_slice(&b[..8]);
    out.iv[8..24].copy_from_slice(&a[8..24]);
    out.iv[24..].copy_from_slice(&b[24..]);
    out
}

/// Encrypts a padded plaintext in place and returns its `msg_key`.
///
/// The caller builds the plaintext (salt, session id, … and 12..1024 random padding bytes).
///
/// # Errors
/// [`Error::NotBlockAligned`] if the length is not a multiple of 16 (nothing is changed).
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction, msg_key};
/// let key = AuthKey::from_bytes([5; 256]);
/// let mut plaintext = [0u8; 48];
/// let mk = msg_key::encrypt(&key, Direction::ClientToServer, &mut plaintext)?;
/// assert_eq!(mk.len(), 16);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn encrypt(
    auth_key: &AuthKey,
    direction: Direction,
    padded: &mut [u8],
) -> Result<[u8; 16], Error> {
    if !padded.len().is_multiple_of(ige::BLOCK_LEN) {
        return Err(Error::NotBlockAligned {
            what: "MTProto plaintext",
            len: padded.len(),
        });
    }
    let mk = msg_key(auth_key, direction, padded);
    let kiv = aes_key_iv(auth_key, direction, &mk);
    ige::encrypt(&kiv.key, &kiv.iv, padded)?;
    Ok(mk)
}

/// Decrypts `buf` in place and checks, in constant time, that the plaintext's `msg_key`
/// equals `msg_key`. `direction` is the direction the message travelled.
///
/// # Errors
/// [`Error::NotBlockAligned`] for a bad length (nothing changed); [`Error::MsgKeyMismatch`]
/// if the check fails — `buf` then holds garbage that must not be used.
///
/// ```
/// use mtrs_crypto::{AuthKey, Direction, Error, msg_key};
/// let key = AuthKey::from_bytes([5; 256]);
/// let mut buf = [1u8; 48];
/// let mk = msg_key::encrypt(&key, Direction::ServerToClient, &mut buf)?;
/// buf[0] ^= 1; // tampering is detected
/// assert_eq!(
///     msg_key::decrypt(&key, Direction::ServerToClient, &mk, &mut buf),
///     Err(Error::MsgKeyMismatch)
/// );
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn decrypt(
    auth_key: &AuthKey,
    direction: Direction,
    msg_key: &[u8; 16],
    buf: &mut [u8],
) -> Result<(), Error> {
    let kiv = aes_key_iv(auth_key, direction, msg_key);
    ige::decrypt(&kiv.key, &kiv.iv, buf)?;
    let actual = self::msg_key(auth_key, direction, buf);
    if bool::from(actual.ct_eq(msg_key)) {
        Ok(())
    } else {
        Err(Error::MsgKeyMismatch)
    }
}
