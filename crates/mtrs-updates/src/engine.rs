//! [`Engine`]: the sans-IO update processor. Live updates, answers to the requests it
//! asked for, and time go in; ordered [`Batch`]es, [`Request`]s and the next deadline
//! come out.
//!
//! The rules are Telegram's (core.telegram.org/api/updates): an update with
//! `pts`/`pts_count` applies when `local_pts + pts_count == pts`, is a duplicate when the
//! left side is larger, and opens a gap when it is smaller; `qts` counts one per update;
//! an `updates`/`updatesCombined` container applies when `local_seq + 1 == seq_start`
//! (`seq_start` 0: no check). A gap is held for [`EngineConfig::gap_wait`] in case the
//! missing updates arrive out of order, then filled with `updates.getDifference` (common
//! box, qts, seq) or `updates.getChannelDifference` (one channel). While a difference is
//! being fetched, live updates of that box are dropped: the difference carries them.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::time::{Duration, Instant};

use mtrs_session::{AccountState, ChannelId, UnixTime, UpdateState, UpdateStateChange};
use mtrs_tl_api::enums::{self, Update};

use crate::batch::{Batch, Lost, Request};
use crate::sequence::{Sequence, channel_hashes, sequence_of};
use crate::short;

/// How the engine behaves.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct EngineConfig {
    /// The signed-in account (the sender of outgoing short messages).
    pub self_id: Option<i64>,
    /// A bot: channel differences ask for up to 100 000 events instead of 100.
    pub is_bot: bool,
    /// Fetch the difference from the stored state at start (else start from
    /// `updates.getState`, skipping what happened while the client was away).
    pub catch_up: bool,
    /// How many updates may wait for the application. When full, live updates are
    /// dropped and fetched again later through a difference (never lost).
    pub capacity: usize,
    /// How long a gap is held for the missing updates before a difference is fetched
    /// (Telegram's guidance: 0.5 s).
    pub gap_wait: Duration,
    /// After this long without any update, a difference is fetched anyway (15 min).
    pub idle: Duration,
    /// A batch still waiting for the application takes in later updates up to this many
    /// (so a slow consumer commits once per many updates, not once per push).
    pub max_batch: usize,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            self_id: None,
            is_bot: false,
            catch_up: true,
            capacity: 10_000,
            gap_wait: Duration::from_millis(500),
            idle: Duration::from_secs(15 * 60),
            max_batch: 1_000,
        }
    }
}

/// Where a box stands with its difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fetch {
    Idle,
    Wanted,
    InFlight,
    RetryAt(Instant),
}

impl Fetch {
    fn busy(self) -> bool {
        self != Fetch::Idle
    }
}

/// A live update held because it arrived after a gap.
struct Held {
    pts: i32,
    count: i32,
    update: Update,
}

/// A live container held because its `seq_start` is ahead.
struct HeldContainer {
    seq_start: i32,
    seq: i32,
    date: i32,
    updates: Vec<Update>,
    users: Vec<enums::User>,
    chats: Vec<enums::Chat>,
}

struct ChannelBox {
    pts: i32,
    held: Vec<Held>,
    gap_at: Option<Instant>,
    fetch: Fetch,
    backoff: Duration,
}

impl ChannelBox {
    fn new(pts: i32, fetch: Fetch) -> Self {
        Self {
            pts,
            held: Vec::new(),
            gap_at: None,
            fetch,
            backoff: FIRST_BACKOFF,
        }
    }
}

/// The batch being put together.
#[derive(Default)]
struct Building {
    updates: Vec<Update>,
    users: Vec<enums::User>,
    chats: Vec<enums::Chat>,
    lost: Option<Lost>,
    account_changed: bool,
    channels: BTreeSet<i64>,
}

const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// The outcome of a sequence check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Check {
    Apply,
    Duplicate,
    Gap,
}

fn check(local: i32, remote: i32, count: i32) -> Check {
    let expected = i64::from(local) + i64::from(count);
    match i64::from(remote).cmp(&expected) {
        std::cmp::Ordering::Equal => Check::Apply,
        std::cmp::Ordering::Less => Check::Duplicate,
        std::cmp::Ordering::Greater => Check::Gap,
    }
}

fn state_of(state: &enums::updates::State) -> AccountState {
    let enums::updates::State::State(s) = state;
    AccountState {
        pts: s.pts,
        qts: s.qts,
        date: UnixTime(i64::from(s.date)),
        seq: s.seq,
    }
}

