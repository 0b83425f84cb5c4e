//! The DC pool: media sessions, authorization transfer, reuse, re-export.

use mtrs::DcId;
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::upload::GetFile;

use crate::support::{BOT2, TestDc, client};

fn get_file(dc: &TestDc, id: i64, offset: i64) -> GetFile {
    let file = dc.cluster.fixture().file_by_id(id).unwrap().clone();
    GetFile {
        precise: false,
        cdn_supported: false,
        location: file.input_location(),
        offset,
        limit: 128 * 1024,
    }
}

fn bytes_of(file: enums::upload::File) -> Vec<u8> {
    match file {
        enums::upload::File::File(f) => f.bytes,
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn a_file_on_dc3_downloads_through_a_media_session_and_home_stays() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let media = c.dc_session(DcId::new(3).media()).await.unwrap();
    assert!(media.dc().is_media());
    let want = dc.cluster.fixture().file_by_id(9003).unwrap().bytes.clone();
    let mut got = Vec::new();
    while got.len() < want.len() {
        let offset = i64::try_from(got.len()).unwrap();
        let part = bytes_of(media.invoke(&get_file(&dc, 9003, offset)).await.unwrap());
        assert!(!part.is_empty());
        got.extend(part);
    }
    assert_eq!(got, want);
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));
    assert_eq!(dc.cluster.counters(2).export_authorization, 1);
    assert_eq!(dc.cluster.counters(3).import_authorization, 1);

    // A plain invoke answered FILE_MIGRATE_3 goes to the same media session; home stays.
    let part = bytes_of(c.invoke(&get_file(&dc, 9003, 0)).await.unwrap());
    assert_eq!(part.as_slice(), &want[..part.len()]);
    assert_eq!(dc.cluster.counters(2).errors("FILE_MIGRATE_3"), 1);
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));
    assert_eq!(c.session().await.unwrap().home_dc.0, 2);
    assert_eq!(dc.key_exchanges(3), 1);
    assert_eq!(dc.cluster.counters(2).export_authorization, 1);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn dc_session_is_reused_across_calls_and_restarts() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    for _ in 0..3 {
        let s = c.dc_session(DcId::new(3).media()).await.unwrap();
        s.invoke(&get_file(&dc, 9003, 0)).await.unwrap();
    }
    // A regular session to the same DC shares its key and authorization.
    c.dc_session(DcId::new(3)).await.unwrap();
    assert_eq!(dc.key_exchanges(3), 1);
    assert_eq!(dc.cluster.counters(2).export_authorization, 1);
    c.stop().await.unwrap();

    let again = client(dc.config(dir.path(), BOT2));
    again.connect().await.unwrap();
    let s = again.dc_session(DcId::new(3).media()).await.unwrap();
    s.invoke(&get_file(&dc, 9003, 0)).await.unwrap();
    assert_eq!(
        dc.key_exchanges(3),
        1,
        "no new key exchange after a restart"
    );
    assert_eq!(
        dc.cluster.counters(2).export_authorization,
        1,
        "no new export"
    );
    assert_eq!(dc.cluster.counters(3).import_authorization, 1);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn auth_key_unregistered_on_an_aux_dc_triggers_exactly_one_re_export() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let s = c.dc_session(DcId::new(3).media()).await.unwrap();
    s.invoke(&get_file(&dc, 9003, 0)).await.unwrap();
    assert_eq!(dc.cluster.counters(2).export_authorization, 1);
    assert!(dc.cluster.faults(3).unwrap().revoke_authorizations() > 0);
    s.invoke(&get_file(&dc, 9003, 0)).await.unwrap();
    assert_eq!(dc.cluster.counters(3).errors("AUTH_KEY_UNREGISTERED"), 1);
    assert_eq!(
        dc.cluster.counters(2).export_authorization,
        2,
        "exactly one re-export"
    );
    assert_eq!(dc.cluster.counters(3).import_authorization, 2);
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forgotten_key_is_replaced_and_the_bot_signed_in_again() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let s = c.dc_session(DcId::new(3).media()).await.unwrap();
    s.invoke(&get_file(&dc, 9003, 0)).await.unwrap();

    // The aux DC forgets its keys: a new key there and a new export.
    assert!(dc.cluster.faults(3).unwrap().forget_keys() > 0);
    let err = s.invoke(&get_file(&dc, 9003, 0)).await;
    assert!(err.is_ok(), "{err:?}");
    assert_eq!(dc.key_exchanges(3), 2);
    assert_eq!(dc.cluster.counters(2).export_authorization, 2);

    // The home DC forgets its keys: a new key and a new bot login, then the call.
    assert!(dc.cluster.faults(2).unwrap().forget_keys() > 0);
    let me = c
        .invoke(&mtrs_tl_api::functions::users::GetUsers {
            id: vec![enums::InputUser::InputUserSelf],
        })
        .await
        .unwrap();
    assert_eq!(me.len(), 1);
    assert_eq!(dc.key_exchanges(2), 2);
    assert_eq!(
        dc.cluster.counters(2).calls("auth.importBotAuthorization"),
        2
    );
    assert_eq!(c.home_dc().unwrap(), DcId::new(2));
    c.stop().await.unwrap();

    // The new keys were persisted: a restart needs no exchange.
    let again = client(dc.config(dir.path(), BOT2));
    again.connect().await.unwrap();
    again
        .dc_session(DcId::new(3).media())
        .await
        .unwrap()
        .invoke(&get_file(&dc, 9003, 0))
        .await
        .unwrap();
    assert_eq!(dc.key_exchanges(2) + dc.key_exchanges(3), 4);
    again.stop().await.unwrap();
}

#[tokio::test]
async fn auth_bytes_invalid_is_retried_with_a_fresh_export_a_bounded_number_of_times() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    // Twice refused, then accepted: the third export goes through.
    dc.cluster
        .faults(3)
        .unwrap()
        .update(|f| f.auth_bytes_invalid = 2);
    let media = c.dc_session(DcId::new(3).media()).await.unwrap();
    let part = bytes_of(media.invoke(&get_file(&dc, 9003, 0)).await.unwrap());
    assert!(!part.is_empty());
    assert_eq!(dc.cluster.counters(2).export_authorization, 3);
    assert_eq!(dc.cluster.counters(3).errors("AUTH_BYTES_INVALID"), 2);
    assert_eq!(dc.cluster.counters(3).import_authorization, 1);
    c.stop().await.unwrap();

    // Refused every time: three exports, then the typed error; nothing recorded as
    // imported.
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let exports = dc.cluster.counters(2).export_authorization;
    dc.cluster
        .faults(4)
        .unwrap()
        .update(|f| f.auth_bytes_invalid = 100);
    let err = c.dc_session(DcId::new(4)).await.unwrap_err();
    assert!(
        matches!(&err, mtrs::InvokeError::Rpc(e) if e.name == "AUTH_BYTES_INVALID"),
        "{err:?}"
    );
    assert_eq!(dc.cluster.counters(2).export_authorization, exports + 3);
    assert_eq!(dc.cluster.counters(4).errors("AUTH_BYTES_INVALID"), 3);
    let session = c.session().await.unwrap();
    assert!(
        session
            .dcs
            .get(&DcId::new(4))
            .is_none_or(|s| !s.authorization_imported)
    );
    c.stop().await.unwrap();
}
