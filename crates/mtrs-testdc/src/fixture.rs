//! The account directory a test fixes before starting the cluster: users and bots (with
//! their tokens), channels, usernames, and files, each homed on a DC.

use std::collections::BTreeSet;

use crate::error::Error;

/// A user or bot account.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Account {
    /// The user id.
    pub id: i64,
    /// The access hash clients must present in `inputUser`.
    pub access_hash: i64,
    /// The DC the account lives on (its home DC).
    pub home_dc: i32,
    /// First name.
    pub first_name: String,
    /// Last name, if any.
    pub last_name: Option<String>,
    /// Username (without `@`), if any.
    pub username: Option<String>,
    /// Phone number (digits only), if any.
    pub phone: Option<String>,
    /// The bot token (`"<id>:<secret>"`) if this account is a bot.
    pub bot_token: Option<String>,
    /// The 2FA password, if the account has one.
    pub two_factor: Option<TwoFactor>,
}

/// An account's 2FA password. The DC keeps only the SRP verifier `v = g^x` it derives
/// (with its own random salts) and checks `auth.checkPassword` proofs against it; the
/// password is never printed.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TwoFactor {
    /// The password (UTF-8).
    pub password: String,
    /// The hint `account.getPassword` shows, if any.
    pub hint: Option<String>,
}

impl std::fmt::Debug for TwoFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwoFactor")
            .field("hint", &self.hint)
            .finish_non_exhaustive()
    }
}

impl Account {
    /// A user account homed on `home_dc`.
    pub fn user(id: i64, home_dc: i32, first_name: &str) -> Self {
        Self {
            id,
            access_hash: id.wrapping_mul(0x9e37_79b9).wrapping_add(17),
            home_dc,
            first_name: first_name.to_owned(),
            last_name: None,
            username: None,
            phone: None,
            bot_token: None,
            two_factor: None,
        }
    }

    /// A bot homed on `home_dc`, signing in with the token `"<id>:<secret>"`.
    pub fn bot(id: i64, home_dc: i32, first_name: &str, secret: &str) -> Self {
        let mut account = Self::user(id, home_dc, first_name);
        account.bot_token = Some(format!("{id}:{secret}"));
        account
    }

    /// Sets the username.
    pub fn with_username(mut self, username: &str) -> Self {
        self.username = Some(username.to_owned());
        self
    }

    /// Sets the phone number.
    pub fn with_phone(mut self, phone: &str) -> Self {
        self.phone = Some(phone.to_owned());
        self
    }

    /// Sets a 2FA password (and its hint).
    ///
    /// ```
    /// let carol = mtrs_testdc::Account::user(3, 1, "Carol").with_password("pw", Some("hint"));
    /// assert!(!format!("{carol:?}").contains("\"pw\""));
    /// ```
    pub fn with_password(mut self, password: &str, hint: Option<&str>) -> Self {
        self.two_factor = Some(TwoFactor {
            password: password.to_owned(),
            hint: hint.map(str::to_owned),
        });
        self
    }

    /// Whether the account is a bot.
    pub fn is_bot(&self) -> bool {
        self.bot_token.is_some()
    }
}

/// A broadcast channel.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Channel {
    /// The channel id.
    pub id: i64,
    /// Its access hash.
    pub access_hash: i64,
    /// Title.
    pub title: String,
    /// Username (without `@`), if any.
    pub username: Option<String>,
}

impl Channel {
    /// A channel with a username.
    pub fn new(id: i64, title: &str, username: &str) -> Self {
        Self {
            id,
            access_hash: id.wrapping_mul(0x85eb_ca6b).wrapping_add(5),
            title: title.to_owned(),
            username: Some(username.to_owned()),
        }
    }
}

/// A stored file, downloadable with `upload.getFile` on its DC through an
/// `inputDocumentFileLocation` (or `inputPhotoFileLocation`) naming `id` and `access_hash`.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct File {
    /// The document id.
    pub id: i64,
    /// Its access hash.
    pub access_hash: i64,
    /// Its file reference.
    pub file_reference: Vec<u8>,
    /// The DC storing it.
    pub dc_id: i32,
    /// The content.
    pub bytes: Vec<u8>,
}

