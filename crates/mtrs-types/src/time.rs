//! Wall-clock instants as stored in a session.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A point in wall-clock time, in whole seconds since the Unix epoch (UTC).
///
/// Telegram and every session format count time this way. The crate never reads the
/// clock itself; callers convert from [`SystemTime`] with [`UnixTime::from_system_time`].
///
/// ```
/// use mtrs_types::UnixTime;
/// let t = UnixTime(1_700_000_000);
/// assert_eq!(UnixTime::from_system_time(t.to_system_time()), t);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnixTime(pub i64);

impl UnixTime {
    /// Converts a [`SystemTime`], truncating sub-second precision (times before the epoch
    /// become negative).
    pub fn from_system_time(t: SystemTime) -> Self {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => Self(i64::try_from(d.as_secs()).unwrap_or(i64::MAX)),
            Err(e) => Self(i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s)),
        }
    }

    /// Converts to a [`SystemTime`] (saturating at what the platform can represent).
    pub fn to_system_time(self) -> SystemTime {
        let secs = Duration::from_secs(self.0.unsigned_abs());
        let t = if self.0 >= 0 {
            UNIX_EPOCH.checked_add(secs)
        } else {
            UNIX_EPOCH.checked_sub(secs)
        };
        t.unwrap_or(UNIX_EPOCH)
    }
}

/// The server's clock minus ours, in whole seconds (may be negative). Message ids are built
/// from local time plus this offset; sessions persist it per DC.
///
/// ```
/// use mtrs_types::TimeOffset;
/// let offset = TimeOffset::from_secs(-45);
/// assert_eq!(offset.as_secs(), -45);
/// // Offsets beyond what a session stores saturate instead of wrapping.
/// assert_eq!(TimeOffset::from_secs(i64::MAX), TimeOffset(i32::MAX));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOffset(pub i32);

impl TimeOffset {
    /// An offset of `secs` seconds, saturating at the `i32` range sessions store.
    pub fn from_secs(secs: i64) -> Self {
        Self(i32::try_from(secs).unwrap_or(if secs < 0 { i32::MIN } else { i32::MAX }))
    }

    /// The offset in seconds.
    pub const fn as_secs(self) -> i64 {
        self.0 as i64
    }
}
