//! `mtrs session …`: inspect, convert and export sessions; list, prune and copy the
//! sessions of a store.

mod catalog;
mod convert;
mod copy;
mod export;
mod fields;
mod input;
mod inspect;
mod list;
mod prune;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use mtrs_session_convert::Format;

/// The `session` subcommands.
#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Show what a session string, `.session` file or tdata folder holds.
    #[command(after_help = "Examples:\n  \
        mtrs session inspect 1ApWapzMBuwe...                # any string, format detected\n  \
        mtrs session inspect bot.session --json             # Telethon or Pyrogram file\n  \
        mtrs session inspect ~/tdata --passcode secret      # every account of a tdata folder\n  \
        pbpaste | mtrs session inspect - --show-secrets     # a string read from stdin")]
    Inspect(InspectArgs),
    /// Convert a session to another library's format.
    #[command(after_help = "Examples:\n  \
        mtrs session convert 1ApWapzMBuwe... --to mtrs\n  \
        mtrs session convert bot.session --to pyrogram --api-id 12345\n  \
        mtrs session convert ~/tdata --passcode secret --account 1 --to telethon-file --out me.session\n  \
        mtrs session convert mtrs:1:... --to tdata --out ./tdata-copy")]
    Convert(ConvertArgs),
    /// Print the string of a session stored by mtrs (`<work-dir>/<session-name>.session`).
    #[command(after_help = "Examples:\n  \
        mtrs session export --work-dir ./bot                 # mtrs:1:...\n  \
        mtrs session export --work-dir ./bot --session-name main --to telethon")]
    Export(ExportArgs),
    /// List the sessions of a work directory or a PostgreSQL store: identity, home DC, last
    /// use, size, and who uses each now.
    #[command(after_help = "Examples:\n  \
        mtrs session list --work-dir ./bots\n  \
        mtrs session list --store postgres://mtrs@db/fleet --namespace prod --json")]
    List(ListArgs),
    /// Delete sessions unused for a while (never one that is locked or leased).
    #[command(after_help = "Examples:\n  \
        mtrs session prune --work-dir ./bots --unused-for 30d --dry-run\n  \
        mtrs session prune --store postgres://mtrs@db/fleet --unused-for 2w")]
    Prune(PruneArgs),
    /// Copy a session between an mtrs SQLite file, a PostgreSQL store and an mtrs string,
    /// then read the copy back and compare. Never overwrites.
    #[command(after_help = "Examples:\n  \
        mtrs session copy ./bots/a.session postgres://mtrs@db/fleet#prod/a\n  \
        mtrs session copy postgres://mtrs@db/fleet#prod/a ./restore/a.session\n  \
        mtrs session copy mtrs:1:... postgres://mtrs@db/fleet#b\n  \
        mtrs session copy ./bots/a.session -          # print its mtrs string")]
    Copy(CopyArgs),
}

/// `mtrs session list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub store: catalog::StoreArgs,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `mtrs session prune`.
#[derive(Debug, Args)]
pub struct PruneArgs {
    #[command(flatten)]
    pub store: catalog::StoreArgs,
    /// Remove sessions last used at least this long ago: a number and a unit (s, m, h, d,
    /// w), e.g. `30d`.
    #[arg(long, value_name = "AGE", value_parser = catalog::parse_age)]
    pub unused_for: Duration,
    /// Only print what would be removed.
    #[arg(long)]
    pub dry_run: bool,
}

/// `mtrs session copy`.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The source: `path/<name>.session`, `postgres://…#namespace/name`, an `mtrs:` string,
    /// or `-` for a string on stdin.
    #[arg(value_name = "FROM")]
    pub from: String,
    /// The destination (created; must not hold a session yet): `path/<name>.session`,
    /// `postgres://…#namespace/name`, or `-` to print an mtrs string.
    #[arg(value_name = "TO")]
    pub to: String,
}

/// Where a session comes from: `INPUT` and the flags that say how to read it.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// A session string, a `.session` file, a tdata folder, or `-` to read a string from stdin.
    #[arg(value_name = "INPUT")]
    pub input: String,
    /// The input's format (detected when omitted): mtrs, telethon, pyrogram, gramjs, mtcute,
    /// tdata, telethon-file, pyrogram-file.
    #[arg(long, value_name = "FMT")]
    pub from: Option<Format>,
    /// The local passcode of a tdata folder.
    #[arg(
        long,
        value_name = "P",
        env = "MTRS_TDATA_PASSCODE",
        hide_env_values = true
    )]
    pub passcode: Option<String>,
    /// The tdata account index (0…5; default: every account for inspect, the active one for
    /// convert).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    pub account: Option<u8>,
}

/// `mtrs session inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also print the auth key itself (it grants full access to the account).
    #[arg(long)]
    pub show_secrets: bool,
}

/// `mtrs session convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The output format: mtrs, telethon, pyrogram, gramjs, mtcute, tdata, telethon-file,
    /// pyrogram-file.
    #[arg(long, value_name = "FMT")]
    pub to: Format,
    /// The app's api_id to record (Pyrogram strings need one; 1 or more).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub api_id: Option<i32>,
    /// Write here instead of stdout (required for tdata and the file formats; written to a
    /// temporary name, synced and renamed; an existing target is kept unless --force).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace an existing --out file (or tdata folder) atomically.
    #[arg(long)]
    pub force: bool,
    /// Protect a tdata folder written with `--to tdata` with this local passcode.
    #[arg(long, value_name = "P")]
    pub out_passcode: Option<String>,
}

/// `mtrs session export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The directory holding the session file.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub work_dir: PathBuf,
    /// The session's name: the file is `<work-dir>/<session-name>.session`.
    #[arg(long, value_name = "NAME", default_value = "session")]
    pub session_name: String,
    /// The output format (default: mtrs's own string).
    #[arg(long, value_name = "FMT", default_value = "mtrs")]
    pub to: Format,
    /// The app's api_id to record when the session has none (Pyrogram strings need one;
    /// 1 or more).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub api_id: Option<i32>,
    /// Write here instead of stdout (required for tdata and the file formats; written to a
    /// temporary name, synced and renamed; an existing target is kept unless --force).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace an existing --out file (or tdata folder) atomically.
    #[arg(long)]
    pub force: bool,
}

/// Runs one `session` subcommand.
pub fn run(cmd: SessionCommand) -> anyhow::Result<()> {
    match cmd {
        SessionCommand::Inspect(args) => inspect::run(&args),
        SessionCommand::Convert(args) => convert::run(&args),
        SessionCommand::Export(args) => export::run(&args),
        SessionCommand::List(args) => list::run(&args),
        SessionCommand::Prune(args) => prune::run(&args),
        SessionCommand::Copy(args) => copy::run(&args),
    }
}
