//! Messages of one chat: [`Client::send_message`], [`Client::get_messages`] and
//! [`Client::iter_messages`] (history newest first, paged by `offset_id`).

use std::collections::VecDeque;

use mtrs_session::PeerId;
use mtrs_tl_api::functions::{channels, messages};
use mtrs_tl_api::{enums, types};

use crate::{Client, InvokeError};

/// How many times [`Client::send_message`] sends the same request (same `random_id`)
/// when an attempt fails with a retryable error (timeout, connection failure).
const SEND_ATTEMPTS: u32 = 3;

/// The most messages one `messages.getHistory` page may ask for.
pub(crate) const MAX_PAGE: usize = 100;

/// A message this client sent ([`Client::send_message`]): what the server assigned to
/// it, and what was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SentMessage {
    /// The message id in the chat (per account in private chats, per channel in
    /// channels).
    pub id: i32,
    /// When the server stored it (Unix seconds).
    pub date: i32,
    /// The chat it was sent to.
    pub peer: PeerId,
    /// The text sent.
    pub text: String,
    /// The `random_id` the request carried (the same on every retry).
    pub random_id: i64,
}

impl Client {
    /// Sends the text message `text` to `peer` and returns it as the server stored it.
    /// The peer is named with [`Client::input_peer`], so it must be in the peer cache
    /// ([`Config::save_peers`](crate::Config::save_peers) on, and seen in an answer
    /// before: [`Client::resolve_username`], [`Client::iter_dialogs`], …).
    ///
    /// The request carries a fresh random `random_id`; if an attempt fails with a
    /// retryable error ([`InvokeError::is_retryable`]: a timeout, a dropped connection,
    /// not an RPC error) it is sent again, at most three times in all, with the same
    /// `random_id`, so Telegram stores the message once. The answer
    /// (`updateShortSentMessage`, or `updates` with `updateMessageID`) gives the id and
    /// date.
    ///
    /// Errors: those of [`Client::input_peer`]; the server's (`MESSAGE_EMPTY`,
    /// `CHAT_WRITE_FORBIDDEN`, …) as [`InvokeError::Rpc`];
    /// [`InvokeError::MalformedAnswer`] if the answer does not name the message.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let bob = client.resolve_username("bob").await?;
    /// let sent = client.send_message(bob.id, "hello").await?;
    /// println!("message {} at {}", sent.id, sent.date);
    /// # Ok(()) }
    /// ```
    pub async fn send_message(&self, peer: PeerId, text: &str) -> Result<SentMessage, InvokeError> {
        let request = messages::SendMessage {
            no_webpage: false,
            silent: false,
            background: false,
            clear_draft: false,
            noforwards: false,
            update_stickersets_order: false,
            invert_media: false,
            allow_paid_floodskip: false,
            peer: self.input_peer(peer).await?,
            reply_to: None,
            message: text.into(),
            random_id: rand::random(),
            reply_markup: None,
            entities: None,
            schedule_date: None,
            schedule_repeat_period: None,
            send_as: None,
            quick_reply_shortcut: None,
            effect: None,
            allow_paid_stars: None,
            suggested_post: None,
            rich_message: None,
        };
        let mut attempt = 1;
        let answer = loop {
            match self.invoke(&request).await {
                Err(e) if e.is_retryable() && e.rpc().is_none() && attempt < SEND_ATTEMPTS => {
                    tracing::debug!(error = %e, attempt, "sendMessage failed; sending it again");
                    attempt += 1;
                }
                other => break other?,
            }
        };
        let (id, date) =
            sent_id_and_date(&answer, request.random_id).ok_or(InvokeError::MalformedAnswer {
                detail: "messages.sendMessage answer without the sent message",
            })?;
        Ok(SentMessage {
            id,
            date,
            peer,
            text: text.to_owned(),
            random_id: request.random_id,
        })
    }

