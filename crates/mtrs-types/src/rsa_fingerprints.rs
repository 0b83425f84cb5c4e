//! Fingerprints of Telegram's RSA server keys (the low 64 bits of SHA-1 of the key's
//! TL-serialized `n` and `e`), as offered in `resPQ.server_public_key_fingerprints`.
//!
//! The keys themselves live in `mtrs-crypto` (`rsa::telegram_production_key`,
//! `rsa::telegram_test_key`), whose tests check them against these values.

/// Telegram's production server key (`0xd09d1d85de64fd85`).
pub const PRODUCTION: i64 = 0xd09d_1d85_de64_fd85_u64 as i64;

/// Telegram's test-DC server key (`0xb25898df208d2603`).
pub const TEST: i64 = 0xb258_98df_208d_2603_u64 as i64;
