//! The sessions of one store (a work directory of SQLite files, or a PostgreSQL
//! namespace) for `list` and `prune`, and the `--work-dir | --store` flags that pick it.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::Context;
use clap::Args;
use mtrs_session::{SessionInfo, StoreError, UnixTime};
use mtrs_store_postgres::{DEFAULT_NAMESPACE, PostgresCatalog};
use mtrs_store_sqlite::SqliteConfig;
use tokio::runtime::Runtime;

/// Which store to administer.
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// A directory of SQLite sessions (`<name>.session`); the default is `.`.
    #[arg(long, value_name = "DIR", conflicts_with = "store")]
    pub work_dir: Option<PathBuf>,
    /// A PostgreSQL store: `postgres://user@host/db` (the password may come from
    /// `PGPASSWORD`-style URL parameters; it is never printed).
    #[arg(long, value_name = "URL", env = "MTRS_STORE", hide_env_values = true)]
    pub store: Option<String>,
    /// The namespace (PostgreSQL schema) of the sessions in `--store`.
    #[arg(long, value_name = "NS", default_value = DEFAULT_NAMESPACE, requires = "store")]
    pub namespace: String,
}

/// An opened store catalog.
pub enum Catalog {
    /// `<dir>/<name>.session` files.
    Sqlite(PathBuf),
    /// A PostgreSQL namespace.
    Postgres(PostgresCatalog),
}

impl Catalog {
    /// Opens the catalog the flags name.
    pub fn open(args: &StoreArgs, rt: &Runtime) -> anyhow::Result<Self> {
        match &args.store {
            Some(url) => {
                let catalog = rt
                    .block_on(PostgresCatalog::connect(url, &args.namespace))
                    .context("cannot use the PostgreSQL store")?;
                Ok(Self::Postgres(catalog))
            }
            None => Ok(Self::Sqlite(
                args.work_dir.clone().unwrap_or_else(|| PathBuf::from(".")),
            )),
        }
    }

    /// Every session, sorted by name.
    pub fn list(&self, rt: &Runtime) -> Result<Vec<SessionInfo>, StoreError> {
        match self {
            Self::Sqlite(dir) => mtrs_store_sqlite::list_sessions(dir),
            Self::Postgres(catalog) => rt.block_on(catalog.list()),
        }
    }

    /// Deletes one session unless it is in use.
    pub fn delete(&self, name: &str, rt: &Runtime) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(dir) => mtrs_store_sqlite::delete_session(&SqliteConfig::new(dir, name)),
            Self::Postgres(catalog) => rt.block_on(catalog.delete(name)),
        }
    }
}

/// The runtime the PostgreSQL store runs on.
pub fn runtime() -> anyhow::Result<Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Seconds since the Unix epoch now.
pub fn now() -> UnixTime {
    UnixTime(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
            .unwrap_or(0),
    )
}

/// Parses an age such as `30d`, `12h`, `90m`, `45s` or `2w`.
pub fn parse_age(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| format!("{text:?} needs a unit: s, m, h, d or w (e.g. 30d)"))?;
    let (digits, unit) = text.split_at(split);
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{text:?} does not start with a number"))?;
    let unit_secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        "w" => 604_800,
        other => return Err(format!("unknown unit {other:?}: use s, m, h, d or w")),
    };
    n.checked_mul(unit_secs)
        .map(Duration::from_secs)
        .ok_or_else(|| format!("{text:?} is too long"))
}

/// "3d ago"-style text for a last use.
pub fn ago(last_used: Option<UnixTime>, now: UnixTime) -> String {
    let Some(t) = last_used else {
        return "never".to_owned();
    };
    let secs = now.0.saturating_sub(t.0).max(0);
    match secs {
        0..60 => format!("{secs}s ago"),
        60..3_600 => format!("{}m ago", secs / 60),
        3_600..86_400 => format!("{}h ago", secs / 3_600),
        _ => format!("{}d ago", secs / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_parse_with_units_and_reject_the_rest() {
        assert_eq!(parse_age("30d"), Ok(Duration::from_secs(30 * 86_400)));
        assert_eq!(parse_age("90m"), Ok(Duration::from_secs(5_400)));
        assert_eq!(parse_age("2w"), Ok(Duration::from_secs(1_209_600)));
        assert!(parse_age("30").is_err());
        assert!(parse_age("d").is_err());
        assert!(parse_age("3y").is_err());
        assert!(parse_age("99999999999999999999d").is_err());
    }

    #[test]
    fn last_use_reads_as_an_age() {
        let now = UnixTime(1_000_000);
        assert_eq!(ago(None, now), "never");
        assert_eq!(ago(Some(UnixTime(999_990)), now), "10s ago");
        assert_eq!(ago(Some(UnixTime(1_000_000 - 7_200)), now), "2h ago");
        assert_eq!(ago(Some(UnixTime(1_000_000 - 3 * 86_400)), now), "3d ago");
    }
}
