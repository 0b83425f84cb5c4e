//! The hand-off between async callers and the writer thread: a bounded command queue whose
//! senders wait asynchronously when it is full, and a one-shot reply slot.
//!
//! Built on `std` only (the crate has no async runtime): the writer blocks on a `Condvar`,
//! callers park their `Waker`s.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

/// Locks ignoring poison: every critical section here only moves values in and out of
/// collections, so a panic elsewhere cannot leave them inconsistent.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

struct QueueState<T> {
    items: VecDeque<T>,
    closed: bool,
    /// Senders waiting for room.
    waiting: Vec<Waker>,
}

/// A bounded multi-producer, single-consumer queue.
pub(crate) struct Queue<T> {
    state: Mutex<QueueState<T>>,
    not_empty: Condvar,
    capacity: usize,
}

/// The queue was closed: the writer has stopped.
#[derive(Debug)]
pub(crate) struct Closed;

impl<T> Queue<T> {
    pub(crate) fn new(capacity: usize) -> Self {
        Self {
            state: Mutex::new(QueueState {
                items: VecDeque::with_capacity(capacity),
                closed: false,
                waiting: Vec::new(),
            }),
            not_empty: Condvar::new(),
            capacity: capacity.max(1),
        }
    }

    /// Pushes `item`, waiting (asynchronously) while the queue is full.
    pub(crate) fn push(&self, item: T) -> Push<'_, T> {
        Push {
            queue: self,
            item: Some(item),
        }
    }

    /// Blocks until items are available, then takes up to `max` of them. Returns an empty
    /// vector once the queue is closed and drained.
    pub(crate) fn pop_batch(&self, max: usize) -> Vec<T> {
        let mut state = lock(&self.state);
        while state.items.is_empty() && !state.closed {
            state = self
                .not_empty
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        let n = state.items.len().min(max);
        let batch: Vec<T> = state.items.drain(..n).collect();
        let waiting = std::mem::take(&mut state.waiting);
        drop(state);
        for waker in waiting {
            waker.wake();
        }
        batch
    }

    /// Refuses further pushes and wakes everyone; queued items are still popped.
    pub(crate) fn close(&self) {
        let mut state = lock(&self.state);
        state.closed = true;
        let waiting = std::mem::take(&mut state.waiting);
        drop(state);
        self.not_empty.notify_all();
        for waker in waiting {
            waker.wake();
        }
    }
}

/// Future of [`Queue::push`].
pub(crate) struct Push<'a, T> {
    queue: &'a Queue<T>,
    item: Option<T>,
}

// `Push` never pins its fields structurally.
impl<T> Unpin for Push<'_, T> {}

impl<T> Future for Push<'_, T> {
    type Output = Result<(), Closed>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let queue = self.queue;
        let mut state = lock(&queue.state);
        if state.closed {
            return Poll::Ready(Err(Closed));
        }
        if state.items.len() < queue.capacity {
            if let Some(item) = self.item.take() {
                state.items.push_back(item);
                drop(state);
                queue.not_empty.notify_one();
            }
            return Poll::Ready(Ok(()));
        }
        // Registered under the same lock the writer takes to drain, so no wake-up is lost.
        state.waiting.push(cx.waker().clone());
        Poll::Pending
    }
}

struct Slot<T> {
    value: Option<T>,
    waker: Option<Waker>,
    sender_gone: bool,
}

/// The writer's half of a reply.
pub(crate) struct ReplySender<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

/// The caller's half of a reply: resolves to `None` if the writer dropped the sender
/// without replying (it stopped).
pub(crate) struct ReplyReceiver<T> {
    slot: Arc<Mutex<Slot<T>>>,
}

/// A one-shot reply channel.
pub(crate) fn reply<T>() -> (ReplySender<T>, ReplyReceiver<T>) {
    let slot = Arc::new(Mutex::new(Slot {
        value: None,
        waker: None,
        sender_gone: false,
    }));
    (ReplySender { slot: slot.clone() }, ReplyReceiver { slot })
}

impl<T> ReplySender<T> {
    pub(crate) fn send(self, value: T) {
        let waker = {
            let mut slot = lock(&self.slot);
            slot.value = Some(value);
            slot.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
        // `Drop` runs next and marks the sender gone; the value is already in place.
    }
}

impl<T> Drop for ReplySender<T> {
    fn drop(&mut self) {
        let waker = {
            let mut slot = lock(&self.slot);
            slot.sender_gone = true;
            slot.waker.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    }
}

impl<T> Future for ReplyReceiver<T> {
    type Output = Option<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut slot = lock(&self.slot);
        if let Some(value) = slot.value.take() {
            return Poll::Ready(Some(value));
        }
        if slot.sender_gone {
            return Poll::Ready(None);
        }
        slot.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

#[cfg(test)]
mod tests;
