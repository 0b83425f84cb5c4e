//! Client benchmarks against an in-process `mtrs-testdc`: connecting with a fresh key
//! exchange and with a stored key, sequential RPC latency, throughput with 64 concurrent
//! callers, and a 10 MiB download through a media session.
//!
//! Run with `cargo bench -p mtrs -- --warm-up-time 1 --measurement-time 3`.

#![allow(missing_docs)]

#[path = "../tests/it/support.rs"]
#[allow(dead_code)]
mod support;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtrs::{Config, DcId, SessionSource};
use mtrs_testdc::{FaultConfig, File, Fixture};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help::GetNearestDc;
use mtrs_tl_api::functions::upload::GetFile;
use support::{BOT2, TestDc, client};

const BIG_FILE: i64 = 9100;

/// Calls made with 64 callers (criterion's rounds and the latency round), so per-call
/// costs measured around the process (`perf stat`) can be divided out.
static CALLS_64: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
const BIG_LEN: usize = 10 * 1024 * 1024;

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fixture = Fixture::default().file(File::pattern(BIG_FILE, 3, BIG_LEN));
    let dc = TestDc::start_with(fixture, FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let memory = |dc: &TestDc| Config {
        session: SessionSource::Memory,
        bot_token: None,
        ..dc.config(dir.path(), BOT2)
    };

    c.bench_function("connect_fresh_key_exchange", |b| {
        b.iter(|| {
            rt.block_on(async {
                let client = client(memory(&dc));
                client.connect().await.unwrap();
                client.stop().await.unwrap();
            })
        })
    });

    let string = rt.block_on(async {
        let client = client(memory(&dc));
        client.connect().await.unwrap();
        let s = client.export_session_string().await.unwrap();
        client.stop().await.unwrap();
        s
    });
    c.bench_function("connect_stored_key", |b| {
        b.iter(|| {
            rt.block_on(async {
                let client = client(Config {
                    session: SessionSource::String(string.clone()),
                    ..memory(&dc)
                });
                client.connect().await.unwrap();
                client.stop().await.unwrap();
            })
        })
    });

    let bot = rt.block_on(async {
        let client = client(Config {
            session: SessionSource::Memory,
            ..dc.config(dir.path(), BOT2)
        });
        client.connect().await.unwrap();
        client
    });
    c.bench_function("rpc_sequential_latency", |b| {
        b.iter(|| rt.block_on(async { black_box(bot.invoke(&GetNearestDc {}).await.unwrap()) }))
    });

    const PER_CALLER: usize = 16;
    let mut group = c.benchmark_group("rpc_throughput");
    group.throughput(Throughput::Elements((64 * PER_CALLER) as u64));
    group.bench_function("64_concurrent_callers", |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut tasks = Vec::new();
                for _ in 0..64 {
                    let bot = bot.clone();
                    tasks.push(tokio::spawn(async move {
                        for _ in 0..PER_CALLER {
                            bot.invoke(&GetNearestDc {}).await.unwrap();
                        }
                        CALLS_64.fetch_add(PER_CALLER as u64, std::sync::atomic::Ordering::Relaxed);
                    }));
                }
                for t in tasks {
                    t.await.unwrap();
                }
            })
        })
    });
    group.finish();
    // Criterion sees a round of 64 × 16 calls; the latency of each call is measured here.
    let mut latencies: Vec<std::time::Duration> = rt.block_on(async {
        let mut tasks = Vec::new();
        for _ in 0..64 {
            let bot = bot.clone();
            tasks.push(tokio::spawn(async move {
                let mut own = Vec::with_capacity(PER_CALLER * 20);
                for _ in 0..PER_CALLER * 20 {
                    let start = std::time::Instant::now();
                    bot.invoke(&GetNearestDc {}).await.unwrap();
                    own.push(start.elapsed());
                }
                CALLS_64.fetch_add(own.len() as u64, std::sync::atomic::Ordering::Relaxed);
                own
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all
    });
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() - 1) as f64 * q) as usize];
    eprintln!(
        "rpc_throughput/64_concurrent_callers per-call latency over {} calls: p50 {:?}, \
         p99 {:?}; {} calls with 64 callers in this process",
        latencies.len(),
        at(0.5),
        at(0.99),
        CALLS_64.load(std::sync::atomic::Ordering::Relaxed)
    );

    let file = dc.cluster.fixture().file_by_id(BIG_FILE).unwrap().clone();
    let media = rt.block_on(bot.dc_session(DcId::new(3).media())).unwrap();
    let mut group = c.benchmark_group("download");
    group.throughput(Throughput::Bytes(BIG_LEN as u64));
    group.sample_size(10);
    group.bench_function("10_MiB_media_session", |b| {
        b.iter(|| {
            rt.block_on(async {
                const PART: usize = 1024 * 1024;
                let mut parts = Vec::new();
                for i in 0..BIG_LEN / PART {
                    let media = media.clone();
                    let request = GetFile {
                        precise: false,
                        cdn_supported: false,
                        location: file.input_location(),
                        offset: (i * PART) as i64,
                        limit: PART as i32,
                    };
                    parts.push(tokio::spawn(async move { media.invoke(&request).await }));
                }
                let mut total = 0;
                for p in parts {
                    if let enums::upload::File::File(f) = p.await.unwrap().unwrap() {
                        total += f.bytes.len();
                    }
                }
                assert_eq!(total, BIG_LEN);
            })
        })
    });
    group.finish();
    rt.block_on(bot.stop()).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
