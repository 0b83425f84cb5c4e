//! Reading `INPUT` (a string, stdin, a `.session` file or a tdata folder) into sessions.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, bail};
use mtrs_session_convert::{self as convert, AccountSelector, ConvertError, Format, Tdata};
use mtrs_session_convert::{SessionData, detect, detect_path, import_str};

use super::InputArgs;
use crate::progress::Spinner;

/// The most text read from a file or stdin when it should hold a session string.
const MAX_STRING_INPUT: u64 = 64 * 1024;

/// Which tdata accounts to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accounts {
    /// Every account the folder lists (unless `--account` names one).
    All,
    /// `--account`, or else the active one.
    One,
}

/// What was read.
pub struct Loaded {
    /// The input's format (detected or given).
    pub format: Format,
    /// The sessions, with their tdata account index (`None` outside tdata).
    pub sessions: Vec<(Option<u8>, SessionData)>,
}

/// Reads the sessions `args` point at.
pub fn load(args: &InputArgs, accounts: Accounts) -> anyhow::Result<Loaded> {
    let input = args.input.as_str();
    let probed = if input == "-" {
        Probe::Absent
    } else {
        probe(Path::new(input))?
    };
    if input != "-" && args.from.is_none_or(|f| !f.is_string()) {
        let path = Path::new(input);
        if probed != Probe::Absent {
            return load_path(path, args, accounts);
        }
        if let Some(format) = args.from {
            // Never echo what may be a session string given by mistake.
            if looks_like_path(input) {
                bail!("no {format} at {}: the path does not exist", path.display());
            }
            bail!("no {format} at the given path: it does not exist");
        }
    }
    if args.account.is_some() {
        bail!("--account applies to tdata folders only");
    }
    let text = match probed {
        _ if input == "-" => read_text(std::io::stdin().lock(), "stdin")?,
        // `--from` names a string format and the input is a file: it holds the string.
        Probe::File => read_text(open(Path::new(input))?, input)?,
        Probe::Other(kind) => bail!(
            "{} is a {kind}: give a session string, a regular file holding one, or `-`",
            Path::new(input).display()
        ),
        Probe::Folder => bail!(
            "{} is a folder, not a {}: give a session string or a file holding one",
            Path::new(input).display(),
            args.from
                .map_or("session string".to_owned(), |f| format!("{f} string"))
        ),
        Probe::Absent => input.to_owned(),
    };
    string(&text, args.from)
}

/// What the input names on disk, found without opening it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probe {
    /// Nothing: the input is text.
    Absent,
    /// A regular file.
    File,
    /// A folder.
    Folder,
    /// A FIFO, socket or device: never opened (reading could block forever).
    Other(&'static str),
}

/// Examines `path` without opening it. A symlink that leads nowhere (a loop, a dangling
/// target) and a path we may not examine are errors naming the true cause, not "absent".
fn probe(path: &Path) -> anyhow::Result<Probe> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return Err(e).with_context(|| format!("cannot examine {}", path.display()));
        }
        Err(_) => return Ok(Probe::Absent),
    }
    let meta = std::fs::metadata(path).with_context(|| {
        format!(
            "{} is a symbolic link that cannot be followed",
            path.display()
        )
    })?;
    let t = meta.file_type();
    if t.is_file() {
        return Ok(Probe::File);
    }
    if t.is_dir() {
        return Ok(Probe::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Ok(Probe::Other("FIFO"));
        }
        if t.is_socket() {
            return Ok(Probe::Other("socket"));
        }
        if t.is_char_device() || t.is_block_device() {
            return Ok(Probe::Other("device"));
        }
    }
    Ok(Probe::Other("special file"))
}

/// Whether a text that names no existing path may be echoed in an error: short, with a
/// character no session string has (`.`, `~`, a space) or a leading `/`.
fn looks_like_path(input: &str) -> bool {
    input.len() <= 128
        && !input.starts_with("mtrs:")
        && (input.contains(['.', '~', ' ']) || input.starts_with('/'))
}

fn string(text: &str, from: Option<Format>) -> anyhow::Result<Loaded> {
    let (format, session) = match from {
        Some(format) => {
            let session = import_str(format, text.trim())
                .with_context(|| format!("the input is not a valid {format} session string"))?;
            (format, session)
        }
        None => {
            let found = detect(text).context(
                "could not read the input as a session string (and it is no existing path)",
            )?;
            (found.format, found.session)
        }
    };
    Ok(Loaded {
        format,
        sessions: vec![(None, session)],
    })
}

