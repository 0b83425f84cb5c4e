//! Fault injection: what a DC injects ([`FaultConfig`]) and the live state that decides
//! when ([`FaultState`]). Tests change it through [`crate::FaultHandle`].

use std::collections::BTreeMap;
use std::time::Duration;

use mtrs_proto::RpcError;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// Faults a DC injects. Start from `FaultConfig::default()` (no faults) and chain the
/// setters; the same values can be changed while the cluster runs through
/// [`crate::Cluster::faults`].
///
/// ```
/// use std::time::Duration;
/// let faults = mtrs_testdc::FaultConfig::default()
///     .bad_server_salt_every(5)
///     .flood_wait("help.getConfig", 3)
///     .reply_delay(Duration::from_millis(10));
/// assert_eq!(faults.bad_server_salt_every, Some(5));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct FaultConfig {
    /// Every Nth encrypted packet received by the DC is answered with `bad_server_salt`
    /// (the DC's salt for that key changes and the old one stops being valid).
    pub bad_server_salt_every: Option<u64>,
    /// Close each connection after it delivered this many packets (the Nth is dropped
    /// unanswered).
    pub close_after_messages: Option<u64>,
    /// Close a connection on a received packet with this probability (0.0..=1.0), drawn
    /// from a generator seeded with [`FaultConfig::seed`].
    pub close_probability: f64,
    /// Seed of the fault generator.
    pub seed: u64,
    /// Delay before each RPC answer is sent.
    pub reply_delay: Duration,
    /// `FLOOD_WAIT_X` for a method (TL name → X seconds).
    pub flood_wait: BTreeMap<String, u32>,
    /// Answer `USER_MIGRATE_X` (X = this value) to bot logins and to every method that
    /// needs a login. Pointing two DCs at each other makes a migrate loop.
    pub user_migrate_to: Option<i32>,
    /// Answer transport error −404 to encrypted packets (whatever their key) and close the
    /// connection, as Telegram does for a key it does not know: forever or for the next N
    /// packets (counted down here). Counted in [`crate::Counters::auth_key_rejections`].
    pub reject_keys: Option<RejectKeys>,
    /// Close each TCP connection right after it completed a key exchange (after sending
    /// `dh_gen_ok`; the key stays valid).
    pub close_after_handshake: bool,
    /// Answer the next N queries with `406 AUTH_KEY_DUPLICATED` (counted down here).
    pub auth_key_duplicated: u32,
    /// Answer the next N queries with `401 SESSION_REVOKED` (counted down here).
    pub session_revoked: u32,
    /// For the next N queries (counted down here): execute them (see
    /// [`crate::Counters::executed`]) and hand the answer to the session, so it is cached
    /// as sent, but close the TCP connection before writing it. A re-sent query with the
    /// same msg_id (in a container) then gets `msg_detailed_info` and the answer on
    /// `msg_resend_req`, without running again.
    pub drop_after_execute: u32,
    /// Answer the next N `auth.importAuthorization` calls with `400 AUTH_BYTES_INVALID`
    /// whatever their bytes (counted down here), as Telegram sometimes does right after an
    /// export.
    pub auth_bytes_invalid: u32,
    /// Acknowledge the next N `upload.saveFilePart` / `upload.saveBigFilePart` calls
    /// without keeping the part (counted down here): the send that needs the file then
    /// meets `FILE_PART_X_MISSING`.
    pub lose_upload_parts: u32,
    /// An extra reply delay for some methods (TL name → delay), e.g. slow file parts.
    pub slow_methods: BTreeMap<String, Duration>,
}

/// When [`FaultConfig::reject_keys`] answers −404.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum RejectKeys {
    /// Every encrypted packet, until the fault is cleared.
    Forever,
    /// The next N encrypted packets.
    Next(u32),
}

impl FaultConfig {
    /// Sets [`FaultConfig::bad_server_salt_every`].
    pub fn bad_server_salt_every(mut self, n: u64) -> Self {
        self.bad_server_salt_every = Some(n.max(1));
        self
    }

    /// Sets [`FaultConfig::close_after_messages`].
    pub fn close_after_messages(mut self, n: u64) -> Self {
        self.close_after_messages = Some(n.max(1));
        self
    }

    /// Sets [`FaultConfig::close_probability`] and [`FaultConfig::seed`].
    pub fn close_probability(mut self, p: f64, seed: u64) -> Self {
        self.close_probability = p.clamp(0.0, 1.0);
        self.seed = seed;
        self
    }

    /// Sets [`FaultConfig::reply_delay`].
    pub fn reply_delay(mut self, delay: Duration) -> Self {
        self.reply_delay = delay;
        self
    }

    /// Sets [`FaultConfig::lose_upload_parts`].
    pub fn lose_upload_parts(mut self, n: u32) -> Self {
        self.lose_upload_parts = n;
        self
    }

