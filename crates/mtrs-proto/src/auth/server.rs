//! The server side of the key exchange (used by the test DC): `resPQ` →
//! `server_DH_params_ok` → `dh_gen_ok` / `dh_gen_retry`.
//!
//! Accepts `req_pq_multi` and the older `req_pq`, RSA_PAD and the older RSA scheme, and
//! `p_q_inner_data_dc`, `p_q_inner_data_temp_dc` and the older `p_q_inner_data`.
//!
//! ```no_run
//! use std::time::SystemTime;
//! use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
//! use mtrs_proto::auth::server::{self, ServerParams, SetDhOutcome};
//!
//! # fn serve(key: mtrs_crypto::rsa::RsaPrivateKey, recv: impl Fn(&[u8]) -> Vec<u8>) -> Result<(), Box<dyn std::error::Error>> {
//! let params = ServerParams {
//!     keys: vec![key],
//!     group: DhGroup::new(3, &TELEGRAM_DH_PRIME)?,
//!     dc: Some(mtrs_proto::DcId::new(2).test()),
//!     p: 1_513_098_571,
//!     q: 1_780_931_429,
//! };
//! let (state, res_pq) = server::start(params).handle(&recv(&[]), [7; 16])?;
//! let (state, dh_ok) = state.handle(&recv(&res_pq), SystemTime::now(), &[9; 256], &[0; 16])?;
//! match state.handle(&recv(&dh_ok), &|_id| false)? {
//!     SetDhOutcome::Done(created, gen_ok) => { let _ = (created.auth_key, recv(&gen_ok)); }
//!     SetDhOutcome::Retry(_, gen_retry) => { let _ = recv(&gen_retry); }
//! }
//! # Ok(()) }
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use mtrs_crypto::dh::{DhGroup, DhValue};
use mtrs_crypto::exchange::{self, DhGenAnswer};
use mtrs_crypto::rsa::RsaPrivateKey;
use mtrs_crypto::{AesKeyIv, AuthKey, AuthKeyId};
use mtrs_tl::mtproto::functions::{ReqDhParams, ReqPq, ReqPqMulti, SetClientDhParams};
use mtrs_tl::mtproto::types::{
    ClientDhInnerData, DhGenOk, DhGenRetry, PQInnerData, PQInnerDataDc, PQInnerDataTempDc, ResPq,
    ServerDhInnerData, ServerDhParamsOk,
};
use mtrs_tl::{Identifiable, Serialize};
use zeroize::Zeroizing;

use super::{AuthError, Created, KeyKind, be_bytes, constructor_of, ct_eq, parse, parse_prefix};
use crate::DcId;
use crate::salt::Salt;

/// What a server needs to run exchanges.
#[derive(Clone)]
pub struct ServerParams {
    /// The RSA keys whose fingerprints are offered.
    pub keys: Vec<RsaPrivateKey>,
    /// The DH group (checked on construction by `DhGroup::new`).
    pub group: DhGroup,
    /// The DC the client must name; `None` accepts any.
    pub dc: Option<DcId>,
    /// The factors of the `pq` handed out (p < q, both prime).
    pub p: u64,
    /// See `p`.
    pub q: u64,
}

impl std::fmt::Debug for ServerParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerParams")
            .field("dc", &self.dc)
            .finish_non_exhaustive()
    }
}

/// Starts waiting for `req_pq_multi`.
pub fn start(params: ServerParams) -> ReqPqWait {
    ReqPqWait { params }
}

/// Waiting for `req_pq_multi` (or `req_pq`).
#[derive(Debug)]
pub struct ReqPqWait {
    params: ServerParams,
}

impl ReqPqWait {
    /// Answers with `resPQ`; `server_nonce` must be random.
    pub fn handle(
        self,
        body: &[u8],
        server_nonce: [u8; 16],
    ) -> Result<(ReqDhWait, Vec<u8>), AuthError> {
        let nonce = match constructor_of(body) {
            ReqPq::CONSTRUCTOR_ID => parse::<ReqPq>(body)?.nonce,
            _ => parse::<ReqPqMulti>(body)?.nonce,
        };
        let pq = be_bytes(self.params.p.saturating_mul(self.params.q));
        let res = ResPq {
            nonce,
            server_nonce,
            pq: pq.clone(),
            server_public_key_fingerprints: self
                .params
                .keys
                .iter()
                .map(|k| k.public().fingerprint())
                .collect(),
        };
        Ok((
            ReqDhWait {
                params: self.params,
                nonce,
                server_nonce,
                pq,
            },
            res.to_bytes(),
        ))
    }
}

/// Waiting for `req_DH_params`.
#[derive(Debug)]
pub struct ReqDhWait {
    params: ServerParams,
    nonce: [u8; 16],
    server_nonce: [u8; 16],
    pq: Vec<u8>,
}

