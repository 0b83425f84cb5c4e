//! Telegram Desktop `tdata` folders: read every listed account (with or without a local
//! passcode, from `s` or legacy `0`/`1` files) and write folders Desktop can open.
//! Files, names and encryption: `docs/formats/tdata.md`.

mod key_data;
mod mtp;
mod tdf;

use std::path::{Path, PathBuf};

use mtrs_crypto::AuthKey;
use mtrs_crypto::tdesktop::LocalKey;
use zeroize::Zeroize;

use crate::dc_table::DcSource;
use crate::{ConvertError, DcId, Format, Identity, SessionData, UserId, pivot, private_fs};

const F: Format = Format::Tdata;
/// The app version [`TdataWriteOptions::new`] writes: Telegram Desktop 3.4.0 (what opentele
/// writes). Desktop refuses files from versions newer than itself, so an old one is safest.
pub const DEFAULT_APP_VERSION: i32 = 3_004_000;

/// Which account of a folder to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AccountSelector {
    /// The account `key_datas` marks active (the first listed when it marks none).
    #[default]
    Active,
    /// The account with this index (0…5; `data`, `data#2`, …).
    Index(u8),
}

/// A tdata folder whose `key_datas` has been decrypted: the account list and the local key.
///
/// Opening derives the passcode key once (100 000 PBKDF2-SHA512 rounds with a passcode);
/// accounts are then read on demand.
///
/// ```
/// # use mtrs_session_convert::*;
/// # let dir = std::env::temp_dir().join(format!("mtrs-doc-tdo-{}", std::process::id()));
/// # let _ = std::fs::remove_dir_all(&dir);
/// let mut a = SessionData::new(DcId(2));
/// a.dcs.insert(DcId(2), DcState::new().with_auth_key(AuthKey::from_bytes([1; 256])));
/// a.identity = Some(Identity::new(UserId(1)));
/// let mut b = a.clone();
/// b.identity = Some(Identity::new(UserId(2)));
/// write_tdata(&dir, &[a, b], &TdataWriteOptions::new().passcode("1234"))?;
///
/// let tdata = Tdata::open(&dir, "1234")?;
/// assert_eq!(tdata.account_indices(), &[0, 1]);
/// assert_eq!(tdata.account(AccountSelector::Index(1))?.user_id, 2);
/// assert!(matches!(Tdata::open(&dir, "4321"), Err(ConvertError::WrongPasscode)));
/// # std::fs::remove_dir_all(&dir).unwrap();
/// # Ok::<(), ConvertError>(())
/// ```
pub struct Tdata {
    dir: PathBuf,
    app_version: i32,
    local_key: LocalKey,
    order: Vec<u8>,
    active: Option<u8>,
}

impl std::fmt::Debug for Tdata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tdata")
            .field("dir", &self.dir)
            .field("app_version", &self.app_version)
            .field("accounts", &self.order)
            .field("active", &self.active)
            .finish_non_exhaustive()
    }
}

/// One account of a tdata folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TdataAccount {
    /// Account index (0…5).
    pub index: u8,
    /// The logged-in user (non-zero).
    pub user_id: i64,
    /// The account's main (home) DC.
    pub main_dc: i32,
    /// Every DC key Desktop keeps for the account (the main DC's included).
    pub keys: Vec<(i32, AuthKey)>,
    /// Keys Desktop will destroy at its next start.
    pub keys_to_destroy: Vec<(i32, AuthKey)>,
    /// The MTP block used the wide (64-bit id) layout rather than the legacy 32-bit one.
    pub wide_ids: bool,
}

impl Tdata {
    /// Opens a tdata folder (the folder holding `key_datas`, or its parent holding `tdata/`)
    /// with its local passcode (`""` for none).
    ///
    /// # Errors
    /// [`ConvertError::WrongPasscode`], [`ConvertError::MissingFile`], [`ConvertError::Corrupt`]
    /// (checksums), [`ConvertError::Unsupported`] for key_data format 2 with an app lock.
    pub fn open(path: impl AsRef<Path>, passcode: &str) -> Result<Self, ConvertError> {
        let mut dir = path.as_ref().to_owned();
        let meta = std::fs::metadata(&dir).map_err(|e| crate::error::io(&dir, "stat", e))?;
        if !meta.is_dir() {
            return Err(crate::validate::not_a_file(&dir, &meta, "folder"));
        }
        std::fs::read_dir(&dir).map_err(|e| crate::error::io(&dir, "list", e))?;
        if !has_key_data(&dir)? && has_key_data(&dir.join("tdata"))? {
            dir.push("tdata");
        }
        let file = tdf::read(&dir, "key_data")?;
        let kd = key_data::read(&file.body, passcode.as_bytes())?;
        Ok(Tdata {
            dir,
            app_version: file.version,
            local_key: kd.local_key,
            order: kd.order,
            active: kd.active,
        })
    }

