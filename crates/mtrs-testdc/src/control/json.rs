//! The JSON values of the control interface: endpoints, counters, events and faults, and
//! the fault changes a `set_faults` request carries.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::counters::Counters;
use crate::endpoint::DcEndpoint;
use crate::events::{Event, KeyKind};
use crate::faults::{FaultConfig, RejectKeys};

/// The listeners, as `mtrs testdc serve --json` lists them.
pub(super) fn endpoints(all: &[DcEndpoint]) -> Value {
    Value::Array(
        all.iter()
            .map(|e| {
                json!({
                    "id": e.id.number(),
                    "host": e.ip.to_string(),
                    "port": e.port,
                    "media_only": e.media_only,
                })
            })
            .collect(),
    )
}

fn tally(map: &BTreeMap<String, u64>) -> Value {
    Value::Object(map.iter().map(|(k, v)| (k.clone(), json!(v))).collect())
}

/// Every counter of a DC, under its field name.
pub(super) fn counters(c: &Counters) -> Value {
    json!({
        "key_exchanges": c.key_exchanges,
        "temp_key_exchanges": c.temp_key_exchanges,
        "logins": c.logins,
        "export_authorization": c.export_authorization,
        "import_authorization": c.import_authorization,
        "connections": c.connections,
        "connections_refused": c.connections_refused,
        "limit_closes": c.limit_closes,
        "calls_by_method": tally(&c.calls_by_method),
        "executed_by_method": tally(&c.executed_by_method),
        "rpc_errors": tally(&c.rpc_errors),
        "transport_errors": c.transport_errors,
        "forced_salt_changes": c.forced_salt_changes,
        "fault_closes": c.fault_closes,
        "bad_server_salts": c.bad_server_salts,
        "auth_key_rejections": c.auth_key_rejections,
        "sessions_created": c.sessions_created,
        "sent_by_constructor": tally(&c.sent_by_constructor),
        "packets_on_perm_keys": c.packets_on_perm_keys,
        "packets_on_temp_keys": c.packets_on_temp_keys,
        "updates_pushed": c.updates_pushed,
    })
}

fn key_kind(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Permanent => "permanent",
        KeyKind::Temporary => "temporary",
        KeyKind::Installed => "installed",
    }
}

/// An event with its position: `{"position": 7, "type": "call", …its fields}`. Key and
/// session ids are strings (64-bit values lose precision as JSON numbers in many
/// languages).
pub(super) fn event(position: usize, e: &Event) -> Value {
    let mut v = match e {
        Event::ConnectionOpened { dc_id, conn, media } => json!({
            "type": "connection_opened", "dc_id": dc_id, "conn": conn, "media": media,
        }),
        Event::ConnectionClosed {
            dc_id,
            conn,
            reason,
        } => json!({
            "type": "connection_closed", "dc_id": dc_id, "conn": conn, "reason": reason,
        }),
        Event::TransportDetected {
            dc_id,
            conn,
            kind,
            obfuscated,
        } => json!({
            "type": "transport_detected", "dc_id": dc_id, "conn": conn,
            "kind": format!("{kind:?}"), "obfuscated": obfuscated,
        }),
        Event::KeyCreated {
            dc_id,
            key_id,
            kind,
        } => json!({
            "type": "key_created", "dc_id": dc_id, "key_id": key_id.to_string(),
            "kind": key_kind(*kind),
        }),
        Event::Call {
            dc_id,
            conn,
            method,
            error,
        } => json!({
            "type": "call", "dc_id": dc_id, "conn": conn, "method": method, "error": error,
        }),
        Event::LoggedIn {
            dc_id,
            key_id,
            user_id,
        } => json!({
            "type": "logged_in", "dc_id": dc_id, "key_id": key_id.to_string(),
            "user_id": user_id,
        }),
        Event::LoggedOut { dc_id, key_id } => json!({
            "type": "logged_out", "dc_id": dc_id, "key_id": key_id.to_string(),
        }),
        Event::TransportError { dc_id, conn, code } => json!({
            "type": "transport_error", "dc_id": dc_id, "conn": conn, "code": code,
        }),
        Event::Fault { dc_id, kind } => json!({
            "type": "fault", "dc_id": dc_id, "kind": kind,
        }),
        Event::SessionAttached {
            dc_id,
            conn,
            key_id,
            session_id,
            created,
        } => json!({
            "type": "session_attached", "dc_id": dc_id, "conn": conn,
            "key_id": key_id.to_string(), "session_id": session_id.to_string(),
            "created": created,
        }),
        Event::DcRestarted { dc_id, keep_keys } => json!({
            "type": "dc_restarted", "dc_id": dc_id, "keep_keys": keep_keys,
        }),
        Event::UpdatePushed {
            dc_id,
            key_id,
            account,
            constructor,
            pts,
            seq,
        } => json!({
            "type": "update_pushed", "dc_id": dc_id, "key_id": key_id.to_string(),
            "account": account, "constructor": constructor, "pts": pts, "seq": seq,
        }),
        Event::PushFault { peer, kind } => json!({
            "type": "push_fault", "peer": peer, "kind": kind,
        }),
    };
    if let Value::Object(fields) = &mut v {
        fields.insert("position".into(), json!(position));
    }
    v
}

