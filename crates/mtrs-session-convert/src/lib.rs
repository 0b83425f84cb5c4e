//! `mtrs-session-convert`: import and export of every common Telegram session format,
//! through [`SessionData`] (the pivot) and mtrs's own checksummed session string.
//!
//! | format ([`Format`]) | import | export |
//! |---|---|---|
//! | mtrs string (`mtrs:1:…`, `docs/session-string.md`) | [`mtrs`] | [`to_mtrs`] |
//! | Telethon `StringSession` | [`telethon`] | [`to_telethon`] |
//! | Pyrogram / Kurigram / PyroFork / MTGo string (271-byte and both legacy layouts) | [`pyrogram`] | [`to_pyrogram`] (needs `api_id`), [`to_pyrogram_legacy`] |
//! | GramJS `StringSession` | [`gramjs`] | [`to_gramjs`] |
//! | mtcute string (v3, and legacy v1/v2) | [`mtcute`] | [`to_mtcute`] |
//! | Telethon `.session` (SQLite) | [`telethon_file`] | [`write_telethon_file`] |
//! | Pyrogram / PyroFork / Kurigram `.session` (SQLite) | [`pyrogram_file`] | [`write_pyrogram_file`] |
//! | Telegram Desktop `tdata` folder (passcode, every account, `s`/`0`/`1` files) | [`tdesktop`], [`Tdata`] | [`write_tdata`] |
//! | any of the strings above, auto-detected | [`detect`] | — |
//!
//! Each format also has a typed record of exactly what it stores ([`TelethonString`],
//! [`PyrogramString`], [`GramjsString`], [`MtcuteString`]) with `parse`/`render` and
//! `to_session`/`from_session`.
//!
//! Where a format lacks a field, the importer fills in only what is safe
//! (`docs/session-string.md#other-formats-what-the-converter-fills-in`):
//! addresses come from the built-in DC table ([`dc_table`]), test mode is inferred from a
//! test-server address, and a user id is never invented — exporting to a format that needs
//! one (Pyrogram, tdata) fails with [`ConvertError::Missing`] unless the session has one.
//!
//! ```
//! use mtrs_session_convert as convert;
//! # let s = convert::to_telethon(&{
//! #     let mut s = convert::SessionData::new(convert::DcId(2));
//! #     s.dcs.insert(convert::DcId(2), convert::DcState::new()
//! #         .with_address("149.154.167.51", 443)
//! #         .with_auth_key(convert::AuthKey::from_bytes([7; 256])));
//! #     s
//! # })?;
//! let found = convert::detect(&s)?;          // a Telethon string
//! assert_eq!(found.format, convert::Format::Telethon);
//! let ours = convert::to_mtrs(&found.session)?; // "mtrs:1:…"
//! assert_eq!(convert::mtrs(&ours)?, found.session);
//! # Ok::<(), convert::ConvertError>(())
//! ```

mod b64;
/// Telegram's built-in DC addresses per library ([`mtrs_types::builtin`]).
pub use mtrs_types::builtin as dc_table;
mod detect;
mod error;
mod format;
mod gramjs;
mod mtcute;
mod native;
mod pivot;
mod private_fs;
mod pyrogram;
mod pyrogram_file;
mod read_only;
mod reader;
mod tdata;
mod telethon;
mod telethon_file;
mod validate;

pub use detect::{Detected, detect, detect_path};
pub use error::{ConvertError, Rejection};
pub use format::{Format, UnknownFormat};
pub use gramjs::GramjsString;
pub use mtcute::{MtcuteDc, MtcuteLayout, MtcuteSelf, MtcuteString};
pub use mtrs_session::{AuthKey, DcId, DcOption, DcState, Identity, SessionData, UserId};
pub use pyrogram::{PyrogramLayout, PyrogramString};
pub use pyrogram_file::PyrogramFile;
#[doc(hidden)]
pub use tdata::fuzzing as tdata_fuzzing;
pub use tdata::{
    AccountSelector, DEFAULT_APP_VERSION, Tdata, TdataAccount, TdataWriteOptions, write_tdata,
};
pub use telethon::TelethonString;
pub use telethon_file::TelethonFile;

use std::path::Path;

/// Parses mtrs's own session string (`mtrs:1:…`).
///
/// A truncated or edited string gives [`ConvertError::Corrupt`]; see
/// `docs/session-string.md` for the layout.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(4));
/// s.dcs.insert(DcId(4), DcState::new().with_auth_key(AuthKey::from_bytes([3; 256])));
/// let text = to_mtrs(&s)?;
/// assert!(text.starts_with("mtrs:1:"));
/// assert_eq!(mtrs(&text)?, s);
/// assert!(matches!(mtrs(&text[..text.len() - 1]), Err(ConvertError::Corrupt { .. })));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn mtrs(s: &str) -> Result<SessionData, ConvertError> {
    native::parse(s)
}

