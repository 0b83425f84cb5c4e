//! Server-role handling: session creation, salt and time checks, service queries, and
//! the answer cache behind duplicate queries and `msg_resend_req`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::time::{Duration, SystemTime};

use mtrs_tl::mtproto::functions::{
    DestroySession, GetFutureSalts, Ping, PingDelayDisconnect, RpcDropAnswer,
};
use mtrs_tl::mtproto::types::{
    self as tl, BadMsgNotification, BadServerSalt, DestroySessionNone, FutureSalts, HttpWait,
    MsgDetailedInfo, MsgResendReq, MsgsAck, MsgsAllInfo, MsgsStateInfo, MsgsStateReq,
    NewSessionCreated, Pong, RpcAnswerUnknown, RpcResult,
};
use mtrs_tl::{Identifiable, Serialize, TlString};

use super::client::parse;
use super::{Connection, Outbound};
use crate::RpcError;
use crate::container::{self, Inner};
use crate::error::{Error, ProtocolError};
use crate::event::Event;
use crate::msg_id::MsgId;
use crate::packet::encrypted::Header;
use crate::salt::{FutureSalt, Salt};
use crate::seq_no::SeqNo;
use mtrs_tl::constructor_of;

/// Service messages the MTProto layer answers itself, taken with either seq_no parity
/// and not acknowledged (their answer, if any, is the acknowledgement), as Telegram does:
/// clients such as Pyrogram send `ping` with an even seq_no, mtcute `msgs_ack` with an odd
/// one.
const SERVICE_QUERIES: [u32; 8] = [
    Ping::CONSTRUCTOR_ID,
    PingDelayDisconnect::CONSTRUCTOR_ID,
    GetFutureSalts::CONSTRUCTOR_ID,
    MsgsStateReq::CONSTRUCTOR_ID,
    MsgResendReq::CONSTRUCTOR_ID,
    DestroySession::CONSTRUCTOR_ID,
    RpcDropAnswer::CONSTRUCTOR_ID,
    HttpWait::CONSTRUCTOR_ID,
];

/// How long a replaced salt stays valid.
const OLD_SALT_GRACE: Duration = Duration::from_secs(1800);

/// A sent answer, kept for duplicate queries and `msg_resend_req`.
#[derive(Clone, Debug)]
struct Answer {
    msg_id: MsgId,
    seq_no: SeqNo,
    body: Vec<u8>,
}

/// What only a server connection keeps.
#[derive(Clone, Debug)]
pub(super) struct ServerState {
    current: Salt,
    previous: Option<(Salt, SystemTime)>,
    future: Vec<FutureSalt>,
    unique_id: i64,
    in_flight: BTreeSet<MsgId>,
    answers: BTreeMap<MsgId, Answer>,
    answer_ids: BTreeMap<MsgId, MsgId>,
    order: VecDeque<MsgId>,
}

impl ServerState {
    pub(super) fn new(salt: Salt, unique_id: i64) -> Self {
        Self {
            current: salt,
            previous: None,
            future: Vec::new(),
            unique_id,
            in_flight: BTreeSet::new(),
            answers: BTreeMap::new(),
            answer_ids: BTreeMap::new(),
            order: VecDeque::new(),
        }
    }

    pub(super) fn current_salt(&self) -> Salt {
        self.current
    }
}

/// The full `rpc_error` message of an error (`FLOOD_WAIT` + 30 → `FLOOD_WAIT_30`).
fn rpc_error_bytes(e: &RpcError) -> Vec<u8> {
    let message = match e.value {
        Some(v) => format!("{}_{v}", e.name),
        None => e.name.clone(),
    };
    tl::RpcError {
        error_code: e.code,
        error_message: TlString::from_bytes(message.into_bytes()),
    }
    .to_bytes()
}

impl Connection {
    fn server_state(&mut self) -> Result<&mut ServerState, ProtocolError> {
        let role = self.role;
        self.server
            .as_mut()
            .ok_or(ProtocolError::WrongRole { role })
    }

    /// Answers the query `msg_id` (from [`Event::Query`]) with TL bytes or an RPC error
    /// (server role). Returns `false` if no such query awaits an answer.
    pub fn respond(
        &mut self,
        msg_id: MsgId,
        result: Result<&[u8], &RpcError>,
    ) -> Result<bool, ProtocolError> {
        if !self.server_state()?.in_flight.remove(&msg_id) {
            return Ok(false);
        }
        let result = match result {
            Ok(bytes) => self.maybe_compress(bytes.to_vec()),
            Err(e) => rpc_error_bytes(e),
        };
        self.queue_answer(msg_id, result);
        Ok(true)
    }

    /// Queues a content-related message that answers no query, such as an update
    /// (server role). The client reports it as [`Event::Update`] and acknowledges it.
    pub fn push_update(&mut self, body: Vec<u8>) -> Result<(), ProtocolError> {
        self.server_state()?;
        let body = self.maybe_compress(body);
        self.outbox.push_back(Outbound::service(body, true, false));
        Ok(())
    }

