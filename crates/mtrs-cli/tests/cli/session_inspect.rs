//! `mtrs session inspect` over the public vectors.

use super::common::{check_fields, cli_format, data, fails, json, ok, vector, vectors};

/// The fields of `inspect --json`, sorted.
const CONTRACT_KEYS: [&str; 10] = [
    "api_id",
    "auth_key",
    "auth_key_id",
    "dc_id",
    "format",
    "is_bot",
    "port",
    "server_address",
    "test_mode",
    "user_id",
];

/// Every valid string vector: the format is detected and every stored field is decoded.
#[test]
fn detects_and_decodes_every_string_vector() {
    let mut checked = 0;
    for v in vectors() {
        let Some(string) = v["string"].as_str() else {
            continue;
        };
        if v["expect"] == "reject" || v["optional"] == true {
            continue;
        }
        let id = v["id"].as_str().expect("id");
        let want_format = cli_format(v["format"].as_str().expect("format"));
        for secrets in [false, true] {
            let mut args = vec!["session", "inspect", string, "--json"];
            if secrets {
                args.push("--show-secrets");
            }
            let got = json(&args);
            let mut keys: Vec<&str> = got
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            assert_eq!(keys, CONTRACT_KEYS, "{id}: the JSON fields");
            assert_eq!(got["format"], want_format, "{id}: format");
            check_fields(&got, &v["expected"], secrets, id);
        }
        // `--from` gives the same answer without detection.
        let got = json(&[
            "session",
            "inspect",
            string,
            "--from",
            want_format,
            "--json",
        ]);
        check_fields(&got, &v["expected"], false, id);
        checked += 1;
    }
    assert!(checked >= 13, "only {checked} string vectors checked");
}

/// Invalid vectors fail with a readable error that never echoes the input.
#[test]
fn rejects_invalid_vectors_plainly() {
    let mut checked = 0;
    for v in vectors().into_iter().filter(|v| v["expect"] == "reject") {
        let string = v["string"].as_str().expect("string");
        let stderr = fails(&["session", "inspect", string, "--json"]);
        if string.len() > 8 {
            assert!(!stderr.contains(string), "{}: input echoed", v["id"]);
        }
        checked += 1;
    }
    assert!(checked >= 5);
    let telethon_string = vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let stderr = fails(&[
        "session",
        "inspect",
        &telethon_string,
        "--from",
        "telethon-file",
    ]);
    assert!(!stderr.contains(&telethon_string), "{stderr}");
    assert!(stderr.contains("does not exist"), "{stderr}");
    let stderr = fails(&["session", "inspect", "hello world"]);
    assert!(stderr.contains("unrecognised session"), "{stderr}");
    // A corrupted mtrs string (checksum) says it is corrupt.
    let telethon = vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let ours = ok(&["session", "convert", &telethon, "--to", "mtrs"]);
    let mut damaged = ours.trim().to_owned();
    let last = damaged.pop().unwrap();
    damaged.push(if last == 'A' { 'B' } else { 'A' });
    let stderr = fails(&["session", "inspect", &damaged]);
    assert!(stderr.contains("corrupt"), "{stderr}");
}

/// Telethon and Pyrogram `.session` files, detected from their tables.
#[test]
fn decodes_session_files() {
    for id in [
        "telethon-sqlite-v8",
        "kurigram-sqlite-v7",
        "pyrofork-sqlite-v4",
        "pyrogram-sqlite-v3",
    ] {
        let v = vector(id);
        let path = data().join(v["file"].as_str().unwrap());
        let got = json(&[
            "session",
            "inspect",
            path.to_str().unwrap(),
            "--json",
            "--show-secrets",
        ]);
        assert_eq!(
            got["format"],
            cli_format(v["format"].as_str().unwrap()),
            "{id}"
        );
        check_fields(&got, &v["expected"], true, id);
    }
}

