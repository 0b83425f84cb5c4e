//! The shared conformance suite, run on `PostgresStore`.

mtrs_session::store_conformance_tests!(
    crate::support::PgFixture::new,
    skip_if = crate::support::skip_reason
);
