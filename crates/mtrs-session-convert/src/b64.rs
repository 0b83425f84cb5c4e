//! Base64 as the session formats use it (`docs/formats/encodings.md#base64-variants`).
//!
//! Decoding is lenient where every real reader is (both alphabets, optional padding unless the
//! format's own reader requires it) and strict everywhere else: any character outside the two
//! alphabets, misplaced or wrong padding, and non-zero trailing bits are errors.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use zeroize::Zeroizing;

use crate::{ConvertError, Format};

/// Whether `=` padding must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Padding {
    /// The format's reader requires it (Telethon).
    Required,
    /// Present or absent; when present it must be correct.
    Optional,
}

/// Strips the one-character version that leads a Telethon-style string (`1…`, also used by
/// GramJS), returning the base64 body: an empty input is [`ConvertError::Empty`], any other
/// leading character a [`ConvertError::Version`].
pub(crate) fn strip_version(format: Format, s: &str, version: char) -> Result<&str, ConvertError> {
    s.strip_prefix(version)
        .ok_or_else(|| match s.chars().next() {
            None => ConvertError::Empty,
            Some(c) => ConvertError::Version {
                format,
                found: format!("{c:?}"),
            },
        })
}

/// Decodes `text` (already trimmed) accepting both the standard and the URL-safe alphabet.
pub(crate) fn decode(
    format: Format,
    text: &str,
    padding: Padding,
) -> Result<Zeroizing<Vec<u8>>, ConvertError> {
    let bytes = text.as_bytes();
    let body_len = bytes.iter().rposition(|&b| b != b'=').map_or(0, |p| p + 1);
    let pad = bytes.len() - body_len;
    let mut normal = Zeroizing::new(Vec::with_capacity(body_len));
    for (offset, &b) in bytes[..body_len].iter().enumerate() {
        let c = match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => b,
            b'-' => b'+',
            b'_' => b'/',
            _ => return Err(ConvertError::Base64 { format, offset }),
        };
        normal.push(c);
    }
    let rem = body_len % 4;
    if rem == 1 {
        return Err(ConvertError::Padding {
            format,
            problem: "leaves a dangling character",
        });
    }
    let needed = (4 - rem) % 4;
    if pad != 0 && pad != needed {
        return Err(ConvertError::Padding {
            format,
            problem: "is wrong",
        });
    }
    if padding == Padding::Required && pad != needed {
        return Err(ConvertError::Padding {
            format,
            problem: "is missing (the reader requires it)",
        });
    }
    let mut out = Zeroizing::new(Vec::with_capacity(body_len / 4 * 3 + 2));
    match STANDARD_NO_PAD.decode_vec(normal.as_slice(), &mut out) {
        Ok(()) => Ok(out),
        Err(e) => {
            let offset = match e {
                base64::DecodeError::InvalidByte(o, _)
                | base64::DecodeError::InvalidLastSymbol { offset: o, .. } => o,
                _ => body_len.saturating_sub(1),
            };
            Err(ConvertError::Base64 { format, offset })
        }
    }
}

/// URL-safe alphabet with `=` padding (Telethon).
pub(crate) fn url_pad(data: &[u8]) -> String {
    URL_SAFE.encode(data)
}

/// URL-safe alphabet without padding (Pyrogram, mtcute, mtrs).
pub(crate) fn url_nopad(data: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(data)
}

/// Standard alphabet with padding (GramJS).
pub(crate) fn std_pad(data: &[u8]) -> String {
    STANDARD.encode(data)
}

#[cfg(test)]
mod tests;
