//! `mtrs-tl-api`: see the crate description; built by its issue.
