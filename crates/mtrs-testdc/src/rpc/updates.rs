//! `updates.getState`, `updates.getDifference` and `updates.getChannelDifference`,
//! served from the update log.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::updates as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::injection::now;
use crate::messages::{chats, dialog, min_users, people, render_message, render_update, users};
use crate::updates_log::{Change, Entry, FIRST_PTS, Mailbox, Peer};

/// The most messages a user may ask `updates.getChannelDifference` for (bots: more).
const CHANNEL_LIMIT_USER: i32 = 100;
/// The most messages a bot may ask `updates.getChannelDifference` for.
const CHANNEL_LIMIT_BOT: i32 = 100_000;
/// The `timeout` a final channel difference suggests before asking again.
const CHANNEL_TIMEOUT: i32 = 30;

fn state(pts: i32, seq: i32, date: i32) -> enums::updates::State {
    enums::updates::State::State(types::updates::State {
        pts,
        qts: 0,
        date,
        seq,
        unread_count: 0,
    })
}

/// `updates.getState` → the account's `updates.state` (pts, seq; qts 0, date now).
pub(super) fn get_state(ctx: &RpcCtx<'_>) -> Answer {
    let me = ctx.user()?;
    let (pts, seq) = {
        let mut log = ctx.shared.updates.lock();
        let b = log.account(me);
        (b.pts, b.seq)
    };
    ok(&state(pts, seq, now()))
}

/// The new messages and other updates of `entries`, and the users they name.
fn contents(
    b: &Mailbox,
    entries: &[Entry],
    channel: Option<i64>,
) -> (Vec<enums::Message>, Vec<enums::Update>, Vec<i64>) {
    let mut new_messages = Vec::new();
    let mut other_updates = Vec::new();
    let mut named = Vec::new();
    for e in entries {
        match &e.change {
            Change::NewMessage(id) => {
                if let Some(m) = b.messages.get(id) {
                    named.extend(people(m));
                    new_messages.push(render_message(m));
                }
            }
            change => {
                if let Change::EditMessage(id) = change
                    && let Some(m) = b.messages.get(id)
                {
                    named.extend(people(m));
                }
                other_updates.extend(render_update(b, change, e.pts, e.pts_count, channel));
            }
        }
    }
    (new_messages, other_updates, named)
}

/// `updates.getDifference`: `differenceEmpty` when nothing happened since the client's
/// pts (and no channel posted since its date), `differenceTooLong` when it is more than
/// `ClusterBuilder::difference_too_long_after` behind, `differenceSlice` when more
/// events remain than fit one answer, else `difference` (with `updateChannelTooLong`
/// for channels that posted since the client's date). Errors:
/// `PERSISTENT_TIMESTAMP_EMPTY` for a pts ≤ 0, `PERSISTENT_TIMESTAMP_INVALID` for one
/// in the future.
pub(super) fn get_difference(ctx: &RpcCtx<'_>, req: f::GetDifference) -> Answer {
    let me = ctx.user()?;
    let limits = ctx.shared.update_limits;
    let date = now();
    let mut log = ctx.shared.updates.lock();
    let hinted = log.channels_changed_since(req.date);
    let b = log.account(me);
    if req.pts <= 0 {
        return Err(RpcError::new(400, "PERSISTENT_TIMESTAMP_EMPTY"));
    }
    if req.pts > b.pts {
        return Err(RpcError::new(400, "PERSISTENT_TIMESTAMP_INVALID"));
    }
    if b.pts - req.pts > limits.too_long_after {
        return ok(&enums::updates::Difference::DifferenceTooLong(
            types::updates::DifferenceTooLong { pts: b.pts },
        ));
    }
    let entries = b.after(req.pts);
    if entries.is_empty() && hinted.is_empty() {
        return ok(&enums::updates::Difference::DifferenceEmpty(
            types::updates::DifferenceEmpty { date, seq: b.seq },
        ));
    }
    let limit = req
        .pts_total_limit
        .and_then(|l| usize::try_from(l).ok())
        .filter(|&l| l > 0)
        .map_or(limits.difference_limit, |l| l.min(limits.difference_limit));
    let sliced = entries.len() > limit;
    let taken = entries.get(..limit.min(entries.len())).unwrap_or_default();
    let (new_messages, mut other_updates, mut named) = contents(b, taken, None);
    named.push(me);
    let users = users(ctx.shared, &named, me);
    if let Some(last) = taken.last().filter(|_| sliced) {
        return ok(&enums::updates::Difference::DifferenceSlice(
            types::updates::DifferenceSlice {
                new_messages,
                new_encrypted_messages: Vec::new(),
                other_updates,
                chats: Vec::new(),
                users,
                intermediate_state: state(last.pts, last.seq, last.date),
            },
        ));
    }
    other_updates.extend(hinted.iter().map(|&(channel_id, _)| {
        enums::Update::UpdateChannelTooLong(types::UpdateChannelTooLong {
            channel_id,
            pts: None,
        })
    }));
    let channel_ids: Vec<i64> = hinted.iter().map(|&(id, _)| id).collect();
    ok(&enums::updates::Difference::Difference(
        types::updates::Difference {
            new_messages,
            new_encrypted_messages: Vec::new(),
            other_updates,
            chats: chats(ctx.shared, &channel_ids),
            users,
            state: state(b.pts, b.seq, date),
        },
    ))
}

