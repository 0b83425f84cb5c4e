//! Use of a session: an OS advisory lock on a sidecar lock file — exclusive for a store
//! that writes, shared among readers (`mtrs session export`), so readers never exclude each
//! other but a running client excludes them all.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::time::{Duration, Instant};

use mtrs_session::{LockHolder, Operation, StoreError};

use crate::file::private_file_options;

/// Holds the exclusive `flock` on `<session>.lock` until dropped. The OS releases it when
/// the process dies, however it dies.
///
/// `flock` locks belong to an open file description, so a second store in the same process
/// (which opens the file again) is refused just like another process.
#[derive(Debug)]
pub(crate) struct SessionLock {
    file: File,
    /// Held exclusively: this lock wrote the holder record and clears it when released.
    exclusive: bool,
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        if self.exclusive {
            // Still locked here: nobody can be writing the record. A record left behind
            // would name a process that no longer holds the lock.
            let _ = self.file.set_len(0);
        }
    }
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
                    holder: contested_holder(&mut file),
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
        Ok(Self {
            file,
            exclusive: true,
        })
    }
}

impl SessionLock {
    /// Takes the lock shared without waiting: any number of readers together, none while
    /// a writer holds it exclusively. Readers leave the holder record alone.
    pub(crate) fn acquire_shared(
        lock_path: &Path,
        session_path: &Path,
    ) -> Result<Self, StoreError> {
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
        match file.try_lock_shared() {
            Ok(()) => Ok(Self {
                file,
                exclusive: false,
            }),
            Err(TryLockError::WouldBlock) => Err(StoreError::InUse {
                path: session_path.to_path_buf(),
                holder: contested_holder(&mut file),
                expires_in: None,
            }),
            Err(TryLockError::Error(e)) => Err(io_err(e)),
        }
    }
}

/// How long a refused opener waits for the holder's record: the holder writes it right
/// after taking the lock, so an empty record means "being written" while the lock is held.
const RECORD_WAIT: Duration = Duration::from_millis(500);

/// The holder of a lock we were just refused. The record may not be written yet (the
/// holder writes it right after locking): re-read it, bounded by [`RECORD_WAIT`], until it
/// names a process or the lock is free.
fn contested_holder(file: &mut File) -> LockHolder {
    let deadline = Instant::now() + RECORD_WAIT;
    loop {
        let holder = read_holder(file);
        if holder.pid.is_some() || Instant::now() >= deadline {
            return holder;
        }
        // Lock free again meanwhile: nobody to name; report what was read.
        if file.try_lock_shared().is_ok() {
            let _ = file.unlock();
            return holder;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Who holds the lock at `lock_path` now, without creating or writing the file: `None`
/// when the file is missing or nobody holds it. (The probe holds a shared lock for an
/// instant, during which an opener would be refused.)
pub(crate) fn probe(lock_path: &Path) -> Option<LockHolder> {
    let mut file = File::open(lock_path).ok()?;
    match file.try_lock_shared() {
        Ok(()) => None,
        Err(TryLockError::WouldBlock) => Some(contested_holder(&mut file)),
        Err(TryLockError::Error(_)) => None,
    }
}

/// Parses the holder record; a missing or half-written record gives unknown fields.
fn read_holder(file: &mut File) -> LockHolder {
    let mut text = String::new();
    let mut holder = LockHolder::default();
    if file.seek(SeekFrom::Start(0)).is_err() || file.read_to_string(&mut text).is_err() {
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