    fn queue_answer(&mut self, query: MsgId, result: Vec<u8>) {
        let body = RpcResult {
            req_msg_id: query.0,
            result,
        }
        .to_bytes();
        self.outbox.push_back(Outbound {
            body,
            content_related: true,
            reply: true,
            fixed: None,
            answers: Some(query),
        });
    }

    /// Replaces the salt (server role). With `keep_old` the previous salt stays valid for
    /// another 30 minutes; without it every other salt (previous and announced ones) is
    /// forgotten, so the next message with one gets `bad_server_salt` (fault injection).
    pub fn rotate_salt(
        &mut self,
        salt: Salt,
        now: SystemTime,
        keep_old: bool,
    ) -> Result<(), ProtocolError> {
        let state = self.server_state()?;
        state.previous = keep_old.then_some((state.current, now + OLD_SALT_GRACE));
        if !keep_old {
            state.future.clear();
        }
        state.current = salt;
        Ok(())
    }

    /// Sets the salts announced to `get_future_salts` (server role).
    pub fn set_future_salts(&mut self, salts: &[FutureSalt]) -> Result<(), ProtocolError> {
        self.server_state()?.future = salts.to_vec();
        Ok(())
    }

    /// Whether `salt` is acceptable: the current one, the previous one during its grace
    /// period, or an announced future salt valid now.
    pub(super) fn server_salt_ok(&self, salt: Salt, now: SystemTime) -> bool {
        let server_now = self.msg_ids.server_now(now);
        self.server.as_ref().is_some_and(|s| {
            s.current == salt
                || s.previous
                    .is_some_and(|(old, until)| old == salt && now < until)
                || s.future.iter().any(|f| {
                    f.salt == salt && f.valid_since <= server_now && server_now < f.valid_until
                })
        })
    }

    pub(super) fn server_new_session(&mut self, first_msg_id: MsgId) {
        let Some(state) = &self.server else { return };
        let created = NewSessionCreated {
            first_msg_id: first_msg_id.0,
            unique_id: state.unique_id,
            server_salt: state.current.0,
        };
        self.queue_service(&created, true, false);
    }

    pub(super) fn server_reject_time(&mut self, now: SystemTime, header: Header) {
        let local = self.msg_ids.server_now(now);
        let code = if header.msg_id.unix_secs() < local {
            16
        } else {
            17
        };
        let bad = BadMsgNotification {
            bad_msg_id: header.msg_id.0,
            bad_msg_seqno: header.seq_no.0,
            error_code: code,
        };
        self.queue_service(&bad, false, true);
    }

    pub(super) fn server_reject_salt(&mut self, header: Header) {
        let bad = BadServerSalt {
            bad_msg_id: header.msg_id.0,
            bad_msg_seqno: header.seq_no.0,
            error_code: 48,
            new_server_salt: self.salt_for_sending().0,
        };
        self.queue_service(&bad, false, true);
    }

    fn bad_msg(&mut self, m: &Inner, code: i32) {
        let bad = BadMsgNotification {
            bad_msg_id: m.msg_id.0,
            bad_msg_seqno: m.seq_no.0,
            error_code: code,
        };
        self.queue_service(&bad, false, true);
    }

    /// A query whose msg_id was seen before: point the client at the cached answer.
    pub(super) fn server_duplicate_query(&mut self, msg_id: MsgId) {
        let Some(answer) = self.server.as_ref().and_then(|s| s.answers.get(&msg_id)) else {
            return;
        };
        let info = MsgDetailedInfo {
            msg_id: msg_id.0,
            answer_msg_id: answer.msg_id.0,
            // Answers are bounded by the container size limit.
            bytes: answer.body.len() as i32,
            status: 0,
        };
        self.queue_service(&info, false, true);
    }

    pub(super) fn server_cache_answer(
        &mut self,
        query: MsgId,
        msg_id: MsgId,
        seq_no: SeqNo,
        body: Vec<u8>,
    ) {
        let cap = self.config.answer_cache.max(1);
        let Some(state) = self.server.as_mut() else {
            return;
        };
        state.answers.insert(
            query,
            Answer {
                msg_id,
                seq_no,
                body,
            },
        );
        state.answer_ids.insert(msg_id, query);
        state.order.push_back(query);
        while state.order.len() > cap {
            if let Some(old) = state.order.pop_front()
                && let Some(a) = state.answers.remove(&old)
            {
                state.answer_ids.remove(&a.msg_id);
            }
        }
    }

