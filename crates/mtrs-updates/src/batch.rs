//! What the engine hands out: [`Batch`]es of updates for the application, and
//! [`Request`]s the driver must send for it.

use mtrs_session::UpdateStateChange;
use mtrs_tl_api::enums;

/// Updates the server said it could not give (the gap was too long): what was missed
/// must be fetched another way (dialogs, history).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lost {
    /// The account's common box (`updates.differenceTooLong`).
    Account,
    /// One channel (`updates.channelDifferenceTooLong`), by bare id.
    Channel(i64),
}

/// Updates to hand to the application, in order, and the update state after them.
///
/// A batch is the unit of durability: its [`Batch::state`] may be committed once the
/// application has taken the whole batch, never earlier. A batch without updates only
/// moves the state (a `differenceEmpty`, a pts that carried nothing to show, the first
/// `updates.getState`).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Batch {
    /// The updates, oldest first; short forms already expanded to `updateNewMessage`.
    pub updates: Vec<enums::Update>,
    /// The users the updates mention.
    pub users: Vec<enums::User>,
    /// The chats and channels the updates mention.
    pub chats: Vec<enums::Chat>,
    /// Set when the server skipped updates (the gap was too long).
    pub lost: Option<Lost>,
    /// The update state once this batch is handled (committed when it is taken).
    pub state: UpdateStateChange,
}

impl Batch {
    /// Whether the batch carries nothing for the application (only a state change).
    pub fn is_empty(&self) -> bool {
        self.updates.is_empty() && self.lost.is_none()
    }
}

/// A call the driver must make and report back ([`crate::Engine::on_state`],
/// [`crate::Engine::on_difference`], [`crate::Engine::on_channel_difference`], or
/// [`crate::Engine::on_failed`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// `updates.getState`: the engine has no state to start from.
    GetState,
    /// `updates.getDifference` from this state.
    GetDifference {
        /// Common box pts.
        pts: i32,
        /// qts.
        qts: i32,
        /// The state's date.
        date: i32,
    },
    /// `updates.getChannelDifference` for one channel.
    GetChannelDifference {
        /// Bare channel id.
        channel: i64,
        /// The access hash seen with the channel, if the engine saw one (else the driver
        /// looks it up in its peer cache).
        access_hash: Option<i64>,
        /// The channel's pts.
        pts: i32,
        /// How many events to ask for (Telegram: up to 100 for users, 100 000 for bots).
        limit: i32,
    },
}
