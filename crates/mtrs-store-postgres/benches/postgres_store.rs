//! PostgresStore against SqliteStore (the baseline) doing the same work, in the same run.
//!
//! Run with a server: `eval "$(bash .ci/postgres.sh start)"`, then
//! `cargo bench -p mtrs-store-postgres -- --warm-up-time 1 --measurement-time 3`.
//! Without `MTRS_TEST_POSTGRES_URL` only the SQLite baselines run.
//!
//! - `upsert_100k`: 100k peers (each with a username) in 100 batches of 1000, into a new
//!   session.
//! - `lookup`: one peer by id and by username in a 100k-peer session.
//! - `open_100k`: open a 100k-peer session and load its snapshot (PostgreSQL: connect,
//!   check the schema, take the lease; the close after it is not timed).
//! - `lease`: PostgreSQL only: `acquire` (open + close of an empty session, i.e. connect,
//!   schema check, lease taken and released), `renew` (one renewal); and `fenced_write`
//!   (one update-state write; PostgreSQL checks the lease in the same transaction) on both.
//! - `catalog_1000`: list 1000 sessions, and a `prune --dry-run` (list, then pick the ones
//!   unused for 30 days).
//!
//! One run (2-core shared machine; PostgreSQL 15 from `.ci/postgres.sh`, on loopback TCP,
//! `fsync=off`; SQLite WAL with `synchronous=NORMAL`), medians:
//!
//! | bench | PostgreSQL | SQLite |
//! | --- | --- | --- |
//! | upsert_100k | 1.71 s | 229 ms |
//! | lookup by id | 26.7 µs | 0.94 µs |
//! | lookup by username | 73.5 µs | 1.47 µs |
//! | fenced_write (one update-state write) | 326 µs | 14.2 µs |
//! | open_100k (open + load) | 6.3 ms | 4.2 ms |
//! | lease acquire (open + close, empty session) | 5.8 ms | – |
//! | lease renew | 162 µs | – |
//! | catalog_1000 list | 34.8 ms | 117 ms |
//! | catalog_1000 prune --dry-run | 25.9 ms | 124 ms |

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use mtrs_session::{
    AccountState, AuthKey, DcId, DcState, DcUpdate, Identity, Peer, PeerId, PeerKey, PeerKind,
    SessionInfo, SessionStore, UnixTime, UpdateStateChange, UserId,
};
use mtrs_store_postgres::{PostgresCatalog, PostgresConfig, PostgresStore};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore, list_sessions};
use tokio::runtime::Runtime;

const PEERS: i64 = 100_000;
const BATCH: usize = 1000;
const SESSIONS: usize = 1000;

fn peers() -> Vec<Vec<Peer>> {
    let all: Vec<Peer> = (0..PEERS)
        .map(|i| {
            Peer::new(PeerId::User(i * 7919 + 1), PeerKind::User, i ^ 0x5555_5555)
                .with_usernames([format!("user_{i}")])
                .with_updated_at(UnixTime(1_700_000_000 + i))
        })
        .collect();
    all.chunks(BATCH).map(<[Peer]>::to_vec).collect()
}

fn login(user: i64) -> DcUpdate {
    DcUpdate::new(
        DcId(2),
        DcState::new().with_auth_key(AuthKey::from_bytes([7; 256])),
    )
    .make_home()
    .with_identity(Identity::new(UserId(user)).with_bot(true))
}

fn pts(n: i32) -> UpdateStateChange {
    UpdateStateChange {
        account: Some(AccountState {
            pts: n,
            qts: 0,
            date: UnixTime(0),
            seq: 0,
        }),
        channels: Vec::new(),
    }
}

fn runtime() -> Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

struct Pg {
    url: String,
    ns: String,
}

