use super::*;

#[test]
fn big_numbers_are_minimal_big_endian() {
    assert_eq!(be_bytes(1513098571), vec![0x5a, 0x30, 0x0d, 0x4b]);
    assert_eq!(
        be_bytes(0x2565_95ed_b776_6797),
        vec![0x25, 0x65, 0x95, 0xed, 0xb7, 0x76, 0x67, 0x97]
    );
    assert_eq!(be_bytes(0), vec![0]);
}
