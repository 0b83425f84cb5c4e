//! `mtrs-session`: see the crate description; built by its issue.
