//! What a [`crate::Connection`] reports to its driver.

use crate::RpcError;
use crate::msg_id::MsgId;
use crate::salt::Salt;

/// Identifies a query enqueued with [`crate::Connection::enqueue`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RequestId(pub u64);

/// Something the driver should know or act on.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Event {
    /// The answer to a query (client role): exactly one per [`RequestId`].
    Result {
        /// The query.
        request: RequestId,
        /// The answer's TL bytes (inflated if it was `gzip_packed`), or the RPC error.
        result: Result<Vec<u8>, RpcError>,
    },
    /// A content-related server message that answers no query: updates (client role).
    Update {
        /// Its TL bytes (inflated if it was `gzip_packed`).
        body: Vec<u8>,
    },
    /// A query to answer with [`crate::Connection::respond`] (server role).
    Query {
        /// The query's msg_id, to pass back to `respond`.
        msg_id: MsgId,
        /// Its TL bytes (inflated if it was `gzip_packed`).
        body: Vec<u8>,
    },
    /// A recoverable protocol notice, already handled; useful for metrics and logs.
    Notice(Notice),
}

/// Recoverable conditions the connection handled by itself.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Notice {
    /// `bad_server_salt`: the new salt was adopted and the messages re-sent.
    SaltChanged {
        /// The adopted salt.
        salt: Salt,
    },
    /// `bad_msg_notification` 16/17: the clock offset was corrected, messages re-sent.
    TimeOffsetCorrected {
        /// The error code (16 or 17).
        code: i32,
        /// The new offset: server time minus local time, in seconds.
        offset: i64,
    },
    /// Another recoverable `bad_msg_notification` (20, 32, 33, 48, 64); messages re-sent.
    BadMsg {
        /// The error code.
        code: i32,
        /// The message it named.
        bad_msg_id: MsgId,
    },
    /// The server (re)created the session; updates sent before `first_msg_id` may be lost.
    NewSession {
        /// The first message the new session covers.
        first_msg_id: MsgId,
        /// The server's random id of the session.
        unique_id: i64,
    },
    /// `future_salts` arrived and were stored.
    FutureSalts {
        /// How many salts were received.
        count: usize,
    },
    /// A `pong` for a ping that was not enqueued as a query.
    Pong {
        /// The ping's msg_id.
        msg_id: MsgId,
        /// The ping id.
        ping_id: i64,
    },
    /// The answer to `destroy_session`.
    SessionDestroyed {
        /// The session.
        session_id: i64,
        /// Whether the server knew it.
        existed: bool,
    },
    /// A query was sent again after no answer came in time.
    Resent {
        /// How many queries went out again.
        count: usize,
    },
    /// A quick ack arrived: the queries of that packet reached the server.
    QuickAck {
        /// How many queries it covered.
        count: usize,
    },
    /// A message with an unacceptable time was dropped (it was not a time or salt
    /// notification).
    DroppedSuspiciousTime {
        /// The message.
        msg_id: MsgId,
    },
}
