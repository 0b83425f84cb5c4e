//! kill -9 in the middle of taking updates: nothing is lost, and only the batch the dead
//! process had taken (not committed) is delivered again. The child is this test binary
//! re-invoked on one ignored test, driven over stdin/stdout.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use mtrs::{Config, DcAddress, DcId, DcTable, RsaPublicKey, SessionSource};

use crate::support::{BOT2, TestDc, client};
use crate::updates::{ALICE, BOT, texts};

const DIR: &str = "MTRS_UPD_CHILD_DIR";
const DCS: &str = "MTRS_UPD_CHILD_DCS";
const RSA: &str = "MTRS_UPD_CHILD_RSA";
const MARK: &str = "@@";

struct ChildClient {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
}

impl ChildClient {
    fn spawn(dc: &TestDc, dir: &std::path::Path) -> Self {
        let table = dc.table();
        let dcs = table
            .dcs
            .iter()
            .map(|d| format!("{}={}", d.id.wire(), d.addr))
            .collect::<Vec<_>>()
            .join(";");
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "updates_crash::child_process_entry",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR, dir)
            .env(DCS, format!("{};{dcs}", table.default_dc.wire()))
            .env(RSA, dc.cluster.rsa_public_key_pem())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            while out.read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
                if let Some(at) = line.find(MARK)
                    && tx.send(line[at + MARK.len()..].trim().to_owned()).is_err()
                {
                    break;
                }
                line.clear();
            }
        });
        Self {
            child,
            stdin,
            lines,
        }
    }

    fn line(&self) -> String {
        self.lines
            .recv_timeout(Duration::from_secs(60))
            .expect("the child answers within 60 s")
    }

    /// Waits for the next batch the child took; returns its messages.
    fn batch(&self) -> Vec<String> {
        let line = self.line();
        let rest = line
            .strip_prefix("batch ")
            .unwrap_or_else(|| panic!("got {line}"));
        serde_json::from_str(rest).unwrap()
    }

    /// Lets the child take the next batch (which commits the one before).
    fn more(&mut self) {
        writeln!(self.stdin, "more").unwrap();
        self.stdin.flush().unwrap();
    }
}

#[test]
fn kill_9_loses_nothing_and_repeats_at_most_the_taken_batch() {
    let dc = TestDc::start(mtrs_testdc::FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let send = |t: &str| {
        dc.cluster.send_message(ALICE, BOT, t).unwrap();
    };
    let mut first = ChildClient::spawn(&dc, dir.path());
    assert_eq!(first.line(), "ready");
    // m1, m2, m3 one batch each: m1 and m2 are committed (the child asked for more after
    // them), m3 is taken but not committed when it dies; m4 and m5 wait untaken.
    let mut got = Vec::new();
    for i in 1..=3 {
        send(&format!("m{i}"));
        got.extend(first.batch());
        if i < 3 {
            first.more();
        }
    }
    assert_eq!(got, ["m1", "m2", "m3"]);
    send("m4");
    send("m5");
    let taken_at_kill = "m3".to_owned();
    first.child.kill().unwrap(); // SIGKILL
    first.child.wait().unwrap();
    for i in 6..=8 {
        send(&format!("m{i}"));
    }
    let mut second = ChildClient::spawn(&dc, dir.path());
    assert_eq!(second.line(), "ready");
    let mut after = Vec::new();
    while !after.contains(&"m8".to_owned()) {
        after.extend(second.batch());
        second.more();
    }
    second.child.kill().unwrap();
    second.child.wait().unwrap();
    let all: Vec<String> = (1..=8).map(|i| format!("m{i}")).collect();
    let mut union = got.clone();
    union.extend(after.iter().cloned());
    union.dedup();
    assert_eq!(
        union, all,
        "nothing lost, in order: first {got:?}, then {after:?}"
    );
    let repeated: Vec<&String> = after.iter().filter(|t| got.contains(t)).collect();
    assert!(
        repeated.iter().all(|t| **t == taken_at_kill),
        "only the taken batch comes again: {repeated:?}"
    );
}

/// The child: connects, reports `ready` once caught up, then prints each batch it takes
/// and waits for `more` on stdin before taking the next.
#[test]
#[ignore = "run by kill_9_loses_nothing_and_repeats_at_most_the_taken_batch"]
fn child_process_entry() {
    let Ok(dir) = std::env::var(DIR) else {
        return;
    };
    let dcs = std::env::var(DCS).unwrap();
    let mut parts = dcs.split(';');
    let default_dc = DcId::new(parts.next().unwrap().parse().unwrap());
    let dcs = parts
        .map(|p| {
            let (id, addr) = p.split_once('=').unwrap();
            let wire: i32 = id.parse().unwrap();
            let id = if wire < 0 {
                DcId::new(-wire).media()
            } else {
                DcId::new(wire)
            };
            DcAddress {
                id,
                addr: addr.parse().unwrap(),
            }
        })
        .collect();
    let rsa = RsaPublicKey::from_pem(&std::env::var(RSA).unwrap()).unwrap();
    let config = Config {
        session: SessionSource::file(&dir, "session"),
        bot_token: Some(BOT2.to_owned()),
        dc_table: Some(DcTable { dcs, default_dc }),
        rsa_keys: vec![rsa],
        ..Config::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let c = client(config);
        c.connect().await.unwrap();
        let mut updates = c.updates().await.unwrap();
        updates.caught_up().await.unwrap();
        println!("{MARK}ready");
        let (tx, mut more) = tokio::sync::mpsc::unbounded_channel();
        std::thread::spawn(move || {
            for line in std::io::stdin().lock().lines() {
                if line.is_err() || tx.send(()).is_err() {
                    break;
                }
            }
        });
        loop {
            let batch = updates.next().await.unwrap().unwrap();
            let got = texts(&batch);
            if got.is_empty() {
                continue;
            }
            println!("{MARK}batch {}", serde_json::to_string(&got).unwrap());
            if more.recv().await.is_none() {
                break;
            }
        }
    });
}
