//! The faults of issue #13: −404 to every key (for a while), a close right after the key
//! exchange, `AUTH_KEY_DUPLICATED`, `SESSION_REVOKED`, and the `bad_server_salt` count.
//! (`drop_after_execute` is tested in `session.rs`.)

use mtrs_proto::auth::KeyKind;
use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event, FaultConfig, RejectKeys};
use mtrs_tl_api::functions::help;

use crate::client::{CallError, TestClient, WAIT};
use crate::keyed_client;

#[tokio::test]
async fn reject_keys_for_the_next_n_packets_then_forever() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let faults = cluster.faults(DcId::new(1)).unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    faults.set(FaultConfig::default().reject_keys(RejectKeys::Next(2)));
    for _ in 0..2 {
        let e = c.call(&help::GetNearestDc).await.unwrap_err();
        assert!(matches!(e, CallError::Transport(-404)), "{e:?}");
        c.reconnect(addr, TransportKind::Intermediate).await;
    }
    assert_eq!(faults.config().reject_keys, None, "counted down");
    c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!(cluster.counters(DcId::new(1)).auth_key_rejections, 2);

    faults.update(|f| f.reject_keys = Some(RejectKeys::Forever));
    for _ in 0..3 {
        let e = c.call(&help::GetNearestDc).await.unwrap_err();
        assert!(matches!(e, CallError::Transport(-404)), "{e:?}");
        c.reconnect(addr, TransportKind::Intermediate).await;
    }
    faults.clear();
    c.call(&help::GetNearestDc).await.unwrap();
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.auth_key_rejections, 5);
    assert_eq!(cluster.key_count(DcId::new(1)), 1, "the key itself is kept");
    cluster.shutdown().await;
}

#[tokio::test]
async fn close_after_handshake_keeps_the_key() {
    let cluster = Cluster::builder()
        .dcs(1)
        .faults(FaultConfig::default().close_after_handshake(true))
        .start()
        .await
        .unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let created = c
        .create_key(1, KeyKind::Permanent, cluster.rsa_public_key())
        .await
        .unwrap();
    cluster
        .events()
        .wait_for(0, WAIT, |e| {
            matches!(e, Event::ConnectionClosed { reason, .. } if reason.contains("close after handshake"))
        })
        .await
        .unwrap();
    c.start_session(created.auth_key, created.salt);
    let e = c.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(e, CallError::Closed), "{e:?}");
    assert_eq!(cluster.key_count(DcId::new(1)), 1);
    // A new connection with the key works (no key exchange on it, so no close).
    c.reconnect(addr, TransportKind::Intermediate).await;
    c.call(&help::GetNearestDc).await.unwrap();
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.fault_closes, 1);
    assert_eq!(counters.key_exchanges, 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn auth_key_duplicated_then_session_revoked_for_the_next_queries() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let faults = cluster.faults(DcId::new(1)).unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    faults.set(
        FaultConfig::default()
            .auth_key_duplicated(1)
            .session_revoked(2),
    );
    let mut messages = Vec::new();
    for _ in 0..3 {
        messages.push(c.call(&help::GetNearestDc).await.unwrap_err().message());
    }
    assert_eq!(
        messages,
        ["AUTH_KEY_DUPLICATED", "SESSION_REVOKED", "SESSION_REVOKED"]
    );
    c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!(faults.config(), FaultConfig::default(), "counted down");
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.errors("AUTH_KEY_DUPLICATED"), 1);
    assert_eq!(counters.errors("SESSION_REVOKED"), 2);
    assert_eq!(counters.calls("help.getNearestDc"), 4);
    assert_eq!(counters.executed("help.getNearestDc"), 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn bad_server_salt_notifications_are_counted() {
    let cluster = Cluster::builder()
        .dcs(1)
        .faults(FaultConfig::default().bad_server_salt_every(2))
        .start()
        .await
        .unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    for _ in 0..6 {
        c.call(&help::GetNearestDc).await.unwrap();
    }
    let counters = cluster.counters(DcId::new(1));
    assert!(counters.bad_server_salts >= 2, "{counters:?}");
    assert_eq!(counters.bad_server_salts, counters.sent("bad_server_salt"));
    assert_eq!(counters.executed("help.getNearestDc"), 6);
    cluster.shutdown().await;
}
