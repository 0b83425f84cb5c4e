//! Perfect forward secrecy (`Config::pfs`): traffic runs on temporary keys bound to the
//! permanent one, which never encrypts a packet; a restart within a key's lifetime makes
//! no new key; a key due for replacement is replaced while calls keep succeeding.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use mtrs::{Config, Pfs};
use mtrs_testdc::{Counters, FaultConfig, RejectKeys};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;

use crate::support::{BOT2, TestDc, client};

fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

/// A counter summed over every DC of the cluster.
fn total(dc: &TestDc, field: impl Fn(&Counters) -> u64) -> u64 {
    (1..=5).map(|n| field(&dc.cluster.counters(n))).sum()
}

fn config(dc: &TestDc, dir: &std::path::Path, pfs: Pfs) -> Config {
    Config {
        pfs: Some(pfs),
        ..dc.config(dir, BOT2)
    }
}

#[tokio::test]
async fn traffic_runs_on_temporary_keys_and_a_restart_within_their_lifetime_makes_none() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let first = client(config(&dc, dir.path(), Pfs::default()));
    first.connect().await.unwrap();
    let users = first.invoke(&get_self()).await.unwrap();
    let [enums::User::User(me)] = users.as_slice() else {
        panic!("unexpected {users:?}");
    };
    assert_eq!(me.id, 7001, "the bot signed in over a bound temporary key");
    first.stop().await.unwrap();
    let perm = total(&dc, |c| c.key_exchanges);
    let temp = total(&dc, |c| c.temp_key_exchanges);
    assert!(perm >= 1);
    assert_eq!(
        temp, perm,
        "one temporary key per DC used, beside its permanent one"
    );
    assert_eq!(total(&dc, |c| c.calls("auth.bindTempAuthKey")), temp);
    assert_eq!(
        total(&dc, |c| c.packets_on_perm_keys),
        0,
        "the permanent key never encrypts traffic"
    );
    assert!(total(&dc, |c| c.packets_on_temp_keys) > 0);

    // Restart from the file: the temporary keys are still good.
    let second = client(config(&dc, dir.path(), Pfs::default()));
    second.connect().await.unwrap();
    assert_eq!(second.invoke(&get_self()).await.unwrap().len(), 1);
    second.stop().await.unwrap();
    assert_eq!(
        total(&dc, |c| c.key_exchanges),
        perm,
        "no new permanent key"
    );
    assert_eq!(
        total(&dc, |c| c.temp_key_exchanges),
        temp,
        "no new temporary key"
    );
    assert_eq!(total(&dc, |c| c.packets_on_perm_keys), 0);
}

#[tokio::test]
async fn a_temporary_key_is_replaced_before_it_expires_while_calls_keep_succeeding() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    // Due for replacement about a second after it is made.
    let pfs = Pfs {
        key_lifetime: Duration::from_secs(60),
        renew_before: Duration::from_secs(59),
    };
    let client = Arc::new(client(config(&dc, dir.path(), pfs)));
    client.connect().await.unwrap();
    client.invoke(&get_self()).await.unwrap();
    let start = total(&dc, |c| c.temp_key_exchanges);

    let stop = Arc::new(AtomicBool::new(false));
    let (calls, failures) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
    let caller = {
        let (client, stop) = (client.clone(), stop.clone());
        let (calls, failures) = (calls.clone(), failures.clone());
        tokio::spawn(async move {
            while !stop.load(Ordering::Acquire) {
                match client.invoke(&get_self()).await {
                    Ok(_) => calls.fetch_add(1, Ordering::Relaxed),
                    Err(e) => {
                        eprintln!("call failed during a key replacement: {e}");
                        failures.fetch_add(1, Ordering::Relaxed)
                    }
                };
            }
        })
    };
    // Two replacements happen while the caller keeps calling.
    tokio::time::timeout(Duration::from_secs(30), async {
        while total(&dc, |c| c.temp_key_exchanges) < start + 2 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the temporary key is replaced about every second");
    let before = calls.load(Ordering::Relaxed);
    // Calls go on over the newest key.
    tokio::time::timeout(Duration::from_secs(10), async {
        while calls.load(Ordering::Relaxed) < before + 5 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("calls continue after the replacement");
    stop.store(true, Ordering::Release);
    caller.await.unwrap();
    assert_eq!(failures.load(Ordering::Relaxed), 0, "no call failed");
    assert!(total(&dc, |c| c.calls("auth.bindTempAuthKey")) >= start + 2);
    assert_eq!(total(&dc, |c| c.packets_on_perm_keys), 0);
    assert_eq!(dc.total_key_exchanges(), 1, "the permanent key stays");
    client.stop().await.unwrap();
}

#[tokio::test]
async fn a_rejected_temporary_key_is_replaced_and_the_login_stays() {
    let dc = TestDc::start(FaultConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let c = client(config(&dc, dir.path(), Pfs::default()));
    c.connect().await.unwrap();
    c.invoke(&get_self()).await.unwrap();
    let perm = dc.key_exchanges(2);
    let temp = dc.cluster.counters(2).temp_key_exchanges;
    let logins = dc.cluster.counters(2).calls("auth.importBotAuthorization");
    assert!(logins >= 1, "the bot signed in on DC 2");
    dc.cluster
        .faults(2)
        .unwrap()
        .update(|f| f.reject_keys = Some(RejectKeys::Next(1)));
    let users = c.invoke(&get_self()).await.unwrap();
    assert_eq!(users.len(), 1, "the call succeeds on a new temporary key");
    let after = dc.cluster.counters(2);
    assert_eq!(after.temp_key_exchanges, temp + 1);
    assert_eq!(dc.key_exchanges(2), perm, "the permanent key stays");
    assert_eq!(
        after.calls("auth.importBotAuthorization"),
        logins,
        "the login belongs to the permanent key: no new sign-in"
    );
    assert_eq!(after.packets_on_perm_keys, 0);
    c.stop().await.unwrap();
}
