//! `on_disconnect` / `on_reconnect` callbacks.

use std::sync::Arc;

use parking_lot::Mutex;

use mtrs_types::DcId;

/// Which connection a hook is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LinkInfo {
    /// The DC, marked media ([`DcId::is_media`]) for a media connection.
    pub dc: DcId,
}

/// A registered callback.
pub type Hook = Arc<dyn Fn(LinkInfo) + Send + Sync>;

/// The callbacks of a client. Each runs on the connection's task: keep it short.
#[derive(Default)]
pub(crate) struct Hooks {
    disconnect: Mutex<Vec<Hook>>,
    reconnect: Mutex<Vec<Hook>>,
}

impl Hooks {
    pub fn add_disconnect(&self, hook: Hook) {
        self.disconnect.lock().push(hook);
    }

    pub fn add_reconnect(&self, hook: Hook) {
        self.reconnect.lock().push(hook);
    }

    pub fn disconnected(&self, info: LinkInfo) {
        // Clone the list so a hook may register another without deadlocking.
        let hooks = self.disconnect.lock().clone();
        hooks.iter().for_each(|h| h(info));
    }

    pub fn reconnected(&self, info: LinkInfo) {
        let hooks = self.reconnect.lock().clone();
        hooks.iter().for_each(|h| h(info));
    }
}
