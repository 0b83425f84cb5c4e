//! [`Client::input_peer`], [`Client::input_user`], [`Client::input_channel`]: the
//! `InputPeer`/`InputUser`/`InputChannel` a request needs, built from the peer cache.

use mtrs_session::{Peer, PeerId, PeerKey};
use mtrs_tl_api::{enums, types};

use crate::min_peers::input_peer_from_message;
use crate::{Client, InvokeError};

impl Client {
    /// The cached peer `id`, with a usable access hash.
    ///
    /// Errors: [`InvokeError::UnknownPeer`] if the cache does not hold it (never seen,
    /// or `save_peers` off), [`InvokeError::MinPeer`] if only a `min` hash is known.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let peer = client.cached_peer(mtrs::PeerId::User(777)).await?;
    /// # let _ = peer;
    /// # Ok(()) }
    /// ```
    pub async fn cached_peer(&self, id: PeerId) -> Result<Peer, InvokeError> {
        let peer = self
            .pool()?
            .lookup_peer(PeerKey::Id(id))
            .await?
            .ok_or(InvokeError::UnknownPeer { peer: id })?;
        if !peer.is_full() {
            return Err(InvokeError::MinPeer { peer: id });
        }
        Ok(peer)
    }

    /// The `InputPeer` for `id` from the peer cache: `inputPeerUser`, `inputPeerChat` or
    /// `inputPeerChannel` with the cached access hash. For a peer known only by a `min`
    /// hash, the form naming it through the message it was last seen in
    /// (`inputPeerUserFromMessage` / `inputPeerChannelFromMessage`, see
    /// [`Peer::seen_in`]), with that message's chat named from the cache too.
    ///
    /// Errors: [`InvokeError::UnknownPeer`] if the cache does not hold it (never seen,
    /// or `save_peers` off); [`InvokeError::MinPeer`] if only a `min` hash is known and
    /// no message it was seen in (or that message's chat is not usable either).
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let channel = client.resolve_username("mtrs_news").await?;
    /// let input = client.input_peer(channel.id).await?;
    /// # let _ = input;
    /// # Ok(()) }
    /// ```
    pub async fn input_peer(&self, id: PeerId) -> Result<enums::InputPeer, InvokeError> {
        let peer = self.any_cached_peer(id).await?;
        if peer.is_full() {
            return Ok(input_peer_of(&peer));
        }
        let min = InvokeError::MinPeer { peer: id };
        let Some(seen) = peer.seen_in.filter(|s| s.chat != id) else {
            return Err(min);
        };
        let chat = match self.cached_peer(seen.chat).await {
            Ok(chat) => input_peer_of(&chat),
            Err(InvokeError::UnknownPeer { .. } | InvokeError::MinPeer { .. }) => return Err(min),
            Err(e) => return Err(e),
        };
        input_peer_from_message(id, seen, chat).ok_or(min)
    }

    /// The cached peer `id`, min or not. Errors: [`InvokeError::UnknownPeer`].
    async fn any_cached_peer(&self, id: PeerId) -> Result<Peer, InvokeError> {
        self.pool()?
            .lookup_peer(PeerKey::Id(id))
            .await?
            .ok_or(InvokeError::UnknownPeer { peer: id })
    }

    /// The `InputUser` for user or bot `user_id` from the peer cache
    /// (`inputUserFromMessage` for a min one). Errors as in [`Client::input_peer`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let user = client.input_user(777).await?;
    /// # let _ = user;
    /// # Ok(()) }
    /// ```
    pub async fn input_user(&self, user_id: i64) -> Result<enums::InputUser, InvokeError> {
        let id = PeerId::User(user_id);
        match self.input_peer(id).await? {
            enums::InputPeer::InputPeerUser(u) => {
                Ok(enums::InputUser::InputUser(types::InputUser {
                    user_id,
                    access_hash: u.access_hash,
                }))
            }
            enums::InputPeer::InputPeerUserFromMessage(u) => Ok(
                enums::InputUser::InputUserFromMessage(types::InputUserFromMessage {
                    peer: u.peer,
                    msg_id: u.msg_id,
                    user_id,
                }),
            ),
            _ => Err(InvokeError::UnknownPeer { peer: id }),
        }
    }

