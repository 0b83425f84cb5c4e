//! What Telegram lets pass and the test DC must too, checked with hand-built frames: the
//! seq_no parity of service messages (Pyrogram pings with an even seq_no, mtcute
//! acknowledges with an odd one), a new session id on an open connection, `gzip_packed`
//! written as zlib or raw deflate, and service queries answered without a `msgs_ack`.

use std::io::Write;

use flate2::Compression;
use flate2::write::{DeflateEncoder, GzEncoder, ZlibEncoder};
use mtrs_proto::MsgId;
use mtrs_testdc::{Cluster, DcId, Event};
use mtrs_tl::mtproto::functions as mt;
use mtrs_tl::mtproto::types::{
    BadMsgNotification, DestroySessionNone, FutureSalts, GzipPacked, MsgsAck, MsgsStateInfo,
    MsgsStateReq, NewSessionCreated, Pong, RpcResult,
};
use mtrs_tl::{Deserialize, Serialize};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help;

use crate::client::WAIT;
use crate::raw::{RawSession, Received};

fn pong_for(msgs: &[Received], ping: MsgId) -> Option<Pong> {
    msgs.iter()
        .filter(|r| r.is::<Pong>())
        .filter_map(|r| Pong::from_bytes(&r.msg.body).ok())
        .find(|p| p.msg_id == ping.0)
}

fn result_for(msgs: &[Received], query: MsgId) -> Option<Vec<u8>> {
    msgs.iter()
        .filter(|r| r.is::<RpcResult>())
        .filter_map(|r| RpcResult::from_bytes(&r.msg.body).ok())
        .find(|r| r.req_msg_id == query.0)
        .map(|r| r.result)
}

fn bad_msgs(msgs: &[Received]) -> Vec<BadMsgNotification> {
    msgs.iter()
        .filter(|r| r.is::<BadMsgNotification>())
        .filter_map(|r| BadMsgNotification::from_bytes(&r.msg.body).ok())
        .collect()
}

fn new_sessions(msgs: &[Received]) -> Vec<(i64, NewSessionCreated)> {
    msgs.iter()
        .filter(|r| r.is::<NewSessionCreated>())
        .filter_map(|r| {
            Some((
                r.session_id,
                NewSessionCreated::from_bytes(&r.msg.body).ok()?,
            ))
        })
        .collect()
}

#[tokio::test]
async fn service_queries_with_an_even_seq_no_are_answered() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    // Pyrogram's ping: seq_no 0 although the spec wants an odd one.
    let ping = s.send(0, &mt::Ping { ping_id: 41 }.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<Pong>()).await;
    assert_eq!(pong_for(&msgs, ping).map(|p| p.ping_id), Some(41));
    assert!(bad_msgs(&msgs).is_empty());
    let delay = mt::PingDelayDisconnect {
        ping_id: 42,
        disconnect_delay: 75,
    };
    let ping = s.send(2, &delay.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<Pong>()).await;
    assert_eq!(pong_for(&msgs, ping).map(|p| p.ping_id), Some(42));
    let salts = s.send(2, &mt::GetFutureSalts { num: 3 }.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<FutureSalts>()).await;
    let got = msgs
        .iter()
        .filter_map(|r| FutureSalts::from_bytes(&r.msg.body).ok())
        .find(|f| f.req_msg_id == salts.0)
        .expect("future_salts");
    assert_eq!(got.salts.len(), 3);
    let req = MsgsStateReq {
        msg_ids: vec![ping.0],
    };
    let state = s.send(2, &req.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<MsgsStateInfo>()).await;
    assert!(
        msgs.iter()
            .filter_map(|r| MsgsStateInfo::from_bytes(&r.msg.body).ok())
            .any(|i| i.req_msg_id == state.0)
    );
    let destroy = s
        .send(2, &mt::DestroySession { session_id: 5 }.to_bytes())
        .await;
    let msgs = s.recv_until(|r| r.is::<RpcResult>()).await;
    let answer = result_for(&msgs, destroy).expect("destroy_session answered");
    assert_eq!(
        DestroySessionNone::from_bytes(&answer).map(|d| d.session_id),
        Ok(5)
    );
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.sent("bad_msg_notification"), 0, "{counters:?}");
    assert_eq!(counters.sent("pong"), 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn content_related_query_with_an_even_seq_no_still_gets_error_35() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    let query = s.send(0, &help::GetNearestDc.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<BadMsgNotification>()).await;
    let bad = bad_msgs(&msgs);
    assert_eq!(bad.len(), 1);
    assert_eq!((bad[0].bad_msg_id, bad[0].error_code), (query.0, 35));
    cluster.shutdown().await;
}

