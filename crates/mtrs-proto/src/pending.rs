//! The table of outstanding queries (client role).
//!
//! Each query moves through not sent → sent(msg_id, container) → acked → done. Re-sends
//! either keep the msg_id (wrapped in a new container, so the server can recognise a
//! duplicate) or take a fresh one (after a salt, time or seq_no complaint).
//! Maps are ordered, so a run is reproducible from its inputs.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, SystemTime};

use bytes::Bytes;

use crate::event::RequestId;
use crate::msg_id::MsgId;
use crate::seq_no::SeqNo;

/// Who asked for a query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// The driver, through `enqueue`: its result becomes an event.
    User,
    /// The connection itself (`get_future_salts`): handled inside.
    FutureSalts,
}

/// Where a query is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    /// Waiting for `poll_transmit`.
    NotSent,
    /// On the wire; `acked` once the server confirmed receipt.
    Sent {
        msg_id: MsgId,
        seq_no: SeqNo,
        container: Option<MsgId>,
        at: SystemTime,
        acked: bool,
    },
}

/// How a queued query goes out next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SendMode {
    /// With a fresh msg_id and seq_no.
    Fresh,
    /// Again with the msg_id and seq_no it had (inside a container).
    SameId { msg_id: MsgId, seq_no: SeqNo },
    /// For the first time, under a msg_id and seq_no reserved when it was queued.
    Reserved { msg_id: MsgId, seq_no: SeqNo },
}

#[derive(Clone, Debug)]
pub(crate) struct Request {
    /// The body, held here once: every (re-)send shares it, none copies it.
    pub(crate) body: Bytes,
    pub(crate) origin: Origin,
    pub(crate) state: State,
    pub(crate) same_id_resends: u32,
    /// Whether it may travel inside a container (not after code 64).
    pub(crate) containable: bool,
}

/// The outstanding queries.
#[derive(Clone, Debug, Default)]
pub(crate) struct Pending {
    next_id: u64,
    requests: BTreeMap<RequestId, Request>,
    by_msg_id: BTreeMap<MsgId, RequestId>,
    containers: BTreeMap<MsgId, Vec<MsgId>>,
    queue: VecDeque<(RequestId, SendMode)>,
}

impl Pending {
    pub(crate) fn push(&mut self, body: Bytes, origin: Origin) -> RequestId {
        let id = RequestId(self.next_id);
        self.next_id += 1;
        let request = Request {
            body,
            origin,
            state: State::NotSent,
            same_id_resends: 0,
            containable: true,
        };
        self.requests.insert(id, request);
        self.queue.push_back((id, SendMode::Fresh));
        id
    }

    /// Queues a query that must go out under `msg_id` and `seq_no`, chosen before its body
    /// was made (its body names them, as `auth.bindTempAuthKey` does), alone in its packet.
    pub(crate) fn push_with_id(
        &mut self,
        body: Bytes,
        origin: Origin,
        msg_id: MsgId,
        seq_no: SeqNo,
    ) -> RequestId {
        let id = RequestId(self.next_id);
        self.next_id += 1;
        let request = Request {
            body,
            origin,
            state: State::NotSent,
            same_id_resends: 0,
            containable: false,
        };
        self.requests.insert(id, request);
        self.queue
            .push_back((id, SendMode::Reserved { msg_id, seq_no }));
        id
    }

    pub(crate) fn len(&self) -> usize {
        self.requests.len()
    }

    pub(crate) fn has_outstanding(&self, origin: Origin) -> bool {
        self.requests.values().any(|r| r.origin == origin)
    }

    /// The next queued query that fits, without removing it.
    pub(crate) fn peek_queue(&self) -> Option<(RequestId, SendMode, &Request)> {
        let &(id, mode) = self.queue.front()?;
        self.requests.get(&id).map(|r| (id, mode, r))
    }

    /// Removes the head of the queue (after [`Pending::peek_queue`]).
    pub(crate) fn pop_queue(&mut self) {
        self.queue.pop_front();
    }

    /// Drops queue entries of queries that are gone.
    pub(crate) fn skip_stale(&mut self) {
        while let Some(&(id, _)) = self.queue.front() {
            if self.requests.contains_key(&id) {
                return;
            }
            self.queue.pop_front();
        }
    }

    pub(crate) fn mark_sent(
        &mut self,
        id: RequestId,
        msg_id: MsgId,
        seq_no: SeqNo,
        container: Option<MsgId>,
        now: SystemTime,
    ) {
        if let Some(r) = self.requests.get_mut(&id) {
            r.state = State::Sent {
                msg_id,
                seq_no,
                container,
                at: now,
                acked: false,
            };
            self.by_msg_id.insert(msg_id, id);
        }
    }

    pub(crate) fn record_container(&mut self, container: MsgId, inner: Vec<MsgId>) {
        self.containers.insert(container, inner);
    }

    /// The server confirmed receipt of `msg_id`.
    pub(crate) fn ack(&mut self, msg_id: MsgId) {
        if let Some(id) = self.by_msg_id.get(&msg_id)
            && let Some(Request {
                state: State::Sent { acked, .. },
                ..
            }) = self.requests.get_mut(id)
        {
            *acked = true;
        }
    }

    /// The query sent as `msg_id`, if it is still outstanding.
    pub(crate) fn find(&self, msg_id: MsgId) -> Option<RequestId> {
        self.by_msg_id.get(&msg_id).copied()
    }

    /// Removes the query answered by `req_msg_id`.
    pub(crate) fn complete(&mut self, req_msg_id: MsgId) -> Option<(RequestId, Request)> {
        let id = self.by_msg_id.remove(&req_msg_id)?;
        let request = self.requests.remove(&id)?;
        Some((id, request))
    }

