//! Min peers: where a user or channel known only by a `min` access hash was seen.
//!
//! Telegram sends `min` users and channels (a hash that is valid only together with the
//! message they appeared in) in groups and channels the account reads. To name such a
//! peer later, `inputPeerUserFromMessage` / `inputPeerChannelFromMessage` carry the chat
//! and message id instead: [`contexts`] finds them in an answer's or update's messages
//! and [`collect`] records them as [`Peer::seen_in`] of the min peers it caches.
//! [`Client::input_peer`](crate::Client::input_peer) builds the message forms from it.

use std::collections::HashMap;
use std::time::SystemTime;

use mtrs_session::{Peer, PeerId, SeenIn, UnixTime};
use mtrs_tl::Deserialize;
use mtrs_tl_api::peers::Peers;
use mtrs_tl_api::{enums, types};

use crate::Client;
use crate::messages::peer_id;

impl Client {
    /// Caches the users and chats inside `value` (with `save_peers` on); `bytes`, the
    /// value's encoding, is read for the messages min peers were seen in.
    pub(crate) async fn save_peers_seen(&self, value: &impl Peers, bytes: &[u8]) {
        if !self.settings().config.save_peers {
            return;
        }
        if !has_min(value) {
            return self.save_peers(value).await;
        }
        let now = UnixTime::from_system_time(SystemTime::now());
        let peers = collect(value, bytes, now);
        if !peers.is_empty()
            && let Ok(pool) = self.pool()
        {
            pool.save_peers(peers).await;
        }
    }
}

/// Whether `value` holds a min user or channel.
fn has_min(value: &impl Peers) -> bool {
    let found = value.peers();
    found
        .users
        .iter()
        .any(|u| matches!(u, enums::User::User(u) if u.min))
        || found
            .chats
            .iter()
            .any(|c| matches!(c, enums::Chat::Channel(c) if c.min))
}

/// The peers in `value` (as [`crate::peers::collect`]), each min one with the message it
/// was seen in when `bytes` (the encoding of `value`) carries one.
pub(crate) fn collect(value: &impl Peers, bytes: &[u8], now: UnixTime) -> Vec<Peer> {
    let mut peers = crate::peers::collect(value, now);
    if peers.iter().any(|p| p.min) {
        let seen = contexts(bytes);
        for p in peers.iter_mut().filter(|p| p.min && p.seen_in.is_none()) {
            p.seen_in = seen.get(&p.id).copied();
        }
    }
    peers
}

/// For each peer a message in `bytes` names (author, forward source, inline bot,
/// mentioned user), the latest such message. `bytes` may hold any answer or update; only
/// those carrying messages (`Updates`, `messages.Messages`, `messages.Dialogs`,
/// `updates.Difference`, `updates.ChannelDifference`) give anything.
pub(crate) fn contexts(bytes: &[u8]) -> HashMap<PeerId, SeenIn> {
    let mut out = HashMap::new();
    let mut note = |m: &enums::Message| note_message(&mut out, m);
    if let Ok(u) = enums::Updates::from_bytes(bytes) {
        in_updates(&u, &mut note);
    } else if let Ok(m) = enums::messages::Messages::from_bytes(bytes) {
        let messages = match &m {
            enums::messages::Messages::Messages(m) => &m.messages,
            enums::messages::Messages::MessagesSlice(m) => &m.messages,
            enums::messages::Messages::ChannelMessages(m) => &m.messages,
            enums::messages::Messages::MessagesNotModified(_) => return out,
        };
        messages.iter().for_each(&mut note);
    } else if let Ok(d) = enums::messages::Dialogs::from_bytes(bytes) {
        let messages = match &d {
            enums::messages::Dialogs::Dialogs(d) => &d.messages,
            enums::messages::Dialogs::DialogsSlice(d) => &d.messages,
            enums::messages::Dialogs::DialogsNotModified(_) => return out,
        };
        messages.iter().for_each(&mut note);
    } else if let Ok(d) = enums::updates::Difference::from_bytes(bytes) {
        let (messages, updates) = match &d {
            enums::updates::Difference::Difference(d) => (&d.new_messages, &d.other_updates),
            enums::updates::Difference::DifferenceSlice(d) => (&d.new_messages, &d.other_updates),
            _ => return out,
        };
        messages.iter().for_each(&mut note);
        updates.iter().for_each(|u| in_update(u, &mut note));
    } else if let Ok(d) = enums::updates::ChannelDifference::from_bytes(bytes) {
        match &d {
            enums::updates::ChannelDifference::ChannelDifference(d) => {
                d.new_messages.iter().for_each(&mut note);
                d.other_updates.iter().for_each(|u| in_update(u, &mut note));
            }
            enums::updates::ChannelDifference::ChannelDifferenceTooLong(d) => {
                d.messages.iter().for_each(&mut note);
            }
            enums::updates::ChannelDifference::ChannelDifferenceEmpty(_) => {}
        }
    }
    out
}

