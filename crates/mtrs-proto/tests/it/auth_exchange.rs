//! The auth key exchange: the official sample replayed through the client role, Telethon's
//! recorded exchange replayed through the server role, client against server (permanent,
//! temporary, dh_gen_retry), and hostile peers.

use std::cell::Cell;
use std::time::{Duration, UNIX_EPOCH};

use mtrs_crypto::dh::{DhGroup, TELEGRAM_DH_PRIME};
use mtrs_crypto::exchange;
use mtrs_crypto::rsa::{self, RsaPrivateKey};
use mtrs_proto::DcId;
use mtrs_proto::auth::client::{self, DhGenOutcome};
use mtrs_proto::auth::server::{self, ServerParams, SetDhOutcome};
use mtrs_proto::auth::{AuthError, KeyKind};
use mtrs_tl::mtproto::functions::{ReqDhParams, ReqPqMulti, SetClientDhParams};
use mtrs_tl::mtproto::types::{
    DhGenOk, DhGenRetry, PQInnerData, ResPq, ServerDhInnerData, ServerDhParamsOk,
};
use mtrs_tl::{Deserialize, Serialize};
use serde_json::Value;

use crate::data::{arr, hex, load};

/// A random source that hands out `script` first, then a counter pattern.
fn scripted(script: Vec<u8>) -> impl FnMut(&mut [u8]) {
    let mut script = script.into_iter();
    let mut counter = 0u8;
    move |buf: &mut [u8]| {
        for b in buf {
            *b = script.next().unwrap_or_else(|| {
                counter = counter.wrapping_add(37);
                counter
            });
        }
    }
}

fn sample() -> Value {
    load("mtproto-auth-key-samples.json")["sample_2024_rsa_pad"].clone()
}

#[test]
fn official_sample_replays_through_the_client_role() {
    let s = sample();
    let nonce: [u8; 16] = arr(&s["nonce"]);
    let server_nonce: [u8; 16] = arr(&s["server_nonce"]);
    let new_nonce: [u8; 32] = arr(&s["new_nonce"]);
    let keys = vec![rsa::telegram_production_key()];

    // Step 1: req_pq_multi with the sample's nonce.
    let (state, req_pq) = client::start(DcId::new(2), KeyKind::Permanent, keys, nonce);
    assert_eq!(req_pq, ReqPqMulti { nonce }.to_bytes());
    assert_eq!(&req_pq[..4], &[0xf1, 0x8e, 0x7e, 0xbe]);

    // Step 2: resPQ with the three fingerprints of the page (we know only the last).
    let fingerprints = ["A5B7F709355FC30B", "216BE86C022BB4C3", "85FD64DE851D9DD0"]
        .map(|h| i64::from_le_bytes(hex::decode(h).unwrap().try_into().unwrap()));
    let pq = s["pq_dec"].as_u64().unwrap().to_be_bytes().to_vec();
    let res_pq = ResPq {
        nonce,
        server_nonce,
        pq,
        server_public_key_fingerprints: fingerprints.to_vec(),
    };
    let mut rng = scripted(hex(&s["rsa_pad_random_padding_bytes"]));
    let (state, req_dh) = state
        .handle(&res_pq.to_bytes(), new_nonce, &mut rng)
        .unwrap();
    // The secret new_nonce never shows in Debug output.
    let shown = format!("{state:?}");
    let head = format!("{:?}", &new_nonce[..4]);
    assert!(!shown.contains(head.trim_end_matches(']')), "{shown}");
    let req = ReqDhParams::from_bytes(&req_dh).unwrap();
    assert_eq!((req.nonce, req.server_nonce), (nonce, server_nonce));
    assert_eq!(req.p, 1513098571u32.to_be_bytes());
    assert_eq!(req.q, 1780931429u32.to_be_bytes());
    assert_eq!(req.public_key_fingerprint, fingerprints[2]);
    assert_eq!(req.encrypted_data.len(), 256);

    // Step 3: the server's encrypted answer; b and the padding from the sample.
    let ok = ServerDhParamsOk {
        nonce,
        server_nonce,
        encrypted_answer: hex(&s["encrypted_answer"]),
    };
    let now = UNIX_EPOCH + Duration::from_secs(s["server_time"].as_u64().unwrap());
    let b: [u8; 256] = arr(&s["b"]);
    let padding = hex(&s["client_DH_padding"]);
    let (state, set_dh) = state.handle(&ok.to_bytes(), now, &b, &padding).unwrap();
    let set = SetClientDhParams::from_bytes(&set_dh).unwrap();
    assert_eq!(
        hex::encode_upper(&set.encrypted_data),
        s["set_client_DH_encrypted_data"].as_str().unwrap(),
        "set_client_DH_params must match the page byte for byte"
    );

    // Step 4: dh_gen_ok.
    let hash1: [u8; 16] = arr(&s["new_nonce_hash1"]);
    let gen_ok = DhGenOk {
        nonce,
        server_nonce,
        new_nonce_hash1: hash1,
    }
    .to_bytes();
    let DhGenOutcome::Done(created) = state.handle(&gen_ok).unwrap() else {
        panic!("not done")
    };
    assert_eq!(&created.auth_key.as_bytes()[..], &hex(&s["auth_key"])[..]);
    let derived = &s["derived_here"];
    assert_eq!(
        hex::encode(created.auth_key.id().to_le_bytes()),
        derived["auth_key_id_wire_le_hex"]
    );
    assert_eq!(
        hex::encode(created.salt.0.to_le_bytes()),
        derived["initial_server_salt_wire_hex"]
    );
    assert_eq!(created.time_offset.as_secs(), 0);
    assert_eq!(created.kind, KeyKind::Permanent);
}

