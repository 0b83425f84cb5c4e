//! Opening the pool's connections: a new DC (key exchange, then the authorization
//! transfer from the home DC), the next home after a migration, and closing what was
//! opened for a runner that is gone.

use std::sync::Arc;

use mtrs_session::SessionData;
use mtrs_tl_api::enums::auth::ExportedAuthorization;
use mtrs_tl_api::functions::auth::{ExportAuthorization, ImportAuthorization};
use mtrs_types::DcId;

use super::{Cmd, Opened};
use crate::InvokeError;
use crate::hooks::Hooks;
use crate::link::{self, Link};
use crate::settings::Settings;

/// Closes a connection that was opened for a runner that is gone.
pub(super) async fn close_opened(cmd: Cmd) {
    if let Cmd::ExtraOpened {
        result: Ok((link, task)),
        ..
    } = cmd
    {
        link.handle.close().await;
        let _ = task.await;
        return;
    }
    if let Cmd::Created {
        result: Ok((link, task, _)),
        ..
    }
    | Cmd::Migrated {
        result: Ok((link, task, _)),
        ..
    }
    | Cmd::Rekeyed {
        result: Ok((link, task, _)),
        ..
    }
    | Cmd::Renewed {
        result: Ok((link, task, _)),
        ..
    } = cmd
    {
        link.handle.close().await;
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}

/// Opens a connection to `dc` (media-marked for a media one) for the pool: key exchange
/// if needed, then (for a non-home DC of a signed-in session) the authorization transfer
/// from `home`.
pub(super) async fn create(
    settings: &Arc<Settings>,
    hooks: &Arc<Hooks>,
    data: &SessionData,
    home: Option<Link>,
    dc: DcId,
) -> Opened {
    let plain = dc.plain();
    let mut state = data.dcs.get(&plain).cloned().unwrap_or_default();
    let (link, task, _) = link::open(settings, hooks, data, dc, &mut state).await?;
    let needs_auth =
        plain != data.home_dc && data.identity.is_some() && !state.authorization_imported;
    if needs_auth {
        let transferred = match &home {
            Some(home) => transfer_auth(settings, home, &link).await,
            None => Err(InvokeError::NotConnected),
        };
        if let Err(e) = transferred {
            link.handle.close().await;
            let _ = task.await;
            return Err(e);
        }
        state.authorization_imported = true;
    }
    Ok((link, Some(task), state))
}

/// Opens the connection that becomes the home one after a migration.
pub(super) async fn open_home(
    settings: &Arc<Settings>,
    hooks: &Arc<Hooks>,
    data: &SessionData,
    to: DcId,
) -> Opened {
    let mut state = data.dcs.get(&to).cloned().unwrap_or_default();
    let (link, task, _) = link::open(settings, hooks, data, to, &mut state).await?;
    Ok((link, Some(task), state))
}

/// How many exports an authorization transfer may take when the target DC refuses the
/// bytes with `AUTH_BYTES_INVALID` (Telegram does so now and then right after an export).
const MAX_TRANSFER_ATTEMPTS: u32 = 3;

/// `auth.exportAuthorization` on the home DC, `auth.importAuthorization` on `target`;
/// `AUTH_BYTES_INVALID` makes a fresh export, at most [`MAX_TRANSFER_ATTEMPTS`] in all,
/// 100 ms then 200 ms apart.
pub(super) async fn transfer_auth(
    settings: &Settings,
    home: &Link,
    target: &Link,
) -> Result<(), InvokeError> {
    let mut attempt = 1;
    loop {
        let ExportedAuthorization::ExportedAuthorization(exported) = home
            .invoke(
                settings,
                &ExportAuthorization {
                    dc_id: target.dc.number(),
                },
            )
            .await?;
        let imported = target
            .invoke(
                settings,
                &ImportAuthorization {
                    id: exported.id,
                    bytes: exported.bytes,
                },
            )
            .await;
        match imported {
            Ok(_) => break,
            Err(InvokeError::Rpc(e))
                if e.name == "AUTH_BYTES_INVALID" && attempt < MAX_TRANSFER_ATTEMPTS =>
            {
                tracing::debug!(dc = %target.dc, attempt, "AUTH_BYTES_INVALID; exporting again");
                tokio::time::sleep(std::time::Duration::from_millis(100 << (attempt - 1))).await;
                attempt += 1;
            }
            Err(e) => return Err(e),
        }
    }
    tracing::debug!(dc = %target.dc, "authorization transferred");
    Ok(())
}
