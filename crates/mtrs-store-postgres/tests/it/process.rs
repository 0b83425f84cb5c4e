//! Leases across processes: contention, a killed holder, and a stopped holder that is
//! taken over and must not write afterwards.

use std::process::Command;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use mtrs_session::{SessionStore, StoreError};
use mtrs_store_postgres::PostgresStore;

use crate::child::{self, child_config, pts};
use crate::support::{namespace, runtime, server, sql, sql_value};

const FAST: Duration = Duration::from_millis(100);
const PATIENCE: Duration = Duration::from_secs(30);

fn recv(rx: &Receiver<String>) -> String {
    rx.recv_timeout(PATIENCE)
        .expect("the child reports in time")
}

fn signal(pid: u32, sig: &str) {
    let status = Command::new("kill")
        .args([sig, &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill {sig} {pid}");
}

/// Tries to open until it succeeds; returns the store, when it succeeded, and the earliest
/// moment the database said the old lease could expire (from the first `InUse`).
async fn take_over(
    cfg: &mtrs_store_postgres::PostgresConfig,
) -> (PostgresStore, Instant, Option<Instant>) {
    let deadline = Instant::now() + PATIENCE;
    let mut not_before = None;
    loop {
        let asked = Instant::now();
        match PostgresStore::open(cfg).await {
            Ok(store) => return (store, Instant::now(), not_before),
            Err(StoreError::InUse { expires_in, .. }) => {
                if not_before.is_none() {
                    not_before = expires_in.map(|e| asked + e);
                }
            }
            Err(e) => panic!("unexpected open error {e}"),
        }
        assert!(Instant::now() < deadline, "no takeover within {PATIENCE:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

#[test]
fn two_processes_contend_and_one_gets_in_use_fast() {
    let Some(url) = server() else { return };
    let ns = namespace();
    let rt = runtime();
    // Create the schema first so both children race only for the lease.
    rt.block_on(async {
        PostgresStore::open(&child_config(&url, &ns, 3000).with_session_name("warm"))
            .await
            .unwrap()
            .close()
            .await;
    });
    let (mut a, out_a) = child::spawn("hold", &url, &ns, 3000);
    let (mut b, out_b) = child::spawn("hold", &url, &ns, 3000);
    let (la, lb) = (recv(&child::lines(out_a)), recv(&child::lines(out_b)));
    let (held, in_use, holder_pid) = match (la.starts_with("HELD"), lb.starts_with("HELD")) {
        (true, false) => (la, lb, a.id()),
        (false, true) => (lb, la, b.id()),
        _ => panic!("exactly one child must hold the session: {la:?} / {lb:?}"),
    };
    assert!(held.starts_with(&format!("HELD {holder_pid} ")), "{held}");
    let parts: Vec<&str> = in_use.split(' ').collect();
    assert_eq!(parts[0], "INUSE", "{in_use}");
    let micros: u128 = parts[1].parse().unwrap();
    assert!(micros < FAST.as_micros(), "InUse took {micros} µs");
    assert_eq!(parts[2], holder_pid.to_string(), "InUse names the holder");
    for c in [&mut a, &mut b] {
        let _ = c.kill();
        c.wait().unwrap();
    }
    rt.block_on(sql(&url, &format!("DROP SCHEMA {ns} CASCADE")));
}

#[test]
fn a_killed_holder_is_taken_over_after_expiry_and_not_before() {
    let Some(url) = server() else { return };
    let ns = namespace();
    let rt = runtime();
    let (mut holder, out) = child::spawn("hold", &url, &ns, 3000);
    let rx = child::lines(out);
    assert!(recv(&rx).starts_with(&format!("HELD {}", holder.id())));
    let cfg = child_config(&url, &ns, 3000);
    rt.block_on(async {
        let started = Instant::now();
        let err = PostgresStore::open(&cfg).await.unwrap_err();
        assert!(
            started.elapsed() < FAST,
            "InUse took {:?}",
            started.elapsed()
        );
        assert!(
            matches!(err, StoreError::InUse { holder: ref h, .. } if h.pid == Some(holder.id()))
        );
    });
    holder.kill().unwrap(); // SIGKILL
    holder.wait().unwrap();
    let killed = Instant::now();
    rt.block_on(async {
        let (store, took_over, not_before) = take_over(&cfg).await;
        let not_before = not_before.expect("the dead holder's lease was still running");
        assert!(
            took_over + Duration::from_millis(50) >= not_before,
            "taken over {:?} before the lease expired",
            not_before - took_over
        );
        assert!(
            took_over <= not_before + Duration::from_secs(2),
            "takeover {:?} after expiry",
            took_over - not_before
        );
        assert!(took_over - killed <= cfg.lease_duration + Duration::from_secs(2));
        store.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn a_stopped_holder_taken_over_never_writes_again_and_stops() {
    let Some(url) = server() else { return };
    let ns = namespace();
    let rt = runtime();
    let lease_ms = 3000;
    let (mut writer, out) = child::spawn("writer", &url, &ns, lease_ms);
    let rx = child::lines(out);
    assert!(recv(&rx).starts_with("HELD"));
    let mut last_ok = 0;
    while last_ok < 20 {
        let line = recv(&rx);
        if let Some(n) = line.strip_prefix("OK ") {
            last_ok = n.parse().unwrap();
        }
    }
    signal(writer.id(), "-STOP");
    // Lines already in the pipe are still read.
    while let Ok(line) = rx.recv_timeout(Duration::from_millis(300)) {
        if let Some(n) = line.strip_prefix("OK ") {
            last_ok = n.parse().unwrap();
        }
    }
    let cfg = child_config(&url, &ns, lease_ms);
    let marker = -7;
    let (store, at_takeover) = rt.block_on(async {
        let (store, took_over, not_before) = take_over(&cfg).await;
        if let Some(not_before) = not_before {
            assert!(took_over + Duration::from_millis(50) >= not_before);
        }
        let pts_now = store
            .load()
            .await
            .unwrap()
            .unwrap()
            .update_state
            .account
            .unwrap()
            .pts;
        store.save_update_state(pts(marker)).await.unwrap();
        // The new store keeps its lease (heartbeat on the runtime) while the old holder
        // resumes.
        (store, pts_now)
    });
    assert!(
        at_takeover >= last_ok,
        "a reported commit is missing: {at_takeover} < {last_ok}"
    );
    signal(writer.id(), "-CONT");
    let mut lost = false;
    loop {
        let line = recv(&rx);
        if let Some(n) = line.strip_prefix("OK ") {
            let n: i32 = n.parse().unwrap();
            assert!(
                n <= at_takeover,
                "write {n} of the old holder succeeded after the takeover"
            );
        } else if line.starts_with("LOST") {
            lost = true;
        } else if let Some(rest) = line.strip_prefix("STOPPED ") {
            assert_eq!(
                rest, "true",
                "the old holder keeps refusing after losing the lease"
            );
            break;
        }
    }
    assert!(lost, "the old holder reported LeaseLost");
    assert!(writer.wait().unwrap().success());
    rt.block_on(async {
        let pts_now = sql_value(&url, &format!("SELECT pts FROM {ns}.session")).await;
        assert_eq!(
            pts_now,
            Some(marker.to_string()),
            "no write of the old holder landed"
        );
        store.close().await;
        sql(&url, &format!("DROP SCHEMA {ns} CASCADE")).await;
    });
}

#[test]
fn a_killed_fleet_host_has_its_sessions_picked_up_within_expiry_and_a_heartbeat() {
    let Some(url) = server() else { return };
    let ns = namespace();
    let rt = runtime();
    const LEASE_MS: u64 = 2000;
    let lease = Duration::from_millis(LEASE_MS);
    let heartbeat = Duration::from_millis(LEASE_MS / 4);
    // Host B (this process) serves g0..g49; host A (a child) serves f0..f49.
    let ours = rt.block_on(async {
        let mut held = Vec::new();
        for i in 0..child::FLEET_HALF {
            let cfg = child_config(&url, &ns, LEASE_MS).with_session_name(format!("g{i}"));
            held.push(PostgresStore::open(&cfg).await.unwrap());
        }
        held
    });
    let (mut a, out_a) = child::spawn("fleet", &url, &ns, LEASE_MS);
    let lines = child::lines(out_a);
    assert_eq!(recv(&lines), format!("FLEET {}", child::FLEET_HALF));
    // While A lives, B cannot take any of its sessions.
    rt.block_on(async {
        let cfg = child_config(&url, &ns, LEASE_MS).with_session_name("f0");
        assert!(matches!(
            PostgresStore::open(&cfg).await,
            Err(StoreError::InUse { .. })
        ));
    });
    signal(a.id(), "-KILL");
    let killed = Instant::now();
    let _ = a.wait();
    // B picks every one of A's sessions up, each after its lease expired and within
    // expiry + one heartbeat of the kill.
    let taken = rt.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..child::FLEET_HALF {
            let cfg = child_config(&url, &ns, LEASE_MS).with_session_name(format!("f{i}"));
            tasks.spawn(async move {
                let (store, at, _) = take_over(&cfg).await;
                (store, at)
            });
        }
        let mut taken = Vec::new();
        while let Some(done) = tasks.join_next().await {
            taken.push(done.unwrap());
        }
        taken
    });
    let last = taken.iter().map(|(_, at)| *at).max().unwrap();
    assert!(
        last.duration_since(killed) <= lease + heartbeat + Duration::from_millis(500),
        "picked up {:?} after the kill",
        last.duration_since(killed)
    );
    assert_eq!(taken.len() + ours.len(), 2 * child::FLEET_HALF);
    rt.block_on(async {
        for (store, _) in taken {
            store.close().await;
        }
        for store in ours {
            store.close().await;
        }
    });
}
