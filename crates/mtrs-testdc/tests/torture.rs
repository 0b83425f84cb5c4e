//! The test DC under hostile traffic (issue #15, part C), in a test binary of its own so
//! that the process's file descriptors and memory belong to this test alone.
//!
//! A few hundred sockets go idle, trickle bytes (slowloris), leave frames incomplete,
//! declare huge frames and send junk, in three bursts, while a real client keeps calling.
//! The DC closes every hostile socket through its limits; afterwards the open descriptors
//! are back to the baseline and the resident memory within twice the baseline.

#[allow(dead_code)] // shared with tests/it, which uses the rest
#[path = "it/client.rs"]
mod client;

use std::net::SocketAddr;
use std::time::Duration;

use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::Instant;

use client::TestClient;

/// Hostile sockets per burst.
const HOSTILE: usize = 240;
/// Everything in this test must finish within this bound.
const BOUND: Duration = Duration::from_secs(30);

fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map_or(0, |d| d.count())
}

fn rss_pages() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0)
}

/// Waits (bounded) until `cond` holds, polling.
async fn until(what: &str, deadline: Instant, mut cond: impl FnMut() -> bool) {
    while !cond() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// One hostile socket: behaves as `kind` says, then waits for the DC to close it.
/// Returns whether the DC closed it (EOF or reset) before the deadline.
async fn hostile(addr: SocketAddr, kind: usize, deadline: Instant) -> bool {
    let Ok(mut s) = TcpStream::connect(addr).await else {
        return false;
    };
    let mut seed = (kind as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut junk = |n: usize| {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect::<Vec<u8>>()
    };
    let sent = match kind % 5 {
        // Idle: connect and say nothing.
        0 => Ok(()),
        // Slowloris: an abridged frame of 4 KiB, one byte at a time.
        1 => {
            let mut r = s.write_all(&[0xef, 0x7f, 0x00, 0x04, 0x00]).await;
            while r.is_ok() && Instant::now() < deadline {
                r = s.write_all(&[0x41]).await;
                let mut b = [0u8; 1];
                let read = tokio::time::timeout(Duration::from_millis(100), s.read(&mut b));
                if let Ok(Ok(0) | Err(_)) = read.await {
                    return true;
                }
            }
            r
        }
        // A partial frame: intermediate, 1 MiB declared, 100 bytes sent.
        2 => {
            let mut head = vec![0xee; 4];
            head.extend_from_slice(&(1u32 << 20).to_le_bytes());
            head.extend(junk(100));
            s.write_all(&head).await
        }
        // A frame declaring far more than the DC accepts.
        3 => s.write_all(&[0xef, 0x7f, 0xff, 0xff, 0xff, 1, 2, 3]).await,
        // Junk (taken for an obfuscated2 header, or a plain transport gone wrong).
        _ => s.write_all(&junk(200)).await,
    };
    if sent.is_err() {
        return true;
    }
    let mut buf = [0u8; 256];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, s.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0) | Err(_)) => return true,
            Ok(Ok(_)) => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_test_dc_holds_its_ground() {
    let deadline = Instant::now() + BOUND;
    let cluster = Cluster::builder()
        .dcs(1)
        .handshake_timeout(Duration::from_secs(2))
        .frame_timeout(Duration::from_millis(700))
        .idle_timeout(Duration::from_secs(3))
        .max_connections(HOSTILE + 16)
        .start()
        .await
        .unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut real = TestClient::connect(addr, TransportKind::Intermediate, true).await;
    real.login_key(1, cluster.rsa_public_key()).await;
    let enums::Config::Config(_) = real.call(&help::GetConfig).await.unwrap();
    let fds = open_fds();
    let rss = rss_pages();
    let mut after_burst = Vec::new();

    for burst in 0..3 {
        let burst_deadline = Instant::now() + Duration::from_secs(8);
        let tasks: Vec<_> = (0..HOSTILE)
            .map(|i| tokio::spawn(hostile(addr, burst * HOSTILE + i, burst_deadline)))
            .collect();
        // The real client keeps working while they are connected (a call every 50 ms, as
        // an application would, rather than a busy loop competing for the two cores).
        let mut calls = 0;
        let mut tick = tokio::time::interval(Duration::from_millis(50));
        while tasks.iter().any(|t| !t.is_finished()) {
            tick.tick().await;
            let enums::Config::Config(config) = real.call(&help::GetConfig).await.unwrap();
            assert_eq!(config.this_dc, 1);
            calls += 1;
            assert!(Instant::now() < deadline, "burst {burst} took too long");
        }
        for t in tasks {
            assert!(
                t.await.unwrap(),
                "burst {burst}: a hostile socket was never closed"
            );
        }
        assert!(calls > 0);
        after_burst.push(rss_pages());
    }
    eprintln!("RSS pages: baseline {rss}, after each burst {after_burst:?}");
    let counters = cluster.counters(DcId::new(1));
    // Idle, slowloris and partial-frame sockets (three kinds of five) end by a limit; the
    // huge frames and the junk by a framing error.
    assert_eq!(
        counters.limit_closes,
        3 * (HOSTILE as u64) * 3 / 5,
        "{counters:?}"
    );
    // Every hostile socket is gone on both sides: descriptors back to the baseline.
    until("descriptors back to the baseline", deadline, || {
        open_fds() <= fds
    })
    .await;
    let now = rss_pages();
    assert!(now <= 2 * rss, "RSS grew from {rss} to {now} pages");
    // And the real client still works.
    let enums::Config::Config(_) = real.call(&help::GetConfig).await.unwrap();
    cluster.shutdown().await;
}

/// One connection more than the cap is accepted and closed at once, and counted; the
/// connections already served are unaffected.
#[tokio::test]
async fn the_connection_cap_closes_the_extra_connection() {
    let cluster = Cluster::builder()
        .dcs(1)
        .max_connections(2)
        .start()
        .await
        .unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut a = TestClient::connect(addr, TransportKind::Abridged, false).await;
    a.login_key(1, cluster.rsa_public_key()).await;
    let _b = TcpStream::connect(addr).await.unwrap();
    let deadline = Instant::now() + BOUND;
    // The listener serves two connections once it has accepted `_b`.
    until("two connections accepted", deadline, || {
        cluster.counters(DcId::new(1)).connections == 2
    })
    .await;
    let mut c = TcpStream::connect(addr).await.unwrap();
    let mut buf = [0u8; 8];
    let n = tokio::time::timeout(BOUND, c.read(&mut buf)).await.unwrap();
    assert!(
        matches!(n, Ok(0) | Err(_)),
        "the extra connection is closed"
    );
    assert_eq!(cluster.counters(DcId::new(1)).connections_refused, 1);
    let enums::Config::Config(_) = a.call(&help::GetConfig).await.unwrap();
    cluster.shutdown().await;
}