impl File {
    /// The `inputDocumentFileLocation` a client passes to `upload.getFile` for this file.
    ///
    /// ```
    /// let fixture = mtrs_testdc::Fixture::default();
    /// let file = &fixture.files[0];
    /// let mtrs_tl_api::enums::InputFileLocation::InputDocumentFileLocation(location) =
    ///     file.input_location()
    /// else {
    ///     unreachable!("a fixture file is a document")
    /// };
    /// assert_eq!((location.id, location.access_hash), (file.id, file.access_hash));
    /// ```
    pub fn input_location(&self) -> mtrs_tl_api::enums::InputFileLocation {
        mtrs_tl_api::enums::InputFileLocation::InputDocumentFileLocation(
            mtrs_tl_api::types::InputDocumentFileLocation {
                id: self.id,
                access_hash: self.access_hash,
                file_reference: self.file_reference.clone(),
                thumb_size: "".into(),
            },
        )
    }
}

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("File")
            .field("id", &self.id)
            .field("dc_id", &self.dc_id)
            .field("len", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

impl File {
    /// A file with this content, stored on `dc_id`.
    pub fn new(id: i64, dc_id: i32, bytes: Vec<u8>) -> Self {
        Self {
            id,
            access_hash: id.wrapping_mul(0xc2b2_ae35).wrapping_add(3),
            file_reference: id.to_le_bytes().to_vec(),
            dc_id,
            bytes,
        }
    }

    /// `len` bytes of a deterministic pattern (so tests can check content and offsets).
    pub fn pattern(id: i64, dc_id: i32, len: usize) -> Self {
        let bytes = (0..len)
            .map(|i| (i as u64).wrapping_mul(31).wrapping_add(id as u64 * 7) as u8)
            .collect();
        Self::new(id, dc_id, bytes)
    }
}

/// The 2FA password of the default fixture's user `carol` (1003).
pub const CAROL_PASSWORD: &str = "carol-2fa-passw0rd";

/// Everything the cluster knows about: accounts, channels and files.
///
/// [`Fixture::default`] has, for a cluster of at least 3 DCs: user `alice` (id 1001,
/// phone 9996610001) on DC 1, user `bob` (1002, phone 9996620002) on DC 2, user `carol`
/// (1003, phone 9996630003, 2FA password [`CAROL_PASSWORD`], hint `"carol's hint"`) on
/// DC 3, bot `testdc_bot` (7001, token
/// `7001:testdc-bot-secret`) on DC 2, bot `dc1_bot` (7002, token `7002:dc1-bot-secret`)
/// on DC 1, channel `mtrs_news` (5001), a 10 000-byte file 9001 on DC 1 and a
/// 300 000-byte file 9003 on DC 3.
///
/// ```
/// use mtrs_testdc::{Account, Channel, File, Fixture};
/// let fixture = Fixture::empty()
///     .account(Account::user(1, 2, "Ann").with_username("ann"))
///     .account(Account::bot(2, 1, "Helper", "s3cret"))
///     .channel(Channel::new(3, "News", "news"))
///     .file(File::pattern(4, 2, 4096));
/// assert_eq!(fixture.bot_by_token("2:s3cret").map(|a| a.id), Some(2));
/// assert!(matches!(fixture.resolve("ANN"), Some(mtrs_testdc::Owner::Account(a)) if a.id == 1));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Fixture {
    /// Users and bots.
    pub accounts: Vec<Account>,
    /// Channels.
    pub channels: Vec<Channel>,
    /// Files.
    pub files: Vec<File>,
}

impl Default for Fixture {
    fn default() -> Self {
        Self {
            accounts: vec![
                Account::user(1001, 1, "Alice")
                    .with_username("alice")
                    .with_phone("9996610001"),
                Account::user(1002, 2, "Bob")
                    .with_username("bob")
                    .with_phone("9996620002"),
                Account::user(1003, 3, "Carol")
                    .with_username("carol")
                    .with_phone("9996630003")
                    .with_password(CAROL_PASSWORD, Some("carol's hint")),
                Account::bot(7001, 2, "Test Bot", "testdc-bot-secret").with_username("testdc_bot"),
                Account::bot(7002, 1, "DC1 Bot", "dc1-bot-secret").with_username("dc1_bot"),
            ],
            channels: vec![Channel::new(5001, "mtrs news", "mtrs_news")],
            files: vec![
                File::pattern(9001, 1, 10_000),
                File::pattern(9003, 3, 300_000),
            ],
        }
    }
}

