//! `mtrs session list|prune|copy` on a work directory of SQLite sessions and on a
//! PostgreSQL store (`MTRS_TEST_POSTGRES_URL`; skipped with a reason when unset, failed
//! when unset under `CI=true`).
//!
//! A test binary of its own with a single test (like `export.rs`): it holds session locks
//! in this process, which a child spawned by a concurrent test would briefly inherit.

#[allow(dead_code)] // shared with tests/cli.rs, which uses the rest
#[path = "cli/common.rs"]
mod common;

use std::fs::File;
use std::path::Path;
use std::time::{Duration, SystemTime};

use mtrs_session::{
    AuthKey, DcId, DcState, DcUpdate, Identity, Peer, PeerId, PeerKind, SessionData, SessionStore,
    UserId,
};
use mtrs_store_postgres::{PostgresConfig, PostgresStore};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use serde_json::Value;

use common::{fails, json, ok};

const FORTY_DAYS: Duration = Duration::from_secs(40 * 86_400);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

/// A signed-in session with a few peers.
async fn fill(store: &dyn SessionStore, user: i64) -> (SessionData, Vec<Peer>) {
    let mut me = Identity::new(UserId(user)).with_bot(true);
    me.username = Some(format!("bot{user}"));
    let login = DcUpdate::new(
        DcId(4),
        DcState::new()
            .with_address("149.154.167.91", 443)
            .with_auth_key(AuthKey::from_bytes([user as u8; 256])),
    )
    .make_home()
    .with_identity(me);
    store.update_dc(login).await.unwrap();
    let peers: Vec<Peer> = (1..=5)
        .map(|i| {
            Peer::new(PeerId::User(i), PeerKind::User, i * 11).with_usernames([format!("p{i}")])
        })
        .collect();
    store.upsert_peers(peers.clone()).await.unwrap();
    (store.load().await.unwrap().unwrap(), peers)
}

/// Makes a SQLite session look unused for `age`.
fn age_files(dir: &Path, name: &str, age: Duration) {
    let then = SystemTime::now() - age;
    for suffix in [".session", ".session-wal", ".session.lock"] {
        let path = dir.join(format!("{name}{suffix}"));
        if let Ok(f) = File::options().write(true).open(&path) {
            f.set_modified(then).unwrap();
        }
    }
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect()
}

fn sqlite_admin(rt: &tokio::runtime::Runtime) {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().to_str().unwrap();
    let (a_data, a_peers) = {
        let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "a")).unwrap();
        rt.block_on(fill(&store, 7))
    };
    drop(SqliteStore::open(&SqliteConfig::new(dir.path(), "old")).unwrap());
    age_files(dir.path(), "old", FORTY_DAYS);
    let held = SqliteStore::open(&SqliteConfig::new(dir.path(), "held")).unwrap();
    age_files(dir.path(), "held", FORTY_DAYS);

    let list = json(&["session", "list", "--work-dir", work, "--json"]);
    assert_eq!(names(&list), ["a", "held", "old"]);
    let a = &list[0];
    assert_eq!(a["user_id"], 7);
    assert_eq!(a["bot"], true);
    assert_eq!(a["username"], "bot7");
    assert_eq!(a["home_dc"], 4);
    assert_eq!(a["peers"], 5);
    assert!(a["size"].as_u64().unwrap() > 0);
    assert!(a["in_use"].is_null());
    assert_eq!(list[1]["in_use"]["pid"], std::process::id());
    let table = ok(&["session", "list", "--work-dir", work]);
    assert!(table.contains("@bot7") && table.contains("pid "), "{table}");

    // Dry run: only the unused, unlocked one; nothing removed.
    let dry = ok(&[
        "session",
        "prune",
        "--work-dir",
        work,
        "--unused-for",
        "30d",
        "--dry-run",
    ]);
    assert_eq!(
        dry.lines().collect::<Vec<_>>(),
        ["would remove old (last used 40d ago)"]
    );
    assert!(dir.path().join("old.session").exists());
    let out = ok(&[
        "session",
        "prune",
        "--work-dir",
        work,
        "--unused-for",
        "30d",
    ]);
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["removed old (last used 40d ago)"]
    );
    assert!(!dir.path().join("old.session").exists());
    assert!(
        dir.path().join("held.session").exists(),
        "a locked session is never pruned"
    );
    let list = json(&["session", "list", "--work-dir", work, "--json"]);
    assert_eq!(names(&list), ["a", "held"]);
    let usage = common::mtrs(&["session", "prune", "--work-dir", work, "--unused-for", "30"]);
    assert_eq!(usage.status.code(), Some(2), "a bad age is a usage error");
    assert!(String::from_utf8_lossy(&usage.stderr).contains("needs a unit"));
    drop(held);

    // Copy to a string and back into a new file.
    let a_path = dir.path().join("a.session");
    let string = ok(&["session", "copy", a_path.to_str().unwrap(), "-"]);
    let string = string.trim();
    assert!(string.starts_with("mtrs:1:"), "{string}");
    let s_path = dir.path().join("copies/s.session");
    ok(&["session", "copy", string, s_path.to_str().unwrap()]);
    let copy = SqliteStore::open(&SqliteConfig::new(dir.path().join("copies"), "s")).unwrap();
    let back = rt.block_on(copy.load()).unwrap().unwrap();
    assert_eq!(back.home_auth_key(), a_data.home_auth_key());
    assert_eq!(back.identity.map(|i| i.user_id), Some(UserId(7)));
    drop(copy);
    // Never overwrites.
    let err = fails(&["session", "copy", string, s_path.to_str().unwrap()]);
    assert!(err.contains("already holds a session"), "{err}");
    let _ = a_peers;
}

