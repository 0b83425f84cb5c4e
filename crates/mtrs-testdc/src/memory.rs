//! A DC connection driven in memory instead of through a socket: the same framing, key
//! exchange, session and RPC code as a TCP connection, for fuzzing and simulations.

use crate::conn::ConnState;
use crate::events::Event;
use crate::state::ConnCtx;

/// One connection to a DC of a running [`crate::Cluster`], fed with bytes by the caller.
/// Get one with [`crate::Cluster::memory_connection`].
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), mtrs_testdc::Error> {
/// let cluster = mtrs_testdc::Cluster::builder().dcs(1).start().await?;
/// let mut conn = cluster.memory_connection(mtrs_testdc::DcId::new(1))?;
/// // An intermediate-transport frame holding a plain message that is no handshake step.
/// let mut frame = vec![0xee, 0xee, 0xee, 0xee, 24, 0, 0, 0];
/// frame.extend_from_slice(&[0; 8]); // auth_key_id 0
/// frame.extend_from_slice(&(1u64 << 32).to_le_bytes()); // msg_id
/// frame.extend_from_slice(&4u32.to_le_bytes());
/// frame.extend_from_slice(&[1, 2, 3, 4]);
/// let reply = conn.feed(&frame);
/// assert_eq!(reply, [4, 0, 0, 0, 0x6c, 0xfe, 0xff, 0xff]); // transport error −404
/// assert!(conn.closed().is_some());
/// cluster.shutdown().await;
/// # Ok(())
/// # }
/// ```
pub struct MemoryConnection {
    state: ConnState,
    dc_id: i32,
    conn: u64,
    ctx: ConnCtx,
    closed: Option<String>,
}

impl std::fmt::Debug for MemoryConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryConnection")
            .field("dc_id", &self.dc_id)
            .field("conn", &self.conn)
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}

impl MemoryConnection {
    pub(crate) fn new(ctx: ConnCtx) -> Self {
        let conn = ctx.shared.next_conn_id();
        let dc_id = ctx.dc.id;
        ctx.dc.count(|c| c.connections += 1);
        ctx.shared.events.push(Event::ConnectionOpened {
            dc_id,
            conn,
            media: ctx.media,
        });
        Self {
            state: ConnState::new(ctx.clone(), conn),
            dc_id,
            conn,
            ctx,
            closed: None,
        }
    }

    /// Takes bytes as if received from the client; returns the bytes the server writes
    /// back. Nothing is processed once the connection is closed.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<u8> {
        if self.closed.is_some() {
            return Vec::new();
        }
        let mut copy = bytes.to_vec();
        self.state.on_bytes(&mut copy);
        self.take_output()
    }

    /// Runs due timers (delayed answers, acknowledgements); returns what the server
    /// writes.
    pub fn tick(&mut self) -> Vec<u8> {
        if self.closed.is_some() {
            return Vec::new();
        }
        self.state.on_timer();
        self.take_output()
    }

    /// Why the server closed the connection, if it did.
    pub fn closed(&self) -> Option<&str> {
        self.closed.as_deref()
    }

    fn take_output(&mut self) -> Vec<u8> {
        if let Some(reason) = self.state.close.take() {
            self.closed = Some(reason);
        }
        std::mem::take(&mut self.state.out)
    }
}

impl Drop for MemoryConnection {
    fn drop(&mut self) {
        let reason = self.closed.take().unwrap_or_else(|| "dropped".to_owned());
        self.ctx.shared.events.push(Event::ConnectionClosed {
            dc_id: self.dc_id,
            conn: self.conn,
            reason,
        });
    }
}
