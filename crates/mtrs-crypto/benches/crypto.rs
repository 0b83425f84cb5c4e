//! Benchmarks: AES-256-IGE against an in-process AES-256-CBC encryption reference, and the
//! other hot primitives. Run with e.g.
//! `cargo bench -p mtrs-crypto --bench crypto -- --warm-up-time 1 --measurement-time 3`.
//! After the IGE groups the bench prints `ratio` lines: CBC time / IGE time (1.0 = as fast as
//! the sequential CBC ceiling).

use std::hint::black_box;
use std::time::{Duration, Instant};

use aes::Aes256Enc;
use cipher::{BlockModeEncrypt, KeyIvInit};
use criterion::{Criterion, Throughput};

type CbcEnc = cbc::Encryptor<Aes256Enc>;

const SIZES: [(usize, &str); 2] = [(256, "256B"), (1 << 20, "1MiB")];

fn cbc_encrypt(key: &[u8; 32], iv: &[u8; 32], buf: &mut [u8]) {
    let mut iv16 = [0u8; 16];
    iv16.copy_from_slice(&iv[..16]);
    let mut enc = CbcEnc::new(&(*key).into(), &iv16.into());
    let (blocks, _) = buf.as_chunks_mut::<16>();
    for block in blocks.chunks_mut(1024) {
        let blocks: &mut [cipher::Block<CbcEnc>] = as_cipher_blocks(block);
        enc.encrypt_blocks(blocks);
    }
}

/// Views plain 16-byte arrays as the cipher crate's block type (a safe, zero-copy cast).
fn as_cipher_blocks(blocks: &mut [[u8; 16]]) -> &mut [cipher::Block<CbcEnc>] {
    cipher::array::Array::cast_slice_from_core_mut(blocks)
}

fn ige_vs_cbc(c: &mut Criterion) {
    let key = [0x42u8; 32];
    let iv = [0x24u8; 32];
    for (len, name) in SIZES {
        let mut group = c.benchmark_group(format!("aes256_{name}"));
        group.throughput(Throughput::Bytes(len as u64));
        let mut buf = vec![0x5Au8; len];
        group.bench_function("cbc_encrypt_reference", |b| {
            b.iter(|| cbc_encrypt(black_box(&key), &iv, black_box(&mut buf)))
        });
        group.bench_function("ige_encrypt", |b| {
            b.iter(|| mtrs_crypto::ige::encrypt(black_box(&key), &iv, black_box(&mut buf)))
        });
        group.bench_function("ige_decrypt", |b| {
            b.iter(|| mtrs_crypto::ige::decrypt(black_box(&key), &iv, black_box(&mut buf)))
        });
        group.finish();
    }
}

/// Interleaved timing of the three IGE/CBC operations on the same buffers, so the printed
/// ratios come from one run under the same machine load.
fn print_ratios(_: &mut Criterion) {
    let key = [0x42u8; 32];
    let iv = [0x24u8; 32];
    for (len, name) in SIZES {
        let mut buf = vec![0x5Au8; len];
        let reps = ((8 << 20) / len).max(1);
        let mut best = [Duration::MAX; 3];
        for _round in 0..15 {
            for (i, slot) in best.iter_mut().enumerate() {
                let start = Instant::now();
                for _ in 0..reps {
                    match i {
                        0 => cbc_encrypt(black_box(&key), &iv, black_box(&mut buf)),
                        1 => {
                            let _ = mtrs_crypto::ige::encrypt(
                                black_box(&key),
                                &iv,
                                black_box(&mut buf),
                            );
                        }
                        _ => {
                            let _ = mtrs_crypto::ige::decrypt(
                                black_box(&key),
                                &iv,
                                black_box(&mut buf),
                            );
                        }
                    }
                }
                *slot = (*slot).min(start.elapsed());
            }
        }
        let per = |d: Duration| d.as_secs_f64() / reps as f64;
        let mbps = |d: Duration| len as f64 / per(d) / 1e6;
        println!(
            "ratio {name}: cbc_encrypt {:.0} MB/s | ige_encrypt {:.0} MB/s ratio {:.3} | ige_decrypt {:.0} MB/s ratio {:.3}",
            mbps(best[0]),
            mbps(best[1]),
            per(best[0]) / per(best[1]),
            mbps(best[2]),
            per(best[0]) / per(best[2]),
        );
    }
}

criterion::criterion_group!(benches, ige_vs_cbc, print_ratios);
criterion::criterion_main!(benches);
