//! `mtrs login --qr`: the QR code login. The `tg://login?token=…` URL is drawn as a QR
//! code on standard error (with the URL under it, for a script or a test DC's control
//! interface to accept), drawn again with each new token after an expiry, and the command
//! waits until another device accepts it (Telegram → Settings → Devices → Link Desktop
//! Device), then finishes as the code login does (2FA password included).

use std::time::Duration;

use anyhow::{Context, bail};
use mtrs::{Client, QrToken, SignIn};
use qrcode::QrCode;
use qrcode::render::unicode::Dense1x2;

/// Signs in by QR code, giving up after `timeout`: [`SignIn::SignedIn`], or
/// [`SignIn::PasswordRequired`] for a 2FA account (the caller asks for the password).
pub(crate) async fn sign_in(client: &Client, timeout: Duration) -> anyhow::Result<SignIn> {
    let mut shown = 0u32;
    let login = client.qr_login(|token| {
        shown += 1;
        show(token, shown);
    });
    match tokio::time::timeout(timeout, login).await {
        Ok(outcome) => outcome.map_err(|e| anyhow::anyhow!("{e}")),
        Err(_) => bail!(
            "no device accepted the QR code within {} s",
            timeout.as_secs()
        ),
    }
}

/// Draws `token` (the `n`th one shown) on standard error.
fn show(token: &QrToken, n: u32) {
    let url = token.url();
    let drawn = match draw(&url) {
        Ok(drawn) => drawn,
        Err(e) => format!("(cannot draw the QR code: {e})\n"),
    };
    let intro = if n == 1 {
        "Scan this QR code with Telegram on a signed-in device \
         (Settings → Devices → Link Desktop Device):"
    } else {
        "The QR code expired; a new one:"
    };
    eprintln!("{intro}\n{drawn}URL: {url}\nwaiting for another device to accept it…");
}

/// The QR code of `text` in Unicode half blocks, light modules drawn (as for a terminal
/// with a dark background), with its quiet zone.
fn draw(text: &str) -> anyhow::Result<String> {
    let code = QrCode::new(text.as_bytes()).context("the URL does not fit in a QR code")?;
    let mut drawn = code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build();
    drawn.push('\n');
    Ok(drawn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_draws_as_a_square_of_half_blocks() {
        let drawn = draw("tg://login?token=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA").unwrap();
        let lines: Vec<&str> = drawn.lines().collect();
        let width = lines[0].chars().count();
        // Two modules per character row: about half as many rows as columns.
        assert!(
            lines.len() * 2 >= width && lines.len() * 2 <= width + 2,
            "{drawn}"
        );
        assert!(lines.iter().all(|l| l.chars().count() == width));
        assert!(
            drawn
                .chars()
                .all(|c| matches!(c, ' ' | '█' | '▀' | '▄' | '\n'))
        );
    }
}
