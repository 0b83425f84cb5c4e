//! Integration tests of mtrs-session: the conformance suite on `MemoryStore`.

mod memory {
    mtrs_session::store_conformance_tests!(mtrs_session::MemoryStore::new);
}
