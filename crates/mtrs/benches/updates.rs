//! Update throughput against an in-process `mtrs-testdc`, in one run:
//! - `decode_only` (the reference): decoding 1,000 `updateShortMessage` frames of the
//!   shape the test DC pushes, nothing else;
//! - `live_stream`: 1,000 messages injected by the test DC, pushed, processed by the
//!   engine and taken through `Updates::next` (the time runs from the first injection to
//!   the last message taken);
//! - `catch_up`: 1,000 messages injected while the bot is away, taken through
//!   `Client::updates` (one `updates.getDifference`, then the batch).
//!
//! Run with `cargo bench -p mtrs --bench updates -- --warm-up-time 1 --measurement-time 3`.

#![allow(missing_docs)]

#[path = "../tests/it/support.rs"]
#[allow(dead_code)]
mod support;

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtrs::{Deserialize, Serialize, Updates};
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::{enums, types};
use support::{BOT2, TestDc, client};

const N: usize = 1_000;
const BOT: i64 = 7001;
const ALICE: i64 = 1001;

fn text(i: usize) -> String {
    format!("benchmark message {i:06}")
}

/// A frame like the ones the test DC pushes for `send_message`.
fn frame(i: usize) -> Vec<u8> {
    enums::Updates::UpdateShortMessage(types::UpdateShortMessage {
        out: false,
        mentioned: false,
        media_unread: false,
        silent: false,
        id: i as i32 + 1,
        user_id: ALICE,
        message: text(i).as_str().into(),
        pts: i as i32 + 1,
        pts_count: 1,
        date: 1_700_000_000,
        fwd_from: None,
        via_bot_id: None,
        reply_to: None,
        entities: None,
        ttl_period: None,
    })
    .to_bytes()
}

async fn take(updates: &mut Updates, n: usize) {
    let mut got = 0;
    while got < n {
        let batch = updates.next().await.unwrap().unwrap();
        got += batch.updates.len();
    }
    assert_eq!(got, n);
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let frames: Vec<Vec<u8>> = (0..N).map(frame).collect();

    let mut group = c.benchmark_group("updates_1000");
    group.throughput(Throughput::Elements(N as u64));
    group.sample_size(10);
    group.bench_function("decode_only", |b| {
        b.iter(|| {
            for f in &frames {
                let u = enums::Updates::from_bytes(f).unwrap();
                std::hint::black_box(u);
            }
        })
    });

    let live = client(dc.config(dir.path(), BOT2));
    let mut updates = rt.block_on(async {
        live.connect().await.unwrap();
        let updates = live.updates().await.unwrap();
        updates.caught_up().await.unwrap();
        updates
    });
    group.bench_function("live_stream", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let started = Instant::now();
                for i in 0..N {
                    dc.cluster.send_message(ALICE, BOT, &text(i)).unwrap();
                }
                rt.block_on(take(&mut updates, N));
                total += started.elapsed();
            }
            total
        })
    });
    drop(updates);
    rt.block_on(live.stop()).unwrap();

    group.bench_function("catch_up", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let c = client(dc.config(dir.path(), BOT2));
                rt.block_on(c.connect()).unwrap();
                for i in 0..N {
                    dc.cluster.send_message(ALICE, BOT, &text(i)).unwrap();
                }
                let started = Instant::now();
                rt.block_on(async {
                    let mut updates = c.updates().await.unwrap();
                    take(&mut updates, N).await;
                    // What was taken is committed at stop (outside the timing).
                    updates
                });
                total += started.elapsed();
                rt.block_on(c.stop()).unwrap();
            }
            total
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
