//! The DC pool: one runner task owning every connection and the session snapshot.
//!
//! The runner keeps the map from (DC, media) to [`Link`], the in-memory [`SessionData`]
//! and the store, and is the only writer of both. Slow work (key exchanges, connecting,
//! exporting an authorization) runs in helper tasks that report back, so one slow DC does
//! not hold up the others. Concurrent requests for the same DC, home switch or
//! re-authorization coalesce into one operation.

use std::collections::HashMap;
use std::sync::Arc;

use mtrs_session::{DcId, DcState, DcUpdate, Identity, Peer, SessionData, SessionStore};
use mtrs_tl_api::enums::auth::ExportedAuthorization;
use mtrs_tl_api::functions::auth::{ExportAuthorization, ImportAuthorization};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use crate::InvokeError;
use crate::hooks::Hooks;
use crate::link::{self, Link};
use crate::settings::Settings;

type Reply<T> = oneshot::Sender<Result<T, InvokeError>>;
type Opened = Result<(Link, Option<JoinHandle<()>>, DcState), InvokeError>;

enum Cmd {
    Link {
        dc_id: i32,
        media: bool,
        reply: Reply<Link>,
    },
    Created {
        dc_id: i32,
        result: Opened,
    },
    MigrateHome {
        from: i32,
        to: i32,
        reply: Reply<()>,
    },
    Migrated {
        to: i32,
        result: Opened,
    },
    Reauthorize {
        dc_id: i32,
        reply: Reply<()>,
    },
    Reauthorized {
        dc_id: i32,
        result: Result<(), InvokeError>,
    },
    SignedIn {
        identity: Identity,
        reply: Reply<()>,
    },
    Rekey {
        dc_id: i32,
        reply: Reply<()>,
    },
    Rekeyed {
        dc_id: i32,
        result: Opened,
    },
    DcOptions {
        options: Vec<mtrs_session::DcOption>,
    },
    Peers {
        peers: Vec<Peer>,
    },
    Snapshot {
        reply: oneshot::Sender<SessionData>,
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
}

impl PoolHandle {
    /// The home DC's connection (no round trip to the runner).
    pub fn home(&self) -> Link {
        self.home.borrow().clone()
    }

    async fn ask<T>(&self, make: impl FnOnce(Reply<T>) -> Cmd) -> Result<T, InvokeError> {
        let (reply, rx) = oneshot::channel();
        self.tx
            .send(make(reply))
            .await
            .map_err(|_| InvokeError::NotConnected)?;
        rx.await.map_err(|_| InvokeError::NotConnected)?
    }

    /// The connection to `dc_id`, created (key exchange, authorization transfer) on first
    /// use and reused afterwards.
    pub async fn link(&self, dc_id: i32, media: bool) -> Result<Link, InvokeError> {
        self.ask(|reply| Cmd::Link {
            dc_id,
            media,
            reply,
        })
        .await
    }

    /// Switches the home DC from `from` to `to` (a no-op if it already moved away from
    /// `from`).
    pub async fn migrate_home(&self, from: i32, to: i32) -> Result<(), InvokeError> {
        self.ask(|reply| Cmd::MigrateHome { from, to, reply }).await
    }

    /// Exports the authorization to `dc_id` again.
    pub async fn reauthorize(&self, dc_id: i32) -> Result<(), InvokeError> {
        self.ask(|reply| Cmd::Reauthorize { dc_id, reply }).await
    }

    /// Forgets DC `dc_id`'s rejected auth key and its connections. For the home DC a new
    /// key is made and connected at once (the login is gone with the old key); other DCs
    /// get theirs on next use.
    pub async fn rekey(&self, dc_id: i32) -> Result<(), InvokeError> {
        self.ask(|reply| Cmd::Rekey { dc_id, reply }).await
    }

    /// Records the signed-in identity (persisted with the home DC's state).
    pub async fn signed_in(&self, identity: Identity) -> Result<(), InvokeError> {
        self.ask(|reply| Cmd::SignedIn { identity, reply }).await
    }

    pub async fn set_dc_options(&self, options: Vec<mtrs_session::DcOption>) {
        let _ = self.tx.send(Cmd::DcOptions { options }).await;
    }

