//! Fuzzes TL deserialization of every boxed type of the API and mtproto layers, plus the
//! hand-written service constructors.
//!
//! Input: two bytes pick the type, the rest is the encoding. Deserialization must never panic;
//! whenever it succeeds, value → bytes → value → bytes must give the same bytes back.
//!
//! Run: `cargo +nightly fuzz run tl_deserialize` (from the repository root).

#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_tl::{Deserialize, Serialize};

fn check<T: Deserialize + Serialize + PartialEq + std::fmt::Debug>(bytes: &[u8]) {
    if let Ok(v) = T::from_bytes(bytes) {
        let again = v.to_bytes();
        let v2 = T::from_bytes(&again).expect("re-serialized value must deserialize");
        // Compared as bytes, not with `==`: a `double` may be NaN, and NaN != NaN under the
        // derived `PartialEq`, although the value went through unchanged (bits included).
        assert_eq!(
            again,
            v2.to_bytes(),
            "value -> bytes -> value changed the value: {v:?} became {v2:?}"
        );
    }
}

type Check = fn(&[u8]);

macro_rules! table {
    ($(($name:expr, $t:ty)),* $(,)?) => {
        pub const TABLE: &[(&str, super::Check)] = &[$(($name, super::check::<$t>)),*];
    };
}

mod api {
    include!("../../crates/mtrs-tl-api/tests/generated/api_types.rs");
    boxed_types!(table);
}

mod mtproto {
    include!("../../crates/mtrs-tl-api/tests/generated/mtproto_types.rs");
    boxed_types!(table);
}

const SERVICE: &[(&str, Check)] = &[
    ("RpcResult", check::<mtrs_tl::mtproto::types::RpcResult>),
    ("MsgContainer", check::<mtrs_tl::mtproto::types::MsgContainer>),
    ("GzipPacked", check::<mtrs_tl::mtproto::types::GzipPacked>),
];

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let pick = usize::from(u16::from_le_bytes([data[0], data[1]]));
    let body = &data[2..];
    let n = api::TABLE.len() + mtproto::TABLE.len() + SERVICE.len();
    let i = pick % n;
    let f = if i < api::TABLE.len() {
        api::TABLE[i].1
    } else if i < api::TABLE.len() + mtproto::TABLE.len() {
        mtproto::TABLE[i - api::TABLE.len()].1
    } else {
        SERVICE[i - api::TABLE.len() - mtproto::TABLE.len()].1
    };
    f(body);
});
