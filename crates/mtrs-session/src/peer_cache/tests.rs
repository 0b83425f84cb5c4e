use std::num::NonZeroUsize;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;
use crate::testing::block_on;
use crate::{
    DcUpdate, MemoryStore, PeerKind, SessionData, StoreFuture, UnixTime, UpdateStateChange,
};

/// A memory store that counts peer lookups reaching it.
#[derive(Default)]
struct Counting {
    inner: MemoryStore,
    lookups: AtomicUsize,
}

impl SessionStore for Counting {
    fn load(&self) -> StoreFuture<'_, Option<SessionData>> {
        self.inner.load()
    }
    fn save<'a>(&'a self, data: &'a SessionData) -> StoreFuture<'a, ()> {
        self.inner.save(data)
    }
    fn update_dc(&self, update: DcUpdate) -> StoreFuture<'_, ()> {
        self.inner.update_dc(update)
    }
    fn upsert_peers(&self, peers: Vec<Peer>) -> StoreFuture<'_, ()> {
        self.inner.upsert_peers(peers)
    }
    fn lookup_peer(&self, key: PeerKey) -> StoreFuture<'_, Option<Peer>> {
        self.lookups.fetch_add(1, Ordering::SeqCst);
        self.inner.lookup_peer(key)
    }
    fn save_update_state(&self, change: UpdateStateChange) -> StoreFuture<'_, ()> {
        self.inner.save_update_state(change)
    }
    fn delete(&self) -> StoreFuture<'_, ()> {
        self.inner.delete()
    }
}

fn user(id: i64, name: &str) -> Peer {
    Peer::new(PeerId::User(id), PeerKind::User, id * 10 + 1).with_usernames([name])
}

fn cache(cap: usize) -> (Arc<Counting>, PeerCache) {
    let store = Arc::new(Counting::default());
    let cap = NonZeroUsize::new(cap).unwrap();
    (store.clone(), PeerCache::new(store, cap))
}

#[test]
fn fills_lazily_and_serves_repeats_from_memory() {
    let (store, cache) = cache(10);
    block_on(cache.upsert(vec![user(1, "a"), user(2, "b")])).unwrap();
    assert!(cache.is_empty(), "upserts do not fill the cache");
    for _ in 0..3 {
        let p = block_on(cache.lookup(PeerKey::Id(PeerId::User(1)))).unwrap();
        assert_eq!(p.unwrap().access_hash, 11);
    }
    assert_eq!(store.lookups.load(Ordering::SeqCst), 1);
    for _ in 0..3 {
        let p = block_on(cache.lookup(PeerKey::username("B"))).unwrap();
        assert_eq!(p.unwrap().id, PeerId::User(2));
    }
    assert_eq!(store.lookups.load(Ordering::SeqCst), 2);
    assert_eq!(cache.len(), 2);
}

#[test]
fn misses_are_not_cached() {
    let (store, cache) = cache(10);
    for _ in 0..2 {
        assert_eq!(
            block_on(cache.lookup(PeerKey::username("zz"))).unwrap(),
            None
        );
    }
    assert_eq!(store.lookups.load(Ordering::SeqCst), 2);
    assert!(cache.is_empty());
}

#[test]
fn never_exceeds_capacity_and_evicts_least_recently_used() {
    let (store, cache) = cache(3);
    let peers: Vec<Peer> = (1..=5).map(|i| user(i, &format!("u{i}"))).collect();
    block_on(cache.upsert(peers)).unwrap();
    for i in 1..=3 {
        block_on(cache.lookup(PeerKey::Id(PeerId::User(i)))).unwrap();
    }
    // Touch 1 so 2 becomes the least recently used.
    block_on(cache.lookup(PeerKey::Id(PeerId::User(1)))).unwrap();
    block_on(cache.lookup(PeerKey::username("u4"))).unwrap();
    assert_eq!(cache.len(), 3);
    let before = store.lookups.load(Ordering::SeqCst);
    for i in [1, 3, 4] {
        block_on(cache.lookup(PeerKey::Id(PeerId::User(i)))).unwrap();
    }
    assert_eq!(
        store.lookups.load(Ordering::SeqCst),
        before,
        "1, 3, 4 are cached"
    );
    block_on(cache.lookup(PeerKey::Id(PeerId::User(2)))).unwrap();
    assert_eq!(
        store.lookups.load(Ordering::SeqCst),
        before + 1,
        "2 was evicted"
    );
    assert_eq!(cache.len(), 3);
    // Cycling through every username evicts entries and their username keys; each lookup
    // must still resolve to the right peer (no dangling key) and the size stays capped.
    for i in 1..=5 {
        let p = block_on(cache.lookup(PeerKey::username(&format!("u{i}")))).unwrap();
        assert_eq!(p.unwrap().id, PeerId::User(i));
        assert!(cache.len() <= 3);
    }
}

#[test]
fn writes_invalidate_cached_copies_and_keys() {
    let (_store, cache) = cache(10);
    block_on(cache.upsert(vec![user(1, "name")])).unwrap();
    assert_eq!(
        block_on(cache.lookup(PeerKey::username("name")))
            .unwrap()
            .unwrap()
            .id,
        PeerId::User(1)
    );
    // Another peer takes the username later.
    let newer = user(2, "name").with_updated_at(UnixTime(5));
    block_on(cache.upsert(vec![newer])).unwrap();
    assert_eq!(
        block_on(cache.lookup(PeerKey::username("name")))
            .unwrap()
            .unwrap()
            .id,
        PeerId::User(2)
    );
    // An id-cached peer sees its new hash after an upsert.
    block_on(cache.lookup(PeerKey::Id(PeerId::User(1)))).unwrap();
    let changed = Peer::new(PeerId::User(1), PeerKind::User, 999);
    block_on(cache.upsert(vec![changed])).unwrap();
    let p = block_on(cache.lookup(PeerKey::Id(PeerId::User(1)))).unwrap();
    assert_eq!(p.unwrap().access_hash, 999);
}

#[test]
fn many_peers_all_resolve_and_stay_within_the_cap() {
    let store = Arc::new(MemoryStore::new());
    let n = 200_000i64;
    let peers: Vec<Peer> = (0..n)
        .map(|i| Peer::new(PeerId::Channel(i), PeerKind::Channel, i + 1))
        .collect();
    block_on(store.upsert_peers(peers)).unwrap();
    let cache = PeerCache::new(store, NonZeroUsize::new(1000).unwrap());
    for i in 0..n {
        let p = block_on(cache.lookup(PeerKey::Id(PeerId::Channel(i)))).unwrap();
        assert_eq!(p.map(|p| p.access_hash), Some(i + 1));
    }
    assert_eq!(cache.len(), 1000);
}
