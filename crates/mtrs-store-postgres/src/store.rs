//! [`PostgresStore`]: one session in a PostgreSQL database, used under a lease.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use mtrs_session::{
    DcUpdate, Operation, Peer, PeerId, PeerKey, SessionData, SessionStore, StoreError, StoreFuture,
    UpdateStateChange,
};
use parking_lot::Mutex;
use tokio::runtime::Handle;
use tokio::task::JoinHandle;

use crate::lease::{self, FENCE, Lease};
use crate::sql_error::Failure;
use crate::{ConfigError, PostgresConfig, peers, schema, snapshot};

/// First pause before retrying a write the server could not take; doubled up to
/// [`MAX_BACKOFF`].
const FIRST_BACKOFF: Duration = Duration::from_millis(50);
const MAX_BACKOFF: Duration = Duration::from_secs(2);
/// How long to wait for a new connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A session stored in PostgreSQL, next to many others, used by this store alone under a
/// lease.
///
/// - **Many sessions**: every table is keyed by session name, inside a namespace (a
///   PostgreSQL schema, created when missing).
/// - **Versioned**: numbered migrations run at open under an advisory lock; a namespace
///   written by a newer mtrs yields [`StoreError::UnsupportedSchema`] and is left untouched.
/// - **Atomic**: every write is one transaction, so credentials (home DC, key, user, bot
///   flag) change together or not at all.
/// - **Leased**: opening takes the session's lease (holder host, pid, random instance id,
///   epoch, expiry); a second opener anywhere gets [`StoreError::InUse`] with the holder and
///   the time left. A background heartbeat renews the lease every
///   [`heartbeat`](PostgresConfig::heartbeat); when the holder dies, another opener may take
///   over once the lease expires, not before.
/// - **Fenced**: every write transaction first checks the lease row against this store's
///   epoch, under a share lock, so a write of a holder that was taken over is rejected with
///   [`StoreError::LeaseLost`] and never lands. After that (or once the lease could not be
///   renewed in time) the store refuses every operation; [`lease_lost`](Self::lease_lost)
///   resolves so the owner can stop.
/// - **Outages**: a write the server cannot take (restart, dropped connection) is retried
///   with backoff while the lease still holds (writes are idempotent, so a retry after a
///   commit whose reply was lost is harmless); a `load` that fails that way returns the
///   last snapshot this store loaded or wrote.
///
/// Operations run on the Tokio runtime the store was opened in, so the futures can be
/// polled from any executor. Hand the store to the client as
/// `mtrs::SessionSource::Store(Arc::new(store))`.
///
/// ```no_run
/// # async fn demo() -> Result<(), mtrs_session::StoreError> {
/// use mtrs_session::{SessionStore, StoreError};
/// use mtrs_store_postgres::{PostgresConfig, PostgresStore};
///
/// let cfg = PostgresConfig::new("postgres://mtrs@db.internal/fleet", "bot-17");
/// let store = PostgresStore::open(&cfg).await?;
/// let snapshot = store.load().await?;
/// # let _ = snapshot;
/// // Anyone else opening "bot-17" now gets InUse until this store closes or dies.
/// match PostgresStore::open(&cfg).await {
///     Err(StoreError::InUse { holder, expires_in, .. }) => println!("held by {holder}, {expires_in:?}"),
///     other => println!("{other:?}"),
/// }
/// store.close().await;
/// # Ok(()) }
/// ```
pub struct PostgresStore {
    inner: Arc<Inner>,
    heartbeat: JoinHandle<()>,
    closed: AtomicBool,
}

struct Inner {
    pool: Pool,
    name: String,
    location: PathBuf,
    heartbeat: Duration,
    lease: Lease,
    handle: Handle,
    /// The snapshot as last loaded or written (`None`: not known yet).
    cache: Mutex<Option<Option<SessionData>>>,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("location", &self.inner.location)
            .field("epoch", &self.inner.lease.epoch)
            .finish_non_exhaustive()
    }
}

