use std::sync::Arc;
use std::thread;

use mtrs_session::testing::block_on;

use super::*;

#[test]
fn full_queue_makes_senders_wait_until_the_consumer_drains() {
    let queue = Arc::new(Queue::new(2));
    let producer = {
        let queue = queue.clone();
        thread::spawn(move || {
            for i in 0..100 {
                block_on(queue.push(i)).unwrap();
            }
            queue.close();
        })
    };
    let mut got = Vec::new();
    loop {
        let batch = queue.pop_batch(5);
        if batch.is_empty() {
            break;
        }
        assert!(batch.len() <= 2, "never more than the capacity queued");
        got.extend(batch);
    }
    producer.join().unwrap();
    assert_eq!(got, (0..100).collect::<Vec<_>>());
}

#[test]
fn push_after_close_fails_and_queued_items_still_drain() {
    let queue = Queue::new(4);
    block_on(queue.push(1)).unwrap();
    queue.close();
    assert!(block_on(queue.push(2)).is_err());
    assert_eq!(queue.pop_batch(10), vec![1]);
    assert!(queue.pop_batch(10).is_empty());
}

#[test]
fn reply_delivers_value_or_reports_a_dropped_sender() {
    let (tx, rx) = reply::<u32>();
    let t = thread::spawn(move || tx.send(7));
    assert_eq!(block_on(rx), Some(7));
    t.join().unwrap();

    let (tx, rx) = reply::<u32>();
    let t = thread::spawn(move || drop(tx));
    assert_eq!(block_on(rx), None);
    t.join().unwrap();
}
