//! The conformance cases. Each takes a fresh, empty store and panics on a violation.

use std::collections::BTreeMap;

use crate::{
    AccountState, AuthKey, ChannelId, DcId, DcOption, DcState, DcUpdate, Identity, Peer, PeerId,
    PeerKey, PeerKind, Salt, SeenIn, ServerSalt, SessionData, SessionStore, TempAuthKey,
    TimeOffset, UnixTime, UpdateState, UpdateStateChange, UserId,
};

fn key(seed: u8) -> AuthKey {
    let mut bytes = [0u8; 256];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = seed.wrapping_mul(31).wrapping_add(i as u8);
    }
    AuthKey::from_bytes(bytes)
}

/// A snapshot with every field set to a non-default value.
pub fn full_session() -> SessionData {
    let mut s = SessionData::new(DcId(4));
    s.dcs.insert(
        DcId(4),
        DcState {
            address: Some("2001:67c:4e8:f004::b".into()),
            port: Some(443),
            auth_key: Some(key(1)),
            temp_auth_key: Some(TempAuthKey {
                key: key(2),
                expires_at: UnixTime(1_800_000_000),
            }),
            server_salts: vec![
                ServerSalt {
                    salt: Salt(-5),
                    valid_since: UnixTime(100),
                    valid_until: UnixTime(1900),
                },
                ServerSalt {
                    salt: Salt(i64::MAX),
                    valid_since: UnixTime(1800),
                    valid_until: UnixTime(3600),
                },
            ],
            time_offset: TimeOffset(-37),
            authorization_imported: false,
        },
    );
    s.dcs.insert(
        DcId(2),
        DcState {
            address: Some("venus.web.telegram.org".into()),
            port: Some(80),
            auth_key: Some(key(3)),
            temp_auth_key: None,
            server_salts: Vec::new(),
            time_offset: TimeOffset(12),
            authorization_imported: true,
        },
    );
    s.dcs.insert(DcId(5), DcState::new());
    s.identity = Some(Identity {
        user_id: UserId(7_000_000_001),
        bot: Some(true),
        first_name: Some("Ünïcode ✓".into()),
        last_name: Some(String::new()),
        username: Some("mybot".into()),
    });
    s.test_mode = true;
    s.api_id = Some(611_335);
    s.takeout_id = Some(-99);
    let mut media = DcOption::new(DcId(4), "149.154.167.92", 443);
    media.media_only = true;
    media.ipv6 = true;
    media.tcpo_only = true;
    media.cdn = true;
    media.is_static = true;
    media.this_port_only = true;
    media.secret = Some(vec![0, 1, 2, 255]);
    s.dc_options = vec![DcOption::new(DcId(1), "149.154.175.53", 443), media];
    s.update_state = UpdateState {
        account: Some(AccountState {
            pts: 100,
            qts: -1,
            date: UnixTime(1_700_000_000),
            seq: 7,
        }),
        channels: BTreeMap::from([(ChannelId(1), 5), (ChannelId(i64::MAX), i32::MAX)]),
    };
    s
}

fn user(id: i64, hash: i64) -> Peer {
    Peer::new(PeerId::User(id), PeerKind::User, hash)
}

/// An empty store loads `None` and finds no peer.
pub async fn load_of_empty_store_is_none(store: &dyn SessionStore) {
    assert_eq!(store.load().await.unwrap(), None);
    assert_eq!(
        store
            .lookup_peer(PeerKey::Id(PeerId::User(1)))
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store.lookup_peer(PeerKey::username("x")).await.unwrap(),
        None
    );
    assert_eq!(store.lookup_peer(PeerKey::phone("1")).await.unwrap(), None);
}

/// Every field of [`SessionData`] survives a save/load.
pub async fn save_then_load_round_trips_every_field(store: &dyn SessionStore) {
    let s = full_session();
    store.save(&s).await.unwrap();
    assert_eq!(store.load().await.unwrap(), Some(s.clone()));
    let minimal = SessionData::new(DcId(1));
    store.save(&minimal).await.unwrap();
    assert_eq!(store.load().await.unwrap(), Some(minimal));
}

