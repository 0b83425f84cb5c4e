//! User sign-in by phone: `auth.sendCode`, `auth.signIn`, `auth.signUp`.
//!
//! A number's home DC is its account's; an unregistered number `99966X…` belongs to DC `X`
//! (folded into the cluster as fixtures are), any other unregistered number to the DC
//! asked. On another DC both calls answer `303 PHONE_MIGRATE_X`. The code is the home DC's
//! number repeated to five digits (`22222` on DC 2), as on Telegram's test DCs, valid for
//! five minutes (`Cluster::expire_login_codes` ends them at once).

use std::time::Instant;

use mtrs_proto::RpcError;
use mtrs_tl_api::functions::auth as f;
use mtrs_tl_api::{enums, types};

use super::auth::{authorization, log_in};
use super::{Answer, RpcCtx, ok};
use crate::logins::{CODE_LIFETIME, PendingCode};

/// Digits of a phone number as clients write it (`+`, spaces, dashes and parentheses
/// dropped), or `400 PHONE_NUMBER_INVALID`.
fn normalize_phone(raw: &str) -> Result<String, RpcError> {
    let digits: String = raw
        .chars()
        .filter(|c| !matches!(c, '+' | ' ' | '-' | '(' | ')'))
        .collect();
    if !(5..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RpcError::new(400, "PHONE_NUMBER_INVALID"));
    }
    Ok(digits)
}

/// The DC a number signs in on.
fn home_dc(ctx: &RpcCtx<'_>, phone: &str) -> i32 {
    if let Some(account) = ctx.shared.account_by_phone(phone) {
        return account.home_dc;
    }
    let dcs = i32::try_from(ctx.shared.dcs.len()).unwrap_or(1).max(1);
    match phone
        .strip_prefix("99966")
        .and_then(|rest| rest.bytes().next())
    {
        Some(d @ b'1'..=b'9') => (i32::from(d - b'0') - 1) % dcs + 1,
        _ => ctx.dc.id,
    }
}

/// `303 PHONE_MIGRATE_X` unless the query came to the number's home DC.
fn at_home(ctx: &RpcCtx<'_>, phone: &str) -> Result<i32, RpcError> {
    let home = home_dc(ctx, phone);
    if home != ctx.dc.id {
        return Err(RpcError::new(303, &format!("PHONE_MIGRATE_{home}")));
    }
    Ok(home)
}

/// The code of DC `dc`: its number repeated to five digits.
fn code_of(dc: i32) -> String {
    dc.to_string().chars().cycle().take(5).collect()
}

/// `auth.sendCode` → `auth.sentCode` (`auth.sentCodeTypeApp`, five digits).
pub(super) fn send_code(ctx: &RpcCtx<'_>, req: f::SendCode) -> Answer {
    let phone = normalize_phone(&req.phone_number.to_str_lossy())?;
    if req.api_id == 0 || req.api_hash.is_empty() {
        return Err(RpcError::new(400, "API_ID_INVALID"));
    }
    let dc = at_home(ctx, &phone)?;
    let mut hash = [0u8; 9];
    rand::fill(&mut hash[..]);
    let phone_code_hash: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    ctx.shared.logins.codes.lock().insert(
        phone_code_hash.clone(),
        PendingCode {
            phone,
            code: code_of(dc),
            dc,
            expires_at: Instant::now() + CODE_LIFETIME,
            confirmed: false,
        },
    );
    ok(&enums::auth::SentCode::SentCode(types::auth::SentCode {
        r#type: enums::auth::SentCodeType::SentCodeTypeApp(types::auth::SentCodeTypeApp {
            length: 5,
        }),
        phone_code_hash: phone_code_hash.as_str().into(),
        next_type: None,
        timeout: None,
    }))
}

