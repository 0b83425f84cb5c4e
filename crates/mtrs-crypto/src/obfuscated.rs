//! obfuscated2: the key derivation from the 64-byte connection header and the AES-256-CTR
//! streams that hide a TCP transport (used for WebSocket and MTProxy).
//!
//! See <https://core.telegram.org/mtproto/mtproto-transports#transport-obfuscation>.
//! The client draws 64 random bytes (redrawing while [`is_acceptable_init`] says no), then
//! [`client_header`] puts the transport tag in, derives both streams and gives the 64 bytes
//! to send; the server recovers the same streams and the tag with [`server_accept`].
//!
//! ```
//! use mtrs_crypto::obfuscated::{self, TAG_INTERMEDIATE};
//! let random: [u8; 64] = std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(11));
//! assert!(obfuscated::is_acceptable_init(&random));
//! let (header, mut client) = obfuscated::client_header(&random, TAG_INTERMEDIATE, None, None)?;
//! let accepted = obfuscated::server_accept(&header, None)?;
//! assert_eq!(accepted.tag, TAG_INTERMEDIATE);
//! let mut server = accepted.streams;
//! let mut frame = *b"hello, server";
//! client.encrypt.apply(&mut frame);
//! server.decrypt.apply(&mut frame);
//! assert_eq!(&frame, b"hello, server");
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use std::fmt;

use aes::Aes256;
use cipher::{KeyIvInit, StreamCipher};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::Error;

/// Abridged transport tag.
pub const TAG_ABRIDGED: [u8; 4] = [0xef; 4];
/// Intermediate transport tag.
pub const TAG_INTERMEDIATE: [u8; 4] = [0xee; 4];
/// Padded intermediate transport tag.
pub const TAG_PADDED_INTERMEDIATE: [u8; 4] = [0xdd; 4];

/// First words (little-endian reads of bytes 0..4) a header must not start with.
const FORBIDDEN_FIRST_WORDS: [u32; 8] = [
    0x4441_4548, // HEAD
    0x5453_4f50, // POST
    0x2054_4547, // GET
    0x4954_504f, // OPTI
    0x0201_0316, // TLS record start
    0xdddd_dddd, // padded intermediate
    0xeeee_eeee, // intermediate
    0x4772_5650, // PVrG (also refused by Telethon)
];

/// Whether 64 random bytes may start an obfuscated connection: byte 0 is not `0xef`, the
/// first word is none of the plain-protocol markers (`HEAD`, `POST`, `GET `, `OPTI`, `PVrG`,
/// a TLS record start, `dddddddd`, `eeeeeeee`) and bytes 4..8 are not all zero.
/// If not, draw new bytes.
///
/// ```
/// assert!(!mtrs_crypto::obfuscated::is_acceptable_init(&[0xef; 64]));
/// ```
pub fn is_acceptable_init(random: &[u8; 64]) -> bool {
    let first = u32::from_le_bytes([random[0], random[1], random[2], random[3]]);
    random[0] != 0xef && !FORBIDDEN_FIRST_WORDS.contains(&first) && random[4..8] != [0; 4]
}

/// The keys and IVs of both directions, from the client's point of view.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct Keys {
    /// Key of the client→server stream.
    pub encrypt_key: [u8; 32],
    /// IV (initial counter) of the client→server stream.
    pub encrypt_iv: [u8; 16],
    /// Key of the server→client stream.
    pub decrypt_key: [u8; 32],
    /// IV of the server→client stream.
    pub decrypt_iv: [u8; 16],
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("obfuscated::Keys { .. }")
    }
}

/// Derives both directions' keys from the 64-byte header: encrypt key/IV are bytes 8..40 /
/// 40..56, decrypt key/IV the same ranges of the byte-reversed header. With an MTProxy
/// `secret` each key becomes `SHA256(key ‖ secret)`.
///
/// ```
/// let keys = mtrs_crypto::obfuscated::derive_keys(&[3u8; 64], None);
/// assert_eq!(keys.encrypt_key, [3u8; 32]);
/// ```
pub fn derive_keys(header: &[u8; 64], secret: Option<&[u8; 16]>) -> Keys {
    let mut reversed = *header;
    reversed.reverse();
    let mut keys = Keys {
        encrypt_key: [0; 32],
        encrypt_iv: [0; 16],
        decrypt_key: [0; 32],
        decrypt_iv: [0; 16],
    };
    keys.encrypt_key.copy_from_slice(&header[8..40]);
    keys.encrypt_iv.copy_from_slice(&header[40..56]);
    keys.decrypt_key.copy_from_slice(&reversed[8..40]);
    keys.decrypt_iv.copy_from_slice(&reversed[40..56]);
    if let Some(secret) = secret {
        for key in [&mut keys.encrypt_key, &mut keys.decrypt_key] {
            *key = Sha256::new()
                .chain_update(*key)
                .chain_update(secret)
                .finalize()
                .into();
        }
    }
    reversed.zeroize();
    keys
}

/// An AES-256-CTR keystream (128-bit big-endian counter) that keeps its position across
/// calls: one per direction for the whole connection.
pub struct CtrStream(ctr::Ctr128BE<Aes256>);

impl CtrStream {
    /// Starts a stream at counter `iv`.
    ///
    /// ```
    /// let mut stream = mtrs_crypto::obfuscated::CtrStream::new(&[1; 32], &[0; 16]);
    /// let mut buf = [0u8; 4];
    /// stream.apply(&mut buf);
    /// assert_ne!(buf, [0u8; 4]);
    /// ```
    pub fn new(key: &[u8; 32], iv: &[u8; 16]) -> Self {
        Self(ctr::Ctr128BE::<Aes256>::new(&(*key).into(), &(*iv).into()))
    }

