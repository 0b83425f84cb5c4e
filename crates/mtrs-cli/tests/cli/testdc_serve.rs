//! `mtrs testdc serve`: a real MTProto server process, described by its JSON line.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// How long a step may take before the test gives up (a failure guard, never a pause).
const GUARD: Duration = Duration::from_secs(60);

/// A running `mtrs testdc serve`, stopped with SIGTERM when dropped.
pub(super) struct Server {
    child: Child,
    pub(super) info: Value,
}

impl Server {
    pub(super) fn start(args: &[&str]) -> Server {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("mtrs"))
            .args(["testdc", "serve", "--json"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("mtrs starts");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let read = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(read.map(|_| line));
        });
        let line = rx
            .recv_timeout(GUARD)
            .expect("the JSON line arrives")
            .expect("stdout is readable");
        let info = serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        Server { child, info }
    }

    /// Sends SIGTERM and returns the exit status and stderr.
    pub(super) fn stop(mut self) -> (Option<i32>, String) {
        terminate(&self.child);
        let mut child = std::mem::replace(
            &mut self.child,
            Command::new("true").spawn().expect("true runs"),
        );
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let status = child.wait();
            let mut stderr = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut stderr);
            }
            let _ = tx.send((status.ok().and_then(|s| s.code()), stderr));
        });
        rx.recv_timeout(GUARD).expect("the server stops on SIGTERM")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// Sends `req_pq_multi` over the abridged transport and returns the RSA fingerprints of
/// the `resPQ` answer (after checking that it echoes the nonce).
fn req_pq(port: u16) -> Vec<i64> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("the DC accepts connections");
    s.set_read_timeout(Some(GUARD)).unwrap();
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    let msg_id = (now.as_secs() << 32) | (u64::from(now.subsec_nanos()) & !3);
    let nonce: [u8; 16] = *b"mtrs-cli-nonce!!";
    let mut packet = Vec::new();
    packet.extend_from_slice(&0u64.to_le_bytes());
    packet.extend_from_slice(&msg_id.to_le_bytes());
    packet.extend_from_slice(&20u32.to_le_bytes());
    packet.extend_from_slice(&0xbe7e_8ef1_u32.to_le_bytes());
    packet.extend_from_slice(&nonce);
    let mut wire = vec![0xef, (packet.len() / 4) as u8];
    wire.extend_from_slice(&packet);
    s.write_all(&wire).unwrap();
    let mut len = [0u8; 1];
    s.read_exact(&mut len).unwrap();
    let words = if len[0] == 0x7f {
        let mut l = [0u8; 3];
        s.read_exact(&mut l).unwrap();
        u32::from_le_bytes([l[0], l[1], l[2], 0]) as usize
    } else {
        len[0] as usize
    };
    let mut body = vec![0u8; words * 4];
    s.read_exact(&mut body).unwrap();
    let u32_at = |at: usize| u32::from_le_bytes(body[at..at + 4].try_into().unwrap());
    assert_eq!(&body[..8], &[0; 8], "an unencrypted answer");
    assert_eq!(u32_at(20), 0x0516_2463, "resPQ");
    assert_eq!(&body[24..40], &nonce, "the nonce is echoed");
    let mut at = 56; // after server_nonce
    let pq_len = body[at] as usize;
    at += (1 + pq_len).div_ceil(4) * 4;
    assert_eq!(u32_at(at), 0x1cb5_c415, "vector");
    let count = u32_at(at + 4) as usize;
    (0..count)
        .map(|i| {
            let from = at + 8 + i * 8;
            i64::from_le_bytes(body[from..from + 8].try_into().unwrap())
        })
        .collect()
}

