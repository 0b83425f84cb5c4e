//! A progress line on stderr for slow steps: animated on a terminal, one plain line
//! otherwise, then the time the step took.

use std::io::{IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_INTERVAL: Duration = Duration::from_millis(80);

/// A running slow step. [`Spinner::finish`] ends it; dropping it ends it too.
pub struct Spinner {
    message: String,
    started: Instant,
    animation: Option<(mpsc::Sender<()>, JoinHandle<()>)>,
}

impl Spinner {
    /// Starts showing `message` on stderr.
    pub fn start(message: &str) -> Self {
        let animation = if std::io::stderr().is_terminal() {
            let (stop, stopped) = mpsc::channel::<()>();
            let text = message.to_owned();
            thread::Builder::new()
                .name("mtrs-spinner".to_owned())
                .spawn(move || animate(&text, &stopped))
                .ok()
                .map(|thread| (stop, thread))
        } else {
            eprintln!("{message}…");
            None
        };
        Spinner {
            message: message.to_owned(),
            started: Instant::now(),
            animation,
        }
    }

    /// Ends the step, printing how long it took.
    pub fn finish(mut self) {
        let ms = self.started.elapsed().as_millis();
        if self.stop_animation() {
            eprintln!("\r{}… done ({ms} ms)\x1b[K", self.message);
        } else {
            eprintln!("{}… done ({ms} ms)", self.message);
        }
    }

    /// Stops the animation thread; `true` if there was one (the cursor is then still on the
    /// spinner's line).
    fn stop_animation(&mut self) -> bool {
        let Some((stop, thread)) = self.animation.take() else {
            return false;
        };
        drop(stop);
        // The animation thread only prints; a panic there changes nothing for us.
        let _ = thread.join();
        true
    }
}

impl Drop for Spinner {
    /// A step that failed: clear the spinner's line so the error starts on a clean one.
    fn drop(&mut self) {
        if self.stop_animation() {
            eprint!("\r\x1b[K");
        }
    }
}

/// Redraws the frame until the sender is dropped.
fn animate(message: &str, stopped: &mpsc::Receiver<()>) {
    let mut stderr = std::io::stderr();
    for frame in FRAMES.iter().cycle() {
        // Output errors are ignored: the spinner is decoration.
        let _ = write!(stderr, "\r{frame} {message}…");
        let _ = stderr.flush();
        match stopped.recv_timeout(FRAME_INTERVAL) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}
