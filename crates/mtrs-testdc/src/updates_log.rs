//! The update log: per account and per channel, the messages stored and every change
//! made to them, each with the `pts` it took, as Telegram keeps them for
//! `updates.getDifference` and `updates.getChannelDifference`.
//!
//! Pure data (no TL, no I/O): a leaf of the module graph. The rules it keeps:
//! - each change gets the next `pts` of each account it affects (`pts_count` 1 for a new
//!   or edited message, the number of ids for a deletion); a channel change the next pts
//!   of the channel;
//! - an account's `seq` grows by one for each change pushed in an `updates` container
//!   (the sender's copy of a message, edits, deletions); the recipient's copy of a private
//!   message goes as `updateShortMessage` and takes no seq; channel changes take none;
//! - private message ids are per account (sender and recipient get different ids for the
//!   same message, linked to each other), channel message ids per channel;
//! - a repeated `random_id` from the same sender gives back the message it made.

use std::collections::{BTreeMap, HashMap};

/// Where the first `pts` and `seq` of an account or channel start.
pub(crate) const FIRST_PTS: i32 = 1;
/// The first `seq` of an account.
pub(crate) const FIRST_SEQ: i32 = 1;

/// The dialog a message belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Peer {
    /// A private chat with this user.
    User(i64),
    /// A channel.
    Channel(i64),
}

/// A stored message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StoredMessage {
    pub(crate) id: i32,
    /// The dialog: the other account of a private chat, or the channel.
    pub(crate) peer: Peer,
    /// The author (`None` for a channel post).
    pub(crate) from: Option<i64>,
    /// Whether the owner of this copy wrote it.
    pub(crate) out: bool,
    pub(crate) date: i32,
    pub(crate) text: String,
    pub(crate) edit_date: Option<i32>,
    /// A document sent with the message (`messages.sendMedia`).
    pub(crate) media: Option<StoredDocument>,
}

/// A document a message carries: a file the DC materialised from uploaded parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StoredDocument {
    pub(crate) id: i64,
    pub(crate) access_hash: i64,
    pub(crate) file_reference: Vec<u8>,
    pub(crate) dc_id: i32,
    pub(crate) size: i64,
    pub(crate) name: String,
    pub(crate) mime_type: String,
}

/// What one log entry changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Change {
    /// A new message (its id).
    NewMessage(i32),
    /// An edited message (its id).
    EditMessage(i32),
    /// Deleted messages.
    DeleteMessages(Vec<i32>),
}

/// One change and the `pts` it took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The pts after this change.
    pub(crate) pts: i32,
    pub(crate) pts_count: i32,
    /// The account's seq after this change (unchanged by a short form; channels keep
    /// [`FIRST_SEQ`]).
    pub(crate) seq: i32,
    pub(crate) date: i32,
    pub(crate) change: Change,
}

/// What a change did to one account or channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Applied {
    /// The account (or channel) id.
    pub(crate) owner: i64,
    /// The message id in that account or channel (the first one for a deletion).
    pub(crate) id: i32,
    pub(crate) pts: i32,
    pub(crate) pts_count: i32,
    /// The seq of the `updates` container it goes in (`None`: a short form or a channel).
    pub(crate) seq: Option<i32>,
    pub(crate) date: i32,
    pub(crate) change: Change,
}

/// Why a change could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum LogError {
    /// No such message in that account's (or channel's) dialog.
    UnknownMessage { owner: i64, id: i32 },
}

/// The messages and changes of one account or channel.
#[derive(Debug)]
pub(crate) struct Mailbox {
    pub(crate) pts: i32,
    pub(crate) seq: i32,
    next_id: i32,
    pub(crate) entries: Vec<Entry>,
    pub(crate) messages: BTreeMap<i32, StoredMessage>,
    /// Private chats: my message id → (the other account, its id for the same message).
    links: HashMap<i32, (i64, i32)>,
    /// Sent messages by random_id.
    random_ids: HashMap<i64, i32>,
}

impl Default for Mailbox {
    fn default() -> Self {
        Self {
            pts: FIRST_PTS,
            seq: FIRST_SEQ,
            next_id: 1,
            entries: Vec::new(),
            messages: BTreeMap::new(),
            links: HashMap::new(),
            random_ids: HashMap::new(),
        }
    }
}

impl Mailbox {
    /// The entries after `pts` (those a client at `pts` misses), oldest first.
    pub(crate) fn after(&self, pts: i32) -> &[Entry] {
        let start = self.entries.partition_point(|e| e.pts <= pts);
        self.entries.get(start..).unwrap_or_default()
    }

