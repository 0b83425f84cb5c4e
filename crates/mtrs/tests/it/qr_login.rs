//! User sign-in by QR code against the test DC: another device (the cluster) accepts the
//! shown `tg://login?token=…`; the pushed `updateLoginToken` wakes the client, which
//! finishes on the same DC or follows `auth.loginTokenMigrateTo` to the account's DC
//! (home switched, persisted); expired tokens are replaced; a 2FA account continues with
//! `check_password`; a restart needs no key exchange.

use std::path::Path;
use std::time::Duration;

use mtrs::{Config, DcId, LoginError, SignIn};
use mtrs_testdc::{CAROL_PASSWORD, FaultConfig};
use tokio::sync::mpsc;

use crate::support::{TestDc, client};

/// A client config without a bot token.
fn user_config(dc: &TestDc, dir: &Path) -> Config {
    Config {
        bot_token: None,
        ..dc.config(dir, "")
    }
}

/// Runs `qr_login` in a task; the URLs it shows come out of the receiver.
fn start_qr_login(
    c: &mtrs::Client,
) -> (
    mpsc::UnboundedReceiver<String>,
    tokio::task::JoinHandle<Result<SignIn, LoginError>>,
) {
    let (tx, rx) = mpsc::unbounded_channel();
    let c = c.clone();
    let task = tokio::spawn(async move {
        c.qr_login(move |token| {
            let _ = tx.send(token.url());
        })
        .await
    });
    (rx, task)
}

async fn next_url(urls: &mut mpsc::UnboundedReceiver<String>) -> String {
    let url = urls.recv().await.expect("a token is shown");
    assert!(url.starts_with("tg://login?token="), "{url}");
    assert!(!url.ends_with('='), "base64url without padding: {url}");
    url
}

