//! [`Joined`]: callers waiting on one shared operation.
//!
//! The pool runs one key exchange per DC, one home switch, one re-authorization and one
//! re-keying at a time; a caller that asks while one is under way joins it and gets the
//! same outcome.

use std::collections::HashMap;
use std::hash::Hash;

use tokio::sync::oneshot;

use crate::InvokeError;

/// Where one waiter's outcome goes.
pub(crate) type Reply<T> = oneshot::Sender<Result<T, InvokeError>>;

/// Waiters per operation key.
pub(crate) struct Joined<K, W> {
    waiting: HashMap<K, Vec<W>>,
}

impl<K: Eq + Hash, W> Joined<K, W> {
    pub fn new() -> Self {
        Self {
            waiting: HashMap::new(),
        }
    }

    /// Adds `waiter` to the operation `key`. Returns `true` when no such operation was
    /// under way: the caller must start it.
    pub fn join(&mut self, key: K, waiter: W) -> bool {
        let waiters = self.waiting.entry(key).or_default();
        waiters.push(waiter);
        waiters.len() == 1
    }

    /// Whether the operation `key` is under way.
    pub fn is_running(&self, key: &K) -> bool {
        self.waiting.contains_key(key)
    }

    /// Ends the operation `key`, returning everyone who waited on it.
    pub fn finish(&mut self, key: &K) -> Vec<W> {
        self.waiting.remove(key).unwrap_or_default()
    }
}

/// Sends the same outcome to every waiter (a waiter that gave up is skipped).
pub(crate) fn answer_all<T: Clone>(waiters: Vec<Reply<T>>, outcome: &Result<T, InvokeError>) {
    for reply in waiters {
        let _ = reply.send(outcome.clone());
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    #[test]
    fn the_first_caller_starts_and_everyone_gets_the_real_error() {
        let mut joined = Joined::new();
        let (a, mut ra) = oneshot::channel::<Result<(), InvokeError>>();
        let (b, mut rb) = oneshot::channel();
        assert!(joined.join(3, a), "first caller starts the operation");
        assert!(!joined.join(3, b), "second caller joins it");
        assert!(joined.is_running(&3) && !joined.is_running(&4));
        let cause = mtrs_session::StoreError::Corrupt {
            path: "x".into(),
            operation: mtrs_session::Operation::Load,
            detail: "bad header".into(),
        };
        let outcome = Err(InvokeError::Store(Arc::new(cause)));
        answer_all(joined.finish(&3), &outcome);
        assert!(!joined.is_running(&3));
        for rx in [&mut ra, &mut rb] {
            let got = rx.try_recv().unwrap().unwrap_err();
            // The joined caller sees the typed cause, not a text copy.
            assert!(matches!(got, InvokeError::Store(ref s)
                if matches!(**s, mtrs_session::StoreError::Corrupt { .. })));
        }
    }
}
