//! A minimal MTProto server for the tests: the server role of `mtrs-proto` on a socket.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

use mtrs_crypto::AuthKey;
use mtrs_proto::transport::{Incoming, Transport, TransportErrorCode};
use mtrs_proto::{Connection, Event, ProtoConfig, RpcError, Salt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The salt the server uses.
pub const SALT: Salt = Salt(0x1122_3344_5566_7788);
/// A query id answered with its own bytes.
pub const ECHO: u32 = 0x0e0e_0e0e;
/// A query answered with FLOOD_WAIT_3.
pub const FAIL: u32 = 0x0f0f_0f0f;
/// A query that, per behaviour, closes the connection instead of being answered.
pub const DROP: u32 = 0x0d0d_0d0d;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Answer everything.
    Echo,
    /// Close the socket on the first DROP query; answer it on later connections.
    DropFirst,
    /// Like DropFirst, but stop listening afterwards.
    DropFirstThenStop,
    /// The first connection reads but never answers; later ones echo.
    SilentFirst,
    /// Answer the first packet with transport error -404.
    RejectKey,
    /// Answer the first query, then -404 in the same write, and close.
    AnswerThenReject,
}

pub struct Server {
    pub addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
    packets: Arc<AtomicUsize>,
}

impl Server {
    pub async fn start(key: AuthKey, behaviour: Behaviour) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let count = accepted.clone();
        let packets = Arc::new(AtomicUsize::new(0));
        let received = packets.clone();
        tokio::spawn(async move {
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    return;
                };
                let n = count.fetch_add(1, Ordering::SeqCst);
                let key = key.clone();
                let first = n == 0;
                tokio::spawn(serve(socket, key, behaviour, first, received.clone()));
                if behaviour == Behaviour::DropFirstThenStop {
                    return;
                }
            }
        });
        Self {
            addr,
            accepted,
            packets,
        }
    }

    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }

    /// Packets received so far, on every connection.
    pub fn packets(&self) -> usize {
        self.packets.load(Ordering::SeqCst)
    }
}

async fn serve(
    mut socket: TcpStream,
    key: AuthKey,
    behaviour: Behaviour,
    first: bool,
    packets: Arc<AtomicUsize>,
) {
    let mut transport = Transport::server();
    let mut conn = Connection::server(key, SALT, 99, ProtoConfig::default());
    let mut buf = vec![0u8; 65536];
    let mut rng = |b: &mut [u8]| b.fill(7);
    loop {
        let n = match socket.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if first && behaviour == Behaviour::SilentFirst {
            continue;
        }
        transport.push_received(&buf[..n]).unwrap();
        let now = SystemTime::now();
        let mut out = Vec::new();
        while let Some(incoming) = transport.next_incoming().unwrap() {
            if let Incoming::Frame { payload, .. } = incoming {
                packets.fetch_add(1, Ordering::SeqCst);
                if behaviour == Behaviour::RejectKey {
                    // Reply -404 in the client's framing.
                    out.clear();
                    transport_error(&mut out);
                    let _ = socket.write_all(&out).await;
                    return;
                }
                let _ = conn.handle_packet(now, payload);
            }
        }
        let mut answered = false;
        while let Some(event) = conn.poll_event() {
            if let Event::Query { msg_id, body } = event {
                answered = true;
                let id = u32::from_le_bytes([body[0], body[1], body[2], body[3]]);
                match id {
                    DROP if first && behaviour != Behaviour::Echo => return,
                    FAIL => {
                        let e = RpcError::new(420, "FLOOD_WAIT_3");
                        conn.respond(msg_id, Err(&e)).unwrap();
                    }
                    _ => {
                        conn.respond(msg_id, Ok(&body)).unwrap();
                    }
                }
            }
        }
        let mut payload = Vec::new();
        while conn.poll_transmit(now, &mut rng, &mut payload).is_some() {
            transport.encode(&payload, false, &[], &mut out).unwrap();
            payload.clear();
        }
        if behaviour == Behaviour::AnswerThenReject && answered {
            transport_error(&mut out);
            let _ = socket.write_all(&out).await;
            return;
        }
        if socket.write_all(&out).await.is_err() {
            return;
        }
    }
}

/// A -404 frame in padded intermediate framing (the client's default transport).
fn transport_error(out: &mut Vec<u8>) {
    let code = TransportErrorCode::AuthKeyNotFound.code();
    out.extend_from_slice(&4u32.to_le_bytes());
    out.extend_from_slice(&code.to_le_bytes());
}
