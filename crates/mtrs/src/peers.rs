//! `save_peers`: the users and chats found in a result, as cache entries.
//!
//! Every generated API type implements [`Peers`] (see `mtrs_tl_api::peers`), which finds
//! the users and chats inside a value at any depth: answers, updates, dialogs, messages.

use mtrs_session::{Peer, PeerId, PeerKind, UnixTime};
use mtrs_tl_api::peers::Peers;
use mtrs_tl_api::{enums, types};

/// The peers in `value`, ready to merge into the cache (min flags kept, so a min hash
/// never overwrites a full one). Empty users and chats are skipped.
pub(crate) fn collect(value: &impl Peers, now: UnixTime) -> Vec<Peer> {
    let found = value.peers();
    let users = found.users.into_iter().filter_map(|u| match u {
        enums::User::User(user) => Some(user_peer(user, now)),
        enums::User::UserEmpty(_) => None,
    });
    let chats = found.chats.into_iter().filter_map(|c| chat_peer(c, now));
    users.chain(chats).collect()
}

pub(crate) fn user_peer(u: &types::User, now: UnixTime) -> Peer {
    let kind = if u.bot { PeerKind::Bot } else { PeerKind::User };
    let mut names: Vec<String> = u
        .username
        .iter()
        .map(|n| n.to_str_lossy().into_owned())
        .collect();
    for enums::Username::Username(n) in u.usernames.iter().flatten() {
        names.push(n.username.to_str_lossy().into_owned());
    }
    let mut peer = Peer::new(PeerId::User(u.id), kind, u.access_hash.unwrap_or(0))
        .with_min(u.min)
        .with_usernames(names)
        .with_updated_at(now);
    if let Some(phone) = &u.phone {
        peer = peer.with_phone(&phone.to_str_lossy());
    }
    peer
}

pub(crate) fn chat_peer(c: &enums::Chat, now: UnixTime) -> Option<Peer> {
    let peer = match c {
        enums::Chat::Chat(chat) => Peer::new(PeerId::Chat(chat.id), PeerKind::BasicGroup, 0),
        enums::Chat::ChatForbidden(chat) => {
            Peer::new(PeerId::Chat(chat.id), PeerKind::BasicGroup, 0)
        }
        enums::Chat::Channel(ch) => {
            let kind = if ch.forum {
                PeerKind::Forum
            } else if ch.gigagroup {
                PeerKind::Gigagroup
            } else if ch.megagroup {
                PeerKind::Megagroup
            } else {
                PeerKind::Channel
            };
            let mut names: Vec<String> = ch
                .username
                .iter()
                .map(|n| n.to_str_lossy().into_owned())
                .collect();
            for enums::Username::Username(n) in ch.usernames.iter().flatten() {
                names.push(n.username.to_str_lossy().into_owned());
            }
            Peer::new(PeerId::Channel(ch.id), kind, ch.access_hash.unwrap_or(0))
                .with_min(ch.min)
                .with_usernames(names)
        }
        enums::Chat::ChannelForbidden(ch) => {
            let kind = if ch.megagroup {
                PeerKind::Megagroup
            } else {
                PeerKind::Channel
            };
            Peer::new(PeerId::Channel(ch.id), kind, ch.access_hash)
        }
        _ => return None,
    };
    Some(peer.with_updated_at(now))
}

#[cfg(test)]
mod tests;
