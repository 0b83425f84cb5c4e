//! [`Client::updates`]: the update stream. A driver task runs `mtrs_updates::Engine`
//! (Telegram's pts/qts/seq rules, gaps, differences) on what the connections push and
//! what `Updates`-returning calls answer, and the application takes [`UpdateBatch`]es
//! from an [`Updates`] handle.
//!
//! **Durability rule.** The update state of a batch is committed (one store transaction)
//! when the application asks for the next batch ([`Updates::next`]), calls
//! [`Updates::commit`], or stops the client cleanly ([`Client::stop`]) — never before
//! it took the batch. So a batch taken but not finished when the process dies is
//! delivered again after a restart (at-least-once across crashes), and nothing is
//! delivered twice across clean stops (exactly-once). Batches queued but not taken are
//! not committed: after a restart the catch-up fetches them again.

use mtrs_session::UpdateStateChange;
use mtrs_tl::Deserialize;
use mtrs_tl_api::{enums, functions, types};
use mtrs_updates::{Engine, EngineConfig, Request};
use parking_lot::Mutex;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::{Notify, mpsc, watch};
use tokio::task::JoinHandle;
use tokio::time::Instant;

pub use mtrs_updates::{Batch as UpdateBatch, Lost};

use crate::{Client, InvokeError};

/// How many pushed frames wait for the driver before newer ones are dropped (and
/// fetched again through a difference).
const PUSHED_FRAMES: usize = 4096;

/// Where the connections hand pushed updates (never blocks: a full queue is remembered
/// and answered with a difference).
pub(crate) struct Sink {
    tx: mpsc::Sender<Vec<u8>>,
    overflow: Arc<AtomicBool>,
    wake: Arc<Notify>,
}

impl Sink {
    pub(crate) fn push(&self, bytes: Vec<u8>) {
        if self.tx.try_send(bytes).is_err() {
            self.overflow.store(true, Ordering::Release);
            self.wake.notify_one();
        }
    }
}

/// What the driver and the [`Updates`] handle share.
pub(crate) struct Hub {
    engine: Mutex<Engine>,
    /// A batch is queued (wakes the consumer).
    ready: Notify,
    /// The consumer took a batch (wakes the driver: there may be room to fetch).
    room: Notify,
    /// State of batches taken but not committed yet.
    taken: Mutex<Option<UpdateStateChange>>,
    /// The driver stopped (the client stopped).
    stopped: AtomicBool,
    /// An [`Updates`] handle exists.
    held: AtomicBool,
    /// Serialises commits (the consumer's and the driver's), so an older state never
    /// overwrites a newer one.
    committing: tokio::sync::Mutex<()>,
    /// Whether the engine is caught up (see [`Updates::caught_up`]).
    caught_up: watch::Sender<bool>,
}

impl Hub {
    /// Publishes whether the engine is caught up (after committing state that needs no
    /// application).
    async fn publish(&self, client: &Client) {
        if self.take_leading_empty()
            && let Err(e) = commit(self, client).await
        {
            tracing::debug!(error = %e, "cannot commit the update state yet");
        }
        self.publish_state();
    }

    fn publish_state(&self) {
        let now = self.engine.lock().is_caught_up();
        self.caught_up
            .send_if_modified(|v| std::mem::replace(v, now) != now);
        self.ready.notify_one();
    }

    fn take_uncommitted(&self) -> Option<UpdateStateChange> {
        self.taken.lock().take()
    }

    /// Pops the next batch and counts it as taken, atomically (so the driver never
    /// commits past a batch the application holds but did not finish).
    fn take(&self) -> Option<UpdateBatch> {
        let mut taken = self.taken.lock();
        let batch = self.engine.lock().pop()?;
        merge(&mut taken, batch.state.clone());
        Some(batch)
    }

    /// Takes the batches at the head of the queue that show nothing, if every batch the
    /// application took is committed: their state needs no application.
    fn take_leading_empty(&self) -> bool {
        let mut taken = self.taken.lock();
        if taken.is_some() {
            return false;
        }
        let mut engine = self.engine.lock();
        let mut any = false;
        while let Some(batch) = engine.pop_if_empty() {
            merge(&mut taken, batch.state);
            any = true;
        }
        any
    }
}

fn merge(taken: &mut Option<UpdateStateChange>, change: UpdateStateChange) {
    match taken.as_mut() {
        None => *taken = Some(change),
        Some(acc) => {
            if change.account.is_some() {
                acc.account = change.account;
            }
            acc.channels.extend(change.channels);
        }
    }
}

