//! `mtrs-net` against a small in-test MTProto server (the server role of `mtrs-proto`).

mod exchange;
mod server;

use std::sync::Arc;
use std::time::Duration;

use mtrs_crypto::AuthKey;
use mtrs_net::{Backoff, DisconnectReason, Error, LinkAuth, LinkConfig, LinkEvent, Observer};
use mtrs_proto::Salt;
use server::{Behaviour, Server};
use tokio::sync::mpsc;

fn key() -> AuthKey {
    AuthKey::from_bytes([0x5a; 256])
}

fn config() -> LinkConfig {
    LinkConfig {
        backoff: Backoff {
            initial: Duration::from_millis(5),
            max: Duration::from_millis(50),
            jitter: 0.5,
        },
        ..LinkConfig::default()
    }
}

fn auth() -> LinkAuth {
    LinkAuth {
        dc: mtrs_proto::DcId::new(2),
        auth_key: key(),
        salt: Salt(0),
        future_salts: Vec::new(),
        time_offset: None,
    }
}

/// An observer that forwards transitions (not updates) to a channel.
fn recorder() -> (Observer, mpsc::UnboundedReceiver<LinkEvent>) {
    let (tx, rx) = mpsc::unbounded_channel();
    let observer: Observer = Arc::new(move |e| {
        if !matches!(e, LinkEvent::Update(_)) {
            let _ = tx.send(e);
        }
    });
    (observer, rx)
}

fn echo_body(tag: u32) -> Vec<u8> {
    let mut b = server::ECHO.to_le_bytes().to_vec();
    b.extend_from_slice(&tag.to_le_bytes());
    b
}

#[tokio::test]
async fn requests_round_trip_and_salt_is_learned() {
    let server = Server::start(key(), Behaviour::Echo).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    for i in 0..20u32 {
        let answer = handle.invoke_raw(echo_body(i)).await.unwrap();
        assert_eq!(answer, echo_body(i));
    }
    // Salt 0 was wrong: the server's bad_server_salt taught the right one.
    assert_eq!(handle.state().salt, server::SALT);
    assert!(handle.state().connected);
    handle.close().await;
    task.await.unwrap();
    assert!(handle.state().closed);
    assert!(matches!(
        handle.invoke_raw(echo_body(1)).await,
        Err(Error::Closed)
    ));
}

#[tokio::test]
async fn rpc_errors_are_typed() {
    let server = Server::start(key(), Behaviour::Echo).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let err = handle
        .invoke_raw(server::FAIL.to_le_bytes().to_vec())
        .await
        .unwrap_err();
    let rpc = err.rpc().unwrap();
    assert_eq!(
        (rpc.code, rpc.name.as_str(), rpc.value),
        (420, "FLOOD_WAIT", Some(3))
    );
    handle.close().await;
    task.await.unwrap();
}

/// Callers answered by one read send their next requests one by one; they share
/// packets instead of costing one write (and one packet) each. One worker thread, as the
/// client benches run, where a woken connection task would otherwise run after each
/// caller's send.
#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn callers_woken_together_share_packets() {
    let server = Server::start(key(), Behaviour::Echo).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    // The first call learns the salt.
    assert_eq!(handle.invoke_raw(echo_body(0)).await.unwrap(), echo_body(0));
    let before = server.packets();
    const CALLERS: u32 = 32;
    const ROUNDS: u32 = 8;
    let mut callers = Vec::new();
    for c in 0..CALLERS {
        let h = handle.clone();
        callers.push(tokio::spawn(async move {
            for r in 0..ROUNDS {
                let tag = c * 1000 + r;
                assert_eq!(h.invoke_raw(echo_body(tag)).await.unwrap(), echo_body(tag));
            }
        }));
    }
    for c in callers {
        c.await.unwrap();
    }
    let packets = server.packets() - before;
    let calls = (CALLERS * ROUNDS) as usize;
    assert!(
        packets * 4 <= calls,
        "{packets} packets for {calls} calls: callers ready together should share them"
    );
    handle.close().await;
    task.await.unwrap();
}

#[tokio::test]
async fn concurrent_callers_each_get_their_own_answer() {
    let server = Server::start(key(), Behaviour::Echo).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let mut joins = Vec::new();
    for i in 0..64u32 {
        let h = handle.clone();
        joins.push(tokio::spawn(async move {
            for j in 0..20u32 {
                let tag = i * 1000 + j;
                assert_eq!(h.invoke_raw(echo_body(tag)).await.unwrap(), echo_body(tag));
            }
        }));
    }
    for j in joins {
        j.await.unwrap();
    }
    handle.close().await;
    task.await.unwrap();
}

