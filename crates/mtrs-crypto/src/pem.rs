//! Just enough PEM and DER to read an RSA public key.

use base64::Engine;

use crate::Error;

fn bad(reason: &'static str) -> Error {
    Error::RsaBadPem { reason }
}

/// The DER bytes between the first `-----BEGIN …-----` and `-----END …-----` lines.
pub(crate) fn decode(pem: &str) -> Result<Vec<u8>, Error> {
    let mut lines = pem
        .lines()
        .map(str::trim)
        .skip_while(|l| !l.starts_with("-----BEGIN"));
    lines.next().ok_or(bad("no BEGIN line"))?;
    let mut b64 = String::new();
    let mut ended = false;
    for line in lines {
        if line.starts_with("-----END") {
            ended = true;
            break;
        }
        b64.push_str(line);
    }
    if !ended {
        return Err(bad("no END line"));
    }
    base64::engine::general_purpose::STANDARD
        .decode(b64)
        .map_err(|_| bad("invalid base64"))
}

/// One DER element: (tag, contents, rest).
fn tlv(input: &[u8]) -> Result<(u8, &[u8], &[u8]), Error> {
    let (&tag, rest) = input.split_first().ok_or(bad("truncated DER"))?;
    let (&first, rest) = rest.split_first().ok_or(bad("truncated DER"))?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 {
            return Err(bad("unsupported DER length"));
        }
        let bytes = rest.get(..n).ok_or(bad("truncated DER"))?;
        let len = bytes
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        (len, &rest[n..])
    };
    let contents = rest.get(..len).ok_or(bad("truncated DER"))?;
    Ok((tag, contents, &rest[len..]))
}

fn expect(input: &[u8], want: u8) -> Result<(&[u8], &[u8]), Error> {
    let (tag, contents, rest) = tlv(input)?;
    if tag != want {
        return Err(bad("unexpected DER tag"));
    }
    Ok((contents, rest))
}

/// `(n, e)` from a PKCS#1 `RSAPublicKey` or an X.509 `SubjectPublicKeyInfo`.
pub(crate) fn rsa_public_numbers(der: &[u8]) -> Result<(&[u8], &[u8]), Error> {
    const SEQUENCE: u8 = 0x30;
    const INTEGER: u8 = 0x02;
    const BIT_STRING: u8 = 0x03;
    let (outer, _) = expect(der, SEQUENCE)?;
    let pkcs1 = if outer.first() == Some(&SEQUENCE) {
        // SubjectPublicKeyInfo: SEQUENCE { AlgorithmIdentifier, BIT STRING { RSAPublicKey } }
        let (_algorithm, rest) = expect(outer, SEQUENCE)?;
        let (bits, _) = expect(rest, BIT_STRING)?;
        let (&unused, key) = bits.split_first().ok_or(bad("empty BIT STRING"))?;
        if unused != 0 {
            return Err(bad("BIT STRING with unused bits"));
        }
        expect(key, SEQUENCE)?.0
    } else {
        outer
    };
    let (n, rest) = expect(pkcs1, INTEGER)?;
    let (e, _) = expect(rest, INTEGER)?;
    Ok((n, e))
}
