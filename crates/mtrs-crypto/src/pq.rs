//! Factorization of the `pq` of the auth-key exchange (a product of two primes, normally
//! below 2^63) with Pollard–Brent over Montgomery arithmetic.
//!
//! ```
//! let f = mtrs_crypto::pq::factorize(2_694_724_800_268_887_959)?;
//! assert_eq!((f.p, f.q), (1_513_098_571, 1_780_931_429));
//! assert_eq!(f.p_bytes(), vec![0x5a, 0x30, 0x0d, 0x4b]);
//! # Ok::<(), mtrs_crypto::Error>(())
//! ```

use crate::Error;

/// The two factors of `pq`, `p ≤ q`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Factors {
    /// The smaller factor.
    pub p: u64,
    /// The larger factor.
    pub q: u64,
}

impl Factors {
    /// `p` as the big-endian bytes without leading zeros that `p_q_inner_data` carries.
    pub fn p_bytes(&self) -> Vec<u8> {
        minimal_be(self.p)
    }

    /// `q` as minimal big-endian bytes.
    pub fn q_bytes(&self) -> Vec<u8> {
        minimal_be(self.q)
    }
}

fn minimal_be(v: u64) -> Vec<u8> {
    let bytes = v.to_be_bytes();
    let skip = (v.leading_zeros() / 8) as usize;
    bytes[skip.min(7)..].to_vec()
}

/// Factors `pq` given as the big-endian bytes of `resPQ.pq` (at most 8 of them).
///
/// # Errors
/// [`Error::TooLong`] for more than 8 bytes; otherwise as [`factorize`].
///
/// ```
/// let f = mtrs_crypto::pq::factorize_be(&[0x17, 0xED, 0x48, 0x94, 0x1A, 0x08, 0xF9, 0x81])?;
/// assert_eq!((f.p, f.q), (0x494C553B, 0x53911073));
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn factorize_be(pq: &[u8]) -> Result<Factors, Error> {
    if pq.len() > 8 {
        return Err(Error::TooLong {
            what: "pq",
            max: 8,
            got: pq.len(),
        });
    }
    let mut buf = [0u8; 8];
    buf[8 - pq.len()..].copy_from_slice(pq);
    factorize(u64::from_be_bytes(buf))
}

/// Splits `pq` into two factors `p ≤ q`, both greater than 1.
///
/// Any composite number is split (not only semiprimes); for a semiprime the factors are its
/// two primes.
///
/// # Errors
/// [`Error::PqNotComposite`] if `pq` is 0, 1 or a prime.
///
/// ```
/// use mtrs_crypto::{Error, pq};
/// assert_eq!(pq::factorize(15)?, pq::Factors { p: 3, q: 5 });
/// assert_eq!(pq::factorize(13), Err(Error::PqNotComposite { pq: 13 }));
/// # Ok::<(), mtrs_crypto::Error>(())
/// ```
pub fn factorize(pq: u64) -> Result<Factors, Error> {
    if pq < 4 || is_prime(pq) {
        return Err(Error::PqNotComposite { pq });
    }
    let d = if pq.is_multiple_of(2) {
        2
    } else {
        let m = Monty::new(pq);
        // A composite odd pq always splits for some c; 64 different maps is far beyond need.
        (1..=64)
            .find_map(|c| brent(&m, c))
            .ok_or(Error::PqNotComposite { pq })?
    };
    let other = pq / d;
    Ok(Factors {
        p: d.min(other),
        q: d.max(other),
    })
}

/// Montgomery arithmetic modulo an odd `n < 2^64` with `R = 2^64`.
struct Monty {
    n: u64,
    /// `-n⁻¹ mod 2^64`.
    n_neg_inv: u64,
    /// `R² mod n`, to enter the Montgomery domain.
    r2: u64,
}

