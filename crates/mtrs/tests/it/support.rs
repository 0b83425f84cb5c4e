//! An in-process test DC on a runtime of its own, and client configs pointing at it.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use mtrs::{Backoff, Config, DcTable, LinkConfig, SessionSource};
use mtrs_testdc::{Account, Cluster, FaultConfig, Fixture};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

pub const API_ID: i32 = 4242;
pub const API_HASH: &str = "0123456789abcdef0123456789abcdef";
/// A bot homed on DC 2 (the default DC).
pub const BOT2: &str = "7001:testdc-bot-secret";
/// A bot homed on DC 4.
pub const BOT4: &str = "7004:dc4-bot-secret";

/// A cluster running on its own runtime thread, so the client's runtime only holds the
/// client's tasks.
pub struct TestDc {
    pub cluster: Arc<Cluster>,
    rt: tokio::runtime::Handle,
    stop: Option<std::sync::mpsc::Sender<()>>,
}

impl TestDc {
    pub fn start(faults: FaultConfig) -> Self {
        let fixture =
            Fixture::default().account(Account::bot(7004, 4, "DC4 Bot", "dc4-bot-secret"));
        Self::start_with(fixture, faults)
    }

    pub fn start_with(fixture: Fixture, faults: FaultConfig) -> Self {
        Self::start_threads(fixture, faults, 1)
    }

    /// [`TestDc::start_with`] on `threads` runtime threads (benches of many connections).
    pub fn start_threads(fixture: Fixture, faults: FaultConfig, threads: usize) -> Self {
        install_log_capture();
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(threads)
                .enable_all()
                .build()
                .unwrap();
            let cluster = rt
                .block_on(
                    Cluster::builder()
                        .dcs(5)
                        .media_listeners(true)
                        .fixture(fixture)
                        .faults(faults)
                        .start(),
                )
                .unwrap();
            tx.send((Arc::new(cluster), rt.handle().clone())).unwrap();
            // Keep the runtime alive until the test ends.
            let _ = stopped.recv();
            drop(rt);
        });
        let (cluster, rt) = rx.recv().unwrap();
        Self {
            cluster,
            rt,
            stop: Some(stop),
        }
    }

    pub fn table(&self) -> DcTable {
        self.cluster.dc_table()
    }

    /// A client config in `dir` signing in as `bot`, with fast reconnects.
    pub fn config(&self, dir: &Path, bot: &str) -> Config {
        Config {
            session: SessionSource::file(dir, "session"),
            bot_token: Some(bot.to_owned()),
            dc_table: Some(self.table()),
            rsa_keys: vec![self.cluster.rsa_public_key()],
            request_timeout: Duration::from_secs(20),
            connection: LinkConfig {
                backoff: Backoff {
                    initial: Duration::from_millis(5),
                    max: Duration::from_millis(100),
                    jitter: 0.5,
                },
                ..LinkConfig::default()
            },
            ..Config::default()
        }
    }

    pub fn key_exchanges(&self, dc: i32) -> u64 {
        self.cluster.counters(dc).key_exchanges
    }

    pub fn total_key_exchanges(&self) -> u64 {
        (1..=5).map(|dc| self.key_exchanges(dc)).sum()
    }

    /// Runs a future on the cluster's runtime.
    pub async fn on_cluster<F, T>(&self, f: F) -> T
    where
        F: Future<Output = T> + Send + 'static,
        T: Send + 'static,
    {
        self.rt.spawn(f).await.unwrap()
    }
}

impl Drop for TestDc {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub fn client(config: Config) -> mtrs::Client {
    mtrs::Client::new(API_ID, API_HASH, config).unwrap()
}

/// A subscriber that renders every event and span field into one text buffer.
#[derive(Clone, Default)]
pub struct Capture {
    text: Arc<Mutex<String>>,
    next: Arc<std::sync::atomic::AtomicU64>,
}

struct Render<'a>(&'a mut String);

impl Visit for Render<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut text = self.text.lock().unwrap();
        span.record(&mut Render(&mut text));
        text.push('\n');
        Id::from_u64(1 + self.next.fetch_add(1, std::sync::atomic::Ordering::SeqCst))
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut text = self.text.lock().unwrap();
        values.record(&mut Render(&mut text));
        text.push('\n');
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut text = self.text.lock().unwrap();
        text.push_str(event.metadata().target());
        event.record(&mut Render(&mut text));
        text.push('\n');
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

static CAPTURE: OnceLock<Capture> = OnceLock::new();

/// Installs the process-wide capture of every log line (all levels) once.
fn install_log_capture() {
    CAPTURE.get_or_init(|| {
        let capture = Capture::default();
        // Another global subscriber (set by a bench harness, say) just means no capture.
        let _ = tracing::subscriber::set_global_default(capture.clone());
        capture
    });
}

/// Everything logged so far in this process.
pub fn log_capture() -> String {
    CAPTURE
        .get()
        .map(|c| c.text.lock().unwrap().clone())
        .unwrap_or_default()
}
