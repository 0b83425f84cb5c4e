//! The 2048-bit authorization key shared by a client and a DC.
//!
//! See <https://core.telegram.org/mtproto/description#authorization-key-auth-key>.

use std::fmt;

use sha1::{Digest, Sha1};
use subtle::ConstantTimeEq;
use zeroize::Zeroize;

/// The 64-bit identifier of an [`AuthKey`]: the low 64 bits (last 8 bytes, little endian)
/// of SHA1 of the key. It is public: it travels in clear in every encrypted message.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AuthKeyId(pub u64);

impl AuthKeyId {
    /// The id as the 8 little-endian bytes that lead an encrypted message.
    pub fn to_le_bytes(self) -> [u8; 8] {
        self.0.to_le_bytes()
    }
}

impl fmt::Debug for AuthKeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AuthKeyId({:016x})", self.0)
    }
}

impl fmt::Display for AuthKeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// A 256-byte MTProto authorization key.
///
/// `Debug` and `Display` show only the key id; the bytes are zeroized on drop (every clone
/// too) and compared in constant time.
///
/// ```
/// use mtrs_crypto::AuthKey;
/// let key = AuthKey::from_bytes([7u8; 256]);
/// assert_eq!(format!("{key:?}"), format!("AuthKey {{ id: {:016x} }}", key.id().0));
/// assert_eq!(key.as_bytes(), &[7u8; 256]);
/// ```
#[derive(Clone)]
pub struct AuthKey {
    bytes: Box<[u8; 256]>,
    id: AuthKeyId,
    aux_hash: u64,
}

impl AuthKey {
    /// Length of an auth key in bytes.
    pub const LEN: usize = 256;

    /// Wraps raw key bytes, computing the key id and aux hash once.
    pub fn from_bytes(mut bytes: [u8; 256]) -> Self {
        let digest = Sha1::digest(bytes);
        let mut head = [0u8; 8];
        head.copy_from_slice(&digest[..8]);
        let mut tail = [0u8; 8];
        tail.copy_from_slice(&digest[12..20]);
        let key = Self {
            bytes: Box::new(bytes),
            id: AuthKeyId(u64::from_le_bytes(tail)),
            aux_hash: u64::from_le_bytes(head),
        };
        // The argument was moved in by value: wipe this stack copy too.
        bytes.zeroize();
        key
    }

    /// Wraps a slice that must be exactly 256 bytes long; `None` otherwise.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let arr: [u8; 256] = bytes.try_into().ok()?;
        Some(Self::from_bytes(arr))
    }

    /// The raw key bytes. Handle with care: never log them.
    pub fn as_bytes(&self) -> &[u8; 256] {
        &self.bytes
    }

    /// The key id (low 64 bits of SHA1 of the key).
    pub fn id(&self) -> AuthKeyId {
        self.id
    }

    /// The aux hash (high 64 bits of SHA1 of the key), used by the DH exchange's
    /// `new_nonce_hash` checks.
    pub fn aux_hash(&self) -> u64 {
        self.aux_hash
    }
}

impl PartialEq for AuthKey {
    fn eq(&self, other: &Self) -> bool {
        self.bytes[..].ct_eq(&other.bytes[..]).into()
    }
}

impl Eq for AuthKey {}

impl Drop for AuthKey {
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

impl fmt::Debug for AuthKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AuthKey {{ id: {:016x} }}", self.id.0)
    }
}

impl fmt::Display for AuthKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "auth key {:016x}", self.id.0)
    }
}

#[cfg(test)]
mod tests;
