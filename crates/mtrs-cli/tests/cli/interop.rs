//! Telethon (a real client written by others) against `mtrs testdc serve`, configured only
//! from the server's JSON line; then its session file goes through `mtrs session` and
//! back into Telethon, still signed in.
//!
//! The interpreter comes from `MTRS_INTEROP_PYTHON` (`.ci/run` makes a venv from
//! `tests/interop/requirements.txt`). Unset: the test is skipped, except with `CI=true`.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::common::{json as run_json, ok};
use super::testdc_serve::Server;

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/interop/{name}"))
}

fn telethon(python: &str, config: &Path, phase: &str) -> Value {
    run_script(python, "telethon_roundtrip.py", config, phase)
}

fn kurigram(python: &str, config: &Path, phase: &str) -> Value {
    run_script(python, "kurigram_roundtrip.py", config, phase)
}

fn run_script(python: &str, name: &str, config: &Path, phase: &str) -> Value {
    run_python(python, name, &[config.as_os_str(), phase.as_ref()])
}

/// Runs the interop script `name` with `args`; its one JSON line, or a failure with its
/// output.
fn run_python(python: &str, name: &str, args: &[&std::ffi::OsStr]) -> Value {
    let out = Command::new(python)
        .arg(script(name))
        .args(args)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{name} {args:?} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{args:?}: {stdout:?}: {e}"))
}

/// The interop interpreter, or `None` (skip) when it is not configured outside CI.
fn python() -> Option<String> {
    match std::env::var("MTRS_INTEROP_PYTHON") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "MTRS_INTEROP_PYTHON is unset but CI=true: the interop tests must run"
            );
            eprintln!(
                "skipped: set MTRS_INTEROP_PYTHON to a Python with tests/interop/requirements.txt"
            );
            None
        }
    }
}

