//! [`Client`]: the cheap, cloneable handle users hold.

use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

use mtrs_proto::Bytes;
use mtrs_session::{
    DcOption, DcUpdate, Identity, MemoryStore, SessionData, SessionStore, UnixTime, UserId,
};
#[cfg(feature = "sqlite")]
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use mtrs_tl::{Identifiable, RemoteCall};
use mtrs_tl_api::functions::auth::ImportBotAuthorization;
use mtrs_tl_api::functions::help::GetConfig;
use mtrs_tl_api::peers::Peers;
use mtrs_tl_api::{enums, types};
use mtrs_types::DcId;
use parking_lot::Mutex;
use tokio::task::JoinHandle;

use crate::hooks::{Hooks, LinkInfo};
use crate::link::{self, decode};
use crate::migration::{self, Action, Context};
use crate::pool::{self, PoolHandle};
use crate::settings::Settings;
use crate::{Config, ConfigError, InvokeError, SessionSource};

/// Where a request should run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Home,
    Dc(DcId),
    /// A connection slot of a DC (0: the ordinary connection; others: extra connections
    /// for file transfers).
    Slot(DcId, usize),
}

/// A running client: the pool and its task.
struct Running {
    pool: PoolHandle,
    task: JoinHandle<()>,
}

struct Inner {
    settings: Arc<Settings>,
    hooks: Arc<Hooks>,
    /// Serialises connect and stop; it guards the session from `Config::session_string`,
    /// which the first connect takes.
    lifecycle: tokio::sync::Mutex<Option<SessionData>>,
    running: Mutex<Option<Running>>,
    /// The update driver, once [`Client::updates`] started it.
    updates: Mutex<Option<crate::updates::Driver>>,
}

/// A Telegram client: cheap to clone, every clone drives the same connections.
///
/// Lifecycle: [`Client::new`] (checks the configuration) → [`Client::connect`] (loads or
/// creates the session, connects, creates a key if needed, signs in a bot) → use
/// ([`Client::invoke`], [`Client::dc_session`]) → [`Client::stop`] (saves the session,
/// closes every connection, ends every task, releases the session lock).
///
/// ```no_run
/// # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
/// use mtrs::{Client, Config, SessionSource};
/// let client = Client::new(12345, "0123456789abcdef0123456789abcdef", Config {
///     session: SessionSource::file("./data", "my_bot"),
///     bot_token: Some("123456:secret".into()),
///     ..Config::default()
/// })?;
/// client.connect().await?;
/// let config = client.invoke(&mtrs::api::functions::help::GetConfig {}).await?;
/// # let _ = config;
/// let string = client.export_session_string().await?; // resume elsewhere with this
/// # let _ = string;
/// client.stop().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("settings", &self.inner.settings)
            .field("connected", &self.is_connected())
            .finish()
    }
}

impl Client {
    /// Checks `config` and builds a client (nothing is opened yet).
    ///
    /// Malformed options (an unreadable session string, a session string for the other
    /// server set, a bad bot token, …) are a [`ConfigError`] here rather than a surprise
    /// later.
    ///
    /// ```
    /// use mtrs::{Client, Config, ConfigError};
    /// let err = Client::new(0, "0123456789abcdef0123456789abcdef", Config::default()).unwrap_err();
    /// assert!(matches!(err, ConfigError::ApiId { api_id: 0 }));
    /// ```
    pub fn new(api_id: i32, api_hash: &str, config: Config) -> Result<Self, ConfigError> {
        let from_string = config.validate(api_id, api_hash)?;
        Ok(Self {
            inner: Arc::new(Inner {
                settings: Arc::new(Settings::new(api_id, api_hash.to_owned(), config)),
                hooks: Arc::new(Hooks::default()),
                lifecycle: tokio::sync::Mutex::new(from_string),
                running: Mutex::new(None),
                updates: Mutex::new(None),
            }),
        })
    }

    /// The validated settings.
    pub(crate) fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// The callbacks (and the update sink) every connection reports to.
    pub(crate) fn hooks(&self) -> &Hooks {
        &self.inner.hooks
    }

    /// The update driver's slot.
    pub(crate) fn update_driver(&self) -> &Mutex<Option<crate::updates::Driver>> {
        &self.inner.updates
    }

