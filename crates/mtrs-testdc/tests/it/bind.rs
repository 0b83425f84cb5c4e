//! `auth.bindTempAuthKey`: a temporary key bound to a logged-in permanent key shares its
//! authorization.

use std::time::{Duration, SystemTime};

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::auth::KeyKind;
use mtrs_proto::msg_id::MsgIdGen;
use mtrs_proto::packet::encrypted::{self, Header};
use mtrs_proto::transport::{Role, TransportKind};
use mtrs_proto::{MsgId, Salt, SeqNo, SessionId, container};
use mtrs_testdc::{Cluster, DcId};
use mtrs_tl::mtproto::types::{BindAuthKeyInner, RpcResult};
use mtrs_tl::{Deserialize, Identifiable, Serialize};
use mtrs_tl_api::functions::{auth, updates};

use crate::bot_login;
use crate::client::{TestClient, rng};

/// Encrypts `body` as one client message.
fn seal(
    key: &AuthKey,
    salt: Salt,
    session: SessionId,
    msg_id: MsgId,
    seq_no: i32,
    body: &[u8],
) -> Vec<u8> {
    let mut padding = vec![0u8; encrypted::padding_len(body.len())];
    rng(&mut padding);
    let header = Header {
        salt,
        session_id: session,
        msg_id,
        seq_no: SeqNo(seq_no),
    };
    let mut out = Vec::new();
    encrypted::write(
        key,
        Direction::ClientToServer,
        &header,
        body,
        &padding,
        false,
        &mut out,
    )
    .unwrap();
    out
}

/// Sends `auth.bindTempAuthKey` by hand (the binding message must carry the msg_id of the
/// query itself) and returns the raw result.
async fn bind(
    c: &mut TestClient,
    temp: &AuthKey,
    salt: Salt,
    perm: &AuthKey,
    tamper: bool,
) -> Vec<u8> {
    let session = SessionId(0x1234_5678);
    let msg_id = MsgIdGen::new(Role::Client).next(SystemTime::now());
    let expires_at = 2_000_000_000;
    let inner = BindAuthKeyInner {
        nonce: 99,
        temp_auth_key_id: temp.id().0 as i64,
        perm_auth_key_id: perm.id().0 as i64,
        temp_session_id: if tamper { 1 } else { session.0 },
        expires_at,
    };
    let encrypted_message = seal(perm, Salt(7), SessionId(8), msg_id, 0, &inner.to_bytes());
    let request = auth::BindTempAuthKey {
        perm_auth_key_id: perm.id().0 as i64,
        nonce: 99,
        expires_at,
        encrypted_message,
    };
    c.send_payload(&seal(temp, salt, session, msg_id, 1, &request.to_bytes()))
        .await
        .unwrap();
    loop {
        let mut packet = c.recv().await.unwrap();
        let msg = encrypted::read(temp, Direction::ServerToClient, &mut packet).unwrap();
        let bodies = if container::is_container(msg.body) {
            container::read(msg.header.msg_id, msg.body)
                .unwrap()
                .into_iter()
                .map(|m| m.body)
                .collect()
        } else {
            vec![msg.body.to_vec()]
        };
        for body in bodies {
            if body.get(..4) == Some(&RpcResult::CONSTRUCTOR_ID.to_le_bytes()[..]) {
                let result = RpcResult::from_bytes(&body).unwrap();
                assert_eq!(result.req_msg_id, msg_id.0);
                return result.result;
            }
        }
    }
}

#[tokio::test]
async fn bound_temporary_key_shares_the_permanent_keys_login() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let addr = cluster.endpoint(DcId::new(2)).unwrap().addr();
    let mut perm_client = crate::keyed_client(&cluster, 2).await;
    perm_client
        .call(&bot_login(crate::BOT_TOKEN))
        .await
        .unwrap();

    let mut c = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    let temp = c
        .create_key(
            2,
            KeyKind::Temporary(Duration::from_secs(3600)),
            cluster.rsa_public_key(),
        )
        .await
        .unwrap();
    // Before binding, the temporary key is not logged in.
    let mut t = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    t.start_session(temp.auth_key.clone(), temp.salt);
    assert_eq!(
        t.call(&updates::GetState).await.unwrap_err().message(),
        "AUTH_KEY_UNREGISTERED"
    );
    drop(t);

    let perm_auth_key = perm_client.auth_key.clone().unwrap();
    // A binding message naming another session is refused.
    let refused = bind(&mut c, &temp.auth_key, temp.salt, &perm_auth_key, true).await;
    assert_eq!(
        refused.get(..4),
        Some(&mtrs_proto::RpcError::CONSTRUCTOR_ID.to_le_bytes()[..])
    );
    let result = bind(&mut c, &temp.auth_key, temp.salt, &perm_auth_key, false).await;
    assert_eq!(result, true.to_bytes());

    let mut t = TestClient::connect(addr, TransportKind::Intermediate, false).await;
    t.start_session(temp.auth_key.clone(), temp.salt);
    t.call(&updates::GetState).await.unwrap();
    assert_eq!(
        cluster.key_user(DcId::new(2), temp.auth_key.id().0),
        Some(7001)
    );
    cluster.shutdown().await;
}
