//! The TL form of stored messages and of the updates about them: `message`,
//! `updateNewMessage`, `updateEditMessage`, `updateDeleteMessages`,
//! `updateNewChannelMessage`, and the `Updates` containers pushed to clients.

use mtrs_tl::Serialize;
use mtrs_tl_api::{enums, types};

use crate::peers::{render_channel, render_min_user, render_user};
use crate::push_faults::Pending;
use crate::state::Shared;
use crate::updates_log::{Applied, Change, Mailbox, Peer, StoredDocument, StoredMessage};

/// The `Peer` of a dialog.
pub(crate) fn peer(p: Peer) -> enums::Peer {
    match p {
        Peer::User(user_id) => enums::Peer::PeerUser(types::PeerUser { user_id }),
        Peer::Channel(channel_id) => enums::Peer::PeerChannel(types::PeerChannel { channel_id }),
    }
}

/// The `message` constructor of a stored message.
pub(crate) fn render_message(m: &StoredMessage) -> enums::Message {
    enums::Message::Message(types::Message {
        out: m.out,
        mentioned: false,
        media_unread: false,
        silent: false,
        post: matches!(m.peer, Peer::Channel(_)),
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
        id: m.id,
        from_id: m
            .from
            .map(|user_id| enums::Peer::PeerUser(types::PeerUser { user_id })),
        from_boosts_applied: None,
        from_rank: None,
        peer_id: peer(m.peer),
        saved_peer_id: None,
        fwd_from: None,
        via_bot_id: None,
        via_business_bot_id: None,
        guestchat_via_from: None,
        reply_to: None,
        date: m.date,
        message: m.text.as_str().into(),
        media: m.media.as_ref().map(render_media),
        reply_markup: None,
        entities: None,
        // `views` and `forwards` share flag bit 10: both or neither.
        views: matches!(m.peer, Peer::Channel(_)).then_some(1),
        forwards: matches!(m.peer, Peer::Channel(_)).then_some(0),
        replies: None,
        edit_date: m.edit_date,
        post_author: None,
        grouped_id: None,
        reactions: None,
        restriction_reason: None,
        ttl_period: None,
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

/// `messageMediaDocument` for a stored document (its file name as an attribute).
pub(crate) fn render_media(d: &StoredDocument) -> enums::MessageMedia {
    let document = enums::Document::Document(types::Document {
        id: d.id,
        access_hash: d.access_hash,
        file_reference: d.file_reference.clone(),
        date: 1_700_000_000,
        mime_type: d.mime_type.as_str().into(),
        size: d.size,
        thumbs: None,
        video_thumbs: None,
        dc_id: d.dc_id,
        attributes: vec![enums::DocumentAttribute::DocumentAttributeFilename(
            types::DocumentAttributeFilename {
                file_name: d.name.as_str().into(),
            },
        )],
    });
    enums::MessageMedia::MessageMediaDocument(types::MessageMediaDocument {
        nopremium: false,
        spoiler: false,
        video: false,
        round: false,
        voice: false,
        document: Some(document),
        alt_documents: None,
        video_cover: None,
        video_timestamp: None,
        ttl_seconds: None,
    })
}

/// The update a log entry stands for (`None` for a new message since deleted, which
/// `updates.getDifference` leaves out). A channel's entries give channel updates.
pub(crate) fn render_update(
    b: &Mailbox,
    change: &Change,
    pts: i32,
    pts_count: i32,
    channel: Option<i64>,
) -> Option<enums::Update> {
    let message = |id: &i32| b.messages.get(id).map(render_message);
    Some(match (change, channel) {
        (Change::NewMessage(id), None) => {
            enums::Update::UpdateNewMessage(types::UpdateNewMessage {
                message: message(id)?,
                pts,
                pts_count,
            })
        }
        (Change::NewMessage(id), Some(_)) => {
            enums::Update::UpdateNewChannelMessage(types::UpdateNewChannelMessage {
                message: message(id)?,
                pts,
                pts_count,
            })
        }
        (Change::EditMessage(id), None) => {
            enums::Update::UpdateEditMessage(types::UpdateEditMessage {
                message: message(id)?,
                pts,
                pts_count,
            })
        }
        (Change::EditMessage(id), Some(_)) => {
            enums::Update::UpdateEditChannelMessage(types::UpdateEditChannelMessage {
                message: message(id)?,
                pts,
                pts_count,
            })
        }
        (Change::DeleteMessages(ids), None) => {
            enums::Update::UpdateDeleteMessages(types::UpdateDeleteMessages {
                messages: ids.clone(),
                pts,
                pts_count,
            })
        }
        (Change::DeleteMessages(ids), Some(channel_id)) => {
            enums::Update::UpdateDeleteChannelMessages(types::UpdateDeleteChannelMessages {
                channel_id,
                messages: ids.clone(),
                pts,
                pts_count,
            })
        }
    })
}

/// The `user` constructors of these accounts (unknown ids skipped), as `me` sees them.
pub(crate) fn users(shared: &Shared, ids: &[i64], me: i64) -> Vec<enums::User> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids.iter()
        .filter_map(|&id| shared.account(id))
        .map(|a| render_user(&a, a.id == me))
        .collect()
}

/// The `user` constructors of these accounts as members of a channel see them: `min`,
/// except `me` (unknown ids skipped).
pub(crate) fn min_users(shared: &Shared, ids: &[i64], me: i64) -> Vec<enums::User> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids.iter()
        .filter_map(|&id| shared.account(id))
        .map(|a| {
            if a.id == me {
                render_user(&a, true)
            } else {
                render_min_user(&a)
            }
        })
        .collect()
}

/// The `channel` constructors of these channels (unknown ids skipped).
pub(crate) fn chats(shared: &Shared, ids: &[i64]) -> Vec<enums::Chat> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    ids.iter()
        .filter_map(|&id| shared.fixture.channels.iter().find(|c| c.id == id))
        .map(render_channel)
        .collect()
}

