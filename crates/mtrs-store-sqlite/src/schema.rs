//! Numbered, forward-only schema migrations (`migrations/00N_*.sql`), tracked in SQLite's
//! `user_version`, and the connection set-up every connection gets.

use std::path::Path;
use std::time::Duration;

use mtrs_session::{Operation, StoreError};
use rusqlite::{Connection, OpenFlags};

use crate::sql_error::backend;

/// The migrations, in order; migration `i` (0-based) brings the schema to version `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_initial.sql"),
    include_str!("../migrations/002_seen_in_and_exact_usernames.sql"),
];

/// The schema version this build writes and the newest it can open.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Written to the header's `application_id` so foreign SQLite files are recognised
/// (ASCII "mtrs").
const APPLICATION_ID: i32 = 0x6d74_7273;

/// How long a statement waits on a lock held by another connection before giving up.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens one connection to an existing (possibly empty) file, with the pragmas every
/// connection needs. Never creates the file.
pub(crate) fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| backend(path, Operation::Open, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| backend(path, Operation::Open, e))?;
    conn.set_prepared_statement_cache_capacity(32);
    // Temporary tables and statement journals stay in memory (never in a temp file that
    // could hold session data); a 16 MiB page cache holds the hot part of a large peer
    // table, and memory-mapped reads avoid a system call per page.
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384; PRAGMA mmap_size = 268435456;",
    )
    .map_err(|e| backend(path, Operation::Open, e))?;
    Ok(conn)
}

fn pragma_i64(conn: &Connection, path: &Path, name: &str) -> Result<i64, StoreError> {
    conn.pragma_query_value(None, name, |row| row.get::<_, i64>(0))
        .map_err(|e| backend(path, Operation::Open, e))
}

/// Checks the version and ownership of the database, switches it to WAL with
/// `synchronous=NORMAL`, and applies pending migrations in one transaction.
///
/// A newer schema returns [`StoreError::UnsupportedSchema`] before anything is written; a
/// non-empty SQLite file of another program returns [`StoreError::Corrupt`].
pub(crate) fn prepare(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let found = pragma_i64(conn, path, "user_version")?;
    let found = u32::try_from(found).map_err(|_| StoreError::Corrupt {
        path: path.to_path_buf(),
        operation: Operation::Open,
        detail: format!("negative schema version {found}"),
    })?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::UnsupportedSchema {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    let app_id = pragma_i64(conn, path, "application_id")?;
    let foreign = app_id != 0 && app_id != i64::from(APPLICATION_ID);
    let tables = if found == 0 {
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| backend(path, Operation::Open, e))?
    } else {
        0
    };
    if foreign || tables > 0 {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            operation: Operation::Open,
            detail: "an SQLite database of another program, not an mtrs session \
                     (import it with mtrs-session-convert)"
                .to_owned(),
        });
    }

    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .map_err(|e| backend(path, Operation::Open, e))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Corrupt {
            path: path.to_path_buf(),
            operation: Operation::Open,
            detail: format!("cannot enable WAL (journal mode stays {mode})"),
        });
    }
    conn.pragma_update(None, "synchronous", "NORMAL")
        .map_err(|e| backend(path, Operation::Open, e))?;
    if found < SCHEMA_VERSION {
        migrate(conn, path, found)?;
    }
    Ok(())
}

fn migrate(conn: &Connection, path: &Path, from: u32) -> Result<(), StoreError> {
    let err = |e| backend(path, Operation::Migrate, e);
    conn.execute_batch("BEGIN IMMEDIATE").map_err(err)?;
    let result = (|| {
        // Re-read inside the write transaction: another opener cannot run concurrently
        // (the session lock), but be exact anyway.
        let current: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        let start = usize::try_from(current.max(from)).unwrap_or(usize::MAX);
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(start) {
            conn.execute_batch(sql).map_err(err)?;
            let version = i64::try_from(index + 1).unwrap_or(i64::MAX);
            conn.pragma_update(None, "user_version", version)
                .map_err(err)?;
            tracing::info!(path = %path.display(), version = index + 1, "migrated session schema");
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(err)?;
        conn.execute_batch("COMMIT").map_err(err)
    })();
    if result.is_err() {
        // The transaction may already be gone; the original error is what matters.
        let _ = conn.execute_batch("ROLLBACK");
    }
    result
}