fn in_updates(u: &enums::Updates, note: &mut impl FnMut(&enums::Message)) {
    match u {
        enums::Updates::Updates(u) => u.updates.iter().for_each(|u| in_update(u, note)),
        enums::Updates::UpdatesCombined(u) => u.updates.iter().for_each(|u| in_update(u, note)),
        enums::Updates::UpdateShort(u) => in_update(&u.update, note),
        _ => {}
    }
}

fn in_update(u: &enums::Update, note: &mut impl FnMut(&enums::Message)) {
    match u {
        enums::Update::UpdateNewMessage(u) => note(&u.message),
        enums::Update::UpdateNewChannelMessage(u) => note(&u.message),
        enums::Update::UpdateEditMessage(u) => note(&u.message),
        enums::Update::UpdateEditChannelMessage(u) => note(&u.message),
        _ => {}
    }
}

/// Records, for every peer message `m` names other than its own chat, that it was seen
/// there (a later message replaces an earlier one).
fn note_message(out: &mut HashMap<PeerId, SeenIn>, m: &enums::Message) {
    let (chat, msg_id, named) = match m {
        enums::Message::Message(m) => (peer_id(&m.peer_id), m.id, named_by(m)),
        enums::Message::MessageService(m) => (
            peer_id(&m.peer_id),
            m.id,
            m.from_id.iter().map(peer_id).collect(),
        ),
        enums::Message::MessageEmpty(_) => return,
    };
    let seen = SeenIn { chat, msg_id };
    for peer in named.into_iter().filter(|p| *p != chat) {
        let newer = out.get(&peer).is_none_or(|old| old.msg_id <= msg_id);
        if newer {
            out.insert(peer, seen);
        }
    }
}

/// The peers a `message` names: author, forward source, inline bot, mentioned users.
fn named_by(m: &types::Message) -> Vec<PeerId> {
    let mut named: Vec<PeerId> = m.from_id.iter().map(peer_id).collect();
    if let Some(enums::MessageFwdHeader::MessageFwdHeader(f)) = &m.fwd_from {
        named.extend(f.from_id.iter().map(peer_id));
    }
    named.extend(m.via_bot_id.map(PeerId::User));
    for e in m.entities.iter().flatten() {
        if let enums::MessageEntity::MessageEntityMentionName(e) = e {
            named.push(PeerId::User(e.user_id));
        }
    }
    named
}

/// The `InputPeer` of a min peer from the message it was seen in, given the input peer
/// of that message's chat.
pub(crate) fn input_peer_from_message(
    peer: PeerId,
    seen: SeenIn,
    chat: enums::InputPeer,
) -> Option<enums::InputPeer> {
    match peer {
        PeerId::User(user_id) => Some(enums::InputPeer::InputPeerUserFromMessage(Box::new(
            types::InputPeerUserFromMessage {
                peer: chat,
                msg_id: seen.msg_id,
                user_id,
            },
        ))),
        PeerId::Channel(channel_id) => Some(enums::InputPeer::InputPeerChannelFromMessage(
            Box::new(types::InputPeerChannelFromMessage {
                peer: chat,
                msg_id: seen.msg_id,
                channel_id,
            }),
        )),
        PeerId::Chat(_) => None,
    }
}

#[cfg(test)]
mod tests;