    /// The date of the latest change, if any.
    pub(crate) fn last_date(&self) -> Option<i32> {
        self.entries.last().map(|e| e.date)
    }

    fn store(&mut self, mut message: StoredMessage) -> i32 {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        message.id = id;
        self.messages.insert(id, message);
        id
    }

    fn record(&mut self, change: Change, pts_count: i32, date: i32, container: bool) -> Applied {
        self.pts = self.pts.saturating_add(pts_count);
        if container {
            self.seq = self.seq.saturating_add(1);
        }
        let id = match &change {
            Change::NewMessage(id) | Change::EditMessage(id) => *id,
            Change::DeleteMessages(ids) => ids.first().copied().unwrap_or(0),
        };
        self.entries.push(Entry {
            pts: self.pts,
            pts_count,
            seq: self.seq,
            date,
            change: change.clone(),
        });
        Applied {
            owner: 0,
            id,
            pts: self.pts,
            pts_count,
            seq: container.then_some(self.seq),
            date,
            change,
        }
    }
}

/// A private message as both sides got it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sent {
    pub(crate) sender: Applied,
    /// `None` when the sender wrote to itself (one copy) or for a repeated random_id.
    pub(crate) recipient: Option<Applied>,
    /// Whether the random_id was seen before (nothing new was stored).
    pub(crate) repeated: bool,
}

/// Every account's and channel's log.
#[derive(Debug, Default)]
pub(crate) struct UpdatesLog {
    accounts: HashMap<i64, Mailbox>,
    channels: HashMap<i64, Mailbox>,
}

impl UpdatesLog {
    /// An account's log (created empty on first use).
    pub(crate) fn account(&mut self, id: i64) -> &mut Mailbox {
        self.accounts.entry(id).or_default()
    }

    /// A channel's log (created empty on first use).
    pub(crate) fn channel(&mut self, id: i64) -> &mut Mailbox {
        self.channels.entry(id).or_default()
    }

    /// Channels with changes dated `date` or later, with their pts.
    pub(crate) fn channels_changed_since(&self, date: i32) -> Vec<(i64, i32)> {
        let mut changed: Vec<(i64, i32)> = self
            .channels
            .iter()
            .filter(|(_, b)| b.last_date().is_some_and(|d| d >= date))
            .map(|(&id, b)| (id, b.pts))
            .collect();
        changed.sort_unstable();
        changed
    }

    /// `from` sends `text` to `to` at `date`. With `sender_container` the sender's copy
    /// goes in an `updates` container (and takes a seq), else as a short form.
    pub(crate) fn send_message(
        &mut self,
        from: i64,
        to: i64,
        text: &str,
        date: i32,
        random_id: Option<i64>,
        sender_container: bool,
    ) -> Sent {
        self.send_with_media(from, to, text, None, date, random_id, sender_container)
    }

