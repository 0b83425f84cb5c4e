//! `mtrs session copy FROM TO`: copy a session between an SQLite file, a PostgreSQL store
//! and an mtrs session string, then read the copy back and compare.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, bail, ensure};
use mtrs_session::{Peer, SessionData, SessionStore};
use mtrs_store_postgres::{DEFAULT_NAMESPACE, PostgresCatalog, PostgresConfig, PostgresStore};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use tokio::runtime::Runtime;

use super::CopyArgs;
use super::catalog::runtime;
use crate::output;

/// Peers per write when filling the destination.
const PEER_BATCH: usize = 5_000;

/// Where a session is, as `copy` names it.
#[derive(Debug)]
enum Locator {
    /// `path/to/<name>.session`, an mtrs SQLite session.
    Sqlite(SqliteConfig),
    /// `postgres://…#namespace/name` (or `#name` in the default namespace).
    Postgres(PostgresConfig),
    /// An `mtrs:` string, or `-` (stdin as a source, stdout as a destination).
    String(Option<String>),
}

impl Locator {
    fn parse(text: &str) -> anyhow::Result<Self> {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            let Some((url, session)) = text.rsplit_once('#') else {
                bail!("name the session after the URL: postgres://…#namespace/name");
            };
            let (ns, name) = session
                .split_once('/')
                .unwrap_or((DEFAULT_NAMESPACE, session));
            ensure!(!name.is_empty(), "the session name after # is empty");
            return Ok(Self::Postgres(
                PostgresConfig::new(url, name).with_namespace(ns),
            ));
        }
        if text == "-" {
            return Ok(Self::String(None));
        }
        if text.starts_with("mtrs:") {
            return Ok(Self::String(Some(text.to_owned())));
        }
        let path = Path::new(text);
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".session"))
            .filter(|n| !n.is_empty())
        else {
            bail!(
                "{text}: expected an mtrs `.session` file, postgres://…#namespace/name, \
                 an mtrs: string or -"
            );
        };
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
        Ok(Self::Sqlite(SqliteConfig::new(
            dir.unwrap_or(Path::new(".")),
            name,
        )))
    }

    fn describe(&self) -> String {
        match self {
            Self::Sqlite(cfg) => cfg.session_path().display().to_string(),
            Self::Postgres(cfg) => cfg.location().display().to_string(),
            Self::String(_) => "a session string".to_owned(),
        }
    }
}

/// Runs `mtrs session copy`.
pub fn run(args: &CopyArgs) -> anyhow::Result<()> {
    let from = Locator::parse(&args.from)?;
    let to = Locator::parse(&args.to)?;
    let rt = runtime()?;
    let (snapshot, mut peers) =
        read(&from, &rt).with_context(|| format!("cannot read {}", from.describe()))?;
    sort(&mut peers);
    write(&to, &snapshot, &peers, &rt)
        .with_context(|| format!("cannot copy to {}", to.describe()))?;
    eprintln!(
        "copied {} to {}: the snapshot and {} peers, verified",
        from.describe(),
        to.describe(),
        peers.len()
    );
    Ok(())
}

fn sort(peers: &mut [Peer]) {
    peers.sort_by_key(|p| (p.id.space_code(), p.id.bare()));
}

fn read(from: &Locator, rt: &Runtime) -> anyhow::Result<(SessionData, Vec<Peer>)> {
    match from {
        Locator::Sqlite(cfg) => {
            ensure!(cfg.session_path().is_file(), "no such session file");
            let store = SqliteStore::open(cfg)?;
            let snapshot = rt.block_on(store.load())?;
            let peers = rt.block_on(store.all_peers())?;
            Ok((snapshot.context("it holds no session yet")?, peers))
        }
        Locator::Postgres(cfg) => rt.block_on(async {
            let store = PostgresStore::open(cfg).await?;
            let snapshot = store.load().await?;
            let peers = store.all_peers().await?;
            store.close().await;
            match snapshot {
                Some(s) => Ok((s, peers)),
                None => {
                    // Opening recorded a lease for a session that does not exist: undo it.
                    if peers.is_empty() {
                        PostgresCatalog::connect(&cfg.url, &cfg.namespace)
                            .await?
                            .delete(&cfg.session_name)
                            .await?;
                    }
                    bail!("it holds no session")
                }
            }
        }),
        Locator::String(text) => {
            let text = match text {
                Some(t) => t.clone(),
                None => {
                    let mut t = String::new();
                    std::io::stdin()
                        .read_to_string(&mut t)
                        .context("cannot read stdin")?;
                    t.trim().to_owned()
                }
            };
            Ok((mtrs_session_convert::mtrs(&text)?, Vec::new()))
        }
    }
}

