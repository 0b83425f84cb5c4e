//! What a connection reports: [`LinkEvent`] (to an observer) and [`LinkState`] (to handles).

use std::sync::Arc;

use mtrs_proto::Salt;

/// Why a connection went down.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisconnectReason {
    /// The server closed the TCP connection.
    ClosedByPeer,
    /// A socket error (its kind).
    Io(std::io::ErrorKind),
    /// No answer to a keepalive ping in time.
    KeepaliveTimeout,
    /// The byte stream or a packet broke the protocol (the error's text).
    Protocol(String),
    /// The server sent a transport error code (not −404, which is fatal).
    TransportError(i32),
    /// [`crate::ConnectionHandle::reconnect`] asked for a fresh connection.
    Requested,
}

/// A transition or message of a connection, delivered to its [`Observer`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LinkEvent {
    /// The connection went down; it reconnects by itself. Reported once per transition.
    Disconnected {
        /// Why.
        reason: DisconnectReason,
    },
    /// A new TCP connection is up after [`LinkEvent::Disconnected`]. Reported once per
    /// transition; requests that were waiting have been sent again.
    Reconnected,
    /// The server rejected the auth key; the connection stopped for good.
    AuthKeyRejected,
    /// A server message that answers no request (updates), as TL bytes.
    Update(Vec<u8>),
}

/// Receives a connection's [`LinkEvent`]s. Called on the connection's task: keep it short
/// and never block.
pub type Observer = Arc<dyn Fn(LinkEvent) + Send + Sync>;

/// A connection's current protocol state, readable from any handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkState {
    /// A TCP connection is up.
    pub connected: bool,
    /// The connection task stopped; the handle is useless.
    pub closed: bool,
    /// It stopped because the server rejected the auth key (transport error −404): the
    /// key must be replaced, reconnecting with it cannot help.
    pub key_rejected: bool,
    /// The salt in use.
    pub salt: Salt,
    /// Server time minus local time.
    pub time_offset: mtrs_types::TimeOffset,
    /// How many TCP connections were opened so far (1 after the first connect).
    pub generation: u64,
}
