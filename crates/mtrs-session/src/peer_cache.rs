//! [`PeerCache`]: a bounded in-memory LRU of peers over an authoritative store.

use std::collections::{BTreeMap, HashMap};
use std::num::NonZeroUsize;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::{Peer, PeerId, PeerKey, SessionStore, StoreError};

/// A bounded least-recently-used cache of peers in front of a [`SessionStore`].
///
/// The store stays authoritative: the cache starts empty, fills lazily on lookups, and
/// never holds more than `capacity` peers (the least recently used one is evicted). Writes go
/// to the store first, then invalidate what the cache held for those peers, usernames and
/// phones, so a lookup never returns something older than the store.
///
/// ```
/// # fn block_on<F: std::future::Future>(f: F) -> F::Output { mtrs_session::testing::block_on(f) }
/// use std::{num::NonZeroUsize, sync::Arc};
/// use mtrs_session::{MemoryStore, Peer, PeerCache, PeerId, PeerKey, PeerKind};
/// let cache = PeerCache::new(Arc::new(MemoryStore::new()), NonZeroUsize::new(1000).unwrap());
/// block_on(cache.upsert(vec![Peer::new(PeerId::User(1), PeerKind::User, 9).with_usernames(["Ann"])])).unwrap();
/// let p = block_on(cache.lookup(PeerKey::username("ANN"))).unwrap().unwrap();
/// assert_eq!(p.access_hash, 9);
/// assert_eq!(cache.len(), 1);
/// ```
pub struct PeerCache {
    store: Arc<dyn SessionStore>,
    lru: Mutex<Lru>,
}

impl std::fmt::Debug for PeerCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lru = self.lru.lock();
        f.debug_struct("PeerCache")
            .field("len", &lru.entries.len())
            .field("capacity", &lru.capacity)
            .finish_non_exhaustive()
    }
}

struct Entry {
    peer: Peer,
    tick: u64,
    /// The username/phone keys that point at this entry.
    keys: Vec<PeerKey>,
}

struct Lru {
    capacity: usize,
    tick: u64,
    /// Bumped by every write; a lookup that began before a write must not fill the cache.
    generation: u64,
    entries: HashMap<PeerId, Entry>,
    order: BTreeMap<u64, PeerId>,
    keys: HashMap<PeerKey, PeerId>,
}

impl Lru {
    fn touch(&mut self, id: PeerId) -> Option<Peer> {
        let entry = self.entries.get_mut(&id)?;
        self.order.remove(&entry.tick);
        self.tick += 1;
        entry.tick = self.tick;
        self.order.insert(self.tick, id);
        Some(entry.peer.clone())
    }

    fn get(&mut self, key: &PeerKey) -> Option<Peer> {
        let id = match key {
            PeerKey::Id(id) => *id,
            other => *self.keys.get(other)?,
        };
        self.touch(id)
    }

    fn remove(&mut self, id: PeerId) {
        if let Some(entry) = self.entries.remove(&id) {
            self.order.remove(&entry.tick);
            for key in entry.keys {
                if self.keys.get(&key) == Some(&id) {
                    self.keys.remove(&key);
                }
            }
        }
    }

    fn insert(&mut self, key: PeerKey, peer: Peer) {
        let id = peer.id;
        if let Some(old_id) = self.keys.get(&key).copied()
            && old_id != id
            && let Some(old) = self.entries.get_mut(&old_id)
        {
            old.keys.retain(|k| *k != key);
        }
        if !self.entries.contains_key(&id) {
            while self.entries.len() >= self.capacity {
                let Some((_, victim)) = self.order.pop_first() else {
                    break;
                };
                self.remove(victim);
            }
            self.entries.insert(
                id,
                Entry {
                    peer: peer.clone(),
                    tick: 0,
                    keys: Vec::new(),
                },
            );
        }
        if let Some(entry) = self.entries.get_mut(&id) {
            entry.peer = peer;
            if !matches!(key, PeerKey::Id(_)) && !entry.keys.contains(&key) {
                entry.keys.push(key.clone());
                self.keys.insert(key, id);
            }
        }
        self.touch(id);
    }
}

impl PeerCache {
    /// A cache holding at most `capacity` peers in memory.
    pub fn new(store: Arc<dyn SessionStore>, capacity: NonZeroUsize) -> Self {
        Self {
            store,
            lru: Mutex::new(Lru {
                capacity: capacity.get(),
                tick: 0,
                generation: 0,
                entries: HashMap::new(),
                order: BTreeMap::new(),
                keys: HashMap::new(),
            }),
        }
    }

    /// The store behind the cache.
    pub fn store(&self) -> &Arc<dyn SessionStore> {
        &self.store
    }

    /// Number of peers currently held in memory.
    pub fn len(&self) -> usize {
        self.lru.lock().entries.len()
    }

    /// `true` when no peer is held in memory.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most peers held in memory at once.
    pub fn capacity(&self) -> usize {
        self.lru.lock().capacity
    }

    /// Finds a peer: from memory if cached, otherwise from the store (then cached).
    pub async fn lookup(&self, key: PeerKey) -> Result<Option<Peer>, StoreError> {
        let key = key.normalized();
        let generation = {
            let mut lru = self.lru.lock();
            if let Some(peer) = lru.get(&key) {
                return Ok(Some(peer));
            }
            lru.generation
        };
        let found = self.store.lookup_peer(key.clone()).await?;
        if let Some(peer) = &found {
            let mut lru = self.lru.lock();
            if lru.generation == generation {
                lru.insert(key, peer.clone());
            }
        }
        Ok(found)
    }

    /// Writes a batch of peers to the store, then drops stale cached copies.
    pub async fn upsert(&self, peers: Vec<Peer>) -> Result<(), StoreError> {
        let mut stale_ids = Vec::with_capacity(peers.len());
        let mut stale_keys = Vec::new();
        for peer in &peers {
            stale_ids.push(peer.id);
            stale_keys.extend(peer.usernames.iter().cloned().map(PeerKey::Username));
            stale_keys.extend(peer.phone.iter().cloned().map(PeerKey::Phone));
        }
        let result = self.store.upsert_peers(peers).await;
        // Invalidate even on failure: the store may or may not hold the batch.
        let mut lru = self.lru.lock();
        lru.generation += 1;
        for id in stale_ids {
            lru.remove(id);
        }
        for key in stale_keys {
            if let Some(id) = lru.keys.get(&key).copied() {
                lru.remove(id);
            }
        }
        result
    }
}

#[cfg(test)]
mod tests;
