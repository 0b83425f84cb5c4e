use mtrs_crypto::pq;

use crate::data::{crypto, hex, s, samples};

#[test]
fn telethon_factorizations() {
    let all = crypto();
    let vectors = all["pq_factorization"]["vectors"].as_array().unwrap();
    assert_eq!(vectors.len(), 10);
    for v in vectors {
        let n: u64 = s(v, "pq").parse().unwrap();
        let f = pq::factorize_be(&hex(v, "pq_bytes")).unwrap();
        assert_eq!(f.p.to_string(), s(v, "p"), "{n}");
        assert_eq!(f.q.to_string(), s(v, "q"), "{n}");
        assert_eq!(f.p_bytes(), hex(v, "p_bytes"));
        assert_eq!(f.q_bytes(), hex(v, "q_bytes"));
        assert_eq!(pq::factorize(n).unwrap(), f);
    }
}

#[test]
fn official_sample_pq() {
    let all = samples();
    let s24 = &all["sample_2024_rsa_pad"];
    let f = pq::factorize(s24["pq_dec"].as_u64().unwrap()).unwrap();
    assert_eq!(f.p, s24["p_dec"].as_u64().unwrap());
    assert_eq!(f.q, s24["q_dec"].as_u64().unwrap());
    let s13 = &all["sample_2013_legacy"];
    let f = pq::factorize_be(&hex(s13, "pq")).unwrap();
    assert_eq!(f.p_bytes(), hex(s13, "p"));
    assert_eq!(f.q_bytes(), hex(s13, "q"));
}
