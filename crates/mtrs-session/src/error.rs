//! [`StoreError`]: everything a [`SessionStore`](crate::SessionStore) can fail with.

use std::error::Error as StdError;
use std::fmt;
use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// The store operation that failed, named in every [`StoreError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Operation {
    /// Opening (creating) the session storage.
    Open,
    /// Taking the exclusive lock.
    Lock,
    /// Upgrading the schema.
    Migrate,
    /// Loading the snapshot.
    Load,
    /// Saving the whole snapshot.
    Save,
    /// Updating one DC's auth (and possibly the home DC and identity).
    UpdateDc,
    /// Inserting or updating peers.
    UpsertPeers,
    /// Looking a peer up.
    LookupPeer,
    /// Saving update state.
    SaveUpdateState,
    /// Deleting the session.
    Delete,
    /// Listing the sessions of a store (session administration).
    List,
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Open => "open",
            Self::Lock => "lock",
            Self::Migrate => "migrate",
            Self::Load => "load",
            Self::Save => "save",
            Self::UpdateDc => "update DC",
            Self::UpsertPeers => "upsert peers",
            Self::LookupPeer => "look up peer",
            Self::SaveUpdateState => "save update state",
            Self::Delete => "delete",
            Self::List => "list",
        })
    }
}

/// Who holds a session's exclusive lock (or lease), as recorded by the backend.
///
/// ```
/// use mtrs_session::LockHolder;
/// let h = LockHolder { pid: Some(42), host: Some("box".into()), instance: None };
/// assert_eq!(h.to_string(), "pid 42 on box");
/// let h = LockHolder { instance: Some("9f0c".into()), ..h };
/// assert_eq!(h.to_string(), "pid 42 on box (instance 9f0c)");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LockHolder {
    /// Process id of the holder, if recorded.
    pub pid: Option<u32>,
    /// Host name of the holder, if recorded.
    pub host: Option<String>,
    /// The holder's random instance id (a lease backend records one per opened store, so
    /// two stores of one process are told apart), if recorded.
    pub instance: Option<String>,
}

impl fmt::Display for LockHolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.pid, &self.host) {
            (Some(pid), Some(host)) => write!(f, "pid {pid} on {host}"),
            (Some(pid), None) => write!(f, "pid {pid}"),
            (None, Some(host)) => write!(f, "a process on {host}"),
            (None, None) => f.write_str("an unknown process"),
        }?;
        match &self.instance {
            Some(instance) => write!(f, " (instance {instance})"),
            None => Ok(()),
        }
    }
}

/// Formats an optional lease expiry as a suffix of the `InUse` message.
struct ExpiresIn(Option<Duration>);

impl fmt::Display for ExpiresIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(d) => write!(f, "; its lease expires in {:.1} s", d.as_secs_f64()),
            None => Ok(()),
        }
    }
}

/// A store failure. Every variant names where (a path, or a backend's location name) and,
/// where it applies, which [`Operation`] failed. Never contains key bytes.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// An operating-system I/O error.
    #[error("cannot {operation} session {}: {source}", path.display())]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// What was being done.
        operation: Operation,
        /// The OS error.
        #[source]
        source: io::Error,
    },
    /// The stored data is not a valid session (bad header, impossible values, …).
    #[error("cannot {operation} session {}: corrupt data: {detail}", path.display())]
    Corrupt {
        /// The file involved.
        path: PathBuf,
        /// What was being done.
        operation: Operation,
        /// What is wrong (never contains secret bytes).
        detail: String,
    },
    /// The storage was written by a newer mtrs with a schema this one does not know. It was
    /// left untouched.
    #[error(
        "session {} has schema version {found}, this mtrs supports up to {supported}; \
         it was left untouched",
        path.display()
    )]
    UnsupportedSchema {
        /// The file involved.
        path: PathBuf,
        /// The schema version found.
        found: u32,
        /// The newest schema version this build understands.
        supported: u32,
    },
    /// Another process, or another store in this process, holds the session.
    #[error("session {} is in use by {holder}{}", path.display(), ExpiresIn(*expires_in))]
    InUse {
        /// The session file (or a backend's location name).
        path: PathBuf,
        /// Who holds the lock, as far as recorded.
        holder: LockHolder,
        /// For a lease backend: how long until the holder's lease expires unless renewed
        /// (`None` for a lock that lasts as long as its holder, like the SQLite store's).
        expires_in: Option<Duration>,
    },
    /// This store's lease on the session was lost: another opener took the session over
    /// after the lease expired (or it could not be renewed in time). Nothing was written,
    /// and the store refuses every further operation; open the session again to go on.
    #[error("cannot {operation} session {}: the lease on it was lost", path.display())]
    LeaseLost {
        /// The backend's location name of the session.
        path: PathBuf,
        /// What was being done.
        operation: Operation,
    },
    /// The store was closed (its worker stopped) before the operation could complete.
    #[error("cannot {operation} session {}: the store is closed", path.display())]
    Closed {
        /// The session file.
        path: PathBuf,
        /// What was being done.
        operation: Operation,
    },
    /// Any other failure of the backend (e.g. an SQLite error), with its cause.
    #[error("cannot {operation} session {}: {source}", path.display())]
    Backend {
        /// The file or location involved.
        path: PathBuf,
        /// What was being done.
        operation: Operation,
        /// The backend's error.
        #[source]
        source: Box<dyn StdError + Send + Sync>,
    },
}

impl StoreError {
    /// The operation that failed, when the variant records one.
    pub fn operation(&self) -> Option<Operation> {
        match self {
            Self::Io { operation, .. }
            | Self::Corrupt { operation, .. }
            | Self::Closed { operation, .. }
            | Self::LeaseLost { operation, .. }
            | Self::Backend { operation, .. } => Some(*operation),
            Self::UnsupportedSchema { .. } => Some(Operation::Open),
            Self::InUse { .. } => Some(Operation::Lock),
        }
    }

    /// The path (or location name) the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Io { path, .. }
            | Self::Corrupt { path, .. }
            | Self::UnsupportedSchema { path, .. }
            | Self::InUse { path, .. }
            | Self::Closed { path, .. }
            | Self::LeaseLost { path, .. }
            | Self::Backend { path, .. } => path,
        }
    }
}