/// The fields of any `p_q_inner_data*` constructor.
struct Inner {
    pq: Vec<u8>,
    p: Vec<u8>,
    q: Vec<u8>,
    nonce: [u8; 16],
    server_nonce: [u8; 16],
    new_nonce: [u8; 32],
    dc: Option<i32>,
    kind: KeyKind,
}

/// Parses the inner data at the start of `bytes`, returning it and its length.
fn parse_inner(bytes: &[u8]) -> Result<(Inner, usize), AuthError> {
    match constructor_of(bytes) {
        PQInnerDataDc::CONSTRUCTOR_ID => {
            let (d, n) = parse_prefix::<PQInnerDataDc>(bytes)?;
            let kind = KeyKind::Permanent;
            let (pq, p, q, nonce, server_nonce, new_nonce) =
                (d.pq, d.p, d.q, d.nonce, d.server_nonce, d.new_nonce);
            Ok((
                Inner {
                    pq,
                    p,
                    q,
                    nonce,
                    server_nonce,
                    new_nonce,
                    dc: Some(d.dc),
                    kind,
                },
                n,
            ))
        }
        PQInnerDataTempDc::CONSTRUCTOR_ID => {
            let (d, n) = parse_prefix::<PQInnerDataTempDc>(bytes)?;
            let secs = u64::try_from(d.expires_in).unwrap_or(0);
            let kind = KeyKind::Temporary(std::time::Duration::from_secs(secs));
            let (pq, p, q, nonce, server_nonce, new_nonce) =
                (d.pq, d.p, d.q, d.nonce, d.server_nonce, d.new_nonce);
            Ok((
                Inner {
                    pq,
                    p,
                    q,
                    nonce,
                    server_nonce,
                    new_nonce,
                    dc: Some(d.dc),
                    kind,
                },
                n,
            ))
        }
        _ => {
            let (d, n) = parse_prefix::<PQInnerData>(bytes)?;
            let kind = KeyKind::Permanent;
            let (pq, p, q, nonce, server_nonce, new_nonce) =
                (d.pq, d.p, d.q, d.nonce, d.server_nonce, d.new_nonce);
            Ok((
                Inner {
                    pq,
                    p,
                    q,
                    nonce,
                    server_nonce,
                    new_nonce,
                    dc: None,
                    kind,
                },
                n,
            ))
        }
    }
}

impl ReqDhWait {
    /// Decrypts the client's inner data (RSA_PAD, else the older scheme), checks it and
    /// answers with `server_DH_params_ok` built from the secret `a` (random, 256 bytes),
    /// `padding` (random, at least 15 bytes) and the server time `now`.
    pub fn handle(
        self,
        body: &[u8],
        now: SystemTime,
        a: &[u8; 256],
        padding: &[u8],
    ) -> Result<(SetDhWait, Vec<u8>), AuthError> {
        let req: ReqDhParams = parse(body)?;
        self.check_request(&req)?;
        let key = self.key_for(req.public_key_fingerprint)?;
        let inner = decrypt_inner(key, &req.encrypted_data)?;
        let new_nonce = Zeroizing::new(inner.new_nonce);
        self.check_inner(&req, &inner)?;
        let kind = inner.kind;
        let group = self.params.group.clone();
        let g_a = group
            .public_value(a, DhValue::GA)
            .map_err(AuthError::BadDhValue)?;
        let server_time = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        let answer = Zeroizing::new(
            ServerDhInnerData {
                nonce: self.nonce,
                server_nonce: self.server_nonce,
                g: i32::try_from(group.g()).unwrap_or(i32::MAX),
                dh_prime: group.prime().to_vec(),
                g_a: g_a.to_vec(),
                server_time: i32::try_from(server_time).unwrap_or(i32::MAX),
            }
            .to_bytes(),
        );
        let tmp = exchange::tmp_aes_key_iv(&self.server_nonce, &new_nonce);
        let encrypted_answer =
            exchange::encrypt_inner_data(&tmp, &answer, padding).map_err(AuthError::BadPayload)?;
        let ok = ServerDhParamsOk {
            nonce: self.nonce,
            server_nonce: self.server_nonce,
            encrypted_answer,
        };
        let next = SetDhWait {
            nonce: self.nonce,
            server_nonce: self.server_nonce,
            new_nonce,
            group,
            a: Zeroizing::new(*a),
            tmp,
            kind,
            retry_id: 0,
        };
        Ok((next, ok.to_bytes()))
    }

