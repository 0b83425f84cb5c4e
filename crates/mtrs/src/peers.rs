//! `save_peers`: the users and chats found in a result, as cache entries.
//!
//! Results are typed, so the extraction looks at the result's concrete type (through
//! `Any`) for the shapes that carry users and chats; other results carry none.

use std::any::Any;

use mtrs_session::{Peer, PeerId, PeerKind, UnixTime};
use mtrs_tl_api::{enums, types};

/// The peers in `value`, ready to merge into the cache (min flags kept, so a min hash
/// never overwrites a full one).
pub(crate) fn collect(value: &dyn Any, now: UnixTime) -> Vec<Peer> {
    let mut out = Vec::new();
    let mut found_users: Vec<&enums::User> = Vec::new();
    let mut found_chats: Vec<&enums::Chat> = Vec::new();
    if let Some(u) = value.downcast_ref::<enums::User>() {
        found_users.push(u);
    } else if let Some(list) = value.downcast_ref::<Vec<enums::User>>() {
        found_users.extend(list);
    } else if let Some(enums::auth::Authorization::Authorization(a)) =
        value.downcast_ref::<enums::auth::Authorization>()
    {
        found_users.push(&a.user);
    } else if let Some(enums::contacts::ResolvedPeer::ResolvedPeer(r)) =
        value.downcast_ref::<enums::contacts::ResolvedPeer>()
    {
        found_users.extend(&r.users);
        found_chats.extend(&r.chats);
    } else if let Some(enums::users::UserFull::UserFull(f)) =
        value.downcast_ref::<enums::users::UserFull>()
    {
        found_users.extend(&f.users);
        found_chats.extend(&f.chats);
    } else if let Some(chats) = value.downcast_ref::<enums::messages::Chats>() {
        match chats {
            enums::messages::Chats::Chats(c) => found_chats.extend(&c.chats),
            enums::messages::Chats::ChatsSlice(c) => found_chats.extend(&c.chats),
        }
    }
    for u in found_users {
        if let enums::User::User(user) = u {
            out.push(user_peer(user, now));
        }
    }
    for c in found_chats {
        if let Some(p) = chat_peer(c, now) {
            out.push(p);
        }
    }
    out
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
