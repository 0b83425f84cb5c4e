//! No auth key bytes in any log line or `Debug` output during a whole lifecycle.

use std::fmt::Write as _;

use mtrs::{Config, DcId};
use mtrs_testdc::FaultConfig;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, TestDc, client, log_capture};

/// Every 8-byte window of `key` in the renderings a leak could take.
fn leaks(text: &str, key: &[u8]) -> Option<String> {
    let lower = text.to_lowercase();
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    for w in key.windows(8) {
        let hex: String = w.iter().map(|b| format!("{b:02x}")).collect();
        let list = w.iter().map(u8::to_string).collect::<Vec<_>>().join(",");
        if lower.contains(&hex) || compact.contains(&list) {
            return Some(hex);
        }
    }
    None
}

/// The capture is process-wide (installed by `TestDc::start`), so it also holds the
/// logs of every other test running at the same time.
#[tokio::test]
async fn a_full_lifecycle_logs_no_auth_key_bytes() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        save_peers: true,
        ..dc.config(dir.path(), BOT2)
    };
    let c = client(config.clone());
    c.connect().await.unwrap();
    let get_self = GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    };
    c.invoke(&get_self).await.unwrap();
    c.dc_session(DcId::new(3).media()).await.unwrap();
    c.reconnect().await.unwrap();
    c.invoke(&get_self).await.unwrap();
    let string = c.export_session_string().await.unwrap();
    let session = c.session().await.unwrap();
    let mut debug = format!("{c:?} {session:?} {config:?}");
    c.stop().await.unwrap();
    // Errors carry no secrets either.
    let second = client(dc.config(dir.path(), BOT2));
    second.connect().await.unwrap();
    let third = client(dc.config(dir.path(), BOT2));
    let err = third.connect().await.unwrap_err();
    write!(debug, " {err} {err:?}").unwrap();
    second.stop().await.unwrap();

    let logs = log_capture();
    assert!(
        logs.contains("home DC") || logs.contains("created an auth key"),
        "capture works"
    );
    let keys: Vec<_> = session
        .dcs
        .values()
        .filter_map(|d| d.auth_key.clone())
        .collect();
    assert!(keys.len() >= 2, "home and DC 3 keys");
    for key in &keys {
        let all = format!("{logs}\n{debug}");
        assert_eq!(leaks(&all, key.as_bytes()), None, "key bytes leaked");
    }
    assert!(!logs.contains(&string) && !debug.contains(&string));
    assert!(!logs.contains("testdc-bot-secret") && !debug.contains("testdc-bot-secret"));
}
