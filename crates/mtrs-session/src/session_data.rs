//! The snapshot of a session: [`SessionData`].

use std::collections::BTreeMap;

use mtrs_crypto::AuthKey;

use crate::{DcId, DcOption, DcState, UpdateState};

/// A Telegram user id (bots included). Ids exceed 2³², so it is 64-bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(pub i64);

/// The account the session is signed in as.
///
/// ```
/// use mtrs_session::{Identity, UserId};
/// let me = Identity::new(UserId(6_100_200_300)).with_bot(false);
/// assert_eq!(me.bot, Some(false));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    /// The signed-in user's id.
    pub user_id: UserId,
    /// Whether the account is a bot; `None` when the source did not record it (Telethon).
    pub bot: Option<bool>,
    /// First name, if known.
    pub first_name: Option<String>,
    /// Last name, if known.
    pub last_name: Option<String>,
    /// Primary username (without `@`), if known.
    pub username: Option<String>,
}

impl Identity {
    /// An identity with only the user id known.
    pub fn new(user_id: UserId) -> Self {
        Self {
            user_id,
            bot: None,
            first_name: None,
            last_name: None,
            username: None,
        }
    }

    /// Sets the bot flag.
    pub fn with_bot(mut self, bot: bool) -> Self {
        self.bot = Some(bot);
        self
    }
}

/// The persisted state of one login: a plain, cloneable snapshot.
///
/// It holds no peers: those live in a store's peer cache (see `SessionStore`). `Debug`
/// never shows key bytes (keys print as their id).
///
/// ```
/// use mtrs_session::{AuthKey, DcId, DcState, Identity, SessionData, UserId};
/// let mut s = SessionData::new(DcId(2));
/// s.dcs.insert(
///     DcId(2),
///     DcState::new().with_address("149.154.167.51", 443).with_auth_key(AuthKey::from_bytes([9; 256])),
/// );
/// s.identity = Some(Identity::new(UserId(42)).with_bot(true));
/// assert!(s.home_auth_key().is_some());
/// assert!(!format!("{s:?}").contains("9, 9, 9"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionData {
    /// The DC the account lives on (where requests go by default).
    pub home_dc: DcId,
    /// What is known about each DC, the home DC included.
    pub dcs: BTreeMap<DcId, DcState>,
    /// The signed-in account; `None` before sign-in.
    pub identity: Option<Identity>,
    /// The session belongs to Telegram's test servers.
    pub test_mode: bool,
    /// The application id the session was created with, when recorded.
    pub api_id: Option<i32>,
    /// An open takeout session id (`account.initTakeoutSession`), if any.
    pub takeout_id: Option<i64>,
    /// DC addresses from the last `help.getConfig`; empty until fetched.
    pub dc_options: Vec<DcOption>,
    /// Where update handling stopped.
    pub update_state: UpdateState,
}

impl SessionData {
    /// An empty session whose home is `home_dc`: no DC entries, not signed in,
    /// production servers.
    pub fn new(home_dc: DcId) -> Self {
        Self {
            home_dc,
            dcs: BTreeMap::new(),
            identity: None,
            test_mode: false,
            api_id: None,
            takeout_id: None,
            dc_options: Vec::new(),
            update_state: UpdateState::default(),
        }
    }

    /// The entry of the home DC, if any.
    pub fn home(&self) -> Option<&DcState> {
        self.dcs.get(&self.home_dc)
    }

    /// The permanent auth key of the home DC, if one exists.
    pub fn home_auth_key(&self) -> Option<&AuthKey> {
        self.home().and_then(|dc| dc.auth_key.as_ref())
    }

    /// The entry of `dc_id`, created empty when missing.
    pub fn dc_mut(&mut self, dc_id: DcId) -> &mut DcState {
        self.dcs.entry(dc_id).or_default()
    }
}
