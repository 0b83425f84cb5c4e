//! A DC's TCP listener: accepts connections and runs each as a task until stopped.

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::conn;
use crate::state::ConnCtx;

/// Accepts connections until `stop` fires (or its sender is gone), then ends every
/// connection task and waits for them.
pub(crate) async fn serve(listener: TcpListener, ctx: ConnCtx, mut stop: watch::Receiver<bool>) {
    let mut conns = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    conns.spawn(conn::run(stream, ctx.clone(), stop.clone()));
                }
            }
            Some(_) = conns.join_next(), if !conns.is_empty() => {}
            _ = stop.changed() => break,
        }
    }
    drop(listener);
    conns.abort_all();
    while conns.join_next().await.is_some() {}
}
