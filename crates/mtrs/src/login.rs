//! User sign-in with a phone number: [`Client::request_login_code`] →
//! [`Client::sign_in`] → (if the account has a 2FA password) [`Client::check_password`],
//! or [`Client::sign_up`] for a number without an account; [`Client::sign_out`] ends it.
//!
//! The calls go through [`Client::invoke`], so `PHONE_MIGRATE_X` moves the home DC for
//! good (persisted) and the `auth.authorization` that ends the sign-in records the
//! identity and the home DC in one store transaction. The 2FA password is checked with
//! SRP (`mtrs_crypto::srp`: `p`, `g`, `srp_B` checked, constant-time exponentiations, the
//! password hash zeroized) on a blocking thread, since its PBKDF2 takes tens of
//! milliseconds. Phone numbers, codes, hashes and passwords never reach logs, `Debug` or
//! error text.

use mtrs_crypto::dh::DhGroup;
use mtrs_crypto::srp::{self, PasswordHash};
use mtrs_session::Identity;
use mtrs_tl_api::functions::{account, auth};
use mtrs_tl_api::{enums, types};
use zeroize::Zeroizing;

use crate::client::{Client, identity_of};
use crate::error::InvokeError;

/// Why a sign-in step failed. Never quotes the phone number, code or password.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoginError {
    /// The server refused the phone number (`PHONE_NUMBER_INVALID`).
    #[error("the phone number is invalid")]
    PhoneNumberInvalid,
    /// The code is wrong (`PHONE_CODE_INVALID`); try again with the same token.
    #[error("the login code is wrong")]
    PhoneCodeInvalid,
    /// The code expired or was used (`PHONE_CODE_EXPIRED`); request a new one.
    #[error("the login code expired; request a new one")]
    PhoneCodeExpired,
    /// No code was given (`PHONE_CODE_EMPTY`).
    #[error("the login code is empty")]
    PhoneCodeEmpty,
    /// The 2FA password is wrong (`PASSWORD_HASH_INVALID`).
    #[error("the 2FA password is wrong")]
    PasswordHashInvalid,
    /// The first name given to sign up was refused (`FIRSTNAME_INVALID`).
    #[error("the first name is invalid")]
    FirstNameInvalid,
    /// `account.getPassword` said the account has no 2FA password.
    #[error("the account has no 2FA password")]
    NoPassword,
    /// The QR login token expired before it was accepted (`AUTH_TOKEN_EXPIRED`); export
    /// a new one.
    #[error("the login token expired; export a new one")]
    LoginTokenExpired,
    /// The QR login token is not valid (`AUTH_TOKEN_INVALID`).
    #[error("the login token is invalid")]
    LoginTokenInvalid,
    /// The QR login token was used already (`AUTH_TOKEN_ALREADY_ACCEPTED`).
    #[error("the login token was already accepted")]
    LoginTokenAlreadyAccepted,
    /// The server asked for a password algorithm this library does not know.
    #[error("unknown 2FA password algorithm")]
    UnknownPasswordAlgo,
    /// The server's SRP parameters failed a check (its prime, generator or `srp_B`).
    #[error("unsafe 2FA parameters from the server: {0}")]
    Srp(#[source] mtrs_crypto::Error),
    /// The server answered something a sign-in step cannot produce.
    #[error("unexpected answer to {step}")]
    Unexpected {
        /// The step (`"auth.signIn"`, …).
        step: &'static str,
    },
    /// Any other failure of the call.
    #[error(transparent)]
    Invoke(InvokeError),
}

impl From<InvokeError> for LoginError {
    fn from(e: InvokeError) -> Self {
        let Some(rpc) = e.rpc() else {
            return Self::Invoke(e);
        };
        match rpc.name.as_str() {
            "PHONE_NUMBER_INVALID" => Self::PhoneNumberInvalid,
            "PHONE_CODE_INVALID" => Self::PhoneCodeInvalid,
            "PHONE_CODE_EXPIRED" => Self::PhoneCodeExpired,
            "PHONE_CODE_EMPTY" => Self::PhoneCodeEmpty,
            "PASSWORD_HASH_INVALID" => Self::PasswordHashInvalid,
            "FIRSTNAME_INVALID" => Self::FirstNameInvalid,
            "AUTH_TOKEN_EXPIRED" => Self::LoginTokenExpired,
            "AUTH_TOKEN_INVALID" => Self::LoginTokenInvalid,
            "AUTH_TOKEN_ALREADY_ACCEPTED" => Self::LoginTokenAlreadyAccepted,
            _ => Self::Invoke(e),
        }
    }
}

/// How the server sent the login code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CodeKind {
    /// A message in another Telegram app of the account, `length` digits.
    App {
        /// Number of digits.
        length: i32,
    },
    /// An SMS, `length` digits.
    Sms {
        /// Number of digits.
        length: i32,
    },
    /// A phone call dictating `length` digits.
    Call {
        /// Number of digits.
        length: i32,
    },
    /// Any other way (flash call, e-mail, Firebase, …).
    Other,
}

