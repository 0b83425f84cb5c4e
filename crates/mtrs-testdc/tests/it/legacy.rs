//! The older RSA scheme (`RSA(SHA1(data) ‖ data ‖ padding)`, with the older
//! `p_q_inner_data` that names no DC), as Telethon uses for keys registered as `old`,
//! Pyrogram and GramJS: a whole key exchange written out step by step.

use mtrs_crypto::dh::{DhGroup, DhValue};
use mtrs_crypto::exchange::{self, DhGenAnswer};
use mtrs_proto::Salt;
use mtrs_proto::transport::TransportKind;
use mtrs_testdc::{Cluster, DcId};
use mtrs_tl::mtproto::functions::{ReqDhParams, ReqPqMulti, SetClientDhParams};
use mtrs_tl::mtproto::types::{
    ClientDhInnerData, DhGenOk, PQInnerData, ResPq, ServerDhInnerData, ServerDhParamsOk,
};
use mtrs_tl::{Deserialize, Reader, Serialize};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::help;

use crate::client::{TestClient, rng};

fn be(v: u64) -> Vec<u8> {
    let bytes = v.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    bytes[skip..].to_vec()
}

#[tokio::test]
async fn key_exchange_with_the_older_rsa_scheme() {
    let cluster = Cluster::builder().dcs(1).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(1)).unwrap().addr();
    let mut c = TestClient::connect(addr, TransportKind::Abridged, false).await;

    let mut nonce = [0u8; 16];
    rng(&mut nonce);
    let res = ResPq::from_bytes(
        &c.plain_call(&ReqPqMulti { nonce }.to_bytes())
            .await
            .unwrap(),
    )
    .unwrap();
    assert_eq!(res.nonce, nonce);
    assert_eq!(
        res.server_public_key_fingerprints,
        [cluster.rsa_fingerprint()]
    );
    let pq = u64::from_be_bytes(
        std::iter::repeat_n(0, 8 - res.pq.len())
            .chain(res.pq.iter().copied())
            .collect::<Vec<_>>()
            .try_into()
            .unwrap(),
    );
    let factors = mtrs_crypto::pq::factorize(pq).unwrap();
    let (p, q) = (be(factors.p), be(factors.q));
    let mut new_nonce = [0u8; 32];
    rng(&mut new_nonce);
    let inner = PQInnerData {
        pq: res.pq.clone(),
        p: p.clone(),
        q: q.clone(),
        nonce,
        server_nonce: res.server_nonce,
        new_nonce,
    }
    .to_bytes();
    let mut padding = [0u8; 235];
    rng(&mut padding);
    let encrypted_data = cluster
        .rsa_public_key()
        .encrypt_legacy(&inner, &padding)
        .unwrap();
    let req = ReqDhParams {
        nonce,
        server_nonce: res.server_nonce,
        p,
        q,
        public_key_fingerprint: cluster.rsa_fingerprint(),
        encrypted_data: encrypted_data.to_vec(),
    };
    let ok = ServerDhParamsOk::from_bytes(&c.plain_call(&req.to_bytes()).await.unwrap()).unwrap();
    let tmp = exchange::tmp_aes_key_iv(&res.server_nonce, &new_nonce);
    let plain = exchange::decrypt_inner_data(&tmp, &ok.encrypted_answer).unwrap();
    let mut reader = Reader::new(&plain[20..]);
    let answer = ServerDhInnerData::deserialize(&mut reader).unwrap();
    exchange::verify_inner_data(&plain, reader.position()).unwrap();
    assert_eq!(
        (answer.nonce, answer.server_nonce),
        (nonce, res.server_nonce)
    );

    let group = DhGroup::new(answer.g, &answer.dh_prime).unwrap();
    let mut b = [0u8; 256];
    rng(&mut b);
    let g_b = group.public_value(&b, DhValue::GB).unwrap();
    let auth_key = group.auth_key(&answer.g_a, DhValue::GA, &b).unwrap();
    let client_inner = ClientDhInnerData {
        nonce,
        server_nonce: res.server_nonce,
        retry_id: 0,
        g_b: g_b.to_vec(),
    }
    .to_bytes();
    let mut pad = [0u8; 16];
    rng(&mut pad);
    let set = SetClientDhParams {
        nonce,
        server_nonce: res.server_nonce,
        encrypted_data: exchange::encrypt_inner_data(&tmp, &client_inner, &pad).unwrap(),
    };
    let done = DhGenOk::from_bytes(&c.plain_call(&set.to_bytes()).await.unwrap()).unwrap();
    assert_eq!(
        done.new_nonce_hash1,
        exchange::new_nonce_hash(&auth_key, &new_nonce, DhGenAnswer::Ok)
    );
    assert_eq!(cluster.counters(DcId::new(1)).key_exchanges, 1);

    let salt = Salt(i64::from_le_bytes(exchange::first_server_salt(
        &res.server_nonce,
        &new_nonce,
    )));
    c.start_session(auth_key, salt);
    let enums::NearestDc::NearestDc(n) = c.call(&help::GetNearestDc).await.unwrap();
    assert_eq!(n.this_dc, 1);
    cluster.shutdown().await;
}
