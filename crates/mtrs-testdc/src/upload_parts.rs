//! The file parts clients upload with `upload.saveFilePart` and `upload.saveBigFilePart`,
//! kept in memory per (auth key, file_id) with Telegram's checks and a bound on the bytes
//! held ([`UploadParts`]).
//!
//! A leaf of the module graph: the DC state holds the store and the upload handlers fill
//! it.

use std::collections::{BTreeMap, HashMap, VecDeque};

use mtrs_proto::RpcError;

/// The largest part Telegram takes (512 KiB).
pub(crate) const MAX_PART: usize = 512 * 1024;
/// The most parts one file may have (4000 parts of 512 KiB: about 2 GB).
pub(crate) const MAX_PARTS: i32 = 4000;
/// The bytes one DC keeps across all uploads; the oldest uploads are dropped past it.
pub(crate) const DEFAULT_BUDGET: usize = 64 * 1024 * 1024;

/// One file being uploaded.
#[derive(Default)]
struct Upload {
    parts: BTreeMap<i32, Vec<u8>>,
    /// `file_total_parts` of `upload.saveBigFilePart`, fixed by its first part.
    total_parts: Option<i32>,
    bytes: usize,
}

/// Uploaded parts by (auth_key_id, file_id), oldest upload first in `order`.
pub(crate) struct UploadParts {
    budget: usize,
    held: usize,
    uploads: HashMap<(u64, i64), Upload>,
    order: VecDeque<(u64, i64)>,
}

fn error(name: &str) -> RpcError {
    RpcError::new(400, name)
}

impl UploadParts {
    pub(crate) fn new(budget: usize) -> Self {
        Self {
            budget,
            held: 0,
            uploads: HashMap::new(),
            order: VecDeque::new(),
        }
    }

    /// Stores part `part` of `file_id` for `key_id` (`total` for a big file), after
    /// Telegram's checks: `FILE_PART_INVALID` (index), `FILE_PARTS_INVALID` (total, or a
    /// total that changed), `FILE_PART_EMPTY`, `FILE_PART_TOO_BIG` (over 512 KiB) and, for
    /// a big file's parts before the last, `FILE_PART_SIZE_INVALID` (a size that is not a
    /// multiple of 1 KiB dividing 512 KiB).
    pub(crate) fn save(
        &mut self,
        key_id: u64,
        file_id: i64,
        part: i32,
        total: Option<i32>,
        bytes: Vec<u8>,
    ) -> Result<(), RpcError> {
        if let Some(total) = total
            && !(1..=MAX_PARTS).contains(&total)
        {
            return Err(error("FILE_PARTS_INVALID"));
        }
        let limit = total.unwrap_or(MAX_PARTS);
        if !(0..limit).contains(&part) {
            return Err(error("FILE_PART_INVALID"));
        }
        if bytes.is_empty() {
            return Err(error("FILE_PART_EMPTY"));
        }
        if bytes.len() > MAX_PART {
            return Err(error("FILE_PART_TOO_BIG"));
        }
        let last = total.is_some_and(|t| part == t - 1);
        if total.is_some()
            && !last
            && !(bytes.len().is_multiple_of(1024) && MAX_PART.is_multiple_of(bytes.len()))
        {
            return Err(error("FILE_PART_SIZE_INVALID"));
        }
        let id = (key_id, file_id);
        if let Some(upload) = self.uploads.get(&id)
            && upload.total_parts.is_some()
            && upload.total_parts != total
        {
            return Err(error("FILE_PARTS_INVALID"));
        }
        let len = bytes.len();
        let upload = self.uploads.entry(id).or_insert_with(|| {
            self.order.push_back(id);
            Upload::default()
        });
        upload.total_parts = total;
        let old = upload.parts.insert(part, bytes).map_or(0, |b| b.len());
        upload.bytes = upload.bytes - old + len;
        self.held = self.held - old + len;
        self.evict(id);
        Ok(())
    }

    /// Drops the oldest uploads (never `keep`) until the bytes held fit the budget.
    fn evict(&mut self, keep: (u64, i64)) {
        let mut skipped = 0;
        while self.held > self.budget && skipped < self.order.len() {
            let Some(oldest) = self.order.pop_front() else {
                break;
            };
            if oldest == keep {
                self.order.push_back(oldest);
                skipped += 1;
                continue;
            }
            if let Some(u) = self.uploads.remove(&oldest) {
                self.held -= u.bytes;
            }
        }
    }

    /// The file uploaded so far: its parts from 0 on, if none is missing.
    pub(crate) fn assembled(&self, key_id: u64, file_id: i64) -> Option<Vec<u8>> {
        let upload = self.uploads.get(&(key_id, file_id))?;
        let mut out = Vec::with_capacity(upload.bytes);
        for (expected, (index, bytes)) in (0..).zip(&upload.parts) {
            if *index != expected {
                return None;
            }
            out.extend_from_slice(bytes);
        }
        Some(out)
    }

    /// Takes the file `file_id` of `key_id` as `parts` parts (a send materialises it):
    /// its bytes, or `400 FILE_PART_X_MISSING` for the first part not there (the upload
    /// stays, so the client can send the part and try again).
    pub(crate) fn take(
        &mut self,
        key_id: u64,
        file_id: i64,
        parts: i32,
    ) -> Result<Vec<u8>, RpcError> {
        let missing = |x: i32| error(&format!("FILE_PART_{x}_MISSING"));
        if !(1..=MAX_PARTS).contains(&parts) {
            return Err(error("FILE_PARTS_INVALID"));
        }
        let upload = self
            .uploads
            .get(&(key_id, file_id))
            .ok_or_else(|| missing(0))?;
        if let Some(x) = (0..parts).find(|i| !upload.parts.contains_key(i)) {
            return Err(missing(x));
        }
        let mut out = Vec::with_capacity(upload.bytes);
        for i in 0..parts {
            out.extend_from_slice(upload.parts.get(&i).map_or(&[][..], Vec::as_slice));
        }
        if let Some(u) = self.uploads.remove(&(key_id, file_id)) {
            self.held -= u.bytes;
        }
        self.order.retain(|id| *id != (key_id, file_id));
        Ok(out)
    }

    /// The bytes held across all uploads.
    #[cfg(test)]
    pub(crate) fn held(&self) -> usize {
        self.held
    }

    /// Forgets the uploads of `key_id`.
    pub(crate) fn forget_key(&mut self, key_id: u64) {
        let mut freed = 0;
        self.uploads.retain(|(k, _), u| {
            let keep = *k != key_id;
            if !keep {
                freed += u.bytes;
            }
            keep
        });
        self.held -= freed;
        self.order.retain(|(k, _)| *k != key_id);
    }
}

#[cfg(test)]
mod tests;
