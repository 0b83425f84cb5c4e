// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `communities` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `communities.create#a63859ec flags:# hidden:flags.1?true title:string about:flags.0?string peer:InputPeer = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct Create {
    /// `hidden:flags.1?true`
    pub hidden: bool,
    /// `title:string`
    pub title: mtrs_tl::TlString,
    /// `about:flags.0?string`
    pub about: Option<mtrs_tl::TlString>,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for Create {
    const CONSTRUCTOR_ID: u32 = 0xa63859ec;
    const NAME: &'static str = "communities.create";
}

impl Serialize for Create {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.about.is_some() { 1 << 0 } else { 0 }
            | if self.hidden { 1 << 1 } else { 0 };
        fl_flags.serialize(buf);
        self.title.serialize(buf);
        if let Some(v) = &self.about {
            (*v).serialize(buf);
        }
        self.peer.serialize(buf);
    }
}

impl RemoteCall for Create {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for Create {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_hidden = fl_flags & (1 << 1) != 0;
        let f_title = <mtrs_tl::TlString>::deserialize(r)?;
        let f_about = if fl_flags & (1 << 0) != 0 { Some(<mtrs_tl::TlString>::deserialize(r)?) } else { None };
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { hidden: f_hidden, title: f_title, about: f_about, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for Create {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("hidden");
        self.hidden.write_json(w);
        w.key("title");
        self.title.write_json(w);
        w.key("about");
        self.about.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `communities.togglePeerLink#736dcfea flags:# visible:flags.0?true hidden:flags.1?true deleted:flags.2?true community:InputChannel peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePeerLink {
    /// `visible:flags.0?true`
    pub visible: bool,
    /// `hidden:flags.1?true`
    pub hidden: bool,
    /// `deleted:flags.2?true`
    pub deleted: bool,
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for TogglePeerLink {
    const CONSTRUCTOR_ID: u32 = 0x736dcfea;
    const NAME: &'static str = "communities.togglePeerLink";
}

impl Serialize for TogglePeerLink {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.visible { 1 << 0 } else { 0 }
            | if self.hidden { 1 << 1 } else { 0 }
            | if self.deleted { 1 << 2 } else { 0 };
        fl_flags.serialize(buf);
        self.community.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for TogglePeerLink {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePeerLink {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_visible = fl_flags & (1 << 0) != 0;
        let f_hidden = fl_flags & (1 << 1) != 0;
        let f_deleted = fl_flags & (1 << 2) != 0;
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { visible: f_visible, hidden: f_hidden, deleted: f_deleted, community: f_community, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePeerLink {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("visible");
        self.visible.write_json(w);
        w.key("hidden");
        self.hidden.write_json(w);
        w.key("deleted");
        self.deleted.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `communities.getJoinedCommunities#a663e830 = messages.Chats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetJoinedCommunities;

impl Identifiable for GetJoinedCommunities {
    const CONSTRUCTOR_ID: u32 = 0xa663e830;
    const NAME: &'static str = "communities.getJoinedCommunities";
}

impl Serialize for GetJoinedCommunities {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
    }
}

impl RemoteCall for GetJoinedCommunities {
    type Return = crate::enums::messages::Chats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetJoinedCommunities {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        Ok(Self)
    }
}

#[cfg(feature = "json")]
impl ToJson for GetJoinedCommunities {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.end_object();
    }
}

/// `communities.toggleCommunityCollapsedInDialogs#d766e3ea flags:# collapsed:flags.0?true community:InputChannel = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleCommunityCollapsedInDialogs {
    /// `collapsed:flags.0?true`
    pub collapsed: bool,
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
}

impl Identifiable for ToggleCommunityCollapsedInDialogs {
    const CONSTRUCTOR_ID: u32 = 0xd766e3ea;
    const NAME: &'static str = "communities.toggleCommunityCollapsedInDialogs";
}

impl Serialize for ToggleCommunityCollapsedInDialogs {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.collapsed { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.community.serialize(buf);
    }
}

impl RemoteCall for ToggleCommunityCollapsedInDialogs {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleCommunityCollapsedInDialogs {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_collapsed = fl_flags & (1 << 0) != 0;
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { collapsed: f_collapsed, community: f_community })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleCommunityCollapsedInDialogs {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("collapsed");
        self.collapsed.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.end_object();
    }
}

/// `communities.getPeerLinkRequests#93773344 community:InputChannel offset:string limit:int = communities.PeerLinkRequests`
#[derive(Debug, Clone, PartialEq)]
pub struct GetPeerLinkRequests {
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
    /// `offset:string`
    pub offset: mtrs_tl::TlString,
    /// `limit:int`
    pub limit: i32,
}

impl Identifiable for GetPeerLinkRequests {
    const CONSTRUCTOR_ID: u32 = 0x93773344;
    const NAME: &'static str = "communities.getPeerLinkRequests";
}

impl Serialize for GetPeerLinkRequests {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.community.serialize(buf);
        self.offset.serialize(buf);
        self.limit.serialize(buf);
    }
}

