//! Writing results: stdout that tolerates a closed pipe, text escaped for terminals, and
//! sessions written in any format, crash-safe: a
//! temporary name beside the target, read back, fsync, then an atomic rename (or a
//! no-clobber link without `--force`), so a crash leaves the old target or nothing.

use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use mtrs_session_convert::{self as convert, ConvertError, Format, SessionData};
use mtrs_session_convert::{TdataWriteOptions, write_tdata};

use crate::progress::Spinner;

/// `text` with every control character except newline and tab escaped (`\u{1b}`), so
/// nothing from a file or an argument can drive the terminal.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            // Writing to a String cannot fail.
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

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
    /// Replace an existing target.
    pub force: bool,
}

/// Writes `session` as `target` says: a string on stdout, or a file or folder created
/// crash-safe. What is written has been read back first.
pub fn write_session(session: &SessionData, target: &Target<'_>) -> anyhow::Result<()> {
    let format = target.format;
    if format.is_string() {
        // export_str decodes what it encoded before returning it.
        let text = convert::export_str(format, session).map_err(|e| explain(format, e))?;
        return match target.out {
            None => stdout(&text),
            Some(path) => {
                check_target(path, format, target.force)?;
                let mut bytes = text.into_bytes();
                bytes.push(b'\n');
                let tmp = Temp::beside(path)?;
                write_new_file(&tmp.0, &bytes)?;
                publish_file(&tmp, path, target.force)?;
                eprintln!("wrote a {format} session string to {}", path.display());
                Ok(())
            }
        };
    }
    let Some(path) = target.out else {
        bail!("{format} is written to a file or folder: give its path with --out");
    };
    check_target(path, format, target.force)?;
    let tmp = Temp::beside(path)?;
    match format {
        Format::TelethonFile | Format::PyrogramFile => {
            let written = if format == Format::TelethonFile {
                convert::write_telethon_file(&tmp.0, session)
            } else {
                convert::write_pyrogram_file(&tmp.0, session)
            };
            written.map_err(|e| explain(format, e))?;
            let back = if format == Format::TelethonFile {
                convert::telethon_file(&tmp.0)
            } else {
                convert::pyrogram_file(&tmp.0)
            };
            back.map_err(|e| round_trip(format, e))?;
            sync_path(&tmp.0)?;
            publish_file(&tmp, path, target.force)?;
        }
        _ => {
            let spinner = (!target.tdata_passcode.is_empty()).then(|| {
                Spinner::start("Writing the tdata folder (deriving its key from the passcode)")
            });
            let written = write_tdata(
                &tmp.0,
                std::slice::from_ref(session),
                &TdataWriteOptions::new().passcode(target.tdata_passcode),
            )
            .and_then(|()| convert::Tdata::open(&tmp.0, target.tdata_passcode))
            .and_then(|t| t.account(convert::AccountSelector::Active).map(drop));
            if let Some(spinner) = spinner {
                spinner.finish();
            }
            written.map_err(|e| explain(format, e))?;
            sync_path(&tmp.0)?;
            publish_dir(&tmp, path)?;
        }
    }
    eprintln!("wrote a {format} session to {}", path.display());
    Ok(())
}

fn round_trip(format: Format, error: ConvertError) -> anyhow::Error {
    anyhow::Error::new(error).context(format!(
        "cannot convert to {format}: what was written does not read back; nothing written"
    ))
}

/// Refuses an existing target unless `force`; a folder target of `--to tdata` must be empty
/// or a tdata folder (and then needs `force`).
fn check_target(path: &Path, format: Format, force: bool) -> anyhow::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot examine {}", path.display())),
    };
    if format == Format::Tdata {
        if !meta.is_dir() {
            bail!(
                "{} exists and is not a folder: a tdata folder cannot replace it",
                path.display()
            );
        }
        let mut entries =
            std::fs::read_dir(path).with_context(|| format!("cannot list {}", path.display()))?;
        if entries.next().is_none() {
            return Ok(());
        }
        if !path.join("key_datas").is_file() {
            bail!(
                "{} is a folder that is neither empty nor a tdata folder: refusing to write                  into it",
                path.display()
            );
        }
        if !force {
            bail!(
                "{} already holds a tdata folder; pass --force to replace it",
                path.display()
            );
        }
        return Ok(());
    }
    if meta.is_dir() {
        bail!(
            "{} is a folder; give a file path with --out",
            path.display()
        );
    }
    if !force {
        bail!(
            "{} already exists; pass --force to replace it",
            path.display()
        );
    }
    Ok(())
}

