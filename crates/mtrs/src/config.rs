//! [`Config`] and its parts: what a [`crate::Client`] is built from.

use std::fmt;
#[cfg(feature = "sqlite")]
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_net::LinkConfig;
use mtrs_session::SessionStore;
use mtrs_types::DcTable;

use crate::RekeyPolicy;

/// The `initConnection` fields Telegram shows in the list of active sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InitParams {
    /// Device model. Default `"mtrs"`.
    pub device_model: String,
    /// Operating system version. Default the target OS name.
    pub system_version: String,
    /// Application version. Default this crate's version.
    pub app_version: String,
    /// System language code. Default `"en"`.
    pub system_lang_code: String,
    /// Language pack. Default empty.
    pub lang_pack: String,
    /// Language code. Default `"en"`.
    pub lang_code: String,
}

impl Default for InitParams {
    fn default() -> Self {
        Self {
            device_model: "mtrs".to_owned(),
            system_version: std::env::consts::OS.to_owned(),
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            system_lang_code: "en".to_owned(),
            lang_pack: String::new(),
            lang_code: "en".to_owned(),
        }
    }
}

/// Where the session lives: one choice, so options cannot conflict.
///
/// The seed's options map onto it: `session_name` + `work_dir` are [`SessionSource::File`]
/// (the default: `work_dir` `"."`, `session_name` `"session"`), `in_memory: true` is
/// [`SessionSource::Memory`], `session_string` is [`SessionSource::String`]; a store of
/// your own is [`SessionSource::Store`].
///
/// ```
/// use mtrs::SessionSource;
/// let file = SessionSource::file("./data", "my_bot");
/// assert!(matches!(file, SessionSource::File { .. }));
/// assert_eq!(SessionSource::default(), SessionSource::file(".", "session"));
/// // `Debug` never shows a session string.
/// let s = SessionSource::String("mtrs:1:secret".into());
/// assert!(!format!("{s:?}").contains("secret"));
/// ```
#[derive(Clone)]
#[non_exhaustive]
pub enum SessionSource {
    /// SQLite at `<work_dir>/<session_name>.session` (mode 0600, locked for exclusive
    /// use; the directory is created 0700 if missing). Feature `sqlite`.
    #[cfg(feature = "sqlite")]
    File {
        /// Directory of the session file (the seed's `work_dir`, default `"."`).
        work_dir: PathBuf,
        /// The file stem (the seed's `session_name`, default `"session"`).
        session_name: String,
    },
    /// Memory only (the seed's `in_memory`): no file is created and everything is lost
    /// when the client is dropped.
    Memory,
    /// Resume from a session string (the seed's `session_string`: mtrs, Telethon,
    /// Pyrogram, GramJS or mtcute, detected automatically), kept in memory afterwards:
    /// export it again with [`crate::Client::export_session_string`]. Feature `convert`.
    #[cfg(feature = "convert")]
    String(String),
    /// A store of your own (PostgreSQL, a test double, …).
    Store(Arc<dyn SessionStore>),
}

impl SessionSource {
    /// The SQLite file `<work_dir>/<session_name>.session`.
    #[cfg(feature = "sqlite")]
    pub fn file(work_dir: impl Into<PathBuf>, session_name: impl Into<String>) -> Self {
        Self::File {
            work_dir: work_dir.into(),
            session_name: session_name.into(),
        }
    }
}

impl Default for SessionSource {
    /// `File { work_dir: ".", session_name: "session" }` (memory without feature
    /// `sqlite`).
    fn default() -> Self {
        #[cfg(feature = "sqlite")]
        return Self::file(".", "session");
        #[cfg(not(feature = "sqlite"))]
        Self::Memory
    }
}

impl PartialEq for SessionSource {
    /// Stores compare by identity.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            #[cfg(feature = "sqlite")]
            (
                Self::File {
                    work_dir: a,
                    session_name: b,
                },
                Self::File {
                    work_dir: c,
                    session_name: d,
                },
            ) => a == c && b == d,
            (Self::Memory, Self::Memory) => true,
            #[cfg(feature = "convert")]
            (Self::String(a), Self::String(b)) => a == b,
            (Self::Store(a), Self::Store(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl fmt::Debug for SessionSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(feature = "sqlite")]
            Self::File {
                work_dir,
                session_name,
            } => f
                .debug_struct("File")
                .field("work_dir", work_dir)
                .field("session_name", session_name)
                .finish(),
            Self::Memory => f.write_str("Memory"),
            #[cfg(feature = "convert")]
            Self::String(_) => f.write_str("String(<redacted>)"),
            Self::Store(_) => f.write_str("Store(..)"),
        }
    }
}

