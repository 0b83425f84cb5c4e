//! Writing results: stdout that tolerates a closed pipe, and sessions written in any format.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use mtrs_session_convert::{self as convert, ConvertError, Format, SessionData};
use mtrs_session_convert::{TdataWriteOptions, write_tdata};

use crate::progress::Spinner;

/// Prints `text` and a newline on stdout. A reader that went away (`| head`) is not an
/// error.
pub fn stdout(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(e).context("cannot write to stdout")
        }
        _ => Ok(()),
    }
}

/// Where and how a session is written.
pub struct Target<'a> {
    /// The output format.
    pub format: Format,
    /// The file or folder to create; `None` prints a string format on stdout.
    pub out: Option<&'a Path>,
    /// The local passcode of a tdata folder written (`""` for none).
    pub tdata_passcode: &'a str,
}

/// Writes `session` as `target` says: a string on stdout, or a new file or folder.
pub fn write_session(session: &SessionData, target: &Target<'_>) -> anyhow::Result<()> {
    let format = target.format;
    if format.is_string() {
        let text = convert::export_str(format, session).map_err(|e| explain(format, e))?;
        return match target.out {
            None => stdout(&text),
            Some(path) => {
                write_private(path, text.as_bytes())?;
                eprintln!("wrote a {format} session string to {}", path.display());
                Ok(())
            }
        };
    }
    let Some(path) = target.out else {
        bail!("{format} is written to a file or folder: give its path with --out");
    };
    let written = match format {
        Format::TelethonFile => convert::write_telethon_file(path, session),
        Format::PyrogramFile => convert::write_pyrogram_file(path, session),
        _ => {
            let spinner = (!target.tdata_passcode.is_empty()).then(|| {
                Spinner::start("Writing the tdata folder (deriving its key from the passcode)")
            });
            let written = write_tdata(
                path,
                std::slice::from_ref(session),
                &TdataWriteOptions::new().passcode(target.tdata_passcode),
            );
            if let Some(spinner) = spinner {
                spinner.finish();
            }
            written
        }
    };
    written.map_err(|e| explain(format, e))?;
    eprintln!("wrote a {format} session to {}", path.display());
    Ok(())
}

/// Turns an export error into one saying what to do about it.
fn explain(format: Format, error: ConvertError) -> anyhow::Error {
    let hint = match &error {
        ConvertError::Missing {
            field: "api_id", ..
        } => format!("cannot convert to {format}: it needs the app's api_id; pass --api-id N"),
        ConvertError::Missing {
            field: "user_id", ..
        } => format!(
            "cannot convert to {format}: it needs the account's user id, which the input \
             does not store (Telethon strings, GramJS strings and signed-out sessions have none)"
        ),
        _ => format!("cannot convert to {format}"),
    };
    anyhow::Error::new(error).context(hint)
}

/// Creates `path` (never over an existing file) readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(bytes)
        .and_then(|()| file.write_all(b"\n"))
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}
