//! SqliteStore against raw rusqlite doing the same work, in the same run.
//!
//! Run: `cargo bench -p mtrs-store-sqlite -- --warm-up-time 1 --measurement-time 3`
//!
//! - `upsert_100k`: 100k peers (each with a username) in 100 batches of 1000; the baseline
//!   inserts the same rows into the same schema (the peer row and its username row) with
//!   prepared statements in one transaction per batch.
//! - `lookup`: by id and by username on a 100k-peer file; the baseline runs the same indexed
//!   query on its own connection (each query its own read transaction, as rusqlite does by
//!   default; the store keeps one open between writes).
//!   `peer_cache_hit` is the same lookup answered by a warm `PeerCache` (LRU) over the store.
//! - `open_100k`: open a 100k-peer session and load its snapshot (ready to invoke); the
//!   baseline opens a connection, sets WAL and reads the session row.
//!
//! Both sides use the same pragmas (WAL, synchronous=NORMAL, 16 MiB cache, mmap).

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use mtrs_session::testing::{block_on, full_session};
use std::num::NonZeroUsize;
use std::sync::Arc;

use mtrs_session::{Peer, PeerCache, PeerId, PeerKey, PeerKind, SessionStore, UnixTime};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use rusqlite::{Connection, params};

const PEERS: i64 = 100_000;
const BATCH: usize = 1000;
const SCHEMA: [&str; 1] = [include_str!("../migrations/001_initial.sql")];

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

fn raw_connection(path: &Path) -> Connection {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    // The same cache settings the store uses, so the comparison measures the API.
    conn.execute_batch(
        "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384; PRAGMA mmap_size = 268435456;",
    )
    .unwrap();
    conn
}

fn raw_insert(conn: &mut Connection, batches: &[Vec<Peer>]) {
    for batch in batches {
        let tx = conn.transaction().unwrap();
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT INTO peer (space, id, kind, access_hash, min, usernames, phone, \
                     updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .unwrap();
            let mut name_stmt = tx
                .prepare_cached(
                    "INSERT INTO peer_username (username, space, id) VALUES (?1, ?2, ?3)",
                )
                .unwrap();
            for p in batch {
                stmt.execute(params![
                    p.id.space_code(),
                    p.id.bare(),
                    p.kind.code(),
                    p.access_hash,
                    p.min,
                    p.usernames.join("\u{1f}"),
                    p.phone,
                    p.updated_at.0,
                ])
                .unwrap();
                for name in &p.usernames {
                    name_stmt
                        .execute(params![name, p.id.space_code(), p.id.bare()])
                        .unwrap();
                }
            }
        }
        tx.commit().unwrap();
    }
}

fn upsert(c: &mut Criterion) {
    let batches = peers();
    let mut group = c.benchmark_group("upsert_100k");
    group
        .sample_size(10)
        .throughput(Throughput::Elements(PEERS as u64));
    group.bench_function("store_api", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let store = SqliteStore::open(&SqliteConfig::new(dir.path(), "b")).unwrap();
                (dir, store, batches.clone())
            },
            |(dir, store, batches)| {
                for batch in batches {
                    block_on(store.upsert_peers(batch)).unwrap();
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        );
    });
    group.bench_function("raw_rusqlite", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let conn = raw_connection(&dir.path().join("raw.db"));
                for sql in SCHEMA {
                    conn.execute_batch(sql).unwrap();
                }
                (dir, conn)
            },
            |(dir, mut conn)| {
                raw_insert(&mut conn, &batches);
                (dir, conn)
            },
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

/// A store file holding 100k peers and a full snapshot, closed.
fn filled(dir: &Path) -> SqliteConfig {
    let cfg = SqliteConfig::new(dir, "filled");
    let store = SqliteStore::open(&cfg).unwrap();
    block_on(store.save(&full_session())).unwrap();
    for batch in peers() {
        block_on(store.upsert_peers(batch)).unwrap();
    }
    cfg
}

