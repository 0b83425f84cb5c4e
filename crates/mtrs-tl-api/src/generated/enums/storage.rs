// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `storage` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `storage.FileType`: `storage.fileUnknown`, `storage.filePartial`, `storage.fileJpeg`, `storage.fileGif`, `storage.filePng`, `storage.filePdf`, `storage.fileMp3`, `storage.fileMov`, `storage.fileMp4`, `storage.fileWebp`.
#[derive(Debug, Clone, PartialEq)]
pub enum FileType {
    /// `storage.fileUnknown#aa963b05`
    FileUnknown,
    /// `storage.filePartial#40bc6f52`
    FilePartial,
    /// `storage.fileJpeg#007efe0e`
    FileJpeg,
    /// `storage.fileGif#cae1aadf`
    FileGif,
    /// `storage.filePng#0a4f63c0`
    FilePng,
    /// `storage.filePdf#ae1e508d`
    FilePdf,
    /// `storage.fileMp3#528a0677`
    FileMp3,
    /// `storage.fileMov#4b09ebbc`
    FileMov,
    /// `storage.fileMp4#b3cea0e4`
    FileMp4,
    /// `storage.fileWebp#1081464c`
    FileWebp,
}

impl FileType {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::FileUnknown => 0xaa963b05,
            Self::FilePartial => 0x40bc6f52,
            Self::FileJpeg => 0x007efe0e,
            Self::FileGif => 0xcae1aadf,
            Self::FilePng => 0x0a4f63c0,
            Self::FilePdf => 0xae1e508d,
            Self::FileMp3 => 0x528a0677,
            Self::FileMov => 0x4b09ebbc,
            Self::FileMp4 => 0xb3cea0e4,
            Self::FileWebp => 0x1081464c,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::FileUnknown => "storage.fileUnknown",
            Self::FilePartial => "storage.filePartial",
            Self::FileJpeg => "storage.fileJpeg",
            Self::FileGif => "storage.fileGif",
            Self::FilePng => "storage.filePng",
            Self::FilePdf => "storage.filePdf",
            Self::FileMp3 => "storage.fileMp3",
            Self::FileMov => "storage.fileMov",
            Self::FileMp4 => "storage.fileMp4",
            Self::FileWebp => "storage.fileWebp",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xaa963b05 => Self::FileUnknown,
            0x40bc6f52 => Self::FilePartial,
            0x007efe0e => Self::FileJpeg,
            0xcae1aadf => Self::FileGif,
            0x0a4f63c0 => Self::FilePng,
            0xae1e508d => Self::FilePdf,
            0x528a0677 => Self::FileMp3,
            0x4b09ebbc => Self::FileMov,
            0xb3cea0e4 => Self::FileMp4,
            0x1081464c => Self::FileWebp,
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "storage.FileType" }),
        })
    }
}

impl Serialize for FileType {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::FileUnknown => buf.extend_from_slice(&0xaa963b05u32.to_le_bytes()),
            Self::FilePartial => buf.extend_from_slice(&0x40bc6f52u32.to_le_bytes()),
            Self::FileJpeg => buf.extend_from_slice(&0x007efe0eu32.to_le_bytes()),
            Self::FileGif => buf.extend_from_slice(&0xcae1aadfu32.to_le_bytes()),
            Self::FilePng => buf.extend_from_slice(&0x0a4f63c0u32.to_le_bytes()),
            Self::FilePdf => buf.extend_from_slice(&0xae1e508du32.to_le_bytes()),
            Self::FileMp3 => buf.extend_from_slice(&0x528a0677u32.to_le_bytes()),
            Self::FileMov => buf.extend_from_slice(&0x4b09ebbcu32.to_le_bytes()),
            Self::FileMp4 => buf.extend_from_slice(&0xb3cea0e4u32.to_le_bytes()),
            Self::FileWebp => buf.extend_from_slice(&0x1081464cu32.to_le_bytes()),
        }
    }
}

impl Deserialize for FileType {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for FileType {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::FileUnknown => {
                w.begin_object("storage.fileUnknown");
                w.end_object();
            }
            Self::FilePartial => {
                w.begin_object("storage.filePartial");
                w.end_object();
            }
            Self::FileJpeg => {
                w.begin_object("storage.fileJpeg");
                w.end_object();
            }
            Self::FileGif => {
                w.begin_object("storage.fileGif");
                w.end_object();
            }
            Self::FilePng => {
                w.begin_object("storage.filePng");
                w.end_object();
            }
            Self::FilePdf => {
                w.begin_object("storage.filePdf");
                w.end_object();
            }
            Self::FileMp3 => {
                w.begin_object("storage.fileMp3");
                w.end_object();
            }
            Self::FileMov => {
                w.begin_object("storage.fileMov");
                w.end_object();
            }
            Self::FileMp4 => {
                w.begin_object("storage.fileMp4");
                w.end_object();
            }
            Self::FileWebp => {
                w.begin_object("storage.fileWebp");
                w.end_object();
            }
        }
    }
}

impl From<crate::types::storage::FileUnknown> for FileType {
    fn from(_x: crate::types::storage::FileUnknown) -> Self {
        Self::FileUnknown
    }
}

impl From<crate::types::storage::FilePartial> for FileType {
    fn from(_x: crate::types::storage::FilePartial) -> Self {
        Self::FilePartial
    }
}

impl From<crate::types::storage::FileJpeg> for FileType {
    fn from(_x: crate::types::storage::FileJpeg) -> Self {
        Self::FileJpeg
    }
}

impl From<crate::types::storage::FileGif> for FileType {
    fn from(_x: crate::types::storage::FileGif) -> Self {
        Self::FileGif
    }
}

impl From<crate::types::storage::FilePng> for FileType {
    fn from(_x: crate::types::storage::FilePng) -> Self {
        Self::FilePng
    }
}

impl From<crate::types::storage::FilePdf> for FileType {
    fn from(_x: crate::types::storage::FilePdf) -> Self {
        Self::FilePdf
    }
}

impl From<crate::types::storage::FileMp3> for FileType {
    fn from(_x: crate::types::storage::FileMp3) -> Self {
        Self::FileMp3
    }
}

impl From<crate::types::storage::FileMov> for FileType {
    fn from(_x: crate::types::storage::FileMov) -> Self {
        Self::FileMov
    }
}

impl From<crate::types::storage::FileMp4> for FileType {
    fn from(_x: crate::types::storage::FileMp4) -> Self {
        Self::FileMp4
    }
}

impl From<crate::types::storage::FileWebp> for FileType {
    fn from(_x: crate::types::storage::FileWebp) -> Self {
        Self::FileWebp
    }
}

impl crate::peers::Peers for FileType {}
