//! `Client::updates` against the test DC's update log: live pushes, gaps filled by
//! differences, faults, restarts and downtime — every injected message delivered once.

use std::path::Path;
use std::time::Duration;

use mtrs::api::{enums, functions};
use mtrs::{Client, Config, PeerId, UpdateBatch, Updates};
use mtrs_testdc::{FaultConfig, PushFault};

use crate::support::{BOT2, TestDc, client};

/// The bot of `BOT2`.
pub(crate) const BOT: i64 = 7001;
/// Alice, who writes to the bot.
pub(crate) const ALICE: i64 = 1001;
/// The fixture's channel.
const CHANNEL: i64 = 5001;

/// The texts of the messages in `batch`, in order.
pub(crate) fn texts(batch: &UpdateBatch) -> Vec<String> {
    batch
        .updates
        .iter()
        .filter_map(|u| match u {
            enums::Update::UpdateNewMessage(u) => Some(&u.message),
            enums::Update::UpdateNewChannelMessage(u) => Some(&u.message),
            _ => None,
        })
        .filter_map(|m| match m {
            enums::Message::Message(m) => Some(m.message.to_string()),
            _ => None,
        })
        .collect()
}

/// Takes batches until `n` messages arrived (bounded by a deadline, not a sleep).
pub(crate) async fn take_messages(updates: &mut Updates, n: usize) -> Vec<String> {
    let mut got = Vec::new();
    while got.len() < n {
        let batch = tokio::time::timeout(Duration::from_secs(30), updates.next())
            .await
            .unwrap_or_else(|_| {
                let log = crate::support::log_capture();
                let tail: Vec<&str> = log
                    .lines()
                    .filter(|l| l.contains("mtrs::updates") || l.contains("update"))
                    .collect();
                panic!(
                    "no updates within 30 s after {got:?}; log: {:?}",
                    &tail[tail.len().saturating_sub(20)..]
                )
            })
            .unwrap()
            .expect("the stream is open");
        got.extend(texts(&batch));
    }
    got
}

async fn connected(dc: &TestDc, dir: &Path) -> (Client, Updates) {
    connected_with(dc.config(dir, BOT2)).await
}

async fn connected_with(config: Config) -> (Client, Updates) {
    let c = client(config);
    c.connect().await.unwrap();
    let updates = c.updates().await.unwrap();
    tokio::time::timeout(Duration::from_secs(30), updates.caught_up())
        .await
        .unwrap()
        .unwrap();
    (c, updates)
}

fn calls(dc: &TestDc, method: &str) -> u64 {
    (1..=5).map(|n| dc.cluster.counters(n).calls(method)).sum()
}