/// Fills an empty store and compares what it reads back.
async fn fill(
    store: &dyn SessionStore,
    snapshot: &SessionData,
    peers: &[Peer],
) -> anyhow::Result<()> {
    if store.load().await?.is_some() {
        bail!("it already holds a session (copy never overwrites)");
    }
    store.save(snapshot).await?;
    for chunk in peers.chunks(PEER_BATCH) {
        store.upsert_peers(chunk.to_vec()).await?;
    }
    let back = store.load().await?;
    ensure!(
        back.as_ref() == Some(snapshot),
        "verification failed: the copy's snapshot differs"
    );
    Ok(())
}

fn verify_peers(mut back: Vec<Peer>, peers: &[Peer]) -> anyhow::Result<()> {
    sort(&mut back);
    ensure!(
        back == peers,
        "verification failed: the copy has {} peers, the source {}",
        back.len(),
        peers.len()
    );
    Ok(())
}

fn write(to: &Locator, snapshot: &SessionData, peers: &[Peer], rt: &Runtime) -> anyhow::Result<()> {
    match to {
        Locator::Sqlite(cfg) => {
            let store = SqliteStore::open(cfg)?;
            rt.block_on(fill(&store, snapshot, peers))?;
            verify_peers(rt.block_on(store.all_peers())?, peers)
        }
        Locator::Postgres(cfg) => rt.block_on(async {
            let store = PostgresStore::open(cfg).await?;
            let result = async {
                fill(&store, snapshot, peers).await?;
                verify_peers(store.all_peers().await?, peers)
            }
            .await;
            store.close().await;
            result
        }),
        Locator::String(Some(_)) => bail!("a destination string is written to stdout: use -"),
        Locator::String(None) => {
            let text = mtrs_session_convert::to_mtrs(snapshot)?;
            let back = mtrs_session_convert::mtrs(&text)?;
            ensure!(
                back.home_dc == snapshot.home_dc
                    && back.home_auth_key() == snapshot.home_auth_key()
                    && back.identity.as_ref().map(|i| i.user_id)
                        == snapshot.identity.as_ref().map(|i| i.user_id),
                "verification failed: the string does not read back as the session"
            );
            if !peers.is_empty() {
                eprintln!(
                    "note: a session string holds no peers; {} were not copied",
                    peers.len()
                );
            }
            output::stdout(&text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locators_parse() {
        let Locator::Postgres(cfg) = Locator::parse("postgres://u:pw@h/db#prod/bot").unwrap()
        else {
            panic!("postgres");
        };
        assert_eq!(
            (cfg.namespace.as_str(), cfg.session_name.as_str()),
            ("prod", "bot")
        );
        assert_eq!(cfg.url, "postgres://u:pw@h/db");
        let Locator::Postgres(cfg) = Locator::parse("postgres://h/db#bot").unwrap() else {
            panic!("postgres");
        };
        assert_eq!(cfg.namespace, DEFAULT_NAMESPACE);
        assert!(Locator::parse("postgres://h/db").is_err());
        let Locator::Sqlite(cfg) = Locator::parse("dir/x.session").unwrap() else {
            panic!("sqlite");
        };
        assert_eq!(cfg.session_path(), Path::new("dir/x.session"));
        let Locator::Sqlite(cfg) = Locator::parse("x.session").unwrap() else {
            panic!("sqlite");
        };
        assert_eq!(cfg.session_path(), Path::new("./x.session"));
        assert!(matches!(
            Locator::parse("-").unwrap(),
            Locator::String(None)
        ));
        assert!(matches!(
            Locator::parse("mtrs:1:abc").unwrap(),
            Locator::String(Some(_))
        ));
        assert!(Locator::parse("notes.txt").is_err());
    }
}
