//! `Client::send_message`, `get_messages`, `iter_messages` and `iter_dialogs` against the
//! test DC's stored messages: paging gives every message or dialog exactly once, in order.

use std::collections::HashSet;
use std::time::Duration;

use mtrs::{Client, Config, PeerId, message_id, message_peer, message_text};
use mtrs_testdc::{Account, FaultConfig, Fixture};

use crate::support::{BOT2, TestDc, client};

const BOT: i64 = 7001;
const ALICE: i64 = 1001;

fn calls(dc: &TestDc, method: &str) -> u64 {
    (1..=5).map(|n| dc.cluster.counters(n).calls(method)).sum()
}

async fn bot(dc: &TestDc, dir: &std::path::Path) -> Client {
    let c = client(Config {
        save_peers: true,
        ..dc.config(dir, BOT2)
    });
    c.connect().await.unwrap();
    c
}

#[tokio::test]
async fn a_sent_message_is_read_back_by_id_and_in_the_history() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = bot(&dc, dir.path()).await;
    let alice = c.resolve_username("alice").await.unwrap();
    dc.cluster.send_message(ALICE, BOT, "hi bot").unwrap();

    let sent = c.send_message(alice.id, "hello alice").await.unwrap();
    assert_eq!(sent.peer, PeerId::User(ALICE));
    assert_eq!(sent.text, "hello alice");
    assert!(sent.id > 0 && sent.date > 0);

    let found = c.get_messages(alice.id, &[sent.id, 9_999]).await.unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(message_id(&found[0]), sent.id);
    assert_eq!(message_text(&found[0]).as_deref(), Some("hello alice"));
    assert_eq!(message_peer(&found[0]), Some(PeerId::User(ALICE)));
    assert!(matches!(
        found[1],
        mtrs::api::enums::Message::MessageEmpty(_)
    ));

    let mut history = c.iter_messages(alice.id);
    let mut texts = Vec::new();
    while let Some(m) = history.next().await.unwrap() {
        texts.push(message_text(&m).unwrap());
    }
    assert_eq!(texts, ["hello alice", "hi bot"]);
    // The recipient's side holds it too.
    let state = dc.cluster.update_state(ALICE).unwrap();
    assert!(state.pts >= 3, "alice's pts {}", state.pts);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn sending_to_an_unknown_peer_is_a_typed_error_and_sends_nothing() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = bot(&dc, dir.path()).await;
    let err = c
        .send_message(PeerId::User(424_242), "lost")
        .await
        .unwrap_err();
    assert!(
        matches!(err, mtrs::InvokeError::UnknownPeer { peer } if peer == PeerId::User(424_242)),
        "{err:?}"
    );
    assert_eq!(calls(&dc, "messages.sendMessage"), 0);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn two_hundred_fifty_messages_in_pages_of_100_come_once_each_newest_first() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    for i in 0..250 {
        dc.cluster
            .send_message(ALICE, BOT, &format!("m{i:03}"))
            .unwrap();
    }
    let c = bot(&dc, dir.path()).await;
    let alice = c.resolve_username("alice").await.unwrap();
    let before = calls(&dc, "messages.getHistory");
    let mut history = c.iter_messages(alice.id).page_size(100);
    let mut texts = Vec::new();
    let mut ids = Vec::new();
    while let Some(m) = history.next().await.unwrap() {
        if texts.len() == 1 {
            // Messages arriving during iteration are newer: they are not included.
            for i in 0..5 {
                dc.cluster
                    .send_message(ALICE, BOT, &format!("late{i}"))
                    .unwrap();
            }
        }
        ids.push(message_id(&m));
        texts.push(message_text(&m).unwrap());
    }
    let want: Vec<String> = (0..250).rev().map(|i| format!("m{i:03}")).collect();
    assert_eq!(texts, want);
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "ids strictly decrease");
    assert_eq!(calls(&dc, "messages.getHistory") - before, 3);
    // After the end, `next` stays at the end without another call.
    assert!(history.next().await.unwrap().is_none());
    assert_eq!(calls(&dc, "messages.getHistory") - before, 3);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn an_exact_multiple_of_the_page_size_ends_without_duplicates() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        dc.cluster
            .send_message(ALICE, BOT, &format!("x{i}"))
            .unwrap();
    }
    let c = bot(&dc, dir.path()).await;
    let alice = c.resolve_username("alice").await.unwrap();
    let mut history = c.iter_messages(alice.id).page_size(20);
    let mut seen = HashSet::new();
    while let Some(m) = history.next().await.unwrap() {
        assert!(
            seen.insert(message_id(&m)),
            "message {} twice",
            message_id(&m)
        );
    }
    assert_eq!(seen.len(), 40);
    c.stop().await.unwrap();
}

