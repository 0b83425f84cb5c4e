//! The decoded fields of a session, as `inspect` prints them (JSON and text).

use std::fmt::Write as _;

use mtrs_session_convert::{Format, SessionData};
use serde::Serialize;

/// One session's fields, named as in the CLI's JSON contract.
#[derive(Debug, Serialize)]
pub struct Fields {
    /// The home DC.
    pub dc_id: i32,
    /// The home DC's address (from the format, or the built-in DC table).
    pub server_address: Option<String>,
    /// The home DC's port.
    pub port: Option<u16>,
    /// The home auth key's id, 16 hex digits; `None` without a key.
    pub auth_key_id: Option<String>,
    /// The home auth key as hex, only when secrets are shown.
    pub auth_key: Option<String>,
    /// The signed-in user, when the format stores it.
    pub user_id: Option<i64>,
    /// Whether the account is a bot, when the format stores it.
    pub is_bot: Option<bool>,
    /// Telegram's test servers.
    pub test_mode: bool,
    /// The app's api_id, when the format stores it.
    pub api_id: Option<i32>,
}

impl Fields {
    /// The fields of `session`; the key itself only with `show_secrets`.
    pub fn of(session: &SessionData, show_secrets: bool) -> Self {
        let home = session.home();
        let key = session.home_auth_key();
        Fields {
            dc_id: session.home_dc.0,
            server_address: home.and_then(|dc| dc.address.clone()),
            port: home.and_then(|dc| dc.port),
            auth_key_id: key.map(|k| k.id().to_string()),
            auth_key: key
                .filter(|_| show_secrets)
                .map(|k| hex::encode(k.as_bytes())),
            user_id: session.identity.as_ref().map(|me| me.user_id.0),
            is_bot: session.identity.as_ref().and_then(|me| me.bot),
            test_mode: session.test_mode,
            api_id: session.api_id,
        }
    }
}

/// `{"format": …, …fields}` for one session.
#[derive(Debug, Serialize)]
pub struct SingleReport {
    /// The input's format.
    pub format: String,
    /// Its fields.
    #[serde(flatten)]
    pub fields: Fields,
}

/// `{"format": "tdata", "accounts": [{index, …fields}]}`.
#[derive(Debug, Serialize)]
pub struct TdataReport {
    /// Always `tdata`.
    pub format: String,
    /// Every account read.
    pub accounts: Vec<TdataAccountFields>,
}

/// One tdata account.
#[derive(Debug, Serialize)]
pub struct TdataAccountFields {
    /// The account index (0…5).
    pub index: u8,
    /// Its fields.
    #[serde(flatten)]
    pub fields: Fields,
}

/// A human-readable description of a format.
pub fn describe(format: Format) -> &'static str {
    match format {
        Format::Mtrs => "mtrs session string",
        Format::Telethon => "Telethon StringSession",
        Format::Pyrogram => "Pyrogram session string",
        Format::Gramjs => "GramJS StringSession",
        Format::Mtcute => "mtcute session string",
        Format::Tdata => "Telegram Desktop tdata folder",
        Format::TelethonFile => "Telethon .session file",
        Format::PyrogramFile => "Pyrogram .session file",
        _ => "session",
    }
}

/// The text form of one session, indented by `indent` spaces.
pub fn text(session: &SessionData, show_secrets: bool, indent: usize) -> String {
    let f = Fields::of(session, show_secrets);
    let pad = " ".repeat(indent);
    let mut out = String::new();
    let mut line = |label: &str, value: &str| {
        // Writing to a String cannot fail.
        let _ = writeln!(out, "{pad}{label:<14}{value}");
    };
    let address = match (&f.server_address, f.port) {
        (Some(a), Some(p)) => format!(" ({}:{p})", crate::output::escape(a)),
        (Some(a), None) => format!(" ({})", crate::output::escape(a)),
        _ => String::new(),
    };
    line("home DC", &format!("{}{address}", f.dc_id));
    line(
        "auth key id",
        f.auth_key_id
            .as_deref()
            .unwrap_or("none (no key for the home DC)"),
    );
    match &f.auth_key {
        Some(key) => line("auth key", key),
        None if f.auth_key_id.is_some() => line("auth key", "hidden (--show-secrets prints it)"),
        None => {}
    }
    line("user id", &opt(f.user_id));
    line(
        "bot",
        match f.is_bot {
            Some(true) => "yes",
            Some(false) => "no",
            None => "not stored",
        },
    );
    line("test servers", if f.test_mode { "yes" } else { "no" });
    line("api id", &opt(f.api_id));
    let others: Vec<String> = session
        .dcs
        .iter()
        .filter(|(id, _)| **id != session.home_dc)
        .map(|(id, dc)| match &dc.auth_key {
            Some(key) => format!("{} (key id {})", id.0, key.id()),
            None => format!("{} (no key)", id.0),
        })
        .collect();
    if !others.is_empty() {
        line("other DCs", &others.join(", "));
    }
    out
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "not stored".to_owned(), |v| v.to_string())
}
