//! The client on a PostgreSQL store (`SessionSource::Store`): the login and keys persist
//! across a restart, and a second client on the same session is refused while the first
//! holds its lease; when another process takes the lease over, the client stops using
//! the keys at once and says so; a restarted bot resolves cached usernames with no
//! request. Needs `MTRS_TEST_POSTGRES_URL` (skipped with a reason when unset, a failure
//! when unset under `CI=true`).

use std::sync::Arc;
use std::time::Duration;

use mtrs::{Config, SessionSource};
use mtrs_session::{SessionStore, StoreError};
use mtrs_store_postgres::{PostgresCatalog, PostgresConfig, PostgresStore};
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::resolve::{GENERATED, generated_fixture, resolve_all_with};
use crate::support::{BOT2, TestDc, client};

fn server() -> Option<String> {
    match std::env::var("MTRS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI needs PostgreSQL: MTRS_TEST_POSTGRES_URL is not set"
            );
            eprintln!(
                "skipped: MTRS_TEST_POSTGRES_URL is not set (start a server with \
                 `eval \"$(bash .ci/postgres.sh start)\"`)"
            );
            None
        }
    }
}

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

#[tokio::test]
async fn a_client_on_a_postgres_store_keeps_its_login_across_a_restart() {
    let Some(url) = server() else { return };
    let ns = format!("client_{}", std::process::id());
    let cfg = PostgresConfig::new(&url, "bot").with_namespace(&ns);
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let config = |store: &Arc<PostgresStore>| Config {
        session: SessionSource::Store(store.clone() as Arc<dyn SessionStore>),
        ..dc.config(dir.path(), BOT2)
    };

    let store = Arc::new(PostgresStore::open(&cfg).await.unwrap());
    let first = client(config(&store));
    first.connect().await.unwrap();
    assert_eq!(first.invoke(&get_self()).await.unwrap().len(), 1);
    // Another process (here: another store) cannot use the session meanwhile.
    let err = PostgresStore::open(&cfg).await.unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    first.stop().await.unwrap();
    drop(first);
    let saved = store
        .load()
        .await
        .unwrap()
        .expect("the client saved its session");
    assert_eq!(saved.identity.as_ref().map(|i| i.user_id.0), Some(7001));
    Arc::into_inner(store)
        .expect("the client let go of the store")
        .close()
        .await;
    assert_eq!(dc.total_key_exchanges(), 1);

    // A restart on the same session: no new key exchange, same account.
    let store = Arc::new(PostgresStore::open(&cfg).await.unwrap());
    let second = client(config(&store));
    second.connect().await.unwrap();
    let users = second.invoke(&get_self()).await.unwrap();
    let [enums::User::User(me)] = users.as_slice() else {
        panic!("unexpected {users:?}");
    };
    assert_eq!(me.id, 7001);
    assert_eq!(dc.total_key_exchanges(), 1, "the key came from PostgreSQL");
    second.stop().await.unwrap();
    drop(second);
    Arc::into_inner(store).expect("released").close().await;
    PostgresCatalog::connect(&url, &ns)
        .await
        .unwrap()
        .delete("bot")
        .await
        .unwrap();
}

#[tokio::test]
async fn a_client_whose_lease_is_taken_over_closes_its_connections_and_says_so() {
    let Some(url) = server() else { return };
    let ns = format!("client_lost_{}", std::process::id());
    let cfg = PostgresConfig::new(&url, "bot")
        .with_namespace(&ns)
        .with_lease(Duration::from_secs(4), Duration::from_millis(500));
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(PostgresStore::open(&cfg).await.unwrap());
    let client = client(Config {
        session: SessionSource::Store(store.clone() as Arc<dyn SessionStore>),
        ..dc.config(dir.path(), BOT2)
    });
    let (lost_tx, mut lost_rx) = tokio::sync::mpsc::unbounded_channel();
    client.on_session_lost(move || {
        let _ = lost_tx.send(());
    });
    client.connect().await.unwrap();
    assert_eq!(client.invoke(&get_self()).await.unwrap().len(), 1);
    assert!(client.is_connected());

    // Another process takes the lease over (as a takeover after expiry does).
    let (pg, conn) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    let conn = tokio::spawn(conn);
    pg.simple_query(&format!(
        "UPDATE {ns}.lease SET epoch = epoch + 1, instance = 'other', \
         expires_at = now() + interval '1 minute'"
    ))
    .await
    .unwrap();
    // The next heartbeat finds the lease gone; the client reacts once.
    tokio::time::timeout(Duration::from_secs(10), lost_rx.recv())
        .await
        .expect("on_session_lost runs within a few heartbeats")
        .expect("hook registered");
    assert!(
        !client.is_connected(),
        "no connection stays up on lost keys"
    );
    let err = client.invoke(&get_self()).await.unwrap_err();
    assert!(
        matches!(err, mtrs::InvokeError::Store(ref e) if matches!(**e, StoreError::LeaseLost { .. })),
        "{err:?}"
    );
    assert!(lost_rx.try_recv().is_err(), "the hook runs once");
    let executed = || {
        (1..=5)
            .map(|n| dc.cluster.counters(n).executed("users.getUsers"))
            .sum::<u64>()
    };
    let before = executed();
    assert!(client.invoke(&get_self()).await.is_err());
    assert_eq!(executed(), before, "nothing reached the DC");
    let _ = client.stop().await;
    drop(client);
    drop(store);
    // The namespace is ours alone; "other" still holds the lease, so drop it whole.
    pg.simple_query(&format!("DROP SCHEMA {ns} CASCADE"))
        .await
        .unwrap();
    drop(pg);
    let _ = conn.await;
}

#[tokio::test]
async fn a_restarted_bot_resolves_a_thousand_usernames_from_postgres_without_a_call() {
    let Some(url) = server() else { return };
    let ns = format!("client_resolve_{}", std::process::id());
    let cfg = PostgresConfig::new(&url, "bot").with_namespace(&ns);
    let dc = TestDc::start_with(generated_fixture(), FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    for expected in [GENERATED as u64, 0] {
        let store = Arc::new(PostgresStore::open(&cfg).await.unwrap());
        let config = Config {
            save_peers: true,
            session: SessionSource::Store(store.clone() as Arc<dyn SessionStore>),
            ..dc.config(dir.path(), BOT2)
        };
        assert_eq!(resolve_all_with(&dc, config).await, expected);
        Arc::into_inner(store).expect("released").close().await;
    }
    PostgresCatalog::connect(&url, &ns)
        .await
        .unwrap()
        .delete("bot")
        .await
        .unwrap();
}
