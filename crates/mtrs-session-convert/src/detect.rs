//! [`detect`]: recognise any supported session string (`docs/formats/detection.md`).

use crate::b64::{self, Padding};
use crate::error::Rejection;
use crate::{
    ConvertError, Format, GramjsString, MtcuteString, PyrogramString, SessionData, TelethonString,
    native,
};

/// A recognised session string: its format and the session it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    /// The format the string was written in.
    pub format: Format,
    /// The session.
    pub session: SessionData,
}

impl Detected {
    /// The session as mtrs's own string (`mtrs:1:…`).
    ///
    /// ```
    /// # use mtrs_session_convert::*;
    /// # let mut s = SessionData::new(DcId(2));
    /// # s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([5; 256])));
    /// # let telethon_string = to_telethon(&s)?;
    /// let ours = detect(&telethon_string)?.mtrs_string()?;
    /// assert_eq!(detect(&ours)?.format, Format::Mtrs);
    /// # Ok::<(), ConvertError>(())
    /// ```
    pub fn mtrs_string(&self) -> Result<String, ConvertError> {
        native::render(&self.session)
    }
}

/// Recognises a session string of any supported format and imports it.
///
/// Deterministic, never brute force: the `mtrs:` tag decides at once (and its errors, e.g.
/// [`ConvertError::Corrupt`], are returned as they are); a leading `1` means Telethon or
/// GramJS, told apart by content (a GramJS address-length field that matches the payload,
/// followed by printable address text), not by length; anything else is decoded as URL-safe
/// base64 and dispatched by length (271/263/267 → Pyrogram) or by its first byte (1–3 →
/// mtcute). The rules: `docs/formats/detection.md#strings`.
///
/// # Errors
/// [`ConvertError::Empty`] for an empty input; otherwise, when nothing matches,
/// [`ConvertError::Unrecognized`] listing each format the input resembled and why it was
/// rejected.
///
/// ```
/// use mtrs_session_convert::{ConvertError, Format, detect};
/// let err = detect("1AAAA").unwrap_err();
/// assert_eq!(err.resembled(), vec![Format::Telethon, Format::Gramjs]);
/// assert!(matches!(detect("hello world"), Err(ConvertError::Unrecognized { .. })));
/// ```
pub fn detect(s: &str) -> Result<Detected, ConvertError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(ConvertError::Empty);
    }
    if native::looks_like(s) {
        return Ok(Detected {
            format: Format::Mtrs,
            session: native::parse(s)?,
        });
    }
    let mut tried = Vec::new();
    let mut reject = |format: Format, error: ConvertError| {
        tried.push(Rejection {
            format,
            error: Box::new(error),
        })
    };
    if s.starts_with('1') {
        // A GramJS parse succeeds only when the address-length field matches the payload and
        // the address is printable text (`docs/formats/detection.md#strings`), which no real
        // Telethon IPv6 payload has.
        match (GramjsString::parse(s), TelethonString::parse(s)) {
            (Ok(g), _) => {
                return Ok(Detected {
                    format: Format::Gramjs,
                    session: g.to_session(),
                });
            }
            (Err(_), Ok(t)) if plausible_telethon_ip(&t) => {
                return Ok(Detected {
                    format: Format::Telethon,
                    session: t.to_session(),
                });
            }
            (Err(g), Ok(_)) => {
                reject(
                    Format::Telethon,
                    ConvertError::InvalidField {
                        format: Format::Telethon,
                        field: "server_address",
                        reason: "IPv6 address outside 2000::/3 (looks like a damaged GramJS string)",
                    },
                );
                reject(Format::Gramjs, g);
            }
            (Err(g), Err(t)) => {
                reject(Format::Telethon, t);
                reject(Format::Gramjs, g);
            }
        }
        return Err(ConvertError::Unrecognized { tried });
    }
    match b64::decode(Format::Pyrogram, s, Padding::Optional) {
        Err(e) => {
            // Not base64 at all: it resembles none of the base64 formats closely; report the
            // decoding failure once under the formats that would have decoded it.
            if looks_base64ish(s) {
                reject(Format::Pyrogram, e);
            }
        }
        Ok(payload) => {
            let len = payload.len();
            if matches!(len, 271 | 263 | 267) {
                match PyrogramString::parse(s) {
                    Ok(p) => {
                        return Ok(Detected {
                            format: Format::Pyrogram,
                            session: p.to_session(),
                        });
                    }
                    Err(e) => reject(Format::Pyrogram, e),
                }
            } else if (255..=280).contains(&len) {
                reject(
                    Format::Pyrogram,
                    ConvertError::Length {
                        format: Format::Pyrogram,
                        got: len,
                        expected: "271, 263 or 267",
                    },
                );
            }
            if matches!(payload.first(), Some(1..=3)) {
                match MtcuteString::parse(s) {
                    Ok(m) => {
                        return Ok(Detected {
                            format: Format::Mtcute,
                            session: m.to_session(),
                        });
                    }
                    Err(e) => reject(Format::Mtcute, e),
                }
            } else if (270..=1024).contains(&len) {
                // Sized like an mtcute session, but its first byte is no known version.
                let found = payload.first().map_or_else(String::new, u8::to_string);
                reject(
                    Format::Mtcute,
                    ConvertError::Version {
                        format: Format::Mtcute,
                        found,
                    },
                );
            }
        }
    }
    Err(ConvertError::Unrecognized { tried })
}

