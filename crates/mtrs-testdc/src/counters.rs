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
    /// Keys logged in as a user (bot login or authorization import).
    pub logins: u64,
    /// Successful `auth.exportAuthorization` calls on this DC.
    pub export_authorization: u64,
    /// Successful `auth.importAuthorization` calls on this DC.
    pub import_authorization: u64,
    /// TCP connections accepted (all listeners of the DC).
    pub connections: u64,
    /// TCP connections closed at once because the listener was at its connection cap.
    pub connections_refused: u64,
    /// Connections closed by a limit: handshake, idle or frame-completion timeout.
    pub limit_closes: u64,
    /// Calls by TL name (wrappers such as `invokeWithLayer` and service queries such as
    /// `ping` included).
    pub calls_by_method: BTreeMap<String, u64>,
    /// RPC errors answered, by error message (`USER_MIGRATE_2`, `AUTH_KEY_UNREGISTERED`).
    pub rpc_errors: BTreeMap<String, u64>,
    /// Transport errors sent (−404 for unknown keys and bad handshakes).
    pub transport_errors: u64,
    /// `bad_server_salt` rotations forced by the fault configuration.
    pub forced_salt_changes: u64,
    /// Connections closed by a fault (after N messages, with probability p, after a
    /// handshake, or dropping an executed query's answer).
    pub fault_closes: u64,
    /// Queries executed, by TL name of the innermost method (wrappers removed): counted
    /// when RPC dispatch runs them, so a query the DC already answered (a re-sent msg_id)
    /// or answered with an injected error instead (`FLOOD_WAIT`, `USER_MIGRATE`,
    /// `AUTH_KEY_DUPLICATED`, `SESSION_REVOKED`) is not counted. Service queries the
    /// session answers by itself (a bare `ping`) are not counted either; wrapped ones are.
    pub executed_by_method: BTreeMap<String, u64>,
    /// `bad_server_salt` notifications sent (whether forced by a fault or not).
    pub bad_server_salts: u64,
    /// Transport errors −404 sent to encrypted packets: unknown keys and the
    /// `reject_keys` fault.
    pub auth_key_rejections: u64,
    /// MTProto sessions created (a session id seen for the first time on a key, or after
    /// its session expired); re-attached sessions are not counted.
    pub sessions_created: u64,
    /// Top-level messages sent in encrypted packets, by TL name (`rpc_result`,
    /// `new_session_created`, `msg_detailed_info`, `bad_server_salt`, `pong`, `msgs_ack`…;
    /// the messages of a container are counted, not the container).
    pub sent_by_constructor: BTreeMap<String, u64>,
    /// Authentic encrypted packets received on permanent auth keys.
    pub packets_on_perm_keys: u64,
    /// Authentic encrypted packets received on temporary (PFS) auth keys.
    pub packets_on_temp_keys: u64,
    /// Updates pushed to sessions on this DC (unsolicited `Updates`; each copy of a
    /// duplicated push counts).
    pub updates_pushed: u64,
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

    /// How many times `method` (innermost TL name) was executed.
    pub fn executed(&self, method: &str) -> u64 {
        self.executed_by_method.get(method).copied().unwrap_or(0)
    }

    /// How many messages with TL name `constructor` were sent to clients.
    pub fn sent(&self, constructor: &str) -> u64 {
        self.sent_by_constructor
            .get(constructor)
            .copied()
            .unwrap_or(0)
    }

    pub(crate) fn count_executed(&mut self, method: &str) {
        *self
            .executed_by_method
            .entry(method.to_owned())
            .or_default() += 1;
    }

    pub(crate) fn count_sent(&mut self, constructor: &str) {
        if constructor == "bad_server_salt" {
            self.bad_server_salts += 1;
        }
        *self
            .sent_by_constructor
            .entry(constructor.to_owned())
            .or_default() += 1;
    }

    pub(crate) fn count_call(&mut self, method: &str) {
        *self.calls_by_method.entry(method.to_owned()).or_default() += 1;
    }

    pub(crate) fn count_error(&mut self, message: &str) {
        *self.rpc_errors.entry(message.to_owned()).or_default() += 1;
    }
}
