//! `contacts.resolveUsername`.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::contacts as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::fixture::Owner;
use crate::peers::{render_channel, render_user};

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
