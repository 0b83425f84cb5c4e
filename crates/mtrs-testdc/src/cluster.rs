//! The cluster: N DCs on 127.0.0.1, their listeners, and the handles tests use.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use mtrs_crypto::AuthKey;
use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_proto::Salt;
use mtrs_types::{DcAddress, DcId, DcTable};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::control::ControlServer;
use crate::counters::Counters;
use crate::dc::{DcShared, KeyEntry};
use crate::endpoint::DcEndpoint;
use crate::error::Error;
use crate::events::{Event, EventLog, KeyKind};
use crate::fault_handle::FaultHandle;
use crate::faults::FaultConfig;
use crate::fixture::Fixture;
use crate::memory::MemoryConnection;
use crate::session::DEFAULT_SESSION_LIFETIME;
use crate::state::{ConnCtx, Limits, Shared, UpdateLimits};
use crate::{listener, rsa_key};

mod qr_login;
mod updates;

/// Configures and starts a [`Cluster`].
#[derive(Clone, Debug)]
#[must_use]
pub struct ClusterBuilder {
    dcs: i32,
    media: bool,
    test_mode: bool,
    fixture: Option<Fixture>,
    faults: FaultConfig,
    dc_faults: BTreeMap<i32, FaultConfig>,
    session_lifetime: Duration,
    limits: Limits,
    update_limits: UpdateLimits,
    login_token_lifetime: Duration,
}

impl Default for ClusterBuilder {
    fn default() -> Self {
        Self {
            dcs: 5,
            media: false,
            test_mode: false,
            fixture: None,
            faults: FaultConfig::default(),
            dc_faults: BTreeMap::new(),
            session_lifetime: DEFAULT_SESSION_LIFETIME,
            limits: Limits::default(),
            update_limits: UpdateLimits::default(),
            login_token_lifetime: crate::login_tokens::DEFAULT_LIFETIME,
        }
    }
}

impl ClusterBuilder {
    /// The number of DCs (ids `1..=n`); default 5.
    pub fn dcs(mut self, n: i32) -> Self {
        self.dcs = n;
        self
    }

    /// Whether each DC also gets a media-only listener; default false.
    pub fn media_listeners(mut self, on: bool) -> Self {
        self.media = on;
        self
    }

    /// Whether the cluster plays Telegram's *test* DCs: clients then name DC `n` as
    /// `10000 + n` in the key exchange (as clients in test mode do) and `help.getConfig`
    /// says `test_mode`. Default false: DC `n` is named `n` (negative for media DCs either
    /// way); another id gets transport error −444.
    pub fn test_mode(mut self, on: bool) -> Self {
        self.test_mode = on;
        self
    }

    /// The account directory. Without one, [`Fixture::default`] is used, with whatever it
    /// homes on a DC above the cluster's count moved to DC `(home − 1) mod N + 1`.
    pub fn fixture(mut self, fixture: Fixture) -> Self {
        self.fixture = Some(fixture);
        self
    }

    /// Faults of every DC (see [`Cluster::faults`] to change them later).
    pub fn faults(mut self, faults: FaultConfig) -> Self {
        self.faults = faults;
        self
    }

    /// Faults of one DC (`DcId::new(n)`), replacing [`ClusterBuilder::faults`] there.
    pub fn dc_faults(mut self, dc: impl Into<DcId>, faults: FaultConfig) -> Self {
        self.dc_faults.insert(dc.into().number(), faults);
        self
    }

    /// How long a DC keeps an MTProto session (by auth key and session id: its received
    /// msg_ids and cached answers) after its last TCP connection closed, so a client
    /// reconnecting with the same session id continues it; default 10 minutes. Expired
    /// sessions are dropped lazily; a client coming back later gets a new session
    /// (`new_session_created`).
    pub fn session_lifetime(mut self, lifetime: Duration) -> Self {
        self.session_lifetime = lifetime;
        self
    }

    /// How long a connection may take from accept to its first encrypted packet (the key
    /// exchange included) before it is closed; default 30 s.
    pub fn handshake_timeout(mut self, timeout: Duration) -> Self {
        self.limits.handshake_timeout = timeout;
        self
    }

