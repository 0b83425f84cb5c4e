//! Every RPC the test DC answers, with its errors.

use mtrs_testdc::{Cluster, DcId, Event};
use mtrs_tl::mtproto::enums as mt_enums;
use mtrs_tl::mtproto::functions as mt;
use mtrs_tl_api::functions::{auth, contacts, help, updates, upload, users};
use mtrs_tl_api::{enums, types};

use crate::client::WAIT;
use crate::{BOT_TOKEN, bot_client, bot_login, keyed_client};

fn user_id(user: &enums::User) -> i64 {
    match user {
        enums::User::User(u) => u.id,
        enums::User::UserEmpty(u) => u.id,
    }
}

#[tokio::test]
async fn login_required_methods_answer_401_before_login() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let unregistered = "AUTH_KEY_UNREGISTERED";
    let e = c.call(&updates::GetState).await.unwrap_err();
    assert_eq!(e.message(), unregistered);
    let e = c
        .call(&users::GetUsers {
            id: vec![enums::InputUser::InputUserSelf],
        })
        .await
        .unwrap_err();
    assert_eq!(e.message(), unregistered);
    let e = c
        .call(&contacts::ResolveUsername {
            username: "alice".into(),
            referer: None,
        })
        .await
        .unwrap_err();
    assert_eq!(e.message(), unregistered);
    let e = c
        .call(&auth::ExportAuthorization { dc_id: 2 })
        .await
        .unwrap_err();
    assert_eq!(e.message(), unregistered);
    let e = c.call(&auth::LogOut).await.unwrap_err();
    assert_eq!(e.message(), unregistered);
    assert_eq!(cluster.counters(DcId::new(1)).errors(unregistered), 5);
    // Methods without login still work.
    c.call(&help::GetConfig).await.unwrap();
    cluster.shutdown().await;
}

