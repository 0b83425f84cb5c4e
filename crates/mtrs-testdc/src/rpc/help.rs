//! `help.*`: the DC table of this cluster, the nearest DC and the (empty) app config.

use mtrs_tl_api::functions::help as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::dc::unix;

/// `help.getConfig` → `config` with this cluster's `dcOption`s (main listeners first, then
/// the media-only ones) and `this_dc`.
pub(super) fn get_config(ctx: &RpcCtx<'_>) -> Answer {
    let now = unix(std::time::SystemTime::now()) as i32;
    let dc_options = ctx
        .shared
        .dc_options()
        .into_iter()
        .map(|e| {
            enums::DcOption::DcOption(types::DcOption {
                ipv6: e.ip.is_ipv6(),
                media_only: e.media_only,
                tcpo_only: false,
                cdn: false,
                r#static: false,
                this_port_only: false,
                id: e.id.number(),
                ip_address: e.ip.to_string().into(),
                port: i32::from(e.port),
                secret: None,
            })
        })
        .collect();
    ok(&enums::Config::Config(types::Config {
        default_p2p_contacts: false,
        preload_featured_stickers: false,
        revoke_pm_inbox: true,
        blocked_mode: false,
        force_try_ipv6: false,
        date: now,
        expires: now + 3600,
        test_mode: ctx.shared.test_mode,
        this_dc: ctx.dc.id,
        dc_options,
        dc_txt_domain_name: "testdc.invalid".into(),
        chat_size_max: 200,
        megagroup_size_max: 200_000,
        forwarded_count_max: 100,
        online_update_period_ms: 210_000,
        offline_blur_timeout_ms: 5000,
        offline_idle_timeout_ms: 30_000,
        online_cloud_timeout_ms: 300_000,
        notify_cloud_delay_ms: 30_000,
        notify_default_delay_ms: 1500,
        push_chat_period_ms: 60_000,
        push_chat_limit: 2,
        edit_time_limit: 172_800,
        revoke_time_limit: i32::MAX,
        revoke_pm_time_limit: i32::MAX,
        rating_e_decay: 2_419_200,
        stickers_recent_limit: 200,
        channels_read_media_period: 604_800,
        tmp_sessions: None,
        call_receive_timeout_ms: 20_000,
        call_ring_timeout_ms: 90_000,
        call_connect_timeout_ms: 30_000,
        call_packet_timeout_ms: 10_000,
        me_url_prefix: "https://t.me/".into(),
        autoupdate_url_prefix: None,
        gif_search_username: None,
        venue_search_username: None,
        img_search_username: None,
        static_maps_provider: None,
        caption_length_max: 1024,
        message_length_max: 4096,
        webfile_dc_id: 1,
        suggested_lang_code: None,
        lang_pack_version: None,
        base_lang_pack_version: None,
        reactions_default: None,
        autologin_token: None,
    }))
}

/// `help.getNearestDc` → `nearestDc` naming the DC asked.
pub(super) fn get_nearest_dc(ctx: &RpcCtx<'_>) -> Answer {
    ok(&enums::NearestDc::NearestDc(types::NearestDc {
        country: "ZZ".into(),
        this_dc: ctx.dc.id,
        nearest_dc: ctx.dc.id,
    }))
}

/// The hash of the app config this cluster hands out (it never changes).
const APP_CONFIG_HASH: i32 = 0x7e57_dc01;

/// `help.getAppConfig` → `help.appConfig` with an empty JSON object, or
/// `help.appConfigNotModified` when the client already has it.
pub(super) fn get_app_config(req: f::GetAppConfig) -> Answer {
    if req.hash == APP_CONFIG_HASH {
        return ok(&enums::help::AppConfig::AppConfigNotModified);
    }
    ok(&enums::help::AppConfig::AppConfig(types::help::AppConfig {
        hash: APP_CONFIG_HASH,
        config: enums::JSONValue::JsonObject(types::JsonObject { value: Vec::new() }),
    }))
}
