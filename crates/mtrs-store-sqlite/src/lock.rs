//! Exclusive use of a session: an OS advisory lock on a sidecar lock file.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

use mtrs_session::{LockHolder, Operation, StoreError};

use crate::file::private_file_options;

/// Holds the exclusive `flock` on `<session>.lock` until dropped. The OS releases it when
/// the process dies, however it dies.
///
/// `flock` locks belong to an open file description, so a second store in the same process
/// (which opens the file again) is refused just like another process.
#[derive(Debug)]
pub(crate) struct SessionLock {
    _file: File,
}

impl SessionLock {
    /// Takes the lock without waiting, recording our pid and host in the file.
    pub(crate) fn acquire(lock_path: &Path, session_path: &Path) -> Result<Self, StoreError> {
        let io_err = |source| StoreError::Io {
            path: lock_path.to_path_buf(),
            operation: Operation::Lock,
            source,
        };
        let mut file = private_file_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path)
            .map_err(io_err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::InUse {
                    path: session_path.to_path_buf(),
                    holder: read_holder(&mut file),
                    expires_in: None,
                });
            }
            Err(TryLockError::Error(e)) => return Err(io_err(e)),
        }
        let record = format!(
            "pid={}\nhost={}\n",
            std::process::id(),
            host_name().unwrap_or_default()
        );
        file.set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(record.as_bytes()))
            .map_err(io_err)?;
        Ok(Self { _file: file })
    }
}

/// Who holds the lock at `lock_path` now, without creating or writing the file: `None`
/// when the file is missing or nobody holds it. (The probe holds a shared lock for an
/// instant, during which an opener would be refused.)
pub(crate) fn probe(lock_path: &Path) -> Option<LockHolder> {
    let mut file = File::open(lock_path).ok()?;
    match file.try_lock_shared() {
        Ok(()) => None,
        Err(TryLockError::WouldBlock) => Some(read_holder(&mut file)),
        Err(TryLockError::Error(_)) => None,
    }
}

/// Parses the holder record; a missing or half-written record gives unknown fields.
fn read_holder(file: &mut File) -> LockHolder {
    let mut text = String::new();
    let mut holder = LockHolder::default();
    if file.read_to_string(&mut text).is_err() {
        return holder;
    }
    for line in text.lines() {
        if let Some(pid) = line.strip_prefix("pid=") {
            holder.pid = pid.trim().parse().ok();
        } else if let Some(host) = line.strip_prefix("host=") {
            let host = host.trim();
            holder.host = (!host.is_empty()).then(|| host.to_owned());
        }
    }
    holder
}

/// This machine's host name, if the OS reports a non-empty one.
pub(crate) fn host_name() -> Option<String> {
    let name = gethostname::gethostname();
    let name = name.to_string_lossy();
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_owned())
}

#[cfg(test)]
mod tests;
