//! Username lookups on a 100,000-peer store: `Client::resolve_username` answered from the
//! cache, against the raw `SessionStore::lookup_peer` as the baseline in the same run, for
//! the memory and the SQLite store.
//!
//! Run with `cargo bench -p mtrs --bench peers -- --warm-up-time 1 --measurement-time 2`.

#![allow(missing_docs)]

#[path = "../tests/it/support.rs"]
#[allow(dead_code)]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtrs::{Config, MemoryStore, Peer, PeerId, PeerKey, PeerKind, SessionSource, UnixTime};
use mtrs::{SessionStore, SqliteConfig, SqliteStore};
use mtrs_testdc::FaultConfig;
use support::{BOT2, TestDc, client};

const PEERS: usize = 100_000;
/// Lookups per timed batch (one `block_on` each).
const BATCH: u64 = 1_000;

fn name(i: usize) -> String {
    format!("peer_{i:06}")
}

fn peers() -> Vec<Peer> {
    let now = UnixTime::from_system_time(SystemTime::now());
    (0..PEERS)
        .map(|i| {
            Peer::new(
                PeerId::User(1_000_000 + i as i64),
                PeerKind::User,
                7 + i as i64,
            )
            .with_usernames([name(i)])
            .with_updated_at(now)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..PEERS).map(name).collect();
    let sqlite = SqliteStore::open(&SqliteConfig::new(dir.path(), "bench")).unwrap();
    let stores: [(&str, Arc<dyn SessionStore>); 2] = [
        ("memory", Arc::new(MemoryStore::new())),
        ("sqlite", Arc::new(sqlite)),
    ];
    let mut group = c.benchmark_group("username_lookup_100k");
    group.throughput(Throughput::Elements(1));
    for (label, store) in stores {
        rt.block_on(store.upsert_peers(peers())).unwrap();
        let client = client(Config {
            session: SessionSource::Store(store.clone()),
            save_peers: true,
            ..dc.config(dir.path(), BOT2)
        });
        rt.block_on(client.connect()).unwrap();
        let mut next = 0usize;
        let mut pick = move || {
            next = (next + 7919) % PEERS;
            next
        };
        group.bench_function(format!("{label}/raw_store"), |b| {
            b.iter_custom(|iters| {
                timed(&rt, iters, async |_| {
                    let key = PeerKey::Username(names[pick()].clone());
                    assert!(store.lookup_peer(key).await.unwrap().is_some());
                })
            })
        });
        group.bench_function(format!("{label}/client_resolve_username"), |b| {
            b.iter_custom(|iters| {
                timed(&rt, iters, async |_| {
                    let peer = client.resolve_username(&names[pick()]).await.unwrap();
                    assert!(peer.is_full());
                })
            })
        });
        rt.block_on(client.stop()).unwrap();
    }
    group.finish();
}

/// Runs `one` `iters` times in batches of `BATCH` per `block_on`; the time spent in them.
fn timed(rt: &tokio::runtime::Runtime, iters: u64, mut one: impl AsyncFnMut(u64)) -> Duration {
    let start = Instant::now();
    let mut done = 0;
    while done < iters {
        let n = BATCH.min(iters - done);
        rt.block_on(async {
            for i in 0..n {
                one(i).await;
            }
        });
        done += n;
    }
    start.elapsed()
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
