//! Message identifiers: generation and the receive-side checks.
//!
//! A msg_id is roughly `unixtime × 2^32`; its low 32 bits are a fraction of the second and
//! never zero. Client ids are ≡ 0 (mod 4); server ids are ≡ 1 (mod 4) for replies and
//! ≡ 3 otherwise. Ids grow strictly within a session on each side.
//!
//! See <https://core.telegram.org/mtproto/description#message-identifier-msg-id>.

use std::collections::VecDeque;
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::error::PacketError;
use crate::transport::Role;

/// A message identifier.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct MsgId(pub i64);

impl MsgId {
    /// The (server-corrected) unix time in seconds the id encodes.
    pub fn unix_secs(self) -> i64 {
        self.0 >> 32
    }

    /// The id's time as a duration since the unix epoch (negative times clamp to zero).
    pub fn time(self) -> Duration {
        let secs = u64::try_from(self.0 >> 32).unwrap_or(0);
        let frac = (self.0 & 0xffff_ffff) as u64;
        Duration::from_secs(secs) + Duration::from_nanos((frac * 1_000_000_000) >> 32)
    }

    /// Whether the id could have been made by `role` (client: ≡ 0 mod 4; server: odd).
    pub fn is_from(self, role: Role) -> bool {
        match role {
            Role::Client => self.0 & 3 == 0,
            Role::Server => self.0 & 1 == 1,
        }
    }
}

impl fmt::Debug for MsgId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MsgId({})", self.0)
    }
}

/// How far a received id may lie in the past.
pub const MAX_AGE: Duration = Duration::from_secs(300);

/// How far a received id may lie in the future.
pub const MAX_AHEAD: Duration = Duration::from_secs(30);