#[test]
fn sample_dh_gen_retry_and_fail_are_recognised() {
    let s = sample();
    let nonce: [u8; 16] = arr(&s["nonce"]);
    let server_nonce: [u8; 16] = arr(&s["server_nonce"]);
    let run_to_dh_gen = || {
        let keys = vec![rsa::telegram_production_key()];
        let (state, _) = client::start(DcId::new(2), KeyKind::Permanent, keys, nonce);
        let pq = s["pq_dec"].as_u64().unwrap().to_be_bytes().to_vec();
        let fp = rsa::telegram_production_key().fingerprint();
        let res_pq = ResPq {
            nonce,
            server_nonce,
            pq,
            server_public_key_fingerprints: vec![fp],
        };
        let (state, _) = state
            .handle(
                &res_pq.to_bytes(),
                arr(&s["new_nonce"]),
                &mut scripted(vec![]),
            )
            .unwrap();
        let ok = ServerDhParamsOk {
            nonce,
            server_nonce,
            encrypted_answer: hex(&s["encrypted_answer"]),
        };
        let now = UNIX_EPOCH + Duration::from_secs(1_707_425_000);
        let (state, _) = state
            .handle(
                &ok.to_bytes(),
                now,
                &arr(&s["b"]),
                &hex(&s["client_DH_padding"]),
            )
            .unwrap();
        state
    };
    let hash2: [u8; 16] = arr(&s["derived_here"]["new_nonce_hash2_hex"]);
    let retry = DhGenRetry {
        nonce,
        server_nonce,
        new_nonce_hash2: hash2,
    }
    .to_bytes();
    let DhGenOutcome::Retry(retry_state) = run_to_dh_gen().handle(&retry).unwrap() else {
        panic!()
    };
    // A second attempt carries retry_id = the aux hash of the first key.
    let (_, again) = retry_state.send(&[0x42; 256], &[0; 16]).unwrap();
    assert!(SetClientDhParams::from_bytes(&again).is_ok());

    let hash3: [u8; 16] = arr(&s["derived_here"]["new_nonce_hash3_hex"]);
    let fail = mtrs_tl::mtproto::types::DhGenFail {
        nonce,
        server_nonce,
        new_nonce_hash3: hash3,
    };
    assert_eq!(
        run_to_dh_gen().handle(&fail.to_bytes()).unwrap_err(),
        AuthError::DhGenFail
    );
    // A hash for the wrong outcome is rejected.
    let forged = DhGenOk {
        nonce,
        server_nonce,
        new_nonce_hash1: hash2,
    }
    .to_bytes();
    assert_eq!(
        run_to_dh_gen().handle(&forged).unwrap_err(),
        AuthError::NewNonceHashMismatch
    );
    let other_server = DhGenOk {
        nonce,
        server_nonce: [9; 16],
        new_nonce_hash1: hash2,
    }
    .to_bytes();
    assert_eq!(
        run_to_dh_gen().handle(&other_server).unwrap_err(),
        AuthError::ServerNonceMismatch
    );
}

fn test_key() -> RsaPrivateKey {
    let k = &load("crypto.json")["auth_key_exchange"]["test_rsa_key"];
    let e = k["e"]
        .as_u64()
        .or_else(|| k["e"].as_str().and_then(|e| e.parse().ok()))
        .unwrap() as u32;
    let e = e.to_be_bytes();
    RsaPrivateKey::new(&hex(&k["n"]), &e[1..], &hex(&k["d"])).unwrap()
}

