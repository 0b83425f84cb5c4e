//! `mtrs-session`: the persisted half of an mtrs login.
//!
//! - [`SessionData`] is the plain snapshot of a session: the home DC, what is known about
//!   each DC (address, permanent and temporary auth keys, salts, time offset), the signed-in
//!   identity, DC options and the update state. It is the pivot every session format converts
//!   through.
//! - [`Peer`] is one cached peer (id, kind, access hash, usernames, phone).
//!
//! This crate does no I/O, reads no clock and spawns nothing: times are passed in by callers.

mod dc;
mod peer;
mod session_data;
mod time;
mod update_state;

pub use dc::{DcId, DcOption, DcState, ServerSalt, TempAuthKey, TimeOffset};
pub use peer::{Peer, PeerId, PeerKind, normalize_phone, normalize_username};
pub use session_data::{Identity, SessionData, UserId};
pub use time::UnixTime;
pub use update_state::{AccountState, ChannelId, UpdateState, UpdateStateChange};

/// Re-exported so users need not depend on `mtrs-crypto` to build a [`DcState`].
pub use mtrs_crypto::{AuthKey, AuthKeyId};
