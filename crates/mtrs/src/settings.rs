//! [`Settings`]: the validated, immutable part of a client.

use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_net::LinkConfig;
use mtrs_types::DcId;

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
        let rsa_keys = if !config.rsa_keys.is_empty() {
            config.rsa_keys.clone()
        } else if config.test_mode {
            vec![mtrs_crypto::rsa::telegram_test_key()]
        } else {
            vec![mtrs_crypto::rsa::telegram_production_key()]
        };
        Self {
            api_id,
            api_hash,
            config,
            rsa_keys,
        }
    }

    /// The settings of each connection, as configured.
    pub fn link_config(&self) -> &LinkConfig {
        &self.config.connection
    }

    /// The home DC of a brand-new session.
    pub fn default_dc(&self) -> DcId {
        self.config
            .dc_table
            .as_ref()
            .map_or(DcId::new(2), |t| t.default_dc.plain())
    }
}
