use super::*;

fn dec(s: &str, p: Padding) -> Result<Vec<u8>, ConvertError> {
    decode(Format::Pyrogram, s, p).map(|v| v.to_vec())
}

#[test]
fn both_alphabets_decode_the_same() {
    let data: Vec<u8> = (0u8..=255).collect();
    let url = url_pad(&data);
    let std = std_pad(&data);
    assert_ne!(url, std);
    assert_eq!(dec(&url, Padding::Required).unwrap(), data);
    assert_eq!(dec(&std, Padding::Required).unwrap(), data);
    assert_eq!(dec(&url_nopad(&data), Padding::Optional).unwrap(), data);
}

#[test]
fn padding_rules() {
    // "AQI" is [1, 2]; its padded form is "AQI=".
    assert_eq!(dec("AQI=", Padding::Required).unwrap(), vec![1, 2]);
    assert_eq!(dec("AQI", Padding::Optional).unwrap(), vec![1, 2]);
    assert!(matches!(
        dec("AQI", Padding::Required),
        Err(ConvertError::Padding { .. })
    ));
    assert!(matches!(
        dec("AQI==", Padding::Optional),
        Err(ConvertError::Padding { .. })
    ));
    assert!(matches!(
        dec("AQID=", Padding::Optional),
        Err(ConvertError::Padding { .. })
    ));
    assert!(matches!(
        dec("AQIDB", Padding::Optional),
        Err(ConvertError::Padding { .. })
    ));
}

#[test]
fn rejects_foreign_characters_with_offset() {
    assert!(matches!(
        dec("AQ I", Padding::Optional),
        Err(ConvertError::Base64 { offset: 2, .. })
    ));
    assert!(matches!(
        dec("A=QI", Padding::Optional),
        Err(ConvertError::Base64 { offset: 1, .. })
    ));
}

#[test]
fn rejects_non_zero_trailing_bits() {
    // "AQJ" would carry non-zero bits past the two decoded bytes.
    assert!(matches!(
        dec("AQJ", Padding::Optional),
        Err(ConvertError::Base64 { .. })
    ));
}
