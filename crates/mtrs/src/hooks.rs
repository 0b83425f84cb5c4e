//! `on_disconnect` / `on_reconnect` callbacks.

use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

use mtrs_types::{DcId, RpcError};

/// Which connection a hook is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkInfo {
    /// The DC, marked media ([`DcId::is_media`]) for a media connection.
    pub dc: DcId,
}

/// A registered callback.
pub type Hook = Arc<dyn Fn(LinkInfo) + Send + Sync>;

/// A callback told that the session store lost the session to another process.
pub type LostHook = Arc<dyn Fn() + Send + Sync>;

/// A callback told why the session stopped being signed in.
pub type RevokedHook = Arc<dyn Fn(&RpcError) + Send + Sync>;

/// The callbacks of a client. Each runs on the task that saw the transition: keep it short.
///
/// Each connection (DC, regular or media) is up or down; a hook fires on a transition
/// only, so a key rejected again and again while the client re-keys, or a link replaced by
/// a new one, fires `on_disconnect` once and `on_reconnect` once when it is back.
#[derive(Default)]
pub(crate) struct Hooks {
    disconnect: Mutex<Vec<Hook>>,
    reconnect: Mutex<Vec<Hook>>,
    revoked: Mutex<Vec<RevokedHook>>,
    lost: Mutex<Vec<LostHook>>,
    /// Connections that are down (a disconnect was reported, no reconnect yet).
    down: Mutex<HashSet<DcId>>,
    /// Whether `down` is non-empty: the per-call check stays lock-free.
    any_down: AtomicBool,
    /// Where pushed updates go once `Client::updates` started the update driver.
    updates: Mutex<Option<crate::updates::Sink>>,
    /// How many `updateShort(updateLoginToken)` were pushed: the QR login waits on it,
    /// whether or not the update driver runs.
    login_tokens: tokio::sync::watch::Sender<u64>,
}

impl Hooks {
    pub fn add_disconnect(&self, hook: Hook) {
        self.disconnect.lock().push(hook);
    }

    pub fn add_reconnect(&self, hook: Hook) {
        self.reconnect.lock().push(hook);
    }

    pub fn add_revoked(&self, hook: RevokedHook) {
        self.revoked.lock().push(hook);
    }

    /// The connection went down (fires the hooks if it was up).
    pub fn disconnected(&self, info: LinkInfo) {
        {
            let mut down = self.down.lock();
            if !down.insert(info.dc) {
                return;
            }
            self.any_down.store(true, Ordering::Release);
        }
        // Clone the list so a hook may register another without deadlocking.
        let hooks = self.disconnect.lock().clone();
        hooks.iter().for_each(|h| h(info));
    }

    /// The connection is up (fires the hooks if it was down).
    pub fn reconnected(&self, info: LinkInfo) {
        if !self.any_down.load(Ordering::Acquire) {
            return;
        }
        {
            let mut down = self.down.lock();
            if !down.remove(&info.dc) {
                return;
            }
            self.any_down.store(!down.is_empty(), Ordering::Release);
        }
        let hooks = self.reconnect.lock().clone();
        hooks.iter().for_each(|h| h(info));
    }

    pub fn add_lost(&self, hook: LostHook) {
        self.lost.lock().push(hook);
    }

    /// The store lost the session to another process.
    pub fn lost(&self) {
        let hooks = self.lost.lock().clone();
        hooks.iter().for_each(|h| h());
    }

    /// Routes pushed updates (and `Updates` answers) to `sink` from now on.
    pub fn set_update_sink(&self, sink: Option<crate::updates::Sink>) {
        *self.updates.lock() = sink;
    }

    /// Whether an update driver takes updates (so an answer is copied for it only then).
    pub fn wants_updates(&self) -> bool {
        self.updates.lock().is_some()
    }

    /// A server message that answers no request (or an `Updates` answer): handed to the
    /// update driver if one runs, else dropped (the driver's catch-up fetches it).
    pub fn update(&self, bytes: Vec<u8>) {
        if is_login_token_update(&bytes) {
            self.login_tokens.send_modify(|n| *n = n.wrapping_add(1));
        }
        if let Some(sink) = self.updates.lock().as_ref() {
            sink.push(bytes);
        }
    }

    /// How many `updateLoginToken`s were pushed so far.
    pub fn login_tokens_seen(&self) -> u64 {
        *self.login_tokens.borrow()
    }

    /// Waits until more than `seen` `updateLoginToken`s were pushed.
    pub async fn login_token_pushed(&self, seen: u64) {
        let mut rx = self.login_tokens.subscribe();
        // `wait_for` looks at the current value first, so a push since `seen` counts.
        let _ = rx.wait_for(|&n| n != seen).await;
    }

    /// The session is no longer signed in.
    pub fn revoked(&self, error: &RpcError) {
        let hooks = self.revoked.lock().clone();
        hooks.iter().for_each(|h| h(error));
    }
}

/// Whether `bytes` are `updateShort(updateLoginToken)`: how Telegram tells the session
/// that exported a QR login token that another device accepted it.
fn is_login_token_update(bytes: &[u8]) -> bool {
    use mtrs_tl::Identifiable;
    use mtrs_tl_api::types::{UpdateLoginToken, UpdateShort};
    let id = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_le_bytes)
    };
    id(0) == Some(UpdateShort::CONSTRUCTOR_ID) && id(4) == Some(UpdateLoginToken::CONSTRUCTOR_ID)
}
