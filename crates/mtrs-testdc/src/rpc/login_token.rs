//! The QR code login (<https://core.telegram.org/api/qr-login>): `auth.exportLoginToken`
//! and `auth.importLoginToken`. Another device's acceptance comes from the test
//! ([`crate::Cluster::accept_login_token`] or the control interface); the state lives in
//! `login_tokens.rs`.
//!
//! `auth.exportLoginToken` answers `auth.loginToken` (the key's unexpired token, or a new
//! one); once the token was accepted, the next call answers `auth.loginTokenSuccess`
//! (the key is signed in) when the accepting user lives on this DC, else
//! `auth.loginTokenMigrateTo` with a token `auth.importLoginToken` takes on the user's
//! DC. An account with a 2FA password gets `401 SESSION_PASSWORD_NEEDED` instead of the
//! sign-in, and the key may then run `auth.checkPassword`.

use std::time::SystemTime;

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::auth as f;
use mtrs_tl_api::{enums, types};

use super::auth::{authorization_of, log_in};
use super::{Answer, RpcCtx, ok};
use crate::dc::unix;
use crate::login_tokens::{Export, Exporter};

/// Signs the key in as `user`: `auth.loginTokenSuccess`, or `SESSION_PASSWORD_NEEDED`
/// (then the password is due on this key).
fn finish(ctx: &RpcCtx<'_>, user: i64) -> Answer {
    let account = ctx
        .shared
        .account(user)
        .ok_or_else(|| RpcError::new(400, "AUTH_TOKEN_INVALID"))?;
    if account.two_factor.is_some() {
        ctx.shared
            .logins
            .password_due
            .lock()
            .insert((ctx.dc.id, ctx.key_id), user);
        return Err(RpcError::new(401, "SESSION_PASSWORD_NEEDED"));
    }
    log_in(ctx, user)?;
    let authorization = authorization_of(ctx, user)?;
    ok(&enums::auth::LoginToken::LoginTokenSuccess(
        types::auth::LoginTokenSuccess { authorization },
    ))
}

/// `auth.exportLoginToken`.
pub(super) fn export_login_token(ctx: &RpcCtx<'_>, req: f::ExportLoginToken) -> Answer {
    if req.api_id == 0 || req.api_hash.is_empty() {
        return Err(RpcError::new(400, "API_ID_INVALID"));
    }
    let now = unix(SystemTime::now());
    let exporter = Exporter {
        dc: ctx.dc.id,
        key_id: ctx.key_id,
        session_id: ctx.session_id,
    };
    let export = ctx.shared.logins.tokens.lock().export(exporter, now);
    match export {
        Export::Show { token, expires } => ok(&enums::auth::LoginToken::LoginToken(
            types::auth::LoginToken {
                expires: i32::try_from(expires).unwrap_or(i32::MAX),
                token,
            },
        )),
        Export::Accepted { user } => {
            let home = ctx
                .shared
                .account(user)
                .map(|a| a.home_dc)
                .ok_or_else(|| RpcError::new(400, "AUTH_TOKEN_INVALID"))?;
            if home == ctx.dc.id {
                return finish(ctx, user);
            }
            let token = ctx.shared.logins.tokens.lock().migration(home, user, now);
            ok(&enums::auth::LoginToken::LoginTokenMigrateTo(
                types::auth::LoginTokenMigrateTo { dc_id: home, token },
            ))
        }
    }
}

/// `auth.importLoginToken`: the token of an `auth.loginTokenMigrateTo`, on the DC it
/// named. Errors: `AUTH_TOKEN_INVALID` (unknown, or another DC's), `AUTH_TOKEN_EXPIRED`,
/// `AUTH_TOKEN_ALREADY_ACCEPTED` (used).
pub(super) fn import_login_token(ctx: &RpcCtx<'_>, req: f::ImportLoginToken) -> Answer {
    let now = unix(SystemTime::now());
    let user = ctx
        .shared
        .logins
        .tokens
        .lock()
        .import(&req.token, ctx.dc.id, now)
        .map_err(|refusal| RpcError::new(400, refusal.name()))?;
    finish(ctx, user)
}