/// Renders `session` as mtrs's own session string. Needs the home DC's auth key.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert!(to_mtrs(&s)?.starts_with("mtrs:1:"));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_mtrs(session: &SessionData) -> Result<String, ConvertError> {
    native::render(session)
}

/// Imports a Telethon `StringSession`. No identity (Telethon strings have no user id);
/// test mode is inferred from the address.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_address("149.154.167.51", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert_eq!(telethon(&to_telethon(&s)?)?, s);
/// # Ok::<(), ConvertError>(())
/// ```
pub fn telethon(s: &str) -> Result<SessionData, ConvertError> {
    Ok(TelethonString::parse(s)?.to_session())
}

/// Exports to a Telethon `StringSession` (home DC only; addresses must be IPs, a missing one
/// or a host name is replaced by the built-in table's).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert_eq!(to_telethon(&s)?.len(), 353); // IPv4 from the DC table
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_telethon(session: &SessionData) -> Result<String, ConvertError> {
    Ok(TelethonString::from_session(session)?.render())
}

/// Imports a Pyrogram-family string (271-byte current layout, or legacy 263/267 bytes).
/// The address comes from Pyrogram's DC table.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(123456789)).with_bot(false));
/// s.api_id = Some(12345);
/// let back = pyrogram(&to_pyrogram(&s)?)?;
/// assert_eq!(back.identity, s.identity);
/// assert_eq!(back.api_id, Some(12345));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn pyrogram(s: &str) -> Result<SessionData, ConvertError> {
    Ok(PyrogramString::parse(s)?.to_session())
}

/// Exports to the current 271-byte Pyrogram layout. Needs `session.api_id` and an identity
/// ([`ConvertError::Missing`] otherwise).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)));
/// assert!(matches!(to_pyrogram(&s), Err(ConvertError::Missing { field: "api_id", .. })));
/// s.api_id = Some(12345);
/// assert_eq!(to_pyrogram(&s)?.len(), 362);
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_pyrogram(session: &SessionData) -> Result<String, ConvertError> {
    PyrogramString::from_session(session, PyrogramLayout::Current)?.render()
}

/// Exports to the legacy 267-byte Pyrogram layout (no `api_id`; readable by Pyrogram 1.x and
/// every 2.x fork; what @mtcute/convert writes without an `api_id`). Needs an identity.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)));
/// assert_eq!(to_pyrogram_legacy(&s)?.len(), 356);
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_pyrogram_legacy(session: &SessionData) -> Result<String, ConvertError> {
    PyrogramString::from_session(session, PyrogramLayout::Legacy267)?.render()
}

/// Imports a GramJS `StringSession` (addresses may be host names).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(4));
/// s.dcs.insert(DcId(4), DcState::new().with_address("vesta.web.telegram.org", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert_eq!(gramjs(&to_gramjs(&s)?)?, s);
/// # Ok::<(), ConvertError>(())
/// ```
pub fn gramjs(s: &str) -> Result<SessionData, ConvertError> {
    Ok(GramjsString::parse(s)?.to_session())
}

/// Exports to a GramJS `StringSession` (home DC only).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(4));
/// s.dcs.insert(DcId(4), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert!(to_gramjs(&s)?.starts_with('1'));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_gramjs(session: &SessionData) -> Result<String, ConvertError> {
    GramjsString::from_session(session)?.render()
}

/// Imports an mtcute string session (v3 with either DC option version, or legacy v1/v2).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_address("149.154.167.50", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)).with_bot(true));
/// assert_eq!(mtcute(&to_mtcute(&s)?)?, s);
/// # Ok::<(), ConvertError>(())
/// ```
pub fn mtcute(s: &str) -> Result<SessionData, ConvertError> {
    Ok(MtcuteString::parse(s)?.to_session())
}

/// Exports to an mtcute v3 string session (DC option version 2, as mtcute ≥ 0.19 writes).
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert!(to_mtcute(&s)?.starts_with("AwAAAAA"));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn to_mtcute(session: &SessionData) -> Result<String, ConvertError> {
    MtcuteString::from_session(session)?.render()
}