    /// The messages `ids` of chat `peer`, in the order asked; an id the chat does not
    /// have comes back as `messageEmpty`. A channel is asked with `channels.getMessages`,
    /// anything else with `messages.getMessages` (private chats and basic groups share
    /// the account's id space).
    ///
    /// Errors: those of [`Client::input_peer`] (channels only) and the server's.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// use mtrs::api::enums::Message;
    /// let found = client.get_messages(mtrs::PeerId::User(777), &[1, 2]).await?;
    /// for m in found {
    ///     if let Message::Message(m) = m {
    ///         println!("{}: {}", m.id, m.message.to_str_lossy());
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_messages(
        &self,
        peer: PeerId,
        ids: &[i32],
    ) -> Result<Vec<enums::Message>, InvokeError> {
        let id: Vec<enums::InputMessage> = ids
            .iter()
            .map(|&id| enums::InputMessage::InputMessageId(types::InputMessageId { id }))
            .collect();
        let answer = match peer {
            PeerId::Channel(channel_id) => {
                let channel = self.input_channel(channel_id).await?;
                self.invoke(&channels::GetMessages { channel, id }).await?
            }
            PeerId::User(_) | PeerId::Chat(_) => self.invoke(&messages::GetMessages { id }).await?,
        };
        Ok(history_page(answer).messages)
    }

    /// The history of chat `peer`, newest first, fetched page by page with
    /// `messages.getHistory` as [`MessageIter::next`] is called. Each page asks for the
    /// messages older than the oldest one seen, so every message comes once, in order,
    /// even when new ones arrive meanwhile (those are not included). Users and chats of
    /// each page go to the peer cache like every answer.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let mut history = client.iter_messages(mtrs::PeerId::User(777)).page_size(50);
    /// while let Some(message) = history.next().await? {
    ///     println!("{}: {:?}", mtrs::message_id(&message), mtrs::message_text(&message));
    /// }
    /// # Ok(()) }
    /// ```
    pub fn iter_messages(&self, peer: PeerId) -> MessageIter {
        MessageIter {
            client: self.clone(),
            peer,
            input: None,
            page_size: MAX_PAGE,
            offset_id: 0,
            buffer: VecDeque::new(),
            done: false,
        }
    }
}

/// The id and date of the message a `messages.sendMessage` answer reports.
fn sent_id_and_date(answer: &enums::Updates, random_id: i64) -> Option<(i32, i32)> {
    let updates = match answer {
        enums::Updates::UpdateShortSentMessage(s) => return Some((s.id, s.date)),
        enums::Updates::Updates(u) => &u.updates,
        enums::Updates::UpdatesCombined(u) => &u.updates,
        _ => return None,
    };
    let id = updates.iter().find_map(|u| match u {
        enums::Update::UpdateMessageId(u) if u.random_id == random_id => Some(u.id),
        _ => None,
    })?;
    let date = updates
        .iter()
        .find_map(|u| {
            let message = match u {
                enums::Update::UpdateNewMessage(n) => &n.message,
                enums::Update::UpdateNewChannelMessage(n) => &n.message,
                _ => return None,
            };
            match message {
                enums::Message::Message(m) if m.id == id => Some(m.date),
                _ => None,
            }
        })
        .unwrap_or(0);
    Some((id, date))
}

/// One page of a `messages.Messages` answer.
struct Page {
    messages: Vec<enums::Message>,
    /// The answer holds the whole chat (`messages.messages`) or says nothing more
    /// (`messages.messagesNotModified`).
    complete: bool,
}

fn history_page(answer: enums::messages::Messages) -> Page {
    match answer {
        enums::messages::Messages::Messages(m) => Page {
            messages: m.messages,
            complete: true,
        },
        enums::messages::Messages::MessagesSlice(m) => Page {
            messages: m.messages,
            complete: false,
        },
        enums::messages::Messages::ChannelMessages(m) => Page {
            messages: m.messages,
            complete: false,
        },
        enums::messages::Messages::MessagesNotModified(_) => Page {
            messages: Vec::new(),
            complete: true,
        },
    }
}

/// A chat's history, newest first ([`Client::iter_messages`]).
///
/// Pages are `messages.getHistory` calls with `offset_id` set to the oldest message seen
/// so far; iteration ends after an empty page, a page shorter than asked, or an answer
/// holding the whole chat. Messages not older than the last one yielded are dropped, so
/// a misbehaving server cannot make it yield a message twice or loop.
#[derive(Debug)]
pub struct MessageIter {
    client: Client,
    peer: PeerId,
    input: Option<enums::InputPeer>,
    page_size: usize,
    /// The oldest message id yielded or buffered (0: none yet).
    offset_id: i32,
    buffer: VecDeque<enums::Message>,
    done: bool,
}

