//! `gzip_packed`: compressing outgoing bodies and inflating received ones.
//!
//! See <https://core.telegram.org/mtproto/serialize#gzip-packed>.

use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use mtrs_tl::Identifiable;
use mtrs_tl::mtproto::types::GzipPacked;

use crate::error::ProtocolError;

/// The constructor id of `gzip_packed`.
pub const CONSTRUCTOR_ID: u32 = GzipPacked::CONSTRUCTOR_ID;

/// `body` as a serialized `gzip_packed` if it is larger than `threshold` and compressing
/// makes it smaller; `None` otherwise.
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
    let mut enc = GzEncoder::new(Vec::with_capacity(body.len() / 2), Compression::default());
    enc.write_all(body).ok()?;
    let data = enc.finish().ok()?;
    let mut out = Vec::with_capacity(data.len() + 12);
    out.extend_from_slice(&CONSTRUCTOR_ID.to_le_bytes());
    mtrs_tl::write_tl_bytes(&mut out, &data);
    (out.len() < body.len()).then_some(out)
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

/// Inflates a gzip member, refusing output larger than `limit`.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, ProtocolError> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    GzDecoder::new(data)
        .take(cap)
        .read_to_end(&mut out)
        .map_err(|_| ProtocolError::BadGzip)?;
    if out.len() > limit {
        return Err(ProtocolError::GzipTooLarge { limit });
    }
    Ok(out)
}
