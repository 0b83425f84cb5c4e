//! [`Config`] and its parts: what a [`crate::Client`] is built from.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_net::Backoff;
use mtrs_proto::transport::TransportKind;
use mtrs_session::SessionStore;

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

/// One endpoint of a DC in a [`DcTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DcAddress {
    /// The DC number (1–5 in production).
    pub id: i32,
    /// Where to connect.
    pub addr: SocketAddr,
    /// A media-only endpoint (used by `dc_session(id, true)`).
    pub media_only: bool,
}

/// Where the DCs are and which RSA keys they sign with: an override of Telegram's built-in
/// table (how tests and users point the client at `mtrs-testdc`).
///
/// ```
/// use mtrs::{DcAddress, DcTable};
/// let table = DcTable {
///     dcs: vec![DcAddress { id: 2, addr: "127.0.0.1:4430".parse().unwrap(), media_only: false }],
///     rsa_keys: vec![mtrs_crypto::rsa::telegram_test_key()],
///     default_dc: 2,
/// };
/// assert!(table.find(2, false).is_some());
/// ```
#[derive(Clone, Debug)]
pub struct DcTable {
    /// The endpoints.
    pub dcs: Vec<DcAddress>,
    /// The server RSA keys accepted during key exchanges.
    pub rsa_keys: Vec<RsaPublicKey>,
    /// The DC a brand-new session starts on.
    pub default_dc: i32,
}

impl DcTable {
    /// The endpoint for DC `id`: with `media`, a media-only one if there is one, else the
    /// regular one.
    pub fn find(&self, id: i32, media: bool) -> Option<SocketAddr> {
        let pick = |m: bool| {
            self.dcs
                .iter()
                .find(|d| d.id == id && d.media_only == m)
                .map(|d| d.addr)
        };
        if media {
            pick(true).or_else(|| pick(false))
        } else {
            pick(false)
        }
    }
}

