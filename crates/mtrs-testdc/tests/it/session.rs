//! Server sessions live across TCP connections: a query re-sent under its msg_id on a new
//! connection runs once and still gets its answer, a new session id on an open connection
//! starts a session, sessions expire after their lifetime, and service queries inside
//! invoke wrappers are answered.

use std::time::Duration;

use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId, Event};
use mtrs_tl::mtproto::enums as mt_enums;
use mtrs_tl::mtproto::functions as mt;
use mtrs_tl::{Deserialize, Serialize};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::{InitConnection, InvokeWithLayer, InvokeWithoutUpdates, help};

use crate::client::WAIT;
use crate::keyed_client;

/// The `SessionAttached` events: (connection, session id, created).
fn attachments(cluster: &Cluster) -> Vec<(u64, i64, bool)> {
    cluster
        .events()
        .snapshot()
        .into_iter()
        .filter_map(|e| match e {
            Event::SessionAttached {
                conn,
                session_id,
                created,
                ..
            } => Some((conn, session_id, created)),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn query_resent_on_a_new_connection_runs_once_and_gets_the_cached_answer() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = keyed_client(&cluster, 1).await;
    c.call(&help::GetConfig).await.unwrap();
    cluster
        .faults(DcId::new(1))
        .unwrap()
        .update(|f| f.drop_after_execute = 1);
    let from = cluster.events().len();
    let request = c.send_call(help::GetNearestDc.to_bytes()).await.unwrap();
    cluster
        .events()
        .wait_for(from, WAIT, |e| {
            matches!(e, Event::ConnectionClosed { reason, .. } if reason.contains("drop after execute"))
        })
        .await
        .unwrap();
    assert_eq!(
        cluster.counters(DcId::new(1)).executed("help.getNearestDc"),
        1
    );
    // Same session, same msg_id, in a container, on a new TCP connection.
    assert_eq!(c.reconnect(addr, TransportKind::Intermediate).await, 1);
    let answer = c.wait_result(request).await.unwrap();
    let enums::NearestDc::NearestDc(n) = enums::NearestDc::from_bytes(&answer).unwrap();
    assert_eq!(n.this_dc, 1);
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.executed("help.getNearestDc"), 1, "{counters:?}");
    assert_eq!(counters.calls("help.getNearestDc"), 1);
    assert!(counters.sent("msg_detailed_info") >= 1, "{counters:?}");
    assert_eq!(counters.sessions_created, 1);
    assert_eq!(counters.sent("new_session_created"), 1);
    assert_eq!(counters.fault_closes, 1);
    let attached = attachments(&cluster);
    assert_eq!(attached.len(), 2, "{attached:?}");
    assert_ne!(attached[0].0, attached[1].0, "two connections");
    assert_eq!(attached[0].1, attached[1].1, "one session");
    assert!(
        attached[0].2 && !attached[1].2,
        "created once: {attached:?}"
    );
    assert_eq!(cluster.session_count(DcId::new(1)), 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn answer_still_pending_goes_out_on_the_new_connection() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = keyed_client(&cluster, 1).await;
    c.call(&help::GetConfig).await.unwrap();
    cluster
        .faults(DcId::new(1))
        .unwrap()
        .update(|f| f.reply_delay = Duration::from_millis(400));
    let from = cluster.events().len();
    let request = c.send_call(help::GetNearestDc.to_bytes()).await.unwrap();
    cluster
        .events()
        .wait_for(
            from,
            WAIT,
            |e| matches!(e, Event::Call { method, .. } if method == "help.getNearestDc"),
        )
        .await
        .unwrap();
    assert_eq!(c.reconnect(addr, TransportKind::Abridged).await, 1);
    let answer = c.wait_result(request).await.unwrap();
    assert!(enums::NearestDc::from_bytes(&answer).is_ok());
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.executed("help.getNearestDc"), 1, "{counters:?}");
    assert_eq!(counters.sessions_created, 1);
    cluster.shutdown().await;
}

#[tokio::test]
async fn new_session_id_on_an_open_connection_starts_a_session() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    c.call(&help::GetNearestDc).await.unwrap();
    c.new_session();
    c.call(&help::GetNearestDc).await.unwrap();
    let attached = attachments(&cluster);
    assert_eq!(attached.len(), 2, "{attached:?}");
    assert_eq!(attached[0].0, attached[1].0, "one connection");
    assert_ne!(attached[0].1, attached[1].1, "two sessions");
    assert!(attached[0].2 && attached[1].2, "{attached:?}");
    assert!(
        !cluster
            .events()
            .snapshot()
            .iter()
            .any(|e| matches!(e, Event::ConnectionClosed { .. })),
        "the connection stays open"
    );
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.sent("new_session_created"), 2);
    assert_eq!(counters.sessions_created, 2);
    assert_eq!(cluster.session_count(DcId::new(1)), 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn session_expires_after_its_lifetime() {
    let cluster = Cluster::builder()
        .dcs(1)
        .session_lifetime(Duration::ZERO)
        .start()
        .await
        .unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = keyed_client(&cluster, 1).await;
    c.call(&help::GetNearestDc).await.unwrap();
    let from = cluster.events().len();
    c.reconnect(addr, TransportKind::Intermediate).await;
    cluster
        .events()
        .wait_for(from, WAIT, |e| matches!(e, Event::ConnectionClosed { .. }))
        .await
        .unwrap();
    assert_eq!(cluster.session_count(DcId::new(1)), 0);
    c.call(&help::GetNearestDc).await.unwrap();
    let attached = attachments(&cluster);
    assert_eq!(attached.len(), 2, "{attached:?}");
    assert_eq!(attached[0].1, attached[1].1, "same session id");
    assert!(attached[1].2, "created again: {attached:?}");
    assert_eq!(cluster.counters(DcId::new(1)).sessions_created, 2);
    cluster.shutdown().await;
}

#[tokio::test]
async fn service_queries_inside_invoke_wrappers_are_answered() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let mut c = keyed_client(&cluster, 1).await;
    let wrapped = InvokeWithoutUpdates {
        query: mt::Ping { ping_id: 7 },
    };
    let mt_enums::Pong::Pong(pong) = c.call(&wrapped).await.unwrap();
    assert_eq!(pong.ping_id, 7);
    let init = InvokeWithLayer {
        layer: cluster.layer(),
        query: InitConnection {
            api_id: 1,
            device_model: "test".into(),
            system_version: "1".into(),
            app_version: "1".into(),
            system_lang_code: "en".into(),
            lang_pack: "".into(),
            lang_code: "en".into(),
            proxy: None,
            params: None,
            query: mt::Ping { ping_id: 8 },
        },
    };
    let mt_enums::Pong::Pong(pong) = c.call(&init).await.unwrap();
    assert_eq!(pong.ping_id, 8);
    let salts = InvokeWithoutUpdates {
        query: mt::GetFutureSalts { num: 2 },
    };
    let mt_enums::FutureSalts::FutureSalts(salts) = c.call(&salts).await.unwrap();
    assert_eq!(salts.salts.len(), 2);
    let counters = cluster.counters(DcId::new(1));
    assert_eq!(counters.executed("ping"), 2);
    assert_eq!(counters.executed("get_future_salts"), 1);
    assert_eq!(counters.errors("INPUT_METHOD_INVALID"), 0);
    cluster.shutdown().await;
}
