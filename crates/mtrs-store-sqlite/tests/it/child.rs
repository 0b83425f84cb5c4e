//! Child processes for the multi-process tests: this test binary re-invoked on one ignored
//! test, which reads its task from environment variables and reports progress on stdout.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};

use mtrs_session::testing::block_on;
use mtrs_session::{
    AuthKey, DcId, DcState, DcUpdate, Identity, Peer, PeerId, PeerKind, SessionStore, UnixTime,
    UserId,
};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};

const MODE: &str = "MTRS_SQLITE_CHILD_MODE";
const DIR: &str = "MTRS_SQLITE_CHILD_DIR";
const START: &str = "MTRS_SQLITE_CHILD_START";
/// Prefix of every protocol line the child prints.
const MARK: &str = "@@";
/// Peers per batch written by the crash writer.
pub const BATCH: i64 = 50;

/// Starts this test binary as a child running `mode` on the session in `dir`.
pub fn spawn(mode: &str, dir: &Path, start: i64) -> (Child, BufReader<ChildStdout>) {
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
        .env(DIR, dir)
        .env(START, start.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

/// Reads the child's next protocol line (skipping the test harness's own output);
/// `None` at end of output.
pub fn next_line(out: &mut BufReader<ChildStdout>) -> Option<String> {
    loop {
        let mut line = String::new();
        if out.read_line(&mut line).unwrap() == 0 {
            return None;
        }
        // libtest prints "test child::child_process_entry ... " without a newline before
        // the test's own output, so the marker may sit in the middle of the first line.
        if let Some(at) = line.find(MARK) {
            return Some(line[at + MARK.len()..].trim().to_owned());
        }
    }
}

/// The credential tuple written in step `i`: every part derives from `i`, so a mix of two
/// steps is detectable.
pub fn credentials(i: i64) -> (DcId, AuthKey, UserId, bool) {
    let mut key = [0u8; 256];
    for (n, b) in key.iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(17).wrapping_add(n as u8) ^ ((i >> 8) as u8);
    }
    (
        DcId(1 + (i % 5) as i32),
        AuthKey::from_bytes(key),
        UserId(1_000_000 + i),
        i % 2 == 0,
    )
}

/// The peers of batch `i`.
pub fn batch(i: i64) -> Vec<Peer> {
    (0..BATCH)
        .map(|n| {
            Peer::new(
                PeerId::User(i * BATCH + n),
                PeerKind::User,
                i * 1000 + n + 1,
            )
            .with_usernames([format!("b{i}_{n}")])
            .with_updated_at(UnixTime(i))
        })
        .collect()
}

fn crash_writer(store: &SqliteStore, start: i64) {
    let mut out = std::io::stdout().lock();
    for i in start.. {
        let (dc, key, user, bot) = credentials(i);
        let update = DcUpdate::new(dc, DcState::new().with_auth_key(key))
            .make_home()
            .with_identity(Identity::new(user).with_bot(bot));
        block_on(store.update_dc(update)).unwrap();
        writeln!(out, "{MARK}CRED {i}").unwrap();
        out.flush().unwrap();
        block_on(store.upsert_peers(batch(i))).unwrap();
        writeln!(out, "{MARK}BATCH {i}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
#[ignore = "entry point of child processes started by the multi-process tests"]
fn child_process_entry() {
    let mode = std::env::var(MODE).expect("started by spawn()");
    let dir = std::env::var(DIR).unwrap();
    let start: i64 = std::env::var(START).unwrap().parse().unwrap();
    let store = SqliteStore::open(&SqliteConfig::new(dir, "test")).unwrap();
    match mode.as_str() {
        "hold" => {
            println!("{MARK}LOCKED {}", std::process::id());
            std::io::stdout().flush().unwrap();
            // Hold the session until the parent closes our stdin (or kills us).
            let mut sink = String::new();
            while std::io::stdin().read_line(&mut sink).unwrap() > 0 {}
        }
        "crash-writer" => crash_writer(&store, start),
        other => panic!("unknown child mode {other}"),
    }
}