/// A tdata folder lists every account; `--account` picks one.
#[test]
fn lists_tdata_accounts() {
    let v = vector("tdata-mtcute-2accounts");
    let dir = data().join(v["dir"].as_str().unwrap());
    let dir = dir.to_str().unwrap();
    let got = json(&["session", "inspect", dir, "--json"]);
    assert_eq!(got["format"], "tdata");
    let accounts = got["accounts"].as_array().expect("accounts");
    let want = v["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), want.len());
    for (g, w) in accounts.iter().zip(want) {
        let mut keys: Vec<&str> = g.as_object().unwrap().keys().map(String::as_str).collect();
        keys.push("format");
        keys.retain(|k| *k != "index");
        keys.sort_unstable();
        assert_eq!(keys, CONTRACT_KEYS, "tdata account fields");
        assert_eq!(g["index"], w["index"]);
        check_fields(g, &w["expected"], false, "tdata account");
    }
    let one = json(&["session", "inspect", dir, "--json", "--account", "1"]);
    let accounts = one["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 1);
    assert_eq!(accounts[0]["index"], 1);
    assert_eq!(accounts[0]["user_id"], want[1]["expected"]["user_id"]);
    let stderr = fails(&["session", "inspect", dir, "--account", "4"]);
    assert!(stderr.contains("account index 4 not found"), "{stderr}");
}

/// A passcode-protected folder: opened with its passcode (with a progress line), refused
/// without it or with a wrong one, saying so.
#[test]
fn tdata_passcode() {
    let v = vector("tdata-opentele-passcode");
    let dir = data().join(v["dir"].as_str().unwrap());
    let dir = dir.to_str().unwrap();
    let passcode = v["passcode"].as_str().unwrap();
    let out = super::common::mtrs(&["session", "inspect", dir, "--passcode", passcode, "--json"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("deriving its key from the passcode"));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    check_fields(
        &got["accounts"][0],
        &v["accounts"][0]["expected"],
        false,
        "passcode",
    );

    let stderr = fails(&["session", "inspect", dir]);
    assert!(stderr.contains("protected by a local passcode"), "{stderr}");
    let stderr = fails(&["session", "inspect", dir, "--passcode", "not-the-passcode"]);
    assert!(stderr.contains("wrong passcode"), "{stderr}");
    assert!(!stderr.contains("not-the-passcode"));
}

/// The text report shows the key id, never the key unless asked.
#[test]
fn text_report_hides_the_key() {
    let v = vector("mtcute-string-user");
    let string = v["string"].as_str().unwrap();
    let key = v["expected"]["auth_key_hex"].as_str().unwrap();
    let text = ok(&["session", "inspect", string]);
    assert!(text.contains("mtcute"), "{text}");
    assert!(text.contains(&super::common::key_id(key)), "{text}");
    assert!(text.contains("123456789"), "{text}");
    assert!(!text.contains(key));
    let text = ok(&["session", "inspect", string, "--show-secrets"]);
    assert!(text.contains(key));
}

/// A string can come from stdin (`-`) or from a text file.
#[test]
fn reads_strings_from_stdin_and_files() {
    let v = vector("gramjs-string-ipv4");
    let string = v["string"].as_str().unwrap();
    let out = assert_cmd::Command::cargo_bin("mtrs")
        .unwrap()
        .args(["session", "inspect", "-", "--json"])
        .write_stdin(format!("{string}\n"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    check_fields(&got, &v["expected"], false, "stdin");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("s.txt");
    std::fs::write(&file, string).unwrap();
    let got = json(&["session", "inspect", file.to_str().unwrap(), "--json"]);
    assert_eq!(got["format"], "gramjs");
    check_fields(&got, &v["expected"], false, "file");
}

/// `--help` of every command carries an example of that command.
#[test]
fn help_has_examples() {
    let commands: [&[&str]; 6] = [
        &["session", "inspect"],
        &["session", "convert"],
        &["session", "export"],
        &["testdc", "serve"],
        &["demo"],
        &[],
    ];
    for cmd in commands {
        let help = ok(&[cmd, &["--help"]].concat());
        assert!(help.contains("Examples:"), "{cmd:?}: {help}");
        let example = format!("mtrs {}", cmd.join(" "));
        assert!(help.contains(example.trim_end()), "{cmd:?}: {help}");
    }
}
