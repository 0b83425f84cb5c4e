//! `mtrs`: a Telegram MTProto client whose heart is session management.
//!
//! - [`Client`]: `new` → [`Client::connect`] → [`Client::invoke`] / [`Client::dc_session`]
//!   → [`Client::stop`]. A cheap, cloneable handle.
//! - [`Config`]: the seed's options (`session_name`, `work_dir`, `in_memory`,
//!   `session_string`, `save_peers`) with the same defaults, plus bot token, test mode,
//!   [`InitParams`], transport, timeouts and a [`DcTable`] override (how tests point the
//!   client at `mtrs-testdc`). Conflicts are a [`ConfigError`] at `new`.
//! - Storage: SQLite by default at `<work_dir>/<session_name>.session` (mode 0600, locked
//!   for exclusive use), memory with `in_memory`, or any [`mtrs_session::SessionStore`].
//! - [`migration`]: the pure decision table for `*_MIGRATE`, FLOOD_WAIT and
//!   re-authorization; the client follows it (at most two hops per request).
//! - Connections: one task per connection (`mtrs-net`), one pool task per client;
//!   keepalive, reconnect with backoff, `on_disconnect` / `on_reconnect` hooks.
//!
//! Requests in flight when a connection drops are sent again after it reconnects (each
//! caller gets exactly one answer; a request the server had already received may run
//! twice); they fail with a typed error only on timeout or stop — never silently.
//!
//! Secrets (auth keys, session strings, bot tokens) never appear in logs, `Debug` or
//! error text.

mod client;
mod config;
mod error;
mod hooks;
mod link;
pub mod migration;
mod peers;
mod pool;
mod settings;

pub use client::{Client, DcSession};
pub use config::{Config, ConfigError, DcAddress, DcTable, InitParams};
pub use error::InvokeError;
pub use hooks::{Hook, LinkInfo};

pub use mtrs_crypto::rsa::RsaPublicKey;
pub use mtrs_net::Backoff;
pub use mtrs_proto::RpcError;
pub use mtrs_proto::transport::TransportKind;
pub use mtrs_session::{MemoryStore, SessionData, SessionStore, StoreError};
/// The generated Telegram API (functions to pass to [`Client::invoke`], their types).
pub use mtrs_tl_api as api;

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
