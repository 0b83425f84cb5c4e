//! One accepted TCP connection: framing, the auth-key exchange, the server-role
//! `mtrs_proto::Connection`, RPC dispatch and the per-connection faults.

use std::collections::VecDeque;
use std::time::{Duration, SystemTime};

use mtrs_crypto::{Direction, msg_key};
use mtrs_proto::packet::{self, encrypted};
use mtrs_proto::transport::{QuickAckToken, TransportErrorCode};
use mtrs_proto::{Connection, Event as ProtoEvent, MsgId, ProtoConfig, RpcError, Salt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tokio::time::Instant;

use crate::events::Event;
use crate::exchange::ServerExchange;
use crate::framing::{Framing, Received};
use crate::rpc::{self, RpcCtx};
use crate::service;
use crate::state::ConnCtx;

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
    let mut buf = vec![0u8; 64 * 1024];
    let reason = loop {
        let wake = state.next_wake();
        let sleep = async move {
            match wake {
                Some(t) => tokio::time::sleep_until(t).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            read = stream.read(&mut buf) => match read {
                Ok(0) => break "peer closed".to_owned(),
                Err(e) => break format!("read error: {e}"),
                Ok(n) => state.on_bytes(buf.get_mut(..n).unwrap_or_default()),
            },
            () = sleep => state.on_timer(),
            _ = stop.changed() => break "shutdown".to_owned(),
        }
        if !state.out.is_empty() {
            if let Err(e) = stream.write_all(&state.out).await {
                break format!("write error: {e}");
            }
            state.out.clear();
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

/// An answer waiting for its reply delay.
struct Delayed {
    ready: Instant,
    msg_id: MsgId,
    answer: Result<Vec<u8>, RpcError>,
}

/// The encrypted session of a connection.
struct Session {
    key_id: u64,
    conn: Connection,
}

/// Everything a connection holds besides its socket (sans-IO, so tests can drive it).
pub(crate) struct ConnState {
    ctx: ConnCtx,
    conn_id: u64,
    framing: Framing,
    exchange: ServerExchange,
    session: Option<Session>,
    delayed: VecDeque<Delayed>,
    disconnect_at: Option<Instant>,
    packets: u64,
    /// Bytes to write to the socket.
    pub(crate) out: Vec<u8>,
    /// Set when the connection must close, with the reason.
    pub(crate) close: Option<String>,
}

impl ConnState {
    pub(crate) fn new(ctx: ConnCtx, conn_id: u64) -> Self {
        Self {
            exchange: ServerExchange::new(),
            ctx,
            conn_id,
            framing: Framing::new(),
            session: None,
            delayed: VecDeque::new(),
            disconnect_at: None,
            packets: 0,
            out: Vec::new(),
            close: None,
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

    /// When [`ConnState::on_timer`] should run.
    pub(crate) fn next_wake(&self) -> Option<Instant> {
        let delayed = self.delayed.iter().map(|d| d.ready).min();
        let proto = self
            .session
            .as_ref()
            .and_then(|s| s.conn.poll_timeout())
            .map(|t| {
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
        if let Some(s) = &mut self.session {
            s.conn.handle_timeout(SystemTime::now());
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
        self.flush();
    }

    fn on_payload(&mut self, mut payload: Vec<u8>, quick_ack: bool) {
        if packet::is_plain(&payload) {
            let now = SystemTime::now();
            match self.exchange.handle(&self.ctx, now, &payload) {
                Ok(reply) => {
                    if let Err(e) = self.framing.encode(&reply, &mut self.out) {
                        self.close_with(format!("framing: {e}"));
                    }
                }
                Err(refused) => self.send_transport_error(refused.code, &refused.reason),
            }
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
        if !self.ensure_session(key_id, now) {
            return;
        }
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
            self.force_salt_change(key_id, now);
        }
        let Some(session) = &mut self.session else {
            return;
        };
        match session.conn.handle_packet(now, &mut payload) {
            Ok(()) => {}
            Err(e) if e.is_fatal() => {
                self.close_with(format!("protocol: {e}"));
                return;
            }
            Err(_) => return,
        }
        let plaintext_len = payload.len().saturating_sub(encrypted::OUTER_LEN) / 16 * 16;
        let plaintext = payload
            .get(encrypted::OUTER_LEN..encrypted::OUTER_LEN + plaintext_len)
            .unwrap_or_default();
        if quick_ack
            && let Some(entry_key) = self.ctx.dc.keys.lock().get(&key_id).map(|k| k.key.clone())
        {
            let large = msg_key::msg_key_large(&entry_key, Direction::ClientToServer, plaintext);
            let token = QuickAckToken(msg_key::quick_ack_token(&large));
            let _ = self.framing.encode_quick_ack(token, &mut self.out);
        }
        let seen = service::peek(plaintext);
        for name in &seen.names {
            self.ctx.dc.count(|c| c.count_call(name));
        }
        if let Some(delay) = seen.disconnect_delay {
            self.disconnect_at = Some(Instant::now() + delay);
        }
        self.dispatch_queries(key_id);
    }

    /// Makes sure the session runs on `key_id`; sends −404 and closes if the DC does not
    /// know the key (any more).
    fn ensure_session(&mut self, key_id: u64, now: SystemTime) -> bool {
        let known = {
            let mut keys = self.ctx.dc.keys.lock();
            if keys.get(&key_id).is_some_and(|k| k.expired(now)) {
                keys.remove(&key_id);
            }
            keys.get(&key_id)
                .map(|k| (k.key.clone(), k.current_salt(), k.salts.clone()))
        };
        let Some((key, salt, salts)) = known else {
            self.send_transport_error(
                TransportErrorCode::AuthKeyNotFound,
                "-404: unknown auth key",
            );
            return false;
        };
        match &self.session {
            Some(s) if s.key_id == key_id => true,
            Some(_) => {
                self.send_transport_error(
                    TransportErrorCode::AuthKeyNotFound,
                    "-404: auth key changed",
                );
                false
            }
            None => {
                let mut unique = [0u8; 8];
                rand::fill(&mut unique[..]);
                let mut conn = Connection::server(
                    key,
                    salt,
                    i64::from_le_bytes(unique),
                    ProtoConfig::default(),
                );
                let _ = conn.set_future_salts(&salts);
                self.session = Some(Session { key_id, conn });
                true
            }
        }
    }

    fn force_salt_change(&mut self, key_id: u64, now: SystemTime) {
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
        if let Some(s) = &mut self.session {
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

    fn dispatch_queries(&mut self, key_id: u64) {
        let Some(session) = &mut self.session else {
            return;
        };
        let mut queries = Vec::new();
        while let Some(event) = session.conn.poll_event() {
            if let ProtoEvent::Query { msg_id, body } = event {
                queries.push((msg_id, body));
            }
        }
        let session_id = session.conn.session_id().map_or(0, |s| s.0);
        let delay = self.ctx.dc.faults.lock().config.reply_delay;
        for (msg_id, body) in queries {
            let mut call = RpcCtx {
                shared: &self.ctx.shared,
                dc: &self.ctx.dc,
                key_id,
                conn: self.conn_id,
                msg_id: msg_id.0,
                session_id,
            };
            let answer = rpc::dispatch(&mut call, &body);
            self.delayed.push_back(Delayed {
                ready: Instant::now() + delay,
                msg_id,
                answer,
            });
        }
    }

    /// Sends every answer whose delay passed and everything the session has to send.
    fn flush(&mut self) {
        let Some(session) = &mut self.session else {
            return;
        };
        let now = Instant::now();
        let mut i = 0;
        while i < self.delayed.len() {
            if self.delayed.get(i).is_some_and(|d| d.ready <= now) {
                if let Some(d) = self.delayed.remove(i) {
                    let _ = match &d.answer {
                        Ok(bytes) => session.conn.respond(d.msg_id, Ok(bytes)),
                        Err(e) => session.conn.respond(d.msg_id, Err(e)),
                    };
                }
            } else {
                i += 1;
            }
        }
        let mut rng = |buf: &mut [u8]| rand::fill(buf);
        let mut packet = Vec::new();
        while session
            .conn
            .poll_transmit(SystemTime::now(), &mut rng, &mut packet)
            .is_some()
        {
            if let Err(e) = self.framing.encode(&packet, &mut self.out) {
                self.close = Some(format!("framing: {e}"));
                return;
            }
            packet.clear();
        }
    }
}
