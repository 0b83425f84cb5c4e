//! RPC dispatch: peels the invoke wrappers, applies the method faults, and answers each
//! method with real Telegram constructors and error names.

mod account;
mod auth;
mod bind;
mod contacts;
mod help;
mod langpack;
mod lenient;
mod login;
mod login_token;
mod media;
mod messages;
mod mtproto;
mod password;
mod updates;
mod upload;
mod users;

use mtrs_proto::RpcError;
use mtrs_tl::{Deserialize, Identifiable, RawTl, Serialize, constructor_of};
use mtrs_tl_api::functions;

use crate::dc::DcShared;
use crate::events::Event;
use crate::state::Shared;

/// The answer to a query: TL bytes or an RPC error.
pub(crate) type Answer = Result<Vec<u8>, RpcError>;

/// What a method handler may look at.
pub(crate) struct RpcCtx<'a> {
    pub(crate) shared: &'a Shared,
    pub(crate) dc: &'a DcShared,
    pub(crate) key_id: u64,
    pub(crate) conn: u64,
    /// The query's msg_id and session (for `auth.bindTempAuthKey`).
    pub(crate) msg_id: i64,
    pub(crate) session_id: i64,
    /// Updates the query causes for other sessions, pushed once the query's session is
    /// unlocked.
    pub(crate) pushes: Vec<crate::push_faults::Pending>,
    /// Set by [`dispatch`] when the query subscribes its session to updates: an API
    /// method not wrapped in `invokeWithoutUpdates`, as on Telegram.
    pub(crate) subscribes: bool,
}

impl RpcCtx<'_> {
    /// The logged-in user, or `401 AUTH_KEY_UNREGISTERED`.
    pub(crate) fn user(&self) -> Result<i64, RpcError> {
        self.dc
            .user_of(self.key_id)
            .ok_or_else(|| RpcError::new(401, "AUTH_KEY_UNREGISTERED"))
    }
}

/// Parses a whole query as `T`, or answers `400 INPUT_FETCH_FAIL`.
/// A query that does not parse as declared is tried with input peers read as the input
/// users or channels they stand for, as Telegram does ([`lenient`]).
pub(crate) fn parse<T: Deserialize>(body: &[u8]) -> Result<T, RpcError> {
    T::from_bytes(body).or_else(|_| {
        lenient::readings(body)
            .iter()
            .find_map(|b| T::from_bytes(b).ok())
            .ok_or_else(|| RpcError::new(400, "INPUT_FETCH_FAIL"))
    })
}

/// Serializes an answer.
pub(crate) fn ok<T: Serialize>(value: &T) -> Answer {
    Ok(value.to_bytes())
}

/// The TL name of a method id (`help.getConfig`), or its hex id.
pub(crate) fn method_name(id: u32) -> String {
    mtrs_tl_api::name_for_id(id)
        .or_else(|| mtrs_tl::name_for_id(id))
        .map_or_else(|| format!("#{id:08x}"), str::to_owned)
}

