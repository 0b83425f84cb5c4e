//! Running the auth key exchange of [`mtrs_proto::auth::client`] over a TCP socket.

use std::net::SocketAddr;
use std::time::{Duration, SystemTime};

use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_proto::DcId;
use mtrs_proto::auth::client::{self, DhGenOutcome};
use mtrs_proto::auth::{Created, KeyKind};
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::plain;
use mtrs_proto::transport::{Incoming, Role, Transport, TransportErrorCode, TransportKind};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use zeroize::Zeroizing;

use crate::driver::{attach_with, dial};
use crate::{ConnectionHandle, Driver, Error, LinkAuth, LinkConfig, Observer};

/// How many `dh_gen_retry` answers are accepted before giving up.
const MAX_DH_RETRIES: usize = 4;

/// Creates a permanent auth key with the DC at `addr` on a connection of its own.
///
/// `dc` is the id sent in `p_q_inner_data_dc` (use [`DcId::test`] / [`DcId::media`] as
/// needed); `rsa_keys` are the server keys accepted (the override in tests). The whole
/// exchange is bounded by `config.connect_timeout` per message.
///
/// ```no_run
/// # async fn demo() -> Result<(), mtrs_net::Error> {
/// use mtrs_proto::DcId;
/// let keys = vec![mtrs_crypto::rsa::telegram_production_key()];
/// let created = mtrs_net::exchange_auth_key("127.0.0.1:4430".parse().unwrap(), &Default::default(),
///     DcId::new(2), keys).await?;
/// println!("new key {:?}", created.auth_key.id());
/// # Ok(()) }
/// ```
pub async fn exchange_auth_key(
    addr: SocketAddr,
    config: &LinkConfig,
    dc: DcId,
    rsa_keys: Vec<RsaPublicKey>,
) -> Result<Created, Error> {
    let (created, mut link) = run(addr, config, dc, rsa_keys, KeyKind::Permanent).await?;
    let _ = link.stream.shutdown().await;
    Ok(created)
}

/// Creates a permanent auth key with the DC at `addr` and carries on encrypted on the
/// same TCP connection: one connection for a new DC, not one for the exchange and
/// another for the session. Returns the new key and the connection's handle and task
/// (spawn `driver.run()`).
///
/// # Errors
/// As [`exchange_auth_key`].
pub async fn connect_with_new_key(
    addr: SocketAddr,
    config: LinkConfig,
    dc: DcId,
    rsa_keys: Vec<RsaPublicKey>,
    observer: Option<Observer>,
) -> Result<(Created, ConnectionHandle, Driver), Error> {
    let (created, link) = run(addr, &config, dc, rsa_keys, KeyKind::Permanent).await?;
    carry_on(created, link, config, dc, observer)
}

/// Creates a temporary auth key (`p_q_inner_data_temp_dc`, living `lifetime`) with the DC
/// at `addr` and carries on encrypted with it on the same TCP connection, as
/// [`connect_with_new_key`] does. Bind it to the permanent key
/// ([`ConnectionHandle::bind_temp_key`]) before anything else.
///
/// # Errors
/// As [`exchange_auth_key`].
///
/// ```no_run
/// # async fn demo(perm: mtrs_crypto::AuthKey) -> Result<(), mtrs_net::Error> {
/// use std::time::Duration;
/// use mtrs_proto::{DcId, TempKeyBinding};
/// let keys = vec![mtrs_crypto::rsa::telegram_production_key()];
/// let (created, handle, driver) = mtrs_net::connect_with_new_temp_key(
///     "127.0.0.1:4430".parse().unwrap(), Default::default(), DcId::new(2), keys,
///     Duration::from_secs(86_400), None).await?;
/// let task = tokio::spawn(driver.run());
/// handle.bind_temp_key(perm, TempKeyBinding { nonce: 7, expires_at: 1_800_000_000 }).await?;
/// # let _ = (created, task);
/// # Ok(()) }
/// ```
pub async fn connect_with_new_temp_key(
    addr: SocketAddr,
    config: LinkConfig,
    dc: DcId,
    rsa_keys: Vec<RsaPublicKey>,
    lifetime: Duration,
    observer: Option<Observer>,
) -> Result<(Created, ConnectionHandle, Driver), Error> {
    let kind = KeyKind::Temporary(lifetime);
    let (created, link) = run(addr, &config, dc, rsa_keys, kind).await?;
    carry_on(created, link, config, dc, observer)
}

/// The encrypted session on the connection a key exchange ran on.
fn carry_on(
    created: Created,
    link: PlainLink,
    config: LinkConfig,
    dc: DcId,
    observer: Option<Observer>,
) -> Result<(Created, ConnectionHandle, Driver), Error> {
    let addr = link.addr;
    let auth = LinkAuth {
        dc,
        auth_key: created.auth_key.clone(),
        salt: created.salt,
        future_salts: Vec::new(),
        time_offset: Some(created.time_offset),
    };
    let (handle, driver) = attach_with(link.stream, link.transport, addr, config, auth, observer);
    Ok((created, handle, driver))
}

