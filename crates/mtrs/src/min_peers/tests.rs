use mtrs_tl::{Identifiable, Serialize, TlString};

use super::*;

/// A `user` with every optional field absent, then the id, hash and min flag set.
fn user(id: i64, hash: i64, min: bool) -> enums::User {
    let mut bytes = types::User::CONSTRUCTOR_ID.to_le_bytes().to_vec();
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags2
    bytes.extend_from_slice(&id.to_le_bytes());
    let mut u = types::User::from_bytes(&bytes).expect("a bare user decodes");
    u.access_hash = Some(hash);
    u.min = min;
    enums::User::User(u)
}

fn channel_peer(channel_id: i64) -> enums::Peer {
    enums::Peer::PeerChannel(types::PeerChannel { channel_id })
}

fn user_peer(user_id: i64) -> enums::Peer {
    enums::Peer::PeerUser(types::PeerUser { user_id })
}

/// A `message` `id` in `chat` from `from`, with every optional field absent.
fn message(id: i32, chat: enums::Peer, from: Option<enums::Peer>) -> types::Message {
    let mut bytes = types::Message::CONSTRUCTOR_ID.to_le_bytes().to_vec();
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags
    bytes.extend_from_slice(&0u32.to_le_bytes()); // flags2
    bytes.extend_from_slice(&id.to_le_bytes());
    bytes.extend(chat.to_bytes());
    bytes.extend_from_slice(&1_700_000_000i32.to_le_bytes());
    bytes.extend(TlString::from("hi").to_bytes());
    let mut m = types::Message::from_bytes(&bytes).expect("a bare message decodes");
    m.from_id = from;
    m
}

fn channel_messages(messages: Vec<types::Message>, users: Vec<enums::User>) -> Vec<u8> {
    enums::messages::Messages::ChannelMessages(types::messages::ChannelMessages {
        inexact: false,
        pts: 1,
        count: 0,
        offset_id_offset: None,
        messages: messages.into_iter().map(enums::Message::Message).collect(),
        topics: Vec::new(),
        chats: Vec::new(),
        users,
    })
    .to_bytes()
}

fn seen(peers: &[Peer], id: PeerId) -> Option<SeenIn> {
    peers.iter().find(|p| p.id == id).and_then(|p| p.seen_in)
}

#[test]
fn a_min_author_of_a_channel_message_is_recorded_with_that_message() {
    let bytes = channel_messages(
        vec![
            message(10, channel_peer(5), Some(user_peer(1))),
            message(12, channel_peer(5), Some(user_peer(1))),
            message(11, channel_peer(5), Some(user_peer(2))),
        ],
        vec![user(1, 111, true), user(2, 222, false)],
    );
    let value = enums::messages::Messages::from_bytes(&bytes).unwrap();
    let peers = collect(&value, &bytes, UnixTime(1));
    let chat = PeerId::Channel(5);
    // The latest message of the min user; a full user needs none.
    assert_eq!(
        seen(&peers, PeerId::User(1)),
        Some(SeenIn { chat, msg_id: 12 })
    );
    assert_eq!(seen(&peers, PeerId::User(2)), None);
    assert!(has_min(&value));
}

#[test]
fn forwards_mentions_and_inline_bots_in_updates_are_contexts_too() {
    let mut m = message(7, channel_peer(9), None);
    m.fwd_from = Some(enums::MessageFwdHeader::MessageFwdHeader({
        let mut bytes = types::MessageFwdHeader::CONSTRUCTOR_ID
            .to_le_bytes()
            .to_vec();
        bytes.extend_from_slice(&0u32.to_le_bytes()); // flags
        bytes.extend_from_slice(&0i32.to_le_bytes()); // date
        let mut f = types::MessageFwdHeader::from_bytes(&bytes).expect("a bare header");
        f.from_id = Some(channel_peer(77));
        f
    }));
    m.via_bot_id = Some(3);
    m.entities = Some(vec![enums::MessageEntity::MessageEntityMentionName(
        types::MessageEntityMentionName {
            offset: 0,
            length: 2,
            user_id: 4,
        },
    )]);
    let updates = enums::Updates::Updates(types::Updates {
        updates: vec![enums::Update::UpdateNewChannelMessage(
            types::UpdateNewChannelMessage {
                message: enums::Message::Message(m),
                pts: 1,
                pts_count: 1,
            },
        )],
        users: vec![user(3, 3, true), user(4, 4, true)],
        chats: Vec::new(),
        date: 0,
        seq: 0,
    });
    let found = contexts(&updates.to_bytes());
    let at = SeenIn {
        chat: PeerId::Channel(9),
        msg_id: 7,
    };
    for id in [PeerId::Channel(77), PeerId::User(3), PeerId::User(4)] {
        assert_eq!(found.get(&id), Some(&at), "{id}");
    }
    // The chat itself is not "seen in" its own message.
    assert!(!found.contains_key(&PeerId::Channel(9)));
}

#[test]
fn answers_without_messages_give_no_context() {
    assert!(contexts(&[]).is_empty());
    assert!(contexts(&[1, 2, 3, 4, 5]).is_empty());
    let users = enums::Updates::Updates(types::Updates {
        updates: Vec::new(),
        users: vec![user(1, 1, true)],
        chats: Vec::new(),
        date: 0,
        seq: 0,
    });
    let bytes = users.to_bytes();
    let peers = collect(&users, &bytes, UnixTime(1));
    assert_eq!(peers.len(), 1);
    assert_eq!(peers[0].seen_in, None);
}

#[test]
fn the_message_forms_name_users_and_channels_only() {
    let seen = SeenIn {
        chat: PeerId::Channel(5),
        msg_id: 3,
    };
    let chat = enums::InputPeer::InputPeerChannel(types::InputPeerChannel {
        channel_id: 5,
        access_hash: 55,
    });
    assert!(matches!(
        input_peer_from_message(PeerId::User(1), seen, chat.clone()),
        Some(enums::InputPeer::InputPeerUserFromMessage(u)) if u.user_id == 1 && u.msg_id == 3
    ));
    assert!(matches!(
        input_peer_from_message(PeerId::Channel(2), seen, chat.clone()),
        Some(enums::InputPeer::InputPeerChannelFromMessage(c)) if c.channel_id == 2
    ));
    assert!(input_peer_from_message(PeerId::Chat(2), seen, chat).is_none());
}