#[tokio::test]
async fn bot_login_migrates_rejects_bad_tokens_and_succeeds_at_home() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let e = c.call(&bot_login(BOT_TOKEN)).await.unwrap_err();
    assert_eq!(e.message(), "USER_MIGRATE_2");
    let e = c.call(&bot_login("7001:wrong-secret")).await.unwrap_err();
    assert_eq!(e.message(), "ACCESS_TOKEN_INVALID");

    let mut home = keyed_client(&cluster, 2).await;
    let enums::auth::Authorization::Authorization(a) =
        home.call(&bot_login(BOT_TOKEN)).await.unwrap()
    else {
        panic!("sign-up required?");
    };
    let enums::User::User(me) = &a.user else {
        panic!("empty user")
    };
    assert!(me.is_self && me.bot);
    assert_eq!(me.id, 7001);
    cluster
        .events()
        .wait_for(0, WAIT, |e| {
            matches!(
                e,
                Event::LoggedIn {
                    dc_id: 2,
                    user_id: 7001,
                    ..
                }
            )
        })
        .await
        .unwrap();
    // Logged in: getState and getUsers work.
    let enums::updates::State::State(state) = home.call(&updates::GetState).await.unwrap();
    assert!(state.date > 0);
    let found = home
        .call(&users::GetUsers {
            id: vec![
                enums::InputUser::InputUserSelf,
                enums::InputUser::InputUser(types::InputUser {
                    user_id: 1001,
                    access_hash: cluster.fixture().account_by_id(1001).unwrap().access_hash,
                }),
                enums::InputUser::InputUser(types::InputUser {
                    user_id: 1002,
                    access_hash: 1,
                }),
            ],
        })
        .await
        .unwrap();
    assert_eq!(
        found.iter().map(user_id).collect::<Vec<_>>(),
        [7001, 1001, 1002]
    );
    assert!(matches!(&found[0], enums::User::User(u) if u.is_self));
    assert!(
        matches!(&found[1], enums::User::User(u) if !u.is_self && u.first_name.as_ref().is_some_and(|n| n == "Alice"))
    );
    assert!(
        matches!(&found[2], enums::User::UserEmpty(_)),
        "wrong access hash"
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn resolve_username_users_channels_and_errors() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = bot_client(&cluster).await;
    let resolve = |name: &str| contacts::ResolveUsername {
        username: name.into(),
        referer: None,
    };
    let enums::contacts::ResolvedPeer::ResolvedPeer(r) = c.call(&resolve("Alice")).await.unwrap();
    assert!(matches!(
        r.peer,
        enums::Peer::PeerUser(types::PeerUser { user_id: 1001 })
    ));
    assert_eq!(r.users.iter().map(user_id).collect::<Vec<_>>(), [1001]);
    let enums::contacts::ResolvedPeer::ResolvedPeer(r) =
        c.call(&resolve("mtrs_news")).await.unwrap();
    assert!(matches!(
        r.peer,
        enums::Peer::PeerChannel(types::PeerChannel { channel_id: 5001 })
    ));
    assert!(matches!(&r.chats[..], [enums::Chat::Channel(ch)] if ch.title == "mtrs news"));
    assert_eq!(
        c.call(&resolve("nobody_here")).await.unwrap_err().message(),
        "USERNAME_NOT_OCCUPIED"
    );
    assert_eq!(
        c.call(&resolve("a!")).await.unwrap_err().message(),
        "USERNAME_INVALID"
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn authorization_transfer_is_bound_to_user_and_dc() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut home = bot_client(&cluster).await;
    assert_eq!(
        home.call(&auth::ExportAuthorization { dc_id: 2 })
            .await
            .unwrap_err()
            .message(),
        "DC_ID_INVALID"
    );
    assert_eq!(
        home.call(&auth::ExportAuthorization { dc_id: 9 })
            .await
            .unwrap_err()
            .message(),
        "DC_ID_INVALID"
    );
    let enums::auth::ExportedAuthorization::ExportedAuthorization(exported) = home
        .call(&auth::ExportAuthorization { dc_id: 3 })
        .await
        .unwrap();
    assert_eq!(exported.id, 7001);
    assert_eq!(cluster.counters(DcId::new(2)).export_authorization, 1);

    // Wrong DC, wrong user, wrong bytes.
    let mut dc1 = keyed_client(&cluster, 1).await;
    let import = |id, bytes: &Vec<u8>| auth::ImportAuthorization {
        id,
        bytes: bytes.clone(),
    };
    assert_eq!(
        dc1.call(&import(7001, &exported.bytes))
            .await
            .unwrap_err()
            .message(),
        "AUTH_BYTES_INVALID"
    );
    let mut dc3 = keyed_client(&cluster, 3).await;
    assert_eq!(
        dc3.call(&import(1001, &exported.bytes))
            .await
            .unwrap_err()
            .message(),
        "AUTH_BYTES_INVALID"
    );
    let mut tampered = exported.bytes.clone();
    tampered[0] ^= 1;
    assert_eq!(
        dc3.call(&import(7001, &tampered))
            .await
            .unwrap_err()
            .message(),
        "AUTH_BYTES_INVALID"
    );
    // The right one.
    let enums::auth::Authorization::Authorization(a) =
        dc3.call(&import(7001, &exported.bytes)).await.unwrap()
    else {
        panic!("sign-up required?");
    };
    assert_eq!(user_id(&a.user), 7001);
    assert_eq!(cluster.counters(DcId::new(3)).import_authorization, 1);
    let me = dc3
        .call(&users::GetUsers {
            id: vec![enums::InputUser::InputUserSelf],
        })
        .await
        .unwrap();
    assert_eq!(me.iter().map(user_id).collect::<Vec<_>>(), [7001]);
    cluster.shutdown().await;
}

#[tokio::test]
async fn log_out_ends_the_authorization_of_that_key_only() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut a = bot_client(&cluster).await;
    let mut b = bot_client(&cluster).await;
    let enums::auth::LoggedOut::LoggedOut(_) = a.call(&auth::LogOut).await.unwrap();
    assert_eq!(
        a.call(&updates::GetState).await.unwrap_err().message(),
        "AUTH_KEY_UNREGISTERED"
    );
    b.call(&updates::GetState).await.unwrap();
    cluster.shutdown().await;
}

fn file_location(cluster: &Cluster, id: i64) -> enums::InputFileLocation {
    cluster.fixture().file_by_id(id).unwrap().input_location()
}

fn get_file(location: enums::InputFileLocation, offset: i64, limit: i32) -> upload::GetFile {
    upload::GetFile {
        precise: false,
        cdn_supported: false,
        location,
        offset,
        limit,
    }
}

