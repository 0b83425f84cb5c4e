use std::time::{Duration, UNIX_EPOCH};

use mtrs_tl::mtproto::functions::Ping;

use super::*;
use crate::RpcError;
use crate::event::Event;

const T0: u64 = 1_700_000_000;

fn at(ms: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(T0) + Duration::from_millis(ms)
}

fn key() -> AuthKey {
    AuthKey::from_bytes(std::array::from_fn(|i| {
        (i as u8).wrapping_mul(29).wrapping_add(3)
    }))
}

struct Pair {
    client: Connection,
    server: Connection,
    rng: Box<dyn Random>,
}

impl Pair {
    fn new() -> Self {
        let config = ProtoConfig {
            fetch_future_salts: false,
            ..ProtoConfig::default()
        };
        let client = Connection::client(key(), SessionId(11), Salt(5), Some(0), config.clone());
        let server = Connection::server(key(), Salt(5), 99, config);
        let mut state = 1u8;
        let rng = Box::new(move |buf: &mut [u8]| {
            for b in buf {
                state = state.wrapping_mul(181).wrapping_add(7);
                *b = state;
            }
        });
        Self {
            client,
            server,
            rng,
        }
    }

    /// Moves every packet both ways until nothing is left, answering queries with
    /// `answer`. Returns the client's events.
    fn run(
        &mut self,
        now: SystemTime,
        answer: impl Fn(&[u8]) -> Result<Vec<u8>, RpcError>,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        for _ in 0..20 {
            let mut moved = false;
            let mut buf = Vec::new();
            while self
                .client
                .poll_transmit(now, &mut *self.rng, &mut buf)
                .is_some()
            {
                self.server.handle_packet(now, &mut buf).unwrap();
                buf.clear();
                moved = true;
            }
            while let Some(e) = self.server.poll_event() {
                if let Event::Query { msg_id, body } = e {
                    let result = answer(&body);
                    self.server.respond(msg_id, result.as_deref()).unwrap();
                }
            }
            while self
                .server
                .poll_transmit(now, &mut *self.rng, &mut buf)
                .is_some()
            {
                self.client.handle_packet(now, &mut buf).unwrap();
                buf.clear();
                moved = true;
            }
            events.extend(std::iter::from_fn(|| self.client.poll_event()));
            if !moved {
                break;
            }
        }
        events
    }
}

fn results(events: &[Event]) -> Vec<(RequestId, Result<Vec<u8>, RpcError>)> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Result { request, result } => Some((*request, result.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn queries_get_answers_and_errors_parsed_once() {
    let mut p = Pair::new();
    let a = p.client.enqueue(vec![1, 0, 0, 0]);
    let b = p.client.enqueue(vec![2, 0, 0, 0]);
    let events = p.run(at(0), |body| {
        if body[0] == 1 {
            Ok(vec![9, 9, 9, 9])
        } else {
            Err(RpcError::new(420, "FLOOD_WAIT_30"))
        }
    });
    let r = results(&events);
    assert_eq!(r.len(), 2);
    assert!(r.contains(&(a, Ok(vec![9, 9, 9, 9]))));
    assert!(r.contains(&(
        b,
        Err(RpcError {
            code: 420,
            name: "FLOOD_WAIT".into(),
            value: Some(30)
        })
    )));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::Notice(Notice::NewSession { unique_id: 99, .. })))
    );
    assert_eq!(p.client.pending_requests(), 0);
}

#[test]
fn ping_is_answered_by_pong() {
    let mut p = Pair::new();
    let id = p.client.enqueue(Ping { ping_id: 77 }.to_bytes());
    let events = p.run(at(0), |_| unreachable!("pings are answered inside"));
    let r = results(&events);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, id);
    let pong: mtrs_tl::mtproto::types::Pong = client::parse(r[0].1.as_ref().unwrap()).unwrap();
    assert_eq!(pong.ping_id, 77);
}

#[test]
fn large_bodies_travel_gzipped_both_ways() {
    let mut p = Pair::new();
    let big: Vec<u8> = (0..8192u32).flat_map(|i| (i % 7).to_le_bytes()).collect();
    let id = p.client.enqueue(big.clone());
    let events = p.run(at(0), |body| Ok(body.to_vec()));
    assert_eq!(results(&events), vec![(id, Ok(big))]);
}

