//! tdata import with a passcode against a bare PBKDF2-HMAC-SHA512 of the same shape
//! (100 000 iterations, 256-byte output: what Desktop's passcode key costs), in one run.
//!
//! `cargo bench -p mtrs-session-convert --bench tdata -- --warm-up-time 1 --measurement-time 3`
//! The import should cost at most 1.1× the bare call: everything but the key derivation
//! (TDF checksums, two AES-IGE block decryptions, parsing) is noise next to it.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use mtrs_session_convert::{AccountSelector, tdesktop};
use sha2::Sha512;

fn bench(c: &mut Criterion) {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/tdata/opentele_passcode/tdata");
    let passcode = "mtrs-public-passcode";
    // Sanity: the folder opens with this passcode.
    assert!(tdesktop(&dir, passcode, AccountSelector::Active).is_ok());
    let mut group = c.benchmark_group("tdata_passcode");
    group.sample_size(10);
    group.bench_function("bare_pbkdf2_sha512_100k_256B", |b| {
        let password = [0x5au8; 64];
        let salt = [0xa5u8; 32];
        b.iter(|| {
            let mut out = [0u8; 256];
            pbkdf2::pbkdf2_hmac::<Sha512>(
                black_box(&password),
                black_box(&salt),
                100_000,
                &mut out,
            );
            black_box(out)
        })
    });
    group.bench_function("tdesktop_import_with_passcode", |b| {
        b.iter(|| black_box(tdesktop(black_box(&dir), passcode, AccountSelector::Active)))
    });
    group.finish();
    paired_ratio(&dir, passcode);
}

/// The machine is shared, so sequential criterion groups see different loads. This pairs the
/// two measurements back to back, several times, and prints the ratio of the fastest of each
/// (the minimum is the least disturbed by other processes).
fn paired_ratio(dir: &std::path::Path, passcode: &str) {
    let (mut bare, mut import) = (std::time::Duration::MAX, std::time::Duration::MAX);
    for _ in 0..8 {
        let t = std::time::Instant::now();
        let mut out = [0u8; 256];
        pbkdf2::pbkdf2_hmac::<Sha512>(
            black_box(&[0x5au8; 64]),
            black_box(&[0xa5u8; 32]),
            100_000,
            &mut out,
        );
        black_box(out);
        bare = bare.min(t.elapsed());
        let t = std::time::Instant::now();
        let _ = black_box(tdesktop(black_box(dir), passcode, AccountSelector::Active));
        import = import.min(t.elapsed());
    }
    println!(
        "paired (min of 8): bare PBKDF2 {:.1} ms, tdata import {:.1} ms, ratio {:.3}",
        bare.as_secs_f64() * 1e3,
        import.as_secs_f64() * 1e3,
        import.as_secs_f64() / bare.as_secs_f64()
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
