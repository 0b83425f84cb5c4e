//! User sign-in: login codes (PHONE_MIGRATE, wrong, expired), sign-up of an unregistered
//! number, and the 2FA password checked with real SRP (client side: `mtrs_crypto::srp`).

use mtrs_crypto::dh::DhGroup;
use mtrs_crypto::srp::{self, PasswordHash};
use mtrs_testdc::{CAROL_PASSWORD, Cluster, DcId};
use mtrs_tl_api::functions::{account, auth, updates};
use mtrs_tl_api::{enums, types};

use crate::client::TestClient;
use crate::keyed_client;

fn send_code(phone: &str) -> auth::SendCode {
    auth::SendCode {
        phone_number: phone.into(),
        api_id: 12345,
        api_hash: "0123456789abcdef".into(),
        settings: enums::CodeSettings::CodeSettings(types::CodeSettings {
            allow_flashcall: false,
            current_number: false,
            allow_app_hash: false,
            allow_missed_call: false,
            allow_firebase: false,
            unknown_number: false,
            logout_tokens: None,
            token: None,
            app_sandbox: None,
        }),
    }
}

fn sign_in(phone: &str, hash: &str, code: Option<&str>) -> auth::SignIn {
    auth::SignIn {
        phone_number: phone.into(),
        phone_code_hash: hash.into(),
        phone_code: code.map(Into::into),
        email_verification: None,
    }
}

/// `auth.sendCode` → the `phone_code_hash` (checking the code type).
async fn code_hash(c: &mut TestClient, phone: &str) -> String {
    let enums::auth::SentCode::SentCode(sent) = c.call(&send_code(phone)).await.unwrap() else {
        panic!("not auth.sentCode");
    };
    assert!(matches!(
        sent.r#type,
        enums::auth::SentCodeType::SentCodeTypeApp(types::auth::SentCodeTypeApp { length: 5 })
    ));
    sent.phone_code_hash.to_str_lossy().into_owned()
}

fn user_of(a: enums::auth::Authorization) -> types::User {
    let enums::auth::Authorization::Authorization(a) = a else {
        panic!("sign-up required");
    };
    let enums::User::User(u) = a.user else {
        panic!("empty user");
    };
    u
}

#[tokio::test]
async fn phone_code_migrates_then_signs_in_at_home() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut dc1 = keyed_client(&cluster, 1).await;
    let e = dc1.call(&send_code("+999 662 0002")).await.unwrap_err();
    assert_eq!(e.message(), "PHONE_MIGRATE_2");
    let e = dc1.call(&send_code("12ab5678")).await.unwrap_err();
    assert_eq!(e.message(), "PHONE_NUMBER_INVALID");

    let mut c = keyed_client(&cluster, 2).await;
    let hash = code_hash(&mut c, "+999 662 0002").await;
    assert_eq!(cluster.login_code("9996620002").as_deref(), Some("22222"));
    let phone = "9996620002";
    let e = c.call(&sign_in(phone, &hash, None)).await.unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_EMPTY");
    let e = c
        .call(&sign_in(phone, &hash, Some("12345")))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_INVALID");
    let e = c
        .call(&sign_in(phone, "nohash", Some("22222")))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_EXPIRED");
    let e = c.call(&updates::GetState).await.unwrap_err();
    assert_eq!(e.message(), "AUTH_KEY_UNREGISTERED");

    let me = user_of(c.call(&sign_in(phone, &hash, Some("22222"))).await.unwrap());
    assert_eq!((me.id, me.is_self, me.bot), (1002, true, false));
    c.call(&updates::GetState).await.unwrap();
    assert_eq!(cluster.counters(DcId::new(2)).logins, 1);
    // The code is used up.
    let e = c
        .call(&sign_in(phone, &hash, Some("22222")))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_EXPIRED");
    cluster.shutdown().await;
}

#[tokio::test]
async fn expired_codes_are_refused() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let hash = code_hash(&mut c, "9996610001").await;
    assert_eq!(cluster.expire_login_codes(), 1);
    assert_eq!(cluster.login_code("9996610001"), None);
    let e = c
        .call(&sign_in("9996610001", &hash, Some("11111")))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_EXPIRED");
    // A new code works.
    let hash = code_hash(&mut c, "9996610001").await;
    let me = user_of(
        c.call(&sign_in("9996610001", &hash, Some("11111")))
            .await
            .unwrap(),
    );
    assert_eq!(me.id, 1001);
    cluster.shutdown().await;
}