/// The default cluster: every DC answers the key exchange with the advertised RSA key; the
/// fixture has a bot away from DC 2 and a file away from that bot's DC; SIGTERM stops it.
#[test]
fn serves_the_default_cluster_until_sigterm() {
    let server = Server::start(&[]);
    let info = &server.info;
    assert_eq!(info["layer"], 230);
    let pem = info["rsa_public_key_pem"].as_str().unwrap();
    assert!(pem.starts_with("-----BEGIN RSA PUBLIC KEY-----"), "{pem}");
    let fingerprint = info["rsa_fingerprint"].as_str().unwrap();
    let dcs = info["dcs"].as_array().unwrap();
    assert_eq!(dcs.iter().filter(|d| d["media_only"] == false).count(), 3);
    assert_eq!(dcs.iter().filter(|d| d["media_only"] == true).count(), 3);
    for dc in dcs {
        assert_eq!(dc["host"], "127.0.0.1");
        let port = u16::try_from(dc["port"].as_u64().unwrap()).unwrap();
        let fingerprints = req_pq(port);
        let listed: Vec<String> = fingerprints.iter().map(|f| format!("{f:016x}")).collect();
        assert!(
            listed.iter().any(|f| f == fingerprint),
            "{listed:?} vs {fingerprint}"
        );
    }
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort_unstable();
        k
    };
    for field in [
        "dcs",
        "rsa_public_key_pem",
        "layer",
        "bots",
        "users",
        "channels",
        "files",
    ] {
        assert!(!info[field].is_null(), "{field} missing");
    }
    assert_eq!(keys(&dcs[0]), ["host", "id", "media_only", "port"]);
    for bot in info["bots"].as_array().unwrap() {
        for field in ["token", "user_id", "username", "home_dc"] {
            assert!(!bot[field].is_null(), "bot {field}");
        }
    }
    assert_eq!(
        keys(&info["files"][0]["location"]),
        ["access_hash", "file_reference", "id", "thumb_size"]
    );
    let bots = info["bots"].as_array().unwrap();
    let away = bots
        .iter()
        .find(|b| b["home_dc"] != 2)
        .expect("a bot homed away from DC 2");
    assert!(away["token"].as_str().unwrap().contains(':'));
    let files = info["files"].as_array().unwrap();
    let file = files
        .iter()
        .find(|f| f["dc_id"] != away["home_dc"])
        .expect("a file on another DC than the bot's");
    let location = &file["location"];
    for field in ["id", "access_hash", "file_reference", "thumb_size"] {
        assert!(!location[field].is_null(), "location.{field}");
    }
    assert_eq!(file["sha256"].as_str().unwrap().len(), 64);
    assert!(
        info["users"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| !u["username"].is_null())
    );
    assert!(!info["channels"].as_array().unwrap().is_empty());

    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("stopped (terminated)"), "{stderr}");
}

/// `--fixture FILE` replaces the accounts and files.
#[test]
fn serves_a_fixture_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fixture.json");
    std::fs::write(
        &path,
        r#"{
            "bots": [{"user_id": 8001, "home_dc": 3, "username": "far_bot", "token": "8001:s3cret"}],
            "users": [{"user_id": 1, "home_dc": 1, "username": "u1"}],
            "files": [{"id": 77, "dc_id": 2, "text": "hello"}, {"id": 78, "dc_id": 1, "size": 1000}]
        }"#,
    )
    .unwrap();
    let server = Server::start(&["--fixture", path.to_str().unwrap(), "--no-media"]);
    let info = server.info.clone();
    assert_eq!(info["dcs"].as_array().unwrap().len(), 3);
    assert_eq!(info["bots"][0]["token"], "8001:s3cret");
    assert_eq!(info["bots"][0]["home_dc"], 3);
    assert_eq!(info["bots"][0]["username"], "far_bot");
    assert_eq!(info["users"][0]["user_id"], 1);
    assert_eq!(info["channels"].as_array().unwrap().len(), 0);
    let hello = &info["files"][0];
    assert_eq!(hello["size"], 5);
    assert_eq!(
        hello["sha256"],
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
    );
    assert_eq!(hello["location"]["id"], 77);
    assert_eq!(info["files"][1]["size"], 1000);
    let (code, _) = server.stop();
    assert_eq!(code, Some(0));
}

