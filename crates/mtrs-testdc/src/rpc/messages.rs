//! `messages.sendMessage`, `messages.getHistory`, `messages.getDialogs` and
//! `messages.getMessages`, served from the update log's stored messages.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::messages as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::injection::now;
use crate::messages::{account_push, chats, dialog, min_users, people, render_message, users};
use crate::updates_log::{Peer, StoredMessage};

/// The most messages or dialogs one answer carries.
const MAX_LIMIT: i32 = 100;

/// The dialog an input peer names (checking access hashes).
pub(super) fn peer_of(
    ctx: &RpcCtx<'_>,
    me: i64,
    input: &enums::InputPeer,
) -> Result<Peer, RpcError> {
    let invalid = || RpcError::new(400, "PEER_ID_INVALID");
    match input {
        enums::InputPeer::InputPeerSelf => Ok(Peer::User(me)),
        enums::InputPeer::InputPeerUser(u) => ctx
            .shared
            .account(u.user_id)
            .filter(|a| a.access_hash == u.access_hash || a.id == me)
            .map(|a| Peer::User(a.id))
            .ok_or_else(invalid),
        enums::InputPeer::InputPeerChannel(c) => ctx
            .shared
            .fixture
            .channels
            .iter()
            .find(|ch| ch.id == c.channel_id && ch.access_hash == c.access_hash)
            .map(|ch| Peer::Channel(ch.id))
            .ok_or_else(|| RpcError::new(400, "CHANNEL_INVALID")),
        // A min peer named through a message it was seen in: the chat must be valid and
        // hold that message (Telegram also checks the message names the peer).
        enums::InputPeer::InputPeerUserFromMessage(u) => {
            let chat = peer_of(ctx, me, &u.peer)?;
            if !holds_message(ctx, me, chat, u.msg_id) {
                return Err(invalid());
            }
            ctx.shared
                .account(u.user_id)
                .map(|a| Peer::User(a.id))
                .ok_or_else(invalid)
        }
        enums::InputPeer::InputPeerChannelFromMessage(c) => {
            let chat = peer_of(ctx, me, &c.peer)?;
            if !holds_message(ctx, me, chat, c.msg_id) {
                return Err(RpcError::new(400, "CHANNEL_INVALID"));
            }
            ctx.shared
                .fixture
                .channels
                .iter()
                .find(|ch| ch.id == c.channel_id)
                .map(|ch| Peer::Channel(ch.id))
                .ok_or_else(|| RpcError::new(400, "CHANNEL_INVALID"))
        }
        _ => Err(invalid()),
    }
}

/// Whether dialog `chat` of `me` holds message `id`.
fn holds_message(ctx: &RpcCtx<'_>, me: i64, chat: Peer, id: i32) -> bool {
    let mut log = ctx.shared.updates.lock();
    match chat {
        Peer::User(_) => log
            .account(me)
            .messages
            .get(&id)
            .is_some_and(|m| m.peer == chat),
        Peer::Channel(channel) => log.channel(channel).messages.contains_key(&id),
    }
}

/// `messages.sendMessage` to a user → `updateShortSentMessage` (the sender's id and
/// pts); the recipient's sessions get `updateShortMessage`, the sender's other sessions
/// the outgoing copy. A `random_id` the sender used before gives back that message
/// without sending another. Channels answer `CHAT_WRITE_FORBIDDEN` (their posts are
/// injected), an empty text `MESSAGE_EMPTY`.
pub(super) fn send_message(ctx: &mut RpcCtx<'_>, req: f::SendMessage) -> Answer {
    let me = ctx.user()?;
    let to = match peer_of(ctx, me, &req.peer)? {
        Peer::User(id) => id,
        Peer::Channel(_) => return Err(RpcError::new(403, "CHAT_WRITE_FORBIDDEN")),
    };
    let text = req.message.to_str_lossy();
    if text.trim().is_empty() {
        return Err(RpcError::new(400, "MESSAGE_EMPTY"));
    }
    let (sent, pushes) = {
        let mut log = ctx.shared.updates.lock();
        let sent = log.send_message(me, to, &text, now(), Some(req.random_id), false);
        let mut pushes = Vec::new();
        if !sent.repeated {
            for a in sent.recipient.iter().chain([&sent.sender]) {
                pushes.extend(account_push(ctx.shared, log.account(a.owner), a));
            }
        }
        (sent, pushes)
    };
    ctx.pushes.extend(pushes);
    ok(&enums::Updates::UpdateShortSentMessage(
        types::UpdateShortSentMessage {
            out: true,
            id: sent.sender.id,
            pts: sent.sender.pts,
            pts_count: sent.sender.pts_count,
            date: sent.sender.date,
            media: None,
            entities: None,
            ttl_period: None,
        },
    ))
}