impl Pg {
    fn from_env() -> Option<Self> {
        let url = std::env::var("MTRS_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty());
        if url.is_none() {
            eprintln!(
                "MTRS_TEST_POSTGRES_URL is not set: only the SQLite baselines run \
                 (start a server with `eval \"$(bash .ci/postgres.sh start)\"`)"
            );
        }
        Some(Self {
            url: url?,
            ns: format!("bench_{}", std::process::id()),
        })
    }

    fn config(&self, name: &str) -> PostgresConfig {
        PostgresConfig::new(&self.url, name).with_namespace(&self.ns)
    }
}

fn bench_upsert(c: &mut Criterion, rt: &Runtime, pg: Option<&Pg>, batches: &[Vec<Peer>]) {
    let mut g = c.benchmark_group("upsert_100k");
    g.sample_size(10);
    let mut n = 0;
    if let Some(pg) = pg {
        g.bench_function("postgres", |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    n += 1;
                    let store = rt
                        .block_on(PostgresStore::open(&pg.config(&format!("up{n}"))))
                        .expect("open");
                    let started = Instant::now();
                    for batch in batches {
                        rt.block_on(store.upsert_peers(batch.clone()))
                            .expect("upsert");
                    }
                    total += started.elapsed();
                    rt.block_on(store.delete()).expect("delete");
                    rt.block_on(store.close());
                }
                total
            });
        });
    }
    g.bench_function("sqlite", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let dir = tempfile::tempdir().expect("tempdir");
                let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "s")).expect("open");
                let started = Instant::now();
                for batch in batches {
                    rt.block_on(store.upsert_peers(batch.clone()))
                        .expect("upsert");
                }
                total += started.elapsed();
            }
            total
        });
    });
    g.finish();
}

/// Lookups, opening and writes on a 100k-peer session of each backend.
fn bench_loaded(c: &mut Criterion, rt: &Runtime, pg: Option<&Pg>, batches: &[Vec<Peer>]) {
    let dir = tempfile::tempdir().expect("tempdir");
    let sqlite_cfg = SqliteConfig::new(dir.path(), "big");
    let sqlite = SqliteStore::open(&sqlite_cfg).expect("open");
    rt.block_on(sqlite.update_dc(login(1))).expect("login");
    for batch in batches {
        rt.block_on(sqlite.upsert_peers(batch.clone()))
            .expect("upsert");
    }
    let postgres = pg.map(|pg| {
        let store = rt
            .block_on(PostgresStore::open(&pg.config("big")))
            .expect("open");
        rt.block_on(store.update_dc(login(1))).expect("login");
        for batch in batches {
            rt.block_on(store.upsert_peers(batch.clone()))
                .expect("upsert");
        }
        store
    });
    let id = PeerKey::Id(PeerId::User(54_321 * 7919 + 1));
    let name = PeerKey::Username("user_54321".into());

    let mut g = c.benchmark_group("lookup");
    if let Some(store) = &postgres {
        g.bench_function("postgres/id", |b| {
            b.iter(|| black_box(rt.block_on(store.lookup_peer(id.clone())).expect("lookup")))
        });
        g.bench_function("postgres/username", |b| {
            b.iter(|| {
                black_box(
                    rt.block_on(store.lookup_peer(name.clone()))
                        .expect("lookup"),
                )
            })
        });
    }
    g.bench_function("sqlite/id", |b| {
        b.iter(|| black_box(rt.block_on(sqlite.lookup_peer(id.clone())).expect("lookup")))
    });
    g.bench_function("sqlite/username", |b| {
        b.iter(|| {
            black_box(
                rt.block_on(sqlite.lookup_peer(name.clone()))
                    .expect("lookup"),
            )
        })
    });
    g.finish();

    let mut g = c.benchmark_group("fenced_write");
    let mut n = 0;
    if let Some(store) = &postgres {
        g.bench_function("postgres", |b| {
            b.iter(|| {
                n += 1;
                rt.block_on(store.save_update_state(pts(n))).expect("write")
            })
        });
    }
    g.bench_function("sqlite", |b| {
        b.iter(|| {
            n += 1;
            rt.block_on(sqlite.save_update_state(pts(n)))
                .expect("write")
        })
    });
    g.finish();

    if let (Some(pg), Some(store)) = (pg, &postgres) {
        let mut g = c.benchmark_group("lease");
        g.bench_function("renew", |b| {
            b.iter(|| rt.block_on(store.renew()).expect("renew"))
        });
        g.bench_function("acquire", |b| {
            b.iter(|| {
                let s = rt
                    .block_on(PostgresStore::open(&pg.config("empty")))
                    .expect("open");
                rt.block_on(s.close());
            })
        });
        g.finish();
    }

    // Opening needs the session free: release both first.
    drop(sqlite);
    if let Some(store) = postgres {
        rt.block_on(store.close());
    }
    let mut g = c.benchmark_group("open_100k");
    g.sample_size(20);
    if let Some(pg) = pg {
        g.bench_function("postgres", |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let started = Instant::now();
                    let store = rt
                        .block_on(PostgresStore::open(&pg.config("big")))
                        .expect("open");
                    black_box(rt.block_on(store.load()).expect("load"));
                    total += started.elapsed();
                    rt.block_on(store.close());
                }
                total
            });
        });
    }
    g.bench_function("sqlite", |b| {
        b.iter(|| {
            let store = SqliteStore::open(&sqlite_cfg).expect("open");
            black_box(rt.block_on(store.load()).expect("load"));
        })
    });
    g.finish();
}

