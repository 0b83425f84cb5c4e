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

/// The fixture user `name` in the JSON line of `mtrs testdc serve`.
pub fn testdc_user<'a>(info: &'a Value, name: &str) -> &'a Value {
    info["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == name)
        .unwrap_or_else(|| panic!("{name} in {info}"))
}

/// A shell command run on a pseudo-terminal (util-linux `script`), bounded by `timeout`
/// so a command stuck on its terminal is killed and the test fails, never hangs.
pub struct Pty {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    stdout: std::process::ChildStdout,
    bytes: Vec<u8>,
    /// Everything the terminal showed so far.
    pub seen: String,
}

impl Pty {
    /// Starts `command`, or `None` (skip) when there is no `script` outside CI.
    pub fn spawn(command: &str, timeout_secs: u32) -> Option<Self> {
        use std::process::Stdio;
        if std::process::Command::new("script")
            .arg("--version")
            .output()
            .is_err()
        {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI needs util-linux `script`"
            );
            eprintln!("skipped: no `script` to make a pseudo-terminal");
            return None;
        }
        let mut child = std::process::Command::new("timeout")
            .args([
                &timeout_secs.to_string(),
                "script",
                "-qec",
                command,
                "/dev/null",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("script starts");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("piped stdout");
        Some(Self {
            child,
            stdin,
            stdout,
            bytes: Vec::new(),
            seen: String::new(),
        })
    }

    /// Reads the terminal until `found` holds for what it showed (or the output ends).
    pub fn wait_until(&mut self, found: impl Fn(&str) -> bool) {
        use std::io::Read;
        let mut buf = [0u8; 256];
        while !found(&self.seen) {
            let n = self.stdout.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            self.bytes.extend_from_slice(&buf[..n]);
            self.seen = String::from_utf8_lossy(&self.bytes).into_owned();
        }
    }

    /// Types `line` and Enter.
    pub fn type_line(&mut self, line: &str) {
        use std::io::Write;
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").unwrap();
    }

    /// Reads the rest of the output and waits for the end; returns whether it succeeded
    /// and everything shown.
    pub fn finish(mut self) -> (bool, String) {
        self.wait_until(|_| false);
        drop(self.stdin.take());
        let status = self.child.wait().unwrap();
        (status.success(), self.seen)
    }
}
