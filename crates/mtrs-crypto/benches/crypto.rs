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
        // Short timed slices (about 1 ms) so that the minimum finds windows without preemption
        // on a shared machine; the three operations are interleaved round by round.
        let reps = ((1 << 20) / len).max(1);
        let mut best = [Duration::MAX; 3];
        for _round in 0..101 {
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

fn modexp(c: &mut Criterion) {
    use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
    let group = DhGroup::new(3, &TELEGRAM_DH_PRIME).expect("Telegram's prime");
    let secret: [u8; 256] = std::array::from_fn(|i| (i as u8).wrapping_mul(151).wrapping_add(7));
    let g_a = group
        .public_value(&[0x42; 256], DhValue::GA)
        .expect("valid g_a");
    let mut g = c.benchmark_group("dh_2048");
    g.sample_size(20);
    g.bench_function("g_b = g^b mod p (constant time)", |b| {
        b.iter(|| group.public_value(black_box(&secret), DhValue::GB))
    });
    g.bench_function("auth_key = g_a^b mod p (constant time)", |b| {
        b.iter(|| group.auth_key(black_box(&g_a), DhValue::GA, black_box(&secret)))
    });
    g.finish();
    // Individually timed runs: on a shared machine the minimum is the unloaded cost.
    let mut times: Vec<Duration> = (0..30)
        .map(|_| {
            let start = Instant::now();
            black_box(group.public_value(black_box(&secret), DhValue::GB).ok());
            start.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "modexp 2048 (g^b mod p, constant time): min {:.3} ms, median {:.3} ms over {} runs",
        times[0].as_secs_f64() * 1e3,
        times[times.len() / 2].as_secs_f64() * 1e3,
        times.len()
    );
    // A 2048-bit modexp is longer than a scheduler slice, so on a loaded machine wall time
    // overstates it; the process CPU time (Linux /proc, 10 ms ticks over ~1 s) does not.
    if let Some(before) = process_cpu_ticks() {
        let runs = 300;
        for _ in 0..runs {
            black_box(group.public_value(black_box(&secret), DhValue::GB).ok());
        }
        if let Some(after) = process_cpu_ticks() {
            println!(
                "modexp 2048 (g^b mod p, constant time): {:.2} ms CPU time each over {runs} runs",
                (after - before) as f64 * 10.0 / f64::from(runs)
            );
        }
    }
}

/// The 2FA SRP check against a bare constant-time 2048-bit modexp, in the same run: the
/// proof alone (x precomputed; three exponentiations: 256-, 2048- and 2049-bit exponents),
/// the PBKDF2 password hash alone, and the server's verification.
fn srp(c: &mut Criterion) {
    use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};
    use mtrs_crypto::srp::{self, PasswordHash, SrpServer};
    let group = DhGroup::new(3, &TELEGRAM_DH_PRIME).expect("Telegram's prime");
    let (salt1, salt2) = ([0x51u8; 40], [0x52u8; 16]);
    let x = PasswordHash::new(b"hunter2", &salt1, &salt2);
    let server = SrpServer::new(&group, &srp::verifier(&group, &x), &[0x5b; 256]).expect("b");
    let a: [u8; 256] = std::array::from_fn(|i| (i as u8).wrapping_mul(151).wrapping_add(7));
    let proof = srp::client_proof(&group, &x, &salt1, &salt2, server.srp_b(), &a).expect("a");
    let mut g = c.benchmark_group("srp_2048");
    g.sample_size(20);
    g.bench_function("bare modexp g^a mod p (constant time)", |b| {
        b.iter(|| group.public_value(black_box(&a), DhValue::GB))
    });
    g.bench_function("client_proof (x precomputed)", |b| {
        b.iter(|| srp::client_proof(&group, &x, &salt1, &salt2, server.srp_b(), black_box(&a)))
    });
    g.bench_function("server verify", |b| {
        b.iter(|| server.verify(&group, &salt1, &salt2, black_box(&proof.a), &proof.m1))
    });
    g.sample_size(10);
    g.bench_function("password hash (PBKDF2-HMAC-SHA512, 100000 rounds)", |b| {
        b.iter(|| PasswordHash::new(black_box(b"hunter2"), &salt1, &salt2))
    });
    g.finish();
}

/// utime + stime of this process in clock ticks (assumed 100 per second), Linux only.
fn process_cpu_ticks() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// 200 deterministic semiprimes p·q with 31/32-bit primes and a 62- or 63-bit product.
fn semiprimes() -> Vec<u64> {
    let mut state = 0x6d74_7273_u64; // "mtrs"
    let mut next = move || {
        // SplitMix64
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let is_prime = |n: u64| {
        n > 1
            && (2..)
                .take_while(|d| d * d <= n)
                .all(|d| !n.is_multiple_of(d))
    };
    let mut prime_near = |lo: u64, span: u64| loop {
        let candidate = lo + next() % span;
        if is_prime(candidate) {
            break candidate;
        }
    };
    let mut out = Vec::with_capacity(200);
    while out.len() < 200 {
        let p = prime_near(1 << 30, 1 << 31);
        let q = prime_near(1 << 30, 1 << 31);
        let n = p * q;
        if p != q && (61..63).contains(&(63 - n.leading_zeros())) {
            out.push(n);
        }
    }
    out
}

fn factorization(c: &mut Criterion) {
    let numbers = semiprimes();
    let mut g = c.benchmark_group("pq");
    g.sample_size(20);
    g.bench_function("factorize 200 semiprimes (62-63 bit)", |b| {
        b.iter(|| {
            for &n in &numbers {
                black_box(mtrs_crypto::pq::factorize(black_box(n)).ok());
            }
        })
    });
    g.finish();
    // Per-number timing (best of 5 runs each), then the median over the 200.
    let mut times: Vec<Duration> = numbers
        .iter()
        .map(|&n| {
            (0..5)
                .map(|_| {
                    let start = Instant::now();
                    black_box(mtrs_crypto::pq::factorize(black_box(n)).ok());
                    start.elapsed()
                })
                .min()
                .unwrap_or_default()
        })
        .collect();
    times.sort();
    println!(
        "pq: median {:.3} ms, p90 {:.3} ms, max {:.3} ms over {} semiprimes (62-63 bit)",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() * 9 / 10].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}

criterion::criterion_group!(
    benches,
    ige_vs_cbc,
    print_ratios,
    modexp,
    srp,
    factorization
);
criterion::criterion_main!(benches);
