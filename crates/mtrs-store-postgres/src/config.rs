//! Where a session lives in PostgreSQL, and how long its lease lasts: [`PostgresConfig`].

use std::path::PathBuf;
use std::time::Duration;

use crate::ConfigError;

/// The namespace used when none is given: the PostgreSQL schema `mtrs`.
pub const DEFAULT_NAMESPACE: &str = "mtrs";

/// One session in a PostgreSQL database: the server (`url`), a namespace (a PostgreSQL
/// schema holding the tables, so unrelated fleets share a database without sharing
/// sessions), the session's name within it, and its lease timing.
///
/// The URL is libpq's `postgres://user:password@host:port/dbname?…` form (or its
/// `key=value` form). Its password never appears in errors, logs or `Debug` output.
///
/// ```
/// use std::time::Duration;
/// use mtrs_store_postgres::PostgresConfig;
/// let cfg = PostgresConfig::new("postgres://bot:secret@db.internal/fleet", "bot-17")
///     .with_namespace("prod")
///     .with_lease(Duration::from_secs(30), Duration::from_secs(10));
/// assert_eq!(cfg.namespace, "prod");
/// assert!(!format!("{cfg:?}").contains("secret"));
/// assert_eq!(cfg.location().to_str(), Some("postgres://bot@db.internal:5432/fleet#prod/bot-17"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct PostgresConfig {
    /// The server, as a libpq connection URL or `key=value` string.
    pub url: String,
    /// The PostgreSQL schema holding the tables (created when missing). Lower-case ASCII
    /// letters, digits and `_`, starting with a letter or `_`, at most 63 bytes.
    /// Default [`DEFAULT_NAMESPACE`].
    pub namespace: String,
    /// The session's name: any non-empty text without control characters.
    pub session_name: String,
    /// How long a lease lasts unless renewed. Another opener may take the session over
    /// only after this much time without a renewal. Default 30 s.
    pub lease_duration: Duration,
    /// How often the holder renews its lease; must be well below `lease_duration`.
    /// Default 10 s.
    pub heartbeat: Duration,
    /// Most connections the store keeps open to the server. Default 4.
    pub pool_size: usize,
}

impl std::fmt::Debug for PostgresConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresConfig")
            .field("location", &self.location())
            .field("lease_duration", &self.lease_duration)
            .field("heartbeat", &self.heartbeat)
            .field("pool_size", &self.pool_size)
            .finish()
    }
}

impl PostgresConfig {
    /// The session `session_name` in the default namespace of the server at `url`, with
    /// the default lease timing.
    pub fn new(url: impl Into<String>, session_name: impl Into<String>) -> Self {
        Self {
            url: url.into(),
            namespace: DEFAULT_NAMESPACE.to_owned(),
            session_name: session_name.into(),
            lease_duration: Duration::from_secs(30),
            heartbeat: Duration::from_secs(10),
            pool_size: 4,
        }
    }

    /// Uses another namespace (PostgreSQL schema).
    pub fn with_namespace(mut self, namespace: impl Into<String>) -> Self {
        self.namespace = namespace.into();
        self
    }

    /// Uses another session name in the same namespace.
    pub fn with_session_name(mut self, session_name: impl Into<String>) -> Self {
        self.session_name = session_name.into();
        self
    }

    /// Sets the lease duration and the heartbeat interval.
    pub fn with_lease(mut self, duration: Duration, heartbeat: Duration) -> Self {
        self.lease_duration = duration;
        self.heartbeat = heartbeat;
        self
    }

    /// A printable name of the session for errors and logs:
    /// `postgres://user@host:port/dbname#namespace/session`, without the password.
    /// An unparsable URL is shown as `postgres://?`.
    pub fn location(&self) -> PathBuf {
        let server = server_location(&self.url);
        PathBuf::from(format!("{server}#{}/{}", self.namespace, self.session_name))
    }

    /// Checks the namespace, session name and lease timing, and parses the URL.
    pub(crate) fn validate(&self) -> Result<tokio_postgres::Config, ConfigError> {
        validate_namespace(&self.namespace)?;
        if self.session_name.is_empty() || self.session_name.chars().any(char::is_control) {
            return Err(ConfigError::SessionName);
        }
        if self.heartbeat.is_zero() || self.heartbeat * 2 > self.lease_duration {
            return Err(ConfigError::Lease {
                duration: self.lease_duration,
                heartbeat: self.heartbeat,
            });
        }
        if self.pool_size == 0 {
            return Err(ConfigError::PoolSize);
        }
        parse_url(&self.url)
    }
}

/// Parses a libpq URL or `key=value` string.
pub(crate) fn parse_url(url: &str) -> Result<tokio_postgres::Config, ConfigError> {
    url.parse::<tokio_postgres::Config>()
        .map_err(|e| ConfigError::Url(e.to_string().replace(url, "<url>")))
}

/// Checks a namespace is a plain lower-case identifier (so it needs no quoting rules).
pub(crate) fn validate_namespace(namespace: &str) -> Result<(), ConfigError> {
    let mut chars = namespace.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if first_ok && rest_ok && namespace.len() <= 63 && !namespace.starts_with("pg_") {
        Ok(())
    } else {
        Err(ConfigError::Namespace(namespace.to_owned()))
    }
}

/// `postgres://user@host:port/dbname` of a URL, never with its password.
pub(crate) fn server_location(url: &str) -> String {
    let Ok(cfg) = url.parse::<tokio_postgres::Config>() else {
        return "postgres://?".to_owned();
    };
    let user = cfg.get_user().map(|u| format!("{u}@")).unwrap_or_default();
    let host = match cfg.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(h)) => h.clone(),
        Some(tokio_postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".to_owned(),
    };
    let port = cfg.get_ports().first().copied().unwrap_or(5432);
    let db = cfg.get_dbname().or(cfg.get_user()).unwrap_or("");
    format!("postgres://{user}{host}:{port}/{db}")
}
