//! Integration tests of mtrs-session-convert: the shared vectors (copied into `tests/data`),
//! the recorded conversions, round trips and property tests.

mod conversions;
mod hostile;
mod props;
mod roundtrip;
mod sqlite;
mod tdata;
mod vectors;

use std::path::PathBuf;

use serde_json::{Value, json};

use mtrs_session_convert::{GramjsString, MtcuteDc, MtcuteString, PyrogramString, TelethonString};

/// The folder holding `vectors.json` and the files it references.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The parsed `vectors.json`.
pub fn vectors_json() -> Value {
    let text = std::fs::read_to_string(data_dir().join("vectors.json"))
        .expect("vectors.json is checked in");
    serde_json::from_str(&text).expect("vectors.json is valid JSON")
}

/// Every vector object.
pub fn vectors() -> Vec<Value> {
    vectors_json()["vectors"]
        .as_array()
        .expect("vectors is an array")
        .clone()
}

/// Every recorded conversion.
pub fn conversions() -> Vec<Value> {
    vectors_json()["conversions"]
        .as_array()
        .expect("conversions is an array")
        .clone()
}

/// The vector with this id.
pub fn vector(id: &str) -> Value {
    vectors()
        .into_iter()
        .find(|v| v["id"] == id)
        .unwrap_or_else(|| panic!("no vector {id}"))
}

/// The canonical record (vectors.json `expected` shape) of each typed record.
pub fn telethon_record(t: &TelethonString) -> Value {
    json!({
        "dc_id": t.dc_id, "server_address": t.ip.to_string(), "port": t.port,
        "auth_key_hex": hex::encode(t.auth_key.as_bytes()),
        "user_id": null, "is_bot": null, "test_mode": null, "api_id": null,
    })
}

/// See [`telethon_record`].
pub fn pyrogram_record(p: &PyrogramString) -> Value {
    json!({
        "dc_id": p.dc_id, "server_address": null, "port": null,
        "auth_key_hex": hex::encode(p.auth_key.as_bytes()),
        "user_id": p.user_id, "is_bot": p.is_bot, "test_mode": p.test_mode, "api_id": p.api_id,
    })
}

/// See [`telethon_record`].
pub fn gramjs_record(g: &GramjsString) -> Value {
    json!({
        "dc_id": g.dc_id, "server_address": g.address, "port": g.port,
        "auth_key_hex": hex::encode(g.auth_key.as_bytes()),
        "user_id": null, "is_bot": null, "test_mode": null, "api_id": null,
    })
}

fn mtcute_dc(d: &MtcuteDc) -> Value {
    json!({"id": d.id, "ip": d.ip, "port": d.port, "ipv6": d.ipv6, "media_only": d.media_only, "test_mode": d.test_mode})
}

/// The mtcute detail object (`expected.mtcute` / `output_fields`), without `version` and
/// `outer_test_mode`, which callers compare separately.
pub fn mtcute_detail(m: &MtcuteString) -> Value {
    json!({
        "main_dc": mtcute_dc(&m.primary),
        "media_dc": mtcute_dc(m.media.as_ref().unwrap_or(&m.primary)),
        "self": m.this.map(|s| json!({"user_id": s.user_id, "is_bot": s.is_bot})),
        "auth_key_hex": hex::encode(m.auth_key.as_bytes()),
    })
}

/// See [`telethon_record`].
pub fn mtcute_record(m: &MtcuteString) -> Value {
    json!({
        "dc_id": m.primary.id, "server_address": m.primary.ip, "port": m.primary.port,
        "auth_key_hex": hex::encode(m.auth_key.as_bytes()),
        "user_id": m.this.map(|s| s.user_id), "is_bot": m.this.map(|s| s.is_bot),
        "test_mode": m.primary.test_mode, "api_id": null,
    })
}

/// `value` without the listed keys (for comparing the parts of a record that are checkable).
pub fn without(value: &Value, keys: &[&str]) -> Value {
    let mut v = value.clone();
    if let Some(o) = v.as_object_mut() {
        for k in keys {
            o.remove(*k);
        }
    }
    v
}
