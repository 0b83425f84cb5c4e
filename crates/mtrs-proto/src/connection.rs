//! The `Connection` state machine, shared by the client and the server role.
//!
//! Input: [`Connection::handle_packet`] (a transport payload), [`Connection::handle_timeout`]
//! and, on a client, [`Connection::enqueue`] (on a server, [`Connection::respond`]).
//! Output: [`Connection::poll_transmit`] (an encrypted packet to frame and send),
//! [`Connection::poll_event`] and [`Connection::poll_timeout`]. Time and randomness are
//! parameters: the connection never reads a clock or draws random bytes itself.
//!
//! Service messages are handled inside (`client.rs` and `server.rs` beside this file);
//! recoverable ones surface as [`Notice`] events, only fatal conditions as errors.

mod batch;
mod bind;
pub use bind::TempKeyBinding;
mod client;
mod server;

use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use mtrs_crypto::{AuthKey, Direction};
use mtrs_tl::Serialize;
use mtrs_tl::mtproto::functions::GetFutureSalts;

use crate::ack::AckQueue;
use crate::config::ProtoConfig;
use crate::container::{self, Inner};
use crate::error::{Error, PacketError, ProtocolError};
use crate::event::{Event, Notice, RequestId};
use crate::msg_id::{MsgId, MsgIdGen, ReceivedMsgIds};
use crate::packet::encrypted::{self, Header};
use crate::pending::{Origin, Pending, SendMode};
use crate::salt::{Salt, Salts};
use crate::seq_no::{SeqNo, SeqNoGen};
use crate::session_id::SessionId;
use crate::transport::{QuickAckToken, Role};

use batch::{Batch, Message};
use server::ServerState;

/// The most packets whose quick ack is awaited.
const MAX_QUICK_ACKS: usize = 1024;

/// The least time between two `get_future_salts` of a client.
const SALT_REQUEST_INTERVAL: Duration = Duration::from_secs(60);

/// A source of random bytes supplied by the caller (a CSPRNG in production, a seeded
/// generator in tests). Any `FnMut(&mut [u8])` is one.
pub trait Random {
    /// Fills `buf` with random bytes.
    fn fill(&mut self, buf: &mut [u8]);
}

impl<F: FnMut(&mut [u8])> Random for F {
    fn fill(&mut self, buf: &mut [u8]) {
        self(buf)
    }
}

/// What [`Connection::poll_transmit`] appended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transmit {
    /// Bytes of the encrypted packet (a transport payload).
    pub len: usize,
    /// Messages it carries (inside a container if more than one).
    pub messages: usize,
    /// The quick-ack token to expect, if the packet asks for one: frame it with the
    /// transport's quick-ack flag.
    pub quick_ack: Option<QuickAckToken>,
}

/// A service message or answer waiting for `poll_transmit`.
#[derive(Clone, Debug)]
struct Outbound {
    body: Vec<u8>,
    content_related: bool,
    /// Server: the message answers a client message (msg_id ≡ 1 mod 4).
    reply: bool,
    /// Re-sent as it was (msg_resend_req), inside a container.
    fixed: Option<(MsgId, SeqNo)>,
    /// Server: the query this answers (to cache the answer).
    answers: Option<MsgId>,
}

impl Outbound {
    fn service(body: Vec<u8>, content_related: bool, reply: bool) -> Self {
        Self {
            body,
            content_related,
            reply,
            fixed: None,
            answers: None,
        }
    }
}

