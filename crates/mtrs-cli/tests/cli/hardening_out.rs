//! Crash-safe `--out` (issue #15, part B): a temporary name, fsync, rename; an existing
//! target refused without `--force` and never half-overwritten; a crash (simulated with a
//! file-size limit: SIGXFSZ mid-write) leaves the old target or nothing, and a retry works.

use std::path::Path;
use std::process::Command as Std;

use super::common::{fails, ok, vector};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn telethon() -> String {
    vector("telethon-string-ipv4")["string"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Runs `mtrs` under `ulimit -f 0`: the first byte written to a file kills it (SIGXFSZ).
fn crashes_writing(args: &[&str]) {
    let bin = assert_cmd::cargo::cargo_bin("mtrs");
    let status = Std::new("sh")
        .arg("-c")
        .arg("ulimit -f 0; exec \"$0\" \"$@\"")
        .arg(bin)
        .args(args)
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the write was cut short");
}

/// Nothing left in `dir` but `keep` (no temporary files after a finished command).
fn only(dir: &Path, keep: &[&str]) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, keep, "leftovers in {}", dir.display());
}

#[test]
fn existing_targets_are_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.txt");
    std::fs::write(&out, "precious").unwrap();
    let t = telethon();
    for to in ["mtrs", "telethon-file"] {
        let stderr = fails(&["session", "convert", &t, "--to", to, "--out", s(&out)]);
        assert!(stderr.contains("--force"), "{stderr}");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
    }
    ok(&[
        "session",
        "convert",
        &t,
        "--to",
        "mtrs",
        "--out",
        s(&out),
        "--force",
    ]);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("mtrs:1:"), "{written}");
    only(dir.path(), &["s.txt"]);
}

#[test]
fn a_crash_mid_write_leaves_the_old_target_or_nothing_and_a_retry_works() {
    let dir = tempfile::tempdir().unwrap();
    let t = telethon();
    let pyrogram = vector("pyrogram-string-current-user")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    for to in ["mtrs", "telethon-file", "tdata"] {
        let out = dir.path().join(format!("new-{to}"));
        // tdata needs a user id: a Pyrogram string has one.
        let input = if to == "tdata" { &pyrogram } else { &t };
        let args = [
            "session",
            "convert",
            input.as_str(),
            "--to",
            to,
            "--out",
            s(&out),
        ];
        crashes_writing(&args);
        assert!(!out.exists(), "{to}: nothing at the target after a crash");
        ok(&args);
        assert!(out.exists(), "{to}: the retry wrote it");
        ok(&[
            "session",
            "inspect",
            s(&out),
            "--from",
            if to == "mtrs" { "mtrs" } else { to },
        ]);
    }
    // Replacing with --force: a crash keeps the old file whole.
    let out = dir.path().join("forced.session");
    ok(&[
        "session",
        "convert",
        &t,
        "--to",
        "telethon-file",
        "--out",
        s(&out),
    ]);
    let before = std::fs::read(&out).unwrap();
    let args = [
        "session",
        "convert",
        &t,
        "--to",
        "telethon-file",
        "--out",
        s(&out),
        "--force",
    ];
    crashes_writing(&args);
    assert_eq!(std::fs::read(&out).unwrap(), before, "old file untouched");
    ok(&args);
    ok(&["session", "inspect", s(&out)]);
    // The retries removed what the crashed runs left behind.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "forced.session",
            "new-mtrs",
            "new-tdata",
            "new-telethon-file"
        ]
    );
}

#[test]
fn tdata_output_folders_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let pyrogram = vector("pyrogram-string-current-user")["string"]
        .as_str()
        .unwrap()
        .to_owned();
    let busy = dir.path().join("busy");
    std::fs::create_dir(&busy).unwrap();
    std::fs::write(busy.join("notes.txt"), "mine").unwrap();
    for force in [false, true] {
        let mut args = vec![
            "session",
            "convert",
            &pyrogram,
            "--to",
            "tdata",
            "--out",
            s(&busy),
        ];
        if force {
            args.push("--force");
        }
        let stderr = fails(&args);
        assert!(
            stderr.contains("neither empty nor a tdata folder"),
            "{stderr}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(busy.join("notes.txt")).unwrap(),
        "mine"
    );
    // An empty folder is filled; then it is a tdata folder, replaced only with --force.
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let args = [
        "session",
        "convert",
        &pyrogram,
        "--to",
        "tdata",
        "--out",
        s(&empty),
    ];
    ok(&args);
    assert!(empty.join("key_datas").is_file());
    let stderr = fails(&args);
    assert!(stderr.contains("--force"), "{stderr}");
    ok(&[&args[..], &["--force"]].concat());
    ok(&["session", "inspect", s(&empty)]);
    only(dir.path(), &["busy", "empty"]);
}
