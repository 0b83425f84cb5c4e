//! [`Pfs`]: perfect forward secrecy with temporary auth keys
//! (<https://core.telegram.org/api/pfs>).
//!
//! With `Config::pfs` set, every connection runs on a temporary key of its DC, made by a
//! key exchange with `p_q_inner_data_temp_dc` and bound to the permanent key with
//! `auth.bindTempAuthKey` before anything else is sent. The permanent key then only seals
//! the binding message: it never encrypts traffic, so traffic recorded today cannot be
//! read with it later. Temporary keys are persisted with their expiry; a connection opened
//! while one is still valid (for longer than [`Pfs::renew_before`]) uses it again, else a
//! new one is made. A running client replaces each temporary key `renew_before` its expiry
//! with a new, bound one; requests in flight finish on the old connection.

use std::time::Duration;

use mtrs_types::UnixTime;

/// Temporary-key settings (`Config::pfs`).
///
/// ```
/// use std::time::Duration;
/// let pfs = mtrs::Pfs::default();
/// assert_eq!(pfs.key_lifetime, Duration::from_secs(24 * 3600));
/// let config = mtrs::Config { pfs: Some(pfs), ..mtrs::Config::default() };
/// # let _ = config;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pfs {
    /// How long a temporary key lives on the server (`expires_in`). Default 24 hours.
    pub key_lifetime: Duration,
    /// How long before its expiry a temporary key is replaced. Default 5 minutes.
    pub renew_before: Duration,
}

impl Default for Pfs {
    fn default() -> Self {
        Self {
            key_lifetime: Duration::from_secs(24 * 3600),
            renew_before: Duration::from_secs(300),
        }
    }
}

impl Pfs {
    /// Whether a temporary key expiring at `expires_at` can still be used at `server_now`
    /// (it has more than `renew_before` left).
    pub(crate) fn still_good(&self, expires_at: UnixTime, server_now: UnixTime) -> bool {
        let margin = i64::try_from(self.renew_before.as_secs()).unwrap_or(i64::MAX);
        expires_at.0.saturating_sub(margin) > server_now.0
    }

    /// The key lifetime, at least a second more than `renew_before` (a key that would
    /// need replacing at once is never asked for).
    pub(crate) fn lifetime(&self) -> Duration {
        self.key_lifetime
            .max(self.renew_before + Duration::from_secs(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_good_until_renew_before_its_expiry() {
        let pfs = Pfs {
            key_lifetime: Duration::from_secs(3600),
            renew_before: Duration::from_secs(300),
        };
        let expires = UnixTime(10_000);
        assert!(pfs.still_good(expires, UnixTime(9_699)));
        assert!(!pfs.still_good(expires, UnixTime(9_700)));
        assert!(!pfs.still_good(expires, UnixTime(20_000)));
        let short = Pfs {
            key_lifetime: Duration::from_secs(10),
            ..pfs
        };
        assert_eq!(short.lifetime(), Duration::from_secs(301));
    }
}
