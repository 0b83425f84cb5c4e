//! The calls Pyrogram, Telethon, GramJS and mtcute make at start and right after login:
//! app config and language packs (before login), the full user, update state, status,
//! dialogs and history, file uploads, and every username of the fixture.

use mtrs_testdc::{Cluster, DcId, Owner};
use mtrs_tl_api::functions::{account, contacts, help, langpack, messages, updates, upload, users};
use mtrs_tl_api::{enums, types};

use crate::{bot_client, keyed_client};

#[tokio::test]
async fn app_config_and_language_packs_answer_before_login() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let enums::help::AppConfig::AppConfig(config) =
        c.call(&help::GetAppConfig { hash: 0 }).await.unwrap()
    else {
        panic!("appConfigNotModified for hash 0");
    };
    assert!(matches!(config.config, enums::JSONValue::JsonObject(_)));
    let again = c
        .call(&help::GetAppConfig { hash: config.hash })
        .await
        .unwrap();
    assert_eq!(again, enums::help::AppConfig::AppConfigNotModified);
    let enums::LangPackDifference::LangPackDifference(pack) = c
        .call(&langpack::GetLangPack {
            lang_pack: "android".into(),
            lang_code: "en".into(),
        })
        .await
        .unwrap();
    assert_eq!(pack.lang_code, "en");
    assert!(pack.strings.is_empty());
    let enums::LangPackDifference::LangPackDifference(diff) = c
        .call(&langpack::GetDifference {
            lang_pack: "tdesktop".into(),
            lang_code: "de".into(),
            from_version: 3,
        })
        .await
        .unwrap();
    assert_eq!((diff.from_version, diff.strings.len()), (3, 0));
    let strings = c
        .call(&langpack::GetStrings {
            lang_pack: "android".into(),
            lang_code: "en".into(),
            keys: vec!["lng_ok".into()],
        })
        .await
        .unwrap();
    assert!(strings.is_empty());
    let languages = c
        .call(&langpack::GetLanguages {
            lang_pack: "android".into(),
        })
        .await
        .unwrap();
    assert!(languages.is_empty());
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.errors("AUTH_KEY_UNREGISTERED"), 0, "{counters:?}");
    assert_eq!(counters.executed("langpack.getLangPack"), 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn calls_after_login_are_answered() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut anon = keyed_client(&cluster, 2).await;
    let full_self = users::GetFullUser {
        id: enums::InputUser::InputUserSelf,
    };
    assert_eq!(
        anon.call(&full_self).await.unwrap_err().message(),
        "AUTH_KEY_UNREGISTERED"
    );
    let mut c = bot_client(&cluster).await;
    let enums::users::UserFull::UserFull(me) = c.call(&full_self).await.unwrap();
    let enums::UserFull::UserFull(full) = &me.full_user;
    assert_eq!(full.id, 7001);
    assert!(matches!(&me.users[..], [enums::User::User(u)] if u.is_self && u.id == 7001));
    let alice = cluster.fixture().account_by_id(1001).unwrap().clone();
    let enums::users::UserFull::UserFull(other) = c
        .call(&users::GetFullUser {
            id: enums::InputUser::InputUser(types::InputUser {
                user_id: alice.id,
                access_hash: alice.access_hash,
            }),
        })
        .await
        .unwrap();
    assert!(matches!(&other.users[..], [enums::User::User(u)] if !u.is_self && u.id == 1001));
    let wrong = users::GetFullUser {
        id: enums::InputUser::InputUser(types::InputUser {
            user_id: alice.id,
            access_hash: alice.access_hash ^ 1,
        }),
    };
    assert_eq!(
        c.call(&wrong).await.unwrap_err().message(),
        "USER_ID_INVALID"
    );

    let enums::updates::State::State(state) = c.call(&updates::GetState).await.unwrap();
    let difference = updates::GetDifference {
        pts: state.pts,
        pts_limit: None,
        pts_total_limit: None,
        date: state.date,
        qts: state.qts,
        qts_limit: None,
    };
    let enums::updates::Difference::DifferenceEmpty(empty) = c.call(&difference).await.unwrap()
    else {
        panic!("a difference with content");
    };
    assert!(empty.date >= state.date);
    assert_eq!(empty.seq, state.seq);

    assert!(
        c.call(&account::UpdateStatus { offline: false })
            .await
            .unwrap()
    );
    let enums::messages::Dialogs::Dialogs(dialogs) = c
        .call(&messages::GetDialogs {
            exclude_pinned: false,
            folder_id: None,
            offset_date: 0,
            offset_id: 0,
            offset_peer: enums::InputPeer::InputPeerEmpty,
            limit: 100,
            hash: 0,
        })
        .await
        .unwrap()
    else {
        panic!("dialogsSlice or dialogsNotModified");
    };
    assert!(dialogs.dialogs.is_empty() && dialogs.messages.is_empty());
    let enums::messages::Messages::Messages(history) = c
        .call(&messages::GetHistory {
            peer: enums::InputPeer::InputPeerSelf,
            offset_id: 0,
            offset_date: 0,
            add_offset: 0,
            limit: 20,
            max_id: 0,
            min_id: 0,
            hash: 0,
        })
        .await
        .unwrap()
    else {
        panic!("not messages.messages");
    };
    assert!(history.messages.is_empty());
    let counters = cluster.counters(DcId::new(2));
    assert_eq!(counters.errors("INPUT_METHOD_INVALID"), 0, "{counters:?}");
    cluster.shutdown().await;
}

