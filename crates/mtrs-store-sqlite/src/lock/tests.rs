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
