//! The short forms Telegram uses to save bytes (`updateShortMessage`,
//! `updateShortChatMessage`) turned into the `updateNewMessage` they stand for, and the
//! messages of a difference turned into updates.

use mtrs_tl::TlString;
use mtrs_tl_api::enums::{self, Message, Peer, Update};
use mtrs_tl_api::types;

/// A message with only the fields a short update carries; the rest empty.
fn message(from_id: Option<Peer>, peer_id: Peer, short: Short) -> Message {
    Message::Message(types::Message {
        out: short.out,
        mentioned: short.mentioned,
        media_unread: short.media_unread,
        silent: short.silent,
        post: false,
        from_scheduled: false,
        legacy: false,
        edit_hide: false,
        pinned: false,
        noforwards: false,
        invert_media: false,
        offline: false,
        video_processing_pending: false,
        paid_suggested_post_stars: false,
        paid_suggested_post_ton: false,
        id: short.id,
        from_id,
        from_boosts_applied: None,
        from_rank: None,
        peer_id,
        saved_peer_id: None,
        fwd_from: short.fwd_from,
        via_bot_id: short.via_bot_id,
        via_business_bot_id: None,
        guestchat_via_from: None,
        reply_to: short.reply_to,
        date: short.date,
        message: short.text,
        media: None,
        reply_markup: None,
        entities: short.entities,
        views: None,
        forwards: None,
        replies: None,
        edit_date: None,
        post_author: None,
        grouped_id: None,
        reactions: None,
        restriction_reason: None,
        ttl_period: short.ttl_period,
        quick_reply_shortcut_id: None,
        effect: None,
        factcheck: None,
        report_delivery_until_date: None,
        paid_message_stars: None,
        suggested_post: None,
        schedule_repeat_period: None,
        summary_from_language: None,
        rich_message: None,
    })
}

/// What `updateShortMessage` and `updateShortChatMessage` share.
struct Short {
    out: bool,
    mentioned: bool,
    media_unread: bool,
    silent: bool,
    id: i32,
    date: i32,
    text: TlString,
    fwd_from: Option<enums::MessageFwdHeader>,
    via_bot_id: Option<i64>,
    reply_to: Option<enums::MessageReplyHeader>,
    entities: Option<Vec<enums::MessageEntity>>,
    ttl_period: Option<i32>,
}

/// The shared fields of a short update (`$s`: either short form), moved out.
macro_rules! short_of {
    ($s:expr) => {{
        let s = $s;
        Short {
            out: s.out,
            mentioned: s.mentioned,
            media_unread: s.media_unread,
            silent: s.silent,
            id: s.id,
            date: s.date,
            text: s.message,
            fwd_from: s.fwd_from,
            via_bot_id: s.via_bot_id,
            reply_to: s.reply_to,
            entities: s.entities,
            ttl_period: s.ttl_period,
        }
    }};
}

fn user(user_id: i64) -> Peer {
    Peer::PeerUser(types::PeerUser { user_id })
}

/// `updateShortMessage` as the `updateNewMessage` it stands for. `self_id` is the
/// signed-in account (the sender of an outgoing message); without it an outgoing
/// message names no sender.
///
/// ```
/// use mtrs_tl_api::{enums, types};
/// let short = types::UpdateShortMessage {
///     out: false, mentioned: false, media_unread: false, silent: false,
///     id: 7, user_id: 1001, message: "hi".into(), pts: 3, pts_count: 1, date: 1_700_000_000,
///     fwd_from: None, via_bot_id: None, reply_to: None, entities: None, ttl_period: None,
/// };
/// let enums::Update::UpdateNewMessage(full) = mtrs_updates::short_message(short, Some(7001)) else {
///     unreachable!()
/// };
/// assert_eq!((full.pts, full.pts_count), (3, 1));
/// ```
pub fn short_message(short: types::UpdateShortMessage, self_id: Option<i64>) -> Update {
    let from_id = if short.out {
        self_id.map(user)
    } else {
        Some(user(short.user_id))
    };
    let (peer, pts, pts_count) = (user(short.user_id), short.pts, short.pts_count);
    Update::UpdateNewMessage(types::UpdateNewMessage {
        message: message(from_id, peer, short_of!(short)),
        pts,
        pts_count,
    })
}

/// `updateShortChatMessage` as the `updateNewMessage` it stands for.
pub fn short_chat_message(short: types::UpdateShortChatMessage) -> Update {
    let from_id = Some(user(short.from_id));
    let peer = Peer::PeerChat(types::PeerChat {
        chat_id: short.chat_id,
    });
    let (pts, pts_count) = (short.pts, short.pts_count);
    Update::UpdateNewMessage(types::UpdateNewMessage {
        message: message(from_id, peer, short_of!(short)),
        pts,
        pts_count,
    })
}

/// A message from a difference, as an update (`pts` and `pts_count` 0: a difference
/// gives the state after all its messages, not one per message).
pub(crate) fn from_difference(message: Message) -> Update {
    if crate::sequence::channel_of_message(&message).is_some() {
        Update::UpdateNewChannelMessage(types::UpdateNewChannelMessage {
            message,
            pts: 0,
            pts_count: 0,
        })
    } else {
        Update::UpdateNewMessage(types::UpdateNewMessage {
            message,
            pts: 0,
            pts_count: 0,
        })
    }
}