/// A second save replaces DCs, options and channels rather than merging.
pub async fn save_replaces_the_whole_snapshot(store: &dyn SessionStore) {
    store.save(&full_session()).await.unwrap();
    let mut s = SessionData::new(DcId(1));
    s.dcs.insert(DcId(1), DcState::new().with_auth_key(key(9)));
    s.update_state.channels.insert(ChannelId(77), 1);
    store.save(&s).await.unwrap();
    assert_eq!(store.load().await.unwrap(), Some(s));
}

/// `update_dc` creates a snapshot, switches home, sets and clears the identity.
pub async fn update_dc_creates_switches_home_and_changes_identity(store: &dyn SessionStore) {
    let dc2 = DcState::new()
        .with_address("149.154.167.51", 443)
        .with_auth_key(key(5));
    store
        .update_dc(DcUpdate::new(DcId(2), dc2.clone()))
        .await
        .unwrap();
    let s = store.load().await.unwrap().unwrap();
    assert_eq!(s.home_dc, DcId(2));
    assert_eq!(s.dcs.get(&DcId(2)), Some(&dc2));
    assert_eq!(s.identity, None);

    let dc4 = DcState::new().with_auth_key(key(6));
    let me = Identity::new(UserId(42)).with_bot(false);
    store
        .update_dc(
            DcUpdate::new(DcId(4), dc4.clone())
                .make_home()
                .with_identity(me.clone()),
        )
        .await
        .unwrap();
    let s = store.load().await.unwrap().unwrap();
    assert_eq!(s.home_dc, DcId(4));
    assert_eq!(s.home_auth_key(), Some(&key(6)));
    assert_eq!(s.identity, Some(me.clone()));
    assert_eq!(s.dcs.get(&DcId(2)), Some(&dc2));

    // Keep leaves the identity; Clear removes it.
    store
        .update_dc(DcUpdate::new(DcId(4), dc4.clone()))
        .await
        .unwrap();
    assert_eq!(store.load().await.unwrap().unwrap().identity, Some(me));
    store
        .update_dc(DcUpdate::new(DcId(4), dc4).clear_identity())
        .await
        .unwrap();
    assert_eq!(store.load().await.unwrap().unwrap().identity, None);
}

/// `update_dc` touches only the named DC and leaves the rest of the snapshot as saved.
pub async fn update_dc_leaves_other_dcs_alone(store: &dyn SessionStore) {
    let mut expected = full_session();
    store.save(&expected).await.unwrap();
    let mut dc2 = DcState::new().with_auth_key(key(8));
    dc2.authorization_imported = true;
    dc2.server_salts.push(ServerSalt {
        salt: Salt(1),
        valid_since: UnixTime(0),
        valid_until: UnixTime(1),
    });
    store
        .update_dc(DcUpdate::new(DcId(2), dc2.clone()))
        .await
        .unwrap();
    expected.dcs.insert(DcId(2), dc2);
    assert_eq!(store.load().await.unwrap(), Some(expected));
}

/// Update-state changes set the account state and add, change and forget channels.
pub async fn update_state_changes_apply(store: &dyn SessionStore) {
    let account = AccountState {
        pts: 1,
        qts: 2,
        date: UnixTime(3),
        seq: 4,
    };
    store
        .save_update_state(UpdateStateChange {
            account: Some(account),
            channels: vec![(ChannelId(10), Some(1)), (ChannelId(11), Some(2))],
        })
        .await
        .unwrap();
    let s = store.load().await.unwrap().unwrap();
    assert_eq!(s.update_state.account, Some(account));
    store
        .save_update_state(UpdateStateChange {
            account: None,
            channels: vec![(ChannelId(10), None), (ChannelId(11), Some(20))],
        })
        .await
        .unwrap();
    let s = store.load().await.unwrap().unwrap();
    assert_eq!(s.update_state.account, Some(account));
    assert_eq!(
        s.update_state.channels,
        BTreeMap::from([(ChannelId(11), 20)])
    );

    // On top of a saved snapshot, only the update state changes.
    let mut expected = full_session();
    store.save(&expected).await.unwrap();
    let change = UpdateStateChange {
        account: Some(account),
        channels: vec![(ChannelId(1), None), (ChannelId(-3), Some(9))],
    };
    store.save_update_state(change.clone()).await.unwrap();
    change.apply_to(&mut expected.update_state);
    assert_eq!(store.load().await.unwrap(), Some(expected));
}

