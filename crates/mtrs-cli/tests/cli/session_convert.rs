//! `mtrs session convert` between every format.

use serde_json::Value;

use super::common::{check_fields, data, fails, json, key_id, ok, vector, vectors};

const STRING_FORMATS: [&str; 5] = ["mtrs", "telethon", "pyrogram", "gramjs", "mtcute"];

fn inspect(input: &str) -> Value {
    json(&["session", "inspect", input, "--json", "--show-secrets"])
}

/// Every valid string vector survives a trip through mtrs's string unchanged, and through
/// each foreign string format with its key and DC intact.
#[test]
fn every_string_vector_converts_to_every_string_format() {
    let mut converted = 0;
    for v in vectors() {
        let Some(string) = v["string"].as_str() else {
            continue;
        };
        if v["expect"] == "reject" || v["optional"] == true {
            continue;
        }
        let id = v["id"].as_str().unwrap();
        let expected = &v["expected"];
        let ours = ok(&["session", "convert", string, "--to", "mtrs"]);
        let ours = ours.trim();
        assert!(ours.starts_with("mtrs:1:"), "{id}: {ours}");
        let mut back = inspect(ours);
        assert_eq!(back["format"], "mtrs");
        let mut direct = inspect(string);
        // mtrs's string keeps every field the source had.
        back["format"] = Value::Null;
        direct["format"] = Value::Null;
        assert_eq!(back, direct, "{id}: through mtrs");
        check_fields(&back, expected, true, id);

        for to in STRING_FORMATS {
            let has_user = !expected["user_id"].is_null();
            let mut args = vec!["session", "convert", ours, "--to", to];
            if to == "pyrogram" {
                args.extend(["--api-id", "12345"]);
            }
            if to == "pyrogram" && !has_user {
                let stderr = fails(&args);
                assert!(stderr.contains("user id"), "{id}: {stderr}");
                continue;
            }
            let out = ok(&args);
            let got = inspect(out.trim());
            assert_eq!(got["format"], to, "{id} -> {to}");
            assert_eq!(
                got["auth_key"], expected["auth_key_hex"],
                "{id} -> {to}: key"
            );
            assert_eq!(got["dc_id"], expected["dc_id"], "{id} -> {to}: dc");
            if to != "telethon" && to != "gramjs" {
                assert_eq!(got["user_id"], expected["user_id"], "{id} -> {to}: user");
            }
            converted += 1;
        }
    }
    assert!(converted >= 50, "only {converted} conversions");
}

/// Pyrogram strings need an api_id: without one the error says which flag to pass.
#[test]
fn pyrogram_needs_api_id() {
    let path = data().join(vector("telethon-sqlite-v8")["file"].as_str().unwrap());
    let path = path.to_str().unwrap();
    let stderr = fails(&["session", "convert", path, "--to", "pyrogram"]);
    assert!(stderr.contains("--api-id"), "{stderr}");
    let out = ok(&[
        "session", "convert", path, "--to", "pyrogram", "--api-id", "777",
    ]);
    let got = inspect(out.trim());
    assert_eq!(got["format"], "pyrogram");
    assert_eq!(got["api_id"], 777);
    assert_eq!(got["user_id"], 123456789);
    assert_eq!(got["dc_id"], 4);
}

/// Files and folders: written with `--out` (never over an existing one), then read back.
#[test]
fn writes_session_files_and_tdata() {
    let dir = tempfile::tempdir().unwrap();
    let v = vector("kurigram-sqlite-v7");
    let source = data().join(v["file"].as_str().unwrap());
    let source = source.to_str().unwrap();
    let key = v["expected"]["auth_key_hex"].as_str().unwrap();
    for to in ["telethon-file", "pyrogram-file"] {
        let out = dir.path().join(format!("{to}.session"));
        let out = out.to_str().unwrap();
        ok(&["session", "convert", source, "--to", to, "--out", out]);
        let got = inspect(out);
        assert_eq!(got["format"], to);
        assert_eq!(got["auth_key"], key);
        assert_eq!(got["user_id"], v["expected"]["user_id"]);
        let stderr = fails(&["session", "convert", source, "--to", to, "--out", out]);
        assert!(stderr.contains("exists"), "{stderr}");
    }

    // tdata with a passcode; Desktop cannot hold bots, so start from a user session.
    let user = vector("pyrogram-sqlite-v3");
    let user_file = data().join(user["file"].as_str().unwrap());
    let tdata = dir.path().join("tdata");
    let tdata = tdata.to_str().unwrap();
    let stderr = fails(&[
        "session",
        "convert",
        user_file.to_str().unwrap(),
        "--to",
        "tdata",
    ]);
    assert!(stderr.contains("--out"), "{stderr}");
    let out = super::common::mtrs(&[
        "session",
        "convert",
        user_file.to_str().unwrap(),
        "--to",
        "tdata",
        "--out",
        tdata,
        "--out-passcode",
        "p4ss",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let progress = String::from_utf8_lossy(&out.stderr);
    assert!(progress.contains("Writing the tdata folder"), "{progress}");
    let got = json(&[
        "session",
        "inspect",
        tdata,
        "--passcode",
        "p4ss",
        "--json",
        "--show-secrets",
    ]);
    assert_eq!(got["format"], "tdata");
    let account = &got["accounts"][0];
    let expected = &user["expected"];
    for field in ["dc_id", "user_id"] {
        assert_eq!(account[field], expected[field], "tdata out: {field}");
    }
    assert_eq!(account["auth_key"], expected["auth_key_hex"]);
    let stderr = fails(&["session", "inspect", tdata]);
    assert!(stderr.contains("passcode"), "{stderr}");

    // A string format with --out goes to a private file.
    let text = dir.path().join("s.txt");
    ok(&[
        "session",
        "convert",
        source,
        "--to",
        "mtrs",
        "--out",
        text.to_str().unwrap(),
    ]);
    let got = inspect(text.to_str().unwrap());
    assert_eq!(got["format"], "mtrs");
    assert_eq!(got["auth_key"], key);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&text).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "{mode:o}");
    }
}

/// From tdata: the active account by default, another with `--account`.
#[test]
fn converts_tdata_accounts() {
    let v = vector("tdata-mtcute-2accounts");
    let dir = data().join(v["dir"].as_str().unwrap());
    let dir = dir.to_str().unwrap();
    for (account, expected) in v["accounts"].as_array().unwrap().iter().enumerate() {
        let mut args = vec!["session", "convert", dir, "--to", "telethon"];
        let index = account.to_string();
        if account > 0 {
            args.extend(["--account", &index]);
        }
        let out = ok(&args);
        let got = inspect(out.trim());
        let key = expected["expected"]["auth_key_hex"].as_str().unwrap();
        assert_eq!(
            got["auth_key_id"],
            key_id(key).as_str(),
            "account {account}"
        );
        assert_eq!(got["dc_id"], expected["expected"]["dc_id"]);
    }
}

/// Usage errors: an unknown format name is refused by the parser (status 2).
#[test]
fn unknown_format_is_a_usage_error() {
    let out = super::common::mtrs(&["session", "convert", "x", "--to", "kotlogram"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown session format"));
}
