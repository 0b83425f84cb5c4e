//! Known-answer vectors (Telethon 1.45.0): every entry made only of mtproto.tl constructors.
//! bytes → value must render to the vector's JSON; value → bytes must give the bytes back.

use mtrs_tl::json::ToJson;
use mtrs_tl::mtproto::{enums, functions, types};
use mtrs_tl::{Deserialize, Serialize};
use serde_json::Value;

fn load() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/tl.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("tl.json")).expect("json")
}

/// Decodes `bytes` as `T`, renders it and serializes it back.
fn check<T: Deserialize + Serialize + ToJson>(bytes: &[u8]) -> (Value, Vec<u8>) {
    let v = T::from_bytes(bytes).expect("deserialize");
    let json = serde_json::from_str(&v.to_json()).expect("rendered JSON parses");
    (json, v.to_bytes())
}

/// JSON of a raw boxed mtproto object (rpc_result / container bodies).
fn raw_json(bytes: &[u8]) -> Option<Value> {
    let id = u32::from_le_bytes(bytes[..4].try_into().ok()?);
    let (json, back) = match mtrs_tl::mtproto::name_for_id(id)? {
        "rpc_error" => check::<enums::RpcError>(bytes),
        "ping" => check::<functions::Ping>(bytes),
        _ => return None,
    };
    assert_eq!(back, bytes);
    Some(json)
}

fn decode(name: &str, bytes: &[u8]) -> Option<(Value, Vec<u8>)> {
    Some(match name {
        "resPQ" => check::<enums::ResPQ>(bytes),
        "p_q_inner_data" | "p_q_inner_data_dc" | "p_q_inner_data_temp_dc" => {
            check::<enums::PQInnerData>(bytes)
        }
        "server_DH_params_ok" | "server_DH_params_fail" => check::<enums::ServerDHParams>(bytes),
        "server_DH_inner_data" => check::<enums::ServerDHInnerData>(bytes),
        "client_DH_inner_data" => check::<enums::ClientDHInnerData>(bytes),
        "dh_gen_ok" | "dh_gen_retry" | "dh_gen_fail" => {
            check::<enums::SetClientDHParamsAnswer>(bytes)
        }
        "req_pq_multi" => check::<functions::ReqPqMulti>(bytes),
        "req_DH_params" => check::<functions::ReqDhParams>(bytes),
        "set_client_DH_params" => check::<functions::SetClientDhParams>(bytes),
        "msgs_ack" => check::<enums::MsgsAck>(bytes),
        "bad_msg_notification" | "bad_server_salt" => check::<enums::BadMsgNotification>(bytes),
        "msgs_state_req" => check::<enums::MsgsStateReq>(bytes),
        "msg_detailed_info" | "msg_new_detailed_info" => check::<enums::MsgDetailedInfo>(bytes),
        "msg_resend_req" => check::<enums::MsgResendReq>(bytes),
        "rpc_error" => check::<enums::RpcError>(bytes),
        "rpc_answer_dropped" => check::<enums::RpcDropAnswer>(bytes),
        "future_salt" => check::<enums::FutureSalt>(bytes),
        "future_salts" => check::<enums::FutureSalts>(bytes),
        "pong" => check::<enums::Pong>(bytes),
        "destroy_session_ok" | "destroy_session_none" => check::<enums::DestroySessionRes>(bytes),
        "new_session_created" => check::<enums::NewSession>(bytes),
        "http_wait" => check::<enums::HttpWait>(bytes),
        "help.configSimple" => check::<enums::help::ConfigSimple>(bytes),
        "rpc_drop_answer" => check::<functions::RpcDropAnswer>(bytes),
        "get_future_salts" => check::<functions::GetFutureSalts>(bytes),
        "ping" => check::<functions::Ping>(bytes),
        "ping_delay_disconnect" => check::<functions::PingDelayDisconnect>(bytes),
        "destroy_session" => check::<functions::DestroySession>(bytes),
        "rpc_result" => {
            let v = types::RpcResult::from_bytes(bytes).expect("rpc_result");
            let json = serde_json::json!({
                "_": "rpc_result",
                "req_msg_id": v.req_msg_id.to_string(),
                "result": raw_json(&v.result)?,
            });
            (json, v.to_bytes())
        }
        "msg_container" => {
            let v = types::MsgContainer::from_bytes(bytes).expect("msg_container");
            let mut msgs = Vec::new();
            for m in &v.messages {
                msgs.push(serde_json::json!({
                    "msg_id": m.msg_id.to_string(),
                    "seqno": m.seqno,
                    "bytes": m.body.len(),
                    "body": raw_json(&m.body)?,
                }));
            }
            (
                serde_json::json!({"_": "msg_container", "messages": msgs}),
                v.to_bytes(),
            )
        }
        "gzip_packed" => {
            let v = types::GzipPacked::from_bytes(bytes).expect("gzip_packed");
            let json = serde_json::json!({
                "_": "gzip_packed",
                "packed_data": {"hex": hex::encode(&v.packed_data)},
            });
            (json, v.to_bytes())
        }
        _ => return None,
    })
}

/// JSON equality, except that our `{"hex": h}` equals Telethon's string `s` when `h` is the hex
/// of `s`'s UTF-8: the schemas disagree on `bytes` vs `string` for a few fields that are the
/// same on the wire (`accessPointRule.phone_prefix_rules` is `bytes` in our mtproto.tl).
fn same(ours: &Value, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Value::Object(a), Value::String(s)) if a.len() == 1 => {
            a.get("hex").and_then(Value::as_str) == Some(hex::encode(s.as_bytes()).as_str())
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len() && a.iter().all(|(k, v)| b.get(k).is_some_and(|w| same(v, w)))
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => ours == theirs,
    }
}

#[test]
fn mtproto_vectors() {
    let data = load();
    let mut tested = 0;
    let mut names = Vec::new();
    for v in data["vectors"].as_array().expect("vectors") {
        let id = v["id"].as_str().expect("id");
        let name = v["constructor"].as_str().expect("constructor");
        let used = v["constructors_used"]
            .as_array()
            .expect("constructors_used");
        let mtproto_only = used.iter().all(|c| {
            let c = u32::from_str_radix(c.as_str().expect("hex"), 16).expect("hex id");
            mtrs_tl::name_for_id(c).is_some()
        });
        if !mtproto_only {
            continue;
        }
        let bytes = hex::decode(v["bytes"].as_str().expect("bytes")).expect("hex");
        let (json, back) = decode(name, &bytes)
            .unwrap_or_else(|| panic!("{id}: mtproto constructor {name} not covered by the test"));
        assert!(
            same(&json, &v["value"]),
            "{id}: bytes -> value\n ours: {json}\n want: {}",
            v["value"]
        );
        if v["direction"] == "both" {
            assert_eq!(
                hex::encode(&back),
                hex::encode(&bytes),
                "{id}: value -> bytes"
            );
        }
        tested += 1;
        names.push(id.to_owned());
    }
    // 50 entries of the set use mtproto.tl constructors only (the container and gzip entries
    // carry API objects: crates/mtrs-tl-api/tests/vectors.rs covers them).
    assert_eq!(tested, 50, "mtproto vectors tested: {names:?}");
    eprintln!("{tested} mtproto vectors passed");
}