    /// How long a connection may send nothing before it is closed; default 5 minutes.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.limits.idle_timeout = timeout;
        self
    }

    /// How long a started frame may stay incomplete (a slow or stalled sender) before the
    /// connection is closed; default 30 s.
    pub fn frame_timeout(mut self, timeout: Duration) -> Self {
        self.limits.frame_timeout = timeout;
        self
    }

    /// How many connections each listener serves at once; one more is accepted and closed
    /// at once (counted as [`Counters::connections_refused`](crate::Counters)). Default
    /// 1024; at least 1.
    pub fn max_connections(mut self, max: usize) -> Self {
        self.limits.max_connections = max.max(1);
        self
    }

    /// Makes every listener behave as an MTProxy with this secret in front of its DC:
    /// only obfuscated2 connections whose keys were mixed with the secret are served
    /// (clients use `dd`+hex or the plain hex form of it); anything else is closed.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().mtproxy_secret([7; 16]).start().await?;
    /// # let _ = cluster;
    /// # Ok(()) }
    /// ```
    pub fn mtproxy_secret(mut self, secret: [u8; 16]) -> Self {
        self.limits.proxy_secret = Some(secret);
        self
    }

    /// How many events one `updates.getDifference` answer carries at most before it is a
    /// `updates.differenceSlice` (a client's smaller `pts_total_limit` wins); default 1000,
    /// at least 1.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().difference_limit(100).start().await?;
    /// # let _ = cluster;
    /// # Ok(()) }
    /// ```
    pub fn difference_limit(mut self, events: usize) -> Self {
        self.update_limits.difference_limit = events.max(1);
        self
    }

    /// How many pts a client may be behind before `updates.getDifference` answers
    /// `updates.differenceTooLong` (and `updates.getChannelDifference`
    /// `updates.channelDifferenceTooLong`); default 100 000, at least 1.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().difference_too_long_after(50).start().await?;
    /// # let _ = cluster;
    /// # Ok(()) }
    /// ```
    pub fn difference_too_long_after(mut self, pts: i32) -> Self {
        self.update_limits.too_long_after = pts.max(1);
        self
    }

    /// How long a QR login token from `auth.exportLoginToken` is valid (whole seconds, at
    /// least one); default 30 s, as on Telegram. [`Cluster::set_login_token_lifetime`]
    /// changes it later.
    ///
    /// ```no_run
    /// # async fn demo() -> Result<(), mtrs_testdc::Error> {
    /// use std::time::Duration;
    /// let cluster = mtrs_testdc::Cluster::builder()
    ///     .login_token_lifetime(Duration::from_secs(2))
    ///     .start()
    ///     .await?;
    /// # let _ = cluster;
    /// # Ok(()) }
    /// ```
    pub fn login_token_lifetime(mut self, lifetime: Duration) -> Self {
        self.login_token_lifetime = lifetime;
        self
    }

    /// Binds every listener on `127.0.0.1:0` and starts serving.
    ///
    /// # Errors
    /// [`Error::DcCount`], [`Error::Fixture`], [`Error::Bind`], [`Error::Crypto`].
    pub async fn start(self) -> Result<Cluster, Error> {
        if !(1..=100).contains(&self.dcs) {
            return Err(Error::DcCount { dcs: self.dcs });
        }
        let fixture = self
            .fixture
            .unwrap_or_else(|| Fixture::default().rehomed(self.dcs));
        fixture.validate(self.dcs)?;
        let rsa = rsa_key::test_private_key()?;
        let dh_group = DhGroup::new(3, &TELEGRAM_DH_PRIME).map_err(|source| Error::Crypto {
            what: "DH group",
            source,
        })?;
        let dcs = (1..=self.dcs)
            .map(|id| {
                let faults = self.dc_faults.get(&id).unwrap_or(&self.faults).clone();
                Arc::new(DcShared::new(id, faults, self.session_lifetime))
            })
            .collect();
        let shared = Arc::new(Shared::new(
            fixture,
            rsa,
            dh_group,
            dcs,
            self.test_mode,
            self.limits,
            self.update_limits,
        ));
        shared
            .logins
            .tokens
            .lock()
            .set_lifetime(self.login_token_lifetime);
        let mut running = Vec::new();
        for id in 1..=self.dcs {
            let mut ports = vec![(0, false)];
            if self.media {
                ports.push((0, true));
            }
            running.push(start_dc(&shared, id, &ports).await?);
        }
        Ok(Cluster {
            shared,
            running: tokio::sync::Mutex::new(running),
        })
    }
}

/// The listeners of one running DC.
struct DcRun {
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
    ports: Vec<(u16, bool)>,
}

