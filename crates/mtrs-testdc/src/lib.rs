//! `mtrs-testdc`: see the crate description; built by its issue.
