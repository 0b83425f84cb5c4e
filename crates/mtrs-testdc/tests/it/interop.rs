//! Telethon (a real client written by others) against the cluster: bot sign-in with
//! USER_MIGRATE, get_me, username resolution, a download through FILE_MIGRATE and an
//! exported authorization, then a resume from the saved session without a key exchange.
//!
//! The interpreter comes from `MTRS_INTEROP_PYTHON` (`.ci/run` makes a venv from
//! `tests/interop/requirements.txt`). Unset: the test is skipped, except with `CI=true`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event};
use serde_json::{Value, json};

use crate::BOT_TOKEN;

pub fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/interop/{name}"))
}

async fn run_phase(python: &str, config: &Path, phase: &str) -> Value {
    run_script(python, "telethon_roundtrip.py", config, phase).await
}

async fn run_script(python: &str, name: &str, config: &Path, phase: &str) -> Value {
    let child = tokio::process::Command::new(python)
        .arg(script(name))
        .arg(config)
        .arg(phase)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(120), child)
        .await
        .unwrap_or_else(|_| panic!("{name} {phase} timed out"))
        .expect("run python");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{name} {phase} failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{phase} output {stdout:?}: {e}"))
}

fn total(cluster: &Cluster, f: impl Fn(&mtrs_testdc::Counters) -> u64) -> u64 {
    cluster
        .dc_ids()
        .into_iter()
        .map(|dc| f(&cluster.counters(dc)))
        .sum()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The interop interpreter, or `None` (skip) when it is not configured outside CI.
pub fn python() -> Option<String> {
    match std::env::var("MTRS_INTEROP_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "MTRS_INTEROP_PYTHON is unset but CI=true: the interop tests must run"
            );
            eprintln!("skipped: MTRS_INTEROP_PYTHON is unset (interop test)");
            None
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telethon_signs_in_downloads_across_dcs_and_resumes_without_a_key_exchange() {
    let Some(python) = python() else { return };
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("mtrs-testdc-interop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = cluster.fixture().file_by_id(9003).unwrap().clone();
    let config = json!({
        "dcs": cluster.dc_options().iter().map(|e| json!({"id": e.id.number(), "ip": e.ip.to_string(), "port": e.port})).collect::<Vec<_>>(),
        "start_dc": 1,
        "rsa_public_key_pem": cluster.rsa_public_key_pem(),
        "bot_token": BOT_TOKEN,
        "bot_id": 7001,
        "api_id": 12345,
        "api_hash": "0123456789abcdef0123456789abcdef",
        "username": "alice",
        "username_id": 1001,
        "file": {
            "id": file.id,
            "access_hash": file.access_hash,
            "file_reference": hex(&file.file_reference),
            "dc_id": file.dc_id,
            "size": file.bytes.len(),
        },
        "session": dir.join("bot.session").to_string_lossy(),
        "download_to": dir.join("download.bin").to_string_lossy(),
        "transports": {"login": "full", "resume": "obfuscated", "legacy": "intermediate"},
    });
    let config_path = dir.join("config.json");
    std::fs::write(&config_path, serde_json::to_vec_pretty(&config).unwrap()).unwrap();

    // 1. Sign in (DC 1 → USER_MIGRATE_2), get_me, resolve, download from DC 3.
    let login = run_phase(&python, &config_path, "login").await;
    assert_eq!(login["me"], 7001);
    assert_eq!(login["home_dc"], 2);
    assert_eq!(login["resolved"], 1001);
    assert_eq!(std::fs::read(dir.join("download.bin")).unwrap(), file.bytes);
    let (dc1, dc2, dc3) = (
        cluster.counters(DcId::new(1)),
        cluster.counters(DcId::new(2)),
        cluster.counters(DcId::new(3)),
    );
    assert_eq!(dc1.errors("USER_MIGRATE_2"), 1, "{dc1:?}");
    assert!(dc2.errors("FILE_MIGRATE_3") >= 1, "{dc2:?}");
    assert!(dc2.export_authorization >= 1 && dc3.import_authorization >= 1);
    assert!(dc1.key_exchanges >= 1 && dc2.key_exchanges >= 1 && dc3.key_exchanges >= 1);
    assert!(dc3.calls("upload.getFile") >= 1);

    // 2. Resume from the saved session: no key exchange anywhere.
    let exchanges = total(&cluster, |c| c.key_exchanges + c.temp_key_exchanges);
    let connections = cluster.counters(DcId::new(2)).connections;
    let get_users = cluster.counters(DcId::new(2)).calls("users.getUsers");
    let from = cluster.events().len();
    let resume = run_phase(&python, &config_path, "resume").await;
    assert_eq!(resume["me"], 7001);
    assert_eq!(resume["home_dc"], 2);
    assert_eq!(
        total(&cluster, |c| c.key_exchanges + c.temp_key_exchanges),
        exchanges
    );
    assert!(cluster.counters(DcId::new(2)).connections > connections);
    assert!(cluster.counters(DcId::new(2)).calls("users.getUsers") > get_users);
    let detected = cluster.events().since(from);
    assert!(
        detected.iter().any(|e| matches!(
            e,
            Event::TransportDetected {
                dc_id: 2,
                kind: TransportKind::Abridged,
                obfuscated: true,
                ..
            }
        )),
        "Telethon's obfuscated2 connection: {detected:?}"
    );

    // 3. The older RSA scheme (Telethon uses it for keys registered as `old`).
    let before = cluster.counters(DcId::new(1)).key_exchanges;
    let from = cluster.events().len();
    let legacy = run_phase(&python, &config_path, "legacy").await;
    assert_eq!(legacy["this_dc"], 1);
    assert_eq!(cluster.counters(DcId::new(1)).key_exchanges, before + 1);
    assert!(cluster.events().since(from).iter().any(|e| matches!(
        e,
        Event::TransportDetected {
            dc_id: 1,
            kind: TransportKind::Intermediate,
            obfuscated: false,
            ..
        }
    )));

    for dc in cluster.dc_ids() {
        eprintln!("{dc}: {:?}", cluster.counters(dc));
    }
    cluster.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex(&sha2::Sha256::digest(bytes))
}

/// node_modules with the JavaScript clients (GramJS, mtcute), or `None` (skip) outside CI.
fn node_path() -> Option<String> {
    match std::env::var("MTRS_INTEROP_NODE_PATH") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "MTRS_INTEROP_NODE_PATH is unset but CI=true: the JavaScript interop tests must run"
            );
            eprintln!("skipped: MTRS_INTEROP_NODE_PATH is unset (JavaScript interop tests)");
            None
        }
    }
}

