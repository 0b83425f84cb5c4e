//! The other device's side of the QR code login: a signed-in user accepts a token shown
//! as `tg://login?token=…` (what `auth.acceptLoginToken` does on Telegram), and the
//! session that exported it gets `updateShort(updateLoginToken)` at once.
//! [`crate::Cluster::accept_login_token`] and the control interface call this.

use std::time::SystemTime;

use mtrs_tl::Serialize;
use mtrs_tl_api::{enums, types};

use crate::dc::unix;
use crate::error::Error;
use crate::injection::now;
use crate::login_tokens;
use crate::push;
use crate::state::Shared;

/// `user` accepts the token of `url` (a `tg://login?token=…` URL or the bare base64url
/// token). Returns whether the exporting session was connected to get the push (if not,
/// its next `auth.exportLoginToken` still finishes the login).
pub(crate) fn accept(shared: &Shared, url: &str, user: i64) -> Result<bool, Error> {
    if shared.account(user).is_none() {
        return Err(Error::UnknownPeer { id: user });
    }
    let token = login_tokens::parse(url).ok_or(Error::LoginToken {
        refused: "AUTH_TOKEN_INVALID",
    })?;
    let exporter = shared
        .logins
        .tokens
        .lock()
        .accept(&token, user, unix(SystemTime::now()))
        .map_err(|refusal| Error::LoginToken {
            refused: refusal.name(),
        })?;
    let update = enums::Updates::UpdateShort(types::UpdateShort {
        update: enums::Update::UpdateLoginToken,
        date: now(),
    });
    Ok(push::to_session(
        shared,
        exporter.dc,
        exporter.key_id,
        exporter.session_id,
        update.to_bytes(),
        user,
    ))
}
