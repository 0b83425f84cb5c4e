//! Login tokens for the QR code login (<https://core.telegram.org/api/qr-login>): what
//! `auth.exportLoginToken` hands out, what another device accepted
//! ([`crate::Cluster::accept_login_token`]) and the tokens `auth.loginTokenMigrateTo`
//! names for `auth.importLoginToken` on another DC.
//!
//! Pure state, a leaf of the module graph: `rpc/login_token.rs` and the cluster read and
//! change it. Times are whole unix seconds, as on the wire: a token whose `expires` has
//! come is expired, so a client that waits until `expires` and exports again always gets
//! a new one.

use std::collections::HashMap;
use std::time::Duration;

/// How long a token is valid unless the cluster says otherwise (Telegram: 30 s).
pub(crate) const DEFAULT_LIFETIME: Duration = Duration::from_secs(30);

/// The URL prefix a token is shown with (base64url, no padding, follows).
pub(crate) const URL_PREFIX: &str = "tg://login?token=";

/// Where a token was exported: the DC, the auth key and the MTProto session (the one
/// `updateLoginToken` is pushed to).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Exporter {
    pub(crate) dc: i32,
    pub(crate) key_id: u64,
    pub(crate) session_id: i64,
}

/// What became of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    /// Shown, waiting for another device.
    Pending,
    /// Accepted by `user`; the exporting key's next `auth.exportLoginToken` finishes.
    Accepted { user: i64 },
    /// Consumed (signed in, migrated or handed to the 2FA password).
    Used,
}

#[derive(Clone, Debug)]
struct Token {
    exporter: Exporter,
    /// Unix seconds.
    expires: i64,
    status: Status,
}

/// A token for `auth.importLoginToken` on DC `dc`, signing `user` in.
#[derive(Clone, Copy, Debug)]
struct Migration {
    dc: i32,
    user: i64,
    expires: i64,
    used: bool,
}

/// Why a token was refused, as Telegram names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// `AUTH_TOKEN_INVALID`: unknown (or for another DC).
    Invalid,
    /// `AUTH_TOKEN_EXPIRED`.
    Expired,
    /// `AUTH_TOKEN_ALREADY_ACCEPTED`.
    AlreadyAccepted,
}

impl Refusal {
    /// The RPC error name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Invalid => "AUTH_TOKEN_INVALID",
            Self::Expired => "AUTH_TOKEN_EXPIRED",
            Self::AlreadyAccepted => "AUTH_TOKEN_ALREADY_ACCEPTED",
        }
    }
}

/// What `auth.exportLoginToken` answers a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Export {
    /// `auth.loginToken`: show this token (new, or the unexpired one shown already).
    Show { token: Vec<u8>, expires: i64 },
    /// Accepted by `user` (the caller signs the key in or sends it elsewhere).
    Accepted { user: i64 },
}

/// Every login token of the cluster.
#[derive(Debug)]
pub(crate) struct LoginTokens {
    lifetime: Duration,
    tokens: HashMap<Vec<u8>, Token>,
    /// (DC, key) → the token it showed last.
    current: HashMap<(i32, u64), Vec<u8>>,
    migrations: HashMap<Vec<u8>, Migration>,
}

impl Default for LoginTokens {
    fn default() -> Self {
        Self {
            lifetime: DEFAULT_LIFETIME,
            tokens: HashMap::new(),
            current: HashMap::new(),
            migrations: HashMap::new(),
        }
    }
}

fn random_token() -> Vec<u8> {
    let mut token = vec![0u8; 32];
    rand::fill(&mut token[..]);
    token
}

impl LoginTokens {
    /// How long new tokens are valid (whole seconds, at least one).
    pub(crate) fn set_lifetime(&mut self, lifetime: Duration) {
        self.lifetime = lifetime.max(Duration::from_secs(1));
    }

    fn lifetime_secs(&self) -> i64 {
        i64::try_from(self.lifetime.as_secs()).unwrap_or(i64::MAX)
    }

    /// `auth.exportLoginToken` of `exporter` at unix time `now`: the outcome if another
    /// device accepted the key's token, else its unexpired token, else a new one. The
    /// session is remembered for the `updateLoginToken` push.
    pub(crate) fn export(&mut self, exporter: Exporter, now: i64) -> Export {
        let slot = (exporter.dc, exporter.key_id);
        if let Some(bytes) = self.current.get(&slot)
            && let Some(token) = self.tokens.get_mut(bytes)
        {
            token.exporter.session_id = exporter.session_id;
            match token.status {
                Status::Accepted { user } => {
                    token.status = Status::Used;
                    return Export::Accepted { user };
                }
                Status::Pending if now < token.expires => {
                    return Export::Show {
                        token: bytes.clone(),
                        expires: token.expires,
                    };
                }
                _ => {}
            }
        }
        self.forget_expired(now);
        let bytes = random_token();
        let expires = now.saturating_add(self.lifetime_secs());
        self.tokens.insert(
            bytes.clone(),
            Token {
                exporter,
                expires,
                status: Status::Pending,
            },
        );
        self.current.insert(slot, bytes.clone());
        Export::Show {
            token: bytes,
            expires,
        }
    }

