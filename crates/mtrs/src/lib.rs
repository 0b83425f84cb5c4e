//! `mtrs`: see the crate description; built by its issue.