/// What [`Client::request_login_code`] returns: pass it to [`Client::sign_in`].
#[derive(Clone)]
pub struct LoginToken {
    phone: String,
    phone_code_hash: String,
    kind: CodeKind,
}

impl std::fmt::Debug for LoginToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginToken")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl LoginToken {
    /// How the code was sent.
    pub fn kind(&self) -> CodeKind {
        self.kind
    }
}

/// The account has a 2FA password: pass this to [`Client::check_password`].
#[derive(Clone, Debug)]
pub struct PasswordToken {
    hint: Option<String>,
}

impl PasswordToken {
    /// The password hint the user set, if any.
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }
}

/// What [`Client::sign_in`] leads to.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum SignIn {
    /// Signed in; the identity and home DC are stored.
    SignedIn(Identity),
    /// The account has a 2FA password: call [`Client::check_password`].
    PasswordRequired(PasswordToken),
    /// No account has this number: call [`Client::sign_up`] with the same token.
    SignUpRequired,
}

impl Client {
    /// Asks for a login code for `phone` (`auth.sendCode`; international format, `+` and
    /// separators allowed). A `PHONE_MIGRATE_X` answer moves the home DC to X for good and
    /// asks there.
    ///
    /// # Errors
    /// [`LoginError::PhoneNumberInvalid`]; [`LoginError::Invoke`] for anything else.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::LoginError> {
    /// let token = client.request_login_code("+999 662 0002").await?;
    /// match client.sign_in(&token, "22222").await? {
    ///     mtrs::SignIn::SignedIn(me) => println!("signed in as {:?}", me.user_id),
    ///     mtrs::SignIn::PasswordRequired(p) => {
    ///         client.check_password(&p, "my 2FA password").await?;
    ///     }
    ///     _ => { /* client.sign_up(&token, "First", "") */ }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn request_login_code(&self, phone: &str) -> Result<LoginToken, LoginError> {
        let settings = self.settings();
        let request = auth::SendCode {
            phone_number: phone.into(),
            api_id: settings.api_id,
            api_hash: settings.api_hash.as_str().into(),
            settings: enums::CodeSettings::CodeSettings(types::CodeSettings {
                allow_flashcall: false,
                current_number: false,
                allow_app_hash: false,
                allow_missed_call: false,
                allow_firebase: false,
                unknown_number: false,
                logout_tokens: None,
                token: None,
                app_sandbox: None,
            }),
        };
        let sent = match self.invoke(&request).await? {
            enums::auth::SentCode::SentCode(sent) => sent,
            _ => {
                return Err(LoginError::Unexpected {
                    step: "auth.sendCode",
                });
            }
        };
        use enums::auth::SentCodeType as T;
        let kind = match sent.r#type {
            T::SentCodeTypeApp(t) => CodeKind::App { length: t.length },
            T::SentCodeTypeSms(t) => CodeKind::Sms { length: t.length },
            T::SentCodeTypeCall(t) => CodeKind::Call { length: t.length },
            _ => CodeKind::Other,
        };
        Ok(LoginToken {
            phone: phone.to_owned(),
            phone_code_hash: sent.phone_code_hash.to_str_lossy().into_owned(),
            kind,
        })
    }

    /// Signs in with the code sent for `token` (`auth.signIn`).
    ///
    /// # Errors
    /// [`LoginError::PhoneCodeInvalid`] (try again), [`LoginError::PhoneCodeExpired`]
    /// (request a new code), [`LoginError::PhoneCodeEmpty`],
    /// [`LoginError::PhoneNumberInvalid`], [`LoginError::Invoke`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client, token: mtrs::LoginToken) -> Result<(), mtrs::LoginError> {
    /// if let mtrs::SignIn::SignedIn(me) = client.sign_in(&token, "12345").await? {
    ///     println!("{:?}", me.user_id);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn sign_in(&self, token: &LoginToken, code: &str) -> Result<SignIn, LoginError> {
        let request = auth::SignIn {
            phone_number: token.phone.as_str().into(),
            phone_code_hash: token.phone_code_hash.as_str().into(),
            phone_code: Some(code.into()),
            email_verification: None,
        };
        match self.invoke(&request).await {
            Ok(enums::auth::Authorization::AuthorizationSignUpRequired(_)) => {
                Ok(SignIn::SignUpRequired)
            }
            Ok(answer) => signed_in(&answer, "auth.signIn").map(SignIn::SignedIn),
            Err(e) if e.rpc().is_some_and(|r| r.name == "SESSION_PASSWORD_NEEDED") => {
                Ok(SignIn::PasswordRequired(self.password_required().await?))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Creates the account of a number [`Client::sign_in`] answered
    /// [`SignIn::SignUpRequired`] for (`auth.signUp`) and signs in.
    ///
    /// # Errors
    /// [`LoginError::FirstNameInvalid`], [`LoginError::PhoneCodeExpired`],
    /// [`LoginError::Invoke`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client, token: mtrs::LoginToken) -> Result<(), mtrs::LoginError> {
    /// let me = client.sign_up(&token, "Dave", "").await?;
    /// # let _ = me;
    /// # Ok(()) }
    /// ```
    pub async fn sign_up(
        &self,
        token: &LoginToken,
        first_name: &str,
        last_name: &str,
    ) -> Result<Identity, LoginError> {
        let request = auth::SignUp {
            no_joined_notifications: false,
            phone_number: token.phone.as_str().into(),
            phone_code_hash: token.phone_code_hash.as_str().into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
        };
        let answer = self.invoke(&request).await?;
        signed_in(&answer, "auth.signUp")
    }

    /// Proves the 2FA password (`account.getPassword`, then `auth.checkPassword` with
    /// SRP) and signs in.
    ///
    /// # Errors
    /// [`LoginError::PasswordHashInvalid`] (wrong password), [`LoginError::NoPassword`],
    /// [`LoginError::UnknownPasswordAlgo`], [`LoginError::Srp`] (unsafe server
    /// parameters), [`LoginError::Invoke`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client, token: mtrs::PasswordToken) -> Result<(), mtrs::LoginError> {
    /// println!("hint: {:?}", token.hint());
    /// let me = client.check_password(&token, "correct horse").await?;
    /// # let _ = me;
    /// # Ok(()) }
    /// ```
    pub async fn check_password(
        &self,
        _token: &PasswordToken,
        password: &str,
    ) -> Result<Identity, LoginError> {
        let info = self.password_info().await?;
        if !info.has_password {
            return Err(LoginError::NoPassword);
        }
        let Some(enums::PasswordKdfAlgo::PasswordKdfAlgoSha256Sha256Pbkdf2Hmacsha512iter100000Sha256ModPow(algo)) =
            info.current_algo
        else {
            return Err(LoginError::UnknownPasswordAlgo);
        };
        let (Some(srp_b), Some(srp_id)) = (info.srp_b, info.srp_id) else {
            return Err(LoginError::Unexpected {
                step: "account.getPassword",
            });
        };
        let password = Zeroizing::new(password.to_owned());
        let proof = tokio::task::spawn_blocking(move || {
            let group = DhGroup::new(algo.g, &algo.p)?;
            let x = PasswordHash::new(password.as_bytes(), &algo.salt1, &algo.salt2);
            // A secret giving an unusable A (probability about 2^-63) is drawn again.
            for _ in 0..4 {
                let mut a = Zeroizing::new([0u8; 256]);
                rand::fill(&mut a[..]);
                match srp::client_proof(&group, &x, &algo.salt1, &algo.salt2, &srp_b, &a) {
                    Err(mtrs_crypto::Error::SrpSecretRejected) => continue,
                    Err(e) => return Err(e),
                    Ok(proof) => return Ok(proof),
                }
            }
            Err(mtrs_crypto::Error::SrpSecretRejected)
        })
        .await
        .map_err(|_| LoginError::Unexpected {
            step: "the SRP computation",
        })?
        .map_err(LoginError::Srp)?;
        let request = auth::CheckPassword {
            password: enums::InputCheckPasswordSRP::InputCheckPasswordSrp(
                types::InputCheckPasswordSrp {
                    srp_id,
                    a: proof.a.to_vec(),
                    m1: proof.m1.to_vec(),
                },
            ),
        };
        let answer = self.invoke(&request).await?;
        signed_in(&answer, "auth.checkPassword")
    }

    /// Signs the account out (`auth.logOut`) and forgets the identity in the store (the
    /// auth keys stay; sign in again with [`Client::request_login_code`]).
    ///
    /// # Errors
    /// [`InvokeError`] of the call or the store (`AUTH_KEY_UNREGISTERED` if the session
    /// was not signed in).
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// client.sign_out().await?;
    /// # Ok(()) }
    /// ```
    pub async fn sign_out(&self) -> Result<(), InvokeError> {
        self.invoke(&auth::LogOut).await?;
        self.pool()?.signed_out().await?;
        Ok(())
    }

    /// After `SESSION_PASSWORD_NEEDED`: the token [`Client::check_password`] takes, with
    /// the account's hint.
    pub(crate) async fn password_required(&self) -> Result<PasswordToken, LoginError> {
        let password = self.password_info().await?;
        Ok(PasswordToken {
            hint: password.hint.map(|h| h.to_str_lossy().into_owned()),
        })
    }

    async fn password_info(&self) -> Result<types::account::Password, LoginError> {
        let enums::account::Password::Password(info) = self.invoke(&account::GetPassword).await?;
        Ok(info)
    }
}

/// The identity an `auth.authorization` names (`invoke` has stored it already).
pub(crate) fn signed_in(
    answer: &enums::auth::Authorization,
    step: &'static str,
) -> Result<Identity, LoginError> {
    identity_of(answer).ok_or(LoginError::Unexpected { step })
}
