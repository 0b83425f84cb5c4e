//! PFS: each link's temporary key is replaced before it expires, without interrupting
//! callers. A helper opens a new link on a new, bound temporary key; the runner then swaps
//! it in. The old link is not closed: requests in flight on it finish there, and its task
//! ends when the last caller lets go of it.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use mtrs_session::DcUpdate;
use mtrs_types::DcId;
use tokio::time::Instant;

use super::{Cmd, Opened, Runner};
use crate::link;

/// How long after a failed replacement the next try starts.
const RETRY_AFTER: Duration = Duration::from_secs(30);

/// Replacements under way and retries after failed ones, by link (media-marked DC).
#[derive(Debug, Default)]
pub(super) struct Renewals {
    running: HashSet<DcId>,
    retry_at: HashMap<DcId, Instant>,
}

impl Runner {
    /// When the next link is due for a new temporary key (`None` without PFS).
    pub(super) fn next_renewal(&self) -> Option<Instant> {
        self.links
            .iter()
            .filter(|(dc, _)| !self.renewals.running.contains(dc))
            .filter_map(|(dc, link)| {
                let at = link.renew_at?;
                Some(match self.renewals.retry_at.get(dc) {
                    Some(&retry) => at.max(retry),
                    None => at,
                })
            })
            .min()
    }

    /// Starts a replacement for every link whose temporary key is due.
    pub(super) fn start_due_renewals(&mut self) {
        let now = Instant::now();
        let due: Vec<DcId> = self
            .links
            .iter()
            .filter(|(dc, link)| {
                !self.renewals.running.contains(dc)
                    && link.renew_at.is_some_and(|at| at <= now)
                    && self.renewals.retry_at.get(dc).is_none_or(|&r| r <= now)
            })
            .map(|(&dc, _)| dc)
            .collect();
        for dc in due {
            self.renewals.running.insert(dc);
            let settings = self.settings.clone();
            let hooks = self.hooks.clone();
            let data = self.data.clone();
            let mut state = data.dcs.get(&dc.plain()).cloned().unwrap_or_default();
            // A new temporary key, whatever the state holds.
            state.temp_auth_key = None;
            tracing::debug!(%dc, "replacing the temporary auth key before it expires");
            self.spawn_helper(async move {
                let result = link::open(&settings, &hooks, &data, dc, &mut state)
                    .await
                    .map(|(link, task, _)| (link, Some(task), state));
                Cmd::Renewed { dc, result }
            });
        }
    }

    /// Swaps in the link on the new temporary key (or schedules a retry).
    pub(super) async fn renewed(&mut self, dc: DcId, result: Opened) {
        self.renewals.running.remove(&dc);
        let (link, task, state) = match result {
            Ok(opened) => opened,
            Err(e) => {
                tracing::warn!(%dc, error = %e, "could not replace the temporary auth key");
                self.renewals
                    .retry_at
                    .insert(dc, Instant::now() + RETRY_AFTER);
                return;
            }
        };
        self.renewals.retry_at.remove(&dc);
        self.tasks.extend(task);
        if !self.links.contains_key(&dc) {
            // The link went away meanwhile (a new permanent key, a home switch): the new
            // one belongs to nobody.
            link.handle.close().await;
            return;
        }
        let plain = dc.plain();
        let current = self.data.dc_mut(plain);
        current.temp_auth_key = state.temp_auth_key;
        current.server_salts = state.server_salts;
        current.time_offset = state.time_offset;
        let update = DcUpdate::new(plain, current.clone());
        if let Err(e) = self.store.update_dc(update).await {
            tracing::warn!(%dc, error = %e, "could not save the new temporary auth key");
        }
        if dc == self.home_dc() {
            self.home_tx.send_replace(link.clone());
        }
        // The old link is dropped here, not closed: its callers finish on it.
        self.links.insert(dc, link);
    }
}