#[tokio::test]
async fn a_timed_out_send_is_sent_again_with_the_same_random_id_and_stored_once() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(Config {
        save_peers: true,
        request_timeout: Duration::from_millis(1_500),
        ..dc.config(dir.path(), BOT2)
    });
    c.connect().await.unwrap();
    let alice = c.resolve_username("alice").await.unwrap();
    let before = dc.cluster.update_state(ALICE).unwrap().pts;
    // The first attempt runs on the server but its answer comes after the client gave
    // up; once it ran, answers are prompt again.
    let faults = dc.cluster.faults(2).unwrap();
    faults.update(|f| f.reply_delay = Duration::from_secs(3));
    let cluster = dc.cluster.clone();
    let clear = tokio::spawn(async move {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while cluster.counters(2).executed("messages.sendMessage") == 0 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "sendMessage never ran"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        faults.clear();
    });
    let sent = c.send_message(alice.id, "retry me").await.unwrap();
    clear.await.unwrap();
    assert_eq!(dc.cluster.counters(2).executed("messages.sendMessage"), 2);
    // Stored and delivered once: one pts step for Alice, one message in the history.
    assert_eq!(dc.cluster.update_state(ALICE).unwrap().pts, before + 1);
    let mut history = c.iter_messages(alice.id);
    let mut ids = Vec::new();
    while let Some(m) = history.next().await.unwrap() {
        ids.push(message_id(&m));
    }
    assert_eq!(ids, [sent.id]);
    c.stop().await.unwrap();
}

/// Users 200_000… each send the bot one message: one dialog each.
const WRITERS: i64 = 130;

fn writers_fixture() -> Fixture {
    (0..WRITERS).fold(Fixture::default(), |f, i| {
        f.account(Account::user(200_000 + i, (i % 5) as i32 + 1, "Writer"))
    })
}

#[tokio::test]
async fn dialogs_over_three_pages_come_once_each_newest_first() {
    let dc = TestDc::start_with(writers_fixture(), FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    for i in 0..WRITERS {
        dc.cluster
            .send_message(200_000 + i, BOT, &format!("from {i}"))
            .unwrap();
    }
    let c = bot(&dc, dir.path()).await;
    let before = calls(&dc, "messages.getDialogs");
    let mut dialogs = c.iter_dialogs().page_size(50);
    let mut order = Vec::new();
    while let Some(d) = dialogs.next().await.unwrap() {
        let top = d
            .top_message
            .as_ref()
            .expect("the latest message is carried");
        assert_eq!(message_id(top), d.dialog.top_message);
        order.push(d.peer);
    }
    // Newest first: the writers from the last to the first.
    let want: Vec<PeerId> = (0..WRITERS)
        .rev()
        .map(|i| PeerId::User(200_000 + i))
        .collect();
    assert_eq!(order, want);
    assert_eq!(calls(&dc, "messages.getDialogs") - before, 3);
    // Every writer went to the peer cache with its page: usable without a resolve.
    let sent = c
        .send_message(PeerId::User(200_000), "thanks")
        .await
        .unwrap();
    assert!(sent.id > 0);
    c.stop().await.unwrap();
}