#[tokio::test]
async fn a_request_in_flight_at_a_disconnect_completes_after_reconnect() {
    // The server closes the socket on the first "drop" request without answering.
    let server = Server::start(key(), Behaviour::DropFirst).await;
    let (observer, mut events) = recorder();
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), Some(observer))
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let answer = handle
        .invoke_raw(server::DROP.to_le_bytes().to_vec())
        .await
        .unwrap();
    assert_eq!(answer, server::DROP.to_le_bytes());
    assert_eq!(
        events.recv().await,
        Some(LinkEvent::Disconnected {
            reason: DisconnectReason::ClosedByPeer
        })
    );
    assert_eq!(events.recv().await, Some(LinkEvent::Reconnected));
    assert_eq!(handle.state().generation, 2);
    assert_eq!(server.accepted(), 2);
    handle.close().await;
    task.await.unwrap();
    // Exactly one transition each way.
    assert!(events.try_recv().is_err());
}

#[tokio::test]
async fn keepalive_detects_a_silent_server_within_interval_plus_timeout() {
    let server = Server::start(key(), Behaviour::SilentFirst).await;
    let (observer, mut events) = recorder();
    let mut cfg = config();
    cfg.ping_interval = Duration::from_millis(300);
    cfg.ping_timeout = Duration::from_millis(200);
    let started = tokio::time::Instant::now();
    let (handle, driver) = mtrs_net::connect(server.addr, cfg, auth(), Some(observer))
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    assert_eq!(
        events.recv().await,
        Some(LinkEvent::Disconnected {
            reason: DisconnectReason::KeepaliveTimeout
        })
    );
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(500),
        "detected too early: {took:?}"
    );
    assert!(
        took < Duration::from_millis(1500),
        "detected too late: {took:?}"
    );
    assert_eq!(events.recv().await, Some(LinkEvent::Reconnected));
    // The second connection answers.
    assert_eq!(handle.invoke_raw(echo_body(7)).await.unwrap(), echo_body(7));
    handle.close().await;
    task.await.unwrap();
}

#[tokio::test]
async fn close_fails_requests_that_cannot_be_delivered() {
    // Nobody listens after the first connection dies: the request waits for a reconnect
    // that never succeeds, then fails with Closed when the handle closes it.
    let server = Server::start(key(), Behaviour::DropFirstThenStop).await;
    let (observer, mut events) = recorder();
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), Some(observer))
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let h = handle.clone();
    let request =
        tokio::spawn(async move { h.invoke_raw(server::DROP.to_le_bytes().to_vec()).await });
    assert!(matches!(
        events.recv().await,
        Some(LinkEvent::Disconnected { .. })
    ));
    handle.close().await;
    task.await.unwrap();
    assert!(matches!(request.await.unwrap(), Err(Error::Closed)));
}

/// An answer read together with a −404 is delivered: the request completes instead of
/// failing and being sent again under a new key (where the server would run it twice).
#[tokio::test]
async fn an_answer_that_arrives_with_a_rejection_is_delivered() {
    let server = Server::start(key(), Behaviour::AnswerThenReject).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let answer = handle.invoke_raw(echo_body(5)).await.unwrap();
    assert_eq!(answer, echo_body(5));
    task.await.unwrap();
    assert!(
        handle.state().key_rejected,
        "the key is still rejected afterwards"
    );
}

#[tokio::test]
async fn a_rejected_key_stops_the_connection_with_a_typed_error() {
    let server = Server::start(key(), Behaviour::RejectKey).await;
    let (observer, mut events) = recorder();
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), Some(observer))
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    let err = handle.invoke_raw(echo_body(1)).await.unwrap_err();
    assert!(matches!(err, Error::AuthKeyRejected), "{err:?}");
    assert_eq!(events.recv().await, Some(LinkEvent::AuthKeyRejected));
    task.await.unwrap();
    assert!(handle.state().closed);
}

#[tokio::test]
async fn dropping_every_handle_stops_the_task() {
    let server = Server::start(key(), Behaviour::Echo).await;
    let (handle, driver) = mtrs_net::connect(server.addr, config(), auth(), None)
        .await
        .unwrap();
    let task = tokio::spawn(driver.run());
    handle.invoke_raw(echo_body(1)).await.unwrap();
    drop(handle);
    task.await.unwrap();
}

#[tokio::test]
async fn first_connect_failure_is_typed() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let err = mtrs_net::connect(addr, config(), auth(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Connect { .. }), "{err:?}");
    let text = format!("{err} {err:?}");
    assert!(text.contains(&addr.to_string()));
}

#[test]
fn debug_output_never_shows_the_key() {
    let a = auth();
    let text = format!("{a:?}");
    assert!(
        !text.contains("90, 90, 90") && !text.contains("5a5a5a5a"),
        "{text}"
    );
}
