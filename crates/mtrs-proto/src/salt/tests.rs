use super::*;

fn fs(since: i64, salt: i64) -> FutureSalt {
    FutureSalt {
        valid_since: since,
        valid_until: since + 3600,
        salt: Salt(salt),
    }
}

#[test]
fn future_salts_are_sorted_deduplicated_and_adopted_in_order() {
    let mut salts = Salts::new(Salt(7));
    salts.add_future(&[fs(3600, 3), fs(0, 1), fs(1800, 2)]);
    salts.add_future(&[fs(1800, 2)]);
    let order: Vec<_> = salts.future().iter().map(|f| f.salt.0).collect();
    assert_eq!(order, [1, 2, 3]);
    assert_eq!(salts.advance(10), Salt(1));
    assert!(!salts.needs_refresh(10));
    assert_eq!(salts.advance(1799), Salt(1));
    assert_eq!(salts.advance(1800), Salt(2));
    assert!(salts.needs_refresh(1800));
    assert_eq!(salts.advance(3601), Salt(3));
    assert!(salts.needs_refresh(3601));
    // Nothing newer is known: the current salt stays even after it expires.
    assert_eq!(salts.advance(99_999), Salt(3));
    assert!(salts.future().is_empty());
}

#[test]
fn a_named_salt_replaces_the_current_one() {
    let mut salts = Salts::new(Salt(1));
    salts.set_current(Salt(-5));
    assert_eq!(salts.current(), Salt(-5));
    assert_eq!(format!("{:?}", Salt(-1)), "Salt(ffffffffffffffff)");
}

#[test]
fn at_most_64_future_salts_are_kept() {
    let mut salts = Salts::new(Salt(0));
    let many: Vec<_> = (0..100).map(|i| fs(i * 1800, i + 1)).collect();
    salts.add_future(&many);
    assert_eq!(salts.future().len(), 64);
    assert_eq!(salts.future()[0].salt, Salt(37));
}