    /// The Desktop version that wrote `key_datas`.
    pub fn app_version(&self) -> i32 {
        self.app_version
    }

    /// Every account index the folder lists, in its order.
    pub fn account_indices(&self) -> &[u8] {
        &self.order
    }

    /// The index of the active account: the one `key_datas` records if it is listed,
    /// otherwise the first listed (as Desktop decides).
    pub fn active_index(&self) -> u8 {
        self.active
            .filter(|a| self.order.contains(a))
            .or(self.order.first().copied())
            .unwrap_or(0)
    }

    /// Reads the account chosen by `selector`.
    ///
    /// # Errors
    /// [`ConvertError::NoSuchAccount`] for an index the folder does not list; file, checksum
    /// and decryption errors of the account's files; [`ConvertError::InvalidField`] for a user
    /// id of 0 (logged out) or a main DC without a key.
    pub fn account(&self, selector: AccountSelector) -> Result<TdataAccount, ConvertError> {
        let index = match selector {
            AccountSelector::Index(i) => i,
            AccountSelector::Active => self.active_index(),
        };
        if !self.order.contains(&index) {
            return Err(ConvertError::NoSuchAccount {
                index,
                available: self.order.clone(),
            });
        }
        let file = tdf::read(&self.dir, &tdf::file_part(&tdf::data_name(index)))?;
        let m = mtp::read(&file.body, &self.local_key)?;
        let invalid = |field, reason| ConvertError::InvalidField {
            format: F,
            field,
            reason,
        };
        let user_id = i64::try_from(m.user_id).map_err(|_| invalid("user_id", "out of range"))?;
        if user_id == 0 {
            return Err(invalid("user_id", "is 0: the account is logged out"));
        }
        if !m.keys.iter().any(|(dc, _)| *dc == m.main_dc) {
            return Err(invalid("main_dc", "no key for the main DC"));
        }
        Ok(TdataAccount {
            index,
            user_id,
            main_dc: m.main_dc,
            keys: m.keys,
            keys_to_destroy: m.keys_to_destroy,
            wide_ids: m.wide_ids,
        })
    }

    /// Reads every listed account, each with its own result.
    pub fn accounts(&self) -> Vec<Result<TdataAccount, ConvertError>> {
        self.order
            .iter()
            .map(|&i| self.account(AccountSelector::Index(i)))
            .collect()
    }
}

impl TdataAccount {
    /// The session of this account: every DC key (addresses from Desktop's built-in table,
    /// `docs/formats/dc-table.md`), the user (never a bot: Desktop cannot log bots in),
    /// production servers.
    pub fn to_session(&self) -> SessionData {
        let mut s = SessionData::new(DcId(self.main_dc));
        for (dc, key) in &self.keys {
            let id = u32::try_from(*dc).unwrap_or(0);
            s.dcs.insert(
                DcId(*dc),
                pivot::table_dc(id, false, DcSource::Tdesktop, key.clone()),
            );
        }
        s.identity = Some(Identity::new(UserId(self.user_id)).with_bot(false));
        s
    }
}

/// Whether `dir` holds a `key_data` file (suffix `s`, `0` or `1`). A folder that cannot be
/// examined (no permission) is an error, not "no"; a `key_data` that is not a regular file
/// (a FIFO) is [`ConvertError::NotAFile`].
pub(crate) fn has_key_data(dir: &Path) -> Result<bool, ConvertError> {
    for suffix in ["s", "0", "1"] {
        if crate::validate::file_present(&dir.join(format!("key_data{suffix}")))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// How [`write_tdata`] protects and labels a folder.
#[derive(Clone)]
pub struct TdataWriteOptions {
    passcode: String,
    app_version: i32,
    fixed: Option<(Box<[u8; 256]>, [u8; 32])>,
}

impl std::fmt::Debug for TdataWriteOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TdataWriteOptions")
            .field(
                "passcode",
                &if self.passcode.is_empty() {
                    "none"
                } else {
                    "set"
                },
            )
            .field("app_version", &self.app_version)
            .field("fixed_secrets", &self.fixed.is_some())
            .finish()
    }
}

