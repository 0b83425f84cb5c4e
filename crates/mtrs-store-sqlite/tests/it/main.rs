//! Integration tests of the SQLite store.

mod catalog;
mod child;
mod concurrency;
mod conformance;
mod crash;
mod files;
mod group_commit;
mod lock;
mod support;
