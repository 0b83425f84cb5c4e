//! One cached peer ([`Peer`]) and the rule for merging a newly seen copy into a stored one.

use std::fmt;

use crate::UnixTime;

/// A peer's identity: which id space it lives in and its bare id.
///
/// Users, basic groups ("chats") and channels have separate id spaces, so the space is part
/// of the key. Every `i64` is a valid bare id: no range is assumed.
///
/// ```
/// use mtrs_session::PeerId;
/// let ch = PeerId::Channel(1_234_567_890);
/// assert_eq!(ch.marked(), Some(-1_001_234_567_890));
/// assert_eq!(PeerId::from_marked(-1_001_234_567_890), Some(ch));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeerId {
    /// A user or bot.
    User(i64),
    /// A basic group (`chat`).
    Chat(i64),
    /// A channel: broadcast, megagroup or gigagroup.
    Channel(i64),
}

/// Offset of channel ids in the "marked" id convention (Bot API, Telethon, Pyrogram).
const CHANNEL_MARK: i64 = 1_000_000_000_000;

impl PeerId {
    /// The bare id inside its space.
    pub fn bare(self) -> i64 {
        match self {
            Self::User(id) | Self::Chat(id) | Self::Channel(id) => id,
        }
    }

    /// A stable small number for the id space (0 user, 1 chat, 2 channel), for storage.
    pub const fn space_code(self) -> u8 {
        match self {
            Self::User(_) => 0,
            Self::Chat(_) => 1,
            Self::Channel(_) => 2,
        }
    }

    /// Rebuilds an id from [`PeerId::space_code`] and [`PeerId::bare`].
    pub fn from_space_code(code: u8, bare: i64) -> Option<Self> {
        match code {
            0 => Some(Self::User(bare)),
            1 => Some(Self::Chat(bare)),
            2 => Some(Self::Channel(bare)),
            _ => None,
        }
    }

    /// The "marked" single-integer form other libraries store: users `id`, basic groups
    /// `-id`, channels `-(10¹² + id)`. `None` if the id does not fit that convention
    /// (negative or too large bare ids).
    pub fn marked(self) -> Option<i64> {
        match self {
            Self::User(id) if id > 0 => Some(id),
            Self::Chat(id) if id > 0 && id < CHANNEL_MARK => Some(-id),
            Self::Channel(id) if id > 0 => CHANNEL_MARK.checked_add(id).map(|v| -v),
            _ => None,
        }
    }

    /// Parses the "marked" form (see [`PeerId::marked`]); `None` for 0 or a value that
    /// cannot have been produced by it.
    pub fn from_marked(marked: i64) -> Option<Self> {
        if marked > 0 {
            Some(Self::User(marked))
        } else if marked < 0 && marked > -CHANNEL_MARK {
            Some(Self::Chat(-marked))
        } else if marked < -CHANNEL_MARK {
            // `marked < -10¹²` so the negation and subtraction cannot overflow except for
            // i64::MIN, which `checked_neg` rejects.
            marked
                .checked_neg()
                .map(|v| Self::Channel(v - CHANNEL_MARK))
        } else {
            None
        }
    }
}

impl fmt::Display for PeerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::User(id) => write!(f, "user {id}"),
            Self::Chat(id) => write!(f, "chat {id}"),
            Self::Channel(id) => write!(f, "channel {id}"),
        }
    }
}

/// What kind of peer an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PeerKind {
    /// A human user.
    User,
    /// A bot account.
    Bot,
    /// A basic group (`chat`); has no access hash.
    BasicGroup,
    /// A broadcast channel.
    Channel,
    /// A supergroup (`megagroup`).
    Megagroup,
    /// A broadcast group (`gigagroup`).
    Gigagroup,
    /// A supergroup with topics (`forum`).
    Forum,
}

