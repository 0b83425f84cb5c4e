//! [`Client::iter_dialogs`]: the account's chats, newest first, paged by
//! (`offset_date`, `offset_id`, `offset_peer`) as `messages.getDialogs` requires.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::SystemTime;

use mtrs_session::{Peer, PeerId, UnixTime};
use mtrs_tl_api::functions::messages::GetDialogs;
use mtrs_tl_api::{enums, types};

use crate::messages::{MAX_PAGE, message_id, peer_id};
use crate::peers::{chat_peer, user_peer};
use crate::{Client, InvokeError, input_peer_of};

/// One chat of the account's list ([`Client::iter_dialogs`]).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Dialog {
    /// The chat.
    pub peer: PeerId,
    /// The chat as the answer gave it (users and chats are in the peer cache).
    pub dialog: types::Dialog,
    /// Its latest message, if the answer carried it.
    pub top_message: Option<enums::Message>,
}

impl Client {
    /// The account's chats, newest first (by latest message), fetched page by page with
    /// `messages.getDialogs` as [`DialogIter::next`] is called. Each page starts after
    /// the last dialog of the one before: its latest message's date and id and the
    /// dialog's peer (`offset_date`, `offset_id`, `offset_peer`), as Telegram requires.
    /// A chat comes once even if a new message moves it up meanwhile. Folders
    /// (`dialogFolder`) and communities are skipped; users and chats of each page go to
    /// the peer cache.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let mut dialogs = client.iter_dialogs();
    /// while let Some(dialog) = dialogs.next().await? {
    ///     println!("{} (latest message {})", dialog.peer, dialog.dialog.top_message);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn iter_dialogs(&self) -> DialogIter {
        DialogIter {
            client: self.clone(),
            page_size: MAX_PAGE,
            offset: None,
            seen: HashSet::new(),
            buffer: VecDeque::new(),
            done: false,
        }
    }
}

/// Where the next page of dialogs starts.
#[derive(Clone, Debug)]
struct Offset {
    date: i32,
    id: i32,
    peer: enums::InputPeer,
    /// The chat `peer` names.
    chat: PeerId,
}

impl Offset {
    fn same_place(&self, other: &Offset) -> bool {
        (self.date, self.id, self.chat) == (other.date, other.id, other.chat)
    }
}

/// The account's chats, newest first ([`Client::iter_dialogs`]).
///
/// Iteration ends after an empty page, a page shorter than asked, an answer holding
/// every dialog (`messages.dialogs`), or a page ending where the one before ended.
#[derive(Debug)]
pub struct DialogIter {
    client: Client,
    page_size: usize,
    offset: Option<Offset>,
    seen: HashSet<PeerId>,
    buffer: VecDeque<Dialog>,
    done: bool,
}

impl DialogIter {
    /// Dialogs asked for per call, 1 to 100 (values outside are clamped); 100 by
    /// default.
    ///
    /// ```no_run
    /// # fn demo(client: mtrs::Client) {
    /// let dialogs = client.iter_dialogs().page_size(20);
    /// # let _ = dialogs;
    /// # }
    /// ```
    pub fn page_size(mut self, size: usize) -> Self {
        self.page_size = size.clamp(1, MAX_PAGE);
        self
    }

    /// The next dialog, `None` after the last one. A failed page can be asked for again
    /// by calling `next` again.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let newest = client.iter_dialogs().next().await?;
    /// # let _ = newest;
    /// # Ok(()) }
    /// ```
    pub async fn next(&mut self) -> Result<Option<Dialog>, InvokeError> {
        while self.buffer.is_empty() && !self.done {
            self.fetch().await?;
        }
        Ok(self.buffer.pop_front())
    }

