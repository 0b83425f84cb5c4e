//! The whole session lifecycle against an embedded test DC (what `mtrs demo` shows):
//! connect a bot homed on DC 4 (key exchange, USER_MIGRATE_4, home switch), call an API
//! method, download a file through a media session on DC 3, export the session string,
//! stop, and resume from the string (in memory) without a new key exchange.
//!
//! Run with `cargo run -p mtrs --example testdc_demo`.

use std::error::Error;

use mtrs::{Client, Config, DcId, SessionSource};
use mtrs_testdc::{Account, Cluster, FaultConfig, Fixture};
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::upload::GetFile;
use mtrs_tl_api::functions::users::GetUsers;

const API_HASH: &str = "0123456789abcdef0123456789abcdef";

#[tokio::main]
async fn main() -> Result<(), Box<dyn Error>> {
    let fixture = Fixture::default().account(Account::bot(7004, 4, "DC4 Bot", "dc4-bot-secret"));
    let cluster = Cluster::builder()
        .dcs(5)
        .media_listeners(true)
        .fixture(fixture)
        .faults(FaultConfig::default())
        .start()
        .await?;
    let table = cluster.dc_table();
    let dir = tempfile::tempdir()?;
    let client = Client::new(
        4242,
        API_HASH,
        Config {
            session: SessionSource::file(dir.path(), "demo"),
            bot_token: Some("7004:dc4-bot-secret".into()),
            dc_table: Some(table.clone()),
            rsa_keys: vec![cluster.rsa_public_key()],
            ..Config::default()
        },
    )?;
    client.connect().await?;
    println!("connected; home is {}", client.home_dc()?);

    let me = client
        .invoke(&GetUsers {
            id: vec![enums::InputUser::InputUserSelf],
        })
        .await?;
    println!(
        "signed in as {:?}",
        me.first().map(|u| u.constructor_name())
    );

    let file = cluster.fixture().files[1].clone();
    let media = client.dc_session(DcId::new(file.dc_id).media()).await?;
    let part = media
        .invoke(&GetFile {
            precise: false,
            cdn_supported: false,
            location: file.input_location(),
            offset: 0,
            limit: 64 * 1024,
        })
        .await?;
    if let enums::upload::File::File(f) = part {
        println!(
            "read {} bytes of file {} from DC {}",
            f.bytes.len(),
            file.id,
            file.dc_id
        );
    }

    let string = client.export_session_string().await?;
    client.stop().await?;
    println!(
        "stopped; session saved in {}",
        dir.path().join("demo.session").display()
    );

    let exchanges_before: u64 = (1..=5).map(|dc| cluster.counters(dc).key_exchanges).sum();
    let resumed = Client::new(
        4242,
        API_HASH,
        Config {
            session: SessionSource::String(string),
            dc_table: Some(table),
            rsa_keys: vec![cluster.rsa_public_key()],
            ..Config::default()
        },
    )?;
    resumed.connect().await?;
    let exchanges_after: u64 = (1..=5).map(|dc| cluster.counters(dc).key_exchanges).sum();
    println!(
        "resumed from the session string on {} with {} new key exchanges",
        resumed.home_dc()?,
        exchanges_after - exchanges_before
    );
    resumed.stop().await?;
    cluster.shutdown().await;
    Ok(())
}
