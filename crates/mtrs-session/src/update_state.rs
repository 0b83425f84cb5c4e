//! The update-sequence state a client persists so that `updates.getDifference` resumes
//! where it stopped.

use std::collections::BTreeMap;

use crate::UnixTime;

/// A channel (supergroup or broadcast) id, bare (not "marked" with `-100…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChannelId(pub i64);

/// The account-wide update state (`updates.state`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct AccountState {
    /// Common message box sequence (`pts`).
    pub pts: i32,
    /// Secret-chat sequence (`qts`).
    pub qts: i32,
    /// Date of the last received update.
    pub date: UnixTime,
    /// Update sequence number (`seq`).
    pub seq: i32,
}

/// The whole persisted update state.
///
/// ```
/// use mtrs_session::{AccountState, ChannelId, UpdateState};
/// let mut st = UpdateState::default();
/// st.account = Some(AccountState { pts: 10, ..Default::default() });
/// st.channels.insert(ChannelId(1234), 77);
/// assert_eq!(st.channels[&ChannelId(1234)], 77);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateState {
    /// The account-wide state; `None` until the client first fetched `updates.getState`.
    pub account: Option<AccountState>,
    /// `pts` per channel.
    pub channels: BTreeMap<ChannelId, i32>,
}

/// A change to the persisted update state, applied atomically by a store.
///
/// ```
/// use mtrs_session::{AccountState, ChannelId, UpdateState, UpdateStateChange};
/// let mut st = UpdateState::default();
/// let change = UpdateStateChange {
///     account: Some(AccountState { pts: 5, ..Default::default() }),
///     channels: vec![(ChannelId(9), Some(3))],
/// };
/// change.apply_to(&mut st);
/// assert_eq!(st.channels.get(&ChannelId(9)), Some(&3));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UpdateStateChange {
    /// The new account-wide state, or `None` to leave it as it is.
    pub account: Option<AccountState>,
    /// Per-channel changes: `Some(pts)` sets it, `None` forgets the channel.
    pub channels: Vec<(ChannelId, Option<i32>)>,
}

impl UpdateStateChange {
    /// Applies the change to an in-memory state (what every store must do durably).
    pub fn apply_to(&self, state: &mut UpdateState) {
        if let Some(account) = self.account {
            state.account = Some(account);
        }
        for &(channel, pts) in &self.channels {
            match pts {
                Some(pts) => {
                    state.channels.insert(channel, pts);
                }
                None => {
                    state.channels.remove(&channel);
                }
            }
        }
    }
}
