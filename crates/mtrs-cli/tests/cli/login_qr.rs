//! `mtrs login --qr` against `mtrs testdc serve`: the QR code is drawn with its URL, the
//! test accepts the URL as another device through the control interface, and the login
//! finishes — through `auth.loginTokenMigrateTo` for an account of another DC (the
//! session's home moves, persisted) and with the 2FA password read from standard input —
//! and on a terminal (util-linux `script`) the code is drawn there.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use super::common::ok;
use super::testdc_serve::Server;

fn user<'a>(info: &'a Value, name: &str) -> &'a Value {
    info["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == name)
        .unwrap_or_else(|| panic!("{name} in {info}"))
}

/// `accept_login_token` through the control interface; returns the answer.
fn accept(info: &Value, url: &str, user_id: &Value) -> Value {
    let stream = TcpStream::connect(info["control"].as_str().unwrap()).unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut writer = stream;
    let request = json!({"cmd": "accept_login_token", "token": url, "user": user_id});
    writeln!(writer, "{request}").unwrap();
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    serde_json::from_str(&line).unwrap()
}

/// The URL in a `URL: tg://login?token=…` line of the output.
fn url_in(text: &str) -> Option<String> {
    let start = text.find("URL: tg://login?token=")? + "URL: ".len();
    let rest = &text[start..];
    let end = rest.find(['\r', '\n'])?;
    Some(rest[..end].to_owned())
}

#[test]
fn qr_login_of_a_2fa_account_of_another_dc_is_accepted_through_the_control_interface() {
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let info_path = dir.path().join("info.json");
    std::fs::write(&info_path, info.to_string()).unwrap();
    let work = dir.path().join("carol");
    std::fs::create_dir_all(&work).unwrap();
    let args = [
        "login",
        "--testdc",
        info_path.to_str().unwrap(),
        "--work-dir",
        work.to_str().unwrap(),
        "--qr",
        "--qr-timeout",
        "60",
        "--json",
    ];
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("mtrs"))
        .args(args)
        .env_remove("MTRS_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mtrs starts");
    // The 2FA password, read once the token is accepted.
    writeln!(
        child.stdin.take().unwrap(),
        "{}",
        mtrs_testdc::CAROL_PASSWORD
    )
    .unwrap();
    // Read standard error until the URL shows (bounded by --qr-timeout: the child ends).
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut shown = String::new();
    let url = loop {
        let mut line = String::new();
        let n = stderr.read_line(&mut line).unwrap();
        assert!(n > 0, "the URL was never shown: {shown}");
        shown.push_str(&line);
        if let Some(url) = url_in(&shown) {
            break url;
        }
    };
    assert!(shown.contains("Scan this QR code"), "{shown}");
    assert!(
        shown.contains('█') && shown.contains('▀'),
        "a QR code: {shown}"
    );
    // Carol lives on DC 3 (the session starts on DC 2) and has a 2FA password.
    let carol = user(&info, "carol");
    let answer = accept(&info, &url, &carol["user_id"]);
    assert_eq!(answer["ok"], json!(true), "{answer}");
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{shown}{rest}");
    assert!(rest.contains("2FA password (hint: carol's hint)"), "{rest}");
    assert!(
        !rest.contains(mtrs_testdc::CAROL_PASSWORD)
            && !stdout.contains(mtrs_testdc::CAROL_PASSWORD)
    );
    let got: Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(got["user_id"], carol["user_id"]);
    assert_eq!(got["home_dc"], json!(3));
    assert_eq!(got["bot"], json!(false));
    // Accepted once only.
    let answer = accept(&info, &url, &carol["user_id"]);
    assert!(
        answer["error"]
            .as_str()
            .is_some_and(|e| e.contains("AUTH_TOKEN_ALREADY_ACCEPTED")),
        "{answer}"
    );

    // The session is signed in on DC 3: exported and inspected, and a second
    // `login --qr` shows no code and says who is signed in.
    let exported = ok(&[
        "session",
        "export",
        "--work-dir",
        work.to_str().unwrap(),
        "--to",
        "mtrs",
    ]);
    let inspected: Value =
        serde_json::from_str(&ok(&["session", "inspect", exported.trim(), "--json"])).unwrap();
    assert_eq!(inspected["dc_id"], json!(3), "{inspected}");
    assert_eq!(inspected["user_id"], carol["user_id"], "{inspected}");
    let out = Command::new(assert_cmd::cargo::cargo_bin("mtrs"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("tg://login"));
    let again: Value = serde_json::from_str(String::from_utf8_lossy(&out.stdout).trim()).unwrap();
    assert_eq!(again["user_id"], carol["user_id"]);

    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

/// On a terminal: the QR code is drawn there with its URL; the test accepts it as Bob
/// (DC 2, the session's first home) and the login ends at once.
#[test]
fn on_a_terminal_qr_login_draws_the_code_and_signs_in() {
    if Command::new("script").arg("--version").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI needs util-linux `script`"
        );
        eprintln!("skipped: no `script` to make a pseudo-terminal");
        return;
    }
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let info_path = dir.path().join("info.json");
    std::fs::write(&info_path, info.to_string()).unwrap();
    let command = format!(
        "{} login --testdc {} --work-dir {} --qr --qr-timeout 60",
        assert_cmd::cargo::cargo_bin("mtrs").display(),
        info_path.display(),
        dir.path().display(),
    );
    // Bounded: a login stuck on its terminal is killed, and the test fails, never hangs.
    let mut child = Command::new("timeout")
        .args(["90", "script", "-qec", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script starts");
    let stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    let mut wait_for = |found: &dyn Fn(&str) -> bool, seen: &mut Vec<u8>| {
        let mut buf = [0u8; 256];
        while !found(&String::from_utf8_lossy(seen)) {
            let n = stdout.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            seen.extend_from_slice(&buf[..n]);
        }
    };
    wait_for(&|s| url_in(s).is_some(), &mut seen);
    let shown = String::from_utf8_lossy(&seen).into_owned();
    let url = url_in(&shown).unwrap_or_else(|| panic!("no URL: {shown}"));
    assert!(shown.contains('█'), "a QR code: {shown}");
    let bob = user(&info, "bob");
    let answer = accept(&info, &url, &bob["user_id"]);
    assert_eq!(answer["ok"], json!(true), "{answer}");
    wait_for(&|s| s.contains("signed in as"), &mut seen);
    // The rest of the output, up to the end.
    wait_for(&|_| false, &mut seen);
    drop(stdin);
    let status = child.wait().unwrap();
    let shown = String::from_utf8_lossy(&seen).into_owned();
    assert!(status.success(), "{shown}");
    assert!(shown.contains("signed in as Bob"), "{shown}");
    assert!(shown.contains("on DC 2"), "{shown}");
    assert!(!shown.contains("2FA password"), "{shown}");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}
