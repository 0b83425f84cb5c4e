//! A small MTProto client built from `mtrs-proto` pieces (not the mtrs client), for
//! driving the test DC over real sockets.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use mtrs_crypto::AuthKey;
use mtrs_crypto::obfuscated::{self, Streams};
use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_proto::auth::client::{self as auth, DhGenOutcome};
use mtrs_proto::auth::{Created, KeyKind};
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::plain;
use mtrs_proto::transport::{Incoming, Role, Transport, TransportKind};
use mtrs_proto::{
    Connection, DcId, Event, Notice, ProtoConfig, RequestId, RpcError, Salt, SessionId,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long any single wait may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(20);

/// Why a call did not produce a result.
#[derive(Debug)]
#[allow(dead_code)]
pub enum CallError {
    Rpc(RpcError),
    Transport(i32),
    Closed,
    Timeout,
    Other(String),
}

impl CallError {
    /// The RPC error's full message (`USER_MIGRATE_2`).
    pub fn message(&self) -> String {
        match self {
            Self::Rpc(e) => match e.value {
                Some(v) => format!("{}_{v}", e.name),
                None => e.name.clone(),
            },
            other => format!("{other:?}"),
        }
    }
}

pub fn rng(buf: &mut [u8]) {
    rand::fill(buf);
}

/// One TCP connection.
pub struct TestClient {
    stream: TcpStream,
    transport: Transport,
    obfuscation: Option<Streams>,
    /// Bytes of the plain tag to drop from the first frame (obfuscated2 carries it in the
    /// header).
    skip_tag: usize,
    pub conn: Option<Connection>,
    pub auth_key: Option<AuthKey>,
    pub notices: Vec<Notice>,
    /// Pushed updates read but not taken yet (oldest first).
    pub updates: std::collections::VecDeque<Vec<u8>>,
    msg_ids: MsgIdGen,
}

impl TestClient {
    pub async fn connect(addr: SocketAddr, kind: TransportKind, obfuscate: bool) -> Self {
        let mut stream = TcpStream::connect(addr).await.expect("connect");
        let mut obfuscation = None;
        let mut skip_tag = 0;
        if obfuscate {
            let tag = kind.obfuscated_tag().expect("obfuscatable");
            let (header, streams) = loop {
                let mut random = [0u8; 64];
                rng(&mut random);
                if let Ok(made) = obfuscated::client_header(&random, tag, None, None) {
                    break made;
                }
            };
            stream.write_all(&header).await.expect("write header");
            obfuscation = Some(streams);
            skip_tag = kind.tag().len();
        }
        Self {
            stream,
            transport: Transport::client(kind),
            obfuscation,
            skip_tag,
            conn: None,
            auth_key: None,
            notices: Vec::new(),
            updates: std::collections::VecDeque::new(),
            msg_ids: MsgIdGen::new(Role::Client),
        }
    }

    /// Sends raw bytes on the socket (for malformed-input tests).
    pub async fn send_raw(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.stream.write_all(bytes).await
    }

    pub async fn send_payload(&mut self, payload: &[u8]) -> std::io::Result<()> {
        let mut wire = Vec::new();
        self.transport
            .encode(payload, false, &[], &mut wire)
            .map_err(std::io::Error::other)?;
        let mut wire = wire.split_off(std::mem::take(&mut self.skip_tag).min(wire.len()));
        if let Some(s) = &mut self.obfuscation {
            s.encrypt.apply(&mut wire);
        }
        self.stream.write_all(&wire).await
    }

    /// The next payload (`Ok`) or transport error code (`Err`).
    pub async fn recv(&mut self) -> Result<Vec<u8>, CallError> {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match self.transport.next_incoming() {
                Ok(Some(Incoming::Frame { payload, .. })) => return Ok(payload.to_vec()),
                Ok(Some(Incoming::Error(code))) => return Err(CallError::Transport(code.code())),
                Ok(Some(Incoming::QuickAck(_))) => continue,
                Ok(None) => {}
                Err(e) => return Err(CallError::Other(format!("transport: {e}"))),
            }
            let n = match tokio::time::timeout(WAIT, self.stream.read(&mut buf)).await {
                Err(_) => return Err(CallError::Timeout),
                Ok(Err(_) | Ok(0)) => return Err(CallError::Closed),
                Ok(Ok(n)) => n,
            };
            let chunk = &mut buf[..n];
            if let Some(s) = &mut self.obfuscation {
                s.decrypt.apply(chunk);
            }
            self.transport
                .push_received(chunk)
                .map_err(|e| CallError::Other(format!("transport: {e}")))?;
        }
    }

    pub async fn plain_call(&mut self, body: &[u8]) -> Result<Vec<u8>, CallError> {
        let mut packet = Vec::new();
        plain::write(self.msg_ids.next(SystemTime::now()), body, &mut packet);
        self.send_payload(&packet)
            .await
            .map_err(|e| CallError::Other(e.to_string()))?;
        let reply = self.recv().await?;
        let msg = plain::read(&reply).map_err(|e| CallError::Other(e.to_string()))?;
        Ok(msg.body.to_vec())
    }

    /// Runs the key exchange with the server.
    pub async fn create_key(
        &mut self,
        dc: i32,
        kind: KeyKind,
        key: RsaPublicKey,
    ) -> Result<Created, CallError> {
        let mut nonce = [0u8; 16];
        rng(&mut nonce);
        let (wait, body) = auth::start(DcId(dc), kind, vec![key], nonce);
        let reply = self.plain_call(&body).await?;
        let mut new_nonce = [0u8; 32];
        rng(&mut new_nonce);
        let (wait, body) = wait
            .handle(&reply, new_nonce, &mut rng)
            .map_err(|e| CallError::Other(e.to_string()))?;
        let reply = self.plain_call(&body).await?;
        let mut b = [0u8; 256];
        rng(&mut b);
        let mut padding = [0u8; 16];
        rng(&mut padding);
        let (mut wait, mut body) = wait
            .handle(&reply, SystemTime::now(), &b, &padding)
            .map_err(|e| CallError::Other(e.to_string()))?;
        loop {
            let reply = self.plain_call(&body).await?;
            match wait
                .handle(&reply)
                .map_err(|e| CallError::Other(e.to_string()))?
            {
                DhGenOutcome::Done(created) => return Ok(created),
                DhGenOutcome::Retry(retry) => {
                    rng(&mut b);
                    (wait, body) = retry
                        .send(&b, &padding)
                        .map_err(|e| CallError::Other(e.to_string()))?;
                }
            }
        }
    }

    /// Moves this client's session to a new TCP connection (the old socket is dropped):
    /// same session id, and the queries on the wire are queued again under their msg_ids
    /// (`Connection::reset_transport`). Returns how many were queued again.
    pub async fn reconnect(&mut self, addr: SocketAddr, kind: TransportKind) -> usize {
        let fresh = Self::connect(addr, kind, false).await;
        self.stream = fresh.stream;
        self.transport = fresh.transport;
        self.obfuscation = None;
        self.skip_tag = 0;
        self.conn
            .as_mut()
            .map_or(0, |c| c.reset_transport(SystemTime::now()))
    }

    /// Starts another session (new session id, same key and salt) on the same socket.
    pub fn new_session(&mut self) {
        let key = self.auth_key.clone().expect("a key");
        let salt = self.conn.as_ref().map_or(Salt(0), |c| c.salt());
        self.start_session(key, salt);
    }

    /// Queues a call and sends it without waiting for the result.
    pub async fn send_call(&mut self, body: Vec<u8>) -> Result<RequestId, CallError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or(CallError::Other("no session".into()))?;
        let request = conn.enqueue(body);
        self.flush().await?;
        Ok(request)
    }

    /// Pumps the session until `request` has its result.
    pub async fn wait_result(&mut self, request: RequestId) -> Result<Vec<u8>, CallError> {
        loop {
            self.flush().await?;
            for event in self.pump().await? {
                if let Event::Result { request: r, result } = event
                    && r == request
                {
                    return result.map_err(CallError::Rpc);
                }
            }
        }
    }

    /// Starts an encrypted session on `key`.
    pub fn start_session(&mut self, key: AuthKey, salt: Salt) {
        let mut id = [0u8; 8];
        rng(&mut id);
        let mut config = ProtoConfig::default();
        config.fetch_future_salts = false;
        config.ack_flush_delay = Duration::from_millis(50);
        self.auth_key = Some(key.clone());
        self.conn = Some(Connection::client(
            key,
            SessionId::from_random(&id),
            salt,
            None,
            config,
        ));
    }

    /// Key exchange plus session, in one go.
    pub async fn login_key(&mut self, dc: i32, key: RsaPublicKey) -> AuthKey {
        let created = self
            .create_key(dc, KeyKind::Permanent, key)
            .await
            .expect("key exchange");
        self.start_session(created.auth_key.clone(), created.salt);
        created.auth_key
    }

    /// Sends whatever the session has queued.
    pub async fn flush(&mut self) -> Result<(), CallError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or(CallError::Other("no session".into()))?;
        let mut packets = Vec::new();
        loop {
            let mut packet = Vec::new();
            if conn
                .poll_transmit(SystemTime::now(), &mut rng, &mut packet)
                .is_none()
            {
                break;
            }
            packets.push(packet);
        }
        for p in packets {
            self.send_payload(&p)
                .await
                .map_err(|e| CallError::Other(e.to_string()))?;
        }
        Ok(())
    }

    /// Reads one packet into the session and returns its events.
    pub async fn pump(&mut self) -> Result<Vec<Event>, CallError> {
        let mut payload = self.recv().await?;
        let conn = self
            .conn
            .as_mut()
            .ok_or(CallError::Other("no session".into()))?;
        conn.handle_packet(SystemTime::now(), &mut payload)
            .map_err(|e| CallError::Other(e.to_string()))?;
        let events: Vec<Event> = std::iter::from_fn(|| conn.poll_event()).collect();
        for e in &events {
            match e {
                Event::Notice(n) => self.notices.push(n.clone()),
                Event::Update { body } => self.updates.push_back(body.clone()),
                _ => {}
            }
        }
        Ok(events)
    }

    /// Calls a method (its serialized bytes) and waits for its result.
    pub async fn call_raw(&mut self, body: Vec<u8>) -> Result<Vec<u8>, CallError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or(CallError::Other("no session".into()))?;
        let request = conn.enqueue(body);
        self.wait_result(request).await
    }

    /// Calls a typed method and parses its result.
    pub async fn call<R: mtrs_tl::RemoteCall>(
        &mut self,
        request: &R,
    ) -> Result<R::Return, CallError> {
        let bytes = self.call_raw(request.to_bytes()).await?;
        <R::Return as mtrs_tl::Deserialize>::from_bytes(&bytes)
            .map_err(|e| CallError::Other(format!("parse result: {e}")))
    }
}
