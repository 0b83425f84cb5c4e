//! Knobs of a [`crate::Connection`].

use std::time::Duration;

/// Protocol settings of a connection. Build with `ProtoConfig::default()` and assign the
/// fields to change.
///
/// ```
/// use std::time::Duration;
/// let mut config = mtrs_proto::ProtoConfig::default();
/// config.ack_flush_delay = Duration::from_millis(250);
/// assert_eq!(config.max_container_messages, 100);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProtoConfig {
    /// How long a pending acknowledgement may wait for a message to ride along before it
    /// is sent alone. Default 1 s.
    pub ack_flush_delay: Duration,
    /// Send acknowledgements alone once this many are pending. Default 16.
    pub max_pending_acks: usize,
    /// Messages per `msg_container` (Telegram allows 1024; clients use 100). Default 100.
    pub max_container_messages: usize,
    /// Bytes of message bodies per container. Default 1 044 448 (Telegram's limit).
    pub max_container_bytes: usize,
    /// Content-related bodies larger than this are sent as `gzip_packed` when that is
    /// smaller. `None` disables compression. Default 512 bytes.
    pub compression_threshold: Option<usize>,
    /// Largest accepted decompressed `gzip_packed` object. Default 16 MiB.
    pub max_gzip_output: usize,
    /// A query without any answer (nor acknowledgement) after this long is sent again,
    /// with the same msg_id inside a new container. Acknowledged queries wait twice as
    /// long. Default 10 s.
    pub resend_after: Duration,
    /// After this many re-sends with the same msg_id a query gets a fresh msg_id.
    /// Default 2.
    pub max_same_id_resends: u32,
    /// How many received msg_ids are remembered to reject duplicates. Default 1024.
    pub received_window: usize,
    /// Ask for `future_salts` when fewer than two are known (client). Default true.
    pub fetch_future_salts: bool,
    /// How many answers a server keeps for duplicate queries and `msg_resend_req`.
    /// Default 4096.
    pub answer_cache: usize,
    /// Ask for quick acks on packets that carry queries (client). The driver then frames
    /// such packets with the transport's quick-ack flag ([`crate::Transmit::quick_ack`])
    /// and passes received tokens to [`crate::Connection::handle_quick_ack`].
    /// Default false.
    pub quick_acks: bool,
}

impl Default for ProtoConfig {
    fn default() -> Self {
        Self {
            ack_flush_delay: Duration::from_secs(1),
            max_pending_acks: 16,
            max_container_messages: 100,
            max_container_bytes: 1_044_448,
            compression_threshold: Some(512),
            max_gzip_output: 16 * 1024 * 1024,
            resend_after: Duration::from_secs(10),
            max_same_id_resends: 2,
            received_window: 1024,
            fetch_future_salts: true,
            answer_cache: 4096,
            quick_acks: false,
        }
    }
}
