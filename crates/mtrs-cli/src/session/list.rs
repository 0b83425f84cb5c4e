//! `mtrs session list`: the sessions of a work directory or a PostgreSQL store.

use anyhow::Context;
use mtrs_session::SessionInfo;
use serde::Serialize;

use super::ListArgs;
use super::catalog::{Catalog, ago, now, runtime};
use crate::output;

/// One session in `--json` output.
#[derive(Serialize)]
struct Row<'a> {
    name: &'a str,
    user_id: Option<i64>,
    bot: Option<bool>,
    username: Option<&'a str>,
    home_dc: Option<i32>,
    /// Unix seconds.
    last_used: Option<i64>,
    size: u64,
    peers: u64,
    in_use: Option<Holder<'a>>,
}

#[derive(Serialize)]
struct Holder<'a> {
    pid: Option<u32>,
    host: Option<&'a str>,
    instance: Option<&'a str>,
}

fn row(s: &SessionInfo) -> Row<'_> {
    Row {
        name: &s.name,
        user_id: s.user_id.map(|u| u.0),
        bot: s.bot,
        username: s.username.as_deref(),
        home_dc: s.home_dc.map(|d| d.0),
        last_used: s.last_used.map(|t| t.0),
        size: s.size,
        peers: s.peers,
        in_use: s.in_use.as_ref().map(|h| Holder {
            pid: h.pid,
            host: h.host.as_deref(),
            instance: h.instance.as_deref(),
        }),
    }
}

/// Runs `mtrs session list`.
pub fn run(args: &ListArgs) -> anyhow::Result<()> {
    let rt = runtime()?;
    let catalog = Catalog::open(&args.store, &rt)?;
    let sessions = catalog.list(&rt).context("cannot list the sessions")?;
    if args.json {
        let rows: Vec<Row<'_>> = sessions.iter().map(row).collect();
        return output::stdout(&serde_json::to_string_pretty(&rows)?);
    }
    if sessions.is_empty() {
        eprintln!("no sessions");
        return Ok(());
    }
    let now = now();
    let mut text = format!(
        "{:<20} {:<12} {:<4} {:<20} {:<3} {:<10} {:>10} {:>8}  IN USE",
        "NAME", "ID", "BOT", "USERNAME", "DC", "LAST USED", "SIZE", "PEERS"
    );
    for s in &sessions {
        let dash = || "-".to_owned();
        text.push_str(&format!(
            "\n{:<20} {:<12} {:<4} {:<20} {:<3} {:<10} {:>10} {:>8}  {}",
            s.name,
            s.user_id.map_or_else(dash, |u| u.0.to_string()),
            s.bot
                .map_or_else(dash, |b| if b { "yes" } else { "no" }.to_owned()),
            s.username.as_ref().map_or_else(dash, |u| format!("@{u}")),
            s.home_dc.map_or_else(dash, |d| d.0.to_string()),
            ago(s.last_used, now),
            s.size,
            s.peers,
            s.in_use
                .as_ref()
                .map_or_else(|| "no".to_owned(), |h| h.to_string()),
        ));
    }
    output::stdout(&text)
}