/// Imports a string of the given format ([`Format::Mtrs`], [`Format::Telethon`],
/// [`Format::Pyrogram`], [`Format::Gramjs`] or [`Format::Mtcute`]).
///
/// When the hint and the content disagree — the string does not parse as `format` but is
/// another format's, or it parses as `format` only by accident while being a valid string of
/// another format (a GramJS string read as Telethon) — the error is
/// [`ConvertError::WrongFormat`] naming the format it looks like.
///
/// # Errors
/// The format's own errors; [`ConvertError::WrongFormat`]; [`ConvertError::Unsupported`]
/// for a file or folder format.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_address("149.154.167.50", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256])));
/// let text = export_str(Format::Gramjs, &s)?;
/// assert_eq!(import_str(Format::Gramjs, &text)?, s);
/// assert!(matches!(
///     import_str(Format::Telethon, &text),
///     Err(ConvertError::WrongFormat { given: Format::Telethon, looks_like: Format::Gramjs })
/// ));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn import_str(format: Format, s: &str) -> Result<SessionData, ConvertError> {
    let wrong = |looks_like| ConvertError::WrongFormat {
        given: format,
        looks_like,
    };
    match import_hinted(format, s) {
        // Telethon and GramJS strings share the `1` prefix; a strict GramJS parse succeeding
        // means the content is GramJS whatever the Telethon reader made of it.
        Ok(_) if format == Format::Telethon && GramjsString::parse(s).is_ok() => {
            Err(wrong(Format::Gramjs))
        }
        Ok(session) => Ok(session),
        Err(e @ ConvertError::Unsupported { .. }) => Err(e),
        Err(e) => match detect(s) {
            Ok(found) if found.format != format => Err(wrong(found.format)),
            _ => Err(e),
        },
    }
}

fn import_hinted(format: Format, s: &str) -> Result<SessionData, ConvertError> {
    match format {
        Format::Mtrs => mtrs(s),
        Format::Telethon => telethon(s),
        Format::Pyrogram => pyrogram(s),
        Format::Gramjs => gramjs(s),
        Format::Mtcute => mtcute(s),
        Format::Tdata | Format::TelethonFile | Format::PyrogramFile => {
            Err(ConvertError::Unsupported {
                format,
                what: "not a string format; import it from a path",
            })
        }
    }
}

/// Exports `session` as a string of the given format (Pyrogram: the current layout, which
/// needs `api_id`). The string is decoded again before it is returned: what cannot be read
/// back is never handed out.
///
/// # Errors
/// The format's own errors; [`ConvertError::RoundTrip`] when the encoded string does not
/// decode; [`ConvertError::Unsupported`] for a file or folder format.
///
/// ```
/// # use mtrs_session_convert::*;
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// assert!(export_str(Format::Mtrs, &s)?.starts_with("mtrs:1:"));
/// # Ok::<(), ConvertError>(())
/// ```
pub fn export_str(format: Format, session: &SessionData) -> Result<String, ConvertError> {
    let text = export_unchecked(format, session)?;
    import_hinted(format, &text).map_err(|e| ConvertError::RoundTrip {
        format,
        source: Box::new(e),
    })?;
    Ok(text)
}

fn export_unchecked(format: Format, session: &SessionData) -> Result<String, ConvertError> {
    match format {
        Format::Mtrs => to_mtrs(session),
        Format::Telethon => to_telethon(session),
        Format::Pyrogram => to_pyrogram(session),
        Format::Gramjs => to_gramjs(session),
        Format::Mtcute => to_mtcute(session),
        Format::Tdata | Format::TelethonFile | Format::PyrogramFile => {
            Err(ConvertError::Unsupported {
                format,
                what: "not a string format; export it to a path",
            })
        }
    }
}

/// Imports a Telethon `.session` SQLite file (read-only; schemas 7 and 8 and older ones with
/// the same tables). The user id comes from the `id = 0` entity when Telethon saved it.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-tf-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("me.session");
/// # let _ = std::fs::remove_file(&path);
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_address("149.154.167.51", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)));
/// write_telethon_file(&path, &s)?;
/// assert_eq!(telethon_file(&path)?, s);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn telethon_file(path: impl AsRef<Path>) -> Result<SessionData, ConvertError> {
    Ok(TelethonFile::read(path.as_ref())?.to_session())
}

/// Writes a new Telethon `.session` file (schema 7, which every Telethon reads; refuses to
/// overwrite an existing file). Carries the home DC, the user id (as the `id = 0` entity),
/// the takeout id and the update state.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-wtf-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// write_telethon_file(dir.join("a.session"), &s)?;
/// assert!(write_telethon_file(dir.join("a.session"), &s).is_err()); // never overwrites
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn write_telethon_file(
    path: impl AsRef<Path>,
    session: &SessionData,
) -> Result<(), ConvertError> {
    TelethonFile::from_session(session)?.write(path.as_ref())
}

