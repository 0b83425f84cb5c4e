//! Per-DC counters, for tests that assert on what happened.

use std::collections::BTreeMap;

/// What one DC has seen since the cluster started (kept across [`crate::Cluster::restart_dc`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Counters {
    /// Permanent auth keys created by a key exchange.
    pub key_exchanges: u64,
    /// Temporary auth keys created by a key exchange.
    pub temp_key_exchanges: u64,
    /// Successful `auth.exportAuthorization` calls on this DC.
    pub export_authorization: u64,
    /// Successful `auth.importAuthorization` calls on this DC.
    pub import_authorization: u64,
    /// TCP connections accepted (all listeners of the DC).
    pub connections: u64,
    /// Calls by TL name (wrappers such as `invokeWithLayer` and service queries such as
    /// `ping` included).
    pub calls_by_method: BTreeMap<String, u64>,
    /// RPC errors answered, by error message (`USER_MIGRATE_2`, `AUTH_KEY_UNREGISTERED`).
    pub rpc_errors: BTreeMap<String, u64>,
    /// Transport errors sent (−404 for unknown keys and bad handshakes).
    pub transport_errors: u64,
    /// `bad_server_salt` rotations forced by the fault configuration.
    pub forced_salt_changes: u64,
    /// Connections closed by a fault (after N messages or with probability p).
    pub fault_closes: u64,
}

impl Counters {
    /// How many times `method` (a TL name such as `help.getConfig`) was called.
    pub fn calls(&self, method: &str) -> u64 {
        self.calls_by_method.get(method).copied().unwrap_or(0)
    }

    /// How many times the error `message` was answered.
    pub fn errors(&self, message: &str) -> u64 {
        self.rpc_errors.get(message).copied().unwrap_or(0)
    }

    pub(crate) fn count_call(&mut self, method: &str) {
        *self.calls_by_method.entry(method.to_owned()).or_default() += 1;
    }

    pub(crate) fn count_error(&mut self, message: &str) {
        *self.rpc_errors.entry(message.to_owned()).or_default() += 1;
    }
}
