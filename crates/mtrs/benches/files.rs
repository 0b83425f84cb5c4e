//! File transfer benchmarks against an in-process `mtrs-testdc`: a 10 MiB download as a
//! hand-written sequential `upload.getFile` loop (the reference) and through
//! `Client::download` with 1, 4 and 8 parts in flight; a 10 MiB upload through
//! `Client::upload` with 1 and 4 parts in flight, of bytes that compress (sent as
//! `gzip_packed`) and of bytes that do not (media: sent as they are). All in one run, so
//! ratios compare.
//!
//! Run with `cargo bench -p mtrs --bench files -- --warm-up-time 1 --measurement-time 3`.

#![allow(missing_docs)]

#[path = "../tests/it/support.rs"]
#[allow(dead_code)]
mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtrs::{DcId, Download, Upload};
use mtrs_testdc::{FaultConfig, File, Fixture};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::upload::GetFile;
use support::{BOT2, TestDc, client};

const BIG_FILE: i64 = 9100;
const LEN: usize = 10 * 1024 * 1024;
const PART: u32 = 512 * 1024;

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let fixture = Fixture::default().file(File::pattern(BIG_FILE, 3, LEN));
    let dc = TestDc::start_with(fixture, FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let bot = client(dc.config(dir.path(), BOT2));
    rt.block_on(bot.connect()).unwrap();
    let file = dc.cluster.fixture().file_by_id(BIG_FILE).unwrap().clone();
    let location = file.input_location();
    let media = rt.block_on(bot.dc_session(DcId::new(3).media())).unwrap();

    let mut group = c.benchmark_group("download_10_MiB");
    group.throughput(Throughput::Bytes(LEN as u64));
    group.sample_size(10);
    group.bench_function("sequential_loop_512_KiB", |b| {
        b.iter(|| {
            rt.block_on(async {
                let mut bytes = Vec::with_capacity(LEN);
                loop {
                    let request = GetFile {
                        precise: false,
                        cdn_supported: false,
                        location: location.clone(),
                        offset: bytes.len() as i64,
                        limit: PART as i32,
                    };
                    let enums::upload::File::File(f) = media.invoke(&request).await.unwrap() else {
                        panic!("no CDN here");
                    };
                    let short = f.bytes.len() < PART as usize;
                    bytes.extend(f.bytes);
                    if short {
                        break;
                    }
                }
                assert_eq!(bytes.len(), LEN);
            })
        })
    });
    for parallel in [1, 4, 8] {
        group.bench_function(format!("client_download_{parallel}_in_flight"), |b| {
            b.iter(|| {
                rt.block_on(async {
                    let mut bytes = Vec::with_capacity(LEN);
                    let options = Download {
                        part_size: PART,
                        parallel,
                        offset: 0,
                        size: Some(LEN as u64),
                    };
                    bot.download(&location, DcId::new(3), options, &mut bytes, |_| {})
                        .await
                        .unwrap();
                    assert_eq!(bytes.len(), LEN);
                })
            })
        });
    }
    group.finish();

    let payload: Vec<u8> = (0..LEN).map(|i| i as u8).collect();
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    let noise: Vec<u8> = (0..LEN)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    let mut group = c.benchmark_group("upload_10_MiB");
    group.throughput(Throughput::Bytes(LEN as u64));
    group.sample_size(10);
    for (parallel, payload, kind) in [
        (1, &payload, ""),
        (4, &payload, ""),
        (1, &noise, "_incompressible"),
        (4, &noise, "_incompressible"),
    ] {
        group.bench_function(format!("client_upload_{parallel}_in_flight{kind}"), |b| {
            b.iter(|| {
                rt.block_on(async {
                    let options = Upload {
                        part_size: PART,
                        parallel,
                    };
                    bot.upload(
                        &mut payload.as_slice(),
                        LEN as u64,
                        "b.bin",
                        options,
                        |_| {},
                    )
                    .await
                    .unwrap();
                })
            })
        });
    }
    group.finish();
    rt.block_on(bot.stop()).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