/// Telethon IPv6 payloads have the same length as the most common GramJS strings; a real
/// one holds a global unicast address (2000::/3; Telegram's start with `2001:` or `2a0a:`).
fn plausible_telethon_ip(t: &TelethonString) -> bool {
    match t.ip {
        std::net::IpAddr::V4(_) => true,
        std::net::IpAddr::V6(v6) => v6.segments()[0] & 0xe000 == 0x2000,
    }
}

/// Mostly base64 characters and long enough to be a session: worth naming in the error.
fn looks_base64ish(s: &str) -> bool {
    let good = s
        .bytes()
        .filter(|b| b.is_ascii_alphanumeric() || b"+/-_=".contains(b))
        .count();
    s.len() >= 100 && good * 10 >= s.len() * 9
}

/// Recognises a session file or folder (`docs/formats/detection.md#files-and-folders`): a
/// folder with `key_data` (suffix `s`, `0` or `1`, directly or in a `tdata/` subfolder) is
/// [`Format::Tdata`]; an SQLite file with an `entities` table is [`Format::TelethonFile`], one
/// with `peers` is [`Format::PyrogramFile`].
///
/// # Errors
/// [`ConvertError::Io`] when the path cannot be read; [`ConvertError::Unrecognized`] when it
/// is neither.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-dp-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// write_telethon_file(dir.join("t.session"), &s)?;
/// assert_eq!(detect_path(dir.join("t.session"))?, Format::TelethonFile);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn detect_path(path: impl AsRef<std::path::Path>) -> Result<Format, ConvertError> {
    let path = path.as_ref();
    let meta = std::fs::metadata(path).map_err(|e| crate::error::io(path, "stat", e))?;
    if meta.is_dir() {
        // Reading the folder itself tells "unreadable" from "not a tdata folder".
        std::fs::read_dir(path).map_err(|e| crate::error::io(path, "list", e))?;
        if crate::tdata::has_key_data(path)? || crate::tdata::has_key_data(&path.join("tdata"))? {
            return Ok(Format::Tdata);
        }
        let error = ConvertError::MissingFile {
            format: Format::Tdata,
            dir: path.to_owned(),
            name: "key_data".to_owned(),
        };
        return Err(ConvertError::Unrecognized {
            tried: vec![Rejection {
                format: Format::Tdata,
                error: Box::new(error),
            }],
        });
    }
    if !meta.is_file() {
        return Err(crate::validate::not_a_file(
            path,
            &meta,
            "regular file or folder",
        ));
    }
    let mut head = [0u8; 16];
    let n = {
        use std::io::Read;
        let mut f = std::fs::File::open(path).map_err(|e| crate::error::io(path, "open", e))?;
        f.read(&mut head)
            .map_err(|e| crate::error::io(path, "read", e))?
    };
    if n < 16 || &head != b"SQLite format 3\0" {
        return Err(ConvertError::Unrecognized { tried: Vec::new() });
    }
    let conn = crate::telethon_file::open_read_only(Format::TelethonFile, path)?;
    let tables = crate::telethon_file::tables(&conn).map_err(|source| ConvertError::Sqlite {
        format: Format::TelethonFile,
        path: path.to_owned(),
        source,
    })?;
    if tables.iter().any(|t| t == "entities") {
        Ok(Format::TelethonFile)
    } else if tables.iter().any(|t| t == "peers") {
        Ok(Format::PyrogramFile)
    } else {
        let why = |format| Rejection {
            format,
            error: Box::new(ConvertError::InvalidField {
                format,
                field: "tables",
                reason: "has neither entities nor peers",
            }),
        };
        Err(ConvertError::Unrecognized {
            tried: vec![why(Format::TelethonFile), why(Format::PyrogramFile)],
        })
    }
}
