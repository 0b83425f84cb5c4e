//! Creating files and folders the way session data deserves: private (0600 / 0700 on Unix),
//! never overwriting, and written through a temporary file, fsync and rename.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::ConvertError;
use crate::error::io;

/// Creates `path` as a new, empty, private file (fails if it exists).
pub(crate) fn create_new(path: &Path) -> Result<File, ConvertError> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map_err(|e| io(path, "create", e))
}

/// Creates `path` (and missing parents) as private folders; an existing folder is fine.
pub(crate) fn create_dir(path: &Path) -> Result<(), ConvertError> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(path).map_err(|e| io(path, "create dir", e))
}

/// Writes `data` to `path` atomically: a private temporary file beside it, fsync, rename.
/// Fails if `path` already exists.
pub(crate) fn write_new(path: &Path, data: &[u8]) -> Result<(), ConvertError> {
    if path.exists() {
        let e = std::io::Error::new(std::io::ErrorKind::AlreadyExists, "refusing to overwrite");
        return Err(io(path, "create", e));
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".mtrs-tmp");
    let tmp = PathBuf::from(tmp);
    let result = (|| {
        let mut f = create_new(&tmp)?;
        f.write_all(data).map_err(|e| io(&tmp, "write", e))?;
        f.sync_all().map_err(|e| io(&tmp, "fsync", e))?;
        fs::rename(&tmp, path).map_err(|e| io(path, "rename", e))
    })();
    if result.is_err() {
        // Best effort: the temporary file may not even exist.
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Reads a whole regular file, naming the path in the error; a FIFO, socket or device is
/// [`ConvertError::NotAFile`], found before opening (so reading never blocks).
pub(crate) fn read(path: &Path) -> Result<Vec<u8>, ConvertError> {
    crate::validate::regular_file(path)?;
    fs::read(path).map_err(|e| io(path, "read", e))
}
