//! One writer applies queued commands together; a command that fails must fail alone.

use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use mtrs_session::testing::block_on;
use mtrs_session::{
    AccountState, ChannelId, Operation, Peer, PeerId, PeerKey, PeerKind, SessionStore, StoreError,
    StoreFuture, UpdateStateChange,
};
use mtrs_store_sqlite::SqliteStore;
use rusqlite::Connection;

use crate::support::config;

/// Drives several store futures at once on this thread; returns their outputs in order.
fn join_all(mut futures: Vec<StoreFuture<'_, ()>>) -> Vec<Result<(), StoreError>> {
    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut out: Vec<Option<Result<(), StoreError>>> = futures.iter().map(|_| None).collect();
    while out.iter().any(Option::is_none) {
        for (f, slot) in futures.iter_mut().zip(out.iter_mut()) {
            if slot.is_none()
                && let Poll::Ready(r) = f.as_mut().poll(&mut cx)
            {
                *slot = Some(r);
            }
        }
        if out.iter().any(Option::is_none) {
            thread::park();
        }
    }
    out.into_iter().flatten().collect()
}

fn peers(from: i64, n: i64) -> Vec<Peer> {
    (from..from + n)
        .map(|i| Peer::new(PeerId::User(i), PeerKind::User, i + 1))
        .collect()
}

#[test]
fn a_failing_command_in_a_group_fails_alone() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let store = SqliteStore::open(&cfg).unwrap();
    // Sabotage one table behind the store's back so that update-state writes fail.
    Connection::open(cfg.session_path())
        .unwrap()
        .execute_batch("DROP TABLE channel_state")
        .unwrap();

    // The first (large) batch keeps the writer busy while the next three queue up and are
    // then taken as one group.
    let results = join_all(vec![
        store.upsert_peers(peers(0, 30_000)),
        store.upsert_peers(peers(100_000, 10)),
        store.save_update_state(UpdateStateChange {
            account: Some(AccountState::default()),
            channels: vec![(ChannelId(1), Some(1))],
        }),
        store.upsert_peers(peers(200_000, 10)),
    ]);
    assert!(
        results[0].is_ok() && results[1].is_ok() && results[3].is_ok(),
        "{results:?}"
    );
    match &results[2] {
        Err(StoreError::Backend {
            operation, path, ..
        }) => {
            assert_eq!(*operation, Operation::SaveUpdateState);
            assert_eq!(path, &cfg.session_path());
        }
        other => panic!("expected a backend error, got {other:?}"),
    }
    for id in [0, 29_999, 100_009, 200_000] {
        let found = block_on(store.lookup_peer(PeerKey::Id(PeerId::User(id)))).unwrap();
        assert!(
            found.is_some(),
            "peer {id} of a successful command is stored"
        );
    }
    // The failed command left no trace either: no session row was created by it.
    assert_eq!(block_on(store.load()).unwrap(), None);
}

/// The reader keeps a read transaction open between writes; it must never hold one across
/// a commit, or every checkpoint stops one commit short and the WAL is never restarted
/// (the file would grow with every write while lookups keep coming).
#[test]
fn interleaved_writes_and_lookups_keep_the_wal_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);
    let store = SqliteStore::open(&cfg).unwrap();
    let wal = cfg.session_path().with_extension("session-wal");
    let mut largest = 0;
    for round in 0..400i64 {
        let batch: Vec<Peer> = (0..100)
            .map(|i| {
                Peer::new(PeerId::User(round * 1000 + i), PeerKind::User, 1)
                    .with_usernames([format!("u{round}_{i}")])
            })
            .collect();
        block_on(store.upsert_peers(batch)).unwrap();
        let found = block_on(store.lookup_peer(PeerKey::Id(PeerId::User(round * 1000)))).unwrap();
        assert!(found.is_some());
        largest = largest.max(std::fs::metadata(&wal).map_or(0, |m| m.len()));
    }
    // wal_autocheckpoint is 1000 pages (4 MiB); a WAL that is restarted stays near that.
    assert!(largest < 8 << 20, "WAL grew to {largest} bytes");
}
