//! `mtrs-net`: see the crate description; built by its issue.