/// A live MTProto connection on one auth key and session, in the client or server role.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use mtrs_crypto::AuthKey;
/// use mtrs_proto::{Connection, Event, ProtoConfig, Salt, SessionId};
///
/// let key = AuthKey::from_bytes([7; 256]);
/// let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
/// let mut rng = |buf: &mut [u8]| buf.fill(0x42);
/// let mut client = Connection::client(key.clone(), SessionId(1), Salt(9), Some(0), ProtoConfig::default());
/// let mut server = Connection::server(key, Salt(9), 77, ProtoConfig::default());
///
/// let request = client.enqueue(vec![0xec, 0x77, 0xbe, 0x7a, 1, 0, 0, 0, 0, 0, 0, 0]); // ping
/// let mut packet = Vec::new();
/// client.poll_transmit(now, &mut rng, &mut packet).unwrap();
/// server.handle_packet(now, &mut packet)?;
///
/// let mut answer = Vec::new();
/// server.poll_transmit(now, &mut rng, &mut answer).unwrap();
/// client.handle_packet(now, &mut answer)?;
/// assert!(std::iter::from_fn(|| client.poll_event())
///     .any(|e| matches!(e, Event::Result { request: r, result: Ok(_) } if r == request)));
/// # Ok::<(), mtrs_proto::Error>(())
/// ```
pub struct Connection {
    role: Role,
    config: ProtoConfig,
    auth_key: AuthKey,
    session_id: Option<SessionId>,
    msg_ids: MsgIdGen,
    seq: SeqNoGen,
    salts: Salts,
    received: ReceivedMsgIds,
    received_inner: ReceivedMsgIds,
    acks: AckQueue,
    pending: Pending,
    outbox: VecDeque<Outbound>,
    events: VecDeque<Event>,
    server: Option<ServerState>,
    /// Client: no `get_future_salts` before this time.
    next_salt_request: Option<SystemTime>,
    /// Whether the server time offset is known (the time-window check applies).
    offset_known: bool,
    /// Client: queries sent in packets that asked for a quick ack, by token.
    quick_acks: VecDeque<(QuickAckToken, Vec<MsgId>)>,
    /// Constructor ids of the messages in the last packet sent.
    sent_constructors: Vec<u32>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("role", &self.role)
            .field("auth_key", &self.auth_key)
            .field("session_id", &self.session_id)
            .field("time_offset", &self.msg_ids.time_offset())
            .field("pending", &self.pending.len())
            .finish_non_exhaustive()
    }
}

impl Connection {
    fn new(role: Role, auth_key: AuthKey, salt: Salt, config: ProtoConfig) -> Self {
        let peer = match role {
            Role::Client => Role::Server,
            Role::Server => Role::Client,
        };
        Self {
            role,
            received: ReceivedMsgIds::new(peer, config.received_window),
            received_inner: ReceivedMsgIds::new(peer, config.received_window),
            config,
            auth_key,
            session_id: None,
            msg_ids: MsgIdGen::new(role),
            seq: SeqNoGen::default(),
            salts: Salts::new(salt),
            acks: AckQueue::default(),
            pending: Pending::default(),
            outbox: VecDeque::new(),
            events: VecDeque::new(),
            server: None,
            next_salt_request: None,
            offset_known: true,
            quick_acks: VecDeque::new(),
            sent_constructors: Vec::new(),
        }
    }

    /// A client connection on `auth_key`, in session `session_id` (random, chosen by the
    /// caller), starting with `salt` and the server `time_offset` in seconds (server time
    /// minus local time; `None` if unknown: the first authentic server message then sets
    /// it, and the time-window check starts after that).
    pub fn client(
        auth_key: AuthKey,
        session_id: SessionId,
        salt: Salt,
        time_offset: Option<i64>,
        config: ProtoConfig,
    ) -> Self {
        let mut conn = Self::new(Role::Client, auth_key, salt, config);
        conn.session_id = Some(session_id);
        conn.offset_known = time_offset.is_some();
        conn.msg_ids.set_time_offset(time_offset.unwrap_or(0));
        conn
    }

    /// A server connection on `auth_key`, serving with `salt`. The session is the one the
    /// client's first message names; `unique_id` (random) goes into
    /// `new_session_created`.
    pub fn server(auth_key: AuthKey, salt: Salt, unique_id: i64, config: ProtoConfig) -> Self {
        let mut conn = Self::new(Role::Server, auth_key, salt, config);
        conn.server = Some(ServerState::new(salt, unique_id));
        conn
    }

    /// This end's role.
    pub fn role(&self) -> Role {
        self.role
    }

