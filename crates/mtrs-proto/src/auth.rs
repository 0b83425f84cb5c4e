//! Creating an authorization key: the DH exchange, client and server role.
//!
//! Each step is a state struct consumed by its `handle` method, which returns the next
//! state plus the TL body to send, so a step can be neither replayed nor skipped. Every
//! random input (nonces, DH secrets, padding) and the current time is a parameter, which is
//! what lets the official sample be replayed byte for byte. Bodies travel in plain
//! messages (see [`crate::packet::plain`]); the caller wraps them.
//!
//! See <https://core.telegram.org/mtproto/auth_key> and
//! <https://core.telegram.org/mtproto/security_guidelines>.

pub mod client;
pub mod server;

use std::time::Duration;

use mtrs_crypto::AuthKey;
use mtrs_tl::{Deserialize, DeserializeError, Identifiable, Reader};
use thiserror::Error;

use crate::salt::Salt;

/// Which key to create.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// A permanent key (`p_q_inner_data_dc`).
    Permanent,
    /// A temporary key for perfect forward secrecy (`p_q_inner_data_temp_dc`), living at
    /// most this long on the server.
    Temporary(Duration),
}

/// The outcome of a successful exchange.
#[derive(Debug)]
pub struct Created {
    /// The new key.
    pub auth_key: AuthKey,
    /// The first server salt: `new_nonce[0..8] XOR server_nonce[0..8]`.
    pub salt: Salt,
    /// Server time minus local time (client side; 0 on the server).
    pub time_offset: mtrs_types::TimeOffset,
    /// Whether it is temporary, and for how long.
    pub kind: KeyKind,
}

/// Why a key exchange failed. The exchange must restart from the beginning.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthError {
    /// A message could not be parsed as the expected TL object.
    #[error("malformed {context}: {error}")]
    Malformed {
        /// What was expected.
        context: &'static str,
        /// Why it failed.
        error: DeserializeError,
    },
    /// The peer's `nonce` differs from ours.
    #[error("nonce mismatch")]
    NonceMismatch,
    /// The peer's `server_nonce` differs from the one of this exchange.
    #[error("server_nonce mismatch")]
    ServerNonceMismatch,
    /// A `new_nonce_hash` does not match.
    #[error("new_nonce_hash mismatch")]
    NewNonceHashMismatch,
    /// None of the server's key fingerprints is one of our RSA keys.
    #[error("no known RSA key among fingerprints {offered:x?}")]
    UnknownFingerprints {
        /// What the server offered.
        offered: Vec<i64>,
    },
    /// `pq` could not be factored.
    #[error("bad pq: {0}")]
    BadPq(mtrs_crypto::Error),
    /// Server: `p`, `q` or `pq` differ from the ones handed out.
    #[error("p, q or pq differ from the ones handed out")]
    PqMismatch,
    /// RSA encryption or decryption of the inner data failed.
    #[error("RSA: {0}")]
    Rsa(mtrs_crypto::Error),
    /// The encrypted answer or client data failed to decrypt or its SHA1 did not match.
    #[error("encrypted payload rejected: {0}")]
    BadPayload(mtrs_crypto::Error),
    /// `dh_prime` or `g` fail the security checks.
    #[error("bad DH group: {0}")]
    BadDhGroup(mtrs_crypto::Error),
    /// `g_a` or `g_b` is out of range.
    #[error("bad DH value: {0}")]
    BadDhValue(mtrs_crypto::Error),
    /// The server refused `req_DH_params` (`server_DH_params_fail`).
    #[error("server_DH_params_fail")]
    ServerDhParamsFail,
    /// The server refused the key (`dh_gen_fail`).
    #[error("dh_gen_fail")]
    DhGenFail,
    /// Server: the client names another DC (answer with transport error −444).
    #[error("client asked for DC {got}, this is DC {expected}")]
    WrongDc {
        /// The DC in `p_q_inner_data_dc`.
        got: i32,
        /// This server's DC.
        expected: i32,
    },
    /// Server: `retry_id` is not the aux hash of the previous attempt.
    #[error("unexpected retry_id {got:x}")]
    BadRetryId {
        /// The received value.
        got: i64,
    },
    /// A message of another step (or kind) than the one expected.
    #[error("unexpected constructor {id:08x}, expected {expected}")]
    Unexpected {
        /// The constructor received.
        id: u32,
        /// What was expected.
        expected: &'static str,
    },
}

/// Parses a whole body as `T`.
fn parse<T: Deserialize + Identifiable>(body: &[u8]) -> Result<T, AuthError> {
    T::from_bytes(body).map_err(|error| AuthError::Malformed {
        context: T::NAME,
        error,
    })
}

/// Parses `T` from the start of `bytes`, returning it and how many bytes it took.
fn parse_prefix<T: Deserialize + Identifiable>(bytes: &[u8]) -> Result<(T, usize), AuthError> {
    let mut r = Reader::new(bytes);
    let value = T::deserialize(&mut r).map_err(|error| AuthError::Malformed {
        context: T::NAME,
        error,
    })?;
    Ok((value, r.position()))
}

/// The constructor id at the start of a body (0 when it is too short to have one).
fn constructor_of(body: &[u8]) -> u32 {
    mtrs_tl::constructor_of(body).unwrap_or(0)
}

/// Compares two byte strings in constant time.
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

/// A big number as TL `bytes`: big-endian without leading zeros.
fn be_bytes(v: u64) -> Vec<u8> {
    let b = v.to_be_bytes();
    let skip = b.iter().take_while(|&&x| x == 0).count().min(7);
    b[skip..].to_vec()
}

#[cfg(test)]
mod tests;
