use std::thread;

use mtrs_session::testing::block_on;

use super::*;

#[test]
fn full_queue_makes_senders_wait_until_the_consumer_drains() {
    let (tx, mut rx) = queue(2);
    let producer = thread::spawn(move || {
        for i in 0..100 {
            block_on(tx.send(i)).unwrap();
        }
        // Dropping the only sender closes the queue.
    });
    let mut got = Vec::new();
    loop {
        let batch = pop_batch(&mut rx, 5);
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
fn a_full_queue_refuses_more_until_the_consumer_drains() {
    let (tx, mut rx) = queue(2);
    tx.try_send(1).unwrap();
    tx.try_send(2).unwrap();
    assert!(matches!(
        tx.try_send(3),
        Err(mpsc::error::TrySendError::Full(3))
    ));
    assert_eq!(pop_batch(&mut rx, 64), vec![1, 2]);
    tx.try_send(3).unwrap();
    assert_eq!(pop_batch(&mut rx, 64), vec![3]);
}

#[test]
fn push_after_close_fails_and_queued_items_still_drain() {
    let (tx, mut rx) = queue(4);
    block_on(tx.send(1)).unwrap();
    rx.close();
    assert!(block_on(tx.send(2)).is_err());
    assert_eq!(pop_batch(&mut rx, 10), vec![1]);
    assert!(pop_batch(&mut rx, 10).is_empty());
}

#[test]
fn a_batch_takes_everything_ready_up_to_the_maximum() {
    let (tx, mut rx) = queue(16);
    for i in 0..10 {
        block_on(tx.send(i)).unwrap();
    }
    assert_eq!(pop_batch(&mut rx, 4), vec![0, 1, 2, 3]);
    assert_eq!(pop_batch(&mut rx, 64), vec![4, 5, 6, 7, 8, 9]);
    drop(tx);
    assert!(pop_batch(&mut rx, 64).is_empty());
}

#[test]
fn reply_delivers_value_or_reports_a_dropped_sender() {
    let (tx, rx) = reply::<u32>();
    let t = thread::spawn(move || tx.send(7));
    assert_eq!(block_on(rx).ok(), Some(7));
    t.join().unwrap().unwrap();

    let (tx, rx) = reply::<u32>();
    let t = thread::spawn(move || drop(tx));
    assert_eq!(block_on(rx).ok(), None);
    t.join().unwrap();
}
