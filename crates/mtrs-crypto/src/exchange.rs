//! Hashes and keys of the auth-key exchange (the DH handshake) that are not RSA or DH
//! arithmetic: `new_nonce_hash1/2/3`, the temporary AES key/IV that protects the
//! `server_DH_inner_data` / `client_DH_inner_data` payloads, and the first server salt.
//!
//! See <https://core.telegram.org/mtproto/auth_key>.
//!
//! ```
//! use mtrs_crypto::{AuthKey, exchange};
//! let new_nonce = [1u8; 32];
//! let server_nonce = [2u8; 16];
//! let kiv = exchange::tmp_aes_key_iv(&server_nonce, &new_nonce);
//! // The server encrypts its answer (padding from the caller's RNG) ...
//! let sealed = exchange::encrypt_inner_data(&kiv, b"server_DH_inner_data...", &[0u8; 15])?;
//! // ... and the client opens it; the answer's length comes from parsing the TL.
//! let opened = exchange::decrypt_inner_data(&kiv, &sealed)?;
//! assert_eq!(exchange::verify_inner_data(&opened, 23)?, b"server_DH_inner_data...");
//! let key = AuthKey::from_bytes([7u8; 256]);
//! let ok = exchange::new_nonce_hash(&key, &new_nonce, exchange::DhGenAnswer::Ok);
//! assert_ne!(ok, exchange::new_nonce_hash(&key, &new_nonce, exchange::DhGenAnswer::Retry));
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use sha1::{Digest, Sha1};
use subtle::ConstantTimeEq;

use crate::{AesKeyIv, AuthKey, Error, ige};

/// The three possible answers to `set_client_DH_params`, each checked by its own hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DhGenAnswer {
    /// `dh_gen_ok`: `new_nonce_hash1`.
    Ok,
    /// `dh_gen_retry`: `new_nonce_hash2`.
    Retry,
    /// `dh_gen_fail`: `new_nonce_hash3`.
    Fail,
}

impl DhGenAnswer {
    /// The byte `N` of `new_nonce_hashN` (1, 2 or 3).
    pub const fn number(self) -> u8 {
        match self {
            DhGenAnswer::Ok => 1,
            DhGenAnswer::Retry => 2,
            DhGenAnswer::Fail => 3,
        }
    }
}

/// `new_nonce_hashN`: the low 128 bits (bytes 4..20) of
/// `SHA1(new_nonce ‖ N ‖ auth_key_aux_hash)`, as the 16 wire bytes of the TL `int128`.
///
/// ```
/// use mtrs_crypto::{AuthKey, exchange::{self, DhGenAnswer}};
/// let hash1 = exchange::new_nonce_hash(&AuthKey::from_bytes([1; 256]), &[2; 32], DhGenAnswer::Ok);
/// assert_eq!(hash1.len(), 16);
/// ```
pub fn new_nonce_hash(auth_key: &AuthKey, new_nonce: &[u8; 32], answer: DhGenAnswer) -> [u8; 16] {
    let digest = Sha1::new()
        .chain_update(new_nonce)
        .chain_update([answer.number()])
        .chain_update(auth_key.aux_hash().to_le_bytes())
        .finalize();
    let mut out = [0u8; 16];
    out.copy_from_slice(&digest[4..20]);
    out
}

/// The temporary AES-256-IGE key and IV of the exchange:
///
/// ```text
/// tmp_aes_key = SHA1(new_nonce ‖ server_nonce) ‖ SHA1(server_nonce ‖ new_nonce)[0..12]
/// tmp_aes_iv  = SHA1(server_nonce ‖ new_nonce)[12..20] ‖ SHA1(new_nonce ‖ new_nonce) ‖ new_nonce[0..4]
/// ```
///
/// ```
/// let kiv = mtrs_crypto::exchange::tmp_aes_key_iv(&[1; 16], &[2; 32]);
/// assert_eq!(kiv.iv[28..], [2, 2, 2, 2]); // ends with new_nonce[0..4]
/// ```
pub fn tmp_aes_key_iv(server_nonce: &[u8; 16], new_nonce: &[u8; 32]) -> AesKeyIv {
    let ns: [u8; 20] = Sha1::new()
        .chain_update(new_nonce)
        .chain_update(server_nonce)
        .finalize()
        .into();
    let sn: [u8; 20] = Sha1::new()
        .chain_update(server_nonce)
        .chain_update(new_nonce)
        .finalize()
        .into();
    let nn: [u8; 20] = Sha1::new()
        .chain_update(new_nonce)
        .chain_update(new_nonce)
        .finalize()
        .into();
    let mut out = AesKeyIv::default();
    out.key[..20].copy_from_slice(&ns);
    out.key[20..].copy_from_slice(&sn[..12]);
    out.iv[..8].copy_from_slice(&sn[12..]);
    out.iv[8..28].copy_from_slice(&nn);
    out.iv[28..].copy_from_slice(&new_nonce[..4]);
    out
}