fn load_path(path: &Path, args: &InputArgs, accounts: Accounts) -> anyhow::Result<Loaded> {
    let format = match args.from {
        Some(format) => format,
        None if std::fs::metadata(path).is_ok_and(|m| m.is_file()) && !is_sqlite(path)? => {
            // A text file holding a session string.
            let text = read_text(open(path)?, &path.display().to_string())?;
            return string(&text, None);
        }
        None => match detect_path(path) {
            Ok(format) => format,
            Err(e) if is_mtrs_store(path) => {
                return Err(e).context(format!(
                    "{} is a session file of mtrs itself: print it with `mtrs session export \
                     --work-dir DIR --session-name NAME` (the file is DIR/NAME.session), then \
                     inspect or convert that string",
                    path.display()
                ));
            }
            Err(e) => {
                return Err(e).with_context(|| {
                    format!("{} is not a session file or folder", path.display())
                });
            }
        },
    };
    if format != Format::Tdata && args.account.is_some() {
        bail!("--account applies to tdata folders only (this is {format})");
    }
    let session = match format {
        Format::Tdata => return tdata(path, args, accounts),
        Format::TelethonFile => convert::telethon_file(path),
        Format::PyrogramFile => convert::pyrogram_file(path),
        other => bail!("{other} is a string format, not a file or folder"),
    }
    .with_context(|| format!("cannot read {} as a {format}", path.display()))?;
    Ok(Loaded {
        format,
        sessions: vec![(None, session)],
    })
}

fn tdata(path: &Path, args: &InputArgs, accounts: Accounts) -> anyhow::Result<Loaded> {
    let passcode = args.passcode.as_deref().unwrap_or("");
    let spinner = (!passcode.is_empty())
        .then(|| Spinner::start("Opening the tdata folder (deriving its key from the passcode)"));
    let opened = Tdata::open(path, passcode);
    if let Some(spinner) = spinner {
        spinner.finish();
    }
    let folder = match opened {
        Ok(folder) => folder,
        Err(ConvertError::WrongPasscode) if passcode.is_empty() => {
            return Err(ConvertError::WrongPasscode).context(format!(
                "cannot open the tdata folder {}: its local key does not decrypt without a \
                 passcode: it is protected by a local passcode (give it with --passcode), \
                 or its key_datas is damaged",
                path.display()
            ));
        }
        Err(e) => {
            return Err(e)
                .with_context(|| format!("cannot open the tdata folder {}", path.display()));
        }
    };
    let indices: Vec<u8> = match (args.account, accounts) {
        (Some(index), _) => vec![index],
        (None, Accounts::One) => vec![folder.active_index()],
        (None, Accounts::All) => folder.account_indices().to_vec(),
    };
    let mut sessions = Vec::with_capacity(indices.len());
    for index in indices {
        let account = folder
            .account(AccountSelector::Index(index))
            .with_context(|| format!("cannot read tdata account {index}"))?;
        sessions.push((Some(index), account.to_session()));
    }
    Ok(Loaded {
        format: Format::Tdata,
        sessions,
    })
}

fn is_sqlite(path: &Path) -> anyhow::Result<bool> {
    let mut head = Vec::with_capacity(16);
    open(path)?
        .take(16)
        .read_to_end(&mut head)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(head == b"SQLite format 3\0")
}

/// Whether `path` is an SQLite file with mtrs-store-sqlite's tables (read-only check).
fn is_mtrs_store(path: &Path) -> bool {
    // Never hand SQLite a FIFO or a device: opening one can block.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    // Immutable: SQLite then writes nothing beside a foreign file (no `-shm`).
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
        | rusqlite::OpenFlags::SQLITE_OPEN_URI;
    let Ok(conn) = rusqlite::Connection::open_with_flags(immutable_uri(path), flags) else {
        return false;
    };
    let has = |table: &str| {
        conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
            [table],
            |row| row.get::<_, i64>(0),
        )
        .is_ok_and(|n| n == 1)
    };
    has("session") && has("dc") && has("dc_option")
}

/// `file:<path>?mode=ro&immutable=1`, the path percent-encoded.
fn immutable_uri(path: &Path) -> String {
    use std::fmt::Write as _;
    let mut uri = String::from("file:");
    for b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(b) {
            uri.push(char::from(*b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(uri, "%{b:02X}");
        }
    }
    uri.push_str("?mode=ro&immutable=1");
    uri
}

fn open(path: &Path) -> anyhow::Result<std::fs::File> {
    std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))
}

fn read_text(reader: impl Read, what: &str) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_STRING_INPUT + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {what}"))?;
    if bytes.len() as u64 > MAX_STRING_INPUT {
        bail!("{what} is larger than {MAX_STRING_INPUT} bytes: not a session string");
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("{what} is not UTF-8 text: not a session string"))?;
    Ok(text.trim().to_owned())
}
