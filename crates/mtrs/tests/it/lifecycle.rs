//! Create → connect → use → stop; storage; session strings; exclusivity.

use std::os::unix::fs::PermissionsExt;

use mtrs::{Config, DcId, InvokeError, SessionSource, SessionStore};
use mtrs_session::StoreError;
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, TestDc, client};

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

#[tokio::test]
async fn first_connect_makes_one_key_exchange_and_a_private_sqlite_file() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::file(dir.path(), "my_bot"),
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let users = c.invoke(&get_self()).await.unwrap();
    let [enums::User::User(me)] = users.as_slice() else {
        panic!("unexpected {users:?}");
    };
    assert_eq!(me.id, 7001);
    assert_eq!(dc.total_key_exchanges(), 1);
    assert_eq!(dc.key_exchanges(2), 1);
    assert_eq!(
        dc.cluster.counters(2).connections,
        1,
        "the key exchange's TCP connection carries the session on"
    );
    let path = dir.path().join("my_bot.session");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    let session = c.session().await.unwrap();
    assert_eq!(session.home_dc.0, 2);
    assert_eq!(session.identity.as_ref().map(|i| i.user_id.0), Some(7001));
    assert!(!session.dc_options.is_empty(), "DC options are persisted");
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_restart_makes_no_key_exchange_and_keeps_the_login() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(dc.config(dir.path(), BOT2));
    first.connect().await.unwrap();
    first.invoke(&get_self()).await.unwrap();
    first.stop().await.unwrap();
    assert_eq!(dc.total_key_exchanges(), 1);
    let logins = dc.cluster.counters(2).calls("auth.importBotAuthorization");

    let second = client(dc.config(dir.path(), BOT2));
    second.connect().await.unwrap();
    let users = second.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(
        dc.total_key_exchanges(),
        1,
        "a restart needs no key exchange"
    );
    assert_eq!(
        dc.cluster.counters(2).calls("auth.importBotAuthorization"),
        logins,
        "nor a new login"
    );
    // Salts were persisted: the stored salt is the server's current one.
    let session = second.session().await.unwrap();
    let home = session.home().unwrap();
    assert!(!home.server_salts.is_empty());
    second.stop().await.unwrap();
}

#[tokio::test]
async fn a_second_client_on_the_same_session_fails_fast_with_in_use() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(dc.config(dir.path(), BOT2));
    first.connect().await.unwrap();
    let second = client(dc.config(dir.path(), BOT2));
    let started = std::time::Instant::now();
    let err = second.connect().await.unwrap_err();
    assert!(
        matches!(err, InvokeError::Store(ref s) if matches!(**s, StoreError::InUse { .. })),
        "{err:?}"
    );
    assert!(started.elapsed() < std::time::Duration::from_millis(500));
    first.stop().await.unwrap();
    // The lock is released by stop.
    second.connect().await.unwrap();
    second.stop().await.unwrap();
}

#[tokio::test]
async fn in_memory_leaves_no_file() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    c.invoke(&get_self()).await.unwrap();
    c.stop().await.unwrap();
    let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(entries.is_empty(), "{entries:?}");
}

#[tokio::test]
async fn an_exported_string_resumes_in_a_fresh_work_dir_without_a_key_exchange() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(dc.config(dir.path(), BOT2));
    first.connect().await.unwrap();
    first.invoke(&get_self()).await.unwrap();
    let string = first.export_session_string().await.unwrap();
    first.stop().await.unwrap();
    assert_eq!(dc.total_key_exchanges(), 1);

    let elsewhere = tempfile::tempdir().unwrap();
    let resumed = client(Config {
        session: SessionSource::String(string),
        bot_token: None,
        ..dc.config(elsewhere.path(), BOT2)
    });
    resumed.connect().await.unwrap();
    let users = resumed.invoke(&get_self()).await.unwrap();
    let [enums::User::User(me)] = users.as_slice() else {
        panic!("unexpected {users:?}");
    };
    assert_eq!(me.id, 7001, "still signed in");
    assert_eq!(dc.total_key_exchanges(), 1, "no new key exchange");
    resumed.stop().await.unwrap();
}

#[tokio::test]
async fn stop_leaves_no_task_running() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let metrics = tokio::runtime::Handle::current().metrics();
    let before = metrics.num_alive_tasks();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    c.invoke(&get_self()).await.unwrap();
    // A media session and an aux DC add connections (and tasks).
    c.dc_session(DcId::new(3).media()).await.unwrap();
    c.dc_session(DcId::new(1)).await.unwrap();
    assert!(metrics.num_alive_tasks() > before);
    c.stop().await.unwrap();
    assert_eq!(metrics.num_alive_tasks(), before);
    assert!(matches!(
        c.invoke(&get_self()).await,
        Err(InvokeError::NotConnected)
    ));
}

