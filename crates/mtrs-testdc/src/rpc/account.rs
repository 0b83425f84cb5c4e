//! `account.*`: `account.updateStatus`.

use mtrs_tl_api::functions::account as f;

use super::{Answer, RpcCtx, ok};

/// `account.updateStatus` → `boolTrue` (the status is not kept: nobody watches it).
pub(super) fn update_status(ctx: &RpcCtx<'_>, _req: f::UpdateStatus) -> Answer {
    ctx.user()?;
    ok(&true)
}
