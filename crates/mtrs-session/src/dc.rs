//! What a session knows about one data centre (DC).

use mtrs_crypto::AuthKey;

use crate::{DcId, ServerSalt, TimeOffset, UnixTime};

/// A temporary (PFS) auth key bound to the permanent one, with its expiry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TempAuthKey {
    /// The temporary key. Its `Debug` shows only the key id.
    pub key: AuthKey,
    /// When the server forgets the key (server time).
    pub expires_at: UnixTime,
}

/// Everything a session persists about one DC: where to reach it and the keys to talk to it.
///
/// Build one with [`DcState::new`] and set the fields you know; `Debug` never shows key
/// bytes.
///
/// ```
/// use mtrs_session::{AuthKey, DcState};
/// let dc = DcState::new()
///     .with_address("149.154.167.51", 443)
///     .with_auth_key(AuthKey::from_bytes([1; 256]));
/// assert_eq!(dc.port, Some(443));
/// assert!(!format!("{dc:?}").contains("1, 1, 1"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DcState {
    /// IPv4 or IPv6 text, or a host name (some formats, e.g. GramJS, store names).
    /// `None` when the format did not record it; the client falls back to its DC table.
    pub address: Option<String>,
    /// TCP port, when known.
    pub port: Option<u16>,
    /// The permanent auth key created by the DH exchange with this DC, if one exists yet.
    pub auth_key: Option<AuthKey>,
    /// The current temporary (PFS) key, if the client uses them.
    pub temp_auth_key: Option<TempAuthKey>,
    /// Known server salts, in any order; the client picks one valid now.
    pub server_salts: Vec<ServerSalt>,
    /// Server clock minus local clock, as last measured on this DC.
    pub time_offset: TimeOffset,
    /// `true` once `auth.importAuthorization` succeeded on this (non-home) DC, so a restart
    /// needs no new export/import. Always `false` for the home DC, where the login happened.
    pub authorization_imported: bool,
}

impl DcState {
    /// An empty entry: no address, no key, no salts, zero offset.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the address and port.
    pub fn with_address(mut self, address: impl Into<String>, port: u16) -> Self {
        self.address = Some(address.into());
        self.port = Some(port);
        self
    }

    /// Sets the permanent auth key.
    pub fn with_auth_key(mut self, key: AuthKey) -> Self {
        self.auth_key = Some(key);
        self
    }
}

/// One entry of `help.getConfig`'s `dc_options`, kept as plain data (no TL types).
///
/// ```
/// use mtrs_session::{DcId, DcOption};
/// let opt = DcOption::new(DcId(4), "149.154.167.91", 443);
/// assert!(!opt.ipv6 && !opt.media_only);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DcOption {
    /// The DC this address belongs to.
    pub dc_id: DcId,
    /// IP address text.
    pub address: String,
    /// TCP port.
    pub port: u16,
    /// The address is IPv6.
    pub ipv6: bool,
    /// Use only for media (file) downloads.
    pub media_only: bool,
    /// Reachable over TCP only (`tcpo_only`).
    pub tcpo_only: bool,
    /// A CDN DC.
    pub cdn: bool,
    /// A static address that may be used before the first `help.getConfig` (`static`).
    pub is_static: bool,
    /// Connect to this port only (`this_port_only`).
    pub this_port_only: bool,
    /// The MTProxy-style secret required by this endpoint, if any (public, not a key).
    pub secret: Option<Vec<u8>>,
}

impl DcOption {
    /// A plain option with every flag off.
    pub fn new(dc_id: DcId, address: impl Into<String>, port: u16) -> Self {
        Self {
            dc_id,
            address: address.into(),
            port,
            ipv6: false,
            media_only: false,
            tcpo_only: false,
            cdn: false,
            is_static: false,
            this_port_only: false,
            secret: None,
        }
    }
}
