//! User sign-in against the test DC: login codes with PHONE_MIGRATE (the home DC and the
//! identity persisted), wrong and expired codes, the 2FA password with SRP, sign-up.

use std::path::Path;

use mtrs::{CodeKind, Config, DcId, LoginError, SignIn};
use mtrs_testdc::{CAROL_PASSWORD, FaultConfig};

use crate::support::{TestDc, client};

/// A client config without a bot token.
fn user_config(dc: &TestDc, dir: &Path) -> Config {
    Config {
        bot_token: None,
        ..dc.config(dir, "")
    }
}

#[tokio::test]
async fn code_login_follows_phone_migrate_and_persists_home_and_identity() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));

    let token = c.request_login_code("+999 661 0001").await.unwrap();
    assert_eq!(token.kind(), CodeKind::App { length: 5 });
    assert_eq!(dc.cluster.counters(2).errors("PHONE_MIGRATE_1"), 1);
    assert_eq!(c.home_dc().unwrap(), DcId::new(1));
    assert!(!format!("{token:?}").contains("9996610001"));

    let code = dc
        .cluster
        .login_code("9996610001")
        .expect("a code was sent");
    assert!(matches!(
        c.sign_in(&token, "00000").await,
        Err(LoginError::PhoneCodeInvalid)
    ));
    let SignIn::SignedIn(me) = c.sign_in(&token, &code).await.unwrap() else {
        panic!("not signed in");
    };
    assert_eq!(me.user_id.0, 1001);
    assert_eq!(me.first_name.as_deref(), Some("Alice"));
    c.stop().await.unwrap();

    // Persisted: a restart starts on DC 1, signed in.
    let again = client(user_config(&dc, dir.path()));
    again.connect().await.unwrap();
    let session = again.session().await.unwrap();
    assert_eq!(session.home_dc.0, 1);
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(1001));

    // Signing out logs the key out on the server and forgets the identity, persisted.
    let key_id = session.dcs[&DcId::new(1)]
        .auth_key
        .as_ref()
        .expect("a key on DC 1")
        .id()
        .0;
    assert_eq!(dc.cluster.key_user(1, key_id), Some(1001));
    again.sign_out().await.unwrap();
    assert_eq!(dc.cluster.key_user(1, key_id), None);
    assert_eq!(again.session().await.unwrap().identity, None);
    again.stop().await.unwrap();
    let third = client(user_config(&dc, dir.path()));
    third.connect().await.unwrap();
    let session = third.session().await.unwrap();
    assert_eq!((session.identity, session.home_dc.0), (None, 1));
    third.stop().await.unwrap();
}

#[tokio::test]
async fn two_factor_password_is_proven_with_srp() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    let token = c.request_login_code("+9996630003").await.unwrap();
    assert_eq!(c.home_dc().unwrap(), DcId::new(3));
    let code = dc
        .cluster
        .login_code("9996630003")
        .expect("a code was sent");
    let SignIn::PasswordRequired(password) = c.sign_in(&token, &code).await.unwrap() else {
        panic!("no password asked for");
    };
    assert_eq!(password.hint(), Some("carol's hint"));
    assert!(matches!(
        c.check_password(&password, "not carol's password").await,
        Err(LoginError::PasswordHashInvalid)
    ));
    assert_eq!(c.session().await.unwrap().identity, None);
    let me = c.check_password(&password, CAROL_PASSWORD).await.unwrap();
    assert_eq!(me.user_id.0, 1003);
    let session = c.session().await.unwrap();
    assert_eq!(session.home_dc.0, 3);
    assert_eq!(session.identity.map(|i| i.user_id.0), Some(1003));
    c.stop().await.unwrap();
    let logs = crate::support::log_capture();
    assert!(!logs.contains(CAROL_PASSWORD) && !logs.contains("9996630003"));
}

#[tokio::test]
async fn expired_codes_bad_numbers_and_sign_up() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(user_config(&dc, dir.path()));
    c.connect().await.unwrap();
    assert!(matches!(
        c.request_login_code("12ab").await,
        Err(LoginError::PhoneNumberInvalid)
    ));

    let token = c.request_login_code("9996620099").await.unwrap();
    let code = dc
        .cluster
        .login_code("9996620099")
        .expect("a code was sent");
    assert_eq!(dc.cluster.expire_login_codes(), 1);
    assert!(matches!(
        c.sign_in(&token, &code).await,
        Err(LoginError::PhoneCodeExpired)
    ));

    let token = c.request_login_code("9996620099").await.unwrap();
    let code = dc
        .cluster
        .login_code("9996620099")
        .expect("a code was sent");
    assert!(matches!(
        c.sign_in(&token, &code).await.unwrap(),
        SignIn::SignUpRequired
    ));
    assert!(matches!(
        c.sign_up(&token, "", "").await,
        Err(LoginError::FirstNameInvalid)
    ));
    let me = c.sign_up(&token, "Dave", "Doe").await.unwrap();
    assert_eq!(me.first_name.as_deref(), Some("Dave"));
    let session = c.session().await.unwrap();
    assert_eq!(session.identity.map(|i| i.user_id), Some(me.user_id));
    c.stop().await.unwrap();
}
