//! `mtrs-proto`: see the crate description; built by its issue.