    /// Another device signed in as `user` accepts `token`: returns the session to push
    /// `updateLoginToken` to.
    pub(crate) fn accept(
        &mut self,
        token: &[u8],
        user: i64,
        now: i64,
    ) -> Result<Exporter, Refusal> {
        let entry = self.tokens.get_mut(token).ok_or(Refusal::Invalid)?;
        if entry.status != Status::Pending {
            return Err(Refusal::AlreadyAccepted);
        }
        if now >= entry.expires {
            return Err(Refusal::Expired);
        }
        entry.status = Status::Accepted { user };
        Ok(entry.exporter)
    }

    /// A token for `auth.importLoginToken` on DC `dc` that signs `user` in.
    pub(crate) fn migration(&mut self, dc: i32, user: i64, now: i64) -> Vec<u8> {
        let bytes = random_token();
        let expires = now.saturating_add(self.lifetime_secs());
        self.migrations.insert(
            bytes.clone(),
            Migration {
                dc,
                user,
                expires,
                used: false,
            },
        );
        bytes
    }

    /// `auth.importLoginToken` on DC `dc`: the user the token signs in (used up).
    pub(crate) fn import(&mut self, token: &[u8], dc: i32, now: i64) -> Result<i64, Refusal> {
        let entry = self.migrations.get_mut(token).ok_or(Refusal::Invalid)?;
        if entry.dc != dc {
            return Err(Refusal::Invalid);
        }
        if entry.used {
            return Err(Refusal::AlreadyAccepted);
        }
        if now >= entry.expires {
            return Err(Refusal::Expired);
        }
        entry.used = true;
        Ok(entry.user)
    }

    /// Drops tokens that expired a while ago (an accepted one whose key never came back
    /// included).
    fn forget_expired(&mut self, now: i64) {
        let grace = self.lifetime_secs().saturating_mul(4);
        let stale = |expires: i64| now.saturating_sub(expires) > grace;
        self.tokens.retain(|_, t| !stale(t.expires));
        let tokens = &self.tokens;
        self.current.retain(|_, bytes| tokens.contains_key(bytes));
        self.migrations.retain(|_, m| !stale(m.expires));
    }
}

/// The token of a `tg://login?token=…` URL or of its bare base64url text (padding
/// allowed), or `None` if it is neither.
pub(crate) fn parse(text: &str) -> Option<Vec<u8>> {
    use base64::Engine as _;
    let encoded = text.trim();
    let encoded = encoded.strip_prefix(URL_PREFIX).unwrap_or(encoded);
    let encoded = encoded.trim_end_matches('=');
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(encoded)
        .ok()
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const AT: Exporter = Exporter {
        dc: 2,
        key_id: 7,
        session_id: 9,
    };

    #[test]
    fn a_token_is_shown_until_it_expires_then_a_new_one() {
        let mut t = LoginTokens::default();
        t.set_lifetime(Duration::from_secs(30));
        let Export::Show { token, expires } = t.export(AT, 100) else {
            panic!("a token")
        };
        assert_eq!(expires, 130);
        assert_eq!(
            t.export(AT, 129),
            Export::Show {
                token: token.clone(),
                expires
            }
        );
        let Export::Show { token: next, .. } = t.export(AT, 130) else {
            panic!("a token")
        };
        assert_ne!(next, token);
        assert_eq!(t.accept(&token, 1001, 131), Err(Refusal::Expired));
        assert_eq!(t.accept(b"nonsense", 1001, 131), Err(Refusal::Invalid));
    }

    #[test]
    fn an_accepted_token_finishes_the_next_export_once() {
        let mut t = LoginTokens::default();
        let Export::Show { token, .. } = t.export(AT, 100) else {
            panic!("a token")
        };
        let moved = Exporter {
            session_id: 10,
            ..AT
        };
        t.export(moved, 101);
        assert_eq!(t.accept(&token, 1001, 102), Ok(moved));
        assert_eq!(t.accept(&token, 1002, 102), Err(Refusal::AlreadyAccepted));
        assert_eq!(t.export(AT, 103), Export::Accepted { user: 1001 });
        assert!(matches!(t.export(AT, 103), Export::Show { .. }));
    }

    #[test]
    fn migration_tokens_work_once_on_their_dc() {
        let mut t = LoginTokens::default();
        let token = t.migration(3, 1003, 100);
        assert_eq!(t.import(&token, 2, 101), Err(Refusal::Invalid));
        assert_eq!(t.import(&token, 3, 101), Ok(1003));
        assert_eq!(t.import(&token, 3, 101), Err(Refusal::AlreadyAccepted));
        let late = t.migration(3, 1003, 100);
        assert_eq!(t.import(&late, 3, 130), Err(Refusal::Expired));
    }

    #[test]
    fn urls_and_bare_tokens_parse() {
        assert_eq!(parse("tg://login?token=AQID"), Some(vec![1, 2, 3]));
        assert_eq!(parse(" AQID= "), Some(vec![1, 2, 3]));
        assert_eq!(parse("-_8"), Some(vec![0xfb, 0xff]));
        assert_eq!(parse("tg://login?token="), None);
        assert_eq!(parse("not base64!"), None);
    }
}