/// The messages of a dialog, newest first.
fn dialog_messages(ctx: &RpcCtx<'_>, me: i64, peer: Peer) -> (Vec<StoredMessage>, i32) {
    let mut log = ctx.shared.updates.lock();
    let (b, filter) = match peer {
        Peer::User(_) => (log.account(me), Some(peer)),
        Peer::Channel(id) => (log.channel(id), None),
    };
    let messages = b
        .messages
        .values()
        .rev()
        .filter(|m| filter.is_none_or(|p| m.peer == p))
        .cloned()
        .collect();
    (messages, b.pts)
}

/// `messages.getHistory`: newest first, `offset_id` (older than it) / `offset_date`,
/// `add_offset`, `limit` (at most 100), `max_id` and `min_id` (exclusive) honoured;
/// `messages.messages` when the whole dialog fits, else `messages.messagesSlice` with
/// `count`; `messages.channelMessages` (with the channel's pts) for a channel.
pub(super) fn get_history(ctx: &RpcCtx<'_>, req: f::GetHistory) -> Answer {
    let me = ctx.user()?;
    let peer = peer_of(ctx, me, &req.peer)?;
    let (all, pts) = dialog_messages(ctx, me, peer);
    let count = all.len();
    let in_range: Vec<&StoredMessage> = all
        .iter()
        .filter(|m| req.max_id <= 0 || m.id < req.max_id)
        .filter(|m| req.min_id <= 0 || m.id > req.min_id)
        .collect();
    // Where the page starts: the first message older than the offset.
    let start = in_range
        .iter()
        .position(|m| {
            (req.offset_id <= 0 || m.id < req.offset_id)
                && (req.offset_date <= 0 || m.date < req.offset_date)
        })
        .unwrap_or(in_range.len());
    let start = i64::try_from(start).unwrap_or(i64::MAX) + i64::from(req.add_offset);
    let start = usize::try_from(start.max(0)).unwrap_or(usize::MAX);
    let limit = usize::try_from(req.limit.clamp(0, MAX_LIMIT)).unwrap_or(0);
    let page: Vec<&StoredMessage> = in_range.iter().skip(start).take(limit).copied().collect();
    let mut named: Vec<i64> = page.iter().flat_map(|m| people(m)).collect();
    named.push(me);
    let messages: Vec<enums::Message> = page.iter().map(|m| render_message(m)).collect();
    let users = match peer {
        Peer::Channel(_) => min_users(ctx.shared, &named, me),
        Peer::User(_) => users(ctx.shared, &named, me),
    };
    let total = i32::try_from(count).unwrap_or(i32::MAX);
    match peer {
        Peer::Channel(id) => ok(&enums::messages::Messages::ChannelMessages(
            types::messages::ChannelMessages {
                inexact: false,
                pts,
                count: total,
                offset_id_offset: None,
                messages,
                topics: Vec::new(),
                chats: chats(ctx.shared, &[id]),
                users,
            },
        )),
        Peer::User(_) if messages.len() == count => ok(&enums::messages::Messages::Messages(
            types::messages::Messages {
                messages,
                topics: Vec::new(),
                chats: Vec::new(),
                users,
            },
        )),
        Peer::User(_) => ok(&enums::messages::Messages::MessagesSlice(
            types::messages::MessagesSlice {
                inexact: false,
                count: total,
                next_rate: None,
                offset_id_offset: None,
                search_flood: None,
                messages,
                topics: Vec::new(),
                chats: Vec::new(),
                users,
            },
        )),
    }
}