/// Answers one query (after the connection removed `gzip_packed`).
pub(crate) fn dispatch(ctx: &mut RpcCtx<'_>, body: &[u8]) -> Answer {
    let mut body = body.to_vec();
    let mut without_updates = false;
    // Peel the wrappers (at most a few levels; a loop bounded by the body length).
    for _ in 0..8 {
        let Some(id) = constructor_of(&body) else {
            break;
        };
        let inner = match id {
            functions::InvokeWithLayer::<()>::CONSTRUCTOR_ID => {
                parse::<functions::InvokeWithLayer<RawTl>>(&body).map(|w| {
                    if let Some(key) = ctx.dc.keys.lock().get_mut(&ctx.key_id) {
                        key.layer = Some(w.layer);
                    }
                    w.query.0
                })
            }
            functions::InitConnection::<()>::CONSTRUCTOR_ID => {
                parse::<functions::InitConnection<RawTl>>(&body).map(|w| w.query.0)
            }
            functions::InvokeWithoutUpdates::<()>::CONSTRUCTOR_ID => {
                without_updates = true;
                parse::<functions::InvokeWithoutUpdates<RawTl>>(&body).map(|w| w.query.0)
            }
            functions::InvokeAfterMsg::<()>::CONSTRUCTOR_ID => {
                parse::<functions::InvokeAfterMsg<RawTl>>(&body).map(|w| w.query.0)
            }
            _ => break,
        };
        ctx.dc.count(|c| c.count_call(&method_name(id)));
        match inner {
            Ok(inner) => body = inner,
            Err(e) => return finish(ctx, id, Err(e)),
        }
    }
    // A client of an older layer: its query in ours, our answer in its layer.
    let layer = ctx
        .dc
        .keys
        .lock()
        .get(&ctx.key_id)
        .and_then(|k| k.layer)
        .filter(|&l| crate::layers::needs_transcoding(l));
    if let Some(layer) = layer
        && let Ok(up) = crate::layers::query_up(&body, layer)
    {
        body = up;
    }
    let id = constructor_of(&body).unwrap_or(0);
    let name = method_name(id);
    ctx.dc.count(|c| c.count_call(&name));
    ctx.subscribes = !without_updates && !mtproto::is_service(id);
    let answer = match fault(ctx, id, &name) {
        Some(e) => Err(e),
        None => {
            ctx.dc.count(|c| c.count_executed(&name));
            if mtproto::is_service(id) {
                mtproto::answer(ctx, id, &body)
            } else {
                method(ctx, id, &body)
            }
        }
    };
    let answer = match (answer, layer) {
        // An answer the older schema cannot carry goes as it is.
        (Ok(bytes), Some(layer)) if !mtproto::is_service(id) => {
            Ok(crate::layers::answer_down(&bytes, id, layer).unwrap_or(bytes))
        }
        (answer, _) => answer,
    };
    finish(ctx, id, answer)
}

/// Methods answered before a login.
const NO_LOGIN: [&str; 17] = [
    "help.getConfig",
    "help.getNearestDc",
    "help.getAppConfig",
    "langpack.getLangPack",
    "langpack.getDifference",
    "langpack.getStrings",
    "langpack.getLanguages",
    "auth.importBotAuthorization",
    "auth.importAuthorization",
    "auth.bindTempAuthKey",
    "auth.sendCode",
    "auth.signIn",
    "auth.signUp",
    "auth.checkPassword",
    "account.getPassword",
    "auth.exportLoginToken",
    "auth.importLoginToken",
];

/// The error a fault injects for the method `id` (TL name `name`), if any.
fn fault(ctx: &RpcCtx<'_>, id: u32, name: &str) -> Option<RpcError> {
    let (query_error, flood, migrate) = {
        let mut faults = ctx.dc.faults.lock();
        (
            faults.query_error_due(),
            faults.config.flood_wait.get(name).copied(),
            faults.config.user_migrate_to,
        )
    };
    if let Some(e) = query_error {
        let kind = if e.code == 406 {
            "auth_key_duplicated"
        } else {
            "session_revoked"
        };
        ctx.shared.events.push(Event::Fault {
            dc_id: ctx.dc.id,
            kind,
        });
        return Some(e);
    }
    if let Some(seconds) = flood {
        ctx.shared.events.push(Event::Fault {
            dc_id: ctx.dc.id,
            kind: "flood_wait",
        });
        return Some(RpcError::new(420, &format!("FLOOD_WAIT_{seconds}")));
    }
    let migrates = (name == "auth.importBotAuthorization" || !NO_LOGIN.contains(&name))
        && !mtproto::is_service(id);
    if let Some(dc) = migrate
        && migrates
        && dc != ctx.dc.id
    {
        ctx.shared.events.push(Event::Fault {
            dc_id: ctx.dc.id,
            kind: "user_migrate",
        });
        return Some(RpcError::new(303, &format!("USER_MIGRATE_{dc}")));
    }
    None
}