async fn start_dc(shared: &Arc<Shared>, id: i32, ports: &[(u16, bool)]) -> Result<DcRun, Error> {
    let dc = shared.dc(id).cloned().ok_or(Error::UnknownDc {
        dc_id: DcId::new(id),
        dcs: shared.dcs.len() as i32,
    })?;
    let (stop, stop_rx) = watch::channel(false);
    let mut tasks = Vec::new();
    let mut bound = Vec::new();
    for &(port, media) in ports {
        let addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| Error::Bind {
                dc_id: endpoint_id(id, media),
                addr,
                source,
            })?;
        let local = listener.local_addr().map_err(|source| Error::Bind {
            dc_id: endpoint_id(id, media),
            addr,
            source,
        })?;
        bound.push((local.port(), media));
        let ctx = ConnCtx {
            shared: shared.clone(),
            dc: dc.clone(),
            media,
        };
        tasks.push(tokio::spawn(listener::serve(
            listener,
            ctx,
            stop_rx.clone(),
        )));
    }
    {
        let mut endpoints = shared.endpoints.lock();
        endpoints.retain(|e| e.id.number() != id);
        endpoints.extend(bound.iter().map(|&(port, media_only)| DcEndpoint {
            id: endpoint_id(id, media_only),
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port,
            media_only,
        }));
    }
    Ok(DcRun {
        stop,
        tasks,
        ports: bound,
    })
}

/// The id of DC `number`'s main or media-only listener.
fn endpoint_id(number: i32, media: bool) -> DcId {
    let id = DcId::new(number);
    if media { id.media() } else { id }
}

async fn stop_dc(run: &mut DcRun) {
    let _ = run.stop.send(true);
    for task in run.tasks.drain(..) {
        let _ = task.await;
    }
}

/// A running cluster of test DCs. Dropping it stops the listeners; [`Cluster::shutdown`]
/// also waits until every task has ended.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), mtrs_testdc::Error> {
/// use mtrs_testdc::DcId;
/// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
/// let table = cluster.dc_options();
/// assert_eq!(table.iter().map(|e| e.id).collect::<Vec<_>>(), cluster.dc_ids());
/// assert_eq!(cluster.dc_ids(), [DcId::new(1), DcId::new(2), DcId::new(3)]);
/// assert_eq!(cluster.counters(DcId::new(1)).connections, 0);
/// cluster.shutdown().await;
/// # Ok(())
/// # }
/// ```
pub struct Cluster {
    shared: Arc<Shared>,
    running: tokio::sync::Mutex<Vec<DcRun>>,
}

impl std::fmt::Debug for Cluster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cluster")
            .field("dcs", &self.shared.dcs.len())
            .field("endpoints", &self.dc_options())
            .finish_non_exhaustive()
    }
}

impl Cluster {
    /// A builder with the defaults (5 DCs, no media listeners, the default fixture, no
    /// faults).
    pub fn builder() -> ClusterBuilder {
        ClusterBuilder::default()
    }

    /// A DC's state, by number (test and media marks ignored).
    fn dc(&self, dc: DcId) -> Result<&Arc<DcShared>, Error> {
        self.shared.dc(dc.number()).ok_or(Error::UnknownDc {
            dc_id: dc,
            dcs: self.dc_count(),
        })
    }

    /// How many DCs run.
    pub fn dc_count(&self) -> i32 {
        self.shared.dcs.len() as i32
    }

    /// The ids of the DCs that run: `DcId::new(1)` to `DcId::new(N)`.
    pub fn dc_ids(&self) -> Vec<DcId> {
        (1..=self.dc_count()).map(DcId::new).collect()
    }

    /// Every listener: main ones first (by DC id), then the media-only ones. The same
    /// table is served as `dcOption`s by `help.getConfig`.
    pub fn dc_options(&self) -> Vec<DcEndpoint> {
        self.shared.dc_options()
    }

