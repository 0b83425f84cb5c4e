// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `chatlists` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `chatlists.exportChatlistInvite#8472478e chatlist:InputChatlist title:string peers:Vector<InputPeer> = chatlists.ExportedChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct ExportChatlistInvite {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `peers:Vector<InputPeer>`
    pub peers: Vec<crate::enums::InputPeer>,
}

impl Identifiable for ExportChatlistInvite {
    const CONSTRUCTOR_ID: u32 = 0x8472478e;
    const NAME: &'static str = "chatlists.exportChatlistInvite";
}

impl Serialize for ExportChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
        self.title.serialize(buf);
        self.peers.serialize(buf);
    }
}

impl RemoteCall for ExportChatlistInvite {
    type Return = crate::enums::chatlists::ExportedChatlistInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ExportChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_peers = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist, title: f_title, peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for ExportChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}

/// `chatlists.deleteExportedInvite#719c5c5e chatlist:InputChatlist slug:string = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteExportedInvite {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for DeleteExportedInvite {
    const CONSTRUCTOR_ID: u32 = 0x719c5c5e;
    const NAME: &'static str = "chatlists.deleteExportedInvite";
}

impl Serialize for DeleteExportedInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
        self.slug.serialize(buf);
    }
}

impl RemoteCall for DeleteExportedInvite {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for DeleteExportedInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist, slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for DeleteExportedInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `chatlists.editExportedInvite#653db63d flags:# chatlist:InputChatlist slug:string title:flags.1?string peers:flags.2?Vector<InputPeer> = ExportedChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct EditExportedInvite {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
    /// `title:flags.1?string`
    pub title: Option<mtrs_tl::TlString>,
    /// `peers:flags.2?Vector<InputPeer>`
    pub peers: Option<Vec<crate::enums::InputPeer>>,
}

impl Identifiable for EditExportedInvite {
    const CONSTRUCTOR_ID: u32 = 0x653db63d;
    const NAME: &'static str = "chatlists.editExportedInvite";
}

impl Serialize for EditExportedInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.title.is_some() { 1 << 1 } else { 0 }
            | if self.peers.is_some() { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.chatlist.serialize(buf);
        self.slug.serialize(buf);
        if let Some(v) = &self.title {
            (*v).serialize(buf);
        }
        if let Some(v) = &self.peers {
            (*v).serialize(buf);
        }
    }
}

impl RemoteCall for EditExportedInvite {
    type Return = crate::enums::ExportedChatlistInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditExportedInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        let f_title = if fl_flags & (1 << 1) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_peers = if fl_flags & (1 << 2) != 0 { Some(<Vec<crate::enums::InputPeer>>::deserialize(r)?) } else { None };
        Ok(Self { chatlist: f_chatlist, slug: f_slug, title: f_title, peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditExportedInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.key("slug");
        self.slug.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}

/// `chatlists.getExportedInvites#ce03da83 chatlist:InputChatlist = chatlists.ExportedInvites`
#[derive(Debug, Clone, PartialEq)]
pub struct GetExportedInvites {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
}

impl Identifiable for GetExportedInvites {
    const CONSTRUCTOR_ID: u32 = 0xce03da83;
    const NAME: &'static str = "chatlists.getExportedInvites";
}

impl Serialize for GetExportedInvites {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
    }
}

impl RemoteCall for GetExportedInvites {
    type Return = crate::enums::chatlists::ExportedInvites;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetExportedInvites {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetExportedInvites {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.end_object();
    }
}

/// `chatlists.checkChatlistInvite#41c10fff slug:string = chatlists.ChatlistInvite`
#[derive(Debug, Clone, PartialEq)]
pub struct CheckChatlistInvite {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
}

impl Identifiable for CheckChatlistInvite {
    const CONSTRUCTOR_ID: u32 = 0x41c10fff;
    const NAME: &'static str = "chatlists.checkChatlistInvite";
}

impl Serialize for CheckChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
    }
}

impl RemoteCall for CheckChatlistInvite {
    type Return = crate::enums::chatlists::ChatlistInvite;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for CheckChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        Ok(Self { slug: f_slug })
    }
}

#[cfg(feature = "json")]
impl ToJson for CheckChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.end_object();
    }
}

/// `chatlists.joinChatlistInvite#a6b1e39a slug:string peers:Vector<InputPeer> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinChatlistInvite {
    /// `slug:string`
    pub slug: mtrs_tl::TlString,
    /// `peers:Vector<InputPeer>`
    pub peers: Vec<crate::enums::InputPeer>,
}

