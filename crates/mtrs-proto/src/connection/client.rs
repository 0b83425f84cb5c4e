//! Client-role handling of each received message.
//!
//! See <https://core.telegram.org/mtproto/service_messages> and
//! <https://core.telegram.org/mtproto/service_messages_about_messages>.

use std::time::SystemTime;

use mtrs_tl::mtproto::types::{
    BadMsgNotification, BadServerSalt, DestroySessionNone, DestroySessionOk, FutureSalts,
    MsgDetailedInfo, MsgNewDetailedInfo, MsgResendReq, MsgsAck, MsgsAllInfo, MsgsStateInfo,
    MsgsStateReq, NewSessionCreated, Pong, RpcResult,
};
use mtrs_tl::{Deserialize, Identifiable};

use super::Connection;
use crate::RpcError;
use crate::container::Inner;
use crate::error::{Error, ProtocolError};
use crate::event::{Event, Notice};
use crate::msg_id::MsgId;
use crate::packet::encrypted::Header;
use crate::pending::Origin;
use crate::salt::{FutureSalt, Salt};
use mtrs_tl::constructor_of;

/// Parses a whole body as `T`.
pub(super) fn parse<T: Deserialize + Identifiable>(body: &[u8]) -> Result<T, ProtocolError> {
    T::from_bytes(body).map_err(|error| ProtocolError::Malformed {
        context: T::NAME,
        error,
    })
}

/// Parses an `rpc_error` object.
pub(super) fn parse_rpc_error(body: &[u8]) -> Result<RpcError, ProtocolError> {
    let e: mtrs_tl::mtproto::types::RpcError = parse(body)?;
    Ok(RpcError::new(e.error_code, &e.error_message.to_str_lossy()))
}

impl Connection {
    /// The seq_no sanity check: acks and containers are never content-related, answers
    /// always are. Runs before any message of the packet is used.
    pub(super) fn client_check_seq_nos(&self, messages: &[Inner]) -> Result<(), ProtocolError> {
        for m in messages {
            let content = match constructor_of(&m.body) {
                Some(MsgsAck::CONSTRUCTOR_ID) | Some(crate::container::CONSTRUCTOR_ID) => false,
                Some(RpcResult::CONSTRUCTOR_ID) => true,
                _ => continue,
            };
            if m.seq_no.is_content_related() != content {
                return Err(ProtocolError::BadSeqNo {
                    msg_id: m.msg_id,
                    seq_no: m.seq_no,
                });
            }
        }
        Ok(())
    }

    /// Handles one message from the server. With `suspicious_time` only time and salt
    /// notifications are used.
    pub(super) fn client_handle(
        &mut self,
        now: SystemTime,
        header: Header,
        m: &Inner,
        suspicious_time: bool,
    ) -> Result<(), Error> {
        let id = constructor_of(&m.body);
        if suspicious_time
            && id != Some(BadMsgNotification::CONSTRUCTOR_ID)
            && id != Some(BadServerSalt::CONSTRUCTOR_ID)
        {
            self.events
                .push_back(Event::Notice(Notice::DroppedSuspiciousTime {
                    msg_id: m.msg_id,
                }));
            return Ok(());
        }
        if m.seq_no.is_content_related() && !suspicious_time {
            self.acks.push(m.msg_id, now);
        }
        match id {
            Some(RpcResult::CONSTRUCTOR_ID) => self.on_rpc_result(parse(&m.body)?)?,
            Some(MsgsAck::CONSTRUCTOR_ID) => self.on_msgs_ack(parse(&m.body)?),
            Some(BadServerSalt::CONSTRUCTOR_ID) => {
                self.on_bad_server_salt(now, parse(&m.body)?);
            }
            Some(BadMsgNotification::CONSTRUCTOR_ID) => {
                self.on_bad_msg(now, header.msg_id, parse(&m.body)?)?;
            }
            Some(NewSessionCreated::CONSTRUCTOR_ID) => self.on_new_session(parse(&m.body)?),
            Some(Pong::CONSTRUCTOR_ID) => self.on_pong(parse(&m.body)?, &m.body),
            Some(FutureSalts::CONSTRUCTOR_ID) => self.on_future_salts(&m.body)?,
            Some(MsgsStateReq::CONSTRUCTOR_ID) => {
                let req: MsgsStateReq = parse(&m.body)?;
                let info = self.state_info(m.msg_id, &req.msg_ids);
                self.queue_service(&info, false, true);
            }
            Some(MsgsAllInfo::CONSTRUCTOR_ID) => {
                let all: MsgsAllInfo = parse(&m.body)?;
                self.resend_unreceived(&all.msg_ids, &all.info);
            }
            Some(MsgsStateInfo::CONSTRUCTOR_ID) => {
                // This client never sends msgs_state_req, so an answer names nothing of
                // ours; parse it to reject malformed ones, then drop it.
                let _: MsgsStateInfo = parse(&m.body)?;
            }
            Some(MsgDetailedInfo::CONSTRUCTOR_ID) => {
                self.on_detailed_info(now, parse(&m.body)?);
            }
            Some(MsgNewDetailedInfo::CONSTRUCTOR_ID) => {
                self.on_new_detailed_info(now, parse(&m.body)?);
            }
            Some(MsgResendReq::CONSTRUCTOR_ID) => self.on_resend_req(parse(&m.body)?),
            Some(DestroySessionOk::CONSTRUCTOR_ID) => {
                let d: DestroySessionOk = parse(&m.body)?;
                self.on_session_destroyed(d.session_id, true);
            }
            Some(DestroySessionNone::CONSTRUCTOR_ID) => {
                let d: DestroySessionNone = parse(&m.body)?;
                self.on_session_destroyed(d.session_id, false);
            }
            _ if m.seq_no.is_content_related() => {
                let body = self.inflate(m.body.clone())?;
                self.events.push_back(Event::Update { body });
            }
            // An unknown message that needs no ack carries nothing for us.
            _ => {}
        }
        Ok(())
    }