    pub async fn save_peers(&self, peers: Vec<Peer>) {
        let _ = self.tx.send(Cmd::Peers { peers }).await;
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
    links: HashMap<(i32, bool), Link>,
    tasks: Vec<JoinHandle<()>>,
    helpers: Vec<JoinHandle<()>>,
    creating: HashMap<i32, Vec<(bool, Reply<Link>)>>,
    migrating: Option<(i32, Vec<Reply<()>>)>,
    reauthorizing: HashMap<i32, Vec<Reply<()>>>,
    rekeying: HashMap<i32, Vec<Reply<()>>>,
    home_tx: watch::Sender<Link>,
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
    links.insert((home.dc_id, false), home);
    let runner = Runner {
        settings,
        hooks,
        store,
        data,
        links,
        tasks: vec![home_task],
        helpers: Vec::new(),
        creating: HashMap::new(),
        migrating: None,
        reauthorizing: HashMap::new(),
        rekeying: HashMap::new(),
        home_tx,
        me: tx.downgrade(),
    };
    let task = tokio::spawn(runner.run(rx));
    (PoolHandle { tx, home: home_rx }, task)
}

impl Runner {
    async fn run(mut self, mut rx: mpsc::Receiver<Cmd>) {
        let mut stop_reply = None;
        while let Some(cmd) = rx.recv().await {
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

    fn home_dc(&self) -> i32 {
        self.data.home_dc.0
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
            Cmd::Link {
                dc_id,
                media,
                reply,
            } => self.link(dc_id, media, reply),
            Cmd::Created { dc_id, result } => self.created(dc_id, result).await,
            Cmd::MigrateHome { from, to, reply } => self.migrate(from, to, reply),
            Cmd::Migrated { to, result } => self.migrated(to, result).await,
            Cmd::Reauthorize { dc_id, reply } => self.reauthorize(dc_id, reply),
            Cmd::Reauthorized { dc_id, result } => {
                if result.is_ok()
                    && let Some(state) = self.data.dcs.get(&DcId(dc_id)).cloned()
                {
                    let _ = self
                        .store
                        .update_dc(DcUpdate::new(DcId(dc_id), state))
                        .await;
                }
                for reply in self.reauthorizing.remove(&dc_id).unwrap_or_default() {
                    let _ = reply.send(clone_result(&result));
                }
            }
            Cmd::Rekey { dc_id, reply } => self.rekey(dc_id, reply).await,
            Cmd::Rekeyed { dc_id, result } => self.rekeyed(dc_id, result).await,
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
                }
                let _ = reply.send(result);
            }
            Cmd::DcOptions { options } => {
                self.data.dc_options = options;
                if let Err(e) = self.store.save(&self.data).await {
                    tracing::warn!(error = %e, "cannot persist DC options");
                }
            }
            Cmd::Peers { peers } => {
                if let Err(e) = self.store.upsert_peers(peers).await {
                    tracing::warn!(error = %e, "cannot persist peers");
                }
            }
            Cmd::Snapshot { reply } => {
                self.record_links();
                let _ = reply.send(self.data.clone());
            }
            Cmd::Stop { .. } => {}
        }
    }

    fn link(&mut self, dc_id: i32, media: bool, reply: Reply<Link>) {
        if let Some(link) = self.links.get(&(dc_id, media)) {
            if !link.handle.is_closed() {
                let _ = reply.send(Ok(link.clone()));
                return;
            }
            // Its task stopped (key rejected): open a new connection.
            self.links.remove(&(dc_id, media));
        }
        if let Some(waiters) = self.creating.get_mut(&dc_id) {
            waiters.push((media, reply));
            return;
        }
        self.creating.insert(dc_id, vec![(media, reply)]);
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        let home = self.links.get(&(self.home_dc(), false)).cloned();
        self.spawn_helper(async move {
            let result = create(&settings, &hooks, &data, home, dc_id, media).await;
            Cmd::Created { dc_id, result }
        });
    }

    async fn created(&mut self, dc_id: i32, result: Opened) {
        let waiters = self.creating.remove(&dc_id).unwrap_or_default();
        match result {
            Ok((link, task, state)) => {
                let media = link.media;
                self.tasks.extend(task);
                if let Err(e) = self
                    .store
                    .update_dc(DcUpdate::new(DcId(dc_id), state.clone()))
                    .await
                {
                    tracing::warn!(error = %e, dc_id, "cannot persist the DC's state");
                }
                self.data.dcs.insert(DcId(dc_id), state);
                self.links.insert((dc_id, media), link.clone());
                for (m, reply) in waiters {
                    if m == media {
                        let _ = reply.send(Ok(link.clone()));
                    } else {
                        // The other kind of connection to the same DC: the key and the
                        // authorization now exist, so this only connects.
                        self.link(dc_id, m, reply);
                    }
                }
            }
            Err(e) => {
                for (_, reply) in waiters {
                    let _ = reply.send(Err(copy_error(&e)));
                }
            }
        }
    }

