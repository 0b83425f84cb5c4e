//! Which sequence an update belongs to ([`Sequence`]): the account's common `pts` box,
//! the `qts` box, one channel's `pts` box, or none.
//!
//! The lists follow the layer-230 schema: every `Update` constructor with a `pts` or
//! `qts` field is classified here (a test reads the schema and checks it).

use mtrs_tl_api::enums::{self, Message, Peer, Update};

/// The sequence an update advances, with what the gap check needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sequence {
    /// No sequence: delivered as it comes (typing, statuses, …).
    None,
    /// The account's common message box.
    Common {
        /// The box's `pts` after the update.
        pts: i32,
        /// How many events it holds.
        count: i32,
    },
    /// The `qts` box (secret chats, bot events): each update counts one.
    Qts {
        /// The box's `qts` after the update.
        qts: i32,
    },
    /// One channel's message box.
    Channel {
        /// The bare channel id.
        channel: i64,
        /// The channel's `pts` after the update.
        pts: i32,
        /// How many events it holds.
        count: i32,
    },
    /// `updateChannelTooLong`: the channel's difference must be fetched.
    ChannelTooLong {
        /// The bare channel id.
        channel: i64,
    },
}

/// The constructors [`sequence_of`] sorts into a `pts` box (common or channel).
pub const PTS_UPDATES: &[&str] = &[
    "updateNewMessage",
    "updateDeleteMessages",
    "updateReadHistoryInbox",
    "updateReadHistoryOutbox",
    "updateWebPage",
    "updateReadMessagesContents",
    "updateChannelTooLong",
    "updateNewChannelMessage",
    "updateReadChannelInbox",
    "updateDeleteChannelMessages",
    "updateEditChannelMessage",
    "updateEditMessage",
    "updateChannelWebPage",
    "updateFolderPeers",
    "updatePinnedMessages",
    "updatePinnedChannelMessages",
];

/// The constructors [`sequence_of`] sorts into the `qts` box.
pub const QTS_UPDATES: &[&str] = &[
    "updateNewEncryptedMessage",
    "updateMessagePollVote",
    "updateChatParticipant",
    "updateChannelParticipant",
    "updateBotStopped",
    "updateBotChatInviteRequester",
    "updateBotChatBoost",
    "updateBotMessageReaction",
    "updateBotMessageReactions",
    "updateBotBusinessConnect",
    "updateBotNewBusinessMessage",
    "updateBotEditBusinessMessage",
    "updateBotDeleteBusinessMessage",
    "updateBotPurchasedPaidMedia",
    "updateManagedBot",
    "updateBotGuestChatQuery",
    "updateBotStarsSubscription",
];

/// The channel a message was posted in (bare id), if any.
pub fn channel_of_message(message: &Message) -> Option<i64> {
    let peer = match message {
        Message::Message(m) => &m.peer_id,
        Message::MessageService(m) => &m.peer_id,
        Message::MessageEmpty(m) => m.peer_id.as_ref()?,
    };
    match peer {
        Peer::PeerChannel(c) => Some(c.channel_id),
        _ => None,
    }
}

fn channel_or_common(message: &Message, pts: i32, count: i32) -> Sequence {
    match channel_of_message(message) {
        Some(channel) => Sequence::Channel {
            channel,
            pts,
            count,
        },
        None => Sequence::Common { pts, count },
    }
}