    /// `msgs_ack`: the named queries arrived.
    fn on_msgs_ack(&mut self, ack: MsgsAck) {
        ack.msg_ids
            .into_iter()
            .for_each(|id| self.pending.ack(MsgId(id)));
    }

    /// `bad_server_salt`: switch to the new salt and send the rejected query again.
    fn on_bad_server_salt(&mut self, now: SystemTime, b: BadServerSalt) {
        let salt = Salt(b.new_server_salt);
        self.salts.set_current(salt);
        // The salt is the packet's, not the messages': they go again under their own ids,
        // so a query the server ran before (its answer lost with a connection) is answered
        // from its cache instead of running twice.
        self.pending.resend_same(MsgId(b.bad_msg_id), now);
        self.events
            .push_back(Event::Notice(Notice::SaltChanged { salt }));
    }

    /// `new_session_created`: take its salt and report the new session.
    fn on_new_session(&mut self, n: NewSessionCreated) {
        self.salts.set_current(Salt(n.server_salt));
        self.events.push_back(Event::Notice(Notice::NewSession {
            first_msg_id: MsgId(n.first_msg_id),
            unique_id: n.unique_id,
        }));
    }

    /// `pong` (whole `body`): the result of a user's ping, else a notice.
    fn on_pong(&mut self, p: Pong, body: &[u8]) {
        self.complete(MsgId(p.msg_id), Ok(body.to_vec()), || Notice::Pong {
            msg_id: MsgId(p.msg_id),
            ping_id: p.ping_id,
        });
    }

    /// `msg_detailed_info`: ask for the answer again if its query still waits, else
    /// acknowledge it.
    fn on_detailed_info(&mut self, now: SystemTime, d: MsgDetailedInfo) {
        if self.pending.find(MsgId(d.msg_id)).is_some() {
            self.request_resend(d.answer_msg_id);
        } else {
            self.acks.push(MsgId(d.answer_msg_id), now);
        }
    }

    /// `msg_new_detailed_info`: acknowledge the message if it arrived, else ask for it.
    fn on_new_detailed_info(&mut self, now: SystemTime, d: MsgNewDetailedInfo) {
        if self.received_inner.contains(MsgId(d.answer_msg_id))
            || self.received.contains(MsgId(d.answer_msg_id))
        {
            self.acks.push(MsgId(d.answer_msg_id), now);
        } else {
            self.request_resend(d.answer_msg_id);
        }
    }

    /// `msg_resend_req`: send the named queries again, with fresh msg_ids.
    fn on_resend_req(&mut self, r: MsgResendReq) {
        let count: usize = r
            .msg_ids
            .into_iter()
            .map(|id| self.pending.resend_fresh(MsgId(id), true))
            .sum();
        if count > 0 {
            self.events
                .push_back(Event::Notice(Notice::Resent { count }));
        }
    }

    /// `destroy_session_ok` (`existed`) or `destroy_session_none`.
    fn on_session_destroyed(&mut self, session_id: i64, existed: bool) {
        let notice = Notice::SessionDestroyed {
            session_id,
            existed,
        };
        self.events.push_back(Event::Notice(notice));
    }

