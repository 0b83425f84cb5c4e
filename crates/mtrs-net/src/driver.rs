//! The connection task: one owner of the socket, the codec and the `mtrs_proto::Connection`.
//!
//! The loop selects over the socket, the command channel and the next deadline (protocol
//! timers and keepalive). After every input it drains `poll_transmit` and `poll_event`.
//! A lone request goes out at once; with others in flight, once every task that is ready
//! to run has queued its own (one yield, never a wait for answers or timers). At most [`FLUSH_EVERY`] go per write while more are queued: callers woken by
//! one read share a write, and the server starts on the first requests while the rest
//! are framed.
//! A lost TCP connection is replaced with backoff; the MTProto session is then a new one
//! (new session id, same key, salt and time offset) and every unanswered request is
//! enqueued again.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mtrs_crypto::AuthKey;
use mtrs_proto::salt::FutureSalt;
use mtrs_proto::transport::{Incoming, Transport, TransportErrorCode, TransportKind};
use mtrs_proto::{Bytes, Connection, DcId, Event, Notice, RequestId, Salt, SessionId};
use mtrs_tl::Serialize;
use mtrs_tl::mtproto::functions::PingDelayDisconnect;
use mtrs_types::{ServerSalt, TimeOffset, UnixTime};
use parking_lot::Mutex;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::WriteHalf;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::handle::{Command, Reply};
use crate::{DisconnectReason, Error, LinkConfig, LinkEvent, LinkState, Observer};

/// Size of the socket read buffer.
const READ_CHUNK: usize = 64 * 1024;

/// Requests written at most per packet burst while more are queued: the server starts on
/// the first ones while this task frames the rest (measured with 64 callers: 16 keeps
/// both sides busy at few writes per call).
const FLUSH_EVERY: usize = 16;

/// Framed bytes gathered before they are written: small packets share a write, a large
/// one (an upload part) goes as soon as it is framed, so the frame buffer stays near one
/// packet.
const WRITE_CHUNK: usize = 128 * 1024;

/// The credentials a connection runs on: the auth key plus what is known of the session.
#[derive(Clone)]
pub struct LinkAuth {
    /// The DC (named in obfuscated2/MTProxy headers).
    pub dc: DcId,
    /// The permanent auth key of the DC.
    pub auth_key: AuthKey,
    /// The salt to start with (0 if unknown: the server then sends the right one).
    pub salt: Salt,
    /// Salts known to follow it (persisted from an earlier run), so the session needs no
    /// `bad_server_salt` round trip when the current one expires.
    pub future_salts: Vec<ServerSalt>,
    /// Server time minus local time, if known.
    pub time_offset: Option<TimeOffset>,
}

impl std::fmt::Debug for LinkAuth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkAuth")
            .field("auth_key", &self.auth_key)
            .field("time_offset", &self.time_offset)
            .finish_non_exhaustive()
    }
}

/// How serving one TCP connection ended.
enum Outcome {
    /// Close requested, or every handle dropped.
    Stop,
    /// The TCP connection is gone; reconnect.
    Lost(DisconnectReason),
    /// The key is rejected; stop and fail everything with this error.
    Fatal,
}

/// The connection task's future, returned by [`crate::connect`]; spawn it with
/// `tokio::spawn(driver.run())`.
pub struct Driver {
    addr: SocketAddr,
    /// The DC, for obfuscated2/MTProxy headers on reconnects.
    dc: DcId,
    config: LinkConfig,
    rx: mpsc::Receiver<Command>,
    state: watch::Sender<LinkState>,
    observer: Option<Observer>,
    stream: Option<TcpStream>,
    /// The MTProto session: it outlives each TCP connection.
    conn: Connection,
    transport: Transport,
    /// Who waits for each request of the session's request table (the one place a
    /// request's body is held), by request id: submission order, kept across reconnects.
    waiting: BTreeMap<RequestId, Reply>,
    /// The encrypted packet being built, reused from flush to flush.
    packet: Vec<u8>,
    /// Framed packets not written yet, reused from flush to flush.
    frames: Vec<u8>,
    ping: Option<(RequestId, Instant)>,
    next_ping: Instant,
    ping_id: i64,
    /// The session's future salts, shared with the handles (see
    /// [`crate::ConnectionHandle::future_salts`]).
    salts: Arc<Mutex<Vec<ServerSalt>>>,
    /// (count, last salt) of what `salts` holds, to publish only changes.
    salts_seen: (usize, Salt),
}

impl std::fmt::Debug for Driver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Driver")
            .field("addr", &self.addr)
            .field("waiting", &self.waiting.len())
            .finish_non_exhaustive()
    }
}

