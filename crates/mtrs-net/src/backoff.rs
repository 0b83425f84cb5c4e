//! Reconnect delays: exponential backoff with jitter and a cap.

use std::time::Duration;

/// How long to wait before each reconnect attempt: `initial · 2^attempt`, capped at `max`,
/// minus a random share of up to `jitter` of it (so many clients do not reconnect in
/// lockstep). Attempts are unlimited; callers bound them with request timeouts.
///
/// ```
/// use std::time::Duration;
/// use mtrs_net::Backoff;
/// let b = Backoff { initial: Duration::from_millis(100), max: Duration::from_secs(5), jitter: 0.0 };
/// assert_eq!(b.delay(0, 0.5), Duration::from_millis(100));
/// assert_eq!(b.delay(3, 0.5), Duration::from_millis(800));
/// assert_eq!(b.delay(30, 0.5), Duration::from_secs(5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Backoff {
    /// Delay before the first attempt. Default 100 ms.
    pub initial: Duration,
    /// Largest delay. Default 30 s.
    pub max: Duration,
    /// Share of the delay (0.0–1.0) that is randomised away. Default 0.5.
    pub jitter: f64,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(100),
            max: Duration::from_secs(30),
            jitter: 0.5,
        }
    }
}

impl Backoff {
    /// The delay before attempt number `attempt` (0-based), given a uniform random `unit`
    /// in `[0, 1)`. Out-of-range `unit` or `jitter` values are clamped.
    pub fn delay(&self, attempt: u32, unit: f64) -> Duration {
        let factor = 2u32.checked_pow(attempt.min(31)).unwrap_or(u32::MAX);
        let base = self.initial.saturating_mul(factor).min(self.max);
        let jitter = if self.jitter.is_finite() {
            self.jitter.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let unit = if unit.is_finite() {
            unit.clamp(0.0, 1.0)
        } else {
            0.0
        };
        base.mul_f64(1.0 - jitter * unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(jitter: f64) -> Backoff {
        Backoff {
            initial: Duration::from_millis(10),
            max: Duration::from_secs(1),
            jitter,
        }
    }

    #[test]
    fn grows_exponentially_then_caps() {
        let b = b(0.0);
        let delays: Vec<_> = (0..10).map(|a| b.delay(a, 0.9).as_millis()).collect();
        assert_eq!(delays, [10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000]);
        assert_eq!(b.delay(u32::MAX, 0.0), Duration::from_secs(1));
    }

    #[test]
    fn jitter_stays_within_the_share() {
        let b = b(0.5);
        assert_eq!(b.delay(2, 0.0), Duration::from_millis(40));
        assert_eq!(b.delay(2, 1.0), Duration::from_millis(20));
        let mid = b.delay(2, 0.5);
        assert!(mid > Duration::from_millis(20) && mid < Duration::from_millis(40));
    }

    #[test]
    fn hostile_parameters_are_clamped() {
        assert_eq!(b(f64::NAN).delay(0, 0.5), Duration::from_millis(10));
        assert_eq!(b(7.0).delay(0, 2.0), Duration::ZERO);
        assert_eq!(b(0.5).delay(0, f64::INFINITY), Duration::from_millis(10));
    }
}
