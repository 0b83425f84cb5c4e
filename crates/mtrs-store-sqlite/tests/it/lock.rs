//! Exclusive use: a second opener fails fast with `InUse`, in this process or another.

use std::time::{Duration, Instant};

use mtrs_session::StoreError;
use mtrs_store_sqlite::SqliteStore;

use crate::child;
use crate::support::config;

const FAST: Duration = Duration::from_millis(100);

#[test]
fn second_store_in_the_same_process_is_refused_until_the_first_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let first = SqliteStore::open(&cfg).unwrap();
    let started = Instant::now();
    let err = SqliteStore::open(&cfg).unwrap_err();
    assert!(started.elapsed() < FAST, "took {:?}", started.elapsed());
    match &err {
        StoreError::InUse { path, holder, .. } => {
            assert_eq!(path, &cfg.session_path());
            assert_eq!(holder.pid, Some(std::process::id()));
        }
        other => panic!("expected InUse, got {other:?}"),
    }
    assert!(err.to_string().contains(&std::process::id().to_string()));
    drop(first);
    let again = SqliteStore::open(&cfg).unwrap();
    drop(again);
}

#[test]
fn second_process_is_refused_fast_and_a_killed_holder_releases_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let (mut holder, mut out) = child::spawn("hold", dir.path(), 0);
    let line = child::next_line(&mut out).expect("child reports the lock");
    assert_eq!(line, format!("LOCKED {}", holder.id()));

    let started = Instant::now();
    let err = SqliteStore::open(&cfg).unwrap_err();
    let took = started.elapsed();
    assert!(took < FAST, "InUse took {took:?}");
    match err {
        StoreError::InUse { holder: h, .. } => {
            assert_eq!(h.pid, Some(holder.id()));
            assert!(h.host.is_some());
        }
        other => panic!("expected InUse, got {other:?}"),
    }

    // kill -9: the OS drops the lock with the process.
    holder.kill().unwrap();
    holder.wait().unwrap();
    let store = SqliteStore::open(&cfg).unwrap();
    drop(store);
}