impl Fixture {
    /// An empty directory.
    pub fn empty() -> Self {
        Self {
            accounts: Vec::new(),
            channels: Vec::new(),
            files: Vec::new(),
        }
    }

    /// Keeps only what lives on DCs `1..=dcs` (accounts by home DC, files by the DC that
    /// stores them), so the default fixture serves a smaller cluster.
    ///
    /// ```
    /// let small = mtrs_testdc::Fixture::default().within(1);
    /// assert!(small.accounts.iter().all(|a| a.home_dc == 1));
    /// assert!(small.files.iter().all(|f| f.dc_id == 1));
    /// ```
    pub fn within(mut self, dcs: i32) -> Self {
        self.accounts.retain(|a| (1..=dcs).contains(&a.home_dc));
        self.files.retain(|f| (1..=dcs).contains(&f.dc_id));
        self
    }

    /// Adds an account.
    pub fn account(mut self, account: Account) -> Self {
        self.accounts.push(account);
        self
    }

    /// Adds a channel.
    pub fn channel(mut self, channel: Channel) -> Self {
        self.channels.push(channel);
        self
    }

    /// Adds a file.
    pub fn file(mut self, file: File) -> Self {
        self.files.push(file);
        self
    }

    /// The account with this id.
    pub fn account_by_id(&self, id: i64) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// The account with this phone number (digits only).
    pub fn account_by_phone(&self, phone: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.phone.as_deref() == Some(phone))
    }

    /// The bot signing in with this token.
    pub fn bot_by_token(&self, token: &str) -> Option<&Account> {
        self.accounts
            .iter()
            .find(|a| a.bot_token.as_deref() == Some(token))
    }

    /// The file with this id.
    pub fn file_by_id(&self, id: i64) -> Option<&File> {
        self.files.iter().find(|f| f.id == id)
    }

    /// The account or channel holding `username` (case-insensitive).
    pub fn resolve(&self, username: &str) -> Option<Owner<'_>> {
        let same = |u: &Option<String>| {
            u.as_deref()
                .is_some_and(|u| u.eq_ignore_ascii_case(username))
        };
        if let Some(a) = self.accounts.iter().find(|a| same(&a.username)) {
            return Some(Owner::Account(a));
        }
        self.channels
            .iter()
            .find(|c| same(&c.username))
            .map(Owner::Channel)
    }

    /// Moves everything homed above DC `dcs` to DC `(home − 1) mod dcs + 1`.
    pub(crate) fn rehomed(mut self, dcs: i32) -> Self {
        let fold = |dc: i32| {
            if dc > dcs {
                (dc - 1) % dcs.max(1) + 1
            } else {
                dc
            }
        };
        for a in &mut self.accounts {
            a.home_dc = fold(a.home_dc);
        }
        for f in &mut self.files {
            f.dc_id = fold(f.dc_id);
        }
        self
    }

    /// Checks that every DC named exists in a cluster of `dcs` DCs and that ids and
    /// usernames are unique.
    pub(crate) fn validate(&self, dcs: i32) -> Result<(), Error> {
        let bad = |problem: String| Err(Error::Fixture { problem });
        let mut ids = BTreeSet::new();
        let mut names = BTreeSet::new();
        for a in &self.accounts {
            if !(1..=dcs).contains(&a.home_dc) {
                return bad(format!(
                    "account {} homed on DC {} of {dcs}",
                    a.id, a.home_dc
                ));
            }
            if !ids.insert(a.id) {
                return bad(format!("duplicate account id {}", a.id));
            }
        }
        let usernames = self
            .accounts
            .iter()
            .filter_map(|a| a.username.as_ref())
            .chain(self.channels.iter().filter_map(|c| c.username.as_ref()));
        for u in usernames {
            if !names.insert(u.to_ascii_lowercase()) {
                return bad(format!("duplicate username {u}"));
            }
        }
        let mut file_ids = BTreeSet::new();
        for f in &self.files {
            if !(1..=dcs).contains(&f.dc_id) {
                return bad(format!("file {} stored on DC {} of {dcs}", f.id, f.dc_id));
            }
            if !file_ids.insert(f.id) {
                return bad(format!("duplicate file id {}", f.id));
            }
        }
        Ok(())
    }
}

/// The owner of a username.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner<'a> {
    /// A user or bot.
    Account(&'a Account),
    /// A channel.
    Channel(&'a Channel),
}
