//! What the cluster's listeners and connections share: the cluster-wide state
//! ([`Shared`]) and where one connection came in ([`ConnCtx`]).
//!
//! A leaf of the module graph: the cluster builds it, connections, the key exchange and
//! the RPC handlers read and change it, and it imports none of them.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::Mutex;

use mtrs_crypto::dh::DhGroup;
use mtrs_crypto::rsa::RsaPrivateKey;

use crate::dc::DcShared;
use crate::endpoint::DcEndpoint;
use crate::events::EventLog;
use crate::fixture::{Account, File, Fixture};
use crate::logins::Logins;
use crate::push_faults::PushFaults;
use crate::updates_log::UpdatesLog;

/// What every connection of the cluster shares.
pub(crate) struct Shared {
    pub(crate) fixture: Fixture,
    pub(crate) rsa: RsaPrivateKey,
    pub(crate) dh_group: DhGroup,
    pub(crate) dcs: Vec<Arc<DcShared>>,
    pub(crate) endpoints: Mutex<Vec<DcEndpoint>>,
    pub(crate) events: EventLog,
    /// Exported authorizations: (user, bytes) → the DC they are valid on.
    pub(crate) exports: Mutex<HashMap<(i64, Vec<u8>), i32>>,
    /// Whether clients must name DCs with test ids (+10000) in the key exchange.
    pub(crate) test_mode: bool,
    /// Timeouts and the connection cap of every listener.
    pub(crate) limits: Limits,
    /// Login codes, 2FA checks and signed-up accounts.
    pub(crate) logins: Logins,
    /// Documents materialised from uploads by `messages.sendMedia`, by id (served by
    /// `upload.getFile` like the fixture's files).
    pub(crate) documents: Mutex<HashMap<i64, Arc<File>>>,
    /// Every account's and channel's messages and update log.
    pub(crate) updates: Mutex<UpdatesLog>,
    /// Faults of the update pushes.
    pub(crate) push_faults: Mutex<PushFaults>,
    /// Held while an injected event is logged and pushed, so pushes go out in log order.
    pub(crate) delivery: Mutex<()>,
    /// How much `updates.getDifference` and `updates.getChannelDifference` give at once.
    pub(crate) update_limits: UpdateLimits,
    next_conn: AtomicU64,
}

impl Shared {
    /// The state of a cluster whose listeners are not bound yet.
    pub(crate) fn new(
        fixture: Fixture,
        rsa: RsaPrivateKey,
        dh_group: DhGroup,
        dcs: Vec<Arc<DcShared>>,
        test_mode: bool,
        limits: Limits,
        update_limits: UpdateLimits,
    ) -> Self {
        Self {
            fixture,
            rsa,
            dh_group,
            dcs,
            endpoints: Mutex::new(Vec::new()),
            events: EventLog::default(),
            exports: Mutex::new(HashMap::new()),
            test_mode,
            limits,
            logins: Logins::default(),
            documents: Mutex::new(HashMap::new()),
            updates: Mutex::new(UpdatesLog::default()),
            push_faults: Mutex::new(PushFaults::default()),
            delivery: Mutex::new(()),
            update_limits,
            next_conn: AtomicU64::new(0),
        }
    }

    pub(crate) fn dc(&self, id: i32) -> Option<&Arc<DcShared>> {
        let index = usize::try_from(id.checked_sub(1)?).ok()?;
        self.dcs.get(index)
    }

    /// The account with this id: from the fixture or created by `auth.signUp`.
    pub(crate) fn account(&self, id: i64) -> Option<Account> {
        self.fixture
            .account_by_id(id)
            .cloned()
            .or_else(|| self.logins.signed_up(id))
    }

    /// The account with this phone number (digits only), as [`Shared::account`].
    pub(crate) fn account_by_phone(&self, phone: &str) -> Option<Account> {
        self.fixture
            .account_by_phone(phone)
            .cloned()
            .or_else(|| self.logins.signed_up_by_phone(phone))
    }

    /// Main listeners first (by DC id), then the media-only ones.
    pub(crate) fn dc_options(&self) -> Vec<DcEndpoint> {
        let mut all = self.endpoints.lock().clone();
        all.sort_by_key(|e| (e.media_only, e.id.number()));
        all
    }

    /// Every account: the fixture's, then the signed-up ones (every one is a member of
    /// every channel).
    pub(crate) fn all_accounts(&self) -> Vec<Account> {
        let mut all = self.fixture.accounts.clone();
        all.extend(self.logins.signed_up.lock().iter().cloned());
        all
    }

    pub(crate) fn next_conn_id(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::Relaxed) + 1
    }
}

/// Where a connection came in.
#[derive(Clone)]
pub(crate) struct ConnCtx {
    pub(crate) shared: Arc<Shared>,
    pub(crate) dc: Arc<DcShared>,
    pub(crate) media: bool,
}

/// What a listener allows its peers (set on `ClusterBuilder`): how long a connection may
/// take to send its first encrypted packet, stay silent, or leave a frame incomplete, and
/// how many connections a listener serves at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Limits {
    pub(crate) handshake_timeout: Duration,
    pub(crate) idle_timeout: Duration,
    pub(crate) frame_timeout: Duration,
    pub(crate) max_connections: usize,
    /// The MTProxy secret every connection must be obfuscated with (then unobfuscated
    /// connections are refused), as a proxy in front of the DC would require.
    pub(crate) proxy_secret: Option<[u8; 16]>,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            handshake_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(300),
            frame_timeout: Duration::from_secs(30),
            max_connections: 1024,
            proxy_secret: None,
        }
    }
}

/// How much the difference methods give at once (set on `ClusterBuilder`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct UpdateLimits {
    /// Events per `updates.getDifference` answer (then `differenceSlice`).
    pub(crate) difference_limit: usize,
    /// How far behind a client's pts may be before `differenceTooLong` /
    /// `channelDifferenceTooLong`.
    pub(crate) too_long_after: i32,
}

impl Default for UpdateLimits {
    fn default() -> Self {
        Self {
            difference_limit: 1000,
            too_long_after: 100_000,
        }
    }
}