    fn on_rpc_result(&mut self, r: RpcResult) -> Result<(), ProtocolError> {
        let req = MsgId(r.req_msg_id);
        if self.pending.find(req).is_none() {
            // A duplicate answer (the query was re-sent and answered twice): drop it.
            return Ok(());
        }
        let result = self.inflate(r.result)?;
        let outcome = if constructor_of(&result) == Some(RpcError::CONSTRUCTOR_ID) {
            Err(parse_rpc_error(&result)?)
        } else {
            Ok(result)
        };
        match self.pending.complete(req) {
            Some((_, r)) if r.origin == Origin::FutureSalts => {
                if let Ok(body) = outcome {
                    self.on_future_salts(&body)?;
                }
            }
            Some((request, _)) => self.events.push_back(Event::Result {
                request,
                result: outcome,
            }),
            None => {}
        }
        Ok(())
    }

    /// Resolves the query sent as `req` with `result`, or reports `notice()` if no query
    /// of ours waits for it.
    fn complete(
        &mut self,
        req: MsgId,
        result: Result<Vec<u8>, RpcError>,
        notice: impl FnOnce() -> Notice,
    ) {
        match self.pending.complete(req) {
            Some((request, r)) if r.origin == Origin::User => {
                self.events.push_back(Event::Result { request, result });
            }
            Some(_) => {}
            None => self.events.push_back(Event::Notice(notice())),
        }
    }

    fn on_future_salts(&mut self, body: &[u8]) -> Result<(), ProtocolError> {
        let f: FutureSalts = parse(body)?;
        let salts: Vec<FutureSalt> = f
            .salts
            .iter()
            .map(|s| FutureSalt {
                valid_since: i64::from(s.valid_since),
                valid_until: i64::from(s.valid_until),
                salt: Salt(s.salt),
            })
            .collect();
        self.salts.add_future(&salts);
        let count = salts.len();
        // The answer may resolve a user's own get_future_salts or the internal one.
        match self.pending.complete(MsgId(f.req_msg_id)) {
            Some((request, r)) if r.origin == Origin::User => {
                self.events.push_back(Event::Result {
                    request,
                    result: Ok(body.to_vec()),
                });
            }
            _ => self
                .events
                .push_back(Event::Notice(Notice::FutureSalts { count })),
        }
        Ok(())
    }

    fn on_bad_msg(
        &mut self,
        now: SystemTime,
        notification_id: MsgId,
        b: BadMsgNotification,
    ) -> Result<(), ProtocolError> {
        let bad = MsgId(b.bad_msg_id);
        let code = b.error_code;
        match code {
            16 | 17 => {
                let offset = self.msg_ids.correct_from(notification_id, now);
                self.pending.resend_fresh(bad, true);
                self.events
                    .push_back(Event::Notice(Notice::TimeOffsetCorrected { code, offset }));
                return Ok(());
            }
            32 => self.seq.adjust(64),
            33 => self.seq.adjust(-16),
            20 | 48 => {}
            64 => {
                self.pending.resend_fresh(bad, false);
                self.events.push_back(Event::Notice(Notice::BadMsg {
                    code,
                    bad_msg_id: bad,
                }));
                return Ok(());
            }
            _ => {
                return Err(ProtocolError::FatalBadMsg {
                    code,
                    bad_msg_id: bad,
                });
            }
        }
        self.pending.resend_fresh(bad, true);
        self.events.push_back(Event::Notice(Notice::BadMsg {
            code,
            bad_msg_id: bad,
        }));
        Ok(())
    }

    /// The `msgs_state_info` answer to a state request from the peer.
    pub(super) fn state_info(&self, req_msg_id: MsgId, ids: &[i64]) -> MsgsStateInfo {
        let info = ids
            .iter()
            .map(|&id| {
                let id = MsgId(id);
                let outer = self.received.status(id);
                if outer == 4 {
                    4
                } else {
                    self.received_inner.status(id).max(outer)
                }
            })
            .collect();
        MsgsStateInfo {
            req_msg_id: req_msg_id.0,
            info,
        }
    }

    fn resend_unreceived(&mut self, ids: &[i64], info: &[u8]) {
        let unreceived = ids
            .iter()
            .zip(info)
            .filter(|&(_, &status)| (1..=3).contains(&(status & 7)))
            .map(|(&id, _)| MsgId(id));
        let count = self.pending.resend_unreceived(unreceived);
        if count > 0 {
            self.events
                .push_back(Event::Notice(Notice::Resent { count }));
        }
    }

    fn request_resend(&mut self, answer_msg_id: i64) {
        // A request the server must answer: content-related.
        let req = MsgResendReq {
            msg_ids: vec![answer_msg_id],
        };
        self.queue_service(&req, true, false);
    }
}