/// A bad fixture or flag fails before serving, saying what is wrong.
#[test]
fn refuses_bad_fixtures_and_flags() {
    let dir = tempfile::tempdir().unwrap();
    let bad = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let cases = [
        (
            bad(
                "a.json",
                r#"{"bots": [{"user_id": 1, "home_dc": 9, "token": "1:x"}]}"#,
            ),
            "DC 9",
        ),
        (bad("b.json", r#"{"user": []}"#), "unknown field"),
        (
            bad(
                "c.json",
                r#"{"bots": [{"user_id": 1, "home_dc": 1, "token": "2:x"}]}"#,
            ),
            "token",
        ),
        (
            bad("d.json", r#"{"files": [{"id": 1, "dc_id": 1}]}"#),
            "size",
        ),
    ];
    for (path, why) in &cases {
        let stderr = super::common::fails(&["testdc", "serve", "--fixture", path]);
        assert!(stderr.contains(why), "{path}: {stderr}");
    }
    let stderr = super::common::fails(&["testdc", "serve", "--host", "0.0.0.0"]);
    assert!(stderr.contains("127.0.0.1 only"), "{stderr}");
    let stderr = super::common::fails(&["testdc", "serve", "--flood-wait", "help.getConfig"]);
    assert!(stderr.contains("METHOD=SECONDS"), "{stderr}");
    let stderr = super::common::fails(&["testdc", "serve", "--fault-dc", "7"]);
    assert!(stderr.contains("DCs 1..=3"), "{stderr}");
}

/// The JSON line names the control interface; a script reads a DC's counters there.
#[test]
fn the_control_interface_answers_on_the_address_listed() {
    let server = Server::start(&[]);
    let control = server.info["control"].as_str().expect("control listed");
    assert!(control.starts_with("127.0.0.1:"), "{control}");
    let dc1 = server.info["dcs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == 1 && d["media_only"] == false)
        .unwrap();
    req_pq(u16::try_from(dc1["port"].as_u64().unwrap()).unwrap());
    let socket = TcpStream::connect(control).expect("control connects");
    socket.set_read_timeout(Some(GUARD)).unwrap();
    let mut writer = socket.try_clone().unwrap();
    writer
        .write_all(b"{\"id\": \"a\", \"cmd\": \"counters\", \"dc\": 1}\n")
        .unwrap();
    let mut line = String::new();
    BufReader::new(socket).read_line(&mut line).unwrap();
    let answer: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(answer["ok"], true, "{answer}");
    assert_eq!(answer["id"], "a");
    assert!(
        answer["counters"]["connections"].as_u64() >= Some(1),
        "{answer}"
    );
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");
}

#[test]
fn a_smaller_cluster_serves_the_part_of_the_default_fixture_that_fits() {
    for dcs in ["1", "2"] {
        let server = Server::start(&["--dcs", dcs]);
        let n: i64 = dcs.parse().unwrap();
        let info = server.info.clone();
        let homes = info["bots"]
            .as_array()
            .unwrap()
            .iter()
            .chain(info["users"].as_array().unwrap())
            .map(|a| a["home_dc"].as_i64().unwrap());
        assert!(homes.clone().count() >= 1, "{info}");
        assert!(homes.into_iter().all(|h| (1..=n).contains(&h)), "{info}");
        assert!(
            info["files"]
                .as_array()
                .unwrap()
                .iter()
                .all(|f| f["dc_id"].as_i64().unwrap() <= n)
        );
        let (code, stderr) = server.stop();
        assert_eq!(code, Some(0), "{stderr}");
    }
}

#[test]
fn with_an_mtproxy_secret_plain_connections_are_turned_away() {
    let server = Server::start(&["--mtproxy-secret", "00112233445566778899aabbccddeeff"]);
    let port = server.info["dcs"][0]["port"].as_u64().unwrap();
    let mut s = TcpStream::connect(("127.0.0.1", u16::try_from(port).unwrap())).unwrap();
    s.set_read_timeout(Some(GUARD)).unwrap();
    // An abridged tag and a plain req_pq: no MTProxy client sends that.
    let mut wire = vec![0xef, 10];
    wire.extend_from_slice(&[0u8; 40]);
    s.write_all(&wire).unwrap();
    let mut buf = [0u8; 64];
    let n = s.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "closed without an answer");
    let (code, stderr) = server.stop();
    assert_eq!(code, Some(0), "{stderr}");

    // A malformed secret is refused, and not echoed.
    let err = super::common::fails(&["testdc", "serve", "--mtproxy-secret", "not-hex-SECRET"]);
    assert!(err.contains("32 hexadecimal digits"), "{err}");
    assert!(!err.contains("not-hex-SECRET"), "{err}");
}
