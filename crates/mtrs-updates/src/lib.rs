//! `mtrs-updates`: Telegram's update rules as a sans-IO state machine.
//!
//! [`Engine`] keeps the account's common `pts` box, `qts`, `seq` and one `pts` box per
//! channel; it takes live `Updates` values, detects duplicates and gaps, holds a gap
//! for the short wait Telegram documents, and asks for `updates.getDifference` /
//! `updates.getChannelDifference` ([`Request`]) when one must be filled. What it hands
//! out are [`Batch`]es: updates in order with the state after them, so a driver can
//! commit the state exactly when the application has taken a batch (at-least-once across
//! crashes, exactly-once across clean stops).
//!
//! No I/O, no clock, no tasks: `Instant`s are passed in. The client (`mtrs`) runs it.

mod batch;
mod engine;
mod sequence;
mod short;

pub use batch::{Batch, Lost, Request};
pub use engine::{Engine, EngineConfig};
pub use sequence::{PTS_UPDATES, QTS_UPDATES, Sequence, channel_of_message, sequence_of};
pub use short::{short_chat_message, short_message};
