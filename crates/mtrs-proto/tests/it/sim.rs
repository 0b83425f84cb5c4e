//! Deterministic simulation: a client and a server `Connection` wired through a seeded
//! lossy link on a virtual clock.
//!
//! The link drops, duplicates, delays and so reorders packets in both directions; the
//! server rotates its salt without grace now and then (forcing `bad_server_salt`). The
//! server's clock runs 45 s ahead of the client's, which the client learns from the first
//! server message; after 15 s the client's clock jumps 400 s ahead, which the server
//! answers with `bad_msg_notification` 17 until the client corrects its offset.
//! Every request must get exactly one result, and the run must be reproducible from its
//! seed.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mtrs_crypto::AuthKey;
use mtrs_proto::salt::FutureSalt;
use mtrs_proto::{Connection, Event, Notice, ProtoConfig, RequestId, RpcError, Salt, SessionId};

/// SplitMix64: a tiny, seedable generator for the test's own randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    fn fill(&mut self, buf: &mut [u8]) {
        for chunk in buf.chunks_mut(8) {
            let v = self.next().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
    }
}

/// Packets in flight in one direction, ordered by delivery time (then by send order).
#[derive(Default)]
struct Link {
    in_flight: BTreeMap<(u64, u64), Vec<u8>>,
    sent: u64,
}

struct LinkParams {
    drop_percent: u64,
    duplicate_percent: u64,
    max_delay_ms: u64,
}

impl Link {
    fn send(&mut self, now_ms: u64, packet: &[u8], p: &LinkParams, rng: &mut Rng) {
        if rng.chance(p.drop_percent) {
            return;
        }
        let copies = if rng.chance(p.duplicate_percent) {
            2
        } else {
            1
        };
        for _ in 0..copies {
            let at = now_ms + 1 + rng.below(p.max_delay_ms);
            self.sent += 1;
            self.in_flight.insert((at, self.sent), packet.to_vec());
        }
    }

    fn due(&mut self, now_ms: u64) -> Vec<Vec<u8>> {
        let later = self.in_flight.split_off(&(now_ms + 1, 0));
        let due = std::mem::replace(&mut self.in_flight, later);
        due.into_values().collect()
    }
}

const T0: u64 = 1_750_000_000;
const TAG: u32 = 0x5eed_0001;

fn clock(ms: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(T0) + Duration::from_millis(ms)
}

fn request_body(index: u32) -> Vec<u8> {
    let mut b = TAG.to_le_bytes().to_vec();
    b.extend_from_slice(&index.to_le_bytes());
    b
}

fn index_of(body: &[u8]) -> u32 {
    assert_eq!(&body[..4], &TAG.to_le_bytes());
    u32::from_le_bytes(body[4..8].try_into().unwrap())
}

/// FNV-1a over everything delivered.
fn mix(digest: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *digest = (*digest ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
    }
}

/// What a run produced: the per-request outcomes and a digest of everything on the wire.
#[derive(Debug, PartialEq, Eq)]
struct Outcome {
    results: usize,
    digest: u64,
    virtual_ms: u64,
    salt_changes: usize,
    time_corrections: usize,
    resends: usize,
}

