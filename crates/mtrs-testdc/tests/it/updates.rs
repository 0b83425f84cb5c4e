//! Updates: injected events pushed to live sessions (pts, seq, constructors), the
//! difference after a gap, slices, too-long answers, channel differences and the push
//! faults.

use mtrs_testdc::{Cluster, DcId, Event, PushFault};
use mtrs_tl::Deserialize;
use mtrs_tl_api::functions::updates;
use mtrs_tl_api::{enums, types};

use crate::client::{TestClient, WAIT};
use crate::keyed_client;

/// A client on `dc` whose key is logged in as `user`, its session attached.
pub async fn user_client(cluster: &Cluster, dc: i32, user: i64) -> TestClient {
    let mut c = keyed_client(cluster, dc).await;
    let key_id = c.auth_key.as_ref().expect("a key").id().0;
    assert!(
        cluster
            .authorize_key(DcId::new(dc), key_id, Some(user))
            .unwrap()
    );
    c.call(&updates::GetState).await.expect("getState");
    c
}

/// The next pushed update.
pub async fn next_update(c: &mut TestClient) -> enums::Updates {
    loop {
        if let Some(body) = c.updates.pop_front() {
            return enums::Updates::from_bytes(&body).expect("an Updates");
        }
        c.flush().await.expect("flush");
        // `pump` keeps the updates it reads in `c.updates`.
        c.pump().await.expect("a packet");
    }
}

async fn state(c: &mut TestClient) -> types::updates::State {
    let enums::updates::State::State(s) = c.call(&updates::GetState).await.unwrap();
    s
}

fn difference(pts: i32, date: i32) -> updates::GetDifference {
    updates::GetDifference {
        pts,
        pts_limit: None,
        pts_total_limit: None,
        date,
        qts: 0,
        qts_limit: None,
    }
}

fn short(u: enums::Updates) -> types::UpdateShortMessage {
    match u {
        enums::Updates::UpdateShortMessage(m) => m,
        other => panic!("not updateShortMessage: {other:?}"),
    }
}

fn container(u: enums::Updates) -> types::Updates {
    match u {
        enums::Updates::Updates(u) => u,
        other => panic!("not updates: {other:?}"),
    }
}

fn message_text(m: &enums::Message) -> (i32, String, bool) {
    match m {
        enums::Message::Message(m) => (m.id, m.message.to_str_lossy().into_owned(), m.out),
        other => panic!("not a message: {other:?}"),
    }
}

