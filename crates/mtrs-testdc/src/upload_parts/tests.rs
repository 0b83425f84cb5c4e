use super::{MAX_PART, UploadParts};

fn name(r: Result<(), mtrs_proto::RpcError>) -> Option<String> {
    r.err().map(|e| e.name)
}

#[test]
fn parts_are_checked_as_telegram_checks_them() {
    let mut s = UploadParts::new(1 << 20);
    assert_eq!(name(s.save(1, 5, 0, None, vec![1; 10])), None);
    assert_eq!(
        name(s.save(1, 5, -1, None, vec![1; 10])).as_deref(),
        Some("FILE_PART_INVALID")
    );
    assert_eq!(
        name(s.save(1, 5, 4000, None, vec![1; 10])).as_deref(),
        Some("FILE_PART_INVALID")
    );
    assert_eq!(
        name(s.save(1, 5, 1, None, Vec::new())).as_deref(),
        Some("FILE_PART_EMPTY")
    );
    assert_eq!(
        name(s.save(1, 5, 1, None, vec![0; MAX_PART + 1])).as_deref(),
        Some("FILE_PART_TOO_BIG")
    );
    assert_eq!(
        name(s.save(1, 6, 0, Some(0), vec![0; 1024])).as_deref(),
        Some("FILE_PARTS_INVALID")
    );
    assert_eq!(
        name(s.save(1, 6, 3, Some(3), vec![0; 1024])).as_deref(),
        Some("FILE_PART_INVALID")
    );
    assert_eq!(
        name(s.save(1, 6, 0, Some(3), vec![0; 1000])).as_deref(),
        Some("FILE_PART_SIZE_INVALID")
    );
    assert_eq!(name(s.save(1, 6, 0, Some(3), vec![0; 1024])), None);
    assert_eq!(
        name(s.save(1, 6, 1, Some(4), vec![0; 1024])).as_deref(),
        Some("FILE_PARTS_INVALID")
    );
    // The last part of a big file may be of any size.
    assert_eq!(name(s.save(1, 6, 2, Some(3), vec![0; 7])), None);
}

#[test]
fn parts_assemble_in_order_and_per_key() {
    let mut s = UploadParts::new(1 << 20);
    s.save(1, 5, 1, None, vec![2; 3]).unwrap();
    assert_eq!(s.assembled(1, 5), None, "part 0 missing");
    s.save(1, 5, 0, None, vec![1; 2]).unwrap();
    assert_eq!(s.assembled(1, 5), Some(vec![1, 1, 2, 2, 2]));
    assert_eq!(s.assembled(2, 5), None, "another key's file");
    // Sent again: replaced, not counted twice.
    s.save(1, 5, 0, None, vec![9; 2]).unwrap();
    assert_eq!(s.held(), 5);
    s.forget_key(1);
    assert_eq!((s.held(), s.assembled(1, 5)), (0, None));
}

#[test]
fn the_oldest_uploads_go_past_the_budget() {
    let mut s = UploadParts::new(3000);
    s.save(1, 1, 0, None, vec![0; 1024]).unwrap();
    s.save(1, 2, 0, None, vec![0; 1024]).unwrap();
    s.save(1, 3, 0, None, vec![0; 1024]).unwrap();
    assert!(s.held() <= 3000);
    assert_eq!(s.assembled(1, 1), None, "oldest dropped");
    assert!(s.assembled(1, 3).is_some());
    // One upload larger than the budget keeps only itself.
    s.save(1, 3, 1, None, vec![0; 4096]).unwrap();
    assert_eq!(s.held(), 5120);
    assert!(s.assembled(1, 2).is_none());
}