fn params(p: u64, q: u64) -> ServerParams {
    ServerParams {
        keys: vec![test_key()],
        group: DhGroup::new(3, &TELEGRAM_DH_PRIME).unwrap(),
        dc: Some(DcId::new(2).test()),
        p,
        q,
    }
}

#[test]
fn telethon_exchange_replays_through_the_server_role_with_the_older_rsa_scheme() {
    let v = &load("crypto.json")["auth_key_exchange"];
    let side = &v["server_side"];
    let msgs = v["messages"].as_array().unwrap();
    let body = |i: usize| hex(&msgs[i]["body"]);
    let p = side["p"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| u64::from_str_radix(side["p"].as_str().unwrap(), 16).unwrap());
    let q = side["q"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap_or_else(|_| u64::from_str_radix(side["q"].as_str().unwrap(), 16).unwrap());
    let mut params = params(p, q);
    params.dc = None; // Telethon's p_q_inner_data names no DC
    let res_recorded = ResPq::from_bytes(&body(1)).unwrap();

    let (state, res) = server::start(params)
        .handle(&body(0), res_recorded.server_nonce)
        .unwrap();
    let res = ResPq::from_bytes(&res).unwrap();
    assert_eq!(
        (res.nonce, res.server_nonce, &res.pq),
        (
            res_recorded.nonce,
            res_recorded.server_nonce,
            &res_recorded.pq
        )
    );
    assert!(
        res.server_public_key_fingerprints
            .contains(&test_key().public().fingerprint())
    );

    let now = UNIX_EPOCH + Duration::from_secs(v["server_time"].as_u64().unwrap());
    let a: [u8; 256] = arr(&side["a"]);
    let (state, dh_ok) = state
        .handle(&body(2), now, &a, &hex(&side["answer_padding"]))
        .unwrap();
    assert_eq!(
        hex::encode(&dh_ok),
        msgs[3]["body"].as_str().unwrap(),
        "server_DH_params_ok byte for byte"
    );

    let SetDhOutcome::Done(created, gen_ok) = state.handle(&body(4), &|_| false).unwrap() else {
        panic!()
    };
    assert_eq!(
        hex::encode(&gen_ok),
        msgs[5]["body"].as_str().unwrap(),
        "dh_gen_ok byte for byte"
    );
    assert_eq!(
        hex::encode(created.auth_key.as_bytes()),
        v["result"]["auth_key"].as_str().unwrap()
    );
}

struct Run {
    client_key: mtrs_crypto::AuthKey,
    server_key: mtrs_crypto::AuthKey,
    client_salt: i64,
    server_salt: i64,
    kind: KeyKind,
    retries: usize,
}

/// Runs the client role against the server role; the server reports the first
/// `taken` key ids as in use (dh_gen_retry).
fn client_against_server(kind: KeyKind, taken: usize) -> Run {
    let mut rng = scripted(vec![]);
    let keys = vec![test_key().public().clone()];
    let (c, body) = client::start(DcId::new(2).test(), kind, keys, [1; 16]);
    let (s, body) = server::start(params(1_513_098_571, 1_780_931_429))
        .handle(&body, [2; 16])
        .unwrap();
    let (c, body) = c.handle(&body, [3; 32], &mut rng).unwrap();
    let server_now = UNIX_EPOCH + Duration::from_secs(1_800_000_100);
    let (s, body) = s.handle(&body, server_now, &[0x35; 256], &[0; 16]).unwrap();
    let client_now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
    let (mut c, mut body) = c.handle(&body, client_now, &[0x53; 256], &[0; 16]).unwrap();
    let mut s = s;
    let remaining = Cell::new(taken);
    let mut retries = 0;
    loop {
        let taken = |_| {
            let n = remaining.get();
            remaining.set(n.saturating_sub(1));
            n > 0
        };
        match s.handle(&body, &taken).unwrap() {
            SetDhOutcome::Retry(next, reply) => {
                retries += 1;
                let DhGenOutcome::Retry(r) = c.handle(&reply).unwrap() else {
                    panic!("expected retry")
                };
                let b = [0x60 + retries as u8; 256];
                (c, body) = r.send(&b, &[0; 16]).unwrap();
                s = *next;
            }
            SetDhOutcome::Done(created, reply) => {
                let DhGenOutcome::Done(mine) = c.handle(&reply).unwrap() else {
                    panic!("expected ok")
                };
                assert_eq!(mine.time_offset.as_secs(), 100);
                assert_eq!(created.kind, kind);
                return Run {
                    client_key: mine.auth_key,
                    server_key: created.auth_key,
                    client_salt: mine.salt.0,
                    server_salt: created.salt.0,
                    kind: mine.kind,
                    retries,
                };
            }
        }
    }
}

#[test]
fn client_and_server_roles_agree_on_permanent_and_temporary_keys_and_retry() {
    let run = client_against_server(KeyKind::Permanent, 0);
    assert_eq!(run.client_key, run.server_key);
    assert_eq!(run.client_salt, run.server_salt);
    let temp = client_against_server(KeyKind::Temporary(Duration::from_secs(3600)), 0);
    assert_eq!(temp.client_key, temp.server_key);
    assert_eq!(temp.kind, KeyKind::Temporary(Duration::from_secs(3600)));
    let retried = client_against_server(KeyKind::Permanent, 2);
    assert_eq!(retried.retries, 2);
    assert_eq!(retried.client_key, retried.server_key);
    assert_ne!(retried.client_key, run.client_key);
}

/// Drives a client to the point where it waits for `server_DH_params_ok`, with the
/// server's nonces known, and hands a forged answer built from `inner` to it.
fn client_answer(
    inner: ServerDhInnerData,
    tamper: impl FnOnce(&mut Vec<u8>),
) -> Result<(), AuthError> {
    let keys = vec![test_key().public().clone()];
    let (c, body) = client::start(DcId::new(2).test(), KeyKind::Permanent, keys, [1; 16]);
    let (_, body) = server::start(params(1_513_098_571, 1_780_931_429))
        .handle(&body, [2; 16])
        .unwrap();
    let new_nonce = [3; 32];
    let (c, _) = c.handle(&body, new_nonce, &mut scripted(vec![])).unwrap();
    let tmp = exchange::tmp_aes_key_iv(&[2; 16], &new_nonce);
    let mut data = inner.to_bytes();
    tamper(&mut data);
    let encrypted_answer = exchange::encrypt_inner_data(&tmp, &data, &[0; 16]).unwrap();
    let ok = ServerDhParamsOk {
        nonce: [1; 16],
        server_nonce: [2; 16],
        encrypted_answer,
    };
    c.handle(&ok.to_bytes(), UNIX_EPOCH, &[0x53; 256], &[0; 16])
        .map(|_| ())
}

fn good_inner() -> ServerDhInnerData {
    let group = DhGroup::new(3, &TELEGRAM_DH_PRIME).unwrap();
    ServerDhInnerData {
        nonce: [1; 16],
        server_nonce: [2; 16],
        g: 3,
        dh_prime: TELEGRAM_DH_PRIME.to_vec(),
        g_a: group
            .public_value(&[0x35; 256], mtrs_crypto::dh::DhValue::GA)
            .unwrap()
            .to_vec(),
        server_time: 1,
    }
}

#[test]
fn hostile_servers_are_rejected_with_typed_errors() {
    assert_eq!(client_answer(good_inner(), |_| {}), Ok(()));

    let mut wrong_nonce = good_inner();
    wrong_nonce.nonce = [7; 16];
    assert_eq!(
        client_answer(wrong_nonce, |_| {}),
        Err(AuthError::NonceMismatch)
    );

    let mut bad_prime = good_inner();
    bad_prime.dh_prime[255] ^= 0x02; // an even number: not prime
    assert!(matches!(
        client_answer(bad_prime, |_| {}),
        Err(AuthError::BadDhGroup(_))
    ));

    let mut bad_g = good_inner();
    bad_g.g = 2; // the standard prime is 3 mod 8: g = 2 does not generate the subgroup
    assert!(matches!(
        client_answer(bad_g, |_| {}),
        Err(AuthError::BadDhGroup(_))
    ));

    for g_a in [vec![1u8], vec![0u8; 256], TELEGRAM_DH_PRIME.to_vec(), {
        let mut small = vec![0u8; 256];
        small[200] = 1; // 2^440: far below 2^1984
        small
    }] {
        let mut bad = good_inner();
        bad.g_a = g_a;
        assert!(matches!(
            client_answer(bad, |_| {}),
            Err(AuthError::BadDhValue(_))
        ));
    }

    // A corrupted answer fails its SHA1 (or its parse).
    let tampered = client_answer(good_inner(), |d| d[40] ^= 1);
    assert!(
        matches!(
            tampered,
            Err(AuthError::BadPayload(_)) | Err(AuthError::Malformed { .. })
        ),
        "{tampered:?}"
    );

    // resPQ with another nonce, or only unknown keys.
    let keys = vec![test_key().public().clone()];
    let (c, _) = client::start(DcId::new(2), KeyKind::Permanent, keys.clone(), [1; 16]);
    let res = ResPq {
        nonce: [9; 16],
        server_nonce: [2; 16],
        pq: vec![0x17, 0xed, 0x48, 0x94, 0x1a, 0x08, 0xf9, 0x81],
        server_public_key_fingerprints: vec![1],
    };
    assert_eq!(
        c.handle(&res.to_bytes(), [3; 32], &mut scripted(vec![]))
            .unwrap_err(),
        AuthError::NonceMismatch
    );
    let (c, _) = client::start(DcId::new(2), KeyKind::Permanent, keys, [1; 16]);
    let res = ResPq {
        nonce: [1; 16],
        ..res
    };
    assert_eq!(
        c.handle(&res.to_bytes(), [3; 32], &mut scripted(vec![]))
            .unwrap_err(),
        AuthError::UnknownFingerprints { offered: vec![1] }
    );
}

#[test]
fn hostile_clients_are_rejected_with_typed_errors() {
    let start = || {
        let keys = vec![test_key().public().clone()];
        let (c, body) = client::start(DcId::new(2).test(), KeyKind::Permanent, keys, [1; 16]);
        let (s, body) = server::start(params(1_513_098_571, 1_780_931_429))
            .handle(&body, [2; 16])
            .unwrap();
        (c, s, body)
    };
    // Another DC than this one.
    let (_, s, res_pq) = start();
    let keys = vec![test_key().public().clone()];
    let (c, _) = client::start(DcId::new(4), KeyKind::Permanent, keys, [1; 16]);
    let (_, req) = c.handle(&res_pq, [3; 32], &mut scripted(vec![])).unwrap();
    assert_eq!(
        s.handle(&req, UNIX_EPOCH, &[0x35; 256], &[0; 16])
            .unwrap_err(),
        AuthError::WrongDc {
            got: 4,
            expected: 10_002
        }
    );
    // A replayed/foreign server_nonce.
    let (c, s, res_pq) = start();
    let (_, req) = c.handle(&res_pq, [3; 32], &mut scripted(vec![])).unwrap();
    let mut forged = ReqDhParams::from_bytes(&req).unwrap();
    forged.server_nonce = [8; 16];
    assert_eq!(
        s.handle(&forged.to_bytes(), UNIX_EPOCH, &[0x35; 256], &[0; 16])
            .unwrap_err(),
        AuthError::ServerNonceMismatch
    );
    // Garbage instead of RSA data.
    let (c, s, res_pq) = start();
    let (_, req) = c.handle(&res_pq, [3; 32], &mut scripted(vec![])).unwrap();
    let mut forged = ReqDhParams::from_bytes(&req).unwrap();
    forged.encrypted_data[100] ^= 1;
    assert!(matches!(
        s.handle(&forged.to_bytes(), UNIX_EPOCH, &[0x35; 256], &[0; 16]),
        Err(AuthError::Rsa(_))
    ));
    // The older RSA scheme with the older inner data is accepted.
    let (_, s, res_pq) = start();
    let res = ResPq::from_bytes(&res_pq).unwrap();
    let inner = PQInnerData {
        pq: res.pq.clone(),
        p: 1_513_098_571u32.to_be_bytes().to_vec(),
        q: 1_780_931_429u32.to_be_bytes().to_vec(),
        nonce: [1; 16],
        server_nonce: [2; 16],
        new_nonce: [3; 32],
    }
    .to_bytes();
    let encrypted_data = test_key()
        .public()
        .encrypt_legacy(&inner, &[0x11; 255])
        .unwrap()
        .to_vec();
    let req = ReqDhParams {
        nonce: [1; 16],
        server_nonce: [2; 16],
        p: 1_513_098_571u32.to_be_bytes().to_vec(),
        q: 1_780_931_429u32.to_be_bytes().to_vec(),
        public_key_fingerprint: test_key().public().fingerprint(),
        encrypted_data,
    };
    assert!(
        s.handle(&req.to_bytes(), UNIX_EPOCH, &[0x35; 256], &[0; 16])
            .is_ok()
    );
}
