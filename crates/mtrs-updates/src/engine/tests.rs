use std::time::{Duration, Instant};

use mtrs_session::{AccountState, ChannelId, UnixTime, UpdateState};
use mtrs_tl_api::enums::{self, Update};
use mtrs_tl_api::types;
use proptest::prelude::*;

use super::{Engine, EngineConfig};
use crate::batch::{Batch, Lost, Request};

fn msg(id: i32, channel: Option<i64>) -> enums::Message {
    let peer_id = match channel {
        Some(channel_id) => enums::Peer::PeerChannel(types::PeerChannel { channel_id }),
        None => enums::Peer::PeerUser(types::PeerUser { user_id: 1001 }),
    };
    enums::Message::MessageEmpty(types::MessageEmpty {
        id,
        peer_id: Some(peer_id),
    })
}

fn new_message(id: i32, pts: i32) -> Update {
    Update::UpdateNewMessage(types::UpdateNewMessage {
        message: msg(id, None),
        pts,
        pts_count: 1,
    })
}

fn channel_message(channel: i64, id: i32, pts: i32) -> Update {
    Update::UpdateNewChannelMessage(types::UpdateNewChannelMessage {
        message: msg(id, Some(channel)),
        pts,
        pts_count: 1,
    })
}

fn short(update: Update) -> enums::Updates {
    enums::Updates::UpdateShort(types::UpdateShort {
        update,
        date: 1_700_000_100,
    })
}

fn container(seq: i32, updates: Vec<Update>) -> enums::Updates {
    enums::Updates::Updates(types::Updates {
        updates,
        users: Vec::new(),
        chats: Vec::new(),
        date: 1_700_000_200,
        seq,
    })
}

fn state(pts: i32, qts: i32, seq: i32) -> enums::updates::State {
    enums::updates::State::State(types::updates::State {
        pts,
        qts,
        date: 1_700_000_000,
        seq,
        unread_count: 0,
    })
}

fn stored(pts: i32, seq: i32) -> UpdateState {
    UpdateState {
        account: Some(AccountState {
            pts,
            qts: 0,
            date: UnixTime(1_700_000_000),
            seq,
        }),
        channels: Default::default(),
    }
}

/// An engine past its catch-up (the difference was empty).
fn running(pts: i32, seq: i32, now: Instant) -> Engine {
    let mut e = Engine::new(EngineConfig::default(), &stored(pts, seq), now);
    assert!(matches!(
        e.poll_request(now),
        Some(Request::GetDifference { .. })
    ));
    e.on_difference(
        enums::updates::Difference::DifferenceEmpty(types::updates::DifferenceEmpty {
            date: 1_700_000_000,
            seq,
        }),
        now,
    );
    drain(&mut e);
    e
}

fn drain(e: &mut Engine) -> Vec<Batch> {
    std::iter::from_fn(|| e.pop()).collect()
}

/// The message ids delivered, in order.
fn ids(batches: &[Batch]) -> Vec<i32> {
    batches
        .iter()
        .flat_map(|b| &b.updates)
        .filter_map(|u| match u {
            Update::UpdateNewMessage(u) => Some(&u.message),
            Update::UpdateNewChannelMessage(u) => Some(&u.message),
            _ => None,
        })
        .map(|m| match m {
            enums::Message::MessageEmpty(m) => m.id,
            enums::Message::Message(m) => m.id,
            enums::Message::MessageService(m) => m.id,
        })
        .collect()
}

#[test]
fn in_order_updates_apply_and_duplicates_drop() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    e.push(short(new_message(1, 11)), now);
    e.push(short(new_message(1, 11)), now);
    e.push(short(new_message(2, 12)), now);
    let batches = drain(&mut e);
    assert_eq!(ids(&batches), vec![1, 2]);
    assert_eq!(
        batches.last().and_then(|b| b.state.account).map(|a| a.pts),
        Some(12)
    );
    assert_eq!(e.poll_request(now), None);
}

#[test]
fn a_gap_filled_by_a_late_update_needs_no_difference() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    e.push(short(new_message(2, 12)), now);
    assert!(drain(&mut e).iter().all(|b| b.updates.is_empty()));
    assert!(
        e.poll_timeout()
            .is_some_and(|t| t <= now + Duration::from_millis(500))
    );
    e.push(short(new_message(1, 11)), now);
    assert_eq!(ids(&drain(&mut e)), vec![1, 2]);
    e.handle_timeout(now + Duration::from_secs(1));
    assert_eq!(e.poll_request(now + Duration::from_secs(1)), None);
}