/// The first server salt: `new_nonce[0..8] XOR server_nonce[0..8]`, as the 8 wire bytes of
/// the TL `long`.
///
/// ```
/// let salt = mtrs_crypto::exchange::first_server_salt(&[0xFF; 16], &[0x0F; 32]);
/// assert_eq!(salt, [0xF0; 8]);
/// ```
pub fn first_server_salt(server_nonce: &[u8; 16], new_nonce: &[u8; 32]) -> [u8; 8] {
    std::array::from_fn(|i| server_nonce[i] ^ new_nonce[i])
}

/// Seals a handshake payload: `AES-IGE(SHA1(data) ‖ data ‖ padding)` under `key_iv`, with
/// just enough of `padding` (caller-supplied random bytes) to reach a multiple of 16.
///
/// # Errors
/// [`Error::InvalidLength`] if `padding` is shorter than the `(16 − (20 + len) % 16) % 16`
/// bytes needed.
///
/// ```
/// let kiv = mtrs_crypto::exchange::tmp_aes_key_iv(&[1; 16], &[2; 32]);
/// let sealed = mtrs_crypto::exchange::encrypt_inner_data(&kiv, &[9; 12], &[0; 16])?;
/// assert_eq!(sealed.len(), 32);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn encrypt_inner_data(
    key_iv: &AesKeyIv,
    data: &[u8],
    padding: &[u8],
) -> Result<Vec<u8>, Error> {
    let need = (16 - (20 + data.len()) % 16) % 16;
    let padding = padding.get(..need).ok_or(Error::InvalidLength {
        what: "handshake padding",
        expected: need,
        got: padding.len(),
    })?;
    let mut out = Vec::with_capacity(20 + data.len() + need);
    out.extend_from_slice(&Sha1::digest(data));
    out.extend_from_slice(data);
    out.extend_from_slice(padding);
    ige::encrypt(&key_iv.key, &key_iv.iv, &mut out)?;
    Ok(out)
}

/// Decrypts a sealed handshake payload, returning `SHA1(data) ‖ data ‖ padding`; the caller
/// parses the TL object after the first 20 bytes and then calls [`verify_inner_data`].
///
/// # Errors
/// [`Error::NotBlockAligned`] for a length that is not a multiple of 16;
/// [`Error::InvalidLength`] if it is shorter than one 20-byte hash (32 bytes).
///
/// ```
/// use mtrs_crypto::exchange;
/// let kiv = exchange::tmp_aes_key_iv(&[1; 16], &[2; 32]);
/// let sealed = exchange::encrypt_inner_data(&kiv, &[9; 12], &[0; 16])?;
/// let opened = exchange::decrypt_inner_data(&kiv, &sealed)?;
/// assert_eq!(opened[20..32], [9; 12]);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn decrypt_inner_data(key_iv: &AesKeyIv, sealed: &[u8]) -> Result<Vec<u8>, Error> {
    if sealed.len() < 32 {
        return Err(Error::InvalidLength {
            what: "encrypted handshake payload",
            expected: 32,
            got: sealed.len(),
        });
    }
    let mut out = sealed.to_vec();
    ige::decrypt(&key_iv.key, &key_iv.iv, &mut out)?;
    Ok(out)
}

/// Checks that the first 20 bytes of a decrypted payload are SHA1 of the `data_len` bytes that
/// follow them and that at most 16 padding bytes remain (0..15 per the protocol, 16 from
/// Telethon when the data is already aligned); returns those `data_len` bytes.
///
/// # Errors
/// [`Error::InvalidLength`] if `data_len` does not fit or leaves more than 16 bytes of
/// padding; [`Error::HashMismatch`] if the hash differs.
///
/// ```
/// use mtrs_crypto::exchange;
/// let kiv = exchange::tmp_aes_key_iv(&[1; 16], &[2; 32]);
/// let sealed = exchange::encrypt_inner_data(&kiv, &[9; 12], &[0; 16])?;
/// let opened = exchange::decrypt_inner_data(&kiv, &sealed)?;
/// assert_eq!(exchange::verify_inner_data(&opened, 12)?, [9; 12]);
/// assert!(exchange::verify_inner_data(&opened, 11).is_err());
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn verify_inner_data(with_hash: &[u8], data_len: usize) -> Result<&[u8], Error> {
    let bad_len = Error::InvalidLength {
        what: "handshake payload data length",
        expected: with_hash.len().saturating_sub(20),
        got: data_len,
    };
    let Some((hash, rest)) = with_hash.split_first_chunk::<20>() else {
        return Err(bad_len);
    };
    let Some(data) = rest.get(..data_len) else {
        return Err(bad_len);
    };
    // The protocol pads with 0..15 bytes; Telethon pads a whole extra block when the data is
    // already aligned, so up to 16 are accepted.
    if rest.len() - data_len > 16 {
        return Err(bad_len);
    }
    if bool::from(Sha1::digest(data)[..].ct_eq(hash)) {
        Ok(data)
    } else {
        Err(Error::HashMismatch {
            what: "handshake payload SHA1",
        })
    }
}

#[cfg(test)]
mod tests;