/// Lookups by id, by username in any case or with `@`, and by phone in any notation.
pub async fn peers_are_found_by_id_username_and_phone(store: &dyn SessionStore) {
    let alice = user(1, 11)
        .with_usernames(["Alice", "alice_alt"])
        .with_phone("+44 7700 900123")
        .with_updated_at(UnixTime(5));
    let chan = Peer::new(PeerId::Channel(2), PeerKind::Megagroup, -22).with_usernames(["Chan"]);
    let group = Peer::new(PeerId::Chat(3), PeerKind::BasicGroup, 0);
    store
        .upsert_peers(vec![alice.clone(), chan.clone(), group.clone()])
        .await
        .unwrap();
    let find = |k: PeerKey| store.lookup_peer(k);
    assert_eq!(
        find(PeerKey::Id(PeerId::User(1))).await.unwrap(),
        Some(alice.clone())
    );
    assert_eq!(
        find(PeerKey::username("ALICE")).await.unwrap(),
        Some(alice.clone())
    );
    assert_eq!(
        find(PeerKey::username("@Alice_Alt")).await.unwrap(),
        Some(alice.clone())
    );
    assert_eq!(
        find(PeerKey::Username("ALICE".into())).await.unwrap(),
        Some(alice.clone()),
        "stores must normalise un-normalised keys"
    );
    assert_eq!(
        find(PeerKey::phone("447700900123")).await.unwrap(),
        Some(alice.clone())
    );
    assert_eq!(
        find(PeerKey::phone("+44 (7700) 900-123")).await.unwrap(),
        Some(alice)
    );
    assert_eq!(find(PeerKey::username("chan")).await.unwrap(), Some(chan));
    assert_eq!(
        find(PeerKey::Id(PeerId::Chat(3))).await.unwrap(),
        Some(group)
    );
    assert_eq!(find(PeerKey::username("nobody")).await.unwrap(), None);
    assert_eq!(find(PeerKey::phone("1")).await.unwrap(), None);
    assert_eq!(find(PeerKey::Id(PeerId::User(2))).await.unwrap(), None);
}

/// A peer built field by field with un-normalised usernames and phone is stored normalised.
pub async fn unnormalised_peers_are_normalised_on_upsert(store: &dyn SessionStore) {
    let mut p = user(5, 50);
    p.usernames = vec!["@MiXeD".into(), "mixed".into(), "Other".into()];
    p.phone = Some("+7 (900) 000-00-01".into());
    store.upsert_peers(vec![p]).await.unwrap();
    let got = store
        .lookup_peer(PeerKey::username("mixed"))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(got.usernames, ["mixed", "other"]);
    assert_eq!(got.phone.as_deref(), Some("79000000001"));
    let by_other = store.lookup_peer(PeerKey::username("OTHER")).await.unwrap();
    assert_eq!(by_other.map(|p| p.id), Some(PeerId::User(5)));
}

/// The same bare id in different spaces names different peers; extreme ids work.
pub async fn peer_id_spaces_are_distinct_and_full_range(store: &dyn SessionStore) {
    let mut peers = Vec::new();
    for (n, bare) in [i64::MIN, -1, 0, 1, 1 << 40, i64::MAX]
        .into_iter()
        .enumerate()
    {
        let h = n as i64 + 1;
        peers.push(Peer::new(PeerId::User(bare), PeerKind::Bot, h));
        peers.push(Peer::new(PeerId::Chat(bare), PeerKind::BasicGroup, 0));
        peers.push(Peer::new(PeerId::Channel(bare), PeerKind::Channel, -h));
    }
    store.upsert_peers(peers.clone()).await.unwrap();
    for p in peers {
        assert_eq!(store.lookup_peer(PeerKey::Id(p.id)).await.unwrap(), Some(p));
    }
}