/// One write, retried as a whole.
enum Write {
    Save(Box<SessionData>),
    UpdateDc(Box<DcUpdate>),
    UpsertPeers(Vec<Peer>),
    UpdateState(UpdateStateChange),
    Delete,
}

impl Write {
    fn operation(&self) -> Operation {
        match self {
            Self::Save(_) => Operation::Save,
            Self::UpdateDc(_) => Operation::UpdateDc,
            Self::UpsertPeers(_) => Operation::UpsertPeers,
            Self::UpdateState(_) => Operation::SaveUpdateState,
            Self::Delete => Operation::Delete,
        }
    }

    /// Applies the write to a known snapshot, as the database just did.
    fn apply_to(&self, snapshot: &mut Option<SessionData>) {
        match self {
            Self::Save(data) => *snapshot = Some((**data).clone()),
            Self::UpdateDc(update) => (**update).clone().apply_to(snapshot),
            Self::UpdateState(change) => {
                let data = snapshot.get_or_insert_with(|| SessionData::new(mtrs_session::DcId(2)));
                change.apply_to(&mut data.update_state);
            }
            Self::UpsertPeers(_) => {}
            Self::Delete => *snapshot = None,
        }
    }
}

/// Builds the connection pool for a validated configuration.
pub(crate) fn pool(
    cfg: &PostgresConfig,
    mut pg: tokio_postgres::Config,
    location: &Path,
) -> Result<Pool, StoreError> {
    let idle_ms = cfg.lease_duration.as_millis().max(1000);
    pg.application_name("mtrs")
        .connect_timeout(CONNECT_TIMEOUT)
        // A stopped holder's open transaction must not block a takeover for long.
        .options(format!(
            "-c search_path={} -c idle_in_transaction_session_timeout={idle_ms}",
            cfg.namespace
        ));
    let manager = Manager::from_config(
        pg,
        tokio_postgres::NoTls,
        ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        },
    );
    Pool::builder(manager)
        .max_size(cfg.pool_size)
        .runtime(Runtime::Tokio1)
        .create_timeout(Some(CONNECT_TIMEOUT))
        .wait_timeout(Some(CONNECT_TIMEOUT * 2))
        .build()
        .map_err(|e| StoreError::Backend {
            path: location.to_path_buf(),
            operation: Operation::Open,
            source: Box::new(e),
        })
}

/// A configuration error as a `StoreError` of `operation`.
pub(crate) fn config_error(location: &Path, operation: Operation, e: ConfigError) -> StoreError {
    StoreError::Backend {
        path: location.to_path_buf(),
        operation,
        source: Box::new(e),
    }
}

impl PostgresStore {
    /// Connects, migrates the namespace, takes the session's lease and starts its
    /// heartbeat. Must be called within a Tokio runtime (with time and I/O enabled), which
    /// then runs all of the store's work.
    ///
    /// Fails with [`StoreError::InUse`] at once when another store holds an unexpired lease
    /// on the session, and with [`StoreError::UnsupportedSchema`] when the namespace was
    /// written by a newer mtrs.
    pub async fn open(config: &PostgresConfig) -> Result<Self, StoreError> {
        let location = config.location();
        let pg = config
            .validate()
            .map_err(|e| config_error(&location, Operation::Open, e))?;
        let handle = Handle::try_current()
            .map_err(|_| config_error(&location, Operation::Open, ConfigError::NoRuntime))?;
        let pool = pool(config, pg, &location)?;
        let mut client = pool
            .get()
            .await
            .map_err(|e| Failure::Pool(e).into_store_error(&location, Operation::Open))?;
        schema::migrate(&mut client, &config.namespace, &location).await?;
        let lease = lease::acquire(
            &mut client,
            &config.session_name,
            config.lease_duration,
            &location,
        )
        .await?;
        drop(client);
        let inner = Arc::new(Inner {
            pool,
            name: config.session_name.clone(),
            location,
            heartbeat: config.heartbeat,
            lease,
            handle,
            cache: Mutex::new(None),
        });
        let heartbeat = inner.handle.spawn(heartbeat(inner.clone()));
        Ok(Self {
            inner,
            heartbeat,
            closed: AtomicBool::new(false),
        })
    }