impl PeerKind {
    /// A stable number for storage. Never reused once assigned.
    pub const fn code(self) -> u8 {
        match self {
            Self::User => 0,
            Self::Bot => 1,
            Self::BasicGroup => 2,
            Self::Channel => 3,
            Self::Megagroup => 4,
            Self::Gigagroup => 5,
            Self::Forum => 6,
        }
    }

    /// The kind stored as [`PeerKind::code`]; `None` for an unknown number.
    pub fn from_code(code: u8) -> Option<Self> {
        Some(match code {
            0 => Self::User,
            1 => Self::Bot,
            2 => Self::BasicGroup,
            3 => Self::Channel,
            4 => Self::Megagroup,
            5 => Self::Gigagroup,
            6 => Self::Forum,
            _ => return None,
        })
    }
}

/// Where a peer was seen in a message: what Telegram's `inputPeerUserFromMessage` /
/// `inputPeerChannelFromMessage` need to name a peer known only by a `min` hash.
///
/// ```
/// use mtrs_session::{PeerId, SeenIn};
/// let seen = SeenIn { chat: PeerId::Channel(5), msg_id: 42 };
/// assert_eq!(seen.chat.bare(), 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SeenIn {
    /// The chat holding the message (a channel or group where the peer wrote, or a chat
    /// whose message mentions it).
    pub chat: PeerId,
    /// The message id in that chat.
    pub msg_id: i32,
}

/// One cached peer: enough to build an `InputPeer` and to find it by username or phone.
///
/// ```
/// use mtrs_session::{Peer, PeerId, PeerKind, UnixTime};
/// let p = Peer::new(PeerId::User(7), PeerKind::User, 0x1234)
///     .with_usernames(["Durov"])
///     .with_updated_at(UnixTime(1_700_000_000));
/// assert!(p.is_full());
/// assert_eq!(p.usernames, ["durov"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    /// The peer's id.
    pub id: PeerId,
    /// What kind of peer this is.
    pub kind: PeerKind,
    /// The access hash; 0 when none is known (always 0 for basic groups).
    pub access_hash: i64,
    /// The hash came from a `min` constructor and is only usable together with the message
    /// it was seen in.
    pub min: bool,
    /// Usernames, normalised (lower case, no `@`); the first is the primary one.
    pub usernames: Vec<String>,
    /// Phone number, digits only, when known.
    pub phone: Option<String>,
    /// When this copy was seen.
    pub updated_at: UnixTime,
    /// The latest message this peer was seen in, kept for min peers: with it a min peer
    /// can still be named (`inputPeerUserFromMessage`). `None` when unknown.
    pub seen_in: Option<SeenIn>,
}

impl Peer {
    /// A peer with no usernames, no phone, not min, seen at time 0.
    pub fn new(id: PeerId, kind: PeerKind, access_hash: i64) -> Self {
        Self {
            id,
            kind,
            access_hash,
            min: false,
            usernames: Vec::new(),
            phone: None,
            updated_at: UnixTime(0),
            seen_in: None,
        }
    }

    /// Records the message this copy was seen in.
    ///
    /// ```
    /// use mtrs_session::{Peer, PeerId, PeerKind, SeenIn};
    /// let p = Peer::new(PeerId::User(7), PeerKind::User, 3).with_min(true)
    ///     .with_seen_in(PeerId::Channel(5), 42);
    /// assert_eq!(p.seen_in, Some(SeenIn { chat: PeerId::Channel(5), msg_id: 42 }));
    /// ```
    pub fn with_seen_in(mut self, chat: PeerId, msg_id: i32) -> Self {
        self.seen_in = Some(SeenIn { chat, msg_id });
        self
    }

    /// Marks the hash as coming from a `min` constructor.
    pub fn with_min(mut self, min: bool) -> Self {
        self.min = min;
        self
    }

    /// Sets the usernames (normalised, duplicates and empty names dropped).
    pub fn with_usernames<I, S>(mut self, names: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.usernames.clear();
        for name in names {
            let name = normalize_username(name.as_ref());
            if !name.is_empty() && !self.usernames.contains(&name) {
                self.usernames.push(name);
            }
        }
        self
    }