    /// The `InputChannel` for channel `channel_id` (bare id) from the peer cache
    /// (`inputChannelFromMessage` for a min one). Errors as in [`Client::input_peer`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let channel = client.input_channel(1_234_567).await?;
    /// # let _ = channel;
    /// # Ok(()) }
    /// ```
    pub async fn input_channel(&self, channel_id: i64) -> Result<enums::InputChannel, InvokeError> {
        let id = PeerId::Channel(channel_id);
        match self.input_peer(id).await? {
            enums::InputPeer::InputPeerChannel(c) => {
                Ok(enums::InputChannel::InputChannel(types::InputChannel {
                    channel_id,
                    access_hash: c.access_hash,
                }))
            }
            enums::InputPeer::InputPeerChannelFromMessage(c) => Ok(
                enums::InputChannel::InputChannelFromMessage(types::InputChannelFromMessage {
                    peer: c.peer,
                    msg_id: c.msg_id,
                    channel_id,
                }),
            ),
            _ => Err(InvokeError::UnknownPeer { peer: id }),
        }
    }
}

/// The `InputPeer` naming `peer` with its access hash (`inputPeerChat` for a basic
/// group). The hash is used as is: check [`Peer::is_full`] for a min one.
///
/// ```
/// use mtrs::{Peer, PeerId, PeerKind, api::enums::InputPeer};
/// let p = Peer::new(PeerId::Channel(5), PeerKind::Channel, 99);
/// assert!(matches!(mtrs::input_peer_of(&p), InputPeer::InputPeerChannel(c) if c.access_hash == 99));
/// ```
pub fn input_peer_of(peer: &Peer) -> enums::InputPeer {
    match peer.id {
        PeerId::User(user_id) => enums::InputPeer::InputPeerUser(types::InputPeerUser {
            user_id,
            access_hash: peer.access_hash,
        }),
        PeerId::Chat(chat_id) => enums::InputPeer::InputPeerChat(types::InputPeerChat { chat_id }),
        PeerId::Channel(channel_id) => {
            enums::InputPeer::InputPeerChannel(types::InputPeerChannel {
                channel_id,
                access_hash: peer.access_hash,
            })
        }
    }
}

/// The `InputUser` naming `peer`, or `None` if it is not a user or bot.
///
/// ```
/// use mtrs::{Peer, PeerId, PeerKind};
/// assert!(mtrs::input_user_of(&Peer::new(PeerId::User(1), PeerKind::User, 2)).is_some());
/// assert!(mtrs::input_user_of(&Peer::new(PeerId::Chat(1), PeerKind::BasicGroup, 0)).is_none());
/// ```
pub fn input_user_of(peer: &Peer) -> Option<enums::InputUser> {
    match peer.id {
        PeerId::User(user_id) => Some(enums::InputUser::InputUser(types::InputUser {
            user_id,
            access_hash: peer.access_hash,
        })),
        _ => None,
    }
}

/// The `InputChannel` naming `peer`, or `None` if it is not a channel.
///
/// ```
/// use mtrs::{Peer, PeerId, PeerKind};
/// assert!(mtrs::input_channel_of(&Peer::new(PeerId::Channel(1), PeerKind::Channel, 2)).is_some());
/// ```
pub fn input_channel_of(peer: &Peer) -> Option<enums::InputChannel> {
    match peer.id {
        PeerId::Channel(channel_id) => {
            Some(enums::InputChannel::InputChannel(types::InputChannel {
                channel_id,
                access_hash: peer.access_hash,
            }))
        }
        _ => None,
    }
}
