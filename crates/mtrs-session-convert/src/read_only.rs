//! Opening a foreign SQLite `.session` file without ever writing next to it
//! (`docs/formats/session-files.md#reading-without-writing`).
//!
//! A plain read-only open of a WAL-mode database still creates `-shm` (and needs a writable
//! folder); here the file is opened `immutable` through a URI, so SQLite neither writes nor
//! locks. A file with a non-empty `-wal` beside it holds committed data only that log has:
//! the pair is copied into a private temporary folder and read there.

use std::ops::Deref;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use crate::validate::{file_present, regular_file};
use crate::{ConvertError, Format, private_fs};

/// A read-only connection, with the private copy it reads (removed on drop) if any.
pub(crate) struct ReadOnly {
    // Declared first: the connection closes before its folder is removed.
    conn: Connection,
    _copy: Option<PrivateDir>,
}

impl Deref for ReadOnly {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

/// A private temporary folder, removed (with its content) on drop.
struct PrivateDir(PathBuf);

impl Drop for PrivateDir {
    fn drop(&mut self) {
        // Best effort: a leftover copy sits in a 0700 folder of the temp dir.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `file:` URI of `path`, every byte outside the unreserved set and `/` percent-encoded.
fn uri(path: &Path) -> String {
    use std::fmt::Write as _;
    let mut out = String::from("file:");
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = path.to_string_lossy().into_owned().into_bytes();
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out.push_str("?mode=ro&immutable=1");
    out
}

fn open_immutable(format: Format, path: &Path, shown: &Path) -> Result<Connection, ConvertError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    Connection::open_with_flags(uri(path), flags).map_err(|source| ConvertError::Sqlite {
        format,
        path: shown.to_owned(),
        source,
    })
}

/// Opens an existing SQLite file for reading, writing nothing beside it.
pub(crate) fn open(format: Format, path: &Path) -> Result<ReadOnly, ConvertError> {
    regular_file(path)?;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let wal = PathBuf::from(wal);
    let has_wal = file_present(&wal)? && std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    if !has_wal {
        return Ok(ReadOnly {
            conn: open_immutable(format, path, path)?,
            _copy: None,
        });
    }
    let dir = std::env::temp_dir().join(format!(
        "mtrs-read-{}-{:016x}",
        std::process::id(),
        rand::random::<u64>()
    ));
    private_fs::create_dir(&dir)?;
    let dir = PrivateDir(dir);
    let copy = dir.0.join("copy.session");
    let copy_wal = dir.0.join("copy.session-wal");
    std::fs::copy(path, &copy).map_err(|e| crate::error::io(path, "copy", e))?;
    std::fs::copy(&wal, &copy_wal).map_err(|e| crate::error::io(&wal, "copy", e))?;
    let sql = |source| ConvertError::Sqlite {
        format,
        path: path.to_owned(),
        source,
    };
    // Fold the log into the private copy, then read that copy as immutable.
    {
        let conn = Connection::open(&copy).map_err(sql)?;
        conn.pragma_update(None, "journal_mode", "delete")
            .map_err(sql)?;
    }
    Ok(ReadOnly {
        conn: open_immutable(format, &copy, path)?,
        _copy: Some(dir),
    })
}
