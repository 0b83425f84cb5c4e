//! [`ConfigError`]: what is wrong with a [`PostgresConfig`](crate::PostgresConfig).
//!
//! Store operations fail with [`StoreError`](mtrs_session::StoreError); a bad
//! configuration is its `Backend` variant with a `ConfigError` as the source.

use std::time::Duration;

/// A [`PostgresConfig`](crate::PostgresConfig) that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The URL does not parse (the message never repeats the URL, which may hold a
    /// password).
    #[error("invalid PostgreSQL URL: {0}")]
    Url(String),
    /// The namespace is not a plain lower-case identifier.
    #[error(
        "invalid namespace {0:?}: use lower-case ASCII letters, digits and _, starting with \
         a letter or _, at most 63 bytes, not starting with pg_"
    )]
    Namespace(String),
    /// The session name is empty or has control characters.
    #[error("invalid session name: it must be non-empty and have no control characters")]
    SessionName,
    /// The heartbeat is zero or not at most half the lease duration.
    #[error("heartbeat {heartbeat:?} must be non-zero and at most half the lease ({duration:?})")]
    Lease {
        /// The lease duration.
        duration: Duration,
        /// The heartbeat interval.
        heartbeat: Duration,
    },
    /// `PostgresStore::open` was called outside a Tokio runtime.
    #[error("the PostgreSQL store must be opened within a Tokio runtime")]
    NoRuntime,
    /// The pool size is zero.
    #[error("the connection pool needs at least one connection")]
    PoolSize,
}
