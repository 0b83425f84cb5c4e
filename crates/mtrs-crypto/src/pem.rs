//! RSA public keys from PEM, decoded by the RustCrypto `pkcs1` and `spki` crates.

use pkcs1::RsaPublicKeyRef;
use pkcs1::der::{self, Decode, Document};
use spki::SubjectPublicKeyInfoRef;

use crate::Error;

fn bad(reason: &'static str) -> Error {
    Error::RsaBadPem { reason }
}

fn bad_der(e: der::Error) -> Error {
    match e.kind() {
        der::ErrorKind::Pem(_) => bad("malformed PEM"),
        _ => bad("malformed DER"),
    }
}

/// The numbers `(n, e)` (big-endian, no sign byte) of the first PEM block in `pem`: a
/// PKCS#1 `RSAPublicKey` (`BEGIN RSA PUBLIC KEY`) or an X.509 `SubjectPublicKeyInfo`
/// with the `rsaEncryption` algorithm (`BEGIN PUBLIC KEY`). Text before the block is
/// ignored.
pub(crate) fn rsa_public_numbers(pem: &str) -> Result<(Vec<u8>, Vec<u8>), Error> {
    let start = pem.find("-----BEGIN").ok_or(bad("no BEGIN line"))?;
    let (label, doc) = Document::from_pem(&pem[start..]).map_err(bad_der)?;
    let pkcs1_der = match label {
        "RSA PUBLIC KEY" => doc.as_bytes(),
        "PUBLIC KEY" => {
            let info = SubjectPublicKeyInfoRef::from_der(doc.as_bytes()).map_err(bad_der)?;
            if info.algorithm.oid != pkcs1::ALGORITHM_OID {
                return Err(bad("not an rsaEncryption key"));
            }
            info.subject_public_key
                .as_bytes()
                .ok_or(bad("BIT STRING with unused bits"))?
        }
        _ => return Err(bad("unexpected PEM label")),
    };
    let key = RsaPublicKeyRef::from_der(pkcs1_der).map_err(bad_der)?;
    Ok((
        key.modulus.as_bytes().to_vec(),
        key.public_exponent.as_bytes().to_vec(),
    ))
}
