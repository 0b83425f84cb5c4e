//! `messages.getDialogs` and `messages.getHistory`: the accounts of the fixture have no
//! chats and no messages yet, so both lists are empty.

use mtrs_tl_api::functions::messages as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};

/// `messages.getDialogs` → an empty `messages.dialogs`.
pub(super) fn get_dialogs(ctx: &RpcCtx<'_>, _req: f::GetDialogs) -> Answer {
    ctx.user()?;
    ok(&enums::messages::Dialogs::Dialogs(
        types::messages::Dialogs {
            dialogs: Vec::new(),
            messages: Vec::new(),
            chats: Vec::new(),
            users: Vec::new(),
        },
    ))
}

/// `messages.getHistory` → an empty `messages.messages`.
pub(super) fn get_history(ctx: &RpcCtx<'_>, _req: f::GetHistory) -> Answer {
    ctx.user()?;
    ok(&enums::messages::Messages::Messages(
        types::messages::Messages {
            messages: Vec::new(),
            topics: Vec::new(),
            chats: Vec::new(),
            users: Vec::new(),
        },
    ))
}
