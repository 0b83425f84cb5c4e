//! What the steps measure and share: key exchange counts, downloads, the stored session.

use std::path::Path;

use anyhow::anyhow;

use mtrs_session::SessionStore;
use mtrs_store_sqlite::{SqliteConfig, SqliteStore};
use mtrs_testdc::{Cluster, File};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::upload::GetFile;
use mtrs_tl_api::functions::users::GetUsers;
use serde_json::{Map, Value, json};

use super::{CHUNK, DCS, SESSION_NAME};

/// Permanent key exchanges per DC, as the servers counted them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct KeyExchanges([u64; DCS as usize]);

impl KeyExchanges {
    pub(super) fn of(cluster: &Cluster) -> Self {
        let mut counts = [0; DCS as usize];
        for (dc, count) in cluster.dc_ids().into_iter().zip(counts.iter_mut()) {
            *count = cluster.counters(dc).key_exchanges;
        }
        KeyExchanges(counts)
    }

    pub(super) fn on(self, dc: i32) -> u64 {
        usize::try_from(dc - 1)
            .ok()
            .and_then(|i| self.0.get(i).copied())
            .unwrap_or(0)
    }

    pub(super) fn total(self) -> u64 {
        self.0.iter().sum()
    }

    pub(super) fn per_dc(self) -> Map<String, Value> {
        (1..=DCS)
            .map(|dc| (format!("dc{dc}"), json!(self.on(dc))))
            .collect()
    }
}

pub(super) fn get_self() -> GetUsers {
    GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    }
}

/// Downloads up to `want` bytes of `file` in `CHUNK`-sized parts; returns them and the
/// number of `upload.getFile` calls.
pub(super) async fn download(
    media: &mtrs::DcSession,
    file: &File,
    want: usize,
) -> anyhow::Result<(Vec<u8>, usize)> {
    let mut bytes = Vec::with_capacity(want);
    let mut calls = 0;
    while bytes.len() < want {
        let request = GetFile {
            precise: false,
            cdn_supported: false,
            location: file.input_location(),
            offset: i64::try_from(bytes.len())?,
            limit: CHUNK,
        };
        calls += 1;
        let enums::upload::File::File(part) = media.invoke(&request).await? else {
            return Err(anyhow!("upload.getFile answered a CDN redirect"));
        };
        if part.bytes.is_empty() {
            break;
        }
        bytes.extend(part.bytes);
    }
    bytes.truncate(want);
    Ok((bytes, calls))
}

/// The stored home DC, read straight from the session file (`None` if it cannot be
/// opened, e.g. while a client holds it).
pub(super) async fn load_stored(work_dir: &Path) -> Option<i32> {
    let store = SqliteStore::open(&SqliteConfig::new(work_dir, SESSION_NAME)).ok()?;
    let session = store.load().await.ok().flatten()?;
    Some(session.home_dc.0)
}
