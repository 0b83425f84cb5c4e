//! The DC pool: one runner task owning every connection and the session snapshot.
//!
//! The runner keeps the map from (DC, media) to [`Link`], the in-memory [`SessionData`]
//! and the store, and is the only writer of both. Slow work (key exchanges, connecting,
//! exporting an authorization) runs in helper tasks that report back, so one slow DC does
//! not hold up the others. Concurrent requests for the same DC, home switch or
//! re-authorization coalesce into one operation.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use mtrs_session::{
    DcState, DcUpdate, Identity, Peer, PeerKey, SessionData, SessionStore, UpdateStateChange,
};
use mtrs_types::DcId;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use crate::InvokeError;
use crate::hooks::Hooks;
use crate::joined::{Joined, Reply, answer_all};
use crate::link::{self, Link};
use crate::rekey::RekeyBudget;
use crate::settings::Settings;

mod extras;
mod open;
mod renewal;

use open::{close_opened, create, open_home, transfer_auth};

type Opened = Result<(Link, Option<JoinHandle<()>>, DcState), InvokeError>;

/// DC ids in commands are plain numbers; a [`Cmd::Link`] marks a media connection with
/// [`DcId::media`].
enum Cmd {
    Link {
        dc: DcId,
        reply: Reply<Link>,
    },
    Created {
        dc: DcId,
        result: Opened,
    },
    MigrateHome {
        from: DcId,
        to: DcId,
        reply: Reply<()>,
    },
    Migrated {
        to: DcId,
        result: Opened,
    },
    Reauthorize {
        dc: DcId,
        reply: Reply<()>,
    },
    Reauthorized {
        dc: DcId,
        result: Result<(), InvokeError>,
    },
    SignedIn {
        identity: Identity,
        reply: Reply<()>,
    },
    SignedOut {
        reply: Reply<bool>,
    },
    Rekey {
        dc: DcId,
        /// Replace the key even though its connections are up (AUTH_KEY_DUPLICATED).
        force: bool,
        reply: Reply<()>,
    },
    Rekeyed {
        dc: DcId,
        result: Opened,
    },
    /// A link on a new temporary key (PFS), to replace the link `dc`.
    Renewed {
        dc: DcId,
        result: Opened,
    },
    DcOptions {
        options: Vec<mtrs_session::DcOption>,
    },
    Peers {
        peers: Vec<Peer>,
        /// Answered once the store holds them (so a lookup that follows sees them).
        done: oneshot::Sender<()>,
    },
    /// Update state the application has taken: persisted, then acknowledged.
    UpdateState {
        change: UpdateStateChange,
        done: oneshot::Sender<Result<(), InvokeError>>,
    },
    Snapshot {
        reply: oneshot::Sender<SessionData>,
    },
    /// A connection in a slot of a DC (slot 0: the ordinary one; see `pool/extras.rs`).
    Extra {
        dc: DcId,
        slot: usize,
        reply: Reply<Link>,
    },
    ExtraOpened {
        dc: DcId,
        slot: usize,
        result: Result<(Link, JoinHandle<()>), InvokeError>,
    },
    Stop {
        reply: oneshot::Sender<Result<(), InvokeError>>,
    },
}

/// The client's handle on the pool runner.
#[derive(Clone)]
pub(crate) struct PoolHandle {
    tx: mpsc::Sender<Cmd>,
    home: watch::Receiver<Link>,
    /// Set when the store lost the session to another process: nothing may use its keys.
    lost: Arc<AtomicBool>,
    /// Whether the session has an identity (kept by the runner).
    signed_in: Arc<AtomicBool>,
    /// The session store, for reads only (peer lookups); the runner is its only writer.
    store: Arc<dyn SessionStore>,
}

impl PoolHandle {
    /// The home DC's connection (no round trip to the runner).
    pub fn home(&self) -> Link {
        self.home.borrow().clone()
    }

    /// Whether the store lost the session to another process (then every connection is
    /// closed and calls fail with `StoreError::LeaseLost`).
    pub fn is_lost(&self) -> bool {
        self.lost.load(Ordering::Acquire)
    }

    /// Whether the session is signed in (no round trip to the runner).
    pub fn is_signed_in(&self) -> bool {
        self.signed_in.load(Ordering::Acquire)
    }

