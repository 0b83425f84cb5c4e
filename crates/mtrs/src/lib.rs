//! `mtrs`: a Telegram MTProto client whose heart is session management.
//!
//! - [`Client`]: `new` → [`Client::connect`] → [`Client::invoke`] / [`Client::dc_session`]
//!   → [`Client::stop`]. A cheap, cloneable handle.
//! - [`Config`]: the seed's options with the same defaults: storage is one
//!   [`SessionSource`] (`session_name` + `work_dir` → [`SessionSource::File`], `in_memory`
//!   → [`SessionSource::Memory`], `session_string` → [`SessionSource::String`]), plus
//!   `save_peers`, bot token, test mode, [`InitParams`], one [`LinkConfig`] for every
//!   connection, timeouts and a [`DcTable`] override (how tests point the client at
//!   `mtrs-testdc`). Malformed options are a [`ConfigError`] at `new`.
//! - Storage: SQLite by default at `<work_dir>/<session_name>.session` (mode 0600, locked
//!   for exclusive use), memory, or any [`SessionStore`].
//! - [`DcId`] names a DC everywhere (`DcId::new(3).media()` for a media connection).
//! - User sign-in: [`Client::request_login_code`] → [`Client::sign_in`] →
//!   [`Client::check_password`] (2FA, SRP) or [`Client::sign_up`]; errors [`LoginError`].
//!   By QR code: [`Client::qr_login`] (or its steps [`Client::export_login_token`] →
//!   [`QrToken::url`] → [`Client::wait_login_token`]), following
//!   `auth.loginTokenMigrateTo` to the account's DC.
//! - [`migration`]: the pure decision table for `*_MIGRATE`, FLOOD_WAIT and
//!   re-authorization; the client follows it (at most two hops per request).
//! - Chats without raw TL: [`Client::send_message`], [`Client::get_messages`],
//!   [`Client::iter_messages`] ([`MessageIter`]) and [`Client::iter_dialogs`]
//!   ([`DialogIter`]).
//! - Updates: [`Client::updates`] → [`Updates::next`] yields [`UpdateBatch`]es in order,
//!   gaps filled through `updates.getDifference`, the state committed once a batch is
//!   taken (at-least-once across crashes, exactly-once across clean stops).
//! - Connections: one task per connection (`mtrs-net`), one pool task per client;
//!   keepalive, reconnect with backoff, `on_disconnect` / `on_reconnect` hooks.
//!
//! Requests in flight when a connection drops are sent again after it reconnects (each
//! caller gets exactly one answer; a request the server had already received may run
//! twice); they fail with a typed error only on timeout or stop — never silently.
//!
//! Secrets (auth keys, session strings, bot tokens) never appear in logs, `Debug` or
//! error text.
//!
//! Cargo features (both on by default): `sqlite` (the bundled SQLite store,
//! [`SessionSource::File`]) and `convert` (session strings of every format,
//! [`SessionSource::String`], [`Client::export_session_string`]). A user who brings their
//! own store builds with `default-features = false`.

mod client;
mod config;
mod dialogs;
mod download;
mod error;
mod hooks;
mod input_peer;
mod joined;
mod link;
mod login;
mod messages;
pub mod migration;
mod min_peers;
mod peers;
mod pfs;
mod pool;
mod qr_login;
mod rekey;
mod send_file;
mod settings;
mod updates;
mod upload;
mod username;
mod users;

pub use client::{Client, DcSession};
pub use config::{Config, ConfigError, InitParams, SessionSource};
pub use dialogs::{Dialog, DialogIter};
pub use download::Download;
pub use error::InvokeError;
pub use hooks::{Hook, LinkInfo, LostHook, RevokedHook};
pub use input_peer::{input_channel_of, input_peer_of, input_user_of};
pub use login::{CodeKind, LoginError, LoginToken, PasswordToken, SignIn};
pub use messages::{MessageIter, SentMessage, message_id, message_peer, message_text};
pub use pfs::Pfs;
pub use qr_login::{QrLogin, QrToken};
pub use rekey::RekeyPolicy;
pub use send_file::{SentFile, missing_part};
pub use updates::{Lost, UpdateBatch, Updates};
pub use upload::Upload;

pub use mtrs_crypto::rsa::RsaPublicKey;
pub use mtrs_net::{Backoff, Error as NetError, LinkConfig, MtProxy, Obfuscation, ProxySecret};
pub use mtrs_proto::ProtoConfig;
pub use mtrs_proto::transport::TransportKind;
pub use mtrs_session::{
    AuthKey, DcState, Identity, MemoryStore, Peer, PeerId, PeerKey, PeerKind, SeenIn, SessionData,
    SessionStore, StoreError, UpdateState,
};
/// Session strings and files of every library (Telethon, Pyrogram, GramJS, mtcute,
/// tdata, ours): `mtrs::convert::detect`, `to_telethon`, … Feature `convert`.
#[cfg(feature = "convert")]
pub use mtrs_session_convert as convert;
#[cfg(feature = "sqlite")]
pub use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
/// The MTProto service layer (`mtproto.tl`): `Ping`, `GetFutureSalts`, … as
/// `mtrs::mtproto::functions::Ping`.
pub use mtrs_tl::mtproto;
pub use mtrs_tl::{Deserialize, RemoteCall, Serialize, TlString};
/// The generated Telegram API (functions to pass to [`Client::invoke`], their types).
pub use mtrs_tl_api as api;
pub use mtrs_types::{DcAddress, DcId, DcTable, RpcError, TimeOffset, UnixTime};

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
