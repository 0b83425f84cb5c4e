//! Events a test injects (a private message, an edit, a deletion, a channel post, a push
//! fault): logged in the update log and pushed to the live sessions of every account
//! they affect. [`crate::Cluster`] and the control interface both call these.

use std::time::SystemTime;

use crate::dc::unix;
use crate::error::Error;
use crate::messages::{account_push, channel_push};
use crate::push;
use crate::push_faults::Pending;
use crate::state::Shared;
use crate::updates_log::{Applied, LogError, UpdatesLog};

/// What an injected event did: the message id and pts of the account that received it
/// (for a private message: the recipient; for an edit or deletion: the account that
/// made it) or of the channel, and the same for every account it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Injected {
    /// The message id (the first one of a deletion).
    pub id: i32,
    /// The pts after the event.
    pub pts: i32,
    /// Every account (or channel) the event changed, with its own id and pts.
    pub affected: Vec<Affected>,
}

/// One account's (or a channel's) side of an injected event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Affected {
    /// The account or channel id.
    pub peer: i64,
    /// The message id there (ids are per account in private chats).
    pub id: i32,
    /// Its pts after the event.
    pub pts: i32,
    /// How many pts the event took there.
    pub pts_count: i32,
    /// The seq of the `updates` container it was pushed in (0: a short form or a
    /// channel update).
    pub seq: i32,
}

/// An account's update state as `updates.getState` answers it (or a channel's pts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateState {
    /// The pts of the account (or channel).
    pub pts: i32,
    /// The account's qts (always 0: no qts events exist yet).
    pub qts: i32,
    /// The account's seq (a channel's stays 1).
    pub seq: i32,
}

/// The update state of an account or a fixture channel.
pub(crate) fn update_state(shared: &Shared, peer: i64) -> Result<UpdateState, Error> {
    let is_channel = shared.fixture.channels.iter().any(|c| c.id == peer);
    if !is_channel {
        known_account(shared, peer)?;
    }
    let mut log = shared.updates.lock();
    let b = if is_channel {
        log.channel(peer)
    } else {
        log.account(peer)
    };
    Ok(UpdateState {
        pts: b.pts,
        qts: 0,
        seq: b.seq,
    })
}

/// A fault of the update pushes to one account (see [`crate::Cluster::push_fault`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PushFault {
    /// The next N pushes are not sent (the log keeps them: a gap). For a channel id: the
    /// next N posts reach no member.
    Drop(u32),
    /// The next N pushes are sent twice.
    Duplicate(u32),
    /// The next push is held and sent after the one following it.
    Reorder,
    /// `updatesTooLong` is sent instead of each of the next N pushes.
    TooLong(u32),
    /// Pushes are held from now on.
    Pause,
    /// Held pushes are sent, in order, and pushes flow again.
    Resume,
}

/// The server's unix time as a TL date.
pub(crate) fn now() -> i32 {
    i32::try_from(unix(SystemTime::now())).unwrap_or(i32::MAX)
}

fn affected(a: &Applied) -> Affected {
    Affected {
        peer: a.owner,
        id: a.id,
        pts: a.pts,
        pts_count: a.pts_count,
        seq: a.seq.unwrap_or(0),
    }
}

fn known_account(shared: &Shared, id: i64) -> Result<(), Error> {
    shared
        .account(id)
        .map(|_| ())
        .ok_or(Error::UnknownPeer { id })
}

fn log_error(e: LogError) -> Error {
    match e {
        LogError::UnknownMessage { owner, id } => Error::UnknownMessage { account: owner, id },
    }
}

/// The pushes of changes to accounts.
fn pushes_for(shared: &Shared, log: &mut UpdatesLog, applied: &[Applied]) -> Vec<Pending> {
    applied
        .iter()
        .filter_map(|a| account_push(shared, log.account(a.owner), a))
        .collect()
}

/// Logs and pushes changes made under the delivery order lock; returns the injection.
fn finish(shared: &Shared, applied: Vec<Applied>, pushes: Vec<Pending>) -> Injected {
    push::deliver(shared, pushes, None);
    let first = applied.first().map(affected);
    Injected {
        id: first.map_or(0, |a| a.id),
        pts: first.map_or(0, |a| a.pts),
        affected: applied.iter().map(affected).collect(),
    }
}

