//! [`Peers`]: the users and chats inside any API value, found without knowing its type.
//!
//! `mtrs-tl-gen` implements [`Peers`] for every generated constructor and boxed type: the
//! ones that hold `User` or `Chat` values (directly, or inside other types, vectors and
//! optional fields, at any depth) hand each of them to a [`Found`]; the others find nothing.
//! Answers, updates, dialogs and messages are all covered, so a client can cache every peer
//! it is sent.

use mtrs_tl::TlString;

use crate::enums;

/// The users and chats collected from a value, in the order met.
#[derive(Debug, Default)]
pub struct Found<'a> {
    /// Every `User` found (`userEmpty` included).
    pub users: Vec<&'a enums::User>,
    /// Every `Chat` found (`chatEmpty`, forbidden chats and channels included).
    pub chats: Vec<&'a enums::Chat>,
}

impl<'a> Found<'a> {
    /// Records a user.
    pub fn user(&mut self, user: &'a enums::User) {
        self.users.push(user);
    }

    /// Records a chat or channel.
    pub fn chat(&mut self, chat: &'a enums::Chat) {
        self.chats.push(chat);
    }
}

/// A value that may hold users and chats.
///
/// ```
/// use mtrs_tl_api::peers::Peers;
/// use mtrs_tl_api::{enums, types};
/// let answer = enums::contacts::ResolvedPeer::ResolvedPeer(types::contacts::ResolvedPeer {
///     peer: enums::Peer::PeerChannel(types::PeerChannel { channel_id: 5 }),
///     chats: vec![enums::Chat::ChatEmpty(types::ChatEmpty { id: 5 })],
///     users: vec![],
/// });
/// let found = answer.peers();
/// assert_eq!((found.users.len(), found.chats.len()), (0, 1));
/// ```
pub trait Peers {
    /// Adds every user and chat inside `self` to `found`.
    fn collect_peers<'a>(&'a self, found: &mut Found<'a>) {
        let _ = found;
    }

    /// Every user and chat inside `self`.
    fn peers(&self) -> Found<'_> {
        let mut found = Found::default();
        self.collect_peers(&mut found);
        found
    }
}

impl<T: Peers> Peers for Vec<T> {
    fn collect_peers<'a>(&'a self, found: &mut Found<'a>) {
        for x in self {
            x.collect_peers(found);
        }
    }
}

impl<T: Peers> Peers for Option<T> {
    fn collect_peers<'a>(&'a self, found: &mut Found<'a>) {
        if let Some(x) = self {
            x.collect_peers(found);
        }
    }
}

impl<T: Peers + ?Sized> Peers for Box<T> {
    fn collect_peers<'a>(&'a self, found: &mut Found<'a>) {
        (**self).collect_peers(found);
    }
}

macro_rules! no_peers {
    ($($t:ty),* $(,)?) => {
        $(impl Peers for $t {})*
    };
}

no_peers!(bool, u8, i32, i64, f64, [u8; 16], [u8; 32], TlString);

// The MTProto service layer's answers (callable through a client too) hold no peers.
no_peers!(
    mtrs_tl::mtproto::enums::ResPQ,
    mtrs_tl::mtproto::enums::ServerDHParams,
    mtrs_tl::mtproto::enums::SetClientDHParamsAnswer,
    mtrs_tl::mtproto::enums::DestroyAuthKeyRes,
    mtrs_tl::mtproto::enums::RpcDropAnswer,
    mtrs_tl::mtproto::enums::FutureSalts,
    mtrs_tl::mtproto::enums::Pong,
    mtrs_tl::mtproto::enums::DestroySessionRes,
);