/// A temporary path beside a target (same folder, so the final rename is atomic), removed
/// on drop unless published.
struct Temp(PathBuf);

impl Temp {
    /// A fresh temporary name beside `target`; leftovers of earlier runs that crashed
    /// (their process is gone) are removed first.
    fn beside(target: &Path) -> anyhow::Result<Self> {
        remove_stale(target);
        let name = target
            .file_name()
            .with_context(|| format!("{} names no file", target.display()))?;
        let mut tmp = std::ffi::OsString::from(".");
        tmp.push(name);
        tmp.push(format!(
            ".mtrs-tmp.{}.{:08x}",
            std::process::id(),
            rand_u32()
        ));
        Ok(Self(target.with_file_name(tmp)))
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        // Best effort: after a successful rename nothing is left at this name.
        let _ = std::fs::remove_dir_all(&self.0);
        let _ = std::fs::remove_file(&self.0);
        let mut journal = self.0.clone().into_os_string();
        journal.push("-journal");
        let _ = std::fs::remove_file(journal);
    }
}

/// Removes `.<name>.mtrs-tmp.<pid>.<n>` files and folders beside `target` whose process no
/// longer runs (Linux: no `/proc/<pid>`); best effort.
fn remove_stale(target: &Path) {
    let (Some(name), Some(parent)) = (target.file_name(), target.parent()) else {
        return;
    };
    if !Path::new("/proc/self").exists() {
        return;
    }
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let prefix = format!(".{}.mtrs-tmp.", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let file = file.to_string_lossy();
        let Some(rest) = file.strip_prefix(&prefix) else {
            continue;
        };
        let pid = rest.split('.').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|pid| !Path::new(&format!("/proc/{pid}")).exists()) {
            let path = entry.path();
            let _ = std::fs::remove_dir_all(&path);
            let _ = std::fs::remove_file(&path);
        }
    }
}

fn rand_u32() -> u32 {
    use std::hash::{BuildHasher, RandomState};
    // RandomState is seeded randomly per process; enough to keep temporary names apart.
    RandomState::new().hash_one(std::time::SystemTime::now()) as u32
}

/// Creates `path` new and private, writes `bytes` and syncs it.
fn write_new_file(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
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
        .and_then(|()| file.sync_all())
        .with_context(|| format!("cannot write {}", path.display()))
}

/// fsyncs a file, or a folder and every file in it (one level deep, and its subfolders).
fn sync_path(path: &Path) -> anyhow::Result<()> {
    let sync = |p: &Path| {
        std::fs::File::open(p)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("cannot sync {}", p.display()))
    };
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            let entry = entry?;
            if entry.file_type()?.is_dir() {
                sync_path(&entry.path())?;
            } else {
                sync(&entry.path())?;
            }
        }
    }
    sync(path)
}

fn sync_parent(path: &Path) -> anyhow::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::File::open(parent)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("cannot sync {}", parent.display()))
}

/// Moves a finished temporary file to `path`: an atomic replace with `force`, otherwise a
/// hard link that fails if `path` appeared meanwhile (never clobbers).
fn publish_file(tmp: &Temp, path: &Path, force: bool) -> anyhow::Result<()> {
    if force {
        std::fs::rename(&tmp.0, path)
            .with_context(|| format!("cannot rename into {}", path.display()))?;
    } else {
        std::fs::hard_link(&tmp.0, path).with_context(|| {
            format!(
                "cannot create {} (it may have appeared meanwhile; pass --force to replace it)",
                path.display()
            )
        })?;
    }
    sync_parent(path)
}

/// Moves a finished temporary folder to `path`. An empty folder there is replaced
/// atomically; an old tdata folder (allowed by [`check_target`]) is moved aside first and
/// removed only once the new one is in place.
fn publish_dir(tmp: &Temp, path: &Path) -> anyhow::Result<()> {
    let occupied = std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some());
    if occupied {
        let old = Temp::beside(path)?;
        std::fs::rename(path, &old.0)
            .with_context(|| format!("cannot move the old {} aside", path.display()))?;
        if let Err(e) = std::fs::rename(&tmp.0, path) {
            // Put the old folder back; nothing is lost.
            let _ = std::fs::rename(&old.0, path);
            return Err(e).with_context(|| format!("cannot rename into {}", path.display()));
        }
        sync_parent(path)?;
        drop(old);
        return Ok(());
    }
    // rename(2) replaces an empty folder atomically.
    std::fs::rename(&tmp.0, path)
        .with_context(|| format!("cannot rename into {}", path.display()))?;
    sync_parent(path)
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
