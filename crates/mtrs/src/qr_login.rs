//! User sign-in by QR code (<https://core.telegram.org/api/qr-login>):
//! [`Client::qr_login`] runs the whole flow; [`Client::export_login_token`] and
//! [`Client::wait_login_token`] are its steps for callers that drive it themselves.
//!
//! `auth.exportLoginToken` answers a token, shown as `tg://login?token=<base64url>` in a
//! QR code, valid until its `expires` (about 30 s; then it is exported again and a new
//! code shown). When another device of the account accepts it, Telegram pushes
//! `updateShort(updateLoginToken)` to the session that exported it (the client's hooks
//! count those pushes, whether or not [`Client::updates`] runs) and the next export
//! answers `auth.loginTokenSuccess` — or `auth.loginTokenMigrateTo` when the account
//! lives on another DC: the home DC moves there for good (persisted) and
//! `auth.importLoginToken` finishes there. The authorization is recorded like the code
//! login's (identity and home DC in one store transaction). An account with a 2FA
//! password answers `SESSION_PASSWORD_NEEDED`: then [`Client::check_password`].
//! Tokens never reach logs, `Debug` or error text.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use mtrs_session::Identity;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::auth;
use mtrs_types::{DcId, UnixTime};

use crate::client::Client;
use crate::login::{LoginError, PasswordToken, SignIn, signed_in};

/// The shortest wait before exporting a token again (when the server's clock and ours
/// disagree about its expiry, the same token comes back: do not spin on it).
const MIN_REEXPORT: Duration = Duration::from_secs(1);

/// How often `auth.loginTokenMigrateTo` may send the login on before giving up.
const MAX_MIGRATIONS: u32 = 1;

/// A QR login token to show: [`QrToken::url`] in a QR code, until [`QrToken::expires`].
#[derive(Clone)]
pub struct QrToken {
    token: Vec<u8>,
    expires: UnixTime,
    /// How many `updateLoginToken`s had been pushed before this token was exported.
    seen: u64,
}

impl std::fmt::Debug for QrToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QrToken")
            .field("expires", &self.expires)
            .finish_non_exhaustive()
    }
}

impl QrToken {
    /// The `tg://login?token=…` URL (base64url without padding) to encode in the QR code.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::LoginError> {
    /// if let mtrs::QrLogin::Pending(token) = client.export_login_token().await? {
    ///     assert!(token.url().starts_with("tg://login?token="));
    /// }
    /// # Ok(()) }
    /// ```
    pub fn url(&self) -> String {
        format!(
            "tg://login?token={}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&self.token)
        )
    }

    /// The raw token bytes (what `auth.acceptLoginToken` takes on the other device).
    pub fn token(&self) -> &[u8] {
        &self.token
    }

    /// When the token expires, in the server's unix time.
    pub fn expires(&self) -> UnixTime {
        self.expires
    }
}

/// What [`Client::export_login_token`] leads to.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum QrLogin {
    /// Not accepted yet: show this token, [`Client::wait_login_token`], export again.
    Pending(QrToken),
    /// Signed in; the identity and home DC are stored.
    SignedIn(Identity),
    /// The account has a 2FA password: call [`Client::check_password`].
    PasswordRequired(PasswordToken),
}

