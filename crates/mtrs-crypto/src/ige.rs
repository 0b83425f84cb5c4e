//! AES-256 in Infinite Garble Extension (IGE) mode, as MTProto and Telegram Desktop use it.
//!
//! The 32-byte IV is Telegram's layout: `iv[0..16]` plays the "previous ciphertext block"
//! (XORed into the first plaintext block before encryption) and `iv[16..32]` the "previous
//! plaintext block" (XORed into the first cipher output):
//!
//! ```text
//! c_i = E(p_i ⊕ c_{i-1}) ⊕ p_{i-1}        p_i = D(c_i ⊕ p_{i-1}) ⊕ c_{i-1}
//! ```
//!
//! This is the RustCrypto `ige` crate's mode (its IV has the same layout) behind
//! Telegram-shaped functions: fixed-size key and IV, in-place buffers, a typed error for
//! unaligned lengths. Both directions are sequential (block `i` needs the output of block
//! `i − 1`); the crate runs the whole loop inside the `aes` backend, so CPU features
//! (AES-NI, …) are detected once per buffer, not once per block.
//!
//! ```
//! let key = [7u8; 32];
//! let iv = [9u8; 32];
//! let mut buf = *b"sixteen byte msgand sixteen more";
//! mtrs_crypto::ige::encrypt(&key, &iv, &mut buf)?;
//! assert_ne!(&buf, b"sixteen byte msgand sixteen more");
//! mtrs_crypto::ige::decrypt(&key, &iv, &mut buf)?;
//! assert_eq!(&buf, b"sixteen byte msgand sixteen more");
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use aes::{Aes256Dec, Aes256Enc};
use cipher::array::Array;
use cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};

use crate::Error;

type Encryptor = ige::Encryptor<Aes256Enc>;
type Decryptor = ige::Decryptor<Aes256Dec>;

/// AES block size in bytes; IGE buffers must be a multiple of it.
pub const BLOCK_LEN: usize = 16;

/// Encrypts `buf` in place with AES-256-IGE.
///
/// # Errors
/// [`Error::NotBlockAligned`] if `buf.len()` is not a multiple of 16 (the buffer is then left
/// untouched). An empty buffer is accepted and left as is.
///
/// ```
/// let mut buf = [0u8; 32];
/// mtrs_crypto::ige::encrypt(&[1; 32], &[2; 32], &mut buf)?;
/// assert_ne!(buf, [0u8; 32]);
/// assert!(mtrs_crypto::ige::encrypt(&[1; 32], &[2; 32], &mut [0u8; 20]).is_err());
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn encrypt(key: &[u8; 32], iv: &[u8; 32], buf: &mut [u8]) -> Result<(), Error> {
    let blocks = as_blocks(buf)?;
    Encryptor::new(key.into(), iv.into()).encrypt_blocks(Array::cast_slice_from_core_mut(blocks));
    Ok(())
}

/// Decrypts `buf` in place with AES-256-IGE.
///
/// # Errors
/// [`Error::NotBlockAligned`] if `buf.len()` is not a multiple of 16 (the buffer is then left
/// untouched).
///
/// ```
/// let mut buf = *b"0123456789abcdef";
/// mtrs_crypto::ige::encrypt(&[1; 32], &[2; 32], &mut buf)?;
/// mtrs_crypto::ige::decrypt(&[1; 32], &[2; 32], &mut buf)?;
/// assert_eq!(&buf, b"0123456789abcdef");
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn decrypt(key: &[u8; 32], iv: &[u8; 32], buf: &mut [u8]) -> Result<(), Error> {
    let blocks = as_blocks(buf)?;
    Decryptor::new(key.into(), iv.into()).decrypt_blocks(Array::cast_slice_from_core_mut(blocks));
    Ok(())
}

fn as_blocks(buf: &mut [u8]) -> Result<&mut [[u8; 16]], Error> {
    let (blocks, rest) = buf.as_chunks_mut::<BLOCK_LEN>();
    if !rest.is_empty() {
        return Err(Error::NotBlockAligned {
            what: "AES-IGE buffer",
            len: blocks.len() * BLOCK_LEN + rest.len(),
        });
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests;