    pub(crate) fn pool(&self) -> Result<PoolHandle, InvokeError> {
        let pool = self
            .inner
            .running
            .lock()
            .as_ref()
            .map(|r| r.pool.clone())
            .ok_or(InvokeError::NotConnected)?;
        if pool.is_lost() {
            return Err(lease_lost());
        }
        Ok(pool)
    }

    /// Whether the client is connected and usable: [`Client::connect`] succeeded,
    /// [`Client::stop`] was not called since, and the home DC's connection is not down
    /// for good (it is while the DC rejects every new key: see
    /// [`InvokeError::RekeyLimit`]). A connection that is only reconnecting counts as
    /// connected: calls wait for it.
    pub fn is_connected(&self) -> bool {
        self.pool()
            .is_ok_and(|pool| !pool.home().handle.is_closed())
    }

    /// Registers a callback run each time a connection goes down (once per transition).
    /// It runs on the connection's task: keep it short.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// client.on_disconnect(|link| eprintln!("{} went down", link.dc));
    /// client.on_reconnect(|link| eprintln!("{} is back", link.dc));
    /// # Ok(()) }
    /// ```
    pub fn on_disconnect(&self, hook: impl Fn(LinkInfo) + Send + Sync + 'static) {
        self.inner.hooks.add_disconnect(Arc::new(hook));
    }

    /// Registers a callback run each time a connection is back up after a disconnect
    /// (once per transition).
    pub fn on_reconnect(&self, hook: impl Fn(LinkInfo) + Send + Sync + 'static) {
        self.inner.hooks.add_reconnect(Arc::new(hook));
    }