fn method(ctx: &mut RpcCtx<'_>, id: u32, body: &[u8]) -> Answer {
    use functions::{
        account as ac, auth as a, contacts as c, help as h, langpack as l, messages as m,
        updates as u, upload as f, users as us,
    };
    match id {
        h::GetConfig::CONSTRUCTOR_ID => help::get_config(ctx),
        h::GetNearestDc::CONSTRUCTOR_ID => help::get_nearest_dc(ctx),
        h::GetAppConfig::CONSTRUCTOR_ID => help::get_app_config(parse(body)?),
        l::GetLangPack::CONSTRUCTOR_ID => langpack::get_lang_pack(parse(body)?),
        l::GetDifference::CONSTRUCTOR_ID => langpack::get_difference(parse(body)?),
        l::GetStrings::CONSTRUCTOR_ID => langpack::get_strings(parse(body)?),
        l::GetLanguages::CONSTRUCTOR_ID => langpack::get_languages(parse(body)?),
        a::ImportBotAuthorization::CONSTRUCTOR_ID => {
            auth::import_bot_authorization(ctx, parse(body)?)
        }
        a::ExportAuthorization::CONSTRUCTOR_ID => auth::export_authorization(ctx, parse(body)?),
        a::ImportAuthorization::CONSTRUCTOR_ID => auth::import_authorization(ctx, parse(body)?),
        a::LogOut::CONSTRUCTOR_ID => auth::log_out(ctx),
        a::SendCode::CONSTRUCTOR_ID => login::send_code(ctx, parse(body)?),
        a::SignIn::CONSTRUCTOR_ID => login::sign_in(ctx, parse(body)?),
        a::SignUp::CONSTRUCTOR_ID => login::sign_up(ctx, parse(body)?),
        a::CheckPassword::CONSTRUCTOR_ID => password::check_password(ctx, parse(body)?),
        ac::GetPassword::CONSTRUCTOR_ID => password::get_password(ctx),
        a::ExportLoginToken::CONSTRUCTOR_ID => login_token::export_login_token(ctx, parse(body)?),
        a::ImportLoginToken::CONSTRUCTOR_ID => login_token::import_login_token(ctx, parse(body)?),
        a::BindTempAuthKey::CONSTRUCTOR_ID => bind::bind_temp_auth_key(ctx, parse(body)?),
        us::GetUsers::CONSTRUCTOR_ID => users::get_users(ctx, parse(body)?),
        us::GetFullUser::CONSTRUCTOR_ID => users::get_full_user(ctx, parse(body)?),
        ac::UpdateStatus::CONSTRUCTOR_ID => account::update_status(ctx, parse(body)?),
        m::GetDialogs::CONSTRUCTOR_ID => messages::get_dialogs(ctx, parse(body)?),
        m::GetHistory::CONSTRUCTOR_ID => messages::get_history(ctx, parse(body)?),
        m::SendMessage::CONSTRUCTOR_ID => messages::send_message(ctx, parse(body)?),
        m::GetMessages::CONSTRUCTOR_ID => messages::get_messages(ctx, parse(body)?),
        m::SendMedia::CONSTRUCTOR_ID => media::send_media(ctx, parse(body)?),
        c::ResolveUsername::CONSTRUCTOR_ID => contacts::resolve_username(ctx, parse(body)?),
        u::GetState::CONSTRUCTOR_ID => updates::get_state(ctx),
        u::GetDifference::CONSTRUCTOR_ID => updates::get_difference(ctx, parse(body)?),
        u::GetChannelDifference::CONSTRUCTOR_ID => {
            updates::get_channel_difference(ctx, parse(body)?)
        }
        f::GetFile::CONSTRUCTOR_ID => upload::get_file(ctx, parse(body)?),
        f::SaveFilePart::CONSTRUCTOR_ID => upload::save_file_part(ctx, parse(body)?),
        f::SaveBigFilePart::CONSTRUCTOR_ID => upload::save_big_file_part(ctx, parse(body)?),
        _ => Err(RpcError::new(400, "INPUT_METHOD_INVALID")),
    }
}

/// Counts and logs the outcome.
fn finish(ctx: &RpcCtx<'_>, id: u32, answer: Answer) -> Answer {
    let error = answer.as_ref().err().map(|e| match e.value {
        Some(v) => format!("{}_{v}", e.name),
        None => e.name.clone(),
    });
    if let Some(message) = &error {
        ctx.dc.count(|c| c.count_error(message));
    }
    ctx.shared.events.push(Event::Call {
        dc_id: ctx.dc.id,
        conn: ctx.conn,
        method: method_name(id),
        error,
    });
    answer
}