impl Monty {
    fn new(n: u64) -> Self {
        // Newton's iteration doubles the correct low bits of n⁻¹ each step: 1 → 64 bits.
        let mut inv: u64 = 1;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(n.wrapping_mul(inv)));
        }
        let r = (u128::from(u64::MAX) + 1) % u128::from(n);
        let r2 = (r * r % u128::from(n)) as u64;
        Self {
            n,
            n_neg_inv: inv.wrapping_neg(),
            r2,
        }
    }

    /// `t · R⁻¹ mod n` for `t < n · 2^64`.
    #[inline(always)]
    fn reduce(&self, t: u128) -> u64 {
        let m = (t as u64).wrapping_mul(self.n_neg_inv);
        let mn = u128::from(m) * u128::from(self.n);
        // The low halves of t and m·n sum to 0 mod 2^64, carrying 1 unless both are 0.
        let carry = u128::from(t as u64 != 0);
        let sum = (t >> 64) + (mn >> 64) + carry;
        let n = u128::from(self.n);
        (if sum >= n { sum - n } else { sum }) as u64
    }

    #[inline(always)]
    fn mul(&self, a: u64, b: u64) -> u64 {
        self.reduce(u128::from(a) * u128::from(b))
    }

    fn to_monty(&self, a: u64) -> u64 {
        self.mul(a % self.n, self.r2)
    }

    #[inline(always)]
    fn add(&self, a: u64, b: u64) -> u64 {
        let (s, overflow) = a.overflowing_add(b);
        if overflow || s >= self.n {
            s.wrapping_sub(self.n)
        } else {
            s
        }
    }

    /// `a^e mod n` in the Montgomery domain.
    fn pow(&self, mut a: u64, mut e: u64) -> u64 {
        let mut acc = self.to_monty(1);
        while e > 0 {
            if e & 1 == 1 {
                acc = self.mul(acc, a);
            }
            a = self.mul(a, a);
            e >>= 1;
        }
        acc
    }
}

/// Pollard–Brent with the map `x ↦ x² + c` and batched gcds; a nontrivial factor or `None`.
fn brent(m: &Monty, c: u64) -> Option<u64> {
    const BATCH: u64 = 128;
    let n = m.n;
    let c = m.to_monty(c);
    let f = |x: u64| m.add(m.mul(x, x), c);
    let mut y = m.to_monty(2);
    let mut r: u64 = 1;
    let mut q = m.to_monty(1);
    let mut x;
    let mut ys;
    let mut g;
    // Bound the work: a 64-bit composite splits after ~2^16 steps; 2^26 is a hostile-input cap.
    while r < (1 << 26) {
        x = y;
        for _ in 0..r {
            y = f(y);
        }
        let mut k = 0;
        loop {
            ys = y;
            let steps = BATCH.min(r - k);
            for _ in 0..steps {
                y = f(y);
                q = m.mul(q, x.abs_diff(y));
            }
            g = gcd(q, n);
            k += steps;
            if k >= r || g != 1 {
                break;
            }
        }
        if g == n {
            // The batch overshot: redo it one step at a time from its start.
            loop {
                ys = f(ys);
                g = gcd(x.abs_diff(ys), n);
                if g != 1 {
                    break;
                }
            }
        }
        if g != 1 {
            return (g != n).then_some(g);
        }
        r *= 2;
    }
    None
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

/// Deterministic Miller–Rabin for 64-bit numbers (these 12 bases suffice below 3.3·10^24).
pub(crate) fn is_prime(n: u64) -> bool {
    const BASES: [u64; 12] = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37];
    if n < 2 {
        return false;
    }
    for p in BASES {
        if n.is_multiple_of(p) {
            return n == p;
        }
    }
    let m = Monty::new(n);
    let s = (n - 1).trailing_zeros();
    let d = (n - 1) >> s;
    let one = m.to_monty(1);
    let minus_one = m.to_monty(n - 1);
    'bases: for a in BASES {
        let mut x = m.pow(m.to_monty(a), d);
        if x == one || x == minus_one {
            continue;
        }
        for _ in 1..s {
            x = m.mul(x, x);
            if x == minus_one {
                continue 'bases;
            }
        }
        return false;
    }
    true
}

#[cfg(test)]
mod tests;