#[tokio::test]
async fn msgs_ack_with_an_odd_seq_no_is_taken_silently() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    // mtcute's acknowledgement: an odd seq_no on a content-unrelated message.
    let ack = MsgsAck {
        msg_ids: vec![1 << 32 | 1],
    };
    s.send(1, &ack.to_bytes()).await;
    // And once more inside a container, next to a ping.
    let ping = s.next_msg_id();
    let ack_id = s.next_msg_id();
    s.send_container(&[
        (ack_id, 3, ack.to_bytes()),
        (ping, 5, mt::Ping { ping_id: 9 }.to_bytes()),
    ])
    .await;
    let msgs = s.recv_until(|r| r.is::<Pong>()).await;
    assert_eq!(pong_for(&msgs, ping).map(|p| p.ping_id), Some(9));
    assert!(bad_msgs(&msgs).is_empty());
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.sent("bad_msg_notification"), 0, "{counters:?}");
    assert_eq!(counters.calls("msgs_ack"), 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn service_queries_are_not_acknowledged_but_rpc_queries_are() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    let ping = s.send(1, &mt::Ping { ping_id: 1 }.to_bytes()).await;
    let mut msgs = s.recv_until(|r| r.is::<Pong>()).await;
    assert!(pong_for(&msgs, ping).is_some());
    s.send(3, &mt::GetFutureSalts { num: 1 }.to_bytes()).await;
    msgs.extend(s.recv_until(|r| r.is::<FutureSalts>()).await);
    assert!(!msgs.iter().any(|r| r.is::<MsgsAck>()), "no msgs_ack");
    // An RPC query is acknowledged (the ack rides with its answer).
    let query = s.send(5, &help::GetNearestDc.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<RpcResult>()).await;
    let acked: Vec<i64> = msgs
        .iter()
        .filter_map(|r| MsgsAck::from_bytes(&r.msg.body).ok())
        .flat_map(|a| a.msg_ids)
        .collect();
    assert_eq!(acked, vec![query.0]);
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_new_session_id_mid_connection_gets_new_session_created_and_answers() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    let first = s.session_id;
    let query = s.send(1, &help::GetNearestDc.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<RpcResult>()).await;
    assert!(result_for(&msgs, query).is_some());
    let created = new_sessions(&msgs);
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].0, first);
    assert_eq!(created[0].1.first_msg_id, query.0);
    // Small packet, then a large one (over the server's copy-before-decrypt size), each
    // in a session of its own.
    let mut unique_ids = vec![created[0].1.unique_id];
    for large in [false, true] {
        s.new_session();
        let query = if large {
            let ping = s.next_msg_id();
            let ack_id = s.next_msg_id();
            let ack = MsgsAck {
                msg_ids: (1..700).map(|i| i << 32 | 4).collect(),
            };
            s.send_container(&[
                (ack_id, 0, ack.to_bytes()),
                (ping, 1, help::GetNearestDc.to_bytes()),
            ])
            .await;
            ping
        } else {
            s.send(1, &help::GetNearestDc.to_bytes()).await
        };
        let msgs = s.recv_until(|r| r.is::<RpcResult>()).await;
        let answer = result_for(&msgs, query).expect("answered in the new session");
        assert!(enums::NearestDc::from_bytes(&answer).is_ok());
        let created = new_sessions(&msgs);
        assert_eq!(created.len(), 1, "large: {large}");
        assert_eq!(created[0].0, s.session_id);
        assert!(msgs.iter().all(|r| r.session_id == s.session_id));
        unique_ids.push(created[0].1.unique_id);
    }
    unique_ids.sort_unstable();
    unique_ids.dedup();
    assert_eq!(unique_ids.len(), 3, "a fresh unique_id per session");
    assert!(
        !cluster
            .events()
            .snapshot()
            .iter()
            .any(|e| matches!(e, Event::ConnectionClosed { .. })),
        "the connection stays open"
    );
    assert_eq!(cluster.counters(DcId::new(1)).sessions_created, 3);
    cluster.shutdown().await;
}

fn packed(data: Vec<u8>) -> Vec<u8> {
    GzipPacked { packed_data: data }.to_bytes()
}

fn gzip(body: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), Compression::default());
    e.write_all(body).unwrap();
    e.finish().unwrap()
}

fn zlib(body: &[u8]) -> Vec<u8> {
    let mut e = ZlibEncoder::new(Vec::new(), Compression::default());
    e.write_all(body).unwrap();
    e.finish().unwrap()
}

fn deflate(body: &[u8]) -> Vec<u8> {
    let mut e = DeflateEncoder::new(Vec::new(), Compression::default());
    e.write_all(body).unwrap();
    e.finish().unwrap()
}

#[tokio::test]
async fn gzip_packed_queries_in_gzip_zlib_and_raw_deflate_are_answered() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    let body = help::GetNearestDc.to_bytes();
    let mut seq = 1;
    for data in [gzip(&body), zlib(&body), deflate(&body)] {
        let query = s.send(seq, &packed(data)).await;
        seq += 2;
        let msgs = s.recv_until(|r| r.is::<RpcResult>()).await;
        let answer = result_for(&msgs, query).expect("answered");
        assert!(enums::NearestDc::from_bytes(&answer).is_ok());
    }
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.executed("help.getNearestDc"), 3);
    cluster.shutdown().await;
}

#[tokio::test]
async fn a_zlib_bomb_closes_the_connection_without_harm() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut s = RawSession::open(&cluster, 1).await;
    let from = cluster.events().len();
    // 64 MiB of zeros: far past the inflate bound, some 64 KiB on the wire.
    let mut e = ZlibEncoder::new(Vec::new(), Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        e.write_all(&zeros).unwrap();
    }
    let bomb = e.finish().unwrap();
    s.send(1, &packed(bomb)).await;
    let (_, closed) = cluster
        .events()
        .wait_for(from, WAIT, |e| matches!(e, Event::ConnectionClosed { .. }))
        .await
        .unwrap();
    let Event::ConnectionClosed { reason, .. } = closed else {
        unreachable!()
    };
    assert!(reason.contains("inflates past"), "{reason}");
    // The DC still serves.
    let mut s = RawSession::open(&cluster, 1).await;
    let ping = s.send(1, &mt::Ping { ping_id: 3 }.to_bytes()).await;
    let msgs = s.recv_until(|r| r.is::<Pong>()).await;
    assert!(pong_for(&msgs, ping).is_some());
    cluster.shutdown().await;
}