    async fn ask<T>(&self, make: impl FnOnce(Reply<T>) -> Cmd) -> Result<T, InvokeError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(make(reply))
            .await
            .map_err(|_| InvokeError::NotConnected)?;
        rx.await.map_err(|_| InvokeError::NotConnected)?
    }

    /// The connection to `dc` (a media one for a media [`DcId`]), created (key exchange,
    /// authorization transfer) on first use and reused afterwards.
    pub async fn link(&self, dc: DcId) -> Result<Link, InvokeError> {
        let dc = if dc.is_media() {
            dc.plain().media()
        } else {
            dc.plain()
        };
        self.ask(|reply| Cmd::Link { dc, reply }).await
    }

    /// Switches the home DC from `from` to `to` (a no-op if it already moved away from
    /// `from`).
    pub async fn migrate_home(&self, from: DcId, to: DcId) -> Result<(), InvokeError> {
        let (from, to) = (from.plain(), to.plain());
        self.ask(|reply| Cmd::MigrateHome { from, to, reply }).await
    }

    /// Exports the authorization to `dc` again.
    pub async fn reauthorize(&self, dc: DcId) -> Result<(), InvokeError> {
        let dc = dc.plain();
        self.ask(|reply| Cmd::Reauthorize { dc, reply }).await
    }

    /// Forgets DC `dc`'s rejected auth key and its connections. For the home DC a new
    /// key is made and connected at once (the login is gone with the old key); other DCs
    /// get theirs on next use.
    ///
    /// At most `Config::rekey.limit` new keys per DC within `Config::rekey.window`, with
    /// growing delays; past that, [`InvokeError::RekeyLimit`]. With `force` the key is
    /// replaced even if its connections are up (the server said AUTH_KEY_DUPLICATED).
    pub async fn rekey(&self, dc: DcId, force: bool) -> Result<(), InvokeError> {
        let dc = dc.plain();
        self.ask(|reply| Cmd::Rekey { dc, force, reply }).await
    }

    /// Records the signed-in identity (persisted with the home DC's state).
    pub async fn signed_in(&self, identity: Identity) -> Result<(), InvokeError> {
        self.ask(|reply| Cmd::SignedIn { identity, reply }).await
    }

    /// Forgets the signed-in identity (persisted; the keys stay). Returns whether there
    /// was one.
    pub async fn signed_out(&self) -> Result<bool, InvokeError> {
        self.ask(|reply| Cmd::SignedOut { reply }).await
    }

    pub async fn set_dc_options(&self, options: Vec<mtrs_session::DcOption>) {
        let _ = self.tx.send(Cmd::DcOptions { options }).await;
    }

    /// Looks a peer up in the store, without a round trip to the runner (writes are
    /// acknowledged by `save_peers`, so a caller reads what it saved).
    pub async fn lookup_peer(&self, key: PeerKey) -> Result<Option<Peer>, InvokeError> {
        Ok(self.store.lookup_peer(key).await?)
    }

    /// Merges `peers` into the store; returns once they are written (or the write
    /// failed, which is logged: the cache is an optimisation, never a reason to fail a
    /// call), so the caller's next lookup sees them.
    pub async fn save_peers(&self, peers: Vec<Peer>) {
        let (done, written) = oneshot::channel();
        if self.tx.send(Cmd::Peers { peers, done }).await.is_ok() {
            let _ = written.await;
        }
    }

    /// Persists a change of the update state in one store transaction (and keeps it in
    /// the snapshot); returns once it is durable.
    pub async fn save_update_state(&self, change: UpdateStateChange) -> Result<(), InvokeError> {
        let (done, written) = oneshot::channel();
        self.tx
            .send(Cmd::UpdateState { change, done })
            .await
            .map_err(|_| InvokeError::NotConnected)?;
        written.await.map_err(|_| InvokeError::NotConnected)?
    }

    /// The connection in `slot` to `dc` (slot 0: [`PoolHandle::link`]; others are extra
    /// connections opened next to it, for file transfers).
    pub async fn extra(&self, dc: DcId, slot: usize) -> Result<Link, InvokeError> {
        if slot == 0 {
            return self.link(dc).await;
        }
        self.ask(|reply| Cmd::Extra { dc, slot, reply }).await
    }

    /// The current snapshot, with every connection's salt and time offset.
    pub async fn snapshot(&self) -> Result<SessionData, InvokeError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(Cmd::Snapshot { reply })
            .await
            .map_err(|_| InvokeError::NotConnected)?;
        rx.await.map_err(|_| InvokeError::NotConnected)
    }

    /// Saves the session, closes every connection and ends the runner.
    pub async fn stop(&self) -> Result<(), InvokeError> {
        let (reply, rx) = oneshot::channel();
        if self.tx.send(Cmd::Stop { reply }).await.is_err() {
            return Ok(());
        }
        rx.await.unwrap_or(Ok(()))
    }
}

