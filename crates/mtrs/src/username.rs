//! [`Client::resolve_username`]: a username to a [`Peer`], from the peer cache when it
//! holds a fresh, full copy, else with `contacts.resolveUsername`.

use std::time::SystemTime;

use mtrs_session::{Peer, PeerId, PeerKey, UnixTime, normalize_username};
use mtrs_tl::RemoteCall;
use mtrs_tl_api::enums;
use mtrs_tl_api::functions::contacts::ResolveUsername;
use mtrs_tl_api::peers::Peers;

use crate::peers::{chat_peer, user_peer};
use crate::{Client, InvokeError};

impl Client {
    /// The user, bot or channel holding `username` (case and a leading `@` do not
    /// matter).
    ///
    /// With [`Config::save_peers`](crate::Config::save_peers) on, the peer cache is asked
    /// first: a peer with a full access hash seen within
    /// [`Config::username_ttl`](crate::Config::username_ttl) costs no request. Otherwise
    /// `contacts.resolveUsername` is sent and its answer cached. With `save_peers` off the
    /// cache is neither read nor written. A cached answer the server later rejects is
    /// refreshed by [`Client::refresh_username`] ([`Client::invoke_with_username`] does
    /// it for you). A username the server says is free (`USERNAME_NOT_OCCUPIED`) is
    /// dropped from the cached peer that claimed it.
    ///
    /// Errors: the server's (`USERNAME_NOT_OCCUPIED`, `USERNAME_INVALID`, …) as
    /// [`InvokeError::Rpc`]; [`InvokeError::MalformedAnswer`] if the answer does not
    /// hold the peer it names.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let peer = client.resolve_username("@durov").await?;
    /// println!("{} has access hash {}", peer.id, peer.access_hash);
    /// # Ok(()) }
    /// ```
    pub async fn resolve_username(&self, username: &str) -> Result<Peer, InvokeError> {
        let name = normalize_username(username);
        if self.settings().config.save_peers
            && !name.is_empty()
            && let Some(peer) = self.cached_username(&name).await?
        {
            return Ok(peer);
        }
        self.ask_username(name).await
    }

    /// Resolves `username` with the server even if the cache holds it, and corrects the
    /// cache: use it when a request built from a cached peer was refused
    /// (`PEER_ID_INVALID`, `CHANNEL_INVALID`…). Errors as in
    /// [`Client::resolve_username`].
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// let peer = client.refresh_username("durov").await?;
    /// # let _ = peer;
    /// # Ok(()) }
    /// ```
    pub async fn refresh_username(&self, username: &str) -> Result<Peer, InvokeError> {
        self.ask_username(normalize_username(username)).await
    }

    /// The cached peer for a normalised username, if it is full and fresh.
    pub(crate) async fn cached_username(&self, name: &str) -> Result<Option<Peer>, InvokeError> {
        let pool = self.pool()?;
        let Some(peer) = pool.lookup_peer(PeerKey::Username(name.to_owned())).await? else {
            return Ok(None);
        };
        let ttl = self.settings().config.username_ttl;
        let age = now().0.saturating_sub(peer.updated_at.0);
        let fresh = u64::try_from(age).is_ok_and(|age| age <= ttl.as_secs());
        let named = peer.usernames.iter().any(|n| n == name);
        Ok((fresh && named && peer.is_full()).then_some(peer))
    }