    /// Handles one message from the client.
    pub(super) fn server_handle(&mut self, now: SystemTime, m: &Inner) -> Result<(), Error> {
        let id = constructor_of(&m.body);
        let is_ack = id == Some(MsgsAck::CONSTRUCTOR_ID) || id == Some(container::CONSTRUCTOR_ID);
        if is_ack {
            // Whatever its seq_no parity: Telegram does not complain about it.
            return Ok(());
        }
        if id == Some(MsgsStateInfo::CONSTRUCTOR_ID) || id == Some(MsgsAllInfo::CONSTRUCTOR_ID) {
            // Answers to state requests this server never sends: nothing to do.
            return Ok(());
        }
        if id == Some(HttpWait::CONSTRUCTOR_ID) {
            // Only meaningful on the HTTP transport; over TCP answers go out at once.
            return Ok(());
        }
        let service = id.is_some_and(|id| SERVICE_QUERIES.contains(&id));
        if !service {
            if !m.seq_no.is_content_related() {
                // Every other message a client sends is a query and must be content-related.
                self.bad_msg(m, 35);
                return Ok(());
            }
            self.acks.push(m.msg_id, now);
        }
        match id {
            Some(Ping::CONSTRUCTOR_ID) => {
                let p: Ping = parse(&m.body)?;
                self.queue_pong(m.msg_id, p.ping_id);
            }
            Some(PingDelayDisconnect::CONSTRUCTOR_ID) => {
                let p: PingDelayDisconnect = parse(&m.body)?;
                self.queue_pong(m.msg_id, p.ping_id);
            }
            Some(GetFutureSalts::CONSTRUCTOR_ID) => {
                self.server_future_salts(now, m.msg_id, parse(&m.body)?);
            }
            Some(MsgsStateReq::CONSTRUCTOR_ID) => {
                let req: MsgsStateReq = parse(&m.body)?;
                let info = self.state_info(m.msg_id, &req.msg_ids);
                self.queue_service(&info, false, true);
            }
            Some(MsgResendReq::CONSTRUCTOR_ID) => self.server_resend(parse(&m.body)?),
            Some(DestroySession::CONSTRUCTOR_ID) => {
                let d: DestroySession = parse(&m.body)?;
                // A server connection knows only its own session.
                let answer = DestroySessionNone {
                    session_id: d.session_id,
                }
                .to_bytes();
                self.queue_answer(m.msg_id, answer);
            }
            Some(RpcDropAnswer::CONSTRUCTOR_ID) => {
                let _: RpcDropAnswer = parse(&m.body)?;
                self.queue_answer(m.msg_id, RpcAnswerUnknown.to_bytes());
            }
            _ => self.server_query(m)?,
        }
        Ok(())
    }

    /// Answers a `ping` (or `ping_delay_disconnect`) sent as `msg_id`.
    fn queue_pong(&mut self, msg_id: MsgId, ping_id: i64) {
        let pong = Pong {
            msg_id: msg_id.0,
            ping_id,
        };
        self.queue_service(&pong, false, true);
    }

    /// Answers `get_future_salts` sent as `msg_id`: the salts still valid at `now`, at most
    /// the number asked (1 to 64).
    fn server_future_salts(&mut self, now: SystemTime, msg_id: MsgId, g: GetFutureSalts) {
        let server_now = self.msg_ids.server_now(now);
        let future = self
            .server
            .as_ref()
            .map(|s| s.future.clone())
            .unwrap_or_default();
        let salts = future
            .iter()
            .filter(|f| f.valid_until > server_now)
            .take(usize::try_from(g.num).unwrap_or(0).clamp(1, 64))
            .map(|f| tl::FutureSalt {
                valid_since: i32::try_from(f.valid_since).unwrap_or(i32::MAX),
                valid_until: i32::try_from(f.valid_until).unwrap_or(i32::MAX),
                salt: f.salt.0,
            })
            .collect();
        let answer = FutureSalts {
            req_msg_id: msg_id.0,
            now: i32::try_from(server_now).unwrap_or(i32::MAX),
            salts,
        };
        self.queue_service(&answer, false, true);
    }

    /// `msg_resend_req`: queues the cached answers it names again, under their msg_ids.
    fn server_resend(&mut self, r: MsgResendReq) {
        let Some(state) = &self.server else {
            return;
        };
        let resend: Vec<Outbound> = r
            .msg_ids
            .iter()
            .filter_map(|id| state.answer_ids.get(&MsgId(*id)))
            .filter_map(|q| state.answers.get(q))
            .map(|a| Outbound {
                body: a.body.clone(),
                content_related: true,
                reply: true,
                fixed: Some((a.msg_id, a.seq_no)),
                answers: None,
            })
            .collect();
        self.outbox.extend(resend);
    }

    fn server_query(&mut self, m: &Inner) -> Result<(), Error> {
        let body = self.inflate(m.body.clone())?;
        // Answered, but the answer has not gone out yet (a re-send raced it, e.g. on a
        // new connection of the session): it goes out with the next packet; never run
        // the query again.
        if self.outbox.iter().any(|o| o.answers == Some(m.msg_id)) {
            return Ok(());
        }
        let Some(state) = self.server.as_mut() else {
            return Ok(());
        };
        if state.answers.contains_key(&m.msg_id) {
            self.server_duplicate_query(m.msg_id);
            return Ok(());
        }
        if !state.in_flight.insert(m.msg_id) {
            return Ok(());
        }
        self.events.push_back(Event::Query {
            msg_id: m.msg_id,
            body,
        });
        Ok(())
    }
}
