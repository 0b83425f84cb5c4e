//! The cluster's event injection: messages, edits, deletions and channel posts that the
//! update log records and pushes to the live sessions of the accounts they affect, and
//! the push faults.

use super::Cluster;
use crate::error::Error;
use crate::injection::{self, Injected, PushFault, UpdateState};

impl Cluster {
    /// User or bot `from` sends `text` to account `to` (fixture or signed-up accounts).
    /// The recipient's log gets `updateNewMessage` (incoming) and its live sessions
    /// `updateShortMessage`; the sender's log its outgoing copy, pushed to its sessions
    /// in an `updates` container (with its next seq). The answer names the recipient's
    /// message id and pts (first in [`Injected::affected`], the sender's next).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// let first = cluster.send_message(1001, 1002, "hello Bob")?;
    /// assert_eq!((first.id, first.pts), (1, 2));
    /// let second = cluster.send_message(1003, 1002, "hi from Carol")?;
    /// assert_eq!((second.id, second.pts), (2, 3)); // Bob's ids and pts
    /// assert_eq!((second.affected[1].peer, second.affected[1].id), (1003, 1));
    /// assert!(cluster.send_message(1001, 42, "nobody").is_err());
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`] if either account does not exist.
    pub fn send_message(&self, from: i64, to: i64, text: &str) -> Result<Injected, Error> {
        injection::send_message(&self.shared, from, to, text)
    }

    /// `account` edits its message `id` in its chat with `peer`: both copies change, each
    /// account gets `updateEditMessage` (pts_count 1) in an `updates` container.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// let sent = cluster.send_message(1001, 1002, "helo")?;
    /// let alice_id = sent.affected[1].id;
    /// let edit = cluster.edit_message(1001, 1002, alice_id, "hello")?;
    /// assert_eq!(edit.pts, sent.affected[1].pts + 1);
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`], [`Error::UnknownMessage`].
    pub fn edit_message(
        &self,
        account: i64,
        peer: i64,
        id: i32,
        text: &str,
    ) -> Result<Injected, Error> {
        injection::edit_message(&self.shared, account, peer, id, text)
    }

    /// `account` deletes its messages `ids` (for both sides of each private chat): each
    /// account gets `updateDeleteMessages` with its own ids (pts_count = their number).
    /// Ids it does not have are skipped.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// cluster.send_message(1001, 1002, "one")?;
    /// cluster.send_message(1001, 1002, "two")?;
    /// let gone = cluster.delete_messages(1002, &[1, 2])?;
    /// assert_eq!(gone.affected[0].pts_count, 2);
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`], [`Error::UnknownMessage`] if it has none of them.
    pub fn delete_messages(&self, account: i64, ids: &[i32]) -> Result<Injected, Error> {
        injection::delete_messages(&self.shared, account, ids)
    }

    /// A post in a fixture channel: `updateNewChannelMessage` (the channel's next pts,
    /// pts_count 1) in an `updates` container with the channel in `chats`, pushed to the
    /// sessions of every account (every account is a member of every channel).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// let post = cluster.channel_post(5001, "release 1.0")?;
    /// assert_eq!((post.id, post.pts), (1, 2));
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`] if the fixture has no such channel.
    pub fn channel_post(&self, channel: i64, text: &str) -> Result<Injected, Error> {
        injection::channel_post(&self.shared, channel, text)
    }

    /// A message in a fixture channel written by account `from` (a member writing in a
    /// discussion), pushed like [`Cluster::channel_post`]. As on Telegram, the author
    /// reaches other members as a `min` user (`min`, an access hash valid only with the
    /// message: `inputPeerUserFromMessage`), in pushes and in `messages.getHistory`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// let said = cluster.channel_post_from(5001, 1001, "hi all")?;
    /// assert_eq!(said.id, 1);
    /// assert!(cluster.channel_post_from(5001, 42, "nobody").is_err());
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`] if the fixture has no such channel or account.
    pub fn channel_post_from(
        &self,
        channel: i64,
        from: i64,
        text: &str,
    ) -> Result<Injected, Error> {
        injection::channel_message(&self.shared, channel, Some(from), text)
    }

    /// Changes what happens to the next pushes to an account (for a channel id: only
    /// [`PushFault::Drop`], its next posts reach no member). Returns how many held pushes
    /// a [`PushFault::Resume`] sent, else 0. The update log is never changed: a dropped
    /// push is a gap the client fills with `updates.getDifference`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// use mtrs_testdc::PushFault;
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// cluster.push_fault(1002, PushFault::Pause)?;
    /// cluster.send_message(1001, 1002, "held")?;
    /// assert_eq!(cluster.push_fault(1002, PushFault::Resume)?, 1);
    /// cluster.push_fault(5001, PushFault::Drop(1))?;
    /// assert!(cluster.push_fault(5001, PushFault::Pause).is_err());
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`] for an unknown id, or a channel with another fault.
    pub fn push_fault(&self, peer: i64, fault: PushFault) -> Result<usize, Error> {
        injection::push_fault(&self.shared, peer, fault)
    }

    /// The update state of an account (what `updates.getState` answers) or of a fixture
    /// channel (its pts).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), mtrs_testdc::Error> {
    /// let cluster = mtrs_testdc::Cluster::builder().dcs(3).start().await?;
    /// cluster.send_message(1001, 1002, "hi")?;
    /// let bob = cluster.update_state(1002)?;
    /// assert_eq!((bob.pts, bob.qts, bob.seq), (2, 0, 1));
    /// assert_eq!(cluster.update_state(1001)?.seq, 2);
    /// assert_eq!(cluster.update_state(5001)?.pts, 1);
    /// cluster.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownPeer`].
    pub fn update_state(&self, peer: i64) -> Result<UpdateState, Error> {
        injection::update_state(&self.shared, peer)
    }
}
