//! The [`SessionStore`] trait and the values its operations take.

use std::future::Future;
use std::pin::Pin;

use crate::{DcId, DcState, Identity, Peer, PeerId, SessionData, StoreError, UpdateStateChange};
use crate::{normalize_phone, normalize_username};

/// The boxed future every [`SessionStore`] method returns.
pub type StoreFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StoreError>> + Send + 'a>>;

/// What a [`DcUpdate`] does to the signed-in identity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum IdentityChange {
    /// Leave it as it is.
    #[default]
    Keep,
    /// Sign in as this identity.
    Set(Identity),
    /// Sign out (forget the identity).
    Clear,
}

/// The credential change a store commits atomically: one DC's state, optionally making it
/// the home DC and changing the identity, all in one transaction.
///
/// A login on a new DC is `DcUpdate::new(dc, state).make_home().with_identity(me)`: after
/// a crash the store holds either the old `(home DC, key, user, bot)` tuple or the new one.
///
/// ```
/// use mtrs_session::{AuthKey, DcId, DcState, DcUpdate, Identity, UserId};
/// let up = DcUpdate::new(DcId(4), DcState::new().with_auth_key(AuthKey::from_bytes([3; 256])))
///     .make_home()
///     .with_identity(Identity::new(UserId(1)).with_bot(false));
/// assert!(up.make_home);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DcUpdate {
    /// The DC whose entry is replaced.
    pub dc_id: DcId,
    /// Its new state (replaces the stored entry entirely).
    pub state: DcState,
    /// Also make `dc_id` the home DC.
    pub make_home: bool,
    /// What happens to the identity.
    pub identity: IdentityChange,
}

impl DcUpdate {
    /// Replaces one DC's entry, touching nothing else.
    pub fn new(dc_id: DcId, state: DcState) -> Self {
        Self {
            dc_id,
            state,
            make_home: false,
            identity: IdentityChange::Keep,
        }
    }

    /// Also switches the home DC to this one.
    pub fn make_home(mut self) -> Self {
        self.make_home = true;
        self
    }

    /// Also sets the signed-in identity.
    pub fn with_identity(mut self, identity: Identity) -> Self {
        self.identity = IdentityChange::Set(identity);
        self
    }

    /// Also forgets the signed-in identity.
    pub fn clear_identity(mut self) -> Self {
        self.identity = IdentityChange::Clear;
        self
    }

    /// Applies the update to an in-memory snapshot (what every store must do durably).
    /// With no snapshot yet, a new one is created whose home is `dc_id`.
    ///
    /// ```
    /// use mtrs_session::{DcId, DcState, DcUpdate};
    /// let mut s = None;
    /// DcUpdate::new(DcId(3), DcState::new()).apply_to(&mut s);
    /// assert_eq!(s.map(|s| s.home_dc), Some(DcId(3)));
    /// ```
    pub fn apply_to(self, snapshot: &mut Option<SessionData>) {
        let data = snapshot.get_or_insert_with(|| SessionData::new(self.dc_id));
        if self.make_home {
            data.home_dc = self.dc_id;
        }
        data.dcs.insert(self.dc_id, self.state);
        match self.identity {
            IdentityChange::Keep => {}
            IdentityChange::Set(identity) => data.identity = Some(identity),
            IdentityChange::Clear => data.identity = None,
        }
    }
}

/// How to find a cached peer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum PeerKey {
    /// By id.
    Id(PeerId),
    /// By username (normalised: lower case, no `@`).
    Username(String),
    /// By phone number (normalised: digits only).
    Phone(String),
}

impl PeerKey {
    /// A username key; case and a leading `@` do not matter.
    ///
    /// ```
    /// use mtrs_session::PeerKey;
    /// assert_eq!(PeerKey::username("@Durov"), PeerKey::Username("durov".into()));
    /// ```
    pub fn username(name: &str) -> Self {
        Self::Username(normalize_username(name))
    }

    /// A phone key; punctuation and `+` do not matter.
    pub fn phone(phone: &str) -> Self {
        Self::Phone(normalize_phone(phone))
    }

    /// The same key with its text normalised (stores call this on every lookup).
    pub fn normalized(self) -> Self {
        match self {
            Self::Id(id) => Self::Id(id),
            Self::Username(name) => Self::username(&name),
            Self::Phone(phone) => Self::phone(&phone),
        }
    }
}

