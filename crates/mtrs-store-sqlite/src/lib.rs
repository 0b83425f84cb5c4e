//! `mtrs-store-sqlite`: see the crate description; built by its issue.
