//! [`Format`]: the session formats this crate reads and writes, with their CLI names.

use std::fmt;
use std::str::FromStr;

/// A session format. [`Display`](fmt::Display) and [`FromStr`] use the names of the CLI.
///
/// ```
/// use mtrs_session_convert::Format;
/// let f: Format = "pyrogram-file".parse().unwrap();
/// assert_eq!(f, Format::PyrogramFile);
/// assert_eq!(f.to_string(), "pyrogram-file");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// mtrs's own session string (`mtrs:1:…`, see `docs/session-string.md`).
    Mtrs,
    /// Telethon `StringSession`.
    Telethon,
    /// Pyrogram (and Kurigram, PyroFork, MTGo) session string, all three layouts.
    Pyrogram,
    /// GramJS `StringSession`.
    Gramjs,
    /// mtcute string session (v3, and the legacy v1/v2).
    Mtcute,
    /// Telegram Desktop `tdata` folder.
    Tdata,
    /// Telethon SQLite `.session` file.
    TelethonFile,
    /// Pyrogram-family SQLite `.session` file (Pyrogram 1/2, PyroFork, Kurigram).
    PyrogramFile,
}

impl Format {
    /// Every format, in detection order.
    pub const ALL: [Format; 8] = [
        Format::Mtrs,
        Format::Telethon,
        Format::Pyrogram,
        Format::Gramjs,
        Format::Mtcute,
        Format::Tdata,
        Format::TelethonFile,
        Format::PyrogramFile,
    ];

    /// The CLI name (`mtrs`, `telethon`, …, `pyrogram-file`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Mtrs => "mtrs",
            Format::Telethon => "telethon",
            Format::Pyrogram => "pyrogram",
            Format::Gramjs => "gramjs",
            Format::Mtcute => "mtcute",
            Format::Tdata => "tdata",
            Format::TelethonFile => "telethon-file",
            Format::PyrogramFile => "pyrogram-file",
        }
    }

    /// Whether the format is a string (as opposed to a file or folder).
    pub fn is_string(self) -> bool {
        !matches!(
            self,
            Format::Tdata | Format::TelethonFile | Format::PyrogramFile
        )
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The text given to [`Format::from_str`] names no format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown session format {given:?}; expected one of mtrs, telethon, pyrogram, gramjs, mtcute, tdata, telethon-file, pyrogram-file"
)]
pub struct UnknownFormat {
    /// The text that was given.
    pub given: String,
}

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == lower)
            .ok_or(UnknownFormat {
                given: s.to_owned(),
            })
    }
}