/// Opens a TCP connection to `addr` and prepares the task that will own it.
///
/// Fails with [`Error::Connect`] or [`Error::ConnectTimeout`] if the first connection
/// cannot be made; later losses are repaired by the task itself.
pub async fn connect(
    addr: SocketAddr,
    config: LinkConfig,
    auth: LinkAuth,
    observer: Option<Observer>,
) -> Result<(crate::ConnectionHandle, Driver), Error> {
    let transport = config
        .obfuscation
        .client_transport(config.transport, auth.dc)?;
    let stream = dial(config.obfuscation.dial_addr(addr), config.connect_timeout).await?;
    Ok(attach_with(stream, transport, addr, config, auth, observer))
}

/// Builds the task over an already open stream whose transport has not sent anything
/// yet.
///
/// # Errors
/// As [`crate::Obfuscation::client_transport`].
pub fn attach(
    stream: TcpStream,
    addr: SocketAddr,
    config: LinkConfig,
    auth: LinkAuth,
    observer: Option<Observer>,
) -> Result<(crate::ConnectionHandle, Driver), Error> {
    let transport = config
        .obfuscation
        .client_transport(config.transport, auth.dc)?;
    Ok(attach_with(stream, transport, addr, config, auth, observer))
}

/// Builds the task over an open stream and the transport already in use on it (the key
/// exchange's, so a new DC needs one TCP connection, not two).
pub(crate) fn attach_with(
    stream: TcpStream,
    transport: Transport,
    addr: SocketAddr,
    config: LinkConfig,
    auth: LinkAuth,
    observer: Option<Observer>,
) -> (crate::ConnectionHandle, Driver) {
    let (tx, rx) = mpsc::channel(config.queue_capacity.max(1));
    let initial = LinkState {
        connected: true,
        closed: false,
        key_rejected: false,
        salt: auth.salt,
        time_offset: auth.time_offset.unwrap_or_default(),
        generation: 1,
    };
    let (state, state_rx) = watch::channel(initial);
    let conn = new_connection(&auth, &config);
    let salts = Arc::new(Mutex::new(auth.future_salts.clone()));
    let next_ping = Instant::now() + config.ping_interval;
    let driver = Driver {
        addr,
        dc: auth.dc,
        config,
        rx,
        state,
        observer,
        stream: Some(stream),
        conn,
        transport,
        waiting: BTreeMap::new(),
        packet: Vec::new(),
        frames: Vec::new(),
        ping: None,
        next_ping,
        ping_id: 0,
        salts: salts.clone(),
        salts_seen: (usize::MAX, Salt(0)),
    };
    let handle = crate::ConnectionHandle {
        tx,
        state: state_rx,
        salts,
    };
    (handle, driver)
}

/// Opens a TCP connection within `timeout`.
pub(crate) async fn dial(addr: SocketAddr, timeout: Duration) -> Result<TcpStream, Error> {
    match tokio::time::timeout(timeout, TcpStream::connect(addr)).await {
        Ok(Ok(stream)) => {
            // Small MTProto packets should not wait for Nagle.
            let _ = stream.set_nodelay(true);
            Ok(stream)
        }
        Ok(Err(source)) => Err(Error::Connect { addr, source }),
        Err(_) => Err(Error::ConnectTimeout {
            addr,
            after: timeout,
        }),
    }
}

fn new_connection(auth: &LinkAuth, config: &LinkConfig) -> Connection {
    let mut id = [0u8; 8];
    rand::fill(&mut id[..]);
    let mut conn = Connection::client(
        auth.auth_key.clone(),
        SessionId::from_random(&id),
        auth.salt,
        auth.time_offset.map(TimeOffset::as_secs),
        config.proto.clone(),
    );
    let known: Vec<FutureSalt> = auth
        .future_salts
        .iter()
        .filter(|s| s.salt != auth.salt)
        .map(|s| FutureSalt {
            valid_since: s.valid_since.0,
            valid_until: s.valid_until.0,
            salt: s.salt,
        })
        .collect();
    conn.add_future_salts(&known);
    conn
}