/// The update processor (see the module docs for the rules).
///
/// ```
/// use std::time::Instant;
/// use mtrs_session::{AccountState, UpdateState};
/// use mtrs_updates::{Engine, EngineConfig, Request};
/// let stored = UpdateState {
///     account: Some(AccountState { pts: 10, qts: 0, seq: 1, ..Default::default() }),
///     ..Default::default()
/// };
/// let now = Instant::now();
/// let mut engine = Engine::new(EngineConfig::default(), &stored, now);
/// // Catch-up first: the difference from the stored state.
/// assert!(matches!(engine.poll_request(now), Some(Request::GetDifference { pts: 10, .. })));
/// ```
pub struct Engine {
    config: EngineConfig,
    account: Option<AccountState>,
    fetch: Fetch,
    backoff: Duration,
    held_pts: Vec<Held>,
    held_qts: Vec<Held>,
    held_seq: Vec<HeldContainer>,
    gap_at: Option<Instant>,
    channels: BTreeMap<i64, ChannelBox>,
    hashes: HashMap<i64, i64>,
    out: VecDeque<Batch>,
    queued: usize,
    idle_at: Instant,
    building: Building,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("account", &self.account)
            .field("fetch", &self.fetch)
            .field("channels", &self.channels.len())
            .field("queued", &self.queued)
            .finish_non_exhaustive()
    }
}

impl Engine {
    /// An engine starting from the stored state: with `catch_up`, a difference from it
    /// (and from each stored channel's pts) comes first; otherwise, or with no stored
    /// state, `updates.getState`.
    pub fn new(config: EngineConfig, stored: &UpdateState, now: Instant) -> Self {
        let (account, channels) = if config.catch_up {
            let channels = stored
                .channels
                .iter()
                .map(|(id, &pts)| (id.0, ChannelBox::new(pts, Fetch::Wanted)))
                .collect();
            (stored.account, channels)
        } else {
            (None, BTreeMap::new())
        };
        Self {
            idle_at: now + config.idle,
            config,
            account,
            fetch: Fetch::Wanted,
            backoff: FIRST_BACKOFF,
            held_pts: Vec::new(),
            held_qts: Vec::new(),
            held_seq: Vec::new(),
            gap_at: None,
            channels,
            hashes: HashMap::new(),
            out: VecDeque::new(),
            queued: 0,
            building: Building::default(),
        }
    }

    /// The state the engine works from (after the last batch it queued).
    pub fn state(&self) -> UpdateState {
        UpdateState {
            account: self.account,
            channels: self
                .channels
                .iter()
                .map(|(&id, b)| (ChannelId(id), b.pts))
                .collect(),
        }
    }

    /// Whether the engine knows its state and no difference is wanted or being fetched
    /// (the catch-up is over and no gap is open).
    pub fn is_caught_up(&self) -> bool {
        self.account.is_some()
            && self.fetch == Fetch::Idle
            && self.gap_at.is_none()
            && self
                .channels
                .values()
                .all(|b| b.fetch == Fetch::Idle && b.gap_at.is_none())
    }

    /// How many updates wait for the application.
    pub fn queued(&self) -> usize {
        self.queued
    }

    /// The next batch for the application, oldest first.
    pub fn pop(&mut self) -> Option<Batch> {
        let batch = self.out.pop_front()?;
        self.queued = self.queued.saturating_sub(batch.updates.len());
        Some(batch)
    }

    /// The next batch if it carries nothing for the application (only state).
    pub fn pop_if_empty(&mut self) -> Option<Batch> {
        if self.out.front().is_some_and(Batch::is_empty) {
            return self.pop();
        }
        None
    }

    fn has_room(&self) -> bool {
        self.queued < self.config.capacity
    }

    /// Takes a live `Updates` value pushed by the server (or answered by a method).
    pub fn push(&mut self, updates: enums::Updates, now: Instant) {
        self.idle_at = now + self.config.idle;
        if !self.has_room() {
            self.overflow(&updates);
            return;
        }
        match updates {
            enums::Updates::UpdatesTooLong => self.want_difference(),
            enums::Updates::UpdateShortMessage(s) => {
                let date = s.date;
                let update = short::short_message(s, self.config.self_id);
                self.live(update, now);
                self.touch_date(date);
            }
            enums::Updates::UpdateShortChatMessage(s) => {
                let date = s.date;
                self.live(short::short_chat_message(s), now);
                self.touch_date(date);
            }
            enums::Updates::UpdateShort(s) => {
                self.live(s.update, now);
                self.touch_date(s.date);
            }
            enums::Updates::UpdateShortSentMessage(s) => {
                // Our own message: it moves the common box but shows nothing new.
                self.common_pts(s.pts, s.pts_count, None, now);
                self.touch_date(s.date);
            }
            enums::Updates::Updates(u) => self.container(
                HeldContainer {
                    seq_start: u.seq,
                    seq: u.seq,
                    date: u.date,
                    updates: u.updates,
                    users: u.users,
                    chats: u.chats,
                },
                now,
            ),
            enums::Updates::UpdatesCombined(u) => self.container(
                HeldContainer {
                    seq_start: u.seq_start,
                    seq: u.seq,
                    date: u.date,
                    updates: u.updates,
                    users: u.users,
                    chats: u.chats,
                },
                now,
            ),
        }
        self.flush();
    }

