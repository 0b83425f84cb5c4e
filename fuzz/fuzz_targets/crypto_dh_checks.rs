//! DH parameter and public-value checks on hostile input: typed errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mtrs_crypto::dh::{DhGroup, DhValue, TELEGRAM_DH_PRIME};

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_first_chunk::<4>() else {
        return;
    };
    let g = i32::from_le_bytes(*head);
    // Hostile primes: arbitrary bytes, and Telegram's prime with a few bytes changed.
    let _ = DhGroup::new(g, rest);
    let mut near = TELEGRAM_DH_PRIME;
    for (i, b) in rest.iter().take(8).enumerate() {
        near[(usize::from(*b) + i * 31) % 256] ^= b;
    }
    let _ = DhGroup::new(g, &near);
    if let Ok(group) = DhGroup::new(3, &TELEGRAM_DH_PRIME) {
        let _ = group.check_public(rest, DhValue::GA);
        let _ = group.auth_key(rest, DhValue::GB, &[5; 256]);
    }
});
