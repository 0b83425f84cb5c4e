//! Integration tests of the test DC, driven by a small client made of `mtrs-proto` parts.

mod bind;
mod client;
mod client_calls;
mod control;
mod exchange;
mod faults;
mod history;
mod interop;
mod interop_updates;
mod layers;
mod legacy;
mod login;
mod malformed;
mod module_graph;
mod qr_login;
mod raw;
mod rpc;
mod session;
mod session_faults;
mod tolerance;
mod updates;

use mtrs_proto::transport::TransportKind;
use mtrs_testdc::Cluster;
use mtrs_tl_api::functions::auth::ImportBotAuthorization;

use client::TestClient;

/// The token of the default fixture's bot 7001, homed on DC 2.
pub const BOT_TOKEN: &str = "7001:testdc-bot-secret";

/// A client with a fresh key on `dc` (intermediate transport).
pub async fn keyed_client(cluster: &Cluster, dc: i32) -> TestClient {
    let endpoint = cluster.endpoint(dc).expect("endpoint");
    let mut c = TestClient::connect(endpoint.addr(), TransportKind::Intermediate, false).await;
    c.login_key(dc, cluster.rsa_public_key()).await;
    c
}

/// `auth.importBotAuthorization` with `token`.
pub fn bot_login(token: &str) -> ImportBotAuthorization {
    ImportBotAuthorization {
        flags: 0,
        api_id: 12345,
        api_hash: "0123456789abcdef".into(),
        bot_auth_token: token.into(),
    }
}

/// A client on DC 2 logged in as bot 7001.
pub async fn bot_client(cluster: &Cluster) -> TestClient {
    let mut c = keyed_client(cluster, 2).await;
    c.call(&bot_login(BOT_TOKEN)).await.expect("bot login");
    c
}
