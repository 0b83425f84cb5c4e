//! Where a session lives: [`SqliteConfig`].

use std::path::PathBuf;

/// Location of a session: `<work_dir>/<session_name>.session`, with its lock file
/// `<work_dir>/<session_name>.session.lock` beside it.
///
/// ```
/// use mtrs_store_sqlite::SqliteConfig;
/// let cfg = SqliteConfig::default();
/// assert_eq!(cfg.session_path(), std::path::Path::new("./session.session"));
/// let cfg = SqliteConfig::new("/var/lib/bot", "main");
/// assert_eq!(cfg.lock_path(), std::path::Path::new("/var/lib/bot/main.session.lock"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SqliteConfig {
    /// Directory holding the session files; created (mode 0700) when missing.
    /// Default `.`.
    pub work_dir: PathBuf,
    /// File stem of the session. Default `session`.
    pub session_name: String,
}

impl Default for SqliteConfig {
    fn default() -> Self {
        Self {
            work_dir: PathBuf::from("."),
            session_name: "session".to_owned(),
        }
    }
}

impl SqliteConfig {
    /// A session named `session_name` in `work_dir`.
    pub fn new(work_dir: impl Into<PathBuf>, session_name: impl Into<String>) -> Self {
        Self {
            work_dir: work_dir.into(),
            session_name: session_name.into(),
        }
    }

    /// `<work_dir>/<session_name>.session`.
    pub fn session_path(&self) -> PathBuf {
        self.work_dir.join(format!("{}.session", self.session_name))
    }

    /// `<work_dir>/<session_name>.session.lock`.
    pub fn lock_path(&self) -> PathBuf {
        self.work_dir
            .join(format!("{}.session.lock", self.session_name))
    }
}
