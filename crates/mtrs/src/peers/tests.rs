use mtrs_session::{MemoryStore, PeerKey, SessionStore};
use mtrs_tl::{Deserialize, Identifiable};

use super::*;

/// A `user` with every optional field absent, then the id, hash and min flag set.
fn user(id: i64, hash: i64, min: bool) -> enums::User {
    let mut bytes = types::User::CONSTRUCTOR_ID.to_le_bytes().to_vec();
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags2
    bytes.extend_from_slice(&id.to_le_bytes());
    let mut u = types::User::from_bytes(&bytes).expect("a bare user decodes");
    u.access_hash = Some(hash);
    u.min = min;
    u.username = Some(format!("user{id}").as_str().into());
    enums::User::User(u)
}

fn updates(users: Vec<enums::User>) -> enums::Updates {
    enums::Updates::Updates(types::Updates {
        updates: Vec::new(),
        users,
        chats: vec![enums::Chat::ChatEmpty(types::ChatEmpty { id: 3 })],
        date: 0,
        seq: 0,
    })
}

#[test]
fn updates_give_their_users_and_skip_empty_chats() {
    let peers = collect(&updates(vec![user(1, 11, false)]), UnixTime(5));
    assert_eq!(peers.len(), 1);
    assert_eq!(peers[0].id, PeerId::User(1));
    assert_eq!((peers[0].access_hash, peers[0].min), (11, false));
    assert_eq!(peers[0].usernames, ["user1"]);
    assert_eq!(peers[0].updated_at, UnixTime(5));
}

/// Every order of min and full copies arriving, one answer each or all in one answer,
/// leaves the full hash in the store.
#[tokio::test]
async fn min_and_full_copies_in_any_order_keep_the_full_hash() {
    let full = || user(1, 111, false);
    let min = |h| user(1, h, true);
    let orders: Vec<Vec<enums::User>> = vec![
        vec![full(), min(222)],
        vec![min(222), full()],
        vec![min(222), full(), min(333)],
        vec![full(), min(222), min(333), full(), min(444)],
    ];
    for (i, order) in orders.into_iter().enumerate() {
        for batched in [false, true] {
            let store = MemoryStore::new();
            let answers: Vec<enums::Updates> = if batched {
                vec![updates(order.clone())]
            } else {
                order.iter().map(|u| updates(vec![u.clone()])).collect()
            };
            for (t, a) in answers.iter().enumerate() {
                let peers = collect(a, UnixTime(t as i64));
                store.upsert_peers(peers).await.unwrap();
            }
            let got = store
                .lookup_peer(PeerKey::Id(PeerId::User(1)))
                .await
                .unwrap()
                .expect("cached");
            assert_eq!(
                (got.access_hash, got.min),
                (111, false),
                "order {i}, batched {batched}"
            );
        }
    }
}

#[tokio::test]
async fn a_min_copy_alone_is_kept_as_min() {
    let store = MemoryStore::new();
    let peers = collect(&updates(vec![user(2, 22, true)]), UnixTime(1));
    store.upsert_peers(peers).await.unwrap();
    let got = store
        .lookup_peer(PeerKey::Id(PeerId::User(2)))
        .await
        .unwrap()
        .expect("cached");
    assert_eq!((got.access_hash, got.min), (22, true));
    assert!(!got.is_full());
}
