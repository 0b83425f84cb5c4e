//! The listening addresses of a cluster's DCs, as handed to clients.

use std::net::{IpAddr, SocketAddr};

use mtrs_types::DcId;

/// One listening address of a DC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DcEndpoint {
    /// The DC: its plain id (`DcId::new(1..=N)`) for a main listener, the media id
    /// (`DcId::new(n).media()`) for a media-only one.
    pub id: DcId,
    /// The address (127.0.0.1).
    pub ip: IpAddr,
    /// The port chosen by the OS at start (kept across restarts).
    pub port: u16,
    /// Whether this is the DC's media-only listener (the same as `id.is_media()`).
    pub media_only: bool,
}

impl DcEndpoint {
    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::new(self.ip, self.port)
    }
}
