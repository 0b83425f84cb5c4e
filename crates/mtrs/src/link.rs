//! One live connection of the client ([`Link`]) and how one is opened.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use mtrs_net::{ConnectionHandle, LinkAuth, LinkEvent, Observer};
use mtrs_proto::TempKeyBinding;
use mtrs_session::{DcState, SessionData, TempAuthKey};
use mtrs_tl::{Deserialize, RawTl, RemoteCall, Serialize};
use mtrs_tl_api::functions::{InitConnection, InvokeWithLayer};
use mtrs_types::builtin::{self, DcSource};
use mtrs_types::{DcId, Salt, ServerSalt, UnixTime};
use tokio::time::Instant;

use crate::hooks::{Hooks, LinkInfo};
use crate::settings::Settings;
use crate::{InvokeError, Pfs};

/// A live connection to one DC, shared by every caller using that DC.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    /// The DC, marked media for a media connection (plain number, no test mark).
    pub dc: DcId,
    pub handle: ConnectionHandle,
    /// Whether this link's MTProto session already carried `initConnection` (the session
    /// outlives reconnects; a new key makes a new link and so a new session).
    inited: Arc<AtomicBool>,
    /// With PFS: when this link's temporary key is due for replacement.
    pub renew_at: Option<Instant>,
}

impl Link {
    pub fn new(dc: DcId, handle: ConnectionHandle) -> Self {
        Self {
            dc,
            handle,
            inited: Arc::new(AtomicBool::new(false)),
            renew_at: None,
        }
    }

    /// Sends a serialized function. The first API call of the link's MTProto session is
    /// wrapped in `invokeWithLayer(initConnection(…))`; MTProto service functions (`ping`,
    /// `get_future_salts`, …) are never wrapped and leave the session uninitialised.
    /// `body` is shared, never copied, on its way to the packet (the wrapped first call
    /// is the one exception: it is serialized anew inside its wrapper).
    pub async fn invoke_raw(
        &self,
        settings: &Settings,
        body: mtrs_proto::Bytes,
    ) -> Result<Vec<u8>, InvokeError> {
        let wrap = !is_service_function(&body) && !self.inited.swap(true, Ordering::AcqRel);
        let body = if wrap {
            let init = &settings.config.init;
            InvokeWithLayer {
                layer: mtrs_tl_api::LAYER,
                query: InitConnection {
                    api_id: settings.api_id,
                    device_model: init.device_model.as_str().into(),
                    system_version: init.system_version.as_str().into(),
                    app_version: init.app_version.as_str().into(),
                    system_lang_code: init.system_lang_code.as_str().into(),
                    lang_pack: init.lang_pack.as_str().into(),
                    lang_code: init.lang_code.as_str().into(),
                    proxy: None,
                    params: None,
                    query: RawTl(body.to_vec()),
                },
            }
            .to_bytes()
            .into()
        } else {
            body
        };
        let after = settings.config.request_timeout;
        match tokio::time::timeout(after, self.handle.invoke_raw(body)).await {
            Ok(result) => Ok(result?),
            Err(_) => Err(InvokeError::Timeout { after }),
        }
    }

    /// Sends a typed function and decodes its answer.
    pub async fn invoke<R: RemoteCall>(
        &self,
        settings: &Settings,
        request: &R,
    ) -> Result<R::Return, InvokeError> {
        let bytes = self.invoke_raw(settings, request.to_bytes().into()).await?;
        decode::<R::Return>(&bytes)
    }
}

/// Whether `body` is a function of the MTProto service layer (`mtproto.tl`), which
/// Telegram takes outside any `invokeWith…`/`initConnection` wrapper.
fn is_service_function(body: &[u8]) -> bool {
    mtrs_tl::constructor_of(body).is_some_and(|id| mtrs_tl::mtproto::name_for_id(id).is_some())
}

