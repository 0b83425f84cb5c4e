//! `updates.getState` and `updates.getDifference` (the cluster sends no updates).

use mtrs_tl_api::{enums, types};

use super::{Answer, RpcCtx, ok};
use crate::dc::unix;

fn now() -> i32 {
    i32::try_from(unix(std::time::SystemTime::now())).unwrap_or(i32::MAX)
}

/// `updates.getState` → `updates.state` (pts 1, qts 0, seq 1).
pub(super) fn get_state(ctx: &RpcCtx<'_>) -> Answer {
    ctx.user()?;
    ok(&enums::updates::State::State(types::updates::State {
        pts: 1,
        qts: 0,
        date: now(),
        seq: 1,
        unread_count: 0,
    }))
}

/// `updates.getDifference` → `updates.differenceEmpty`.
pub(super) fn get_difference(ctx: &RpcCtx<'_>) -> Answer {
    ctx.user()?;
    ok(&enums::updates::Difference::DifferenceEmpty(
        types::updates::DifferenceEmpty {
            date: now(),
            seq: 1,
        },
    ))
}
