//! [`MemoryStore`]: a [`SessionStore`] that keeps everything in process memory.

use std::collections::HashMap;

use parking_lot::Mutex;

use crate::store::DEFAULT_HOME_DC;
use crate::{
    DcUpdate, Peer, PeerId, PeerKey, SessionData, SessionStore, StoreFuture, UpdateStateChange,
};

/// A store that forgets everything when dropped: for tests, bots that log in each run, and
/// as the reference implementation of the [`SessionStore`] semantics.
///
/// ```
/// # fn block_on<F: std::future::Future>(f: F) -> F::Output {
/// #     mtrs_session::testing::block_on(f)
/// # }
/// use mtrs_session::{DcId, MemoryStore, SessionData, SessionStore};
/// let store = MemoryStore::new();
/// block_on(store.save(&SessionData::new(DcId(2)))).unwrap();
/// let loaded = block_on(store.load()).unwrap().unwrap();
/// assert_eq!(loaded.home_dc, DcId(2));
/// ```
#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    session: Option<SessionData>,
    peers: HashMap<PeerId, Peer>,
    by_username: HashMap<String, Vec<PeerId>>,
    by_phone: HashMap<String, Vec<PeerId>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store pre-filled with a snapshot.
    pub fn with_data(data: SessionData) -> Self {
        let store = Self::default();
        store.inner.lock().session = Some(data);
        store
    }

    /// Number of peers held.
    pub fn peer_count(&self) -> usize {
        self.inner.lock().peers.len()
    }
}

fn unindex(index: &mut HashMap<String, Vec<PeerId>>, key: &str, id: PeerId) {
    if let Some(ids) = index.get_mut(key) {
        ids.retain(|x| *x != id);
        if ids.is_empty() {
            index.remove(key);
        }
    }
}

fn index(index: &mut HashMap<String, Vec<PeerId>>, key: &str, id: PeerId) {
    let ids = index.entry(key.to_owned()).or_default();
    if !ids.contains(&id) {
        ids.push(id);
    }
}

impl Inner {
    fn upsert(&mut self, incoming: Peer) {
        let id = incoming.id;
        let merged = match self.peers.remove(&id) {
            Some(old) => {
                for name in &old.usernames {
                    unindex(&mut self.by_username, name, id);
                }
                if let Some(phone) = &old.phone {
                    unindex(&mut self.by_phone, phone, id);
                }
                old.merged_with(incoming)
            }
            None => incoming,
        };
        for name in &merged.usernames {
            index(&mut self.by_username, name, id);
        }
        if let Some(phone) = &merged.phone {
            index(&mut self.by_phone, phone, id);
        }
        self.peers.insert(id, merged);
    }

    fn newest(&self, ids: Option<&Vec<PeerId>>) -> Option<Peer> {
        ids?.iter()
            .filter_map(|id| self.peers.get(id))
            .max_by_key(|p| p.updated_at)
            .cloned()
    }

    fn lookup(&self, key: PeerKey) -> Option<Peer> {
        match key.normalized() {
            PeerKey::Id(id) => self.peers.get(&id).cloned(),
            PeerKey::Username(name) => self.newest(self.by_username.get(&name)),
            PeerKey::Phone(phone) => self.newest(self.by_phone.get(&phone)),
        }
    }
}

impl SessionStore for MemoryStore {
    fn load(&self) -> StoreFuture<'_, Option<SessionData>> {
        Box::pin(async move { Ok(self.inner.lock().session.clone()) })
    }

    fn save<'a>(&'a self, data: &'a SessionData) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            self.inner.lock().session = Some(data.clone());
            Ok(())
        })
    }

    fn update_dc(&self, update: DcUpdate) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            update.apply_to(&mut self.inner.lock().session);
            Ok(())
        })
    }

    fn upsert_peers(&self, peers: Vec<Peer>) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let mut inner = self.inner.lock();
            for peer in peers {
                inner.upsert(peer.normalized());
            }
            Ok(())
        })
    }

    fn lookup_peer(&self, key: PeerKey) -> StoreFuture<'_, Option<Peer>> {
        Box::pin(async move { Ok(self.inner.lock().lookup(key)) })
    }

    fn indexed_usernames(&self, peer: PeerId) -> StoreFuture<'_, Option<Vec<String>>> {
        Box::pin(async move {
            let inner = self.inner.lock();
            let mut names: Vec<String> = inner
                .by_username
                .iter()
                .filter(|(_, ids)| ids.contains(&peer))
                .map(|(name, _)| name.clone())
                .collect();
            names.sort();
            Ok(Some(names))
        })
    }

    fn save_update_state(&self, change: UpdateStateChange) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            let mut inner = self.inner.lock();
            let data = inner
                .session
                .get_or_insert_with(|| SessionData::new(DEFAULT_HOME_DC));
            change.apply_to(&mut data.update_state);
            Ok(())
        })
    }

    fn delete(&self) -> StoreFuture<'_, ()> {
        Box::pin(async move {
            *self.inner.lock() = Inner::default();
            Ok(())
        })
    }
}