/// The running driver of a client.
pub(crate) struct Driver {
    hub: Arc<Hub>,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

/// The application's end of the update stream (one at a time per client).
///
/// ```no_run
/// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
/// let mut updates = client.updates().await?;
/// while let Some(batch) = updates.next().await? {
///     for update in &batch.updates {
///         println!("{update:?}");
///     }
/// } // `None`: the client stopped; what was taken is committed
/// # Ok(()) }
/// ```
pub struct Updates {
    hub: Arc<Hub>,
    client: Client,
}

impl std::fmt::Debug for Updates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Updates").finish_non_exhaustive()
    }
}

impl Drop for Updates {
    fn drop(&mut self) {
        self.hub.held.store(false, Ordering::Release);
    }
}

impl Updates {
    /// Commits what was taken so far, then waits for the next batch. `Ok(None)` once the
    /// client stopped. Batches that only move the state (nothing to show) are committed
    /// in passing, never returned.
    pub async fn next(&mut self) -> Result<Option<UpdateBatch>, InvokeError> {
        loop {
            self.commit().await?;
            let ready = self.hub.ready.notified();
            tokio::pin!(ready);
            ready.as_mut().enable();
            let popped = self.hub.take();
            if let Some(batch) = popped {
                self.hub.room.notify_one();
                if batch.is_empty() {
                    continue;
                }
                return Ok(Some(batch));
            }
            if self.hub.stopped.load(Ordering::Acquire) {
                return Ok(None);
            }
            ready.await;
        }
    }

    /// Like [`Updates::next`] without waiting: the next batch already queued, if any.
    pub async fn try_next(&mut self) -> Result<Option<UpdateBatch>, InvokeError> {
        loop {
            self.commit().await?;
            let popped = self.hub.take();
            let Some(batch) = popped else {
                return Ok(None);
            };
            self.hub.room.notify_one();
            if !batch.is_empty() {
                return Ok(Some(batch));
            }
        }
    }

    /// Waits until the driver is caught up: it knows its state (the catch-up difference
    /// or `updates.getState` is answered and queued) and no gap is open. Returns at once
    /// if it is. Fails with [`InvokeError::NotConnected`] if the client stops first.
    pub async fn caught_up(&self) -> Result<(), InvokeError> {
        let mut rx = self.hub.caught_up.subscribe();
        let stopped = &self.hub.stopped;
        loop {
            if *rx.borrow_and_update() {
                return Ok(());
            }
            if stopped.load(Ordering::Acquire) || rx.changed().await.is_err() {
                return Err(InvokeError::NotConnected);
            }
        }
    }

    /// Persists the state of every batch taken so far (one store transaction).
    pub async fn commit(&mut self) -> Result<(), InvokeError> {
        commit(&self.hub, &self.client).await
    }
}

async fn commit(hub: &Hub, client: &Client) -> Result<(), InvokeError> {
    // One commit at a time, in the order the state was taken.
    let _order = hub.committing.lock().await;
    let Some(change) = hub.take_uncommitted() else {
        return Ok(());
    };
    let saved = match client.pool() {
        Ok(pool) => pool.save_update_state(change.clone()).await,
        Err(e) => Err(e),
    };
    if saved.is_err() {
        // Not durable: keep it for the next try (unless newer state was taken since).
        let mut taken = hub.taken.lock();
        if taken.is_none() {
            *taken = Some(change);
        }
    }
    saved
}

