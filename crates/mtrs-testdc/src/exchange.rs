//! The server side of the auth-key exchange on one connection, driving
//! `mtrs_proto::auth::server` over plain messages and storing the created key in the DC.

use std::time::SystemTime;

use mtrs_crypto::AuthKeyId;
use mtrs_proto::DcId;
use mtrs_proto::auth::server::{self, ReqDhWait, ServerParams, SetDhOutcome, SetDhWait};
use mtrs_proto::auth::{AuthError, KeyKind as ProtoKeyKind};
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::plain;
use mtrs_proto::transport::{Role, TransportErrorCode};
use mtrs_tl::Identifiable;

use crate::dc::KeyEntry;
use crate::events::{Event, KeyKind};
use crate::state::ConnCtx;

/// The factors of the `pq` the cluster hands out (the official sample's).
pub(crate) const P: u64 = 1_513_098_571;
/// See [`P`].
pub(crate) const Q: u64 = 1_780_931_429;

/// The DC id a client must name in `p_q_inner_data_dc`.
fn expected_dc(ctx: &ConnCtx) -> DcId {
    let mut id = DcId::new(ctx.dc.id);
    if ctx.shared.test_mode {
        id = id.test();
    }
    if ctx.media {
        id = id.media();
    }
    id
}

/// Where an exchange stands.
enum Step {
    Idle,
    ReqDh(Box<ReqDhWait>),
    SetDh(Box<SetDhWait>),
}

/// The key exchange of one connection.
pub(crate) struct ServerExchange {
    step: Step,
    msg_ids: MsgIdGen,
    /// Set when an exchange completed (a key was stored), until taken.
    completed: bool,
}

/// A failed exchange: the transport error to send and why.
pub(crate) struct Refused {
    pub(crate) code: TransportErrorCode,
    pub(crate) reason: String,
}

impl ServerExchange {
    pub(crate) fn new() -> Self {
        Self {
            step: Step::Idle,
            msg_ids: MsgIdGen::new(Role::Server),
            completed: false,
        }
    }

    /// Whether an exchange completed since the last call.
    pub(crate) fn take_completed(&mut self) -> bool {
        std::mem::take(&mut self.completed)
    }

    /// Handles one plain message; returns the plain message to send back.
    pub(crate) fn handle(
        &mut self,
        ctx: &ConnCtx,
        now: SystemTime,
        payload: &[u8],
    ) -> Result<Vec<u8>, Refused> {
        let refuse = |e: AuthError| Refused {
            code: match e {
                AuthError::WrongDc { .. } => TransportErrorCode::InvalidDc,
                _ => TransportErrorCode::AuthKeyNotFound,
            },
            reason: format!("key exchange: {e}"),
        };
        let msg = plain::read(payload).map_err(|e| Refused {
            code: TransportErrorCode::AuthKeyNotFound,
            reason: format!("plain message: {e}"),
        })?;
        let body = msg.body;
        let first = body.get(..4).is_some_and(|id| {
            let id = u32::from_le_bytes([id[0], id[1], id[2], id[3]]);
            id == mtrs_tl::mtproto::functions::ReqPqMulti::CONSTRUCTOR_ID
                || id == mtrs_tl::mtproto::functions::ReqPq::CONSTRUCTOR_ID
        });
        let step = std::mem::replace(&mut self.step, Step::Idle);
        let reply = match (step, first) {
            (_, true) => {
                let params = ServerParams {
                    keys: vec![ctx.shared.rsa.clone()],
                    group: ctx.shared.dh_group.clone(),
                    dc: Some(expected_dc(ctx)),
                    p: P,
                    q: Q,
                };
                let mut server_nonce = [0u8; 16];
                rand::fill(&mut server_nonce[..]);
                let (next, reply) = server::start(params)
                    .handle(body, server_nonce)
                    .map_err(refuse)?;
                self.step = Step::ReqDh(Box::new(next));
                reply
            }
            (Step::ReqDh(wait), false) => {
                let mut a = [0u8; 256];
                rand::fill(&mut a[..]);
                let mut padding = [0u8; 16];
                rand::fill(&mut padding[..]);
                let (next, reply) = wait.handle(body, now, &a, &padding).map_err(refuse)?;
                self.step = Step::SetDh(Box::new(next));
                reply
            }
            (Step::SetDh(wait), false) => {
                let taken = |id: AuthKeyId| ctx.dc.keys.lock().contains_key(&id.0);
                match wait.handle(body, &taken).map_err(refuse)? {
                    SetDhOutcome::Retry(next, reply) => {
                        self.step = Step::SetDh(next);
                        reply
                    }
                    SetDhOutcome::Done(created, reply) => {
                        let (kind, expires_at) = match created.kind {
                            ProtoKeyKind::Permanent => (KeyKind::Permanent, None),
                            ProtoKeyKind::Temporary(d) => (KeyKind::Temporary, Some(now + d)),
                        };
                        let key_id = created.auth_key.id().0;
                        let entry = KeyEntry::new(created.auth_key, created.salt, now, expires_at);
                        ctx.dc.keys.lock().insert(key_id, entry);
                        ctx.dc.count(|c| match kind {
                            KeyKind::Temporary => c.temp_key_exchanges += 1,
                            _ => c.key_exchanges += 1,
                        });
                        ctx.shared.events.push(Event::KeyCreated {
                            dc_id: ctx.dc.id,
                            key_id,
                            kind,
                        });
                        self.completed = true;
                        reply
                    }
                }
            }
            (Step::Idle, false) => {
                return Err(Refused {
                    code: TransportErrorCode::AuthKeyNotFound,
                    reason: "key exchange: message out of order".to_owned(),
                });
            }
        };
        let mut out = Vec::new();
        plain::write(self.msg_ids.next_reply(now), &reply, &mut out);
        Ok(out)
    }
}
