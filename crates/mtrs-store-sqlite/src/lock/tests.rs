use super::*;

#[test]
fn a_refused_opener_learns_the_holders_pid_and_host() {
    let dir = tempfile::tempdir().unwrap();
    let lock_path = dir.path().join("s.session.lock");
    let session = dir.path().join("s.session");
    let _held = SessionLock::acquire(&lock_path, &session).unwrap();
    let Err(StoreError::InUse {
        path,
        holder,
        expires_in,
    }) = SessionLock::acquire(&lock_path, &session)
    else {
        panic!("a second acquire must be refused with InUse");
    };
    assert_eq!(path, session);
    assert_eq!(expires_in, None, "an OS lock has no expiry");
    assert_eq!(holder.pid, Some(std::process::id()));
    let host = host_name();
    assert!(host.is_some(), "the OS reports a host name");
    assert_eq!(holder.host, host);
    #[cfg(target_os = "linux")]
    {
        let kernel = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
        assert_eq!(host.as_deref(), Some(kernel.trim()));
    }
}

#[test]
fn readers_share_the_lock_and_a_writer_excludes_them() {
    let dir = tempfile::tempdir().unwrap();
    let lock_path = dir.path().join("s.session.lock");
    let session = dir.path().join("s.session");
    let a = SessionLock::acquire_shared(&lock_path, &session).unwrap();
    let b = SessionLock::acquire_shared(&lock_path, &session).unwrap();
    assert!(matches!(
        SessionLock::acquire(&lock_path, &session),
        Err(StoreError::InUse { .. })
    ));
    drop((a, b));
    let writer = SessionLock::acquire(&lock_path, &session).unwrap();
    let Err(StoreError::InUse { holder, .. }) = SessionLock::acquire_shared(&lock_path, &session)
    else {
        panic!("a reader must be refused while a writer holds the lock");
    };
    assert_eq!(holder.pid, Some(std::process::id()));
    drop(writer);
    // The record is cleared with the lock: nobody stale is named later.
    assert_eq!(std::fs::read(&lock_path).unwrap(), b"");
}

/// Two openers racing: the one refused always learns who holds the lock (the holder
/// writes its record after locking; the refused one waits for it, bounded).
#[test]
fn a_racing_opener_always_names_the_holder() {
    let dir = tempfile::tempdir().unwrap();
    let lock_path = dir.path().join("s.session.lock");
    let session = dir.path().join("s.session");
    let mut refused = 0;
    for _ in 0..200 {
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(2));
        let results: Vec<_> = (0..2)
            .map(|_| {
                let (barrier, lock_path, session) =
                    (barrier.clone(), lock_path.clone(), session.clone());
                std::thread::spawn(move || {
                    barrier.wait();
                    SessionLock::acquire(&lock_path, &session)
                })
            })
            .collect::<Vec<_>>()
            .into_iter()
            .map(|t| t.join().unwrap())
            .collect();
        for r in &results {
            if let Err(e) = r {
                let StoreError::InUse { holder, .. } = e else {
                    panic!("{e:?}");
                };
                assert_eq!(holder.pid, Some(std::process::id()), "holder unnamed");
                refused += 1;
            }
        }
        drop(results);
    }
    assert!(refused > 0, "the race happened at least once");
}
