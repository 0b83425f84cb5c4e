//! `users.getUsers` and `users.getFullUser`.

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::users as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::fixture::{Account, Fixture};
use crate::peers::render_user;

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
