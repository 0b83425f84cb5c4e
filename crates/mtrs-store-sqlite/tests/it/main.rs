//! Integration tests of the SQLite store.

mod conformance;
mod files;
mod support;
