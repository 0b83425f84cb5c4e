//! The read connection, kept inside one read transaction between writes.
//!
//! Every statement run outside a transaction opens and closes a read transaction of its
//! own, and in WAL mode that costs two `fcntl` lock calls on the database file and a look
//! at the WAL index: about half the time of a point lookup. This store is the only
//! writer of its file (the session lock), so while nothing is being written the reader
//! keeps one read transaction open and reuses it for every read.
//!
//! The writer thread brackets each group of writes with [`Reader::writer_begins`] and
//! [`Reader::writer_done`]; both end the reader's transaction, and in between every read
//! ends its own transaction when done (as without this optimisation). So:
//! - a read that starts after a write has completed (its reply comes after
//!   `writer_done`) always sees it;
//! - no read transaction is held across a commit, so the checkpoint that runs in it can
//!   copy the whole WAL back and the WAL file is restarted instead of growing.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use mtrs_session::{Operation, StoreError};
use parking_lot::Mutex;
use rusqlite::Connection;

use crate::sql_error::backend;

/// The read connection, behind a lock shared with the writer thread.
pub(crate) struct Reader {
    conn: Mutex<Connection>,
    /// The writer is between `writer_begins` and `writer_done`: reads must not keep their
    /// transaction.
    writing: AtomicBool,
}

impl Reader {
    pub(crate) fn new(conn: Connection) -> Self {
        Self {
            conn: Mutex::new(conn),
            writing: AtomicBool::new(false),
        }
    }

    /// Runs `f` inside the current read transaction, starting one if there is none. All
    /// of `f` sees one point in time.
    pub(crate) fn read<T>(
        &self,
        path: &Path,
        op: Operation,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let conn = self.conn.lock();
        if conn.is_autocommit() {
            conn.prepare_cached("BEGIN")
                .and_then(|mut begin| begin.execute([]))
                .map_err(|e| backend(path, op, e))?;
        }
        let result = f(&conn);
        // After a failure, start afresh next time rather than keep the transaction it
        // happened in. (`writing` is set before the writer takes this lock, so a read that
        // follows `writer_begins` always sees it.)
        if result.is_err() || self.writing.load(Ordering::SeqCst) {
            end(&conn);
        }
        result
    }

    /// Called by the writer before it starts a transaction: ends the reader's transaction
    /// and makes reads end theirs until [`Reader::writer_done`].
    pub(crate) fn writer_begins(&self) {
        self.writing.store(true, Ordering::SeqCst);
        end(&self.conn.lock());
    }

    /// Called by the writer after its commit (or rollback) and before it replies: the next
    /// read starts a new snapshot, and reads may keep their transaction again.
    pub(crate) fn writer_done(&self) {
        let conn = self.conn.lock();
        end(&conn);
        self.writing.store(false, Ordering::SeqCst);
    }
}

fn end(conn: &Connection) {
    if !conn.is_autocommit()
        && let Err(e) = conn.execute_batch("COMMIT")
    {
        // Only a read transaction can be open here; ending it cannot lose anything, and
        // the next read retries from a clean state if the connection recovered.
        tracing::warn!(error = %e, "ending the session read transaction failed");
        let _ = conn.execute_batch("ROLLBACK");
    }
}
