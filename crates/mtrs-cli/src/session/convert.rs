//! `mtrs session convert`: a session in another library's format.

use anyhow::bail;

use super::ConvertArgs;
use super::input::{self, Accounts};
use crate::output::{self, Target};

/// Runs `mtrs session convert`.
pub fn run(args: &ConvertArgs) -> anyhow::Result<()> {
    if !args.to.is_string() && args.out.is_none() {
        bail!(
            "{} is written to a file or folder: give its path with --out",
            args.to
        );
    }
    let loaded = input::load(&args.input, Accounts::One)?;
    let Some((_, mut session)) = loaded.sessions.into_iter().next() else {
        bail!("the input holds no session");
    };
    if let Some(api_id) = args.api_id {
        session.api_id = Some(api_id);
    }
    output::write_session(
        &session,
        &Target {
            format: args.to,
            out: args.out.as_deref(),
            tdata_passcode: args.out_passcode.as_deref().unwrap_or(""),
            force: args.force,
        },
    )
}
