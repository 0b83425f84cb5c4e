//! The state one DC shares between its listeners and connections: auth keys (with the
//! user each is logged in as), server sessions, uploaded file parts, faults and counters.

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mtrs_crypto::AuthKey;
use mtrs_proto::Salt;
use mtrs_proto::salt::FutureSalt;
use parking_lot::Mutex;

use crate::counters::Counters;
use crate::faults::{FaultConfig, FaultState};
use crate::session::SessionRegistry;
use crate::upload_parts::{self, UploadParts};

/// How long each announced salt is valid.
const SALT_PERIOD: Duration = Duration::from_secs(3600);

/// An auth key the DC knows.
pub(crate) struct KeyEntry {
    pub(crate) key: AuthKey,
    /// The salts valid for this key (the first is current).
    pub(crate) salts: Vec<FutureSalt>,
    /// Temporary keys expire.
    pub(crate) expires_at: Option<SystemTime>,
    /// The user this key is logged in as.
    pub(crate) user: Option<i64>,
    /// Temporary keys: the permanent key they are bound to (`auth.bindTempAuthKey`),
    /// which then holds the authorization.
    pub(crate) bound_to: Option<u64>,
    /// The API layer the client announced with `invokeWithLayer` (answers are written in
    /// it when the test DC ships its schema).
    pub(crate) layer: Option<i32>,
}

impl KeyEntry {
    pub(crate) fn new(
        key: AuthKey,
        first_salt: Salt,
        now: SystemTime,
        expires_at: Option<SystemTime>,
    ) -> Self {
        let mut entry = Self {
            key,
            salts: Vec::new(),
            expires_at,
            user: None,
            bound_to: None,
            layer: None,
        };
        entry.reset_salts(first_salt, now);
        entry
    }

    /// Makes `current` the only valid salt from `now` on, followed by three random ones.
    pub(crate) fn reset_salts(&mut self, current: Salt, now: SystemTime) {
        let start = unix(now) - 60;
        let period = SALT_PERIOD.as_secs() as i64;
        let mut salts = vec![FutureSalt {
            valid_since: start,
            valid_until: start + period,
            salt: current,
        }];
        for i in 1..4 {
            let mut bytes = [0u8; 8];
            rand::fill(&mut bytes[..]);
            salts.push(FutureSalt {
                valid_since: start + i * period - 300,
                valid_until: start + (i + 1) * period,
                salt: Salt(i64::from_le_bytes(bytes)),
            });
        }
        self.salts = salts;
    }

    pub(crate) fn current_salt(&self) -> Salt {
        self.salts.first().map(|s| s.salt).unwrap_or(Salt(0))
    }

    pub(crate) fn expired(&self, now: SystemTime) -> bool {
        self.expires_at.is_some_and(|t| t <= now)
    }
}

/// Seconds since the Unix epoch.
pub(crate) fn unix(now: SystemTime) -> i64 {
    now.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// One DC's shared state.
pub(crate) struct DcShared {
    pub(crate) id: i32,
    pub(crate) keys: Mutex<HashMap<u64, KeyEntry>>,
    pub(crate) counters: Mutex<Counters>,
    pub(crate) faults: Mutex<FaultState>,
    /// MTProto sessions by (auth_key_id, session_id), kept across TCP connections.
    pub(crate) sessions: Mutex<SessionRegistry>,
    /// Parts of `upload.saveFilePart`/`upload.saveBigFilePart` by (auth_key_id, file_id).
    pub(crate) uploads: Mutex<UploadParts>,
}

impl DcShared {
    pub(crate) fn new(id: i32, faults: FaultConfig, session_lifetime: Duration) -> Self {
        Self {
            id,
            keys: Mutex::new(HashMap::new()),
            counters: Mutex::new(Counters::default()),
            faults: Mutex::new(FaultState::new(faults)),
            sessions: Mutex::new(SessionRegistry::new(session_lifetime)),
            uploads: Mutex::new(UploadParts::new(upload_parts::DEFAULT_BUDGET)),
        }
    }

    /// Forgets every auth key and the sessions on them; returns how many keys there were.
    pub(crate) fn forget_keys(&self) -> usize {
        let count = {
            let mut keys = self.keys.lock();
            let count = keys.len();
            keys.clear();
            count
        };
        self.sessions.lock().clear();
        *self.uploads.lock() = UploadParts::new(upload_parts::DEFAULT_BUDGET);
        count
    }

    /// Forgets one auth key and its sessions; returns whether it existed.
    pub(crate) fn forget_key(&self, key_id: u64) -> bool {
        let existed = self.keys.lock().remove(&key_id).is_some();
        self.sessions.lock().forget_key(key_id);
        self.uploads.lock().forget_key(key_id);
        existed
    }

    /// Runs `f` on the counters.
    pub(crate) fn count(&self, f: impl FnOnce(&mut Counters)) {
        f(&mut self.counters.lock());
    }

    /// The key holding `key_id`'s authorization: its permanent key if it is a bound
    /// temporary key, else itself.
    fn authorization_key(keys: &HashMap<u64, KeyEntry>, key_id: u64) -> u64 {
        keys.get(&key_id).and_then(|k| k.bound_to).unwrap_or(key_id)
    }

    /// The user `key_id` is logged in as.
    pub(crate) fn user_of(&self, key_id: u64) -> Option<i64> {
        let keys = self.keys.lock();
        let holder = Self::authorization_key(&keys, key_id);
        keys.get(&holder).and_then(|k| k.user)
    }

    /// Logs `key_id` in as `user` (or out with `None`). Returns whether the key exists.
    pub(crate) fn set_user(&self, key_id: u64, user: Option<i64>) -> bool {
        let mut keys = self.keys.lock();
        let holder = Self::authorization_key(&keys, key_id);
        match keys.get_mut(&holder) {
            Some(k) => {
                k.user = user;
                true
            }
            None => false,
        }
    }
}
