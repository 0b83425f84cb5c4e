//! `mtrs-net`: the tokio driver of [`mtrs_proto`].
//!
//! One task per connection owns the TCP socket, the transport codec and the
//! [`mtrs_proto::Connection`]; callers hold a cheap, cloneable [`ConnectionHandle`] and send
//! it commands over a bounded channel, each with a oneshot for the answer.
//!
//! - [`connect`] dials a DC and returns the handle plus the [`Driver`] future to spawn.
//! - [`connect_with_new_key`] creates a permanent auth key and carries on encrypted on the
//!   same TCP connection; [`exchange_auth_key`] only creates the key.
//! - The task keeps the connection alive with `ping_delay_disconnect`, detects a dead one
//!   within `ping_interval + ping_timeout`, and reconnects with [`Backoff`]. Requests
//!   waiting at a disconnect are sent again on the new connection — never dropped
//!   silently; they fail with [`Error::Closed`] only when the task stops.
//! - Transitions and updates go to an optional [`Observer`] as [`LinkEvent`]s.
//!
//! This crate knows nothing of the API schema, DC tables, sessions or migration: that is
//! the client's (`mtrs`) business.
//!
//! ```no_run
//! # async fn demo(key: mtrs_crypto::AuthKey) -> Result<(), mtrs_net::Error> {
//! use mtrs_net::{LinkAuth, LinkConfig};
//! use mtrs_proto::Salt;
//! use mtrs_proto::DcId;
//! let auth = LinkAuth { dc: DcId::new(2), auth_key: key, salt: Salt(0), future_salts: Vec::new(), time_offset: None };
//! let (handle, driver) = mtrs_net::connect("127.0.0.1:4430".parse().unwrap(),
//!     LinkConfig::default(), auth, None).await?;
//! let task = tokio::spawn(driver.run());
//! let pong = handle.invoke_raw(vec![0xec, 0x77, 0xbe, 0x7a, 1, 0, 0, 0, 0, 0, 0, 0]).await?;
//! # let _ = pong;
//! handle.close().await;
//! task.await.ok();
//! # Ok(()) }
//! ```

mod backoff;
mod config;
mod driver;
mod error;
mod event;
mod exchange;
mod handle;
mod obfuscation;

pub use backoff::Backoff;
pub use config::LinkConfig;
pub use driver::{Driver, LinkAuth, attach, connect};
pub use error::Error;
pub use event::{DisconnectReason, LinkEvent, LinkState, Observer};
pub use exchange::{connect_with_new_key, connect_with_new_temp_key, exchange_auth_key};
pub use handle::ConnectionHandle;
pub use obfuscation::{MtProxy, Obfuscation, ProxySecret, ProxySecretError};