    /// The session's printable location (`postgres://user@host:port/db#namespace/name`).
    pub fn location(&self) -> &Path {
        &self.inner.location
    }

    /// The epoch of this store's lease (it grows by one with every tenure).
    pub fn epoch(&self) -> i64 {
        self.inner.lease.epoch
    }

    /// Whether the lease still holds; `false` once it was lost (every operation then
    /// fails with [`StoreError::LeaseLost`]).
    pub fn holds_lease(&self) -> bool {
        self.inner.lease.is_held(&self.inner.location)
    }

    /// Resolves once the lease is lost (taken over, or not renewed in time): the signal to
    /// stop using the session.
    ///
    /// ```no_run
    /// # async fn demo(store: mtrs_store_postgres::PostgresStore) {
    /// let lost = store.lease_lost();
    /// tokio::select! {
    ///     () = lost => eprintln!("another process took the session over; stopping"),
    ///     () = std::future::pending::<()>() => {} // the bot's work
    /// }
    /// # }
    /// ```
    pub fn lease_lost(&self) -> impl Future<Output = ()> + Send + 'static {
        let mut rx = self.inner.lease.subscribe();
        async move {
            // An error means the store is gone, which ends its use of the session too.
            let _ = rx.wait_for(|lost| *lost).await;
        }
    }

    /// Renews the lease now, as the heartbeat does on its own; fails with
    /// [`StoreError::LeaseLost`] (and the store stops) when it is no longer ours.
    pub fn renew(&self) -> StoreFuture<'_, ()> {
        let inner = self.inner.clone();
        self.run(Operation::Lock, async move {
            let op = Operation::Lock;
            inner.lease.check(&inner.location, op)?;
            let sent = Instant::now();
            let renewed = async {
                let client = inner.pool.get().await?;
                lease::renew(&client, &inner.name, &inner.lease).await
            };
            match renewed.await {
                Ok(true) => {
                    inner.lease.renewed(sent);
                    Ok(())
                }
                Ok(false) => {
                    inner
                        .lease
                        .mark_lost(&inner.location, "another store took the session over");
                    Err(inner.lost(op))
                }
                Err(f) => Err(f.into_store_error(&inner.location, op)),
            }
        })
    }

    /// Every cached peer of the session (for copying it to another store).
    pub fn all_peers(&self) -> StoreFuture<'_, Vec<Peer>> {
        let inner = self.inner.clone();
        self.run(Operation::LookupPeer, async move {
            let op = Operation::LookupPeer;
            inner.lease.check(&inner.location, op)?;
            let attempt = async {
                let client = inner.pool.get().await?;
                peers::all(&client, &inner.name).await
            };
            attempt
                .await
                .map_err(|f| f.into_store_error(&inner.location, op))
        })
    }

    /// Stops the heartbeat and ends the lease now, so another opener need not wait for it
    /// to expire. (Dropping the store does the same, in the background.)
    pub async fn close(self) {
        self.closed.store(true, Ordering::SeqCst);
        self.heartbeat.abort();
        release(self.inner.clone()).await;
    }

    /// Runs `work` on the store's runtime.
    fn run<T, F>(&self, operation: Operation, work: F) -> StoreFuture<'_, T>
    where
        T: Send + 'static,
        F: Future<Output = Result<T, StoreError>> + Send + 'static,
    {
        let task = self.inner.handle.spawn(work);
        Box::pin(async move {
            task.await.unwrap_or_else(|_| {
                Err(StoreError::Closed {
                    path: self.inner.location.clone(),
                    operation,
                })
            })
        })
    }

    fn write(&self, write: Write) -> StoreFuture<'_, ()> {
        let inner = self.inner.clone();
        self.run(write.operation(), async move { inner.write(write).await })
    }
}

