//! `mtrs session inspect`: print what a session holds.

use mtrs_session_convert::Format;

use super::InspectArgs;
use super::fields::{self, Fields, SingleReport, TdataAccountFields, TdataReport};
use super::input::{self, Accounts};
use crate::output;

/// Runs `mtrs session inspect`.
pub fn run(args: &InspectArgs) -> anyhow::Result<()> {
    let loaded = input::load(&args.input, Accounts::All)?;
    let secrets = args.show_secrets;
    if args.json {
        let json = if loaded.format == Format::Tdata {
            let accounts = loaded
                .sessions
                .iter()
                .map(|(index, session)| TdataAccountFields {
                    index: index.unwrap_or(0),
                    fields: Fields::of(session, secrets),
                })
                .collect();
            serde_json::to_string_pretty(&TdataReport {
                format: loaded.format.to_string(),
                accounts,
            })?
        } else {
            let fields = loaded
                .sessions
                .first()
                .map(|(_, session)| Fields::of(session, secrets))
                .ok_or_else(|| anyhow::anyhow!("the input holds no session"))?;
            serde_json::to_string_pretty(&SingleReport {
                format: loaded.format.to_string(),
                fields,
            })?
        };
        return output::stdout(&json);
    }
    let mut text = format!(
        "format        {} ({})\n",
        loaded.format,
        fields::describe(loaded.format)
    );
    for (index, session) in &loaded.sessions {
        match index {
            Some(i) => {
                text.push_str(&format!("account {i}\n"));
                text.push_str(&fields::text(session, secrets, 2));
            }
            None => text.push_str(&fields::text(session, secrets, 0)),
        }
    }
    output::stdout(text.trim_end())
}
