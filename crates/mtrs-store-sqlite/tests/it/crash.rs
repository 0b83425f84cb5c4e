//! Crash consistency: a child writes credentials and peer batches in a loop and is killed
//! with SIGKILL at random moments; every reopen must find an intact file, a whole
//! credential tuple (old or new, never a mix) and every batch the child reported.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mtrs_session::testing::block_on;
use mtrs_session::{PeerId, PeerKey, SessionStore};
use mtrs_store_sqlite::SqliteStore;
use rusqlite::Connection;

use crate::child::{self, BATCH};
use crate::support::config;

/// xorshift64: enough randomness to vary kill points; the seed is printed for replay.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

const ROUNDS: usize = 60;

#[test]
fn sigkill_at_random_moments_never_loses_or_mixes_committed_data() {
    let seed = std::env::var("MTRS_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("crash test seed {seed} (set MTRS_CRASH_SEED to replay)");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    let cfg = config(&dir);

    let mut next_start = 0i64;
    let mut last_reported_cred: Option<i64> = None;
    let mut reported_batches: Vec<i64> = Vec::new();
    let mut kills_mid_run = 0;

    for round in 0..ROUNDS {
        let (mut proc, mut out) = child::spawn("crash-writer", dir.path(), next_start);
        // Kill after a random number of reported steps (0 = during open/migration), plus a
        // random busy-spin so the kill lands anywhere inside the next write.
        let lines = rng.below(12);
        for _ in 0..lines {
            match child::next_line(&mut out) {
                Some(line) => {
                    let (tag, n) = line.split_once(' ').unwrap();
                    let n: i64 = n.parse().unwrap();
                    match tag {
                        "CRED" => last_reported_cred = Some(n),
                        "BATCH" => reported_batches.push(n),
                        _ => unreachable!(),
                    }
                }
                None => panic!("child exited early in round {round}"),
            }
        }
        let spin = std::time::Duration::from_micros(rng.below(3000));
        let t = Instant::now();
        while t.elapsed() < spin {
            std::hint::spin_loop();
        }
        proc.kill().unwrap();
        let status = proc.wait().unwrap();
        if !status.success() {
            kills_mid_run += 1;
        }

        // 1. The file is intact.
        {
            let conn = Connection::open(cfg.session_path()).unwrap();
            let check: String = conn
                .pragma_query_value(None, "integrity_check", |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok", "round {round}");
        }
        // 2. It reopens (the dead child's lock is gone).
        let store = SqliteStore::open(&cfg).unwrap();
        let data = block_on(store.load()).unwrap();
        // 3. Credentials: one whole tuple, at least as new as the last reported one.
        let current = match (&data, last_reported_cred) {
            (None, None) => None,
            (None, Some(n)) => panic!("round {round}: credentials {n} were reported but lost"),
            (Some(data), _) => {
                let identity = data
                    .identity
                    .as_ref()
                    .expect("identity written with the key");
                let i = identity.user_id.0 - 1_000_000;
                let (dc, key, user, bot) = child::credentials(i);
                assert_eq!(data.home_dc, dc, "round {round}: home DC of another step");
                assert_eq!(data.home_auth_key(), Some(&key), "round {round}: key mixed");
                assert_eq!(identity.user_id, user);
                assert_eq!(identity.bot, Some(bot), "round {round}: bot flag mixed");
                if let Some(n) = last_reported_cred {
                    assert!(i >= n, "round {round}: went back from {n} to {i}");
                }
                Some(i)
            }
        };
        // 4. Every reported batch is there in full; the one after the last is all or none.
        for &b in &reported_batches {
            for n in [0, BATCH - 1] {
                let id = PeerId::User(b * BATCH + n);
                let p = block_on(store.lookup_peer(PeerKey::Id(id))).unwrap();
                assert!(p.is_some(), "round {round}: batch {b} lost");
            }
        }
        if let Some(i) = current {
            let conn = Connection::open(cfg.session_path()).unwrap();
            let count: i64 = conn
                .query_row(
                    "SELECT count(*) FROM peer WHERE space = 0 AND id >= ?1 AND id < ?2",
                    [i * BATCH, (i + 1) * BATCH],
                    |r| r.get(0),
                )
                .unwrap();
            assert!(
                count == 0 || count == BATCH,
                "round {round}: half a batch ({count})"
            );
            next_start = i + 1;
        }
        drop(store);
    }
    assert!(
        kills_mid_run >= 50,
        "only {kills_mid_run} kills landed mid-run"
    );
}
