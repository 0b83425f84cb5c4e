//! Pushing updates: each push goes, through the account's push faults, to every live
//! session (one a TCP connection uses now) authorized as the account and subscribed to
//! updates (it ran an API method outside `invokeWithoutUpdates`), on any DC, and
//! wakes that connection so it is sent at once. A session without a connection misses
//! it, as on Telegram; the client catches up with `updates.getDifference`.

use crate::events::Event;
use crate::layers;
use crate::push_faults::Pending;
use crate::state::Shared;

/// A session to leave out: (auth key id, session id).
pub(crate) type Exclude = Option<(u64, i64)>;

/// Pushes each of `pushes` (in order) to its account, through its push faults.
pub(crate) fn deliver(shared: &Shared, pushes: Vec<Pending>, exclude: Exclude) {
    for push in pushes {
        let account = push.account;
        let decision = shared.push_faults.lock().decide(push);
        if let Some(kind) = decision.fault {
            shared.events.push(Event::PushFault {
                peer: account,
                kind,
            });
        }
        for p in &decision.send {
            send(shared, p, exclude);
        }
    }
}

/// Pushes a channel's change to its members (`pushes`, one per member), unless the
/// channel's `drop` fault takes it.
pub(crate) fn deliver_channel(shared: &Shared, channel: i64, pushes: Vec<Pending>) {
    if shared.push_faults.lock().channel_drop_due(channel) {
        shared.events.push(Event::PushFault {
            peer: channel,
            kind: "drop",
        });
        return;
    }
    deliver(shared, pushes, None);
}

/// Sends what a pause held for `account`, in order; returns how many pushes that was.
pub(crate) fn resume(shared: &Shared, account: i64) -> usize {
    let _order = shared.delivery.lock();
    let held = shared.push_faults.lock().resume(account);
    for p in &held {
        send(shared, p, None);
    }
    held.len()
}

/// Queues `p` on every live session of its account and wakes their connections.
fn send(shared: &Shared, p: &Pending, exclude: Exclude) {
    for dc in &shared.dcs {
        let attached = dc.sessions.lock().attached();
        for (key_id, session_id, session) in attached {
            if exclude == Some((key_id, session_id)) || dc.user_of(key_id) != Some(p.account) {
                continue;
            }
            // A client of an older layer gets the update in its layer (as it is if that
            // layer cannot carry it, as answers).
            let layer = dc
                .keys
                .lock()
                .get(&key_id)
                .and_then(|k| k.layer)
                .filter(|&l| layers::needs_transcoding(l));
            let body = match layer {
                Some(layer) => {
                    layers::value_down(&p.body, layer).unwrap_or_else(|_| p.body.clone())
                }
                None => p.body.clone(),
            };
            let queued = {
                let mut s = session.lock();
                let queued = s.subscribed && s.conn.push_update(body).is_ok();
                if queued {
                    s.wake.notify_one();
                }
                queued
            };
            if !queued {
                continue;
            }
            dc.count(|c| c.updates_pushed += 1);
            shared.events.push(Event::UpdatePushed {
                dc_id: dc.id,
                key_id,
                account: p.account,
                constructor: p.constructor,
                pts: p.pts,
                seq: p.seq,
            });
        }
    }
}

/// Queues `body` on one session (DC `dc_id`, key, session id) if a TCP connection uses
/// it now, whoever it is logged in as, and wakes that connection (`updateLoginToken`
/// goes to the session that exported the token). Returns whether it was queued.
pub(crate) fn to_session(
    shared: &Shared,
    dc_id: i32,
    key_id: u64,
    session_id: i64,
    body: Vec<u8>,
    account: i64,
) -> bool {
    let Some(dc) = shared.dc(dc_id) else {
        return false;
    };
    let attached = dc.sessions.lock().attached();
    let Some((_, _, session)) = attached
        .into_iter()
        .find(|(k, s, _)| (*k, *s) == (key_id, session_id))
    else {
        return false;
    };
    let queued = {
        let mut s = session.lock();
        let queued = s.conn.push_update(body).is_ok();
        if queued {
            s.wake.notify_one();
        }
        queued
    };
    if queued {
        dc.count(|c| c.updates_pushed += 1);
        shared.events.push(Event::UpdatePushed {
            dc_id,
            key_id,
            account,
            constructor: "updateShort",
            pts: 0,
            seq: 0,
        });
    }
    queued
}