/// The runner's state.
struct Runner {
    settings: Arc<Settings>,
    hooks: Arc<Hooks>,
    store: Arc<dyn SessionStore>,
    data: SessionData,
    /// Keyed by plain DC id, media-marked for media connections.
    links: HashMap<DcId, Link>,
    tasks: Vec<JoinHandle<()>>,
    helpers: Vec<JoinHandle<()>>,
    /// Per DC (plain id): who waits for which kind of connection.
    creating: Joined<DcId, (DcId, Reply<Link>)>,
    /// One home switch at a time.
    migrating: Joined<(), Reply<()>>,
    reauthorizing: Joined<DcId, Reply<()>>,
    rekeying: Joined<DcId, Reply<()>>,
    /// New keys made per DC recently (bounded re-keying).
    rekeys: HashMap<DcId, RekeyBudget>,
    /// Temporary keys being replaced (PFS).
    renewals: renewal::Renewals,
    /// Extra connections for file transfers.
    extras: extras::Extras,
    home_tx: watch::Sender<Link>,
    signed_in: Arc<AtomicBool>,
    me: mpsc::WeakSender<Cmd>,
}

/// Starts the runner over an open home connection. Returns the handle and the runner's
/// task.
pub(crate) fn start(
    settings: Arc<Settings>,
    hooks: Arc<Hooks>,
    store: Arc<dyn SessionStore>,
    data: SessionData,
    home: Link,
    home_task: JoinHandle<()>,
) -> (PoolHandle, JoinHandle<()>) {
    let (tx, rx) = mpsc::channel(64);
    let (home_tx, home_rx) = watch::channel(home.clone());
    let mut links = HashMap::new();
    links.insert(home.dc, home);
    let signed_in = Arc::new(AtomicBool::new(data.identity.is_some()));
    let lost = Arc::new(AtomicBool::new(false));
    let ownership_lost = store.ownership_lost();
    let runner = Runner {
        settings,
        hooks,
        store: store.clone(),
        data,
        links,
        tasks: vec![home_task],
        helpers: Vec::new(),
        creating: Joined::new(),
        migrating: Joined::new(),
        reauthorizing: Joined::new(),
        rekeying: Joined::new(),
        rekeys: HashMap::new(),
        renewals: renewal::Renewals::default(),
        extras: extras::Extras::default(),
        home_tx,
        signed_in: signed_in.clone(),
        me: tx.downgrade(),
    };
    let task = tokio::spawn(runner.run(rx, ownership_lost, lost.clone()));
    let handle = PoolHandle {
        tx,
        home: home_rx,
        lost,
        signed_in,
        store,
    };
    (handle, task)
}