    /// Registers a callback run when the session store loses the session to another
    /// process (a PostgreSQL lease taken over): every connection is closed at once, so the
    /// keys are never used from two places, and calls fail with
    /// [`StoreError::LeaseLost`](crate::StoreError::LeaseLost).
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) {
    /// client.on_session_lost(|| eprintln!("another worker took this session over"));
    /// # }
    /// ```
    pub fn on_session_lost(&self, hook: impl Fn() + Send + Sync + 'static) {
        self.inner.hooks.add_lost(Arc::new(hook));
    }

    /// Registers a callback run when the server signs the session out (SESSION_REVOKED,
    /// AUTH_KEY_UNREGISTERED on a signed-in session, USER_DEACTIVATED, …). The identity
    /// is already cleared in the store when it runs.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) {
    /// client.on_session_revoked(|reason| eprintln!("signed out: {reason}"));
    /// # }
    /// ```
    pub fn on_session_revoked(&self, hook: impl Fn(&mtrs_types::RpcError) + Send + Sync + 'static) {
        self.inner.hooks.add_revoked(Arc::new(hook));
    }

    /// Opens the session and connects to its home DC.
    ///
    /// Loads the session from its [`SessionSource`] (by default SQLite at
    /// `<work_dir>/<session_name>.session`), or creates a new one; runs the key exchange if the home DC has no key; signs in with
    /// the bot token if the session is not signed in. A session open elsewhere fails at
    /// once with [`crate::StoreError::InUse`]. Calling it while connected does
    /// nothing.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// client.connect().await?;
    /// assert!(client.is_connected());
    /// # Ok(()) }
    /// ```
    pub async fn connect(&self) -> Result<(), InvokeError> {
        let mut lifecycle = self.inner.lifecycle.lock().await;
        if self.is_connected() {
            return Ok(());
        }
        let settings = self.inner.settings.clone();
        let store = open_store(&settings.config.session)?;
        let from_string = lifecycle.take();
        let mut data = match from_string {
            Some(data) => {
                store.save(&data).await?;
                data
            }
            None => match store.load().await? {
                Some(data) => data,
                None => {
                    let mut data = SessionData::new(settings.default_dc());
                    data.test_mode = settings.config.test_mode;
                    data.api_id = Some(settings.api_id);
                    data
                }
            },
        };
        let home = data.home_dc;
        let mut state = data.dcs.get(&home).cloned().unwrap_or_default();
        let (home_link, home_task, new_key) =
            link::open(&settings, &self.inner.hooks, &data, home, &mut state).await?;
        if new_key
            && let Err(e) = store
                .update_dc(DcUpdate::new(home, state.clone()).make_home())
                .await
        {
            home_link.handle.close().await;
            let _ = home_task.await;
            return Err(e.into());
        }
        data.dcs.insert(home, state);
        let needs_options = data.dc_options.is_empty();
        let signed_in = data.identity.is_some();
        let (pool, task) = pool::start(
            settings.clone(),
            self.inner.hooks.clone(),
            store,
            data,
            home_link,
            home_task,
        );
        *self.inner.running.lock() = Some(Running { pool, task });
        if let Err(e) = self.after_connect(needs_options, signed_in).await {
            self.shut_down().await.ok();
            return Err(e);
        }
        Ok(())
    }

    /// Fetches DC options and signs a bot in, as needed.
    async fn after_connect(&self, needs_options: bool, signed_in: bool) -> Result<(), InvokeError> {
        let pool = self.pool()?;
        if needs_options {
            let enums::Config::Config(config) = self.invoke(&GetConfig {}).await?;
            let options = config.dc_options.iter().map(dc_option).collect();
            pool.set_dc_options(options).await;
        }
        if signed_in {
            return Ok(());
        }
        self.sign_in_bot().await
    }

    /// Signs in with the configured bot token, if there is one.
    async fn sign_in_bot(&self) -> Result<(), InvokeError> {
        let Some(token) = self.inner.settings.config.bot_token.clone() else {
            return Ok(());
        };
        if self.pool()?.is_signed_in() {
            // Another caller signed in again already (after a shared re-keying).
            return Ok(());
        }
        let request = ImportBotAuthorization {
            flags: 0,
            api_id: self.inner.settings.api_id,
            api_hash: self.inner.settings.api_hash.as_str().into(),
            bot_auth_token: token.as_str().into(),
        };
        let auth = self.invoke(&request).await?;
        if identity_of(&auth).is_none() {
            return Err(InvokeError::SignIn {
                detail: "the server did not return a signed-in user",
            });
        }
        // `invoke` recorded the identity.
        Ok(())
    }

    /// Sends any API function and returns its typed answer.
    ///
    /// `*_MIGRATE_X` answers are followed (at most twice, then
    /// [`InvokeError::MigrateLoop`]): USER/PHONE/NETWORK_MIGRATE switch the home DC for
    /// good (persisted; concurrent callers share one switch), FILE/STATS_MIGRATE repeat on
    /// that DC only. A FLOOD_WAIT up to `flood_sleep_threshold` is slept through; an
    /// AUTH_KEY_UNREGISTERED on an auxiliary DC re-exports the authorization once. Each
    /// attempt is bounded by `request_timeout`. A successful sign-in (any function
    /// answering `auth.authorization`) records the account in the session. With
    /// `save_peers` on, every user and chat inside the answer (at any depth: results,
    /// updates, dialogs, messages) is cached before the call returns.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// use mtrs::api::{enums, functions::users::GetUsers};
    /// let me = client.invoke(&GetUsers { id: vec![enums::InputUser::InputUserSelf] }).await?;
    /// # let _ = me;
    /// # Ok(()) }
    /// ```
    pub async fn invoke<R>(&self, request: &R) -> Result<R::Return, InvokeError>
    where
        R: RemoteCall,
        R::Return: Peers,
    {
        let bytes = self
            .invoke_on(Target::Home, request.to_bytes().into())
            .await?;
        let value = decode::<R::Return>(&bytes)?;
        if let Some(identity) = identity_in(&bytes) {
            // A sign-in (bot token, code, password, QR…) succeeded on the home DC.
            self.pool()?.signed_in(identity).await?;
        }
        self.save_peers_seen(&value, &bytes).await;
        self.feed_updates_answer(&bytes);
        Ok(value)
    }

    /// Caches the users and chats inside `value` (with `save_peers` on).
    pub(crate) async fn save_peers(&self, value: &impl Peers) {
        if !self.inner.settings.config.save_peers {
            return;
        }
        let now = UnixTime::from_system_time(SystemTime::now());
        let peers = crate::peers::collect(value, now);
        if !peers.is_empty()
            && let Ok(pool) = self.pool()
        {
            pool.save_peers(peers).await;
        }
    }

    /// Sends an already serialized function to the home DC, as [`Client::invoke`] does,
    /// and returns the answer's bytes (for callers that build large bodies in place).
    pub(crate) async fn invoke_serialized(&self, body: Bytes) -> Result<Vec<u8>, InvokeError> {
        self.invoke_on(Target::Home, body).await
    }

    /// Serialized bytes sent in a connection slot of `dc` (0: the ordinary connection).
    pub(crate) async fn invoke_in_slot(
        &self,
        dc: DcId,
        slot: usize,
        body: Bytes,
    ) -> Result<Vec<u8>, InvokeError> {
        self.invoke_on(Target::Slot(dc, slot), body).await
    }

    /// The migration and retry driver around one request. A call cut short because the
    /// store lost the session says so, whatever the connection reported.
    async fn invoke_on(&self, target: Target, body: Bytes) -> Result<Vec<u8>, InvokeError> {
        let pool = self.pool()?;
        let result = self.drive(&pool, target, body).await;
        match result {
            Err(_) if pool.is_lost() => Err(lease_lost()),
            other => other,
        }
    }

    async fn drive(
        &self,
        pool: &PoolHandle,
        target: Target,
        body: Bytes,
    ) -> Result<Vec<u8>, InvokeError> {
        let settings = &self.inner.settings;
        let mut target = target;
        let mut ctx = Context {
            on_home: target == Target::Home,
            hops: 0,
            reauthorized: false,
            flood_threshold: settings.config.flood_sleep_threshold,
        };
        let mut floods = 0u32;
        let mut rekeyed = false;
        let mut signed_in_again = false;
        loop {
            let link = match target {
                Target::Home => pool.home(),
                Target::Dc(dc) => pool.link(dc).await?,
                Target::Slot(dc, slot) => pool.extra(dc, slot).await?,
            };
            // Each attempt shares the one serialized body (a reference count, no copy).
            let error = match link.invoke_raw(settings, body.clone()).await {
                Ok(bytes) => {
                    // An answer: a connection that was down (key rejected) is back.
                    self.inner.hooks.reconnected(LinkInfo { dc: link.dc });
                    return Ok(bytes);
                }
                Err(InvokeError::Rpc(e)) => {
                    self.inner.hooks.reconnected(LinkInfo { dc: link.dc });
                    e
                }
                Err(InvokeError::Net(e)) if key_rejected(&link, &e) && !rekeyed => {
                    // The DC forgot the key: make a new one (bounded per DC; the bot signs
                    // in again if it was the home DC's), then repeat once.
                    rekeyed = true;
                    pool.rekey(link.dc, false).await?;
                    if target == Target::Home {
                        Box::pin(self.sign_in_bot()).await?;
                    }
                    continue;
                }
                Err(other) => return Err(other),
            };
            match migration::decide(&error, ctx) {
                Action::MigrateHome(to) => {
                    tracing::debug!(from = %link.dc, %to, "following a home migration");
                    pool.migrate_home(link.dc, to).await?;
                    ctx.hops += 1;
                    target = Target::Home;
                }
                Action::RetryOn(dc) => {
                    ctx.hops += 1;
                    ctx.on_home = false;
                    target = Target::Dc(dc);
                }
                Action::Sleep(wait) if floods < 3 => {
                    floods += 1;
                    tracing::debug!(?wait, "sleeping through a flood wait");
                    tokio::time::sleep(wait).await;
                }
                Action::Reauthorize => {
                    pool.reauthorize(link.dc).await?;
                    ctx.reauthorized = true;
                }
                Action::SignedOut => {
                    if !pool.signed_out().await? {
                        // Never signed in: an ordinary answer to an unauthorized call.
                        return Err(InvokeError::Rpc(error));
                    }
                    tracing::warn!(reason = %error, "the server signed the session out");
                    self.inner.hooks.revoked(&error);
                    if signed_in_again || settings.config.bot_token.is_none() {
                        return Err(InvokeError::SessionRevoked { reason: error });
                    }
                    signed_in_again = true;
                    Box::pin(self.sign_in_bot()).await?;
                }
                Action::ReplaceKey if !rekeyed => {
                    tracing::warn!(dc = %link.dc, "AUTH_KEY_DUPLICATED: replacing the key");
                    rekeyed = true;
                    pool.rekey(link.dc, true).await?;
                    if target == Target::Home {
                        Box::pin(self.sign_in_bot()).await?;
                    }
                }
                Action::MigrateLoop(last_dc) => return Err(InvokeError::MigrateLoop { last_dc }),
                Action::ReplaceKey => return Err(InvokeError::Rpc(error)),
                Action::Sleep(_) | Action::Fail => return Err(InvokeError::Rpc(error)),
            }
        }
    }

    /// A handle that invokes on DC `dc` (a media connection for a media [`DcId`], as
    /// `DcId::new(3).media()`), creating the connection on first use — key exchange and authorization transfer
    /// (`auth.exportAuthorization` / `auth.importAuthorization`) included — and reusing
    /// it afterwards. Keys and the imported authorization are persisted, so a restart
    /// needs neither again.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// use mtrs::DcId;
    /// let media = client.dc_session(DcId::new(3).media()).await?;
    /// let nearest = media.invoke(&mtrs::api::functions::help::GetNearestDc {}).await?;
    /// # let _ = nearest;
    /// # Ok(()) }
    /// ```
    pub async fn dc_session(&self, dc: DcId) -> Result<DcSession, InvokeError> {
        let link = self.pool()?.link(dc).await?;
        Ok(DcSession {
            client: self.clone(),
            dc: link.dc,
            slot: 0,
        })
    }

    /// `n` sessions on `dc`, each on its own connection (the first is the ordinary one,
    /// as [`Client::dc_session`]; the others are extra connections with the same key and
    /// authorization, closed at [`Client::stop`]). File transfers spread parts over them
    /// ([`crate::Download::connections`]).
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let sessions = client.dc_sessions(mtrs::DcId::new(3).media(), 2).await?;
    /// assert_eq!(sessions.len(), 2);
    /// # Ok(()) }
    /// ```
    pub async fn dc_sessions(&self, dc: DcId, n: usize) -> Result<Vec<DcSession>, InvokeError> {
        let first = self.dc_session(dc).await?;
        let pool = self.pool()?;
        let mut sessions = vec![first.clone()];
        for slot in 1..n.max(1) {
            let link = pool.extra(first.dc, slot).await?;
            sessions.push(DcSession {
                client: self.clone(),
                dc: link.dc,
                slot,
            });
        }
        Ok(sessions)
    }

    /// The home DC.
    pub fn home_dc(&self) -> Result<DcId, InvokeError> {
        Ok(self.pool()?.home().dc)
    }

    /// A snapshot of the session (home DC, keys, identity, salts, DC options). Its
    /// `Debug` never shows key bytes.
    pub async fn session(&self) -> Result<SessionData, InvokeError> {
        self.pool()?.snapshot().await
    }

    /// The session as a portable mtrs session string (it contains the auth keys: treat
    /// it like a password). Resume with [`SessionSource::String`]. Feature `convert`.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// use mtrs::{Client, Config, SessionSource};
    /// let string = client.export_session_string().await?;
    /// let resumed = Client::new(1, "0123456789abcdef0123456789abcdef",
    ///     Config { session: SessionSource::String(string), ..Default::default() }).unwrap();
    /// resumed.connect().await?;
    /// # Ok(()) }
    /// ```
    #[cfg(feature = "convert")]
    pub async fn export_session_string(&self) -> Result<String, InvokeError> {
        let data = self.session().await?;
        Ok(mtrs_session_convert::to_mtrs(&data)?)
    }

    /// Drops the home connection and reconnects (requests in flight are sent again).
    pub async fn reconnect(&self) -> Result<(), InvokeError> {
        Ok(self.pool()?.home().handle.reconnect().await?)
    }

    /// Saves the session, closes every connection, waits for every task to end and
    /// releases the session lock. Stopping a stopped client does nothing.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// client.stop().await?;
    /// assert!(!client.is_connected());
    /// # Ok(()) }
    /// ```
    pub async fn stop(&self) -> Result<(), InvokeError> {
        let _guard = self.inner.lifecycle.lock().await;
        self.stop_updates().await;
        self.shut_down().await
    }

    async fn shut_down(&self) -> Result<(), InvokeError> {
        let running = self.inner.running.lock().take();
        let Some(running) = running else {
            return Ok(());
        };
        let result = running.pool.stop().await;
        let _ = running.task.await;
        result
    }
}

