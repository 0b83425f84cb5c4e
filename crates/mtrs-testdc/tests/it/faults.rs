//! Every fault: salts, closes (count and seeded probability), delays, FLOOD_WAIT, key loss,
//! revoked authorizations, DC restarts, USER_MIGRATE loops.

use std::time::{Duration, Instant};

use mtrs_proto::Notice;
use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event, FaultConfig};
use mtrs_tl_api::functions::{help, updates};

use crate::client::{CallError, TestClient, WAIT};
use crate::{BOT_TOKEN, bot_client, bot_login, keyed_client};

#[tokio::test]
async fn bad_server_salt_every_n_packets_is_survived_by_the_client() {
    let faults = FaultConfig::default().bad_server_salt_every(2);
    let cluster = Cluster::builder()
        .dcs(1)
        .faults(faults)
        .start()
        .await
        .unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    for _ in 0..6 {
        c.call(&help::GetNearestDc).await.unwrap();
    }
    assert!(
        c.notices
            .iter()
            .any(|n| matches!(n, Notice::SaltChanged { .. })),
        "{:?}",
        c.notices
    );
    assert!(cluster.counters(DcId::new(1)).forced_salt_changes >= 2);
    assert_eq!(cluster.counters(DcId::new(1)).calls("help.getNearestDc"), 6);
    cluster.shutdown().await;
}

#[tokio::test]
async fn close_after_n_messages() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    cluster
        .faults(DcId::new(1))
        .unwrap()
        .update(|f| f.close_after_messages = Some(3));
    c.call(&help::GetNearestDc).await.unwrap();
    c.call(&help::GetNearestDc).await.unwrap();
    let e = c.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(e, CallError::Closed), "{e:?}");
    cluster
        .events()
        .wait_for(0, WAIT, |e| matches!(e, Event::Fault { kind: "close", .. }))
        .await
        .unwrap();
    assert_eq!(cluster.counters(DcId::new(1)).fault_closes, 1);
    assert_eq!(cluster.counters(DcId::new(1)).calls("help.getNearestDc"), 2);
    cluster.shutdown().await;
}

/// Calls until the connection is closed; returns how many calls succeeded.
async fn calls_until_closed(seed: u64) -> usize {
    let faults = FaultConfig::default().close_probability(0.25, seed);
    let cluster = Cluster::builder()
        .dcs(1)
        .faults(faults)
        .start()
        .await
        .unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let mut ok = 0;
    while ok < 200 {
        match c.call(&help::GetNearestDc).await {
            Ok(_) => ok += 1,
            Err(CallError::Closed) => break,
            Err(e) => panic!("{e:?}"),
        }
    }
    cluster.shutdown().await;
    ok
}

#[tokio::test]
async fn close_with_probability_is_reproducible_from_the_seed() {
    let first = calls_until_closed(42).await;
    assert!(first < 200, "p = 0.25 never closed in 200 packets");
    assert_eq!(calls_until_closed(42).await, first);
}

#[tokio::test]
async fn reply_delay_holds_answers_back() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    cluster
        .faults(DcId::new(1))
        .unwrap()
        .set(FaultConfig::default().reply_delay(Duration::from_millis(300)));
    let started = Instant::now();
    c.call(&help::GetNearestDc).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(300));
    cluster.shutdown().await;
}

