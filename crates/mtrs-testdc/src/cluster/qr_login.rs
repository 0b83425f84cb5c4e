//! The cluster's side of the QR code login: another device accepting a token, and the
//! tokens' lifetime.

use std::time::Duration;

use super::Cluster;
use crate::error::Error;

impl Cluster {
    /// User `user_id` accepts the login token of `url` from another device, as
    /// `auth.acceptLoginToken` would: `url` is the `tg://login?token=…` URL a client
    /// shows (or the bare base64url token). The session that exported the token gets
    /// `updateShort(updateLoginToken)` at once, and its key's next
    /// `auth.exportLoginToken` answers `auth.loginTokenSuccess` (signed in) — or
    /// `auth.loginTokenMigrateTo` when the user lives on another DC, whose
    /// `auth.importLoginToken` then signs in there; an account with a 2FA password gets
    /// `SESSION_PASSWORD_NEEDED` instead. Returns whether the exporting session was
    /// connected for the push.
    ///
    /// ```no_run
    /// # async fn demo(cluster: mtrs_testdc::Cluster, url: &str) -> Result<(), mtrs_testdc::Error> {
    /// // `url` is what the client under test shows, e.g. "tg://login?token=AQID…"
    /// cluster.accept_login_token(url, 1001)?;
    /// assert!(cluster.accept_login_token(url, 1001).is_err()); // AUTH_TOKEN_ALREADY_ACCEPTED
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`] for an unknown user; [`Error::LoginToken`] with
    /// `AUTH_TOKEN_INVALID` (not a token this cluster made), `AUTH_TOKEN_EXPIRED` or
    /// `AUTH_TOKEN_ALREADY_ACCEPTED`.
    pub fn accept_login_token(&self, url: &str, user_id: i64) -> Result<bool, Error> {
        crate::qr_login::accept(&self.shared, url, user_id)
    }

    /// How long login tokens exported from now on are valid (whole seconds, at least
    /// one); see [`super::ClusterBuilder::login_token_lifetime`].
    ///
    /// ```no_run
    /// # fn demo(cluster: mtrs_testdc::Cluster) {
    /// cluster.set_login_token_lifetime(std::time::Duration::from_secs(30));
    /// # }
    /// ```
    pub fn set_login_token_lifetime(&self, lifetime: Duration) {
        self.shared.logins.tokens.lock().set_lifetime(lifetime);
    }
}
