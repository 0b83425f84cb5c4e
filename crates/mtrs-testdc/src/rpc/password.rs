//! The 2FA password: `account.getPassword` and `auth.checkPassword`, with real SRP.
//!
//! The DC derives each fixture password's verifier `v = g^x` once (random salts, the
//! cluster's DH group), answers `account.getPassword` with a fresh `B = k·v + g^b` under a
//! fresh `srp_id`, and checks the client's `M1` against it (`mtrs_crypto::srp`). An
//! `srp_id` serves one check, on the key it was given to.

use mtrs_crypto::srp::{self, PasswordHash, SrpServer};
use mtrs_proto::RpcError;
use mtrs_tl_api::functions::auth as f;
use mtrs_tl_api::{enums, types};

use super::auth::{authorization, log_in};
use super::{Answer, RpcCtx, ok};
use crate::logins::{SrpCheck, Verifier};

/// The user whose password this key may check: the one `auth.signIn` left waiting, or the
/// logged-in one.
fn user_of(ctx: &RpcCtx<'_>) -> Option<i64> {
    let due = ctx
        .shared
        .logins
        .password_due
        .lock()
        .get(&(ctx.dc.id, ctx.key_id))
        .copied();
    due.or_else(|| ctx.dc.user_of(ctx.key_id))
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    rand::fill(&mut bytes[..]);
    bytes
}

/// The verifier of `user_id`'s password, derived on first use.
fn verifier(ctx: &RpcCtx<'_>, user_id: i64, password: &str) -> Verifier {
    if let Some(v) = ctx.shared.logins.verifiers.lock().get(&user_id) {
        return v.clone();
    }
    let (salt1, salt2) = (random::<40>().to_vec(), random::<16>().to_vec());
    let x = PasswordHash::new(password.as_bytes(), &salt1, &salt2);
    let derived = Verifier {
        v: srp::verifier(&ctx.shared.dh_group, &x),
        salt1,
        salt2,
    };
    ctx.shared
        .logins
        .verifiers
        .lock()
        .entry(user_id)
        .or_insert(derived)
        .clone()
}

/// `account.getPassword` → `account.password` (`has_password` with the current
/// algorithm, `srp_B` and `srp_id` for an account with a 2FA password).
pub(super) fn get_password(ctx: &RpcCtx<'_>) -> Answer {
    let group = &ctx.shared.dh_group;
    let new_algo =
        enums::PasswordKdfAlgo::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(
            types::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow {
                salt1: random::<8>().to_vec(),
                salt2: random::<16>().to_vec(),
                g: group.g() as i32,
                p: group.prime().to_vec(),
            },
        );
    let mut answer = types::account::Password {
        has_recovery: false,
        has_secure_values: false,
        has_password: false,
        current_algo: None,
        srp_b: None,
        srp_id: None,
        hint: None,
        email_unconfirmed_pattern: None,
        new_algo,
        new_secure_algo: enums::SecurePasswordKdfAlgo::SecurePasswordKdfAlgoUnknown,
        secure_random: random::<32>().to_vec(),
        pending_reset_date: None,
        login_email_pattern: None,
    };
    let user = user_of(ctx).and_then(|id| ctx.shared.account(id));
    if let Some((user, two_factor)) = user.and_then(|u| u.two_factor.clone().map(|t| (u, t))) {
        let verifier = verifier(ctx, user.id, &two_factor.password);
        // A b whose B falls outside the safe range (probability 2^-63) is drawn again.
        let server = (0..8)
            .find_map(|_| SrpServer::new(group, &verifier.v, &random::<256>()).ok())
            .ok_or_else(|| RpcError::new(500, "SRP_B_UNAVAILABLE"))?;
        let srp_id = i64::from_le_bytes(random::<8>());
        answer.has_password = true;
        answer.current_algo = Some(
            enums::PasswordKdfAlgo::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(
                types::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow {
                    salt1: verifier.salt1.clone(),
                    salt2: verifier.salt2.clone(),
                    g: group.g() as i32,
                    p: group.prime().to_vec(),
                },
            ),
        );
        answer.srp_b = Some(server.srp_b().to_vec());
        answer.srp_id = Some(srp_id);
        answer.hint = two_factor.hint.as_deref().map(Into::into);
        ctx.shared.logins.checks.lock().insert(
            srp_id,
            SrpCheck {
                dc: ctx.dc.id,
                key_id: ctx.key_id,
                user_id: user.id,
                salt1: verifier.salt1,
                salt2: verifier.salt2,
                server,
            },
        );
    }
    ok(&enums::account::Password::Password(answer))
}

/// `auth.checkPassword`: logs the key in when `M1` proves the password. Errors:
/// `PASSWORD_HASH_INVALID` (wrong password, a hostile `A`, or `inputCheckPasswordEmpty`),
/// `SRP_ID_INVALID` (unknown, used, or another key's `srp_id`).
pub(super) fn check_password(ctx: &RpcCtx<'_>, req: f::CheckPassword) -> Answer {
    let enums::InputCheckPasswordSRP::InputCheckPasswordSrp(input) = req.password else {
        return Err(RpcError::new(400, "PASSWORD_HASH_INVALID"));
    };
    let check = {
        let mut checks = ctx.shared.logins.checks.lock();
        let mine = checks
            .get(&input.srp_id)
            .is_some_and(|c| c.dc == ctx.dc.id && c.key_id == ctx.key_id);
        mine.then(|| checks.remove(&input.srp_id)).flatten()
    };
    let check = check.ok_or_else(|| RpcError::new(400, "SRP_ID_INVALID"))?;
    check
        .server
        .verify(
            &ctx.shared.dh_group,
            &check.salt1,
            &check.salt2,
            &input.a,
            &input.m1,
        )
        .map_err(|_| RpcError::new(400, "PASSWORD_HASH_INVALID"))?;
    ctx.shared
        .logins
        .password_due
        .lock()
        .remove(&(ctx.dc.id, ctx.key_id));
    log_in(ctx, check.user_id)?;
    authorization(ctx, check.user_id)
}
