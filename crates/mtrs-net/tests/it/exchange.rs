//! The key exchange against `mtrs-testdc`, then an encrypted connection on the new key.

use mtrs_net::{Error, LinkAuth, LinkConfig};
use mtrs_proto::DcId;
use mtrs_proto::auth::AuthError;
use mtrs_testdc::{Cluster, FaultConfig, Fixture};
use mtrs_tl::mtproto::functions::Ping;
use mtrs_tl::mtproto::types::Pong;
use mtrs_tl::{Deserialize, Serialize};

async fn cluster() -> Cluster {
    Cluster::builder()
        .dcs(2)
        .fixture(Fixture::empty())
        .faults(FaultConfig::default())
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_new_key_works_for_an_encrypted_connection() {
    let cluster = cluster().await;
    let addr = cluster.endpoint(2).unwrap().addr();
    let config = LinkConfig::default();
    let created =
        mtrs_net::exchange_auth_key(addr, &config, DcId::new(2), vec![cluster.rsa_public_key()])
            .await
            .unwrap();
    assert_eq!(cluster.counters(2).key_exchanges, 1);
    let auth = LinkAuth {
        dc: DcId::new(2),
        auth_key: created.auth_key,
        salt: created.salt,
        future_salts: Vec::new(),
        time_offset: Some(created.time_offset),
    };
    let (handle, driver) = mtrs_net::connect(addr, config, auth, None).await.unwrap();
    let task = tokio::spawn(driver.run());
    let answer = handle
        .invoke_raw(Ping { ping_id: 77 }.to_bytes())
        .await
        .unwrap();
    assert_eq!(Pong::from_bytes(&answer).unwrap().ping_id, 77);
    handle.close().await;
    task.await.unwrap();
    cluster.shutdown().await;
}

#[tokio::test]
async fn an_unknown_server_key_is_a_typed_error() {
    let cluster = cluster().await;
    let addr = cluster.endpoint(1).unwrap().addr();
    let keys = vec![mtrs_crypto::rsa::telegram_production_key()];
    let err = mtrs_net::exchange_auth_key(addr, &LinkConfig::default(), DcId::new(1), keys)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Auth(AuthError::UnknownFingerprints { .. })),
        "{err:?}"
    );
    assert_eq!(cluster.counters(1).key_exchanges, 0);
    cluster.shutdown().await;
}

async fn ping_through(handle: &mtrs_net::ConnectionHandle, id: i64) {
    let answer = handle
        .invoke_raw(Ping { ping_id: id }.to_bytes())
        .await
        .unwrap();
    assert_eq!(Pong::from_bytes(&answer).unwrap().ping_id, id);
}

#[tokio::test]
async fn a_new_key_carries_on_encrypted_on_the_connection_of_the_exchange() {
    let cluster = cluster().await;
    let addr = cluster.endpoint(2).unwrap().addr();
    let (created, handle, driver) = mtrs_net::connect_with_new_key(
        addr,
        LinkConfig::default(),
        DcId::new(2),
        vec![cluster.rsa_public_key()],
        None,
    )
    .await
    .unwrap();
    let task = tokio::spawn(driver.run());
    ping_through(&handle, 5).await;
    let counters = cluster.counters(2);
    assert_eq!(counters.key_exchanges, 1);
    assert_eq!(counters.connections, 1, "one TCP connection for the new DC");
    assert_eq!(cluster.key_count(2), 1);
    assert!(
        cluster.key_user(2, created.auth_key.id().0).is_none(),
        "a new key, not logged in"
    );
    handle.close().await;
    task.await.unwrap();
    cluster.shutdown().await;
}

#[tokio::test]
async fn obfuscated2_works_for_the_exchange_and_the_session_in_every_framing() {
    use mtrs_net::Obfuscation;
    use mtrs_proto::transport::TransportKind;
    let cluster = cluster().await;
    let addr = cluster.endpoint(1).unwrap().addr();
    let from = cluster.events().len();
    for kind in [
        TransportKind::Abridged,
        TransportKind::Intermediate,
        TransportKind::PaddedIntermediate,
    ] {
        let config = LinkConfig {
            transport: kind,
            obfuscation: Obfuscation::Obfuscated2,
            ..LinkConfig::default()
        };
        let (_, handle, driver) = mtrs_net::connect_with_new_key(
            addr,
            config,
            DcId::new(1),
            vec![cluster.rsa_public_key()],
            None,
        )
        .await
        .unwrap();
        let task = tokio::spawn(driver.run());
        ping_through(&handle, 9).await;
        // A reconnect draws a new obfuscated2 header and the session carries on.
        handle.reconnect().await.unwrap();
        ping_through(&handle, 10).await;
        handle.close().await;
        task.await.unwrap();
    }
    let detected: Vec<_> = cluster.events().snapshot()[from..]
        .iter()
        .filter_map(|e| match e {
            mtrs_testdc::Event::TransportDetected { obfuscated, .. } => Some(*obfuscated),
            _ => None,
        })
        .collect();
    assert_eq!(detected.len(), 6, "{detected:?}");
    assert!(
        detected.iter().all(|o| *o),
        "the test DC saw obfuscated2 every time"
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn through_an_mtproxy_with_its_secret_in_both_forms_and_refused_without_it() {
    use mtrs_net::{MtProxy, Obfuscation, ProxySecret};
    use mtrs_proto::transport::TransportKind;
    let secret = [0x5a; 16];
    let cluster = Cluster::builder()
        .dcs(2)
        .fixture(Fixture::empty())
        .mtproxy_secret(secret)
        .start()
        .await
        .unwrap();
    // The DC's listener plays the proxy in front of it.
    let proxy = cluster.endpoint(2).unwrap().addr();
    // Where the DC "really" is does not matter: the client dials the proxy.
    let dc_addr = "192.0.2.1:443".parse().unwrap();
    let through = |key: [u8; 16], padded_only: bool, transport| LinkConfig {
        transport,
        obfuscation: Obfuscation::MtProxy(MtProxy {
            addr: proxy,
            secret: ProxySecret::new(key, padded_only),
        }),
        ..LinkConfig::default()
    };
    for (padded_only, kind) in [
        (false, TransportKind::Intermediate),
        (true, TransportKind::PaddedIntermediate),
    ] {
        let (_, handle, driver) = mtrs_net::connect_with_new_key(
            dc_addr,
            through(secret, padded_only, kind),
            DcId::new(2),
            vec![cluster.rsa_public_key()],
            None,
        )
        .await
        .unwrap();
        let task = tokio::spawn(driver.run());
        ping_through(&handle, 21).await;
        // A reconnect goes through the proxy again with a new header.
        handle.reconnect().await.unwrap();
        ping_through(&handle, 22).await;
        handle.close().await;
        task.await.unwrap();
    }
    // A wrong secret, plain obfuscated2 and no obfuscation at all are all turned away.
    let refused = [
        through([0x11; 16], false, TransportKind::Intermediate),
        LinkConfig {
            obfuscation: Obfuscation::Obfuscated2,
            ..LinkConfig::default()
        },
        LinkConfig::default(),
    ];
    for config in refused {
        let config = LinkConfig {
            connect_timeout: std::time::Duration::from_secs(5),
            ..config
        };
        let result = mtrs_net::exchange_auth_key(
            proxy,
            &config,
            DcId::new(2),
            vec![cluster.rsa_public_key()],
        )
        .await;
        assert!(result.is_err(), "{config:?} got through");
    }
    assert_eq!(
        cluster.counters(2).key_exchanges,
        2,
        "only the two good clients"
    );
    cluster.shutdown().await;
}