#[test]
fn bad_server_salt_is_adopted_and_the_query_resent() {
    let mut p = Pair::new();
    p.run(at(0), |_| Ok(vec![0; 4]));
    p.server.rotate_salt(Salt(1234), at(0), false).unwrap();
    let id = p.client.enqueue(vec![3, 0, 0, 0]);
    let events = p.run(at(10), |_| Ok(vec![5, 0, 0, 0]));
    assert!(events.contains(&Event::Notice(Notice::SaltChanged { salt: Salt(1234) })));
    assert_eq!(results(&events), vec![(id, Ok(vec![5, 0, 0, 0]))]);
    assert_eq!(p.client.salt(), Salt(1234));
}

#[test]
fn clock_skew_is_corrected_from_bad_msg_notification() {
    let config = ProtoConfig {
        fetch_future_salts: false,
        ..ProtoConfig::default()
    };
    let mut p = Pair::new();
    // The client's clock is 10 minutes behind the server's.
    p.client = Connection::client(key(), SessionId(11), Salt(5), Some(-600), config);
    let id = p.client.enqueue(vec![4, 0, 0, 0]);
    let events = p.run(at(0), |_| Ok(vec![6, 0, 0, 0]));
    assert!(events.iter().any(|e| matches!(
        e,
        Event::Notice(Notice::TimeOffsetCorrected {
            code: 16,
            offset: 0
        })
    )));
    assert_eq!(results(&events), vec![(id, Ok(vec![6, 0, 0, 0]))]);
}

#[test]
fn foreign_sessions_and_replays_are_rejected() {
    let mut p = Pair::new();
    p.client.enqueue(vec![1, 0, 0, 0]);
    let mut packet = Vec::new();
    p.client
        .poll_transmit(at(0), &mut *p.rng, &mut packet)
        .unwrap();
    let mut replay = packet.clone();
    p.server.handle_packet(at(0), &mut packet).unwrap();
    let err = p.server.handle_packet(at(0), &mut replay).unwrap_err();
    assert!(matches!(
        err,
        Error::Packet(PacketError::DuplicateMsgId { .. })
    ));
    assert!(!err.is_fatal());

    let mut other = Connection::client(
        key(),
        SessionId(12),
        Salt(5),
        Some(0),
        ProtoConfig::default(),
    );
    other.enqueue(vec![1, 0, 0, 0]);
    let mut foreign = Vec::new();
    other
        .poll_transmit(at(0), &mut *p.rng, &mut foreign)
        .unwrap();
    let err = p.server.handle_packet(at(0), &mut foreign).unwrap_err();
    assert_eq!(
        err,
        Error::Packet(PacketError::WrongSessionId {
            expected: SessionId(11),
            got: SessionId(12)
        })
    );
    assert!(err.is_fatal());
}

#[test]
fn lost_answers_are_recovered_through_detailed_info_and_resend_req() {
    let mut p = Pair::new();
    let id = p.client.enqueue(vec![8, 0, 0, 0]);
    let mut buf = Vec::new();
    p.client
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    p.server.handle_packet(at(0), &mut buf).unwrap();
    let Some(Event::Query { msg_id, .. }) =
        std::iter::from_fn(|| p.server.poll_event()).find(|e| matches!(e, Event::Query { .. }))
    else {
        panic!()
    };
    p.server.respond(msg_id, Ok(&[7, 0, 0, 0])).unwrap();
    buf.clear();
    // The answer is lost on the way.
    p.server
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    assert_eq!(p.client.poll_timeout(), Some(at(10_000)));
    p.client.handle_timeout(at(10_000));
    let events = p.run(at(10_000), |_| unreachable!("the query must not run twice"));
    assert_eq!(results(&events), vec![(id, Ok(vec![7, 0, 0, 0]))]);
}

#[test]
fn acks_wait_for_the_flush_deadline_then_go_alone() {
    let mut p = Pair::new();
    p.client.enqueue(vec![1, 0, 0, 0]);
    p.run(at(0), |_| Ok(vec![0; 4]));
    let mut buf = Vec::new();
    // The server's new_session_created and rpc_result are pending acks on the client.
    let deadline = p.client.poll_timeout().unwrap();
    assert!(
        p.client
            .poll_transmit(deadline - Duration::from_millis(1), &mut *p.rng, &mut buf)
            .is_none()
    );
    let t = p
        .client
        .poll_transmit(deadline, &mut *p.rng, &mut buf)
        .unwrap();
    assert_eq!(t.messages, 1);
    assert_eq!(p.client.poll_timeout(), None);
}

