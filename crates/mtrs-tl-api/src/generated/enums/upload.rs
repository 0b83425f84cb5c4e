// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Boxed types (one enum per TL type, one variant per constructor) of the `upload` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// The boxed type `upload.CdnFile`: `upload.cdnFileReuploadNeeded`, `upload.cdnFile`.
#[derive(Debug, Clone, PartialEq)]
pub enum CdnFile {
    /// `upload.cdnFileReuploadNeeded#eea8e46e`
    CdnFileReuploadNeeded(crate::types::upload::CdnFileReuploadNeeded),
    /// `upload.cdnFile#a99fca4f`
    CdnFile(crate::types::upload::CdnFile),
}

impl CdnFile {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::CdnFileReuploadNeeded(_) => 0xeea8e46e,
            Self::CdnFile(_) => 0xa99fca4f,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::CdnFileReuploadNeeded(_) => "upload.cdnFileReuploadNeeded",
            Self::CdnFile(_) => "upload.cdnFile",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0xeea8e46e => Self::CdnFileReuploadNeeded(<crate::types::upload::CdnFileReuploadNeeded>::deserialize_bare(r)?),
            0xa99fca4f => Self::CdnFile(<crate::types::upload::CdnFile>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "upload.CdnFile" }),
        })
    }
}

impl Serialize for CdnFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::CdnFileReuploadNeeded(x) => x.serialize(buf),
            Self::CdnFile(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for CdnFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for CdnFile {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::CdnFileReuploadNeeded(x) => x.write_json(w),
            Self::CdnFile(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::upload::CdnFileReuploadNeeded> for CdnFile {
    fn from(x: crate::types::upload::CdnFileReuploadNeeded) -> Self {
        Self::CdnFileReuploadNeeded(x)
    }
}

impl From<crate::types::upload::CdnFile> for CdnFile {
    fn from(x: crate::types::upload::CdnFile) -> Self {
        Self::CdnFile(x)
    }
}

impl crate::peers::Peers for CdnFile {}

/// The boxed type `upload.File`: `upload.file`, `upload.fileCdnRedirect`.
#[derive(Debug, Clone, PartialEq)]
pub enum File {
    /// `upload.file#096a18d5`
    File(crate::types::upload::File),
    /// `upload.fileCdnRedirect#f18cda44`
    FileCdnRedirect(crate::types::upload::FileCdnRedirect),
}

impl File {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::File(_) => 0x096a18d5,
            Self::FileCdnRedirect(_) => 0xf18cda44,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::File(_) => "upload.file",
            Self::FileCdnRedirect(_) => "upload.fileCdnRedirect",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x096a18d5 => Self::File(<crate::types::upload::File>::deserialize_bare(r)?),
            0xf18cda44 => Self::FileCdnRedirect(<crate::types::upload::FileCdnRedirect>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "upload.File" }),
        })
    }
}

impl Serialize for File {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::File(x) => x.serialize(buf),
            Self::FileCdnRedirect(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for File {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for File {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::File(x) => x.write_json(w),
            Self::FileCdnRedirect(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::upload::File> for File {
    fn from(x: crate::types::upload::File) -> Self {
        Self::File(x)
    }
}

impl From<crate::types::upload::FileCdnRedirect> for File {
    fn from(x: crate::types::upload::FileCdnRedirect) -> Self {
        Self::FileCdnRedirect(x)
    }
}

impl crate::peers::Peers for File {}

/// The boxed type `upload.WebFile`: `upload.webFile`.
#[derive(Debug, Clone, PartialEq)]
pub enum WebFile {
    /// `upload.webFile#21e753bc`
    WebFile(crate::types::upload::WebFile),
}

impl WebFile {
    /// The constructor id of this value.
    pub fn constructor_id(&self) -> u32 {
        match self {
            Self::WebFile(_) => 0x21e753bc,
        }
    }

    /// The TL name of this value's constructor.
    pub fn constructor_name(&self) -> &'static str {
        match self {
            Self::WebFile(_) => "upload.webFile",
        }
    }

    fn deserialize_inner(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        Ok(match id {
            0x21e753bc => Self::WebFile(<crate::types::upload::WebFile>::deserialize_bare(r)?),
            _ => return Err(DeserializeError::UnknownConstructor { id, expected: "upload.WebFile" }),
        })
    }
}

impl Serialize for WebFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        match self {
            Self::WebFile(x) => x.serialize(buf),
        }
    }
}

impl Deserialize for WebFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        r.enter()?;
        let v = Self::deserialize_inner(r);
        r.leave();
        v
    }
}

#[cfg(feature = "json")]
impl ToJson for WebFile {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Self::WebFile(x) => x.write_json(w),
        }
    }
}

impl From<crate::types::upload::WebFile> for WebFile {
    fn from(x: crate::types::upload::WebFile) -> Self {
        Self::WebFile(x)
    }
}

impl crate::peers::Peers for WebFile {}
