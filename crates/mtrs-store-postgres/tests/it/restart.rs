//! Outages, on a private cluster (from `.ci/postgres.sh`) so they disturb no other test:
//! PostgreSQL restarted in the middle of a run (writes are retried and none that was
//! reported committed is lost), and down for longer than the lease (the snapshot is served
//! from memory, and the holder gives the lease up when it could not renew in time).

use std::collections::HashMap;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

use mtrs_session::{Peer, PeerId, PeerKind, SessionStore, StoreError};
use mtrs_store_postgres::{PostgresConfig, PostgresStore};

use crate::child::pts;
use crate::support::{runtime, server, sql_value};

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../.ci/postgres.sh");

/// A private cluster, stopped and removed on drop.
struct Cluster {
    url: String,
    dir: String,
}

impl Cluster {
    fn start() -> Self {
        let out = Command::new("bash")
            .args([SCRIPT, "start"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let vars: HashMap<String, String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("export "))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        Self {
            url: vars["MTRS_TEST_POSTGRES_URL"].clone(),
            dir: vars["MTRS_TEST_POSTGRES_DIR"].clone(),
        }
    }

    /// Runs `postgres.sh <command> <dir>`: restart, pause or resume.
    fn ctl(&self, command: &str) {
        let out = Command::new("bash")
            .args([SCRIPT, command, &self.dir])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .args([SCRIPT, "stop", &self.dir])
            .output();
    }
}

/// Waits (bounded) until `counter` reaches `target`.
fn wait_for(counter: &AtomicI32, target: i32) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while counter.load(Ordering::SeqCst) < target {
        assert!(Instant::now() < deadline, "writes stalled at {counter:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_restart_mid_run_loses_no_committed_write() {
    if server().is_none() {
        return;
    }
    let cluster = Cluster::start();
    let rt = runtime();
    let cfg = PostgresConfig::new(&cluster.url, "s").with_namespace("restart");
    let store = Arc::new(rt.block_on(PostgresStore::open(&cfg)).unwrap());
    let acked = Arc::new(AtomicI32::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (store, acked, stop) = (store.clone(), acked.clone(), stop.clone());
        rt.spawn(async move {
            let mut i = 0;
            while !stop.load(Ordering::SeqCst) {
                i += 1;
                let peer = Peer::new(PeerId::User(i64::from(i)), PeerKind::User, 1);
                store.upsert_peers(vec![peer]).await?;
                store.save_update_state(pts(i)).await?;
                acked.store(i, Ordering::SeqCst);
            }
            Ok::<i32, StoreError>(i)
        })
    };
    wait_for(&acked, 50);
    let before = acked.load(Ordering::SeqCst);
    let started = "SELECT pg_postmaster_start_time()::text";
    let boot = rt.block_on(sql_value(&cluster.url, started));
    cluster.ctl("restart");
    assert_ne!(
        rt.block_on(sql_value(&cluster.url, started)),
        boot,
        "the server restarted"
    );
    wait_for(&acked, before + 100);
    stop.store(true, Ordering::SeqCst);
    let last = rt
        .block_on(writer)
        .unwrap()
        .expect("every write succeeded across the restart");
    assert!(last >= before + 100);
    rt.block_on(async {
        let peers = sql_value(&cluster.url, "SELECT count(*) FROM restart.peer").await;
        assert_eq!(
            peers,
            Some(last.to_string()),
            "a reported peer batch is missing"
        );
        let pts_now = sql_value(&cluster.url, "SELECT pts FROM restart.session").await;
        assert_eq!(pts_now, Some(last.to_string()));
        assert!(store.holds_lease());
    });
    let store = Arc::into_inner(store).expect("the writer is done");
    rt.block_on(store.close());
}

#[test]
fn an_outage_longer_than_the_lease_is_served_from_memory_then_the_lease_is_lost() {
    if server().is_none() {
        return;
    }
    let cluster = Cluster::start();
    let rt = runtime();
    let lease = Duration::from_secs(3);
    let cfg = PostgresConfig::new(&cluster.url, "s")
        .with_namespace("outage")
        .with_lease(lease, Duration::from_millis(750));
    let store = rt.block_on(PostgresStore::open(&cfg)).unwrap();
    rt.block_on(store.save_update_state(pts(1))).unwrap();
    let snapshot = rt.block_on(store.load()).unwrap();
    let lost = store.lease_lost();

    cluster.ctl("pause");
    let down = Instant::now();
    // Reads go on from memory while the lease holds.
    assert_eq!(rt.block_on(store.load()).unwrap(), snapshot);
    // A write is retried until the lease could no longer have been renewed, then refused.
    let err = rt.block_on(store.save_update_state(pts(2))).unwrap_err();
    assert!(matches!(err, StoreError::LeaseLost { .. }), "{err:?}");
    assert!(
        down.elapsed() < lease + Duration::from_secs(2),
        "gave up late: {:?}",
        down.elapsed()
    );
    rt.block_on(async { tokio::time::timeout(Duration::from_secs(5), lost).await })
        .expect("lease_lost resolves");
    assert!(matches!(
        rt.block_on(store.load()),
        Err(StoreError::LeaseLost { .. })
    ));

    cluster.ctl("resume");
    // The lease expired in the database too: another store takes over at once, and the
    // refused write never landed.
    let next = rt.block_on(PostgresStore::open(&cfg)).unwrap();
    let account = rt
        .block_on(next.load())
        .unwrap()
        .unwrap()
        .update_state
        .account;
    assert_eq!(account.map(|a| a.pts), Some(1));
    rt.block_on(next.close());
    drop(store);
}