/// Everything a [`crate::Client`] is built from. Start from `Config::default()` and set
/// what you need:
///
/// ```
/// use mtrs::{Config, SessionSource};
/// let config = Config {
///     session: SessionSource::file("./data", "my_bot"),
///     save_peers: true,
///     ..Config::default()
/// };
/// assert!(config.save_peers);
/// // The seed's defaults: work_dir ".", session_name "session", not in memory, no session
/// // string, save_peers off.
/// let seed = Config::default();
/// assert_eq!(seed.session, SessionSource::file(".", "session"));
/// assert!(!seed.save_peers);
/// ```
///
/// Connection settings (transport, connect timeout, keepalive, reconnect backoff) are one
/// [`LinkConfig`] that flows down to every connection unchanged. `Debug` never shows the
/// bot token or a session string.
#[derive(Clone)]
pub struct Config {
    /// Where the session lives (the seed's `session_name`, `work_dir`, `in_memory`,
    /// `session_string`). Default: SQLite at `./session.session`.
    pub session: SessionSource,
    /// Cache the users and chats of every result in the store (the seed's `save_peers`).
    /// Default `false`.
    pub save_peers: bool,
    /// How long a cached username → peer mapping is trusted by
    /// [`Client::resolve_username`](crate::Client::resolve_username) before it asks the
    /// server again (usernames change hands; access hashes do not expire). Default 1 day.
    pub username_ttl: Duration,
    /// Sign in as this bot (`"<id>:<secret>"`) when the session is not signed in yet.
    pub bot_token: Option<String>,
    /// Use Telegram's test servers. Default `false`.
    pub test_mode: bool,
    /// `initConnection` fields.
    pub init: InitParams,
    /// Where the DCs are; `None` uses Telegram's (what the session recorded, then the
    /// `help.getConfig` options, then the built-in table). `mtrs_testdc::Cluster::dc_table()`
    /// points a client at a test cluster.
    pub dc_table: Option<DcTable>,
    /// The server RSA keys accepted during key exchanges; empty uses Telegram's key for
    /// the server set (`test_mode`).
    pub rsa_keys: Vec<RsaPublicKey>,
    /// Every connection's settings: transport (default padded intermediate), connect
    /// timeout (10 s), keepalive ping interval (60 s) and timeout (15 s), reconnect
    /// backoff, protocol knobs.
    pub connection: LinkConfig,
    /// Give up on a request after this long ([`crate::InvokeError::Timeout`]). Default 60 s.
    pub request_timeout: Duration,
    /// How many new auth keys a DC that rejects keys may get (default 3 per 10 minutes),
    /// after which calls fail with [`crate::InvokeError::RekeyLimit`].
    pub rekey: RekeyPolicy,
    /// Perfect forward secrecy: traffic runs on temporary keys bound to the permanent one
    /// ([`Pfs`](crate::Pfs)). Default off, as in most Telegram clients.
    pub pfs: Option<crate::Pfs>,
    /// A `FLOOD_WAIT` of at most this long is slept through and the request repeated;
    /// longer ones are returned. Default 60 s.
    pub flood_sleep_threshold: Duration,
    /// When [`Client::updates`](crate::Client::updates) starts, fetch what happened since
    /// the stored update state (`updates.getDifference`) before live updates. `false`
    /// starts from `updates.getState`, skipping what was missed. Default `true`.
    pub catch_up: bool,
    /// How many updates may wait for the application; beyond that live updates are
    /// dropped and fetched again later through a difference (never lost). Default 10 000.
    pub update_queue: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            session: SessionSource::default(),
            save_peers: false,
            username_ttl: Duration::from_secs(24 * 60 * 60),
            bot_token: None,
            test_mode: false,
            init: InitParams::default(),
            dc_table: None,
            rsa_keys: Vec::new(),
            connection: LinkConfig::default(),
            request_timeout: Duration::from_secs(60),
            rekey: RekeyPolicy::default(),
            pfs: None,
            flood_sleep_threshold: Duration::from_secs(60),
            catch_up: true,
            update_queue: 10_000,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redact = |set: bool| if set { "<redacted>" } else { "<none>" };
        f.debug_struct("Config")
            .field("session", &self.session)
            .field("save_peers", &self.save_peers)
            .field("username_ttl", &self.username_ttl)
            .field("bot_token", &redact(self.bot_token.is_some()))
            .field("test_mode", &self.test_mode)
            .field("init", &self.init)
            .field("dc_table", &self.dc_table)
            .field("rsa_keys", &self.rsa_keys.len())
            .field("connection", &self.connection)
            .field("request_timeout", &self.request_timeout)
            .field("rekey", &self.rekey)
            .field("pfs", &self.pfs)
            .field("flood_sleep_threshold", &self.flood_sleep_threshold)
            .field("catch_up", &self.catch_up)
            .field("update_queue", &self.update_queue)
            .finish()
    }
}