/// A min or zero hash arriving after a full one keeps the full hash.
pub async fn min_or_zero_hash_never_overwrites_full(store: &dyn SessionStore) {
    let id = PeerId::User(77);
    let get = || store.lookup_peer(PeerKey::Id(id));
    store
        .upsert_peers(vec![user(77, 1000).with_usernames(["full"])])
        .await
        .unwrap();
    store
        .upsert_peers(vec![user(77, 2000).with_min(true)])
        .await
        .unwrap();
    let p = get().await.unwrap().unwrap();
    assert_eq!((p.access_hash, p.min), (1000, false));
    assert_eq!(p.usernames, ["full"]);
    store.upsert_peers(vec![user(77, 0)]).await.unwrap();
    assert_eq!(get().await.unwrap().unwrap().access_hash, 1000);
    // Both in one batch, min last.
    store
        .upsert_peers(vec![user(77, 3000), user(77, 4000).with_min(true)])
        .await
        .unwrap();
    let p = get().await.unwrap().unwrap();
    assert_eq!((p.access_hash, p.min), (3000, false));
    // A min hash is better than none.
    store
        .upsert_peers(vec![user(78, 5).with_min(true), user(78, 0)])
        .await
        .unwrap();
    let p = store
        .lookup_peer(PeerKey::Id(PeerId::User(78)))
        .await
        .unwrap()
        .unwrap();
    assert_eq!((p.access_hash, p.min), (5, true));
}

/// Random interleavings of full, min and zero-hash copies give what [`Peer::merged_with`]
/// gives.
pub async fn merge_matches_reference_on_interleavings(store: &dyn SessionStore) {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut reference: BTreeMap<i64, Peer> = BTreeMap::new();
    for round in 0..40 {
        let mut batch = Vec::new();
        for _ in 0..8 {
            let r = next();
            let id = (r % 6) as i64;
            let hash = match (r >> 8) % 3 {
                0 => 0,
                _ => (r >> 16) as i64 % 1000 + 1,
            };
            let kind = if id == 5 {
                PeerKind::BasicGroup
            } else {
                PeerKind::User
            };
            let names: Vec<String> = match (r >> 40) % 3 {
                0 => vec![],
                1 => vec![format!("n{id}")],
                _ => vec![format!("n{id}"), format!("m{id}_{}", r % 4)],
            };
            let phone = ((r >> 50) % 2 == 0).then(|| format!("{}{}", id, r % 3));
            let seen_in = ((r >> 55) % 3 == 0).then(|| SeenIn {
                chat: PeerId::Channel(((r >> 20) % 3) as i64 + 100),
                msg_id: ((r >> 24) % 1000) as i32,
            });
            let mut p = if id == 5 {
                Peer::new(PeerId::Chat(id), kind, 0)
            } else {
                Peer::new(PeerId::User(id), kind, hash)
            }
            .with_min((r >> 30) % 2 == 0)
            .with_usernames(names)
            .with_updated_at(UnixTime(round));
            if let Some(phone) = phone {
                p = p.with_phone(&phone);
            }
            p.seen_in = seen_in;
            let merged = match reference.get(&id) {
                Some(old) => old.merged_with(p.clone()),
                None => p.clone(),
            };
            reference.insert(id, merged);
            batch.push(p);
        }
        store.upsert_peers(batch).await.unwrap();
        for expected in reference.values() {
            let got = store.lookup_peer(PeerKey::Id(expected.id)).await.unwrap();
            assert_eq!(got.as_ref(), Some(expected), "round {round}");
        }
    }
}