/// The pending code `hash` for `phone` on this DC: `PHONE_CODE_HASH_EMPTY`,
/// `PHONE_CODE_EXPIRED` (unknown or expired), `PHONE_NUMBER_INVALID` (another number's).
fn pending(ctx: &RpcCtx<'_>, phone: &str, hash: &str) -> Result<PendingCode, RpcError> {
    if hash.is_empty() {
        return Err(RpcError::new(400, "PHONE_CODE_HASH_EMPTY"));
    }
    let code = ctx.shared.logins.codes.lock().get(hash).cloned();
    let code = code.ok_or_else(|| RpcError::new(400, "PHONE_CODE_EXPIRED"))?;
    if code.phone != phone || code.dc != ctx.dc.id {
        return Err(RpcError::new(400, "PHONE_NUMBER_INVALID"));
    }
    if code.expires_at <= Instant::now() {
        return Err(RpcError::new(400, "PHONE_CODE_EXPIRED"));
    }
    Ok(code)
}

/// `auth.signIn`: the account's authorization; `401 SESSION_PASSWORD_NEEDED` for an
/// account with a 2FA password (the key may then run `auth.checkPassword`);
/// `auth.authorizationSignUpRequired` for an unregistered number. Errors:
/// `PHONE_CODE_EMPTY`, `PHONE_CODE_INVALID`, those of the pending code, `PHONE_MIGRATE_X`.
pub(super) fn sign_in(ctx: &RpcCtx<'_>, req: f::SignIn) -> Answer {
    let phone = normalize_phone(&req.phone_number.to_str_lossy())?;
    at_home(ctx, &phone)?;
    let hash = req.phone_code_hash.to_str_lossy();
    let code = pending(ctx, &phone, &hash)?;
    let given = req
        .phone_code
        .map(|c| c.to_str_lossy().into_owned())
        .unwrap_or_default();
    if given.is_empty() {
        return Err(RpcError::new(400, "PHONE_CODE_EMPTY"));
    }
    if given != code.code {
        return Err(RpcError::new(400, "PHONE_CODE_INVALID"));
    }
    let logins = &ctx.shared.logins;
    let Some(account) = ctx.shared.account_by_phone(&phone) else {
        if let Some(c) = logins.codes.lock().get_mut(&*hash) {
            c.confirmed = true;
        }
        return ok(&enums::auth::Authorization::AuthorizationSignUpRequired(
            types::auth::AuthorizationSignUpRequired {
                terms_of_service: None,
            },
        ));
    };
    logins.codes.lock().remove(&*hash);
    if account.two_factor.is_some() {
        logins
            .password_due
            .lock()
            .insert((ctx.dc.id, ctx.key_id), account.id);
        return Err(RpcError::new(401, "SESSION_PASSWORD_NEEDED"));
    }
    log_in(ctx, account.id)?;
    authorization(ctx, account.id)
}

/// `auth.signUp`: creates the account of a number whose code `auth.signIn` confirmed and
/// logs the key in. Errors: `FIRSTNAME_INVALID`, `PHONE_NUMBER_OCCUPIED`,
/// `PHONE_CODE_EXPIRED` for a code not confirmed, those of the pending code.
pub(super) fn sign_up(ctx: &RpcCtx<'_>, req: f::SignUp) -> Answer {
    let phone = normalize_phone(&req.phone_number.to_str_lossy())?;
    at_home(ctx, &phone)?;
    let hash = req.phone_code_hash.to_str_lossy();
    let code = pending(ctx, &phone, &hash)?;
    if ctx.shared.account_by_phone(&phone).is_some() {
        return Err(RpcError::new(400, "PHONE_NUMBER_OCCUPIED"));
    }
    if !code.confirmed {
        return Err(RpcError::new(400, "PHONE_CODE_EXPIRED"));
    }
    let first = req.first_name.to_str_lossy();
    let first = first.trim();
    if first.is_empty() || first.chars().count() > 64 {
        return Err(RpcError::new(400, "FIRSTNAME_INVALID"));
    }
    let last = req.last_name.to_str_lossy();
    ctx.shared.logins.codes.lock().remove(&*hash);
    let account = ctx
        .shared
        .logins
        .sign_up(ctx.dc.id, &phone, first, last.trim());
    log_in(ctx, account.id)?;
    authorization(ctx, account.id)
}
