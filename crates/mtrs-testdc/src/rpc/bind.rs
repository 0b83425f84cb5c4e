//! `auth.bindTempAuthKey`: binds the temporary key a query arrives on to a permanent key
//! of the same DC, which then holds the authorization for both.

use mtrs_crypto::Direction;
use mtrs_proto::RpcError;
use mtrs_proto::packet::encrypted;
use mtrs_tl::Deserialize;
use mtrs_tl::mtproto::types::BindAuthKeyInner;
use mtrs_tl_api::functions::auth::BindTempAuthKey;

use super::{Answer, RpcCtx};

fn invalid() -> RpcError {
    RpcError::new(400, "ENCRYPTED_MESSAGE_INVALID")
}

/// Checks the binding message (MTProto 2.0 with the permanent key, msg_id of the query,
/// `bind_auth_key_inner` naming this temporary key and session) and records the binding.
pub(super) fn bind_temp_auth_key(ctx: &RpcCtx<'_>, req: BindTempAuthKey) -> Answer {
    let perm_id = req.perm_auth_key_id as u64;
    let (perm_key, temp) = {
        let keys = ctx.dc.keys.lock();
        let temp = keys
            .get(&ctx.key_id)
            .map(|k| k.expires_at.is_some())
            .unwrap_or(false);
        (
            keys.get(&perm_id)
                .filter(|k| k.expires_at.is_none())
                .map(|k| k.key.clone()),
            temp,
        )
    };
    if !temp {
        return Err(RpcError::new(400, "TEMP_AUTH_KEY_EMPTY"));
    }
    let perm_key = perm_key.ok_or_else(invalid)?;
    let mut message = req.encrypted_message;
    let decrypted = encrypted::read(&perm_key, Direction::ClientToServer, &mut message)
        .map_err(|_| invalid())?;
    if decrypted.header.msg_id.0 != ctx.msg_id || decrypted.header.seq_no.0 != 0 {
        return Err(invalid());
    }
    let inner = BindAuthKeyInner::from_bytes(decrypted.body).map_err(|_| invalid())?;
    let matches = inner.nonce == req.nonce
        && inner.temp_auth_key_id as u64 == ctx.key_id
        && inner.perm_auth_key_id == req.perm_auth_key_id
        && inner.temp_session_id == ctx.session_id
        && inner.expires_at == req.expires_at;
    if !matches {
        return Err(invalid());
    }
    match ctx.dc.keys.lock().get_mut(&ctx.key_id) {
        Some(k) if k.bound_to.is_none_or(|p| p == perm_id) => k.bound_to = Some(perm_id),
        Some(_) => return Err(RpcError::new(400, "TEMP_AUTH_KEY_ALREADY_BOUND")),
        None => return Err(RpcError::new(401, "AUTH_KEY_UNREGISTERED")),
    }
    Ok(mtrs_tl::Serialize::to_bytes(&true))
}
