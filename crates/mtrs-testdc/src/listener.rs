//! A DC's TCP listener: accepts connections and runs each as a task until stopped.
//!
//! Holds its ground under hostile traffic: at most `Limits::max_connections` connections
//! at once (one more is accepted and closed at once, so the kernel's backlog never fills),
//! and an accept error (`EMFILE`, `ENFILE`, `ENOBUFS`…) pauses accepting with an
//! exponential backoff instead of spinning, while existing connections keep being served.

use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::conn;
use crate::state::ConnCtx;

/// The first pause after an accept error; doubled per consecutive error.
const BACKOFF_MIN: Duration = Duration::from_millis(5);
/// The longest pause after accept errors.
const BACKOFF_MAX: Duration = Duration::from_secs(1);

/// Accepts connections until `stop` fires (or its sender is gone), then ends every
/// connection task and waits for them.
pub(crate) async fn serve(listener: TcpListener, ctx: ConnCtx, mut stop: watch::Receiver<bool>) {
    let mut conns = JoinSet::new();
    let max = ctx.shared.limits.max_connections;
    let mut backoff = Duration::ZERO;
    let mut paused_until: Option<Instant> = None;
    loop {
        let pause = async move {
            match paused_until {
                Some(t) => tokio::time::sleep_until(t).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            accepted = listener.accept(), if paused_until.is_none() => match accepted {
                Ok((stream, _)) => {
                    backoff = Duration::ZERO;
                    if conns.len() >= max {
                        ctx.dc.count(|c| c.connections_refused += 1);
                        drop(stream);
                    } else {
                        conns.spawn(conn::run(stream, ctx.clone(), stop.clone()));
                    }
                }
                Err(_) => {
                    backoff = (backoff * 2).clamp(BACKOFF_MIN, BACKOFF_MAX);
                    paused_until = Some(Instant::now() + backoff);
                }
            },
            () = pause => paused_until = None,
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            _ = stop.changed() => break,
        }
    }
    drop(listener);
    conns.abort_all();
    while conns.join_next().await.is_some() {}
}