/// The channel an `InputChannel` names with the right access hash.
fn channel_of(ctx: &RpcCtx<'_>, input: &enums::InputChannel) -> Result<i64, RpcError> {
    let invalid = || RpcError::new(400, "CHANNEL_INVALID");
    let enums::InputChannel::InputChannel(c) = input else {
        return Err(invalid());
    };
    ctx.shared
        .fixture
        .channels
        .iter()
        .find(|f| f.id == c.channel_id && f.access_hash == c.access_hash)
        .map(|f| f.id)
        .ok_or_else(invalid)
}

/// `updates.getChannelDifference`: `channelDifferenceEmpty` (final) at the channel's
/// pts, `channelDifferenceTooLong` (final; the dialog and the latest `limit` messages)
/// for a pts ≤ 0 or more than `ClusterBuilder::difference_too_long_after` behind, else
/// `channelDifference` with at most `limit` events (capped at 100 for users, 100 000 for
/// bots), `final` false when more remain. `CHANNEL_INVALID` for an unknown channel or
/// access hash, `PERSISTENT_TIMESTAMP_INVALID` for a pts in the future.
pub(super) fn get_channel_difference(ctx: &RpcCtx<'_>, req: f::GetChannelDifference) -> Answer {
    let me = ctx.user()?;
    let channel = channel_of(ctx, &req.channel)?;
    let bot = ctx.shared.account(me).is_some_and(|a| a.is_bot());
    let cap = if bot {
        CHANNEL_LIMIT_BOT
    } else {
        CHANNEL_LIMIT_USER
    };
    let limit = usize::try_from(req.limit.clamp(1, cap)).unwrap_or(1);
    let mut log = ctx.shared.updates.lock();
    let b = log.channel(channel);
    if req.pts > b.pts {
        return Err(RpcError::new(400, "PERSISTENT_TIMESTAMP_INVALID"));
    }
    let chats = chats(ctx.shared, &[channel]);
    if req.pts < FIRST_PTS || b.pts - req.pts > ctx.shared.update_limits.too_long_after {
        let messages = b
            .messages
            .values()
            .rev()
            .take(limit)
            .map(render_message)
            .collect();
        return ok(
            &enums::updates::ChannelDifference::ChannelDifferenceTooLong(
                types::updates::ChannelDifferenceTooLong {
                    r#final: true,
                    timeout: Some(CHANNEL_TIMEOUT),
                    dialog: dialog(
                        Peer::Channel(channel),
                        b.messages.keys().next_back().copied().unwrap_or(0),
                        Some(b.pts),
                    ),
                    messages,
                    chats,
                    users: Vec::new(),
                },
            ),
        );
    }
    let entries = b.after(req.pts);
    if entries.is_empty() {
        return ok(&enums::updates::ChannelDifference::ChannelDifferenceEmpty(
            types::updates::ChannelDifferenceEmpty {
                r#final: true,
                pts: b.pts,
                timeout: Some(CHANNEL_TIMEOUT),
            },
        ));
    }
    let taken = entries.get(..limit.min(entries.len())).unwrap_or_default();
    let done = taken.len() == entries.len();
    let pts = taken.last().map_or(b.pts, |e| e.pts);
    let (new_messages, other_updates, named) = contents(b, taken, Some(channel));
    let users = min_users(ctx.shared, &named, me);
    ok(&enums::updates::ChannelDifference::ChannelDifference(
        types::updates::ChannelDifference {
            r#final: done,
            pts,
            timeout: done.then_some(CHANNEL_TIMEOUT),
            new_messages,
            other_updates,
            chats,
            users,
        },
    ))
}