/// Persistent storage for one session: coarse-grained, fallible, object-safe.
///
/// Use it as `Arc<dyn SessionStore>`. Every method returns a boxed `Send` future; a backend
/// must not block the calling executor for long (the SQLite store hands writes to its own
/// thread). Peers are not part of the [`SessionData`] snapshot: they are upserted in batches
/// and looked up one at a time, so a store with a million peers still opens instantly.
///
/// Semantics every backend must follow (checked by the conformance suite in `testing`):
/// - [`load`](Self::load) returns `None` until something was saved.
/// - [`save`](Self::save) replaces the snapshot (not the peers) atomically.
/// - [`update_dc`](Self::update_dc) applies a [`DcUpdate`] atomically.
/// - [`upsert_peers`](Self::upsert_peers) merges each peer with [`Peer::merged_with`]; a
///   batch is committed as a whole or not at all.
/// - [`lookup_peer`](Self::lookup_peer) by username is case-insensitive; if two peers claim
///   the same username or phone, the one with the newest `updated_at` wins.
/// - [`save_update_state`](Self::save_update_state) applies an [`UpdateStateChange`]
///   atomically (creating an empty snapshot at DC 2 if there is none).
/// - [`delete`](Self::delete) forgets the snapshot and every peer.
///
/// ```
/// use std::sync::Arc;
/// use mtrs_session::{MemoryStore, SessionStore};
/// let store: Arc<dyn SessionStore> = Arc::new(MemoryStore::new());
/// # let _ = store;
/// ```
pub trait SessionStore: Send + Sync {
    /// Loads the snapshot, or `None` if the store is empty.
    fn load(&self) -> StoreFuture<'_, Option<SessionData>>;

    /// Replaces the snapshot (peers are kept).
    fn save<'a>(&'a self, data: &'a SessionData) -> StoreFuture<'a, ()>;

    /// Replaces one DC's entry, and optionally the home DC and identity, in one transaction.
    fn update_dc(&self, update: DcUpdate) -> StoreFuture<'_, ()>;

    /// Inserts or merges a batch of peers in one transaction.
    fn upsert_peers(&self, peers: Vec<Peer>) -> StoreFuture<'_, ()>;

    /// Finds one peer.
    fn lookup_peer(&self, key: PeerKey) -> StoreFuture<'_, Option<Peer>>;

    /// The usernames under which `peer` is indexed for [`PeerKey::Username`] lookups,
    /// sorted, or `None` if the backend cannot tell (the default). A backend that
    /// answers keeps its index equal to each peer's stored usernames: a rename or a
    /// full copy without names leaves no stale row behind (checked by the conformance
    /// suite). For diagnostics and tests.
    ///
    /// ```
    /// # fn block_on<F: std::future::Future>(f: F) -> F::Output { mtrs_session::testing::block_on(f) }
    /// use mtrs_session::{MemoryStore, Peer, PeerId, PeerKind, SessionStore};
    /// let store = MemoryStore::new();
    /// let ann = Peer::new(PeerId::User(1), PeerKind::User, 9);
    /// block_on(store.upsert_peers(vec![ann.clone().with_usernames(["old"])])).unwrap();
    /// block_on(store.upsert_peers(vec![ann.with_usernames(["new"])])).unwrap();
    /// let names = block_on(store.indexed_usernames(PeerId::User(1))).unwrap();
    /// assert_eq!(names, Some(vec!["new".to_string()]));
    /// ```
    fn indexed_usernames(&self, peer: PeerId) -> StoreFuture<'_, Option<Vec<String>>> {
        let _ = peer;
        Box::pin(async { Ok(None) })
    }

    /// Applies a change to the persisted update state.
    fn save_update_state(&self, change: UpdateStateChange) -> StoreFuture<'_, ()>;

    /// Forgets everything: the snapshot and all peers.
    fn delete(&self) -> StoreFuture<'_, ()>;

    /// Resolves when this store stops owning the session — another process took it over
    /// (a lease lost) — so its user must stop using the session's keys at once. Stores
    /// without leases never resolve it (the default).
    fn ownership_lost(&self) -> Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        Box::pin(std::future::pending())
    }
}

/// The home DC a store assumes when update state arrives before any snapshot exists.
pub const DEFAULT_HOME_DC: DcId = DcId(2);
