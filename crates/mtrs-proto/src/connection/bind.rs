//! `auth.bindTempAuthKey`: the binding message must be encrypted with the permanent key and
//! carry the msg_id of the query that sends it, so the query is built here, where msg_ids
//! are made. See <https://core.telegram.org/api/pfs>.

use std::time::SystemTime;

use mtrs_crypto::{AuthKey, Direction};
use mtrs_tl::Serialize;
use mtrs_tl::mtproto::types::BindAuthKeyInner;

use super::{Connection, Random};
use crate::event::RequestId;
use crate::packet::encrypted::{self, Header};
use crate::pending::Origin;
use crate::salt::Salt;
use crate::session_id::SessionId;
use crate::transport::Role;

/// The constructor of `auth.bindTempAuthKey` (api layer; written by hand so the protocol
/// crate needs no generated API types).
const BIND_TEMP_AUTH_KEY: u32 = 0xcdd4_2a05;

/// What a temporary key is bound with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TempKeyBinding {
    /// A random nonce, repeated inside the encrypted message.
    pub nonce: i64,
    /// When the temporary key expires (server time, Unix seconds).
    pub expires_at: i32,
}

impl Connection {
    /// Queues `auth.bindTempAuthKey` binding this connection's (temporary) key to
    /// `perm_key` (client role). The binding message inside is encrypted with `perm_key`
    /// and names this key, this session and the query's own msg_id, which the query keeps
    /// on every re-send. Its result (`boolTrue`) arrives as that of any other query.
    ///
    /// Returns `None` on a server connection (no session of its own).
    pub fn enqueue_bind(
        &mut self,
        perm_key: &AuthKey,
        binding: TempKeyBinding,
        now: SystemTime,
        rng: &mut dyn Random,
    ) -> Option<RequestId> {
        if self.role != Role::Client {
            return None;
        }
        let session_id = self.session_id?;
        let msg_id = self.msg_ids.next(now);
        let seq_no = self.seq.next(true);
        let temp_id = self.auth_key.id().0 as i64;
        let perm_id = perm_key.id().0 as i64;
        let inner = BindAuthKeyInner {
            nonce: binding.nonce,
            temp_auth_key_id: temp_id,
            perm_auth_key_id: perm_id,
            temp_session_id: session_id.0,
            expires_at: binding.expires_at,
        }
        .to_bytes();
        let mut random = [0u8; 16];
        rng.fill(&mut random);
        let [
            s0,
            s1,
            s2,
            s3,
            s4,
            s5,
            s6,
            s7,
            i0,
            i1,
            i2,
            i3,
            i4,
            i5,
            i6,
            i7,
        ] = random;
        let header = Header {
            salt: Salt(i64::from_le_bytes([s0, s1, s2, s3, s4, s5, s6, s7])),
            session_id: SessionId(i64::from_le_bytes([i0, i1, i2, i3, i4, i5, i6, i7])),
            msg_id,
            seq_no: crate::seq_no::SeqNo(0),
        };
        let mut padding = [0u8; 32];
        let pad = &mut padding[..encrypted::padding_len(inner.len())];
        rng.fill(pad);
        let mut sealed = Vec::with_capacity(inner.len() + 96);
        // The inner body is TL (a multiple of 4) and the padding was sized for it.
        encrypted::write(
            perm_key,
            Direction::ClientToServer,
            &header,
            &inner,
            pad,
            false,
            &mut sealed,
        )
        .ok()?;
        let mut body = Vec::with_capacity(sealed.len() + 32);
        BIND_TEMP_AUTH_KEY.serialize(&mut body);
        perm_id.serialize(&mut body);
        binding.nonce.serialize(&mut body);
        binding.expires_at.serialize(&mut body);
        sealed.serialize(&mut body);
        Some(
            self.pending
                .push_with_id(body.into(), Origin::User, msg_id, seq_no),
        )
    }
}
