//! Session administration for one namespace of a PostgreSQL store: [`PostgresCatalog`].

use std::path::PathBuf;

use deadpool_postgres::Pool;
use mtrs_session::{DcId, Operation, SessionInfo, StoreError, UnixTime, UserId};

use crate::config::server_location;
use crate::lease::holder_of;
use crate::sql_error::Failure;
use crate::store::{config_error, pool};
use crate::{PostgresConfig, SCHEMA_VERSION};

/// Every session of the namespace: identity, home DC, last use (from the lease row, set at
/// open, at each renewal and at close), peers and approximate bytes, and the lease holder
/// while the lease is unexpired. One query.
const LIST: &str = "
WITH names AS (SELECT name FROM lease UNION SELECT name FROM session),
     peers AS (SELECT name, count(*) AS n, sum(pg_column_size(peer.*)) AS bytes
               FROM peer GROUP BY name),
     dcs AS (SELECT name, sum(pg_column_size(dc.*)) AS bytes FROM dc GROUP BY name)
SELECT n.name, s.home_dc, s.user_id, s.bot, s.username,
       EXTRACT(EPOCH FROM l.last_used)::int8,
       COALESCE(l.expires_at > now(), false),
       l.holder_host, l.holder_pid, l.instance,
       COALESCE(p.n, 0)::int8,
       (COALESCE(p.bytes, 0) + COALESCE(d.bytes, 0) + COALESCE(pg_column_size(s.*), 0))::int8
FROM names n
LEFT JOIN session s ON s.name = n.name
LEFT JOIN lease l ON l.name = n.name
LEFT JOIN peers p ON p.name = n.name
LEFT JOIN dcs d ON d.name = n.name
ORDER BY n.name";

/// The sessions of one namespace, for administration (`mtrs session list|prune|copy`):
/// listing them and deleting unused ones. Reads never change anything; a deletion first
/// locks the session's lease row and refuses a session whose lease is unexpired.
///
/// ```no_run
/// # async fn demo() -> Result<(), mtrs_session::StoreError> {
/// use mtrs_store_postgres::PostgresCatalog;
/// let catalog = PostgresCatalog::connect("postgres://mtrs@db.internal/fleet", "mtrs").await?;
/// for s in catalog.list().await? {
///     println!("{} {:?} in use by {:?}", s.name, s.user_id, s.in_use);
/// }
/// # Ok(()) }
/// ```
pub struct PostgresCatalog {
    pool: Pool,
    location: PathBuf,
}

impl std::fmt::Debug for PostgresCatalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresCatalog")
            .field("location", &self.location)
            .finish_non_exhaustive()
    }
}

impl PostgresCatalog {
    /// Prepares to administer `namespace` on the server at `url` (no connection is made
    /// until the first call; nothing is created). Must be called within a Tokio runtime.
    pub async fn connect(url: &str, namespace: &str) -> Result<Self, StoreError> {
        let cfg = PostgresConfig::new(url, "-").with_namespace(namespace);
        let location = PathBuf::from(format!("{}#{namespace}", server_location(url)));
        let pg = cfg
            .validate()
            .map_err(|e| config_error(&location, Operation::List, e))?;
        let pool = pool(&cfg, pg, &location)?;
        Ok(Self { pool, location })
    }

    /// The namespace's printable location (`postgres://user@host:port/db#namespace`).
    pub fn location(&self) -> &std::path::Path {
        &self.location
    }

    fn err(&self, operation: Operation) -> impl Fn(Failure) -> StoreError + '_ {
        move |f| f.into_store_error(&self.location, operation)
    }

    /// Whether the namespace has mtrs tables; refuses a newer schema.
    async fn has_tables(
        &self,
        client: &tokio_postgres::Client,
        op: Operation,
    ) -> Result<bool, StoreError> {
        let row = client
            .query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])
            .await
            .map_err(|e| self.err(op)(e.into()))?;
        if !row.get::<_, bool>(0) {
            return Ok(false);
        }
        let found: i32 = client
            .query_one(
                "SELECT COALESCE(max(version), 0) FROM schema_migrations",
                &[],
            )
            .await
            .map_err(|e| self.err(op)(e.into()))?
            .get(0);
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        if found > SCHEMA_VERSION {
            return Err(StoreError::UnsupportedSchema {
                path: self.location.clone(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(found > 0)
    }

    /// Lists every session of the namespace, sorted by name (empty when the namespace has
    /// no mtrs tables).
    pub async fn list(&self) -> Result<Vec<SessionInfo>, StoreError> {
        let op = Operation::List;
        let client = self.pool.get().await.map_err(|e| self.err(op)(e.into()))?;
        if !self.has_tables(&client, op).await? {
            return Ok(Vec::new());
        }
        let rows = client
            .query(LIST, &[])
            .await
            .map_err(|e| self.err(op)(e.into()))?;
        rows.iter()
            .map(|r| -> Result<SessionInfo, tokio_postgres::Error> {
                let mut info = SessionInfo::new(r.try_get::<_, String>(0)?);
                info.home_dc = r.try_get::<_, Option<i32>>(1)?.map(DcId);
                info.user_id = r.try_get::<_, Option<i64>>(2)?.map(UserId);
                info.bot = r.try_get(3)?;
                info.username = r.try_get(4)?;
                info.last_used = r.try_get::<_, Option<i64>>(5)?.map(UnixTime);
                if r.try_get::<_, bool>(6)? {
                    info.in_use = Some(holder_of(r, 7)?);
                }
                info.peers = u64::try_from(r.try_get::<_, i64>(10)?).unwrap_or(0);
                info.size = u64::try_from(r.try_get::<_, i64>(11)?).unwrap_or(0);
                Ok(info)
            })
            .collect::<Result<_, _>>()
            .map_err(|e| self.err(op)(e.into()))
    }

    /// Deletes session `name` (snapshot, peers and lease row) in one transaction, unless
    /// its lease is unexpired: then [`StoreError::InUse`] and nothing changes. A missing
    /// session is not an error.
    pub async fn delete(&self, name: &str) -> Result<(), StoreError> {
        let op = Operation::Delete;
        let path = PathBuf::from(format!("{}/{name}", self.location.display()));
        let err = |f: Failure| f.into_store_error(&path, op);
        let mut client = self.pool.get().await.map_err(|e| err(e.into()))?;
        if !self.has_tables(&client, op).await? {
            return Ok(());
        }
        let tx = client.transaction().await.map_err(|e| err(e.into()))?;
        let lease = tx
            .query_opt(
                "SELECT holder_host, holder_pid, instance, \
                 GREATEST(EXTRACT(EPOCH FROM expires_at - now()), 0)::float8 \
                 FROM lease WHERE name = $1 FOR UPDATE",
                &[&name],
            )
            .await
            .map_err(|e| err(e.into()))?;
        if let Some(row) = lease {
            let left: f64 = row.try_get(3).map_err(|e| err(e.into()))?;
            if left > 0.0 {
                return Err(StoreError::InUse {
                    path: path.clone(),
                    holder: holder_of(&row, 0).map_err(|e| err(e.into()))?,
                    expires_in: Some(std::time::Duration::from_secs_f64(left)),
                });
            }
        }
        for table in [
            "peer_username",
            "peer",
            "channel_state",
            "dc_option",
            "dc",
            "session",
            "lease",
        ] {
            tx.execute(&format!("DELETE FROM {table} WHERE name = $1"), &[&name])
                .await
                .map_err(|e| err(e.into()))?;
        }
        tx.commit().await.map_err(|e| err(e.into()))
    }
}
