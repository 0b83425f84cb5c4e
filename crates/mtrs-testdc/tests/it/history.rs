//! Messages the client sends and reads: `messages.sendMessage` (pushed to the
//! recipient, idempotent by random_id), `messages.getHistory`, `messages.getDialogs` and
//! `messages.getMessages` paginated over the stored messages.

use std::collections::BTreeSet;

use mtrs_testdc::Cluster;
use mtrs_tl_api::functions::messages;
use mtrs_tl_api::{enums, types};

use crate::updates::{next_update, user_client};

fn user_peer(cluster: &Cluster, id: i64) -> enums::InputPeer {
    let a = cluster.fixture().account_by_id(id).unwrap();
    enums::InputPeer::InputPeerUser(types::InputPeerUser {
        user_id: id,
        access_hash: a.access_hash,
    })
}

fn send(peer: enums::InputPeer, text: &str, random_id: i64) -> messages::SendMessage {
    messages::SendMessage {
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
        message: text.into(),
        random_id,
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
    }
}

fn history(
    peer: enums::InputPeer,
    offset_id: i32,
    add_offset: i32,
    limit: i32,
) -> messages::GetHistory {
    messages::GetHistory {
        peer,
        offset_id,
        offset_date: 0,
        add_offset,
        limit,
        max_id: 0,
        min_id: 0,
        hash: 0,
    }
}

fn ids(m: &[enums::Message]) -> Vec<i32> {
    m.iter()
        .map(|m| match m {
            enums::Message::Message(m) => m.id,
            enums::Message::MessageEmpty(m) => -m.id,
            enums::Message::MessageService(m) => m.id,
        })
        .collect()
}

