//! The client side of the key exchange: `req_pq_multi` → `req_DH_params` →
//! `set_client_DH_params` → key.
//!
//! ```no_run
//! use std::time::SystemTime;
//! use mtrs_proto::auth::{KeyKind, client::{self, DhGenOutcome}};
//! use mtrs_proto::DcId;
//!
//! # fn exchange(recv: impl Fn(&[u8]) -> Vec<u8>, rng: &mut dyn mtrs_proto::Random) -> Result<(), mtrs_proto::auth::AuthError> {
//! let keys = vec![mtrs_crypto::rsa::telegram_production_key()];
//! let (state, req_pq) = client::start(DcId::new(2), KeyKind::Permanent, keys, [1; 16]);
//! let (state, req_dh) = state.handle(&recv(&req_pq), [2; 32], rng)?;
//! let (state, set_dh) = state.handle(&recv(&req_dh), SystemTime::now(), &[3; 256], &[4; 16])?;
//! match state.handle(&recv(&set_dh))? {
//!     DhGenOutcome::Done(created) => println!("{:?}", created.auth_key),
//!     DhGenOutcome::Retry(retry) => { let _ = retry; /* send again with a new b */ }
//! }
//! # Ok(()) }
//! ```

use std::time::{SystemTime, UNIX_EPOCH};

use mtrs_crypto::dh::{DhGroup, DhValue};
use mtrs_crypto::exchange::{self, DhGenAnswer};
use mtrs_crypto::rsa::RsaPublicKey;
use mtrs_crypto::{AesKeyIv, AuthKey};
use mtrs_tl::mtproto::functions::{ReqDhParams, ReqPqMulti, SetClientDhParams};
use mtrs_tl::mtproto::types::{
    ClientDhInnerData, DhGenFail, DhGenOk, DhGenRetry, PQInnerDataDc, PQInnerDataTempDc, ResPq,
    ServerDhInnerData, ServerDhParamsFail, ServerDhParamsOk,
};
use mtrs_tl::{Identifiable, Serialize};
use zeroize::Zeroizing;

use super::{AuthError, Created, KeyKind, be_bytes, constructor_of, ct_eq, parse, parse_prefix};
use crate::DcId;
use crate::connection::Random;
use crate::salt::Salt;

/// Starts an exchange with DC `dc` (use [`DcId::test`] / [`DcId::media`] as needed):
/// returns the first state and the `req_pq_multi` body. `nonce` must be random.
pub fn start(
    dc: DcId,
    kind: KeyKind,
    keys: Vec<RsaPublicKey>,
    nonce: [u8; 16],
) -> (ResPqWait, Vec<u8>) {
    (
        ResPqWait {
            dc,
            kind,
            keys,
            nonce,
        },
        ReqPqMulti { nonce }.to_bytes(),
    )
}

/// Waiting for `resPQ`.
#[derive(Debug)]
pub struct ResPqWait {
    dc: DcId,
    kind: KeyKind,
    keys: Vec<RsaPublicKey>,
    nonce: [u8; 16],
}

