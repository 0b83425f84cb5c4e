// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Constructors (one struct per TL constructor) of the `upload` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `upload.file#096a18d5 type:storage.FileType mtime:int bytes:bytes = upload.File`
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// `type:storage.FileType`
    pub r#type: crate::enums::storage::FileType,
    /// `mtime:int`
    pub mtime: i32,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for File {
    const CONSTRUCTOR_ID: u32 = 0x096a18d5;
    const NAME: &'static str = "upload.file";
}

impl Serialize for File {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for File {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.r#type.serialize(buf);
        self.mtime.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl Deserialize for File {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for File {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_type = <crate::enums::storage::FileType>::deserialize(r)?;
        let f_mtime = <i32>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { r#type: f_type, mtime: f_mtime, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for File {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("type");
        self.r#type.write_json(w);
        w.key("mtime");
        self.mtime.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for File {}

/// `upload.fileCdnRedirect#f18cda44 dc_id:int file_token:bytes encryption_key:bytes encryption_iv:bytes file_hashes:Vector<FileHash> = upload.File`
#[derive(Debug, Clone, PartialEq)]
pub struct FileCdnRedirect {
    /// `dc_id:int`
    pub dc_id: i32,
    /// `file_token:bytes`
    pub file_token: Vec<u8>,
    /// `encryption_key:bytes`
    pub encryption_key: Vec<u8>,
    /// `encryption_iv:bytes`
    pub encryption_iv: Vec<u8>,
    /// `file_hashes:Vector<FileHash>`
    pub file_hashes: Vec<crate::enums::FileHash>,
}

impl Identifiable for FileCdnRedirect {
    const CONSTRUCTOR_ID: u32 = 0xf18cda44;
    const NAME: &'static str = "upload.fileCdnRedirect";
}

impl Serialize for FileCdnRedirect {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for FileCdnRedirect {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.dc_id.serialize(buf);
        self.file_token.serialize(buf);
        self.encryption_key.serialize(buf);
        self.encryption_iv.serialize(buf);
        self.file_hashes.serialize(buf);
    }
}

impl Deserialize for FileCdnRedirect {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for FileCdnRedirect {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_dc_id = <i32>::deserialize(r)?;
        let f_file_token = <Vec<u8>>::deserialize(r)?;
        let f_encryption_key = <Vec<u8>>::deserialize(r)?;
        let f_encryption_iv = <Vec<u8>>::deserialize(r)?;
        let f_file_hashes = <Vec<crate::enums::FileHash>>::deserialize(r)?;
        Ok(Self { dc_id: f_dc_id, file_token: f_file_token, encryption_key: f_encryption_key, encryption_iv: f_encryption_iv, file_hashes: f_file_hashes })
    }
}

#[cfg(feature = "json")]
impl ToJson for FileCdnRedirect {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("dc_id");
        self.dc_id.write_json(w);
        w.key("file_token");
        self.file_token.write_json(w);
        w.key("encryption_key");
        self.encryption_key.write_json(w);
        w.key("encryption_iv");
        self.encryption_iv.write_json(w);
        w.key("file_hashes");
        self.file_hashes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for FileCdnRedirect {}

/// `upload.webFile#21e753bc size:int mime_type:string file_type:storage.FileType mtime:int bytes:bytes = upload.WebFile`
#[derive(Debug, Clone, PartialEq)]
pub struct WebFile {
    /// `size:int`
    pub size: i32,
    /// `mime_type:string`
    pub mime_type: mtrs_tl::TlString,
    /// `file_type:storage.FileType`
    pub file_type: crate::enums::storage::FileType,
    /// `mtime:int`
    pub mtime: i32,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for WebFile {
    const CONSTRUCTOR_ID: u32 = 0x21e753bc;
    const NAME: &'static str = "upload.webFile";
}

impl Serialize for WebFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for WebFile {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.size.serialize(buf);
        self.mime_type.serialize(buf);
        self.file_type.serialize(buf);
        self.mtime.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl Deserialize for WebFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for WebFile {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_size = <i32>::deserialize(r)?;
        let f_mime_type = <mtrs_tl::TlString>::deserialize(r)?;
        let f_file_type = <crate::enums::storage::FileType>::deserialize(r)?;
        let f_mtime = <i32>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { size: f_size, mime_type: f_mime_type, file_type: f_file_type, mtime: f_mtime, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for WebFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("size");
        self.size.write_json(w);
        w.key("mime_type");
        self.mime_type.write_json(w);
        w.key("file_type");
        self.file_type.write_json(w);
        w.key("mtime");
        self.mtime.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for WebFile {}

/// `upload.cdnFileReuploadNeeded#eea8e46e request_token:bytes = upload.CdnFile`
#[derive(Debug, Clone, PartialEq)]
pub struct CdnFileReuploadNeeded {
    /// `request_token:bytes`
    pub request_token: Vec<u8>,
}

impl Identifiable for CdnFileReuploadNeeded {
    const CONSTRUCTOR_ID: u32 = 0xeea8e46e;
    const NAME: &'static str = "upload.cdnFileReuploadNeeded";
}

impl Serialize for CdnFileReuploadNeeded {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CdnFileReuploadNeeded {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.request_token.serialize(buf);
    }
}

impl Deserialize for CdnFileReuploadNeeded {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CdnFileReuploadNeeded {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_request_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { request_token: f_request_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for CdnFileReuploadNeeded {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("request_token");
        self.request_token.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CdnFileReuploadNeeded {}

/// `upload.cdnFile#a99fca4f bytes:bytes = upload.CdnFile`
#[derive(Debug, Clone, PartialEq)]
pub struct CdnFile {
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for CdnFile {
    const CONSTRUCTOR_ID: u32 = 0xa99fca4f;
    const NAME: &'static str = "upload.cdnFile";
}

impl Serialize for CdnFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.serialize_bare(buf);
    }
}

impl SerializeBare for CdnFile {
    fn serialize_bare(&self, buf: &mut Vec<u8>) {
        self.bytes.serialize(buf);
    }
}

impl Deserialize for CdnFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Self::deserialize_bare(r)
    }
}

impl DeserializeBare for CdnFile {
    fn deserialize_bare(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for CdnFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

impl crate::peers::Peers for CdnFile {}
