//! Creating files and folders the way session data deserves: private (0600 / 0700 on Unix),
//! never overwriting, and written through a temporary file, fsync and rename.

use std::fs::{File, OpenOptions};
use std::path::Path;

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