    /// The session, once known (a server learns it from the first message).
    pub fn session_id(&self) -> Option<SessionId> {
        self.session_id
    }

    /// The salt put in outgoing messages.
    pub fn salt(&self) -> Salt {
        self.salts.current()
    }

    /// The constructor ids of the messages in the packet the last
    /// [`Connection::poll_transmit`] produced (inside its container, if it has one), so a
    /// server can count what it sends without decrypting its own packets.
    pub fn last_transmit_constructors(&self) -> &[u32] {
        &self.sent_constructors
    }

    /// The announced future salts (from `future_salts`), oldest first.
    pub fn future_salts(&self) -> &[crate::salt::FutureSalt] {
        self.salts.future()
    }

    /// Adds salts known from before (a session reopened from storage), so the first
    /// messages after the current salt expires need no `bad_server_salt` round trip.
    pub fn add_future_salts(&mut self, salts: &[crate::salt::FutureSalt]) {
        self.salts.add_future(salts);
    }

    /// Server time minus local time, in seconds.
    pub fn time_offset(&self) -> i64 {
        self.msg_ids.time_offset()
    }

    /// How many enqueued queries await their result (client).
    pub fn pending_requests(&self) -> usize {
        self.pending.len()
    }

    /// Queues a query (its TL-serialized bytes) and returns the id its result will carry
    /// (client role). Large bodies are compressed per [`ProtoConfig::compression_threshold`].
    ///
    /// The body is held once, shared (a `Vec<u8>` becomes [`Bytes`] without a copy): a
    /// caller that keeps a clone to send again elsewhere shares the same bytes, and every
    /// (re-)send writes from it straight into the packet being encrypted.
    pub fn enqueue(&mut self, body: impl Into<Bytes>) -> RequestId {
        let body = body.into();
        let body = match self.compress(&body) {
            Some(packed) => packed.into(),
            None => body,
        };
        self.pending.push(body, Origin::User)
    }

    /// `body` as `gzip_packed`, if it is large enough and compression pays.
    fn compress(&self, body: &[u8]) -> Option<Vec<u8>> {
        self.config
            .compression_threshold
            .and_then(|t| crate::gzip::pack(body, t))
    }

    fn maybe_compress(&self, body: Vec<u8>) -> Vec<u8> {
        self.compress(&body).unwrap_or(body)
    }

