//! `contacts.resolveUsername`.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::contacts as f;
use mtrs_tl_api::{enums, types};

use super::users::render_user;
use super::{Answer, RpcCtx, ok};
use crate::fixture::{Channel, Owner};

fn render_channel(c: &Channel) -> enums::Chat {
    enums::Chat::Channel(types::Channel {
        creator: false,
        left: true,
        broadcast: true,
        verified: false,
        megagroup: false,
        restricted: false,
        signatures: false,
        min: false,
        scam: false,
        has_link: false,
        has_geo: false,
        slowmode_enabled: false,
        call_active: false,
        call_not_empty: false,
        fake: false,
        gigagroup: false,
        noforwards: false,
        join_to_send: false,
        join_request: false,
        forum: false,
        stories_hidden: false,
        stories_hidden_min: false,
        stories_unavailable: false,
        signature_profiles: false,
        autotranslation: false,
        broadcast_messages_allowed: false,
        monoforum: false,
        forum_tabs: false,
        id: c.id,
        access_hash: Some(c.access_hash),
        title: c.title.as_str().into(),
        username: c.username.as_deref().map(Into::into),
        photo: enums::ChatPhoto::ChatPhotoEmpty,
        date: 1_700_000_000,
        restriction_reason: None,
        admin_rights: None,
        banned_rights: None,
        default_banned_rights: None,
        participants_count: None,
        usernames: None,
        stories_max_id: None,
        color: None,
        profile_color: None,
        emoji_status: None,
        level: None,
        subscription_until_date: None,
        bot_verification_icon: None,
        send_paid_messages_stars: None,
        linked_monoforum_id: None,
        linked_community_id: None,
    })
}

fn valid_username(name: &str) -> bool {
    (4..=32).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && name.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
}

/// `contacts.resolveUsername` → `contacts.resolvedPeer`; `USERNAME_INVALID`,
/// `USERNAME_NOT_OCCUPIED`. A username the fixture holds resolves whatever its length
/// (the default fixture's `bob` is shorter than Telegram's minimum), so every name
/// `mtrs testdc serve` lists can be looked up.
pub(super) fn resolve_username(ctx: &RpcCtx<'_>, req: f::ResolveUsername) -> Answer {
    let me = ctx.user()?;
    let name = req.username.to_str_lossy();
    let owner = match ctx.shared.fixture.resolve(&name) {
        Some(owner) => owner,
        None if !valid_username(&name) => return Err(RpcError::new(400, "USERNAME_INVALID")),
        None => return Err(RpcError::new(400, "USERNAME_NOT_OCCUPIED")),
    };
    let resolved = match owner {
        Owner::Account(a) => types::contacts::ResolvedPeer {
            peer: enums::Peer::PeerUser(types::PeerUser { user_id: a.id }),
            chats: Vec::new(),
            users: vec![render_user(a, a.id == me)],
        },
        Owner::Channel(c) => types::contacts::ResolvedPeer {
            peer: enums::Peer::PeerChannel(types::PeerChannel { channel_id: c.id }),
            chats: vec![render_channel(c)],
            users: Vec::new(),
        },
    };
    ok(&enums::contacts::ResolvedPeer::ResolvedPeer(resolved))
}