#[tokio::test]
async fn injected_events_are_pushed_with_pts_and_seq() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    let mut alice = user_client(&cluster, 1, 1001).await;
    let before = state(&mut bob).await;
    assert_eq!((before.pts, before.seq, before.qts), (1, 1, 0));

    let from = cluster.events().len();
    let sent = cluster.send_message(1001, 1002, "hi Bob").unwrap();
    assert_eq!((sent.id, sent.pts), (1, 2));
    let m = short(next_update(&mut bob).await);
    assert_eq!(
        (m.id, m.user_id, m.pts, m.pts_count, m.out),
        (1, 1001, 2, 1, false)
    );
    assert_eq!(m.message.to_str_lossy(), "hi Bob");
    let own = container(next_update(&mut alice).await);
    assert_eq!(own.seq, 2);
    let [enums::Update::UpdateNewMessage(new)] = own.updates.as_slice() else {
        panic!("{own:?}")
    };
    assert_eq!((new.pts, new.pts_count), (2, 1));
    assert_eq!(message_text(&new.message), (1, "hi Bob".to_owned(), true));
    assert_eq!(own.users.len(), 2);
    cluster
        .events()
        .wait_for(from, WAIT, |e| {
            matches!(
                e,
                Event::UpdatePushed {
                    account: 1002,
                    constructor: "updateShortMessage",
                    pts: 2,
                    seq: 0,
                    dc_id: 2,
                    ..
                }
            )
        })
        .await
        .unwrap();

    // Alice edits her copy: both sides get updateEditMessage in a container.
    let edit = cluster.edit_message(1001, 1002, 1, "hi, Bob").unwrap();
    assert_eq!(edit.pts, 3);
    let theirs = container(next_update(&mut bob).await);
    assert_eq!(theirs.seq, 2, "Bob's first container");
    let [enums::Update::UpdateEditMessage(e)] = theirs.updates.as_slice() else {
        panic!("{theirs:?}")
    };
    assert_eq!((e.pts, e.pts_count), (3, 1));
    assert_eq!(message_text(&e.message).1, "hi, Bob");
    assert!(
        theirs
            .users
            .iter()
            .any(|u| matches!(u, enums::User::User(u) if u.id == 1001))
    );
    let mine = container(next_update(&mut alice).await);
    assert_eq!(mine.seq, 3);

    // Bob deletes it (for both).
    let gone = cluster.delete_messages(1002, &[1]).unwrap();
    assert_eq!(gone.pts, 4);
    let deleted = container(next_update(&mut bob).await);
    let [enums::Update::UpdateDeleteMessages(d)] = deleted.updates.as_slice() else {
        panic!("{deleted:?}")
    };
    assert_eq!(
        (d.messages.as_slice(), d.pts, d.pts_count),
        (&[1][..], 4, 1)
    );
    let theirs = container(next_update(&mut alice).await);
    assert_eq!(theirs.seq, 4);
    assert!(
        matches!(theirs.updates.as_slice(), [enums::Update::UpdateDeleteMessages(d)] if d.pts == 4)
    );
    let after = state(&mut bob).await;
    assert_eq!((after.pts, after.seq), (4, 3));
    assert_eq!(state(&mut alice).await.pts, 4);
    assert!(cluster.counters(DcId::new(2)).updates_pushed >= 3);
    assert!(cluster.counters(DcId::new(1)).updates_pushed >= 3);

    // A channel post reaches both, with the channel's pts and the channel in chats.
    let post = cluster.channel_post(5001, "news").unwrap();
    assert_eq!((post.id, post.pts), (1, 2));
    for c in [&mut bob, &mut alice] {
        let u = container(next_update(c).await);
        assert_eq!(u.seq, 0);
        let [enums::Update::UpdateNewChannelMessage(n)] = u.updates.as_slice() else {
            panic!("{u:?}")
        };
        assert_eq!((n.pts, n.pts_count), (2, 1));
        assert!(matches!(u.chats.as_slice(), [enums::Chat::Channel(ch)] if ch.id == 5001));
    }
    assert!(cluster.send_message(1001, 99, "x").is_err());
    assert!(cluster.edit_message(1001, 1002, 1, "x").is_err());
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_dropped_push_is_a_gap_the_difference_fills() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    cluster.send_message(1001, 1002, "one").unwrap();
    assert_eq!(short(next_update(&mut bob).await).pts, 2);
    let from = cluster.events().len();
    cluster.push_fault(1002, PushFault::Drop(1)).unwrap();
    cluster.send_message(1001, 1002, "two").unwrap();
    cluster.send_message(1001, 1002, "three").unwrap();
    cluster
        .events()
        .wait_for(from, WAIT, |e| {
            matches!(
                e,
                Event::PushFault {
                    peer: 1002,
                    kind: "drop"
                }
            )
        })
        .await
        .unwrap();
    let third = short(next_update(&mut bob).await);
    assert_eq!(
        (third.pts, third.pts_count),
        (4, 1),
        "pts 3 never came: a gap"
    );
    let enums::updates::Difference::Difference(d) = bob.call(&difference(2, 0)).await.unwrap()
    else {
        panic!("not a difference");
    };
    let got: Vec<(i32, String, bool)> = d.new_messages.iter().map(message_text).collect();
    assert_eq!(
        got,
        [(2, "two".to_owned(), false), (3, "three".to_owned(), false)]
    );
    assert!(d.other_updates.is_empty());
    let enums::updates::State::State(s) = d.state;
    assert_eq!((s.pts, s.seq), (4, 1));
    assert!(
        d.users
            .iter()
            .any(|u| matches!(u, enums::User::User(u) if u.id == 1001))
    );
    // Caught up: empty.
    let enums::updates::Difference::DifferenceEmpty(e) =
        bob.call(&difference(4, s.date)).await.unwrap()
    else {
        panic!("not empty");
    };
    assert_eq!(e.seq, 1);
    // Errors for impossible pts.
    let e = bob.call(&difference(0, 0)).await.unwrap_err();
    assert_eq!(e.message(), "PERSISTENT_TIMESTAMP_EMPTY");
    let e = bob.call(&difference(5, 0)).await.unwrap_err();
    assert_eq!(e.message(), "PERSISTENT_TIMESTAMP_INVALID");
    let counters = cluster.counters(DcId::new(2));
    assert_eq!(counters.calls("updates.getDifference"), 4);
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_long_difference_comes_in_chained_slices_or_too_long() {
    let cluster = Cluster::builder()
        .dcs(2)
        .difference_limit(1000)
        .difference_too_long_after(2400)
        .start()
        .await
        .unwrap();
    for i in 0..2500 {
        cluster.send_message(1001, 1002, &format!("m{i}")).unwrap();
    }
    let mut bob = user_client(&cluster, 2, 1002).await;
    let enums::updates::Difference::DifferenceTooLong(t) =
        bob.call(&difference(1, 0)).await.unwrap()
    else {
        panic!("not too long");
    };
    assert_eq!(t.pts, 2501);
    let mut pts = 101;
    let mut ids = Vec::new();
    let mut answers = 0;
    loop {
        answers += 1;
        match bob.call(&difference(pts, 0)).await.unwrap() {
            enums::updates::Difference::DifferenceSlice(s) => {
                assert_eq!(s.new_messages.len(), 1000);
                ids.extend(s.new_messages.iter().map(|m| message_text(m).0));
                let enums::updates::State::State(st) = s.intermediate_state;
                assert_eq!(st.pts, pts + 1000, "the intermediate states chain");
                pts = st.pts;
            }
            enums::updates::Difference::Difference(d) => {
                ids.extend(d.new_messages.iter().map(|m| message_text(m).0));
                let enums::updates::State::State(st) = d.state;
                assert_eq!(st.pts, 2501);
                break;
            }
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(answers, 3);
    assert_eq!(ids, (101..=2500).collect::<Vec<i32>>());
    // A smaller pts_total_limit wins.
    let mut small = difference(2000, 0);
    small.pts_total_limit = Some(100);
    let enums::updates::Difference::DifferenceSlice(s) = bob.call(&small).await.unwrap() else {
        panic!("not a slice");
    };
    assert_eq!(s.new_messages.len(), 100);
    cluster.shutdown().await;
}

fn channel_difference(pts: i32, limit: i32, hash: i64) -> updates::GetChannelDifference {
    updates::GetChannelDifference {
        force: false,
        channel: enums::InputChannel::InputChannel(types::InputChannel {
            channel_id: 5001,
            access_hash: hash,
        }),
        filter: enums::ChannelMessagesFilter::ChannelMessagesFilterEmpty,
        pts,
        limit,
    }
}

#[tokio::test]
async fn channel_differences_are_capped_and_say_when_final() {
    let cluster = Cluster::builder()
        .dcs(2)
        .difference_too_long_after(140)
        .start()
        .await
        .unwrap();
    let hash = cluster.fixture().channels[0].access_hash;
    for i in 0..150 {
        cluster.channel_post(5001, &format!("post {i}")).unwrap();
    }
    let mut alice = user_client(&cluster, 1, 1001).await;
    // A user gets at most 100 at once.
    let enums::updates::ChannelDifference::ChannelDifference(d) = alice
        .call(&channel_difference(11, 1000, hash))
        .await
        .unwrap()
    else {
        panic!("not a channel difference");
    };
    assert!(!d.r#final);
    assert_eq!((d.new_messages.len(), d.pts), (100, 111));
    assert!(matches!(d.chats.as_slice(), [enums::Chat::Channel(c)] if c.id == 5001));
    let enums::updates::ChannelDifference::ChannelDifference(d) = alice
        .call(&channel_difference(111, 1000, hash))
        .await
        .unwrap()
    else {
        panic!("not a channel difference");
    };
    assert!(d.r#final);
    assert_eq!((d.new_messages.len(), d.pts), (40, 151));
    let enums::updates::ChannelDifference::ChannelDifferenceEmpty(e) = alice
        .call(&channel_difference(151, 10, hash))
        .await
        .unwrap()
    else {
        panic!("not empty");
    };
    assert!(e.r#final);
    assert_eq!(e.pts, 151);
    // Too far behind (or nothing known): the dialog and the latest messages.
    let enums::updates::ChannelDifference::ChannelDifferenceTooLong(t) =
        alice.call(&channel_difference(1, 20, hash)).await.unwrap()
    else {
        panic!("not too long");
    };
    assert!(t.r#final);
    assert_eq!(t.messages.len(), 20);
    assert_eq!(message_text(&t.messages[0]).0, 150);
    let enums::Dialog::Dialog(dialog) = &t.dialog else {
        panic!("{:?}", t.dialog)
    };
    assert_eq!((dialog.top_message, dialog.pts), (150, Some(151)));
    let e = alice
        .call(&channel_difference(151, 10, hash ^ 1))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "CHANNEL_INVALID");
    let e = alice
        .call(&channel_difference(152, 10, hash))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "PERSISTENT_TIMESTAMP_INVALID");
    // A bot may take far more at once.
    let mut bot = crate::bot_client(&cluster).await;
    let enums::updates::ChannelDifference::ChannelDifference(d) =
        bot.call(&channel_difference(11, 1000, hash)).await.unwrap()
    else {
        panic!("not a channel difference");
    };
    assert!(d.r#final);
    assert_eq!(d.new_messages.len(), 140);
    cluster.shutdown().await;
}

#[tokio::test]
async fn push_faults_duplicate_reorder_too_long_pause_and_channel_drop() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    let send = |text: &str| cluster.send_message(1001, 1002, text).unwrap().pts;

    cluster.push_fault(1002, PushFault::Duplicate(1)).unwrap();
    assert_eq!(send("dup"), 2);
    assert_eq!(short(next_update(&mut bob).await).pts, 2);
    assert_eq!(short(next_update(&mut bob).await).pts, 2);

    cluster.push_fault(1002, PushFault::Reorder).unwrap();
    send("held");
    send("overtakes");
    assert_eq!(short(next_update(&mut bob).await).pts, 4);
    assert_eq!(short(next_update(&mut bob).await).pts, 3);

    cluster.push_fault(1002, PushFault::TooLong(1)).unwrap();
    send("too long");
    assert_eq!(next_update(&mut bob).await, enums::Updates::UpdatesTooLong);

    let from = cluster.events().len();
    cluster.push_fault(1002, PushFault::Pause).unwrap();
    send("p1");
    send("p2");
    cluster
        .events()
        .wait_for(from, WAIT, |e| {
            matches!(
                e,
                Event::PushFault {
                    peer: 1002,
                    kind: "pause"
                }
            )
        })
        .await
        .unwrap();
    assert_eq!(cluster.push_fault(1002, PushFault::Resume).unwrap(), 2);
    assert_eq!(short(next_update(&mut bob).await).pts, 6);
    assert_eq!(short(next_update(&mut bob).await).pts, 7);

    // A channel gap: the first post reaches nobody.
    cluster.push_fault(5001, PushFault::Drop(1)).unwrap();
    cluster.channel_post(5001, "lost").unwrap();
    cluster.channel_post(5001, "seen").unwrap();
    let u = container(next_update(&mut bob).await);
    let [enums::Update::UpdateNewChannelMessage(n)] = u.updates.as_slice() else {
        panic!("{u:?}")
    };
    assert_eq!(n.pts, 3);
    assert_eq!(state(&mut bob).await.pts, 7);
    assert!(cluster.push_fault(5001, PushFault::Pause).is_err());
    assert!(cluster.push_fault(4242, PushFault::Drop(1)).is_err());
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_session_without_a_connection_misses_pushes_and_catches_up() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    let s = state(&mut bob).await;
    drop(bob);
    cluster
        .events()
        .wait_for(0, WAIT, |e| {
            matches!(e, Event::ConnectionClosed { dc_id: 2, .. })
        })
        .await
        .unwrap();
    let from = cluster.events().len();
    cluster.send_message(1001, 1002, "while away").unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    let enums::updates::Difference::Difference(d) =
        bob.call(&difference(s.pts, s.date)).await.unwrap()
    else {
        panic!("not a difference");
    };
    assert_eq!(d.new_messages.len(), 1);
    assert!(
        !cluster
            .events()
            .since(from)
            .iter()
            .any(|e| matches!(e, Event::UpdatePushed { account: 1002, .. }))
    );
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_session_that_asked_without_updates_gets_no_pushes() {
    use mtrs_tl::{RawTl, Serialize};
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut quiet = keyed_client(&cluster, 2).await;
    let key_id = quiet.auth_key.as_ref().unwrap().id().0;
    cluster
        .authorize_key(DcId::new(2), key_id, Some(1002))
        .unwrap();
    let wrapped = mtrs_tl_api::functions::InvokeWithoutUpdates {
        query: RawTl(updates::GetState.to_bytes()),
    };
    quiet.call_raw(wrapped.to_bytes()).await.unwrap();
    let mut loud = user_client(&cluster, 2, 1002).await;
    let from = cluster.events().len();
    cluster.send_message(1001, 1002, "only loud").unwrap();
    assert_eq!(short(next_update(&mut loud).await).pts, 2);
    let pushed_to_quiet = |from| {
        cluster
            .events()
            .since(from)
            .iter()
            .any(|e| matches!(e, Event::UpdatePushed { key_id: k, .. } if *k == key_id))
    };
    assert!(!pushed_to_quiet(from));
    // A plain call subscribes it.
    state(&mut quiet).await;
    cluster.send_message(1001, 1002, "both").unwrap();
    assert_eq!(short(next_update(&mut quiet).await).pts, 3);
    assert!(quiet.updates.is_empty(), "the first one never came");
    cluster.shutdown().await;
}
