//! The cluster's event log: everything worth asserting on, in order, with a way to wait
//! for an event instead of sleeping.

use std::collections::VecDeque;
use std::sync::Arc;

use parking_lot::Mutex;
use std::time::Duration;

use tokio::sync::Notify;

use crate::error::Error;

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
        /// What was done (`"bad_server_salt"`, `"close"`, `"flood_wait"`, `"user_migrate"`,
        /// `"reject_key"`, `"close_after_handshake"`, `"auth_key_duplicated"`,
        /// `"session_revoked"`, `"drop_after_execute"`, `"auth_bytes_invalid"`).
        kind: &'static str,
    },
    /// A TCP connection started using an MTProto session (its first packet with that
    /// session id on this connection).
    SessionAttached {
        /// The DC.
        dc_id: i32,
        /// The connection.
        conn: u64,
        /// The auth key id.
        key_id: u64,
        /// The session id the client chose.
        session_id: i64,
        /// Whether the DC created the session now (else it continues one kept from an
        /// earlier packet or connection).
        created: bool,
    },
    /// An update was pushed to a session (one event per session and copy).
    UpdatePushed {
        /// The DC of the session.
        dc_id: i32,
        /// The session's auth key.
        key_id: u64,
        /// The account it was pushed to.
        account: i64,
        /// The TL name of the `Updates` constructor (`updateShortMessage`, `updates`,
        /// `updatesTooLong`).
        constructor: &'static str,
        /// The pts it brings the account (or, for a channel post, the channel) to.
        pts: i32,
        /// Its seq (0 for short forms and channel updates).
        seq: i32,
    },
    /// A push fault fired for an account (or a channel's `drop`).
    PushFault {
        /// The account or channel.
        peer: i64,
        /// `"drop"`, `"duplicate"`, `"reorder"`, `"too_long"`, `"pause"`.
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

/// Events kept; older ones are dropped (positions stay absolute), so a long-running
/// server does not grow without bound.
const CAPACITY: usize = 100_000;

/// The retained events and the absolute position of the first one.
#[derive(Default)]
struct Log {
    first: usize,
    events: VecDeque<Event>,
}

impl Log {
    fn end(&self) -> usize {
        self.first + self.events.len()
    }

    fn from(&self, position: usize) -> impl Iterator<Item = (usize, &Event)> {
        let skip = position.saturating_sub(self.first);
        self.events
            .iter()
            .enumerate()
            .skip(skip)
            .map(|(i, e)| (self.first + i, e))
    }
}

#[derive(Default)]
struct Inner {
    log: Mutex<Log>,
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
        {
            let mut log = self.inner.log.lock();
            log.events.push_back(event);
            if log.events.len() > CAPACITY {
                log.events.pop_front();
                log.first += 1;
            }
        }
        self.inner.notify.notify_waiters();
    }

    /// How many events were logged (the position the next one gets).
    pub fn len(&self) -> usize {
        self.inner.log.lock().end()
    }

    /// Whether nothing was logged yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of every retained event (the latest 100 000).
    pub fn snapshot(&self) -> Vec<Event> {
        self.inner.log.lock().events.iter().cloned().collect()
    }

    /// Retained events from position `from` on (take positions from [`EventLog::len`]).
    pub fn since(&self, from: usize) -> Vec<Event> {
        self.inner
            .log
            .lock()
            .from(from)
            .map(|(_, e)| e.clone())
            .collect()
    }

    /// Up to `limit` retained events from position `from` on, each with its position, and
    /// the position to ask from next.
    pub(crate) fn positioned(&self, from: usize, limit: usize) -> (Vec<(usize, Event)>, usize) {
        let log = self.inner.log.lock();
        let events: Vec<(usize, Event)> = log
            .from(from)
            .take(limit)
            .map(|(p, e)| (p, e.clone()))
            .collect();
        let next = events
            .last()
            .map_or_else(|| from.max(log.first).min(log.end()), |(p, _)| p + 1);
        (events, next)
    }

    /// Waits until an event at position `from` or later satisfies `matches`, and returns
    /// it with its position. Never sleeps a fixed time: it wakes on each new event.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// use std::time::Duration;
    /// use mtrs_testdc::{Cluster, Event};
    /// let cluster = Cluster::builder().dcs(1).start().await?;
    /// let from = cluster.events().len();
    /// let addr = cluster.endpoint(1).map(|e| e.addr()).expect("DC 1");
    /// let _socket = tokio::net::TcpStream::connect(addr).await.expect("connect");
    /// let (_, event) = cluster
    ///     .events()
    ///     .wait_for(from, Duration::from_secs(10), |e| matches!(e, Event::ConnectionOpened { .. }))
    ///     .await?;
    /// assert!(matches!(event, Event::ConnectionOpened { dc_id: 1, .. }));
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
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
                    let log = self.inner.log.lock();
                    for (i, e) in log.from(next) {
                        if matches(e) {
                            return (i, e.clone());
                        }
                    }
                    next = next.max(log.end());
                }
                notified.await;
            }
        };
        tokio::time::timeout(timeout, search)
            .await
            .map_err(|_| Error::Timeout { timeout })
    }
}
