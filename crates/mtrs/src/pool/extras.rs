//! Extra connections to a DC that already has a working one (same key, same
//! authorization, each its own TCP connection and MTProto session): file transfers spread
//! their parts over them ([`crate::Download::connections`], [`crate::Upload::connections`]),
//! so one connection's task is not the limit. Slot 0 is the ordinary connection.

use std::collections::HashMap;

use mtrs_types::DcId;

use super::{Cmd, Runner};
use crate::InvokeError;
use crate::joined::{Joined, Reply, answer_all};
use crate::link::{self, Link};

/// The extra connections of the pool, by (DC, slot ≥ 1).
pub(super) struct Extras {
    links: HashMap<(DcId, usize), Link>,
    opening: Joined<(DcId, usize), Reply<Link>>,
}

impl Default for Extras {
    fn default() -> Self {
        Self {
            links: HashMap::new(),
            opening: Joined::new(),
        }
    }
}

impl Extras {
    /// Forgets the extra connections of `dc` (both kinds), e.g. when its key is
    /// replaced; returns them so the caller can close them.
    pub(super) fn take_dc(&mut self, dc: DcId) -> Vec<Link> {
        let plain = dc.plain();
        let keys: Vec<(DcId, usize)> = self
            .links
            .keys()
            .filter(|(d, _)| d.plain() == plain)
            .copied()
            .collect();
        keys.iter().filter_map(|k| self.links.remove(k)).collect()
    }

    /// Forgets every extra connection; returns them to be closed.
    pub(super) fn take_all(&mut self) -> Vec<Link> {
        self.links.drain().map(|(_, l)| l).collect()
    }
}

impl Runner {
    /// The connection in `slot` to `dc`: slot 0 is the ordinary one; others are opened
    /// next to it once it exists (before, the ordinary one is given).
    pub(super) fn extra(&mut self, dc: DcId, slot: usize, reply: Reply<Link>) {
        let primary_up = self.links.get(&dc).is_some_and(|l| !l.handle.is_closed());
        if slot == 0 || !primary_up {
            return self.link(dc, reply);
        }
        if let Some(link) = self.extras.links.get(&(dc, slot)) {
            if !link.handle.is_closed() {
                let _ = reply.send(Ok(link.clone()));
                return;
            }
            self.extras.links.remove(&(dc, slot));
        }
        if !self.extras.opening.join((dc, slot), reply) {
            return;
        }
        let settings = self.settings.clone();
        let hooks = self.hooks.clone();
        let data = self.data.clone();
        let mut state = data.dcs.get(&dc.plain()).cloned().unwrap_or_default();
        self.spawn_helper(async move {
            let result = link::open(&settings, &hooks, &data, dc, &mut state)
                .await
                .map(|(link, task, _)| (link, task));
            Cmd::ExtraOpened { dc, slot, result }
        });
    }

    pub(super) fn extra_opened(
        &mut self,
        dc: DcId,
        slot: usize,
        result: Result<(Link, tokio::task::JoinHandle<()>), InvokeError>,
    ) {
        let waiters = self.extras.opening.finish(&(dc, slot));
        let outcome = result.map(|(link, task)| {
            self.tasks.push(task);
            self.extras.links.insert((dc, slot), link.clone());
            link
        });
        answer_all(waiters, &outcome);
    }
}
