//! Fault injection: what a DC injects ([`FaultConfig`]) and the live state that decides
//! when ([`FaultState`]). Tests change it through [`crate::FaultHandle`].

use std::collections::BTreeMap;
use std::time::Duration;

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

    /// Whether the connection must be closed on its `count`th packet.
    pub(crate) fn close_due(&mut self, count: u64) -> bool {
        if self.config.close_after_messages.is_some_and(|n| count >= n) {
            return true;
        }
        let p = self.config.close_probability;
        p > 0.0 && self.rng.random::<f64>() < p
    }
}