/// A fault configuration; `set_faults` takes the same field names.
pub(super) fn faults(f: &FaultConfig) -> Value {
    let reject = match f.reject_keys {
        None => Value::Null,
        Some(RejectKeys::Forever) => json!("forever"),
        Some(RejectKeys::Next(n)) => json!(n),
    };
    json!({
        "bad_server_salt_every": f.bad_server_salt_every,
        "close_after_messages": f.close_after_messages,
        "close_probability": f.close_probability,
        "seed": f.seed,
        "reply_delay_ms": u64::try_from(f.reply_delay.as_millis()).unwrap_or(u64::MAX),
        "flood_wait": f.flood_wait,
        "user_migrate_to": f.user_migrate_to,
        "reject_keys": reject,
        "close_after_handshake": f.close_after_handshake,
        "auth_key_duplicated": f.auth_key_duplicated,
        "session_revoked": f.session_revoked,
        "drop_after_execute": f.drop_after_execute,
        "auth_bytes_invalid": f.auth_bytes_invalid,
        "lose_upload_parts": f.lose_upload_parts,
        "slow_methods_ms": f
            .slow_methods
            .iter()
            .map(|(m, d)| (m.clone(), u64::try_from(d.as_millis()).unwrap_or(u64::MAX)))
            .collect::<BTreeMap<_, _>>(),
    })
}

fn u64_of(name: &str, v: &Value) -> Result<u64, String> {
    v.as_u64()
        .ok_or_else(|| format!("{name}: a non-negative integer"))
}

fn u32_of(name: &str, v: &Value) -> Result<u32, String> {
    u32::try_from(u64_of(name, v)?).map_err(|_| format!("{name}: at most {}", u32::MAX))
}

/// `null` or a count of at least 1.
fn every(name: &str, v: &Value) -> Result<Option<u64>, String> {
    match v {
        Value::Null => Ok(None),
        v => match u64_of(name, v)? {
            0 => Err(format!("{name}: at least 1 (or null to turn it off)")),
            n => Ok(Some(n)),
        },
    }
}

/// Applies the fields of a `set_faults` request to `config`; the fields left out stay as
/// they are. An unknown field or a bad value is an error and changes nothing the caller
/// keeps (it works on a copy).
pub(super) fn apply_faults(
    config: &mut FaultConfig,
    changes: &Map<String, Value>,
) -> Result<(), String> {
    for (name, v) in changes {
        match name.as_str() {
            "bad_server_salt_every" => config.bad_server_salt_every = every(name, v)?,
            "close_after_messages" => config.close_after_messages = every(name, v)?,
            "close_probability" => {
                config.close_probability = v
                    .as_f64()
                    .filter(|p| (0.0..=1.0).contains(p))
                    .ok_or("close_probability: a number in 0..=1")?;
            }
            "seed" => config.seed = u64_of(name, v)?,
            "reply_delay_ms" => {
                config.reply_delay = Duration::from_millis(u64_of(name, v)?.min(3_600_000));
            }
            "flood_wait" => {
                let methods = v
                    .as_object()
                    .ok_or("flood_wait: an object of method name → seconds")?;
                let mut table = BTreeMap::new();
                for (method, seconds) in methods {
                    table.insert(method.clone(), u32_of("flood_wait", seconds)?);
                }
                config.flood_wait = table;
            }
            "user_migrate_to" => {
                config.user_migrate_to = match v {
                    Value::Null => None,
                    v => Some(
                        v.as_i64()
                            .and_then(|n| i32::try_from(n).ok())
                            .ok_or("user_migrate_to: a DC number or null")?,
                    ),
                };
            }
            "reject_keys" => {
                config.reject_keys = match v {
                    Value::Null => None,
                    Value::String(s) if s == "forever" => Some(RejectKeys::Forever),
                    v => Some(RejectKeys::Next(u32_of(
                        "reject_keys (\"forever\", a count or null)",
                        v,
                    )?)),
                };
            }
            "close_after_handshake" => {
                config.close_after_handshake =
                    v.as_bool().ok_or("close_after_handshake: true or false")?;
            }
            "auth_key_duplicated" => config.auth_key_duplicated = u32_of(name, v)?,
            "session_revoked" => config.session_revoked = u32_of(name, v)?,
            "drop_after_execute" => config.drop_after_execute = u32_of(name, v)?,
            "auth_bytes_invalid" => config.auth_bytes_invalid = u32_of(name, v)?,
            "lose_upload_parts" => config.lose_upload_parts = u32_of(name, v)?,
            "slow_methods_ms" => {
                let map = v
                    .as_object()
                    .ok_or("slow_methods_ms: an object of method → milliseconds")?;
                config.slow_methods = map
                    .iter()
                    .map(|(m, ms)| Ok((m.clone(), Duration::from_millis(u64_of(m, ms)?))))
                    .collect::<Result<_, String>>()?;
            }
            other => return Err(format!("unknown fault {other:?}")),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
