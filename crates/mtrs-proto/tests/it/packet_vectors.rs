//! Telethon-made encrypted messages (`tests/data/crypto.json`, `message_packing`)
//! reproduced byte for byte, and its must-reject packets rejected.

use mtrs_crypto::{AuthKey, Direction};
use mtrs_proto::packet::encrypted::{self, Header};
use mtrs_proto::{MsgId, PacketError, Salt, SeqNo, SessionId};

use crate::data::{hex, i64_str, load};

fn header_of(inputs: &serde_json::Value) -> Header {
    Header {
        salt: Salt(i64_str(&inputs["server_salt"])),
        session_id: SessionId(i64_str(&inputs["session_id"])),
        msg_id: MsgId(i64_str(&inputs["msg_id"])),
        seq_no: SeqNo(inputs["seq_no"].as_i64().unwrap() as i32),
    }
}

#[test]
fn encrypted_messages_match_telethon_byte_for_byte() {
    let v = load("crypto.json");
    let (mut packed, mut rejected) = (0, 0);
    for vector in v["message_packing"]["vectors"].as_array().unwrap() {
        let id = vector["id"].as_str().unwrap();
        let inputs = &vector["inputs"];
        let key = AuthKey::from_slice(&hex(&inputs["auth_key"])).unwrap();
        let direction = match vector["direction"].as_str().unwrap() {
            "client->server" => Direction::ClientToServer,
            "server->client" => Direction::ServerToClient,
            other => panic!("{other}"),
        };
        let mut packet = hex(&vector["packet"]);
        if vector["expect"] == "reject" {
            let err = encrypted::read(&key, direction, &mut packet).unwrap_err();
            let expected = if id.contains("wrong-key-id") {
                matches!(err, PacketError::UnexpectedAuthKeyId { .. })
            } else {
                err == PacketError::MsgKeyMismatch
            };
            assert!(expected, "{id}: {err:?}");
            rejected += 1;
            continue;
        }

        // Pack from the inputs: every byte must match.
        let header = header_of(inputs);
        let body = hex(&inputs["body"]);
        let padding = hex(&inputs["padding"]);
        let mut out = Vec::new();
        encrypted::write(&key, direction, &header, &body, &padding, false, &mut out).unwrap();
        assert_eq!(
            hex::encode(&out),
            vector["packet"].as_str().unwrap(),
            "{id}"
        );
        assert_eq!(&out[8..24], &hex(&vector["msg_key"])[..], "{id} msg_key");

        // Unpack the recorded packet: the header and body come back.
        let msg = encrypted::read(&key, direction, &mut packet).unwrap();
        assert_eq!(msg.header, header, "{id}");
        assert_eq!(msg.body, &body[..], "{id}");
        if let Some(decoded) = vector.get("telethon_decoded") {
            assert_eq!(msg.header.msg_id, MsgId(i64_str(&decoded["msg_id"])));
            assert_eq!(
                msg.header.seq_no.0 as i64,
                decoded["seq_no"].as_i64().unwrap()
            );
        }
        // The plaintext that was decrypted in place is the vector's.
        assert_eq!(
            &packet[24..],
            &hex(&vector["plaintext"])[..],
            "{id} plaintext"
        );
        packed += 1;
    }
    assert_eq!((packed, rejected), (6, 4));
}
