//! The control interface: JSON lines over TCP on a loopback address, so that scripts in
//! any language can read a running cluster's counters and event log and change its
//! faults ([`ControlServer`], started with [`crate::Cluster::start_control`]).
//!
//! Each request is one line holding a JSON object with a `"cmd"` and its arguments, and
//! optionally an `"id"` echoed in the answer; each answer is one line,
//! `{"ok": true, …}` or `{"ok": false, "error": "…"}`. The commands are listed in
//! `docs/testdc.md`; [`json`] renders and parses their values.

mod json;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde_json::{Map, Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::dc::DcShared;
use crate::error::Error;
use crate::fault_handle::FaultHandle;
use crate::injection::{self, Injected, PushFault};
use crate::state::Shared;

/// The longest request line taken (a longer one is answered with an error, then the
/// connection closes).
const MAX_LINE: usize = 64 * 1024;
/// Control connections served at once; more are answered with an error and closed.
const MAX_CLIENTS: usize = 32;
/// The most events one `events` answer carries.
const MAX_EVENTS: usize = 10_000;
/// The longest an `events` request may wait for a new event.
const MAX_WAIT: Duration = Duration::from_secs(60);

/// A running control interface. Dropping it stops it; [`ControlServer::shutdown`] also
/// waits for its task.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), mtrs_testdc::Error> {
/// use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
/// let cluster = mtrs_testdc::Cluster::builder().dcs(1).start().await?;
/// let control = cluster.start_control("127.0.0.1:0".parse().unwrap()).await?;
/// let mut socket = tokio::net::TcpStream::connect(control.addr()).await.unwrap();
/// socket.write_all(b"{\"cmd\": \"counters\", \"dc\": 1}\n").await.unwrap();
/// let mut line = String::new();
/// BufReader::new(socket).read_line(&mut line).await.unwrap();
/// assert!(line.contains("\"ok\":true"));
/// control.shutdown().await;
/// cluster.shutdown().await;
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct ControlServer {
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl ControlServer {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, closes the control connections and waits for them.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for ControlServer {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Binds `addr` (a loopback address) and serves the control interface of `shared`.
pub(crate) async fn start(shared: Arc<Shared>, addr: SocketAddr) -> Result<ControlServer, Error> {
    if !addr.ip().is_loopback() {
        return Err(Error::NotLoopback { addr });
    }
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| Error::ControlBind { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| Error::ControlBind { addr, source })?;
    let (stop, stop_rx) = watch::channel(false);
    let task = tokio::spawn(accept(listener, shared, stop_rx));
    Ok(ControlServer {
        addr,
        stop,
        task: Some(task),
    })
}

async fn accept(listener: TcpListener, shared: Arc<Shared>, mut stop: watch::Receiver<bool>) {
    let clients = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stop.changed() => break,
        };
        let Ok((stream, _)) = accepted else {
            // Out of descriptors or similar: wait for a connection to end or for the stop.
            tokio::select! {
                () = tokio::time::sleep(Duration::from_millis(100)) => continue,
                _ = stop.changed() => break,
            }
        };
        tasks.retain(|t: &JoinHandle<()>| !t.is_finished());
        let guard = ClientGuard::enter(&clients);
        tasks.push(tokio::spawn(serve(
            stream,
            shared.clone(),
            stop.clone(),
            guard,
        )));
    }
    for task in tasks {
        let _ = task.await;
    }
}

/// Counts a control connection while it lives.
struct ClientGuard {
    clients: Arc<AtomicUsize>,
    over: bool,
}

impl ClientGuard {
    fn enter(clients: &Arc<AtomicUsize>) -> Self {
        let before = clients.fetch_add(1, Ordering::SeqCst);
        Self {
            clients: clients.clone(),
            over: before >= MAX_CLIENTS,
        }
    }
}

impl Drop for ClientGuard {
    fn drop(&mut self) {
        self.clients.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn serve(
    stream: TcpStream,
    shared: Arc<Shared>,
    mut stop: watch::Receiver<bool>,
    guard: ClientGuard,
) {
    let (read, mut write) = stream.into_split();
    if guard.over {
        let _ = write_answer(&mut write, &failure(None, "too many control connections")).await;
        return;
    }
    let mut reader = BufReader::new(read);
    let mut line = Vec::new();
    loop {
        line.clear();
        let limited = (&mut reader).take(MAX_LINE as u64 + 1);
        let read = tokio::select! {
            read = read_line(limited, &mut line) => read,
            _ = stop.changed() => break,
        };
        match read {
            Ok(0) | Err(_) => break,
            Ok(_) if line.len() > MAX_LINE => {
                let _ = write_answer(&mut write, &failure(None, "request line too long")).await;
                break;
            }
            Ok(_) => {}
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let answer = tokio::select! {
            answer = handle(&shared, &line) => answer,
            _ = stop.changed() => break,
        };
        // A peer that does not read must not hold up a shutdown.
        let written = tokio::select! {
            written = write_answer(&mut write, &answer) => written,
            _ = stop.changed() => break,
        };
        if written.is_err() {
            break;
        }
    }
}

async fn read_line(
    mut limited: tokio::io::Take<&mut BufReader<tokio::net::tcp::OwnedReadHalf>>,
    line: &mut Vec<u8>,
) -> std::io::Result<usize> {
    limited.read_until(b'\n', line).await
}

async fn write_answer(
    write: &mut tokio::net::tcp::OwnedWriteHalf,
    answer: &Value,
) -> std::io::Result<()> {
    let mut bytes = answer.to_string().into_bytes();
    bytes.push(b'\n');
    write.write_all(&bytes).await
}

fn failure(id: Option<Value>, error: &str) -> Value {
    let mut answer = Map::new();
    answer.insert("ok".into(), Value::Bool(false));
    if let Some(id) = id {
        answer.insert("id".into(), id);
    }
    answer.insert("error".into(), Value::String(error.to_owned()));
    Value::Object(answer)
}

fn success(id: Option<Value>, fields: Map<String, Value>) -> Value {
    let mut answer = Map::new();
    answer.insert("ok".into(), Value::Bool(true));
    if let Some(id) = id {
        answer.insert("id".into(), id);
    }
    answer.extend(fields);
    Value::Object(answer)
}

/// Answers one request line.
async fn handle(shared: &Shared, line: &[u8]) -> Value {
    let request: Map<String, Value> = match serde_json::from_slice(line) {
        Ok(Value::Object(request)) => request,
        Ok(_) => return failure(None, "a request is a JSON object"),
        Err(e) => return failure(None, &format!("not JSON: {e}")),
    };
    let id = request.get("id").cloned();
    match command(shared, &request).await {
        Ok(fields) => success(id, fields),
        Err(error) => failure(id, &error),
    }
}

/// The fields of a successful answer, or the error message.
async fn command(
    shared: &Shared,
    request: &Map<String, Value>,
) -> Result<Map<String, Value>, String> {
    let cmd = request
        .get("cmd")
        .and_then(Value::as_str)
        .ok_or("missing \"cmd\"")?;
    let field = |name: &str, value: Value| {
        let mut fields = Map::new();
        fields.insert(name.to_owned(), value);
        fields
    };
    match cmd {
        "dcs" => Ok(field("dcs", json::endpoints(&shared.dc_options()))),
        "counters" => {
            let dc = dc_of(shared, request)?;
            let counters = dc.counters.lock().clone();
            Ok(field("counters", json::counters(&counters)))
        }
        "events" => events(shared, request).await,
        "faults" => {
            let dc = dc_of(shared, request)?;
            let config = dc.faults.lock().config.clone();
            Ok(field("faults", json::faults(&config)))
        }
        "set_faults" => {
            let handle = fault_handle(shared, request)?;
            let changes = request
                .get("faults")
                .and_then(Value::as_object)
                .ok_or("set_faults needs \"faults\": {…}")?;
            let mut config = handle.config();
            json::apply_faults(&mut config, changes)?;
            handle.set(config.clone());
            Ok(field("faults", json::faults(&config)))
        }
        "clear_faults" => {
            let handle = fault_handle(shared, request)?;
            handle.clear();
            Ok(field("faults", json::faults(&handle.config())))
        }
        "forget_keys" => {
            let handle = fault_handle(shared, request)?;
            Ok(field("forgotten", Value::from(handle.forget_keys())))
        }
        "revoke_authorizations" => {
            let handle = fault_handle(shared, request)?;
            Ok(field(
                "revoked",
                Value::from(handle.revoke_authorizations()),
            ))
        }
        "login_code" => {
            let phone = request
                .get("phone")
                .and_then(Value::as_str)
                .ok_or("login_code needs \"phone\"")?;
            let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
            let code = shared.logins.code_for(&digits);
            Ok(field("code", code.map_or(Value::Null, Value::from)))
        }
        "expire_login_codes" => Ok(field("expired", Value::from(shared.logins.expire_codes()))),
        "accept_login_token" => {
            let token = text(request, "token")?;
            let user = int(request, "user")?;
            let pushed = crate::qr_login::accept(shared, token, user).map_err(|e| e.to_string())?;
            Ok(field("pushed", Value::from(pushed)))
        }
        "send_message" | "edit_message" | "delete_messages" | "channel_post" => {
            let injected = inject(shared, cmd, request)?;
            let mut fields = field("id", Value::from(injected.id));
            fields.insert("pts".into(), Value::from(injected.pts));
            fields.insert(
                "affected".into(),
                Value::Array(
                    injected
                        .affected
                        .iter()
                        .map(|a| json!({"peer": a.peer, "id": a.id, "pts": a.pts}))
                        .collect(),
                ),
            );
            Ok(fields)
        }
        "update_state" => {
            let state = injection::update_state(shared, int(request, "peer")?)
                .map_err(|e| e.to_string())?;
            let mut fields = field("pts", Value::from(state.pts));
            fields.insert("qts".into(), Value::from(state.qts));
            fields.insert("seq".into(), Value::from(state.seq));
            Ok(fields)
        }
        "push_fault" => {
            let peer = int(request, "peer")?;
            let n = || -> Result<u32, String> {
                u32::try_from(int(request, "n")?).map_err(|_| "\"n\" must be 0…2³²−1".to_owned())
            };
            let fault = match request.get("kind").and_then(Value::as_str) {
                Some("drop") => PushFault::Drop(n()?),
                Some("duplicate") => PushFault::Duplicate(n()?),
                Some("too_long") => PushFault::TooLong(n()?),
                Some("reorder") => PushFault::Reorder,
                Some("pause") => PushFault::Pause,
                Some("resume") => PushFault::Resume,
                _ => {
                    return Err("push_fault needs \"kind\": drop, duplicate, too_long, \
                                reorder, pause or resume"
                        .to_owned());
                }
            };
            let released = injection::push_fault(shared, peer, fault).map_err(|e| e.to_string())?;
            Ok(field("released", Value::from(released)))
        }
        other => Err(format!("unknown command {other:?}")),
    }
}

/// An integer argument.
fn int(request: &Map<String, Value>, name: &str) -> Result<i64, String> {
    request
        .get(name)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("missing \"{name}\" (an integer)"))
}

/// A string argument.
fn text<'r>(request: &'r Map<String, Value>, name: &str) -> Result<&'r str, String> {
    request
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("missing \"{name}\" (a string)"))
}

/// `send_message`, `edit_message`, `delete_messages`, `channel_post`.
fn inject(shared: &Shared, cmd: &str, request: &Map<String, Value>) -> Result<Injected, String> {
    let message_id = |name: &str| {
        i32::try_from(int(request, name)?).map_err(|_| format!("\"{name}\" is not a message id"))
    };
    let injected = match cmd {
        "send_message" => injection::send_message(
            shared,
            int(request, "from")?,
            int(request, "to")?,
            text(request, "text")?,
        ),
        "edit_message" => injection::edit_message(
            shared,
            int(request, "account")?,
            int(request, "peer")?,
            message_id("id")?,
            text(request, "text")?,
        ),
        "delete_messages" => {
            let ids = request
                .get("ids")
                .and_then(Value::as_array)
                .ok_or("missing \"ids\" (an array of message ids)")?
                .iter()
                .map(|v| v.as_i64().and_then(|v| i32::try_from(v).ok()))
                .collect::<Option<Vec<i32>>>()
                .ok_or("\"ids\" must hold message ids")?;
            injection::delete_messages(shared, int(request, "account")?, &ids)
        }
        _ => injection::channel_post(shared, int(request, "channel")?, text(request, "text")?),
    };
    injected.map_err(|e| e.to_string())
}

/// The DC named by the request's `"dc"`.
fn dc_of<'s>(
    shared: &'s Shared,
    request: &Map<String, Value>,
) -> Result<&'s Arc<DcShared>, String> {
    let number = request
        .get("dc")
        .and_then(Value::as_i64)
        .ok_or("missing \"dc\" (a DC number)")?;
    i32::try_from(number)
        .ok()
        .and_then(|n| shared.dc(n))
        .ok_or_else(|| format!("no DC {number} in a cluster of {}", shared.dcs.len()))
}

