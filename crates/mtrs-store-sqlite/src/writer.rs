//! The single writer: one thread owns the only writing connection and applies commands in
//! group-committed transactions.
//!
//! Why a thread and not a `Mutex<Connection>`: a commit can take milliseconds (a WAL
//! checkpoint, a slow disk) and the store's futures must not block an async executor's
//! worker for that long. Callers enqueue a command and await a reply; the thread drains
//! whatever has queued up, runs each command inside its own savepoint of one transaction,
//! commits once, and then replies. With one writer there is never a second writer to be
//! "busy" against, and 64 concurrent callers cost one commit per batch instead of 64.

use std::path::{Path, PathBuf};

use mtrs_session::{DcUpdate, Operation, Peer, SessionData, StoreError, UpdateStateChange};
use rusqlite::Connection;

use tokio::sync::mpsc::Receiver;

use crate::queue::{ReplySender, pop_batch};
use crate::reader::Reader;
use crate::sql_error::backend;
use crate::{peers, snapshot};

/// Most commands applied in one transaction.
const MAX_GROUP: usize = 64;

/// What the writer can be asked to do.
pub(crate) enum Write {
    Save(Box<SessionData>),
    UpdateDc(Box<DcUpdate>),
    UpsertPeers(Vec<Peer>),
    UpdateState(UpdateStateChange),
    Delete,
}

impl Write {
    pub(crate) fn operation(&self) -> Operation {
        match self {
            Self::Save(_) => Operation::Save,
            Self::UpdateDc(_) => Operation::UpdateDc,
            Self::UpsertPeers(_) => Operation::UpsertPeers,
            Self::UpdateState(_) => Operation::SaveUpdateState,
            Self::Delete => Operation::Delete,
        }
    }

    fn apply(&self, conn: &Connection) -> rusqlite::Result<()> {
        match self {
            Self::Save(data) => snapshot::save(conn, data),
            Self::UpdateDc(update) => snapshot::update_dc(conn, update),
            Self::UpsertPeers(list) => peers::upsert(conn, list),
            Self::UpdateState(change) => snapshot::update_state(conn, change),
            Self::Delete => snapshot::delete_all(conn),
        }
    }
}

/// A queued command and where its outcome goes.
pub(crate) struct Command {
    pub(crate) write: Write,
    pub(crate) reply: ReplySender<Result<(), StoreError>>,
}

/// Runs until the queue is closed and drained, then closes the connection (which
/// checkpoints the WAL). Blocks the thread: run it on a thread of its own, never inside an
/// async runtime.
pub(crate) fn run(
    conn: Connection,
    path: PathBuf,
    mut commands: Receiver<Command>,
    reader: &Reader,
) {
    loop {
        let batch = pop_batch(&mut commands, MAX_GROUP);
        if batch.is_empty() {
            break;
        }
        // No read transaction may span the commit (see `reader`), and before anyone hears
        // of the commit the next read must start a new snapshot.
        reader.writer_begins();
        let results = apply_group(&conn, &path, &batch);
        reader.writer_done();
        for (command, result) in batch.into_iter().zip(results) {
            // The caller may have stopped waiting (its future was dropped); nothing to do.
            let _ = command.reply.send(result);
        }
    }
    if let Err((_, e)) = conn.close() {
        tracing::warn!(path = %path.display(), error = %e, "closing the session database failed");
    }
}

/// Applies a group of commands in one transaction and commits once. If any command fails,
/// the group is rolled back and every command is re-run in its own transaction, so one bad
/// command fails alone. (Per-command savepoints would do the same without the re-run, but
/// make SQLite copy every touched page into a statement journal: 3-5x slower upserts.)
/// Returns one result per command, all final (committed or not) when this returns.
fn apply_group(conn: &Connection, path: &Path, batch: &[Command]) -> Vec<Result<(), StoreError>> {
    if batch.len() > 1 {
        if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
            return fail_all(path, batch, &e);
        }
        let applied = batch.iter().try_for_each(|c| c.write.apply(conn));
        match applied.and_then(|()| conn.execute_batch("COMMIT")) {
            Ok(()) => return batch.iter().map(|_| Ok(())).collect(),
            Err(_) => {
                // Undo whatever the group did (the transaction may already be gone), then
                // fall through to one transaction per command.
                let _ = conn.execute_batch("ROLLBACK");
            }
        }
    }
    batch
        .iter()
        .map(|c| apply_one(conn, path, &c.write))
        .collect()
}

fn apply_one(conn: &Connection, path: &Path, write: &Write) -> Result<(), StoreError> {
    let op = write.operation();
    let result = conn
        .execute_batch("BEGIN IMMEDIATE")
        .and_then(|()| write.apply(conn))
        .and_then(|()| conn.execute_batch("COMMIT"));
    result.map_err(|e| {
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        backend(path, op, e)
    })
}

fn fail_all(path: &Path, batch: &[Command], e: &rusqlite::Error) -> Vec<Result<(), StoreError>> {
    batch
        .iter()
        .map(|c| Err(copy_error(path, c.write.operation(), e)))
        .collect()
}

/// `rusqlite::Error` is not `Clone`: rebuild SQLite failures (code and message, which is
/// what classification uses) and carry anything else as text.
fn copy_error(path: &Path, op: Operation, e: &rusqlite::Error) -> StoreError {
    match e {
        rusqlite::Error::SqliteFailure(code, msg) => {
            backend(path, op, rusqlite::Error::SqliteFailure(*code, msg.clone()))
        }
        other => StoreError::Backend {
            path: path.to_path_buf(),
            operation: op,
            source: other.to_string().into(),
        },
    }
}