    /// The cluster as a client's DC table: every listener, the media-only ones with media
    /// ids, and DC 2 as the default (DC 1 in a one-DC cluster). This is what a client's
    /// configuration takes, with [`Cluster::rsa_public_key`] as its only RSA key.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// use mtrs_testdc::{Cluster, DcId};
    /// let cluster = Cluster::builder().dcs(3).media_listeners(true).start().await?;
    /// let table = cluster.dc_table();
    /// assert_eq!(table.default_dc, DcId::new(2));
    /// assert_eq!(table.dcs.len(), 6);
    /// let main = cluster.endpoint(DcId::new(3)).map(|e| e.addr());
    /// let media = cluster.endpoint(DcId::new(3).media()).map(|e| e.addr());
    /// assert_eq!(table.find(DcId::new(3)), main);
    /// assert_eq!(table.find(DcId::new(3).media()), media);
    /// assert_ne!(main, media);
    /// cluster.shutdown().await;
    ///
    /// let single = Cluster::builder().dcs(1).start().await?;
    /// assert_eq!(single.dc_table().default_dc, DcId::new(1));
    /// single.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub fn dc_table(&self) -> DcTable {
        let dcs = self
            .dc_options()
            .into_iter()
            .map(|e| DcAddress {
                id: e.id,
                addr: e.addr(),
            })
            .collect();
        let default_dc = DcId::new(if self.dc_count() >= 2 { 2 } else { 1 });
        DcTable { dcs, default_dc }
    }

    /// The endpoint of a DC: its main listener, or for a media id
    /// (`DcId::new(n).media()`) its media-only one (`None` without media listeners).
    /// The test mark is ignored.
    pub fn endpoint(&self, dc: impl Into<DcId>) -> Option<DcEndpoint> {
        let dc = dc.into();
        self.dc_options()
            .into_iter()
            .find(|e| e.id.number() == dc.number() && e.media_only == dc.is_media())
    }

    /// The server's RSA public key as PKCS#1 PEM.
    pub fn rsa_public_key_pem(&self) -> String {
        rsa_key::TEST_PUBLIC_KEY_PEM.to_owned()
    }

    /// The server's RSA public key.
    pub fn rsa_public_key(&self) -> RsaPublicKey {
        self.shared.rsa.public().clone()
    }

    /// The fingerprint of [`Cluster::rsa_public_key`].
    pub fn rsa_fingerprint(&self) -> i64 {
        self.shared.rsa.public().fingerprint()
    }

    /// The API layer the cluster speaks.
    pub fn layer(&self) -> i32 {
        mtrs_tl_api::LAYER
    }

    /// The account directory.
    pub fn fixture(&self) -> &Fixture {
        &self.shared.fixture
    }

    /// A copy of a DC's counters (all zero for an unknown DC). Counters are per DC: a
    /// media id counts the same DC.
    pub fn counters(&self, dc: impl Into<DcId>) -> Counters {
        self.shared
            .dc(dc.into().number())
            .map(|dc| dc.counters.lock().clone())
            .unwrap_or_default()
    }

    /// The login code `auth.sendCode` last sent to `phone` (digits, `+` and separators
    /// allowed) and not expired yet: the number's home DC repeated to five digits.
    ///
    /// ```no_run
    /// # async fn f(cluster: mtrs_testdc::Cluster) {
    /// // after a client's auth.sendCode for Alice (DC 1):
    /// assert_eq!(cluster.login_code("+999 661 0001").as_deref(), Some("11111"));
    /// # }
    /// ```
    pub fn login_code(&self, phone: &str) -> Option<String> {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        self.shared.logins.code_for(&digits)
    }

    /// Expires every login code sent so far (`auth.signIn` then answers
    /// `PHONE_CODE_EXPIRED`); returns how many codes there were.
    ///
    /// ```no_run
    /// # fn f(cluster: mtrs_testdc::Cluster) {
    /// cluster.expire_login_codes();
    /// # }
    /// ```
    pub fn expire_login_codes(&self) -> usize {
        self.shared.logins.expire_codes()
    }

    /// The event log.
    pub fn events(&self) -> &EventLog {
        &self.shared.events
    }

    /// The run-time fault handle of a DC.
    ///
    /// # Errors
    /// [`Error::UnknownDc`].
    pub fn faults(&self, dc: impl Into<DcId>) -> Result<FaultHandle, Error> {
        Ok(FaultHandle {
            dc: self.dc(dc.into())?.clone(),
            events: self.shared.events.clone(),
        })
    }

    /// Makes `key` known to a DC without a key exchange (as if created earlier) and
    /// returns the salt the DC serves it with.
    ///
    /// # Errors
    /// [`Error::UnknownDc`].
    pub fn install_key(&self, dc: impl Into<DcId>, key: AuthKey) -> Result<Salt, Error> {
        let dc = self.dc(dc.into())?;
        let key_id = key.id().0;
        let mut salt = [0u8; 8];
        rand::fill(&mut salt[..]);
        let entry = KeyEntry::new(key, Salt(i64::from_le_bytes(salt)), SystemTime::now(), None);
        let salt = entry.current_salt();
        dc.keys.lock().insert(key_id, entry);
        self.shared.events.push(Event::KeyCreated {
            dc_id: dc.id,
            key_id,
            kind: KeyKind::Installed,
        });
        Ok(salt)
    }

    /// Logs a key the DC knows in as `user_id` (or out with `None`), as a login would.
    /// Returns whether the DC knows the key.
    ///
    /// # Errors
    /// [`Error::UnknownDc`].
    pub fn authorize_key(
        &self,
        dc: impl Into<DcId>,
        key_id: u64,
        user_id: Option<i64>,
    ) -> Result<bool, Error> {
        Ok(self.dc(dc.into())?.set_user(key_id, user_id))
    }

    /// The user a key is logged in as on a DC.
    pub fn key_user(&self, dc: impl Into<DcId>, key_id: u64) -> Option<i64> {
        self.shared.dc(dc.into().number())?.user_of(key_id)
    }

    /// How many MTProto sessions a DC keeps: those TCP connections use plus those within
    /// [`ClusterBuilder::session_lifetime`] of their last connection closing.
    pub fn session_count(&self, dc: impl Into<DcId>) -> usize {
        self.shared
            .dc(dc.into().number())
            .map_or(0, |dc| dc.sessions.lock().live(tokio::time::Instant::now()))
    }

    /// The file `file_id` uploaded on a DC with `upload.saveFilePart` or
    /// `upload.saveBigFilePart` by the auth key `key_id`: its parts from 0 on, joined, or
    /// `None` if there is no such upload or a part is missing.
    pub fn uploaded_file(&self, dc: impl Into<DcId>, key_id: u64, file_id: i64) -> Option<Vec<u8>> {
        self.shared
            .dc(dc.into().number())?
            .uploads
            .lock()
            .assembled(key_id, file_id)
    }

    /// Starts the control interface on `addr` (a loopback address; port 0 picks one):
    /// JSON lines over TCP for scripts in any language, reading counters and the event
    /// log and changing faults while the cluster runs (see `docs/testdc.md`).
    ///
    /// # Errors
    /// [`Error::NotLoopback`] for any other address, [`Error::ControlBind`] if it cannot
    /// be bound.
    pub async fn start_control(&self, addr: SocketAddr) -> Result<ControlServer, Error> {
        crate::control::start(self.shared.clone(), addr).await
    }

    /// How many auth keys a DC knows.
    pub fn key_count(&self, dc: impl Into<DcId>) -> usize {
        self.shared
            .dc(dc.into().number())
            .map_or(0, |dc| dc.keys.lock().len())
    }

    /// A connection to a DC (its main listener, or for a media id,
    /// `DcId::new(n).media()`, its media-only one) driven in memory by the caller instead
    /// of a socket.
    ///
    /// # Errors
    /// [`Error::UnknownDc`].
    pub fn memory_connection(&self, dc: impl Into<DcId>) -> Result<MemoryConnection, Error> {
        let dc = dc.into();
        Ok(MemoryConnection::new(ConnCtx {
            shared: self.shared.clone(),
            dc: self.dc(dc)?.clone(),
            media: dc.is_media(),
        }))
    }

    /// Stops a DC's listeners and connections and starts them again on the same ports, as
    /// a server process restart would: MTProto sessions (and answers not yet sent) are
    /// lost; with `keep_keys` false, the DC also forgets every auth key (clients get −404).
    ///
    /// # Errors
    /// [`Error::UnknownDc`]; [`Error::Bind`] if a port was taken meanwhile.
    pub async fn restart_dc(&self, dc: impl Into<DcId>, keep_keys: bool) -> Result<(), Error> {
        let id = dc.into();
        let dc = self.dc(id)?.clone();
        let index = usize::try_from(dc.id - 1).unwrap_or(0);
        let mut running = self.running.lock().await;
        let Some(run) = running.get_mut(index) else {
            return Err(Error::UnknownDc {
                dc_id: id,
                dcs: self.dc_count(),
            });
        };
        stop_dc(run).await;
        dc.sessions.lock().clear();
        if !keep_keys {
            dc.forget_keys();
        }
        let ports = run.ports.clone();
        *run = start_dc(&self.shared, dc.id, &ports).await?;
        self.shared.events.push(Event::DcRestarted {
            dc_id: dc.id,
            keep_keys,
        });
        Ok(())
    }

    /// Stops every listener and connection and waits for all their tasks to end.
    pub async fn shutdown(self) {
        let mut running = self.running.lock().await;
        for run in running.iter_mut() {
            stop_dc(run).await;
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        if let Ok(running) = self.running.try_lock() {
            for run in running.iter() {
                let _ = run.stop.send(true);
            }
        }
    }
}
