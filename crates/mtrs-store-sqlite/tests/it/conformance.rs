//! The shared conformance suite, run on `SqliteStore`.

mtrs_session::store_conformance_tests!(crate::support::TempStore::new);