/// Whether a link failed because the server rejected its auth key (transport error −404
/// on this request, or earlier: the link closed for that reason).
fn key_rejected(link: &link::Link, e: &mtrs_net::Error) -> bool {
    match e {
        mtrs_net::Error::AuthKeyRejected => true,
        mtrs_net::Error::Closed => link.handle.state().key_rejected,
        _ => false,
    }
}

/// The signed-in account, if the answer `bytes` are a successful `auth.authorization`
/// (told by its constructor id, whatever type the function was declared to return).
fn identity_in(bytes: &[u8]) -> Option<Identity> {
    let id = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?);
    if id != types::auth::Authorization::CONSTRUCTOR_ID {
        return None;
    }
    identity_of(&decode::<enums::auth::Authorization>(bytes).ok()?)
}

/// The signed-in account of a successful `auth.authorization`.
pub(crate) fn identity_of(value: &enums::auth::Authorization) -> Option<Identity> {
    let enums::auth::Authorization::Authorization(auth) = value else {
        return None;
    };
    let enums::User::User(user) = &auth.user else {
        return None;
    };
    let mut identity = Identity::new(UserId(user.id)).with_bot(user.bot);
    identity.first_name = user
        .first_name
        .as_ref()
        .map(|n| n.to_str_lossy().into_owned());
    identity.last_name = user
        .last_name
        .as_ref()
        .map(|n| n.to_str_lossy().into_owned());
    identity.username = user
        .username
        .as_ref()
        .map(|n| n.to_str_lossy().into_owned());
    Some(identity)
}