#[tokio::test]
async fn unregistered_number_signs_up() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = keyed_client(&cluster, 2).await;
    let phone = "9996627777";
    let hash = code_hash(&mut c, phone).await;
    let sign_up = |first: &str| auth::SignUp {
        no_joined_notifications: false,
        phone_number: phone.into(),
        phone_code_hash: hash.as_str().into(),
        first_name: first.into(),
        last_name: "".into(),
    };
    // Not before the code was confirmed.
    let e = c.call(&sign_up("Dave")).await.unwrap_err();
    assert_eq!(e.message(), "PHONE_CODE_EXPIRED");
    let answer = c.call(&sign_in(phone, &hash, Some("22222"))).await.unwrap();
    assert!(matches!(
        answer,
        enums::auth::Authorization::AuthorizationSignUpRequired(_)
    ));
    let e = c.call(&sign_up("  ")).await.unwrap_err();
    assert_eq!(e.message(), "FIRSTNAME_INVALID");
    let me = user_of(c.call(&sign_up("Dave")).await.unwrap());
    assert_eq!(
        me.first_name
            .map(|n| n.to_str_lossy().into_owned())
            .as_deref(),
        Some("Dave")
    );
    assert_eq!(cluster.key_user(DcId::new(2), key_id(&c)), Some(me.id));
    c.call(&updates::GetState).await.unwrap();

    // The number is registered now: a second sign-in on another key logs in directly.
    let mut again = keyed_client(&cluster, 2).await;
    let hash = code_hash(&mut again, phone).await;
    let second = user_of(
        again
            .call(&sign_in(phone, &hash, Some("22222")))
            .await
            .unwrap(),
    );
    assert_eq!(second.id, me.id);
    cluster.shutdown().await;
}

fn key_id(c: &TestClient) -> u64 {
    c.auth_key.as_ref().expect("a key").id().0
}

/// `account.getPassword` and a proof of `password` for it.
async fn password_check(
    c: &mut TestClient,
    password: &str,
) -> (types::account::Password, auth::CheckPassword) {
    let enums::account::Password::Password(p) = c.call(&account::GetPassword).await.unwrap();
    let Some(
        enums::PasswordKdfAlgo::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(
            algo,
        ),
    ) = p.current_algo.clone()
    else {
        panic!("no current algorithm");
    };
    let group = DhGroup::new(algo.g, &algo.p).unwrap();
    let x = PasswordHash::new(password.as_bytes(), &algo.salt1, &algo.salt2);
    let mut a = [0u8; 256];
    crate::client::rng(&mut a);
    let srp_b = p.srp_b.clone().expect("srp_B");
    let proof = srp::client_proof(&group, &x, &algo.salt1, &algo.salt2, &srp_b, &a).unwrap();
    let check = auth::CheckPassword {
        password: enums::InputCheckPasswordSRP::InputCheckPasswordSrp(
            types::InputCheckPasswordSrp {
                srp_id: p.srp_id.expect("srp_id"),
                a: proof.a.to_vec(),
                m1: proof.m1.to_vec(),
            },
        ),
    };
    (p, check)
}

#[tokio::test]
async fn two_factor_password_is_checked_with_srp() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = keyed_client(&cluster, 3).await;
    let phone = "9996630003";
    let hash = code_hash(&mut c, phone).await;
    let e = c
        .call(&sign_in(phone, &hash, Some("33333")))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "SESSION_PASSWORD_NEEDED");
    let e = c.call(&updates::GetState).await.unwrap_err();
    assert_eq!(e.message(), "AUTH_KEY_UNREGISTERED");

    // A wrong password, then the same srp_id again.
    let (info, wrong) = password_check(&mut c, "not carol's").await;
    assert!(info.has_password);
    assert_eq!(
        info.hint.map(|h| h.to_str_lossy().into_owned()).as_deref(),
        Some("carol's hint")
    );
    let e = c.call(&wrong).await.unwrap_err();
    assert_eq!(e.message(), "PASSWORD_HASH_INVALID");
    let e = c.call(&wrong).await.unwrap_err();
    assert_eq!(e.message(), "SRP_ID_INVALID");

    // A hostile A, and an empty check.
    let (_, mut hostile) = password_check(&mut c, CAROL_PASSWORD).await;
    if let enums::InputCheckPasswordSRP::InputCheckPasswordSrp(input) = &mut hostile.password {
        input.a = vec![1];
    }
    let e = c.call(&hostile).await.unwrap_err();
    assert_eq!(e.message(), "PASSWORD_HASH_INVALID");
    let empty = auth::CheckPassword {
        password: enums::InputCheckPasswordSRP::InputCheckPasswordEmpty,
    };
    let e = c.call(&empty).await.unwrap_err();
    assert_eq!(e.message(), "PASSWORD_HASH_INVALID");

    // Another key cannot use this key's srp_id.
    let (_, right) = password_check(&mut c, CAROL_PASSWORD).await;
    let mut other = keyed_client(&cluster, 3).await;
    let e = other.call(&right).await.unwrap_err();
    assert_eq!(e.message(), "SRP_ID_INVALID");

    let me = user_of(c.call(&right).await.unwrap());
    assert_eq!(me.id, 1003);
    c.call(&updates::GetState).await.unwrap();
    assert_eq!(cluster.key_user(DcId::new(3), key_id(&c)), Some(1003));
    cluster.shutdown().await;
}

#[tokio::test]
async fn account_without_password_says_so() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let enums::account::Password::Password(p) = c.call(&account::GetPassword).await.unwrap();
    assert!(!p.has_password);
    assert_eq!((p.current_algo, p.srp_b, p.srp_id), (None, None, None));
    cluster.shutdown().await;
}
