//! The cluster's event log: everything worth asserting on, in order, with a way to wait
//! for an event instead of sleeping.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Notify;

use crate::error::Error;
use crate::lock;

/// Which way an auth key was created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyKind {
    /// A permanent key (`p_q_inner_data_dc`).
    Permanent,
    /// A temporary key (`p_q_inner_data_temp_dc`).
    Temporary,
    /// Installed by the test with [`crate::Cluster::install_key`].
    Installed,
}

/// Something that happened in the cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Event {
    /// A TCP connection was accepted.
    ConnectionOpened {
        /// The DC.
        dc_id: i32,
        /// The connection's id (unique in the cluster).
        conn: u64,
        /// Whether it came in on the media-only listener.
        media: bool,
    },
    /// A TCP connection ended.
    ConnectionClosed {
        /// The DC.
        dc_id: i32,
        /// The connection's id.
        conn: u64,
        /// Why (`"peer closed"`, `"fault: close after 3 messages"`, `"-404 unknown key"` …).
        reason: String,
    },
    /// The transport of a connection was detected from its first bytes.
    TransportDetected {
        /// The DC.
        dc_id: i32,
        /// The connection.
        conn: u64,
        /// The framing.
        kind: mtrs_proto::transport::TransportKind,
        /// Whether it is wrapped in obfuscated2.
        obfuscated: bool,
    },
    /// An auth key now exists on the DC.
    KeyCreated {
        /// The DC.
        dc_id: i32,
        /// The key id (not secret).
        key_id: u64,
        /// How it came to be.
        kind: KeyKind,
    },
    /// A query (innermost method, wrappers removed) was answered.
    Call {
        /// The DC.
        dc_id: i32,
        /// The connection.
        conn: u64,
        /// The TL name (`help.getConfig`).
        method: String,
        /// `None` on success, the error message otherwise.
        error: Option<String>,
    },
    /// A key was logged in as a user (bot login or authorization import).
    LoggedIn {
        /// The DC.
        dc_id: i32,
        /// The key id.
        key_id: u64,
        /// The user.
        user_id: i64,
    },
    /// A key was logged out (`auth.logOut`) or its authorization revoked.
    LoggedOut {
        /// The DC.
        dc_id: i32,
        /// The key id.
        key_id: u64,
    },
    /// A transport error was sent.
    TransportError {
        /// The DC.
        dc_id: i32,
        /// The connection.
        conn: u64,
        /// The code (−404 …).
        code: i32,
    },
    /// A fault fired.
    Fault {
        /// The DC.
        dc_id: i32,
        /// What was done (`"bad_server_salt"`, `"close"`, `"flood_wait"`, `"user_migrate"`).
        kind: &'static str,
    },
    /// A DC was restarted.
    DcRestarted {
        /// The DC.
        dc_id: i32,
        /// Whether it kept its auth keys.
        keep_keys: bool,
    },
}

#[derive(Default)]
struct Inner {
    events: Mutex<Vec<Event>>,
    notify: Notify,
}

/// The ordered log of [`Event`]s of one cluster. Cheap to clone; all clones share the log.
#[derive(Clone, Default)]
pub struct EventLog {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for EventLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EventLog")
            .field("len", &self.len())
            .finish_non_exhaustive()
    }
}

impl EventLog {
    pub(crate) fn push(&self, event: Event) {
        lock(&self.inner.events).push(event);
        self.inner.notify.notify_waiters();
    }

    /// How many events were logged.
    pub fn len(&self) -> usize {
        lock(&self.inner.events).len()
    }

    /// Whether nothing was logged yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of every event so far.
    pub fn snapshot(&self) -> Vec<Event> {
        lock(&self.inner.events).clone()
    }

    /// Events from position `from` on (positions are indexes into [`EventLog::snapshot`]).
    pub fn since(&self, from: usize) -> Vec<Event> {
        lock(&self.inner.events)
            .get(from..)
            .map(<[Event]>::to_vec)
            .unwrap_or_default()
    }

    /// Waits until an event at position `from` or later satisfies `matches`, and returns
    /// it with its position. Never sleeps a fixed time: it wakes on each new event.
    ///
    /// # Errors
    /// [`Error::Timeout`] if no such event arrives within `timeout`.
    pub async fn wait_for(
        &self,
        from: usize,
        timeout: Duration,
        mut matches: impl FnMut(&Event) -> bool,
    ) -> Result<(usize, Event), Error> {
        let search = async {
            let mut next = from;
            loop {
                let notified = self.inner.notify.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                {
                    let events = lock(&self.inner.events);
                    for (i, e) in events.iter().enumerate().skip(next) {
                        if matches(e) {
                            return (i, e.clone());
                        }
                    }
                    next = next.max(events.len());
                }
                notified.await;
            }
        };
        tokio::time::timeout(timeout, search)
            .await
            .map_err(|_| Error::Timeout { timeout })
    }
}
