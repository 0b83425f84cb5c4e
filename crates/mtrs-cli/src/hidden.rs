//! Reading a secret from the terminal without echoing it. Echo is switched off *before*
//! the prompt is written (and restored however the read ends), so a user — or a script
//! driving a pseudo-terminal — who types as soon as the prompt shows is never echoed.
//! (`rpassword::prompt_password` writes the prompt first, which leaves that window.)

use std::io::{BufRead, BufReader, Write};

/// Prompts on the controlling terminal and reads one line with echo off.
#[cfg(unix)]
pub fn prompt_hidden(prompt: &str) -> std::io::Result<String> {
    use rustix::termios::{self, LocalModes, OptionalActions};
    let tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let before = termios::tcgetattr(&tty)?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    termios::tcsetattr(&tty, OptionalActions::Now, &quiet)?;
    // Restored on every path out, errors and panics included.
    struct Restore<'a>(&'a std::fs::File, termios::Termios);
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let _ = termios::tcsetattr(self.0, OptionalActions::Now, &self.1);
        }
    }
    let _restore = Restore(&tty, before);
    let mut out = &tty;
    out.write_all(prompt.as_bytes())?;
    out.flush()?;
    let mut line = String::new();
    BufReader::new(&tty).read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Prompts and reads one line without echo (other platforms: `rpassword`).
#[cfg(not(unix))]
pub fn prompt_hidden(prompt: &str) -> std::io::Result<String> {
    rpassword::prompt_password(prompt)
}
