//! [`InvokeError`]: what using a [`crate::Client`] can fail with.

use std::time::Duration;

use mtrs_proto::RpcError;
use mtrs_session::StoreError;

/// Why a client operation failed. Never contains key material or session strings.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InvokeError {
    /// The server answered with an RPC error (after any automatic migration, flood sleep
    /// or re-authorization).
    #[error(transparent)]
    Rpc(#[from] RpcError),
    /// The connection failed (see [`mtrs_net::Error`]).
    #[error(transparent)]
    Net(mtrs_net::Error),
    /// The session store failed (for example [`StoreError::InUse`] when the session is
    /// open elsewhere).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No answer within the configured request timeout.
    #[error("no answer within {after:?}")]
    Timeout {
        /// The limit.
        after: Duration,
    },
    /// The request was redirected more than twice (`*_MIGRATE_X` answers).
    #[error("request redirected too often (last to DC {last_dc})")]
    MigrateLoop {
        /// The last DC the server pointed to.
        last_dc: i32,
    },
    /// The client is not connected (call [`crate::Client::connect`]), or was stopped.
    #[error("the client is not connected")]
    NotConnected,
    /// The DC is not in the DC table.
    #[error("no address known for DC {dc_id}")]
    UnknownDc {
        /// The DC.
        dc_id: i32,
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
    /// A failure of an operation shared by several callers (one DC connection or home
    /// switch), reported to the callers that joined it; the first caller gets the
    /// original error.
    #[error("{detail}")]
    Shared {
        /// The original error's text.
        detail: String,
    },
    /// The session cannot be exported as a string (the cause never quotes the key).
    #[error("cannot export the session: {0}")]
    Export(#[from] mtrs_session_convert::ConvertError),
}

impl From<mtrs_net::Error> for InvokeError {
    fn from(e: mtrs_net::Error) -> Self {
        match e {
            mtrs_net::Error::Rpc(rpc) => Self::Rpc(rpc),
            other => Self::Net(other),
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
    /// let e = mtrs::InvokeError::Rpc(mtrs_proto::RpcError::new(420, "FLOOD_WAIT_30"));
    /// assert_eq!(e.flood_wait(), Some(Duration::from_secs(30)));
    /// ```
    pub fn flood_wait(&self) -> Option<Duration> {
        crate::migration::flood_wait(self.rpc()?)
    }

    /// The DC a `*_MIGRATE_X` answer points to.
    ///
    /// ```
    /// let e = mtrs::InvokeError::Rpc(mtrs_proto::RpcError::new(303, "FILE_MIGRATE_3"));
    /// assert_eq!(e.migrate_to(), Some(3));
    /// ```
    pub fn migrate_to(&self) -> Option<i32> {
        crate::migration::migrate_to(self.rpc()?)
    }

    /// Whether repeating the same request later may succeed (timeouts, connection
    /// failures, flood waits, internal server errors).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Rpc(e) => e.code == 420 || e.code >= 500 || e.code < 0,
            Self::Net(e) => !matches!(e, mtrs_net::Error::Decode { .. }),
            Self::Timeout { .. } | Self::MigrateLoop { .. } => true,
            _ => false,
        }
    }
}
