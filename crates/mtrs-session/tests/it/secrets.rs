//! Key bytes never appear in `Debug` output or error text of session types.

use mtrs_session::testing::full_session;
use mtrs_session::{
    AuthKey, DcId, DcState, DcUpdate, LockHolder, Operation, StoreError, TempAuthKey, UnixTime,
};

fn windows_of(key: &AuthKey) -> Vec<String> {
    let bytes = key.as_bytes();
    let mut needles = Vec::new();
    for w in bytes.windows(8) {
        needles.push(w.iter().map(|b| format!("{b:02x}")).collect::<String>());
        needles.push(w.iter().map(|b| format!("{b:02X}")).collect::<String>());
        needles.push(
            w.iter()
                .map(|b| b.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    needles
}

fn assert_no_key(text: &str, key: &AuthKey) {
    for needle in windows_of(key) {
        assert!(
            !text.contains(&needle),
            "key bytes {needle} leaked into {text}"
        );
    }
}

#[test]
fn debug_of_every_type_holding_a_key_shows_only_ids() {
    let data = full_session();
    let keys: Vec<AuthKey> = data
        .dcs
        .values()
        .flat_map(|dc| {
            dc.auth_key
                .iter()
                .cloned()
                .chain(dc.temp_auth_key.iter().map(|t| t.key.clone()))
        })
        .collect();
    assert!(keys.len() >= 3);
    let texts = [
        format!("{data:?}"),
        format!("{data:#?}"),
        format!("{:?}", data.dcs),
        format!(
            "{:?}",
            DcUpdate::new(DcId(1), data.dcs[&DcId(4)].clone()).make_home()
        ),
    ];
    for (n, text) in texts.iter().enumerate() {
        for key in &keys {
            assert_no_key(text, key);
            if n < 3 {
                let id = format!("{:016x}", key.id().0);
                assert!(text.contains(&id), "the snapshot shows key ids");
            }
        }
    }
    let temp = TempAuthKey {
        key: AuthKey::from_bytes([0xAB; 256]),
        expires_at: UnixTime(1),
    };
    assert_no_key(&format!("{temp:?}"), &temp.key);
    let dc = DcState::new().with_auth_key(AuthKey::from_bytes([0x11; 256]));
    assert!(!format!("{dc:?}").contains("17, 17"));
}

#[test]
fn errors_name_path_and_operation() {
    let err = StoreError::InUse {
        path: "/x/s.session".into(),
        holder: LockHolder {
            pid: Some(9),
            host: Some("h".into()),
            instance: None,
        },
        expires_in: None,
    };
    assert_eq!(
        err.to_string(),
        "session /x/s.session is in use by pid 9 on h"
    );
    assert_eq!(err.operation(), Some(Operation::Lock));
    let err = StoreError::InUse {
        path: "pg/s".into(),
        holder: LockHolder {
            pid: Some(9),
            host: Some("h".into()),
            instance: Some("ab12".into()),
        },
        expires_in: Some(std::time::Duration::from_millis(2500)),
    };
    assert_eq!(
        err.to_string(),
        "session pg/s is in use by pid 9 on h (instance ab12); its lease expires in 2.5 s"
    );
    let err = StoreError::LeaseLost {
        path: "pg/s".into(),
        operation: Operation::Save,
    };
    assert_eq!(
        err.to_string(),
        "cannot save session pg/s: the lease on it was lost"
    );
    assert_eq!(err.operation(), Some(Operation::Save));
    let err = StoreError::Corrupt {
        path: "/y".into(),
        operation: Operation::Load,
        detail: "auth key of 3 bytes".into(),
    };
    assert_eq!(
        err.to_string(),
        "cannot load session /y: corrupt data: auth key of 3 bytes"
    );
    assert_eq!(err.path(), std::path::Path::new("/y"));
}