    /// Live updates that did not fit: the boxes they belong to fetch them again later.
    fn overflow(&mut self, updates: &enums::Updates) {
        let contained: Vec<&Update> = match updates {
            enums::Updates::UpdateShort(s) => vec![&s.update],
            enums::Updates::Updates(u) => u.updates.iter().collect(),
            enums::Updates::UpdatesCombined(u) => u.updates.iter().collect(),
            _ => Vec::new(),
        };
        let mut common = contained.is_empty();
        for update in contained {
            match sequence_of(update) {
                Sequence::Channel { channel, .. } | Sequence::ChannelTooLong { channel } => {
                    if let Some(b) = self.channels.get_mut(&channel)
                        && !b.fetch.busy()
                    {
                        b.fetch = Fetch::Wanted;
                    }
                }
                _ => common = true,
            }
        }
        if common {
            self.want_difference();
        }
    }

    fn want_difference(&mut self) {
        if !self.fetch.busy() {
            self.fetch = Fetch::Wanted;
        }
        self.held_pts.clear();
        self.held_qts.clear();
        self.held_seq.clear();
        self.gap_at = None;
    }

    fn touch_date(&mut self, date: i32) {
        if let Some(account) = &mut self.account
            && i64::from(date) > account.date.0
            && !self.fetch.busy()
        {
            account.date = UnixTime(i64::from(date));
            self.building.account_changed = true;
        }
    }

    fn container(&mut self, c: HeldContainer, now: Instant) {
        self.hashes.extend(channel_hashes(&c.chats));
        if c.seq_start != 0
            && let Some(account) = self.account
            && !self.fetch.busy()
        {
            match check(account.seq, c.seq_start, 1) {
                Check::Duplicate => return,
                Check::Gap => {
                    self.held_seq.push(c);
                    self.gap_at.get_or_insert(now + self.config.gap_wait);
                    return;
                }
                Check::Apply => {}
            }
        }
        self.apply_container(c, now);
        // Containers that waited for this one.
        while let Some(account) = self.account {
            self.held_seq.retain(|h| h.seq_start > account.seq);
            let Some(i) = self
                .held_seq
                .iter()
                .position(|h| check(account.seq, h.seq_start, 1) == Check::Apply)
            else {
                break;
            };
            let next = self.held_seq.swap_remove(i);
            self.apply_container(next, now);
        }
        self.settle_gap();
    }

    fn apply_container(&mut self, c: HeldContainer, now: Instant) {
        for update in c.updates {
            self.live(update, now);
        }
        self.building.users.extend(c.users);
        self.building.chats.extend(c.chats);
        if c.seq != 0
            && let Some(account) = &mut self.account
            && !self.fetch.busy()
        {
            account.seq = c.seq;
            account.date = UnixTime(i64::from(c.date).max(account.date.0));
            self.building.account_changed = true;
        }
    }

    /// One live update through its box.
    fn live(&mut self, update: Update, now: Instant) {
        match sequence_of(&update) {
            Sequence::None => self.building.updates.push(update),
            Sequence::Common { pts, count } => self.common_pts(pts, count, Some(update), now),
            Sequence::Qts { qts } => self.common_qts(qts, update, now),
            Sequence::Channel {
                channel,
                pts,
                count,
            } => self.channel_pts(channel, pts, count, update, now),
            Sequence::ChannelTooLong { channel } => {
                let pts = match &update {
                    Update::UpdateChannelTooLong(u) => u.pts,
                    _ => None,
                };
                self.channel_too_long(channel, pts);
            }
        }
    }