impl Driver {
    /// Runs the connection until it is closed. Every request still waiting at the end is
    /// answered with [`Error::Closed`] (or [`Error::AuthKeyRejected`]).
    pub async fn run(mut self) {
        let mut fatal = false;
        loop {
            let outcome = match self.stream.take() {
                Some(stream) => self.serve(stream).await,
                None => break,
            };
            match outcome {
                Outcome::Stop => break,
                Outcome::Fatal => {
                    fatal = true;
                    self.emit(LinkEvent::AuthKeyRejected);
                    break;
                }
                Outcome::Lost(reason) => {
                    tracing::debug!(addr = %self.addr, ?reason, "connection lost");
                    self.state.send_modify(|s| s.connected = false);
                    self.emit(LinkEvent::Disconnected { reason });
                    match self.redial().await {
                        Some(stream) => {
                            if let Err(e) = self.attach_transport() {
                                tracing::warn!(error = %e, "cannot frame the new connection");
                                break;
                            }
                            self.stream = Some(stream);
                            self.state.send_modify(|s| {
                                s.connected = true;
                                s.generation += 1;
                            });
                            self.emit(LinkEvent::Reconnected);
                        }
                        None => break,
                    }
                }
            }
        }
        self.stream = None;
        // Mark the handle closed before anyone hears why, so a caller reacting to the
        // error already sees a closed connection.
        self.rx.close();
        self.state.send_modify(|s| {
            s.connected = false;
            s.closed = true;
            s.key_rejected = fatal;
        });
        let error = || {
            if fatal {
                Error::AuthKeyRejected
            } else {
                Error::Closed
            }
        };
        for (_, reply) in std::mem::take(&mut self.waiting) {
            let _ = reply.send(Err(error()));
        }
        while let Ok(cmd) = self.rx.try_recv() {
            if let Command::Invoke { reply, .. } | Command::Bind { reply, .. } = cmd {
                let _ = reply.send(Err(error()));
            }
        }
    }

    fn emit(&self, event: LinkEvent) {
        if let Some(observer) = &self.observer {
            observer(event);
        }
    }

    /// The MTProto session carries on over the new socket: requests already on the wire
    /// go out again under their msg_ids (a server that executed one answers from its
    /// cache), the rest as they were queued.
    fn attach_transport(&mut self) -> Result<(), Error> {
        self.transport = self
            .config
            .obfuscation
            .client_transport(self.config.transport, self.dc)?;
        self.ping = None;
        self.next_ping = Instant::now() + self.config.ping_interval;
        let count = self.conn.reset_transport(SystemTime::now());
        tracing::debug!(addr = %self.addr, resent = count, "session continues on a new connection");
        Ok(())
    }

    /// Reconnects with backoff, still accepting commands. `None` if asked to stop.
    async fn redial(&mut self) -> Option<TcpStream> {
        let mut attempt = 0u32;
        loop {
            // `random::<f64>()` is uniform in [0, 1), what `delay` expects.
            let delay = self.config.backoff.delay(attempt, rand::random::<f64>());
            let wake = Instant::now() + delay;
            loop {
                tokio::select! {
                    cmd = self.rx.recv() => match cmd.map(|c| self.queue(c)) {
                        Some(None | Some(Command::Reconnect)) => {}
                        Some(Some(_)) | None => return None,
                    },
                    () = tokio::time::sleep_until(wake) => break,
                }
            }
            let target = self.config.obfuscation.dial_addr(self.addr);
            let dial = dial(target, self.config.connect_timeout);
            tokio::pin!(dial);
            let result = loop {
                tokio::select! {
                    r = &mut dial => break r,
                    cmd = self.rx.recv() => match cmd.map(|c| self.queue(c)) {
                        Some(None | Some(Command::Reconnect)) => {}
                        Some(Some(_)) | None => return None,
                    },
                }
            };
            match result {
                Ok(stream) => return Some(stream),
                Err(e) => {
                    tracing::debug!(addr = %self.addr, attempt, error = %e, "reconnect failed");
                    attempt = attempt.saturating_add(1);
                }
            }
        }
    }

    /// Queues a request in the session (it goes out when a connection is up).
    fn submit(&mut self, body: Bytes, reply: Reply) {
        // The session holds the body (once, shared); resends take it from there.
        let id = self.conn.enqueue(body);
        self.wait(id, reply);
    }

    fn wait(&mut self, id: RequestId, reply: Reply) {
        self.waiting.insert(id, reply);
    }

    /// Queues what `cmd` asks to send; gives back any other command.
    fn queue(&mut self, cmd: Command) -> Option<Command> {
        match cmd {
            Command::Invoke { body, reply } => self.submit(body, reply),
            Command::Bind {
                perm_key,
                binding,
                reply,
            } => {
                let mut rng = |b: &mut [u8]| rand::fill(b);
                match self
                    .conn
                    .enqueue_bind(&perm_key, binding, SystemTime::now(), &mut rng)
                {
                    Some(id) => self.wait(id, reply),
                    None => {
                        let _ = reply.send(Err(Error::Closed));
                    }
                }
            }
            other => return Some(other),
        }
        None
    }