    fn migrate(&mut self, from: i32, to: i32, reply: Reply<()>) {
        if self.home_dc() != from || from == to {
            let _ = reply.send(Ok(()));
            return;
        }
        if let Some((_, waiters)) = &mut self.migrating {
            waiters.push(reply);
            return;
        }
        self.migrating = Some((to, vec![reply]));
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        let existing = self.links.get(&(to, false)).cloned();
        self.spawn_helper(async move {
            let result = match existing {
                Some(link) => {
                    let state = data.dcs.get(&DcId(to)).cloned().unwrap_or_default();
                    // Its task is already tracked by the pool.
                    Ok((link, None, state))
                }
                None => open_home(&settings, &hooks, &data, to).await,
            };
            Cmd::Migrated { to, result }
        });
    }

    async fn migrated(&mut self, to: i32, result: Opened) {
        let Some((_, waiters)) = self.migrating.take() else {
            return;
        };
        let outcome = match result {
            Ok((link, task, state)) => {
                let update = DcUpdate::new(DcId(to), state.clone()).make_home();
                match self.store.update_dc(update).await {
                    Ok(()) => {
                        tracing::info!(from = self.home_dc(), to, "home DC switched");
                        self.data.home_dc = DcId(to);
                        self.data.dcs.insert(DcId(to), state);
                        self.links.insert((to, false), link.clone());
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
                        Err(InvokeError::Store(e))
                    }
                }
            }
            Err(e) => Err(e),
        };
        for reply in waiters {
            let _ = reply.send(clone_result(&outcome));
        }
    }

    fn reauthorize(&mut self, dc_id: i32, reply: Reply<()>) {
        if let Some(waiters) = self.reauthorizing.get_mut(&dc_id) {
            waiters.push(reply);
            return;
        }
        let home = self.links.get(&(self.home_dc(), false)).cloned();
        let target = self
            .links
            .get(&(dc_id, false))
            .or_else(|| self.links.get(&(dc_id, true)))
            .cloned();
        let (Some(home), Some(target)) = (home, target) else {
            let _ = reply.send(Err(InvokeError::NotConnected));
            return;
        };
        self.reauthorizing.insert(dc_id, vec![reply]);
        let settings = self.settings.clone();
        self.spawn_helper(async move {
            let result = transfer_auth(&settings, &home, &target).await;
            Cmd::Reauthorized { dc_id, result }
        });
        if let Some(state) = self.data.dcs.get_mut(&DcId(dc_id)) {
            state.authorization_imported = true;
        }
    }

    async fn rekey(&mut self, dc_id: i32, reply: Reply<()>) {
        if let Some(waiters) = self.rekeying.get_mut(&dc_id) {
            waiters.push(reply);
            return;
        }
        let stale = [false, true]
            .into_iter()
            .filter_map(|media| self.links.get(&(dc_id, media)))
            .any(|l| l.handle.state().closed);
        if !stale {
            // Another caller already replaced the key.
            let _ = reply.send(Ok(()));
            return;
        }
        tracing::warn!(dc_id, "auth key rejected; making a new one");
        for media in [false, true] {
            self.links.remove(&(dc_id, media));
        }
        let home = dc_id == self.home_dc();
        let state = self.data.dc_mut(DcId(dc_id));
        state.auth_key = None;
        state.server_salts.clear();
        state.authorization_imported = false;
        let mut update = DcUpdate::new(DcId(dc_id), state.clone());
        if home {
            // The login belonged to the old key.
            update = update.make_home().clear_identity();
            self.data.identity = None;
        }
        if let Err(e) = self.store.update_dc(update).await {
            let _ = reply.send(Err(e.into()));
            return;
        }
        if !home {
            let _ = reply.send(Ok(()));
            return;
        }
        self.rekeying.insert(dc_id, vec![reply]);
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        self.spawn_helper(async move {
            let result = open_home(&settings, &hooks, &data, dc_id).await;
            Cmd::Rekeyed { dc_id, result }
        });
    }

    async fn rekeyed(&mut self, dc_id: i32, result: Opened) {
        let waiters = self.rekeying.remove(&dc_id).unwrap_or_default();
        let outcome = match result {
            Ok((link, task, state)) => {
                self.tasks.extend(task);
                let update = DcUpdate::new(DcId(dc_id), state.clone()).make_home();
                let saved = self.store.update_dc(update).await;
                self.data.dcs.insert(DcId(dc_id), state);
                self.links.insert((dc_id, false), link.clone());
                self.home_tx.send_replace(link);
                saved.map_err(InvokeError::from)
            }
            Err(e) => Err(e),
        };
        for reply in waiters {
            let _ = reply.send(clone_result(&outcome));
        }
    }

