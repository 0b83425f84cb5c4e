//! Checks of the values a session stores that end up in sockets and terminals: server
//! addresses (an IP literal or an RFC 1123 host name), ports and DC ids
//! (`docs/formats/README.md#validation-of-addresses-and-ports`), and the escaping of values
//! quoted in errors.

use std::fmt::Write as _;
use std::fs::Metadata;
use std::net::IpAddr;
use std::path::Path;

use crate::{ConvertError, Format};

/// The longest address accepted (a DNS name's limit).
pub(crate) const MAX_ADDRESS: usize = 253;
/// How many characters of a rejected value an error quotes.
const MAX_QUOTED: usize = 64;
/// The DC ids a `.session` file may name (Telegram's five DCs, in production and test).
pub(crate) const FILE_DC_IDS: std::ops::RangeInclusive<i64> = 1..=5;

/// `value` with every non-printable or non-ASCII character escaped (`\u{1b}`), at most
/// [`MAX_QUOTED`] characters of it, and the full length when cut.
pub(crate) fn escape(value: &str) -> String {
    let mut out = String::new();
    for (shown, c) in value.chars().enumerate() {
        if shown == MAX_QUOTED {
            // Writing to a String cannot fail.
            let _ = write!(out, "… ({} bytes in all)", value.len());
            return out;
        }
        if c.is_ascii_graphic() || c == ' ' {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
    out
}

/// The escaped text of raw bytes (invalid UTF-8 shown lossily, then escaped).
pub(crate) fn escape_bytes(value: &[u8]) -> String {
    escape(&String::from_utf8_lossy(value))
}

fn bad(format: Format, field: &'static str, value: &str, reason: &'static str) -> ConvertError {
    ConvertError::InvalidValue {
        format,
        field,
        value: escape(value),
        reason,
    }
}

/// Whether `s` is a host name per RFC 1123: dot-separated labels of 1…63 letters, digits
/// and inner hyphens, at most 253 characters, and a last label that is not all digits
/// (that would be a malformed IPv4 address).
fn is_host_name(s: &str) -> bool {
    if s.is_empty() || s.len() > MAX_ADDRESS {
        return false;
    }
    let labels_ok = s.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    });
    let last_numeric = s
        .rsplit('.')
        .next()
        .is_some_and(|l| l.bytes().all(|b| b.is_ascii_digit()));
    labels_ok && !last_numeric
}

/// Checks a stored server address: an IPv4/IPv6 literal or an RFC 1123 host name.
pub(crate) fn address(
    format: Format,
    field: &'static str,
    value: &str,
) -> Result<(), ConvertError> {
    if value.is_empty() {
        return Err(bad(format, field, value, "is empty"));
    }
    if value.len() > MAX_ADDRESS {
        return Err(bad(format, field, value, "is longer than 253 bytes"));
    }
    if value.parse::<IpAddr>().is_ok() || is_host_name(value) {
        Ok(())
    } else {
        Err(bad(
            format,
            field,
            value,
            "not an IP address or an RFC 1123 host name",
        ))
    }
}

/// Checks raw address bytes (they must be UTF-8 and a valid address) and returns the text.
pub(crate) fn address_bytes(
    format: Format,
    field: &'static str,
    value: &[u8],
) -> Result<String, ConvertError> {
    let text = std::str::from_utf8(value).map_err(|_| ConvertError::InvalidValue {
        format,
        field,
        value: escape_bytes(value),
        reason: "not UTF-8",
    })?;
    address(format, field, text)?;
    Ok(text.to_owned())
}

/// Checks a stored port: 1…65535.
pub(crate) fn port(format: Format, field: &'static str, value: i64) -> Result<u16, ConvertError> {
    u16::try_from(value)
        .ok()
        .filter(|&p| p != 0)
        .ok_or_else(|| bad(format, field, &value.to_string(), "must be 1 to 65535"))
}

/// Checks the DC id of a `.session` file: 1…5.
pub(crate) fn file_dc_id(format: Format, value: i64) -> Result<u8, ConvertError> {
    if FILE_DC_IDS.contains(&value) {
        // 1…5 fits in a byte.
        Ok(value as u8)
    } else {
        Err(bad(format, "dc_id", &value.to_string(), "must be 1 to 5"))
    }
}

/// What a non-regular, non-folder file type is called in errors.
fn kind_name(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "FIFO";
        }
        if t.is_socket() {
            return "socket";
        }
        if t.is_char_device() {
            return "character device";
        }
        if t.is_block_device() {
            return "block device";
        }
    }
    if meta.is_dir() {
        "folder"
    } else {
        "special file"
    }
}

/// The metadata of `path` (symlinks followed) when it is a regular file; a folder, FIFO,
/// socket or device is [`ConvertError::NotAFile`], found without opening it.
pub(crate) fn regular_file(path: &Path) -> Result<Metadata, ConvertError> {
    let meta = std::fs::metadata(path).map_err(|e| crate::error::io(path, "stat", e))?;
    if meta.is_file() {
        Ok(meta)
    } else {
        Err(ConvertError::NotAFile {
            path: path.to_owned(),
            kind: kind_name(&meta),
            expected: "regular file",
        })
    }
}

/// Whether `path` exists, distinguishing "absent" (`Ok(false)`) from a path that cannot be
/// examined (permission denied, a symlink loop: an error). Anything present that is not a
/// regular file is [`ConvertError::NotAFile`].
pub(crate) fn file_present(path: &Path) -> Result<bool, ConvertError> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(true),
        Ok(meta) => Err(ConvertError::NotAFile {
            path: path.to_owned(),
            kind: kind_name(&meta),
            expected: "regular file",
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(crate::error::io(path, "stat", e)),
    }
}

/// [`ConvertError::NotAFile`] for `path`, which should have been `expected`.
pub(crate) fn not_a_file(path: &Path, meta: &Metadata, expected: &'static str) -> ConvertError {
    ConvertError::NotAFile {
        path: path.to_owned(),
        kind: kind_name(meta),
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        let f = Format::Gramjs;
        for good in [
            "149.154.167.51",
            "2001:67c:4e8:f002::a",
            "vesta.web.telegram.org",
            "a",
        ] {
            assert!(address(f, "a", good).is_ok(), "{good}");
        }
        let long = "a".repeat(10_000);
        for bad in [
            "",
            "not an address at all !!",
            "1.2.3.999",
            "x\u{1b}[31m",
            "-a.b",
            &long,
        ] {
            let e = address(f, "server_address", bad).unwrap_err();
            let ConvertError::InvalidValue { value, field, .. } = &e else {
                panic!("{e:?}");
            };
            assert_eq!(*field, "server_address");
            assert!(value.len() < 120, "{value}");
            assert!(!value.contains('\u{1b}'), "{value}");
        }
        let e = address(f, "server_address", "x\u{1b}[31m").unwrap_err();
        assert!(e.to_string().contains("x\\u{1b}[31m"), "{e}");
    }

    #[test]
    fn ports_and_dc_ids() {
        assert!(port(Format::TelethonFile, "port", 0).is_err());
        assert!(port(Format::TelethonFile, "port", 65_536).is_err());
        assert_eq!(port(Format::TelethonFile, "port", 443).unwrap(), 443);
        assert!(file_dc_id(Format::TelethonFile, 99).is_err());
        assert_eq!(file_dc_id(Format::TelethonFile, 5).unwrap(), 5);
    }
}
