//! Hand-built encrypted frames: a session whose seq_nos, msg_ids and session ids the test
//! chooses, as other clients (Pyrogram, mtcute, Telethon) write them, and the server's
//! messages read back one by one.

use std::time::SystemTime;

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::auth::KeyKind;
use mtrs_proto::container::{self, Inner};
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::encrypted::{self, Header};
use mtrs_proto::transport::{Role, TransportKind};
use mtrs_proto::{MsgId, Salt, SeqNo, SessionId};
use mtrs_testdc::{Cluster, DcId};
use mtrs_tl::Identifiable;

use crate::client::{TestClient, rng};

/// A message from the server and the session id of the packet that carried it.
pub struct Received {
    pub session_id: i64,
    pub msg: Inner,
}

impl Received {
    /// The constructor id of its body.
    pub fn constructor(&self) -> Option<u32> {
        mtrs_tl::constructor_of(&self.msg.body)
    }

    /// Whether its body is a `T`.
    pub fn is<T: Identifiable>(&self) -> bool {
        self.constructor() == Some(T::CONSTRUCTOR_ID)
    }
}

/// One TCP connection with a fresh permanent key and a session driven by hand.
pub struct RawSession {
    pub client: TestClient,
    key: AuthKey,
    salt: Salt,
    pub session_id: i64,
    msg_ids: MsgIdGen,
}

impl RawSession {
    /// Connects to `dc` (intermediate transport) and creates a key.
    pub async fn open(cluster: &Cluster, dc: i32) -> Self {
        let addr = cluster.endpoint(DcId::new(dc)).expect("endpoint").addr();
        let mut client = TestClient::connect(addr, TransportKind::Intermediate, false).await;
        let created = client
            .create_key(dc, KeyKind::Permanent, cluster.rsa_public_key())
            .await
            .expect("key exchange");
        let mut s = Self {
            client,
            key: created.auth_key,
            salt: created.salt,
            session_id: 0,
            msg_ids: MsgIdGen::new(Role::Client),
        };
        s.new_session();
        s
    }

    /// Switches to a new random session id (same key, same connection).
    pub fn new_session(&mut self) {
        let mut id = [0u8; 8];
        rng(&mut id);
        self.session_id = i64::from_le_bytes(id);
    }

    /// A fresh client msg_id.
    pub fn next_msg_id(&mut self) -> MsgId {
        self.msg_ids.next(SystemTime::now())
    }

    /// Sends `body` as one message with the given `seq_no`; returns its msg_id.
    pub async fn send(&mut self, seq_no: i32, body: &[u8]) -> MsgId {
        let msg_id = self.next_msg_id();
        self.send_as(msg_id, seq_no, body).await;
        msg_id
    }

    /// Sends `messages` (msg_id, seq_no, body) in one container.
    pub async fn send_container(&mut self, messages: &[(MsgId, i32, Vec<u8>)]) -> MsgId {
        let mut body = Vec::new();
        container::write(
            messages
                .iter()
                .map(|(id, seq, b)| (*id, SeqNo(*seq), &b[..])),
            &mut body,
        );
        let msg_id = self.next_msg_id();
        self.send_as(msg_id, 0, &body).await;
        msg_id
    }

    async fn send_as(&mut self, msg_id: MsgId, seq_no: i32, body: &[u8]) {
        let header = Header {
            salt: self.salt,
            session_id: SessionId(self.session_id),
            msg_id,
            seq_no: SeqNo(seq_no),
        };
        let mut padding = vec![0u8; encrypted::padding_len(body.len())];
        rng(&mut padding);
        let mut packet = Vec::new();
        encrypted::write(
            &self.key,
            Direction::ClientToServer,
            &header,
            body,
            &padding,
            false,
            &mut packet,
        )
        .expect("encrypt");
        self.client.send_payload(&packet).await.expect("send");
    }

    /// The messages of the next packet from the server (a container opened).
    pub async fn recv(&mut self) -> Vec<Received> {
        let mut payload = self.client.recv().await.expect("a packet");
        let msg = encrypted::read(&self.key, Direction::ServerToClient, &mut payload)
            .expect("an authentic packet");
        let session_id = msg.header.session_id.0;
        let inner = if container::is_container(msg.body) {
            container::read(msg.header.msg_id, msg.body).expect("a container")
        } else {
            vec![Inner {
                msg_id: msg.header.msg_id,
                seq_no: msg.header.seq_no,
                body: msg.body.to_vec(),
            }]
        };
        inner
            .into_iter()
            .map(|msg| Received { session_id, msg })
            .collect()
    }

    /// Reads packets until a message satisfies `want`; returns every message read (the
    /// wanted one last among its packet's).
    pub async fn recv_until(&mut self, want: impl Fn(&Received) -> bool) -> Vec<Received> {
        let mut all = Vec::new();
        loop {
            let packet = self.recv().await;
            let done = packet.iter().any(&want);
            all.extend(packet);
            if done {
                return all;
            }
        }
    }
}
