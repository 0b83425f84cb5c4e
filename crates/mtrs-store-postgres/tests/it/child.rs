//! Child processes for the multi-process tests: this test binary re-invoked on one ignored
//! test, which reads its task from environment variables and reports on stdout.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::Duration;

use mtrs_session::{AccountState, SessionStore, StoreError, UnixTime, UpdateStateChange};
use mtrs_store_postgres::{PostgresConfig, PostgresStore};

const MODE: &str = "MTRS_PG_CHILD_MODE";
const URL: &str = "MTRS_PG_CHILD_URL";
const NS: &str = "MTRS_PG_CHILD_NS";
const LEASE_MS: &str = "MTRS_PG_CHILD_LEASE_MS";
/// Sessions each of the two fleet hosts serves.
pub const FLEET_HALF: usize = 50;
/// Prefix of every protocol line the child prints.
const MARK: &str = "@@";

/// The child's session: `s` in `ns`, lease `lease_ms`, heartbeat a quarter of it.
pub fn child_config(url: &str, ns: &str, lease_ms: u64) -> PostgresConfig {
    PostgresConfig::new(url, "s").with_namespace(ns).with_lease(
        Duration::from_millis(lease_ms),
        Duration::from_millis(lease_ms / 4),
    )
}

/// Starts this test binary as a child running `mode` on session `s` in `ns`.
pub fn spawn(mode: &str, url: &str, ns: &str, lease_ms: u64) -> (Child, BufReader<ChildStdout>) {
    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new(exe)
        .args([
            "--exact",
            "child::child_process_entry",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(MODE, mode)
        .env(URL, url)
        .env(NS, ns)
        .env(LEASE_MS, lease_ms.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

/// Reads the child's next protocol line; `None` at end of output.
pub fn next_line(out: &mut BufReader<ChildStdout>) -> Option<String> {
    loop {
        let mut line = String::new();
        if out.read_line(&mut line).unwrap() == 0 {
            return None;
        }
        // libtest prints "test child::child_process_entry ... " without a newline first.
        if let Some(at) = line.find(MARK) {
            return Some(line[at + MARK.len()..].trim().to_owned());
        }
    }
}

/// Forwards the child's protocol lines to a channel (so the parent can wait with a
/// deadline).
pub fn lines(mut out: BufReader<ChildStdout>) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        while let Some(line) = next_line(&mut out) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Update state whose pts is `n`.
pub fn pts(n: i32) -> UpdateStateChange {
    UpdateStateChange {
        account: Some(AccountState {
            pts: n,
            qts: 0,
            date: UnixTime(0),
            seq: 0,
        }),
        channels: Vec::new(),
    }
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{MARK}{line}").unwrap();
    out.flush().unwrap();
}

#[test]
#[ignore = "entry point of child processes started by the multi-process tests"]
fn child_process_entry() {
    let mode = std::env::var(MODE).expect("started by spawn()");
    let url = std::env::var(URL).unwrap();
    let ns = std::env::var(NS).unwrap();
    let lease_ms: u64 = std::env::var(LEASE_MS).unwrap().parse().unwrap();
    let rt = crate::support::runtime();
    rt.block_on(async {
        if mode == "fleet" {
            // One host of a fleet: holds sessions f0..f49 until killed or stdin closes.
            let mut held = Vec::new();
            for i in 0..FLEET_HALF {
                let cfg = child_config(&url, &ns, lease_ms).with_session_name(format!("f{i}"));
                held.push(
                    PostgresStore::open(&cfg)
                        .await
                        .expect("a free session opens"),
                );
            }
            say(&format!("FLEET {}", held.len()));
            let mut sink = String::new();
            while std::io::stdin().read_line(&mut sink).unwrap() > 0 {}
            return;
        }
        let started = std::time::Instant::now();
        let store = match PostgresStore::open(&child_config(&url, &ns, lease_ms)).await {
            Ok(store) => store,
            Err(StoreError::InUse { holder, .. }) => {
                let pid = holder.pid.unwrap_or(0);
                say(&format!("INUSE {} {pid}", started.elapsed().as_micros()));
                return;
            }
            Err(e) => panic!("open failed: {e}"),
        };
        say(&format!("HELD {} {}", std::process::id(), store.epoch()));
        match mode.as_str() {
            "hold" => {
                // Hold the session until the parent closes our stdin (or kills us).
                let mut sink = String::new();
                while std::io::stdin().read_line(&mut sink).unwrap() > 0 {}
            }
            "writer" => {
                // Writes pts = 1, 2, … reporting each commit, until a write is rejected.
                for i in 1.. {
                    match store.save_update_state(pts(i)).await {
                        Ok(()) => say(&format!("OK {i}")),
                        Err(StoreError::LeaseLost { .. }) => {
                            say(&format!("LOST {i}"));
                            break;
                        }
                        Err(e) => say(&format!("ERR {i} {e}")),
                    }
                }
                // The store refuses everything now; report that it stopped.
                let after = store.load().await;
                say(&format!(
                    "STOPPED {}",
                    matches!(after, Err(StoreError::LeaseLost { .. }))
                ));
            }
            other => panic!("unknown child mode {other}"),
        }
    });
}
