// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `upload` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `upload.saveFilePart#b304a621 file_id:long file_part:int bytes:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveFilePart {
    /// `file_id:long`
    pub file_id: i64,
    /// `file_part:int`
    pub file_part: i32,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for SaveFilePart {
    const CONSTRUCTOR_ID: u32 = 0xb304a621;
    const NAME: &'static str = "upload.saveFilePart";
}

impl Serialize for SaveFilePart {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file_id.serialize(buf);
        self.file_part.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl RemoteCall for SaveFilePart {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveFilePart {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file_id = <i64>::deserialize(r)?;
        let f_file_part = <i32>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { file_id: f_file_id, file_part: f_file_part, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveFilePart {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file_id");
        self.file_id.write_json(w);
        w.key("file_part");
        self.file_part.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

/// `upload.getFile#be5335be flags:# precise:flags.0?true cdn_supported:flags.1?true location:InputFileLocation offset:long limit:int = upload.File`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFile {
    /// `precise:flags.0?true`
    pub precise: bool,
    /// `cdn_supported:flags.1?true`
    pub cdn_supported: bool,
    /// `location:InputFileLocation`
    pub location: crate::enums::InputFileLocation,
    /// `offset:long`
    pub offset: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetFile {
    const CONSTRUCTOR_ID: u32 = 0xbe5335be;
    const NAME: &'static str = "upload.getFile";
}

impl Serialize for GetFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.precise { 1 << 0 } else { 0 }
            | if self.cdn_supported { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.location.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetFile {
    type Return = crate::enums::upload::File;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_precise = fl_flags & (1 << 0) != 0;
        let f_cdn_supported = fl_flags & (1 << 1) != 0;
        let f_location = <crate::enums::InputFileLocation>::deserialize(r)?;
        let f_offset = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { precise: f_precise, cdn_supported: f_cdn_supported, location: f_location, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("precise");
        self.precise.write_json(w);
        w.key("cdn_supported");
        self.cdn_supported.write_json(w);
        w.key("location");
        self.location.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `upload.saveBigFilePart#de7b673d file_id:long file_part:int file_total_parts:int bytes:bytes = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct SaveBigFilePart {
    /// `file_id:long`
    pub file_id: i64,
    /// `file_part:int`
    pub file_part: i32,
    /// `file_total_parts:int`
    pub file_total_parts: i32,
    /// `bytes:bytes`
    pub bytes: Vec<u8>,
}

impl Identifiable for SaveBigFilePart {
    const CONSTRUCTOR_ID: u32 = 0xde7b673d;
    const NAME: &'static str = "upload.saveBigFilePart";
}

impl Serialize for SaveBigFilePart {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file_id.serialize(buf);
        self.file_part.serialize(buf);
        self.file_total_parts.serialize(buf);
        self.bytes.serialize(buf);
    }
}

impl RemoteCall for SaveBigFilePart {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for SaveBigFilePart {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file_id = <i64>::deserialize(r)?;
        let f_file_part = <i32>::deserialize(r)?;
        let f_file_total_parts = <i32>::deserialize(r)?;
        let f_bytes = <Vec<u8>>::deserialize(r)?;
        Ok(Self { file_id: f_file_id, file_part: f_file_part, file_total_parts: f_file_total_parts, bytes: f_bytes })
    }
}

#[cfg(feature = "json")]
impl ToJson for SaveBigFilePart {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file_id");
        self.file_id.write_json(w);
        w.key("file_part");
        self.file_part.write_json(w);
        w.key("file_total_parts");
        self.file_total_parts.write_json(w);
        w.key("bytes");
        self.bytes.write_json(w);
        w.end_object();
    }
}

/// `upload.getWebFile#24e6818d location:InputWebFileLocation offset:int limit:int = upload.WebFile`
#[derive(Debug, Clone, PartialEq)]
pub struct GetWebFile {
    /// `location:InputWebFileLocation`
    pub location: crate::enums::InputWebFileLocation,
    /// `offset:int`
    pub offset: i32,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetWebFile {
    const CONSTRUCTOR_ID: u32 = 0x24e6818d;
    const NAME: &'static str = "upload.getWebFile";
}

impl Serialize for GetWebFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.location.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetWebFile {
    type Return = crate::enums::upload::WebFile;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetWebFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_location = <crate::enums::InputWebFileLocation>::deserialize(r)?;
        let f_offset = <i32>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { location: f_location, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetWebFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("location");
        self.location.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `upload.getCdnFile#395f69da file_token:bytes offset:long limit:int = upload.CdnFile`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCdnFile {
    /// `file_token:bytes`
    pub file_token: Vec<u8>,
    /// `offset:long`
    pub offset: i64,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetCdnFile {
    const CONSTRUCTOR_ID: u32 = 0x395f69da;
    const NAME: &'static str = "upload.getCdnFile";
}

impl Serialize for GetCdnFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file_token.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetCdnFile {
    type Return = crate::enums::upload::CdnFile;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCdnFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file_token = <Vec<u8>>::deserialize(r)?;
        let f_offset = <i64>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { file_token: f_file_token, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCdnFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file_token");
        self.file_token.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `upload.reuploadCdnFile#9b2754a8 file_token:bytes request_token:bytes = Vector<FileHash>`
#[derive(Debug, Clone, PartialEq)]
pub struct ReuploadCdnFile {
    /// `file_token:bytes`
    pub file_token: Vec<u8>,
    /// `request_token:bytes`
    pub request_token: Vec<u8>,
}

impl Identifiable for ReuploadCdnFile {
    const CONSTRUCTOR_ID: u32 = 0x9b2754a8;
    const NAME: &'static str = "upload.reuploadCdnFile";
}

impl Serialize for ReuploadCdnFile {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file_token.serialize(buf);
        self.request_token.serialize(buf);
    }
}

impl RemoteCall for ReuploadCdnFile {
    type Return = Vec<crate::enums::FileHash>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ReuploadCdnFile {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file_token = <Vec<u8>>::deserialize(r)?;
        let f_request_token = <Vec<u8>>::deserialize(r)?;
        Ok(Self { file_token: f_file_token, request_token: f_request_token })
    }
}

#[cfg(feature = "json")]
impl ToJson for ReuploadCdnFile {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file_token");
        self.file_token.write_json(w);
        w.key("request_token");
        self.request_token.write_json(w);
        w.end_object();
    }
}

/// `upload.getCdnFileHashes#91dc3f31 file_token:bytes offset:long = Vector<FileHash>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetCdnFileHashes {
    /// `file_token:bytes`
    pub file_token: Vec<u8>,
    /// `offset:long`
    pub offset: i64,
}

impl Identifiable for GetCdnFileHashes {
    const CONSTRUCTOR_ID: u32 = 0x91dc3f31;
    const NAME: &'static str = "upload.getCdnFileHashes";
}

impl Serialize for GetCdnFileHashes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.file_token.serialize(buf);
        self.offset.serialize(buf);
    }
}

impl RemoteCall for GetCdnFileHashes {
    type Return = Vec<crate::enums::FileHash>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetCdnFileHashes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_file_token = <Vec<u8>>::deserialize(r)?;
        let f_offset = <i64>::deserialize(r)?;
        Ok(Self { file_token: f_file_token, offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetCdnFileHashes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("file_token");
        self.file_token.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}

/// `upload.getFileHashes#9156982a location:InputFileLocation offset:long = Vector<FileHash>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetFileHashes {
    /// `location:InputFileLocation`
    pub location: crate::enums::InputFileLocation,
    /// `offset:long`
    pub offset: i64,
}

impl Identifiable for GetFileHashes {
    const CONSTRUCTOR_ID: u32 = 0x9156982a;
    const NAME: &'static str = "upload.getFileHashes";
}

impl Serialize for GetFileHashes {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.location.serialize(buf);
        self.offset.serialize(buf);
    }
}

impl RemoteCall for GetFileHashes {
    type Return = Vec<crate::enums::FileHash>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetFileHashes {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_location = <crate::enums::InputFileLocation>::deserialize(r)?;
        let f_offset = <i64>::deserialize(r)?;
        Ok(Self { location: f_location, offset: f_offset })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetFileHashes {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("location");
        self.location.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.end_object();
    }
}
