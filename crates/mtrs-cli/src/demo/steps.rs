//! The lifecycle the demo walks. Every step checks its claims against the test DCs'
//! counters (key exchanges, authorization exports and imports, calls, errors) and puts the
//! numbers in its details.

use std::future::Future;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, anyhow, ensure};
use mtrs::Client;
use mtrs_testdc::{Cluster, DcId, Event, Fixture};
use mtrs_tl_api::enums;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use super::report::{Report, details};
use super::restart::export;
use super::support::{KeyExchanges, get_self, load_stored};
use super::{API_HASH, API_ID, CHUNK, DCS, Lifecycle, START_DC};

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
        .map(|e| format!("{} {}", e.id, e.addr()))
        .collect();
    let summary = format!("{DCS} DCs on 127.0.0.1, each with a media-only listener too");
    let proof = json!({ "dcs": dcs, "layer": cluster.layer() });
    Ok((cluster, details(summary, proof)))
}

impl Lifecycle<'_> {
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
        step(report, "convert_all_formats", self.convert_all(&string)).await?;
        step(report, "receive_updates", self.receive_updates()).await
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
        let on_home = self
            .cluster
            .counters(DcId::new(home))
            .calls("users.getUsers");
        let on_start = self
            .cluster
            .counters(DcId::new(START_DC))
            .calls("users.getUsers");
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
        // The media session first (key exchange, authorization transfer), so the timing
        // below is the download's own.
        client.dc_session(DcId::new(dc).media()).await?;
        let calls_before = self.cluster.counters(DcId::new(dc)).calls("upload.getFile");
        let options = mtrs::Download {
            part_size: CHUNK.unsigned_abs(),
            parallel: 4,
            offset: 0,
            size: Some(self.file.bytes.len() as u64),
            ..mtrs::Download::default()
        };
        let mut bytes = Vec::with_capacity(self.file.bytes.len());
        let started = Instant::now();
        client
            .download(
                &self.file.input_location(),
                DcId::new(dc),
                options,
                &mut bytes,
                |_| {},
            )
            .await?;
        let seconds = started.elapsed().as_secs_f64();
        let calls = self.cluster.counters(DcId::new(dc)).calls("upload.getFile") - calls_before;
        // Rounded to a tenth: a figure for the eye, not a benchmark.
        let mib_per_s =
            (bytes.len() as f64 / (1024.0 * 1024.0) / seconds.max(1e-9) * 10.0).round() / 10.0;
        ensure!(
            bytes == self.file.bytes,
            "the downloaded bytes differ from the file's"
        );
        let after = KeyExchanges::of(self.cluster);
        let exports = self.cluster.counters(DcId::new(home)).export_authorization;
        let imports = self.cluster.counters(DcId::new(dc)).import_authorization;
        ensure!(
            after.on(dc) == before.on(dc) + 1,
            "expected a key exchange on DC {dc}"
        );
        ensure!(
            exports == 1 && imports == 1,
            "expected one authorization export ({exports}) and import ({imports})"
        );
        ensure!(client.home_dc()? == DcId::new(home), "the home DC moved");
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
                    "media session on DC {dc}: key exchange, authorization exported from DC {home} and imported; file {} downloaded with Client::download ({} bytes, sha256 checked, {mib_per_s} MiB/s)",
                    self.file.id,
                    bytes.len()
                ),
                json!({
                    "new_key_exchanges": after.total() - before.total(),
                    "export_authorization_on_home_dc": exports,
                    "import_authorization_on_file_dc": imports,
                    "media_connections": media_connections,
                    "get_file_calls": calls,
                    "mib_per_s": mib_per_s,
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
