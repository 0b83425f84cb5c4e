//! Encrypt+frame and unframe+decrypt of one MTProto message, for a 176-byte and a 512 KiB
//! body, with every heap allocation counted by the global allocator.
//!
//! Before timing, each path runs 1000 times in steady state (buffers already grown) under an
//! allocation counter; the counts are printed and must be zero.

use std::alloc::System;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::packet::encrypted::{self, Header};
use mtrs_proto::transport::{Incoming, Transport, TransportKind};
use mtrs_proto::{MsgId, Salt, SeqNo, SessionId};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// One direction of a connection: the sender's buffers and transport, the receiver's
/// transport.
struct Pipeline {
    key: AuthKey,
    header: Header,
    padding: [u8; 32],
    tx: Transport,
    rx: Transport,
    packet: Vec<u8>,
    wire: Vec<u8>,
}

impl Pipeline {
    fn new(body_len: usize) -> Self {
        let mut p = Self {
            key: AuthKey::from_bytes(std::array::from_fn(|i| i as u8)),
            header: Header {
                salt: Salt(1),
                session_id: SessionId(2),
                msg_id: MsgId((1_700_000_000 << 32) | 4),
                seq_no: SeqNo(1),
            },
            padding: [0x5a; 32],
            tx: Transport::client(TransportKind::Intermediate),
            rx: Transport::server(),
            packet: Vec::with_capacity(body_len + 128),
            wire: Vec::with_capacity(body_len + 256),
        };
        // Send the tag once so both transports are in steady state.
        p.tx.encode(&[0; 8], false, &[], &mut p.wire).unwrap();
        p.rx.push_received(&p.wire).unwrap();
        while p.rx.next_incoming().unwrap().is_some() {}
        p
    }

    /// Encrypts `body` into a packet and frames it; returns the frame's length.
    fn encrypt_and_frame(&mut self, body: &[u8]) -> usize {
        self.packet.clear();
        let pad = &self.padding[..encrypted::padding_len(body.len())];
        encrypted::write(
            &self.key,
            Direction::ClientToServer,
            &self.header,
            body,
            pad,
            false,
            &mut self.packet,
        )
        .unwrap();
        self.wire.clear();
        self.tx
            .encode(&self.packet, false, &[], &mut self.wire)
            .unwrap();
        self.wire.len()
    }

    /// Unframes `frame` and decrypts it in place; returns the body length.
    fn unframe_and_decrypt(&mut self, frame: &[u8]) -> usize {
        self.rx.push_received(frame).unwrap();
        let Some(Incoming::Frame { payload, .. }) = self.rx.next_incoming().unwrap() else {
            panic!("no frame");
        };
        encrypted::read(&self.key, Direction::ClientToServer, payload)
            .unwrap()
            .body
            .len()
    }
}

fn allocations_per_message(name: &str, body_len: usize) -> (f64, f64) {
    let body = vec![0x42u8; body_len];
    let mut p = Pipeline::new(body_len);
    p.encrypt_and_frame(&body);
    let frame = p.wire.clone();
    for _ in 0..3 {
        p.encrypt_and_frame(&body);
        p.unframe_and_decrypt(&frame);
    }
    const N: usize = 1000;
    let region = Region::new(GLOBAL);
    for _ in 0..N {
        black_box(p.encrypt_and_frame(black_box(&body)));
    }
    let send = region.change().allocations as f64 / N as f64;
    let region = Region::new(GLOBAL);
    for _ in 0..N {
        black_box(p.unframe_and_decrypt(black_box(&frame)));
    }
    let recv = region.change().allocations as f64 / N as f64;
    println!("allocations per message ({name}): encrypt+frame {send}, unframe+decrypt {recv}");
    assert_eq!((send, recv), (0.0, 0.0), "steady state must not allocate");
    (send, recv)
}

fn bench(c: &mut Criterion) {
    for (name, len) in [("176 B", 176usize), ("512 KiB", 512 * 1024)] {
        allocations_per_message(name, len);
        let body = vec![0x42u8; len];
        let mut group = c.benchmark_group("packet");
        group.throughput(Throughput::Bytes(len as u64));
        if len > 4096 {
            group.sample_size(20);
        }
        let mut p = Pipeline::new(len);
        group.bench_with_input(BenchmarkId::new("encrypt+frame", name), &body, |b, body| {
            b.iter(|| p.encrypt_and_frame(black_box(body)))
        });
        let mut p = Pipeline::new(len);
        p.encrypt_and_frame(&body);
        let frame = p.wire.clone();
        group.bench_with_input(
            BenchmarkId::new("unframe+decrypt", name),
            &frame,
            |b, frame| b.iter(|| p.unframe_and_decrypt(black_box(frame))),
        );
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
