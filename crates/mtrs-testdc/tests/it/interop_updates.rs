//! Telethon (a real client written by others) receives the test DC's updates: a bot's
//! `events.NewMessage` handler sees each message injected through the control interface
//! exactly once, including one sent while it was disconnected (Telethon's `catch_up`,
//! updates.getDifference).
//!
//! Skipped without `MTRS_INTEROP_PYTHON` outside CI, as `interop.rs`.

use std::time::Duration;

use mtrs_testdc::{Cluster, DcId};
use serde_json::{Value, json};

use crate::BOT_TOKEN;
use crate::interop::{python, script};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telethon_sees_each_injected_message_once_and_catches_up_after_a_disconnect() {
    let Some(python) = python() else { return };
    let cluster = Cluster::builder().dcs(3).start().await.unwrap();
    let control = cluster
        .start_control("127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let dir = std::env::temp_dir().join(format!("mtrs-testdc-updates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let session = dir.join("bot.session");
    let _ = std::fs::remove_file(&session);
    let config = json!({
        "dcs": cluster.dc_options().iter().map(|e| json!({"id": e.id.number(), "ip": e.ip.to_string(), "port": e.port})).collect::<Vec<_>>(),
        "control": control.addr().to_string(),
        "rsa_public_key_pem": cluster.rsa_public_key_pem(),
        "bot_token": BOT_TOKEN,
        "bot_id": 7001,
        "bot_dc": 2,
        "api_id": 12345,
        "api_hash": "0123456789abcdef0123456789abcdef",
        "session": session.to_string_lossy(),
        "senders": [1001, 1003],
    });
    let config_path = dir.join("config.json");
    std::fs::write(&config_path, serde_json::to_vec_pretty(&config).unwrap()).unwrap();

    let child = tokio::process::Command::new(&python)
        .arg(script("telethon_updates.py"))
        .arg(&config_path)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(120), child)
        .await
        .expect("telethon_updates.py timed out")
        .expect("run python");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let calls: Vec<String> = cluster
        .events()
        .snapshot()
        .iter()
        .filter_map(|e| match e {
            mtrs_testdc::Event::Call { method, error, .. } => Some(format!("{method} {error:?}")),
            mtrs_testdc::Event::UpdatePushed {
                constructor, pts, ..
            } => Some(format!("pushed {constructor} pts {pts}")),
            _ => None,
        })
        .collect();
    assert!(
        output.status.success(),
        "telethon_updates.py failed ({}):\n{stdout}\n{stderr}\ncalls: {calls:#?}",
        output.status
    );
    let result: Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    let received = result["received"].as_array().expect("received");
    let texts: Vec<&str> = received.iter().filter_map(|r| r["text"].as_str()).collect();
    assert_eq!(
        texts,
        ["live one", "live two", "while away", "back again"],
        "each message exactly once, in order: {result}"
    );
    // Telethon's ids are the bot's own message ids, as the control interface said.
    for (got, sent) in received.iter().zip(result["injected"].as_array().unwrap()) {
        assert_eq!(got["id"], sent["id"]);
        assert_eq!(got["out"], json!(false));
    }
    assert_eq!(received[0]["sender_id"], json!(1001));
    assert_eq!(received[1]["sender_id"], json!(1003));
    let dc2 = cluster.counters(DcId::new(2));
    assert!(dc2.calls("updates.getDifference") >= 1, "{dc2:?}");
    assert!(dc2.updates_pushed >= 3, "{dc2:?}");
    assert!(dc2.sent("updateShortMessage") >= 3, "{dc2:?}");
    control.shutdown().await;
    cluster.shutdown().await;
    let _ = std::fs::remove_dir_all(&dir);
}
