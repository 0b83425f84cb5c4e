//! Shared helpers: running `mtrs`, and the public session vectors in `tests/data`.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

/// The test data folder (copies of the project's public vectors).
pub fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Runs `mtrs` with `args`.
pub fn mtrs(args: &[&str]) -> Output {
    Command::cargo_bin("mtrs")
        .expect("the mtrs binary is built for tests")
        .args(args)
        .output()
        .expect("mtrs runs")
}

/// Runs `mtrs` and requires success; returns stdout.
pub fn ok(args: &[&str]) -> String {
    let out = mtrs(args);
    assert!(
        out.status.success(),
        "mtrs {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// Runs `mtrs` and requires failure with exit status 1; returns stderr.
pub fn fails(args: &[&str]) -> String {
    let out = mtrs(args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "mtrs {args:?} should fail; stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert!(stderr.lines().any(|l| l.starts_with("error: ")), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Runs `mtrs … --json` and parses stdout.
pub fn json(args: &[&str]) -> Value {
    let out = ok(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// Every vector of `vectors.json`.
pub fn vectors() -> Vec<Value> {
    let text = std::fs::read_to_string(data().join("vectors.json")).expect("vectors.json");
    let all: Value = serde_json::from_str(&text).expect("vectors.json is JSON");
    all["vectors"].as_array().expect("vectors").clone()
}

/// The vector with this id.
pub fn vector(id: &str) -> Value {
    vectors()
        .into_iter()
        .find(|v| v["id"] == id)
        .unwrap_or_else(|| panic!("no vector {id}"))
}

/// The CLI's format name for a vector's format.
pub fn cli_format(vector_format: &str) -> &'static str {
    match vector_format {
        "telethon-string" => "telethon",
        "pyrogram-string" => "pyrogram",
        "gramjs-string" => "gramjs",
        "mtcute-string" => "mtcute",
        "telethon-sqlite" => "telethon-file",
        "pyrogram-sqlite" => "pyrogram-file",
        "tdata" => "tdata",
        other => panic!("unknown vector format {other}"),
    }
}

/// The id of an auth key given as hex, as `inspect` shows it.
pub fn key_id(key_hex: &str) -> String {
    let bytes = hex::decode(key_hex).expect("hex key");
    mtrs_session::AuthKey::from_slice(&bytes)
        .expect("256-byte key")
        .id()
        .to_string()
}

/// Checks one inspected session (`got`) against a vector's `expected` record: every field
/// the format stores must match; a user id or api_id it does not store must not be
/// invented. With `secrets`, the key itself must be shown, otherwise it must be null.
pub fn check_fields(got: &Value, expected: &Value, secrets: bool, what: &str) {
    let key_hex = expected["auth_key_hex"].as_str().expect("auth_key_hex");
    assert_eq!(
        got["auth_key_id"],
        key_id(key_hex).as_str(),
        "{what}: auth_key_id"
    );
    if secrets {
        assert_eq!(got["auth_key"], key_hex, "{what}: auth_key");
    } else {
        assert!(got["auth_key"].is_null(), "{what}: auth_key must be hidden");
    }
    for field in [
        "dc_id",
        "server_address",
        "port",
        "user_id",
        "is_bot",
        "test_mode",
        "api_id",
    ] {
        let want = &expected[field];
        if !want.is_null() || matches!(field, "user_id" | "api_id") {
            assert_eq!(&got[field], want, "{what}: {field}");
        }
    }
}
