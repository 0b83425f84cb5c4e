//! `mtrs-store-sqlite`: the default persistent [`SessionStore`](mtrs_session::SessionStore)
//! of mtrs, one SQLite file per session.
//!
//! See [`SqliteStore`] for the guarantees (exclusive lock, private permissions, WAL, one
//! writer, versioned schema, lazy peers) and [`SqliteConfig`] for where files go.

mod catalog;
mod config;
mod file;
mod lock;
mod peers;
mod queue;
mod reader;
mod schema;
mod snapshot;
mod sql_error;
mod store;
mod writer;

pub use catalog::{delete_session, list_sessions};
pub use config::SqliteConfig;
pub use schema::SCHEMA_VERSION;
pub use store::SqliteStore;
