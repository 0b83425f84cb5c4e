//! `users.getUsers`, `users.getFullUser`, and the `user` constructor of an account.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::users as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::fixture::{Account, Fixture};

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

/// The account an `InputUser` names (with the right access hash, or the caller's own id)
/// and the id asked for.
fn lookup<'f>(
    fixture: &'f Fixture,
    me: i64,
    input: &enums::InputUser,
) -> (i64, Option<&'f Account>) {
    match input {
        enums::InputUser::InputUserSelf => (me, fixture.account_by_id(me)),
        enums::InputUser::InputUser(u) => (
            u.user_id,
            fixture
                .account_by_id(u.user_id)
                .filter(|a| a.access_hash == u.access_hash || a.id == me),
        ),
        _ => (0, None),
    }
}

/// `users.getUsers`: `inputUserSelf` and `inputUser` (with the right access hash) give
/// `user`; anything unknown gives `userEmpty`.
pub(super) fn get_users(ctx: &RpcCtx<'_>, req: f::GetUsers) -> Answer {
    let me = ctx.user()?;
    let fixture = &ctx.shared.fixture;
    let users: Vec<enums::User> = req
        .id
        .iter()
        .map(|input| match lookup(fixture, me, input) {
            (_, Some(a)) => render_user(a, a.id == me),
            (id, None) => enums::User::UserEmpty(types::UserEmpty { id }),
        })
        .collect();
    ok(&users)
}

/// `users.getFullUser` → `users.userFull` (a `userFull` with default settings, and the
/// `user`); `USER_ID_INVALID` for an unknown user or a wrong access hash.
pub(super) fn get_full_user(ctx: &RpcCtx<'_>, req: f::GetFullUser) -> Answer {
    let me = ctx.user()?;
    let (_, found) = lookup(&ctx.shared.fixture, me, &req.id);
    let a = found.ok_or_else(|| RpcError::new(400, "USER_ID_INVALID"))?;
    ok(&enums::users::UserFull::UserFull(types::users::UserFull {
        full_user: enums::UserFull::UserFull(full_user(a)),
        chats: Vec::new(),
        users: vec![render_user(a, a.id == me)],
    }))
}

/// The `userFull` of an account: nothing set beyond what the fixture knows.
fn full_user(a: &Account) -> types::UserFull {
    types::UserFull {
        blocked: false,
        phone_calls_available: !a.is_bot(),
        phone_calls_private: false,
        can_pin_message: true,
        has_scheduled: false,
        video_calls_available: !a.is_bot(),
        voice_messages_forbidden: false,
        translations_disabled: false,
        stories_pinned_available: false,
        blocked_my_stories_from: false,
        wallpaper_overridden: false,
        contact_require_premium: false,
        read_dates_private: false,
        sponsored_enabled: false,
        can_view_revenue: false,
        bot_can_manage_emoji_status: false,
        display_gifts_button: false,
        noforwards_my_enabled: false,
        noforwards_peer_enabled: false,
        unofficial_security_risk: false,
        id: a.id,
        about: None,
        settings: enums::PeerSettings::PeerSettings(types::PeerSettings {
            report_spam: false,
            add_contact: false,
            block_contact: false,
            share_contact: false,
            need_contacts_exception: false,
            report_geo: false,
            autoarchived: false,
            invite_members: false,
            request_chat_broadcast: false,
            business_bot_paused: false,
            business_bot_can_reply: false,
            geo_distance: None,
            request_chat_title: None,
            request_chat_date: None,
            business_bot_id: None,
            business_bot_manage_url: None,
            charge_paid_message_stars: None,
            registration_month: None,
            phone_country: None,
            name_change_date: None,
            photo_change_date: None,
        }),
        personal_photo: None,
        profile_photo: None,
        fallback_photo: None,
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
        bot_info: None,
        pinned_msg_id: None,
        common_chats_count: 0,
        folder_id: None,
        ttl_period: None,
        theme: None,
        private_forward_name: None,
        bot_group_admin_rights: None,
        bot_broadcast_admin_rights: None,
        wallpaper: None,
        stories: None,
        business_work_hours: None,
        business_location: None,
        business_greeting_message: None,
        business_away_message: None,
        business_intro: None,
        birthday: None,
        personal_channel_id: None,
        personal_channel_message: None,
        stargifts_count: None,
        starref_program: None,
        bot_verification: None,
        send_paid_messages_stars: None,
        disallowed_gifts: None,
        stars_rating: None,
        stars_my_pending_rating: None,
        stars_my_pending_rating_date: None,
        main_tab: None,
        saved_music: None,
        note: None,
        bot_manager_id: None,
    }
}
