//! `mtrs-tl`: see the crate description; built by its issue.