impl Client {
    /// Starts receiving updates (the first call) and returns the stream's handle.
    ///
    /// The driver first catches up: `updates.getDifference` from the stored update state
    /// (with [`Config::catch_up`](crate::Config::catch_up), the default), or
    /// `updates.getState` for a session that never had one. Then live updates flow, gaps
    /// are filled, and every user and chat they carry goes to the peer cache (with
    /// `save_peers`). See the module docs for when state is committed.
    ///
    /// Errors: [`InvokeError::NotConnected`] before [`Client::connect`];
    /// [`InvokeError::UpdatesTaken`] while another [`Updates`] handle is alive.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let mut updates = client.updates().await?;
    /// if let Some(batch) = updates.next().await? {
    ///     println!("{} updates", batch.updates.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn updates(&self) -> Result<Updates, InvokeError> {
        let hub = self.start_updates().await?;
        if hub.held.swap(true, Ordering::AcqRel) {
            return Err(InvokeError::UpdatesTaken);
        }
        Ok(Updates {
            hub,
            client: self.clone(),
        })
    }

    async fn start_updates(&self) -> Result<Arc<Hub>, InvokeError> {
        let pool = self.pool()?;
        if let Some(driver) = self.update_driver().lock().as_ref() {
            return Ok(driver.hub.clone());
        }
        let snapshot = pool.snapshot().await?;
        let config = &self.settings().config;
        let engine_config = {
            let mut c = EngineConfig::default();
            c.self_id = snapshot.identity.as_ref().map(|i| i.user_id.0);
            c.is_bot = snapshot
                .identity
                .as_ref()
                .and_then(|i| i.bot)
                .unwrap_or(config.bot_token.is_some());
            c.catch_up = config.catch_up;
            c.capacity = config.update_queue.max(1);
            c
        };
        let mut slot = self.update_driver().lock();
        if let Some(driver) = slot.as_ref() {
            return Ok(driver.hub.clone());
        }
        let now = Instant::now().into_std();
        let hub = Arc::new(Hub {
            engine: Mutex::new(Engine::new(engine_config, &snapshot.update_state, now)),
            ready: Notify::new(),
            room: Notify::new(),
            taken: Mutex::new(None),
            stopped: AtomicBool::new(false),
            held: AtomicBool::new(false),
            committing: tokio::sync::Mutex::new(()),
            caught_up: watch::channel(false).0,
        });
        let (tx, rx) = mpsc::channel(PUSHED_FRAMES);
        let overflow = Arc::new(AtomicBool::new(false));
        let wake = Arc::new(Notify::new());
        self.hooks().set_update_sink(Some(Sink {
            tx,
            overflow: overflow.clone(),
            wake: wake.clone(),
        }));
        let (stop, stop_rx) = watch::channel(false);
        let task = tokio::spawn(drive(
            self.clone(),
            hub.clone(),
            Inputs {
                rx,
                overflow,
                wake,
                stop: stop_rx,
            },
        ));
        *slot = Some(Driver {
            hub: hub.clone(),
            stop,
            task,
        });
        Ok(hub)
    }

    /// Stops the update driver (at a clean stop): commits what the application took,
    /// ends the task, wakes a waiting [`Updates::next`] (which then returns `None`).
    pub(crate) async fn stop_updates(&self) {
        let driver = self.update_driver().lock().take();
        let Some(driver) = driver else {
            return;
        };
        self.hooks().set_update_sink(None);
        let _ = driver.stop.send(true);
        let _ = driver.task.await;
        if let Err(e) = commit(&driver.hub, self).await {
            tracing::warn!(error = %e, "cannot commit the update state at stop");
        }
        driver.hub.stopped.store(true, Ordering::Release);
        driver.hub.ready.notify_one();
        driver.hub.caught_up.send_modify(|_| {});
    }

    /// Hands an `Updates` answer of a call to the update driver (if it runs).
    pub(crate) fn feed_updates_answer(&self, bytes: &[u8]) {
        if is_updates(bytes) && self.hooks().wants_updates() {
            self.hooks().update(bytes.to_vec());
        }
    }
}

/// Whether `bytes` hold a boxed `Updates` value (by constructor id).
fn is_updates(bytes: &[u8]) -> bool {
    use mtrs_tl::Identifiable;
    let Some(id) = bytes
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
    else {
        return false;
    };
    [
        types::UpdateShortMessage::CONSTRUCTOR_ID,
        types::UpdateShortChatMessage::CONSTRUCTOR_ID,
        types::UpdateShort::CONSTRUCTOR_ID,
        types::UpdatesCombined::CONSTRUCTOR_ID,
        types::Updates::CONSTRUCTOR_ID,
        types::UpdateShortSentMessage::CONSTRUCTOR_ID,
        UPDATES_TOO_LONG,
    ]
    .contains(&id)
}

/// `updatesTooLong#e317af7e` (a constructor without fields has no type of its own).
const UPDATES_TOO_LONG: u32 = 0xe317_af7e;

struct Inputs {
    rx: mpsc::Receiver<Vec<u8>>,
    overflow: Arc<AtomicBool>,
    wake: Arc<Notify>,
    stop: watch::Receiver<bool>,
}