impl MessageIter {
    /// Messages asked for per call, 1 to 100 (values outside are clamped); 100 by
    /// default.
    ///
    /// ```no_run
    /// # fn demo(client: mtrs::Client) {
    /// let history = client.iter_messages(mtrs::PeerId::User(777)).page_size(20);
    /// # let _ = history;
    /// # }
    /// ```
    pub fn page_size(mut self, size: usize) -> Self {
        self.page_size = size.clamp(1, MAX_PAGE);
        self
    }

    /// The next older message, `None` at the end of the history. A failed page can be
    /// asked for again by calling `next` again.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let mut history = client.iter_messages(mtrs::PeerId::User(777));
    /// let newest = history.next().await?;
    /// # let _ = newest;
    /// # Ok(()) }
    /// ```
    pub async fn next(&mut self) -> Result<Option<enums::Message>, InvokeError> {
        if self.buffer.is_empty() && !self.done {
            self.fetch().await?;
        }
        Ok(self.buffer.pop_front())
    }

    async fn fetch(&mut self) -> Result<(), InvokeError> {
        let input = match &self.input {
            Some(input) => input.clone(),
            None => {
                let input = self.client.input_peer(self.peer).await?;
                self.input = Some(input.clone());
                input
            }
        };
        let limit = i32::try_from(self.page_size).unwrap_or(100);
        let answer = self
            .client
            .invoke(&messages::GetHistory {
                peer: input,
                offset_id: self.offset_id,
                offset_date: 0,
                add_offset: 0,
                limit,
                max_id: 0,
                min_id: 0,
                hash: 0,
            })
            .await?;
        let page = history_page(answer);
        let received = page.messages.len();
        for m in page.messages {
            let id = message_id(&m);
            if self.offset_id == 0 || id < self.offset_id {
                self.offset_id = id;
                self.buffer.push_back(m);
            }
        }
        if page.complete || received < self.page_size || self.buffer.is_empty() {
            self.done = true;
        }
        Ok(())
    }
}

/// The id of any `Message` (`message`, `messageService` or `messageEmpty`).
///
/// ```
/// use mtrs::api::{enums::Message, types::MessageEmpty};
/// assert_eq!(mtrs::message_id(&Message::MessageEmpty(MessageEmpty { id: 7, peer_id: None })), 7);
/// ```
pub fn message_id(message: &enums::Message) -> i32 {
    match message {
        enums::Message::Message(m) => m.id,
        enums::Message::MessageService(m) => m.id,
        enums::Message::MessageEmpty(m) => m.id,
    }
}

/// The text of a `message` (`None` for a service or empty message).
///
/// ```
/// use mtrs::api::{enums::Message, types::MessageEmpty};
/// assert_eq!(mtrs::message_text(&Message::MessageEmpty(MessageEmpty { id: 7, peer_id: None })), None);
/// ```
pub fn message_text(message: &enums::Message) -> Option<String> {
    match message {
        enums::Message::Message(m) => Some(m.message.to_str_lossy().into_owned()),
        _ => None,
    }
}

/// The chat a message belongs to (`None` for a `messageEmpty` that does not say).
///
/// ```
/// use mtrs::api::{enums::Message, types::MessageEmpty};
/// assert_eq!(mtrs::message_peer(&Message::MessageEmpty(MessageEmpty { id: 7, peer_id: None })), None);
/// ```
pub fn message_peer(message: &enums::Message) -> Option<PeerId> {
    match message {
        enums::Message::Message(m) => Some(peer_id(&m.peer_id)),
        enums::Message::MessageService(m) => Some(peer_id(&m.peer_id)),
        enums::Message::MessageEmpty(m) => m.peer_id.as_ref().map(peer_id),
    }
}

/// The chat a `Peer` names.
pub(crate) fn peer_id(peer: &enums::Peer) -> PeerId {
    match peer {
        enums::Peer::PeerUser(p) => PeerId::User(p.user_id),
        enums::Peer::PeerChat(p) => PeerId::Chat(p.chat_id),
        enums::Peer::PeerChannel(p) => PeerId::Channel(p.channel_id),
    }
}