/// Imports a Pyrogram-family `.session` SQLite file (Pyrogram 1.x/2.0, PyroFork, Kurigram).
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-pf-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let path = dir.join("me.session");
/// # let _ = std::fs::remove_file(&path);
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)).with_bot(false));
/// write_pyrogram_file(&path, &s)?;
/// assert_eq!(pyrogram_file(&path)?.identity, s.identity);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn pyrogram_file(path: impl AsRef<Path>) -> Result<SessionData, ConvertError> {
    Ok(PyrogramFile::read(path.as_ref())?.to_session())
}

/// Writes a new Pyrogram `.session` file (Pyrogram 2.0 schema 3; refuses to overwrite).
/// Needs an identity; `api_id` is written when known.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-wpf-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir).unwrap();
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// let err = write_pyrogram_file(dir.join("a.session"), &s).unwrap_err();
/// assert!(matches!(err, ConvertError::Missing { field: "user_id", .. }));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn write_pyrogram_file(
    path: impl AsRef<Path>,
    session: &SessionData,
) -> Result<(), ConvertError> {
    PyrogramFile::from_session(session)?.write(path.as_ref())
}

/// Imports one account of a Telegram Desktop tdata folder (with its local passcode, `""` for
/// none). Use [`Tdata`] to list the accounts or read several with one passcode derivation.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-td-{}", std::process::id()));
/// # let _ = std::fs::remove_dir_all(&dir);
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)).with_bot(false));
/// write_tdata(&dir, &[s.clone()], &TdataWriteOptions::new())?;
/// let back = tdesktop(&dir, "", AccountSelector::Active)?;
/// assert_eq!(back.identity, s.identity);
/// assert_eq!(back.home_auth_key(), s.home_auth_key());
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn tdesktop(
    path: impl AsRef<Path>,
    passcode: &str,
    account: AccountSelector,
) -> Result<SessionData, ConvertError> {
    Ok(Tdata::open(path, passcode)?.account(account)?.to_session())
}

/// Imports a session file or folder of any supported kind, recognised by [`detect_path`]:
/// a tdata folder (opened with `passcode`, `""` for none, and the account chosen by
/// `account`), or a Telethon or Pyrogram `.session` file (both arguments ignored).
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-ip-{}", std::process::id()));
/// # let _ = std::fs::remove_dir_all(&dir);
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// s.identity = Some(Identity::new(UserId(42)).with_bot(false));
/// export_path(Format::Tdata, &dir, &s)?;
/// let found = import_path(&dir, "", AccountSelector::Active)?;
/// assert_eq!(found.format, Format::Tdata);
/// assert_eq!(found.session.identity, s.identity);
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub fn import_path(
    path: impl AsRef<Path>,
    passcode: &str,
    account: AccountSelector,
) -> Result<Detected, ConvertError> {
    let path = path.as_ref();
    let format = detect_path(path)?;
    let session = match format {
        Format::TelethonFile => telethon_file(path)?,
        Format::PyrogramFile => pyrogram_file(path)?,
        _ => tdesktop(path, passcode, account)?,
    };
    Ok(Detected { format, session })
}

/// Writes `session` to a new file or folder of a file format: [`Format::TelethonFile`],
/// [`Format::PyrogramFile`], or [`Format::Tdata`] (one account, no passcode, fresh random
/// secrets; use [`write_tdata`] for more). Never overwrites.
///
/// # Errors
/// The format's own errors; [`ConvertError::Unsupported`] for a string format.
///
/// ```
/// # use mtrs_session_convert::*;
/// let s = SessionData::new(DcId(2));
/// let e = export_path(Format::Telethon, "unused", &s).unwrap_err();
/// assert!(matches!(e, ConvertError::Unsupported { .. }));
/// ```
pub fn export_path(
    format: Format,
    path: impl AsRef<Path>,
    session: &SessionData,
) -> Result<(), ConvertError> {
    match format {
        Format::TelethonFile => write_telethon_file(path, session),
        Format::PyrogramFile => write_pyrogram_file(path, session),
        Format::Tdata => write_tdata(
            path,
            std::slice::from_ref(session),
            &TdataWriteOptions::new(),
        ),
        _ => Err(ConvertError::Unsupported {
            format,
            what: "a string format; use export_str",
        }),
    }
}
