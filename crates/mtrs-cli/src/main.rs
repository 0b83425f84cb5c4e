//! `mtrs`: the command-line tool of the mtrs Telegram client library.
//!
//! - `mtrs demo`: the whole session lifecycle against an embedded test DC cluster.
//! - `mtrs session inspect|convert|export`: read, convert and export sessions of mtrs,
//!   Telethon, Pyrogram, GramJS, mtcute and Telegram Desktop (`tdata`).
//! - `mtrs session list|prune|copy`: administer the sessions of a work directory or a
//!   PostgreSQL store.
//! - `mtrs testdc serve`: a local multi-DC MTProto test server for mtrs and other clients.
//!
//! Every command prints its result on stdout and progress and errors on stderr; a failure
//! prints the error with its causes and exits with status 1 (2 for a usage error).

mod demo;
mod hidden;
mod login;
mod output;
mod progress;
mod qr_login;
mod session;
mod testdc;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// The mtrs command-line tool.
#[derive(Debug, Parser)]
#[command(
    name = "mtrs",
    version,
    about = "Telegram MTProto sessions (inspect, convert, export) and a local test DC",
    after_help = "Examples:\n  \
        mtrs demo                              # the session lifecycle on an embedded test DC\n  \
        mtrs session inspect 1ApWapzMBuwe...   # what is in a Telethon string\n  \
        mtrs session convert ./tdata --passcode secret --to telethon\n  \
        mtrs session export --work-dir ./bot --to pyrogram\n  \
        mtrs testdc serve --json               # a local test DC cluster for any client"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Walk the whole session lifecycle against an embedded test DC cluster.
    Demo(demo::DemoArgs),
    /// Inspect, convert and export sessions (strings, `.session` files, tdata folders).
    #[command(subcommand)]
    Session(session::SessionCommand),
    /// Run the local test DC cluster (mtrs-testdc) for mtrs or any other MTProto client.
    #[command(subcommand)]
    Testdc(testdc::TestdcCommand),
    /// Create a session: a user (phone, code or QR code, 2FA password) or a bot (token).
    Login(login::LoginArgs),
    /// Sign a session out (`auth.logOut`); its keys stay.
    Logout(login::LogoutArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Demo(args) => demo::run(&args),
        Command::Session(cmd) => session::run(cmd),
        Command::Testdc(cmd) => testdc::run(cmd),
        Command::Login(args) => login::run(&args),
        Command::Logout(args) => login::run_logout(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            report(&error);
            ExitCode::FAILURE
        }
    }
}

/// Prints `error` and its causes on stderr, skipping a cause whose text the message before
/// it already shows (many errors print their source inline).
///
/// Every message is escaped ([`output::escape`]): paths and values from files reach the
/// terminal without their control characters.
fn report(error: &anyhow::Error) {
    let mut shown = error.to_string();
    eprintln!("error: {}", output::escape(&shown));
    for cause in error.chain().skip(1) {
        let text = cause.to_string();
        // SQLite's own error repeats the message with an `Error code N: ` prefix.
        let core = match text.strip_prefix("Error code ") {
            Some(rest) => rest.split_once(": ").map_or(text.as_str(), |(_, m)| m),
            None => text.as_str(),
        };
        if !shown.contains(core) {
            eprintln!("  caused by: {}", output::escape(&text));
        }
        shown = text;
    }
}
