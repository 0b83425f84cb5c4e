use super::check_part;

fn error(offset: i64, limit: i32, precise: bool) -> Option<String> {
    check_part(offset, limit, precise).err().map(|e| e.name)
}

#[test]
fn telegram_offset_and_limit_rules() {
    assert_eq!(error(0, 512 * 1024, false), None);
    assert_eq!(error(512 * 1024, 512 * 1024, false), None);
    assert_eq!(error(0, 1024 * 1024, false), None);
    assert_eq!(error(4096, 4096, false), None);
    assert_eq!(error(0, 0, false).as_deref(), Some("LIMIT_INVALID"));
    assert_eq!(
        error(0, 2 * 1024 * 1024, false).as_deref(),
        Some("LIMIT_INVALID")
    );
    assert_eq!(error(0, 3 * 4096, false).as_deref(), Some("LIMIT_INVALID"));
    assert_eq!(error(0, 1000, false).as_deref(), Some("LIMIT_INVALID"));
    assert_eq!(error(100, 4096, false).as_deref(), Some("OFFSET_INVALID"));
    assert_eq!(error(-4096, 4096, false).as_deref(), Some("OFFSET_INVALID"));
    // Crossing a 1 MiB boundary.
    assert_eq!(
        error(1024 * 1024 - 4096, 8192, false).as_deref(),
        Some("LIMIT_INVALID")
    );
    // precise: 1 KiB alignment, any limit up to 1 MiB within one window.
    assert_eq!(error(1024, 3 * 1024, true), None);
    assert_eq!(error(1000, 1024, true).as_deref(), Some("OFFSET_INVALID"));
    assert_eq!(error(0, 1500, true).as_deref(), Some("LIMIT_INVALID"));
}