#[tokio::test]
async fn qr_login_on_the_same_dc_is_woken_by_the_push_and_survives_a_restart() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    let (mut urls, task) = start_qr_login(&c);
    let url = next_url(&mut urls).await;
    // Bob lives on DC 2, the client's home: the push wakes it at once (tokens live 30 s).
    assert!(dc.cluster.accept_login_token(&url, 1002).unwrap());
    let SignIn::SignedIn(me) = task.await.unwrap().unwrap() else {
        panic!("not signed in");
    };
    assert_eq!(me.user_id.0, 1002);
    assert_eq!(me.first_name.as_deref(), Some("Bob"));
    let counters = dc.cluster.counters(2);
    assert_eq!(
        counters.executed("auth.exportLoginToken"),
        2,
        "{counters:?}"
    );
    assert_eq!(counters.updates_pushed, 1);
    assert!(urls.try_recv().is_err(), "one token was shown");
    let session = c.session().await.unwrap();
    assert_eq!(session.home_dc, DcId::new(2));
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(1002));
    c.stop().await.unwrap();
    let logs = crate::support::log_capture();
    assert!(!logs.contains(url.trim_start_matches("tg://login?token=")));

    // A restart: no key exchange, still signed in as Bob.
    let exchanges = dc.total_key_exchanges();
    let again = client(user_config(&dc, dir.path()));
    again.connect().await.unwrap();
    assert_eq!(again.get_me().await.unwrap().id, 1002);
    assert_eq!(again.home_dc().unwrap(), DcId::new(2));
    assert_eq!(dc.total_key_exchanges(), exchanges);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn qr_login_follows_login_token_migrate_to_and_persists_the_new_home() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));
    let (mut urls, task) = start_qr_login(&c);
    let url = next_url(&mut urls).await;
    // Alice lives on DC 1.
    dc.cluster.accept_login_token(&url, 1001).unwrap();
    let SignIn::SignedIn(me) = task.await.unwrap().unwrap() else {
        panic!("not signed in");
    };
    assert_eq!(me.user_id.0, 1001);
    assert_eq!(c.home_dc().unwrap(), DcId::new(1));
    assert_eq!(dc.cluster.counters(1).executed("auth.importLoginToken"), 1);
    assert_eq!(dc.cluster.counters(2).logins, 0);
    assert_eq!(c.get_me().await.unwrap().id, 1001);
    c.stop().await.unwrap();

    let exchanges = dc.total_key_exchanges();
    let again = client(user_config(&dc, dir.path()));
    again.connect().await.unwrap();
    let session = again.session().await.unwrap();
    assert_eq!(session.home_dc, DcId::new(1));
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(1001));
    assert_eq!(again.get_me().await.unwrap().id, 1001);
    assert_eq!(dc.total_key_exchanges(), exchanges);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn an_expired_token_is_replaced_by_a_new_one() {
    let dc = TestDc::start(FaultConfig::default());
    // Tokens exported now expire within two seconds (whole seconds on the wire).
    dc.cluster.set_login_token_lifetime(Duration::from_secs(2));
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    let (mut urls, task) = start_qr_login(&c);
    let first = next_url(&mut urls).await;
    // The next token lives long enough for the test to accept it.
    dc.cluster.set_login_token_lifetime(Duration::from_secs(30));
    // Waiting on the event: the client shows the second token once the first expired.
    let second = next_url(&mut urls).await;
    assert_ne!(first, second);
    assert!(matches!(
        dc.cluster.accept_login_token(&first, 1002),
        Err(mtrs_testdc::Error::LoginToken {
            refused: "AUTH_TOKEN_EXPIRED"
        })
    ));
    dc.cluster.accept_login_token(&second, 1002).unwrap();
    let SignIn::SignedIn(me) = task.await.unwrap().unwrap() else {
        panic!("not signed in");
    };
    assert_eq!(me.user_id.0, 1002);
    assert_eq!(
        c.session().await.unwrap().identity.map(|i| i.user_id.0),
        Some(1002)
    );
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_2fa_account_continues_with_check_password() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    let (mut urls, task) = start_qr_login(&c);
    let url = next_url(&mut urls).await;
    // Carol lives on DC 3 and has a 2FA password.
    dc.cluster.accept_login_token(&url, 1003).unwrap();
    let SignIn::PasswordRequired(password) = task.await.unwrap().unwrap() else {
        panic!("no password asked for");
    };
    assert_eq!(password.hint(), Some("carol's hint"));
    assert_eq!(c.home_dc().unwrap(), DcId::new(3));
    assert_eq!(c.session().await.unwrap().identity, None);
    assert!(matches!(
        c.check_password(&password, "not carol's password").await,
        Err(LoginError::PasswordHashInvalid)
    ));
    let me = c.check_password(&password, CAROL_PASSWORD).await.unwrap();
    assert_eq!(me.user_id.0, 1003);
    let session = c.session().await.unwrap();
    assert_eq!(session.home_dc, DcId::new(3));
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(1003));
    c.stop().await.unwrap();
}

#[tokio::test]
async fn export_login_token_steps_and_token_errors() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    let mtrs::QrLogin::Pending(token) = c.export_login_token().await.unwrap() else {
        panic!("not pending");
    };
    assert!(!format!("{token:?}").contains(&token.url()[17..]));
    // Unexpired: the same token again.
    let mtrs::QrLogin::Pending(same) = c.export_login_token().await.unwrap() else {
        panic!("not pending");
    };
    assert_eq!(same.token(), token.token());
    dc.cluster.accept_login_token(&token.url(), 1002).unwrap();
    assert!(c.wait_login_token(&token).await, "woken by the push");
    let mtrs::QrLogin::SignedIn(me) = c.export_login_token().await.unwrap() else {
        panic!("not signed in");
    };
    assert_eq!(me.user_id.0, 1002);
    // A token nobody exported.
    let bogus = mtrs::api::functions::auth::ImportLoginToken {
        token: vec![1, 2, 3],
    };
    let e = LoginError::from(c.invoke(&bogus).await.unwrap_err());
    assert!(matches!(e, LoginError::LoginTokenInvalid), "{e:?}");
    c.stop().await.unwrap();
}