    async fn fetch(&mut self) -> Result<(), InvokeError> {
        let limit = i32::try_from(self.page_size).unwrap_or(100);
        let (offset_date, offset_id, offset_peer) = match &self.offset {
            Some(o) => (o.date, o.id, o.peer.clone()),
            None => (0, 0, enums::InputPeer::InputPeerEmpty),
        };
        let answer = self
            .client
            .invoke(&GetDialogs {
                exclude_pinned: false,
                folder_id: None,
                offset_date,
                offset_id,
                offset_peer,
                limit,
                hash: 0,
            })
            .await?;
        let (page, complete) = match answer {
            enums::messages::Dialogs::Dialogs(d) => (
                PageParts {
                    dialogs: d.dialogs,
                    messages: d.messages,
                    users: d.users,
                    chats: d.chats,
                },
                true,
            ),
            enums::messages::Dialogs::DialogsSlice(d) => (
                PageParts {
                    dialogs: d.dialogs,
                    messages: d.messages,
                    users: d.users,
                    chats: d.chats,
                },
                false,
            ),
            enums::messages::Dialogs::DialogsNotModified(_) => {
                self.done = true;
                return Ok(());
            }
        };
        let received = page.dialogs.len();
        let next = page.next_offset();
        for dialog in page.into_dialogs() {
            if self.seen.insert(dialog.peer) {
                self.buffer.push_back(dialog);
            }
        }
        let moved = |o: &Offset| self.offset.as_ref().is_none_or(|old| !old.same_place(o));
        match next {
            Some(offset) if !complete && received >= self.page_size && moved(&offset) => {
                self.offset = Some(offset);
            }
            _ => self.done = true,
        }
        Ok(())
    }
}

/// The parts of one `messages.getDialogs` answer.
struct PageParts {
    dialogs: Vec<enums::Dialog>,
    messages: Vec<enums::Message>,
    users: Vec<enums::User>,
    chats: Vec<enums::Chat>,
}

impl PageParts {
    /// The latest message of a dialog.
    fn top_message(&self, peer: PeerId, id: i32) -> Option<&enums::Message> {
        self.messages
            .iter()
            .find(|m| message_id(m) == id && crate::messages::message_peer(m) == Some(peer))
    }

    /// Where the page after this one starts: after its last dialog that is a chat.
    fn next_offset(&self) -> Option<Offset> {
        let last = self.dialogs.iter().rev().find_map(|d| match d {
            enums::Dialog::Dialog(d) => Some(d),
            _ => None,
        })?;
        let peer = peer_id(&last.peer);
        let date = match self.top_message(peer, last.top_message) {
            Some(enums::Message::Message(m)) => m.date,
            Some(enums::Message::MessageService(m)) => m.date,
            _ => 0,
        };
        Some(Offset {
            date,
            id: last.top_message,
            peer: self.input_peer(peer),
            chat: peer,
        })
    }

    /// The input peer of a chat in this page, from the users and chats it carries.
    fn input_peer(&self, peer: PeerId) -> enums::InputPeer {
        let now = UnixTime::from_system_time(SystemTime::now());
        let found: Option<Peer> = match peer {
            PeerId::User(id) => self.users.iter().find_map(|u| match u {
                enums::User::User(u) if u.id == id => Some(user_peer(u, now)),
                _ => None,
            }),
            PeerId::Chat(_) | PeerId::Channel(_) => self
                .chats
                .iter()
                .filter_map(|c| chat_peer(c, now))
                .find(|p| p.id == peer),
        };
        match found {
            Some(p) => input_peer_of(&p),
            // Telegram pages by date and id alone when the peer is not named.
            None => enums::InputPeer::InputPeerEmpty,
        }
    }

    fn into_dialogs(self) -> Vec<Dialog> {
        let mut messages: HashMap<(PeerId, i32), enums::Message> = HashMap::new();
        for m in self.messages {
            if let Some(peer) = crate::messages::message_peer(&m) {
                messages.insert((peer, message_id(&m)), m);
            }
        }
        self.dialogs
            .into_iter()
            .filter_map(|d| match d {
                enums::Dialog::Dialog(d) => Some(d),
                _ => None,
            })
            .map(|dialog| {
                let peer = peer_id(&dialog.peer);
                let top_message = messages.remove(&(peer, dialog.top_message));
                Dialog {
                    peer,
                    dialog,
                    top_message,
                }
            })
            .collect()
    }
}
