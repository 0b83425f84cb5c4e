//! `Client::resolve_username` and `Client::input_peer`: the peer cache answers what it
//! knows, across restarts, and says so with a typed error when it does not.

use std::path::Path;
use std::sync::Arc;

use mtrs::{Config, InvokeError, MemoryStore, Peer, PeerId, PeerKind, SessionSource, UnixTime};
use mtrs_session::SessionStore;
use mtrs_testdc::{Account, FaultConfig, Fixture};
use mtrs_tl_api::enums;

use crate::support::{BOT2, TestDc, client};

const RESOLVE: &str = "contacts.resolveUsername";
pub(crate) const GENERATED: usize = 1_000;

/// The default fixture plus `GENERATED` users `gen_user_0000`… homed round the DCs.
pub(crate) fn generated_fixture() -> Fixture {
    (0..GENERATED).fold(Fixture::default(), |f, i| {
        let id = 100_000 + i as i64;
        let dc = (i % 5) as i32 + 1;
        f.account(Account::user(id, dc, "Generated").with_username(&format!("gen_user_{i:04}")))
    })
}

fn resolve_calls(dc: &TestDc) -> u64 {
    (1..=5).map(|n| dc.cluster.counters(n).calls(RESOLVE)).sum()
}

/// One client lifetime: connect, resolve every generated username (checking the peer
/// against the fixture), stop. Returns the `resolveUsername` calls the DC counted.
async fn resolve_all(dc: &TestDc, dir: &Path, save_peers: bool) -> u64 {
    resolve_all_with(
        dc,
        Config {
            save_peers,
            ..dc.config(dir, BOT2)
        },
    )
    .await
}

/// [`resolve_all`] with any configuration (another store).
pub(crate) async fn resolve_all_with(dc: &TestDc, config: Config) -> u64 {
    let before = resolve_calls(dc);
    let c = client(config);
    c.connect().await.unwrap();
    for i in 0..GENERATED {
        let name = format!("GEN_user_{i:04}");
        let peer = c.resolve_username(&name).await.unwrap();
        let want = dc
            .cluster
            .fixture()
            .account_by_id(100_000 + i as i64)
            .unwrap();
        assert_eq!(peer.id, PeerId::User(want.id));
        assert_eq!(peer.access_hash, want.access_hash);
        assert!(peer.is_full());
    }
    c.stop().await.unwrap();
    resolve_calls(dc) - before
}

#[tokio::test]
async fn a_restarted_bot_resolves_a_thousand_cached_usernames_without_a_call() {
    let dc = TestDc::start_with(generated_fixture(), FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(resolve_all(&dc, dir.path(), true).await, GENERATED as u64);
    assert_eq!(resolve_all(&dc, dir.path(), true).await, 0);
}

#[tokio::test]
async fn without_save_peers_every_restart_resolves_again() {
    let dc = TestDc::start_with(generated_fixture(), FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(resolve_all(&dc, dir.path(), false).await, GENERATED as u64);
    assert_eq!(resolve_all(&dc, dir.path(), false).await, GENERATED as u64);
}

/// A client on a memory store pre-filled with `peers`.
async fn with_store(dc: &TestDc, dir: &Path, peers: Vec<Peer>) -> mtrs::Client {
    let store = Arc::new(MemoryStore::new());
    store.upsert_peers(peers).await.unwrap();
    let c = client(Config {
        save_peers: true,
        session: SessionSource::Store(store),
        ..dc.config(dir, BOT2)
    });
    c.connect().await.unwrap();
    c
}

#[tokio::test]
async fn an_old_cache_entry_is_resolved_again_and_corrected() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    // Seen long ago, under a hash the server no longer uses.
    let old = Peer::new(PeerId::Channel(5001), PeerKind::Channel, 42)
        .with_usernames(["mtrs_news"])
        .with_updated_at(UnixTime(1_000));
    let c = with_store(&dc, dir.path(), vec![old]).await;
    let before = resolve_calls(&dc);
    let peer = c.resolve_username("mtrs_news").await.unwrap();
    let want = &dc.cluster.fixture().channels[0];
    assert_eq!(peer.access_hash, want.access_hash);
    assert_eq!(resolve_calls(&dc) - before, 1);
    // The corrected copy is served from the cache now.
    let again = c.resolve_username("mtrs_news").await.unwrap();
    assert_eq!(again.access_hash, want.access_hash);
    assert_eq!(resolve_calls(&dc) - before, 1);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn input_peer_comes_from_the_cache_or_is_a_typed_error() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let min_only = Peer::new(PeerId::User(31), PeerKind::User, 77).with_min(true);
    let group = Peer::new(PeerId::Chat(12), PeerKind::BasicGroup, 0);
    let c = with_store(&dc, dir.path(), vec![min_only, group]).await;
    let news = c.resolve_username("@mtrs_news").await.unwrap();
    let want = &dc.cluster.fixture().channels[0];
    match c.input_peer(news.id).await.unwrap() {
        enums::InputPeer::InputPeerChannel(p) => {
            assert_eq!((p.channel_id, p.access_hash), (want.id, want.access_hash));
        }
        other => panic!("not a channel: {other:?}"),
    }
    let enums::InputChannel::InputChannel(ch) = c.input_channel(want.id).await.unwrap() else {
        panic!("not an inputChannel");
    };
    assert_eq!(ch.access_hash, want.access_hash);
    assert!(matches!(
        c.input_peer(PeerId::Chat(12)).await.unwrap(),
        enums::InputPeer::InputPeerChat(p) if p.chat_id == 12
    ));
    assert!(matches!(
        c.input_user(5).await,
        Err(InvokeError::UnknownPeer {
            peer: PeerId::User(5)
        })
    ));
    assert!(matches!(
        c.input_peer(PeerId::User(31)).await,
        Err(InvokeError::MinPeer {
            peer: PeerId::User(31)
        })
    ));
    c.stop().await.unwrap();
}

#[tokio::test]
async fn an_unknown_username_is_the_servers_error_and_caches_nothing() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = with_store(&dc, dir.path(), Vec::new()).await;
    let e = c.resolve_username("nobody_here").await.unwrap_err();
    assert_eq!(
        e.rpc().map(|r| r.name.as_str()),
        Some("USERNAME_NOT_OCCUPIED")
    );
    let e = c.resolve_username("nobody_here").await.unwrap_err();
    assert!(e.rpc().is_some());
    assert_eq!(resolve_calls(&dc), 2);
    c.stop().await.unwrap();
}

