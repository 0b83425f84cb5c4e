//! Message sequence numbers.
//!
//! See <https://core.telegram.org/mtproto/description#message-sequence-number-msg-seqno>.

/// A message sequence number: twice the count of content-related messages sent before,
/// plus one if this message is content-related itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SeqNo(pub i32);

impl SeqNo {
    /// Whether the number marks a content-related message (it is odd).
    pub fn is_content_related(self) -> bool {
        self.0 & 1 == 1
    }
}

/// Hands out sequence numbers for one side of a session.
///
/// ```
/// use mtrs_proto::seq_no::{SeqNo, SeqNoGen};
/// let mut seq = SeqNoGen::default();
/// assert_eq!(seq.next(true), SeqNo(1));
/// assert_eq!(seq.next(false), SeqNo(2));
/// assert_eq!(seq.next(true), SeqNo(3));
/// assert_eq!(seq.next(false), SeqNo(4));
/// ```
#[derive(Clone, Debug, Default)]
pub struct SeqNoGen {
    content_sent: i32,
}

impl SeqNoGen {
    /// The number for the next message; `content_related` messages bump the counter.
    pub fn next(&mut self, content_related: bool) -> SeqNo {
        let base = self.content_sent.wrapping_mul(2);
        if content_related {
            self.content_sent = self.content_sent.wrapping_add(1);
            SeqNo(base | 1)
        } else {
            SeqNo(base)
        }
    }

    /// How many content-related messages were numbered so far.
    pub fn content_sent(&self) -> i32 {
        self.content_sent
    }

    /// Moves the counter by `delta` content-related messages, not below zero (what to do
    /// on bad_msg_notification 32/33).
    pub fn adjust(&mut self, delta: i32) {
        self.content_sent = self.content_sent.saturating_add(delta).max(0);
    }

    /// Starts over (a new session).
    pub fn reset(&mut self) {
        self.content_sent = 0;
    }
}