#[test]
fn server_updates_reach_the_client_and_get_acknowledged() {
    let mut p = Pair::new();
    p.client.enqueue(vec![1, 0, 0, 0]);
    p.run(at(0), |_| Ok(vec![0; 4]));
    let big: Vec<u8> = (0..4096u32).flat_map(|i| (i % 3).to_le_bytes()).collect();
    p.server.push_update(big.clone()).unwrap();
    p.server.push_update(vec![0x55; 8]).unwrap();
    let events = p.run(at(10), |_| unreachable!());
    let updates: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            Event::Update { body } => Some(body.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(updates, vec![big, vec![0x55; 8]]);
    assert_eq!(
        p.client.push_update(vec![0; 4]),
        Err(ProtocolError::WrongRole { role: Role::Client })
    );
    // The updates are content-related: an ack is pending on the client.
    assert!(p.client.poll_timeout().is_some());
}

#[test]
fn quick_acks_are_computed_on_both_sides_and_mark_queries_received() {
    let mut p = Pair::new();
    p.client = Connection::client(
        key(),
        SessionId(11),
        Salt(5),
        Some(0),
        ProtoConfig {
            quick_acks: true,
            fetch_future_salts: false,
            ..ProtoConfig::default()
        },
    );
    p.client.enqueue(vec![1, 0, 0, 0]);
    let mut buf = Vec::new();
    let t = p
        .client
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    let token = t.quick_ack.unwrap();
    p.server.handle_packet(at(0), &mut buf).unwrap();
    assert_eq!(p.server.quick_ack_token(&buf), token);
    p.client.handle_quick_ack(QuickAckToken(token.0 ^ 1));
    assert_eq!(p.client.poll_event(), None);
    p.client.handle_quick_ack(token);
    assert_eq!(
        p.client.poll_event(),
        Some(Event::Notice(Notice::QuickAck { count: 1 }))
    );
    // Received, so the resend timer now waits twice as long.
    assert_eq!(p.client.poll_timeout(), Some(at(20_000)));
}

#[test]
fn a_new_transport_resends_under_the_old_msg_id_and_the_server_does_not_run_it_twice() {
    let mut p = Pair::new();
    let id = p.client.enqueue(vec![8, 0, 0, 0]);
    let mut buf = Vec::new();
    p.client
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    p.server.handle_packet(at(0), &mut buf).unwrap();
    let Some(Event::Query { msg_id, .. }) =
        std::iter::from_fn(|| p.server.poll_event()).find(|e| matches!(e, Event::Query { .. }))
    else {
        panic!("the server saw no query")
    };
    // Executed and answered, but the TCP connection dies before the answer arrives.
    p.server.respond(msg_id, Ok(&[7, 0, 0, 0])).unwrap();
    buf.clear();
    p.server
        .poll_transmit(at(5), &mut *p.rng, &mut buf)
        .unwrap();
    buf.clear();
    assert_eq!(p.client.reset_transport(at(10)), 1);
    assert_eq!(
        p.client.pending_requests(),
        1,
        "still waiting for its answer"
    );
    // The resend carries the old msg_id: the server recognises it and serves the cached
    // answer instead of executing the query again.
    let events = p.run(at(20), |_| unreachable!("the query must not run twice"));
    assert_eq!(results(&events), vec![(id, Ok(vec![7, 0, 0, 0]))]);
    assert_eq!(p.client.pending_requests(), 0);
}

#[test]
fn a_new_transport_with_nothing_on_the_wire_resends_nothing() {
    let mut p = Pair::new();
    assert_eq!(p.client.reset_transport(at(0)), 0);
    let queued = p.client.enqueue(vec![8, 0, 0, 0]);
    // Queued but never sent: it simply goes out on the new transport, once.
    assert_eq!(p.client.reset_transport(at(1)), 0);
    let events = p.run(at(2), |_| Ok(vec![1, 0, 0, 0]));
    assert_eq!(results(&events), vec![(queued, Ok(vec![1, 0, 0, 0]))]);
}

#[test]
fn bind_temp_key_names_its_own_msg_id_in_a_message_sealed_with_the_permanent_key() {
    let mut p = Pair::new();
    let perm = AuthKey::from_bytes([7u8; 256]);
    let binding = TempKeyBinding {
        nonce: 0x0102_0304,
        expires_at: 1_700_086_400,
    };
    let id = p
        .client
        .enqueue_bind(&perm, binding, at(0), &mut *p.rng)
        .unwrap();
    let mut buf = Vec::new();
    p.client
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    p.server.handle_packet(at(0), &mut buf).unwrap();
    let (msg_id, body) = std::iter::from_fn(|| p.server.poll_event())
        .find_map(|e| match e {
            Event::Query { msg_id, body } => Some((msg_id, body)),
            _ => None,
        })
        .expect("the bind query reached the server");
    let mut r = mtrs_tl::Reader::new(&body);
    assert_eq!(r.read_u32().unwrap(), 0xcdd4_2a05);
    assert_eq!(r.read_i64().unwrap(), perm.id().0 as i64);
    assert_eq!(r.read_i64().unwrap(), binding.nonce);
    assert_eq!(r.read_i32().unwrap(), binding.expires_at);
    let mut sealed = <Vec<u8> as mtrs_tl::Deserialize>::deserialize(&mut r).unwrap();
    // Sealed with the permanent key; the temporary one cannot open it.
    assert!(encrypted::read(&key(), Direction::ClientToServer, &mut sealed.clone()).is_err());
    let inner = encrypted::read(&perm, Direction::ClientToServer, &mut sealed).unwrap();
    assert_eq!(inner.header.msg_id, msg_id, "the query's own msg_id");
    assert_eq!(inner.header.seq_no.0, 0);
    let inner =
        <mtrs_tl::mtproto::types::BindAuthKeyInner as mtrs_tl::Deserialize>::from_bytes(inner.body)
            .unwrap();
    assert_eq!(inner.nonce, binding.nonce);
    assert_eq!(inner.temp_auth_key_id, key().id().0 as i64);
    assert_eq!(inner.perm_auth_key_id, perm.id().0 as i64);
    assert_eq!(inner.temp_session_id, 11);
    assert_eq!(inner.expires_at, binding.expires_at);
    // The answer completes the request like any other.
    p.server.respond(msg_id, Ok(&true.to_bytes()[..])).unwrap();
    let events = p.run(at(1), |_| unreachable!("no other query"));
    let answered = results(&events);
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].0, id);
    // A server connection has no session of its own to bind.
    assert!(
        p.server
            .enqueue_bind(&perm, binding, at(2), &mut *p.rng)
            .is_none()
    );
}

