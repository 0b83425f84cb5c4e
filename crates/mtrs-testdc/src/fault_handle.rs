//! The run-time handle on one DC's faults, keys and authorizations.

use std::sync::Arc;

use crate::dc::DcShared;
use crate::events::{Event, EventLog};
use crate::faults::FaultConfig;

/// Changes the faults of one DC while the cluster runs, and forgets keys or
/// authorizations on demand. Get one with [`crate::Cluster::faults`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), mtrs_testdc::Error> {
/// let cluster = mtrs_testdc::Cluster::builder().dcs(2).start().await?;
/// let faults = cluster.faults(mtrs_testdc::DcId::new(2))?;
/// faults.update(|f| f.close_after_messages = Some(3));
/// assert_eq!(faults.config().close_after_messages, Some(3));
/// assert_eq!(faults.forget_keys(), 0);
/// faults.clear();
/// cluster.shutdown().await;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct FaultHandle {
    pub(crate) dc: Arc<DcShared>,
    pub(crate) events: EventLog,
}

impl std::fmt::Debug for FaultHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FaultHandle")
            .field("dc_id", &self.dc.id)
            .finish_non_exhaustive()
    }
}

impl FaultHandle {
    /// The current configuration.
    pub fn config(&self) -> FaultConfig {
        self.dc.faults.lock().config.clone()
    }

    /// Replaces the configuration.
    pub fn set(&self, config: FaultConfig) {
        self.dc.faults.lock().set(config);
    }

    /// Changes the configuration in place.
    pub fn update(&self, change: impl FnOnce(&mut FaultConfig)) {
        let mut state = self.dc.faults.lock();
        let mut config = state.config.clone();
        change(&mut config);
        state.set(config);
    }

    /// Removes every fault.
    pub fn clear(&self) {
        self.set(FaultConfig::default());
    }

    /// Forgets every auth key of the DC: clients get −404 on their next packet.
    /// Their server sessions go with them.
    pub fn forget_keys(&self) -> usize {
        self.dc.forget_keys()
    }

    /// Forgets one auth key (by id) and its server sessions. Returns whether it existed.
    pub fn forget_key(&self, key_id: u64) -> bool {
        self.dc.forget_key(key_id)
    }

    /// Revokes every authorization on the DC: keys stay, but methods that need a login
    /// answer `401 AUTH_KEY_UNREGISTERED`. Returns how many keys were logged in.
    pub fn revoke_authorizations(&self) -> usize {
        let revoked: Vec<u64> = self
            .dc
            .keys
            .lock()
            .iter_mut()
            .filter_map(|(id, k)| k.user.take().map(|_| *id))
            .collect();
        for key_id in &revoked {
            self.events.push(Event::LoggedOut {
                dc_id: self.dc.id,
                key_id: *key_id,
            });
        }
        revoked.len()
    }
}
