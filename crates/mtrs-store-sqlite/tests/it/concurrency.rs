//! 64 tasks on a multi-threaded runtime doing 100k mixed operations on one store: no
//! operation may fail (in particular no SQLITE_BUSY, "database is locked").

use std::sync::Arc;

use mtrs_session::{
    AccountState, AuthKey, ChannelId, DcId, DcState, DcUpdate, Peer, PeerId, PeerKey, PeerKind,
    SessionStore, UnixTime, UpdateStateChange,
};
use mtrs_store_sqlite::SqliteStore;

use crate::support::config;

const TASKS: i64 = 64;
const OPS: i64 = 100_000;

#[test]
fn sixty_four_tasks_one_hundred_thousand_mixed_ops_no_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(&config(&dir)).unwrap());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .build()
        .unwrap();
    let errors = runtime.block_on(async {
        let mut handles = Vec::new();
        for task in 0..TASKS {
            let store = store.clone();
            handles.push(tokio::spawn(async move {
                let mut errors = Vec::new();
                for op in 0..OPS / TASKS {
                    let n = task * 1_000_000 + op;
                    let result = match op % 10 {
                        0..=3 => {
                            let peers = (0..3)
                                .map(|k| {
                                    Peer::new(PeerId::User(n * 3 + k), PeerKind::User, n + 1)
                                        .with_usernames([format!("u{}", n * 3 + k)])
                                        .with_updated_at(UnixTime(op))
                                })
                                .collect();
                            store.upsert_peers(peers).await
                        }
                        4..=5 => store
                            .lookup_peer(PeerKey::Id(PeerId::User((n - 1) * 3)))
                            .await
                            .map(drop),
                        6 => store
                            .lookup_peer(PeerKey::username(&format!("U{}", (n - 2) * 3 + 1)))
                            .await
                            .map(drop),
                        7 => {
                            let key = AuthKey::from_bytes([(n % 251) as u8; 256]);
                            let dc = DcId(1 + (n % 5) as i32);
                            store
                                .update_dc(DcUpdate::new(dc, DcState::new().with_auth_key(key)))
                                .await
                        }
                        8 => {
                            store
                                .save_update_state(UpdateStateChange {
                                    account: Some(AccountState {
                                        pts: op as i32,
                                        ..Default::default()
                                    }),
                                    channels: vec![(ChannelId(task), Some(op as i32))],
                                })
                                .await
                        }
                        _ => store.load().await.map(drop),
                    };
                    if let Err(e) = result {
                        errors.push(e.to_string());
                    }
                }
                errors
            }));
        }
        let mut all = Vec::new();
        for h in handles {
            all.extend(h.await.unwrap());
        }
        all
    });
    assert!(
        errors.is_empty(),
        "{} errors, first: {:?}",
        errors.len(),
        errors.first()
    );
    // Everything written is there.
    let found = runtime
        .block_on(store.lookup_peer(PeerKey::Id(PeerId::User((63 * 1_000_000 + 1560) * 3))))
        .unwrap();
    assert!(found.is_some());
    let data = runtime.block_on(store.load()).unwrap().unwrap();
    assert_eq!(data.update_state.channels.len(), TASKS as usize);
}