fn send(dc: &TestDc, text: &str) {
    dc.cluster.send_message(ALICE, BOT, text).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_messages_arrive_once_in_order() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let (c, mut updates) = connected(&dc, dir.path()).await;
    for i in 0..5 {
        send(&dc, &format!("live {i}"));
    }
    let got = take_messages(&mut updates, 5).await;
    assert_eq!(got, (0..5).map(|i| format!("live {i}")).collect::<Vec<_>>());
    assert_eq!(updates.try_next().await.unwrap(), None);
    assert_eq!(
        calls(&dc, "updates.getDifference"),
        0,
        "no gap, no difference"
    );
    c.stop().await.unwrap();
    assert!(
        updates.next().await.unwrap().is_none(),
        "stopped: the stream ends"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_update_is_recovered_through_get_difference() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let (c, mut updates) = connected(&dc, dir.path()).await;
    send(&dc, "one");
    assert_eq!(take_messages(&mut updates, 1).await, ["one"]);
    dc.cluster.push_fault(BOT, PushFault::Drop(1)).unwrap();
    send(&dc, "two (dropped)");
    send(&dc, "three");
    let got = take_messages(&mut updates, 2).await;
    assert_eq!(got, ["two (dropped)", "three"]);
    assert!(calls(&dc, "updates.getDifference") >= 1);
    updates.caught_up().await.unwrap();
    assert_eq!(updates.try_next().await.unwrap(), None, "nothing twice");
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_reorders_too_long_and_pauses_deliver_each_message_once() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let (c, mut updates) = connected(&dc, dir.path()).await;
    dc.cluster.push_fault(BOT, PushFault::Duplicate(2)).unwrap();
    send(&dc, "a");
    send(&dc, "b");
    dc.cluster.push_fault(BOT, PushFault::Reorder).unwrap();
    send(&dc, "c");
    send(&dc, "d");
    dc.cluster.push_fault(BOT, PushFault::TooLong(1)).unwrap();
    send(&dc, "e");
    dc.cluster.push_fault(BOT, PushFault::Pause).unwrap();
    send(&dc, "f");
    send(&dc, "g");
    dc.cluster.push_fault(BOT, PushFault::Resume).unwrap();
    send(&dc, "h");
    let got = take_messages(&mut updates, 8).await;
    assert_eq!(got, ["a", "b", "c", "d", "e", "f", "g", "h"]);
    updates.caught_up().await.unwrap();
    assert_eq!(updates.try_next().await.unwrap(), None, "nothing twice");
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_gap_is_recovered_through_get_channel_difference() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let (c, mut updates) = connected(&dc, dir.path()).await;
    dc.cluster.channel_post(CHANNEL, "post 1").unwrap();
    assert_eq!(take_messages(&mut updates, 1).await, ["post 1"]);
    dc.cluster.push_fault(CHANNEL, PushFault::Drop(1)).unwrap();
    dc.cluster
        .channel_post(CHANNEL, "post 2 (dropped)")
        .unwrap();
    dc.cluster.channel_post(CHANNEL, "post 3").unwrap();
    let got = take_messages(&mut updates, 2).await;
    assert_eq!(got, ["post 2 (dropped)", "post 3"]);
    assert!(calls(&dc, "updates.getChannelDifference") >= 1);
    updates.caught_up().await.unwrap();
    assert_eq!(updates.try_next().await.unwrap(), None, "nothing twice");
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clean_restarts_deliver_every_message_exactly_once() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let mut delivered = Vec::new();
    for lifetime in 0..3 {
        let (c, mut updates) = connected(&dc, dir.path()).await;
        // What arrived while stopped comes first, through the catch-up difference.
        if lifetime > 0 {
            delivered.extend(take_messages(&mut updates, 3).await);
        }
        for i in 0..3 {
            send(&dc, &format!("live {lifetime}.{i}"));
        }
        delivered.extend(take_messages(&mut updates, 3).await);
        c.stop().await.unwrap();
        for i in 0..3 {
            send(&dc, &format!("away {lifetime}.{i}"));
        }
    }
    let (c, mut updates) = connected(&dc, dir.path()).await;
    delivered.extend(take_messages(&mut updates, 3).await);
    assert_eq!(updates.try_next().await.unwrap(), None);
    c.stop().await.unwrap();
    let mut want = Vec::new();
    for lifetime in 0..3 {
        if lifetime > 0 {
            want.extend((0..3).map(|i| format!("away {}.{i}", lifetime - 1)));
        }
        want.extend((0..3).map(|i| format!("live {lifetime}.{i}")));
    }
    want.extend((0..3).map(|i| format!("away 2.{i}")));
    assert_eq!(
        delivered, want,
        "each message once, in order, over four lifetimes"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_updates_sent_during_downtime_arrive_through_slices() {
    const N: usize = 10_000;
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let (c, updates) = connected(&dc, dir.path()).await;
    drop(updates);
    c.stop().await.unwrap();
    for i in 0..N {
        send(&dc, &format!("m{i}"));
    }
    let before = calls(&dc, "updates.getDifference");
    let (c, mut updates) = connected(&dc, dir.path()).await;
    let got = take_messages(&mut updates, N).await;
    assert_eq!(got.len(), N);
    assert!(
        got.iter().enumerate().all(|(i, t)| *t == format!("m{i}")),
        "in order, each once"
    );
    let differences = calls(&dc, "updates.getDifference") - before;
    assert!(
        differences >= 10,
        "slices: {differences} getDifference calls"
    );
    assert_eq!(updates.try_next().await.unwrap(), None);
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn peers_in_updates_go_to_the_cache_and_own_messages_move_the_state() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        save_peers: true,
        ..dc.config(dir.path(), BOT2)
    };
    let (c, mut updates) = connected_with(config).await;
    // An edit comes as a full `updates` carrying the user: cached.
    let sent = dc.cluster.send_message(ALICE, BOT, "hello").unwrap();
    assert_eq!(take_messages(&mut updates, 1).await, ["hello"]);
    dc.cluster
        .edit_message(ALICE, BOT, sent.id, "hello, edited")
        .unwrap();
    let batch = tokio::time::timeout(Duration::from_secs(30), updates.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(matches!(
        batch.updates[..],
        [enums::Update::UpdateEditMessage(_)]
    ));
    let alice = c.cached_peer(PeerId::User(ALICE)).await.unwrap();
    assert!(alice.is_full());
    // The bot answers: `updateShortSentMessage` moves the common box, so the next
    // incoming message is no gap.
    let peer = c.input_peer(PeerId::User(ALICE)).await.unwrap();
    let answer = c
        .invoke(&functions::messages::SendMessage {
            no_webpage: false,
            silent: false,
            background: false,
            clear_draft: false,
            noforwards: false,
            update_stickersets_order: false,
            invert_media: false,
            allow_paid_floodskip: false,
            peer,
            reply_to: None,
            message: "hi alice".into(),
            random_id: 42,
            reply_markup: None,
            entities: None,
            schedule_date: None,
            schedule_repeat_period: None,
            send_as: None,
            quick_reply_shortcut: None,
            effect: None,
            allow_paid_stars: None,
            suggested_post: None,
            rich_message: None,
        })
        .await
        .unwrap();
    assert!(matches!(answer, enums::Updates::UpdateShortSentMessage(_)));
    send(&dc, "after our answer");
    assert_eq!(take_messages(&mut updates, 1).await, ["after our answer"]);
    assert_eq!(calls(&dc, "updates.getDifference"), 0);
    c.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_consumer_loses_nothing_when_the_queue_is_full() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        update_queue: 5,
        ..dc.config(dir.path(), BOT2)
    };
    let (c, mut updates) = connected_with(config).await;
    let before = calls(&dc, "updates.getDifference");
    // Nobody takes anything while 50 arrive: the queue fills at 5, the rest is dropped
    // and fetched again through a difference once there is room.
    for i in 0..50 {
        send(&dc, &format!("q{i}"));
    }
    let mut from = 0;
    for _ in 0..50 {
        let (at, _) = dc
            .cluster
            .events()
            .wait_for(from, Duration::from_secs(30), |e| {
                matches!(e, mtrs_testdc::Event::UpdatePushed { account, .. } if *account == BOT)
            })
            .await
            .expect("all 50 pushed");
        from = at + 1;
    }
    let got = take_messages(&mut updates, 50).await;
    assert_eq!(got, (0..50).map(|i| format!("q{i}")).collect::<Vec<_>>());
    assert!(
        calls(&dc, "updates.getDifference") > before,
        "refetched, not lost"
    );
    updates.caught_up().await.unwrap();
    assert_eq!(updates.try_next().await.unwrap(), None);
    c.stop().await.unwrap();
}
