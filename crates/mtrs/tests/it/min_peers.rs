//! Min peers: `Client::input_peer` names a peer known only by a `min` hash through the
//! message it was seen in, and the test DC serves requests built that way.

use std::sync::Arc;

use std::time::Duration;

use mtrs::api::functions::messages::GetHistory;
use mtrs::{
    Config, InvokeError, MemoryStore, Peer, PeerId, PeerKey, PeerKind, SeenIn, SessionSource,
};
use mtrs_session::SessionStore;
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;

use crate::support::{BOT2, TestDc, client};

const ALICE: i64 = 1001;
const CHANNEL: i64 = 5001;

async fn with_store(dc: &TestDc, dir: &std::path::Path, store: Arc<MemoryStore>) -> mtrs::Client {
    let c = client(Config {
        save_peers: true,
        session: SessionSource::Store(store),
        ..dc.config(dir, BOT2)
    });
    c.connect().await.unwrap();
    c
}

/// Alice known only by a min hash the server would refuse, seen in channel post `post`.
fn min_alice(post: i32) -> Peer {
    Peer::new(PeerId::User(ALICE), PeerKind::User, 999)
        .with_min(true)
        .with_seen_in(PeerId::Channel(CHANNEL), post)
}

#[tokio::test]
async fn a_min_user_is_named_through_the_message_it_was_seen_in_and_reached() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let post = dc
        .cluster
        .channel_post(CHANNEL, "alice was here")
        .unwrap()
        .id;
    let store = Arc::new(MemoryStore::new());
    store.upsert_peers(vec![min_alice(post)]).await.unwrap();
    let c = with_store(&dc, dir.path(), store).await;
    let news = c.resolve_username("mtrs_news").await.unwrap();

    let input = c.input_peer(PeerId::User(ALICE)).await.unwrap();
    let enums::InputPeer::InputPeerUserFromMessage(from) = &input else {
        panic!("not inputPeerUserFromMessage: {input:?}");
    };
    assert_eq!((from.user_id, from.msg_id), (ALICE, post));
    assert!(matches!(
        &from.peer,
        enums::InputPeer::InputPeerChannel(ch)
            if ch.channel_id == CHANNEL && ch.access_hash == news.access_hash
    ));
    assert!(matches!(
        c.input_user(ALICE).await.unwrap(),
        enums::InputUser::InputUserFromMessage(u) if u.user_id == ALICE && u.msg_id == post
    ));

    // The server takes it: the message reaches Alice and is in the bot's history.
    let before = dc.cluster.update_state(ALICE).unwrap().pts;
    let sent = c
        .send_message(PeerId::User(ALICE), "to a min peer")
        .await
        .unwrap();
    assert_eq!(dc.cluster.update_state(ALICE).unwrap().pts, before + 1);
    let found = c
        .get_messages(PeerId::User(ALICE), &[sent.id])
        .await
        .unwrap();
    assert_eq!(
        mtrs::message_text(&found[0]).as_deref(),
        Some("to a min peer")
    );
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_min_peer_without_a_usable_message_is_a_typed_error() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(MemoryStore::new());
    let no_context = Peer::new(PeerId::User(31), PeerKind::User, 77).with_min(true);
    // Seen in a channel the cache does not know.
    let unknown_chat = Peer::new(PeerId::User(32), PeerKind::User, 78)
        .with_min(true)
        .with_seen_in(PeerId::Channel(424_242), 1);
    store
        .upsert_peers(vec![no_context, unknown_chat])
        .await
        .unwrap();
    let c = with_store(&dc, dir.path(), store).await;
    for id in [31, 32] {
        let e = c.input_peer(PeerId::User(id)).await.unwrap_err();
        assert!(
            matches!(e, InvokeError::MinPeer { peer } if peer == PeerId::User(id)),
            "{e:?}"
        );
    }
    assert!(matches!(
        c.input_peer(PeerId::User(33)).await,
        Err(InvokeError::UnknownPeer { .. })
    ));
    c.stop().await.unwrap();
}