impl ResPqWait {
    /// Takes `resPQ`: factors pq, encrypts `p_q_inner_data_(temp_)dc` with RSA_PAD and
    /// returns the `req_DH_params` body. `new_nonce` must be random; `rng` supplies the
    /// RSA_PAD padding and temporary keys.
    pub fn handle(
        self,
        body: &[u8],
        new_nonce: [u8; 32],
        rng: &mut dyn Random,
    ) -> Result<(DhParamsWait, Vec<u8>), AuthError> {
        let res: ResPq = parse(body)?;
        if !ct_eq(&res.nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        let (fingerprint, key) = res
            .server_public_key_fingerprints
            .iter()
            .find_map(|&f| {
                self.keys
                    .iter()
                    .find(|k| k.fingerprint() == f)
                    .map(|k| (f, k))
            })
            .ok_or_else(|| AuthError::UnknownFingerprints {
                offered: res.server_public_key_fingerprints.clone(),
            })?;
        let factors = mtrs_crypto::pq::factorize_be(&res.pq).map_err(AuthError::BadPq)?;
        let (p, q) = (be_bytes(factors.p), be_bytes(factors.q));
        let server_nonce = res.server_nonce;
        let inner = Zeroizing::new(match self.kind {
            KeyKind::Permanent => PQInnerDataDc {
                pq: res.pq.clone(),
                p: p.clone(),
                q: q.clone(),
                nonce: self.nonce,
                server_nonce,
                new_nonce,
                dc: self.dc.0,
            }
            .to_bytes(),
            KeyKind::Temporary(expires) => PQInnerDataTempDc {
                pq: res.pq.clone(),
                p: p.clone(),
                q: q.clone(),
                nonce: self.nonce,
                server_nonce,
                new_nonce,
                dc: self.dc.0,
                expires_in: i32::try_from(expires.as_secs()).unwrap_or(i32::MAX),
            }
            .to_bytes(),
        });
        let encrypted_data = rsa_pad(key, &inner, rng)?;
        let req = ReqDhParams {
            nonce: self.nonce,
            server_nonce,
            p,
            q,
            public_key_fingerprint: fingerprint,
            encrypted_data: encrypted_data.to_vec(),
        };
        let next = DhParamsWait {
            kind: self.kind,
            nonce: self.nonce,
            server_nonce,
            new_nonce: Zeroizing::new(new_nonce),
        };
        Ok((next, req.to_bytes()))
    }
}

/// RSA_PAD with fresh padding and temporary keys until the result fits the modulus.
fn rsa_pad(key: &RsaPublicKey, data: &[u8], rng: &mut dyn Random) -> Result<[u8; 256], AuthError> {
    // The chance of needing another temp_key is below 1/2 each time; 64 tries never fail
    // with a working random source.
    let mut last = mtrs_crypto::Error::RsaPadRetry;
    for _ in 0..64 {
        let mut padding = Zeroizing::new([0u8; 192]);
        let mut temp_key = Zeroizing::new([0u8; 32]);
        rng.fill(&mut padding[..]);
        rng.fill(&mut temp_key[..]);
        match key.encrypt_pad(data, &padding[..], &temp_key) {
            Ok(c) => return Ok(c),
            Err(mtrs_crypto::Error::RsaPadRetry) => continue,
            Err(e) => last = e,
        }
        break;
    }
    Err(AuthError::Rsa(last))
}

/// Waiting for `server_DH_params_ok`.
pub struct DhParamsWait {
    kind: KeyKind,
    nonce: [u8; 16],
    server_nonce: [u8; 16],
    new_nonce: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for DhParamsWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // new_nonce is secret: never printed.
        f.debug_struct("DhParamsWait")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl DhParamsWait {
    /// Takes `server_DH_params_ok`: decrypts and checks the DH parameters, computes
    /// `g_b` and the key from the secret `b` (random, 256 bytes), and returns the
    /// `set_client_DH_params` body. `padding` (random, at least 15 bytes) pads the inner
    /// data; `now` is the local time, for the clock offset.
    pub fn handle(
        self,
        body: &[u8],
        now: SystemTime,
        b: &[u8; 256],
        padding: &[u8],
    ) -> Result<(DhGenWait, Vec<u8>), AuthError> {
        let id = constructor_of(body);
        if id == ServerDhParamsFail::CONSTRUCTOR_ID {
            let fail: ServerDhParamsFail = parse(body)?;
            self.check_nonces(&fail.nonce, &fail.server_nonce)?;
            return Err(AuthError::ServerDhParamsFail);
        }
        if id != ServerDhParamsOk::CONSTRUCTOR_ID {
            return Err(AuthError::Unexpected {
                id,
                expected: "server_DH_params_ok",
            });
        }
        let ok: ServerDhParamsOk = parse(body)?;
        self.check_nonces(&ok.nonce, &ok.server_nonce)?;
        let tmp = exchange::tmp_aes_key_iv(&self.server_nonce, &self.new_nonce);
        let plain = Zeroizing::new(
            exchange::decrypt_inner_data(&tmp, &ok.encrypted_answer)
                .map_err(AuthError::BadPayload)?,
        );
        let (inner, len) = parse_prefix::<ServerDhInnerData>(plain.get(20..).unwrap_or_default())?;
        exchange::verify_inner_data(&plain, len).map_err(AuthError::BadPayload)?;
        self.check_nonces(&inner.nonce, &inner.server_nonce)?;
        let group = DhGroup::new(inner.g, &inner.dh_prime).map_err(AuthError::BadDhGroup)?;
        group
            .check_public(&inner.g_a, DhValue::GA)
            .map_err(AuthError::BadDhValue)?;
        let local = now
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let time_offset = i64::from(inner.server_time) - local;
        let wait = DhGenWait {
            kind: self.kind,
            nonce: self.nonce,
            server_nonce: self.server_nonce,
            new_nonce: self.new_nonce,
            group,
            g_a: inner.g_a,
            tmp,
            time_offset,
            retry_id: 0,
            auth_key: None,
        };
        wait.send(b, padding)
    }

    fn check_nonces(&self, nonce: &[u8; 16], server_nonce: &[u8; 16]) -> Result<(), AuthError> {
        if !ct_eq(nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        Ok(())
    }
}

/// Waiting for `dh_gen_ok` / `dh_gen_retry` / `dh_gen_fail`.
pub struct DhGenWait {
    kind: KeyKind,
    nonce: [u8; 16],
    server_nonce: [u8; 16],
    new_nonce: Zeroizing<[u8; 32]>,
    group: DhGroup,
    g_a: Vec<u8>,
    tmp: AesKeyIv,
    time_offset: i64,
    retry_id: i64,
    auth_key: Option<AuthKey>,
}

impl std::fmt::Debug for DhGenWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DhGenWait")
            .field("retry_id", &self.retry_id)
            .finish_non_exhaustive()
    }
}

/// What `dh_gen_*` led to.
#[derive(Debug)]
pub enum DhGenOutcome {
    /// `dh_gen_ok`: the key is ready.
    Done(Created),
    /// `dh_gen_retry`: send `set_client_DH_params` again with a new `b`.
    Retry(Box<DhRetry>),
}

/// After `dh_gen_retry`: call [`DhRetry::send`] with a fresh secret.
#[derive(Debug)]
pub struct DhRetry(DhGenWait);

impl DhRetry {
    /// The new `set_client_DH_params` body, with `retry_id` = the previous key's aux hash.
    pub fn send(self, b: &[u8; 256], padding: &[u8]) -> Result<(DhGenWait, Vec<u8>), AuthError> {
        self.0.send(b, padding)
    }
}

impl DhGenWait {
    fn send(mut self, b: &[u8; 256], padding: &[u8]) -> Result<(DhGenWait, Vec<u8>), AuthError> {
        let g_b = self
            .group
            .public_value(b, DhValue::GB)
            .map_err(AuthError::BadDhValue)?;
        let auth_key = self
            .group
            .auth_key(&self.g_a, DhValue::GA, b)
            .map_err(AuthError::BadDhValue)?;
        let inner = Zeroizing::new(
            ClientDhInnerData {
                nonce: self.nonce,
                server_nonce: self.server_nonce,
                retry_id: self.retry_id,
                g_b: g_b.to_vec(),
            }
            .to_bytes(),
        );
        let encrypted_data = exchange::encrypt_inner_data(&self.tmp, &inner, padding)
            .map_err(AuthError::BadPayload)?;
        let body = SetClientDhParams {
            nonce: self.nonce,
            server_nonce: self.server_nonce,
            encrypted_data,
        }
        .to_bytes();
        self.auth_key = Some(auth_key);
        Ok((self, body))
    }

