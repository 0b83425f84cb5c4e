//! The listening addresses of a cluster's DCs, as handed to clients.

use std::net::{IpAddr, SocketAddr};

/// One listening address of a DC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DcEndpoint {
    /// The DC id (1..=N).
    pub id: i32,
    /// The address (127.0.0.1).
    pub ip: IpAddr,
    /// The port chosen by the OS at start (kept across restarts).
    pub port: u16,
    /// Whether this is the DC's media-only listener.
    pub media_only: bool,
}

impl DcEndpoint {
    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::new(self.ip, self.port)
    }
}
