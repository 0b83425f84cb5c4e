//! `mtrs testdc serve` out of file descriptors (issue #15, part C): accept errors
//! (`EMFILE`) pause accepting instead of spinning, connections already open keep being
//! served, and accepting resumes once descriptors are free again.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A failure guard for each step, never a pause.
const GUARD: Duration = Duration::from_secs(60);

struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// CPU time (user + system, in clock ticks) the process has used.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    let rest = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// One `req_pq_multi` round trip on `s` (abridged; the tag already sent).
fn req_pq(s: &mut TcpStream, first: bool) {
    let mut packet = vec![0u8; 8];
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    let msg_id = (now.as_secs() << 32) | (u64::from(now.subsec_nanos()) & !3);
    packet.extend_from_slice(&msg_id.to_le_bytes());
    packet.extend_from_slice(&20u32.to_le_bytes());
    packet.extend_from_slice(&0xbe7e_8ef1_u32.to_le_bytes());
    packet.extend_from_slice(b"mtrs-cli-nonce!!");
    let mut wire = if first { vec![0xef] } else { Vec::new() };
    wire.push((packet.len() / 4) as u8);
    wire.extend_from_slice(&packet);
    s.write_all(&wire).unwrap();
    let mut len = [0u8; 1];
    s.read_exact(&mut len).unwrap();
    assert!(len[0] < 0x7f, "a short resPQ");
    let mut body = vec![0u8; usize::from(len[0]) * 4];
    s.read_exact(&mut body).unwrap();
    assert_eq!(&body[20..24], &0x0516_2463_u32.to_le_bytes(), "resPQ");
}

/// The server's CPU ticks over a half-second measuring window (a measurement, not a
/// wait for anything).
fn idle_ticks(pid: u32) -> u64 {
    let start = cpu_ticks(pid);
    std::thread::sleep(Duration::from_millis(500));
    cpu_ticks(pid) - start
}

fn connect(port: u16) -> TcpStream {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(GUARD)).unwrap();
    s
}

#[test]
fn accept_errors_back_off_and_existing_clients_keep_working() {
    let child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -n 40; exec \"$0\" testdc serve --json --dcs 3 --no-media")
        .arg(assert_cmd::cargo::cargo_bin("mtrs"))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut server = Killed(child);
    let pid = server.0.id();
    let mut line = String::new();
    BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let info: serde_json::Value = serde_json::from_str(&line).unwrap();
    let port = u16::try_from(info["dcs"][0]["port"].as_u64().unwrap()).unwrap();

    let mut existing = connect(port);
    req_pq(&mut existing, true);
    // The CPU an idle server uses over a measuring window, as a yardstick.
    let quiet = idle_ticks(pid);
    // Exhaust the server's descriptors: the kernel completes these connections, the
    // server cannot accept them all (EMFILE).
    let hostile: Vec<TcpStream> = (0..80).map(|_| connect(port)).collect();
    // The existing client keeps being served.
    req_pq(&mut existing, false);
    // Out of descriptors and otherwise idle, the server stays about as quiet as before
    // (a loop retrying accept burns most of a core: ~35 ticks and more per window).
    let exhausted = idle_ticks(pid);
    assert!(
        exhausted < quiet + 10,
        "the server spun: {exhausted} ticks against {quiet} before"
    );
    req_pq(&mut existing, false);
    // Descriptors free again: a new connection is accepted and served.
    drop(hostile);
    let mut fresh = connect(port);
    req_pq(&mut fresh, true);
}
