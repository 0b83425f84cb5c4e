//! Integration tests of the PostgreSQL store, against a real server
//! (`MTRS_TEST_POSTGRES_URL`; `.ci/run` starts one with `.ci/postgres.sh`).

mod catalog;
mod child;
mod conformance;
mod lease;
mod process;
mod restart;
mod schema;
mod support;
