//! One accepted TCP connection: framing, the auth-key exchange, the server session it
//! uses (found by the session id of each packet), RPC dispatch and the per-connection
//! faults.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::packet::{self, encrypted};
use mtrs_proto::salt::FutureSalt;
use mtrs_proto::transport::TransportErrorCode;
use mtrs_proto::{Connection, Event as ProtoEvent, PacketError, ProtoConfig, Salt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use crate::events::Event;
use crate::exchange::ServerExchange;
use crate::framing::{Framing, Received};
use crate::push;
use crate::rpc::{self, RpcCtx};
use crate::service;
use crate::session::{Delayed, ServerSession, SharedSession};
use crate::state::ConnCtx;

/// Packets up to this size are copied before decryption, so that one naming another
/// session than the connection's can be handed to that session (cheaper than reading the
/// session id ahead of decryption).
const RETRY_COPY_MAX: usize = 4096;

/// Serves one TCP connection until the peer leaves, a fault or protocol error closes it,
/// or `stop` fires.
pub(crate) async fn run(mut stream: TcpStream, ctx: ConnCtx, mut stop: watch::Receiver<bool>) {
    let conn = ctx.shared.next_conn_id();
    let dc_id = ctx.dc.id;
    ctx.dc.count(|c| c.connections += 1);
    ctx.shared.events.push(Event::ConnectionOpened {
        dc_id,
        conn,
        media: ctx.media,
    });
    let _ = stream.set_nodelay(true);
    let mut state = ConnState::new(ctx.clone(), conn);
    let limits = ctx.shared.limits;
    let opened = Instant::now();
    let mut last_rx = opened;
    // When the oldest byte of a still-incomplete frame arrived.
    let mut partial_since: Option<Instant> = None;
    // One fixed read buffer per connection; frames grow only the transport's buffer, and
    // only by bytes that arrived.
    let mut buf = vec![0u8; READ_CHUNK];
    let reason = loop {
        let wake = state.next_wake();
        let sleep = async move {
            match wake {
                Some(t) => tokio::time::sleep_until(t).await,
                None => std::future::pending().await,
            }
        };
        let handshake = (state.attached.is_none()).then(|| opened + limits.handshake_timeout);
        let (limit_at, limit) = [
            (handshake, "handshake timeout"),
            (Some(last_rx + limits.idle_timeout), "idle timeout"),
            (
                partial_since.map(|t| t + limits.frame_timeout),
                "frame timeout",
            ),
        ]
        .into_iter()
        .filter_map(|(t, why)| t.map(|t| (t, why)))
        .min_by_key(|(t, _)| *t)
        .unwrap_or((last_rx + limits.idle_timeout, "idle timeout"));
        // A pushed update wakes the loop so it goes out without a packet from the client.
        let woken = state.wake_signal();
        let pushed = async move {
            match woken {
                Some(n) => n.notified().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            read = stream.read(&mut buf) => match read {
                Ok(0) => break "peer closed".to_owned(),
                Err(e) => break format!("read error: {e}"),
                Ok(n) => {
                    last_rx = Instant::now();
                    state.on_bytes(buf.get_mut(..n).unwrap_or_default());
                    if state.framing.buffered() == 0 {
                        partial_since = None;
                        state.release_memory();
                    } else if partial_since.is_none() {
                        partial_since = Some(last_rx);
                    }
                }
            },
            () = sleep => state.on_timer(),
            () = pushed => state.on_timer(),
            () = tokio::time::sleep_until(limit_at) => {
                ctx.dc.count(|c| c.limit_closes += 1);
                break limit.to_owned();
            }
            _ = stop.changed() => break "shutdown".to_owned(),
        }
        if !state.out.is_empty() {
            if let Err(e) = stream.write_all(&state.out).await {
                break format!("write error: {e}");
            }
            state.out.clear();
            if state.out.capacity() > KEEP_OUT {
                state.out.shrink_to(KEEP_OUT);
            }
        }
        if let Some(reason) = state.close.take() {
            break reason;
        }
    };
    let _ = stream.shutdown().await;
    ctx.shared.events.push(Event::ConnectionClosed {
        dc_id,
        conn,
        reason,
    });
}

/// Bytes read from the socket at a time.
const READ_CHUNK: usize = 16 * 1024;
/// Output buffer capacity kept between bursts.
const KEEP_OUT: usize = 16 * 1024;

/// The session a connection uses now.
struct Attached {
    key_id: u64,
    session_id: i64,
    session: SharedSession,
}

/// What the DC knows about a key: the key, its current salt and the announced ones.
struct KeyMaterial {
    key: AuthKey,
    salt: Salt,
    salts: Vec<FutureSalt>,
    /// A temporary (PFS) key.
    temporary: bool,
}

/// Everything a connection holds besides its socket (sans-IO, so tests can drive it).
pub(crate) struct ConnState {
    ctx: ConnCtx,
    conn_id: u64,
    framing: Framing,
    exchange: ServerExchange,
    attached: Option<Attached>,
    disconnect_at: Option<Instant>,
    packets: u64,
    /// Bytes to write to the socket.
    pub(crate) out: Vec<u8>,
    /// Set when the connection must close, with the reason.
    pub(crate) close: Option<String>,
}

impl Drop for ConnState {
    fn drop(&mut self) {
        self.detach();
    }
}

impl ConnState {
    pub(crate) fn new(ctx: ConnCtx, conn_id: u64) -> Self {
        let proxy_secret = ctx.shared.limits.proxy_secret;
        Self {
            exchange: ServerExchange::new(),
            ctx,
            conn_id,
            framing: Framing::new(proxy_secret),
            attached: None,
            disconnect_at: None,
            packets: 0,
            out: Vec::new(),
            close: None,
        }
    }

    /// Gives back buffer memory a burst left behind (called when no frame is pending).
    fn release_memory(&mut self) {
        self.framing.shrink();
        if self.out.is_empty() && self.out.capacity() > KEEP_OUT {
            self.out.shrink_to(KEEP_OUT);
        }
    }

    fn close_with(&mut self, reason: String) {
        if self.close.is_none() {
            self.close = Some(reason);
        }
    }

    fn send_transport_error(&mut self, code: TransportErrorCode, reason: &str) {
        self.ctx.dc.count(|c| c.transport_errors += 1);
        self.ctx.shared.events.push(Event::TransportError {
            dc_id: self.ctx.dc.id,
            conn: self.conn_id,
            code: code.code(),
        });
        let _ = self.framing.encode_error(code, &mut self.out);
        self.close_with(reason.to_owned());
    }

    /// Answers −404 to an encrypted packet and closes.
    fn reject_key(&mut self, reason: &str) {
        self.ctx.dc.count(|c| c.auth_key_rejections += 1);
        self.send_transport_error(TransportErrorCode::AuthKeyNotFound, reason);
    }

    /// What a push to the attached session notifies.
    fn wake_signal(&self) -> Option<Arc<Notify>> {
        self.attached
            .as_ref()
            .map(|a| a.session.lock().wake.clone())
    }

    /// When [`ConnState::on_timer`] should run.
    pub(crate) fn next_wake(&self) -> Option<Instant> {
        let (delayed, proto) = match &self.attached {
            Some(a) => {
                let s = a.session.lock();
                (s.next_ready(), s.conn.poll_timeout())
            }
            None => (None, None),
        };
        let proto = proto.map(|t| {
            let wait = t
                .duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO);
            Instant::now() + wait
        });
        [delayed, proto, self.disconnect_at]
            .into_iter()
            .flatten()
            .min()
    }

    /// Runs due timers.
    pub(crate) fn on_timer(&mut self) {
        if self.disconnect_at.is_some_and(|t| t <= Instant::now()) {
            self.close_with("ping_delay_disconnect expired".to_owned());
            return;
        }
        if let Some(a) = &self.attached {
            a.session.lock().conn.handle_timeout(SystemTime::now());
        }
        self.flush();
    }

    /// Takes received bytes.
    pub(crate) fn on_bytes(&mut self, bytes: &mut [u8]) {
        let known = self.framing.kind().is_some();
        if let Err(e) = self.framing.push(bytes) {
            self.close_with(format!("framing: {e}"));
            return;
        }
        if let (false, Some((kind, obfuscated))) = (known, self.framing.kind()) {
            self.ctx.shared.events.push(Event::TransportDetected {
                dc_id: self.ctx.dc.id,
                conn: self.conn_id,
                kind,
                obfuscated,
            });
        }
        while self.close.is_none() {
            match self.framing.next() {
                Ok(Some(Received::Payload { bytes, quick_ack })) => {
                    self.on_payload(bytes, quick_ack)
                }
                Ok(Some(Received::Ignored)) => {}
                Ok(None) => break,
                Err(e) => {
                    self.close_with(format!("framing: {e}"));
                    break;
                }
            }
        }
        if self.close.is_none() {
            self.flush();
        }
    }

    fn on_plain(&mut self, payload: &[u8]) {
        let now = SystemTime::now();
        match self.exchange.handle(&self.ctx, now, payload) {
            Ok(reply) => {
                if let Err(e) = self.framing.encode(&reply, &mut self.out) {
                    self.close_with(format!("framing: {e}"));
                }
            }
            Err(refused) => self.send_transport_error(refused.code, &refused.reason),
        }
        if self.exchange.take_completed() && self.ctx.dc.faults.lock().config.close_after_handshake
        {
            self.ctx.dc.count(|c| c.fault_closes += 1);
            self.fault("close_after_handshake");
            self.close_with("fault: close after handshake".to_owned());
        }
    }

    fn on_payload(&mut self, mut payload: Vec<u8>, quick_ack: bool) {
        if packet::is_plain(&payload) {
            self.on_plain(&payload);
            return;
        }
        let Some(key_bytes) = payload.get(..8) else {
            self.close_with("payload shorter than an auth key id".to_owned());
            return;
        };
        let mut id = [0u8; 8];
        id.copy_from_slice(key_bytes);
        let key_id = u64::from_le_bytes(id);
        let now = SystemTime::now();
        if self.ctx.dc.faults.lock().reject_key_due() {
            self.fault("reject_key");
            self.reject_key("-404: fault reject_keys");
            return;
        }
        let Some(material) = self.key_material(key_id, now) else {
            self.reject_key("-404: unknown auth key");
            return;
        };
        if self.attached.as_ref().is_some_and(|a| a.key_id != key_id) {
            self.reject_key("-404: auth key changed");
            return;
        }
        // The session id is inside the encrypted part. A small packet on a connection that
        // has a session is taken to be of that session (the usual case) and kept aside: if
        // the session check in `handle_packet` says otherwise, the copy goes to the session
        // it names. Else the packet's first two blocks tell; when they name the attached
        // session, the full check comes with `handle_packet`; otherwise a decrypted,
        // verified copy decides, so a forged packet never opens a session.
        let attached = self
            .attached
            .as_ref()
            .filter(|a| a.key_id == key_id)
            .map(|a| a.session_id);
        let backup =
            (attached.is_some() && payload.len() <= RETRY_COPY_MAX).then(|| payload.clone());
        let peeked = match (attached, &backup) {
            (Some(id), Some(_)) => Some(id),
            _ => service::peek_session_id(&material.key, &payload),
        };
        let same = attached.is_some() && attached == peeked;
        let mut session_id = match peeked {
            Some(id) if same => id,
            _ => {
                let mut copy = payload.clone();
                match encrypted::read(&material.key, Direction::ClientToServer, &mut copy) {
                    Ok(msg) => msg.header.session_id.0,
                    Err(e) => {
                        let e = mtrs_proto::Error::from(e);
                        if e.is_fatal() {
                            self.close_with(format!("protocol: {e}"));
                        }
                        return;
                    }
                }
            }
        };
        let temporary = material.temporary;
        let mut session = self.attach(key_id, session_id, material);
        self.packets += 1;
        let (close, salt_fault) = {
            let mut faults = self.ctx.dc.faults.lock();
            let close = faults.close_due(self.packets);
            (close, !close && faults.salt_fault_due())
        };
        if close {
            self.ctx.dc.count(|c| c.fault_closes += 1);
            self.fault("close");
            self.close_with(format!("fault: close on packet {}", self.packets));
            return;
        }
        if salt_fault {
            self.force_salt_change(key_id, now, &session);
        }
        let mut s = session.lock();
        let mut outcome = s.conn.handle_packet(now, &mut payload);
        if let Err(mtrs_proto::Error::Packet(PacketError::WrongSessionId { got, .. })) = &outcome
            && let Some(copy) = backup
            && let Some(material) = self.key_material(key_id, now)
        {
            // Authentic (msg_key is checked before the session id): the client moved to
            // another session on this connection.
            let got = got.0;
            drop(s);
            session_id = got;
            session = self.attach(key_id, got, material);
            payload = copy;
            s = session.lock();
            outcome = s.conn.handle_packet(now, &mut payload);
        }
        match outcome {
            Ok(()) => self.ctx.dc.count(|c| {
                if temporary {
                    c.packets_on_temp_keys += 1;
                } else {
                    c.packets_on_perm_keys += 1;
                }
            }),
            Err(e) if e.is_fatal() => {
                drop(s);
                self.close_with(format!("protocol: {e}"));
                return;
            }
            Err(_) => return,
        }
        if quick_ack {
            let token = s.conn.quick_ack_token(&payload);
            let _ = self.framing.encode_quick_ack(token, &mut self.out);
        }
        drop(s);
        let plaintext_len = payload.len().saturating_sub(encrypted::OUTER_LEN) / 16 * 16;
        let plaintext = payload
            .get(encrypted::OUTER_LEN..encrypted::OUTER_LEN + plaintext_len)
            .unwrap_or_default();
        let seen = service::peek(plaintext);
        for name in &seen.names {
            self.ctx.dc.count(|c| c.count_call(name));
        }
        if let Some(delay) = seen.disconnect_delay {
            self.disconnect_at = Some(Instant::now() + delay);
        }
        self.dispatch_queries(key_id, session_id, &session);
    }

    /// The key `key_id` as the DC knows it (expired temporary keys are forgotten here).
    fn key_material(&self, key_id: u64, now: SystemTime) -> Option<KeyMaterial> {
        let mut keys = self.ctx.dc.keys.lock();
        if keys.get(&key_id).is_some_and(|k| k.expired(now)) {
            keys.remove(&key_id);
        }
        keys.get(&key_id).map(|k| KeyMaterial {
            key: k.key.clone(),
            salt: k.current_salt(),
            salts: k.salts.clone(),
            temporary: k.expires_at.is_some(),
        })
    }

    /// Makes this connection use the session (`key_id`, `session_id`): the one it uses,
    /// one the DC kept, or a new one.
    fn attach(&mut self, key_id: u64, session_id: i64, material: KeyMaterial) -> SharedSession {
        if let Some(a) = &self.attached
            && a.key_id == key_id
            && a.session_id == session_id
        {
            return a.session.clone();
        }
        self.detach();
        let make = || {
            let mut unique = [0u8; 8];
            rand::fill(&mut unique[..]);
            let mut conn = Connection::server(
                material.key.clone(),
                material.salt,
                i64::from_le_bytes(unique),
                ProtoConfig::default(),
            );
            let _ = conn.set_future_salts(&material.salts);
            ServerSession {
                conn,
                delayed: VecDeque::new(),
                wake: Arc::new(Notify::new()),
                subscribed: false,
            }
        };
        let (session, created) =
            self.ctx
                .dc
                .sessions
                .lock()
                .attach(key_id, session_id, Instant::now(), make);
        if created {
            self.ctx.dc.count(|c| c.sessions_created += 1);
        }
        self.ctx.shared.events.push(Event::SessionAttached {
            dc_id: self.ctx.dc.id,
            conn: self.conn_id,
            key_id,
            session_id,
            created,
        });
        self.attached = Some(Attached {
            key_id,
            session_id,
            session: session.clone(),
        });
        session
    }

    /// Lets go of the current session (the DC keeps it for its lifetime).
    fn detach(&mut self) {
        if let Some(a) = self.attached.take() {
            self.ctx
                .dc
                .sessions
                .lock()
                .detach(a.key_id, a.session_id, a.session);
        }
    }

    fn force_salt_change(&mut self, key_id: u64, now: SystemTime, session: &SharedSession) {
        let mut bytes = [0u8; 8];
        rand::fill(&mut bytes[..]);
        let salt = Salt(i64::from_le_bytes(bytes));
        let salts = {
            let mut keys = self.ctx.dc.keys.lock();
            let Some(entry) = keys.get_mut(&key_id) else {
                return;
            };
            entry.reset_salts(salt, now);
            entry.salts.clone()
        };
        {
            let mut s = session.lock();
            let _ = s.conn.rotate_salt(salt, now, false);
            let _ = s.conn.set_future_salts(&salts);
        }
        self.ctx.dc.count(|c| c.forced_salt_changes += 1);
        self.fault("bad_server_salt");
    }

    fn fault(&self, kind: &'static str) {
        self.ctx.shared.events.push(Event::Fault {
            dc_id: self.ctx.dc.id,
            kind,
        });
    }

    /// Runs the queries the packet delivered; their answers wait in the session for the
    /// reply delay (or, with `drop_after_execute`, are cached and lost with the
    /// connection).
    fn dispatch_queries(&mut self, key_id: u64, session_id: i64, session: &SharedSession) {
        let mut s = session.lock();
        let mut queries = Vec::new();
        while let Some(event) = s.conn.poll_event() {
            if let ProtoEvent::Query { msg_id, body } = event {
                queries.push((msg_id, body));
            }
        }
        let (delay, slow) = {
            let faults = self.ctx.dc.faults.lock();
            (
                faults.config.reply_delay,
                faults.config.slow_methods.clone(),
            )
        };
        let mut dropped = false;
        let mut pushes = Vec::new();
        for (msg_id, body) in queries {
            // A slow method (by its constructor; a wrapped first call is not slowed).
            let extra = if slow.is_empty() {
                Duration::ZERO
            } else {
                mtrs_tl::constructor_of(&body)
                    .and_then(|id| slow.get(&rpc::method_name(id)).copied())
                    .unwrap_or_default()
            };
            let drop_answer = self.ctx.dc.faults.lock().drop_after_execute_due();
            let mut call = RpcCtx {
                shared: &self.ctx.shared,
                dc: &self.ctx.dc,
                key_id,
                conn: self.conn_id,
                msg_id: msg_id.0,
                session_id,
                pushes: Vec::new(),
                subscribes: false,
            };
            let answer = rpc::dispatch(&mut call, &body);
            pushes.append(&mut call.pushes);
            s.subscribed |= call.subscribes;
            if drop_answer {
                dropped = true;
                let _ = match &answer {
                    Ok(bytes) => s.conn.respond(msg_id, Ok(bytes)),
                    Err(e) => s.conn.respond(msg_id, Err(e)),
                };
            } else {
                s.delayed.push_back(Delayed {
                    ready: Instant::now() + delay + extra,
                    msg_id,
                    answer,
                });
            }
        }
        if dropped {
            // Render the answers (the session caches them as sent), then lose them.
            let mut rng = |buf: &mut [u8]| rand::fill(buf);
            let mut packet = Vec::new();
            while s
                .conn
                .poll_transmit(SystemTime::now(), &mut rng, &mut packet)
                .is_some()
            {
                packet.clear();
            }
            drop(s);
            self.ctx.dc.count(|c| c.fault_closes += 1);
            self.fault("drop_after_execute");
            self.close_with("fault: drop after execute".to_owned());
        } else {
            drop(s);
        }
        // Pushes the queries caused go out now that the session is unlocked (they may
        // lock other sessions); not to this session, which has the answers.
        if !pushes.is_empty() {
            push::deliver(&self.ctx.shared, pushes, Some((key_id, session_id)));
        }
    }

    /// Sends every answer whose delay passed and everything the session has to send.
    fn flush(&mut self) {
        let Some(a) = &self.attached else {
            return;
        };
        let session = a.session.clone();
        let mut s = session.lock();
        s.release_due(Instant::now());
        let mut rng = |buf: &mut [u8]| rand::fill(buf);
        let mut packet = Vec::new();
        let mut sent = Vec::new();
        while s
            .conn
            .poll_transmit(SystemTime::now(), &mut rng, &mut packet)
            .is_some()
        {
            sent.extend_from_slice(s.conn.last_transmit_constructors());
            if let Err(e) = self.framing.encode(&packet, &mut self.out) {
                self.close = Some(format!("framing: {e}"));
                break;
            }
            packet.clear();
        }
        drop(s);
        if !sent.is_empty() {
            self.ctx.dc.count(|c| {
                sent.iter()
                    .for_each(|&id| c.count_sent(&service::constructor_name(id)))
            });
        }
    }
}