/// Decodes an answer.
pub(crate) fn decode<T: Deserialize>(bytes: &[u8]) -> Result<T, InvokeError> {
    T::from_bytes(bytes).map_err(|source| InvokeError::Decode {
        context: "an RPC result",
        source,
    })
}

/// Where DC `dc` is (a media DC prefers a media-only endpoint): the override table,
/// else what the session recorded, else the `help.getConfig` options, else Telegram's
/// built-in table.
pub(crate) fn resolve(
    settings: &Settings,
    data: &SessionData,
    dc: DcId,
) -> Result<SocketAddr, InvokeError> {
    let unknown = || InvokeError::UnknownDc { dc };
    if let Some(table) = &settings.config.dc_table {
        return table.find(dc).ok_or_else(unknown);
    }
    let number = dc.number();
    let parse = |ip: &str, port: u16| {
        ip.parse::<IpAddr>()
            .ok()
            .map(|ip| SocketAddr::new(ip, port))
    };
    let option = |media_only: bool| {
        data.dc_options
            .iter()
            .find(|o| o.dc_id.number() == number && o.media_only == media_only && !o.ipv6 && !o.cdn)
            .and_then(|o| parse(&o.address, o.port))
    };
    if dc.is_media()
        && let Some(addr) = option(true)
    {
        return Ok(addr);
    }
    if let Some(state) = data.dcs.get(&dc.plain())
        && let (Some(ip), Some(port)) = (&state.address, state.port)
        && let Some(addr) = parse(ip, port)
    {
        return Ok(addr);
    }
    if let Some(addr) = option(false) {
        return Ok(addr);
    }
    builtin::ipv4(
        number.unsigned_abs(),
        settings.config.test_mode,
        DcSource::Pyrogram,
    )
    .map(|ip| SocketAddr::new(IpAddr::V4(ip), builtin::DEFAULT_PORT))
    .ok_or_else(unknown)
}

/// The salt to start a connection with: one valid now, else 0 (the server corrects it).
fn current_salt(state: &DcState) -> Salt {
    let now = UnixTime::from_system_time(SystemTime::now());
    let server_now = UnixTime(now.0 + state.time_offset.as_secs());
    state
        .server_salts
        .iter()
        .find(|s| s.is_valid_at(server_now))
        .map_or(Salt(0), |s| s.salt)
}

/// Records a connection's salt and time offset in its DC's state.
pub(crate) fn record_link_state(state: &mut DcState, link: &Link) {
    let s = link.handle.state();
    if s.salt.0 == 0 {
        return;
    }
    let now = UnixTime::from_system_time(SystemTime::now()).0 + s.time_offset.as_secs();
    state.time_offset = s.time_offset;
    // The salt in use, valid until the first announced one takes over (or the usual 30
    // minutes), then every announced future salt: a session reopened within their
    // validity needs no bad_server_salt round trip.
    let future = link.handle.future_salts();
    let until = future
        .iter()
        .map(|f| f.valid_since.0)
        .filter(|&t| t > now)
        .min()
        .unwrap_or(now + 1800);
    state.server_salts = vec![ServerSalt {
        salt: s.salt,
        valid_since: UnixTime(now - 60),
        valid_until: UnixTime(until.max(now + 60)),
    }];
    state.server_salts.extend(
        future
            .into_iter()
            .filter(|f| f.salt != s.salt && f.valid_until.0 > now),
    );
}

/// The id that names `dc` on the wire (test servers: +10000).
fn wire_id(settings: &Settings, dc: DcId) -> DcId {
    if settings.config.test_mode {
        dc.test()
    } else {
        dc
    }
}

