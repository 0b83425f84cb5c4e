//! Integration tests: every value of the official auth-key sample and of the Telethon-made
//! crypto vectors (copied under `tests/data/`), plus Telegram Desktop key files.

mod data;
mod dh;
mod exchange;
mod ige;
mod msg_key;
mod obfuscated;
mod pq;
mod rsa;
mod srp;
mod tdesktop;