impl Drop for TdataWriteOptions {
    fn drop(&mut self) {
        self.passcode.zeroize();
        if let Some((key, salt)) = self.fixed.as_mut() {
            key.zeroize();
            salt.zeroize();
        }
    }
}

impl Default for TdataWriteOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl TdataWriteOptions {
    /// No passcode, app version [`DEFAULT_APP_VERSION`], a fresh random local key and salt.
    pub fn new() -> Self {
        TdataWriteOptions {
            passcode: String::new(),
            app_version: DEFAULT_APP_VERSION,
            fixed: None,
        }
    }

    /// Protects the folder with a local passcode (`""` for none).
    pub fn passcode(mut self, passcode: &str) -> Self {
        self.passcode.zeroize();
        self.passcode = passcode.to_owned();
        self
    }

    /// The app version written into every file's header.
    pub fn app_version(mut self, version: i32) -> Self {
        self.app_version = version;
        self
    }

    /// Uses this local key and salt instead of random ones, and zero padding (as opentele
    /// does): the output is then deterministic. For reproducible tests only — a real folder
    /// should get fresh random secrets.
    pub fn fixed_secrets(mut self, local_key: [u8; 256], salt: [u8; 32]) -> Self {
        self.fixed = Some((Box::new(local_key), salt));
        self
    }
}

/// Writes a new tdata folder at `path` holding one account per session (index 0 = `data`,
/// 1 = `data#2`, …; at most 6), readable by Telegram Desktop: `key_datas`, each account's
/// `<filepart>s` (wide layout, every DC key of the session, no keys to destroy) and its
/// `<filepart>/maps`. Files are created private (0600), through a temporary file, and never
/// over an existing folder's `key_datas`.
///
/// # Errors
/// [`ConvertError::Missing`] for a session without identity (Desktop treats user id 0 as
/// logged out) or home key; [`ConvertError::Unsupported`] for test-server sessions (Desktop
/// keeps those elsewhere); [`ConvertError::InvalidField`] for 0 or more than 6 sessions;
/// I/O errors.
pub fn write_tdata(
    path: impl AsRef<Path>,
    sessions: &[SessionData],
    options: &TdataWriteOptions,
) -> Result<(), ConvertError> {
    let dir = path.as_ref();
    if sessions.is_empty() || sessions.len() > key_data::MAX_ACCOUNTS {
        return Err(ConvertError::InvalidField {
            format: F,
            field: "accounts",
            reason: "must be 1 to 6 sessions",
        });
    }
    let mut plans = Vec::with_capacity(sessions.len());
    for s in sessions {
        pivot::home_key(F, s)?;
        let me = s.identity.as_ref().ok_or(ConvertError::Missing {
            format: F,
            field: "user_id",
            why: "Telegram Desktop treats user id 0 as logged out",
        })?;
        let user_id = u64::try_from(me.user_id.0).ok().filter(|&u| u > 0).ok_or(
            ConvertError::InvalidField {
                format: F,
                field: "user_id",
                reason: "must be positive",
            },
        )?;
        if s.test_mode {
            return Err(ConvertError::Unsupported {
                format: F,
                what: "test-server sessions (Desktop keeps them in a separate folder)",
            });
        }
        let keys: Vec<(i32, &AuthKey)> = s
            .dcs
            .iter()
            .filter_map(|(id, dc)| dc.auth_key.as_ref().map(|k| (id.0, k)))
            .collect();
        for (_, key) in &keys {
            pivot::check_key(F, key)?;
        }
        plans.push((user_id, s.home_dc.0, keys));
    }
    let (local_key, salt, random_padding) = match &options.fixed {
        Some((key, salt)) => (LocalKey::from_bytes(**key), *salt, false),
        None => {
            let mut key = [0u8; 256];
            let mut salt = [0u8; 32];
            rand::fill(&mut key[..]);
            rand::fill(&mut salt[..]);
            let local_key = LocalKey::from_bytes(key);
            key.zeroize(); // the array was copied into `local_key`; wipe this stack copy
            (local_key, salt, true)
        }
    };
    let padding = || {
        let mut p = [0u8; 16];
        if random_padding {
            rand::fill(&mut p[..]);
        }
        p
    };
    let key_file = dir.join("key_datas");
    if key_file.exists() {
        let e = std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "a tdata folder is already here",
        );
        return Err(crate::error::io(key_file, "create", e));
    }
    private_fs::create_dir(dir)?;
    let version = options.app_version;
    let mut order = Vec::with_capacity(plans.len());
    for (index, (user_id, main_dc, keys)) in plans.iter().enumerate() {
        // At most MAX_ACCOUNTS (6) plans.
        let index = index as u8;
        let part = tdf::file_part(&tdf::data_name(index));
        let body = mtp::build(*user_id, *main_dc, keys, &local_key, &padding())?;
        private_fs::write_new(&dir.join(format!("{part}s")), &tdf::build(version, &body))?;
        let account_dir = dir.join(&part);
        private_fs::create_dir(&account_dir)?;
        private_fs::write_new(
            &account_dir.join("maps"),
            &tdf::build(version, &maps_body(&local_key, &padding())?),
        )?;
        order.push(index);
    }
    let body = key_data::build(
        &salt,
        options.passcode.as_bytes(),
        &local_key,
        &order,
        0,
        &padding(),
    )?;
    private_fs::write_new(&key_file, &tdf::build(version, &body))
}

