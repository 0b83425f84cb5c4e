//! User sign-in state: login codes sent by `auth.sendCode`, keys waiting for a 2FA
//! password, open SRP checks, the verifiers derived from fixture passwords, accounts
//! created by `auth.signUp`, and the QR code login tokens (`login_tokens.rs`).
//!
//! A leaf of the module graph (it imports only the fixture and the token state): the cluster owns it inside
//! `Shared`, the RPC handlers read and change it.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use mtrs_crypto::srp::SrpServer;

use crate::fixture::Account;
use crate::login_tokens::LoginTokens;

/// How long a login code stays valid (Telegram: a few minutes).
pub(crate) const CODE_LIFETIME: Duration = Duration::from_secs(300);

/// First id given to accounts created by `auth.signUp`.
const FIRST_SIGNED_UP_ID: i64 = 2_000_001;

/// A code sent by `auth.sendCode`, keyed by its `phone_code_hash`.
#[derive(Clone, Debug)]
pub(crate) struct PendingCode {
    /// The phone number (digits only).
    pub(crate) phone: String,
    /// The code (five digits).
    pub(crate) code: String,
    /// The DC that sent it (the number's home DC).
    pub(crate) dc: i32,
    pub(crate) expires_at: Instant,
    /// Confirmed by `auth.signIn` for an unregistered number: `auth.signUp` may use it.
    pub(crate) confirmed: bool,
}

/// An SRP check opened by `account.getPassword`, keyed by `srp_id`.
pub(crate) struct SrpCheck {
    pub(crate) dc: i32,
    pub(crate) key_id: u64,
    pub(crate) user_id: i64,
    pub(crate) salt1: Vec<u8>,
    pub(crate) salt2: Vec<u8>,
    pub(crate) server: SrpServer,
}

/// What the DC derived from an account's 2FA password: salts and `v = g^x`.
#[derive(Clone)]
pub(crate) struct Verifier {
    pub(crate) salt1: Vec<u8>,
    pub(crate) salt2: Vec<u8>,
    pub(crate) v: [u8; 256],
}

/// The sign-in state of the whole cluster.
#[derive(Default)]
pub(crate) struct Logins {
    pub(crate) codes: Mutex<HashMap<String, PendingCode>>,
    /// (DC, key) → the user whose code was right but whose 2FA password is still due.
    pub(crate) password_due: Mutex<HashMap<(i32, u64), i64>>,
    pub(crate) checks: Mutex<HashMap<i64, SrpCheck>>,
    pub(crate) verifiers: Mutex<HashMap<i64, Verifier>>,
    pub(crate) signed_up: Mutex<Vec<Account>>,
    /// QR code login tokens.
    pub(crate) tokens: Mutex<LoginTokens>,
}

impl Logins {
    /// The newest unexpired code sent to `phone`.
    pub(crate) fn code_for(&self, phone: &str) -> Option<String> {
        let now = Instant::now();
        self.codes
            .lock()
            .values()
            .filter(|c| c.phone == phone && c.expires_at > now)
            .max_by_key(|c| c.expires_at)
            .map(|c| c.code.clone())
    }

    /// Makes every code sent so far expired; returns how many there were.
    pub(crate) fn expire_codes(&self) -> usize {
        let now = Instant::now();
        let mut codes = self.codes.lock();
        for code in codes.values_mut() {
            code.expires_at = now;
        }
        codes.len()
    }

    /// An account created by `auth.signUp`.
    pub(crate) fn signed_up(&self, id: i64) -> Option<Account> {
        self.signed_up.lock().iter().find(|a| a.id == id).cloned()
    }

    /// The account created by `auth.signUp` for this phone number.
    pub(crate) fn signed_up_by_phone(&self, phone: &str) -> Option<Account> {
        self.signed_up
            .lock()
            .iter()
            .find(|a| a.phone.as_deref() == Some(phone))
            .cloned()
    }

    /// Creates a user account homed on `dc`.
    pub(crate) fn sign_up(&self, dc: i32, phone: &str, first: &str, last: &str) -> Account {
        let mut accounts = self.signed_up.lock();
        let id = FIRST_SIGNED_UP_ID + accounts.len() as i64;
        let mut account = Account::user(id, dc, first).with_phone(phone);
        if !last.is_empty() {
            account.last_name = Some(last.to_owned());
        }
        accounts.push(account.clone());
        account
    }
}