/// The messages and count of a history answer.
fn page(m: enums::messages::Messages) -> (Vec<i32>, Option<i32>) {
    match m {
        enums::messages::Messages::Messages(m) => (ids(&m.messages), None),
        enums::messages::Messages::MessagesSlice(m) => (ids(&m.messages), Some(m.count)),
        enums::messages::Messages::ChannelMessages(m) => (ids(&m.messages), Some(m.count)),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn send_message_answers_short_sent_and_reaches_the_recipient_once() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut bob = user_client(&cluster, 2, 1002).await;
    let mut alice = user_client(&cluster, 1, 1001).await;
    let mut alice_too = user_client(&cluster, 1, 1001).await;
    let sent = alice
        .call(&send(user_peer(&cluster, 1002), "hello", 42))
        .await
        .unwrap();
    let enums::Updates::UpdateShortSentMessage(s) = sent else {
        panic!("{sent:?}")
    };
    assert_eq!((s.id, s.pts, s.pts_count, s.out), (1, 2, 1, true));
    let enums::Updates::UpdateShortMessage(m) = next_update(&mut bob).await else {
        panic!("not short")
    };
    assert_eq!((m.id, m.user_id, m.pts, m.out), (1, 1001, 2, false));
    // Alice's other session sees her outgoing copy.
    let enums::Updates::UpdateShortMessage(own) = next_update(&mut alice_too).await else {
        panic!("not short")
    };
    assert_eq!((own.id, own.user_id, own.out), (1, 1002, true));
    // The same random_id again: the same message, nothing new for Bob.
    let again = alice
        .call(&send(user_peer(&cluster, 1002), "hello", 42))
        .await
        .unwrap();
    let enums::Updates::UpdateShortSentMessage(a) = again else {
        panic!("{again:?}")
    };
    assert_eq!((a.id, a.pts), (1, 2));
    alice
        .call(&send(user_peer(&cluster, 1002), "second", 43))
        .await
        .unwrap();
    let enums::Updates::UpdateShortMessage(m) = next_update(&mut bob).await else {
        panic!("not short")
    };
    assert_eq!(
        (m.id, m.pts),
        (2, 3),
        "the repeated random_id was not sent again"
    );
    assert!(alice.updates.is_empty(), "the sending session gets no push");
    let e = alice
        .call(&send(user_peer(&cluster, 1002), " ", 44))
        .await
        .unwrap_err();
    assert_eq!(e.message(), "MESSAGE_EMPTY");
    let mut wrong = user_peer(&cluster, 1002);
    if let enums::InputPeer::InputPeerUser(u) = &mut wrong {
        u.access_hash ^= 1;
    }
    let e = alice.call(&send(wrong, "x", 45)).await.unwrap_err();
    assert_eq!(e.message(), "PEER_ID_INVALID");
    cluster.shutdown().await;
}

#[tokio::test]
async fn history_and_dialogs_paginate_every_message_once() {
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    for i in 0..25 {
        cluster.send_message(1001, 1002, &format!("a{i}")).unwrap();
    }
    for i in 0..10 {
        cluster.send_message(1003, 1002, &format!("c{i}")).unwrap();
    }
    for i in 0..5 {
        cluster.channel_post(5001, &format!("p{i}")).unwrap();
    }
    let mut bob = user_client(&cluster, 2, 1002).await;
    let alice = user_peer(&cluster, 1001);

    // Newest first, 10 at a time, each page below the last id.
    let mut seen = Vec::new();
    let mut offset = 0;
    loop {
        let (got, count) = page(
            bob.call(&history(alice.clone(), offset, 0, 10))
                .await
                .unwrap(),
        );
        assert_eq!(count, Some(25));
        if got.is_empty() {
            break;
        }
        assert!(got.windows(2).all(|w| w[0] > w[1]), "newest first");
        offset = *got.last().unwrap();
        seen.extend(got);
    }
    assert_eq!(seen, (1..=25).rev().collect::<Vec<i32>>());
    // add_offset −5 from id 10: the 5 newer ones and the 5 older ones.
    let (got, _) = page(bob.call(&history(alice.clone(), 10, -5, 10)).await.unwrap());
    assert_eq!(got, (5..=14).rev().collect::<Vec<i32>>());
    // min_id / max_id are exclusive bounds.
    let mut bounded = history(alice.clone(), 0, 0, 100);
    bounded.min_id = 3;
    bounded.max_id = 8;
    let (got, _) = page(bob.call(&bounded).await.unwrap());
    assert_eq!(got, [7, 6, 5, 4]);
    // Carol's chat fits in one answer.
    let (got, count) = page(
        bob.call(&history(user_peer(&cluster, 1003), 0, 0, 100))
            .await
            .unwrap(),
    );
    assert_eq!((got.len(), count), (10, None));
    // The channel's history.
    let channel = &cluster.fixture().channels[0];
    let input = enums::InputPeer::InputPeerChannel(types::InputPeerChannel {
        channel_id: channel.id,
        access_hash: channel.access_hash,
    });
    let enums::messages::Messages::ChannelMessages(cm) =
        bob.call(&history(input, 0, 0, 3)).await.unwrap()
    else {
        panic!("not channelMessages");
    };
    assert_eq!((ids(&cm.messages), cm.count, cm.pts), (vec![5, 4, 3], 5, 6));

    // Dialogs one at a time, each after the last one's peer.
    let mut peers = BTreeSet::new();
    let mut offset_peer = enums::InputPeer::InputPeerEmpty;
    let (mut offset_date, mut offset_id) = (0, 0);
    for _ in 0..4 {
        let answer = bob
            .call(&messages::GetDialogs {
                exclude_pinned: false,
                folder_id: None,
                offset_date,
                offset_id,
                offset_peer: offset_peer.clone(),
                limit: 1,
                hash: 0,
            })
            .await
            .unwrap();
        let enums::messages::Dialogs::DialogsSlice(s) = answer else {
            panic!("not a slice: {answer:?}")
        };
        assert_eq!(s.count, 3);
        let Some(enums::Dialog::Dialog(d)) = s.dialogs.first() else {
            break;
        };
        let enums::Message::Message(top) = &s.messages[0] else {
            panic!("no top message")
        };
        assert_eq!(top.id, d.top_message);
        (offset_date, offset_id) = (top.date, top.id);
        offset_peer = match &d.peer {
            enums::Peer::PeerUser(u) => user_peer(&cluster, u.user_id),
            enums::Peer::PeerChannel(c) => {
                enums::InputPeer::InputPeerChannel(types::InputPeerChannel {
                    channel_id: c.channel_id,
                    access_hash: channel.access_hash,
                })
            }
            enums::Peer::PeerChat(_) => panic!("no chats"),
        };
        assert!(peers.insert(format!("{:?}", d.peer)), "each dialog once");
    }
    assert_eq!(peers.len(), 3);
    let all = bob
        .call(&messages::GetDialogs {
            exclude_pinned: false,
            folder_id: None,
            offset_date: 0,
            offset_id: 0,
            offset_peer: enums::InputPeer::InputPeerEmpty,
            limit: 100,
            hash: 0,
        })
        .await
        .unwrap();
    let enums::messages::Dialogs::Dialogs(all) = all else {
        panic!("not all dialogs: {all:?}")
    };
    assert_eq!((all.dialogs.len(), all.chats.len()), (3, 1));

    // getMessages by id, messageEmpty for unknown ones.
    let got = bob
        .call(&messages::GetMessages {
            id: vec![
                enums::InputMessage::InputMessageId(types::InputMessageId { id: 3 }),
                enums::InputMessage::InputMessageId(types::InputMessageId { id: 999 }),
            ],
        })
        .await
        .unwrap();
    assert_eq!(page(got).0, [3, -999]);
    cluster.shutdown().await;
}
