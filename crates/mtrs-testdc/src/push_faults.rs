//! Faults of the update pushes, per account (and a channel's drop): what happens to the
//! next pushes instead of a plain send. Pure state; [`crate::push`] applies the decisions.
//!
//! A leaf of the module graph.

use std::collections::{HashMap, VecDeque};

use mtrs_tl::Serialize;
use mtrs_tl_api::enums;

/// One push to one account: the serialized `Updates` and what it carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pending {
    pub(crate) account: i64,
    pub(crate) body: Vec<u8>,
    /// The TL name of the `Updates` constructor (`updateShortMessage`, `updates`, …).
    pub(crate) constructor: &'static str,
    /// The pts it brings the account (or channel) to.
    pub(crate) pts: i32,
    /// Its seq (0 for short forms and channel updates).
    pub(crate) seq: i32,
}

/// The faults of one account's pushes.
#[derive(Debug, Default)]
struct AccountFaults {
    drop: u32,
    duplicate: u32,
    too_long: u32,
    reorder: bool,
    reordered: Option<Pending>,
    paused: bool,
    held: VecDeque<Pending>,
}

/// What to do with one push.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Decision {
    /// What to send now, in order.
    pub(crate) send: Vec<Pending>,
    /// The fault that fired (`"drop"`, `"duplicate"`, `"reorder"`, `"too_long"`,
    /// `"pause"`), if any.
    pub(crate) fault: Option<&'static str>,
}

/// The push faults of a cluster.
#[derive(Debug, Default)]
pub(crate) struct PushFaults {
    accounts: HashMap<i64, AccountFaults>,
    channel_drops: HashMap<i64, u32>,
}

impl PushFaults {
    /// Drops the next `n` pushes to `account`.
    pub(crate) fn drop_next(&mut self, account: i64, n: u32) {
        self.accounts.entry(account).or_default().drop = n;
    }

    /// Drops the next `n` posts of `channel` for every member.
    pub(crate) fn drop_channel_next(&mut self, channel: i64, n: u32) {
        self.channel_drops.insert(channel, n);
    }

    /// Sends each of the next `n` pushes to `account` twice.
    pub(crate) fn duplicate_next(&mut self, account: i64, n: u32) {
        self.accounts.entry(account).or_default().duplicate = n;
    }

    /// Sends `updatesTooLong` instead of each of the next `n` pushes to `account`.
    pub(crate) fn too_long_next(&mut self, account: i64, n: u32) {
        self.accounts.entry(account).or_default().too_long = n;
    }

    /// Holds the next push to `account` and sends it after the one following it.
    pub(crate) fn reorder_next(&mut self, account: i64) {
        self.accounts.entry(account).or_default().reorder = true;
    }

    /// Holds every push to `account` until [`PushFaults::resume`].
    pub(crate) fn pause(&mut self, account: i64) {
        self.accounts.entry(account).or_default().paused = true;
    }

    /// Ends a pause: the held pushes, in order.
    pub(crate) fn resume(&mut self, account: i64) -> Vec<Pending> {
        match self.accounts.get_mut(&account) {
            Some(f) => {
                f.paused = false;
                f.held.drain(..).collect()
            }
            None => Vec::new(),
        }
    }

    /// Whether the next post of `channel` is dropped (counts it).
    pub(crate) fn channel_drop_due(&mut self, channel: i64) -> bool {
        match self.channel_drops.get_mut(&channel) {
            Some(n) if *n > 0 => {
                *n -= 1;
                true
            }
            _ => false,
        }
    }

    /// What to do with `push` to its account.
    pub(crate) fn decide(&mut self, mut push: Pending) -> Decision {
        let Some(f) = self.accounts.get_mut(&push.account) else {
            return Decision {
                send: vec![push],
                fault: None,
            };
        };
        if f.paused {
            f.held.push_back(push);
            return Decision {
                send: Vec::new(),
                fault: Some("pause"),
            };
        }
        if f.drop > 0 {
            f.drop -= 1;
            return Decision {
                send: Vec::new(),
                fault: Some("drop"),
            };
        }
        let mut fault = None;
        if f.too_long > 0 {
            f.too_long -= 1;
            push.body = enums::Updates::UpdatesTooLong.to_bytes();
            push.constructor = "updatesTooLong";
            push.seq = 0;
            fault = Some("too_long");
        }
        if f.reorder && f.reordered.is_none() {
            f.reorder = false;
            f.reordered = Some(push);
            return Decision {
                send: Vec::new(),
                fault: Some("reorder"),
            };
        }
        let mut send = vec![push.clone()];
        if f.duplicate > 0 {
            f.duplicate -= 1;
            send.push(push);
            fault = fault.or(Some("duplicate"));
        }
        send.extend(f.reordered.take());
        Decision { send, fault }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn push(pts: i32) -> Pending {
        Pending {
            account: 1,
            body: vec![pts as u8],
            constructor: "updates",
            pts,
            seq: pts,
        }
    }

    fn sent(d: &Decision) -> Vec<i32> {
        d.send.iter().map(|p| p.pts).collect()
    }

    #[test]
    fn faults_change_the_next_pushes_only() {
        let mut f = PushFaults::default();
        assert_eq!(sent(&f.decide(push(1))), [1]);
        f.drop_next(1, 1);
        assert_eq!(f.decide(push(2)).fault, Some("drop"));
        assert_eq!(sent(&f.decide(push(3))), [3]);
        f.duplicate_next(1, 1);
        assert_eq!(sent(&f.decide(push(4))), [4, 4]);
        f.reorder_next(1);
        assert!(f.decide(push(5)).send.is_empty());
        assert_eq!(sent(&f.decide(push(6))), [6, 5]);
        f.too_long_next(1, 1);
        let d = f.decide(push(7));
        assert_eq!(d.send[0].constructor, "updatesTooLong");
        f.pause(1);
        assert!(f.decide(push(8)).send.is_empty());
        assert!(f.decide(push(9)).send.is_empty());
        let resumed: Vec<i32> = f.resume(1).iter().map(|p| p.pts).collect();
        assert_eq!(resumed, [8, 9]);
        assert_eq!(sent(&f.decide(push(10))), [10]);
        f.drop_channel_next(5, 1);
        assert!(f.channel_drop_due(5));
        assert!(!f.channel_drop_due(5));
    }
}
