//! Batching of outgoing `msgs_ack`.
//!
//! Content-related messages from the peer must be acknowledged. Acks ride along with the
//! next outgoing message, or go alone once enough are pending or the flush delay passed.

use std::time::{Duration, SystemTime};

use crate::msg_id::MsgId;

/// The most ids one `msgs_ack` may carry.
pub const MAX_IDS: usize = 8192;

/// Acknowledgements waiting to be sent.
#[derive(Clone, Debug, Default)]
pub(crate) struct AckQueue {
    ids: Vec<i64>,
    first_at: Option<SystemTime>,
}

impl AckQueue {
    /// Queues `msg_id` for acknowledgement.
    pub(crate) fn push(&mut self, msg_id: MsgId, now: SystemTime) {
        if self.ids.contains(&msg_id.0) {
            return;
        }
        self.ids.push(msg_id.0);
        self.first_at.get_or_insert(now);
    }

    /// Whether nothing is pending.
    pub(crate) fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// When the pending acks must go out even alone.
    pub(crate) fn deadline(&self, delay: Duration) -> Option<SystemTime> {
        self.first_at.map(|t| t + delay)
    }

    /// Whether acks must be sent now even with nothing else to carry them.
    pub(crate) fn must_flush(&self, now: SystemTime, delay: Duration, max: usize) -> bool {
        self.ids.len() >= max || self.deadline(delay).is_some_and(|d| d <= now)
    }

    /// Takes up to [`MAX_IDS`] ids.
    pub(crate) fn take(&mut self) -> Vec<i64> {
        let n = self.ids.len().min(MAX_IDS);
        let taken: Vec<i64> = self.ids.drain(..n).collect();
        if self.ids.is_empty() {
            self.first_at = None;
        }
        taken
    }
}