/// The users a message names (its author and its private-chat peer).
pub(crate) fn people(m: &StoredMessage) -> Vec<i64> {
    let mut ids: Vec<i64> = m.from.into_iter().collect();
    if let Peer::User(u) = m.peer {
        ids.push(u);
    }
    ids
}

/// The push of one account's change: `updateShortMessage` for a received private
/// message, else an `updates` container (with the users it names) carrying `seq`.
pub(crate) fn account_push(shared: &Shared, b: &Mailbox, a: &Applied) -> Option<Pending> {
    if let (Change::NewMessage(id), None) = (&a.change, a.seq)
        && let Some(m) = b.messages.get(id)
        && let Peer::User(user_id) = m.peer
        && m.media.is_none()
    {
        let short = enums::Updates::UpdateShortMessage(types::UpdateShortMessage {
            out: m.out,
            mentioned: false,
            media_unread: false,
            silent: false,
            id: m.id,
            user_id,
            message: m.text.as_str().into(),
            pts: a.pts,
            pts_count: a.pts_count,
            date: a.date,
            fwd_from: None,
            via_bot_id: None,
            reply_to: None,
            entities: None,
            ttl_period: None,
        });
        return Some(Pending {
            account: a.owner,
            body: short.to_bytes(),
            constructor: "updateShortMessage",
            pts: a.pts,
            seq: 0,
        });
    }
    let update = render_update(b, &a.change, a.pts, a.pts_count, None)?;
    let named = match &a.change {
        Change::NewMessage(id) | Change::EditMessage(id) => {
            b.messages.get(id).map(people).unwrap_or_default()
        }
        Change::DeleteMessages(_) => Vec::new(),
    };
    let seq = a.seq.unwrap_or(0);
    let container = enums::Updates::Updates(types::Updates {
        updates: vec![update],
        users: users(shared, &named, a.owner),
        chats: Vec::new(),
        date: a.date,
        seq,
    });
    Some(Pending {
        account: a.owner,
        body: container.to_bytes(),
        constructor: "updates",
        pts: a.pts,
        seq,
    })
}

/// The push of a channel's change to one member: an `updates` container with the
/// channel in `chats` and seq 0 (channel updates are ordered by the channel's pts).
pub(crate) fn channel_push(
    shared: &Shared,
    b: &Mailbox,
    a: &Applied,
    member: i64,
) -> Option<Pending> {
    let update = render_update(b, &a.change, a.pts, a.pts_count, Some(a.owner))?;
    let authors = match &a.change {
        Change::NewMessage(id) | Change::EditMessage(id) => {
            b.messages.get(id).map(people).unwrap_or_default()
        }
        Change::DeleteMessages(_) => Vec::new(),
    };
    let container = enums::Updates::Updates(types::Updates {
        updates: vec![update],
        users: min_users(shared, &authors, member),
        chats: chats(shared, &[a.owner]),
        date: a.date,
        seq: 0,
    });
    Some(Pending {
        account: member,
        body: container.to_bytes(),
        constructor: "updates",
        pts: a.pts,
        seq: 0,
    })
}

/// A dialog whose latest message is `top` (read up to it, nothing unread).
pub(crate) fn dialog(p: Peer, top: i32, pts: Option<i32>) -> enums::Dialog {
    enums::Dialog::Dialog(types::Dialog {
        pinned: false,
        unread_mark: false,
        view_forum_as_messages: false,
        peer: peer(p),
        top_message: top,
        read_inbox_max_id: top,
        read_outbox_max_id: top,
        unread_count: 0,
        unread_mentions_count: 0,
        unread_reactions_count: 0,
        unread_poll_votes_count: 0,
        notify_settings: enums::PeerNotifySettings::PeerNotifySettings(types::PeerNotifySettings {
            show_previews: None,
            silent: None,
            mute_until: None,
            ios_sound: None,
            android_sound: None,
            other_sound: None,
            stories_muted: None,
            stories_hide_sender: None,
            stories_ios_sound: None,
            stories_android_sound: None,
            stories_other_sound: None,
        }),
        pts,
        draft: None,
        folder_id: None,
        ttl_period: None,
    })
}
