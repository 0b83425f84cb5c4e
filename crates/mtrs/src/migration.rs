//! The pure half of migration and retry: what to do about an RPC error.
//!
//! [`decide`] maps an RPC error (plus where the request ran and how often it was already
//! redirected) to an [`Action`]; the client's small driver performs it. See
//! <https://core.telegram.org/api/errors> and `docs/mtproto.md#the-303-family`.

use std::time::Duration;

use mtrs_types::{DcId, RpcError};

/// Most redirections a single request may follow.
pub const MAX_HOPS: u32 = 2;

/// What to do about an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Switch the home DC to this one (persisted) and repeat there.
    MigrateHome(DcId),
    /// Repeat on this DC without touching the home DC (`FILE_`/`STATS_MIGRATE`); a media
    /// [`DcId`] asks for a media connection.
    RetryOn(DcId),
    /// Sleep this long, then repeat (a short `FLOOD_WAIT`).
    Sleep(Duration),
    /// Export the authorization to this auxiliary DC again, then repeat (once).
    Reauthorize,
    /// The home DC says the session is not signed in any more (AUTH_KEY_UNREGISTERED,
    /// SESSION_REVOKED, SESSION_EXPIRED, USER_DEACTIVATED(_BAN), AUTH_KEY_PERM_EMPTY), on
    /// a request that was not redirected to a new home first:
    /// forget the identity; a bot with a token signs in again once, others get
    /// `InvokeError::SessionRevoked`.
    SignedOut,
    /// The server saw the key used from two places at once (406 AUTH_KEY_DUPLICATED):
    /// drop the key, make a new one, repeat (once).
    ReplaceKey,
    /// Give up: `*_MIGRATE` more than [`MAX_HOPS`] times.
    MigrateLoop(DcId),
    /// Return the error to the caller.
    Fail,
}

/// Where the failed request ran, and what happened to it so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// It ran on the home DC (not through an explicit `dc_session`).
    pub on_home: bool,
    /// Redirections followed so far.
    pub hops: u32,
    /// It ran on an auxiliary DC whose authorization was already re-exported once.
    pub reauthorized: bool,
    /// FLOOD_WAITs up to this long are slept through.
    pub flood_threshold: Duration,
}

/// `X` of a `*_MIGRATE_X` error (code 303).
pub fn migrate_to(e: &RpcError) -> Option<DcId> {
    let migrate = matches!(
        e.name.as_str(),
        "USER_MIGRATE" | "PHONE_MIGRATE" | "NETWORK_MIGRATE" | "FILE_MIGRATE" | "STATS_MIGRATE"
    );
    if e.code == 303 && migrate {
        e.value.and_then(|v| i32::try_from(v).ok()).map(DcId::new)
    } else {
        None
    }
}

/// The wait of a `FLOOD_WAIT_X` / `FLOOD_PREMIUM_WAIT_X` / `SLOWMODE_WAIT_X` error.
pub fn flood_wait(e: &RpcError) -> Option<Duration> {
    let flood = matches!(
        e.name.as_str(),
        "FLOOD_WAIT" | "FLOOD_PREMIUM_WAIT" | "SLOWMODE_WAIT"
    );
    if flood {
        e.value.map(|v| Duration::from_secs(u64::from(v)))
    } else {
        None
    }
}

