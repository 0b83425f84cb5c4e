//! File transfer benchmarks against an in-process `mtrs-testdc`, 10 MiB and 100 MiB, all
//! in one run so ratios compare:
//! Files hold incompressible bytes.
//! - download: a hand-written sequential `upload.getFile` loop of 512 KiB parts (the
//!   reference), then `Client::download` with 1, 4 and 8 parts in flight on one
//!   connection, and 8 in flight spread over 2 and 4 connections of the DC;
//! - upload (incompressible bytes, as real media are): `Client::upload` with 1 and 4
//!   parts in flight on one connection, and 8 in flight over 2 and 4 connections.
//!
//! Run with `cargo bench -p mtrs --bench files -- --warm-up-time 1 --measurement-time 3`
//! (add a filter such as `10_MiB` for one size).

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

const MIB: usize = 1024 * 1024;
const PART: u32 = 512 * 1024;
/// (file id, MiB)
const SIZES: [(i64, usize); 2] = [(9100, 10), (9101, 100)];

fn noise(len: usize) -> Vec<u8> {
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    // Incompressible content, as real media are (a periodic pattern would measure the
    // test DC's gzip instead of the transfer).
    let fixture = SIZES.iter().fold(Fixture::default(), |f, &(id, mib)| {
        f.file(File::new(id, 3, noise(mib * MIB)))
    });
    // The test DC gets two threads too, so several connections can be served at once.
    let dc = TestDc::start_threads(fixture, FaultConfig::default(), 2);
    let dir = tempfile::tempdir().unwrap();
    let bot = client(dc.config(dir.path(), BOT2));
    rt.block_on(bot.connect()).unwrap();
    let media = rt.block_on(bot.dc_session(DcId::new(3).media())).unwrap();
    // The extra connections exist before the timing starts.
    rt.block_on(bot.dc_sessions(DcId::new(3).media(), 4))
        .unwrap();
    rt.block_on(bot.dc_sessions(bot.home_dc().unwrap(), 4))
        .unwrap();

    for (id, mib) in SIZES {
        let len = mib * MIB;
        let file = dc.cluster.fixture().file_by_id(id).unwrap().clone();
        let location = file.input_location();
        let mut group = c.benchmark_group(format!("download_{mib}_MiB"));
        group.throughput(Throughput::Bytes(len as u64));
        group.sample_size(10);
        group.bench_function("sequential_loop_512_KiB", |b| {
            b.iter(|| {
                rt.block_on(async {
                    let mut bytes = Vec::with_capacity(len);
                    loop {
                        let request = GetFile {
                            precise: false,
                            cdn_supported: false,
                            location: location.clone(),
                            offset: bytes.len() as i64,
                            limit: PART as i32,
                        };
                        let enums::upload::File::File(f) = media.invoke(&request).await.unwrap()
                        else {
                            panic!("no CDN here");
                        };
                        let short = f.bytes.len() < PART as usize;
                        bytes.extend(f.bytes);
                        if short {
                            break;
                        }
                    }
                    assert_eq!(bytes.len(), len);
                })
            })
        });
        for (parallel, connections) in [(1, 1), (4, 1), (8, 1), (8, 2), (8, 4)] {
            let name = format!("client_{parallel}_in_flight_{connections}_conn");
            group.bench_function(name, |b| {
                b.iter(|| {
                    rt.block_on(async {
                        let mut bytes = Vec::with_capacity(len);
                        let options = Download {
                            part_size: PART,
                            parallel,
                            size: Some(len as u64),
                            connections,
                            ..Download::default()
                        };
                        bot.download(&location, DcId::new(3), options, &mut bytes, |_| {})
                            .await
                            .unwrap();
                        assert_eq!(bytes.len(), len);
                    })
                })
            });
        }
        group.finish();

        let payload = noise(len);
        let mut group = c.benchmark_group(format!("upload_{mib}_MiB"));
        group.throughput(Throughput::Bytes(len as u64));
        group.sample_size(10);
        for (parallel, connections) in [(1, 1), (4, 1), (8, 2), (8, 4)] {
            let name = format!("client_{parallel}_in_flight_{connections}_conn");
            group.bench_function(name, |b| {
                b.iter(|| {
                    rt.block_on(async {
                        let options = Upload {
                            part_size: PART,
                            parallel,
                            connections,
                        };
                        bot.upload(
                            &mut payload.as_slice(),
                            len as u64,
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
    }
    rt.block_on(bot.stop()).unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
