//! Key exchange over every transport, temporary keys, DC checks, media listeners.

use std::time::Duration;

use mtrs_proto::auth::KeyKind;
use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event, KeyKind as TestKeyKind};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help;

use crate::client::{CallError, TestClient, WAIT};

#[tokio::test]
async fn key_exchange_and_get_config_over_every_transport() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let wires = [
        (TransportKind::Abridged, false),
        (TransportKind::Intermediate, false),
        (TransportKind::PaddedIntermediate, false),
        (TransportKind::Full, false),
        (TransportKind::Abridged, true),
        (TransportKind::Intermediate, true),
        (TransportKind::PaddedIntermediate, true),
    ];
    for (kind, obfuscated) in wires {
        let from = cluster.events().len();
        let addr = cluster.endpoint(DcId::new(2)).unwrap().addr();
        let mut c = TestClient::connect(addr, kind, obfuscated).await;
        c.login_key(2, cluster.rsa_public_key()).await;
        let enums::Config::Config(config) = c.call(&help::GetConfig).await.unwrap();
        assert_eq!(config.this_dc, 2);
        let table: Vec<(i32, String, i32)> = config
            .dc_options
            .iter()
            .map(|enums::DcOption::DcOption(o)| (o.id, o.ip_address.to_string(), o.port))
            .collect();
        let expected: Vec<(i32, String, i32)> = cluster
            .dc_options()
            .iter()
            .map(|e| (e.id.number(), e.ip.to_string(), i32::from(e.port)))
            .collect();
        assert_eq!(table, expected);
        cluster
            .events()
            .wait_for(from, WAIT, |e| {
                matches!(e, Event::TransportDetected { kind: k, obfuscated: o, .. } if *k == kind && *o == obfuscated)
            })
            .await
            .unwrap();
    }
    assert_eq!(cluster.counters(DcId::new(2)).key_exchanges, 7);
    assert_eq!(cluster.counters(DcId::new(2)).calls("help.getConfig"), 7);
    assert_eq!(cluster.counters(DcId::new(1)).key_exchanges, 0);
    cluster.shutdown().await;
}

#[tokio::test]
async fn temporary_key_exchange_is_counted_apart_and_the_key_works() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Abridged, false).await;
    let created = c
        .create_key(
            1,
            KeyKind::Temporary(Duration::from_secs(600)),
            cluster.rsa_public_key(),
        )
        .await
        .unwrap();
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(
        (counters.key_exchanges, counters.temp_key_exchanges),
        (0, 1)
    );
    let key_id = created.auth_key.id().0;
    assert!(cluster.events().snapshot().contains(&Event::KeyCreated {
        dc_id: 1,
        key_id,
        kind: TestKeyKind::Temporary,
    }));
    c.start_session(created.auth_key, created.salt);
    let enums::NearestDc::NearestDc(n) = c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!((n.this_dc, n.nearest_dc), (1, 1));
    cluster.shutdown().await;
}

#[tokio::test]
async fn wrong_dc_in_inner_data_gets_444() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let err = c
        .create_key(2, KeyKind::Permanent, cluster.rsa_public_key())
        .await
        .unwrap_err();
    assert!(matches!(err, CallError::Transport(-444)), "{err:?}");
    assert_eq!(cluster.counters(DcId::new(1)).key_exchanges, 0);
    cluster.shutdown().await;
}

#[tokio::test]
async fn unknown_server_key_is_refused_by_the_client_side() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let err = c
        .create_key(
            1,
            KeyKind::Permanent,
            mtrs_crypto::rsa::telegram_production_key(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, CallError::Other(ref m) if m.contains("RSA key")),
        "{err:?}"
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn media_listener_shares_the_dcs_keys() {
    let cluster = Cluster::builder()
        .dcs(2)
        .media_listeners(true)
        .start()
        .await
        .unwrap();
    let options = cluster.dc_options();
    assert_eq!(options.len(), 4);
    assert!(!options[0].media_only && !options[1].media_only);
    let media = options
        .iter()
        .find(|e| e.id == DcId::new(2).media() && e.media_only)
        .unwrap();
    let mut m = TestClient::connect(media.addr(), TransportKind::PaddedIntermediate, false).await;
    // Media DCs are named with a negative id in the inner data.
    let created = m
        .create_key(-2, KeyKind::Permanent, cluster.rsa_public_key())
        .await
        .unwrap();
    assert!(cluster.events().snapshot().iter().any(|e| matches!(
        e,
        Event::ConnectionOpened {
            dc_id: 2,
            media: true,
            ..
        }
    )));
    // The same key works on the main listener.
    let main = cluster.endpoint(DcId::new(2)).unwrap();
    let mut c = TestClient::connect(main.addr(), TransportKind::Intermediate, false).await;
    c.start_session(created.auth_key, created.salt);
    let enums::Config::Config(config) = c.call(&help::GetConfig).await.unwrap();
    assert_eq!(config.this_dc, 2);
    assert_eq!(cluster.counters(DcId::new(2)).key_exchanges, 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn test_mode_expects_test_dc_ids() {
    let cluster = Cluster::builder()
        .dcs(2)
        .test_mode(true)
        .start()
        .await
        .unwrap();
    let addr = cluster.endpoint(DcId::new(2)).unwrap().addr();
    let mut plain = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let err = plain
        .create_key(2, KeyKind::Permanent, cluster.rsa_public_key())
        .await
        .unwrap_err();
    assert!(matches!(err, CallError::Transport(-444)), "{err:?}");
    let mut test = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let created = test
        .create_key(10_002, KeyKind::Permanent, cluster.rsa_public_key())
        .await
        .unwrap();
    test.start_session(created.auth_key, created.salt);
    let enums::Config::Config(config) = test.call(&help::GetConfig).await.unwrap();
    assert!(config.test_mode);
    assert_eq!(config.this_dc, 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn expired_temporary_key_gets_404() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let created = c
        .create_key(
            1,
            KeyKind::Temporary(Duration::ZERO),
            cluster.rsa_public_key(),
        )
        .await
        .unwrap();
    c.start_session(created.auth_key, created.salt);
    let err = c.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(err, CallError::Transport(-404)), "{err:?}");
    assert_eq!(
        cluster.key_count(DcId::new(1)),
        0,
        "the expired key was dropped"
    );
    cluster.shutdown().await;
}

#[test]
fn handles_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Cluster>();
    check::<mtrs_testdc::FaultHandle>();
    check::<mtrs_testdc::EventLog>();
    check::<mtrs_testdc::Counters>();
    fn send<T: Send>() {}
    send::<mtrs_testdc::MemoryConnection>();
}