    /// [`UpdatesLog::send_message`] with a document attached.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn send_with_media(
        &mut self,
        from: i64,
        to: i64,
        text: &str,
        media: Option<StoredDocument>,
        date: i32,
        random_id: Option<i64>,
        sender_container: bool,
    ) -> Sent {
        if let Some(random_id) = random_id {
            let sender = self.account(from);
            if let Some(&id) = sender.random_ids.get(&random_id)
                && let Some(entry) = sender
                    .entries
                    .iter()
                    .find(|e| e.change == Change::NewMessage(id))
            {
                return Sent {
                    sender: Applied {
                        owner: from,
                        id,
                        pts: entry.pts,
                        pts_count: entry.pts_count,
                        seq: sender_container.then_some(entry.seq),
                        date: entry.date,
                        change: entry.change.clone(),
                    },
                    recipient: None,
                    repeated: true,
                };
            }
        }
        let copy = |out: bool, peer: i64| StoredMessage {
            id: 0,
            peer: Peer::User(peer),
            from: Some(from),
            out,
            date,
            text: text.to_owned(),
            edit_date: None,
            media: media.clone(),
        };
        let sender_box = self.account(from);
        let sender_id = sender_box.store(copy(true, to));
        if let Some(random_id) = random_id {
            sender_box.random_ids.insert(random_id, sender_id);
        }
        let mut sender =
            sender_box.record(Change::NewMessage(sender_id), 1, date, sender_container);
        sender.owner = from;
        if from == to {
            return Sent {
                sender,
                recipient: None,
                repeated: false,
            };
        }
        let recipient_box = self.account(to);
        let recipient_id = recipient_box.store(copy(false, from));
        recipient_box.links.insert(recipient_id, (from, sender_id));
        let mut recipient = recipient_box.record(Change::NewMessage(recipient_id), 1, date, false);
        recipient.owner = to;
        self.account(from)
            .links
            .insert(sender_id, (to, recipient_id));
        Sent {
            sender,
            recipient: Some(recipient),
            repeated: false,
        }
    }

    /// `account` edits its message `id` in the chat with `peer`: both copies change.
    pub(crate) fn edit_message(
        &mut self,
        account: i64,
        peer: i64,
        id: i32,
        text: &str,
        date: i32,
    ) -> Result<Vec<Applied>, LogError> {
        let unknown = LogError::UnknownMessage { owner: account, id };
        let own = self.account(account);
        let message = own.messages.get_mut(&id).ok_or(unknown.clone())?;
        if message.peer != Peer::User(peer) {
            return Err(unknown);
        }
        let mut copies = vec![(account, id)];
        copies.extend(own.links.get(&id).copied());
        let mut applied = Vec::new();
        for (owner, id) in copies {
            let b = self.account(owner);
            if let Some(m) = b.messages.get_mut(&id) {
                m.text = text.to_owned();
                m.edit_date = Some(date);
                let mut a = b.record(Change::EditMessage(id), 1, date, true);
                a.owner = owner;
                applied.push(a);
            }
        }
        Ok(applied)
    }

    /// `account` deletes its messages `ids` (for both sides of each private chat).
    /// Ids it does not have are skipped; none at all is an error.
    pub(crate) fn delete_messages(
        &mut self,
        account: i64,
        ids: &[i32],
        date: i32,
    ) -> Result<Vec<Applied>, LogError> {
        let mut by_owner: BTreeMap<i64, Vec<i32>> = BTreeMap::new();
        let own = self.account(account);
        for &id in ids {
            if own.messages.remove(&id).is_some() {
                by_owner.entry(account).or_default().push(id);
                if let Some((other, other_id)) = own.links.remove(&id) {
                    by_owner.entry(other).or_default().push(other_id);
                }
            }
        }
        let Some(first) = ids.first() else {
            return Err(LogError::UnknownMessage {
                owner: account,
                id: 0,
            });
        };
        if by_owner.is_empty() {
            return Err(LogError::UnknownMessage {
                owner: account,
                id: *first,
            });
        }
        // The account itself first.
        let mut order: Vec<i64> = vec![account];
        order.extend(by_owner.keys().copied().filter(|&o| o != account));
        let mut applied = Vec::new();
        for owner in order {
            let Some(ids) = by_owner.remove(&owner) else {
                continue;
            };
            let b = self.account(owner);
            for id in &ids {
                b.messages.remove(id);
                b.links.remove(id);
            }
            let count = i32::try_from(ids.len()).unwrap_or(i32::MAX);
            let mut a = b.record(Change::DeleteMessages(ids), count, date, true);
            a.owner = owner;
            applied.push(a);
        }
        Ok(applied)
    }

    /// A post in `channel`.
    #[cfg(test)]
    pub(crate) fn channel_post(&mut self, channel: i64, text: &str, date: i32) -> Applied {
        self.channel_message(channel, None, text, date)
    }

    /// A message in `channel`, written by account `from` (a post when `None`).
    pub(crate) fn channel_message(
        &mut self,
        channel: i64,
        from: Option<i64>,
        text: &str,
        date: i32,
    ) -> Applied {
        let b = self.channel(channel);
        let id = b.store(StoredMessage {
            id: 0,
            peer: Peer::Channel(channel),
            from,
            out: false,
            date,
            text: text.to_owned(),
            edit_date: None,
            media: None,
        });
        let mut a = b.record(Change::NewMessage(id), 1, date, false);
        a.owner = channel;
        a
    }

    /// The accounts with a private chat, each with its latest message (for dialogs).
    pub(crate) fn dialogs_of(&mut self, account: i64) -> Vec<(Peer, StoredMessage)> {
        let mut latest: HashMap<Peer, StoredMessage> = HashMap::new();
        for m in self.account(account).messages.values() {
            let keep = latest.get(&m.peer).is_none_or(|l| l.id < m.id);
            if keep {
                latest.insert(m.peer, m.clone());
            }
        }
        latest.into_iter().collect()
    }
}

#[cfg(test)]
mod tests;
