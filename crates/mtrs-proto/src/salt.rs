//! Server salts: the current one and the future ones announced by `future_salts`.
//!
//! A salt belongs to the auth key and changes about every 30 minutes; the previous one
//! stays valid for another 1800 s. Times here are the *server's* unix seconds (local time
//! plus the offset kept by [`crate::msg_id::MsgIdGen`]).
//!
//! See <https://core.telegram.org/mtproto/service_messages#request-for-several-future-salts>.

pub use mtrs_types::Salt;

/// A salt together with the server-time interval in which it is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FutureSalt {
    /// First valid second (server unix time).
    pub valid_since: i64,
    /// Last valid second (server unix time).
    pub valid_until: i64,
    /// The salt.
    pub salt: Salt,
}

/// Refresh the future salts when fewer than this many remain usable.
const MIN_FUTURE: usize = 2;

/// The most future salts kept (the server sends at most 64).
const MAX_FUTURE: usize = 64;

/// The salt in use plus the announced future salts, kept sorted by `valid_since`.
///
/// ```
/// use mtrs_proto::salt::{FutureSalt, Salt, Salts};
/// let mut salts = Salts::new(Salt(1));
/// salts.add_future(&[
///     FutureSalt { valid_since: 100, valid_until: 1900, salt: Salt(2) },
///     FutureSalt { valid_since: 1900, valid_until: 3700, salt: Salt(3) },
/// ]);
/// assert_eq!(salts.advance(50), Salt(1));
/// assert_eq!(salts.advance(150), Salt(2));
/// assert_eq!(salts.advance(2000), Salt(3));
/// assert!(salts.needs_refresh(2000));
/// ```
#[derive(Clone, Debug)]
pub struct Salts {
    current: Salt,
    future: Vec<FutureSalt>,
}

impl Salts {
    /// Starts with `current` and no future salts.
    pub fn new(current: Salt) -> Self {
        Self {
            current,
            future: Vec::with_capacity(MAX_FUTURE),
        }
    }

    /// The salt to put in outgoing messages.
    pub fn current(&self) -> Salt {
        self.current
    }

    /// Adopts a salt the server named (bad_server_salt, new_session_created).
    pub fn set_current(&mut self, salt: Salt) {
        self.current = salt;
    }

    /// The known future salts, oldest first.
    pub fn future(&self) -> &[FutureSalt] {
        &self.future
    }

    /// Merges announced salts (duplicates by salt value are replaced).
    pub fn add_future(&mut self, salts: &[FutureSalt]) {
        for s in salts {
            self.future.retain(|f| f.salt != s.salt);
            let pos = self
                .future
                .partition_point(|f| f.valid_since <= s.valid_since);
            self.future.insert(pos, *s);
        }
        if self.future.len() > MAX_FUTURE {
            let extra = self.future.len() - MAX_FUTURE;
            self.future.drain(..extra);
        }
    }

    /// Drops expired future salts and switches to the newest one already valid at
    /// `server_now`. Returns the salt in use.
    pub fn advance(&mut self, server_now: i64) -> Salt {
        self.future.retain(|f| f.valid_until > server_now);
        let valid = self.future.partition_point(|f| f.valid_since <= server_now);
        if valid > 0 {
            // valid ≥ 1 and ≤ len: index valid - 1 exists.
            self.current = self.future[valid - 1].salt;
            self.future.drain(..valid);
        }
        self.current
    }

    /// Whether fewer than two future salts remain: time to send `get_future_salts`.
    pub fn needs_refresh(&self, server_now: i64) -> bool {
        self.future
            .iter()
            .filter(|f| f.valid_until > server_now)
            .count()
            < MIN_FUTURE
    }
}

#[cfg(test)]
mod tests;