/// Records a new key's first salt, time offset and the DC's address in `state`.
fn record_new_key(
    settings: &Settings,
    data: &SessionData,
    dc: DcId,
    created: mtrs_proto::auth::Created,
    state: &mut DcState,
) {
    tracing::debug!(%dc, key = ?created.auth_key.id(), "created an auth key");
    state.auth_key = Some(created.auth_key);
    state.time_offset = created.time_offset;
    let now = UnixTime::from_system_time(SystemTime::now()).0 + created.time_offset.as_secs();
    state.server_salts = vec![ServerSalt {
        salt: created.salt,
        valid_since: UnixTime(now - 60),
        valid_until: UnixTime(now + 1800),
    }];
    if state.address.is_none()
        && let Ok(addr) = resolve(settings, data, dc.regular())
    {
        state.address = Some(addr.ip().to_string());
        state.port = Some(addr.port());
    }
}

/// Makes sure `state` has an auth key for `dc` (a plain DC id), running a key exchange
/// on a connection of its own if not. Returns whether a new key was made.
async fn ensure_key(
    settings: &Settings,
    data: &SessionData,
    dc: DcId,
    state: &mut DcState,
) -> Result<bool, InvokeError> {
    if state.auth_key.is_some() {
        return Ok(false);
    }
    let addr = resolve(settings, data, dc.regular())?;
    let created = mtrs_net::exchange_auth_key(
        addr,
        settings.link_config(),
        wire_id(settings, dc.regular()),
        settings.rsa_keys.clone(),
    )
    .await?;
    record_new_key(settings, data, dc, created, state);
    Ok(true)
}

/// A connection's handle and task, and whether a new auth key was made for it (then
/// `state` holds it and should be persisted).
pub(crate) type Opened = (Link, tokio::task::JoinHandle<()>, bool);

/// Connects to `dc` (media-marked for a media connection) and spawns the connection's
/// task. Without a key in `state`, a regular connection runs the key exchange and carries
/// on encrypted on the same TCP connection; a media one makes the key first on the
/// regular endpoint.
pub(crate) async fn open(
    settings: &Arc<Settings>,
    hooks: &Arc<Hooks>,
    data: &SessionData,
    dc: DcId,
    state: &mut DcState,
) -> Result<Opened, InvokeError> {
    let addr = resolve(settings, data, dc)?;
    let observer = observer(hooks.clone(), LinkInfo { dc });
    let config = settings.link_config().clone();
    if let Some(pfs) = settings.config.pfs {
        return open_temp(settings, data, dc, state, pfs, addr, observer).await;
    }
    if state.auth_key.is_none() && !dc.is_media() {
        let (created, handle, driver) = mtrs_net::connect_with_new_key(
            addr,
            config,
            wire_id(settings, dc),
            settings.rsa_keys.clone(),
            Some(observer),
        )
        .await?;
        record_new_key(settings, data, dc, created, state);
        let task = tokio::spawn(driver.run());
        return Ok((Link::new(dc, handle), task, true));
    }
    let new_key = ensure_key(settings, data, dc.plain(), state).await?;
    let Some(auth_key) = state.auth_key.clone() else {
        return Err(InvokeError::SignIn {
            detail: "no auth key for the DC",
        });
    };
    let auth = LinkAuth {
        dc: wire_id(settings, dc),
        auth_key,
        salt: current_salt(state),
        future_salts: state.server_salts.clone(),
        time_offset: Some(state.time_offset),
    };
    let (handle, driver) = mtrs_net::connect(addr, config, auth, Some(observer)).await?;
    let task = tokio::spawn(driver.run());
    Ok((Link::new(dc, handle), task, new_key))
}