    /// Queues again, under their own msg_ids (inside a new container), every query sent
    /// as `msg_id` or inside the container `msg_id`: for a packet the server refused as a
    /// whole (`bad_server_salt`), where a query it executed before must be recognised, not
    /// run again. A query whose id is too old to be accepted gets a fresh one. Returns how
    /// many.
    pub(crate) fn resend_same(&mut self, msg_id: MsgId, now: SystemTime) -> usize {
        let mut ids = self.containers.remove(&msg_id).unwrap_or_default();
        ids.push(msg_id);
        let mut again = Vec::new();
        for m in ids {
            let Some(&id) = self.by_msg_id.get(&m) else {
                continue;
            };
            let Some(r) = self.requests.get_mut(&id) else {
                continue;
            };
            let State::Sent { msg_id, seq_no, .. } = r.state else {
                continue;
            };
            r.state = State::NotSent;
            let age = now.duration_since(msg_id_time(msg_id)).unwrap_or_default();
            if age < Duration::from_secs(240) {
                again.push((id, SendMode::SameId { msg_id, seq_no }));
            } else {
                self.by_msg_id.remove(&msg_id);
                r.same_id_resends = 0;
                again.push((id, SendMode::Fresh));
            }
        }
        let count = again.len();
        for entry in again.into_iter().rev() {
            self.queue.push_front(entry);
        }
        count
    }

    /// Queues again, with a fresh msg_id, every query sent as `msg_id` or inside the
    /// container `msg_id`. Returns how many.
    pub(crate) fn resend_fresh(&mut self, msg_id: MsgId, containable: bool) -> usize {
        let mut ids = self.containers.remove(&msg_id).unwrap_or_default();
        ids.push(msg_id);
        let mut count = 0;
        for m in ids {
            let Some(id) = self.by_msg_id.remove(&m) else {
                continue;
            };
            if let Some(r) = self.requests.get_mut(&id) {
                r.state = State::NotSent;
                r.same_id_resends = 0;
                r.containable &= containable;
                self.queue.push_front((id, SendMode::Fresh));
                count += 1;
            }
        }
        count
    }

    /// Queues again every query whose answer is overdue: with its old msg_id, or a fresh
    /// one after `max_same_id` such attempts (or once the old id is too old to be
    /// accepted). Returns how many.
    pub(crate) fn resend_overdue(
        &mut self,
        now: SystemTime,
        after: Duration,
        max_same_id: u32,
    ) -> usize {
        let mut count = 0;
        for (&id, r) in &mut self.requests {
            let State::Sent {
                msg_id,
                seq_no,
                at,
                acked,
                ..
            } = r.state
            else {
                continue;
            };
            let wait = if acked { after * 2 } else { after };
            if at + wait > now {
                continue;
            }
            let age = now.duration_since(msg_id_time(msg_id)).unwrap_or_default();
            if r.same_id_resends < max_same_id && age < Duration::from_secs(240) {
                r.same_id_resends += 1;
                // Stays findable by its msg_id: the old answer may still arrive.
                r.state = State::NotSent;
                self.queue
                    .push_back((id, SendMode::SameId { msg_id, seq_no }));
            } else {
                self.by_msg_id.remove(&msg_id);
                r.state = State::NotSent;
                r.same_id_resends = 0;
                self.queue.push_back((id, SendMode::Fresh));
            }
            count += 1;
        }
        count
    }

    /// The transport under the session was lost: every query on the wire goes out again on
    /// the next one, ahead of those never sent, in their original order — with its old
    /// msg_id inside a container (so a server that already executed it answers from its
    /// cache instead of running it twice), or with a fresh one once the old id is too old
    /// to be accepted. Returns how many.
    pub(crate) fn resend_after_transport_loss(&mut self, now: SystemTime) -> usize {
        let mut again = Vec::new();
        for (&id, r) in &mut self.requests {
            let State::Sent { msg_id, seq_no, .. } = r.state else {
                continue;
            };
            r.state = State::NotSent;
            let age = now.duration_since(msg_id_time(msg_id)).unwrap_or_default();
            if age < Duration::from_secs(240) {
                // Stays findable by its msg_id: the answer may arrive under it.
                again.push((id, SendMode::SameId { msg_id, seq_no }));
            } else {
                self.by_msg_id.remove(&msg_id);
                r.same_id_resends = 0;
                again.push((id, SendMode::Fresh));
            }
        }
        let count = again.len();
        // Drop queue entries of the same queries (a timeout may have queued them already).
        self.queue
            .retain(|(id, _)| !again.iter().any(|(other, _)| other == id));
        for entry in again.into_iter().rev() {
            self.queue.push_front(entry);
        }
        count
    }

    /// Queues again with fresh ids the queries named by `msg_ids` that the server says it
    /// never received.
    pub(crate) fn resend_unreceived(&mut self, msg_ids: impl Iterator<Item = MsgId>) -> usize {
        msg_ids.map(|m| self.resend_fresh(m, true)).sum()
    }

    /// When the next overdue check is due.
    pub(crate) fn next_deadline(&self, after: Duration) -> Option<SystemTime> {
        self.requests
            .values()
            .filter_map(|r| match r.state {
                State::Sent { at, acked, .. } => Some(at + if acked { after * 2 } else { after }),
                State::NotSent => None,
            })
            .min()
    }

    /// Forgets containers whose queries are all done.
    pub(crate) fn prune_containers(&mut self) {
        let by_msg_id = &self.by_msg_id;
        self.containers
            .retain(|_, inner| inner.iter().any(|m| by_msg_id.contains_key(m)));
    }
}

/// The local time a msg_id of ours encodes (offset included; close enough for aging).
fn msg_id_time(msg_id: MsgId) -> SystemTime {
    SystemTime::UNIX_EPOCH + msg_id.time()
}
