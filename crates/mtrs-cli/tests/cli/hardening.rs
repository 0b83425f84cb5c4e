//! Hostile inputs to `mtrs session inspect|convert` (issue #15, part A): special files,
//! control characters, nonsense fields, hints that disagree, out-of-range flags, inputs
//! that must not be echoed and messages that must name the true cause.

use std::path::{Path, PathBuf};
use std::process::{Command as Std, Output};
use std::time::Duration;

use assert_cmd::Command;

use super::common::{data, ok, vector};

/// Runs `mtrs` with a deadline: a hang fails the test instead of blocking it.
fn run(args: &[&str]) -> Output {
    Command::cargo_bin("mtrs")
        .unwrap()
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap()
}

/// Requires a plain failure (exit 1 or a clap usage error, 2) and returns stderr, checked
/// for panics and raw control characters.
fn fails(args: &[&str]) -> String {
    let out = run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        matches!(out.status.code(), Some(1 | 2)),
        "mtrs {args:?}: {:?} {stderr}",
        out.status
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters: {stderr:?}"
    );
    stderr
}

fn mkfifo(path: &Path) {
    assert!(Std::new("mkfifo").arg(path).status().unwrap().success());
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
}

#[test]
fn fifos_and_devices_fail_fast() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.session");
    mkfifo(&fifo);
    for args in [
        vec!["session", "inspect", s(&fifo)],
        vec!["session", "inspect", s(&fifo), "--from", "telethon-file"],
        vec!["session", "inspect", s(&fifo), "--from", "telethon"],
        vec!["session", "convert", s(&fifo), "--to", "mtrs"],
    ] {
        let stderr = fails(&args);
        assert!(stderr.contains("FIFO"), "{args:?}: {stderr}");
    }
    let tdata = dir.path().join("tdata");
    std::fs::create_dir(&tdata).unwrap();
    mkfifo(&tdata.join("key_datas"));
    let stderr = fails(&["session", "inspect", s(&tdata)]);
    assert!(stderr.contains("FIFO"), "{stderr}");
    let stderr = fails(&["session", "inspect", "/dev/zero", "--from", "telethon-file"]);
    assert!(stderr.contains("character device"), "{stderr}");
    let stderr = fails(&[
        "session",
        "inspect",
        s(dir.path()),
        "--from",
        "telethon-file",
    ]);
    assert!(stderr.contains("is a folder"), "{stderr}");
    assert!(!stderr.contains("no such file"), "{stderr}");
}

/// A Telethon `.session` file made by `convert`, then edited with SQL.
fn edited_session_file(dir: &Path, name: &str, sql: &str) -> PathBuf {
    let path = dir.join(name);
    let string = vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    ok(&[
        "session",
        "convert",
        &string,
        "--to",
        "telethon-file",
        "--out",
        s(&path),
    ]);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(sql).unwrap();
    path
}

#[test]
fn session_file_fields_are_validated_and_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let long = "a".repeat(10_240);
    let cases = [
        ("update sessions set port = 0".to_owned(), "`port` = \"0\""),
        (
            "update sessions set server_address = 'not an address at all !!'".to_owned(),
            "`server_address` = \"not an address at all !!\"",
        ),
        (
            format!("update sessions set server_address = '{long}'"),
            "10240 bytes in all",
        ),
        (
            "update sessions set dc_id = 99".to_owned(),
            "`dc_id` = \"99\"",
        ),
        (
            "update sessions set server_address = 'x' || char(27) || '[2Jy'".to_owned(),
            "x\\u{1b}[2Jy",
        ),
    ];
    for (i, (sql, shown)) in cases.iter().enumerate() {
        let path = edited_session_file(dir.path(), &format!("{i}.session"), sql);
        let stderr = fails(&["session", "inspect", s(&path)]);
        assert!(stderr.contains(shown), "{sql}: {stderr}");
        assert!(stderr.len() < 2000, "bounded: {}", stderr.len());
    }
}

#[test]
fn a_hint_that_disagrees_with_the_content_is_named() {
    let gramjs = vector("gramjs-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let stderr = fails(&["session", "inspect", &gramjs, "--from", "telethon"]);
    assert!(stderr.contains("looks like gramjs"), "{stderr}");
    // Cut to Telethon's IPv4 payload length: 263 bytes are 351 base64 characters (the last
    // one's two spare bits cleared) and one `=`.
    const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let body = &gramjs.as_bytes()[1..352];
    let last = STD.iter().position(|&c| c == body[350]).unwrap() & !3;
    let cut = format!(
        "1{}{}=",
        std::str::from_utf8(&body[..350]).unwrap(),
        char::from(STD[last])
    );
    let stderr = fails(&["session", "inspect", &cut]);
    assert!(stderr.contains("GramJS"), "{stderr}");
    assert!(!stderr.contains("format        telethon"));
}

#[test]
fn flags_are_validated_as_documented() {
    let t = vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    for bad in ["--api-id=0", "--api-id=-5"] {
        let stderr = fails(&["session", "convert", &t, "--to", "mtrs", bad]);
        assert!(stderr.contains("--api-id"), "{stderr}");
    }
    let tdata = data().join("tdata/mtcute_two_accounts/tdata");
    let stderr = fails(&["session", "inspect", s(&tdata), "--account", "6"]);
    assert!(stderr.contains("0..=5"), "{stderr}");
}

#[test]
fn errors_never_echo_a_session_string() {
    let t = vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let prefix = &t[..250];
    let stderr = fails(&["session", "inspect", prefix, "--from", "telethon-file"]);
    assert!(!stderr.contains(&prefix[..40]), "{stderr}");
}

#[test]
fn messages_name_the_true_cause() {
    let dir = tempfile::tempdir().unwrap();
    let looped = dir.path().join("loop");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let stderr = fails(&["session", "inspect", s(&looped)]);
    assert!(stderr.contains("symbolic link"), "{stderr}");
    // A broken SQLite file: the SQLite message once, and a control character in the path
    // escaped.
    let bad = dir.path().join("bad\u{1b}[31m.session");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.resize(4096, 0x55);
    std::fs::write(&bad, bytes).unwrap();
    let stderr = fails(&["session", "inspect", s(&bad)]);
    assert_eq!(stderr.matches("not a database").count(), 1, "{stderr}");
    assert!(stderr.contains("bad\\u{1b}[31m"), "{stderr}");
    // Damaged key_datas without a passcode is not (only) "protected by a passcode".
    let tdata = dir.path().join("tdata");
    copy_dir(&data().join("tdata/mtcute_two_accounts/tdata"), &tdata);
    let key_datas = tdata.join("key_datas");
    let mut k = std::fs::read(&key_datas).unwrap();
    let mid = k.len() / 2;
    k[mid] ^= 0xff;
    std::fs::write(&key_datas, k).unwrap();
    let stderr = fails(&["session", "inspect", s(&tdata)]);
    assert!(
        stderr.contains("damaged") || stderr.contains("corrupt"),
        "{stderr}"
    );
    if is_root() {
        // Permissions do not bind root: the unreadable-folder cases cannot be staged.
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&tdata, std::fs::Permissions::from_mode(0o000)).unwrap();
    let stderr = fails(&["session", "inspect", s(&tdata)]);
    std::fs::set_permissions(&tdata, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(stderr.contains("ermission denied"), "{stderr}");
    assert!(!stderr.contains("missing file"), "{stderr}");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
