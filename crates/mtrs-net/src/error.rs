//! [`enum@Error`]: what a connection can fail with.

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use mtrs_proto::RpcError;
use mtrs_proto::transport::TransportErrorCode;

/// Why a request or a connection failed. Never contains key material.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The server answered the request with an RPC error.
    #[error(transparent)]
    Rpc(#[from] RpcError),
    /// Opening the TCP connection failed.
    #[error("cannot connect to {addr}: {source}")]
    Connect {
        /// The address dialled.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: io::Error,
    },
    /// Opening the TCP connection took longer than allowed.
    #[error("connecting to {addr} timed out after {after:?}")]
    ConnectTimeout {
        /// The address dialled.
        addr: SocketAddr,
        /// The limit.
        after: Duration,
    },
    /// An I/O error on an established connection (during the key exchange).
    #[error("i/o error talking to {addr}: {source}")]
    Io {
        /// The peer.
        addr: SocketAddr,
        /// The OS error.
        #[source]
        source: io::Error,
    },
    /// The server closed the connection (during the key exchange).
    #[error("{addr} closed the connection")]
    ClosedByPeer {
        /// The peer.
        addr: SocketAddr,
    },
    /// The byte stream or a packet broke the protocol.
    #[error(transparent)]
    Proto(#[from] mtrs_proto::Error),
    /// The server rejected the auth key (transport error −404): the key must be created
    /// again. Requests waiting on the connection fail with this error.
    #[error("the server does not know this auth key (transport error -404)")]
    AuthKeyRejected,
    /// The server sent a transport error code.
    #[error("{code}")]
    Transport {
        /// The code.
        code: TransportErrorCode,
    },
    /// The key exchange broke the protocol or a security check.
    #[error("auth key exchange failed: {0}")]
    Auth(#[from] mtrs_proto::auth::AuthError),
    /// The key exchange failed otherwise.
    #[error("auth key exchange failed: {detail}")]
    KeyExchange {
        /// What went wrong (no secret material).
        detail: String,
    },
    /// An answer could not be decoded as the expected type.
    #[error("cannot decode {context}: {source}")]
    Decode {
        /// What was decoded.
        context: &'static str,
        /// Why it failed.
        #[source]
        source: mtrs_tl::DeserializeError,
    },
    /// The connection was closed (by [`crate::ConnectionHandle::close`] or because every
    /// handle was dropped) before the request was answered.
    #[error("the connection is closed")]
    Closed,
}

impl Error {
    /// The RPC error, if the server answered with one.
    pub fn rpc(&self) -> Option<&RpcError> {
        match self {
            Self::Rpc(e) => Some(e),
            _ => None,
        }
    }
}
