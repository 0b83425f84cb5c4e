//! [`InvokeError`]: what using a [`crate::Client`] can fail with.

use std::sync::Arc;
use std::time::Duration;

use mtrs_session::{PeerId, StoreError};
use mtrs_types::{DcId, RpcError};

/// Why a client operation failed. Never contains key material or session strings.
///
/// Cloneable: callers that join an operation already under way (one connection to a
/// DC, one home switch) each get the real error. Causes that are not cloneable
/// themselves (I/O, store, format errors) are shared behind an [`Arc`]; match them
/// through it:
///
/// ```
/// use mtrs::{InvokeError, StoreError};
/// fn in_use(e: &InvokeError) -> bool {
///     matches!(e, InvokeError::Store(s) if matches!(**s, StoreError::InUse { .. }))
/// }
/// # let _ = in_use;
/// ```
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InvokeError {
    /// The server answered with an RPC error (after any automatic migration, flood sleep
    /// or re-authorization).
    #[error(transparent)]
    Rpc(#[from] RpcError),
    /// The connection failed (see [`crate::NetError`]).
    #[error(transparent)]
    Net(Arc<mtrs_net::Error>),
    /// The session store failed (for example [`StoreError::InUse`] when the session is
    /// open elsewhere).
    #[error(transparent)]
    Store(Arc<StoreError>),
    /// No answer within the configured request timeout.
    #[error("no answer within {after:?}")]
    Timeout {
        /// The limit.
        after: Duration,
    },
    /// The request was redirected more than twice (`*_MIGRATE_X` answers).
    #[error("request redirected too often (last to {last_dc})")]
    MigrateLoop {
        /// The last DC the server pointed to.
        last_dc: DcId,
    },
    /// The DC rejected every new auth key: no more are made until `retry_after` has
    /// passed (at most three new keys per DC in ten minutes; see ARCHITECTURE.md).
    #[error("{dc} keeps rejecting new auth keys; retry after {retry_after:?}")]
    RekeyLimit {
        /// The DC.
        dc: DcId,
        /// When the next new key may be made.
        retry_after: Duration,
    },
    /// The session is no longer signed in (the server answered AUTH_KEY_UNREGISTERED,
    /// SESSION_REVOKED, USER_DEACTIVATED…, on the home DC of a signed-in session). The
    /// identity was cleared in the store; sign in again.
    #[error("the session was signed out by the server ({reason})")]
    SessionRevoked {
        /// The server's error.
        reason: RpcError,
    },
    /// The client is not connected (call [`crate::Client::connect`]), or was stopped.
    #[error("the client is not connected")]
    NotConnected,
    /// Another [`crate::Updates`] handle of this client is alive: updates go to one
    /// consumer (drop the other handle first).
    #[error("another Updates handle is taking this client's updates")]
    UpdatesTaken,
    /// The DC is not in the DC table.
    #[error("no address known for {dc}")]
    UnknownDc {
        /// The DC.
        dc: DcId,
    },
    /// An answer could not be decoded as the expected type.
    #[error("cannot decode {context}: {source}")]
    Decode {
        /// What was decoded.
        context: &'static str,
        /// Why.
        #[source]
        source: mtrs_tl::DeserializeError,
    },
    /// Sign-in did not produce a usable authorization.
    #[error("sign-in failed: {detail}")]
    SignIn {
        /// What happened.
        detail: &'static str,
    },
    /// The peer is not in the peer cache (never seen in an answer, or `save_peers` is
    /// off): resolve it first ([`crate::Client::resolve_username`], or any call whose
    /// answer carries it).
    #[error("{peer} is not in the peer cache")]
    UnknownPeer {
        /// The peer asked for.
        peer: PeerId,
    },
    /// Only a `min` access hash is known for the peer: it is usable only together with
    /// the message it was seen in, which the cache does not hold (or whose chat it
    /// cannot name either).
    #[error("only a min access hash is known for {peer}")]
    MinPeer {
        /// The peer asked for.
        peer: PeerId,
    },
    /// The server's answer decoded but does not hold what it must (a
    /// `contacts.resolvedPeer` without the user or chat it names).
    #[error("malformed answer: {detail}")]
    MalformedAnswer {
        /// What is missing.
        detail: &'static str,
    },
    /// An argument the server would refuse, caught before any call (a download's part
    /// size).
    #[error("invalid argument: {detail}")]
    InvalidArgument {
        /// What is wrong.
        detail: &'static str,
    },
    /// Reading an upload's source or writing a download's sink failed.
    #[error("file I/O failed: {0}")]
    Io(Arc<std::io::Error>),
    /// The session cannot be exported as a string (the cause never quotes the key).
    #[cfg(feature = "convert")]
    #[error("cannot export the session: {0}")]
    Export(Arc<mtrs_session_convert::ConvertError>),
}

impl From<StoreError> for InvokeError {
    fn from(e: StoreError) -> Self {
        Self::Store(Arc::new(e))
    }
}

#[cfg(feature = "convert")]
impl From<mtrs_session_convert::ConvertError> for InvokeError {
    fn from(e: mtrs_session_convert::ConvertError) -> Self {
        Self::Export(Arc::new(e))
    }
}

impl From<mtrs_net::Error> for InvokeError {
    fn from(e: mtrs_net::Error) -> Self {
        match e {
            mtrs_net::Error::Rpc(rpc) => Self::Rpc(rpc),
            other => Self::Net(Arc::new(other)),
        }
    }
}

impl InvokeError {
    /// The RPC error, if the server answered with one.
    pub fn rpc(&self) -> Option<&RpcError> {
        match self {
            Self::Rpc(e) => Some(e),
            _ => None,
        }
    }

    /// How long the server asked to wait (`FLOOD_WAIT_X`, `FLOOD_PREMIUM_WAIT_X`,
    /// `SLOWMODE_WAIT_X`).
    ///
    /// ```
    /// use std::time::Duration;
    /// let e = mtrs::InvokeError::Rpc(mtrs::RpcError::new(420, "FLOOD_WAIT_30"));
    /// assert_eq!(e.flood_wait(), Some(Duration::from_secs(30)));
    /// ```
    pub fn flood_wait(&self) -> Option<Duration> {
        crate::migration::flood_wait(self.rpc()?)
    }

    /// The DC a `*_MIGRATE_X` answer points to.
    ///
    /// ```
    /// let e = mtrs::InvokeError::Rpc(mtrs::RpcError::new(303, "FILE_MIGRATE_3"));
    /// assert_eq!(e.migrate_to(), Some(mtrs::DcId::new(3)));
    /// ```
    pub fn migrate_to(&self) -> Option<DcId> {
        crate::migration::migrate_to(self.rpc()?)
    }

    /// Whether repeating the same request later may succeed (timeouts, connection
    /// failures, flood waits, internal server errors).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Rpc(e) => e.code == 420 || e.code >= 500 || e.code < 0,
            Self::Net(e) => !matches!(**e, mtrs_net::Error::Decode { .. }),
            Self::Timeout { .. } | Self::MigrateLoop { .. } | Self::RekeyLimit { .. } => true,
            _ => false,
        }
    }
}
