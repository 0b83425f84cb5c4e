//! `mtrs login --qr` against `mtrs testdc serve`: the QR code is drawn with its URL, the
//! test accepts the URL as another device through the control interface, and the login
//! finishes — through `auth.loginTokenMigrateTo` for an account of another DC (the
//! session's home moves, persisted) and with the 2FA password read from standard input —
//! and on a terminal (util-linux `script`) the code is drawn there.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

use super::common::{Pty, ok, testdc_user as user};
use super::testdc_serve::Server;

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
    let Some(mut pty) = Pty::spawn(&command, 90) else {
        return;
    };
    pty.wait_until(|s| url_in(s).is_some());
    let url = url_in(&pty.seen).unwrap_or_else(|| panic!("no URL: {}", pty.seen));
    assert!(pty.seen.contains('█'), "a QR code: {}", pty.seen);
    let bob = user(&info, "bob");
    let answer = accept(&info, &url, &bob["user_id"]);
    assert_eq!(answer["ok"], json!(true), "{answer}");
    pty.wait_until(|s| s.contains("signed in as"));
    let (success, shown) = pty.finish();
    assert!(success, "{shown}");
    assert!(shown.contains("signed in as Bob"), "{shown}");
    assert!(shown.contains("on DC 2"), "{shown}");
    assert!(!shown.contains("2FA password"), "{shown}");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}