impl Client {
    /// One step of the QR login: `auth.exportLoginToken`. Before another device accepted
    /// the token, [`QrLogin::Pending`] with the token to show (the same one until it
    /// expires, then a new one); after, the login is finished — on the account's DC if
    /// the server answers `auth.loginTokenMigrateTo` (the home DC moves there for good,
    /// then `auth.importLoginToken`).
    ///
    /// # Errors
    /// [`LoginError::LoginTokenExpired`], [`LoginError::LoginTokenInvalid`],
    /// [`LoginError::LoginTokenAlreadyAccepted`] (from `auth.importLoginToken`),
    /// [`LoginError::Unexpected`], [`LoginError::Invoke`] (`API_ID_INVALID`, …).
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::LoginError> {
    /// loop {
    ///     match client.export_login_token().await? {
    ///         mtrs::QrLogin::Pending(token) => {
    ///             println!("scan {}", token.url());
    ///             client.wait_login_token(&token).await;
    ///         }
    ///         mtrs::QrLogin::SignedIn(me) => break println!("{:?}", me.user_id),
    ///         mtrs::QrLogin::PasswordRequired(p) => {
    ///             client.check_password(&p, "my 2FA password").await?;
    ///             break;
    ///         }
    ///         _ => unreachable!("a new outcome"),
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn export_login_token(&self) -> Result<QrLogin, LoginError> {
        let seen = self.hooks().login_tokens_seen();
        let settings = self.settings();
        let request = auth::ExportLoginToken {
            api_id: settings.api_id,
            api_hash: settings.api_hash.as_str().into(),
            except_ids: Vec::new(),
        };
        let answer = self.invoke(&request).await;
        let mut answer = match answer {
            Ok(answer) => answer,
            Err(e) => return self.password_or(e, "auth.exportLoginToken").await,
        };
        let mut migrations = 0;
        loop {
            match answer {
                enums::auth::LoginToken::LoginToken(t) => {
                    return Ok(QrLogin::Pending(QrToken {
                        token: t.token,
                        expires: UnixTime(i64::from(t.expires)),
                        seen,
                    }));
                }
                enums::auth::LoginToken::LoginTokenSuccess(success) => {
                    let me = signed_in(&success.authorization, "auth.exportLoginToken")?;
                    // `invoke` records only a bare `auth.authorization`: this one is inside.
                    self.pool()?.signed_in(me.clone()).await?;
                    return Ok(QrLogin::SignedIn(me));
                }
                enums::auth::LoginToken::LoginTokenMigrateTo(to) => {
                    if migrations >= MAX_MIGRATIONS {
                        return Err(LoginError::Unexpected {
                            step: "auth.importLoginToken",
                        });
                    }
                    migrations += 1;
                    let pool = self.pool()?;
                    let from = pool.home().dc;
                    tracing::debug!(%from, to = to.dc_id, "QR login: the account lives on another DC");
                    pool.migrate_home(from, DcId::new(to.dc_id)).await?;
                    let import = auth::ImportLoginToken { token: to.token };
                    answer = match self.invoke(&import).await {
                        Ok(answer) => answer,
                        Err(e) => return self.password_or(e, "auth.importLoginToken").await,
                    };
                }
            }
        }
    }

    /// `SESSION_PASSWORD_NEEDED` is the 2FA step; any other error is the call's.
    async fn password_or(
        &self,
        e: crate::InvokeError,
        step: &'static str,
    ) -> Result<QrLogin, LoginError> {
        if e.rpc().is_some_and(|r| r.name == "SESSION_PASSWORD_NEEDED") {
            tracing::debug!(step, "QR login: the account has a 2FA password");
            return Ok(QrLogin::PasswordRequired(self.password_required().await?));
        }
        Err(e.into())
    }

    /// Waits until another device accepted `token` (the server pushed `updateLoginToken`
    /// since it was exported) or until it expires (by the server's clock, at least a
    /// second); returns whether it was accepted. Either way, call
    /// [`Client::export_login_token`] next. Drop the future to give up.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client, token: mtrs::QrToken) {
    /// if client.wait_login_token(&token).await {
    ///     println!("accepted on another device");
    /// }
    /// # }
    /// ```
    pub async fn wait_login_token(&self, token: &QrToken) -> bool {
        let wait = self.until_server_time(token.expires).max(MIN_REEXPORT);
        tokio::select! {
            () = self.hooks().login_token_pushed(token.seen) => true,
            () = tokio::time::sleep(wait) => false,
        }
    }

    /// The whole QR login: exports a token and hands it to `show` (again with each new
    /// token after an expiry), waits for another device to accept it, and finishes the
    /// login (following `auth.loginTokenMigrateTo` to the account's DC). Returns
    /// [`SignIn::SignedIn`] or [`SignIn::PasswordRequired`] (then
    /// [`Client::check_password`]). Runs until then: wrap it in a timeout to give up.
    ///
    /// # Errors
    /// As [`Client::export_login_token`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::LoginError> {
    /// let outcome = client
    ///     .qr_login(|token| println!("scan this with Telegram: {}", token.url()))
    ///     .await?;
    /// match outcome {
    ///     mtrs::SignIn::SignedIn(me) => println!("signed in as {:?}", me.user_id),
    ///     mtrs::SignIn::PasswordRequired(p) => {
    ///         client.check_password(&p, "my 2FA password").await?;
    ///     }
    ///     _ => {}
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn qr_login(&self, mut show: impl FnMut(&QrToken)) -> Result<SignIn, LoginError> {
        let mut shown: Option<Vec<u8>> = None;
        loop {
            match self.export_login_token().await? {
                QrLogin::Pending(token) => {
                    if shown.as_deref() != Some(token.token()) {
                        show(&token);
                        shown = Some(token.token.clone());
                    }
                    self.wait_login_token(&token).await;
                }
                QrLogin::SignedIn(me) => return Ok(SignIn::SignedIn(me)),
                QrLogin::PasswordRequired(p) => return Ok(SignIn::PasswordRequired(p)),
            }
        }
    }

    /// How long until the server's clock reads `at` (zero if it does already).
    fn until_server_time(&self, at: UnixTime) -> Duration {
        let offset = self
            .pool()
            .map(|p| p.home().handle.state().time_offset.as_secs())
            .unwrap_or(0);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let local = u64::try_from(at.0.saturating_sub(offset)).unwrap_or(0);
        Duration::from_secs(local).saturating_sub(now)
    }
}
