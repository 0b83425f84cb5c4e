//! Integration tests of mtrs-session: the conformance suite on `MemoryStore`, and secrecy of
//! key material.

mod memory {
    mtrs_session::store_conformance_tests!(mtrs_session::MemoryStore::new);
}
mod secrets;
