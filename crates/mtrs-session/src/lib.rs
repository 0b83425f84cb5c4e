//! `mtrs-session`: the persisted half of an mtrs login.
//!
//! - [`SessionData`] is the plain snapshot of a session: the home DC, what is known about
//!   each DC (address, permanent and temporary auth keys, salts, time offset), the signed-in
//!   identity, DC options and the update state. It is the pivot every session format converts
//!   through.
//! - [`Peer`] is one cached peer (id, kind, access hash, usernames, phone);
//!   [`Peer::merged_with`] is the rule that keeps a full access hash from being overwritten
//!   by a `min` or zero one.
//! - [`SessionStore`] is the small, coarse-grained, object-safe storage trait
//!   (`Arc<dyn SessionStore>`), failing with [`StoreError`]. [`MemoryStore`] implements it
//!   here; `mtrs-store-sqlite` is the persistent default.
//! - [`SessionInfo`] is what a backend lists about each of its sessions (administration).
//! - [`PeerCache`] is a bounded LRU of peers over a store, filled lazily.
//! - With the `testing` feature, `testing` exports the conformance suite
//!   every backend runs (`store_conformance_tests!`).
//!
//! This crate does no I/O, reads no clock and spawns nothing: times are passed in by callers.

mod catalog;
mod dc;
mod error;
mod memory;
mod peer;
mod peer_cache;
mod session_data;
mod store;
mod update_state;

#[cfg(feature = "testing")]
pub mod testing;

pub use catalog::SessionInfo;
pub use dc::{DcOption, DcState, TempAuthKey};
pub use error::{LockHolder, Operation, StoreError};
pub use memory::MemoryStore;
/// The shared vocabulary (`mtrs-types`), re-exported where a session uses it.
pub use mtrs_types::{DcId, Salt, ServerSalt, TimeOffset, UnixTime};
pub use peer::{Peer, PeerId, PeerKind, SeenIn, normalize_phone, normalize_username};
pub use peer_cache::PeerCache;
pub use session_data::{Identity, SessionData, UserId};
pub use store::{DcUpdate, IdentityChange, PeerKey, SessionStore, StoreFuture};
pub use update_state::{AccountState, ChannelId, UpdateState, UpdateStateChange};

/// Re-exported so users need not depend on `mtrs-crypto` to build a [`DcState`].
pub use mtrs_crypto::{AuthKey, AuthKeyId};
