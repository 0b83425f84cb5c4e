//! Memory per in-flight upload part, measured with a counting global allocator: each
//! 512 KiB part is held once, from its serialization through the client's retry loop,
//! the connection task's command and the protocol core's request table.
//!
//! What is counted: every allocation of at least 512 KiB made by the client (its tasks
//! all run on this test's thread, in a current-thread runtime; the test DC runs on a
//! thread of its own and is not counted), while uploading parts of 512 KiB.
//!
//! The bound, per part and overall:
//! - per part, exactly one buffer: the serialized `upload.saveFilePart`, the part read
//!   straight into its place (it becomes the shared `Bytes` every attempt sends);
//! - overall, a constant: the connection task's packet buffer (the one buffer a packet is
//!   encrypted in: one packet holds at most one part) and its frame buffer (framed packets
//!   before the socket write, written once past 128 KiB), both reused from packet to
//!   packet. Each doubles as it grows, so it is allocated at 512 KiB or more at most three
//!   times (≥ 512 KiB, ≥ 1 MiB, ≥ 2 MiB) on its way to its largest size (a 1 MiB
//!   container; 128 KiB more for the frames), whatever the number of parts.
//!
//! Before bodies were shared, each part also cost the part read from the source, the
//! client's clone per attempt, the protocol core's clone per send, a container body, a
//! fresh packet and frame buffer per send (each grown by doubling) and two gzip buffers
//! for a part that does not compress: 141 such allocations for these 16 parts, which
//! fails the bound below (20 now: 16 bodies, 2 + 2 for the two reused buffers).

#![allow(missing_docs)]

#[path = "it/support.rs"]
#[allow(dead_code)]
mod support;

use std::alloc::System;
use std::sync::atomic::{AtomicUsize, Ordering};

use mtrs::Upload;
use mtrs::api::enums;
use mtrs_testdc::FaultConfig;
use support::{BOT2, TestDc, client};
use tracking_allocator::{
    AllocationGroupId, AllocationGroupToken, AllocationRegistry, AllocationTracker, Allocator,
};

#[global_allocator]
static GLOBAL: Allocator<System> = Allocator::system();

const PART: usize = 512 * 1024;

/// Allocations of at least [`PART`] bytes in a measured group.
static LARGE: AtomicUsize = AtomicUsize::new(0);
/// The sizes of the first of them, for the failure message.
static SIZES: [AtomicUsize; 64] = [const { AtomicUsize::new(0) }; 64];

struct CountLarge;

impl AllocationTracker for CountLarge {
    fn allocated(&self, _: usize, size: usize, _: usize, group: AllocationGroupId) {
        if group != AllocationGroupId::ROOT && size >= PART {
            let n = LARGE.fetch_add(1, Ordering::Relaxed);
            if let Some(slot) = SIZES.get(n) {
                slot.store(size, Ordering::Relaxed);
            }
        }
    }

    fn deallocated(
        &self,
        _: usize,
        _: usize,
        _: usize,
        _: AllocationGroupId,
        _: AllocationGroupId,
    ) {
    }
}

fn sizes() -> Vec<usize> {
    let n = LARGE.load(Ordering::Relaxed).min(SIZES.len());
    SIZES[..n]
        .iter()
        .map(|s| s.load(Ordering::Relaxed))
        .collect()
}

/// File bytes that do not compress (xorshift), as most uploads (media) are: compressible
/// parts are sent as a smaller `gzip_packed` instead, which would measure something else.
fn noise(len: usize) -> Vec<u8> {
    let mut x = 0x9e37_79b9_7f4a_7c15_u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// Large allocations allowed besides one per part: the packet and the frame buffer of the
/// connection task, each allocated at 512 KiB or more at most three times.
const REUSED_BUFFERS: usize = 6;

#[tokio::test(flavor = "current_thread")]
async fn each_in_flight_512_kib_part_is_held_once() {
    AllocationRegistry::set_global_tracker(CountLarge).expect("the only tracker");
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(dc.config(dir.path(), BOT2));
    c.connect().await.unwrap();
    let key_id = c.session().await.unwrap().dcs[&mtrs::DcId::new(2)]
        .auth_key
        .as_ref()
        .unwrap()
        .id()
        .0;

    // 16 parts of 512 KiB (8 MiB: `saveFilePart`), 4 in flight; the source is prepared
    // before counting starts.
    let parts = 16;
    let data = noise(parts * PART);
    let mut group = AllocationGroupToken::register().expect("a group");
    AllocationRegistry::enable_tracking();
    let file = {
        let _counting = group.enter();
        let options = Upload {
            part_size: PART as u32,
            parallel: 4,
            ..Upload::default()
        };
        c.upload(
            &mut data.as_slice(),
            data.len() as u64,
            "m.bin",
            options,
            |_| {},
        )
        .await
    };
    AllocationRegistry::disable_tracking();
    let enums::InputFile::InputFile(f) = file.unwrap() else {
        panic!("8 MiB is a small file");
    };
    assert_eq!(dc.cluster.uploaded_file(2, key_id, f.id), Some(data));

    let large = LARGE.load(Ordering::Relaxed);
    eprintln!(
        "{large} allocations of at least 512 KiB for {parts} parts: {:?}",
        sizes()
    );
    assert!(
        large >= parts,
        "every part is one serialized body of at least 512 KiB: the count must see them \
         ({large} for {parts} parts)"
    );
    assert!(
        large <= parts + REUSED_BUFFERS,
        "{large} allocations of at least 512 KiB for {parts} parts (bound: one per part + \
         {REUSED_BUFFERS} reused buffers): {:?}",
        sizes()
    );
    c.stop().await.unwrap();
}
