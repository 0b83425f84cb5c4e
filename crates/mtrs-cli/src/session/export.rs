//! `mtrs session export`: the string of a session stored by mtrs.

use anyhow::{Context, bail};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};

use super::ExportArgs;
use crate::output::{self, Target};

/// Runs `mtrs session export`.
pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let config = SqliteConfig::new(&args.work_dir, args.session_name.as_str());
    let path = config.session_path();
    if !path.is_file() {
        bail!(
            "no session at {}: check --work-dir and --session-name (the file is \
             <work-dir>/<session-name>.session)",
            path.display()
        );
    }
    if !args.to.is_string() && args.out.is_none() {
        bail!(
            "{} is written to a file or folder: give its path with --out",
            args.to
        );
    }
    // Only reads: the lock is taken shared, so exports run side by side while a running
    // client still excludes them.
    let loaded = SqliteStore::read_shared(&config)
        .with_context(|| format!("cannot read the session {}", path.display()))?;
    let Some(mut session) = loaded else {
        bail!(
            "{} holds no session yet (the client never connected with it)",
            path.display()
        );
    };
    if session.api_id.is_none() {
        session.api_id = args.api_id;
    }
    output::write_session(
        &session,
        &Target {
            format: args.to,
            out: args.out.as_deref(),
            tdata_passcode: "",
            force: args.force,
        },
    )
}