    /// XORs the next `buf.len()` keystream bytes into `buf` (encrypts or decrypts).
    ///
    /// ```
    /// use mtrs_crypto::obfuscated::CtrStream;
    /// let (mut a, mut b) = (CtrStream::new(&[1; 32], &[2; 16]), CtrStream::new(&[1; 32], &[2; 16]));
    /// let mut whole = [0u8; 40];
    /// a.apply(&mut whole);
    /// let (mut first, mut rest) = ([0u8; 7], [0u8; 33]);
    /// b.apply(&mut first);
    /// b.apply(&mut rest);
    /// assert_eq!([&first[..], &rest[..]].concat(), whole);
    /// ```
    pub fn apply(&mut self, buf: &mut [u8]) {
        self.0.apply_keystream(buf);
    }
}

impl fmt::Debug for CtrStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CtrStream { .. }")
    }
}

/// The two running streams of one obfuscated connection, for one side.
#[derive(Debug)]
pub struct Streams {
    /// Applied to everything this side sends.
    pub encrypt: CtrStream,
    /// Applied to everything this side receives.
    pub decrypt: CtrStream,
}

/// Builds the client's 64-byte header from acceptable random bytes and returns it with the
/// client's streams (the encrypt stream has already consumed the 64 header bytes).
///
/// The tag goes to bytes 56..60; `dc_id` (MTProxy only: +10000 for test, negative for media)
/// to bytes 60..62 as i16 little-endian. The header sent is the random bytes 0..56 followed by
/// the *encrypted* bytes 56..64.
///
/// # Errors
/// [`Error::ObfuscatedInitRejected`] if `random` fails [`is_acceptable_init`].
///
/// ```
/// use mtrs_crypto::obfuscated::{self, TAG_ABRIDGED};
/// let random: [u8; 64] = std::array::from_fn(|i| i as u8 + 1);
/// let (header, _streams) = obfuscated::client_header(&random, TAG_ABRIDGED, None, None)?;
/// assert_eq!(header[..56], random[..56]);
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn client_header(
    random: &[u8; 64],
    tag: [u8; 4],
    dc_id: Option<i16>,
    secret: Option<&[u8; 16]>,
) -> Result<([u8; 64], Streams), Error> {
    if !is_acceptable_init(random) {
        return Err(Error::ObfuscatedInitRejected);
    }
    let mut plain = *random;
    plain[56..60].copy_from_slice(&tag);
    if let Some(dc) = dc_id {
        plain[60..62].copy_from_slice(&dc.to_le_bytes());
    }
    let keys = derive_keys(&plain, secret);
    let mut streams = Streams {
        encrypt: CtrStream::new(&keys.encrypt_key, &keys.encrypt_iv),
        decrypt: CtrStream::new(&keys.decrypt_key, &keys.decrypt_iv),
    };
    let mut encrypted = plain;
    streams.encrypt.apply(&mut encrypted);
    let mut header = plain;
    header[56..].copy_from_slice(&encrypted[56..]);
    plain.zeroize();
    encrypted.zeroize();
    Ok((header, streams))
}

/// What a server learns from a client's obfuscated header.
#[derive(Debug)]
pub struct Accepted {
    /// The transport tag from bytes 56..60 (one of the `TAG_*` constants).
    pub tag: [u8; 4],
    /// Bytes 60..62 as i16 little-endian (the DC id for MTProxy; random otherwise).
    pub dc_id: i16,
    /// The server's streams: `decrypt` continues after the header, `encrypt` starts at 0.
    pub streams: Streams,
}

/// Server side: derives the streams from a received header and decrypts its tag.
///
/// # Errors
/// [`Error::ObfuscatedBadTag`] if the decrypted tag is not one of the three transports (wrong
/// secret, or not an obfuscated connection).
///
/// ```
/// use mtrs_crypto::obfuscated::{self, TAG_PADDED_INTERMEDIATE};
/// let random: [u8; 64] = std::array::from_fn(|i| i as u8 + 1);
/// let secret = [0x42; 16];
/// let (header, _) =
///     obfuscated::client_header(&random, TAG_PADDED_INTERMEDIATE, Some(-2), Some(&secret))?;
/// let accepted = obfuscated::server_accept(&header, Some(&secret))?;
/// assert_eq!((accepted.tag, accepted.dc_id), (TAG_PADDED_INTERMEDIATE, -2));
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn server_accept(header: &[u8; 64], secret: Option<&[u8; 16]>) -> Result<Accepted, Error> {
    let keys = derive_keys(header, secret);
    let mut streams = Streams {
        encrypt: CtrStream::new(&keys.decrypt_key, &keys.decrypt_iv),
        decrypt: CtrStream::new(&keys.encrypt_key, &keys.encrypt_iv),
    };
    let mut plain = *header;
    streams.decrypt.apply(&mut plain);
    let tag = [plain[56], plain[57], plain[58], plain[59]];
    let dc_id = i16::from_le_bytes([plain[60], plain[61]]);
    plain.zeroize();
    if ![TAG_ABRIDGED, TAG_INTERMEDIATE, TAG_PADDED_INTERMEDIATE].contains(&tag) {
        return Err(Error::ObfuscatedBadTag { tag });
    }
    Ok(Accepted {
        tag,
        dc_id,
        streams,
    })
}
