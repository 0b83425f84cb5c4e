//! [`SqliteStore`]: the default, persistent [`SessionStore`].

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use tokio::sync::mpsc::Sender;

use mtrs_session::{
    DcUpdate, Operation, Peer, PeerId, PeerKey, SessionData, SessionStore, StoreError, StoreFuture,
    UpdateStateChange,
};

use crate::file::{inspect, prepare_work_dir};
use crate::lock::SessionLock;
use crate::queue::{queue, reply};
use crate::reader::Reader;
use crate::schema::{connect, prepare};
use crate::sql_error::backend;
use crate::writer::{self, Command, Write};
use crate::{SqliteConfig, peers, snapshot};

/// Commands that may wait for the writer before senders have to wait too.
const QUEUE_CAPACITY: usize = 1024;

/// A session stored in one SQLite file, used exclusively by this store.
///
/// - **Exclusive**: opening takes an OS lock on `<name>.session.lock`; a second opener (in
///   this or another process) gets [`StoreError::InUse`] at once. Dropping the store (or the
///   process dying) releases it.
/// - **Private**: the directory is created 0700 and the file 0600; an existing file that
///   group or others can read is reported with a `tracing` warning.
/// - **Crash-consistent**: WAL with `synchronous=NORMAL`; every write is one transaction,
///   so credentials (home DC, key, user, bot flag) change together or not at all.
/// - **One writer**: writes go through a bounded queue to a dedicated thread owning the only
///   writing connection, which group-commits whatever has queued up; reads (snapshot, peer
///   lookups) run on a separate connection in the caller's task and are short indexed
///   queries, inside one read transaction that stays open until the next commit. No
///   `database is locked` within a process.
/// - **Versioned**: numbered migrations; a file from a newer mtrs yields
///   [`StoreError::UnsupportedSchema`] and is left untouched.
/// - **Fast to open**: nothing is loaded up front; peers are read on demand.
///
/// ```
/// # fn block_on<F: std::future::Future>(f: F) -> F::Output { mtrs_session::testing::block_on(f) }
/// use mtrs_session::{AuthKey, DcId, DcState, DcUpdate, Identity, SessionStore, UserId};
/// use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
///
/// let dir = tempfile::tempdir().unwrap();
/// let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "bot")).unwrap();
/// let login = DcUpdate::new(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([5; 256])))
///     .make_home()
///     .with_identity(Identity::new(UserId(1)).with_bot(true));
/// block_on(store.update_dc(login)).unwrap();
/// assert_eq!(block_on(store.load()).unwrap().unwrap().home_dc, DcId(2));
///
/// // A second opener is refused while the first is alive.
/// let err = SqliteStore::open(&SqliteConfig::new(dir.path(), "bot")).unwrap_err();
/// assert!(matches!(err, mtrs_session::StoreError::InUse { .. }));
/// ```
pub struct SqliteStore {
    path: PathBuf,
    /// The only sender: dropping it closes the queue, which stops the writer once drained.
    queue: Option<Sender<Command>>,
    writer: Option<JoinHandle<()>>,
    reader: Arc<Reader>,
    // Dropped last: the lock outlives every connection to the file.
    _lock: SessionLock,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Opens (creating if needed) `<work_dir>/<session_name>.session` and locks it.
    ///
    /// This does a few small synchronous file operations (well under a millisecond to a
    /// few milliseconds) and loads nothing; call it once at start-up.
    pub fn open(config: &SqliteConfig) -> Result<Self, StoreError> {
        let path = config.session_path();
        let name = &config.session_name;
        if name.is_empty() || name.contains(['/', '\\', '\0']) {
            return Err(StoreError::Io {
                path,
                operation: Operation::Open,
                source: io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "session name must be non-empty and contain no path separator",
                ),
            });
        }
        prepare_work_dir(&config.work_dir)?;
        let lock = SessionLock::acquire(&config.lock_path(), &path)?;
        inspect(&path, crate::SCHEMA_VERSION)?;
        let write_conn = connect(&path)?;
        prepare(&write_conn, &path)?;
        let read_conn = connect(&path)?;
        read_conn
            .pragma_update(None, "query_only", true)
            .map_err(|e| backend(&path, Operation::Open, e))?;