    /// Handles one command; `Some` ends serving.
    fn command(&mut self, cmd: Option<Command>) -> Option<Outcome> {
        match cmd.map(|c| self.queue(c)) {
            Some(None) => None,
            Some(Some(Command::Reconnect)) => Some(Outcome::Lost(DisconnectReason::Requested)),
            Some(Some(_)) | None => Some(Outcome::Stop),
        }
    }

    async fn serve(&mut self, mut stream: TcpStream) -> Outcome {
        let (mut rd, mut wr) = stream.split();
        let mut buf = vec![0u8; READ_CHUNK];
        // Whether a command was taken since the last write, and whether the other tasks
        // ready to run had their turn since.
        let mut fresh = false;
        let mut gathered = false;
        loop {
            // Take the queued commands before writing, so they share containers.
            let mut taken = 0;
            while taken < FLUSH_EVERY
                && let Ok(cmd) = self.rx.try_recv()
            {
                taken += 1;
                fresh = true;
                if let Some(outcome) = self.command(Some(cmd)) {
                    return self.finish(outcome, &mut wr).await;
                }
            }
            if taken < FLUSH_EVERY && fresh && !gathered && self.waiting.len() > 1 {
                // Concurrent callers (woken together by one read of answers) send their
                // next requests one by one; let every task that is ready run once, so
                // they go out in one write instead of one write each. This waits for no
                // answer and no timer: only for tasks already runnable. A lone caller
                // (nothing else in flight) is not held back.
                gathered = true;
                tokio::task::yield_now().await;
                continue;
            }
            fresh = false;
            gathered = false;
            if let Err(e) = self.flush(&mut wr).await {
                return Outcome::Lost(DisconnectReason::Io(e.kind()));
            }
            let deadline = self.deadline();
            tokio::select! {
                cmd = self.rx.recv() => {
                    fresh = true;
                    if let Some(outcome) = self.command(cmd) {
                        return self.finish(outcome, &mut wr).await;
                    }
                }
                read = rd.read(&mut buf) => match read {
                    Ok(0) => return Outcome::Lost(DisconnectReason::ClosedByPeer),
                    Ok(n) => {
                        if let Some(outcome) = self.received(buf.get(..n).unwrap_or_default()) {
                            return outcome;
                        }
                    }
                    Err(e) => return Outcome::Lost(DisconnectReason::Io(e.kind())),
                },
                () = tokio::time::sleep_until(deadline) => {
                    if let Some(outcome) = self.timers() {
                        return outcome;
                    }
                }
            }
        }
    }

    /// Before leaving: a requested stop still sends what is queued (best effort).
    async fn finish(&mut self, outcome: Outcome, wr: &mut WriteHalf<'_>) -> Outcome {
        if matches!(outcome, Outcome::Stop) {
            let _ = self.flush(wr).await;
            let _ = wr.shutdown().await;
        }
        outcome
    }

    /// Encodes everything the protocol wants to send and writes it.
    async fn flush(&mut self, wr: &mut WriteHalf<'_>) -> std::io::Result<()> {
        // The buffers are the driver's, so a large packet does not allocate again.
        let mut packet = std::mem::take(&mut self.packet);
        let mut frames = std::mem::take(&mut self.frames);
        let result = self.write_packets(wr, &mut packet, &mut frames).await;
        packet.clear();
        frames.clear();
        self.packet = packet;
        self.frames = frames;
        self.sync_state();
        result
    }

    async fn write_packets(
        &mut self,
        wr: &mut WriteHalf<'_>,
        packet: &mut Vec<u8>,
        frames: &mut Vec<u8>,
    ) -> std::io::Result<()> {
        let now = SystemTime::now();
        let mut rng = |b: &mut [u8]| rand::fill(b);
        packet.clear();
        frames.clear();
        while self.conn.poll_transmit(now, &mut rng, packet).is_some() {
            let mut padding = [0u8; 16];
            let pad_len = if self.config.transport == TransportKind::PaddedIntermediate {
                let mut b = [0u8; 1];
                rand::fill(&mut b[..]);
                usize::from(b[0] % 16)
            } else {
                0
            };
            let pad = padding.get_mut(..pad_len).unwrap_or_default();
            rand::fill(pad);
            if let Err(e) = self.transport.encode(packet, false, pad, frames) {
                // A payload too large for the frame limit: drop it (its request will be
                // re-sent and fail the same way until its caller times out).
                tracing::warn!(error = %e, "cannot frame an outgoing packet");
            }
            packet.clear();
            if frames.len() >= WRITE_CHUNK {
                wr.write_all(frames).await?;
                frames.clear();
            }
        }
        if !frames.is_empty() {
            wr.write_all(frames).await?;
        }
        Ok(())
    }