#[tokio::test]
async fn uploaded_parts_are_kept_and_checked() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = bot_client(&cluster).await;
    let key_id = c.auth_key.as_ref().unwrap().id().0;
    let part = |file_part: i32, bytes: Vec<u8>| upload::SaveFilePart {
        file_id: 77,
        file_part,
        bytes,
    };
    assert!(c.call(&part(1, vec![2; 100])).await.unwrap());
    assert_eq!(cluster.uploaded_file(DcId::new(2), key_id, 77), None);
    assert!(c.call(&part(0, vec![1; 512 * 1024])).await.unwrap());
    let file = cluster.uploaded_file(DcId::new(2), key_id, 77).unwrap();
    assert_eq!(file.len(), 512 * 1024 + 100);
    assert_eq!((file[0], file[512 * 1024]), (1, 2));
    let error = |e: crate::client::CallError| e.message();
    assert_eq!(
        error(c.call(&part(-1, vec![1])).await.unwrap_err()),
        "FILE_PART_INVALID"
    );
    assert_eq!(
        error(c.call(&part(2, vec![1; 512 * 1024 + 1])).await.unwrap_err()),
        "FILE_PART_TOO_BIG"
    );
    assert_eq!(
        error(c.call(&part(2, Vec::new())).await.unwrap_err()),
        "FILE_PART_EMPTY"
    );
    let big = |file_part: i32, total: i32, bytes: Vec<u8>| upload::SaveBigFilePart {
        file_id: 78,
        file_part,
        file_total_parts: total,
        bytes,
    };
    assert_eq!(
        error(c.call(&big(0, 0, vec![1; 1024])).await.unwrap_err()),
        "FILE_PARTS_INVALID"
    );
    assert_eq!(
        error(c.call(&big(2, 2, vec![1; 1024])).await.unwrap_err()),
        "FILE_PART_INVALID"
    );
    assert!(c.call(&big(0, 2, vec![3; 1024])).await.unwrap());
    assert_eq!(
        error(c.call(&big(1, 3, vec![4; 1024])).await.unwrap_err()),
        "FILE_PARTS_INVALID"
    );
    assert!(c.call(&big(1, 2, vec![4; 10])).await.unwrap());
    let file = cluster.uploaded_file(DcId::new(2), key_id, 78).unwrap();
    assert_eq!(file.len(), 1034);
    // Uploads belong to the key that made them.
    let mut other = bot_client(&cluster).await;
    let other_key = other.auth_key.as_ref().unwrap().id().0;
    assert!(other.call(&part(0, vec![9; 4])).await.unwrap());
    assert_eq!(
        cluster.uploaded_file(DcId::new(2), other_key, 77),
        Some(vec![9; 4])
    );
    assert_eq!(
        cluster
            .uploaded_file(DcId::new(2), key_id, 77)
            .map(|f| f.len()),
        Some(512 * 1024 + 100)
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn every_username_of_the_default_fixture_resolves() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut c = bot_client(&cluster).await;
    let fixture = cluster.fixture().clone();
    let names: Vec<String> = fixture
        .accounts
        .iter()
        .filter_map(|a| a.username.clone())
        .chain(fixture.channels.iter().filter_map(|ch| ch.username.clone()))
        .collect();
    assert!(names.iter().any(|n| n == "bob"));
    for name in &names {
        let resolved = c
            .call(&contacts::ResolveUsername {
                username: name.as_str().into(),
                referer: None,
            })
            .await
            .unwrap_or_else(|e| panic!("{name}: {}", e.message()));
        let enums::contacts::ResolvedPeer::ResolvedPeer(r) = resolved;
        let expected = match fixture.resolve(name) {
            Some(Owner::Account(a)) => enums::Peer::PeerUser(types::PeerUser { user_id: a.id }),
            Some(Owner::Channel(ch)) => {
                enums::Peer::PeerChannel(types::PeerChannel { channel_id: ch.id })
            }
            None => unreachable!(),
        };
        assert_eq!(r.peer, expected, "{name}");
    }
    // A short name nobody holds is still refused, as Telegram refuses it.
    assert_eq!(
        c.call(&contacts::ResolveUsername {
            username: "bo".into(),
            referer: None,
        })
        .await
        .unwrap_err()
        .message(),
        "USERNAME_INVALID"
    );
    cluster.shutdown().await;
}