/// Sorts an update into its sequence.
///
/// ```
/// use mtrs_tl_api::{enums, types};
/// use mtrs_updates::{Sequence, sequence_of};
/// let update = enums::Update::UpdateDeleteMessages(types::UpdateDeleteMessages {
///     messages: vec![1, 2],
///     pts: 12,
///     pts_count: 2,
/// });
/// assert_eq!(sequence_of(&update), Sequence::Common { pts: 12, count: 2 });
/// ```
pub fn sequence_of(update: &Update) -> Sequence {
    use Sequence::{Common, Qts};
    match update {
        Update::UpdateNewMessage(u) => channel_or_common(&u.message, u.pts, u.pts_count),
        Update::UpdateEditMessage(u) => channel_or_common(&u.message, u.pts, u.pts_count),
        Update::UpdateDeleteMessages(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateReadHistoryInbox(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateReadHistoryOutbox(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateWebPage(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateReadMessagesContents(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateFolderPeers(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdatePinnedMessages(u) => Common {
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateNewChannelMessage(u) => channel_or_common(&u.message, u.pts, u.pts_count),
        Update::UpdateEditChannelMessage(u) => channel_or_common(&u.message, u.pts, u.pts_count),
        Update::UpdateChannelTooLong(u) => Sequence::ChannelTooLong {
            channel: u.channel_id,
        },
        Update::UpdateReadChannelInbox(u) => Sequence::Channel {
            channel: u.channel_id,
            pts: u.pts,
            count: 0,
        },
        Update::UpdateDeleteChannelMessages(u) => Sequence::Channel {
            channel: u.channel_id,
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateChannelWebPage(u) => Sequence::Channel {
            channel: u.channel_id,
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdatePinnedChannelMessages(u) => Sequence::Channel {
            channel: u.channel_id,
            pts: u.pts,
            count: u.pts_count,
        },
        Update::UpdateNewEncryptedMessage(u) => Qts { qts: u.qts },
        Update::UpdateMessagePollVote(u) => Qts { qts: u.qts },
        Update::UpdateChatParticipant(u) => Qts { qts: u.qts },
        Update::UpdateChannelParticipant(u) => Qts { qts: u.qts },
        Update::UpdateBotStopped(u) => Qts { qts: u.qts },
        Update::UpdateBotChatInviteRequester(u) => Qts { qts: u.qts },
        Update::UpdateBotChatBoost(u) => Qts { qts: u.qts },
        Update::UpdateBotMessageReaction(u) => Qts { qts: u.qts },
        Update::UpdateBotMessageReactions(u) => Qts { qts: u.qts },
        Update::UpdateBotBusinessConnect(u) => Qts { qts: u.qts },
        Update::UpdateBotNewBusinessMessage(u) => Qts { qts: u.qts },
        Update::UpdateBotEditBusinessMessage(u) => Qts { qts: u.qts },
        Update::UpdateBotDeleteBusinessMessage(u) => Qts { qts: u.qts },
        Update::UpdateBotPurchasedPaidMedia(u) => Qts { qts: u.qts },
        Update::UpdateManagedBot(u) => Qts { qts: u.qts },
        Update::UpdateBotGuestChatQuery(u) => Qts { qts: u.qts },
        Update::UpdateBotStarsSubscription(u) => Qts { qts: u.qts },
        _ => Sequence::None,
    }
}

/// The channel ids (bare) and access hashes of the channels in `chats` that carry a
/// usable (non-min) hash.
pub(crate) fn channel_hashes(chats: &[enums::Chat]) -> impl Iterator<Item = (i64, i64)> + '_ {
    chats.iter().filter_map(|chat| match chat {
        enums::Chat::Channel(c) if !c.min => c.access_hash.map(|h| (c.id, h)),
        enums::Chat::ChannelForbidden(c) => Some((c.id, c.access_hash)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `Update` constructor of the schema with a `pts` or `qts` field is classified.
    #[test]
    fn every_sequenced_constructor_of_the_schema_is_listed() {
        let schema = include_str!("../../mtrs-tl-api/tl/api.tl");
        let mut missing = Vec::new();
        for line in schema.lines() {
            let Some((head, _)) = line.split_once(" = Update;") else {
                continue;
            };
            let name = head.split('#').next().unwrap_or_default();
            let pts = head.contains(" pts:");
            let qts = head.contains(" qts:");
            let listed =
                (pts && PTS_UPDATES.contains(&name)) || (qts && QTS_UPDATES.contains(&name));
            if (pts || qts) && !listed {
                missing.push(name.to_owned());
            }
        }
        assert!(missing.is_empty(), "not classified: {missing:?}");
        assert_eq!(PTS_UPDATES.len() + QTS_UPDATES.len(), 33);
    }

    #[test]
    fn channel_messages_go_to_their_channel_box() {
        let message = Message::MessageEmpty(mtrs_tl_api::types::MessageEmpty {
            id: 1,
            peer_id: Some(Peer::PeerChannel(mtrs_tl_api::types::PeerChannel {
                channel_id: 77,
            })),
        });
        let update = Update::UpdateNewChannelMessage(mtrs_tl_api::types::UpdateNewChannelMessage {
            message,
            pts: 5,
            pts_count: 1,
        });
        assert_eq!(
            sequence_of(&update),
            Sequence::Channel {
                channel: 77,
                pts: 5,
                count: 1
            }
        );
    }
}
