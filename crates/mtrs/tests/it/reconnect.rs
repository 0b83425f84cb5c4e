//! Connections that die: requests in flight, hooks, soak under faults.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use mtrs::{Config, SessionSource};
use mtrs_testdc::{Event, FaultConfig, RejectKeys};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help::GetNearestDc;
use mtrs_tl_api::functions::users::GetUsers;
use tokio::sync::mpsc;

use crate::support::{BOT2, TestDc, client};

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

#[tokio::test]
async fn a_request_in_flight_when_the_connection_dies_completes_after_reconnect() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    let order = Arc::new(Mutex::new(Vec::new()));
    let (tx, mut reconnected) = mpsc::unbounded_channel();
    {
        let order = order.clone();
        c.on_disconnect(move |info| order.lock().unwrap().push(("disconnect", info.dc.number())));
    }
    {
        let order = order.clone();
        c.on_reconnect(move |info| {
            order.lock().unwrap().push(("reconnect", info.dc.number()));
            let _ = tx.send(());
        });
    }
    c.connect().await.unwrap();

    // The DC holds answers back; the request is received, then its connection dies.
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.reply_delay = Duration::from_secs(30));
    let from = dc.cluster.events().len();
    let call = {
        let c = c.clone();
        tokio::spawn(async move { c.invoke(&get_self()).await })
    };
    dc.cluster
        .events()
        .wait_for(
            from,
            Duration::from_secs(10),
            |e| matches!(e, Event::Call { method, .. } if method == "users.getUsers"),
        )
        .await
        .unwrap();
    dc.cluster.faults(2).unwrap().clear();
    let cluster = dc.cluster.clone();
    dc.on_cluster(async move { cluster.restart_dc(2, true).await.unwrap() })
        .await;

    let users = call.await.unwrap().unwrap();
    assert_eq!(users.len(), 1);
    reconnected.recv().await.unwrap();
    assert_eq!(
        order.lock().unwrap().as_slice(),
        &[("disconnect", 2), ("reconnect", 2)],
        "each hook fired exactly once, in order"
    );
    // Received once before the restart, answered after being sent again.
    assert_eq!(dc.cluster.counters(2).calls("users.getUsers"), 2);
    c.stop().await.unwrap();
    assert_eq!(order.lock().unwrap().len(), 2, "stop is no transition");
}

/// 10 000 RPCs while the DC drops about 5% of connections and rotates salts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soak_ten_thousand_rpcs_under_connection_drops_salt_changes_and_a_key_rejection() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    dc.cluster.faults(2).unwrap().update(|f| {
        f.close_probability = 0.05;
        f.seed = 7;
        f.bad_server_salt_every = Some(50);
    });
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let completed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let executed_before = dc.cluster.counters(2).executed("help.getNearestDc");
    let mut workers = Vec::new();
    for _ in 0..32 {
        let c = c.clone();
        let faults = dc.cluster.faults(2).unwrap();
        let done = done.clone();
        let completed = completed.clone();
        workers.push(tokio::spawn(async move {
            for _ in 0..(10_000 / 32 + 1) {
                if done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 10_000 {
                    break;
                }
                let enums::NearestDc::NearestDc(n) = c.invoke(&GetNearestDc {}).await.unwrap();
                assert_eq!(n.this_dc, 2);
                let n = completed.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                if n == 5_000 {
                    // Half way: a burst of −404s (the DC "forgot" the key twice).
                    faults.update(|f| f.reject_keys = Some(RejectKeys::Next(2)));
                }
            }
        }));
    }
    for w in workers {
        w.await.unwrap();
    }
    assert_eq!(completed.load(std::sync::atomic::Ordering::SeqCst), 10_000);
    let counters = dc.cluster.counters(2);
    assert!(counters.calls("help.getNearestDc") >= 10_000);
    assert!(counters.fault_closes > 0, "{counters:?}");
    assert!(counters.forced_salt_changes > 0, "{counters:?}");
    assert!(counters.auth_key_rejections > 0, "{counters:?}");
    assert_eq!(
        counters.executed("help.getNearestDc") - executed_before,
        10_000,
        "every request ran exactly once on the server"
    );
    assert!(dc.key_exchanges(2) <= 1 + 3, "re-keying stayed bounded");
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_request_executed_but_unanswered_when_the_connection_dies_runs_once() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let executed_before = dc.cluster.counters(2).executed("help.getNearestDc");

    // The DC runs the next query, caches its answer, and drops the TCP connection
    // before writing it.
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.drop_after_execute = 1);
    let nearest = c.invoke(&GetNearestDc {}).await.unwrap();
    let enums::NearestDc::NearestDc(nearest) = nearest;
    assert_eq!(nearest.this_dc, 2);

    let counters = dc.cluster.counters(2);
    assert_eq!(
        counters.executed("help.getNearestDc") - executed_before,
        1,
        "the server ran the request exactly once"
    );
    assert_eq!(
        counters.sessions_created, 1,
        "the client's MTProto session survived the new TCP connection"
    );
    assert!(
        counters.connections >= 2,
        "the fault really dropped the first connection"
    );
    c.stop().await.unwrap();
}
