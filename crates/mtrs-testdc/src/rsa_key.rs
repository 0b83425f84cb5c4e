//! The cluster's RSA key pair: a fixed 2048-bit test key (never used by Telegram).
//!
//! Clients get the public half as PEM ([`crate::Cluster::rsa_public_key_pem`]) or as an
//! `mtrs_crypto::rsa::RsaPublicKey`; the server decrypts `req_DH_params` with the private half.

use mtrs_crypto::rsa::RsaPrivateKey;

use crate::error::Error;

/// The public key, PKCS#1 PEM (`BEGIN RSA PUBLIC KEY`), as Telethon's `rsa` package and
/// most clients read it.
pub const TEST_PUBLIC_KEY_PEM: &str = "-----BEGIN RSA PUBLIC KEY-----
MIIBCgKCAQEAxczYGpdTU3B+2YufAWyjSyvXlPcMI9nRsoNEki1UkwhWvXZbK6uV
1Zrvn6MLal5A1iFxminBTvvausmaMOCuuLY5RGIr4bgCyA8SgWkwtzbQ83wcCiM5
JpANo/iYq5rP2F6NyIKMFVEIevCMTJIuCpBv/a5XVklyEoUzf4odgDpXLVxktQ3H
fko60f47eYQVHyQUjnTpMUR4ZOM4hlPnG7rv+Feb7TYV6Xyt3PhoFYbe/JDi4eOF
/YlQyUn5U9gC5iUekI4U4oiPM0iJvyp3lc3bpiTo8q3OJF1aqtcmjsRVCjjdf/Uw
RAlat8aKwAvhhoivAzvyF0IkuB1oHL+zQwIDAQAB
-----END RSA PUBLIC KEY-----\n";

const N_HEX: [&str; 8] = [
    "c5ccd81a975353707ed98b9f016ca34b2bd794f70c23d9d1b28344922d549308",
    "56bd765b2bab95d59aef9fa30b6a5e40d621719a29c14efbdabac99a30e0aeb8",
    "b63944622be1b802c80f12816930b736d0f37c1c0a233926900da3f898ab9acf",
    "d85e8dc8828c1551087af08c4c922e0a906ffdae575649721285337f8a1d803a",
    "572d5c64b50dc77e4a3ad1fe3b7984151f24148e74e931447864e3388653e71b",
    "baeff8579bed3615e97caddcf8681586defc90e2e1e385fd8950c949f953d802",
    "e6251e908e14e2888f334889bf2a7795cddba624e8f2adce245d5aaad7268ec4",
    "550a38dd7ff53044095ab7c68ac00be18688af033bf2174224b81d681cbfb343",
];

const D_HEX: [&str; 8] = [
    "080dcdb4d3799099b188911f51d307191df962b6e677253cdd1c6c33d985aa90",
    "f9db30110947accbac49da81ac8ad1b8a91f667d44fafa88d5c0aa49cd78b094",
    "93d2e41e6d33fd269bd7c544a0b05b9d6f47a2c38f841ca51dd3785c3c772c50",
    "0f3ad6621632b7017c2b6955051f24a1c87ccee304ea5e06378bd5eb7907b77b",
    "5652833fff58239d0375926b0109a7c69f1e0b57b9036bb8ba00a2354c3eeec4",
    "c0c0b41d35a5994e7922113692240f38300e9e4ecc6759ee080d2468f303f805",
    "64c9fa6a24d9ad788dc9332f5272824984fe5c926bb69a8a805566473f688ce8",
    "850e4c43077c347003d028245a3091c50325f456b18f3b0643cdbcb09a8f6965",
];

const E: [u8; 3] = [0x01, 0x00, 0x01];

fn unhex(parts: &[&str]) -> Vec<u8> {
    let digits: Vec<u8> = parts
        .iter()
        .flat_map(|p| p.bytes())
        .filter_map(|c| (c as char).to_digit(16))
        .map(|d| d as u8)
        .collect();
    digits
        .chunks(2)
        .map(|p| p.iter().fold(0, |acc, d| acc << 4 | d))
        .collect()
}

/// The fixed test private key.
pub(crate) fn test_private_key() -> Result<RsaPrivateKey, Error> {
    RsaPrivateKey::new(&unhex(&N_HEX), &E, &unhex(&D_HEX)).map_err(|source| Error::Crypto {
        what: "built-in test RSA key",
        source,
    })
}

#[cfg(test)]
mod tests;