fn since_epoch(now: SystemTime) -> Duration {
    now.duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// The raw (uncorrected-for-role) id for a moment, shifted by `offset` seconds.
fn raw_id(now: SystemTime, offset: i64) -> i64 {
    let since = since_epoch(now);
    // Clamped to what a msg_id can hold, so the shift below cannot overflow.
    let secs = i64::try_from(since.as_secs())
        .unwrap_or(i64::MAX)
        .saturating_add(offset)
        .clamp(0, i64::from(i32::MAX));
    let frac = (u64::from(since.subsec_nanos()) << 32) / 1_000_000_000;
    // frac < 2^32: the cast keeps every bit.
    (secs << 32) | frac as i64
}

/// Hands out strictly increasing msg_ids for one side of a session, corrected by the
/// server time offset.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use mtrs_proto::msg_id::MsgIdGen;
/// use mtrs_proto::transport::Role;
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
/// let mut ids = MsgIdGen::new(Role::Client);
/// let a = ids.next(now);
/// let b = ids.next(now);
/// assert!(b > a && a.0 % 4 == 0 && b.0 % 4 == 0);
/// assert_eq!(a.unix_secs(), 1_700_000_000);
/// ```
#[derive(Clone, Debug)]
pub struct MsgIdGen {
    role: Role,
    last: i64,
    time_offset: i64,
}

impl MsgIdGen {
    /// A generator for `role` with no time offset.
    pub fn new(role: Role) -> Self {
        Self {
            role,
            last: 0,
            time_offset: 0,
        }
    }

    /// The server time minus local time, in seconds.
    pub fn time_offset(&self) -> i64 {
        self.time_offset
    }

    /// Sets the server time offset (seconds). Later ids may be lower than earlier ones if
    /// the offset shrinks: the server rejected those anyway.
    pub fn set_time_offset(&mut self, offset: i64) {
        if offset != self.time_offset {
            self.time_offset = offset;
            self.last = 0;
        }
    }

    /// Sets the offset so that local `now` matches the time of the server's `msg_id`
    /// (what to do on bad_msg_notification 16/17). Returns the new offset.
    pub fn correct_from(&mut self, server_msg_id: MsgId, now: SystemTime) -> i64 {
        let local = i64::try_from(since_epoch(now).as_secs()).unwrap_or(i64::MAX);
        let offset = server_msg_id.unix_secs().saturating_sub(local);
        self.set_time_offset(offset);
        offset
    }

    /// The server's notion of "now" (local time plus the offset), in unix seconds.
    pub fn server_now(&self, now: SystemTime) -> i64 {
        i64::try_from(since_epoch(now).as_secs())
            .unwrap_or(i64::MAX)
            .saturating_add(self.time_offset)
    }

    /// The next client id (≡ 0 mod 4), or a server id for a message that is not a reply
    /// (≡ 3 mod 4).
    pub fn next(&mut self, now: SystemTime) -> MsgId {
        let low = match self.role {
            Role::Client => 0,
            Role::Server => 3,
        };
        self.next_with(now, low)
    }

    /// The next server id for a reply to a client message (≡ 1 mod 4). Clients get an id
    /// as from [`MsgIdGen::next`].
    pub fn next_reply(&mut self, now: SystemTime) -> MsgId {
        let low = match self.role {
            Role::Client => 0,
            Role::Server => 1,
        };
        self.next_with(now, low)
    }

    fn next_with(&mut self, now: SystemTime, low: i64) -> MsgId {
        let mut id = (raw_id(now, self.time_offset) & !3) | low;
        if id <= self.last {
            id = ((self.last & !3) + 4) | low;
        }
        if id & 0xffff_ffff == 0 {
            id += 4;
        }
        self.last = id;
        MsgId(id)
    }
}

/// The receive-side msg_id checks of the security guidelines: parity, time window and a
/// window of recently seen ids for duplicate detection.
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use mtrs_proto::msg_id::{MsgId, ReceivedMsgIds};
/// use mtrs_proto::transport::Role;
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
/// let mut seen = ReceivedMsgIds::new(Role::Server, 64);
/// let id = MsgId((1_700_000_000i64 << 32) | 5);
/// assert!(seen.check(id, now, 0).is_ok());
/// assert!(seen.check(id, now, 0).is_err()); // replayed
/// ```
#[derive(Clone, Debug)]
pub struct ReceivedMsgIds {
    peer: Role,
    capacity: usize,
    ids: VecDeque<i64>,
}

impl ReceivedMsgIds {
    /// Tracks ids sent by `peer`, remembering the latest `capacity` of them.
    pub fn new(peer: Role, capacity: usize) -> Self {
        Self {
            peer,
            capacity: capacity.max(1),
            ids: VecDeque::with_capacity(capacity.max(1)),
        }
    }

    /// Checks a received id without recording it.
    ///
    /// `time_offset` is server time minus local time in seconds (0 on the server).
    pub fn verify(
        &self,
        msg_id: MsgId,
        now: SystemTime,
        time_offset: i64,
    ) -> Result<(), PacketError> {
        if !msg_id.is_from(self.peer) || msg_id.0 & 0xffff_ffff == 0 {
            return Err(PacketError::BadMsgIdParity { msg_id });
        }
        let local = raw_id(now, time_offset);
        let delta = msg_id.0.saturating_sub(local);
        // Both bounds are a few hundred seconds: the casts and shifts cannot overflow.
        let ahead = MAX_AHEAD.as_secs() as i64;
        let behind = MAX_AGE.as_secs() as i64;
        if delta > ahead << 32 {
            return Err(PacketError::MsgIdTooNew { msg_id });
        }
        if delta < -(behind << 32) {
            return Err(PacketError::MsgIdTooOld { msg_id });
        }
        if self.ids.binary_search(&msg_id.0).is_ok() {
            return Err(PacketError::DuplicateMsgId { msg_id });
        }
        if self.ids.len() == self.capacity
            && self.ids.front().is_some_and(|&lowest| msg_id.0 < lowest)
        {
            return Err(PacketError::MsgIdBelowWindow { msg_id });
        }
        Ok(())
    }

    /// Records an id that passed [`ReceivedMsgIds::verify`].
    pub fn record(&mut self, msg_id: MsgId) {
        let pos = match self.ids.binary_search(&msg_id.0) {
            Ok(_) => return,
            Err(pos) => pos,
        };
        if self.ids.len() == self.capacity {
            if pos == 0 {
                return;
            }
            self.ids.pop_front();
            self.ids.insert(pos - 1, msg_id.0);
        } else {
            self.ids.insert(pos, msg_id.0);
        }
    }

    /// [`ReceivedMsgIds::verify`] then [`ReceivedMsgIds::record`].
    pub fn check(
        &mut self,
        msg_id: MsgId,
        now: SystemTime,
        time_offset: i64,
    ) -> Result<(), PacketError> {
        self.verify(msg_id, now, time_offset)?;
        self.record(msg_id);
        Ok(())
    }

    /// The `msgs_state_info` status of `msg_id`: 4 if received, 3 if above every id seen,
    /// 2 if inside the remembered window but not received, 1 if below it (unknown).
    pub fn status(&self, msg_id: MsgId) -> u8 {
        if self.ids.binary_search(&msg_id.0).is_ok() {
            4
        } else if self.ids.back().is_none_or(|&max| msg_id.0 > max) {
            3
        } else if self.ids.front().is_some_and(|&min| msg_id.0 > min) {
            2
        } else {
            1
        }
    }

    /// Whether `msg_id` is among the remembered received ids.
    pub fn contains(&self, msg_id: MsgId) -> bool {
        self.ids.binary_search(&msg_id.0).is_ok()
    }

    /// Forgets every id (a new session).
    pub fn clear(&mut self) {
        self.ids.clear();
    }
}

#[cfg(test)]
mod tests;
