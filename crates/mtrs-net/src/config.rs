//! [`LinkConfig`]: how one connection behaves.

use std::time::Duration;

use mtrs_proto::ProtoConfig;
use mtrs_proto::transport::TransportKind;

use crate::{Backoff, Obfuscation};

/// Settings of one connection (one DC, one auth key).
///
/// ```
/// use std::time::Duration;
/// let mut config = mtrs_net::LinkConfig::default();
/// config.ping_interval = Duration::from_secs(30);
/// assert_eq!(config.queue_capacity, 256);
/// ```
#[derive(Clone, Debug)]
pub struct LinkConfig {
    /// The MTProto framing. Default padded intermediate.
    pub transport: TransportKind,
    /// How the framing looks on the wire: as it is (default), obfuscated2, or through an
    /// MTProxy.
    pub obfuscation: Obfuscation,
    /// Protocol knobs (acks, containers, compression, resends).
    pub proto: ProtoConfig,
    /// How long a TCP connect may take. Default 10 s.
    pub connect_timeout: Duration,
    /// A `ping_delay_disconnect` goes out this often. Default 60 s.
    pub ping_interval: Duration,
    /// A ping unanswered this long marks the connection dead (so a dead connection is
    /// detected within `ping_interval + ping_timeout`). The server is asked to close the
    /// connection after `ping_interval + ping_timeout` of silence. Default 15 s.
    pub ping_timeout: Duration,
    /// Delays between reconnect attempts.
    pub backoff: Backoff,
    /// Commands that may wait for the connection task before callers wait too.
    /// Default 256.
    pub queue_capacity: usize,
}

impl Default for LinkConfig {
    fn default() -> Self {
        Self {
            transport: TransportKind::PaddedIntermediate,
            obfuscation: Obfuscation::None,
            proto: ProtoConfig::default(),
            connect_timeout: Duration::from_secs(10),
            ping_interval: Duration::from_secs(60),
            ping_timeout: Duration::from_secs(15),
            backoff: Backoff::default(),
            queue_capacity: 256,
        }
    }
}
