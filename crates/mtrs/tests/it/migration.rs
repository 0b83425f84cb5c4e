//! Home-DC migration: bot login on another DC, loops, coalescing.

use mtrs::{Config, DcId, InvokeError, SessionSource};
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, BOT4, TestDc, client};

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

#[tokio::test]
async fn a_bot_homed_on_dc4_migrates_there_and_the_home_is_persisted() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT4));
    c.connect().await.unwrap();
    assert_eq!(dc.cluster.counters(2).errors("USER_MIGRATE_4"), 1);
    assert_eq!(c.home_dc().unwrap(), DcId::new(4));
    let users = c.invoke(&get_self()).await.unwrap();
    let [enums::User::User(me)] = users.as_slice() else {
        panic!("unexpected {users:?}");
    };
    assert_eq!(me.id, 7004);
    assert_eq!(
        dc.cluster.counters(4).calls("users.getUsers"),
        1,
        "future calls go to DC 4"
    );
    c.stop().await.unwrap();

    // Persisted: a restart starts on DC 4, signed in, with no new key or login.
    let exchanges = dc.total_key_exchanges();
    let again = client(dc.config(dir.path(), BOT4));
    again.connect().await.unwrap();
    assert_eq!(again.home_dc().unwrap(), DcId::new(4));
    let session = again.session().await.unwrap();
    assert_eq!(session.home_dc.0, 4);
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(7004));
    again.invoke(&get_self()).await.unwrap();
    assert_eq!(dc.total_key_exchanges(), exchanges);
    assert_eq!(dc.cluster.counters(4).calls("users.getUsers"), 2);
    assert_eq!(dc.cluster.counters(2).calls("users.getUsers"), 0);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn a_user_migrate_loop_ends_in_migrate_loop() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.user_migrate_to = Some(3));
    dc.cluster
        .faults(3)
        .unwrap()
        .update(|f| f.user_migrate_to = Some(2));
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert!(
        matches!(err, InvokeError::MigrateLoop { last_dc } if last_dc == DcId::new(3)),
        "{err:?}"
    );
    // Two hops were followed (2 → 3 → 2), then the third redirect ended it.
    assert_eq!(dc.cluster.counters(2).errors("USER_MIGRATE_3"), 2);
    assert_eq!(dc.cluster.counters(3).errors("USER_MIGRATE_2"), 1);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn concurrent_callers_coalesce_into_one_home_switch() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.user_migrate_to = Some(5));
    let mut calls = Vec::new();
    for _ in 0..16 {
        let c = c.clone();
        calls.push(tokio::spawn(async move { c.invoke(&get_self()).await }));
    }
    for call in calls {
        // The key on DC 5 is not logged in: each call ends with that error, after the
        // shared switch.
        let err = call.await.unwrap().unwrap_err();
        assert_eq!(
            err.rpc().map(|e| e.name.as_str()),
            Some("AUTH_KEY_UNREGISTERED"),
            "{err:?}"
        );
    }
    assert_eq!(c.home_dc().unwrap(), DcId::new(5));
    assert_eq!(dc.key_exchanges(5), 1, "one key exchange for all callers");
    assert_eq!(
        dc.cluster.counters(5).connections,
        1,
        "one TCP connection: the key exchange's, carrying on encrypted"
    );
    c.stop().await.unwrap();
    let data = mtrs_store_sqlite::SqliteStore::open(&mtrs_store_sqlite::SqliteConfig::new(
        dir.path(),
        "session",
    ))
    .unwrap();
    let loaded = mtrs_session::SessionStore::load(&data)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(loaded.home_dc.0, 5);
}

#[tokio::test]
async fn a_failed_switch_leaves_the_home_dc_as_it_was() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    // DC 9 is in no table: the switch cannot happen.
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.user_migrate_to = Some(9));
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert!(
        matches!(err, InvokeError::UnknownDc { dc } if dc == DcId::new(9)),
        "{err:?}"
    );
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));
    dc.cluster.faults(2).unwrap().clear();
    c.invoke(&get_self()).await.unwrap();
    c.stop().await.unwrap();
    let again = client(dc.config(dir.path(), BOT2));
    again.connect().await.unwrap();
    assert_eq!(
        again.home_dc().unwrap(),
        DcId::new(2),
        "nothing of the failed switch was persisted"
    );
    again.stop().await.unwrap();
}