#[test]
fn a_gap_that_stays_is_filled_by_get_difference_in_order() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    e.push(short(new_message(1, 11)), now);
    // pts 12 is lost; 13 arrives.
    e.push(short(new_message(3, 13)), now);
    assert_eq!(ids(&drain(&mut e)), vec![1]);
    assert_eq!(e.poll_request(now), None, "held for the gap wait first");
    let later = now + Duration::from_millis(600);
    e.handle_timeout(later);
    assert_eq!(
        e.poll_request(later),
        Some(Request::GetDifference {
            pts: 11,
            qts: 0,
            date: 1_700_000_100
        })
    );
    // Live updates of the common box are dropped while the difference is fetched.
    e.push(short(new_message(4, 14)), later);
    e.on_difference(
        enums::updates::Difference::Difference(types::updates::Difference {
            new_messages: vec![msg(2, None), msg(3, None), msg(4, None)],
            new_encrypted_messages: Vec::new(),
            other_updates: Vec::new(),
            chats: Vec::new(),
            users: Vec::new(),
            state: state(14, 0, 1),
        }),
        later,
    );
    let batches = drain(&mut e);
    assert_eq!(ids(&batches), vec![2, 3, 4]);
    assert_eq!(
        batches.last().and_then(|b| b.state.account).map(|a| a.pts),
        Some(14)
    );
}

#[test]
fn slices_chain_until_the_final_difference() {
    let now = Instant::now();
    let mut e = Engine::new(EngineConfig::default(), &stored(0, 0), now);
    let mut delivered = Vec::new();
    let mut calls = 0;
    while let Some(request) = e.poll_request(now) {
        let Request::GetDifference { pts, .. } = request else {
            panic!("unexpected {request:?}");
        };
        calls += 1;
        let end = (pts + 1000).min(2500);
        let messages = (pts + 1..=end).map(|i| msg(i, None)).collect();
        let difference = if end < 2500 {
            enums::updates::Difference::DifferenceSlice(types::updates::DifferenceSlice {
                new_messages: messages,
                new_encrypted_messages: Vec::new(),
                other_updates: Vec::new(),
                chats: Vec::new(),
                users: Vec::new(),
                intermediate_state: state(end, 0, 0),
            })
        } else {
            enums::updates::Difference::Difference(types::updates::Difference {
                new_messages: messages,
                new_encrypted_messages: Vec::new(),
                other_updates: Vec::new(),
                chats: Vec::new(),
                users: Vec::new(),
                state: state(end, 0, 0),
            })
        };
        e.on_difference(difference, now);
        delivered.extend(ids(&drain(&mut e)));
    }
    assert_eq!(calls, 3);
    assert_eq!(delivered, (1..=2500).collect::<Vec<_>>());
}

#[test]
fn seq_gaps_hold_containers_and_duplicates_drop() {
    let now = Instant::now();
    let mut e = running(10, 5, now);
    e.push(container(7, vec![new_message(2, 12)]), now);
    assert!(ids(&drain(&mut e)).is_empty());
    e.push(container(6, vec![new_message(1, 11)]), now);
    e.push(container(6, vec![new_message(1, 11)]), now);
    let batches = drain(&mut e);
    assert_eq!(ids(&batches), vec![1, 2]);
    let last = batches.iter().rev().find_map(|b| b.state.account);
    assert_eq!(last.map(|a| (a.pts, a.seq)), Some((12, 7)));
}

#[test]
fn channel_gap_is_filled_by_get_channel_difference() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    e.push(short(channel_message(77, 1, 5)), now);
    e.push(short(channel_message(77, 3, 7)), now);
    assert_eq!(ids(&drain(&mut e)), vec![1]);
    let later = now + Duration::from_secs(1);
    e.handle_timeout(later);
    let Some(Request::GetChannelDifference {
        channel: 77,
        pts: 5,
        limit: 100,
        ..
    }) = e.poll_request(later)
    else {
        panic!("expected a channel difference");
    };
    e.on_channel_difference(
        77,
        enums::updates::ChannelDifference::ChannelDifference(types::updates::ChannelDifference {
            r#final: true,
            pts: 7,
            timeout: None,
            new_messages: vec![msg(2, Some(77)), msg(3, Some(77))],
            other_updates: Vec::new(),
            chats: Vec::new(),
            users: Vec::new(),
        }),
    );
    let batches = drain(&mut e);
    assert_eq!(ids(&batches), vec![2, 3]);
    assert_eq!(batches[0].state.channels, vec![(ChannelId(77), Some(7))]);
    assert_eq!(e.poll_request(later), None);
}

#[test]
fn too_long_is_reported_and_the_state_moves_on() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    e.push(enums::Updates::UpdatesTooLong, now);
    assert!(matches!(
        e.poll_request(now),
        Some(Request::GetDifference { pts: 10, .. })
    ));
    e.on_difference(
        enums::updates::Difference::DifferenceTooLong(types::updates::DifferenceTooLong {
            pts: 900_000,
        }),
        now,
    );
    let batches = drain(&mut e);
    assert_eq!(batches[0].lost, Some(Lost::Account));
    assert!(matches!(
        e.poll_request(now),
        Some(Request::GetDifference { pts: 900_000, .. })
    ));
}