    /// Delays the answers to `method` by `delay` more ([`FaultConfig::slow_methods`]).
    pub fn slow_method(mut self, method: &str, delay: Duration) -> Self {
        self.slow_methods.insert(method.to_owned(), delay);
        self
    }

    /// Adds a `FLOOD_WAIT_<seconds>` answer for `method`.
    pub fn flood_wait(mut self, method: &str, seconds: u32) -> Self {
        self.flood_wait.insert(method.to_owned(), seconds);
        self
    }

    /// Sets [`FaultConfig::user_migrate_to`].
    pub fn user_migrate_to(mut self, dc_id: i32) -> Self {
        self.user_migrate_to = Some(dc_id);
        self
    }

    /// Sets [`FaultConfig::reject_keys`].
    pub fn reject_keys(mut self, reject: RejectKeys) -> Self {
        self.reject_keys = Some(reject);
        self
    }

    /// Sets [`FaultConfig::close_after_handshake`].
    pub fn close_after_handshake(mut self, on: bool) -> Self {
        self.close_after_handshake = on;
        self
    }

    /// Sets [`FaultConfig::auth_key_duplicated`].
    pub fn auth_key_duplicated(mut self, n: u32) -> Self {
        self.auth_key_duplicated = n;
        self
    }

    /// Sets [`FaultConfig::session_revoked`].
    pub fn session_revoked(mut self, n: u32) -> Self {
        self.session_revoked = n;
        self
    }

    /// Sets [`FaultConfig::drop_after_execute`].
    pub fn drop_after_execute(mut self, n: u32) -> Self {
        self.drop_after_execute = n;
        self
    }
}

/// Counts one use of a "next N" fault down; whether it fires.
fn take_one(n: &mut u32) -> bool {
    let due = *n > 0;
    *n = n.saturating_sub(1);
    due
}

/// The live fault state of a DC.
pub(crate) struct FaultState {
    pub(crate) config: FaultConfig,
    rng: StdRng,
    packets: u64,
}

impl FaultState {
    pub(crate) fn new(config: FaultConfig) -> Self {
        Self {
            rng: StdRng::seed_from_u64(config.seed),
            config,
            packets: 0,
        }
    }

    pub(crate) fn set(&mut self, config: FaultConfig) {
        if config.seed != self.config.seed {
            self.rng = StdRng::seed_from_u64(config.seed);
        }
        self.config = config;
    }

    /// Counts one received encrypted packet; whether its salt must be invalidated now.
    pub(crate) fn salt_fault_due(&mut self) -> bool {
        self.packets += 1;
        self.config
            .bad_server_salt_every
            .is_some_and(|n| self.packets.is_multiple_of(n))
    }

    /// Whether an encrypted packet must get −404 ([`FaultConfig::reject_keys`]).
    pub(crate) fn reject_key_due(&mut self) -> bool {
        match &mut self.config.reject_keys {
            None => false,
            Some(RejectKeys::Forever) => true,
            Some(RejectKeys::Next(n)) => {
                let due = take_one(n);
                if *n == 0 {
                    self.config.reject_keys = None;
                }
                due
            }
        }
    }

    /// The error a query must get instead of an answer
    /// ([`FaultConfig::auth_key_duplicated`], then [`FaultConfig::session_revoked`]).
    pub(crate) fn query_error_due(&mut self) -> Option<RpcError> {
        if take_one(&mut self.config.auth_key_duplicated) {
            return Some(RpcError::new(406, "AUTH_KEY_DUPLICATED"));
        }
        if take_one(&mut self.config.session_revoked) {
            return Some(RpcError::new(401, "SESSION_REVOKED"));
        }
        None
    }

    /// Whether an `auth.importAuthorization` must fail
    /// ([`FaultConfig::auth_bytes_invalid`]).
    pub(crate) fn auth_bytes_invalid_due(&mut self) -> bool {
        take_one(&mut self.config.auth_bytes_invalid)
    }

    /// Whether an uploaded part must be lost ([`FaultConfig::lose_upload_parts`]).
    pub(crate) fn lose_upload_part_due(&mut self) -> bool {
        take_one(&mut self.config.lose_upload_parts)
    }

    /// Whether a query's answer must be dropped with its connection
    /// ([`FaultConfig::drop_after_execute`]).
    pub(crate) fn drop_after_execute_due(&mut self) -> bool {
        take_one(&mut self.config.drop_after_execute)
    }

    /// Whether the connection must be closed on its `count`th packet.
    pub(crate) fn close_due(&mut self, count: u64) -> bool {
        if self.config.close_after_messages.is_some_and(|n| count >= n) {
            return true;
        }
        let p = self.config.close_probability;
        p > 0.0 && self.rng.random::<f64>() < p
    }
}
