//! `mtrs demo`: the whole session lifecycle against an embedded test DC cluster, as a
//! step-by-step report whose every claim is checked against the server's counters.

mod connect;
mod report;
mod restart;
mod steps;
mod support;
mod updates;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail, ensure};
use clap::Args;
use mtrs::{Config, DcTable, LinkConfig, RsaPublicKey, SessionSource};
use mtrs_testdc::{Account, Cluster, DcId, File};

use crate::output;
use report::Report;

pub(super) const API_ID: i32 = 4242;
pub(super) const API_HASH: &str = "0123456789abcdef0123456789abcdef";
pub(super) const DCS: i32 = 3;
/// The DC a new session starts on (as Telegram's default).
pub(super) const START_DC: i32 = 2;
pub(super) const SESSION_NAME: &str = "demo";
pub(super) const CHUNK: i32 = 128 * 1024;
/// A bound on every wait; the demo normally takes well under a second per step.
pub(super) const TIMEOUT: Duration = Duration::from_secs(30);

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
fn prepare(dir: &Path) -> anyhow::Result<()> {
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

/// What the steps share; each child module implements its steps on it.
pub(super) struct Lifecycle<'a> {
    pub(super) cluster: &'a Cluster,
    /// The cluster's DC table ([`Cluster::dc_table`]).
    pub(super) table: DcTable,
    /// The cluster's RSA key, the only one the client accepts.
    pub(super) rsa: RsaPublicKey,
    pub(super) work_dir: PathBuf,
    pub(super) bot: Account,
    pub(super) file: File,
}

impl<'a> Lifecycle<'a> {
    pub(super) fn new(cluster: &'a Cluster, work_dir: &Path) -> anyhow::Result<Self> {
        let fixture = cluster.fixture();
        // A bot whose home is not the start DC, so signing in migrates; and a file on yet
        // another DC, so downloading it needs a media session there.
        let bot = fixture
            .accounts
            .iter()
            .find(|a| a.is_bot() && a.home_dc != START_DC)
            .cloned()
            .ok_or_else(|| anyhow!("the fixture has no bot away from DC {START_DC}"))?;
        let file = fixture
            .files
            .iter()
            .find(|f| f.dc_id != bot.home_dc)
            .cloned()
            .ok_or_else(|| anyhow!("the fixture has no file away from the bot's DC"))?;
        let table = cluster.dc_table();
        ensure!(
            table.default_dc == DcId::new(START_DC),
            "the test DCs' table starts on {}, not DC {START_DC}",
            table.default_dc
        );
        Ok(Lifecycle {
            cluster,
            table,
            rsa: cluster.rsa_public_key(),
            work_dir: work_dir.to_owned(),
            bot,
            file,
        })
    }

    pub(super) fn config(&self) -> Config {
        Config {
            session: SessionSource::file(&self.work_dir, SESSION_NAME),
            bot_token: self.bot.bot_token.clone(),
            dc_table: Some(self.table.clone()),
            rsa_keys: vec![self.rsa.clone()],
            connection: LinkConfig {
                connect_timeout: TIMEOUT,
                ..LinkConfig::default()
            },
            request_timeout: TIMEOUT,
            ..Config::default()
        }
    }

    pub(super) fn session_path(&self) -> PathBuf {
        mtrs::SqliteConfig::new(&self.work_dir, SESSION_NAME).session_path()
    }

    pub(super) fn total(&self, count: impl Fn(&mtrs_testdc::Counters) -> u64) -> u64 {
        self.cluster
            .dc_ids()
            .into_iter()
            .map(|dc| count(&self.cluster.counters(dc)))
            .sum()
    }
}
