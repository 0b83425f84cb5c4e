//! Telegram takes an `InputPeer` where a query declares an `InputUser` or an
//! `InputChannel` of the same shape: Pyrogram's `get_users` sends `inputPeerUser` inside
//! `users.getUsers`, and works against Telegram. A query that does not parse as declared is
//! tried again with those constructors read as their declared counterparts (TL values are
//! 4-byte aligned, so only aligned words are looked at).

use mtrs_tl::Identifiable;
use mtrs_tl_api::types;

/// `InputPeer` constructors and what they stand for where an `InputUser` is declared.
const AS_INPUT_USER: [(u32, u32); 3] = [
    (
        types::InputPeerUser::CONSTRUCTOR_ID,
        types::InputUser::CONSTRUCTOR_ID,
    ),
    (
        types::InputPeerSelf::CONSTRUCTOR_ID,
        types::InputUserSelf::CONSTRUCTOR_ID,
    ),
    (
        types::InputPeerEmpty::CONSTRUCTOR_ID,
        types::InputUserEmpty::CONSTRUCTOR_ID,
    ),
];

/// The same where an `InputChannel` is declared.
const AS_INPUT_CHANNEL: [(u32, u32); 2] = [
    (
        types::InputPeerChannel::CONSTRUCTOR_ID,
        types::InputChannel::CONSTRUCTOR_ID,
    ),
    (
        types::InputPeerEmpty::CONSTRUCTOR_ID,
        types::InputChannelEmpty::CONSTRUCTOR_ID,
    ),
];

/// The readings of `body` to try after the declared one failed: input peers as input
/// users, then as input channels (the method id in the first word is kept). Empty when
/// no word would change.
pub(super) fn readings(body: &[u8]) -> Vec<Vec<u8>> {
    [&AS_INPUT_USER[..], &AS_INPUT_CHANNEL[..]]
        .into_iter()
        .filter_map(|swaps| swapped(body, swaps))
        .collect()
}

fn swapped(body: &[u8], swaps: &[(u32, u32)]) -> Option<Vec<u8>> {
    let mut out = body.to_vec();
    let mut changed = false;
    for word in out.chunks_exact_mut(4).skip(1) {
        let id = u32::from_le_bytes([word[0], word[1], word[2], word[3]]);
        if let Some(&(_, to)) = swaps.iter().find(|(from, _)| *from == id) {
            word.copy_from_slice(&to.to_le_bytes());
            changed = true;
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use mtrs_tl::{Deserialize, Serialize};
    use mtrs_tl_api::{enums, functions};

    use super::*;

    #[test]
    fn an_input_peer_user_is_read_as_the_input_user_it_stands_for() {
        // What Pyrogram sends: users.getUsers with inputPeerUser in the vector.
        let mut body = functions::users::GetUsers::CONSTRUCTOR_ID.to_bytes();
        body.extend(0x1cb5_c415u32.to_bytes()); // vector
        body.extend(1i32.to_bytes());
        body.extend(types::InputPeerUser::CONSTRUCTOR_ID.to_bytes());
        body.extend(1001i64.to_bytes());
        body.extend(77i64.to_bytes());
        assert!(functions::users::GetUsers::from_bytes(&body).is_err());
        let parsed = readings(&body)
            .iter()
            .find_map(|b| functions::users::GetUsers::from_bytes(b).ok())
            .expect("read as inputUser");
        assert_eq!(
            parsed.id,
            vec![enums::InputUser::InputUser(types::InputUser {
                user_id: 1001,
                access_hash: 77
            })]
        );
        // Nothing to swap: no other reading.
        let plain = functions::users::GetUsers {
            id: vec![enums::InputUser::InputUserSelf],
        }
        .to_bytes();
        assert!(readings(&plain).is_empty());
    }
}
