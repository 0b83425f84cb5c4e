// @generated — do not edit. Produced by `cargo xtask codegen` (mtrs-tl-gen) from api.tl.
//! Functions (one struct per TL function; `RemoteCall::Return` is its result type) of the `folders` namespace.

#![allow(unused_imports, unused_qualifications, clippy::all)]

use mtrs_tl::{Deserialize, DeserializeBare, DeserializeError, Identifiable, Reader, RemoteCall, Serialize, SerializeBare};
#[cfg(feature = "json")]
use mtrs_tl::json::{JsonWriter, ToJson};

/// `folders.editPeerFolders#6847d0ab folder_peers:Vector<InputFolderPeer> = Updates`
#[derive(Debug, Clone, PartialEq)]
pub struct EditPeerFolders {
    /// `folder_peers:Vector<InputFolderPeer>`
    pub folder_peers: Vec<crate::enums::InputFolderPeer>,
}

impl Identifiable for EditPeerFolders {
    const CONSTRUCTOR_ID: u32 = 0x6847d0ab;
    const NAME: &'static str = "folders.editPeerFolders";
}

impl Serialize for EditPeerFolders {
    fn serialize(&self, buf: &mut Vec<u8>) {
        buf.extend_from_slice(&Self::CONSTRUCTOR_ID.to_le_bytes());
        self.folder_peers.serialize(buf);
    }
}

impl RemoteCall for EditPeerFolders {
    type Return = crate::enums::Updates;
}

#[cfg(feature = "deserialize-functions")]
impl Deserialize for EditPeerFolders {
    fn deserialize(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let id = r.read_u32()?;
        if id != Self::CONSTRUCTOR_ID {
            return Err(DeserializeError::UnknownConstructor { id, expected: Self::NAME });
        }
        let f_folder_peers = <Vec<crate::enums::InputFolderPeer>>::deserialize(r)?;
        Ok(Self { folder_peers: f_folder_peers })
    }
}

#[cfg(feature = "json")]
impl ToJson for EditPeerFolders {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object(Self::NAME);
        w.key("folder_peers");
        self.folder_peers.write_json(w);
        w.end_object();
    }
}
