// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `smsjobs` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `smsjobs.isEligibleToJoin#0edc39d0 = smsjobs.EligibilityToJoin`
#[derive(Debug, Clone, PartialEq)]
pub struct IsEligibleToJoin;

impl Identifiable for IsEligibleToJoin {
    const CONSTRUCTOR_ID: u32 = 0x0edc39d0;
    const NAME: &'static str = "smsjobs.isEligibleToJoin";
}

impl Serialize for IsEligibleToJoin {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for IsEligibleToJoin {
    type Return = crate::enums::smsjobs::EligibilityToJoin;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for IsEligibleToJoin {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for IsEligibleToJoin {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `smsjobs.join#a74ece2d = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct Join;

impl Identifiable for Join {
    const CONSTRUCTOR_ID: u32 = 0xa74ece2d;
    const NAME: &'static str = "smsjobs.join";
}

impl Serialize for Join {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for Join {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Join {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for Join {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `smsjobs.leave#9898ad73 = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct Leave;

impl Identifiable for Leave {
    const CONSTRUCTOR_ID: u32 = 0x9898ad73;
    const NAME: &'static str = "smsjobs.leave";
}

impl Serialize for Leave {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for Leave {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Leave {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for Leave {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `smsjobs.updateSettings#093fa0bf flags:# allow_international:flags.0?true = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSettings {
    /// `allow_international:flags.0?true`
    pub allow_international: bool,
}

impl Identifiable for UpdateSettings {
    const CONSTRUCTOR_ID: u32 = 0x093fa0bf;
    const NAME: &'static str = "smsjobs.updateSettings";
}

impl Serialize for UpdateSettings {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.allow_international { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
    }
}

impl RemoteCall for UpdateSettings {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for UpdateSettings {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_allow_international = fl_flags & (1 << 0) != 0;
        Ok(Self { allow_international: f_allow_international })
    }
}

#[cfg(feature = "json")]
impl ToJson for UpdateSettings {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("allow_international");
        self.allow_international.write_json(w);
        w.end_object();
    }
}

/// `smsjobs.getStatus#10a698e8 = smsjobs.Status`
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatus;

impl Identifiable for GetStatus {
    const CONSTRUCTOR_ID: u32 = 0x10a698e8;
    const NAME: &'static str = "smsjobs.getStatus";
}

impl Serialize for GetStatus {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetStatus {
    type Return = crate::enums::smsjobs::Status;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetStatus {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `smsjobs.getSmsJob#778d902f job_id:string = SmsJob`
#[derive(Debug, Clone, PartialEq)]
pub struct GetSmsJob {
    /// `job_id:string`
    pub job_id: mtrs_tl::TlString,
}

impl Identifiable for GetSmsJob {
    const CONSTRUCTOR_ID: u32 = 0x778d902f;
    const NAME: &'static str = "smsjobs.getSmsJob";
}

impl Serialize for GetSmsJob {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.job_id.serialize(buf);
    }
}

impl RemoteCall for GetSmsJob {
    type Return = crate::enums::SmsJob;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetSmsJob {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_job_id = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { job_id: f_job_id })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetSmsJob {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("job_id");
        self.job_id.write_json(w);
        w.end_object();
    }
}

/// `smsjobs.finishJob#4f1ebf24 flags:# job_id:string error:flags.0?string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct FinishJob {
    /// `job_id:string`
    pub job_id: mtrs_tl::TlString,
    /// `error:flags.0?string`
    pub error: Option<mtrs_tl::TlString>,
}

impl Identifiable for FinishJob {
    const CONSTRUCTOR_ID: u32 = 0x4f1ebf24;
    const NAME: &'static str = "smsjobs.finishJob";
}

impl Serialize for FinishJob {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.error.is_some() { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.job_id.serialize(buf);
        if let Some(v) = &self.error {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for FinishJob {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for FinishJob {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_job_id = <mtrs_tl::TlString>::deserialize(r)?;
        let f_error = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        Ok(Self { job_id: f_job_id, error: f_error })
    }
}

#[cfg(feature = "json")]
impl ToJson for FinishJob {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("job_id");
        self.job_id.write_json(w);
        w.key("error");
        self.error.write_json(w);
        w.end_object();
    }
}
