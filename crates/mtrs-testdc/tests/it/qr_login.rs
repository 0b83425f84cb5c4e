//! The QR code login: `auth.exportLoginToken`, another device accepting the token (the
//! cluster or the control interface), the `updateLoginToken` push to the exporting
//! session, `auth.loginTokenSuccess`, `auth.loginTokenMigrateTo` → `auth.importLoginToken`
//! on the user's DC, the 2FA password after it, and the token errors.

use base64::Engine as _;
use mtrs_testdc::{Cluster, DcId, Error};
use mtrs_tl_api::functions::auth;
use mtrs_tl_api::{enums, types};
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::client::{CallError, TestClient};
use crate::keyed_client;
use crate::updates::next_update;

fn export() -> auth::ExportLoginToken {
    auth::ExportLoginToken {
        api_id: 12345,
        api_hash: "0123456789abcdef".into(),
        except_ids: Vec::new(),
    }
}

fn url_of(token: &[u8]) -> String {
    format!(
        "tg://login?token={}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token)
    )
}

/// `auth.exportLoginToken` → the token shown (`auth.loginToken`) and its expiry.
async fn shown(c: &mut TestClient) -> (Vec<u8>, i32) {
    match c.call(&export()).await.expect("exportLoginToken") {
        enums::auth::LoginToken::LoginToken(t) => (t.token, t.expires),
        other => panic!("not auth.loginToken: {other:?}"),
    }
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn key_id(c: &TestClient) -> u64 {
    c.auth_key.as_ref().expect("a key").id().0
}

fn success_user(answer: enums::auth::LoginToken) -> i64 {
    let enums::auth::LoginToken::LoginTokenSuccess(types::auth::LoginTokenSuccess {
        authorization: enums::auth::Authorization::Authorization(a),
    }) = answer
    else {
        panic!("not auth.loginTokenSuccess: {answer:?}");
    };
    let enums::User::User(u) = a.user else {
        panic!("empty user");
    };
    u.id
}

#[tokio::test]
async fn accepted_token_pushes_the_update_and_signs_in_on_the_same_dc() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = keyed_client(&cluster, 2).await;
    let bad = auth::ExportLoginToken {
        api_id: 0,
        ..export()
    };
    assert!(matches!(c.call(&bad).await, Err(CallError::Rpc(e)) if e.name == "API_ID_INVALID"));
    let (token, expires) = shown(&mut c).await;
    assert!(i64::from(expires) > now_unix(), "expires in the future");
    // The same unexpired token again.
    assert_eq!(shown(&mut c).await.0, token);
    assert!(matches!(
        cluster.accept_login_token("tg://login?token=AAAA", 1002),
        Err(Error::LoginToken {
            refused: "AUTH_TOKEN_INVALID"
        })
    ));
    assert!(matches!(
        cluster.accept_login_token(&url_of(&token), 424242),
        Err(Error::UnknownPeer { id: 424242 })
    ));
    // Bob (DC 2) accepts: the exporting session gets updateShort(updateLoginToken).
    assert!(cluster.accept_login_token(&url_of(&token), 1002).unwrap());
    assert!(matches!(
        cluster.accept_login_token(&url_of(&token), 1002),
        Err(Error::LoginToken {
            refused: "AUTH_TOKEN_ALREADY_ACCEPTED"
        })
    ));
    let update = next_update(&mut c).await;
    assert!(
        matches!(
            &update,
            enums::Updates::UpdateShort(u) if u.update == enums::Update::UpdateLoginToken
        ),
        "{update:?}"
    );
    assert_eq!(success_user(c.call(&export()).await.unwrap()), 1002);
    assert_eq!(cluster.key_user(2, key_id(&c)), Some(1002));
    assert_eq!(cluster.counters(DcId::new(2)).logins, 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_user_of_another_dc_migrates_and_imports_there() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = keyed_client(&cluster, 2).await;
    let (token, _) = shown(&mut c).await;
    // Alice lives on DC 1.
    cluster.accept_login_token(&url_of(&token), 1001).unwrap();
    let enums::auth::LoginToken::LoginTokenMigrateTo(moved) = c.call(&export()).await.unwrap()
    else {
        panic!("not auth.loginTokenMigrateTo");
    };
    assert_eq!(moved.dc_id, 1);
    assert_eq!(cluster.key_user(2, key_id(&c)), None);
    let import = auth::ImportLoginToken {
        token: moved.token.clone(),
    };
    // Not on DC 2, and not twice on DC 1.
    assert!(
        matches!(c.call(&import).await, Err(CallError::Rpc(e)) if e.name == "AUTH_TOKEN_INVALID")
    );
    let mut on1 = keyed_client(&cluster, 1).await;
    assert_eq!(success_user(on1.call(&import).await.unwrap()), 1001);
    assert_eq!(cluster.key_user(1, key_id(&on1)), Some(1001));
    assert!(matches!(
        on1.call(&import).await,
        Err(CallError::Rpc(e)) if e.name == "AUTH_TOKEN_ALREADY_ACCEPTED"
    ));
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_2fa_account_needs_its_password_after_the_token() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = keyed_client(&cluster, 3).await;
    let (token, _) = shown(&mut c).await;
    cluster.accept_login_token(&url_of(&token), 1003).unwrap();
    assert!(matches!(
        c.call(&export()).await,
        Err(CallError::Rpc(e)) if e.name == "SESSION_PASSWORD_NEEDED"
    ));
    // The password is due on this key: account.getPassword answers it.
    let enums::account::Password::Password(p) = c
        .call(&mtrs_tl_api::functions::account::GetPassword)
        .await
        .unwrap();
    assert!(p.has_password);
    assert_eq!(cluster.key_user(3, key_id(&c)), None);
    cluster.shutdown().await;
}

#[tokio::test]
async fn expired_tokens_are_replaced_and_refused() {
    let cluster = Cluster::builder()
        .dcs(2)
        .login_token_lifetime(std::time::Duration::from_secs(1))
        .start()
        .await
        .unwrap();
    let mut c = keyed_client(&cluster, 2).await;
    let (first, expires) = shown(&mut c).await;
    // Wait on the server's clock for the expiry (whole seconds) by exporting until the
    // token changes; each export is a round trip, never a sleep.
    let mut next = first.clone();
    while next == first {
        next = shown(&mut c).await.0;
    }
    assert!(now_unix() >= i64::from(expires));
    assert!(matches!(
        cluster.accept_login_token(&url_of(&first), 1002),
        Err(Error::LoginToken {
            refused: "AUTH_TOKEN_EXPIRED"
        })
    ));
    cluster.set_login_token_lifetime(std::time::Duration::from_secs(30));
    cluster.shutdown().await;
}

#[tokio::test]
async fn the_control_interface_accepts_tokens() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let socket = tokio::net::TcpStream::connect(control.addr())
        .await
        .unwrap();
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read).lines();
    let mut ask = async |request: Value| -> Value {
        write
            .write_all(format!("{request}\n").as_bytes())
            .await
            .unwrap();
        let line = lines.next_line().await.unwrap().expect("an answer");
        serde_json::from_str(&line).unwrap()
    };
    let mut c = keyed_client(&cluster, 2).await;
    let (token, _) = shown(&mut c).await;
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&token);
    let answer = ask(json!({"cmd": "accept_login_token", "token": "AAAA", "user": 1002})).await;
    assert_eq!(answer["ok"], json!(false), "{answer}");
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("AUTH_TOKEN_INVALID")
    );
    let answer = ask(json!({"cmd": "accept_login_token", "token": encoded, "user": 1002})).await;
    assert_eq!(answer["ok"], json!(true), "{answer}");
    assert_eq!(answer["pushed"], json!(true), "{answer}");
    let answer = ask(json!({"cmd": "accept_login_token", "token": encoded, "user": 1002})).await;
    assert!(
        answer["error"]
            .as_str()
            .unwrap()
            .contains("AUTH_TOKEN_ALREADY_ACCEPTED"),
        "{answer}"
    );
    assert_eq!(success_user(c.call(&export()).await.unwrap()), 1002);
    control.shutdown().await;
    cluster.shutdown().await;
}
