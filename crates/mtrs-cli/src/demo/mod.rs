//! `mtrs demo`: the whole session lifecycle against an embedded test DC cluster, as a
//! step-by-step report whose every claim is checked against the server's counters.

mod connect;
mod report;
mod restart;
mod steps;
mod support;

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::Args;

use crate::output;
use report::Report;

/// `mtrs demo`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    mtrs demo                          # the readable report (a temporary work dir)\n  \
    mtrs demo --json | jq '.steps[] | {name, ok, ms}'\n  \
    mtrs demo --work-dir ./demo        # keep the session files to look at them afterwards")]
pub struct DemoArgs {
    /// Where the session files go (created; must be empty). Default: a temporary directory
    /// removed afterwards.
    #[arg(long, value_name = "DIR")]
    pub work_dir: Option<PathBuf>,
    /// Print one JSON object (`steps`: name, ok, ms, details) instead of the report.
    #[arg(long)]
    pub json: bool,
}

/// Runs `mtrs demo`.
pub fn run(args: &DemoArgs) -> anyhow::Result<()> {
    let (work_dir, _temporary) = match &args.work_dir {
        Some(dir) => {
            prepare(dir)?;
            (dir.clone(), None)
        }
        None => {
            let temp = tempfile::Builder::new()
                .prefix("mtrs-demo-")
                .tempdir()
                .context("cannot create a temporary work dir")?;
            (temp.path().to_owned(), Some(temp))
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let started = Instant::now();
    let mut report = Report::new(&work_dir, args.work_dir.is_none());
    let outcome = runtime.block_on(steps::run(&work_dir, &mut report));
    report.finish(started.elapsed());
    if args.json {
        output::stdout(&serde_json::to_string_pretty(&report)?)?;
    } else {
        output::stdout(&report.text())?;
    }
    outcome
}

/// Creates `dir` or checks that it is empty: the demo starts from no session.
fn prepare(dir: &std::path::Path) -> anyhow::Result<()> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read the work dir {}", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "the work dir {} is not empty: the demo starts from no session; give an \
                 empty or new directory",
                dir.display()
            );
        }
        return Ok(());
    }
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the work dir {}", dir.display()))
}
