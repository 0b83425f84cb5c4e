//! The `mtrs` command-line tool (built by the CLI issue).

fn main() {}