/// Everything a [`crate::Client`] is built from. Start from `Config::default()` and set
/// what you need:
///
/// ```
/// use mtrs::Config;
/// let config = Config {
///     session_name: "my_bot".into(),
///     work_dir: "./data".into(),
///     ..Config::default()
/// };
/// assert!(!config.in_memory && !config.save_peers && config.session_string.is_empty());
/// ```
///
/// `Debug` never shows the bot token or the session string.
#[derive(Clone)]
pub struct Config {
    /// The session's file stem: the SQLite store is `<work_dir>/<session_name>.session`.
    /// Default `"session"`.
    pub session_name: String,
    /// Directory of the session file (created 0700 if missing). Default `"."`.
    pub work_dir: PathBuf,
    /// Keep the session in memory only: no file is created and everything is lost when
    /// the client is dropped. Default `false`.
    pub in_memory: bool,
    /// Resume from a session string (mtrs, Telethon, Pyrogram, GramJS or mtcute, detected
    /// automatically) instead of the stored session; it then replaces what the store
    /// held. Default empty.
    pub session_string: String,
    /// Cache the users and chats of every result in the store. Default `false`.
    pub save_peers: bool,
    /// Sign in as this bot (`"<id>:<secret>"`) when the session is not signed in yet.
    pub bot_token: Option<String>,
    /// Use Telegram's test servers. Default `false`.
    pub test_mode: bool,
    /// `initConnection` fields.
    pub init: InitParams,
    /// The MTProto framing. Default padded intermediate.
    pub transport: TransportKind,
    /// Override of the DC table and RSA keys; `None` uses Telegram's.
    pub dc_table: Option<DcTable>,
    /// A custom store, instead of SQLite or memory (conflicts with `in_memory`).
    pub store: Option<Arc<dyn SessionStore>>,
    /// Give up on a request after this long ([`crate::InvokeError::Timeout`]). Default 60 s.
    pub request_timeout: Duration,
    /// A `FLOOD_WAIT` of at most this long is slept through and the request repeated;
    /// longer ones are returned. Default 60 s.
    pub flood_sleep_threshold: Duration,
    /// Keepalive ping interval. Default 60 s.
    pub ping_interval: Duration,
    /// A ping unanswered this long marks the connection dead. Default 15 s.
    pub ping_timeout: Duration,
    /// Reconnect delays.
    pub backoff: Backoff,
    /// TCP connect timeout. Default 10 s.
    pub connect_timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            session_name: "session".to_owned(),
            work_dir: PathBuf::from("."),
            in_memory: false,
            session_string: String::new(),
            save_peers: false,
            bot_token: None,
            test_mode: false,
            init: InitParams::default(),
            transport: TransportKind::PaddedIntermediate,
            dc_table: None,
            store: None,
            request_timeout: Duration::from_secs(60),
            flood_sleep_threshold: Duration::from_secs(60),
            ping_interval: Duration::from_secs(60),
            ping_timeout: Duration::from_secs(15),
            backoff: Backoff::default(),
            connect_timeout: Duration::from_secs(10),
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let redact = |set: bool| if set { "<redacted>" } else { "<none>" };
        f.debug_struct("Config")
            .field("session_name", &self.session_name)
            .field("work_dir", &self.work_dir)
            .field("in_memory", &self.in_memory)
            .field("session_string", &redact(!self.session_string.is_empty()))
            .field("save_peers", &self.save_peers)
            .field("bot_token", &redact(self.bot_token.is_some()))
            .field("test_mode", &self.test_mode)
            .field("init", &self.init)
            .field("transport", &self.transport)
            .field("dc_table", &self.dc_table)
            .field("custom_store", &self.store.is_some())
            .field("request_timeout", &self.request_timeout)
            .field("flood_sleep_threshold", &self.flood_sleep_threshold)
            .finish_non_exhaustive()
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
    /// Two options that exclude each other.
    #[error("{first} conflicts with {second}")]
    Conflict {
        /// One option.
        first: &'static str,
        /// The other.
        second: &'static str,
    },
    /// The session string could not be read (the cause never quotes the string).
    #[error("session_string: {source}")]
    SessionString {
        /// Why.
        #[source]
        source: mtrs_session_convert::ConvertError,
    },
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
    /// Checks the options against each other; returns the session parsed from
    /// `session_string`, if one was given.
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
        let name = &self.session_name;
        if name.is_empty() || name.contains(['/', '\\', '\0']) {
            return Err(ConfigError::SessionName { name: name.clone() });
        }
        if self.in_memory && self.store.is_some() {
            return Err(ConfigError::Conflict {
                first: "in_memory",
                second: "store",
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
            ("ping_interval", self.ping_interval),
            ("ping_timeout", self.ping_timeout),
            ("connect_timeout", self.connect_timeout),
        ] {
            if d.is_zero() {
                return Err(ConfigError::ZeroDuration { field });
            }
        }
        if let Some(table) = &self.dc_table {
            if table.rsa_keys.is_empty() {
                return Err(ConfigError::DcTable {
                    problem: "no RSA keys",
                });
            }
            if table.find(table.default_dc, false).is_none() {
                return Err(ConfigError::DcTable {
                    problem: "the default DC has no regular endpoint",
                });
            }
        }
        if self.session_string.trim().is_empty() {
            return Ok(None);
        }
        let found = mtrs_session_convert::detect(&self.session_string)
            .map_err(|source| ConfigError::SessionString { source })?;
        let session = found.session;
        if session.home_auth_key().is_none() {
            return Err(ConfigError::Conflict {
                first: "session_string (no auth key)",
                second: "resuming a session",
            });
        }
        if session.test_mode != self.test_mode {
            return Err(ConfigError::TestModeMismatch {
                in_string: session.test_mode,
                configured: self.test_mode,
            });
        }
        Ok(Some(session))
    }
}

#[cfg(test)]
mod tests;
