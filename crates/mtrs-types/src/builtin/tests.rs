use super::*;

#[test]
fn tables_follow_the_spec() {
    assert_eq!(
        ipv4(1, false, DcSource::Pyrogram),
        Some(Ipv4Addr::new(149, 154, 175, 53))
    );
    assert_eq!(
        ipv4(1, false, DcSource::Tdesktop),
        Some(Ipv4Addr::new(149, 154, 175, 50))
    );
    assert_eq!(
        ipv4(5, false, DcSource::Tdesktop),
        Some(Ipv4Addr::new(149, 154, 171, 5))
    );
    assert_eq!(
        ipv4(2, true, DcSource::Pyrogram),
        Some(Ipv4Addr::new(149, 154, 167, 40))
    );
    assert_eq!(ipv4(4, true, DcSource::Pyrogram), None);
    assert_eq!(ipv4(6, false, DcSource::Pyrogram), None);
    assert_eq!(
        ipv6(2, false).map(|a| a.to_string()).as_deref(),
        Some("2001:67c:4e8:f002::a")
    );
    assert_eq!(
        ipv6(1, true).map(|a| a.to_string()).as_deref(),
        Some("2001:b28:f23d:f001::e")
    );
    assert_eq!(
        ipv6(203, false).map(|a| a.to_string()).as_deref(),
        Some("2a0a:f280:203:a:5000::100")
    );
}

#[test]
fn test_addresses_are_recognised() {
    assert!(is_test_address("149.154.167.40".parse().unwrap()));
    assert!(is_test_address("2001:67c:4e8:f002::e".parse().unwrap()));
    assert!(!is_test_address("149.154.167.51".parse().unwrap()));
}
