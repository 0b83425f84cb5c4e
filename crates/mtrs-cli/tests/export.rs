//! `mtrs session export` of sessions stored by mtrs-store-sqlite.
//!
//! A test binary of its own with a single test: it holds and releases session locks in
//! this process, and a child spawned by a concurrent test would inherit the lock's file
//! descriptor until it execs, keeping the lock held a moment after the store is dropped.

#[allow(dead_code)] // shared with tests/cli.rs, which uses the rest
#[path = "cli/common.rs"]
mod common;

use mtrs_session::testing::block_on;
use mtrs_session::{AuthKey, DcId, DcState, Identity, SessionData, SessionStore, UserId};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};

use common::{fails, json, ok};

fn stored_session() -> SessionData {
    let mut s = SessionData::new(DcId(4));
    let mut key = [0u8; 256];
    for (i, b) in key.iter_mut().enumerate() {
        *b = (i * 7 + 3) as u8;
    }
    s.dcs.insert(
        DcId(4),
        DcState::new()
            .with_address("149.154.167.91", 443)
            .with_auth_key(AuthKey::from_bytes(key)),
    );
    s.identity = Some(Identity::new(UserId(5_123_456_789)).with_bot(true));
    s.api_id = Some(12345);
    s
}

/// The stored session comes out as our string (default) or a foreign one.
fn exports_a_stored_session() {
    let dir = tempfile::tempdir().unwrap();
    let session = stored_session();
    {
        let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "bot")).unwrap();
        block_on(store.save(&session)).unwrap();
    }
    let work_dir = dir.path().to_str().unwrap();
    let key_hex = hex::encode(session.home_auth_key().unwrap().as_bytes());
    let base = [
        "session",
        "export",
        "--work-dir",
        work_dir,
        "--session-name",
        "bot",
    ];
    let ours = ok(&base);
    assert!(ours.starts_with("mtrs:1:"), "{ours}");
    let got = json(&[
        "session",
        "inspect",
        ours.trim(),
        "--json",
        "--show-secrets",
    ]);
    assert_eq!(got["dc_id"], 4);
    assert_eq!(got["auth_key"], key_hex.as_str());
    assert_eq!(got["user_id"], 5_123_456_789_i64);
    assert_eq!(got["is_bot"], true);
    assert_eq!(got["api_id"], 12345);
    for to in ["telethon", "pyrogram", "gramjs", "mtcute"] {
        let out = ok(&[&base[..], &["--to", to]].concat());
        let got = json(&["session", "inspect", out.trim(), "--json", "--show-secrets"]);
        assert_eq!(got["format"], to);
        assert_eq!(got["auth_key"], key_hex.as_str(), "{to}");
    }
    // `inspect` of the store file itself points at `export`.
    let store_file = dir.path().join("bot.session");
    let stderr = fails(&["session", "inspect", store_file.to_str().unwrap()]);
    assert!(stderr.contains("mtrs session export"), "{stderr}");
    let file = dir.path().join("t.session");
    ok(&[
        &base[..],
        &["--to", "telethon-file", "--out", file.to_str().unwrap()],
    ]
    .concat());
    let got = json(&["session", "inspect", file.to_str().unwrap(), "--json"]);
    assert_eq!(got["format"], "telethon-file");
    assert_eq!(got["user_id"], 5_123_456_789_i64);
}

/// No file, an empty file, a session in use: each a plain error, nothing created.
fn export_errors_are_plain() {
    let dir = tempfile::tempdir().unwrap();
    let work_dir = dir.path().to_str().unwrap();
    let stderr = fails(&["session", "export", "--work-dir", work_dir]);
    assert!(stderr.contains("no session at"), "{stderr}");
    assert!(!dir.path().join("session.session").exists());

    drop(SqliteStore::open(&SqliteConfig::new(dir.path(), "empty")).unwrap());
    let stderr = fails(&[
        "session",
        "export",
        "--work-dir",
        work_dir,
        "--session-name",
        "empty",
    ]);
    assert!(stderr.contains("holds no session yet"), "{stderr}");

    let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "busy")).unwrap();
    block_on(store.save(&stored_session())).unwrap();
    let stderr = fails(&[
        "session",
        "export",
        "--work-dir",
        work_dir,
        "--session-name",
        "busy",
    ]);
    assert!(stderr.contains("cannot read the session"), "{stderr}");
    assert!(
        stderr.contains(&format!("pid {}", std::process::id())),
        "holder named: {stderr}"
    );
    drop(store);
    assert!(
        ok(&[
            "session",
            "export",
            "--work-dir",
            work_dir,
            "--session-name",
            "busy"
        ])
        .starts_with("mtrs:1:")
    );
}

/// Exports only read: several at once all succeed (they share the lock).
fn concurrent_exports_share_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "s")).unwrap();
        block_on(store.save(&stored_session())).unwrap();
    }
    let work_dir = dir.path().to_str().unwrap();
    for _ in 0..3 {
        let children: Vec<_> = (0..6)
            .map(|_| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("mtrs"))
                    .args([
                        "session",
                        "export",
                        "--work-dir",
                        work_dir,
                        "--session-name",
                        "s",
                    ])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8_lossy(&out.stdout).starts_with("mtrs:1:"));
        }
    }
}

/// Every scenario, one after the other (see the module docs for why not in parallel).
#[test]
fn session_export() {
    exports_a_stored_session();
    export_errors_are_plain();
    concurrent_exports_share_the_lock();
}
