//! The lifecycle the demo walks. Every step checks its claims against the test DCs'
//! counters (key exchanges, authorization exports and imports, calls, errors) and puts the
//! numbers in its details.

use std::future::Future;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, ensure};
use mtrs::{Client, Config, DcAddress, DcTable};
use mtrs_store_sqlite::SqliteConfig;
use mtrs_testdc::{Account, Cluster, Event, File, Fixture};
use mtrs_tl_api::enums;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::report::Report;
use super::restart::export;
use super::support::{KeyExchanges, download, get_self, load_stored};

pub(super) const API_ID: i32 = 4242;
pub(super) const API_HASH: &str = "0123456789abcdef0123456789abcdef";
pub(super) const DCS: i32 = 3;
/// The DC a new session starts on (as Telegram's default).
pub(super) const START_DC: i32 = 2;
pub(super) const SESSION_NAME: &str = "demo";
pub(super) const CHUNK: i32 = 128 * 1024;
/// A bound on every wait; the demo normally takes well under a second per step.
pub(super) const TIMEOUT: Duration = Duration::from_secs(30);

/// Runs every step, recording them in `report`.
pub async fn run(work_dir: &Path, report: &mut Report) -> anyhow::Result<()> {
    let cluster = step(report, "start_test_dcs", start_cluster()).await?;
    let result = Lifecycle::new(&cluster, work_dir)?.walk(report).await;
    if result.is_ok() {
        let totals = KeyExchanges::of(&cluster).per_dc();
        step(report, "stop_test_dcs", async {
            cluster.shutdown().await;
            Ok((
                (),
                details(
                    "every listener and connection closed",
                    json!({ "key_exchanges_per_dc": totals }),
                ),
            ))
        })
        .await
    } else {
        cluster.shutdown().await;
        result
    }
}

/// Times `work`, records it as `name`, and passes its value on.
async fn step<T>(
    report: &mut Report,
    name: &'static str,
    work: impl Future<Output = anyhow::Result<(T, Map<String, Value>)>>,
) -> anyhow::Result<T> {
    let started = Instant::now();
    match work.await {
        Ok((value, details)) => {
            report.push(name, started.elapsed(), details);
            Ok(value)
        }
        Err(error) => {
            report.fail(name, started.elapsed(), &error);
            Err(error.context(format!("demo step {name} failed")))
        }
    }
}

/// A step's details: its one-sentence summary and its proof.
pub(super) fn details(summary: impl Into<String>, proof: Value) -> Map<String, Value> {
    let mut map = Map::new();
    map.insert("summary".to_owned(), Value::String(summary.into()));
    if let Value::Object(proof) = proof {
        map.extend(proof);
    }
    map
}

async fn start_cluster() -> anyhow::Result<(Cluster, Map<String, Value>)> {
    let cluster = Cluster::builder()
        .dcs(DCS)
        .media_listeners(true)
        .fixture(Fixture::default())
        .start()
        .await
        .context("cannot start the test DCs")?;
    let dcs: Vec<String> = cluster
        .dc_options()
        .iter()
        .filter(|e| !e.media_only)
        .map(|e| format!("DC {} {}", e.id, e.addr()))
        .collect();
    let summary = format!("{DCS} DCs on 127.0.0.1, each with a media-only listener too");
    let proof = json!({ "dcs": dcs, "layer": cluster.layer() });
    Ok((cluster, details(summary, proof)))
}

/// What the steps share.
pub(super) struct Lifecycle<'a> {
    pub(super) cluster: &'a Cluster,
    pub(super) table: DcTable,
    pub(super) work_dir: PathBuf,
    pub(super) bot: Account,
    pub(super) file: File,
}

