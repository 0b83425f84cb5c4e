//! The runtime's primitives, errors and hand-written service constructors.

use mtrs_tl::mtproto::{enums, functions, types};
use mtrs_tl::{
    Deserialize, DeserializeError, Identifiable, MAX_DEPTH, Reader, RemoteCall, Serialize, TlString,
};

fn rt<T: Serialize + Deserialize + PartialEq + std::fmt::Debug>(v: T) -> Vec<u8> {
    let b = v.to_bytes();
    assert_eq!(T::from_bytes(&b).expect("round trip"), v);
    b
}

#[test]
fn ints_are_little_endian() {
    assert_eq!(rt(-2i32), [0xfe, 0xff, 0xff, 0xff]);
    assert_eq!(rt(1i64), [1, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(rt(1.0f64), 1.0f64.to_le_bytes());
    assert_eq!(rt([7u8; 16]), [7u8; 16]);
    assert_eq!(rt([9u8; 32]), [9u8; 32]);
}

#[test]
fn bytes_length_forms_and_padding() {
    for len in [0usize, 1, 2, 3, 4, 5, 253, 254, 255, 256, 300, 70_000] {
        let data: Vec<u8> = (0..len).map(|i| i as u8).collect();
        let b = rt(data.clone());
        assert_eq!(b.len() % 4, 0, "len {len}");
        if len < 254 {
            assert_eq!(b[0] as usize, len);
            assert_eq!(&b[1..=len], &data[..]);
        } else {
            assert_eq!(b[0], 254);
            assert_eq!(
                b[1] as usize | (b[2] as usize) << 8 | (b[3] as usize) << 16,
                len
            );
            assert_eq!(&b[4..4 + len], &data[..]);
        }
        assert!(
            b[if len < 254 { 1 + len } else { 4 + len }..]
                .iter()
                .all(|&x| x == 0)
        );
    }
}

#[test]
fn strings_keep_invalid_utf8() {
    let s = TlString::from_bytes(vec![0xff, b'a', 0xc3]);
    let b = rt(s.clone());
    assert_eq!(b, [3, 0xff, b'a', 0xc3]);
    assert_eq!(s.as_str(), None);
    assert_eq!(s.to_str_lossy(), "\u{fffd}a\u{fffd}");
    let ok = TlString::from("héllo");
    assert_eq!(ok, "héllo");
    assert_eq!(ok.as_str(), Some("héllo"));
    assert_eq!(format!("{ok:?}"), "\"héllo\"");
}

#[test]
fn bool_and_vectors() {
    assert_eq!(rt(true), 0x9972_75b5u32.to_le_bytes());
    assert_eq!(rt(false), 0xbc79_9737u32.to_le_bytes());
    assert!(matches!(
        bool::from_bytes(&[1, 2, 3, 4]),
        Err(DeserializeError::UnknownConstructor {
            id: 0x0403_0201,
            expected: "Bool"
        })
    ));
    let b = rt(vec![1i64, -1]);
    assert_eq!(&b[..8], &[0x15, 0xc4, 0xb5, 0x1c, 2, 0, 0, 0]);
    rt(vec![vec![1i32], vec![]]);
    rt(vec![TlString::from("a"), TlString::from("")]);
}

#[test]
fn truncated_input_is_an_error() {
    let full = functions::ReqPqMulti { nonce: [1; 16] }.to_bytes();
    for n in 0..full.len() {
        assert!(matches!(
            functions::ReqPqMulti::from_bytes(&full[..n]),
            Err(DeserializeError::UnexpectedEof { .. })
        ));
    }
    let mut long = full.clone();
    long.push(0);
    assert_eq!(
        functions::ReqPqMulti::from_bytes(&long),
        Err(DeserializeError::TrailingBytes { count: 1 })
    );
}

#[test]
fn bogus_lengths_are_rejected_before_allocating() {
    // Vector<long> claiming 2^31-1 elements.
    let mut b = 0x1cb5_c415u32.to_le_bytes().to_vec();
    b.extend_from_slice(&i32::MAX.to_le_bytes());
    assert!(matches!(
        Vec::<i64>::from_bytes(&b),
        Err(DeserializeError::InvalidLength { .. })
    ));
    // Negative count.
    b[4..8].copy_from_slice(&(-1i32).to_le_bytes());
    assert!(matches!(
        Vec::<i64>::from_bytes(&b),
        Err(DeserializeError::InvalidLength { .. })
    ));
    // bytes of 254-form length past the end.
    assert!(matches!(
        Vec::<u8>::from_bytes(&[254, 0xff, 0xff, 0x00]),
        Err(DeserializeError::InvalidLength { .. })
    ));
}

#[test]
fn unknown_constructor_reports_the_id() {
    let err = enums::ResPQ::from_bytes(&0xdead_beefu32.to_le_bytes()).unwrap_err();
    assert_eq!(
        err,
        DeserializeError::UnknownConstructor {
            id: 0xdead_beef,
            expected: "ResPQ"
        }
    );
    assert!(err.to_string().contains("0xdeadbeef"));
}

#[test]
fn depth_is_limited() {
    let mut r = Reader::new(&[]);
    for _ in 0..MAX_DEPTH {
        r.enter().expect("within limit");
    }
    assert_eq!(r.enter(), Err(DeserializeError::TooDeep));
}

#[test]
fn names_and_ids() {
    assert_eq!(functions::ReqPqMulti::CONSTRUCTOR_ID, 0xbe7e_8ef1);
    assert_eq!(functions::ReqPqMulti::NAME, "req_pq_multi");
    assert_eq!(mtrs_tl::name_for_id(0xbe7e_8ef1), Some("req_pq_multi"));
    assert_eq!(mtrs_tl::name_for_id(0xf35c_6d01), Some("rpc_result"));
    assert_eq!(mtrs_tl::name_for_id(0x1cb5_c415), Some("vector"));
    assert_eq!(mtrs_tl::name_for_id(0), None);
    let v = enums::ResPQ::ResPq(types::ResPq {
        nonce: [0; 16],
        server_nonce: [1; 16],
        pq: vec![1, 2, 3],
        server_public_key_fingerprints: vec![42],
    });
    assert_eq!(v.constructor_id(), 0x0516_2463);
    assert_eq!(v.constructor_name(), "resPQ");
    rt(v);
}

#[test]
fn remote_call_return_types() {
    fn ret<F: RemoteCall>(_: &F) -> &'static str {
        std::any::type_name::<F::Return>()
    }
    assert!(ret(&functions::ReqPqMulti { nonce: [0; 16] }).ends_with("enums::ResPQ"));
    assert!(ret(&functions::Ping { ping_id: 1 }).ends_with("enums::Pong"));
}

#[test]
fn service_constructors_keep_raw_bodies() {
    let inner = functions::Ping { ping_id: 5 }.to_bytes();
    let rpc = types::RpcResult {
        req_msg_id: 9,
        result: inner.clone(),
    };
    let b = rt(rpc);
    assert_eq!(&b[..4], &0xf35c_6d01u32.to_le_bytes());
    assert_eq!(&b[12..], &inner[..]);

    let c = types::MsgContainer {
        messages: vec![
            types::Message {
                msg_id: 1,
                seqno: 1,
                body: inner.clone(),
            },
            types::Message {
                msg_id: 2,
                seqno: 3,
                body: vec![],
            },
        ],
    };
    let b = rt(c);
    assert_eq!(&b[..8], &[0xdc, 0xf8, 0xf1, 0x73, 2, 0, 0, 0]);
    // A body length past the end is an error, not a panic.
    let mut bad = b.clone();
    bad[20..24].copy_from_slice(&1000i32.to_le_bytes());
    assert!(types::MsgContainer::from_bytes(&bad).is_err());

    rt(types::GzipPacked {
        packed_data: vec![1, 2, 3, 4, 5],
    });
}

#[test]
fn bare_vector_of_bare_constructors() {
    let v = types::FutureSalts {
        req_msg_id: 1,
        now: 2,
        salts: vec![types::FutureSalt {
            valid_since: 3,
            valid_until: 4,
            salt: 5,
        }],
    };
    let b = rt(v);
    // id, req_msg_id, now, count (no vector id), then the bare salt (no constructor id).
    assert_eq!(b.len(), 4 + 8 + 4 + 4 + 16);
    assert_eq!(&b[16..20], &1u32.to_le_bytes());
}
