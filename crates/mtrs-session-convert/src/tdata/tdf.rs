//! The `TDF$` container of every tdata file (`docs/formats/tdata.md#tdf-container`) and
//! Desktop's choice among the `s`, `0` and `1` suffixed copies of a file
//! (`docs/formats/tdata.md#file-suffixes`).

use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

use crate::reader::Reader;
use crate::validate::file_present;
use crate::{ConvertError, Format, private_fs};

const F: Format = Format::Tdata;
const MAGIC: &[u8; 4] = b"TDF$";
/// The files read here hold a few keys; anything this large is not one of them.
const MAX_FILE: u64 = 16 << 20;

/// A verified TDF file: the writer's app version and the body.
pub(crate) struct TdfFile {
    pub(crate) version: i32,
    pub(crate) body: Vec<u8>,
}

fn checksum(body: &[u8], version: i32) -> [u8; 16] {
    // A body longer than 4 GiB cannot come from a file we read or write.
    let len = u32::try_from(body.len()).unwrap_or(u32::MAX);
    Md5::new()
        .chain_update(body)
        .chain_update(len.to_le_bytes())
        .chain_update(version.to_le_bytes())
        .chain_update(MAGIC)
        .finalize()
        .into()
}

/// Checks magic and MD5 of a whole file; any app version is accepted.
pub(crate) fn parse(data: &[u8]) -> Result<TdfFile, ConvertError> {
    if data.len() < 24 || &data[..4] != MAGIC {
        return Err(ConvertError::Corrupt {
            format: F,
            reason: "not a TDF$ file",
        });
    }
    let mut version = [0u8; 4];
    version.copy_from_slice(&data[4..8]);
    let version = i32::from_le_bytes(version);
    let (body, md5) = data[8..].split_at(data.len() - 24);
    if checksum(body, version) != md5 {
        return Err(ConvertError::Corrupt {
            format: F,
            reason: "TDF$ MD5 checksum mismatch",
        });
    }
    Ok(TdfFile {
        version,
        body: body.to_vec(),
    })
}

/// Builds a whole TDF file around `body`.
pub(crate) fn build(version: i32, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 24);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&version.to_le_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&checksum(body, version));
    out
}

/// Reads `<dir>/<name>` as Desktop does: `<name>s` if it exists; otherwise `<name>0` and
/// `<name>1`, newest first, skipping a copy that is not a valid TDF file.
pub(crate) fn read(dir: &Path, name: &str) -> Result<TdfFile, ConvertError> {
    let path = |suffix: char| dir.join(format!("{name}{suffix}"));
    let modern = path('s');
    let candidates: Vec<PathBuf> = if file_present(&modern)? {
        vec![modern]
    } else {
        let mut legacy = Vec::with_capacity(2);
        for p in ['0', '1'].into_iter().map(path) {
            if file_present(&p)? {
                let modified = std::fs::metadata(&p).and_then(|m| m.modified()).ok();
                legacy.push((p, modified));
            }
        }
        // Newest first; `0` wins a tie, as in Desktop.
        legacy.sort_by_key(|entry| std::cmp::Reverse(entry.1));
        legacy.into_iter().map(|(p, _)| p).collect()
    };
    let mut last_err = None;
    for candidate in candidates {
        let too_big = std::fs::metadata(&candidate).is_ok_and(|m| m.len() > MAX_FILE);
        if too_big {
            last_err = Some(ConvertError::Corrupt {
                format: F,
                reason: "file too large for a tdata file",
            });
            continue;
        }
        match private_fs::read(&candidate).and_then(|data| parse(&data)) {
            Ok(file) => return Ok(file),
            Err(e) => last_err = Some(e),
        }
    }
    Err(last_err.unwrap_or_else(|| ConvertError::MissingFile {
        format: F,
        dir: dir.to_owned(),
        name: name.to_owned(),
    }))
}

/// Reads one Qt `QByteArray`: `u32be len ‖ data`; `None` for a null array (`len = 0xFFFFFFFF`).
pub(crate) fn qbytes<'a>(
    r: &mut Reader<'a>,
    field: &'static str,
) -> Result<Option<&'a [u8]>, ConvertError> {
    let len = r.u32_be(field)?;
    if len == u32::MAX {
        return Ok(None);
    }
    let len = usize::try_from(len).map_err(|_| ConvertError::Truncated { format: F, field })?;
    r.take(len, field).map(Some)
}

/// Appends a `QByteArray` (`None` writes a null array).
pub(crate) fn put_qbytes(out: &mut Vec<u8>, data: Option<&[u8]>) {
    match data {
        None => out.extend_from_slice(&u32::MAX.to_be_bytes()),
        Some(d) => {
            // Everything written here is far below 4 GiB.
            out.extend_from_slice(&(d.len() as u32).to_be_bytes());
            out.extend_from_slice(d);
        }
    }
}

/// The 16-character file part of a data name: MD5's first 8 bytes, each as its low nibble
/// then its high nibble, upper-case hex (`docs/formats/tdata.md#file-names`).
pub(crate) fn file_part(data_name: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let digest = Md5::digest(data_name.as_bytes());
    let mut out = String::with_capacity(16);
    for &b in &digest[..8] {
        out.push(char::from(HEX[usize::from(b & 0x0f)]));
        out.push(char::from(HEX[usize::from(b >> 4)]));
    }
    out
}

/// The data name of account `index` (`data`, `data#2`, …).
pub(crate) fn data_name(index: u8) -> String {
    if index == 0 {
        "data".to_owned()
    } else {
        format!("data#{}", u32::from(index) + 1)
    }
}
