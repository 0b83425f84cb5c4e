//! `mtrs login` against `mtrs testdc serve`: a user with a code read from standard input,
//! one with 2FA (code and password on standard input), one with the code taken from the
//! test DC's control interface, and a bot; each session then exports and resumes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::common::{Pty, ok, testdc_user as user};
use super::testdc_serve::Server;

/// Runs `mtrs login` with `stdin` fed to it; returns (success, stdout, stderr).
fn login(args: &[String], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("mtrs"))
        .arg("login")
        .args(args)
        .env_remove("MTRS_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mtrs starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin takes the answers");
    let out = child.wait_with_output().expect("mtrs ends");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The test DC's login codes: the home DC's number five times.
fn code_for(user: &Value) -> String {
    user["home_dc"].as_i64().unwrap().to_string().repeat(5)
}

#[test]
fn login_creates_user_and_bot_sessions_that_export_and_resume() {
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let info_path = dir.path().join("info.json");
    std::fs::write(&info_path, info.to_string()).unwrap();
    let info_arg = info_path.to_str().unwrap();
    let work = |name: &str| dir.path().join(name);
    let common = |w: &Path| {
        vec![
            "--testdc".to_owned(),
            info_arg.to_owned(),
            "--work-dir".to_owned(),
            w.to_str().unwrap().to_owned(),
            "--json".to_owned(),
        ]
    };
    let args = |w: &Path, extra: &[&str]| {
        let mut a = common(w);
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };

    // Alice: phone and code on standard input (she lives on DC 1; the session starts on
    // DC 2, so PHONE_MIGRATE moves it).
    let alice = user(&info, "alice");
    let w = work("alice");
    std::fs::create_dir_all(&w).unwrap();
    let a = args(&w, &[]);
    let stdin = format!(
        "{}\n{}\n",
        alice["phone"].as_str().unwrap(),
        code_for(alice)
    );
    let (okay, out, err) = login(&a, &stdin);
    assert!(okay, "{err}");
    let got: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(got["user_id"], alice["user_id"]);
    assert_eq!(got["home_dc"], alice["home_dc"]);
    assert_eq!(got["bot"], false);
    assert!(
        err.contains("phone number: ") && err.contains("login code: "),
        "{err}"
    );
    assert!(!err.contains(&code_for(alice)) && !out.contains(&code_for(alice)));
    // The session works: exported and resumed by mtrs, still signed in.
    let exported = ok(&[
        "session",
        "export",
        "--work-dir",
        w.to_str().unwrap(),
        "--to",
        "mtrs",
    ]);
    let inspected: Value =
        serde_json::from_str(&ok(&["session", "inspect", exported.trim(), "--json"])).unwrap();
    assert_eq!(inspected["dc_id"], alice["home_dc"]);
    assert_eq!(inspected["user_id"], alice["user_id"], "{inspected}");
    // A second login on the same session is a no-op that says who is signed in.
    let (okay, out, err) = login(&a, "");
    assert!(okay, "{err}");
    assert!(out.contains(&alice["user_id"].to_string()), "{out}");
    // Logout, then the session needs the code again (standard input ends: refused).
    let out = ok(&[
        "logout",
        "--testdc",
        info_arg,
        "--work-dir",
        w.to_str().unwrap(),
    ]);
    assert!(out.contains("signed out"), "{out}");
    let exported = ok(&[
        "session",
        "export",
        "--work-dir",
        w.to_str().unwrap(),
        "--to",
        "mtrs",
    ]);
    let inspected: Value =
        serde_json::from_str(&ok(&["session", "inspect", exported.trim(), "--json"])).unwrap();
    assert_eq!(inspected["user_id"], Value::Null, "{inspected}");
    let (okay, _, err) = login(&a, "");
    assert!(!okay && err.contains("standard input ended"), "{err}");

    // Carol: 2FA — code and password on standard input; a wrong password first fails.
    let carol = user(&info, "carol");
    let w = work("carol");
    std::fs::create_dir_all(&w).unwrap();
    let a = args(&w, &["--phone", carol["phone"].as_str().unwrap()]);
    let (okay, _, err) = login(&a, &format!("{}\nwrong-password\n", code_for(carol)));
    assert!(!okay && err.contains("2FA password is wrong"), "{err}");
    assert!(!err.contains("wrong-password"), "{err}");
    assert!(err.contains("carol's hint"), "the hint is shown: {err}");
    let (okay, out, err) = login(
        &a,
        &format!("{}\n{}\n", code_for(carol), mtrs_testdc::CAROL_PASSWORD),
    );
    assert!(okay, "{err}");
    let got: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(got["user_id"], carol["user_id"]);
    assert!(
        !out.contains(mtrs_testdc::CAROL_PASSWORD) && !err.contains(mtrs_testdc::CAROL_PASSWORD)
    );

    // Bob: the code from the test DC's control interface, nothing on standard input.
    let bob = user(&info, "bob");
    let w = work("bob");
    std::fs::create_dir_all(&w).unwrap();
    let a = args(
        &w,
        &[
            "--phone",
            bob["phone"].as_str().unwrap(),
            "--code-from-testdc",
        ],
    );
    let (okay, out, err) = login(&a, "");
    assert!(okay, "{err}");
    let got: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(got["user_id"], bob["user_id"]);

    // A bot with its token.
    let bot = &info["bots"][0];
    let w = work("bot");
    std::fs::create_dir_all(&w).unwrap();
    let a = args(&w, &["--bot-token", bot["token"].as_str().unwrap()]);
    let (okay, out, err) = login(&a, "");
    assert!(okay, "{err}");
    let got: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(got["user_id"], bot["user_id"]);
    assert_eq!(got["bot"], true);
    assert!(!out.contains(bot["token"].as_str().unwrap()));

    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

/// On a terminal (a pseudo-terminal made by util-linux `script`) the 2FA password is read
/// without echo: the code typed before it shows, the password never does.
#[test]
fn on_a_terminal_the_2fa_password_is_not_echoed() {
    let server = Server::start(&[]);
    let info = server.info.clone();
    let dir = tempfile::tempdir().unwrap();
    let info_path = dir.path().join("info.json");
    std::fs::write(&info_path, info.to_string()).unwrap();
    let carol = user(&info, "carol");
    let command = format!(
        "{} login --testdc {} --work-dir {} --phone {}",
        assert_cmd::cargo::cargo_bin("mtrs").display(),
        info_path.display(),
        dir.path().display(),
        carol["phone"].as_str().unwrap()
    );
    let Some(mut pty) = Pty::spawn(&command, 60) else {
        return;
    };
    pty.wait_until(|s| s.contains("login code: "));
    pty.type_line(&code_for(carol));
    pty.wait_until(|s| s.contains("2FA password"));
    pty.type_line(mtrs_testdc::CAROL_PASSWORD);
    pty.wait_until(|s| s.contains("signed in as"));
    let (success, shown) = pty.finish();
    assert!(success, "{shown}");
    assert!(
        shown.contains(&code_for(carol)),
        "the code is echoed: {shown}"
    );
    assert!(shown.contains("signed in as Carol"), "{shown}");
    assert!(
        !shown.contains(mtrs_testdc::CAROL_PASSWORD),
        "the password is not: {shown}"
    );
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}