fn prune_candidates(list: Vec<SessionInfo>, now: UnixTime) -> usize {
    let month = Duration::from_secs(30 * 86_400);
    list.iter().filter(|s| s.is_unused_for(month, now)).count()
}

fn bench_catalog(c: &mut Criterion, rt: &Runtime, pg: Option<&Pg>) {
    let now = UnixTime(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0),
    );
    let dir = tempfile::tempdir().expect("tempdir");
    for i in 0..SESSIONS {
        let store =
            SqliteStore::open(&SqliteConfig::new(dir.path(), format!("s{i:04}"))).expect("open");
        rt.block_on(store.update_dc(login(i as i64)))
            .expect("login");
    }
    let catalog = pg.map(|pg| {
        // 1000 sessions through the store (open, sign in, close).
        for i in 0..SESSIONS {
            let store = rt
                .block_on(PostgresStore::open(&pg.config(&format!("s{i:04}"))))
                .expect("open");
            rt.block_on(store.update_dc(login(i as i64)))
                .expect("login");
            rt.block_on(store.close());
        }
        rt.block_on(PostgresCatalog::connect(&pg.url, &pg.ns))
            .expect("catalog")
    });
    let mut g = c.benchmark_group("catalog_1000");
    g.sample_size(20);
    if let Some(catalog) = &catalog {
        g.bench_function("postgres/list", |b| {
            b.iter(|| black_box(rt.block_on(catalog.list()).expect("list")))
        });
        g.bench_function("postgres/prune_dry_run", |b| {
            b.iter(|| prune_candidates(rt.block_on(catalog.list()).expect("list"), now))
        });
    }
    g.bench_function("sqlite/list", |b| {
        b.iter(|| black_box(list_sessions(dir.path()).expect("list")))
    });
    g.bench_function("sqlite/prune_dry_run", |b| {
        b.iter(|| prune_candidates(list_sessions(dir.path()).expect("list"), now))
    });
    g.finish();
}

fn all(c: &mut Criterion) {
    let rt = runtime();
    let pg = Pg::from_env();
    let batches = peers();
    bench_upsert(c, &rt, pg.as_ref(), &batches);
    bench_loaded(c, &rt, pg.as_ref(), &batches);
    bench_catalog(c, &rt, pg.as_ref());
    if let Some(pg) = &pg {
        let url = pg.url.clone();
        let ns = pg.ns.clone();
        rt.block_on(async move {
            if let Ok((client, conn)) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await {
                let task = tokio::spawn(conn);
                let _ = client
                    .batch_execute(&format!("DROP SCHEMA IF EXISTS {ns} CASCADE"))
                    .await;
                drop(client);
                let _ = task.await;
            }
        });
    }
}

criterion_group!(benches, all);
criterion_main!(benches);
