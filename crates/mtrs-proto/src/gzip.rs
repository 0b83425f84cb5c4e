//! `gzip_packed`: compressing outgoing bodies and inflating received ones.
//!
//! See <https://core.telegram.org/mtproto/serialize#gzip-packed>.

use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};
use flate2::write::GzEncoder;
use mtrs_tl::Identifiable;
use mtrs_tl::mtproto::types::GzipPacked;

use crate::error::ProtocolError;

/// The constructor id of `gzip_packed`.
pub const CONSTRUCTOR_ID: u32 = GzipPacked::CONSTRUCTOR_ID;

/// Bodies above this size are compressed only if their first [`PROBE_LEN`] bytes shrink
/// by a tenth: file parts are mostly compressed media already, and gzip on 512 KiB that
/// does not shrink costs milliseconds and two buffers as large as the part.
pub const PROBE_ABOVE: usize = 64 * 1024;

/// Bytes compressed to probe a large body.
pub const PROBE_LEN: usize = 16 * 1024;

/// `body` as a serialized `gzip_packed` if it is larger than `threshold` and compressing
/// makes it smaller; `None` otherwise. A body above [`PROBE_ABOVE`] bytes whose start
/// does not compress (see [`PROBE_LEN`]) is not compressed.
///
/// ```
/// let body = vec![0u8; 4096];
/// let packed = mtrs_proto::gzip::pack(&body, 512).unwrap();
/// assert!(packed.len() < body.len());
/// assert_eq!(mtrs_proto::gzip::unpack_object(&packed, 1 << 20).unwrap(), Some(body));
/// assert_eq!(mtrs_proto::gzip::pack(&[1, 2, 3, 4], 512), None);
/// ```
pub fn pack(body: &[u8], threshold: usize) -> Option<Vec<u8>> {
    if body.len() <= threshold {
        return None;
    }
    if body.len() > PROBE_ABOVE {
        let probe = body.get(..PROBE_LEN)?;
        let packed = deflate(probe)?;
        if packed.len() * 10 > probe.len() * 9 {
            return None;
        }
    }
    let data = deflate(body)?;
    let mut out = Vec::with_capacity(data.len() + 12);
    out.extend_from_slice(&CONSTRUCTOR_ID.to_le_bytes());
    mtrs_tl::write_tl_bytes(&mut out, &data);
    (out.len() < body.len()).then_some(out)
}

/// `body` gzip-compressed.
fn deflate(body: &[u8]) -> Option<Vec<u8>> {
    let mut enc = GzEncoder::new(Vec::with_capacity(body.len() / 2), Compression::default());
    enc.write_all(body).ok()?;
    enc.finish().ok()
}

/// If `object` is a serialized `gzip_packed`, its inflated content (at most `limit`
/// bytes); `None` if it is some other object.
pub fn unpack_object(object: &[u8], limit: usize) -> Result<Option<Vec<u8>>, ProtocolError> {
    if object.get(..4) != Some(&CONSTRUCTOR_ID.to_le_bytes()[..]) {
        return Ok(None);
    }
    let packed = <GzipPacked as mtrs_tl::Deserialize>::from_bytes(object).map_err(|error| {
        ProtocolError::Malformed {
            context: "gzip_packed",
            error,
        }
    })?;
    inflate(&packed.packed_data, limit).map(Some)
}

/// How the bytes of a `gzip_packed` are framed: Telegram and most clients write gzip
/// (RFC 1952), mtcute writes zlib (RFC 1950), and raw deflate (RFC 1951) is accepted too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Packing {
    /// A gzip member (starts with `1f 8b`).
    Gzip,
    /// A zlib stream (`CMF FLG` with deflate as method and a valid check).
    Zlib,
    /// A bare deflate stream.
    Deflate,
}

impl Packing {
    /// Tells the framing from the first bytes.
    ///
    /// ```
    /// use mtrs_proto::gzip::Packing;
    /// assert_eq!(Packing::detect(&[0x1f, 0x8b, 8, 0]), Packing::Gzip);
    /// assert_eq!(Packing::detect(&[0x78, 0x9c, 0, 0]), Packing::Zlib);
    /// assert_eq!(Packing::detect(&[0x78, 0x9d, 0, 0]), Packing::Deflate);
    /// assert_eq!(Packing::detect(&[]), Packing::Deflate);
    /// ```
    pub fn detect(data: &[u8]) -> Self {
        match data {
            [0x1f, 0x8b, ..] => Self::Gzip,
            [cmf, flg, ..]
                if cmf & 0x0f == 8
                    && cmf >> 4 <= 7
                    && (u16::from(*cmf) * 256 + u16::from(*flg)) % 31 == 0 =>
            {
                Self::Zlib
            }
            _ => Self::Deflate,
        }
    }
}

/// Inflates the data of a `gzip_packed` (gzip, zlib or raw deflate, see [`Packing`]),
/// refusing output larger than `limit`.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, ProtocolError> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    let read = match Packing::detect(data) {
        Packing::Gzip => GzDecoder::new(data).take(cap).read_to_end(&mut out),
        Packing::Zlib => ZlibDecoder::new(data).take(cap).read_to_end(&mut out),
        Packing::Deflate => DeflateDecoder::new(data).take(cap).read_to_end(&mut out),
    };
    read.map_err(|_| ProtocolError::BadGzip)?;
    if out.len() > limit {
        return Err(ProtocolError::GzipTooLarge { limit });
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
