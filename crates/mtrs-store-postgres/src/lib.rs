//! `mtrs-store-postgres`: a [`SessionStore`](mtrs_session::SessionStore) in PostgreSQL,
//! for fleets: many sessions in one database, each used by one process at a time under a
//! lease, with every write fenced by the lease's epoch.
//!
//! See [`PostgresStore`] for the guarantees and [`PostgresConfig`] for where a session
//! lives and how long its lease lasts.

mod catalog;
mod config;
mod error;
mod lease;
mod peers;
mod schema;
mod snapshot;
mod sql_error;
mod store;

pub use catalog::PostgresCatalog;
pub use config::{DEFAULT_NAMESPACE, PostgresConfig};
pub use error::ConfigError;
pub use schema::SCHEMA_VERSION;
pub use store::PostgresStore;
