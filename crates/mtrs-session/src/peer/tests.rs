use super::*;

#[test]
fn marked_ids_round_trip_and_reject_impossible_values() {
    for id in [
        PeerId::User(1),
        PeerId::User(i64::MAX),
        PeerId::Chat(1),
        PeerId::Chat(999_999_999_999),
        PeerId::Channel(1),
        PeerId::Channel(i64::MAX - CHANNEL_MARK),
    ] {
        let marked = id.marked().unwrap();
        assert_eq!(PeerId::from_marked(marked), Some(id), "{id}");
    }
    assert_eq!(PeerId::User(0).marked(), None);
    assert_eq!(PeerId::User(-5).marked(), None);
    assert_eq!(PeerId::Chat(CHANNEL_MARK).marked(), None);
    assert_eq!(PeerId::Channel(i64::MAX).marked(), None);
    assert_eq!(PeerId::from_marked(0), None);
    assert_eq!(PeerId::from_marked(-CHANNEL_MARK), None);
    assert_eq!(PeerId::from_marked(i64::MIN), None);
    assert_eq!(
        PeerId::from_marked(-412_345_678),
        Some(PeerId::Chat(412_345_678))
    );
}

#[test]
fn space_and_kind_codes_round_trip() {
    for id in [PeerId::User(-1), PeerId::Chat(0), PeerId::Channel(i64::MIN)] {
        assert_eq!(
            PeerId::from_space_code(id.space_code(), id.bare()),
            Some(id)
        );
    }
    assert_eq!(PeerId::from_space_code(3, 1), None);
    for code in 0..=255u8 {
        if let Some(kind) = PeerKind::from_code(code) {
            assert_eq!(kind.code(), code);
        }
    }
    assert_eq!(PeerKind::from_code(7), None);
}

#[test]
fn full_means_usable_on_its_own() {
    assert!(Peer::new(PeerId::User(1), PeerKind::User, 5).is_full());
    assert!(!Peer::new(PeerId::User(1), PeerKind::User, 0).is_full());
    assert!(
        !Peer::new(PeerId::User(1), PeerKind::User, 5)
            .with_min(true)
            .is_full()
    );
    assert!(Peer::new(PeerId::Chat(1), PeerKind::BasicGroup, 0).is_full());
}

#[test]
fn merge_keeps_full_hash_and_takes_fresh_details() {
    let full = Peer::new(PeerId::User(1), PeerKind::User, 111)
        .with_usernames(["a"])
        .with_phone("123");
    let min = Peer::new(PeerId::User(1), PeerKind::Bot, 222)
        .with_min(true)
        .with_usernames(["b"])
        .with_updated_at(UnixTime(9));
    let m = full.merged_with(min);
    assert_eq!((m.access_hash, m.min, m.kind), (111, false, PeerKind::Bot));
    assert_eq!(m.usernames, ["b"]);
    assert_eq!(m.phone.as_deref(), Some("123"));
    assert_eq!(m.updated_at, UnixTime(9));

    let zero = Peer::new(PeerId::User(1), PeerKind::User, 0);
    let m = full.merged_with(zero);
    assert_eq!((m.access_hash, m.min), (111, false));
    assert_eq!(
        m.usernames,
        ["a"],
        "empty usernames do not erase a full peer's"
    );

    let newer_full = Peer::new(PeerId::User(1), PeerKind::User, 333);
    let m = full.merged_with(newer_full.clone());
    assert_eq!(m, newer_full, "a full copy replaces everything");

    let min_old = Peer::new(PeerId::User(1), PeerKind::User, 7).with_min(true);
    let m = min_old.merged_with(Peer::new(PeerId::User(1), PeerKind::User, 0));
    assert_eq!((m.access_hash, m.min), (7, true), "a min hash beats none");
    let m = min_old.merged_with(Peer::new(PeerId::User(1), PeerKind::User, 8).with_min(true));
    assert_eq!(
        (m.access_hash, m.min),
        (8, true),
        "a newer min hash replaces a min one"
    );
}

#[test]
fn normalisation() {
    let p = Peer::new(PeerId::User(1), PeerKind::User, 1)
        .with_usernames(["@Foo", "foo", "", "BAR"])
        .with_phone("+");
    assert_eq!(p.usernames, ["foo", "bar"]);
    assert_eq!(p.phone, None);
}
