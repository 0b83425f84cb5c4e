//! A client that announces an older layer with `invokeWithLayer` is answered in it (as
//! Telegram does); one that announces ours, or a layer whose schema the test DC does not
//! ship, is answered in ours.

use mtrs_testdc::Cluster;
use mtrs_tl::{RawTl, Serialize};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::users::GetUsers;
use mtrs_tl_api::functions::{InitConnection, InvokeWithLayer};

use crate::bot_client;

fn get_self_in_layer(layer: i32) -> Vec<u8> {
    InvokeWithLayer {
        layer,
        query: InitConnection {
            api_id: 12345,
            device_model: "test".into(),
            system_version: "test".into(),
            app_version: "1".into(),
            system_lang_code: "en".into(),
            lang_pack: "".into(),
            lang_code: "en".into(),
            proxy: None,
            params: None,
            query: RawTl(
                GetUsers {
                    id: vec![enums::InputUser::InputUserSelf],
                }
                .to_bytes(),
            ),
        },
    }
    .to_bytes()
}

/// The constructor id of the first user in a `Vector<User>` answer.
fn first_user_constructor(answer: &[u8]) -> u32 {
    let id = answer.get(8..12).expect("a vector with one user");
    u32::from_le_bytes(id.try_into().unwrap())
}

#[tokio::test]
async fn a_layer_198_client_gets_layer_198_users_and_ours_gets_ours() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut c = bot_client(&cluster).await;
    let old = c.call_raw(get_self_in_layer(198)).await.unwrap();
    assert_eq!(
        first_user_constructor(&old),
        0x4b46_c37e,
        "user#4b46c37e of layer 198"
    );
    // The key keeps its layer for later calls without the wrapper.
    let again = c
        .call_raw(
            GetUsers {
                id: vec![enums::InputUser::InputUserSelf],
            }
            .to_bytes(),
        )
        .await
        .unwrap();
    assert_eq!(first_user_constructor(&again), 0x4b46_c37e);

    let mut c = bot_client(&cluster).await;
    for layer in [230, 229, 500] {
        let ours = c.call_raw(get_self_in_layer(layer)).await.unwrap();
        assert_eq!(
            first_user_constructor(&ours),
            0xb1b8_cc83,
            "layer {layer}: ours"
        );
    }
    cluster.shutdown().await;
}

/// Whether `bytes` holds the constructor id `id`.
fn holds(bytes: &[u8], id: u32) -> bool {
    bytes.windows(4).any(|w| w == id.to_le_bytes())
}

#[tokio::test]
async fn pushed_updates_come_in_the_clients_layer() {
    let cluster = Cluster::builder().dcs(2).start().await.unwrap();
    let mut old = bot_client(&cluster).await;
    old.call_raw(get_self_in_layer(198)).await.unwrap();
    let mut ours = bot_client(&cluster).await;
    ours.call_raw(get_self_in_layer(230)).await.unwrap();
    // The bot's own copy: an `updates` container naming the bot and Alice.
    cluster.send_message(7001, 1001, "layers").unwrap();
    for (c, user, other) in [
        (&mut old, 0x4b46_c37e, 0xb1b8_cc83),
        (&mut ours, 0xb1b8_cc83, 0x4b46_c37e),
    ] {
        while c.updates.is_empty() {
            c.pump().await.unwrap();
        }
        let body = c.updates.pop_front().unwrap();
        assert!(holds(&body, 0x74ae_4240), "updates#74ae4240");
        assert!(holds(&body, user) && !holds(&body, other));
    }
    cluster.shutdown().await;
}