/// The driver: feeds the engine, runs its requests, sleeps until its next deadline.
async fn drive(client: Client, hub: Arc<Hub>, mut inputs: Inputs) {
    loop {
        if *inputs.stop.borrow() {
            break;
        }
        if inputs.overflow.swap(false, Ordering::AcqRel) {
            let now = Instant::now().into_std();
            hub.engine.lock().push(enums::Updates::UpdatesTooLong, now);
        }
        let request = hub.engine.lock().poll_request(Instant::now().into_std());
        if let Some(request) = request {
            let stopped = tokio::select! {
                () = run(&client, &hub, request) => false,
                _ = inputs.stop.changed() => true,
            };
            hub.publish(&client).await;
            if stopped {
                break;
            }
            continue;
        }
        let deadline = hub.engine.lock().poll_timeout();
        let sleep = async move {
            match deadline {
                Some(t) => tokio::time::sleep_until(Instant::from_std(t)).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            frame = inputs.rx.recv() => {
                let Some(frame) = frame else { break };
                take_frame(&client, &hub, &frame).await;
                // Whatever else is waiting goes in the same pass.
                while let Ok(frame) = inputs.rx.try_recv() {
                    take_frame(&client, &hub, &frame).await;
                }
                hub.publish(&client).await;
            }
            () = sleep => {
                hub.engine.lock().handle_timeout(Instant::now().into_std());
                hub.publish(&client).await;
            }
            () = hub.room.notified() => {}
            () = inputs.wake.notified() => {}
            _ = inputs.stop.changed() => break,
        }
    }
}

async fn take_frame(client: &Client, hub: &Hub, frame: &[u8]) {
    let updates = match enums::Updates::from_bytes(frame) {
        Ok(updates) => updates,
        Err(e) => {
            tracing::debug!(error = %e, len = frame.len(), "a pushed message is not Updates");
            return;
        }
    };
    client.save_peers_seen(&updates, frame).await;
    hub.engine.lock().push(updates, Instant::now().into_std());
}

/// Runs one engine request and reports the outcome.
async fn run(client: &Client, hub: &Hub, request: Request) {
    let now = || Instant::now().into_std();
    match request {
        Request::GetState => match client.invoke(&functions::updates::GetState {}).await {
            Ok(state) => hub.engine.lock().on_state(&state),
            Err(e) => failed(hub, request, &e),
        },
        Request::GetDifference { pts, qts, date } => {
            let call = functions::updates::GetDifference {
                pts,
                pts_limit: None,
                pts_total_limit: None,
                date,
                qts,
                qts_limit: None,
            };
            match client.invoke(&call).await {
                Ok(difference) => hub.engine.lock().on_difference(difference, now()),
                Err(e) => failed(hub, request, &e),
            }
        }
        Request::GetChannelDifference {
            channel,
            access_hash,
            pts,
            limit,
        } => {
            let input = match access_hash {
                Some(access_hash) => Ok(enums::InputChannel::InputChannel(types::InputChannel {
                    channel_id: channel,
                    access_hash,
                })),
                None => client.input_channel(channel).await,
            };
            let input = match input {
                Ok(input) => input,
                Err(InvokeError::UnknownPeer { .. } | InvokeError::MinPeer { .. }) => {
                    tracing::warn!(channel, "no access hash for a channel: its updates stop");
                    hub.engine.lock().forget_channel(channel);
                    return;
                }
                Err(e) => return failed(hub, request, &e),
            };
            let call = functions::updates::GetChannelDifference {
                force: false,
                channel: input,
                filter: enums::ChannelMessagesFilter::ChannelMessagesFilterEmpty,
                pts,
                limit,
            };
            match client.invoke(&call).await {
                Ok(difference) => {
                    hub.engine.lock().on_channel_difference(channel, difference);
                }
                Err(InvokeError::Rpc(e)) if channel_gone(&e.name) => {
                    tracing::info!(channel, error = %e.name, "a channel is gone");
                    hub.engine.lock().forget_channel(channel);
                }
                Err(e) => failed(hub, request, &e),
            }
        }
    }
}

fn channel_gone(name: &str) -> bool {
    matches!(
        name,
        "CHANNEL_PRIVATE"
            | "CHANNEL_INVALID"
            | "CHANNEL_PUBLIC_GROUP_NA"
            | "USER_BANNED_IN_CHANNEL"
    )
}

fn failed(hub: &Hub, request: Request, error: &InvokeError) {
    tracing::debug!(?request, %error, "an update request failed; retrying later");
    hub.engine
        .lock()
        .on_failed(request, Instant::now().into_std());
}