/// Decides what to do about `e`.
///
/// ```
/// use std::time::Duration;
/// use mtrs::migration::{decide, Action, Context};
/// use mtrs::{DcId, RpcError};
/// let ctx = Context { on_home: true, hops: 0, reauthorized: false, flood_threshold: Duration::from_secs(10) };
/// assert_eq!(decide(&RpcError::new(303, "USER_MIGRATE_4"), ctx), Action::MigrateHome(DcId::new(4)));
/// assert_eq!(decide(&RpcError::new(420, "FLOOD_WAIT_3"), ctx), Action::Sleep(Duration::from_secs(3)));
/// assert_eq!(decide(&RpcError::new(420, "FLOOD_WAIT_300"), ctx), Action::Fail);
/// ```
pub fn decide(e: &RpcError, ctx: Context) -> Action {
    if let Some(dc_id) = migrate_to(e) {
        if ctx.hops >= MAX_HOPS {
            return Action::MigrateLoop(dc_id);
        }
        return match e.name.as_str() {
            "FILE_MIGRATE" => Action::RetryOn(dc_id.media()),
            "STATS_MIGRATE" => Action::RetryOn(dc_id),
            _ if ctx.on_home => Action::MigrateHome(dc_id),
            // An explicit DC session asked for that DC: the caller decides.
            _ => Action::Fail,
        };
    }
    if let Some(wait) = flood_wait(e) {
        return if wait <= ctx.flood_threshold {
            Action::Sleep(wait)
        } else {
            Action::Fail
        };
    }
    if e.code == 401 && e.is("AUTH_KEY_UNREGISTERED") && !ctx.on_home && !ctx.reauthorized {
        return Action::Reauthorize;
    }
    let signed_out = matches!(
        e.name.as_str(),
        "AUTH_KEY_UNREGISTERED"
            | "SESSION_REVOKED"
            | "SESSION_EXPIRED"
            | "USER_DEACTIVATED"
            | "USER_DEACTIVATED_BAN"
            | "AUTH_KEY_PERM_EMPTY"
    );
    // After a home switch in this very call, the new home DC simply has no authorization
    // yet: that is the caller's answer, not a revocation.
    if e.code == 401 && signed_out && ctx.on_home && ctx.hops == 0 {
        return Action::SignedOut;
    }
    if e.code == 406 && e.is("AUTH_KEY_DUPLICATED") {
        return Action::ReplaceKey;
    }
    Action::Fail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(on_home: bool, hops: u32) -> Context {
        Context {
            on_home,
            hops,
            reauthorized: false,
            flood_threshold: Duration::from_secs(60),
        }
    }

    #[test]
    fn decision_table() {
        let rows: &[(i32, &str, bool, u32, Action)] = &[
            (
                303,
                "USER_MIGRATE_4",
                true,
                0,
                Action::MigrateHome(DcId::new(4)),
            ),
            (
                303,
                "PHONE_MIGRATE_2",
                true,
                1,
                Action::MigrateHome(DcId::new(2)),
            ),
            (
                303,
                "NETWORK_MIGRATE_5",
                true,
                0,
                Action::MigrateHome(DcId::new(5)),
            ),
            (
                303,
                "USER_MIGRATE_4",
                true,
                2,
                Action::MigrateLoop(DcId::new(4)),
            ),
            (303, "USER_MIGRATE_4", false, 0, Action::Fail),
            (
                303,
                "FILE_MIGRATE_3",
                true,
                0,
                Action::RetryOn(DcId::new(3).media()),
            ),
            (
                303,
                "FILE_MIGRATE_3",
                false,
                1,
                Action::RetryOn(DcId::new(3).media()),
            ),
            (
                303,
                "STATS_MIGRATE_1",
                true,
                0,
                Action::RetryOn(DcId::new(1)),
            ),
            (
                303,
                "FILE_MIGRATE_3",
                true,
                2,
                Action::MigrateLoop(DcId::new(3)),
            ),
            (
                420,
                "FLOOD_WAIT_5",
                true,
                0,
                Action::Sleep(Duration::from_secs(5)),
            ),
            (
                420,
                "FLOOD_PREMIUM_WAIT_2",
                false,
                0,
                Action::Sleep(Duration::from_secs(2)),
            ),
            (420, "FLOOD_WAIT_61", true, 0, Action::Fail),
            (401, "AUTH_KEY_UNREGISTERED", false, 0, Action::Reauthorize),
            (401, "AUTH_KEY_UNREGISTERED", true, 0, Action::SignedOut),
            (401, "SESSION_REVOKED", true, 0, Action::SignedOut),
            (401, "USER_DEACTIVATED_BAN", true, 0, Action::SignedOut),
            (401, "AUTH_KEY_UNREGISTERED", true, 1, Action::Fail),
            (401, "SESSION_REVOKED", false, 0, Action::Fail),
            (406, "AUTH_KEY_DUPLICATED", true, 0, Action::ReplaceKey),
            (406, "AUTH_KEY_DUPLICATED", false, 0, Action::ReplaceKey),
            (400, "PEER_ID_INVALID", true, 0, Action::Fail),
            (500, "INTERNAL", true, 0, Action::Fail),
            // A 303 without a DC, or a wrong code, is not a migration.
            (303, "USER_MIGRATE", true, 0, Action::Fail),
            (400, "USER_MIGRATE_4", true, 0, Action::Fail),
        ];
        for &(code, msg, on_home, hops, want) in rows {
            let got = decide(&RpcError::new(code, msg), ctx(on_home, hops));
            assert_eq!(got, want, "{code} {msg} on_home={on_home} hops={hops}");
        }
    }

    #[test]
    fn reauthorization_happens_once() {
        let mut c = ctx(false, 0);
        c.reauthorized = true;
        let e = RpcError::new(401, "AUTH_KEY_UNREGISTERED");
        assert_eq!(decide(&e, c), Action::Fail);
    }

    #[test]
    fn helpers_parse_values() {
        assert_eq!(
            migrate_to(&RpcError::new(303, "STATS_MIGRATE_5")),
            Some(DcId::new(5))
        );
        assert_eq!(migrate_to(&RpcError::new(420, "FLOOD_WAIT_5")), None);
        assert_eq!(
            flood_wait(&RpcError::new(420, "SLOWMODE_WAIT_9")),
            Some(Duration::from_secs(9))
        );
        assert_eq!(flood_wait(&RpcError::new(400, "FLOOD_WAIT")), None);
    }
}
