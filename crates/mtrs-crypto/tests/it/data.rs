//! Loading the vector files under `tests/data/`.

use std::path::PathBuf;

use serde_json::Value;

pub fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(rel)
}

pub fn json(rel: &str) -> Value {
    let text = std::fs::read_to_string(path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// `crypto.json` (Telethon 1.45.0's own code).
pub fn crypto() -> Value {
    json("crypto.json")
}

/// `mtproto-auth-key-samples.json` (core.telegram.org's samples).
pub fn samples() -> Value {
    json("mtproto-auth-key-samples.json")
}

/// The string field `key` of `v`.
pub fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("missing string field {key}"))
}

/// Hex field `key` of `v`, decoded (upper or lower case).
pub fn hex(v: &Value, key: &str) -> Vec<u8> {
    unhex(s(v, key))
}

pub fn unhex(text: &str) -> Vec<u8> {
    hex::decode(text).unwrap_or_else(|e| panic!("bad hex {text:.20}: {e}"))
}

pub fn arr<const N: usize>(bytes: &[u8]) -> [u8; N] {
    bytes
        .try_into()
        .unwrap_or_else(|_| panic!("expected {N} bytes, got {}", bytes.len()))
}

pub fn auth_key(bytes: &[u8]) -> mtrs_crypto::AuthKey {
    mtrs_crypto::AuthKey::from_slice(bytes).expect("256-byte auth key")
}
