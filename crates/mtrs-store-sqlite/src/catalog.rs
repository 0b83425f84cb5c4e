//! Session administration for a work directory of SQLite sessions: [`list_sessions`] and
//! [`delete_session`].

use std::fs;
use std::io;
use std::path::Path;
use std::time::UNIX_EPOCH;

use mtrs_session::{DcId, Operation, SessionInfo, StoreError, UnixTime, UserId};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::SqliteConfig;
use crate::lock::{SessionLock, probe};

/// Lists every `<name>.session` in `work_dir`, sorted by name, without changing anything:
/// identity and home DC from the file, size of the file and its WAL, the peer count, the
/// last use (the newest modification time of the file, its non-empty WAL and its lock
/// file, which the store rewrites at every open), and the lock's holder if it is held now.
///
/// A file that cannot be read (foreign, newer or corrupt) is listed with what the file
/// system tells. A missing directory lists nothing.
///
/// ```
/// use mtrs_store_sqlite::{SqliteConfig, SqliteStore, list_sessions};
/// let dir = tempfile::tempdir().unwrap();
/// let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "bot")).unwrap();
/// let sessions = list_sessions(dir.path()).unwrap();
/// assert_eq!(sessions[0].name, "bot");
/// assert_eq!(sessions[0].in_use.as_ref().and_then(|h| h.pid), Some(std::process::id()));
/// # drop(store);
/// ```
pub fn list_sessions(work_dir: &Path) -> Result<Vec<SessionInfo>, StoreError> {
    let entries = match fs::read_dir(work_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(StoreError::Io {
                path: work_dir.to_path_buf(),
                operation: Operation::List,
                source,
            });
        }
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|source| StoreError::Io {
            path: work_dir.to_path_buf(),
            operation: Operation::List,
            source,
        })?;
        let file_name = entry.file_name();
        let Some(name) = file_name.to_str().and_then(|n| n.strip_suffix(".session")) else {
            continue;
        };
        if name.is_empty() || !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        out.push(describe(&SqliteConfig::new(work_dir, name)));
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

fn describe(config: &SqliteConfig) -> SessionInfo {
    let path = config.session_path();
    let wal = path.with_extension("session-wal");
    let lock = config.lock_path();
    let mut info = SessionInfo::new(config.session_name.as_str());
    let meta = |p: &Path| fs::metadata(p).ok();
    info.size = [&path, &wal]
        .iter()
        .filter_map(|p| meta(p))
        .map(|m| m.len())
        .sum();
    // An empty WAL is what a reader (like this listing) leaves behind, not a use.
    let wal_used = meta(&wal).is_some_and(|m| m.len() > 0);
    info.last_used = [&path, &wal, &lock]
        .iter()
        .filter(|p| ***p != wal || wal_used)
        .filter_map(|p| meta(p)?.modified().ok())
        .max()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .and_then(|d| i64::try_from(d.as_secs()).ok())
        .map(UnixTime);
    info.in_use = probe(&lock);
    if let Err(e) = read_contents(&path, &mut info) {
        tracing::warn!(path = %path.display(), error = %e, "cannot read session for the listing");
    }
    info
}

/// Fills identity, home DC and peer count from the file (read-only; never migrates).
fn read_contents(path: &Path, info: &mut SessionInfo) -> rusqlite::Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(crate::schema::BUSY_TIMEOUT)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < 1 || version > i64::from(crate::SCHEMA_VERSION) {
        return Ok(());
    }
    let row = conn
        .query_row(
            "SELECT home_dc, user_id, bot, username FROM session WHERE id = 0",
            [],
            |r| {
                Ok((
                    r.get::<_, i32>(0)?,
                    r.get::<_, Option<i64>>(1)?,
                    r.get::<_, Option<bool>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            },
        )
        .optional()?;
    if let Some((home, user, bot, username)) = row {
        info.home_dc = Some(DcId(home));
        info.user_id = user.map(UserId);
        info.bot = bot;
        info.username = username;
    }
    let peers: i64 = conn.query_row("SELECT count(*) FROM peer", [], |r| r.get(0))?;
    info.peers = u64::try_from(peers).unwrap_or(0);
    Ok(())
}

/// Deletes a session's files (`.session`, its WAL and shared-memory files, and the lock
/// file), taking its lock first: a session in use is refused with [`StoreError::InUse`]
/// and left alone. A missing session is not an error.
///
/// ```
/// use mtrs_store_sqlite::{SqliteConfig, SqliteStore, delete_session};
/// let dir = tempfile::tempdir().unwrap();
/// let cfg = SqliteConfig::new(dir.path(), "old");
/// drop(SqliteStore::open(&cfg).unwrap());
/// delete_session(&cfg).unwrap();
/// assert!(!cfg.session_path().exists());
/// ```
pub fn delete_session(config: &SqliteConfig) -> Result<(), StoreError> {
    let path = config.session_path();
    let lock_path = config.lock_path();
    if !path.exists() && !lock_path.exists() {
        return Ok(());
    }
    let lock = SessionLock::acquire(&lock_path, &path)?;
    for p in [
        path.clone(),
        path.with_extension("session-wal"),
        path.with_extension("session-shm"),
        lock_path.clone(),
    ] {
        match fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(source) => {
                return Err(StoreError::Io {
                    path: p,
                    operation: Operation::Delete,
                    source,
                });
            }
        }
    }
    drop(lock);
    Ok(())
}
