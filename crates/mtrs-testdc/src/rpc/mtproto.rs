//! MTProto service queries that arrive inside invoke wrappers (`invokeWithoutUpdates(ping)`,
//! as Telethon sends it): the session answers bare ones by itself, these are answered here
//! with the same constructors, as Telegram does.

use std::time::SystemTime;

use mtrs_tl::Identifiable;
use mtrs_tl::mtproto::functions::{GetFutureSalts, Ping, PingDelayDisconnect};
use mtrs_tl::mtproto::types::{FutureSalt, FutureSalts, Pong};

use super::{Answer, RpcCtx, ok, parse};
use crate::dc::unix;

/// Whether `id` is a service query answered here.
pub(super) fn is_service(id: u32) -> bool {
    [
        Ping::CONSTRUCTOR_ID,
        PingDelayDisconnect::CONSTRUCTOR_ID,
        GetFutureSalts::CONSTRUCTOR_ID,
    ]
    .contains(&id)
}

/// Answers a wrapped `ping`, `ping_delay_disconnect` (the disconnect timer is armed only
/// by a bare one) or `get_future_salts`.
pub(super) fn answer(ctx: &RpcCtx<'_>, id: u32, body: &[u8]) -> Answer {
    match id {
        Ping::CONSTRUCTOR_ID => {
            let p: Ping = parse(body)?;
            ok(&Pong {
                msg_id: ctx.msg_id,
                ping_id: p.ping_id,
            })
        }
        PingDelayDisconnect::CONSTRUCTOR_ID => {
            let p: PingDelayDisconnect = parse(body)?;
            ok(&Pong {
                msg_id: ctx.msg_id,
                ping_id: p.ping_id,
            })
        }
        _ => {
            let g: GetFutureSalts = parse(body)?;
            let now = unix(SystemTime::now());
            let salts = ctx
                .dc
                .keys
                .lock()
                .get(&ctx.key_id)
                .map(|k| k.salts.clone())
                .unwrap_or_default();
            let salts = salts
                .iter()
                .filter(|f| f.valid_until > now)
                .take(usize::try_from(g.num).unwrap_or(0).clamp(1, 64))
                .map(|f| FutureSalt {
                    valid_since: i32::try_from(f.valid_since).unwrap_or(i32::MAX),
                    valid_until: i32::try_from(f.valid_until).unwrap_or(i32::MAX),
                    salt: f.salt.0,
                })
                .collect();
            ok(&FutureSalts {
                req_msg_id: ctx.msg_id,
                now: i32::try_from(now).unwrap_or(i32::MAX),
                salts,
            })
        }
    }
}
