//! Numbered, forward-only schema migrations (`migrations/00N_*.sql`), one set of tables per
//! namespace (a PostgreSQL schema), tracked in its `schema_migrations` table.

use std::path::Path;

use mtrs_session::{Operation, StoreError};
use tokio_postgres::Client;

use crate::sql_error::backend;

/// The migrations, in order; migration `i` (0-based) brings the schema to version `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/001_initial.sql"),
    include_str!("../migrations/002_seen_in_and_exact_usernames.sql"),
];

/// The schema version this build writes and the newest it can open.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Creates the namespace if needed and brings its tables to [`SCHEMA_VERSION`], in one
/// transaction serialised with other openers by an advisory lock.
///
/// A namespace whose schema is newer returns [`StoreError::UnsupportedSchema`] and is left
/// untouched. `namespace` must have been validated (it is spliced into SQL).
pub(crate) async fn migrate(
    client: &mut Client,
    namespace: &str,
    path: &Path,
) -> Result<(), StoreError> {
    let err = |e| backend(path, Operation::Migrate, e);
    let tx = client.transaction().await.map_err(err)?;
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))",
        &[&format!("mtrs-migrate:{namespace}")],
    )
    .await
    .map_err(err)?;
    tx.batch_execute(&format!(
        "CREATE SCHEMA IF NOT EXISTS {namespace};
         CREATE TABLE IF NOT EXISTS {namespace}.schema_migrations (
             version    INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
         );"
    ))
    .await
    .map_err(err)?;
    let found: i32 = tx
        .query_one(
            &format!("SELECT COALESCE(max(version), 0) FROM {namespace}.schema_migrations"),
            &[],
        )
        .await
        .map_err(err)?
        .get(0);
    let found = u32::try_from(found).map_err(|_| StoreError::Corrupt {
        path: path.to_path_buf(),
        operation: Operation::Migrate,
        detail: format!("negative schema version {found}"),
    })?;
    if found > SCHEMA_VERSION {
        // Dropping the transaction rolls back the no-op CREATE … IF NOT EXISTS.
        return Err(StoreError::UnsupportedSchema {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    let start = usize::try_from(found).unwrap_or(usize::MAX);
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(start) {
        tx.batch_execute(&format!("SET LOCAL search_path TO {namespace}; {sql}"))
            .await
            .map_err(err)?;
        let version = i32::try_from(index + 1).unwrap_or(i32::MAX);
        tx.execute(
            &format!("INSERT INTO {namespace}.schema_migrations (version) VALUES ($1)"),
            &[&version],
        )
        .await
        .map_err(err)?;
        tracing::info!(namespace, version, "migrated PostgreSQL session schema");
    }
    tx.commit().await.map_err(err)
}
