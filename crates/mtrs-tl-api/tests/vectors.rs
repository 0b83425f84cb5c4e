//! Known-answer vectors (Telethon 1.45.0, layer 229) for the API layer: every entry that uses an
//! api.tl constructor. bytes → value must render to the vector's JSON; value → bytes must give
//! the bytes back (entries with `direction` = `both`). The entries made only of mtproto.tl
//! constructors are tested in `crates/mtrs-tl/tests/vectors.rs`; together the two files cover
//! all 100 entries (none is skipped: every id the set uses exists in our layer 230).

use mtrs_tl::json::{JsonWriter, ToJson};
use mtrs_tl::mtproto::types::{GzipPacked, MsgContainer, RpcResult};
use mtrs_tl::{Deserialize, DeserializeError, Identifiable, Reader, Serialize};
use mtrs_tl_api::{enums, functions};
use serde_json::Value;

fn load() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../mtrs-tl/tests/vectors/tl.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("tl.json")).expect("json")
}

/// A query inside the `invoke*` wrappers of the vectors (their `!X`).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
enum AnyQuery {
    Ping(mtrs_tl::mtproto::functions::Ping),
    GetFutureSalts(mtrs_tl::mtproto::functions::GetFutureSalts),
    GetState(functions::updates::GetState),
    ExportAuthorization(functions::auth::ExportAuthorization),
    GetUsers(functions::users::GetUsers),
    GetConfig(functions::help::GetConfig),
    UpdateStatus(functions::account::UpdateStatus),
    GetNearestDc(functions::help::GetNearestDc),
    ImportAuthorization(functions::auth::ImportAuthorization),
    ImportBotAuthorization(functions::auth::ImportBotAuthorization),
    ResolveUsername(functions::contacts::ResolveUsername),
    DeleteMessages(functions::messages::DeleteMessages),
    SendMessage(functions::messages::SendMessage),
    GetFile(functions::upload::GetFile),
    PingDelayDisconnect(mtrs_tl::mtproto::functions::PingDelayDisconnect),
    InitConnection(Box<functions::InitConnection<AnyQuery>>),
    InvokeAfterMsg(Box<functions::InvokeAfterMsg<AnyQuery>>),
}

macro_rules! any_query {
    ($($v:ident($t:ty, $wrap:expr)),* $(,)?) => {
        impl Deserialize for AnyQuery {
            fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
                let id = r.peek_u32()?;
                $(if id == <$t>::CONSTRUCTOR_ID {
                    return Ok(Self::$v($wrap(<$t>::deserialize(r)?)));
                })*
                Err(DeserializeError::UnknownConstructor { id, expected: "AnyQuery" })
            }
        }
        impl Serialize for AnyQuery {
            fn serialize(&self, buf: &mut Vec<u8>) {
                match self { $(Self::$v(x) => x.serialize(buf),)* }
            }
        }
        impl ToJson for AnyQuery {
            fn write_json(&self, w: &mut JsonWriter) {
                match self { $(Self::$v(x) => x.write_json(w),)* }
            }
        }
    };
}

fn id<T>(x: T) -> T {
    x
}

any_query!(
    Ping(mtrs_tl::mtproto::functions::Ping, id),
    GetFutureSalts(mtrs_tl::mtproto::functions::GetFutureSalts, id),
    GetState(functions::updates::GetState, id),
    ExportAuthorization(functions::auth::ExportAuthorization, id),
    GetUsers(functions::users::GetUsers, id),
    GetConfig(functions::help::GetConfig, id),
    UpdateStatus(functions::account::UpdateStatus, id),
    GetNearestDc(functions::help::GetNearestDc, id),
    ImportAuthorization(functions::auth::ImportAuthorization, id),
    ImportBotAuthorization(functions::auth::ImportBotAuthorization, id),
    ResolveUsername(functions::contacts::ResolveUsername, id),
    DeleteMessages(functions::messages::DeleteMessages, id),
    SendMessage(functions::messages::SendMessage, id),
    GetFile(functions::upload::GetFile, id),
    PingDelayDisconnect(mtrs_tl::mtproto::functions::PingDelayDisconnect, id),
    InitConnection(functions::InitConnection<AnyQuery>, Box::new),
    InvokeAfterMsg(functions::InvokeAfterMsg<AnyQuery>, Box::new),
);

fn check<T: Deserialize + Serialize + ToJson>(bytes: &[u8]) -> (Value, Vec<u8>) {
    let v = T::from_bytes(bytes).expect("deserialize");
    let json = serde_json::from_str(&v.to_json()).expect("rendered JSON parses");
    (json, v.to_bytes())
}

/// JSON of a raw boxed object inside rpc_result / msg_container.
fn raw_json(bytes: &[u8]) -> Value {
    let id = u32::from_le_bytes(bytes[..4].try_into().expect("id"));
    let (json, back) = match mtrs_tl::name_for_id(id).or(mtrs_tl_api::name_for_id(id)) {
        Some("rpc_error") => check::<mtrs_tl::mtproto::enums::RpcError>(bytes),
        Some("updates.state") => check::<enums::updates::State>(bytes),
        _ => check::<AnyQuery>(bytes),
    };
    assert_eq!(back, bytes);
    json
}