#[tokio::test]
async fn short_flood_waits_are_slept_through() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    dc.cluster.faults(2).unwrap().update(|f| {
        f.flood_wait.insert("users.getUsers".into(), 0);
    });
    // FLOOD_WAIT_0 is under the threshold: slept through (three times), then returned.
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert_eq!(err.flood_wait(), Some(std::time::Duration::ZERO));
    assert_eq!(dc.cluster.counters(2).errors("FLOOD_WAIT_0"), 4);
    dc.cluster.faults(2).unwrap().clear();
    c.invoke(&get_self()).await.unwrap();
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_request_without_an_answer_times_out_with_a_typed_error() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    // Long enough for connect's own calls on a loaded machine, short next to the delay.
    let c = client(Config {
        request_timeout: std::time::Duration::from_secs(2),
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.reply_delay = std::time::Duration::from_secs(60));
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert!(matches!(err, InvokeError::Timeout { .. }), "{err:?}");
    assert!(err.is_retryable());
    dc.cluster.faults(2).unwrap().clear();
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_sign_in_through_invoke_is_recorded_and_persisted() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        bot_token: None,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    assert_eq!(c.session().await.unwrap().identity, None);
    let login = mtrs_tl_api::functions::auth::ImportBotAuthorization {
        flags: 0,
        api_id: crate::support::API_ID,
        api_hash: crate::support::API_HASH.into(),
        bot_auth_token: "7002:dc1-bot-secret".into(),
    };
    c.invoke(&login).await.unwrap();
    // The bot lives on DC 1: the login migrated there and recorded the account.
    assert_eq!(c.home_dc().unwrap(), DcId::new(1));
    c.stop().await.unwrap();
    let again = client(Config {
        bot_token: None,
        ..dc.config(dir.path(), BOT2)
    });
    again.connect().await.unwrap();
    let session = again.session().await.unwrap();
    assert_eq!(session.home_dc.0, 1);
    let me = session.identity.unwrap();
    assert_eq!((me.user_id.0, me.bot), (7002, Some(true)));
    let users = again.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn a_session_reopened_from_its_file_needs_no_key_exchange_and_no_bad_server_salt() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(dc.config(dir.path(), BOT2));
    first.connect().await.unwrap();
    first.invoke(&get_self()).await.unwrap();
    first.stop().await.unwrap();
    let session = mtrs::SqliteStore::open(&mtrs::SqliteConfig::new(dir.path(), "session"))
        .unwrap()
        .load()
        .await
        .unwrap()
        .unwrap();
    let salts = &session.dcs[&session.home_dc].server_salts;
    assert!(
        salts.len() > 1,
        "the announced future salts are persisted with the current one: {}",
        salts.len()
    );

    let exchanges = dc.total_key_exchanges();
    let bad_salts = dc.cluster.counters(2).bad_server_salts;
    let second = client(dc.config(dir.path(), BOT2));
    second.connect().await.unwrap();
    second.invoke(&get_self()).await.unwrap();
    second.stop().await.unwrap();
    assert_eq!(dc.total_key_exchanges(), exchanges, "no key exchange");
    assert_eq!(
        dc.cluster.counters(2).bad_server_salts,
        bad_salts,
        "no bad_server_salt round trip"
    );
}

#[tokio::test]
async fn an_obfuscated2_client_runs_the_whole_lifecycle() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let base = dc.config(dir.path(), BOT2);
    let c = client(Config {
        connection: mtrs::LinkConfig {
            obfuscation: mtrs::Obfuscation::Obfuscated2,
            ..base.connection.clone()
        },
        ..base
    });
    let from = dc.cluster.events().len();
    c.connect().await.unwrap();
    let users = c.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1);
    c.dc_session(DcId::new(3).media()).await.unwrap();
    c.stop().await.unwrap();
    let seen: Vec<bool> = dc.cluster.events().snapshot()[from..]
        .iter()
        .filter_map(|e| match e {
            mtrs_testdc::Event::TransportDetected { obfuscated, .. } => Some(*obfuscated),
            _ => None,
        })
        .collect();
    assert!(seen.len() >= 2 && seen.iter().all(|o| *o), "{seen:?}");
}
