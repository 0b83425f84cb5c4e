//! Session administration: [`SessionInfo`], what a backend reports about each session it
//! holds (for `mtrs session list` and `prune`).

use std::time::Duration;

use crate::{DcId, LockHolder, UnixTime, UserId};

/// One stored session as a backend lists it: who it is signed in as, where, when it was
/// last used, how big it is, and who uses it now. Never holds key material.
///
/// ```
/// use std::time::Duration;
/// use mtrs_session::{SessionInfo, UnixTime};
/// let mut info = SessionInfo::new("bot");
/// info.last_used = Some(UnixTime(1_000));
/// let day = Duration::from_secs(86_400);
/// assert!(info.is_unused_for(day, UnixTime(1_000 + 86_400)));
/// assert!(!info.is_unused_for(day, UnixTime(1_000 + 86_399)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SessionInfo {
    /// The session's name in its store.
    pub name: String,
    /// The signed-in user or bot, if any.
    pub user_id: Option<UserId>,
    /// Whether the signed-in account is a bot, if known.
    pub bot: Option<bool>,
    /// The signed-in account's username, if known.
    pub username: Option<String>,
    /// The home DC, when the session has a snapshot.
    pub home_dc: Option<DcId>,
    /// When a store last opened, renewed or wrote the session, if recorded.
    pub last_used: Option<UnixTime>,
    /// Bytes the session takes in its backend (approximate for a database).
    pub size: u64,
    /// Cached peers.
    pub peers: u64,
    /// Who holds the session's lock or lease now, if anyone.
    pub in_use: Option<LockHolder>,
}

impl SessionInfo {
    /// A session called `name` about which nothing else is known yet.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            user_id: None,
            bot: None,
            username: None,
            home_dc: None,
            last_used: None,
            size: 0,
            peers: 0,
            in_use: None,
        }
    }

    /// Whether pruning may remove it: nobody uses it now, and it was last used at least
    /// `age` before `now`. A session with no recorded last use is never unused.
    pub fn is_unused_for(&self, age: Duration, now: UnixTime) -> bool {
        let age = i64::try_from(age.as_secs()).unwrap_or(i64::MAX);
        self.in_use.is_none()
            && self
                .last_used
                .is_some_and(|t| now.0.saturating_sub(t.0) >= age)
    }
}