/// An empty account map: two null legacy arrays and an encrypted empty map (as Desktop).
fn maps_body(local_key: &LocalKey, padding: &[u8; 16]) -> Result<Vec<u8>, ConvertError> {
    let encrypted =
        mtrs_crypto::tdesktop::encrypt_local(local_key, &[], padding).map_err(|_| {
            ConvertError::Corrupt {
                format: F,
                reason: "encryption failed",
            }
        })?;
    let mut body = Vec::with_capacity(8 + 4 + encrypted.len());
    tdf::put_qbytes(&mut body, None);
    tdf::put_qbytes(&mut body, None);
    tdf::put_qbytes(&mut body, Some(&encrypted));
    Ok(body)
}

/// Entry points for fuzzers and property tests into the tdata parsers that sit behind
/// encryption (random bytes never pass a checksum, so the decrypted-data parsers are exposed
/// on their own). Not a stable API.
#[doc(hidden)]
pub mod fuzzing {
    use crate::ConvertError;

    /// Parses `data` as a whole TDF file and its body as `key_datas` (empty passcode).
    pub fn key_data_file(data: &[u8]) -> Result<(), ConvertError> {
        let file = super::tdf::parse(data)?;
        super::key_data::read(&file.body, b"").map(drop)
    }

    /// Parses decrypted `key_datas` account-list bytes.
    pub fn key_data_info(plain: &[u8]) -> Result<(), ConvertError> {
        super::key_data::parse_info(plain).map(drop)
    }

    /// Parses decrypted MTP-file settings blocks.
    pub fn mtp_plain(plain: &[u8]) -> Result<(), ConvertError> {
        super::mtp::parse_plain(plain).map(drop)
    }

    /// Write what we read, read it back: decrypted account-list bytes that parse are
    /// written as a whole `key_datas` body (empty passcode, fixed secrets) and decrypted
    /// again. `Ok(true)` when the account list survives; `Err` when the input does not
    /// parse or cannot be written.
    pub fn key_data_round_trip(plain: &[u8]) -> Result<bool, ConvertError> {
        let (order, active) = super::key_data::parse_info(plain)?;
        let local_key = mtrs_crypto::tdesktop::LocalKey::from_bytes([1; 256]);
        let body = super::key_data::build(
            &[2; 32],
            b"",
            &local_key,
            &order,
            active.unwrap_or(0),
            &[0; 16],
        )?;
        let back = super::key_data::read(&body, b"")?;
        Ok(back.order == order && back.active == Some(active.unwrap_or(0)))
    }

    /// Write what we read, read it back: decrypted MTP bytes that parse are written as an
    /// account file body (fixed local key) and read again. `Ok(true)` when the user, the
    /// main DC and every key survive.
    pub fn mtp_round_trip(plain: &[u8]) -> Result<bool, ConvertError> {
        let m = super::mtp::parse_plain(plain)?;
        let local_key = mtrs_crypto::tdesktop::LocalKey::from_bytes([1; 256]);
        let keys: Vec<(i32, &mtrs_crypto::AuthKey)> = m.keys.iter().map(|(d, k)| (*d, k)).collect();
        let body = super::mtp::build(m.user_id, m.main_dc, &keys, &local_key, &[0; 16])?;
        let back = super::mtp::read(&body, &local_key)?;
        Ok(back.user_id == m.user_id && back.main_dc == m.main_dc && back.keys == m.keys)
    }
}

#[cfg(test)]
mod tests;
