//! Fields sharing one flag bit are all on the wire when it is set: a value left `None`
//! next to a set sibling is written as zero, and a bit whose boxed member is `None` is
//! not set. Either way the bytes parse back (before, they did not).

use mtrs_tl::{Deserialize, Serialize};
use mtrs_tl_api::{enums, types};

#[test]
fn a_primitive_left_none_beside_a_set_sibling_is_written_as_zero() {
    let update = types::UpdateReadChannelDiscussionInbox {
        channel_id: 5,
        top_msg_id: 6,
        read_max_id: 7,
        broadcast_id: Some(77),
        broadcast_post: None,
    };
    let back = types::UpdateReadChannelDiscussionInbox::from_bytes(&update.to_bytes()).unwrap();
    assert_eq!(back.broadcast_id, Some(77));
    assert_eq!(back.broadcast_post, Some(0));
    assert_eq!(back.read_max_id, 7);
}

#[test]
fn a_bit_whose_boxed_member_is_none_stays_clear() {
    let text = enums::TextWithEntities::TextWithEntities(types::TextWithEntities {
        text: "yes".into(),
        entities: Vec::new(),
    });
    let answer = types::PollAnswer {
        text: text.clone(),
        option: vec![1],
        media: None,
        added_by: None,
        date: Some(1_700_000_000),
    };
    let back = types::PollAnswer::from_bytes(&answer.to_bytes()).unwrap();
    assert_eq!((back.added_by, back.date), (None, None));
    let full = types::PollAnswer {
        added_by: Some(enums::Peer::PeerUser(types::PeerUser { user_id: 9 })),
        ..answer
    };
    let back = types::PollAnswer::from_bytes(&full.to_bytes()).unwrap();
    assert_eq!(back, full);
}
