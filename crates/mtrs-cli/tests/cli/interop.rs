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

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/interop/telethon_roundtrip.py")
}

fn telethon(python: &str, config: &Path, phase: &str) -> Value {
    let out = Command::new(python)
        .arg(script())
        .arg(config)
        .arg(phase)
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "telethon {phase} failed ({}):\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{phase}: {stdout:?}: {e}"))
}

#[test]
fn telethon_uses_testdc_serve_and_a_converted_session() {
    let python = match std::env::var("MTRS_INTEROP_PYTHON") {
        Ok(p) if !p.is_empty() => p,
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "MTRS_INTEROP_PYTHON is unset but CI=true: the Telethon interop test must run"
            );
            eprintln!("skipped: set MTRS_INTEROP_PYTHON to a Python with telethon==1.45.0");
            return;
        }
    };
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
