use super::*;

#[test]
fn debug_and_display_show_only_the_id() {
    let bytes: [u8; 256] = std::array::from_fn(|i| (i as u8).wrapping_mul(31).wrapping_add(7));
    let key = AuthKey::from_bytes(bytes);
    for text in [format!("{key:?}"), format!("{key}"), format!("{key:#?}")] {
        for window in bytes.windows(8) {
            let hex: String = window.iter().map(|b| format!("{b:02x}")).collect();
            assert!(!text.contains(&hex), "{text} leaks key bytes");
        }
        assert!(text.contains(&format!("{:016x}", key.id().0)));
    }
}

#[test]
fn equality_is_by_bytes() {
    let a = AuthKey::from_bytes([1; 256]);
    let mut other = [1; 256];
    assert_eq!(a, AuthKey::from_bytes(other));
    other[255] = 2;
    assert_ne!(a, AuthKey::from_bytes(other));
    assert_eq!(AuthKey::from_slice(&[0u8; 255]), None);
}
