//! `mtrs demo`: the lifecycle report, its claims, and the files it leaves.

use serde_json::Value;

use super::common::{fails, json, ok};

const STEPS: [&str; 13] = [
    "start_test_dcs",
    "create",
    "connect",
    "bot_sign_in",
    "call",
    "media_download",
    "export_session_string",
    "stop",
    "reopen_from_file",
    "resume_from_string",
    "convert_all_formats",
    "receive_updates",
    "stop_test_dcs",
];

fn step<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name}"))
}

/// Every step holds; key exchanges happen exactly where claimed (one per DC the account
/// touches) and never on a restart; the whole run takes seconds.
#[test]
fn demo_json_every_step_ok_with_the_claimed_key_exchanges() {
    let report = json(&["demo", "--json"]);
    let names: Vec<&str> = report["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, STEPS);
    for s in report["steps"].as_array().unwrap() {
        assert_eq!(s["ok"], true, "{s}");
        assert!(s["ms"].as_f64().unwrap() >= 0.0);
        assert!(s["details"]["summary"].is_string(), "{s}");
    }
    assert_eq!(report["ok"], true);
    let new_keys = |name: &str| step(&report, name)["details"]["new_key_exchanges"].clone();
    assert_eq!(new_keys("connect"), 1);
    assert_eq!(new_keys("bot_sign_in"), 1);
    assert_eq!(new_keys("media_download"), 1);
    assert_eq!(new_keys("reopen_from_file"), 0);
    assert_eq!(new_keys("resume_from_string"), 0);
    let updates = &step(&report, "receive_updates")["details"];
    assert_eq!(updates["live"], serde_json::json!(["hello, bot"]));
    assert_eq!(
        updates["after_restart"],
        serde_json::json!(["sent while you were away"]),
        "exactly the message sent while stopped, once"
    );
    let sign_in = &step(&report, "bot_sign_in")["details"];
    assert_eq!(sign_in["user_migrate_answers"], 1);
    assert_ne!(
        sign_in["home_dc"], 2,
        "the bot migrated away from the start DC"
    );
    let media = &step(&report, "media_download")["details"];
    assert_eq!(media["export_authorization_on_home_dc"], 1);
    assert_eq!(media["import_authorization_on_file_dc"], 1);
    for name in ["reopen_from_file", "resume_from_string"] {
        let d = &step(&report, name)["details"];
        assert_eq!(d["new_bot_logins"], 0, "{name}");
        assert_eq!(d["new_authorization_imports"], 0, "{name}");
    }
    assert_eq!(
        step(&report, "resume_from_string")["details"]["files_in_fresh_dir"],
        0
    );
    let per_dc = &step(&report, "stop_test_dcs")["details"]["key_exchanges_per_dc"];
    assert_eq!(per_dc, &serde_json::json!({"dc1": 1, "dc2": 1, "dc3": 1}));
    let converted = &step(&report, "convert_all_formats")["details"];
    for format in [
        "telethon",
        "pyrogram",
        "gramjs",
        "mtcute",
        "tdata",
        "telethon-file",
        "pyrogram-file",
    ] {
        assert!(
            converted[format].is_string(),
            "{format} missing: {converted}"
        );
    }
    let total = report["total_ms"].as_f64().unwrap();
    assert!(total < 10_000.0, "the demo took {total} ms");
    // The temporary work dir is gone.
    let dir = report["work_dir"].as_str().unwrap();
    assert!(!std::path::Path::new(dir).exists(), "{dir} left behind");
}

/// With `--work-dir`, the files stay and the other commands read them.
#[test]
fn demo_leaves_sessions_the_session_commands_read() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("demo");
    let work = work.to_str().unwrap();
    let text = ok(&["demo", "--work-dir", work]);
    assert!(text.contains("all 13 steps ok"), "{text}");

    let ours = ok(&[
        "session",
        "export",
        "--work-dir",
        work,
        "--session-name",
        "demo",
    ]);
    // The report never prints the session string (it grants the account).
    assert!(!text.contains(ours.trim()));
    let got = json(&["session", "inspect", ours.trim(), "--json"]);
    assert_eq!(got["format"], "mtrs");
    assert_eq!(got["is_bot"], true);
    assert_ne!(got["dc_id"], 2);
    let user = got["user_id"].clone();
    let telethon = format!("{work}/converted/telethon.session");
    let got = json(&["session", "inspect", &telethon, "--json"]);
    assert_eq!(got["format"], "telethon-file");
    assert_eq!(got["user_id"], user);
    let tdata = format!("{work}/converted/tdata");
    let got = json(&["session", "inspect", &tdata, "--json"]);
    assert_eq!(got["accounts"][0]["user_id"], user);

    let stderr = fails(&["demo", "--work-dir", work]);
    assert!(stderr.contains("not empty"), "{stderr}");
}