fn decode(name: &str, bytes: &[u8]) -> Option<(Value, Vec<u8>)> {
    Some(match name {
        "invokeAfterMsg" => check::<functions::InvokeAfterMsg<AnyQuery>>(bytes),
        "invokeWithLayer" => check::<functions::InvokeWithLayer<AnyQuery>>(bytes),
        "contacts.resolvedPeer" => check::<enums::contacts::ResolvedPeer>(bytes),
        "messages.deleteMessages" => check::<functions::messages::DeleteMessages>(bytes),
        "geoPoint" => check::<enums::GeoPoint>(bytes),
        "dataJSON" => check::<enums::DataJSON>(bytes),
        "upload.file" => check::<enums::upload::File>(bytes),
        "inputPeerNotifySettings" => check::<enums::InputPeerNotifySettings>(bytes),
        "config" => check::<enums::Config>(bytes),
        "dcOption" => check::<enums::DcOption>(bytes),
        "user" => check::<enums::User>(bytes),
        "channel" => check::<enums::Chat>(bytes),
        "auth.authorization" => check::<enums::auth::Authorization>(bytes),
        "auth.importBotAuthorization" => check::<functions::auth::ImportBotAuthorization>(bytes),
        "auth.exportedAuthorization" => check::<enums::auth::ExportedAuthorization>(bytes),
        "auth.importAuthorization" => check::<functions::auth::ImportAuthorization>(bytes),
        "users.getUsers" => check::<functions::users::GetUsers>(bytes),
        "contacts.resolveUsername" => check::<functions::contacts::ResolveUsername>(bytes),
        "upload.getFile" => check::<functions::upload::GetFile>(bytes),
        "updates.state" => check::<enums::updates::State>(bytes),
        "nearestDc" => check::<enums::NearestDc>(bytes),
        "messages.sendMessage" => check::<functions::messages::SendMessage>(bytes),
        "rpc_result" => {
            let v = RpcResult::from_bytes(bytes).expect("rpc_result");
            let json = serde_json::json!({
                "_": "rpc_result",
                "req_msg_id": v.req_msg_id.to_string(),
                "result": raw_json(&v.result),
            });
            (json, v.to_bytes())
        }
        "msg_container" => {
            let v = MsgContainer::from_bytes(bytes).expect("msg_container");
            let msgs: Vec<Value> = v
                .messages
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "msg_id": m.msg_id.to_string(),
                        "seqno": m.seqno,
                        "bytes": m.body.len(),
                        "body": raw_json(&m.body),
                    })
                })
                .collect();
            (
                serde_json::json!({"_": "msg_container", "messages": msgs}),
                v.to_bytes(),
            )
        }
        "gzip_packed" => {
            let v = GzipPacked::from_bytes(bytes).expect("gzip_packed");
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
/// of `s` (schemas that disagree on `bytes` vs `string`: same wire form), and layer-230-only
/// `true` flags may be present as `false`.
fn same(ours: &Value, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Value::Object(a), Value::String(s)) if a.len() == 1 => {
            a.get("hex").and_then(Value::as_str) == Some(hex::encode(s.as_bytes()).as_str())
        }
        (Value::Object(a), Value::Object(b)) => {
            b.keys().all(|k| a.contains_key(k))
                && a.iter().all(|(k, v)| match b.get(k) {
                    Some(w) => same(v, w),
                    // A `flags.N?true` field that layer 230 added to a constructor without
                    // changing its id (true flags are not part of the CRC), e.g. `username`'s
                    // `deletable` / `expired`: Telethon's layer 229 does not know it, so it
                    // must be unset here.
                    None => *v == Value::Bool(false),
                })
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        _ => ours == theirs,
    }
}

fn known(id: u32) -> bool {
    mtrs_tl::name_for_id(id).is_some() || mtrs_tl_api::name_for_id(id).is_some()
}

#[test]
fn api_vectors() {
    let data = load();
    let (mut tested, mut skipped, mut mtproto_only) = (0, 0, 0);
    for v in data["vectors"].as_array().expect("vectors") {
        let id = v["id"].as_str().expect("id");
        let name = v["constructor"].as_str().expect("constructor");
        let used: Vec<u32> = v["constructors_used"]
            .as_array()
            .expect("constructors_used")
            .iter()
            .map(|c| u32::from_str_radix(c.as_str().expect("hex"), 16).expect("hex id"))
            .collect();
        if !used.iter().all(|&c| known(c)) {
            eprintln!("skipped {id}: a constructor is not in our layer");
            skipped += 1;
            continue;
        }
        if used.iter().all(|&c| mtrs_tl::name_for_id(c).is_some()) {
            mtproto_only += 1; // crates/mtrs-tl/tests/vectors.rs
            continue;
        }
        let bytes = hex::decode(v["bytes"].as_str().expect("bytes")).expect("hex");
        let (json, back) =
            decode(name, &bytes).unwrap_or_else(|| panic!("{id}: {name} not covered by the test"));
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
        if let Some(unpacked) = v.get("unpacked") {
            let packed = GzipPacked::from_bytes(&bytes)
                .expect("gzip_packed")
                .packed_data;
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&packed[..]), &mut out)
                .expect("gunzip");
            assert_eq!(
                hex::encode(&out),
                unpacked["bytes"].as_str().expect("unpacked hex")
            );
            let inner = check::<enums::DataJSON>(&out);
            assert_eq!(inner.1, out);
        }
        tested += 1;
    }
    eprintln!(
        "{tested} API vectors passed, {mtproto_only} mtproto-only (other test), {skipped} skipped"
    );
    assert_eq!((tested, mtproto_only, skipped), (50, 50, 0));
}
