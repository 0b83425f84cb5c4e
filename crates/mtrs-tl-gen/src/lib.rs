//! `mtrs-tl-gen`: see the crate description; built by its issue.
