//! Shared helpers: a store in a temporary directory.

use mtrs_session::SessionStore;
use mtrs_session::testing::Fixture;
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use tempfile::TempDir;

/// A store plus the directory that holds it (deleted on drop, after the store).
pub struct TempStore {
    pub store: SqliteStore,
    _dir: TempDir,
}

impl TempStore {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&config(&dir)).unwrap();
        Self { store, _dir: dir }
    }
}

impl Fixture for TempStore {
    fn store(&self) -> &dyn SessionStore {
        &self.store
    }
}

pub fn config(dir: &TempDir) -> SqliteConfig {
    SqliteConfig::new(dir.path(), "test")
}
