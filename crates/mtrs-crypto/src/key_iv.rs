//! A derived AES-256 key and IGE IV pair.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

/// An AES-256 key and a 32-byte IGE IV derived for one message or block.
///
/// Zeroized on drop; `Debug` prints no bytes.
///
/// ```
/// let kiv = mtrs_crypto::AesKeyIv { key: [1; 32], iv: [2; 32] };
/// assert_eq!(format!("{kiv:?}"), "AesKeyIv { .. }");
/// ```
#[derive(Clone, Default, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct AesKeyIv {
    /// The AES-256 key.
    pub key: [u8; 32],
    /// The IGE IV (`[0..16]` previous ciphertext, `[16..32]` previous plaintext).
    pub iv: [u8; 32],
}

impl fmt::Debug for AesKeyIv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AesKeyIv { .. }")
    }
}
