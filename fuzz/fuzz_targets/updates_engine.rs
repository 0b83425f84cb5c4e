//! The update engine fed by a hostile server: arbitrary `Updates`, differences and
//! channel differences (whatever parses from the input), in any order, with time moving.
//! No input may panic or loop; the queue count always matches what `pop` hands out.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;
use mtrs_session::{AccountState, UpdateState};
use mtrs_tl::Deserialize;
use mtrs_tl_api::enums;
use mtrs_updates::{Engine, EngineConfig, Request};

fuzz_target!(|data: &[u8]| {
    let start = Instant::now();
    let mut now = start;
    let stored = UpdateState {
        account: Some(AccountState { pts: 100, qts: 5, seq: 10, ..Default::default() }),
        ..Default::default()
    };
    let mut config = EngineConfig::default();
    config.capacity = 64;
    config.max_batch = 8;
    let mut engine = Engine::new(config, &stored, now);
    let mut in_flight: Vec<Request> = Vec::new();
    let mut rest = data;
    while let Some((&op, tail)) = rest.split_first() {
        let len = usize::from(tail.first().copied().unwrap_or(0));
        let body = tail.get(1..1 + len.min(tail.len().saturating_sub(1))).unwrap_or(&[]);
        rest = tail.get(1 + body.len()..).unwrap_or(&[]);
        match op % 6 {
            0 => {
                if let Ok(u) = enums::Updates::from_bytes(body) {
                    engine.push(u, now);
                }
            }
            1 => {
                if let Ok(d) = enums::updates::Difference::from_bytes(body) {
                    engine.on_difference(d, now);
                }
            }
            2 => {
                if let Ok(d) = enums::updates::ChannelDifference::from_bytes(body) {
                    let channel = in_flight
                        .iter()
                        .find_map(|r| match r {
                            Request::GetChannelDifference { channel, .. } => Some(*channel),
                            _ => None,
                        })
                        .unwrap_or(1);
                    engine.on_channel_difference(channel, d);
                }
            }
            3 => {
                now += Duration::from_millis(u64::from(op) * 37);
                engine.handle_timeout(now);
            }
            4 => {
                let before = engine.queued();
                if let Some(batch) = engine.pop() {
                    assert_eq!(engine.queued(), before - batch.updates.len());
                }
            }
            _ => {
                if let Some(r) = engine.poll_request(now) {
                    in_flight.push(r);
                }
                if op & 0x40 != 0 {
                    if let Some(r) = in_flight.pop() {
                        engine.on_failed(r, now);
                    }
                }
            }
        }
        let _ = engine.poll_timeout();
    }
    let mut popped = 0;
    while let Some(batch) = engine.pop() {
        popped += batch.updates.len();
    }
    assert_eq!(engine.queued(), 0);
    let _ = popped;
});