#[test]
fn a_full_queue_drops_live_updates_and_fetches_them_later() {
    let now = Instant::now();
    let config = EngineConfig {
        capacity: 2,
        ..EngineConfig::default()
    };
    let mut e = Engine::new(config, &stored(10, 1), now);
    let _ = e.poll_request(now);
    e.on_difference(
        enums::updates::Difference::DifferenceEmpty(types::updates::DifferenceEmpty {
            date: 1,
            seq: 1,
        }),
        now,
    );
    for i in 1..=4 {
        e.push(short(new_message(i, 10 + i)), now);
    }
    assert_eq!(e.queued(), 2);
    assert_eq!(e.poll_request(now), None, "no room: nothing fetched yet");
    let first = drain(&mut e);
    assert_eq!(ids(&first), vec![1, 2]);
    assert!(matches!(
        e.poll_request(now),
        Some(Request::GetDifference { pts: 12, .. })
    ));
}

#[test]
fn without_a_stored_state_get_state_comes_first() {
    let now = Instant::now();
    let mut e = Engine::new(EngineConfig::default(), &UpdateState::default(), now);
    assert_eq!(e.poll_request(now), Some(Request::GetState));
    e.push(short(new_message(1, 11)), now);
    e.on_state(&state(50, 3, 9));
    let batches = drain(&mut e);
    assert!(batches.iter().all(Batch::is_empty));
    assert_eq!(
        batches.last().and_then(|b| b.state.account).map(|a| a.pts),
        Some(50)
    );
}

#[test]
fn failures_back_off_and_a_long_silence_fetches_a_difference() {
    let now = Instant::now();
    let mut e = running(10, 1, now);
    let idle = now + Duration::from_secs(15 * 60);
    assert_eq!(e.poll_timeout(), Some(idle));
    e.handle_timeout(idle);
    let request = e.poll_request(idle);
    assert!(matches!(request, Some(Request::GetDifference { .. })));
    e.on_failed(request.unwrap_or(Request::GetState), idle);
    assert_eq!(e.poll_request(idle), None);
    e.handle_timeout(idle + Duration::from_secs(1));
    assert!(e.poll_request(idle + Duration::from_secs(1)).is_some());
}

proptest! {
    /// Any interleaving of the live stream (drops, duplicates, reorders) ends, after
    /// the differences the engine asks for, with every message delivered exactly once
    /// and in pts order.
    #[test]
    fn every_message_once_in_order(ops in proptest::collection::vec(0u8..4, 1..60)) {
        let now = Instant::now();
        let mut e = running(0, 1, now);
        let total = ops.len() as i32;
        let mut delayed = None;
        for (i, op) in ops.iter().enumerate() {
            let pts = i as i32 + 1;
            match op {
                0 => e.push(short(new_message(pts, pts)), now),
                1 => {} // dropped
                2 => {
                    e.push(short(new_message(pts, pts)), now);
                    e.push(short(new_message(pts, pts)), now);
                }
                _ => {
                    if let Some(late) = delayed.replace(pts) {
                        e.push(short(new_message(late, late)), now);
                    }
                }
            }
        }
        if let Some(late) = delayed {
            e.push(short(new_message(late, late)), now);
        }
        let mut delivered = ids(&drain(&mut e));
        // A drop at the very end shows no gap until the idle timer runs out.
        let later = now + Duration::from_secs(16 * 60);
        e.handle_timeout(later);
        while let Some(request) = e.poll_request(later) {
            let Request::GetDifference { pts, .. } = request else { break };
            e.on_difference(
                enums::updates::Difference::Difference(types::updates::Difference {
                    new_messages: (pts + 1..=total).map(|i| msg(i, None)).collect(),
                    new_encrypted_messages: Vec::new(),
                    other_updates: Vec::new(),
                    chats: Vec::new(),
                    users: Vec::new(),
                    state: state(total, 0, 1),
                }),
                later,
            );
            delivered.extend(ids(&drain(&mut e)));
        }
        prop_assert_eq!(delivered, (1..=total).collect::<Vec<_>>());
    }
}

#[test]
fn updates_join_the_batch_nobody_took_yet_up_to_max_batch() {
    let now = Instant::now();
    let mut e = running(0, 1, now);
    for pts in 1..=3 {
        e.push(short(new_message(pts, pts)), now);
    }
    let first = e.pop().unwrap();
    assert_eq!(ids(std::slice::from_ref(&first)), vec![1, 2, 3]);
    assert_eq!(first.state.account.map(|a| a.pts), Some(3));
    // Taken batches never grow; the next push starts a new one.
    e.push(short(new_message(4, 4)), now);
    assert_eq!(ids(&drain(&mut e)), vec![4]);
    let config = EngineConfig {
        max_batch: 2,
        ..EngineConfig::default()
    };
    let mut e = Engine::new(config, &stored(0, 1), now);
    let _ = e.poll_request(now);
    e.on_difference(
        enums::updates::Difference::DifferenceEmpty(types::updates::DifferenceEmpty {
            date: 1,
            seq: 1,
        }),
        now,
    );
    drain(&mut e);
    for pts in 1..=5 {
        e.push(short(new_message(pts, pts)), now);
    }
    let sizes: Vec<usize> = drain(&mut e).iter().map(|b| b.updates.len()).collect();
    assert_eq!(sizes, vec![2, 2, 1]);
}
