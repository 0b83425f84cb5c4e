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

/// The cache knew Alice under a name she no longer has (renamed since): resolving her
/// current name stores the server's copy, and the old name's index row goes with it.
#[tokio::test]
async fn a_peer_renamed_between_resolves_leaves_no_stale_username_row() {
    use std::sync::Arc;

    use mtrs::{Peer, PeerKind, SessionSource, UnixTime};

    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&SqliteConfig::new(dir.path(), "session")).unwrap());
    let alice = dc.cluster.fixture().account_by_id(1001).unwrap().clone();
    let before_rename = Peer::new(PeerId::User(alice.id), PeerKind::User, alice.access_hash)
        .with_usernames(["alice_before"])
        .with_updated_at(UnixTime(1_000));
    store.upsert_peers(vec![before_rename]).await.unwrap();
    let names = |store: Arc<SqliteStore>| async move {
        store
            .indexed_usernames(PeerId::User(1001))
            .await
            .unwrap()
            .unwrap()
    };
    assert_eq!(names(store.clone()).await, ["alice_before"]);

    let c = client(Config {
        save_peers: true,
        session: SessionSource::Store(store.clone()),
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let now = c.resolve_username("alice").await.unwrap();
    assert_eq!(now.id, PeerId::User(1001));
    assert_eq!(names(store.clone()).await, ["alice"]);
    let by_old = store
        .lookup_peer(PeerKey::username("alice_before"))
        .await
        .unwrap();
    assert_eq!(by_old, None);
    // The old name is asked of the server, which says it is free.
    let e = c.resolve_username("alice_before").await.unwrap_err();
    assert_eq!(
        e.rpc().map(|r| r.name.as_str()),
        Some("USERNAME_NOT_OCCUPIED")
    );
    c.stop().await.unwrap();
}