/// A configuration that cannot work, reported by [`crate::Client::new`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// `api_id` must be positive.
    #[error("api_id must be positive, got {api_id}")]
    ApiId {
        /// The value given.
        api_id: i32,
    },
    /// `api_hash` must be 32 hex digits.
    #[error("api_hash must be 32 hexadecimal digits (got {len} characters)")]
    ApiHash {
        /// Its length.
        len: usize,
    },
    /// The session name is empty or contains a path separator.
    #[error("session_name {name:?} must be non-empty and contain no path separator")]
    SessionName {
        /// The name.
        name: String,
    },
    /// The session string could not be read (the cause never quotes the string).
    #[cfg(feature = "convert")]
    #[error("session_string: {source}")]
    SessionString {
        /// Why.
        #[source]
        source: mtrs_session_convert::ConvertError,
    },
    /// The session string holds no auth key for its home DC, so there is nothing to
    /// resume.
    #[error("session_string has no auth key for its home DC: nothing to resume")]
    SessionStringWithoutKey,
    /// The session string is for the other server set (test vs production).
    #[error(
        "session_string is for test_mode={in_string}, but the config says test_mode={configured}"
    )]
    TestModeMismatch {
        /// What the string says.
        in_string: bool,
        /// What the config says.
        configured: bool,
    },
    /// A bot token must look like `<digits>:<secret>`.
    #[error("bot_token must look like <bot id>:<secret>")]
    BotToken,
    /// A duration that must be positive is zero.
    #[error("{field} must be greater than zero")]
    ZeroDuration {
        /// The field.
        field: &'static str,
    },
    /// The DC table override is unusable.
    #[error("dc_table: {problem}")]
    DcTable {
        /// What is wrong.
        problem: &'static str,
    },
}

impl Config {
    /// Checks the options; returns the session parsed from a [`SessionSource::String`].
    pub(crate) fn validate(
        &self,
        api_id: i32,
        api_hash: &str,
    ) -> Result<Option<mtrs_session::SessionData>, ConfigError> {
        if api_id <= 0 {
            return Err(ConfigError::ApiId { api_id });
        }
        if api_hash.len() != 32 || !api_hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ConfigError::ApiHash {
                len: api_hash.len(),
            });
        }
        #[cfg(feature = "sqlite")]
        if let SessionSource::File { session_name, .. } = &self.session
            && (session_name.is_empty() || session_name.contains(['/', '\\', '\0']))
        {
            return Err(ConfigError::SessionName {
                name: session_name.clone(),
            });
        }
        if let Some(token) = &self.bot_token {
            let ok = token.split_once(':').is_some_and(|(id, secret)| {
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && !secret.is_empty()
            });
            if !ok {
                return Err(ConfigError::BotToken);
            }
        }
        for (field, d) in [
            ("request_timeout", self.request_timeout),
            ("connection.ping_interval", self.connection.ping_interval),
            ("connection.ping_timeout", self.connection.ping_timeout),
            (
                "connection.connect_timeout",
                self.connection.connect_timeout,
            ),
        ] {
            if d.is_zero() {
                return Err(ConfigError::ZeroDuration { field });
            }
        }
        if let Some(table) = &self.dc_table
            && table.find(table.default_dc.regular()).is_none()
        {
            return Err(ConfigError::DcTable {
                problem: "the default DC has no regular endpoint",
            });
        }
        match &self.session {
            #[cfg(feature = "convert")]
            SessionSource::String(string) => self.parse_string(string).map(Some),
            _ => Ok(None),
        }
    }

    #[cfg(feature = "convert")]
    fn parse_string(&self, string: &str) -> Result<mtrs_session::SessionData, ConfigError> {
        let found = mtrs_session_convert::detect(string)
            .map_err(|source| ConfigError::SessionString { source })?;
        let session = found.session;
        if session.home_auth_key().is_none() {
            return Err(ConfigError::SessionStringWithoutKey);
        }
        if session.test_mode != self.test_mode {
            return Err(ConfigError::TestModeMismatch {
                in_string: session.test_mode,
                configured: self.test_mode,
            });
        }
        Ok(session)
    }
}

#[cfg(all(test, feature = "sqlite", feature = "convert"))]
mod tests;