/// Opens a connection on a temporary key (PFS): the stored one while it has more than
/// `renew_before` left, else a new one made on the connection and bound to the permanent
/// key (made first, on a connection of its own, if the DC has none) before anything else
/// is sent. The permanent key encrypts nothing but the binding message.
async fn open_temp(
    settings: &Arc<Settings>,
    data: &SessionData,
    dc: DcId,
    state: &mut DcState,
    pfs: Pfs,
    addr: SocketAddr,
    observer: Observer,
) -> Result<Opened, InvokeError> {
    let mut changed = ensure_key(settings, data, dc.plain(), state).await?;
    let Some(perm_key) = state.auth_key.clone() else {
        return Err(InvokeError::SignIn {
            detail: "no auth key for the DC",
        });
    };
    let config = settings.link_config().clone();
    let server_now =
        |offset: i64| UnixTime(UnixTime::from_system_time(SystemTime::now()).0 + offset);
    let stored = state
        .temp_auth_key
        .as_ref()
        .filter(|t| pfs.still_good(t.expires_at, server_now(state.time_offset.as_secs())))
        .map(|t| (t.key.clone(), t.expires_at));
    let (handle, task, expires_at) = match stored {
        Some((key, expires_at)) => {
            let auth = LinkAuth {
                dc: wire_id(settings, dc),
                auth_key: key,
                salt: current_salt(state),
                future_salts: state.server_salts.clone(),
                time_offset: Some(state.time_offset),
            };
            let (handle, driver) = mtrs_net::connect(addr, config, auth, Some(observer)).await?;
            (handle, tokio::spawn(driver.run()), expires_at)
        }
        None => {
            let lifetime = pfs.lifetime();
            let (created, handle, driver) = mtrs_net::connect_with_new_temp_key(
                addr,
                config,
                wire_id(settings, dc),
                settings.rsa_keys.clone(),
                lifetime,
                Some(observer),
            )
            .await?;
            let task = tokio::spawn(driver.run());
            let secs = i64::try_from(lifetime.as_secs()).unwrap_or(i64::MAX);
            let expires_at = UnixTime(
                server_now(created.time_offset.as_secs())
                    .0
                    .saturating_add(secs),
            );
            let binding = TempKeyBinding {
                nonce: rand::random(),
                expires_at: i32::try_from(expires_at.0).unwrap_or(i32::MAX),
            };
            let after = settings.config.request_timeout;
            let bound = tokio::time::timeout(after, handle.bind_temp_key(perm_key, binding)).await;
            let bound = match bound {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(InvokeError::from(e)),
                Err(_) => Err(InvokeError::Timeout { after }),
            };
            if let Err(e) = bound {
                handle.close().await;
                let _ = task.await;
                return Err(e);
            }
            tracing::debug!(%dc, key = ?created.auth_key.id(), "bound a temporary auth key");
            let now = server_now(created.time_offset.as_secs()).0;
            state.time_offset = created.time_offset;
            state.server_salts = vec![ServerSalt {
                salt: created.salt,
                valid_since: UnixTime(now - 60),
                valid_until: UnixTime(now + 1800),
            }];
            state.temp_auth_key = Some(TempAuthKey {
                key: created.auth_key,
                expires_at,
            });
            changed = true;
            (handle, task, expires_at)
        }
    };
    let margin = i64::try_from(pfs.renew_before.as_secs()).unwrap_or(i64::MAX);
    let left = expires_at
        .0
        .saturating_sub(margin)
        .saturating_sub(server_now(state.time_offset.as_secs()).0);
    let mut link = Link::new(dc, handle);
    link.renew_at = Some(Instant::now() + Duration::from_secs(left.max(0).unsigned_abs()));
    Ok((link, task, changed))
}

fn observer(hooks: Arc<Hooks>, info: LinkInfo) -> Observer {
    Arc::new(move |event| match event {
        LinkEvent::Disconnected { reason } => {
            tracing::info!(dc = %info.dc, ?reason, "disconnected");
            hooks.disconnected(info);
        }
        LinkEvent::Reconnected => {
            tracing::info!(dc = %info.dc, "reconnected");
            hooks.reconnected(info);
        }
        LinkEvent::AuthKeyRejected => {
            tracing::warn!(dc = %info.dc, "the server rejected the auth key");
            // The connection is down until a new key brings it back.
            hooks.disconnected(info);
        }
        LinkEvent::Update(bytes) => hooks.update(bytes),
        _ => {}
    })
}