    fn sync_state(&mut self) {
        let future = self.conn.future_salts();
        let seen = (future.len(), future.last().map_or(Salt(0), |f| f.salt));
        if seen != self.salts_seen {
            self.salts_seen = seen;
            *self.salts.lock() = future
                .iter()
                .map(|f| ServerSalt {
                    salt: f.salt,
                    valid_since: UnixTime(f.valid_since),
                    valid_until: UnixTime(f.valid_until),
                })
                .collect();
        }
        let salt = self.conn.salt();
        let offset = TimeOffset::from_secs(self.conn.time_offset());
        self.state.send_if_modified(|s| {
            let changed = s.salt != salt || s.time_offset != offset;
            s.salt = salt;
            s.time_offset = offset;
            changed
        });
    }

    /// Feeds received bytes through the codec and the protocol.
    fn received(&mut self, bytes: &[u8]) -> Option<Outcome> {
        if let Err(e) = self.transport.push_received(bytes) {
            return Some(Outcome::Lost(DisconnectReason::Protocol(e.to_string())));
        }
        let now = SystemTime::now();
        let outcome = loop {
            match self.transport.next_incoming() {
                Ok(None) => break None,
                Ok(Some(Incoming::Frame { payload, .. })) => {
                    if let Err(e) = self.conn.handle_packet(now, payload) {
                        if e.is_fatal() {
                            break Some(Outcome::Lost(DisconnectReason::Protocol(e.to_string())));
                        }
                        tracing::debug!(error = %e, "dropped a packet");
                    }
                }
                Ok(Some(Incoming::QuickAck(_))) => {}
                Ok(Some(Incoming::Error(TransportErrorCode::AuthKeyNotFound))) => {
                    break Some(Outcome::Fatal);
                }
                Ok(Some(Incoming::Error(code))) => {
                    break Some(Outcome::Lost(DisconnectReason::TransportError(code.code())));
                }
                Err(e) => break Some(Outcome::Lost(DisconnectReason::Protocol(e.to_string()))),
            }
        };
        // Answers that arrived before an error in the same read are delivered first: a
        // request answered just before a −404 must not fail and be sent again under a
        // new key (where the server would run it a second time).
        self.events();
        outcome
    }

    /// Delivers results and updates.
    fn events(&mut self) {
        while let Some(event) = self.conn.poll_event() {
            match event {
                Event::Result { request, result } => {
                    if self.ping.is_some_and(|(id, _)| id == request) {
                        self.ping = None;
                        continue;
                    }
                    if let Some(reply) = self.waiting.remove(&request) {
                        // The caller may have stopped waiting (timeout); that is fine.
                        let _ = reply.send(result.map_err(Error::Rpc));
                    }
                }
                Event::Update { body } => self.emit(LinkEvent::Update(body)),
                Event::Notice(notice) => log_notice(&notice),
                _ => {}
            }
        }
    }

    /// The earliest of the protocol timer and the keepalive timers.
    fn deadline(&self) -> Instant {
        let mut deadline = match self.ping {
            Some((_, due)) => due,
            None => self.next_ping,
        };
        if let Some(at) = self.conn.poll_timeout() {
            let wait = at
                .duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO);
            deadline = deadline.min(Instant::now() + wait);
        }
        deadline
    }

    fn timers(&mut self) -> Option<Outcome> {
        let now = Instant::now();
        self.conn.handle_timeout(SystemTime::now());
        if let Some((_, due)) = self.ping {
            if now >= due {
                return Some(Outcome::Lost(DisconnectReason::KeepaliveTimeout));
            }
        } else if now >= self.next_ping {
            self.ping_id = self.ping_id.wrapping_add(1);
            let delay = self.config.ping_interval + self.config.ping_timeout;
            let ping = PingDelayDisconnect {
                ping_id: self.ping_id,
                disconnect_delay: i32::try_from(delay.as_secs()).unwrap_or(i32::MAX),
            };
            let id = self.conn.enqueue(ping.to_bytes());
            self.ping = Some((id, now + self.config.ping_timeout));
            self.next_ping = now + self.config.ping_interval;
        }
        self.events();
        None
    }
}

fn log_notice(notice: &Notice) {
    match notice {
        Notice::SaltChanged { .. } => tracing::debug!("server salt changed"),
        Notice::TimeOffsetCorrected { offset, .. } => {
            tracing::debug!(offset, "time offset corrected");
        }
        other => tracing::trace!(?other, "protocol notice"),
    }
}
