//! [`RekeyBudget`]: how often a DC may get a new auth key.
//!
//! A server that rejects every key (transport error −404) must not drive the client into
//! a key-exchange loop. Per DC, at most [`RekeyBudget::LIMIT`] new keys are made within
//! any [`RekeyBudget::WINDOW`]; the first replacement starts at once, each further one in
//! the window waits twice as long as the one before (1 s, 2 s, …). Past the limit, callers
//! get `InvokeError::RekeyLimit` with the time until the oldest replacement leaves the
//! window.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

/// The replacements of one DC's key within the window.
#[derive(Debug, Default)]
pub(crate) struct RekeyBudget {
    taken: VecDeque<Instant>,
}

impl RekeyBudget {
    /// New keys allowed per DC within [`RekeyBudget::WINDOW`].
    pub const LIMIT: usize = 3;
    /// The window the limit applies to.
    pub const WINDOW: Duration = Duration::from_secs(600);

    /// Takes one replacement at `now`: `Ok(delay)` to wait before making the key, or
    /// `Err(retry_after)` when the budget is spent.
    pub fn take(&mut self, now: Instant) -> Result<Duration, Duration> {
        while self
            .taken
            .front()
            .is_some_and(|&t| now.saturating_duration_since(t) >= Self::WINDOW)
        {
            self.taken.pop_front();
        }
        if self.taken.len() >= Self::LIMIT {
            let oldest = self.taken.front().copied().unwrap_or(now);
            return Err((oldest + Self::WINDOW).saturating_duration_since(now));
        }
        let delay = match self.taken.len() {
            0 => Duration::ZERO,
            n => Duration::from_secs(1 << (n - 1).min(16)),
        };
        self.taken.push_back(now);
        Ok(delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_keys_per_window_with_growing_delays_then_a_typed_wait() {
        let t0 = Instant::now();
        let mut budget = RekeyBudget::default();
        assert_eq!(budget.take(t0), Ok(Duration::ZERO));
        assert_eq!(budget.take(t0), Ok(Duration::from_secs(1)));
        assert_eq!(
            budget.take(t0 + Duration::from_secs(1)),
            Ok(Duration::from_secs(2))
        );
        let later = t0 + Duration::from_secs(60);
        assert_eq!(
            budget.take(later),
            Err(Duration::from_secs(540)),
            "spent: wait until the first replacement leaves the window"
        );
        // Once the first two have left the window, two more are allowed.
        let after_window = t0 + RekeyBudget::WINDOW;
        assert_eq!(budget.take(after_window), Ok(Duration::from_secs(1)));
        assert_eq!(budget.take(after_window), Ok(Duration::from_secs(2)));
        assert!(budget.take(after_window).is_err());
    }
}