    fn common_pts(&mut self, pts: i32, count: i32, update: Option<Update>, now: Instant) {
        let Some(account) = &mut self.account else {
            return;
        };
        if self.fetch.busy() {
            return;
        }
        match check(account.pts, pts, count) {
            Check::Duplicate => {}
            Check::Apply => {
                account.pts = pts;
                self.building.account_changed = true;
                self.building.updates.extend(update);
                self.drain_held_pts();
            }
            Check::Gap => {
                if let Some(update) = update {
                    self.held_pts.push(Held { pts, count, update });
                } else {
                    // A gap before our own sent message: nothing to hold, fetch.
                    self.want_difference();
                    return;
                }
                self.gap_at.get_or_insert(now + self.config.gap_wait);
            }
        }
    }

    fn drain_held_pts(&mut self) {
        while let Some(account) = &mut self.account {
            let local = account.pts;
            self.held_pts
                .retain(|h| check(local, h.pts, h.count) != Check::Duplicate);
            let Some(i) = self
                .held_pts
                .iter()
                .position(|h| check(local, h.pts, h.count) == Check::Apply)
            else {
                break;
            };
            let held = self.held_pts.swap_remove(i);
            account.pts = held.pts;
            self.building.account_changed = true;
            self.building.updates.push(held.update);
        }
        self.settle_gap();
    }

    fn common_qts(&mut self, qts: i32, update: Update, now: Instant) {
        let Some(account) = &mut self.account else {
            return;
        };
        if self.fetch.busy() {
            return;
        }
        match check(account.qts, qts, 1) {
            Check::Duplicate => {}
            Check::Apply => {
                account.qts = qts;
                self.building.account_changed = true;
                self.building.updates.push(update);
                while let Some(account) = &mut self.account {
                    let local = account.qts;
                    self.held_qts.retain(|h| h.pts > local);
                    let Some(i) = self.held_qts.iter().position(|h| h.pts == local + 1) else {
                        break;
                    };
                    let held = self.held_qts.swap_remove(i);
                    account.qts = held.pts;
                    self.building.updates.push(held.update);
                }
                self.settle_gap();
            }
            Check::Gap => {
                self.held_qts.push(Held {
                    pts: qts,
                    count: 1,
                    update,
                });
                self.gap_at.get_or_insert(now + self.config.gap_wait);
            }
        }
    }

    /// Clears the common gap timer once nothing is held any more.
    fn settle_gap(&mut self) {
        if self.held_pts.is_empty() && self.held_qts.is_empty() && self.held_seq.is_empty() {
            self.gap_at = None;
        }
    }

    fn channel_pts(&mut self, channel: i64, pts: i32, count: i32, update: Update, now: Instant) {
        let Some(b) = self.channels.get_mut(&channel) else {
            // A channel never seen: its box starts here.
            self.channels
                .insert(channel, ChannelBox::new(pts, Fetch::Idle));
            self.building.channels.insert(channel);
            self.building.updates.push(update);
            return;
        };
        if b.fetch.busy() {
            return;
        }
        match check(b.pts, pts, count) {
            Check::Duplicate => {}
            Check::Apply => {
                b.pts = pts;
                self.building.updates.push(update);
                loop {
                    let local = b.pts;
                    b.held
                        .retain(|h| check(local, h.pts, h.count) != Check::Duplicate);
                    let Some(i) = b
                        .held
                        .iter()
                        .position(|h| check(local, h.pts, h.count) == Check::Apply)
                    else {
                        break;
                    };
                    let held = b.held.swap_remove(i);
                    b.pts = held.pts;
                    self.building.updates.push(held.update);
                }
                if b.held.is_empty() {
                    b.gap_at = None;
                }
                self.building.channels.insert(channel);
            }
            Check::Gap => {
                b.held.push(Held { pts, count, update });
                b.gap_at.get_or_insert(now + self.config.gap_wait);
            }
        }
    }

    fn channel_too_long(&mut self, channel: i64, pts: Option<i32>) {
        match self.channels.get_mut(&channel) {
            Some(b) => {
                if !b.fetch.busy() {
                    b.fetch = Fetch::Wanted;
                }
                b.held.clear();
                b.gap_at = None;
            }
            None => {
                if let Some(pts) = pts {
                    self.channels
                        .insert(channel, ChannelBox::new(pts, Fetch::Wanted));
                }
            }
        }
    }

