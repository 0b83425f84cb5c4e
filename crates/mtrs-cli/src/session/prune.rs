//! `mtrs session prune`: delete sessions unused for a while (never one in use).

use anyhow::Context;
use mtrs_session::StoreError;

use super::PruneArgs;
use super::catalog::{Catalog, ago, now, runtime};
use crate::output;

/// Runs `mtrs session prune`: prints one line per session removed (or, with `--dry-run`,
/// that would be), and one per candidate found in use at the last moment.
pub fn run(args: &PruneArgs) -> anyhow::Result<()> {
    let rt = runtime()?;
    let catalog = Catalog::open(&args.store, &rt)?;
    let now = now();
    let sessions = catalog.list(&rt).context("cannot list the sessions")?;
    let mut removed = 0;
    for s in sessions
        .iter()
        .filter(|s| s.is_unused_for(args.unused_for, now))
    {
        let when = ago(s.last_used, now);
        if args.dry_run {
            output::stdout(&format!("would remove {} (last used {when})", s.name))?;
            removed += 1;
            continue;
        }
        match catalog.delete(&s.name, &rt) {
            Ok(()) => {
                output::stdout(&format!("removed {} (last used {when})", s.name))?;
                removed += 1;
            }
            // Opened since it was listed: keep it.
            Err(StoreError::InUse { holder, .. }) => {
                eprintln!("kept {}: now in use by {holder}", s.name);
            }
            Err(e) => return Err(e).with_context(|| format!("cannot remove {}", s.name)),
        }
    }
    let verb = if args.dry_run {
        "would remove"
    } else {
        "removed"
    };
    eprintln!("{verb} {removed} of {} sessions", sessions.len());
    Ok(())
}