async fn run_node_script(node_path: &str, name: &str, config: &Path, phase: &str) -> Value {
    // mtcute's script resolves its packages from MTRS_MTCUTE_ROOT (ES modules ignore
    // NODE_PATH): the folder holding node_modules.
    let root = Path::new(node_path).parent().unwrap_or(Path::new("."));
    let child = tokio::process::Command::new("node")
        .arg(script(name))
        .arg(config)
        .arg(phase)
        .env("NODE_PATH", node_path)
        .env("MTRS_MTCUTE_ROOT", root)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(120), child)
        .await
        .unwrap_or_else(|_| panic!("{name} {phase} timed out"))
        .expect("run node");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{name} {phase} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{phase} output {stdout:?}: {e}"))
}

/// A client library's round-trip script and what runs it.
enum Foreign<'a> {
    Python {
        python: &'a str,
        script: &'static str,
    },
    Node {
        node_path: &'a str,
        script: &'static str,
    },
}

impl Foreign<'_> {
    async fn run(&self, config: &Path, phase: &str) -> Value {
        match self {
            Self::Python { python, script } => run_script(python, script, config, phase).await,
            Self::Node { node_path, script } => {
                run_node_script(node_path, script, config, phase).await
            }
        }
    }
}

/// `client` (its `login` and `resume` phases) against a 3-DC cluster: a new session on
/// DC 2 signs in bot 7002 (USER_MIGRATE_1), gets itself, resolves `alice`, downloads file
/// 9003 from DC 3 (sha256) and exports its string; the string resumes with no key
/// exchange. The server never answers `bad_msg_notification` or `INPUT_FETCH_FAIL`.
async fn signs_in_downloads_and_resumes(name: &str, client: Foreign<'_>) {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let dir = std::env::temp_dir().join(format!("mtrs-testdc-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = cluster.fixture().file_by_id(9003).unwrap().clone();
    let config = json!({
        "dcs": cluster.dc_options().iter().map(|e| json!({"id": e.id.number(), "ip": e.ip.to_string(), "port": e.port})).collect::<Vec<_>>(),
        // Pyrogram starts every new session on DC 2; this bot lives on DC 1.
        "start_dc": 2,
        "rsa_public_key_pem": cluster.rsa_public_key_pem(),
        "bot_token": "7002:dc1-bot-secret",
        "bot_id": 7002,
        "api_id": 12345,
        "api_hash": "0123456789abcdef0123456789abcdef",
        "username": "alice",
        "username_id": 1001,
        "file": {
            "id": file.id,
            "access_hash": file.access_hash,
            "file_reference": hex(&file.file_reference),
            "dc_id": file.dc_id,
            "size": file.bytes.len(),
        },
        "workdir": dir.to_string_lossy(),
        "string_out": dir.join(format!("{name}.string")).to_string_lossy(),
    });
    let config_path = dir.join("config.json");
    std::fs::write(&config_path, serde_json::to_vec_pretty(&config).unwrap()).unwrap();

    // 1. Sign in (DC 2 → USER_MIGRATE_1), get_me, resolve, download from DC 3.
    let login = client.run(&config_path, "login").await;
    assert_eq!(login["me"], 7002, "{name}");
    assert_eq!(login["home_dc"], 1, "{name}");
    assert_eq!(login["resolved"], 1001, "{name}");
    assert_eq!(login["sha256"], sha256_hex(&file.bytes), "{name}");
    let (dc2, dc3) = (
        cluster.counters(DcId::new(2)),
        cluster.counters(DcId::new(3)),
    );
    assert_eq!(dc2.errors("USER_MIGRATE_1"), 1, "{name}: {dc2:?}");
    assert_eq!(
        total(&cluster, |c| c.errors("INPUT_FETCH_FAIL")),
        0,
        "{name}"
    );
    assert!(dc3.import_authorization >= 1 && dc3.calls("upload.getFile") >= 1);
    // Pyrogram pings with an even seq_no, mtcute acks with an odd one: taken.
    assert_eq!(
        total(&cluster, |c| c.sent("bad_msg_notification")),
        0,
        "{name}"
    );

    // 2. Resume from the exported string: no key exchange anywhere.
    let exchanges = total(&cluster, |c| c.key_exchanges + c.temp_key_exchanges);
    let resume = client.run(&config_path, "resume").await;
    assert_eq!(resume["me"], 7002, "{name}");
    assert_eq!(resume["home_dc"], 1, "{name}");
    assert_eq!(resume["resolved"], 1001, "{name}");
    assert_eq!(
        total(&cluster, |c| c.key_exchanges + c.temp_key_exchanges),
        exchanges,
        "{name}: the string carried the key"
    );
    assert_eq!(
        total(&cluster, |c| c.sent("bad_msg_notification")),
        0,
        "{name}"
    );
    cluster.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// kurigram (Pyrogram's API, layer 229): its `users.getUsers` carries an `inputPeerUser`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kurigram_signs_in_downloads_across_dcs_and_resumes_its_string_without_a_key_exchange() {
    let Some(python) = python() else { return };
    let script = "kurigram_roundtrip.py";
    signs_in_downloads_and_resumes(
        "kurigram",
        Foreign::Python {
            python: &python,
            script,
        },
    )
    .await;
}

/// GramJS speaks layer 198: every answer it parses was moved down from ours.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gramjs_on_layer_198_signs_in_downloads_across_dcs_and_resumes_without_a_key_exchange() {
    let Some(node_path) = node_path() else { return };
    let script = "gramjs_roundtrip.js";
    signs_in_downloads_and_resumes(
        "gramjs",
        Foreign::Node {
            node_path: &node_path,
            script,
        },
    )
    .await;
}

/// mtcute speaks layer 227 (and packs with zlib, acks with odd seq_no).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mtcute_on_layer_227_signs_in_downloads_across_dcs_and_resumes_without_a_key_exchange() {
    let Some(node_path) = node_path() else { return };
    let script = "mtcute_roundtrip.mjs";
    signs_in_downloads_and_resumes(
        "mtcute",
        Foreign::Node {
            node_path: &node_path,
            script,
        },
    )
    .await;
}