/// A query sent alone in its packet, re-sent under its msg_id inside a container (a new
/// transport) after the server answered it but before the answer went out: not run
/// again, answered once.
#[test]
fn a_query_resent_while_its_answer_waits_to_go_out_is_not_run_twice() {
    let mut p = Pair::new();
    let query = |n: u32| [0x1122_3344u32.to_le_bytes(), n.to_le_bytes()].concat();
    p.client.enqueue(query(1));
    let mut buf = Vec::new();
    p.client
        .poll_transmit(at(0), &mut *p.rng, &mut buf)
        .unwrap();
    p.server.handle_packet(at(0), &mut buf).unwrap();
    buf.clear();
    let mut executed = 0;
    while let Some(e) = p.server.poll_event() {
        if let Event::Query { msg_id, .. } = e {
            executed += 1;
            p.server.respond(msg_id, Ok(&true.to_bytes()[..])).unwrap();
        }
    }
    assert_eq!(executed, 1);
    // The client moves to a new transport before the answer was sent.
    assert_eq!(p.client.reset_transport(at(10)), 1);
    while p
        .client
        .poll_transmit(at(10), &mut *p.rng, &mut buf)
        .is_some()
    {
        p.server.handle_packet(at(10), &mut buf).unwrap();
        buf.clear();
    }
    let again = std::iter::from_fn(|| p.server.poll_event())
        .filter(|e| matches!(e, Event::Query { .. }))
        .count();
    assert_eq!(again, 0, "not run a second time");
    let events = p.run(at(20), |_| unreachable!("nothing new to run"));
    assert_eq!(results(&events).len(), 1, "answered once");
    assert_eq!(p.client.pending_requests(), 0);
}