    /// Sets the phone number (normalised to digits; empty becomes `None`).
    pub fn with_phone(mut self, phone: &str) -> Self {
        let phone = normalize_phone(phone);
        self.phone = (!phone.is_empty()).then_some(phone);
        self
    }

    /// The same peer with usernames and phone normalised (what [`Peer::with_usernames`]
    /// and [`Peer::with_phone`] produce). Stores apply this to every peer they receive.
    ///
    /// ```
    /// use mtrs_session::{Peer, PeerId, PeerKind};
    /// let mut p = Peer::new(PeerId::User(1), PeerKind::User, 1);
    /// p.usernames = vec!["@Bob".into(), "BOB".into()];
    /// p.phone = Some("+1 23".into());
    /// let p = p.normalized();
    /// assert_eq!((p.usernames, p.phone.as_deref()), (vec!["bob".to_string()], Some("123")));
    /// ```
    pub fn normalized(mut self) -> Self {
        let names = std::mem::take(&mut self.usernames);
        let phone = self.phone.take();
        self = self.with_usernames(names);
        match phone {
            Some(phone) => self.with_phone(&phone),
            None => self,
        }
    }

    /// Sets when this copy was seen.
    pub fn with_updated_at(mut self, at: UnixTime) -> Self {
        self.updated_at = at;
        self
    }

    /// The hash can be used on its own: not `min`, and non-zero (basic groups need none).
    pub fn is_full(&self) -> bool {
        !self.min && (self.access_hash != 0 || self.kind == PeerKind::BasicGroup)
    }

    /// Merges a newly seen copy into this stored one, keeping the best access hash:
    ///
    /// - a full incoming copy replaces everything;
    /// - a min or zero-hash copy never overwrites a full hash: the stored hash (and
    ///   `min = false`) stay, while kind, time, and non-empty usernames/phone are taken;
    /// - between two non-full copies, a non-zero hash is kept over a zero one;
    /// - a non-full copy without [`Peer::seen_in`] keeps the stored one (the latest
    ///   message context known stays usable).
    ///
    /// ```
    /// use mtrs_session::{Peer, PeerId, PeerKind};
    /// let full = Peer::new(PeerId::User(1), PeerKind::User, 111);
    /// let min = Peer::new(PeerId::User(1), PeerKind::User, 222).with_min(true);
    /// let merged = full.merged_with(min);
    /// assert_eq!((merged.access_hash, merged.min), (111, false));
    /// ```
    pub fn merged_with(&self, incoming: Peer) -> Peer {
        if incoming.is_full() {
            return incoming;
        }
        let mut out = incoming;
        let keep_hash = self.is_full() || (out.access_hash == 0 && self.access_hash != 0);
        if keep_hash {
            out.access_hash = self.access_hash;
            out.min = self.min;
        }
        if out.seen_in.is_none() {
            out.seen_in = self.seen_in;
        }
        if self.is_full() {
            if out.usernames.is_empty() {
                out.usernames.clone_from(&self.usernames);
            }
            if out.phone.is_none() {
                out.phone.clone_from(&self.phone);
            }
        }
        out
    }
}

/// Normalises a username for storage and lookup: trims whitespace and a leading `@`,
/// drops control characters, lower-cases it.
///
/// ```
/// assert_eq!(mtrs_session::normalize_username(" @Durov "), "durov");
/// ```
pub fn normalize_username(name: &str) -> String {
    let name = name.trim();
    name.strip_prefix('@')
        .unwrap_or(name)
        .chars()
        .filter(|c| !c.is_control())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Normalises a phone number for storage and lookup: keeps ASCII digits only.
///
/// ```
/// assert_eq!(mtrs_session::normalize_phone("+1 (555) 010-99"), "155501099");
/// ```
pub fn normalize_phone(phone: &str) -> String {
    phone.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests;