impl Identifiable for JoinChatlistInvite {
    const CONSTRUCTOR_ID: u32 = 0xa6b1e39a;
    const NAME: &'static str = "chatlists.joinChatlistInvite";
}

impl Serialize for JoinChatlistInvite {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.slug.serialize(buf);
        self.peers.serialize(buf);
    }
}

impl RemoteCall for JoinChatlistInvite {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for JoinChatlistInvite {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_slug = <mtrs_tl::TlString>::deserialize(r)?;
        let f_peers = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { slug: f_slug, peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinChatlistInvite {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("slug");
        self.slug.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}

/// `chatlists.getChatlistUpdates#89419521 chatlist:InputChatlist = chatlists.ChatlistUpdates`
#[derive(Debug, Clone, PartialEq)]
pub struct GetChatlistUpdates {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
}

impl Identifiable for GetChatlistUpdates {
    const CONSTRUCTOR_ID: u32 = 0x89419521;
    const NAME: &'static str = "chatlists.getChatlistUpdates";
}

impl Serialize for GetChatlistUpdates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
    }
}

impl RemoteCall for GetChatlistUpdates {
    type Return = crate::enums::chatlists::ChatlistUpdates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetChatlistUpdates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetChatlistUpdates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.end_object();
    }
}

/// `chatlists.joinChatlistUpdates#e089f8f5 chatlist:InputChatlist peers:Vector<InputPeer> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct JoinChatlistUpdates {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
    /// `peers:Vector<InputPeer>`
    pub peers: Vec<crate::enums::InputPeer>,
}

impl Identifiable for JoinChatlistUpdates {
    const CONSTRUCTOR_ID: u32 = 0xe089f8f5;
    const NAME: &'static str = "chatlists.joinChatlistUpdates";
}

impl Serialize for JoinChatlistUpdates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
        self.peers.serialize(buf);
    }
}

impl RemoteCall for JoinChatlistUpdates {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for JoinChatlistUpdates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        let f_peers = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist, peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for JoinChatlistUpdates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}

/// `chatlists.hideChatlistUpdates#66e486fb chatlist:InputChatlist = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct HideChatlistUpdates {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
}

impl Identifiable for HideChatlistUpdates {
    const CONSTRUCTOR_ID: u32 = 0x66e486fb;
    const NAME: &'static str = "chatlists.hideChatlistUpdates";
}

impl Serialize for HideChatlistUpdates {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
    }
}

impl RemoteCall for HideChatlistUpdates {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for HideChatlistUpdates {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist })
    }
}

#[cfg(feature = "json")]
impl ToJson for HideChatlistUpdates {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.end_object();
    }
}

/// `chatlists.getLeaveChatlistSuggestions#fdbcd714 chatlist:InputChatlist = Vector<Peer>`
#[derive(Debug, Clone, PartialEq)]
pub struct GetLeaveChatlistSuggestions {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
}

impl Identifiable for GetLeaveChatlistSuggestions {
    const CONSTRUCTOR_ID: u32 = 0xfdbcd714;
    const NAME: &'static str = "chatlists.getLeaveChatlistSuggestions";
}

impl Serialize for GetLeaveChatlistSuggestions {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
    }
}

impl RemoteCall for GetLeaveChatlistSuggestions {
    type Return = Vec<crate::enums::Peer>;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetLeaveChatlistSuggestions {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetLeaveChatlistSuggestions {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.end_object();
    }
}

/// `chatlists.leaveChatlist#74fae13a chatlist:InputChatlist peers:Vector<InputPeer> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct LeaveChatlist {
    /// `chatlist:InputChatlist`
    pub chatlist: crate::enums::InputChatlist,
    /// `peers:Vector<InputPeer>`
    pub peers: Vec<crate::enums::InputPeer>,
}

impl Identifiable for LeaveChatlist {
    const CONSTRUCTOR_ID: u32 = 0x74fae13a;
    const NAME: &'static str = "chatlists.leaveChatlist";
}

impl Serialize for LeaveChatlist {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.chatlist.serialize(buf);
        self.peers.serialize(buf);
    }
}

impl RemoteCall for LeaveChatlist {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for LeaveChatlist {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_chatlist = <crate::enums::InputChatlist>::deserialize(r)?;
        let f_peers = <Vec<crate::enums::InputPeer>>::deserialize(r)?;
        Ok(Self { chatlist: f_chatlist, peers: f_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for LeaveChatlist {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("chatlist");
        self.chatlist.write_json(w);
        w.key("peers");
        self.peers.write_json(w);
        w.end_object();
    }
}
