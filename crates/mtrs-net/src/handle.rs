//! [`ConnectionHandle`]: the cheap, cloneable way to use a connection.

use std::fmt;
use std::sync::Arc;

use mtrs_crypto::AuthKey;
use mtrs_proto::{Bytes, TempKeyBinding};
use mtrs_types::ServerSalt;
use parking_lot::Mutex;

use mtrs_tl::{Deserialize, RemoteCall};
use tokio::sync::{mpsc, oneshot, watch};

use crate::{Error, LinkState};

/// What the connection task answers a request with.
pub(crate) type Reply = oneshot::Sender<Result<Vec<u8>, Error>>;

/// A command to the connection task.
pub(crate) enum Command {
    Invoke {
        /// Shared with the caller (which may send it again) and the request table.
        body: Bytes,
        reply: Reply,
    },
    /// `auth.bindTempAuthKey` to this permanent key (built by the session, which owns
    /// the msg_id the binding names).
    Bind {
        perm_key: AuthKey,
        binding: TempKeyBinding,
        reply: Reply,
    },
    Reconnect,
    Close,
}

/// A handle on one connection task. Cloning is cheap; every clone talks to the same task
/// over a bounded channel (a full channel makes callers wait).
///
/// The task stops when [`ConnectionHandle::close`] is called or every handle is dropped.
#[derive(Clone)]
pub struct ConnectionHandle {
    pub(crate) tx: mpsc::Sender<Command>,
    pub(crate) state: watch::Receiver<LinkState>,
    pub(crate) salts: Arc<Mutex<Vec<ServerSalt>>>,
}

impl fmt::Debug for ConnectionHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectionHandle")
            .field("state", &*self.state.borrow())
            .finish()
    }
}

impl ConnectionHandle {
    /// Sends a serialized TL function and waits for the answer's bytes.
    ///
    /// Requests waiting when the connection drops are sent again after it reconnects (a
    /// request the server had already received may then run twice on the server; each
    /// caller still gets exactly one answer). If the task stops first, the answer is
    /// [`Error::Closed`] (or [`Error::AuthKeyRejected`]). Bound the wait with
    /// `tokio::time::timeout` if the server may be gone for good.
    ///
    /// The body is never copied on its way to the packet: pass a [`Bytes`] clone to keep
    /// it for another attempt (a `Vec<u8>` is taken over as it is).
    pub async fn invoke_raw(&self, body: impl Into<Bytes>) -> Result<Vec<u8>, Error> {
        let (reply, answer) = oneshot::channel();
        let body = body.into();
        self.tx
            .send(Command::Invoke { body, reply })
            .await
            .map_err(|_| Error::Closed)?;
        answer.await.map_err(|_| Error::Closed)?
    }

    /// Sends `request` and decodes the answer as its return type.
    pub async fn invoke<R: RemoteCall>(&self, request: &R) -> Result<R::Return, Error> {
        let bytes = self.invoke_raw(request.to_bytes()).await?;
        R::Return::from_bytes(&bytes).map_err(|source| Error::Decode {
            context: "an RPC result",
            source,
        })
    }

    /// Binds this connection's temporary key to `perm_key` with `auth.bindTempAuthKey`
    /// (perfect forward secrecy): send it before any other query on a new temporary key.
    /// The binding message is sealed with `perm_key`, which encrypts nothing else.
    ///
    /// # Errors
    /// The server's refusal as [`Error::Rpc`] (`ENCRYPTED_MESSAGE_INVALID`,
    /// `TEMP_AUTH_KEY_ALREADY_BOUND`, …), [`Error::Closed`] if the task stopped.
    ///
    /// ```no_run
    /// # async fn demo(handle: mtrs_net::ConnectionHandle, perm: mtrs_crypto::AuthKey) -> Result<(), mtrs_net::Error> {
    /// use mtrs_proto::{Bytes, TempKeyBinding};
    /// handle.bind_temp_key(perm, TempKeyBinding { nonce: 42, expires_at: 1_800_000_000 }).await?;
    /// # Ok(()) }
    /// ```
    pub async fn bind_temp_key(
        &self,
        perm_key: AuthKey,
        binding: TempKeyBinding,
    ) -> Result<(), Error> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Command::Bind {
                perm_key,
                binding,
                reply,
            })
            .await
            .map_err(|_| Error::Closed)?;
        let bytes = answer.await.map_err(|_| Error::Closed)??;
        match bool::from_bytes(&bytes) {
            Ok(true) => Ok(()),
            Ok(false) => Err(Error::Rpc(mtrs_proto::RpcError::new(400, "BIND_REFUSED"))),
            Err(source) => Err(Error::Decode {
                context: "the auth.bindTempAuthKey result",
                source,
            }),
        }
    }

    /// Drops the current TCP connection and opens a new one (waiting requests are sent
    /// again).
    pub async fn reconnect(&self) -> Result<(), Error> {
        self.tx
            .send(Command::Reconnect)
            .await
            .map_err(|_| Error::Closed)
    }

    /// Asks the task to stop: it closes the socket and fails waiting requests with
    /// [`Error::Closed`]. Returns at once; await the driver's task to know it ended.
    pub async fn close(&self) {
        // A closed channel means the task already stopped.
        let _ = self.tx.send(Command::Close).await;
    }

    /// The connection's current state (salt, time offset, whether it is up).
    pub fn state(&self) -> LinkState {
        *self.state.borrow()
    }

    /// The future salts the server announced for this session (`future_salts`), oldest
    /// first, to persist beside the current one ([`LinkState::salt`]).
    pub fn future_salts(&self) -> Vec<ServerSalt> {
        self.salts.lock().clone()
    }

    /// A receiver that sees every change of [`ConnectionHandle::state`].
    pub fn watch_state(&self) -> watch::Receiver<LinkState> {
        self.state.clone()
    }

    /// Whether the task has stopped.
    pub fn is_closed(&self) -> bool {
        self.tx.is_closed()
    }
}