fn postgres_admin(rt: &tokio::runtime::Runtime, url: &str) {
    let ns = format!("cli_{}", std::process::id());
    let dir = tempfile::tempdir().unwrap();
    let (a_data, a_peers) = {
        let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "a")).unwrap();
        rt.block_on(fill(&store, 9))
    };
    let a_path = dir.path().join("a.session");
    let pg_a = format!("{url}#{ns}/a");
    // SQLite → PostgreSQL → a new SQLite file: everything survives, verified both ways.
    ok(&["session", "copy", a_path.to_str().unwrap(), &pg_a]);
    let b_path = dir.path().join("b.session");
    ok(&["session", "copy", &pg_a, b_path.to_str().unwrap()]);
    let b = SqliteStore::open(&SqliteConfig::new(dir.path(), "b")).unwrap();
    assert_eq!(rt.block_on(b.load()).unwrap(), Some(a_data.clone()));
    assert_eq!(rt.block_on(b.all_peers()).unwrap(), a_peers);
    drop(b);
    let err = fails(&["session", "copy", a_path.to_str().unwrap(), &pg_a]);
    assert!(err.contains("already holds a session"), "{err}");

    let held = rt
        .block_on(PostgresStore::open(
            &PostgresConfig::new(url, "held").with_namespace(&ns),
        ))
        .unwrap();
    let old = rt
        .block_on(PostgresStore::open(
            &PostgresConfig::new(url, "old").with_namespace(&ns),
        ))
        .unwrap();
    rt.block_on(old.close());
    // Age "old" and "held" in the lease table (what the stores keep as last use).
    rt.block_on(async {
        let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .unwrap();
        let task = tokio::spawn(conn);
        client
            .execute(
                &format!(
                    "UPDATE {ns}.lease SET last_used = now() - interval '40 days 1 hour' \
                     WHERE name IN ('old', 'held')"
                ),
                &[],
            )
            .await
            .unwrap();
        drop(client);
        let _ = task.await;
    });

    let store_args = ["--store", url, "--namespace", &ns];
    let list = json(&[&["session", "list", "--json"][..], &store_args].concat());
    assert_eq!(names(&list), ["a", "held", "old"]);
    assert_eq!(list[0]["user_id"], 9);
    assert_eq!(list[0]["username"], "bot9");
    assert_eq!(list[0]["peers"], 5);
    assert!(list[0]["in_use"].is_null());
    assert_eq!(list[1]["in_use"]["pid"], std::process::id());
    assert!(list[1]["in_use"]["instance"].is_string());
    let dry = ok(&[
        &["session", "prune", "--unused-for", "30d", "--dry-run"][..],
        &store_args,
    ]
    .concat());
    assert_eq!(
        dry.lines().collect::<Vec<_>>(),
        ["would remove old (last used 40d ago)"]
    );
    let out = ok(&[
        &["session", "prune", "--unused-for", "30d"][..],
        &store_args,
    ]
    .concat());
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        ["removed old (last used 40d ago)"]
    );
    let list = json(&[&["session", "list", "--json"][..], &store_args].concat());
    assert_eq!(
        names(&list),
        ["a", "held"],
        "the leased session is never pruned"
    );
    let table = ok(&[&["session", "list"][..], &store_args].concat());
    assert!(table.contains("@bot9") && table.contains("pid "), "{table}");
    rt.block_on(held.close());
}

#[test]
fn list_prune_and_copy_on_both_backends() {
    let rt = runtime();
    sqlite_admin(&rt);
    match std::env::var("MTRS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => postgres_admin(&rt, &url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI needs PostgreSQL: MTRS_TEST_POSTGRES_URL is not set"
            );
            eprintln!(
                "skipped the PostgreSQL half: MTRS_TEST_POSTGRES_URL is not set (start a \
                 server with `eval \"$(bash .ci/postgres.sh start)\"`)"
            );
        }
    }
}
