//! Session administration: listing a work directory and deleting unused sessions.

use mtrs_session::testing::block_on;
use mtrs_session::{
    AuthKey, DcId, DcState, DcUpdate, Identity, Peer, PeerId, PeerKind, SessionStore, StoreError,
    UserId,
};
use mtrs_store_sqlite::{SqliteConfig, SqliteStore, delete_session, list_sessions};

#[test]
fn list_reports_identity_peers_size_last_use_and_holder() {
    let dir = tempfile::tempdir().unwrap();
    let a = SqliteConfig::new(dir.path(), "a");
    let b = SqliteConfig::new(dir.path(), "b");
    {
        let store = SqliteStore::open(&a).unwrap();
        let mut me = Identity::new(UserId(42)).with_bot(true);
        me.username = Some("helper_bot".into());
        let login = DcUpdate::new(
            DcId(4),
            DcState::new().with_auth_key(AuthKey::from_bytes([9; 256])),
        )
        .make_home()
        .with_identity(me);
        block_on(store.update_dc(login)).unwrap();
        let peers = (1..=3)
            .map(|i| Peer::new(PeerId::User(i), PeerKind::User, i))
            .collect();
        block_on(store.upsert_peers(peers)).unwrap();
    }
    let held = SqliteStore::open(&b).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a session").unwrap();

    let list = list_sessions(dir.path()).unwrap();
    let names: Vec<&str> = list.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["a", "b"]);
    let (a_info, b_info) = (&list[0], &list[1]);
    assert_eq!(a_info.user_id, Some(UserId(42)));
    assert_eq!(a_info.bot, Some(true));
    assert_eq!(a_info.username.as_deref(), Some("helper_bot"));
    assert_eq!(a_info.home_dc, Some(DcId(4)));
    assert_eq!(a_info.peers, 3);
    assert!(a_info.size > 0);
    assert!(a_info.last_used.is_some());
    assert_eq!(a_info.in_use, None);
    assert_eq!(b_info.home_dc, None, "b has no snapshot yet");
    let holder = b_info.in_use.as_ref().expect("b is held");
    assert_eq!(holder.pid, Some(std::process::id()));
    // Listing took nothing away: the holder still writes.
    block_on(held.save_update_state(Default::default())).unwrap();
    // No key bytes in what is listed.
    assert!(!format!("{list:?}").contains("9, 9, 9"));
    drop(held);
}

#[test]
fn delete_refuses_a_held_session_and_removes_a_free_one() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = SqliteConfig::new(dir.path(), "s");
    let store = SqliteStore::open(&cfg).unwrap();
    block_on(store.save_update_state(Default::default())).unwrap();
    let err = delete_session(&cfg).unwrap_err();
    assert!(matches!(err, StoreError::InUse { .. }), "{err:?}");
    assert!(cfg.session_path().exists());
    drop(store);
    delete_session(&cfg).unwrap();
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(list_sessions(dir.path()).unwrap().is_empty());
    // Deleting what is not there is fine; listing a missing directory lists nothing.
    delete_session(&cfg).unwrap();
    assert!(
        list_sessions(&dir.path().join("missing"))
            .unwrap()
            .is_empty()
    );
}
