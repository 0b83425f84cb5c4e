//! Loading the vector files copied into `tests/data/`.

use serde_json::Value;

/// Parses `tests/data/<name>`.
pub fn load(name: &str) -> Value {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Decodes the hex string at `v`.
pub fn hex(v: &Value) -> Vec<u8> {
    let s = v.as_str().unwrap_or_else(|| panic!("not a string: {v}"));
    hex::decode(s).unwrap_or_else(|e| panic!("bad hex {s}: {e}"))
}

/// Reads a signed decimal string (as Telethon holds 64-bit numbers).
pub fn i64_str(v: &Value) -> i64 {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an i64 string: {v}"))
}

/// Decodes the hex string at `v` into a fixed-size array.
pub fn arr<const N: usize>(v: &Value) -> [u8; N] {
    hex(v)
        .try_into()
        .unwrap_or_else(|b: Vec<u8>| panic!("want {N} bytes, got {}", b.len()))
}