impl Runner {
    async fn run(
        mut self,
        mut rx: mpsc::Receiver<Cmd>,
        ownership_lost: std::pin::Pin<Box<dyn Future<Output = ()> + Send>>,
        lost: Arc<AtomicBool>,
    ) {
        let mut stop_reply = None;
        let mut ownership_lost = ownership_lost;
        loop {
            let renew_at = self
                .next_renewal()
                .filter(|_| !lost.load(Ordering::Acquire));
            let renewal = async move {
                match renew_at {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            let cmd = tokio::select! {
                cmd = rx.recv() => cmd,
                () = renewal => {
                    self.start_due_renewals();
                    continue;
                }
                () = &mut ownership_lost => {
                    // Another process owns the session now: stop using its keys at once.
                    tracing::error!("the session store lost the session to another process");
                    lost.store(true, Ordering::Release);
                    self.hooks.lost();
                    for link in self.links.values() {
                        link.handle.close().await;
                    }
                    ownership_lost = Box::pin(std::future::pending());
                    continue;
                }
            };
            let Some(cmd) = cmd else { break };
            if let Cmd::Stop { reply } = cmd {
                stop_reply = Some(reply);
                break;
            }
            self.handle(cmd).await;
        }
        let result = self.shutdown().await;
        if let Some(reply) = stop_reply {
            let _ = reply.send(result);
        }
    }

    fn home_dc(&self) -> DcId {
        self.data.home_dc
    }

    /// Runs `work` in a helper task whose result comes back as a command.
    fn spawn_helper(&mut self, work: impl Future<Output = Cmd> + Send + 'static) {
        let me = self.me.clone();
        self.helpers.retain(|h| !h.is_finished());
        self.helpers.push(tokio::spawn(async move {
            let cmd = work.await;
            let Some(tx) = me.upgrade() else {
                close_opened(cmd).await;
                return;
            };
            if let Err(mpsc::error::SendError(cmd)) = tx.send(cmd).await {
                close_opened(cmd).await;
            }
        }));
    }

    async fn handle(&mut self, cmd: Cmd) {
        match cmd {
            Cmd::Link { dc, reply } => self.link(dc, reply),
            Cmd::Extra { dc, slot, reply } => self.extra(dc, slot, reply),
            Cmd::ExtraOpened { dc, slot, result } => self.extra_opened(dc, slot, result),
            Cmd::Created { dc, result } => self.created(dc, result).await,
            Cmd::MigrateHome { from, to, reply } => self.migrate(from, to, reply),
            Cmd::Migrated { to, result } => self.migrated(to, result).await,
            Cmd::Reauthorize { dc, reply } => self.reauthorize(dc, reply),
            Cmd::Reauthorized { dc, result } => {
                // Recorded only once the transfer succeeded: a failed one is never
                // persisted as imported.
                if result.is_ok()
                    && let Some(state) = self.data.dcs.get_mut(&dc)
                {
                    state.authorization_imported = true;
                    let update = DcUpdate::new(dc, state.clone());
                    let _ = self.store.update_dc(update).await;
                }
                answer_all(self.reauthorizing.finish(&dc), &result);
            }
            Cmd::Rekey { dc, force, reply } => self.rekey(dc, force, reply).await,
            Cmd::Rekeyed { dc, result } => self.rekeyed(dc, result).await,
            Cmd::Renewed { dc, result } => self.renewed(dc, result).await,
            Cmd::SignedIn { identity, reply } => {
                let home = self.data.home_dc;
                let state = self.data.dcs.get(&home).cloned().unwrap_or_default();
                let update = DcUpdate::new(home, state)
                    .make_home()
                    .with_identity(identity.clone());
                let result = self
                    .store
                    .update_dc(update)
                    .await
                    .map_err(InvokeError::from);
                if result.is_ok() {
                    self.data.identity = Some(identity);
                    self.signed_in.store(true, Ordering::Release);
                }
                let _ = reply.send(result);
            }
            Cmd::SignedOut { reply } => {
                if self.data.identity.is_none() {
                    let _ = reply.send(Ok(false));
                    return;
                }
                let home = self.data.home_dc;
                let state = self.data.dcs.get(&home).cloned().unwrap_or_default();
                let update = DcUpdate::new(home, state).make_home().clear_identity();
                let result = self.store.update_dc(update).await;
                if result.is_ok() {
                    self.data.identity = None;
                    self.signed_in.store(false, Ordering::Release);
                    // Authorizations imported on other DCs were the old login's.
                    for (dc, state) in &mut self.data.dcs {
                        if *dc != home {
                            state.authorization_imported = false;
                        }
                    }
                }
                let _ = reply.send(result.map(|()| true).map_err(InvokeError::from));
            }
            Cmd::DcOptions { options } => {
                self.data.dc_options = options;
                if let Err(e) = self.store.save(&self.data).await {
                    tracing::warn!(error = %e, "cannot persist DC options");
                }
            }
            Cmd::Peers { peers, done } => {
                if let Err(e) = self.store.upsert_peers(peers).await {
                    tracing::warn!(error = %e, "cannot persist peers");
                }
                let _ = done.send(());
            }
            Cmd::UpdateState { change, done } => {
                let saved = self.store.save_update_state(change.clone()).await;
                if saved.is_ok() {
                    change.apply_to(&mut self.data.update_state);
                }
                let _ = done.send(saved.map_err(InvokeError::from));
            }
            Cmd::Snapshot { reply } => {
                self.record_links();
                let _ = reply.send(self.data.clone());
            }
            Cmd::Stop { .. } => {}
        }
    }

    fn link(&mut self, dc: DcId, reply: Reply<Link>) {
        if let Some(link) = self.links.get(&dc) {
            if !link.handle.is_closed() {
                let _ = reply.send(Ok(link.clone()));
                return;
            }
            // Its task stopped (key rejected): open a new connection.
            self.links.remove(&dc);
        }
        let plain = dc.plain();
        if !self.creating.join(plain, (dc, reply)) {
            return;
        }
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        let home = self.links.get(&self.home_dc()).cloned();
        self.spawn_helper(async move {
            let result = create(&settings, &hooks, &data, home, dc).await;
            Cmd::Created { dc: plain, result }
        });
    }

    async fn created(&mut self, dc: DcId, result: Opened) {
        let waiters = self.creating.finish(&dc);
        match result {
            Ok((link, task, state)) => {
                self.tasks.extend(task);
                if let Err(e) = self.store.update_dc(DcUpdate::new(dc, state.clone())).await {
                    tracing::warn!(error = %e, %dc, "cannot persist the DC's state");
                }
                self.data.dcs.insert(dc, state);
                self.links.insert(link.dc, link.clone());
                for (wanted, reply) in waiters {
                    if wanted == link.dc {
                        let _ = reply.send(Ok(link.clone()));
                    } else {
                        // The other kind of connection to the same DC: the key and the
                        // authorization now exist, so this only connects.
                        self.link(wanted, reply);
                    }
                }
            }
            Err(e) => {
                for (_, reply) in waiters {
                    let _ = reply.send(Err(e.clone()));
                }
            }
        }
    }

    fn migrate(&mut self, from: DcId, to: DcId, reply: Reply<()>) {
        if self.home_dc() != from || from == to {
            let _ = reply.send(Ok(()));
            return;
        }
        if !self.migrating.join((), reply) {
            return;
        }
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        let existing = self.links.get(&to).cloned();
        self.spawn_helper(async move {
            let result = match existing {
                Some(link) => {
                    let state = data.dcs.get(&to).cloned().unwrap_or_default();
                    // Its task is already tracked by the pool.
                    Ok((link, None, state))
                }
                None => open_home(&settings, &hooks, &data, to).await,
            };
            Cmd::Migrated { to, result }
        });
    }

    async fn migrated(&mut self, to: DcId, result: Opened) {
        let waiters = self.migrating.finish(&());
        let outcome = match result {
            Ok((link, task, state)) => {
                let update = DcUpdate::new(to, state.clone()).make_home();
                match self.store.update_dc(update).await {
                    Ok(()) => {
                        tracing::info!(from = %self.home_dc(), %to, "home DC switched");
                        self.data.home_dc = to;
                        self.data.dcs.insert(to, state);
                        self.links.insert(to, link.clone());
                        self.tasks.extend(task);
                        self.home_tx.send_replace(link);
                        Ok(())
                    }
                    Err(e) => {
                        // Roll back: the home DC stays; the new connection is closed
                        // unless it was already in the pool.
                        if let Some(task) = task {
                            link.handle.close().await;
                            let _ = task.await;
                        }
                        Err(InvokeError::from(e))
                    }
                }
            }
            Err(e) => Err(e),
        };
        answer_all(waiters, &outcome);
    }

    fn reauthorize(&mut self, dc: DcId, reply: Reply<()>) {
        if self.reauthorizing.is_running(&dc) {
            self.reauthorizing.join(dc, reply);
            return;
        }
        let home = self.links.get(&self.home_dc()).cloned();
        let target = self
            .links
            .get(&dc)
            .or_else(|| self.links.get(&dc.media()))
            .cloned();
        let (Some(home), Some(target)) = (home, target) else {
            let _ = reply.send(Err(InvokeError::NotConnected));
            return;
        };
        self.reauthorizing.join(dc, reply);
        let settings = self.settings.clone();
        self.spawn_helper(async move {
            let result = transfer_auth(&settings, &home, &target).await;
            Cmd::Reauthorized { dc, result }
        });
    }

    async fn rekey(&mut self, dc: DcId, force: bool, reply: Reply<()>) {
        if self.rekeying.is_running(&dc) {
            self.rekeying.join(dc, reply);
            return;
        }
        let stale = [dc, dc.media()]
            .iter()
            .filter_map(|kind| self.links.get(kind))
            .any(|l| l.handle.state().closed);
        if !stale && !force {
            // Another caller already replaced the key.
            let _ = reply.send(Ok(()));
            return;
        }
        let delay = match self
            .rekeys
            .entry(dc)
            .or_default()
            .take(self.settings.config.rekey, tokio::time::Instant::now())
        {
            Ok(delay) => delay,
            Err(retry_after) => {
                tracing::warn!(%dc, ?retry_after, "auth key rejected again; re-keying limit reached");
                let _ = reply.send(Err(InvokeError::RekeyLimit { dc, retry_after }));
                return;
            }
        };
        tracing::warn!(%dc, ?delay, force, "auth key rejected; making a new one");
        for kind in [dc, dc.media()] {
            if let Some(link) = self.links.remove(&kind)
                && force
            {
                link.handle.close().await;
            }
        }
        // Extra connections use the old key: they go too.
        for link in self.extras.take_dc(dc) {
            link.handle.close().await;
        }
        let home = dc == self.home_dc();
        let pfs = self.settings.config.pfs.is_some();
        let state = self.data.dc_mut(dc);
        // With PFS the rejected key is the temporary one: only it is replaced (the login
        // belongs to the permanent key, which the next binding proves).
        let temp_only = pfs && state.temp_auth_key.take().is_some();
        state.server_salts.clear();
        if !temp_only {
            state.auth_key = None;
            state.authorization_imported = false;
        }
        let mut update = DcUpdate::new(dc, state.clone());
        if home && !temp_only {
            // The login belonged to the old key.
            update = update.make_home().clear_identity();
            self.data.identity = None;
            self.signed_in.store(false, Ordering::Release);
        }
        if let Err(e) = self.store.update_dc(update).await {
            let _ = reply.send(Err(e.into()));
            return;
        }
        if !home {
            // The next use of the DC makes the key; the caller waits out the delay first.
            self.helpers.push(tokio::spawn(async move {
                tokio::time::sleep(delay).await;
                let _ = reply.send(Ok(()));
            }));
            return;
        }
        self.rekeying.join(dc, reply);
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        self.spawn_helper(async move {
            tokio::time::sleep(delay).await;
            let result = open_home(&settings, &hooks, &data, dc).await;
            Cmd::Rekeyed { dc, result }
        });
    }

    async fn rekeyed(&mut self, dc: DcId, result: Opened) {
        let waiters = self.rekeying.finish(&dc);
        let outcome = match result {
            Ok((link, task, state)) => {
                self.tasks.extend(task);
                let update = DcUpdate::new(dc, state.clone()).make_home();
                let saved = self.store.update_dc(update).await;
                self.data.dcs.insert(dc, state);
                self.links.insert(dc, link.clone());
                self.home_tx.send_replace(link);
                saved.map_err(InvokeError::from)
            }
            Err(e) => Err(e),
        };
        answer_all(waiters, &outcome);
    }

    /// Copies every connection's salt and time offset into the snapshot.
    fn record_links(&mut self) {
        let mut links: Vec<&Link> = self.links.values().collect();
        // Regular connections last, so they win over media ones of the same DC.
        links.sort_by_key(|l| !l.dc.is_media());
        for link in links {
            link::record_link_state(self.data.dc_mut(link.dc.plain()), link);
        }
    }

    async fn shutdown(&mut self) -> Result<(), InvokeError> {
        for h in self.helpers.drain(..) {
            h.abort();
            let _ = h.await;
        }
        self.record_links();
        let saved = self.store.save(&self.data).await.map_err(InvokeError::from);
        for link in self.links.values() {
            link.handle.close().await;
        }
        for link in self.extras.take_all() {
            link.handle.close().await;
        }
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
        self.links.clear();
        saved
    }
}
