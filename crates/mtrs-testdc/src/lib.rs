//! `mtrs-testdc`: a real, local, multi-DC MTProto server with fault injection, for the
//! tests of mtrs and of any other Telegram client.
//!
//! A [`Cluster`] runs N DCs on `127.0.0.1` (OS-chosen ports), each with a main listener
//! and optionally a media-only one. Each connection's transport is detected from its first
//! bytes (abridged, intermediate, padded intermediate, full, obfuscated2). Keys are created
//! by the real key exchange (permanent and temporary, RSA_PAD and the older RSA scheme)
//! with the cluster's own RSA key ([`Cluster::rsa_public_key_pem`]); they belong to one DC
//! and are shared by its listeners; which user a key is logged in as is per key.
//!
//! The account directory is a [`Fixture`]; the RPCs answered (with real constructors and
//! error names) are `invokeWithLayer`, `initConnection`, `invokeWithoutUpdates`,
//! `invokeAfterMsg`, `help.getConfig`, `help.getNearestDc`, `help.getAppConfig`,
//! `langpack.getLangPack`, `langpack.getDifference`, `langpack.getStrings`,
//! `langpack.getLanguages`, `auth.importBotAuthorization`,
//! `auth.exportAuthorization`, `auth.importAuthorization`, `auth.bindTempAuthKey`,
//! `auth.logOut`, `auth.sendCode`, `auth.signIn`, `auth.signUp`, `auth.checkPassword`,
//! `account.getPassword` (user sign-in with login codes and real SRP 2FA),
//! `auth.exportLoginToken`, `auth.importLoginToken` (the QR code login; another device
//! accepts with [`Cluster::accept_login_token`]), `users.getUsers`, `users.getFullUser`, `account.updateStatus`,
//! `contacts.resolveUsername`, `updates.getState`, `updates.getDifference`,
//! `updates.getChannelDifference`, `messages.sendMessage`, `messages.getDialogs`,
//! `messages.getHistory`, `messages.getMessages`, `upload.getFile`,
//! `upload.saveFilePart`, `upload.saveBigFilePart` ([`Cluster::uploaded_file`]), and the
//! service queries `ping`, `ping_delay_disconnect`, `get_future_salts`, `msgs_state_req`,
//! `destroy_session`, `msgs_ack` (`ping` and `get_future_salts` also inside the invoke
//! wrappers). Other methods answer `400 INPUT_METHOD_INVALID`; methods that need a login
//! answer `401 AUTH_KEY_UNREGISTERED` before one.
//!
//! As Telegram, the DC takes the service messages (`ping`, `msgs_ack`, …) with either
//! seq_no parity, answers them without a `msgs_ack`, and inflates `gzip_packed` written
//! as gzip, zlib or raw deflate.
//!
//! As on Telegram, an MTProto session (auth key + session id) outlives its TCP connection
//! ([`ClusterBuilder::session_lifetime`]): a client reconnecting with the same session id
//! continues it, a query re-sent with a msg_id the session already executed is not run
//! again (`msg_detailed_info`, then the cached answer on `msg_resend_req`), and a new
//! session id on an open connection starts (or continues) that session.
//!
//! Like Telegram, the cluster keeps an update log per account and per channel (every
//! account of the fixture is a member of every fixture channel): a message, edit or
//! deletion takes the next `pts` of each account it affects (a channel post the channel's),
//! and each `updates` container pushed the account's next `seq`. Events are injected with
//! [`Cluster::send_message`], [`Cluster::edit_message`], [`Cluster::delete_messages`] and
//! [`Cluster::channel_post`] (or sent by a client with `messages.sendMessage`), pushed to
//! every live session authorized as an affected account on any DC (a session without a
//! TCP connection misses them), and served by `updates.getDifference` (slices above
//! [`ClusterBuilder::difference_limit`], too long past
//! [`ClusterBuilder::difference_too_long_after`]) and `updates.getChannelDifference`;
//! [`Cluster::push_fault`] drops, duplicates, reorders, pauses or replaces pushes.
//!
//! Faults ([`FaultConfig`], changed at run time through [`Cluster::faults`]), per-DC
//! [`Counters`] and the [`EventLog`] let tests provoke and then assert on what happened,
//! waiting on events instead of sleeping.
//!
//! | need | call |
//! | --- | --- |
//! | start, stop | [`Cluster::builder`] → [`ClusterBuilder::start`], [`Cluster::shutdown`], [`Cluster::restart_dc`] |
//! | what to give a client | [`Cluster::dc_table`], [`Cluster::rsa_public_key`], [`Cluster::dc_options`], [`Cluster::endpoint`], [`Cluster::rsa_public_key_pem`], [`Cluster::rsa_fingerprint`], [`Cluster::layer`], [`Cluster::fixture`] |
//! | DC ids | [`DcId`] everywhere: `DcId::new(n)` for DC `n` (`1..=N`, [`Cluster::dc_ids`]), `DcId::new(n).media()` for its media-only listener; the test mark is ignored |
//! | DC ids in the key exchange | plain `n` (media: `−n`); with [`ClusterBuilder::test_mode`] `10000 + n` ([`DcId::wire`]) |
//! | what happened | [`Cluster::counters`], [`Cluster::events`] → [`EventLog::wait_for`], [`Cluster::key_count`], [`Cluster::key_user`] |
//! | faults | [`ClusterBuilder::faults`], [`ClusterBuilder::dc_faults`], [`Cluster::faults`] → [`FaultHandle`] |
//! | user sign-in: login codes | [`Cluster::login_code`], [`Cluster::expire_login_codes`], [`CAROL_PASSWORD`] |
//! | user sign-in: QR code | [`Cluster::accept_login_token`], [`ClusterBuilder::login_token_lifetime`], [`Cluster::set_login_token_lifetime`] |
//! | keys without an exchange | [`Cluster::install_key`], [`Cluster::authorize_key`] |
//! | updates and messages | [`Cluster::send_message`], [`Cluster::edit_message`], [`Cluster::delete_messages`], [`Cluster::channel_post`] → [`Injected`]; [`Cluster::push_fault`] with [`PushFault`]; [`Cluster::update_state`]; [`Event::UpdatePushed`] |
//! | scripts in any language (JSON lines on loopback) | [`Cluster::start_control`] → [`ControlServer`] |
//! | drive a connection without a socket | [`Cluster::memory_connection`] → [`MemoryConnection`] |
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), mtrs_testdc::Error> {
//! use mtrs_testdc::{Cluster, DcId, FaultConfig, Fixture};
//! let cluster = Cluster::builder()
//!     .dcs(3)
//!     .media_listeners(true)
//!     .fixture(Fixture::default())
//!     .faults(FaultConfig::default())
//!     .start()
//!     .await?;
//! assert_eq!(cluster.dc_options().len(), 6);
//! assert!(cluster.rsa_public_key_pem().starts_with("-----BEGIN RSA PUBLIC KEY-----"));
//! cluster.faults(DcId::new(2))?.update(|f| f.user_migrate_to = Some(3));
//! cluster.shutdown().await;
//! # Ok(())
//! # }
//! ```

mod cluster;
mod conn;
mod control;
mod counters;
mod dc;
mod endpoint;
mod error;
mod events;
mod exchange;
mod fault_handle;
mod faults;
mod fixture;
mod framing;
mod injection;
mod layers;
mod listener;
mod login_tokens;
mod logins;
mod memory;
mod messages;
mod peers;
mod push;
mod push_faults;
mod qr_login;
mod rpc;
mod rsa_key;
mod service;
mod session;
mod state;
mod updates_log;
mod upload_parts;

pub use cluster::{Cluster, ClusterBuilder};
pub use control::ControlServer;
pub use counters::Counters;
pub use endpoint::DcEndpoint;
pub use error::Error;
pub use events::{Event, EventLog, KeyKind};
pub use fault_handle::FaultHandle;
pub use faults::{FaultConfig, RejectKeys};
pub use fixture::{Account, CAROL_PASSWORD, Channel, File, Fixture, Owner, TwoFactor};
pub use injection::{Affected, Injected, PushFault, UpdateState};
pub use layers::supported as supported_layers;
pub use memory::MemoryConnection;
/// The DC id every `mtrs-testdc` API takes and returns (re-exported from `mtrs-types`).
pub use mtrs_types::DcId;
pub use rsa_key::TEST_PUBLIC_KEY_PEM;
