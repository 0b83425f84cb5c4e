//! Hostile input: random bytes, truncated frames, wrong keys. The server must neither
//! panic nor stop serving other connections.

use std::time::{Duration, Instant};

use mtrs_crypto::AuthKey;
use mtrs_proto::Salt;
use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event};
use mtrs_tl_api::functions::help;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::client::{CallError, TestClient, WAIT};
use crate::keyed_client;

/// Every opened connection was closed through the normal path (a panicking connection
/// task would never log its `ConnectionClosed`).
async fn all_connections_closed_cleanly(cluster: &Cluster) {
    let opened: Vec<u64> = cluster
        .events()
        .snapshot()
        .iter()
        .filter_map(|e| match e {
            Event::ConnectionOpened { conn, .. } => Some(*conn),
            _ => None,
        })
        .collect();
    for conn in opened {
        cluster
            .events()
            .wait_for(
                0,
                WAIT,
                |e| matches!(e, Event::ConnectionClosed { conn: c, .. } if *c == conn),
            )
            .await
            .unwrap_or_else(|_| panic!("connection {conn} never closed cleanly"));
    }
}

#[tokio::test]
async fn random_traffic_for_a_bounded_time_never_stops_the_server() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut good = keyed_client(&cluster, 1).await;
    let mut rng = StdRng::seed_from_u64(0x5eed);
    let started = Instant::now();
    let mut sent = 0;
    // At most 300 connections or 10 seconds.
    while sent < 300 && started.elapsed() < Duration::from_secs(10) {
        let dc = DcId::new(1 + (sent % 2));
        let addr = cluster.endpoint(dc).unwrap().addr();
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let len = rng.random_range(0..2048usize);
        let mut bytes = vec![0u8; len];
        rng.fill(&mut bytes[..]);
        // Sometimes start like a valid transport so the frame decoders see garbage too.
        let prefix: Vec<u8> = match sent % 5 {
            0 => vec![0xef],
            1 => vec![0xee; 4],
            2 => vec![0xdd; 4],
            3 => vec![len as u8, 0, 0, 0, 0, 0, 0, 0],
            _ => Vec::new(),
        };
        bytes.splice(0..0, prefix);
        let _ = stream.write_all(&bytes).await;
        drop(stream);
        sent += 1;
        if sent % 50 == 0 {
            good.call(&help::GetNearestDc).await.unwrap();
        }
    }
    good.call(&help::GetNearestDc).await.unwrap();
    drop(good);
    all_connections_closed_cleanly(&cluster).await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn truncated_frames_and_partial_handshakes() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    // A frame announcing more bytes than ever come, then EOF.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&[0xee, 0xee, 0xee, 0xee, 0x00, 0x01, 0x00, 0x00, 1, 2, 3])
        .await
        .unwrap();
    drop(s);
    // A frame that is too long for the server.
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(&[0xee, 0xee, 0xee, 0xee, 0xff, 0xff, 0xff, 0x7f])
        .await
        .unwrap();
    drop(s);
    // A plain message that is not a handshake step.
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let mut packet = Vec::new();
    mtrs_proto::packet::plain::write(mtrs_proto::MsgId(1 << 32), &[1, 2, 3, 4], &mut packet);
    c.send_payload(&packet).await.unwrap();
    assert!(matches!(c.recv().await, Err(CallError::Transport(-404))));
    // A payload shorter than an auth key id.
    let mut c = TestClient::connect(addr, TransportKind::Abridged, false).await;
    c.send_payload(&[9, 9, 9, 9]).await.unwrap();
    assert!(matches!(c.recv().await, Err(CallError::Closed)));
    // The DC still serves.
    let mut good = keyed_client(&cluster, 1).await;
    good.call(&help::GetNearestDc).await.unwrap();
    drop(good);
    all_connections_closed_cleanly(&cluster).await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn wrong_keys_get_404_and_forged_packets_close_the_connection() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    // A key the DC never saw.
    let mut c = TestClient::connect(addr, TransportKind::Full, false).await;
    c.start_session(AuthKey::from_bytes([3; 256]), Salt(1));
    let e = c.call(&help::GetNearestDc).await.unwrap_err();
    assert!(matches!(e, CallError::Transport(-404)), "{e:?}");
    // The right key id but a forged msg_key: the connection is closed.
    let key = AuthKey::from_bytes([5; 256]);
    cluster.install_key(DcId::new(1), key.clone()).unwrap();
    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let mut packet = key.id().to_le_bytes().to_vec();
    packet.extend_from_slice(&[0x42; 16 + 64]);
    c.send_payload(&packet).await.unwrap();
    assert!(matches!(c.recv().await, Err(CallError::Closed)));
    // An installed key works.
    let salt = cluster
        .install_key(DcId::new(1), AuthKey::from_bytes([6; 256]))
        .unwrap();
    let mut ok = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    ok.start_session(AuthKey::from_bytes([6; 256]), salt);
    ok.call(&help::GetNearestDc).await.unwrap();
    drop(ok);
    all_connections_closed_cleanly(&cluster).await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn memory_connections_survive_thousands_of_random_streams() {
    let cluster = Cluster::builder()
        .dcs(1)
        .media_listeners(true)
        .start()
        .await
        .unwrap();
    let key = AuthKey::from_bytes([8; 256]);
    cluster.install_key(DcId::new(1), key.clone()).unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    let started = Instant::now();
    let mut streams = 0;
    while streams < 3000 && started.elapsed() < Duration::from_secs(10) {
        let dc = if streams % 7 == 0 {
            DcId::new(1).media()
        } else {
            DcId::new(1)
        };
        let mut conn = cluster.memory_connection(dc).unwrap();
        // A valid transport opening, often followed by a known key id, then noise.
        let mut bytes: Vec<u8> = match streams % 4 {
            0 => vec![0xef],
            1 => vec![0xee; 4],
            2 => vec![0xdd; 4],
            _ => Vec::new(),
        };
        if streams % 3 == 0 {
            bytes.extend_from_slice(&[0x7f, 0x10, 0, 0]);
            bytes.extend_from_slice(&key.id().to_le_bytes());
        }
        let len = rng.random_range(0..600usize);
        let mut noise = vec![0u8; len];
        rng.fill(&mut noise[..]);
        bytes.extend_from_slice(&noise);
        for chunk in bytes.chunks(rng.random_range(1..64usize)) {
            let _ = conn.feed(chunk);
            if conn.closed().is_some() {
                break;
            }
        }
        let _ = conn.tick();
        streams += 1;
    }
    assert!(streams >= 100, "only {streams} streams in the time bound");
    // The DC still serves real clients.
    let mut good = keyed_client(&cluster, 1).await;
    good.call(&help::GetNearestDc).await.unwrap();
    drop(good);
    all_connections_closed_cleanly(&cluster).await;
    cluster.shutdown().await;
}

#[tokio::test]
async fn shutdown_closes_listeners_and_connections() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(2)).unwrap().addr();
    let mut c = keyed_client(&cluster, 2).await;
    c.call(&help::GetNearestDc).await.unwrap();
    cluster.shutdown().await;
    assert!(matches!(
        c.call(&help::GetNearestDc).await,
        Err(CallError::Closed)
    ));
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "listener still accepting"
    );
}
