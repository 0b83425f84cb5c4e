//! The API layer's metadata: LAYER, names, return types, function deserialization.

use mtrs_tl::{Deserialize, Identifiable, RemoteCall, Serialize, TlString};
use mtrs_tl_api::{LAYER, enums, functions, name_for_id, types};

fn return_type<F: RemoteCall>(_: &F) -> &'static str {
    std::any::type_name::<F::Return>()
}

#[test]
fn layer_and_names() {
    assert_eq!(LAYER, 230);
    assert_eq!(name_for_id(types::User::CONSTRUCTOR_ID), Some("user"));
    assert_eq!(name_for_id(0xc4f9_186b), Some("help.getConfig"));
    assert_eq!(name_for_id(0x9972_75b5), Some("boolTrue"));
    assert_eq!(name_for_id(0xdead_beef), None);
    assert_eq!(functions::help::GetConfig::NAME, "help.getConfig");
}

#[test]
fn functions_know_their_return_types() {
    assert!(return_type(&functions::help::GetConfig).ends_with("enums::Config"));
    let q = functions::InvokeWithLayer {
        layer: LAYER,
        query: functions::help::GetConfig,
    };
    assert!(return_type(&q).ends_with("enums::Config"));
    let users = functions::users::GetUsers {
        id: vec![enums::InputUser::InputUserSelf],
    };
    assert!(return_type(&users).starts_with("alloc::vec::Vec<"));
    assert!(return_type(&functions::auth::LogOut).ends_with("enums::auth::LoggedOut"));
}

#[test]
fn functions_deserialize_with_the_feature() {
    let q = functions::InvokeWithLayer {
        layer: LAYER,
        query: functions::contacts::ResolveUsername {
            username: TlString::from("durov"),
            referer: None,
        },
    };
    let b = q.to_bytes();
    let back = functions::InvokeWithLayer::<functions::contacts::ResolveUsername>::from_bytes(&b)
        .expect("deserialize");
    assert_eq!(back, q);
}