fn full_user_calls(dc: &TestDc) -> u64 {
    (1..=5)
        .map(|n| dc.cluster.counters(n).calls("users.getFullUser"))
        .sum()
}

fn get_full_user(peer: &Peer) -> mtrs_tl_api::functions::users::GetFullUser {
    mtrs_tl_api::functions::users::GetFullUser {
        id: mtrs::input_user_of(peer).expect("a user"),
    }
}

#[tokio::test]
async fn a_cached_hash_the_server_rejects_is_refreshed_once_and_corrected() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let alice = dc.cluster.fixture().account_by_id(1001).unwrap().clone();
    // Fresh, full, and wrong.
    let stale = Peer::new(
        PeerId::User(alice.id),
        PeerKind::User,
        alice.access_hash ^ 1,
    )
    .with_usernames(["alice"])
    .with_updated_at(UnixTime::from_system_time(std::time::SystemTime::now()));
    let c = with_store(&dc, dir.path(), vec![stale]).await;
    let (resolves, fulls) = (resolve_calls(&dc), full_user_calls(&dc));
    c.invoke_with_username("alice", get_full_user)
        .await
        .unwrap();
    assert_eq!(resolve_calls(&dc) - resolves, 1, "resolved again once");
    assert_eq!(full_user_calls(&dc) - fulls, 2, "rejected, then accepted");
    let cached = c.cached_peer(PeerId::User(alice.id)).await.unwrap();
    assert_eq!(
        cached.access_hash, alice.access_hash,
        "the cache is corrected"
    );
    // Now the cached peer works at once.
    c.invoke_with_username("alice", get_full_user)
        .await
        .unwrap();
    assert_eq!(resolve_calls(&dc) - resolves, 1);
    assert_eq!(full_user_calls(&dc) - fulls, 3);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_username_that_is_gone_is_dropped_from_the_cache() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let ghost = Peer::new(PeerId::User(424_242), PeerKind::User, 5)
        .with_usernames(["ghost_user", "ghost_other"])
        .with_updated_at(UnixTime::from_system_time(std::time::SystemTime::now()));
    let c = with_store(&dc, dir.path(), vec![ghost]).await;
    let before = resolve_calls(&dc);
    let e = c
        .invoke_with_username("ghost_user", get_full_user)
        .await
        .unwrap_err();
    assert_eq!(
        e.rpc().map(|r| r.name.as_str()),
        Some("USERNAME_NOT_OCCUPIED")
    );
    assert_eq!(resolve_calls(&dc) - before, 1);
    // The peer stays (its hash may still be good), without the username.
    let kept = c.cached_peer(PeerId::User(424_242)).await.unwrap();
    assert_eq!(kept.usernames, ["ghost_other"]);
    assert!(c.resolve_username("ghost_user").await.is_err());
    assert_eq!(
        resolve_calls(&dc) - before,
        2,
        "not answered from the cache"
    );
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_renamed_peer_is_not_found_under_its_old_username() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let alice = dc.cluster.fixture().account_by_id(1001).unwrap().clone();
    let now = UnixTime::from_system_time(std::time::SystemTime::now());
    {
        // Seen under an old name, then renamed: both copies in the SQLite file.
        let store =
            mtrs::SqliteStore::open(&mtrs::SqliteConfig::new(dir.path(), "session")).unwrap();
        let copy = |name: &str| {
            Peer::new(PeerId::User(alice.id), PeerKind::User, alice.access_hash)
                .with_usernames([name])
                .with_updated_at(now)
        };
        store.upsert_peers(vec![copy("alice_old")]).await.unwrap();
        store.upsert_peers(vec![copy("alice")]).await.unwrap();
    }
    let c = client(Config {
        save_peers: true,
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let before = resolve_calls(&dc);
    let peer = c.resolve_username("alice").await.unwrap();
    assert_eq!(peer.id, PeerId::User(alice.id));
    assert_eq!(resolve_calls(&dc) - before, 0, "the current name is cached");
    let e = c.resolve_username("alice_old").await.unwrap_err();
    assert_eq!(
        e.rpc().map(|r| r.name.as_str()),
        Some("USERNAME_NOT_OCCUPIED")
    );
    assert_eq!(
        resolve_calls(&dc) - before,
        1,
        "the old name went to the server"
    );
    assert_eq!(c.cached_peer(peer.id).await.unwrap().usernames, ["alice"]);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn get_me_is_the_signed_in_bot() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = with_store(&dc, dir.path(), Vec::new()).await;
    let me = c.get_me().await.unwrap();
    assert_eq!((me.id, me.bot, me.is_self), (7001, true, true));
    // Cached like any answer.
    assert_eq!(
        c.cached_peer(PeerId::User(7001)).await.unwrap().kind,
        PeerKind::Bot
    );
    c.stop().await.unwrap();
}