fn run(seed: u64, requests: u32) -> Outcome {
    let mut rng = Rng(seed);
    let mut key_bytes = [0u8; 256];
    rng.fill(&mut key_bytes);
    let key = AuthKey::from_bytes(key_bytes);
    let mut config = ProtoConfig::default();
    config.resend_after = Duration::from_secs(2);
    config.ack_flush_delay = Duration::from_millis(300);
    let skew_ms: u64 = 45_000; // the server's clock runs 45 s ahead
    let session = SessionId(rng.next() as i64);
    let mut client = Connection::client(key.clone(), session, Salt(1), None, config.clone());
    let mut server = Connection::server(key, Salt(1), rng.next() as i64, config);
    let schedule: Vec<FutureSalt> = (0..48)
        .map(|i| FutureSalt {
            valid_since: (T0 as i64 + 45) + i * 1800,
            valid_until: (T0 as i64 + 45) + i * 1800 + 3600,
            salt: Salt(1000 + i),
        })
        .collect();
    server.set_future_salts(&schedule).unwrap();

    let params = LinkParams {
        drop_percent: 5,
        duplicate_percent: 3,
        max_delay_ms: 120,
    };
    let (mut up, mut down) = (Link::default(), Link::default());
    let mut expected: BTreeMap<RequestId, u32> = BTreeMap::new();
    let mut done: BTreeMap<u32, Result<Vec<u8>, RpcError>> = BTreeMap::new();
    let mut next_index = 0u32;
    let mut digest = 0xcbf2_9ce4_8422_2325u64;
    let mut link_rng = Rng(seed.rotate_left(17) ^ 0xa5a5);
    let (mut salt_changes, mut time_corrections, mut resends) = (0, 0, 0);
    let mut buf = Vec::new();
    let mut now_ms = 0u64;
    let mut next_rotation = 5_000u64;
    let limit_ms = 3_600_000;

    while done.len() < requests as usize {
        assert!(
            now_ms < limit_ms,
            "stuck: {} of {requests} done at {now_ms} ms",
            done.len()
        );
        // After 15 s the client's clock jumps 400 s ahead.
        let jump_ms = if now_ms >= 15_000 { 400_000 } else { 0 };
        let (c_now, s_now) = (clock(now_ms + jump_ms), clock(now_ms + skew_ms));

        // Keep up to 16 queries in flight.
        while next_index < requests && client.pending_requests() < 16 {
            let id = client.enqueue(request_body(next_index));
            expected.insert(id, next_index);
            next_index += 1;
        }
        if now_ms >= next_rotation {
            server
                .rotate_salt(Salt(rng.next() as i64), s_now, false)
                .unwrap();
            next_rotation += 5_000 + rng.below(10_000);
        }

        for mut packet in up.due(now_ms) {
            mix(&mut digest, &packet);
            if let Err(e) = server.handle_packet(s_now, &mut packet) {
                assert!(!e.is_fatal(), "server: fatal {e:?}");
            }
        }
        while let Some(event) = server.poll_event() {
            if let Event::Query { msg_id, body } = event {
                let index = index_of(&body);
                let answer = if index % 10 == 7 {
                    Err(RpcError::new(420, &format!("FLOOD_WAIT_{}", index % 60)))
                } else {
                    Ok(body)
                };
                server.respond(msg_id, answer.as_deref()).unwrap();
            }
        }
        for mut packet in down.due(now_ms) {
            mix(&mut digest, &packet);
            if let Err(e) = client.handle_packet(c_now, &mut packet) {
                assert!(!e.is_fatal(), "client: fatal {e:?}");
            }
        }
        if client.poll_timeout().is_some_and(|t| t <= c_now) {
            client.handle_timeout(c_now);
        }
        while let Some(event) = client.poll_event() {
            match event {
                Event::Result { request, result } => {
                    let index = expected
                        .remove(&request)
                        .expect("a result for an unknown or finished request");
                    let prev = done.insert(index, result);
                    assert!(prev.is_none(), "request {index} got two results");
                }
                Event::Notice(Notice::SaltChanged { .. }) => salt_changes += 1,
                Event::Notice(Notice::TimeOffsetCorrected { .. }) => time_corrections += 1,
                Event::Notice(Notice::Resent { count }) => resends += count,
                _ => {}
            }
        }

        let mut sample = [0u8; 64];
        let mut pad = |b: &mut [u8]| {
            rng.fill(&mut sample[..b.len()]);
            b.copy_from_slice(&sample[..b.len()]);
        };
        buf.clear();
        while client.poll_transmit(c_now, &mut pad, &mut buf).is_some() {
            up.send(now_ms, &buf, &params, &mut link_rng);
            buf.clear();
        }
        while server.poll_transmit(s_now, &mut pad, &mut buf).is_some() {
            down.send(now_ms, &buf, &params, &mut link_rng);
            buf.clear();
        }
        now_ms += 10;
    }

    // Every query got exactly one result, and the right one.
    assert!(expected.is_empty());
    for (index, result) in &done {
        if index % 10 == 7 {
            let e = result.as_ref().unwrap_err();
            assert_eq!(
                (e.code, e.name.as_str(), e.value),
                (420, "FLOOD_WAIT", Some(index % 60))
            );
        } else {
            assert_eq!(index_of(result.as_ref().unwrap()), *index);
        }
    }
    Outcome {
        results: done.len(),
        digest,
        virtual_ms: now_ms,
        salt_changes,
        time_corrections,
        resends,
    }
}

#[test]
fn ten_thousand_requests_over_a_lossy_link_each_get_exactly_one_result() {
    let first = run(0x5eed_2026, 10_000);
    assert_eq!(first.results, 10_000);
    // The faults really happened and were recovered from.
    assert!(first.salt_changes > 0, "{first:?}");
    assert!(first.time_corrections > 0, "{first:?}");
    assert!(first.resends > 0, "{first:?}");
    // Reproducible from the seed.
    assert_eq!(run(0x5eed_2026, 10_000), first);
    eprintln!("simulation: {first:?}");
}

#[test]
fn different_seeds_give_different_runs() {
    assert_ne!(run(1, 300).digest, run(2, 300).digest);
}
