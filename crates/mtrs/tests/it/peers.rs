//! `save_peers`: users and chats of results go into the persisted peer cache.

use mtrs::Config;
use mtrs_session::{PeerId, PeerKey, SessionStore};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::contacts::ResolveUsername;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, TestDc, client};

async fn run(save_peers: bool) -> (TestDc, tempfile::TempDir) {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        save_peers,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    c.invoke(&GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    })
    .await
    .unwrap();
    c.invoke(&ResolveUsername {
        username: "mtrs_news".into(),
        referer: None,
    })
    .await
    .unwrap();
    c.stop().await.unwrap();
    (dc, dir)
}

#[tokio::test]
async fn save_peers_persists_users_and_chats_of_results() {
    let (dc, dir) = run(true).await;
    let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "session")).unwrap();
    let channel = store
        .lookup_peer(PeerKey::username("@MTRS_news"))
        .await
        .unwrap()
        .expect("the resolved channel is cached");
    let want = &dc.cluster.fixture().channels[0];
    assert_eq!(channel.id, PeerId::Channel(want.id));
    assert_eq!(channel.access_hash, want.access_hash);
    let me = store
        .lookup_peer(PeerKey::Id(PeerId::User(7001)))
        .await
        .unwrap();
    assert!(me.is_some(), "the bot itself is cached");
}

#[tokio::test]
async fn without_save_peers_nothing_is_cached() {
    let (_dc, dir) = run(false).await;
    let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "session")).unwrap();
    let found = store
        .lookup_peer(PeerKey::username("mtrs_news"))
        .await
        .unwrap();
    assert_eq!(found, None);
}