/// A renamed peer is no longer found by its old username; a username taken over by another
/// peer resolves to the newer one.
pub async fn username_changes_and_transfers(store: &dyn SessionStore) {
    let find = |n: &str| store.lookup_peer(PeerKey::username(n));
    store
        .upsert_peers(vec![
            user(1, 1)
                .with_usernames(["old", "extra"])
                .with_updated_at(UnixTime(1)),
        ])
        .await
        .unwrap();
    store
        .upsert_peers(vec![
            user(1, 1)
                .with_usernames(["new"])
                .with_updated_at(UnixTime(2)),
        ])
        .await
        .unwrap();
    assert_eq!(find("old").await.unwrap(), None);
    assert_eq!(find("extra").await.unwrap(), None);
    assert_eq!(find("new").await.unwrap().unwrap().id, PeerId::User(1));
    // A full copy with no usernames removes them.
    store
        .upsert_peers(vec![user(1, 1).with_updated_at(UnixTime(3))])
        .await
        .unwrap();
    assert_eq!(find("new").await.unwrap(), None);

    store
        .upsert_peers(vec![
            user(2, 2)
                .with_usernames(["shared"])
                .with_updated_at(UnixTime(10)),
        ])
        .await
        .unwrap();
    store
        .upsert_peers(vec![
            user(3, 3)
                .with_usernames(["shared"])
                .with_updated_at(UnixTime(11)),
        ])
        .await
        .unwrap();
    assert_eq!(find("shared").await.unwrap().unwrap().id, PeerId::User(3));
    // The same through secondary usernames: B claims A's second name later, then drops it.
    store
        .upsert_peers(vec![
            user(6, 6)
                .with_usernames(["a_main", "a_alt"])
                .with_updated_at(UnixTime(30)),
        ])
        .await
        .unwrap();
    store
        .upsert_peers(vec![
            user(7, 7)
                .with_usernames(["b_main", "a_alt"])
                .with_updated_at(UnixTime(31)),
        ])
        .await
        .unwrap();
    assert_eq!(find("a_alt").await.unwrap().unwrap().id, PeerId::User(7));
    store
        .upsert_peers(vec![
            user(7, 7)
                .with_usernames(["b_main"])
                .with_updated_at(UnixTime(32)),
        ])
        .await
        .unwrap();
    assert_eq!(find("a_alt").await.unwrap().unwrap().id, PeerId::User(6));
    assert_eq!(find("b_main").await.unwrap().unwrap().id, PeerId::User(7));
    let phone = |n: &str| store.lookup_peer(PeerKey::phone(n));
    store
        .upsert_peers(vec![
            user(4, 4).with_phone("123").with_updated_at(UnixTime(20)),
        ])
        .await
        .unwrap();
    store
        .upsert_peers(vec![
            user(5, 5).with_phone("123").with_updated_at(UnixTime(21)),
        ])
        .await
        .unwrap();
    assert_eq!(phone("123").await.unwrap().unwrap().id, PeerId::User(5));
}

/// The username index of `id` holds exactly its stored usernames (if the store tells).
async fn assert_index_exact(store: &dyn SessionStore, id: PeerId, step: &str) {
    let Some(indexed) = store.indexed_usernames(id).await.unwrap() else {
        return;
    };
    let mut stored = store
        .lookup_peer(PeerKey::Id(id))
        .await
        .unwrap()
        .map(|p| p.usernames)
        .unwrap_or_default();
    stored.sort();
    assert_eq!(indexed, stored, "{id} after {step}");
}

/// Renames, dropped names, names moving to another peer and repeated peers in one batch
/// leave no stale username index rows: the index of each peer is its stored usernames.
pub async fn renamed_usernames_leave_no_stale_index_rows(store: &dyn SessionStore) {
    let a = PeerId::User(1);
    let b = PeerId::User(2);
    let steps: Vec<(&str, Vec<Peer>)> = vec![
        (
            "first sight",
            vec![user(1, 1).with_usernames(["old", "extra"])],
        ),
        ("rename", vec![user(1, 1).with_usernames(["new"])]),
        ("min copy without names", vec![user(1, 5).with_min(true)]),
        (
            "min copy with names",
            vec![user(1, 5).with_min(true).with_usernames(["minname"])],
        ),
        ("full copy without names", vec![user(1, 1)]),
        (
            "two renames in one batch",
            vec![
                user(1, 1).with_usernames(["x1"]),
                user(1, 1).with_usernames(["x2", "x3"]),
                user(1, 7).with_min(true),
            ],
        ),
        (
            "the name moves to another peer",
            vec![
                user(2, 2)
                    .with_usernames(["x3"])
                    .with_updated_at(UnixTime(5)),
            ],
        ),
        (
            "the old holder seen without it",
            vec![
                user(1, 1)
                    .with_usernames(["x2"])
                    .with_updated_at(UnixTime(6)),
            ],
        ),
        (
            "case changes only",
            vec![user(2, 2).with_usernames(["X3", "Y"])],
        ),
    ];
    for (step, batch) in steps {
        store.upsert_peers(batch).await.unwrap();
        assert_index_exact(store, a, step).await;
        assert_index_exact(store, b, step).await;
    }
    let find = |n: &str| store.lookup_peer(PeerKey::username(n));
    assert_eq!(find("x3").await.unwrap().map(|p| p.id), Some(b));
    assert_eq!(find("x2").await.unwrap().map(|p| p.id), Some(a));
    for gone in ["old", "extra", "new", "minname", "x1"] {
        assert_eq!(find(gone).await.unwrap(), None, "{gone}");
    }
    // Many renames in one large batch.
    let renamed: Vec<Peer> = (0..300)
        .flat_map(|i| {
            [
                user(1000 + i, 1).with_usernames([format!("a{i}")]),
                user(1000 + i, 1).with_usernames([format!("b{i}")]),
            ]
        })
        .collect();
    store.upsert_peers(renamed).await.unwrap();
    for i in (0..300).step_by(37) {
        assert_index_exact(store, PeerId::User(1000 + i), "a batch of renames").await;
        assert_eq!(find(&format!("a{i}")).await.unwrap(), None);
    }
}