/// Runs the exchange; returns the key and the connection it ran on.
async fn run(
    addr: SocketAddr,
    config: &LinkConfig,
    dc: DcId,
    rsa_keys: Vec<RsaPublicKey>,
    kind: KeyKind,
) -> Result<(Created, PlainLink), Error> {
    let transport = config.obfuscation.client_transport(config.transport, dc)?;
    let stream = dial(config.obfuscation.dial_addr(addr), config.connect_timeout).await?;
    let mut link = PlainLink {
        addr,
        stream,
        transport,
        msg_ids: MsgIdGen::new(Role::Client),
        buf: vec![0u8; 16 * 1024],
        timeout: config.connect_timeout,
        kind: config.transport,
    };
    let mut rng = |b: &mut [u8]| rand::fill(b);

    let mut nonce = [0u8; 16];
    rand::fill(&mut nonce[..]);
    let (state, body) = client::start(dc, kind, rsa_keys, nonce);
    let answer = link.round_trip(&body).await?;

    let mut new_nonce = Zeroizing::new([0u8; 32]);
    rand::fill(&mut new_nonce[..]);
    let (state, body) = state.handle(&answer, *new_nonce, &mut rng)?;
    let answer = link.round_trip(&body).await?;

    let (b, padding) = secret();
    let (mut state, mut body) = state.handle(&answer, SystemTime::now(), &b, &padding[..])?;
    for _ in 0..=MAX_DH_RETRIES {
        let answer = link.round_trip(&body).await?;
        match state.handle(&answer)? {
            DhGenOutcome::Done(created) => return Ok((created, link)),
            DhGenOutcome::Retry(retry) => {
                let (b, padding) = secret();
                (state, body) = retry.send(&b, &padding[..])?;
            }
        }
    }
    Err(Error::KeyExchange {
        detail: format!("the server asked for more than {MAX_DH_RETRIES} retries"),
    })
}

/// A fresh DH secret `b` and inner-data padding.
fn secret() -> (Zeroizing<[u8; 256]>, Zeroizing<[u8; 16]>) {
    let mut b = Zeroizing::new([0u8; 256]);
    rand::fill(&mut b[..]);
    let mut padding = Zeroizing::new([0u8; 16]);
    rand::fill(&mut padding[..]);
    (b, padding)
}

/// Plain (unencrypted) messages over one socket.
struct PlainLink {
    addr: SocketAddr,
    stream: TcpStream,
    transport: Transport,
    msg_ids: MsgIdGen,
    buf: Vec<u8>,
    timeout: Duration,
    kind: TransportKind,
}

impl PlainLink {
    async fn round_trip(&mut self, body: &[u8]) -> Result<Vec<u8>, Error> {
        let mut packet = Vec::new();
        plain::write(self.msg_ids.next(SystemTime::now()), body, &mut packet);
        let mut out = Vec::new();
        let pad = if self.kind == TransportKind::PaddedIntermediate {
            let mut p = [0u8; 8];
            rand::fill(&mut p[..]);
            p.to_vec()
        } else {
            Vec::new()
        };
        self.transport
            .encode(&packet, false, &pad, &mut out)
            .map_err(mtrs_proto::Error::from)?;
        let addr = self.addr;
        let io = |source| Error::Io { addr, source };
        self.stream.write_all(&out).await.map_err(io)?;
        let timeout = self.timeout;
        tokio::time::timeout(timeout, self.read_one())
            .await
            .map_err(|_| Error::KeyExchange {
                detail: format!("no answer from {addr} within {timeout:?}"),
            })?
    }

    async fn read_one(&mut self) -> Result<Vec<u8>, Error> {
        let addr = self.addr;
        loop {
            match self
                .transport
                .next_incoming()
                .map_err(mtrs_proto::Error::from)?
            {
                Some(Incoming::Frame { payload, .. }) => {
                    let msg = plain::read(payload).map_err(mtrs_proto::Error::from)?;
                    return Ok(msg.body.to_vec());
                }
                Some(Incoming::Error(TransportErrorCode::AuthKeyNotFound)) => {
                    return Err(Error::AuthKeyRejected);
                }
                Some(Incoming::Error(code)) => return Err(Error::Transport { code }),
                Some(Incoming::QuickAck(_)) => continue,
                None => {}
            }
            let n = self
                .stream
                .read(&mut self.buf)
                .await
                .map_err(|source| Error::Io { addr, source })?;
            if n == 0 {
                return Err(Error::ClosedByPeer { addr });
            }
            let chunk = self.buf.get(..n).unwrap_or_default();
            self.transport
                .push_received(chunk)
                .map_err(mtrs_proto::Error::from)?;
        }
    }
}