#[tokio::test]
async fn flood_wait_on_a_method_until_cleared() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let handle = cluster.faults(DcId::new(1)).unwrap();
    handle.set(FaultConfig::default().flood_wait("help.getNearestDc", 7));
    let e = c.call(&help::GetNearestDc).await.unwrap_err();
    assert_eq!(e.message(), "FLOOD_WAIT_7");
    // Other methods are not affected.
    c.call(&help::GetConfig).await.unwrap();
    handle.clear();
    c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!(cluster.counters(DcId::new(1)).errors("FLOOD_WAIT_7"), 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn forgotten_key_gets_404() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!(cluster.faults(DcId::new(1)).unwrap().forget_keys(), 1);
    let e = c.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(e, CallError::Transport(-404)), "{e:?}");
    assert_eq!(cluster.counters(DcId::new(1)).transport_errors, 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn revoked_authorization_gets_401() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = bot_client(&cluster).await;
    c.call(&updates::GetState).await.unwrap();
    assert_eq!(
        cluster
            .faults(DcId::new(2))
            .unwrap()
            .revoke_authorizations(),
        1
    );
    let e = c.call(&updates::GetState).await.unwrap_err();
    assert_eq!(e.message(), "AUTH_KEY_UNREGISTERED");
    cluster.shutdown().await;
}

#[tokio::test]
async fn restart_keeping_or_losing_keys() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let before = cluster.dc_options();
    let mut c = bot_client(&cluster).await;
    assert_eq!(cluster.key_count(DcId::new(2)), 1);
    // Keep keys: a new connection with the same key and a new session works, still
    // logged in.
    cluster.restart_dc(DcId::new(2), true).await.unwrap();
    assert_eq!(cluster.dc_options(), before, "ports are kept");
    let e = c.call(&updates::GetState).await.unwrap_err();
    assert!(
        matches!(e, CallError::Closed),
        "old connection is gone: {e:?}"
    );
    assert_eq!(cluster.key_count(DcId::new(2)), 1);

    let mut fresh = keyed_client(&cluster, 2).await;
    fresh.call(&bot_login(BOT_TOKEN)).await.unwrap();
    assert_eq!(cluster.key_count(DcId::new(2)), 2);
    cluster.restart_dc(DcId::new(2), false).await.unwrap();
    assert_eq!(cluster.key_count(DcId::new(2)), 0);
    assert!(cluster.events().snapshot().contains(&Event::DcRestarted {
        dc_id: 2,
        keep_keys: false
    }));
    cluster.shutdown().await;
}

#[tokio::test]
async fn restarted_dc_serves_an_old_key_on_a_new_connection() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Abridged, false).await;
    let created = c
        .create_key(
            1,
            mtrs_proto::auth::KeyKind::Permanent,
            cluster.rsa_public_key(),
        )
        .await
        .unwrap();
    cluster.restart_dc(DcId::new(1), true).await.unwrap();
    let mut again = TestClient::connect(addr, TransportKind::Abridged, false).await;
    again.start_session(created.auth_key.clone(), created.salt);
    again.call(&help::GetNearestDc).await.unwrap();

    cluster.restart_dc(DcId::new(1), false).await.unwrap();
    let mut lost = TestClient::connect(addr, TransportKind::Abridged, false).await;
    lost.start_session(created.auth_key, created.salt);
    let e = lost.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(e, CallError::Transport(-404)), "{e:?}");
    cluster.shutdown().await;
}

#[tokio::test]
async fn user_migrate_loop_between_two_dcs() {
    let cluster = Cluster::builder()
        .dcs(2)
        .dc_faults(DcId::new(1), FaultConfig::default().user_migrate_to(2))
        .dc_faults(DcId::new(2), FaultConfig::default().user_migrate_to(1))
        .start()
        .await
        .unwrap();
    let mut one = keyed_client(&cluster, 1).await;
    let mut two = keyed_client(&cluster, 2).await;
    for _ in 0..3 {
        assert_eq!(
            one.call(&bot_login(BOT_TOKEN)).await.unwrap_err().message(),
            "USER_MIGRATE_2"
        );
        assert_eq!(
            two.call(&bot_login(BOT_TOKEN)).await.unwrap_err().message(),
            "USER_MIGRATE_1"
        );
    }
    // help.getConfig needs no login and is never migrated.
    one.call(&help::GetConfig).await.unwrap();
    cluster.faults(DcId::new(2)).unwrap().clear();
    two.call(&bot_login(BOT_TOKEN)).await.unwrap();
    cluster.shutdown().await;
}