    /// The next event, if any.
    pub fn poll_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    /// When [`Connection::handle_timeout`] should run next.
    pub fn poll_timeout(&self) -> Option<SystemTime> {
        let acks = self.acks.deadline(self.config.ack_flush_delay);
        let resend = self.pending.next_deadline(self.config.resend_after);
        match (acks, resend) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Runs the timers due at `now`: overdue queries are queued again. Pending
    /// acknowledgements past their delay go out with the next `poll_transmit`.
    pub fn handle_timeout(&mut self, now: SystemTime) {
        let count = self.pending.resend_overdue(
            now,
            self.config.resend_after,
            self.config.max_same_id_resends,
        );
        if count > 0 {
            self.events
                .push_back(Event::Notice(Notice::Resent { count }));
        }
    }

    /// The transport under this session was lost and a new one is attached (client): the
    /// session (id, sequence numbers, salts, time offset, the request table) carries on.
    /// Every query already on the wire is queued again under its old msg_id inside a
    /// container, as MTProto asks, so the server answers a query it already executed from
    /// its cache instead of running it twice; a query too old for its msg_id to be
    /// accepted goes with a fresh one. Quick-ack tokens of the old transport are dropped.
    /// Returns how many queries are queued again.
    pub fn reset_transport(&mut self, now: SystemTime) -> usize {
        self.quick_acks.clear();
        let count = self.pending.resend_after_transport_loss(now);
        if count > 0 {
            self.events
                .push_back(Event::Notice(Notice::Resent { count }));
        }
        count
    }

    /// Takes a quick ack the transport reported (client): the queries of that packet count
    /// as received by the server. Unknown tokens are ignored.
    pub fn handle_quick_ack(&mut self, token: QuickAckToken) {
        let found = self.quick_acks.iter().position(|(t, _)| *t == token);
        if let Some((_, ids)) = found.and_then(|i| self.quick_acks.remove(i)) {
            let count = ids.len();
            ids.into_iter().for_each(|id| self.pending.ack(id));
            self.events
                .push_back(Event::Notice(Notice::QuickAck { count }));
        }
    }

    /// The quick-ack token of a packet that [`Connection::handle_packet`] accepted, for a
    /// server whose transport saw the quick-ack flag (`packet` is the buffer as
    /// `handle_packet` left it, decrypted in place).
    pub fn quick_ack_token(&self, packet: &[u8]) -> QuickAckToken {
        let direction = match self.role {
            Role::Client => Direction::ServerToClient,
            Role::Server => Direction::ClientToServer,
        };
        encrypted::quick_ack_token_of_decrypted(&self.auth_key, direction, packet)
    }

    /// Takes one received transport payload (decrypted in place).
    ///
    /// An error means the packet was discarded; the connection state is unchanged by it.
    /// [`Error::is_fatal`] tells whether the connection should be closed.
    pub fn handle_packet(&mut self, now: SystemTime, packet: &mut [u8]) -> Result<(), Error> {
        let direction = match self.role {
            Role::Client => Direction::ServerToClient,
            Role::Server => Direction::ClientToServer,
        };
        let msg = encrypted::read(&self.auth_key, direction, packet)?;
        let header = msg.header;
        match (self.session_id, self.role) {
            (Some(expected), _) if expected != header.session_id => {
                return Err(PacketError::WrongSessionId {
                    expected,
                    got: header.session_id,
                }
                .into());
            }
            (None, Role::Server) => {
                // The first authentic message opens the session.
                self.session_id = Some(header.session_id);
                self.server_new_session(header.msg_id);
            }
            _ => {}
        }
        if !self.offset_known {
            self.msg_ids.correct_from(header.msg_id, now);
            self.offset_known = true;
        }
        let offset = self.msg_ids.time_offset();
        let suspicious_time = match self.received.verify(header.msg_id, now, offset) {
            Ok(()) => false,
            Err(PacketError::MsgIdTooNew { .. } | PacketError::MsgIdTooOld { .. }) => true,
            Err(e) => return Err(e.into()),
        };
        let in_container = container::is_container(msg.body);
        let messages = if in_container {
            container::read(header.msg_id, msg.body)?
        } else {
            vec![Inner {
                msg_id: header.msg_id,
                seq_no: header.seq_no,
                body: msg.body.to_vec(),
            }]
        };
        match self.role {
            Role::Client => self.client_check_seq_nos(&messages)?,
            Role::Server => {
                if suspicious_time {
                    self.server_reject_time(now, header);
                    return Ok(());
                }
                if !self.server_salt_ok(header.salt, now) {
                    self.server_reject_salt(header);
                    self.received.record(header.msg_id);
                    return Ok(());
                }
            }
        }
        self.received.record(header.msg_id);
        for m in messages {
            if in_container {
                if self.received_inner.contains(m.msg_id) {
                    self.duplicate_inner(now, &m);
                    continue;
                }
                self.received_inner.record(m.msg_id);
            }
            match self.role {
                Role::Client => self.client_handle(now, header, &m, suspicious_time)?,
                Role::Server => self.server_handle(now, &m)?,
            }
        }
        Ok(())
    }

    /// A message inside a container that was already received: acknowledge it again if
    /// it needs an ack; a server answers a duplicate query as the spec asks.
    fn duplicate_inner(&mut self, now: SystemTime, m: &Inner) {
        if m.seq_no.is_content_related() {
            self.acks.push(m.msg_id, now);
        }
        if self.role == Role::Server {
            self.server_duplicate_query(m.msg_id);
        }
    }

    /// Queues a service message rendered at the next transmit.
    fn queue_service<T: Serialize>(&mut self, value: &T, content_related: bool, reply: bool) {
        self.outbox
            .push_back(Outbound::service(value.to_bytes(), content_related, reply));
    }

    /// Appends the next encrypted packet to `out`, if there is anything to send.
    ///
    /// `rng` supplies the padding (and nothing else is random in a packet).
    pub fn poll_transmit(
        &mut self,
        now: SystemTime,
        rng: &mut dyn Random,
        out: &mut Vec<u8>,
    ) -> Option<Transmit> {
        let session_id = self.session_id?;
        if self.role == Role::Client {
            self.client_refresh_salts(now);
        }
        self.pending.skip_stale();
        if !self.has_anything_to_send(now) {
            return None;
        }
        let batch = self.fill_batch(now);
        if batch.is_empty() {
            return None;
        }
        let container_id = batch.needs_container().then(|| self.msg_ids.next(now));
        let (msg_id, seq_no) = match container_id {
            Some(container_id) => (container_id, self.seq.next(false)),
            None => batch.single().map(|m| (m.msg_id, m.seq_no))?,
        };
        self.record_batch(now, &batch, container_id);
        self.sent_constructors.clear();
        self.sent_constructors.extend(batch.constructors());
        let header = Header {
            salt: self.salt_for_sending(),
            session_id,
            msg_id,
            seq_no,
        };
        let start = out.len();
        let quick_ack = self.encrypt(&header, &batch, container_id.is_some(), rng, out)?;
        if let Some(token) = quick_ack {
            self.await_quick_ack(token, batch.query_msg_ids().collect());
        }
        Some(Transmit {
            len: out.len() - start,
            messages: batch.len(),
            quick_ack,
        })
    }

    /// Client: moves to the next salt when due, and asks for future salts when the known
    /// ones run low (at most once per [`SALT_REQUEST_INTERVAL`]).
    fn client_refresh_salts(&mut self, now: SystemTime) {
        let server_now = self.msg_ids.server_now(now);
        self.salts.advance(server_now);
        if self.config.fetch_future_salts
            && self.salts.needs_refresh(server_now)
            && self.next_salt_request.is_none_or(|t| t <= now)
            && !self.pending.has_outstanding(Origin::FutureSalts)
        {
            self.pending.push(
                GetFutureSalts { num: 32 }.to_bytes().into(),
                Origin::FutureSalts,
            );
            self.next_salt_request = Some(now + SALT_REQUEST_INTERVAL);
        }
    }

    /// Whether a message is queued, or acknowledgements are due.
    fn has_anything_to_send(&self, now: SystemTime) -> bool {
        !self.outbox.is_empty()
            || self.pending.peek_queue().is_some()
            || self.acks.must_flush(
                now,
                self.config.ack_flush_delay,
                self.config.max_pending_acks,
            )
    }

    /// Takes the messages of the next packet, within the container limits: the pending
    /// acknowledgements, then queued service messages and answers, then queries.
    fn fill_batch(&mut self, now: SystemTime) -> Batch {
        let mut batch = Batch::new(
            self.config.max_container_messages,
            self.config.max_container_bytes,
        );
        if !self.acks.is_empty() {
            let ids = self.acks.take();
            let body = mtrs_tl::mtproto::types::MsgsAck { msg_ids: ids }.to_bytes();
            let message = self.fresh_message(now, body, false, false);
            batch.push(message, false);
        }
        while let Some(o) = self.outbox.front() {
            if !batch.fits(o.body.len()) {
                break;
            }
            let Some(o) = self.outbox.pop_front() else {
                break;
            };
            let (message, kept_id) = match o.fixed {
                Some((msg_id, seq_no)) => (
                    Message {
                        msg_id,
                        seq_no,
                        body: o.body.into(),
                    },
                    true,
                ),
                None => (
                    self.fresh_message(now, o.body, o.content_related, o.reply),
                    false,
                ),
            };
            batch.push_answer(o.answers, message, kept_id);
        }
        while let Some((id, mode, request)) = self.pending.peek_queue() {
            if !batch.fits_query(request.body.len(), request.containable) {
                break;
            }
            // A second handle on the request table's body, not a copy.
            let body = request.body.clone();
            let containable = request.containable;
            self.pending.pop_queue();
            let (message, kept_id) = match mode {
                SendMode::Fresh => (self.fresh_message(now, body, true, false), false),
                SendMode::SameId { msg_id, seq_no } => (
                    Message {
                        msg_id,
                        seq_no,
                        body,
                    },
                    true,
                ),
                SendMode::Reserved { msg_id, seq_no } => (
                    Message {
                        msg_id,
                        seq_no,
                        body,
                    },
                    false,
                ),
            };
            batch.push_query(id, message, kept_id);
            if !containable {
                break;
            }
        }
        batch
    }

    /// Records what the packet of `batch` carries: its queries as sent (and the container
    /// holding them), a server's answers for its answer cache.
    fn record_batch(&mut self, now: SystemTime, batch: &Batch, container_id: Option<MsgId>) {
        for (id, m) in batch.queries() {
            self.pending
                .mark_sent(id, m.msg_id, m.seq_no, container_id, now);
        }
        if let Some(c) = container_id {
            let inner: Vec<MsgId> = batch.query_msg_ids().collect();
            if !inner.is_empty() {
                self.pending.record_container(c, inner);
            }
        }
        for (query, m) in batch.answers() {
            self.server_cache_answer(query, m.msg_id, m.seq_no, m.body.to_vec());
        }
        self.pending.prune_containers();
    }

    /// Encrypts the body of `batch` (its container if `in_container`) under `header` into
    /// `out`, with random padding; asks for a quick ack if configured and the packet carries
    /// a query (client). The message bodies are written straight into `out`, the only
    /// buffer a packet takes. `None` if the body cannot be written (never for TL bodies).
    fn encrypt(
        &self,
        header: &Header,
        batch: &Batch,
        in_container: bool,
        rng: &mut dyn Random,
        out: &mut Vec<u8>,
    ) -> Option<Option<QuickAckToken>> {
        let body = encrypted::Body {
            len: batch.body_len(in_container),
            write: |out: &mut Vec<u8>| batch.write_body(in_container, out),
        };
        let has_queries = batch.has_queries();
        let mut padding = [0u8; 32];
        let pad = &mut padding[..encrypted::padding_len(body.len)];
        rng.fill(pad);
        let direction = match self.role {
            Role::Client => Direction::ClientToServer,
            Role::Server => Direction::ServerToClient,
        };
        let want_quick_ack = self.config.quick_acks && self.role == Role::Client && has_queries;
        // Bodies are TL (multiples of 4) and the padding was sized for them.
        encrypted::write_with(
            &self.auth_key,
            direction,
            header,
            body,
            pad,
            want_quick_ack,
            out,
        )
        .ok()
    }

    /// Client: remembers the queries of a packet whose quick ack `token` is awaited (the
    /// newest [`MAX_QUICK_ACKS`] packets).
    fn await_quick_ack(&mut self, token: QuickAckToken, queries: Vec<MsgId>) {
        self.quick_acks.push_back((token, queries));
        if self.quick_acks.len() > MAX_QUICK_ACKS {
            self.quick_acks.pop_front();
        }
    }

    /// A message with a fresh msg_id and seq_no.
    fn fresh_message(
        &mut self,
        now: SystemTime,
        body: impl Into<Bytes>,
        content_related: bool,
        reply: bool,
    ) -> Message {
        let msg_id = if reply {
            self.msg_ids.next_reply(now)
        } else {
            self.msg_ids.next(now)
        };
        Message {
            msg_id,
            seq_no: self.seq.next(content_related),
            body: body.into(),
        }
    }

    fn salt_for_sending(&self) -> Salt {
        match &self.server {
            Some(s) => s.current_salt(),
            None => self.salts.current(),
        }
    }

    /// Inflates `body` if it is `gzip_packed`.
    fn inflate(&self, body: Vec<u8>) -> Result<Vec<u8>, ProtocolError> {
        Ok(crate::gzip::unpack_object(&body, self.config.max_gzip_output)?.unwrap_or(body))
    }
}

#[cfg(test)]
mod tests;
