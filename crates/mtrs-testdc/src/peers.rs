//! The `user` and `channel` constructors of the fixture's accounts and channels, shared
//! by the RPC handlers and the pushed updates.

use mtrs_tl_api::{enums, types};

use crate::fixture::{Account, Channel};

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

/// The `user` constructor of an account seen in a channel it is a member of: `min`, no
/// phone, and an access hash that is not its own (usable only through the message, as
/// Telegram's min hashes).
pub(crate) fn render_min_user(a: &Account) -> enums::User {
    let mut user = render_user(a, false);
    if let enums::User::User(u) = &mut user {
        u.min = true;
        u.access_hash = Some(min_hash(a.access_hash));
        u.phone = None;
    }
    user
}

/// The min access hash the test DC gives an account (never its real one).
pub(crate) fn min_hash(access_hash: i64) -> i64 {
    access_hash ^ 0x6d69_6e5f_6861_7368
}

/// The `channel` constructor of a channel: a broadcast channel every account is a
/// member of.
pub(crate) fn render_channel(c: &Channel) -> enums::Chat {
    enums::Chat::Channel(types::Channel {
        creator: false,
        left: false,
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
