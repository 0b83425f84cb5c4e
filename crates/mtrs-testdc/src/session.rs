//! Server sessions: one MTProto session per (auth_key_id, session_id), kept by the DC
//! across TCP connections as Telegram keeps them ([`SessionRegistry`]), each holding the
//! server-role `mtrs_proto::Connection` and the answers still waiting for their reply
//! delay ([`ServerSession`]).
//!
//! A leaf of the module graph: the DC state holds the registry, connections attach to its
//! sessions, and it imports no other module of the crate.

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Duration;

use mtrs_proto::{Connection, MsgId, RpcError};
use parking_lot::Mutex;
use tokio::sync::Notify;
use tokio::time::Instant;

/// How long a session outlives its last TCP connection unless the cluster says otherwise.
pub(crate) const DEFAULT_SESSION_LIFETIME: Duration = Duration::from_secs(600);

/// An answer waiting for its reply delay.
pub(crate) struct Delayed {
    pub(crate) ready: Instant,
    pub(crate) msg_id: MsgId,
    pub(crate) answer: Result<Vec<u8>, RpcError>,
}

/// One server session: the proto connection (msg_ids seen, answer cache, salts) and the
/// answers not handed to it yet. Whichever TCP connection flushes next sends its output.
pub(crate) struct ServerSession {
    pub(crate) conn: Connection,
    pub(crate) delayed: VecDeque<Delayed>,
    /// Wakes the TCP connection using the session when something was queued for it
    /// without a packet from the client (a pushed update).
    pub(crate) wake: Arc<Notify>,
    /// Whether the session gets updates: it ran an API method not wrapped in
    /// `invokeWithoutUpdates` (as on Telegram, a session that only used that wrapper, or
    /// only service messages, gets no pushes).
    pub(crate) subscribed: bool,
}

impl ServerSession {
    /// Hands every answer whose delay passed to the proto connection.
    pub(crate) fn release_due(&mut self, now: Instant) {
        let mut i = 0;
        while i < self.delayed.len() {
            if self.delayed.get(i).is_some_and(|d| d.ready <= now) {
                if let Some(d) = self.delayed.remove(i) {
                    let _ = match &d.answer {
                        Ok(bytes) => self.conn.respond(d.msg_id, Ok(bytes)),
                        Err(e) => self.conn.respond(d.msg_id, Err(e)),
                    };
                }
            } else {
                i += 1;
            }
        }
    }

    /// When the next delayed answer is due.
    pub(crate) fn next_ready(&self) -> Option<Instant> {
        self.delayed.iter().map(|d| d.ready).min()
    }
}

/// A session shared by the TCP connections that use it.
pub(crate) type SharedSession = Arc<Mutex<ServerSession>>;

/// A registered session and when a TCP connection last let go of it.
struct Entry {
    session: SharedSession,
    last_seen: Instant,
}

/// The sessions of one DC, by (auth_key_id, session_id). A session no TCP connection
/// holds expires [`SessionRegistry::lifetime`] after the last one let go of it (checked
/// lazily, whenever the registry is used).
pub(crate) struct SessionRegistry {
    lifetime: Duration,
    sessions: HashMap<(u64, i64), Entry>,
    /// When expired sessions are looked for next (at most once a second: the scan is
    /// linear in the number of sessions).
    next_scan: Option<Instant>,
}

impl SessionRegistry {
    pub(crate) fn new(lifetime: Duration) -> Self {
        Self {
            lifetime,
            sessions: HashMap::new(),
            next_scan: None,
        }
    }

    /// Drops the sessions that expired by `now`.
    fn expire(&mut self, now: Instant) {
        if self.next_scan.is_some_and(|t| now < t) {
            return;
        }
        self.next_scan = Some(now + Duration::from_secs(1).min(self.lifetime));
        let lifetime = self.lifetime;
        self.sessions
            .retain(|_, e| Arc::strong_count(&e.session) > 1 || now < e.last_seen + lifetime);
    }

    /// The session (`key_id`, `session_id`), made with `make` if there is none (then the
    /// flag is true).
    pub(crate) fn attach(
        &mut self,
        key_id: u64,
        session_id: i64,
        now: Instant,
        make: impl FnOnce() -> ServerSession,
    ) -> (SharedSession, bool) {
        self.expire(now);
        let mut created = false;
        let entry = self
            .sessions
            .entry((key_id, session_id))
            .or_insert_with(|| {
                created = true;
                Entry {
                    session: Arc::new(Mutex::new(make())),
                    last_seen: now,
                }
            });
        entry.last_seen = now;
        (entry.session.clone(), created)
    }

    /// A TCP connection lets go of `session` (it is dropped here); its lifetime starts.
    pub(crate) fn detach(&mut self, key_id: u64, session_id: i64, session: SharedSession) {
        let now = Instant::now();
        if let Some(e) = self.sessions.get_mut(&(key_id, session_id))
            && Arc::ptr_eq(&e.session, &session)
        {
            e.last_seen = now;
        }
        drop(session);
        self.expire(now);
    }

    /// The sessions a TCP connection uses now, with their key and session ids.
    pub(crate) fn attached(&self) -> Vec<(u64, i64, SharedSession)> {
        self.sessions
            .iter()
            .filter(|(_, e)| Arc::strong_count(&e.session) > 1)
            .map(|(&(key, id), e)| (key, id, e.session.clone()))
            .collect()
    }

    /// Forgets the sessions of `key_id` (the key is gone).
    pub(crate) fn forget_key(&mut self, key_id: u64) {
        self.sessions.retain(|(k, _), _| *k != key_id);
    }

    /// Forgets every session.
    pub(crate) fn clear(&mut self) {
        self.sessions.clear();
    }

    /// How many sessions live at `now`.
    pub(crate) fn live(&mut self, now: Instant) -> usize {
        self.next_scan = None;
        self.expire(now);
        self.sessions.len()
    }
}
