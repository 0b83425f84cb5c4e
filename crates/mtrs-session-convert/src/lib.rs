//! `mtrs-session-convert`: see the crate description; built by its issue.