fn open_store(source: &SessionSource) -> Result<Arc<dyn SessionStore>, InvokeError> {
    Ok(match source {
        #[cfg(feature = "sqlite")]
        SessionSource::File {
            work_dir,
            session_name,
        } => Arc::new(SqliteStore::open(&SqliteConfig::new(
            work_dir,
            session_name,
        ))?),
        SessionSource::Store(store) => store.clone(),
        // A session string is resumed in memory (export it again to keep it).
        _ => Arc::new(MemoryStore::new()),
    })
}

fn dc_option(o: &enums::DcOption) -> DcOption {
    let enums::DcOption::DcOption(o) = o;
    let mut option = DcOption::new(
        DcId::new(o.id),
        o.ip_address.to_str_lossy().into_owned(),
        u16::try_from(o.port).unwrap_or(0),
    );
    option.ipv6 = o.ipv6;
    option.media_only = o.media_only;
    option.tcpo_only = o.tcpo_only;
    option.cdn = o.cdn;
    option.is_static = o.r#static;
    option.this_port_only = o.this_port_only;
    option.secret = o.secret.clone();
    option
}

/// A handle invoking on one DC (see [`Client::dc_session`]). Cheap to clone.
#[derive(Clone, Debug)]
pub struct DcSession {
    client: Client,
    dc: DcId,
    /// The connection slot (0: the DC's ordinary connection).
    slot: usize,
}

impl DcSession {
    /// The DC (marked media for a media connection: [`DcId::is_media`]).
    pub fn dc(&self) -> DcId {
        self.dc
    }

    /// Sends `request` on this DC (FLOOD_WAIT and re-authorization handled as in
    /// [`Client::invoke`]; USER_MIGRATE is returned, it never moves the home DC).
    pub async fn invoke<R>(&self, request: &R) -> Result<R::Return, InvokeError>
    where
        R: RemoteCall,
        R::Return: Peers,
    {
        let target = Target::Slot(self.dc, self.slot);
        let bytes = self
            .client
            .invoke_on(target, request.to_bytes().into())
            .await?;
        let value = decode::<R::Return>(&bytes)?;
        self.client.save_peers_seen(&value, &bytes).await;
        Ok(value)
    }
}

/// The error of a call made after the store lost the session to another process.
fn lease_lost() -> InvokeError {
    InvokeError::from(mtrs_session::StoreError::LeaseLost {
        path: "the session store".into(),
        operation: mtrs_session::Operation::Save,
    })
}
