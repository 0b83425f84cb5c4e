//! A server that rejects keys or sessions: bounded re-keying, no dead-but-connected
//! client, typed errors and hooks that fire once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use mtrs::{Config, InvokeError, SessionSource};
use mtrs_testdc::{FaultConfig, RejectKeys};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, TestDc, client};

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

fn counter() -> (
    Arc<AtomicUsize>,
    impl Fn(mtrs::LinkInfo) + Send + Sync + 'static,
) {
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    (count, move |_| {
        c.fetch_add(1, Ordering::SeqCst);
    })
}

#[tokio::test]
async fn a_dc_rejecting_every_key_gets_at_most_three_new_ones_then_the_client_is_down() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    let (downs, on_down) = counter();
    let (ups, on_up) = counter();
    c.on_disconnect(on_down);
    c.on_reconnect(on_up);
    c.connect().await.unwrap();
    c.invoke(&get_self()).await.unwrap();
    assert_eq!(dc.key_exchanges(2), 1);

    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.reject_keys = Some(RejectKeys::Forever));
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert!(
        matches!(err, InvokeError::RekeyLimit { dc, .. } if dc.number() == 2),
        "{err:?}"
    );
    assert_eq!(
        dc.key_exchanges(2),
        1 + 3,
        "three new keys in the window, then no more"
    );
    assert!(!c.is_connected(), "visibly down, not dead-but-connected");
    assert_eq!(downs.load(Ordering::SeqCst), 1, "on_disconnect fired once");
    assert_eq!(ups.load(Ordering::SeqCst), 0);

    // Further calls fail at once with the same typed error and make no key.
    for _ in 0..3 {
        let err = c.invoke(&get_self()).await.unwrap_err();
        assert!(matches!(err, InvokeError::RekeyLimit { .. }), "{err:?}");
    }
    assert_eq!(dc.key_exchanges(2), 4);
    assert_eq!(downs.load(Ordering::SeqCst), 1);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_few_rejections_are_repaired_and_the_hooks_see_one_round_trip() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    let (downs, on_down) = counter();
    let (ups, on_up) = counter();
    c.on_disconnect(on_down);
    c.on_reconnect(on_up);
    c.connect().await.unwrap();
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.reject_keys = Some(RejectKeys::Next(1)));
    let users = c.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1, "the call succeeds on a new key");
    assert_eq!(dc.key_exchanges(2), 2);
    assert!(c.is_connected());
    assert_eq!(
        (downs.load(Ordering::SeqCst), ups.load(Ordering::SeqCst)),
        (1, 1)
    );
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_revoked_bot_session_signs_in_again_once() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    let revoked = Arc::new(AtomicUsize::new(0));
    {
        let revoked = revoked.clone();
        c.on_session_revoked(move |reason| {
            assert_eq!(reason.name, "SESSION_REVOKED");
            revoked.fetch_add(1, Ordering::SeqCst);
        });
    }
    c.connect().await.unwrap();
    let logins = dc.cluster.counters(2).calls("auth.importBotAuthorization");
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.session_revoked = 1);
    let users = c.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(
        dc.cluster.counters(2).calls("auth.importBotAuthorization") - logins,
        1,
        "signed in again exactly once"
    );
    assert_eq!(revoked.load(Ordering::SeqCst), 1);
    assert!(c.session().await.unwrap().identity.is_some());
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_revoked_session_without_a_token_is_signed_out_with_a_typed_error() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(dc.config(dir.path(), BOT2));
    first.connect().await.unwrap();
    first.stop().await.unwrap();

    // The same session, resumed without the bot token (as a user session would be).
    let c = client(Config {
        bot_token: None,
        ..dc.config(dir.path(), BOT2)
    });
    let revoked = Arc::new(AtomicUsize::new(0));
    {
        let revoked = revoked.clone();
        c.on_session_revoked(move |_| {
            revoked.fetch_add(1, Ordering::SeqCst);
        });
    }
    c.connect().await.unwrap();
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.session_revoked = 1);
    let err = c.invoke(&get_self()).await.unwrap_err();
    assert!(
        matches!(&err, InvokeError::SessionRevoked { reason } if reason.name == "SESSION_REVOKED"),
        "{err:?}"
    );
    assert_eq!(revoked.load(Ordering::SeqCst), 1);
    assert!(c.session().await.unwrap().identity.is_none());
    c.stop().await.unwrap();

    // The sign-out was persisted: the key stays, the identity is gone.
    let again = client(Config {
        bot_token: None,
        ..dc.config(dir.path(), BOT2)
    });
    again.connect().await.unwrap();
    let session = again.session().await.unwrap();
    assert!(session.identity.is_none());
    assert!(session.home_auth_key().is_some());
    assert_eq!(dc.total_key_exchanges(), 1);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn auth_key_duplicated_replaces_the_key_and_the_call_succeeds() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        session: SessionSource::Memory,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let old_key = c.session().await.unwrap().home_auth_key().map(|k| k.id());
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.auth_key_duplicated = 1);
    let users = c.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1);
    assert_eq!(dc.key_exchanges(2), 2, "one new key");
    let new_key = c.session().await.unwrap().home_auth_key().map(|k| k.id());
    assert_ne!(old_key, new_key);
    c.stop().await.unwrap();
}