    /// Sends the request `build` makes from the peer holding `username` (resolved as by
    /// [`Client::resolve_username`]). If the peer came from the cache and the server
    /// rejects it (`PEER_ID_INVALID`, `CHANNEL_INVALID`, `USER_ID_INVALID`,
    /// `CHANNEL_PRIVATE`: a stale hash, or the username moved), the username is resolved
    /// again with the server, the cache corrected, and the request built and sent once
    /// more. Any other error, or a rejection of a freshly resolved peer, is returned.
    ///
    /// ```no_run
    /// # async fn demo(client: mtrs::Client) -> Result<(), mtrs::InvokeError> {
    /// use mtrs::api::functions::messages::GetPeerSettings;
    /// let settings = client
    ///     .invoke_with_username("durov", |peer| GetPeerSettings { peer: mtrs::input_peer_of(peer) })
    ///     .await?;
    /// # let _ = settings;
    /// # Ok(()) }
    /// ```
    pub async fn invoke_with_username<R, F>(
        &self,
        username: &str,
        build: F,
    ) -> Result<R::Return, InvokeError>
    where
        R: RemoteCall,
        R::Return: Peers,
        F: Fn(&Peer) -> R,
    {
        let name = normalize_username(username);
        let cached = if self.settings().config.save_peers && !name.is_empty() {
            self.cached_username(&name).await?
        } else {
            None
        };
        let Some(peer) = cached else {
            let peer = self.ask_username(name).await?;
            return self.invoke(&build(&peer)).await;
        };
        match self.invoke(&build(&peer)).await {
            Err(e) if rejects_peer(&e) => {
                tracing::debug!(peer = %peer.id, "a cached peer was rejected; resolving again");
                let fresh = self.ask_username(name).await?;
                self.invoke(&build(&fresh)).await
            }
            other => other,
        }
    }

    async fn ask_username(&self, name: String) -> Result<Peer, InvokeError> {
        let result = self
            .invoke(&ResolveUsername {
                username: name.as_str().into(),
                referer: None,
            })
            .await;
        match result {
            Ok(answer) => resolved_peer(&answer, now()),
            Err(e) => {
                if e.rpc().is_some_and(|r| r.name == "USERNAME_NOT_OCCUPIED") {
                    self.forget_username(&name).await?;
                }
                Err(e)
            }
        }
    }

    /// Drops `name` from the cached peer claiming it (the server says it is free).
    async fn forget_username(&self, name: &str) -> Result<(), InvokeError> {
        if !self.settings().config.save_peers {
            return Ok(());
        }
        let pool = self.pool()?;
        if let Some(mut peer) = pool.lookup_peer(PeerKey::Username(name.to_owned())).await? {
            peer.usernames.retain(|n| n != name);
            peer.updated_at = now();
            pool.save_peers(vec![peer]).await;
        }
        Ok(())
    }
}

/// Whether the server refused a request because of the peer it names.
fn rejects_peer(e: &InvokeError) -> bool {
    e.rpc().is_some_and(|r| {
        matches!(
            r.name.as_str(),
            "PEER_ID_INVALID" | "CHANNEL_INVALID" | "USER_ID_INVALID" | "CHANNEL_PRIVATE"
        )
    })
}

fn now() -> UnixTime {
    UnixTime::from_system_time(SystemTime::now())
}

/// The peer a `contacts.resolvedPeer` names, built from its users or chats.
pub(crate) fn resolved_peer(
    answer: &enums::contacts::ResolvedPeer,
    now: UnixTime,
) -> Result<Peer, InvokeError> {
    let enums::contacts::ResolvedPeer::ResolvedPeer(r) = answer;
    let wanted = match &r.peer {
        enums::Peer::PeerUser(p) => PeerId::User(p.user_id),
        enums::Peer::PeerChat(p) => PeerId::Chat(p.chat_id),
        enums::Peer::PeerChannel(p) => PeerId::Channel(p.channel_id),
    };
    let users = r.users.iter().filter_map(|u| match u {
        enums::User::User(u) => Some(user_peer(u, now)),
        enums::User::UserEmpty(_) => None,
    });
    let chats = r.chats.iter().filter_map(|c| chat_peer(c, now));
    users
        .chain(chats)
        .find(|p| p.id == wanted)
        .ok_or(InvokeError::MalformedAnswer {
            detail: "contacts.resolvedPeer without the user or chat it names",
        })
}
