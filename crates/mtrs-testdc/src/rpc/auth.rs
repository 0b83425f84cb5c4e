//! `auth.*`: bot login, authorization transfer between DCs, log out (user sign-in by
//! phone is in `login`, the 2FA password in `password`).

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::auth as f;
use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::events::Event;
use crate::peers::render_user;

/// `auth.authorization` for the user `user_id` (fixture or signed-up account).
pub(super) fn authorization(ctx: &RpcCtx<'_>, user_id: i64) -> Answer {
    ok(&authorization_of(ctx, user_id)?)
}

/// The `auth.authorization` value for the user `user_id`.
pub(super) fn authorization_of(
    ctx: &RpcCtx<'_>,
    user_id: i64,
) -> Result<enums::auth::Authorization, RpcError> {
    let user = ctx
        .shared
        .account(user_id)
        .map(|a| render_user(&a, true))
        .ok_or_else(|| RpcError::new(500, "USER_NOT_IN_FIXTURE"))?;
    Ok(enums::auth::Authorization::Authorization(
        types::auth::Authorization {
            setup_password_required: false,
            otherwise_relogin_days: None,
            tmp_sessions: None,
            future_auth_token: None,
            user,
        },
    ))
}

/// Logs the query's key in as `user_id` (counted, and an event).
pub(super) fn log_in(ctx: &RpcCtx<'_>, user_id: i64) -> Result<(), RpcError> {
    if !ctx.dc.set_user(ctx.key_id, Some(user_id)) {
        return Err(RpcError::new(401, "AUTH_KEY_UNREGISTERED"));
    }
    ctx.dc.count(|c| c.logins += 1);
    ctx.shared.events.push(Event::LoggedIn {
        dc_id: ctx.dc.id,
        key_id: ctx.key_id,
        user_id,
    });
    Ok(())
}

/// `auth.importBotAuthorization`: `ACCESS_TOKEN_INVALID` for unknown tokens,
/// `USER_MIGRATE_X` when the bot lives on DC X, else logs the key in.
pub(super) fn import_bot_authorization(ctx: &RpcCtx<'_>, req: f::ImportBotAuthorization) -> Answer {
    let token = req.bot_auth_token.to_str_lossy();
    let bot = ctx
        .shared
        .fixture
        .bot_by_token(&token)
        .ok_or_else(|| RpcError::new(400, "ACCESS_TOKEN_INVALID"))?;
    if req.api_id == 0 || req.api_hash.is_empty() {
        return Err(RpcError::new(400, "API_ID_INVALID"));
    }
    if bot.home_dc != ctx.dc.id {
        return Err(RpcError::new(303, &format!("USER_MIGRATE_{}", bot.home_dc)));
    }
    let id = bot.id;
    log_in(ctx, id)?;
    authorization(ctx, id)
}

/// `auth.exportAuthorization`: bytes that log the same user in on DC `dc_id` only.
pub(super) fn export_authorization(ctx: &RpcCtx<'_>, req: f::ExportAuthorization) -> Answer {
    let user_id = ctx.user()?;
    if req.dc_id == ctx.dc.id || ctx.shared.dc(req.dc_id).is_none() {
        return Err(RpcError::new(400, "DC_ID_INVALID"));
    }
    let mut bytes = vec![0u8; 128];
    rand::fill(&mut bytes[..]);
    ctx.shared
        .exports
        .lock()
        .insert((user_id, bytes.clone()), req.dc_id);
    ctx.dc.count(|c| c.export_authorization += 1);
    ok(&enums::auth::ExportedAuthorization::ExportedAuthorization(
        types::auth::ExportedAuthorization { id: user_id, bytes },
    ))
}

/// `auth.importAuthorization`: `AUTH_BYTES_INVALID` unless the bytes were exported for
/// this user and this DC.
pub(super) fn import_authorization(ctx: &RpcCtx<'_>, req: f::ImportAuthorization) -> Answer {
    if ctx.dc.faults.lock().auth_bytes_invalid_due() {
        ctx.shared.events.push(Event::Fault {
            dc_id: ctx.dc.id,
            kind: "auth_bytes_invalid",
        });
        return Err(RpcError::new(400, "AUTH_BYTES_INVALID"));
    }
    let target = ctx.shared.exports.lock().get(&(req.id, req.bytes)).copied();
    if target != Some(ctx.dc.id) {
        return Err(RpcError::new(400, "AUTH_BYTES_INVALID"));
    }
    log_in(ctx, req.id)?;
    ctx.dc.count(|c| c.import_authorization += 1);
    authorization(ctx, req.id)
}

/// `auth.logOut`: forgets the key's authorization.
pub(super) fn log_out(ctx: &RpcCtx<'_>) -> Answer {
    ctx.user()?;
    ctx.dc.set_user(ctx.key_id, None);
    ctx.shared.events.push(Event::LoggedOut {
        dc_id: ctx.dc.id,
        key_id: ctx.key_id,
    });
    ok(&enums::auth::LoggedOut::LoggedOut(types::auth::LoggedOut {
        future_auth_token: None,
    }))
}