    /// Takes the server's verdict on the key.
    pub fn handle(self, body: &[u8]) -> Result<DhGenOutcome, AuthError> {
        let id = constructor_of(body);
        let (nonce, server_nonce, hash, answer) = match id {
            DhGenOk::CONSTRUCTOR_ID => {
                let a: DhGenOk = parse(body)?;
                (a.nonce, a.server_nonce, a.new_nonce_hash1, DhGenAnswer::Ok)
            }
            DhGenRetry::CONSTRUCTOR_ID => {
                let a: DhGenRetry = parse(body)?;
                (
                    a.nonce,
                    a.server_nonce,
                    a.new_nonce_hash2,
                    DhGenAnswer::Retry,
                )
            }
            DhGenFail::CONSTRUCTOR_ID => {
                let a: DhGenFail = parse(body)?;
                (
                    a.nonce,
                    a.server_nonce,
                    a.new_nonce_hash3,
                    DhGenAnswer::Fail,
                )
            }
            _ => {
                return Err(AuthError::Unexpected {
                    id,
                    expected: "dh_gen_ok",
                });
            }
        };
        if !ct_eq(&nonce, &self.nonce) {
            return Err(AuthError::NonceMismatch);
        }
        if !ct_eq(&server_nonce, &self.server_nonce) {
            return Err(AuthError::ServerNonceMismatch);
        }
        let Some(auth_key) = &self.auth_key else {
            return Err(AuthError::Unexpected {
                id,
                expected: "set_client_DH_params first",
            });
        };
        if !ct_eq(
            &exchange::new_nonce_hash(auth_key, &self.new_nonce, answer),
            &hash,
        ) {
            return Err(AuthError::NewNonceHashMismatch);
        }
        let aux_hash = auth_key.aux_hash();
        match answer {
            DhGenAnswer::Ok => {
                let salt = exchange::first_server_salt(&self.server_nonce, &self.new_nonce);
                let mut this = self;
                let Some(auth_key) = this.auth_key.take() else {
                    return Err(AuthError::Unexpected {
                        id,
                        expected: "a computed key",
                    });
                };
                Ok(DhGenOutcome::Done(Created {
                    auth_key,
                    salt: Salt(i64::from_le_bytes(salt)),
                    time_offset: mtrs_types::TimeOffset::from_secs(this.time_offset),
                    kind: this.kind,
                }))
            }
            DhGenAnswer::Retry => {
                let mut this = self;
                // The aux hash travels as a TL long: same 64 bits.
                this.retry_id = aux_hash as i64;
                this.auth_key = None;
                Ok(DhGenOutcome::Retry(Box::new(DhRetry(this))))
            }
            DhGenAnswer::Fail => Err(AuthError::DhGenFail),
        }
    }
}