#[tokio::test]
async fn get_file_migrates_checks_limits_and_returns_the_bytes() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut home = bot_client(&cluster).await;
    let location = file_location(&cluster, 9003);
    let e = home
        .call(&get_file(location.clone(), 0, 128 * 1024))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "FILE_MIGRATE_3");

    // Log in on DC 3 through an authorization transfer, then download in parts.
    let enums::auth::ExportedAuthorization::ExportedAuthorization(exported) = home
        .call(&auth::ExportAuthorization { dc_id: 3 })
        .await
        .unwrap();
    let mut dc3 = keyed_client(&cluster, 3).await;
    dc3.call(&auth::ImportAuthorization {
        id: exported.id,
        bytes: exported.bytes,
    })
    .await
    .unwrap();
    assert_eq!(
        dc3.call(&get_file(location.clone(), 0, 1000))
            .await
            .unwrap_err()
            .message(),
        "LIMIT_INVALID"
    );
    assert_eq!(
        dc3.call(&get_file(location.clone(), 100, 4096))
            .await
            .unwrap_err()
            .message(),
        "OFFSET_INVALID"
    );
    let part = 128 * 1024;
    let mut downloaded = Vec::new();
    loop {
        let enums::upload::File::File(f) = dc3
            .call(&get_file(location.clone(), downloaded.len() as i64, part))
            .await
            .unwrap()
        else {
            panic!("cdn redirect");
        };
        let done = f.bytes.len() < part as usize;
        downloaded.extend_from_slice(&f.bytes);
        if done {
            break;
        }
    }
    assert_eq!(
        downloaded,
        cluster.fixture().file_by_id(9003).unwrap().bytes
    );
    assert_eq!(cluster.counters(DcId::new(3)).calls("upload.getFile"), 5);
    // Unknown file.
    let mut bad = location.clone();
    if let enums::InputFileLocation::InputDocumentFileLocation(l) = &mut bad {
        l.access_hash ^= 1;
    }
    assert_eq!(
        dc3.call(&get_file(bad, 0, part))
            .await
            .unwrap_err()
            .message(),
        "FILE_ID_INVALID"
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn service_queries_and_unknown_methods() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let mt_enums::Pong::Pong(pong) = c.call(&mt::Ping { ping_id: 42 }).await.unwrap();
    assert_eq!(pong.ping_id, 42);
    let mt_enums::FutureSalts::FutureSalts(salts) =
        c.call(&mt::GetFutureSalts { num: 3 }).await.unwrap();
    assert_eq!(salts.salts.len(), 3);
    let destroyed = c
        .call(&mt::DestroySession { session_id: 77 })
        .await
        .unwrap();
    assert!(matches!(
        destroyed,
        mt_enums::DestroySessionRes::DestroySessionNone(_)
    ));
    // An API method the cluster does not implement: 400, never a hang.
    let e = c
        .call(&mtrs_tl_api::functions::messages::GetDialogFilters)
        .await
        .unwrap_err();
    assert_eq!(e.message(), "INPUT_METHOD_INVALID");
    // Garbage bytes as a query.
    let e = c.call_raw(vec![1, 2, 3, 4, 5, 6, 7, 8]).await.unwrap_err();
    assert_eq!(e.message(), "INPUT_METHOD_INVALID");
    // Wrappers are peeled and counted.
    let wrapped = mtrs_tl_api::functions::InvokeWithLayer {
        layer: cluster.layer(),
        query: mtrs_tl_api::functions::InitConnection {
            api_id: 1,
            device_model: "test".into(),
            system_version: "1".into(),
            app_version: "1".into(),
            system_lang_code: "en".into(),
            lang_pack: "".into(),
            lang_code: "en".into(),
            proxy: None,
            params: None,
            query: help::GetNearestDc,
        },
    };
    let enums::NearestDc::NearestDc(n) = c.call(&wrapped).await.unwrap();
    assert_eq!(n.this_dc, 1);
    // The client acknowledges the answers it got (msgs_ack rides with the next query).
    c.call(&help::GetNearestDc).await.unwrap();
    let counters = cluster.counters(DcId::new(1));
    for method in [
        "ping",
        "get_future_salts",
        "destroy_session",
        "invokeWithLayer",
        "initConnection",
        "msgs_ack",
    ] {
        assert!(counters.calls(method) >= 1, "{method}: {counters:?}");
    }
    assert_eq!(counters.calls("help.getNearestDc"), 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn ping_delay_disconnect_closes_the_connection_after_the_delay() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let from = cluster.events().len();
    let started = std::time::Instant::now();
    let mt_enums::Pong::Pong(pong) = c
        .call(&mt::PingDelayDisconnect {
            ping_id: 9,
            disconnect_delay: 1,
        })
        .await
        .unwrap();
    assert_eq!(pong.ping_id, 9);
    let (_, closed) = cluster
        .events()
        .wait_for(from, WAIT, |e| matches!(e, Event::ConnectionClosed { .. }))
        .await
        .unwrap();
    assert!(started.elapsed() >= std::time::Duration::from_secs(1));
    assert!(
        matches!(closed, Event::ConnectionClosed { ref reason, .. } if reason.contains("ping_delay_disconnect"))
    );
    cluster.shutdown().await;
}
