//! `mtrs demo`: the whole session lifecycle against an embedded test DC cluster, as a
//! step-by-step report whose every claim is checked against the server's counters.

mod connect;
mod report;
mod restart;
mod steps;
mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use clap::Args;
use mtrs::{Config, DcAddress, DcTable};
use mtrs_store_sqlite::SqliteConfig;
use mtrs_testdc::{Account, Cluster, File};

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
    pub(super) table: DcTable,
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
        let pem = cluster.rsa_public_key_pem();
        let rsa = mtrs_crypto::rsa::RsaPublicKey::from_pem(&pem)
            .map_err(|e| anyhow!("the test DCs' RSA key does not parse: {e}"))?;
        let table = DcTable {
            dcs: cluster
                .dc_options()
                .into_iter()
                .map(|e| DcAddress {
                    id: e.id,
                    addr: e.addr(),
                    media_only: e.media_only,
                })
                .collect(),
            rsa_keys: vec![rsa],
            default_dc: START_DC,
        };
        Ok(Lifecycle {
            cluster,
            table,
            work_dir: work_dir.to_owned(),
            bot,
            file,
        })
    }

    pub(super) fn config(&self) -> Config {
        Config {
            session_name: SESSION_NAME.to_owned(),
            work_dir: self.work_dir.clone(),
            bot_token: self.bot.bot_token.clone(),
            dc_table: Some(self.table.clone()),
            request_timeout: TIMEOUT,
            connect_timeout: TIMEOUT,
            ..Config::default()
        }
    }

    pub(super) fn session_path(&self) -> PathBuf {
        SqliteConfig::new(&self.work_dir, SESSION_NAME).session_path()
    }

    pub(super) fn total(&self, count: impl Fn(&mtrs_testdc::Counters) -> u64) -> u64 {
        (1..=DCS).map(|dc| count(&self.cluster.counters(dc))).sum()
    }
}
