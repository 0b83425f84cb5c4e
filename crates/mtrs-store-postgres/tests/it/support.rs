//! Shared helpers: the test server, a fresh namespace per test, a store fixture with its
//! own runtime.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mtrs_session::SessionStore;
use mtrs_session::testing::Fixture;
use mtrs_store_postgres::{PostgresConfig, PostgresStore};
use tokio::runtime::Runtime;

pub const URL_VAR: &str = "MTRS_TEST_POSTGRES_URL";

/// Why PostgreSQL tests cannot run here, or `None` when a server is configured. With
/// `CI=true` a missing server is a failure, not a skip.
pub fn skip_reason() -> Option<String> {
    match std::env::var(URL_VAR) {
        Ok(url) if !url.is_empty() => None,
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI needs PostgreSQL: {URL_VAR} is not set (.ci/run starts a server with \
                 .ci/postgres.sh)"
            );
            Some(format!(
                "{URL_VAR} is not set; start a throwaway server with \
                 `eval \"$(bash .ci/postgres.sh start)\"` to run the PostgreSQL tests"
            ))
        }
    }
}

/// The server URL, or `None` (after printing why) when the test should be skipped.
pub fn server() -> Option<String> {
    match skip_reason() {
        None => std::env::var(URL_VAR).ok(),
        Some(reason) => {
            eprintln!("skipped: {reason}");
            None
        }
    }
}

/// A namespace no other test (in this run or an earlier one) uses.
pub fn namespace() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "t_{}_{}_{nanos:x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// A runtime for a test (stores run their work on it).
pub fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A config for session `name` in `namespace` with a lease of 10 s (long enough that a
/// loaded CI machine does not lose it between heartbeats, short enough to see renewals).
pub fn config(url: &str, namespace: &str, name: &str) -> PostgresConfig {
    PostgresConfig::new(url, name)
        .with_namespace(namespace)
        .with_lease(Duration::from_secs(10), Duration::from_secs(2))
}

/// Runs one SQL batch on the server with a direct connection.
pub async fn sql(url: &str, batch: &str) -> Vec<tokio_postgres::SimpleQueryMessage> {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap();
    let task = tokio::spawn(conn);
    let out = client.simple_query(batch).await.unwrap();
    drop(client);
    let _ = task.await;
    out
}

/// The first column of the first row of a query's result, as text.
pub async fn sql_value(url: &str, query: &str) -> Option<String> {
    sql(url, query).await.into_iter().find_map(|m| match m {
        tokio_postgres::SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_owned)),
        _ => None,
    })?
}

/// A store in a fresh namespace, with the runtime it runs on; the namespace is dropped
/// afterwards.
pub struct PgFixture {
    store: Option<PostgresStore>,
    url: String,
    namespace: String,
    rt: Runtime,
}

impl PgFixture {
    pub fn new() -> Self {
        let url = std::env::var(URL_VAR).expect("checked by skip_reason");
        let namespace = namespace();
        let rt = runtime();
        let store = rt
            .block_on(PostgresStore::open(&config(&url, &namespace, "test")))
            .unwrap();
        Self {
            store: Some(store),
            url,
            namespace,
            rt,
        }
    }
}

impl Fixture for PgFixture {
    fn store(&self) -> &dyn SessionStore {
        self.store.as_ref().expect("present until drop")
    }
}

impl Drop for PgFixture {
    fn drop(&mut self) {
        if let Some(store) = self.store.take() {
            self.rt.block_on(store.close());
        }
        let drop_it = format!("DROP SCHEMA IF EXISTS {} CASCADE", self.namespace);
        self.rt.block_on(sql(&self.url, &drop_it));
    }
}
