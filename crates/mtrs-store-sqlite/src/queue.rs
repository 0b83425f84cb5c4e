//! The hand-off between async callers and the writer thread: a bounded tokio `mpsc`
//! channel of commands (senders wait asynchronously when it is full) and a tokio
//! `oneshot` per reply.
//!
//! Neither needs a running tokio runtime: the callers' futures work on any executor, and
//! the writer thread blocks with [`Receiver::blocking_recv`].

use tokio::sync::mpsc::error::TryRecvError;
use tokio::sync::mpsc::{self, Receiver, Sender};
use tokio::sync::oneshot;

/// A bounded multi-producer, single-consumer queue of `capacity` items (at least 1).
pub(crate) fn queue<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    mpsc::channel(capacity.max(1))
}

/// Blocks until items are available, then takes every item that is ready, up to `max` and
/// never more than the queue's capacity (each item taken frees room for a sender, so
/// without that bound a fast sender could keep one batch growing). Returns an empty vector
/// once every sender is gone (or the receiver was closed) and the queue is drained.
///
/// Must not be called from inside an async runtime (it blocks the thread).
pub(crate) fn pop_batch<T>(queue: &mut Receiver<T>, max: usize) -> Vec<T> {
    let max = max.min(queue.max_capacity());
    let Some(first) = queue.blocking_recv() else {
        return Vec::new();
    };
    let mut batch = Vec::with_capacity(queue.len().saturating_add(1).min(max));
    batch.push(first);
    while batch.len() < max {
        match queue.try_recv() {
            Ok(item) => batch.push(item),
            Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
        }
    }
    batch
}

/// The writer's half of a reply.
pub(crate) type ReplySender<T> = oneshot::Sender<T>;

/// A one-shot reply channel. The receiver resolves to an error if the writer dropped the
/// sender without replying (it stopped).
pub(crate) fn reply<T>() -> (ReplySender<T>, oneshot::Receiver<T>) {
    oneshot::channel()
}

#[cfg(test)]
mod tests;
