//! Mapping SQLite failures onto [`StoreError`], always naming the path and the operation.

use std::io;
use std::path::Path;

use mtrs_session::{Operation, StoreError};
use rusqlite::ErrorCode;

/// Classifies an SQLite error: unreadable/not-a-database files become `Corrupt`, permission
/// and space problems `Io`, everything else `Backend`.
pub(crate) fn backend(path: &Path, operation: Operation, error: rusqlite::Error) -> StoreError {
    let io = |kind: io::ErrorKind, error: rusqlite::Error| StoreError::Io {
        path: path.to_path_buf(),
        operation,
        source: io::Error::new(kind, error),
    };
    if matches!(
        error,
        rusqlite::Error::IntegralValueOutOfRange(..)
            | rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::InvalidColumnType(..)
    ) {
        return StoreError::Corrupt {
            path: path.to_path_buf(),
            operation,
            detail: format!("impossible stored value: {error}"),
        };
    }
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::Corrupt {
            path: path.to_path_buf(),
            operation,
            detail: "not an SQLite 3 database (bad header)".to_owned(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_path_buf(),
            operation,
            detail: error.to_string(),
        },
        Some(ErrorCode::ReadOnly) => io(io::ErrorKind::ReadOnlyFilesystem, error),
        Some(ErrorCode::PermissionDenied) => io(io::ErrorKind::PermissionDenied, error),
        Some(ErrorCode::CannotOpen) => io(io::ErrorKind::Other, error),
        Some(ErrorCode::DiskFull) => io(io::ErrorKind::StorageFull, error),
        Some(ErrorCode::SystemIoFailure) => io(io::ErrorKind::Other, error),
        _ => StoreError::Backend {
            path: path.to_path_buf(),
            operation,
            source: Box::new(error),
        },
    }
}

/// A value read back from the file is impossible (e.g. a 255-byte auth key).
pub(crate) fn corrupt(path: &Path, operation: Operation, detail: impl Into<String>) -> StoreError {
    StoreError::Corrupt {
        path: path.to_path_buf(),
        operation,
        detail: detail.into(),
    }
}