/// The run-time fault handle of the DC named by the request's `"dc"`.
fn fault_handle(shared: &Shared, request: &Map<String, Value>) -> Result<FaultHandle, String> {
    Ok(FaultHandle {
        dc: dc_of(shared, request)?.clone(),
        events: shared.events.clone(),
    })
}

/// `events`: the retained events from position `from` (default 0), at most `limit`
/// (default and maximum 10 000); with `wait_ms`, waits up to that long (at most a minute)
/// for one if there is none yet. `end` is the position the next event will get.
async fn events(
    shared: &Shared,
    request: &Map<String, Value>,
) -> Result<Map<String, Value>, String> {
    let number = |name: &str, default: u64| match request.get(name) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| format!("\"{name}\" must be a non-negative integer")),
    };
    let from = usize::try_from(number("from", 0)?).unwrap_or(usize::MAX);
    let limit = usize::try_from(number("limit", MAX_EVENTS as u64)?)
        .unwrap_or(MAX_EVENTS)
        .min(MAX_EVENTS);
    let wait = Duration::from_millis(number("wait_ms", 0)?).min(MAX_WAIT);
    if !wait.is_zero() && shared.events.len() <= from {
        // A timeout just means an empty answer.
        let _ = shared.events.wait_for(from, wait, |_| true).await;
    }
    let (events, next) = shared.events.positioned(from, limit);
    let mut fields = Map::new();
    fields.insert(
        "events".into(),
        Value::Array(
            events
                .iter()
                .map(|(position, event)| json::event(*position, event))
                .collect(),
        ),
    );
    fields.insert("next".into(), json!(next));
    fields.insert("end".into(), json!(shared.events.len()));
    Ok(fields)
}
