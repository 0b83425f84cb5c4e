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
//! Both directions are sequential: block `i` needs the *output* of block `i − 1` (the previous
//! ciphertext when encrypting, the previous plaintext when decrypting), so no multi-block
//! (pipelined) AES path applies. Speed therefore comes from running the whole loop inside the
//! `aes` crate's backend closure: the CPU features (AES-NI, …) are detected once per buffer,
//! not once per block.
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
use cipher::consts::U16;
use cipher::{
    BlockCipherDecBackend, BlockCipherDecClosure, BlockCipherDecrypt, BlockCipherEncBackend,
    BlockCipherEncClosure, BlockCipherEncrypt, BlockSizeUser, KeyInit,
};

use crate::Error;

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
    let cipher = Aes256Enc::new(&Array::from(*key));
    let (x, y) = split_iv(iv);
    cipher.encrypt_with_backend(EncryptLoop { blocks, x, y });
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
    let cipher = Aes256Dec::new(&Array::from(*key));
    let (x, y) = split_iv(iv);
    cipher.decrypt_with_backend(DecryptLoop { blocks, x, y });
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

/// Splits Telegram's IV into (previous ciphertext, previous plaintext).
fn split_iv(iv: &[u8; 32]) -> (Block, Block) {
    let mut x = Block::default();
    let mut y = Block::default();
    x.copy_from_slice(&iv[..BLOCK_LEN]);
    y.copy_from_slice(&iv[BLOCK_LEN..]);
    (x, y)
}

type Block = Array<u8, U16>;

/// Byte-wise XOR; compiles to one SIMD `xor`, keeping blocks in vector registers (a detour
/// through two 64-bit general registers costs a store-forwarding stall per block).
#[inline(always)]
fn xor(a: &[u8], b: &[u8]) -> Block {
    let mut out = Block::default();
    for ((o, a), b) in out.iter_mut().zip(a).zip(b) {
        *o = a ^ b;
    }
    out
}

/// The encryption loop, run once inside the cipher backend.
struct EncryptLoop<'a> {
    blocks: &'a mut [[u8; 16]],
    /// Previous ciphertext block.
    x: Block,
    /// Previous plaintext block.
    y: Block,
}

impl BlockSizeUser for EncryptLoop<'_> {
    type BlockSize = U16;
}

impl BlockCipherEncClosure for EncryptLoop<'_> {
    #[inline(always)]
    fn call<B: BlockCipherEncBackend<BlockSize = U16>>(self, backend: &B) {
        let Self {
            blocks,
            mut x,
            mut y,
        } = self;
        for block in blocks {
            let p = Block::from(*block);
            let mut t = xor(&p, &x);
            backend.encrypt_block_inplace(&mut t);
            x = xor(&t, &y);
            y = p;
            *block = x.into();
        }
    }
}

/// The decryption loop, run once inside the cipher backend.
struct DecryptLoop<'a> {
    blocks: &'a mut [[u8; 16]],
    /// Previous ciphertext block.
    x: Block,
    /// Previous plaintext block.
    y: Block,
}

impl BlockSizeUser for DecryptLoop<'_> {
    type BlockSize = U16;
}

impl BlockCipherDecClosure for DecryptLoop<'_> {
    #[inline(always)]
    fn call<B: BlockCipherDecBackend<BlockSize = U16>>(self, backend: &B) {
        let Self {
            blocks,
            mut x,
            mut y,
        } = self;
        for block in blocks {
            let c = Block::from(*block);
            let mut t = xor(&c, &y);
            backend.decrypt_block_inplace(&mut t);
            y = xor(&t, &x);
            x = c;
            *block = y.into();
        }
    }
}

#[cfg(test)]
mod tests;
