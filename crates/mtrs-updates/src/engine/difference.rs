//! The answers to the engine's requests: `updates.getState`, `updates.getDifference`
//! (difference, slice, empty, too long) and `updates.getChannelDifference`.

use std::time::Instant;

use mtrs_session::UnixTime;
use mtrs_tl_api::enums::updates::{ChannelDifference, Difference};
use mtrs_tl_api::enums::{self, Update};

use super::{ChannelBox, Engine, FIRST_BACKOFF, Fetch, state_of};
use crate::batch::Lost;
use crate::sequence::{Sequence, channel_hashes, sequence_of};
use crate::short;

impl Engine {
    /// The answer to [`Request::GetState`](crate::Request::GetState).
    pub fn on_state(&mut self, state: &enums::updates::State) {
        self.account = Some(state_of(state));
        self.fetch = Fetch::Idle;
        self.backoff = FIRST_BACKOFF;
        self.building.account_changed = true;
        self.flush();
    }

    /// The answer to [`Request::GetDifference`](crate::Request::GetDifference).
    pub fn on_difference(&mut self, difference: Difference, now: Instant) {
        self.fetch = Fetch::Idle;
        self.backoff = FIRST_BACKOFF;
        self.held_pts.clear();
        self.held_qts.clear();
        self.held_seq.clear();
        self.gap_at = None;
        self.idle_at = now + self.config.idle;
        match difference {
            Difference::DifferenceEmpty(e) => {
                if let Some(account) = &mut self.account {
                    account.date = UnixTime(i64::from(e.date));
                    account.seq = e.seq;
                }
                self.building.account_changed = true;
            }
            Difference::Difference(d) => {
                self.apply_difference(d.new_messages, d.other_updates, d.users, d.chats, now);
                self.account = Some(state_of(&d.state));
                self.building.account_changed = true;
            }
            Difference::DifferenceSlice(d) => {
                self.apply_difference(d.new_messages, d.other_updates, d.users, d.chats, now);
                self.account = Some(state_of(&d.intermediate_state));
                self.building.account_changed = true;
                self.fetch = Fetch::Wanted;
            }
            Difference::DifferenceTooLong(d) => {
                if let Some(account) = &mut self.account {
                    account.pts = d.pts;
                }
                self.building.lost = Some(Lost::Account);
                self.building.account_changed = true;
                // The rest of the state (qts, seq) comes with the next difference.
                self.fetch = Fetch::Wanted;
            }
        }
        self.flush();
    }

    fn apply_difference(
        &mut self,
        messages: Vec<enums::Message>,
        other: Vec<Update>,
        users: Vec<enums::User>,
        chats: Vec<enums::Chat>,
        now: Instant,
    ) {
        self.hashes.extend(channel_hashes(&chats));
        for message in messages {
            let update = short::from_difference(message);
            match sequence_of(&update) {
                Sequence::Channel { channel, .. } => {
                    // A channel message in the account's difference: its box decides.
                    if !self.channels.contains_key(&channel) {
                        self.building.updates.push(update);
                    }
                }
                _ => self.building.updates.push(update),
            }
        }
        for update in other {
            match sequence_of(&update) {
                Sequence::Channel { .. } | Sequence::ChannelTooLong { .. } => {
                    self.live(update, now);
                }
                // Covered by the difference's state.
                _ => self.building.updates.push(update),
            }
        }
        self.building.users.extend(users);
        self.building.chats.extend(chats);
    }

    /// The answer to [`Request::GetChannelDifference`](crate::Request::GetChannelDifference) for `channel`.
    pub fn on_channel_difference(&mut self, channel: i64, difference: ChannelDifference) {
        let b = self
            .channels
            .entry(channel)
            .or_insert_with(|| ChannelBox::new(0, Fetch::Idle));
        b.fetch = Fetch::Idle;
        b.backoff = FIRST_BACKOFF;
        b.held.clear();
        b.gap_at = None;
        match difference {
            ChannelDifference::ChannelDifferenceEmpty(e) => {
                b.pts = e.pts;
                if !e.r#final {
                    b.fetch = Fetch::Wanted;
                }
            }
            ChannelDifference::ChannelDifference(d) => {
                b.pts = d.pts;
                if !d.r#final {
                    b.fetch = Fetch::Wanted;
                }
                self.hashes.extend(channel_hashes(&d.chats));
                self.building.updates.extend(
                    d.new_messages
                        .into_iter()
                        .map(short::from_difference)
                        .chain(d.other_updates),
                );
                self.building.users.extend(d.users);
                self.building.chats.extend(d.chats);
            }
            ChannelDifference::ChannelDifferenceTooLong(d) => {
                if let enums::Dialog::Dialog(dialog) = &d.dialog
                    && let Some(pts) = dialog.pts
                {
                    b.pts = pts;
                }
                if !d.r#final {
                    b.fetch = Fetch::Wanted;
                }
                self.hashes.extend(channel_hashes(&d.chats));
                self.building.lost = Some(Lost::Channel(channel));
                self.building.users.extend(d.users);
                self.building.chats.extend(d.chats);
            }
        }
        self.building.channels.insert(channel);
        self.flush();
    }
}