impl RemoteCall for GetPeerLinkRequests {
    type Return = crate::enums::communities::PeerLinkRequests;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetPeerLinkRequests {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        let f_offset = <mtrs_tl::TlString>::deserialize(r)?;
        let f_limit = <i32>::deserialize(r)?;
        Ok(Self { community: f_community, offset: f_offset, limit: f_limit })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetPeerLinkRequests {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("community");
        self.community.write_json(w);
        w.key("offset");
        self.offset.write_json(w);
        w.key("limit");
        self.limit.write_json(w);
        w.end_object();
    }
}

/// `communities.togglePeerLinkRequestApproval#8c8219a8 flags:# reject:flags.0?true community:InputChannel peer:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct TogglePeerLinkRequestApproval {
    /// `reject:flags.0?true`
    pub reject: bool,
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
    /// `peer:InputPeer`
    pub peer: crate::enums::InputPeer,
}

impl Identifiable for TogglePeerLinkRequestApproval {
    const CONSTRUCTOR_ID: u32 = 0x8c8219a8;
    const NAME: &'static str = "communities.togglePeerLinkRequestApproval";
}

impl Serialize for TogglePeerLinkRequestApproval {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reject { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.community.serialize(buf);
        self.peer.serialize(buf);
    }
}

impl RemoteCall for TogglePeerLinkRequestApproval {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for TogglePeerLinkRequestApproval {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reject = fl_flags & (1 << 0) != 0;
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        let f_peer = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { reject: f_reject, community: f_community, peer: f_peer })
    }
}

#[cfg(feature = "json")]
impl ToJson for TogglePeerLinkRequestApproval {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reject");
        self.reject.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.key("peer");
        self.peer.write_json(w);
        w.end_object();
    }
}

/// `communities.toggleAllPeerLinkRequestApproval#bfe3dd3d flags:# reject:flags.0?true community:InputChannel = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleAllPeerLinkRequestApproval {
    /// `reject:flags.0?true`
    pub reject: bool,
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
}

impl Identifiable for ToggleAllPeerLinkRequestApproval {
    const CONSTRUCTOR_ID: u32 = 0xbfe3dd3d;
    const NAME: &'static str = "communities.toggleAllPeerLinkRequestApproval";
}

impl Serialize for ToggleAllPeerLinkRequestApproval {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.reject { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.community.serialize(buf);
    }
}

impl RemoteCall for ToggleAllPeerLinkRequestApproval {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleAllPeerLinkRequestApproval {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_reject = fl_flags & (1 << 0) != 0;
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        Ok(Self { reject: f_reject, community: f_community })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleAllPeerLinkRequestApproval {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("reject");
        self.reject.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.end_object();
    }
}

/// `communities.toggleParticipantBanned#9967ad0f flags:# unban:flags.0?true community:InputChannel participant:InputPeer = Bool`
#[derive(Debug, Clone, PartialEq)]
pub struct ToggleParticipantBanned {
    /// `unban:flags.0?true`
    pub unban: bool,
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for ToggleParticipantBanned {
    const CONSTRUCTOR_ID: u32 = 0x9967ad0f;
    const NAME: &'static str = "communities.toggleParticipantBanned";
}

impl Serialize for ToggleParticipantBanned {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        let fl_flags = 0u32
            | if self.unban { 1 << 0 } else { 0 };
        fl_flags.serialize(buf);
        self.community.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for ToggleParticipantBanned {
    type Return = bool;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for ToggleParticipantBanned {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let fl_flags = r.read_u32()?;
        let f_unban = fl_flags & (1 << 0) != 0;
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { unban: f_unban, community: f_community, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for ToggleParticipantBanned {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("unban");
        self.unban.write_json(w);
        w.key("community");
        self.community.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}

/// `communities.getParticipantJoinedChats#f87eabab community:InputChannel participant:InputPeer = communities.ParticipantJoinedChats`
#[derive(Debug, Clone, PartialEq)]
pub struct GetParticipantJoinedChats {
    /// `community:InputChannel`
    pub community: crate::enums::InputChannel,
    /// `participant:InputPeer`
    pub participant: crate::enums::InputPeer,
}

impl Identifiable for GetParticipantJoinedChats {
    const CONSTRUCTOR_ID: u32 = 0xf87eabab;
    const NAME: &'static str = "communities.getParticipantJoinedChats";
}

impl Serialize for GetParticipantJoinedChats {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.community.serialize(buf);
        self.participant.serialize(buf);
    }
}

impl RemoteCall for GetParticipantJoinedChats {
    type Return = crate::enums::communities::ParticipantJoinedChats;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for GetParticipantJoinedChats {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_community = <crate::enums::InputChannel>::deserialize(r)?;
        let f_participant = <crate::enums::InputPeer>::deserialize(r)?;
        Ok(Self { community: f_community, participant: f_participant })
    }
}

#[cfg(feature = "json")]
impl ToJson for GetParticipantJoinedChats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("community");
        self.community.write_json(w);
        w.key("participant");
        self.participant.write_json(w);
        w.end_object();
    }
}
