//! Mapping PostgreSQL and pool failures onto [`StoreError`], and telling the ones worth a
//! retry (the server restarting, a dropped connection) from the rest.

use std::path::Path;

use deadpool_postgres::PoolError;
use mtrs_session::{Operation, StoreError};
use tokio_postgres::error::SqlState;

/// A failed attempt at a store operation.
#[derive(Debug)]
pub(crate) enum Failure {
    /// The lease row did not match this store's epoch (or had expired): fenced off.
    Fenced,
    /// A PostgreSQL error.
    Sql(tokio_postgres::Error),
    /// No connection could be had from the pool.
    Pool(PoolError),
    /// Stored data that cannot be decoded.
    Corrupt(String),
}

impl From<tokio_postgres::Error> for Failure {
    fn from(e: tokio_postgres::Error) -> Self {
        Self::Sql(e)
    }
}

impl From<PoolError> for Failure {
    fn from(e: PoolError) -> Self {
        Self::Pool(e)
    }
}

impl Failure {
    /// Whether retrying later may succeed: the connection broke, the server is starting or
    /// shutting down, or a transaction lost a serialization race.
    pub(crate) fn is_transient(&self) -> bool {
        match self {
            Self::Fenced | Self::Corrupt(_) => false,
            Self::Pool(PoolError::Closed) => false,
            Self::Pool(PoolError::Backend(e)) => is_transient_sql(e),
            Self::Pool(_) => true,
            Self::Sql(e) => is_transient_sql(e),
        }
    }

    /// The error to report for this failure of `operation` on the session at `path`.
    pub(crate) fn into_store_error(self, path: &Path, operation: Operation) -> StoreError {
        match self {
            Self::Fenced => StoreError::LeaseLost {
                path: path.to_path_buf(),
                operation,
            },
            Self::Sql(e) => backend(path, operation, e),
            Self::Pool(e) => StoreError::Backend {
                path: path.to_path_buf(),
                operation,
                source: Box::new(e),
            },
            Self::Corrupt(detail) => StoreError::Corrupt {
                path: path.to_path_buf(),
                operation,
                detail,
            },
        }
    }
}

fn is_transient_sql(e: &tokio_postgres::Error) -> bool {
    if e.is_closed() {
        return true;
    }
    match e.code() {
        // No server error: the connection itself failed (I/O, refused, reset).
        None => e.as_db_error().is_none(),
        Some(code) => {
            let c = code.code();
            c.starts_with("08")
                || *code == SqlState::ADMIN_SHUTDOWN
                || *code == SqlState::CRASH_SHUTDOWN
                || *code == SqlState::CANNOT_CONNECT_NOW
                || *code == SqlState::T_R_SERIALIZATION_FAILURE
                || *code == SqlState::T_R_DEADLOCK_DETECTED
        }
    }
}

/// A PostgreSQL error as a [`StoreError::Backend`] naming the location and operation.
pub(crate) fn backend(path: &Path, operation: Operation, e: tokio_postgres::Error) -> StoreError {
    StoreError::Backend {
        path: path.to_path_buf(),
        operation,
        source: Box::new(e),
    }
}
