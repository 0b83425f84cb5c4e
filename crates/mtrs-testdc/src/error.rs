//! The crate's error type.

use std::time::Duration;

use mtrs_types::DcId;
use thiserror::Error;

/// What can go wrong when starting, driving or observing a cluster.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// A listener could not be bound.
    #[error("cannot bind a listener for {dc_id} on {addr}: {source}")]
    Bind {
        /// The DC.
        dc_id: DcId,
        /// The address.
        addr: std::net::SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A DC id outside `1..=N`.
    #[error("no {dc_id} in a cluster of {dcs}")]
    UnknownDc {
        /// The DC asked for.
        dc_id: DcId,
        /// How many DCs the cluster has.
        dcs: i32,
    },
    /// The cluster must have between 1 and 100 DCs.
    #[error("a cluster needs 1..=100 DCs, not {dcs}")]
    DcCount {
        /// The requested count.
        dcs: i32,
    },
    /// The fixture is inconsistent (an account or file homed on a DC that does not exist,
    /// a duplicate id or username).
    #[error("invalid fixture: {problem}")]
    Fixture {
        /// What is wrong.
        problem: String,
    },
    /// A key operation of the crypto crate failed.
    #[error("{what}: {source}")]
    Crypto {
        /// What was being done.
        what: &'static str,
        /// The cause.
        source: mtrs_crypto::Error,
    },
    /// [`crate::EventLog::wait_for`] saw no matching event in time.
    #[error("no matching event within {timeout:?}")]
    Timeout {
        /// How long it waited.
        timeout: Duration,
    },
    /// The control interface was asked to listen on an address other than a loopback
    /// one (it changes faults and must not be reachable from the network).
    #[error("the control interface listens on loopback addresses only, not {addr}")]
    NotLoopback {
        /// The address asked for.
        addr: std::net::SocketAddr,
    },
    /// The control interface could not be bound.
    #[error("cannot bind the control interface on {addr}: {source}")]
    ControlBind {
        /// The address.
        addr: std::net::SocketAddr,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An account or channel id the cluster does not know.
    #[error("no account or channel {id}")]
    UnknownPeer {
        /// The id asked for.
        id: i64,
    },
    /// No message with this id in that account's dialog.
    #[error("account {account} has no message {id} there")]
    UnknownMessage {
        /// The account.
        account: i64,
        /// The message id.
        id: i32,
    },
    /// A login token could not be accepted: `AUTH_TOKEN_INVALID` (unknown or not a
    /// `tg://login?token=…` URL), `AUTH_TOKEN_EXPIRED` or `AUTH_TOKEN_ALREADY_ACCEPTED`.
    #[error("the login token was refused: {refused}")]
    LoginToken {
        /// The error name Telegram gives.
        refused: &'static str,
    },
}