impl Drop for PostgresStore {
    fn drop(&mut self) {
        self.heartbeat.abort();
        if !self.closed.load(Ordering::SeqCst) {
            // Best effort: if the runtime is shutting down, the lease simply expires.
            let inner = self.inner.clone();
            drop(self.inner.handle.spawn(release(inner)));
        }
    }
}

async fn release(inner: Arc<Inner>) {
    if !inner.lease.is_held(&inner.location) {
        return;
    }
    let result = match inner.pool.get().await {
        Ok(client) => lease::release(&client, &inner.name, &inner.lease).await,
        Err(e) => Err(Failure::Pool(e)),
    };
    inner.lease.mark_released();
    if let Err(e) = result {
        tracing::warn!(
            session = %inner.location.display(),
            error = %e.into_store_error(&inner.location, Operation::Lock),
            "could not release the session lease; it expires on its own"
        );
    }
}

/// Renews the lease every heartbeat until it is lost or the store closes.
async fn heartbeat(inner: Arc<Inner>) {
    let mut next = Instant::now() + inner.heartbeat;
    loop {
        tokio::time::sleep_until(next.into()).await;
        if !inner.lease.is_held(&inner.location) {
            return;
        }
        let sent = Instant::now();
        let left = inner.lease.deadline().saturating_duration_since(sent);
        let attempt = async {
            let client = inner.pool.get().await?;
            lease::renew(&client, &inner.name, &inner.lease).await
        };
        match tokio::time::timeout(left, attempt).await {
            Ok(Ok(true)) => {
                inner.lease.renewed(sent);
                next = sent + inner.heartbeat;
            }
            Ok(Ok(false)) => {
                inner
                    .lease
                    .mark_lost(&inner.location, "another store took the session over");
                return;
            }
            Ok(Err(e)) => {
                tracing::warn!(
                    session = %inner.location.display(),
                    error = %e.into_store_error(&inner.location, Operation::Lock),
                    "could not renew the session lease; retrying"
                );
                next = Instant::now() + inner.heartbeat.min(Duration::from_secs(1));
            }
            // The deadline passed during the attempt; the next check marks it lost.
            Err(_) => next = Instant::now(),
        }
    }
}

impl Inner {
    fn lost(&self, operation: Operation) -> StoreError {
        StoreError::LeaseLost {
            path: self.location.clone(),
            operation,
        }
    }

    /// One attempt at a write: the fence, then the write, in one transaction.
    async fn attempt(&self, write: &Write) -> Result<(), Failure> {
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        let fence = tx.prepare_cached(FENCE).await?;
        let held = tx
            .query_opt(
                &fence,
                &[&self.name, &self.lease.epoch, &self.lease.instance],
            )
            .await?;
        if held.is_none() {
            return Err(Failure::Fenced);
        }
        match write {
            Write::Save(data) => snapshot::save(&tx, &self.name, data).await?,
            Write::UpdateDc(update) => snapshot::update_dc(&tx, &self.name, update).await?,
            Write::UpsertPeers(peers) => peers::upsert(&tx, &self.name, peers).await?,
            Write::UpdateState(change) => snapshot::update_state(&tx, &self.name, change).await?,
            Write::Delete => snapshot::delete_all(&tx, &self.name).await?,
        }
        tx.commit().await?;
        Ok(())
    }