    /// Queues what was built as one batch.
    fn flush(&mut self) {
        let b = std::mem::take(&mut self.building);
        if b.updates.is_empty() && b.lost.is_none() && !b.account_changed && b.channels.is_empty() {
            return;
        }
        let state = UpdateStateChange {
            account: if b.account_changed {
                self.account
            } else {
                None
            },
            channels: b
                .channels
                .iter()
                .map(|&id| (ChannelId(id), self.channels.get(&id).map(|c| c.pts)))
                .collect(),
        };
        self.queued += b.updates.len();
        // A batch nobody took yet may grow: the application sees the same updates in the
        // same order, and commits once for all of them.
        if let Some(last) = self.out.back_mut()
            && last.lost.is_none()
            && b.lost.is_none()
            && last.updates.len() + b.updates.len() <= self.config.max_batch
        {
            last.updates.extend(b.updates);
            last.users.extend(b.users);
            last.chats.extend(b.chats);
            if state.account.is_some() {
                last.state.account = state.account;
            }
            last.state.channels.extend(state.channels);
            return;
        }
        self.out.push_back(Batch {
            updates: b.updates,
            users: b.users,
            chats: b.chats,
            lost: b.lost,
            state,
        });
    }

    /// The next call to make, if any (then it is in flight until answered).
    pub fn poll_request(&mut self, _now: Instant) -> Option<Request> {
        if !self.has_room() {
            return None;
        }
        if self.fetch == Fetch::Wanted {
            self.fetch = Fetch::InFlight;
            return Some(match self.account {
                None => Request::GetState,
                Some(a) => Request::GetDifference {
                    pts: a.pts,
                    qts: a.qts,
                    date: i32::try_from(a.date.0).unwrap_or(i32::MAX),
                },
            });
        }
        if self.fetch.busy() && self.account.is_none() {
            // Nothing for channels before the account state is known.
            return None;
        }
        let limit = if self.config.is_bot { 100_000 } else { 100 };
        let (&channel, b) = self
            .channels
            .iter_mut()
            .find(|(_, b)| b.fetch == Fetch::Wanted)?;
        b.fetch = Fetch::InFlight;
        Some(Request::GetChannelDifference {
            channel,
            access_hash: self.hashes.get(&channel).copied(),
            pts: b.pts,
            limit,
        })
    }

    /// A request failed (network, flood wait, server error): it is tried again after a
    /// backoff (1 s doubling to 60 s).
    pub fn on_failed(&mut self, request: Request, now: Instant) {
        match request {
            Request::GetState | Request::GetDifference { .. } => {
                self.fetch = Fetch::RetryAt(now + self.backoff);
                self.backoff = (self.backoff * 2).min(MAX_BACKOFF);
            }
            Request::GetChannelDifference { channel, .. } => {
                if let Some(b) = self.channels.get_mut(&channel) {
                    b.fetch = Fetch::RetryAt(now + b.backoff);
                    b.backoff = (b.backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    /// The channel is gone for this account (CHANNEL_PRIVATE, CHANNEL_INVALID, left): its
    /// box is forgotten (and so is its stored pts, when the next batch is committed).
    pub fn forget_channel(&mut self, channel: i64) {
        if self.channels.remove(&channel).is_some() {
            self.building.channels.insert(channel);
            self.flush();
        }
    }

    /// When [`Engine::handle_timeout`] must run next.
    pub fn poll_timeout(&self) -> Option<Instant> {
        let retry = |f: Fetch| match f {
            Fetch::RetryAt(t) => Some(t),
            _ => None,
        };
        let channels = self
            .channels
            .values()
            .flat_map(|b| [b.gap_at, retry(b.fetch)]);
        [self.gap_at, retry(self.fetch), Some(self.idle_at)]
            .into_iter()
            .chain(channels)
            .flatten()
            .min()
    }

    /// Runs the timers due at `now`: expired gaps and retries want their difference; a
    /// long silence fetches one too.
    pub fn handle_timeout(&mut self, now: Instant) {
        if self.gap_at.is_some_and(|t| t <= now) {
            self.want_difference();
        }
        if matches!(self.fetch, Fetch::RetryAt(t) if t <= now) {
            self.fetch = Fetch::Wanted;
        }
        if self.idle_at <= now {
            self.idle_at = now + self.config.idle;
            if self.account.is_some() && !self.fetch.busy() {
                self.fetch = Fetch::Wanted;
            }
        }
        for b in self.channels.values_mut() {
            if b.gap_at.is_some_and(|t| t <= now) {
                b.gap_at = None;
                b.held.clear();
                if !b.fetch.busy() {
                    b.fetch = Fetch::Wanted;
                }
            }
            if matches!(b.fetch, Fetch::RetryAt(t) if t <= now) {
                b.fetch = Fetch::Wanted;
            }
        }
    }
}

mod difference;
#[cfg(test)]
mod tests;