#[tokio::test]
async fn min_and_full_copies_interleaved_keep_the_full_hash() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let post = dc.cluster.channel_post(CHANNEL, "post").unwrap().id;
    let store = Arc::new(MemoryStore::new());
    store.upsert_peers(vec![min_alice(post)]).await.unwrap();
    let c = with_store(&dc, dir.path(), store.clone()).await;
    let full = c.resolve_username("alice").await.unwrap();
    assert!(full.is_full());
    // A min copy seen later (another message) does not replace the full hash.
    store.upsert_peers(vec![min_alice(post + 1)]).await.unwrap();
    match c.input_peer(PeerId::User(ALICE)).await.unwrap() {
        enums::InputPeer::InputPeerUser(u) => assert_eq!(u.access_hash, full.access_hash),
        other => panic!("not inputPeerUser: {other:?}"),
    }
    c.send_message(PeerId::User(ALICE), "full").await.unwrap();
    c.stop().await.unwrap();
}

/// What the store holds for Alice.
async fn cached_alice(store: &MemoryStore) -> Peer {
    store
        .lookup_peer(PeerKey::Id(PeerId::User(ALICE)))
        .await
        .unwrap()
        .expect("alice is cached")
}

#[tokio::test]
async fn a_min_author_read_in_a_channel_is_reached_through_that_message() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let said = dc
        .cluster
        .channel_post_from(CHANNEL, ALICE, "hello from alice")
        .unwrap();
    let store = Arc::new(MemoryStore::new());
    let c = with_store(&dc, dir.path(), store.clone()).await;
    let news = c.resolve_username("mtrs_news").await.unwrap();
    let mut history = c.iter_messages(news.id);
    let mut n = 0;
    while history.next().await.unwrap().is_some() {
        n += 1;
    }
    assert_eq!(n, 1);

    // The history named Alice only as a min user: cached with the message.
    let alice = cached_alice(&store).await;
    assert!(alice.min);
    assert_eq!(
        alice.seen_in,
        Some(SeenIn {
            chat: PeerId::Channel(CHANNEL),
            msg_id: said.id
        })
    );
    // Her min hash alone is refused, as on Telegram.
    let refused = c
        .invoke(&GetHistory {
            peer: mtrs::input_peer_of(&alice),
            offset_id: 0,
            offset_date: 0,
            add_offset: 0,
            limit: 10,
            max_id: 0,
            min_id: 0,
            hash: 0,
        })
        .await
        .unwrap_err();
    assert_eq!(
        refused.rpc().map(|r| r.name.as_str()),
        Some("PEER_ID_INVALID")
    );
    // Through the message it works.
    assert!(matches!(
        c.input_peer(PeerId::User(ALICE)).await.unwrap(),
        enums::InputPeer::InputPeerUserFromMessage(_)
    ));
    let before = dc.cluster.update_state(ALICE).unwrap().pts;
    c.send_message(PeerId::User(ALICE), "seen you in the channel")
        .await
        .unwrap();
    assert_eq!(dc.cluster.update_state(ALICE).unwrap().pts, before + 1);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_pushed_channel_message_records_where_its_min_author_was_seen() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(MemoryStore::new());
    let c = with_store(&dc, dir.path(), store.clone()).await;
    c.resolve_username("mtrs_news").await.unwrap();
    let mut updates = c.updates().await.unwrap();
    tokio::time::timeout(Duration::from_secs(30), updates.caught_up())
        .await
        .unwrap()
        .unwrap();
    let said = dc
        .cluster
        .channel_post_from(CHANNEL, ALICE, "live from alice")
        .unwrap();
    let got = crate::updates::take_messages(&mut updates, 1).await;
    assert_eq!(got, ["live from alice"]);
    let alice = cached_alice(&store).await;
    assert!(alice.min);
    assert_eq!(
        alice.seen_in,
        Some(SeenIn {
            chat: PeerId::Channel(CHANNEL),
            msg_id: said.id
        })
    );
    c.send_message(PeerId::User(ALICE), "got your post")
        .await
        .unwrap();
    drop(updates);
    c.stop().await.unwrap();
}