    /// Copies every connection's salt and time offset into the snapshot.
    fn record_links(&mut self) {
        let mut links: Vec<&Link> = self.links.values().collect();
        // Regular connections last, so they win over media ones of the same DC.
        links.sort_by_key(|l| !l.media);
        for link in links {
            link::record_link_state(self.data.dc_mut(DcId(link.dc_id)), link);
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
        for task in self.tasks.drain(..) {
            let _ = task.await;
        }
        self.links.clear();
        saved
    }
}

/// Closes a connection that was opened for a runner that is gone.
async fn close_opened(cmd: Cmd) {
    if let Cmd::Created {
        result: Ok((link, task, _)),
        ..
    }
    | Cmd::Migrated {
        result: Ok((link, task, _)),
        ..
    }
    | Cmd::Rekeyed {
        result: Ok((link, task, _)),
        ..
    } = cmd
    {
        link.handle.close().await;
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}

/// Opens a connection to DC `dc_id` for the pool: key exchange if needed, then (for a
/// non-home DC of a signed-in session) the authorization transfer from `home`.
async fn create(
    settings: &Arc<Settings>,
    hooks: &Arc<Hooks>,
    data: &SessionData,
    home: Option<Link>,
    dc_id: i32,
    media: bool,
) -> Opened {
    let mut state = data.dcs.get(&DcId(dc_id)).cloned().unwrap_or_default();
    link::ensure_key(settings, data, dc_id, &mut state).await?;
    let (link, task) = link::open(settings, hooks, data, dc_id, media, &state).await?;
    let needs_auth =
        dc_id != data.home_dc.0 && data.identity.is_some() && !state.authorization_imported;
    if needs_auth {
        let transferred = match &home {
            Some(home) => transfer_auth(settings, home, &link).await,
            None => Err(InvokeError::NotConnected),
        };
        if let Err(e) = transferred {
            link.handle.close().await;
            let _ = task.await;
            return Err(e);
        }
        state.authorization_imported = true;
    }
    Ok((link, Some(task), state))
}

/// Opens the connection that becomes the home one after a migration.
async fn open_home(
    settings: &Arc<Settings>,
    hooks: &Arc<Hooks>,
    data: &SessionData,
    to: i32,
) -> Opened {
    let mut state = data.dcs.get(&DcId(to)).cloned().unwrap_or_default();
    link::ensure_key(settings, data, to, &mut state).await?;
    let (link, task) = link::open(settings, hooks, data, to, false, &state).await?;
    Ok((link, Some(task), state))
}

/// `auth.exportAuthorization` on the home DC, `auth.importAuthorization` on `target`.
async fn transfer_auth(settings: &Settings, home: &Link, target: &Link) -> Result<(), InvokeError> {
    let ExportedAuthorization::ExportedAuthorization(exported) = home
        .invoke(
            settings,
            &ExportAuthorization {
                dc_id: target.dc_id,
            },
        )
        .await?;
    target
        .invoke(
            settings,
            &ImportAuthorization {
                id: exported.id,
                bytes: exported.bytes,
            },
        )
        .await?;
    tracing::debug!(dc_id = target.dc_id, "authorization transferred");
    Ok(())
}

/// The same outcome for every coalesced waiter.
fn clone_result(r: &Result<(), InvokeError>) -> Result<(), InvokeError> {
    match r {
        Ok(()) => Ok(()),
        Err(e) => Err(copy_error(e)),
    }
}

/// A copy of an error for another waiter (I/O and store causes are not cloneable, so
/// they are carried as their text where needed).
fn copy_error(e: &InvokeError) -> InvokeError {
    match e {
        InvokeError::Rpc(rpc) => InvokeError::Rpc(rpc.clone()),
        InvokeError::Timeout { after } => InvokeError::Timeout { after: *after },
        InvokeError::MigrateLoop { last_dc } => InvokeError::MigrateLoop { last_dc: *last_dc },
        InvokeError::UnknownDc { dc_id } => InvokeError::UnknownDc { dc_id: *dc_id },
        InvokeError::NotConnected => InvokeError::NotConnected,
        other => InvokeError::Shared {
            detail: other.to_string(),
        },
    }
}