    /// Writes, retrying transient failures with backoff while the lease holds.
    async fn write(&self, write: Write) -> Result<(), StoreError> {
        let operation = write.operation();
        let mut backoff = FIRST_BACKOFF;
        loop {
            self.lease.check(&self.location, operation)?;
            match self.attempt(&write).await {
                Ok(()) => {
                    let mut cache = self.cache.lock();
                    if let Some(snapshot) = cache.as_mut() {
                        write.apply_to(snapshot);
                    }
                    return Ok(());
                }
                Err(Failure::Fenced) => {
                    self.lease
                        .mark_lost(&self.location, "a write was fenced off by a newer epoch");
                    return Err(self.lost(operation));
                }
                Err(f) if f.is_transient() => {
                    tracing::warn!(
                        session = %self.location.display(),
                        %operation,
                        error = %f.into_store_error(&self.location, operation),
                        retry_in = ?backoff,
                        "write failed; retrying"
                    );
                    let wake = (Instant::now() + backoff).min(self.lease.deadline());
                    tokio::time::sleep_until(wake.into()).await;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
                Err(f) => return Err(f.into_store_error(&self.location, operation)),
            }
        }
    }

    async fn load(&self) -> Result<Option<SessionData>, StoreError> {
        let op = Operation::Load;
        self.lease.check(&self.location, op)?;
        let attempt = async {
            let mut client = self.pool.get().await?;
            let tx = client
                .build_transaction()
                .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .await?;
            let data = snapshot::load(&tx, &self.name).await?;
            tx.commit().await?;
            Ok::<_, Failure>(data)
        };
        match attempt.await {
            Ok(data) => {
                *self.cache.lock() = Some(data.clone());
                Ok(data)
            }
            Err(f) if f.is_transient() => match self.cache.lock().clone() {
                Some(data) => {
                    tracing::warn!(session = %self.location.display(), "database unreachable; serving the snapshot from memory");
                    Ok(data)
                }
                None => Err(f.into_store_error(&self.location, op)),
            },
            Err(f) => Err(f.into_store_error(&self.location, op)),
        }
    }

    async fn lookup(&self, key: PeerKey) -> Result<Option<Peer>, StoreError> {
        let op = Operation::LookupPeer;
        self.lease.check(&self.location, op)?;
        let attempt = async {
            let client = self.pool.get().await?;
            peers::lookup(&client, &self.name, key).await
        };
        attempt
            .await
            .map_err(|f| f.into_store_error(&self.location, op))
    }

    async fn indexed_usernames(&self, peer: PeerId) -> Result<Vec<String>, StoreError> {
        let op = Operation::LookupPeer;
        self.lease.check(&self.location, op)?;
        let attempt = async {
            let client = self.pool.get().await?;
            peers::indexed_usernames(&client, &self.name, peer).await
        };
        attempt
            .await
            .map_err(|f| f.into_store_error(&self.location, op))
    }
}

impl SessionStore for PostgresStore {
    fn load(&self) -> StoreFuture<'_, Option<SessionData>> {
        let inner = self.inner.clone();
        self.run(Operation::Load, async move { inner.load().await })
    }

    fn save<'a>(&'a self, data: &'a SessionData) -> StoreFuture<'a, ()> {
        self.write(Write::Save(Box::new(data.clone())))
    }

    fn update_dc(&self, update: DcUpdate) -> StoreFuture<'_, ()> {
        self.write(Write::UpdateDc(Box::new(update)))
    }

    fn upsert_peers(&self, peers: Vec<Peer>) -> StoreFuture<'_, ()> {
        let peers = peers.into_iter().map(Peer::normalized).collect();
        self.write(Write::UpsertPeers(peers))
    }

    fn lookup_peer(&self, key: PeerKey) -> StoreFuture<'_, Option<Peer>> {
        let inner = self.inner.clone();
        self.run(
            Operation::LookupPeer,
            async move { inner.lookup(key).await },
        )
    }

    fn indexed_usernames(&self, peer: PeerId) -> StoreFuture<'_, Option<Vec<String>>> {
        let inner = self.inner.clone();
        self.run(Operation::LookupPeer, async move {
            inner.indexed_usernames(peer).await.map(Some)
        })
    }

    fn save_update_state(&self, change: UpdateStateChange) -> StoreFuture<'_, ()> {
        self.write(Write::UpdateState(change))
    }

    fn delete(&self) -> StoreFuture<'_, ()> {
        self.write(Write::Delete)
    }

    fn ownership_lost(&self) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send + 'static>> {
        Box::pin(self.lease_lost())
    }
}