    /// The nonces and factors of `req_DH_params` are this exchange's.
    fn check_request(&self, req: &ReqDhParams) -> Result<(), AuthError> {
        if !ct_eq(&req.nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(&req.server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        if req.p != be_bytes(self.params.p) || req.q != be_bytes(self.params.q) {
            return Err(AuthError::PqMismatch);
        }
        Ok(())
    }

    /// The RSA key with `fingerprint`.
    fn key_for(&self, fingerprint: i64) -> Result<&RsaPrivateKey, AuthError> {
        self.params
            .keys
            .iter()
            .find(|k| k.public().fingerprint() == fingerprint)
            .ok_or(AuthError::UnknownFingerprints {
                offered: vec![fingerprint],
            })
    }

    /// The decrypted inner data repeats the request and names the expected DC.
    fn check_inner(&self, req: &ReqDhParams, inner: &Inner) -> Result<(), AuthError> {
        if !ct_eq(&inner.nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(&inner.server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        if inner.pq != self.pq || inner.p != req.p || inner.q != req.q {
            return Err(AuthError::PqMismatch);
        }
        if let (Some(expected), Some(got)) = (self.params.dc, inner.dc)
            && expected.0 != got
        {
            return Err(AuthError::WrongDc {
                got,
                expected: expected.0,
            });
        }
        Ok(())
    }
}

/// Decrypts and parses the inner data of `req_DH_params`: RSA_PAD, else the older scheme
/// (whose failure reports the RSA_PAD error).
fn decrypt_inner(key: &RsaPrivateKey, encrypted_data: &[u8]) -> Result<Inner, AuthError> {
    match key.decrypt_pad(encrypted_data) {
        Ok(data) => Ok(parse_inner(&data[..])?.0),
        Err(pad_error) => {
            let legacy = key.decrypt_legacy(encrypted_data).map_err(AuthError::Rsa)?;
            let (inner, len) =
                parse_inner(legacy.payload()).map_err(|_| AuthError::Rsa(pad_error.clone()))?;
            legacy.data(len).map_err(|_| AuthError::Rsa(pad_error))?;
            Ok(inner)
        }
    }
}

/// Waiting for `set_client_DH_params`.
pub struct SetDhWait {
    nonce: [u8; 16],
    server_nonce: [u8; 16],
    new_nonce: Zeroizing<[u8; 32]>,
    group: DhGroup,
    a: Zeroizing<[u8; 256]>,
    tmp: AesKeyIv,
    kind: KeyKind,
    retry_id: i64,
}

impl std::fmt::Debug for SetDhWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetDhWait")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// What `set_client_DH_params` led to.
#[derive(Debug)]
pub enum SetDhOutcome {
    /// The key is made; send the `dh_gen_ok` body.
    Done(Created, Vec<u8>),
    /// The key's id is taken; send the `dh_gen_retry` body and wait again.
    Retry(Box<SetDhWait>, Vec<u8>),
}

impl SetDhWait {
    /// Checks the client's `g_b`, derives the key and answers `dh_gen_ok`, or
    /// `dh_gen_retry` if `id_taken` says the key id is already in use.
    pub fn handle(
        self,
        body: &[u8],
        id_taken: &dyn Fn(AuthKeyId) -> bool,
    ) -> Result<SetDhOutcome, AuthError> {
        let set: SetClientDhParams = parse(body)?;
        if !ct_eq(&set.nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(&set.server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        let plain = Zeroizing::new(
            exchange::decrypt_inner_data(&self.tmp, &set.encrypted_data)
                .map_err(AuthError::BadPayload)?,
        );
        let (inner, len) = parse_prefix::<ClientDhInnerData>(plain.get(20..).unwrap_or_default())?;
        exchange::verify_inner_data(&plain, len).map_err(AuthError::BadPayload)?;
        if !ct_eq(&inner.nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(&inner.server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        if inner.retry_id != self.retry_id {
            return Err(AuthError::BadRetryId {
                got: inner.retry_id,
            });
        }
        let auth_key: AuthKey = self
            .group
            .auth_key(&inner.g_b, DhValue::GB, &self.a)
            .map_err(AuthError::BadDhValue)?;
        if id_taken(auth_key.id()) {
            let hash = exchange::new_nonce_hash(&auth_key, &self.new_nonce, DhGenAnswer::Retry);
            let body = DhGenRetry {
                nonce: self.nonce,
                server_nonce: self.server_nonce,
                new_nonce_hash2: hash,
            }
            .to_bytes();
            let mut next = self;
            // The aux hash travels as a TL long: same 64 bits.
            next.retry_id = auth_key.aux_hash() as i64;
            return Ok(SetDhOutcome::Retry(Box::new(next), body));
        }
        let hash = exchange::new_nonce_hash(&auth_key, &self.new_nonce, DhGenAnswer::Ok);
        let body = DhGenOk {
            nonce: self.nonce,
            server_nonce: self.server_nonce,
            new_nonce_hash1: hash,
        }
        .to_bytes();
        let salt = exchange::first_server_salt(&self.server_nonce, &self.new_nonce);
        let created = Created {
            auth_key,
            salt: Salt(i64::from_le_bytes(salt)),
            time_offset: mtrs_types::TimeOffset(0),
            kind: self.kind,
        };
        Ok(SetDhOutcome::Done(created, body))
    }
}
