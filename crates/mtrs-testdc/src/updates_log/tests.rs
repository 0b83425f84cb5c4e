use super::*;

#[test]
fn private_messages_take_pts_and_ids_per_account() {
    let mut log = UpdatesLog::default();
    let first = log.send_message(1, 2, "hi", 100, None, true);
    assert_eq!((first.sender.owner, first.sender.id), (1, 1));
    assert_eq!(first.sender.pts, FIRST_PTS + 1);
    assert_eq!(first.sender.seq, Some(FIRST_SEQ + 1));
    let recipient = first.recipient.expect("a recipient copy");
    assert_eq!((recipient.owner, recipient.id, recipient.seq), (2, 1, None));
    // Account 2 already has a message: its next one gets id 2, account 3's copy id 1.
    let second = log.send_message(3, 2, "yo", 101, None, true);
    let recipient = second.recipient.expect("copy");
    assert_eq!((recipient.id, recipient.pts), (2, FIRST_PTS + 2));
    assert_eq!(second.sender.id, 1);
    let b = log.account(2);
    assert_eq!(b.seq, FIRST_SEQ, "short forms take no seq");
    assert_eq!(b.after(FIRST_PTS).len(), 2);
    assert_eq!(b.after(FIRST_PTS + 1).len(), 1);
    assert!(b.after(FIRST_PTS + 2).is_empty());
    let m = b.messages.get(&2).expect("stored");
    assert_eq!((m.out, m.from, m.peer), (false, Some(3), Peer::User(3)));
}

#[test]
fn repeated_random_id_returns_the_same_message() {
    let mut log = UpdatesLog::default();
    let a = log.send_message(1, 2, "once", 100, Some(77), true);
    let b = log.send_message(1, 2, "once", 105, Some(77), true);
    assert!(b.repeated && b.recipient.is_none());
    assert_eq!((a.sender.id, a.sender.pts), (b.sender.id, b.sender.pts));
    assert_eq!(log.account(2).messages.len(), 1);
    let c = log.send_message(1, 2, "twice", 106, Some(78), true);
    assert_eq!(c.sender.id, 2);
}

#[test]
fn edits_and_deletions_reach_both_sides() {
    let mut log = UpdatesLog::default();
    for i in 0..3 {
        log.send_message(1, 2, &format!("m{i}"), 100 + i, None, true);
    }
    let edited = log.edit_message(1, 2, 2, "new", 200).expect("edit");
    assert_eq!(edited.len(), 2);
    assert_eq!(
        log.account(2).messages.get(&2).map(|m| m.text.as_str()),
        Some("new")
    );
    assert_eq!(
        log.edit_message(1, 3, 2, "x", 201),
        Err(LogError::UnknownMessage { owner: 1, id: 2 })
    );
    let deleted = log.delete_messages(1, &[1, 3, 99], 300).expect("delete");
    assert_eq!(deleted.len(), 2);
    assert_eq!(deleted[0].owner, 1);
    assert_eq!(deleted[0].pts_count, 2);
    assert_eq!(deleted[0].change, Change::DeleteMessages(vec![1, 3]));
    // 3 sent + 1 edit + 2 deleted.
    assert_eq!(log.account(1).pts, FIRST_PTS + 6);
    assert_eq!(log.account(1).seq, FIRST_SEQ + 5);
    assert_eq!(log.account(2).pts, FIRST_PTS + 6);
    assert_eq!(log.account(2).seq, FIRST_SEQ + 2);
    assert!(log.delete_messages(1, &[1], 301).is_err());
    assert!(log.delete_messages(1, &[], 301).is_err());
}

#[test]
fn channel_posts_have_their_own_pts_and_ids() {
    let mut log = UpdatesLog::default();
    let a = log.channel_post(50, "one", 10);
    let b = log.channel_post(50, "two", 20);
    assert_eq!((a.id, a.pts, b.id, b.pts), (1, 2, 2, 3));
    assert_eq!(log.channel(50).after(2).len(), 1);
    assert_eq!(log.channels_changed_since(15), vec![(50, 3)]);
    assert!(log.channels_changed_since(21).is_empty());
    assert_eq!(log.account(1).pts, FIRST_PTS);
}

#[test]
fn dialogs_carry_the_latest_message() {
    let mut log = UpdatesLog::default();
    log.send_message(1, 2, "a", 1, None, true);
    log.send_message(3, 1, "b", 2, None, true);
    log.send_message(2, 1, "c", 3, None, true);
    let mut dialogs = log.dialogs_of(1);
    dialogs.sort_by_key(|(p, _)| *p);
    assert_eq!(dialogs.len(), 2);
    assert_eq!(dialogs[0].1.text, "c");
    assert_eq!(dialogs[1].1.text, "b");
}