/// The client config the interop scripts read, built from the server's JSON line only.
fn script_config(info: &Value, dir: &Path) -> Value {
    let bot = info["bots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["home_dc"] != 2)
        .expect("a bot away from DC 2")
        .clone();
    let file = info["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["dc_id"] != bot["home_dc"])
        .expect("a file away from the bot's DC")
        .clone();
    let user = info["users"][0].clone();
    let dcs: Vec<Value> = info["dcs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["media_only"] != true)
        .map(|d| json!({ "id": d["id"], "ip": d["host"], "port": d["port"] }))
        .collect();
    json!({
        "dcs": dcs,
        "start_dc": 2,
        "rsa_public_key_pem": info["rsa_public_key_pem"],
        "bot_token": bot["token"],
        "bot_id": bot["user_id"],
        "api_id": 4242,
        "api_hash": "0123456789abcdef0123456789abcdef",
        "username": user["username"],
        "username_id": user["user_id"],
        "file": {
            "id": file["location"]["id"],
            "access_hash": file["location"]["access_hash"],
            "file_reference": file["location"]["file_reference"],
            "dc_id": file["dc_id"],
            "size": file["size"],
        },
        "file_sha256": file["sha256"],
        "home_dc": bot["home_dc"],
        "workdir": dir.to_str().unwrap(),
        "download_to": dir.join("download.bin").to_str().unwrap(),
    })
}

fn write_config(dir: &Path, name: &str, config: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, config.to_string()).unwrap();
    path
}

/// The sum of one counter over every DC, read through the control interface.
fn control_total(info: &Value, field: &str) -> u64 {
    use std::io::{BufRead, BufReader, Write};
    let addr = info["control"].as_str().expect("control address");
    let stream = std::net::TcpStream::connect(addr).unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    let mut total = 0;
    for dc in 1..=3 {
        writeln!(writer, "{}", json!({"cmd": "counters", "dc": dc})).unwrap();
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        let answer: Value = serde_json::from_str(&line).unwrap();
        total += answer["counters"][field]
            .as_u64()
            .unwrap_or_else(|| panic!("{field} in {answer}"));
    }
    total
}

/// Another library's session and Telethon's, each way through `mtrs session convert`:
/// `client` (the other library's script, `login` and `resume` phases) signs in as the bot
/// (DC 2 → USER_MIGRATE), downloads across DCs and exports its string, which resumes in
/// it and, converted, in Telethon; a Telethon session converted with `to` resumes in it.
/// No step after a sign-in makes a key exchange (counted through the control interface).
fn crosses_with_telethon(
    python: &str,
    name: &str,
    to: &[&str],
    client: impl Fn(&Path, &str) -> Value,
) {
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let base = script_config(&info, dir.path());
    let with = |extra: Value| {
        let mut c = base.clone();
        for (k, v) in extra.as_object().unwrap() {
            c[k] = v.clone();
        }
        c
    };

    let own_string = dir.path().join(format!("{name}.string"));
    let cfg = with(json!({ "string_out": own_string.to_str().unwrap() }));
    let login = client(&write_config(dir.path(), "c.json", &cfg), "login");
    assert_eq!(login["me"], base["bot_id"], "{name}");
    assert_eq!(
        login["home_dc"], base["home_dc"],
        "{name} followed USER_MIGRATE"
    );
    assert_eq!(login["sha256"], base["file_sha256"], "{name}");
    // Its string resumes in the library itself without a key exchange.
    let keys = control_total(&info, "key_exchanges");
    let resumed = client(&write_config(dir.path(), "c.json", &cfg), "resume");
    assert_eq!(resumed["me"], base["bot_id"], "{name}");
    assert_eq!(control_total(&info, "key_exchanges"), keys, "{name}");

    // The library → mtrs session convert → Telethon: still signed in, no new key.
    let string = std::fs::read_to_string(&own_string).unwrap();
    let to_telethon = dir.path().join(format!("from-{name}.session"));
    ok(&[
        "session",
        "convert",
        string.trim(),
        "--to",
        "telethon-file",
        "--out",
        to_telethon.to_str().unwrap(),
    ]);
    let cfg = with(json!({ "session": to_telethon.to_str().unwrap(), "pin_dc_address": true }));
    let t = telethon(python, &write_config(dir.path(), "t.json", &cfg), "resume");
    assert_eq!(t["me"], base["bot_id"], "{name} → Telethon");
    assert_eq!(t["home_dc"], base["home_dc"], "{name} → Telethon");
    assert_eq!(
        control_total(&info, "key_exchanges"),
        keys,
        "{name} → Telethon"
    );

    // Telethon → mtrs session convert → the library.
    let tl = dir.path().join("telethon.session");
    let cfg = with(json!({ "session": tl.to_str().unwrap() }));
    let login = telethon(python, &write_config(dir.path(), "t2.json", &cfg), "login");
    assert_eq!(login["me"], base["bot_id"]);
    let keys = control_total(&info, "key_exchanges");
    let mut args = vec!["session", "convert", tl.to_str().unwrap()];
    args.extend_from_slice(to);
    let converted = ok(&args);
    let from_telethon = dir.path().join("from-telethon.string");
    std::fs::write(&from_telethon, converted.trim()).unwrap();
    let cfg = with(json!({ "string_out": from_telethon.to_str().unwrap() }));
    let back = client(&write_config(dir.path(), "c2.json", &cfg), "resume");
    assert_eq!(back["me"], base["bot_id"], "Telethon → {name}");
    assert_eq!(back["home_dc"], base["home_dc"], "Telethon → {name}");
    assert_eq!(
        control_total(&info, "key_exchanges"),
        keys,
        "the key came along to {name}"
    );

    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn kurigram_and_telethon_sessions_cross_through_mtrs_convert() {
    let Some(python) = python() else { return };
    let to = ["--to", "pyrogram", "--api-id", "4242"];
    crosses_with_telethon(&python, "kurigram", &to, |cfg, phase| {
        kurigram(&python, cfg, phase)
    });
}

fn gramjs(node_path: &str, config: &Path, phase: &str) -> Value {
    node(node_path, "gramjs_roundtrip.js", config, phase)
}

fn mtcute(node_path: &str, config: &Path, phase: &str) -> Value {
    node(node_path, "mtcute_roundtrip.mjs", config, phase)
}

fn node(node_path: &str, name: &str, config: &Path, phase: &str) -> Value {
    let root = Path::new(node_path).parent().unwrap_or(Path::new("."));
    let out = Command::new("node")
        .arg(script(name))
        .arg(config)
        .arg(phase)
        .env("NODE_PATH", node_path)
        .env("MTRS_MTCUTE_ROOT", root)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{name} {phase} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{phase}: {stdout:?}: {e}"))
}

/// node_modules with the JavaScript clients, or `None` (skip) outside CI.
fn node_path() -> Option<String> {
    match std::env::var("MTRS_INTEROP_NODE_PATH") {
        Ok(p) if !p.is_empty() => Some(p),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "MTRS_INTEROP_NODE_PATH is unset but CI=true: the JavaScript interop tests must run"
            );
            eprintln!(
                "skipped: set MTRS_INTEROP_NODE_PATH to node_modules of tests/interop/package.json"
            );
            None
        }
    }
}

#[test]
fn mtcute_and_telethon_sessions_cross_through_mtrs_convert() {
    let Some(python) = python() else { return };
    let Some(node_path) = node_path() else { return };
    crosses_with_telethon(&python, "mtcute", &["--to", "mtcute"], |cfg, phase| {
        mtcute(&node_path, cfg, phase)
    });
}

#[test]
fn gramjs_and_telethon_sessions_cross_through_mtrs_convert() {
    let Some(python) = python() else { return };
    let Some(node_path) = node_path() else { return };
    crosses_with_telethon(&python, "gramjs", &["--to", "gramjs"], |cfg, phase| {
        gramjs(&node_path, cfg, phase)
    });
}

#[test]
fn telethon_uses_testdc_serve_and_a_converted_session() {
    let Some(python) = python() else { return };
    let server = Server::start(&["--no-media"]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    // Everything below comes from the JSON line.
    let bot = info["bots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["home_dc"] != 2)
        .expect("a bot away from DC 2")
        .clone();
    let file = info["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["dc_id"] != bot["home_dc"])
        .expect("a file away from the bot's DC")
        .clone();
    let user = info["users"][0].clone();
    let dcs: Vec<Value> = info["dcs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| json!({ "id": d["id"], "ip": d["host"], "port": d["port"] }))
        .collect();
    let config = |session: &Path| {
        json!({
            "dcs": dcs,
            "start_dc": 2,
            "rsa_public_key_pem": info["rsa_public_key_pem"],
            "bot_token": bot["token"],
            "bot_id": bot["user_id"],
            "api_id": 4242,
            "api_hash": "0123456789abcdef0123456789abcdef",
            "username": user["username"],
            "username_id": user["user_id"],
            "file": {
                "id": file["location"]["id"],
                "access_hash": file["location"]["access_hash"],
                "file_reference": file["location"]["file_reference"],
                "dc_id": file["dc_id"],
                "size": file["size"],
            },
            "session": session.to_str().unwrap(),
            "download_to": dir.path().join("download.bin").to_str().unwrap(),
        })
    };
    let write_config = |name: &str, session: &Path| {
        let path = dir.path().join(name);
        std::fs::write(&path, config(session).to_string()).unwrap();
        path
    };

    let original = dir.path().join("telethon.session");
    let login = telethon(&python, &write_config("login.json", &original), "login");
    assert_eq!(login["me"], bot["user_id"]);
    assert_eq!(
        login["home_dc"], bot["home_dc"],
        "Telethon followed USER_MIGRATE"
    );
    assert_eq!(login["downloaded"], file["size"]);

    // The session Telethon wrote, as mtrs reads it.
    let got = run_json(&["session", "inspect", original.to_str().unwrap(), "--json"]);
    assert_eq!(got["format"], "telethon-file");
    assert_eq!(got["dc_id"], bot["home_dc"]);
    assert_eq!(got["server_address"], "127.0.0.1");

    // Through mtrs's string and back into a new Telethon file: still signed in.
    let ours = ok(&[
        "session",
        "convert",
        original.to_str().unwrap(),
        "--to",
        "mtrs",
    ]);
    let converted = dir.path().join("converted.session");
    ok(&[
        "session",
        "convert",
        ours.trim(),
        "--to",
        "telethon-file",
        "--out",
        converted.to_str().unwrap(),
    ]);
    let resumed = telethon(&python, &write_config("resume.json", &converted), "resume");
    assert_eq!(resumed["me"], bot["user_id"]);
    assert_eq!(resumed["home_dc"], bot["home_dc"]);
    assert_eq!(resumed["resolved"], user["user_id"]);

    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

/// Telethon signs in users against `mtrs testdc serve`: a code login that meets
/// PHONE_MIGRATE, and one with a 2FA password checked by the server's SRP.
#[test]
fn telethon_signs_in_users_with_a_code_and_with_2fa() {
    let Some(python) = python() else { return };
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let base = script_config(&info, dir.path());
    for (name, password) in [
        ("alice", None),
        ("carol", Some(mtrs_testdc::CAROL_PASSWORD)),
    ] {
        let user = info["users"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["username"] == name)
            .unwrap()
            .clone();
        let mut cfg = base.clone();
        cfg["session"] = json!(dir.path().join(format!("{name}.session")).to_str().unwrap());
        cfg["phone"] = user["phone"].clone();
        // The test DC's codes: the home DC's number five times.
        cfg["code"] = json!(user["home_dc"].as_i64().unwrap().to_string().repeat(5));
        cfg["password"] = json!(password);
        cfg["user_id"] = user["user_id"].clone();
        let got = telethon(&python, &write_config(dir.path(), "u.json", &cfg), "user");
        assert_eq!(got["me"], user["user_id"], "{name}");
        assert_eq!(
            got["home_dc"], user["home_dc"],
            "{name}: followed PHONE_MIGRATE"
        );
    }
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

/// Telethon's `events.NewMessage` handler against `mtrs testdc serve`: every message
/// injected through the server's control interface seen once, in order, including one
/// sent while Telethon was away (its catch-up fetches it with `updates.getDifference`).
#[test]
fn telethon_receives_injected_messages_from_testdc_serve() {
    let Some(python) = python() else { return };
    let server = Server::start(&["--no-media"]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let bot = info["bots"][0].clone();
    let senders: Vec<Value> = info["users"]
        .as_array()
        .unwrap()
        .iter()
        .take(2)
        .map(|u| u["user_id"].clone())
        .collect();
    let dcs: Vec<Value> = info["dcs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["media_only"] != true)
        .map(|d| json!({ "id": d["id"], "ip": d["host"], "port": d["port"] }))
        .collect();
    let config = json!({
        "dcs": dcs,
        "control": info["control"],
        "rsa_public_key_pem": info["rsa_public_key_pem"],
        "bot_token": bot["token"],
        "bot_id": bot["user_id"],
        "bot_dc": bot["home_dc"],
        "api_id": 4242,
        "api_hash": "0123456789abcdef0123456789abcdef",
        "session": dir.path().join("bot.session").to_str().unwrap(),
        "senders": senders,
    });
    let path = write_config(dir.path(), "updates.json", &config);
    let result = run_python(&python, "telethon_updates.py", &[path.as_os_str()]);
    let texts: Vec<&str> = result["received"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["text"].as_str())
        .collect();
    assert_eq!(
        texts,
        ["live one", "live two", "while away", "back again"],
        "each message once, in order: {result}"
    );
    assert!(control_total(&info, "updates_pushed") >= 3);
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}
