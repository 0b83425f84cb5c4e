use rusqlite::StatementStatus;

use super::*;

/// The lookups run from rusqlite's statement cache, which clears the bindings after
/// each use; a plan that depends on the bound value would then be re-prepared every
/// time (several times slower). None of them may.
/// A multi-row statement holding several copies of one peer merges them in order,
/// exactly like one statement per copy (`Peer::merged_with` applied in sequence).
#[test]
fn multi_row_chunks_merge_repeated_peers_in_order() {
    let conn = Connection::open_in_memory().unwrap();
    for sql in crate::schema::MIGRATIONS {
        conn.execute_batch(sql).unwrap();
    }
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut reference: std::collections::BTreeMap<i64, Peer> = Default::default();
    for round in 0..20 {
        // 3 full chunks plus a remainder, over only 5 peers.
        let batch: Vec<Peer> = (0..3 * CHUNK + 7)
            .map(|i| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let r = state;
                let id = (r % 5) as i64;
                let hash = if (r >> 8).is_multiple_of(3) {
                    0
                } else {
                    (r >> 16) as i64 % 1000 + 1
                };
                let names = match (r >> 40) % 3 {
                    0 => vec![],
                    1 => vec![format!("n{id}")],
                    _ => vec![format!("n{id}"), format!("m{}", r % 7)],
                };
                let p = Peer::new(PeerId::User(id), PeerKind::User, hash)
                    .with_min((r >> 30).is_multiple_of(2))
                    .with_usernames(names)
                    .with_updated_at(UnixTime(round * 1000 + i as i64));
                if (r >> 50).is_multiple_of(2) {
                    p.with_phone(&format!("{}", r % 9))
                } else {
                    p
                }
            })
            .collect();
        for p in &batch {
            let merged = match reference.get(&p.id.bare()) {
                Some(old) => old.merged_with(p.clone()),
                None => p.clone(),
            };
            reference.insert(p.id.bare(), merged);
        }
        upsert(&conn, &batch).unwrap();
        for expected in reference.values() {
            let got = lookup(&conn, Path::new("t"), PeerKey::Id(expected.id)).unwrap();
            assert_eq!(got.as_ref(), Some(expected), "round {round}");
            for name in &expected.usernames {
                let by_name = lookup(&conn, Path::new("t"), PeerKey::username(name))
                    .unwrap()
                    .unwrap();
                assert!(by_name.usernames.contains(name));
            }
        }
    }
}

#[test]
fn normalised_usernames_are_recognised() {
    for name in [
        "durov",
        "Durov",
        " durov",
        "durov ",
        "@durov",
        "du\u{7}rov",
        "ünïcode",
        "ÜNÏ",
        "",
        "İstanbul",
        "ǅ",
        "a_b1",
    ] {
        assert_eq!(
            is_normalized_username(name),
            mtrs_session::normalize_username(name) == name,
            "{name:?}"
        );
    }
}

#[test]
fn cached_lookups_are_never_re_prepared() {
    let conn = Connection::open_in_memory().unwrap();
    for sql in crate::schema::MIGRATIONS {
        conn.execute_batch(sql).unwrap();
    }
    let peers: Vec<Peer> = (1..=3)
        .map(|i| {
            Peer::new(PeerId::User(i), PeerKind::User, i)
                .with_usernames([format!("name{i}"), format!("alt{i}")])
                .with_phone(&format!("{i}{i}{i}"))
        })
        .collect();
    upsert(&conn, &peers).unwrap();
    let path = Path::new("test.session");
    for round in 0..2 {
        for i in 1..=3 {
            let keys = [
                PeerKey::Id(PeerId::User(i)),
                PeerKey::username(&format!("name{i}")),
                PeerKey::username(&format!("alt{i}")),
                PeerKey::phone(&format!("{i}{i}{i}")),
            ];
            for key in keys {
                let found = lookup(&conn, path, key.clone()).unwrap();
                assert_eq!(found.map(|p| p.id), Some(PeerId::User(i)), "{key:?}");
            }
        }
        for sql in [BY_ID, BY_USERNAME, BY_PHONE] {
            let stmt = conn.prepare_cached(sql).unwrap();
            assert_eq!(stmt.get_status(StatementStatus::RePrepare), 0, "{sql}");
            let runs = if sql == BY_USERNAME { 6 } else { 3 };
            assert_eq!(stmt.get_status(StatementStatus::Run), runs * (round + 1));
        }
    }
}
