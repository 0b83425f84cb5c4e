// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `storage` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `storage.fileUnknown#aa963b05 = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileUnknown;

impl Identifiable for FileUnknown {
    const CONSTRUCTOR_ID: u32 = 0xaa963b05;
    const NAME: &'static str = "storage.fileUnknown";
}

impl Serialize for FileUnknown {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileUnknown {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileUnknown {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileUnknown {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileUnknown {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileUnknown {}

/// `storage.filePartial#40bc6f52 = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FilePartial;

impl Identifiable for FilePartial {
    const CONSTRUCTOR_ID: u32 = 0x40bc6f52;
    const NAME: &'static str = "storage.filePartial";
}

impl Serialize for FilePartial {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FilePartial {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FilePartial {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FilePartial {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FilePartial {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FilePartial {}

/// `storage.fileJpeg#007efe0e = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileJpeg;

impl Identifiable for FileJpeg {
    const CONSTRUCTOR_ID: u32 = 0x007efe0e;
    const NAME: &'static str = "storage.fileJpeg";
}

impl Serialize for FileJpeg {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileJpeg {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileJpeg {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileJpeg {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileJpeg {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileJpeg {}

/// `storage.fileGif#cae1aadf = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileGif;

impl Identifiable for FileGif {
    const CONSTRUCTOR_ID: u32 = 0xcae1aadf;
    const NAME: &'static str = "storage.fileGif";
}

impl Serialize for FileGif {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileGif {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileGif {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileGif {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileGif {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileGif {}

/// `storage.filePng#0a4f63c0 = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FilePng;

impl Identifiable for FilePng {
    const CONSTRUCTOR_ID: u32 = 0x0a4f63c0;
    const NAME: &'static str = "storage.filePng";
}

impl Serialize for FilePng {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FilePng {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FilePng {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FilePng {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FilePng {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FilePng {}

/// `storage.filePdf#ae1e508d = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FilePdf;

impl Identifiable for FilePdf {
    const CONSTRUCTOR_ID: u32 = 0xae1e508d;
    const NAME: &'static str = "storage.filePdf";
}

impl Serialize for FilePdf {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FilePdf {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FilePdf {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FilePdf {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FilePdf {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FilePdf {}

/// `storage.fileMp3#528a0677 = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileMp3;

impl Identifiable for FileMp3 {
    const CONSTRUCTOR_ID: u32 = 0x528a0677;
    const NAME: &'static str = "storage.fileMp3";
}

impl Serialize for FileMp3 {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileMp3 {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileMp3 {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileMp3 {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileMp3 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileMp3 {}

/// `storage.fileMov#4b09ebbc = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileMov;

impl Identifiable for FileMov {
    const CONSTRUCTOR_ID: u32 = 0x4b09ebbc;
    const NAME: &'static str = "storage.fileMov";
}

impl Serialize for FileMov {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileMov {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileMov {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileMov {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileMov {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileMov {}

/// `storage.fileMp4#b3cea0e4 = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileMp4;

impl Identifiable for FileMp4 {
    const CONSTRUCTOR_ID: u32 = 0xb3cea0e4;
    const NAME: &'static str = "storage.fileMp4";
}

impl Serialize for FileMp4 {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileMp4 {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileMp4 {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileMp4 {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileMp4 {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileMp4 {}

/// `storage.fileWebp#1081464c = storage.FileType`
#[derive(Debug, Clone, PartialEq)]
pub struct FileWebp;

impl Identifiable for FileWebp {
    const CONSTRUCTOR_ID: u32 = 0x1081464c;
    const NAME: &'static str = "storage.fileWebp";
}

impl Serialize for FileWebp {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileWebp {
    fn serialize_bare(&self, _buf: &mut Vec<u8>) {
    }
}

impl Deserialize for FileWebp {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileWebp {
    fn deserialize_bare(_r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for FileWebp {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

impl crate::peers::Peers for FileWebp {}
