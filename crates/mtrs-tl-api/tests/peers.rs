//! `Peers`: the users and chats inside answers and updates, through every level.

use mtrs_tl_api::peers::Peers;
use mtrs_tl_api::{enums, types};

fn user(id: i64) -> enums::User {
    enums::User::UserEmpty(types::UserEmpty { id })
}

fn chat(id: i64) -> enums::Chat {
    enums::Chat::ChatEmpty(types::ChatEmpty { id })
}

fn ids(found: &mtrs_tl_api::peers::Found<'_>) -> (Vec<i64>, Vec<i64>) {
    let users = found
        .users
        .iter()
        .map(|u| match u {
            enums::User::UserEmpty(u) => u.id,
            enums::User::User(u) => u.id,
        })
        .collect();
    let chats = found
        .chats
        .iter()
        .map(|c| match c {
            enums::Chat::ChatEmpty(c) => c.id,
            _ => -1,
        })
        .collect();
    (users, chats)
}

#[test]
fn updates_hand_over_their_users_and_chats() {
    let updates = enums::Updates::Updates(types::Updates {
        updates: vec![],
        users: vec![user(1), user(2)],
        chats: vec![chat(3)],
        date: 0,
        seq: 0,
    });
    assert_eq!(ids(&updates.peers()), (vec![1, 2], vec![3]));
    let combined = enums::Updates::UpdatesCombined(types::UpdatesCombined {
        updates: vec![],
        users: vec![user(4)],
        chats: vec![],
        date: 0,
        seq_start: 0,
        seq: 0,
    });
    assert_eq!(ids(&combined.peers()), (vec![4], vec![]));
    // No users or chats: nothing, not a panic.
    assert_eq!(
        ids(&enums::Updates::UpdatesTooLong.peers()),
        (vec![], vec![])
    );
}

#[test]
fn dialogs_vectors_and_unrelated_answers() {
    let dialogs = enums::messages::Dialogs::Dialogs(types::messages::Dialogs {
        dialogs: vec![],
        messages: vec![],
        chats: vec![chat(7), chat(8)],
        users: vec![user(9)],
    });
    assert_eq!(ids(&dialogs.peers()), (vec![9], vec![7, 8]));
    let list = vec![user(10), user(11)];
    assert_eq!(ids(&list.peers()), (vec![10, 11], vec![]));
    assert_eq!(ids(&true.peers()), (vec![], vec![]));
    let peer = enums::Peer::PeerUser(types::PeerUser { user_id: 5 });
    assert_eq!(ids(&peer.peers()), (vec![], vec![]));
}

#[test]
fn nested_answers_are_searched() {
    let nested = vec![Some(enums::contacts::ResolvedPeer::ResolvedPeer(
        types::contacts::ResolvedPeer {
            peer: enums::Peer::PeerChat(types::PeerChat { chat_id: 12 }),
            chats: vec![chat(12)],
            users: vec![user(13)],
        },
    ))];
    assert_eq!(ids(&nested.peers()), (vec![13], vec![12]));
}
