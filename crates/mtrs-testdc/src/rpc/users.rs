//! `users.getUsers`, and the `user` constructor of an account.

use mtrs_tl_api::functions::users as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::fixture::Account;

/// The `user` constructor of an account (`is_self` for the logged-in one).
pub(crate) fn render_user(a: &Account, is_self: bool) -> enums::User {
    enums::User::User(types::User {
        is_self,
        contact: false,
        mutual_contact: false,
        deleted: false,
        bot: a.is_bot(),
        bot_chat_history: false,
        bot_nochats: false,
        verified: false,
        restricted: false,
        min: false,
        bot_inline_geo: false,
        support: false,
        scam: false,
        apply_min_photo: false,
        fake: false,
        bot_attach_menu: false,
        premium: false,
        attach_menu_enabled: false,
        bot_can_edit: false,
        close_friend: false,
        stories_hidden: false,
        stories_unavailable: false,
        contact_require_premium: false,
        bot_business: false,
        bot_has_main_app: false,
        bot_forum_view: false,
        bot_forum_can_manage_topics: false,
        bot_can_manage_bots: false,
        bot_guestchat: false,
        bot_guard: false,
        id: a.id,
        access_hash: Some(a.access_hash),
        first_name: Some(a.first_name.as_str().into()),
        last_name: a.last_name.as_deref().map(Into::into),
        username: a.username.as_deref().map(Into::into),
        phone: if is_self {
            a.phone.as_deref().map(Into::into)
        } else {
            None
        },
        photo: None,
        status: None,
        bot_info_version: a.is_bot().then_some(1),
        restriction_reason: None,
        bot_inline_placeholder: None,
        lang_code: None,
        emoji_status: None,
        usernames: None,
        stories_max_id: None,
        color: None,
        profile_color: None,
        bot_active_users: None,
        bot_verification_icon: None,
        send_paid_messages_stars: None,
        linked_community_id: None,
    })
}

/// `users.getUsers`: `inputUserSelf` and `inputUser` (with the right access hash) give
/// `user`; anything unknown gives `userEmpty`.
pub(super) fn get_users(ctx: &RpcCtx<'_>, req: f::GetUsers) -> Answer {
    let me = ctx.user()?;
    let fixture = &ctx.shared.fixture;
    let users: Vec<enums::User> = req
        .id
        .iter()
        .map(|input| {
            let (id, found) = match input {
                enums::InputUser::InputUserSelf => (me, fixture.account_by_id(me)),
                enums::InputUser::InputUser(u) => (
                    u.user_id,
                    fixture
                        .account_by_id(u.user_id)
                        .filter(|a| a.access_hash == u.access_hash || a.id == me),
                ),
                _ => (0, None),
            };
            match found {
                Some(a) => render_user(a, a.id == me),
                None => enums::User::UserEmpty(types::UserEmpty { id }),
            }
        })
        .collect();
    ok(&users)
}
