//! `mtrs-crypto`: the cryptography of MTProto 2.0 and Telegram Desktop.
//!
//! This crate is pure computation: it never touches sockets, files, clocks or a random
//! number generator of its own; callers pass randomness in. Secrets it holds (see
//! [`AuthKey`]) are zeroized on drop and never printed.
//!
//! # Map of the public API
//!
//! | need | call |
//! | --- | --- |
//! | auth key, id, aux hash | [`AuthKey::from_bytes`], [`AuthKey::from_slice`], [`AuthKey::id`], [`AuthKey::aux_hash`] |
//! | AES-256-IGE in place | [`ige::encrypt`], [`ige::decrypt`] (error [`Error::NotBlockAligned`]) |
//! | MTProto 2.0 message keys (x = 0 / 8 via [`Direction`]) | [`msg_key::msg_key`], [`msg_key::msg_key_large`], [`msg_key::aes_key_iv`], [`msg_key::quick_ack_token`] |
//! | MTProto 2.0 encrypt / decrypt+verify a padded plaintext | [`msg_key::encrypt`], [`msg_key::decrypt`] |
//! | tdata passcode key (PBKDF2-HMAC-SHA512, 1 / 100 000 rounds) | [`tdesktop::create_local_key`] → [`tdesktop::LocalKey`] (pre-multi-account folders: [`tdesktop::create_legacy_local_key`]) |
//! | tdata encrypted blocks | [`tdesktop::encrypt_local`], [`tdesktop::decrypt_local`], [`tdesktop::local_padding_len`] |
//! | MTProto 1.0 / tdata SHA1 key+IV from a 16-byte msg_key | [`tdesktop::aes_key_iv_v1`] |
//! | handshake hashes: new_nonce_hash1/2/3, tmp_aes_key/iv, first salt | [`exchange::new_nonce_hash`] ([`exchange::DhGenAnswer`]), [`exchange::tmp_aes_key_iv`], [`exchange::first_server_salt`] |
//! | handshake payloads `AES-IGE(SHA1(data) ‖ data ‖ padding)` | [`exchange::encrypt_inner_data`], [`exchange::decrypt_inner_data`], [`exchange::verify_inner_data`] |
//! | obfuscated2 / MTProxy | [`obfuscated::is_acceptable_init`], [`obfuscated::client_header`], [`obfuscated::server_accept`], [`obfuscated::derive_keys`], [`obfuscated::CtrStream`] |
//! | DH group checks (dh_prime, g), g_a/g_b checks, modexps | [`dh::DhGroup::new`], [`dh::DhGroup::check_public`], [`dh::DhGroup::public_value`], [`dh::DhGroup::auth_key`], [`dh::modexp`], [`dh::TELEGRAM_DH_PRIME`] |
//! | RSA keys: Telegram's, from PEM or (n, e); fingerprints | [`rsa::telegram_production_key`], [`rsa::telegram_test_key`], [`rsa::RsaPublicKey::from_pem`], [`rsa::RsaPublicKey::new`], [`rsa::RsaPublicKey::fingerprint`], [`rsa::find_by_fingerprint`] |
//! | RSA_PAD / legacy RSA, client side | [`rsa::RsaPublicKey::encrypt_pad`] (retry on [`Error::RsaPadRetry`]), [`rsa::RsaPublicKey::encrypt_legacy`] |
//! | RSA_PAD / legacy RSA, server side | [`rsa::RsaPrivateKey::new`], [`rsa::RsaPrivateKey::decrypt_pad`], [`rsa::RsaPrivateKey::decrypt_legacy`] → [`rsa::LegacyPlaintext`] |
//! | 2FA SRP: password hash, verifier, client proof, server side | [`srp::PasswordHash::new`], [`srp::verifier`], [`srp::client_proof`] → [`srp::SrpProof`], [`srp::SrpServer::new`], [`srp::SrpServer::verify`] |
//! | pq factorization | [`pq::factorize`], [`pq::factorize_be`] → [`pq::Factors`] |
//!
//! Every fallible call returns [`Error`], a `#[non_exhaustive]` enum with structured fields.
//!
//! # Performance notes
//!
//! * AES-IGE runs its whole loop inside the `aes` crate's backend closure
//!   (`encrypt_with_backend` / `decrypt_with_backend`): CPU features are detected once per
//!   buffer. IGE is sequential in both directions (block `i` needs block `i − 1`'s output), so
//!   no multi-block path applies; the bench compares it with sequential AES-256-CBC
//!   encryption from the `cbc` crate (`cargo bench -p mtrs-crypto --bench crypto`).
//! * No `unsafe`: the workspace forbids it and nothing here needs it.
//! * Secret exponents (`b`, RSA `d`, SRP `x`, `a + u·x`, `b`) go through crypto-bigint's constant-time exponentiation;
//!   public ones (RSA `e`, primality tests) through its variable-time one.

mod auth_key;
mod bignum;
pub mod dh;
mod error;
pub mod exchange;
pub mod ige;
mod key_iv;
pub mod msg_key;
pub mod obfuscated;
mod pem;
pub mod pq;
pub mod rsa;
pub mod srp;
pub mod tdesktop;

pub use auth_key::{AuthKey, AuthKeyId};
pub use error::{Error, LocalDecryptFailure};
pub use key_iv::AesKeyIv;
pub use msg_key::Direction;