/// `from` sends `text` to `to`.
pub(crate) fn send_message(
    shared: &Shared,
    from: i64,
    to: i64,
    text: &str,
) -> Result<Injected, Error> {
    known_account(shared, from)?;
    known_account(shared, to)?;
    let _order = shared.delivery.lock();
    let (applied, pushes) = {
        let mut log = shared.updates.lock();
        let sent = log.send_message(from, to, text, now(), None, true);
        // The recipient's side first (it is what `Injected` describes).
        let applied: Vec<Applied> = sent.recipient.into_iter().chain([sent.sender]).collect();
        let pushes = pushes_for(shared, &mut log, &applied);
        (applied, pushes)
    };
    Ok(finish(shared, applied, pushes))
}

/// `account` edits its message `id` in the chat with `peer`.
pub(crate) fn edit_message(
    shared: &Shared,
    account: i64,
    peer: i64,
    id: i32,
    text: &str,
) -> Result<Injected, Error> {
    known_account(shared, account)?;
    let _order = shared.delivery.lock();
    let (applied, pushes) = {
        let mut log = shared.updates.lock();
        let applied = log
            .edit_message(account, peer, id, text, now())
            .map_err(log_error)?;
        let pushes = pushes_for(shared, &mut log, &applied);
        (applied, pushes)
    };
    Ok(finish(shared, applied, pushes))
}

/// `account` deletes its messages `ids` (on both sides of each private chat).
pub(crate) fn delete_messages(
    shared: &Shared,
    account: i64,
    ids: &[i32],
) -> Result<Injected, Error> {
    known_account(shared, account)?;
    let _order = shared.delivery.lock();
    let (applied, pushes) = {
        let mut log = shared.updates.lock();
        let applied = log
            .delete_messages(account, ids, now())
            .map_err(log_error)?;
        let pushes = pushes_for(shared, &mut log, &applied);
        (applied, pushes)
    };
    Ok(finish(shared, applied, pushes))
}

/// A post in `channel`, pushed to every member (every account).
pub(crate) fn channel_post(shared: &Shared, channel: i64, text: &str) -> Result<Injected, Error> {
    channel_message(shared, channel, None, text)
}

/// A message in `channel` by account `from` (a post when `None`), pushed to every
/// member (every account).
pub(crate) fn channel_message(
    shared: &Shared,
    channel: i64,
    from: Option<i64>,
    text: &str,
) -> Result<Injected, Error> {
    if !shared.fixture.channels.iter().any(|c| c.id == channel) {
        return Err(Error::UnknownPeer { id: channel });
    }
    if let Some(id) = from.filter(|&id| shared.account(id).is_none()) {
        return Err(Error::UnknownPeer { id });
    }
    let members = shared.all_accounts();
    let _order = shared.delivery.lock();
    let (applied, pushes) = {
        let mut log = shared.updates.lock();
        let applied = log.channel_message(channel, from, text, now());
        let b = log.channel(channel);
        let pushes: Vec<Pending> = members
            .iter()
            .filter_map(|m| channel_push(shared, b, &applied, m.id))
            .collect();
        (applied, pushes)
    };
    push::deliver_channel(shared, channel, pushes);
    Ok(Injected {
        id: applied.id,
        pts: applied.pts,
        affected: vec![affected(&applied)],
    })
}

/// Sets a push fault on an account (or `Drop` on a channel); returns how many held
/// pushes a `Resume` sent (else 0).
pub(crate) fn push_fault(shared: &Shared, peer: i64, fault: PushFault) -> Result<usize, Error> {
    let is_channel = shared.fixture.channels.iter().any(|c| c.id == peer);
    if is_channel {
        let PushFault::Drop(n) = fault else {
            return Err(Error::UnknownPeer { id: peer });
        };
        shared.push_faults.lock().drop_channel_next(peer, n);
        return Ok(0);
    }
    known_account(shared, peer)?;
    if fault == PushFault::Resume {
        return Ok(push::resume(shared, peer));
    }
    let mut faults = shared.push_faults.lock();
    match fault {
        PushFault::Drop(n) => faults.drop_next(peer, n),
        PushFault::Duplicate(n) => faults.duplicate_next(peer, n),
        PushFault::Reorder => faults.reorder_next(peer),
        PushFault::TooLong(n) => faults.too_long_next(peer, n),
        PushFault::Pause => faults.pause(peer),
        PushFault::Resume => {}
    }
    Ok(0)
}