        let reader = Arc::new(Reader::new(read_conn));
        let (queue, commands) = queue(QUEUE_CAPACITY);
        let writer = {
            let reader = reader.clone();
            let thread_path = path.clone();
            thread::Builder::new()
                .name("mtrs-sqlite-writer".to_owned())
                .spawn(move || writer::run(write_conn, thread_path, commands, &reader))
                .map_err(|e| StoreError::Io {
                    path: path.clone(),
                    operation: Operation::Open,
                    source: e,
                })?
        };
        Ok(Self {
            path,
            queue: Some(queue),
            writer: Some(writer),
            reader,
            _lock: lock,
        })
    }

    /// Reads the session stored at `config` without writing anything: takes the session
    /// lock *shared* (any number of readers at once; refused with
    /// [`StoreError::InUse`] naming the holder while a store has it open), opens the file
    /// read-only and loads the snapshot. `Ok(None)` when the file does not exist or holds
    /// no session yet.
    ///
    /// ```
    /// # use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
    /// let dir = tempfile::tempdir().unwrap();
    /// let config = SqliteConfig::new(dir.path(), "bot");
    /// drop(SqliteStore::open(&config).unwrap());
    /// // Two readers at once are fine.
    /// let a = SqliteStore::read_shared(&config).unwrap();
    /// let b = SqliteStore::read_shared(&config).unwrap();
    /// assert!(a.is_none() && b.is_none());
    /// // A store holding the session excludes readers.
    /// let _store = SqliteStore::open(&config).unwrap();
    /// assert!(matches!(
    ///     SqliteStore::read_shared(&config),
    ///     Err(mtrs_session::StoreError::InUse { .. })
    /// ));
    /// ```
    pub fn read_shared(config: &SqliteConfig) -> Result<Option<SessionData>, StoreError> {
        let path = config.session_path();
        let lock_path = config.lock_path();
        if !path.is_file() {
            return Ok(None);
        }
        let _lock = SessionLock::acquire_shared(&lock_path, &path)?;
        let conn = rusqlite::Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| backend(&path, Operation::Load, e))?;
        conn.busy_timeout(crate::schema::BUSY_TIMEOUT)
            .map_err(|e| backend(&path, Operation::Load, e))?;
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| backend(&path, Operation::Load, e))?;
        if found == 0 {
            return Ok(None);
        }
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        if found > crate::SCHEMA_VERSION {
            return Err(StoreError::UnsupportedSchema {
                path,
                found,
                supported: crate::SCHEMA_VERSION,
            });
        }
        conn.execute_batch("BEGIN")
            .map_err(|e| backend(&path, Operation::Load, e))?;
        let loaded = snapshot::load(&conn, &path);
        let _ = conn.execute_batch("COMMIT");
        loaded
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Every cached peer of the session (for copying it to another store).
    ///
    /// ```
    /// # fn block_on<F: std::future::Future>(f: F) -> F::Output { mtrs_session::testing::block_on(f) }
    /// use mtrs_session::{Peer, PeerId, PeerKind, SessionStore};
    /// use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
    /// let dir = tempfile::tempdir().unwrap();
    /// let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "s")).unwrap();
    /// block_on(store.upsert_peers(vec![Peer::new(PeerId::User(7), PeerKind::User, 1)])).unwrap();
    /// assert_eq!(block_on(store.all_peers()).unwrap().len(), 1);
    /// ```
    pub fn all_peers(&self) -> StoreFuture<'_, Vec<Peer>> {
        Box::pin(async move {
            self.reader.read(&self.path, Operation::LookupPeer, |conn| {
                peers::all(conn, &self.path)
            })
        })
    }

    fn write(&self, write: Write) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let operation = write.operation();
            let closed = || StoreError::Closed {
                path: self.path.clone(),
                operation,
            };
            let queue = self.queue.as_ref().ok_or_else(closed)?;
            let (tx, rx) = reply();
            queue
                .send(Command { write, reply: tx })
                .await
                .map_err(|_| closed())?;
            rx.await.unwrap_or_else(|_| Err(closed()))
        })
    }
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        drop(self.queue.take());
        if let Some(writer) = self.writer.take()
            && writer.join().is_err()
        {
            tracing::error!(path = %self.path.display(), "session writer thread panicked");
        }
    }
}

impl SessionStore for SqliteStore {
    fn load(&self) -> StoreFuture<'_, Option<SessionData>> {
        // One read transaction: the snapshot's tables are read at one point in time.
        Box::pin(async move {
            self.reader.read(&self.path, Operation::Load, |conn| {
                snapshot::load(conn, &self.path)
            })
        })
    }

    fn save<'a>(&'a self, data: &'a SessionData) -> StoreFuture<'a, ()> {
        Box::pin(async move { self.write(Write::Save(Box::new(data.clone()))).await })
    }

    fn update_dc(&self, update: DcUpdate) -> StoreFuture<'_, ()> {
        self.write(Write::UpdateDc(Box::new(update)))
    }

    fn upsert_peers(&self, peers: Vec<Peer>) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let peers = peers.into_iter().map(Peer::normalized).collect();
            self.write(Write::UpsertPeers(peers)).await
        })
    }

    fn lookup_peer(&self, key: PeerKey) -> StoreFuture<'_, Option<Peer>> {
        Box::pin(async move {
            self.reader.read(&self.path, Operation::LookupPeer, |conn| {
                peers::lookup(conn, &self.path, key)
            })
        })
    }

    fn indexed_usernames(&self, peer: PeerId) -> StoreFuture<'_, Option<Vec<String>>> {
        Box::pin(async move {
            self.reader.read(&self.path, Operation::LookupPeer, |conn| {
                peers::indexed_usernames(conn, &self.path, peer).map(Some)
            })
        })
    }

    fn save_update_state(&self, change: UpdateStateChange) -> StoreFuture<'_, ()> {
        self.write(Write::UpdateState(change))
    }

    fn delete(&self) -> StoreFuture<'_, ()> {
        self.write(Write::Delete)
    }
}