/// Every dialog of `me` with its latest message, newest first: private chats and the
/// channels that have posts.
fn all_dialogs(ctx: &RpcCtx<'_>, me: i64) -> Vec<(Peer, StoredMessage, Option<i32>)> {
    let mut log = ctx.shared.updates.lock();
    let mut dialogs: Vec<(Peer, StoredMessage, Option<i32>)> = log
        .dialogs_of(me)
        .into_iter()
        .map(|(p, m)| (p, m, None))
        .collect();
    for c in &ctx.shared.fixture.channels {
        let b = log.channel(c.id);
        if let Some(m) = b.messages.values().next_back() {
            dialogs.push((Peer::Channel(c.id), m.clone(), Some(b.pts)));
        }
    }
    dialogs.sort_by_key(|d| std::cmp::Reverse((d.1.date, d.1.id, d.0)));
    dialogs
}

/// `messages.getDialogs`: newest first; a page starts after `offset_peer` when it names
/// a dialog, else after the (`offset_date`, `offset_id`) position; `limit` at most 100;
/// `messages.dialogs` when every dialog is in the answer, else `messages.dialogsSlice`
/// with `count`. The archive folder (`folder_id` 1) is empty.
pub(super) fn get_dialogs(ctx: &RpcCtx<'_>, req: f::GetDialogs) -> Answer {
    let me = ctx.user()?;
    let all = if req.folder_id == Some(1) {
        Vec::new()
    } else {
        all_dialogs(ctx, me)
    };
    let offset_peer = match &req.offset_peer {
        enums::InputPeer::InputPeerEmpty => None,
        other => peer_of(ctx, me, other).ok(),
    };
    let start = match offset_peer.and_then(|p| all.iter().position(|d| d.0 == p)) {
        Some(i) => i + 1,
        None if req.offset_date > 0 || req.offset_id > 0 => {
            // Dialogs whose latest message is older than (offset_date, offset_id).
            let date = if req.offset_date > 0 {
                req.offset_date
            } else {
                i32::MAX
            };
            let id = if req.offset_id > 0 {
                req.offset_id
            } else if req.offset_date > 0 {
                0
            } else {
                i32::MAX
            };
            all.iter()
                .position(|(_, m, _)| (m.date, m.id) < (date, id))
                .unwrap_or(all.len())
        }
        None => 0,
    };
    let limit = usize::try_from(req.limit.clamp(1, MAX_LIMIT)).unwrap_or(1);
    let page: Vec<&(Peer, StoredMessage, Option<i32>)> =
        all.iter().skip(start).take(limit).collect();
    let mut named = vec![me];
    let mut channels = Vec::new();
    for (p, m, _) in &page {
        named.extend(people(m));
        if let Peer::Channel(id) = p {
            channels.push(*id);
        }
    }
    let dialogs = page
        .iter()
        .map(|(p, m, pts)| dialog(*p, m.id, *pts))
        .collect();
    let messages = page.iter().map(|(_, m, _)| render_message(m)).collect();
    let users = users(ctx.shared, &named, me);
    let chats = chats(ctx.shared, &channels);
    if start == 0 && page.len() == all.len() {
        return ok(&enums::messages::Dialogs::Dialogs(
            types::messages::Dialogs {
                dialogs,
                messages,
                chats,
                users,
            },
        ));
    }
    ok(&enums::messages::Dialogs::DialogsSlice(
        types::messages::DialogsSlice {
            count: i32::try_from(all.len()).unwrap_or(i32::MAX),
            dialogs,
            messages,
            chats,
            users,
        },
    ))
}

/// `messages.getMessages`: the caller's private-chat messages by id (`messageEmpty` for
/// ids it does not have), in the order asked.
pub(super) fn get_messages(ctx: &RpcCtx<'_>, req: f::GetMessages) -> Answer {
    let me = ctx.user()?;
    let found: Vec<(i32, Option<StoredMessage>)> = {
        let mut log = ctx.shared.updates.lock();
        let b = log.account(me);
        req.id
            .iter()
            .map(|input| match input {
                enums::InputMessage::InputMessageId(m) => (m.id, b.messages.get(&m.id).cloned()),
                _ => (0, None),
            })
            .collect()
    };
    let mut named = vec![me];
    let messages = found
        .iter()
        .map(|(id, m)| match m {
            Some(m) => {
                named.extend(people(m));
                render_message(m)
            }
            None => enums::Message::MessageEmpty(types::MessageEmpty {
                id: *id,
                peer_id: None,
            }),
        })
        .collect();
    ok(&enums::messages::Messages::Messages(
        types::messages::Messages {
            messages,
            topics: Vec::new(),
            chats: Vec::new(),
            users: users(ctx.shared, &named, me),
        },
    ))
}
