//! The session file on disk before SQLite sees it: directory and file permissions, the
//! read-only check, and the header check that keeps newer or foreign files untouched.

use std::fs::{self, DirBuilder, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use mtrs_session::{Operation, StoreError};

/// The first 16 bytes of every SQLite 3 database.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// Offset of the big-endian `user_version` (our schema version) in the database header.
const USER_VERSION_OFFSET: usize = 60;
/// Size of the SQLite database header.
const HEADER_LEN: usize = 100;

fn io_error(path: &Path, operation: Operation, source: io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        operation,
        source,
    }
}

/// Options that create a file readable and writable by its owner only.
pub(crate) fn private_file_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Creates `dir` (and parents) with mode 0700 when missing.
pub(crate) fn prepare_work_dir(dir: &Path) -> Result<(), StoreError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| io_error(dir, Operation::Open, e))
}

/// What [`inspect`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum FileState {
    /// No file, or an empty one: SQLite will initialise it.
    Fresh,
    /// An SQLite database whose header records this schema version.
    Database {
        /// `user_version` from the header.
        header_version: u32,
    },
}

/// Checks (or creates, mode 0600) the session file without letting SQLite touch it.
///
/// - a missing file is created empty with mode 0600;
/// - a file readable by group or others gives a `tracing` warning;
/// - a read-only file (no write permission bit, or not openable for writing) is an
///   [`StoreError::Io`] with [`io::ErrorKind::PermissionDenied`];
/// - a file that is not SQLite is [`StoreError::Corrupt`];
/// - a header schema version above `supported` is [`StoreError::UnsupportedSchema`].
pub(crate) fn inspect(path: &Path, supported: u32) -> Result<FileState, StoreError> {
    let open_err = |e| io_error(path, Operation::Open, e);
    let metadata = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            private_file_options()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(open_err)?;
            return Ok(FileState::Fresh);
        }
        Err(e) => return Err(open_err(e)),
    };
    if !metadata.is_file() {
        return Err(open_err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    warn_if_shared(path, &metadata);
    if metadata.permissions().readonly() {
        return Err(open_err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            "the session file is read-only",
        )));
    }
    let mut file: File = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(open_err)?;
    let mut header = Vec::with_capacity(HEADER_LEN);
    file.by_ref()
        .take(HEADER_LEN as u64)
        .read_to_end(&mut header)
        .map_err(open_err)?;
    if header.is_empty() {
        return Ok(FileState::Fresh);
    }
    let corrupt = |detail: &str| StoreError::Corrupt {
        path: path.to_path_buf(),
        operation: Operation::Open,
        detail: detail.to_owned(),
    };
    if header.len() < HEADER_LEN || !header.starts_with(SQLITE_MAGIC) {
        return Err(corrupt("not an SQLite 3 database (bad header)"));
    }
    let mut version = [0u8; 4];
    version.copy_from_slice(&header[USER_VERSION_OFFSET..USER_VERSION_OFFSET + 4]);
    let header_version = u32::from_be_bytes(version);
    if header_version > supported {
        return Err(StoreError::UnsupportedSchema {
            path: path.to_path_buf(),
            found: header_version,
            supported,
        });
    }
    Ok(FileState::Database { header_version })
}

#[cfg(unix)]
fn warn_if_shared(path: &Path, metadata: &fs::Metadata) {
    use std::os::unix::fs::PermissionsExt;
    let mode = metadata.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        tracing::warn!(
            path = %path.display(),
            mode = format_args!("{mode:o}"),
            "session file is accessible to group or others; it holds auth keys, run chmod 600"
        );
    }
}

#[cfg(not(unix))]
fn warn_if_shared(_path: &Path, _metadata: &fs::Metadata) {}