impl<'a> Lifecycle<'a> {
    fn new(cluster: &'a Cluster, work_dir: &Path) -> anyhow::Result<Self> {
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

    async fn walk(&self, report: &mut Report) -> anyhow::Result<()> {
        let client = step(report, "create", self.create()).await?;
        self.connect_and_sign_in(report, &client).await?;
        step(report, "call", self.call(&client)).await?;
        step(report, "media_download", self.media_download(&client)).await?;
        let string = step(
            report,
            "export_session_string",
            export(&client, self.bot.home_dc),
        )
        .await?;
        step(report, "stop", self.stop(&client)).await?;
        step(report, "reopen_from_file", self.reopen()).await?;
        step(report, "resume_from_string", self.resume(&string)).await?;
        step(report, "convert_all_formats", self.convert_all(&string)).await
    }

    async fn create(&self) -> anyhow::Result<(Client, Map<String, Value>)> {
        let path = self.session_path();
        ensure!(!path.exists(), "{} exists already", path.display());
        let client = Client::new(API_ID, API_HASH, self.config())?;
        let summary = format!(
            "client for bot @{} with a SQLite session (nothing opened yet)",
            self.bot.username.as_deref().unwrap_or("?")
        );
        let proof =
            json!({ "session_file": path.display().to_string(), "file_exists": path.exists() });
        Ok((client, details(summary, proof)))
    }

    async fn call(&self, client: &Client) -> anyhow::Result<((), Map<String, Value>)> {
        let home = self.bot.home_dc;
        let users = client.invoke(&get_self()).await?;
        let [enums::User::User(me)] = users.as_slice() else {
            return Err(anyhow!("users.getUsers answered {} users", users.len()));
        };
        ensure!(
            me.id == self.bot.id,
            "users.getUsers answered user {}",
            me.id
        );
        let on_home = self.cluster.counters(home).calls("users.getUsers");
        let on_start = self.cluster.counters(START_DC).calls("users.getUsers");
        ensure!(
            on_home == 1 && on_start == 0,
            "users.getUsers ran on the wrong DC"
        );
        Ok((
            (),
            details(
                format!(
                    "users.getUsers([self]) answered by the home DC {home}: bot {}",
                    me.id
                ),
                json!({ "calls_on_home_dc": on_home, "calls_on_start_dc": on_start }),
            ),
        ))
    }

    async fn media_download(&self, client: &Client) -> anyhow::Result<((), Map<String, Value>)> {
        let (home, dc) = (self.bot.home_dc, self.file.dc_id);
        let before = KeyExchanges::of(self.cluster);
        let from = self.cluster.events().len();
        let media = client.dc_session(dc, true).await?;
        let (bytes, calls) = download(&media, &self.file, self.file.bytes.len()).await?;
        ensure!(
            bytes == self.file.bytes,
            "the downloaded bytes differ from the file's"
        );
        let after = KeyExchanges::of(self.cluster);
        let exports = self.cluster.counters(home).export_authorization;
        let imports = self.cluster.counters(dc).import_authorization;
        ensure!(
            after.on(dc) == before.on(dc) + 1,
            "expected a key exchange on DC {dc}"
        );
        ensure!(
            exports == 1 && imports == 1,
            "expected one authorization export ({exports}) and import ({imports})"
        );
        ensure!(client.home_dc()? == home, "the home DC moved");
        let media_connections = self
            .cluster
            .events()
            .since(from)
            .iter()
            .filter(
                |e| matches!(e, Event::ConnectionOpened { dc_id, media: true, .. } if *dc_id == dc),
            )
            .count();
        ensure!(
            media_connections >= 1,
            "no connection to DC {dc}'s media listener"
        );
        Ok((
            (),
            details(
                format!(
                    "media session on DC {dc}: key exchange, authorization exported from DC {home} and imported; file {} downloaded ({} bytes, sha256 checked)",
                    self.file.id,
                    bytes.len()
                ),
                json!({
                    "new_key_exchanges": after.total() - before.total(),
                    "export_authorization_on_home_dc": exports,
                    "import_authorization_on_file_dc": imports,
                    "media_connections": media_connections,
                    "get_file_calls": calls,
                    "sha256": hex::encode(Sha256::digest(&bytes)),
                    "home_dc": home,
                }),
            ),
        ))
    }

    async fn stop(&self, client: &Client) -> anyhow::Result<((), Map<String, Value>)> {
        client.stop().await?;
        ensure!(!client.is_connected(), "still connected after stop");
        // The lock is released and the file holds the migrated, signed-in session.
        let stored = load_stored(&self.work_dir).await;
        ensure!(
            stored == Some(self.bot.home_dc),
            "the stored home DC is {stored:?}"
        );
        let size = std::fs::metadata(self.session_path())?.len();
        Ok((
            (),
            details(
                "session saved, every connection closed, the file lock released",
                json!({ "stored_home_dc": stored, "session_file_bytes": size }),
            ),
        ))
    }
}
