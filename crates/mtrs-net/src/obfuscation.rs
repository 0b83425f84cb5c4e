//! [`Obfuscation`]: how a connection's bytes look on the wire — plain framing,
//! obfuscated2, or through an MTProxy.

use std::fmt;
use std::net::SocketAddr;
use std::str::FromStr;

use mtrs_proto::DcId;
use mtrs_proto::transport::{Transport, TransportError, TransportKind};

use crate::Error;

/// How a connection's bytes look on the wire.
///
/// ```
/// use mtrs_net::{MtProxy, Obfuscation, ProxySecret};
/// let secret: ProxySecret = "dd0123456789abcdef0123456789abcdef".parse().unwrap();
/// let proxy = Obfuscation::MtProxy(MtProxy { addr: "127.0.0.1:443".parse().unwrap(), secret });
/// // The secret never shows in `Debug`.
/// assert!(!format!("{proxy:?}").contains("0123456789abcdef"));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Obfuscation {
    /// The framing as it is (its tag first).
    #[default]
    None,
    /// obfuscated2: the framing is AES-CTR encrypted with keys drawn for each connection,
    /// behind a 64-byte header (what Telegram's apps use where plain MTProto is blocked).
    Obfuscated2,
    /// Through an MTProxy: dial the proxy, key the obfuscated2 header with its secret and
    /// name the DC in it.
    MtProxy(MtProxy),
}

/// An MTProxy to connect through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MtProxy {
    /// Where the proxy listens.
    pub addr: SocketAddr,
    /// Its secret.
    pub secret: ProxySecret,
}

/// An MTProxy secret: 16 bytes, given as 32 hex digits, or `dd` + 32 hex digits (the proxy
/// then accepts only padded intermediate framing). Fake-TLS secrets (`ee` + key + domain)
/// are refused with a typed error: their TLS emulation is not implemented.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxySecret {
    key: [u8; 16],
    padded_only: bool,
}

impl ProxySecret {
    /// A secret from its 16 key bytes; `padded_only` for the `dd` form.
    pub fn new(key: [u8; 16], padded_only: bool) -> Self {
        Self { key, padded_only }
    }

    /// Whether the proxy accepts only padded intermediate framing (the `dd` form).
    pub fn padded_only(&self) -> bool {
        self.padded_only
    }
}

impl fmt::Debug for ProxySecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxySecret")
            .field("padded_only", &self.padded_only)
            .finish_non_exhaustive()
    }
}

/// Why a text is not a usable MTProxy secret (it never quotes the secret).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ProxySecretError {
    /// Not 32 hex digits, optionally behind `dd`.
    #[error(
        "an MTProxy secret is 32 hex digits, optionally prefixed with dd (got {len} characters)"
    )]
    Malformed {
        /// The length given.
        len: usize,
    },
    /// A fake-TLS (`ee`) secret: not supported.
    #[error("fake-TLS MTProxy secrets (ee…) are not supported")]
    FakeTls,
}

impl FromStr for ProxySecret {
    type Err = ProxySecretError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("ee") && lower.len() > 34 {
            return Err(ProxySecretError::FakeTls);
        }
        let (hex, padded_only) = match lower.len() {
            32 => (lower.as_str(), false),
            34 if lower.starts_with("dd") => (&lower[2..], true),
            len => return Err(ProxySecretError::Malformed { len }),
        };
        let mut key = [0u8; 16];
        hex::decode_to_slice(hex, &mut key)
            .map_err(|_| ProxySecretError::Malformed { len: text.len() })?;
        Ok(Self { key, padded_only })
    }
}

impl Obfuscation {
    /// Where to dial for a DC at `dc_addr`: the proxy's address for an MTProxy.
    pub fn dial_addr(&self, dc_addr: SocketAddr) -> SocketAddr {
        match self {
            Self::MtProxy(p) => p.addr,
            _ => dc_addr,
        }
    }

    /// A client transport of `kind` for DC `dc` (its id goes into an obfuscated2 header).
    ///
    /// # Errors
    /// [`Error::Proto`] with [`TransportError::NotObfuscatable`] for the full transport
    /// under obfuscation, or with a padded-only MTProxy and another framing.
    pub fn client_transport(&self, kind: TransportKind, dc: DcId) -> Result<Transport, Error> {
        let (secret, kind) = match self {
            Self::None => return Ok(Transport::client(kind)),
            Self::Obfuscated2 => (None, kind),
            Self::MtProxy(p) => {
                if p.secret.padded_only && kind != TransportKind::PaddedIntermediate {
                    return Err(Error::Proto(
                        TransportError::NotObfuscatable { kind }.into(),
                    ));
                }
                (Some(&p.secret.key), kind)
            }
        };
        let dc_id = i16::try_from(dc.wire()).ok();
        let mut attempt = 0;
        loop {
            let mut random = [0u8; 64];
            rand::fill(&mut random[..]);
            match Transport::client_obfuscated(kind, &random, secret, dc_id) {
                Ok(t) => return Ok(t),
                // Some random headers look like another protocol's start: draw again.
                Err(TransportError::HeaderRandomRejected) if attempt < 16 => attempt += 1,
                Err(e) => return Err(Error::Proto(e.into())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_parse_in_their_documented_forms_only() {
        let plain: ProxySecret = "0123456789ABCDEF0123456789abcdef".parse().unwrap();
        assert!(!plain.padded_only());
        let dd: ProxySecret = "dd0123456789abcdef0123456789abcdef".parse().unwrap();
        assert!(dd.padded_only());
        assert_eq!(plain.key, dd.key);
        assert_eq!(
            "ee0123456789abcdef0123456789abcdef7777772e676f6f676c652e636f6d".parse::<ProxySecret>(),
            Err(ProxySecretError::FakeTls)
        );
        assert!(matches!(
            "xyz".parse::<ProxySecret>(),
            Err(ProxySecretError::Malformed { len: 3 })
        ));
        assert!(matches!(
            "zz0123456789abcdef0123456789abcdef".parse::<ProxySecret>(),
            Err(ProxySecretError::Malformed { .. })
        ));
        let err = "0123456789abcdef0123456789abcdeg"
            .parse::<ProxySecret>()
            .unwrap_err();
        assert!(!err.to_string().contains("0123456789abcdef"));
    }

    #[test]
    fn a_padded_only_proxy_refuses_other_framings() {
        let proxy = Obfuscation::MtProxy(MtProxy {
            addr: "127.0.0.1:1".parse().unwrap(),
            secret: "dd0123456789abcdef0123456789abcdef".parse().unwrap(),
        });
        assert!(
            proxy
                .client_transport(TransportKind::Intermediate, DcId::new(2))
                .is_err()
        );
        let t = proxy
            .client_transport(TransportKind::PaddedIntermediate, DcId::new(2))
            .unwrap();
        assert!(t.is_obfuscated());
        assert_eq!(proxy.dial_addr("10.0.0.1:443".parse().unwrap()).port(), 1);
    }
}
