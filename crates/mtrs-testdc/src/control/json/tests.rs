use serde_json::{Value, json};

use super::{apply_faults, faults};
use crate::faults::{FaultConfig, RejectKeys};

fn apply(changes: Value) -> Result<FaultConfig, String> {
    let mut config = FaultConfig::default();
    apply_faults(&mut config, changes.as_object().expect("an object"))?;
    Ok(config)
}

#[test]
fn fault_changes_round_trip_through_json() {
    let config = apply(json!({
        "bad_server_salt_every": 5,
        "close_probability": 0.25,
        "seed": 9,
        "reply_delay_ms": 40,
        "flood_wait": {"help.getConfig": 3},
        "user_migrate_to": 2,
        "reject_keys": "forever",
        "close_after_handshake": true,
        "session_revoked": 2,
    }))
    .unwrap();
    assert_eq!(config.bad_server_salt_every, Some(5));
    assert_eq!(config.reject_keys, Some(RejectKeys::Forever));
    assert_eq!(config.flood_wait.get("help.getConfig"), Some(&3));
    let shown = faults(&config);
    assert_eq!(shown["reply_delay_ms"], json!(40));
    assert_eq!(shown["reject_keys"], json!("forever"));
    let again = apply(shown).unwrap();
    assert_eq!(again, config);
}

#[test]
fn bad_fault_changes_are_refused_with_a_reason() {
    for bad in [
        json!({"bad_server_salt_every": 0}),
        json!({"bad_server_salt_every": -1}),
        json!({"close_probability": 1.5}),
        json!({"flood_wait": {"m": "x"}}),
        json!({"reject_keys": "soon"}),
        json!({"user_migrate_to": 1e12}),
        json!({"session_revoked": 5_000_000_000u64}),
        json!({"no_such_fault": 1}),
    ] {
        let error = apply(bad.clone()).expect_err("refused");
        assert!(!error.is_empty(), "{bad}");
    }
}
