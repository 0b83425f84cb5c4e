//! [`Settings`]: the validated, immutable part of a client.

use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_net::LinkConfig;

use crate::Config;

/// What every task of a client reads and nobody changes.
pub(crate) struct Settings {
    pub api_id: i32,
    pub api_hash: String,
    pub config: Config,
    pub rsa_keys: Vec<RsaPublicKey>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("api_id", &self.api_id)
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Settings {
    pub fn new(api_id: i32, api_hash: String, config: Config) -> Self {
        let rsa_keys = match &config.dc_table {
            Some(table) => table.rsa_keys.clone(),
            None if config.test_mode => vec![mtrs_crypto::rsa::telegram_test_key()],
            None => vec![mtrs_crypto::rsa::telegram_production_key()],
        };
        Self {
            api_id,
            api_hash,
            config,
            rsa_keys,
        }
    }

    /// The settings of each connection.
    pub fn link_config(&self) -> LinkConfig {
        let mut link = LinkConfig::default();
        link.transport = self.config.transport;
        link.connect_timeout = self.config.connect_timeout;
        link.ping_interval = self.config.ping_interval;
        link.ping_timeout = self.config.ping_timeout;
        link.backoff = self.config.backoff;
        link
    }

    /// The home DC of a brand-new session.
    pub fn default_dc(&self) -> i32 {
        self.config.dc_table.as_ref().map_or(2, |t| t.default_dc)
    }
}