/// A peer's [`SeenIn`] survives a round trip; a later copy without one keeps it, a later
/// one with another replaces it, and a full copy keeps the full hash.
pub async fn seen_in_is_stored_and_merged(store: &dyn SessionStore) {
    let id = PeerId::User(50);
    let get = || store.lookup_peer(PeerKey::Id(id));
    let chat = PeerId::Channel(i64::MAX);
    store
        .upsert_peers(vec![
            user(50, 9).with_min(true).with_seen_in(chat, i32::MAX),
        ])
        .await
        .unwrap();
    let p = get().await.unwrap().unwrap();
    assert_eq!(
        p.seen_in,
        Some(SeenIn {
            chat,
            msg_id: i32::MAX
        })
    );
    assert!(p.min);
    store
        .upsert_peers(vec![user(50, 9).with_min(true)])
        .await
        .unwrap();
    assert_eq!(
        get().await.unwrap().unwrap().seen_in,
        Some(SeenIn {
            chat,
            msg_id: i32::MAX
        })
    );
    let other = PeerId::Chat(3);
    store
        .upsert_peers(vec![user(50, 8).with_min(true).with_seen_in(other, 1)])
        .await
        .unwrap();
    let p = get().await.unwrap().unwrap();
    assert_eq!(
        (p.access_hash, p.seen_in),
        (
            8,
            Some(SeenIn {
                chat: other,
                msg_id: 1
            })
        )
    );
    // A full copy replaces everything; a min copy after it keeps the full hash.
    store.upsert_peers(vec![user(50, 77)]).await.unwrap();
    store
        .upsert_peers(vec![user(50, 5).with_min(true).with_seen_in(chat, 2)])
        .await
        .unwrap();
    let p = get().await.unwrap().unwrap();
    assert_eq!((p.access_hash, p.min), (77, false));
    assert_eq!(p.seen_in, Some(SeenIn { chat, msg_id: 2 }));
}

/// A batch of 5000 peers is stored whole.
pub async fn large_batch_is_stored_whole(store: &dyn SessionStore) {
    let peers: Vec<Peer> = (0..5000)
        .map(|i| {
            user(i, i * 7 + 1)
                .with_usernames([format!("user{i}")])
                .with_updated_at(UnixTime(i))
        })
        .collect();
    store.upsert_peers(peers.clone()).await.unwrap();
    for p in peers.iter().step_by(97) {
        assert_eq!(
            store.lookup_peer(PeerKey::Id(p.id)).await.unwrap().as_ref(),
            Some(p)
        );
        let by_name = store
            .lookup_peer(PeerKey::username(&p.usernames[0]))
            .await
            .unwrap();
        assert_eq!(by_name.as_ref(), Some(p));
    }
}

/// Saving a snapshot does not drop peers.
pub async fn save_keeps_peers(store: &dyn SessionStore) {
    store.upsert_peers(vec![user(9, 9)]).await.unwrap();
    store.save(&full_session()).await.unwrap();
    assert!(
        store
            .lookup_peer(PeerKey::Id(PeerId::User(9)))
            .await
            .unwrap()
            .is_some()
    );
}

/// `delete` forgets the snapshot and every peer, and the store stays usable.
pub async fn delete_forgets_everything(store: &dyn SessionStore) {
    store.save(&full_session()).await.unwrap();
    store
        .upsert_peers(vec![user(9, 9).with_usernames(["gone"])])
        .await
        .unwrap();
    store.delete().await.unwrap();
    assert_eq!(store.load().await.unwrap(), None);
    assert_eq!(
        store.lookup_peer(PeerKey::username("gone")).await.unwrap(),
        None
    );
    assert_eq!(
        store
            .lookup_peer(PeerKey::Id(PeerId::User(9)))
            .await
            .unwrap(),
        None
    );
    let s = SessionData::new(DcId(3));
    store.save(&s).await.unwrap();
    assert_eq!(store.load().await.unwrap(), Some(s));
}