fn lookup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = filled(dir.path());
    let store = Arc::new(SqliteStore::open(&cfg).unwrap());
    let raw = raw_connection(&cfg.session_path());
    // A warm in-memory LRU over the same store (what the client uses).
    let cache = PeerCache::new(store.clone(), NonZeroUsize::new(200_000).unwrap());
    for i in 0..PEERS {
        block_on(cache.lookup(PeerKey::Id(PeerId::User(i * 7919 + 1)))).unwrap();
        block_on(cache.lookup(PeerKey::Username(format!("user_{i}")))).unwrap();
    }
    let mut group = c.benchmark_group("lookup");
    group.throughput(Throughput::Elements(1));
    let mut i = 0i64;
    let mut next = move || {
        i = (i + 7_777) % PEERS;
        i
    };
    group.bench_function("by_id/store_api", |b| {
        b.iter(|| {
            let id = PeerId::User(next() * 7919 + 1);
            black_box(
                block_on(store.lookup_peer(PeerKey::Id(id)))
                    .unwrap()
                    .unwrap(),
            )
        });
    });
    group.bench_function("by_id/raw_rusqlite", |b| {
        b.iter(|| {
            let id = next() * 7919 + 1;
            let mut stmt = raw
                .prepare_cached(
                    "SELECT space, id, kind, access_hash, min, usernames, phone, updated_at \
                     FROM peer WHERE space = 0 AND id = ?1",
                )
                .unwrap();
            let row: (i64, i64, String) = stmt
                .query_row([id], |r| Ok((r.get(1)?, r.get(3)?, r.get(5)?)))
                .unwrap();
            black_box(row)
        });
    });
    group.bench_function("by_username/store_api", |b| {
        b.iter(|| {
            let key = PeerKey::Username(format!("user_{}", next()));
            black_box(block_on(store.lookup_peer(key)).unwrap().unwrap())
        });
    });
    group.bench_function("by_username/raw_rusqlite", |b| {
        b.iter(|| {
            let name = format!("user_{}", next());
            let mut stmt = raw
                .prepare_cached(
                    "SELECT p.space, p.id, p.kind, p.access_hash, p.min, p.usernames, \
                     p.phone, p.updated_at FROM peer_username AS u CROSS JOIN peer AS p \
                     ON p.space = u.space AND p.id = u.id WHERE u.username = CAST(?1 AS TEXT)",
                )
                .unwrap();
            let row: (i64, i64, String) = stmt
                .query_row([name], |r| Ok((r.get(1)?, r.get(3)?, r.get(5)?)))
                .unwrap();
            black_box(row)
        });
    });
    group.bench_function("by_id/peer_cache_hit", |b| {
        b.iter(|| {
            let id = PeerId::User(next() * 7919 + 1);
            black_box(block_on(cache.lookup(PeerKey::Id(id))).unwrap().unwrap())
        });
    });
    group.bench_function("by_username/peer_cache_hit", |b| {
        b.iter(|| {
            let key = PeerKey::Username(format!("user_{}", next()));
            black_box(block_on(cache.lookup(key)).unwrap().unwrap())
        });
    });
    group.finish();
}

fn open(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let cfg = filled(dir.path());
    let mut group = c.benchmark_group("open_100k");
    group.bench_function("store_api", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                let store = SqliteStore::open(&cfg).unwrap();
                let data = block_on(store.load()).unwrap().unwrap();
                total += started.elapsed();
                black_box(data);
                drop(store);
            }
            total
        });
    });
    group.bench_function("raw_rusqlite", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                let conn = raw_connection(&cfg.session_path());
                let home: i64 = conn
                    .query_row("SELECT home_dc FROM session WHERE id = 0", [], |r| r.get(0))
                    .unwrap();
                total += started.elapsed();
                black_box(home);
                drop(conn);
            }
            total
        });
    });
    group.finish();
}

criterion_group!(benches, upsert, lookup, open);
criterion_main!(benches);
