//! Where the DCs are: a table of endpoints.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use crate::DcId;
use crate::builtin::{self, DcSource};

/// One endpoint of a DC. A media-only endpoint has a media [`DcId`] (`DcId::new(2).media()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DcAddress {
    /// The DC (plain number, marked media for a media-only endpoint).
    pub id: DcId,
    /// Where to connect.
    pub addr: SocketAddr,
}

/// The endpoints of a set of DCs and the DC a brand-new session starts on.
///
/// [`DcTable::telegram`] is Telegram's built-in table; `mtrs_testdc::Cluster::dc_table()`
/// describes a test cluster, which is how tests point a client at it.
///
/// ```
/// use mtrs_types::{DcAddress, DcId, DcTable};
/// let table = DcTable {
///     dcs: vec![
///         DcAddress { id: DcId::new(2), addr: "127.0.0.1:4430".parse().unwrap() },
///         DcAddress { id: DcId::new(2).media(), addr: "127.0.0.1:4431".parse().unwrap() },
///     ],
///     default_dc: DcId::new(2),
/// };
/// assert_eq!(table.find(DcId::new(2)).unwrap().port(), 4430);
/// assert_eq!(table.find(DcId::new(2).media()).unwrap().port(), 4431);
/// assert_eq!(table.find(DcId::new(3)), None);
/// assert_eq!(DcTable::telegram(false).find(DcId::new(2)).unwrap().to_string(), "149.154.167.51:443");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DcTable {
    /// The endpoints.
    pub dcs: Vec<DcAddress>,
    /// The DC a brand-new session starts on.
    pub default_dc: DcId,
}

impl DcTable {
    /// Telegram's built-in IPv4 table: production (DCs 1–5 and 203) or, with `test`, the
    /// test servers (DCs 1–3). Every entry uses port 443; the default DC is 2.
    pub fn telegram(test: bool) -> Self {
        let numbers: &[i32] = if test {
            &[1, 2, 3]
        } else {
            &[1, 2, 3, 4, 5, 203]
        };
        let dcs = numbers
            .iter()
            .filter_map(|&n| {
                let ip = builtin::ipv4(n.unsigned_abs(), test, DcSource::Pyrogram)?;
                Some(DcAddress {
                    id: DcId::new(n),
                    addr: SocketAddr::new(IpAddr::V4(ip), builtin::DEFAULT_PORT),
                })
            })
            .collect();
        Self {
            dcs,
            default_dc: DcId::new(2),
        }
    }

    /// The endpoint of `dc` (the test mark is ignored: a table describes one server set).
    /// For a media DC, a media-only endpoint if there is one, else the regular one.
    pub fn find(&self, dc: DcId) -> Option<SocketAddr> {
        let number = dc.number();
        let pick = |media: bool| {
            self.dcs
                .iter()
                .find(|d| d.id.number() == number && d.id.is_media() == media)
                .map(|d| d.addr)
        };
        if dc.is_media() {
            pick(true).or_else(|| pick(false))
        } else {
            pick(false)
        }
    }

    /// The address of `dc` as [`DcTable::find`] gives it, falling back to Telegram's
    /// built-in table for a DC this table does not list.
    pub fn find_or_builtin(&self, dc: DcId, test: bool) -> Option<SocketAddr> {
        self.find(dc).or_else(|| {
            builtin::ipv4(dc.number().unsigned_abs(), test, DcSource::Pyrogram)
                .map(|ip: Ipv4Addr| SocketAddr::new(IpAddr::V4(ip), builtin::DEFAULT_PORT))
        })
    }
}
