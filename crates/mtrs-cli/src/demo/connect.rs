//! The `connect` and `bot_sign_in` steps: one `Client::connect` call, split at the moment
//! the start DC answered `help.getConfig` (taken from the cluster's event log).

use std::time::{Duration, Instant};

use anyhow::{anyhow, ensure};
use mtrs::Client;
use mtrs_testdc::{DcId, Event};
use serde_json::{Map, Value, json};

use super::report::{Report, details};
use super::support::KeyExchanges;
use super::{Lifecycle, START_DC, TIMEOUT};

impl Lifecycle<'_> {
    /// `connect` both creates the key and signs the bot in; the split between the two
    /// steps is the moment the start DC answered `help.getConfig`, taken from the
    /// cluster's event log.
    pub(super) async fn connect_and_sign_in(
        &self,
        report: &mut Report,
        client: &Client,
    ) -> anyhow::Result<()> {
        let events = self.cluster.events();
        let from = events.len();
        let started = Instant::now();
        let config_answered = events.wait_for(
            from,
            TIMEOUT,
            |e| matches!(e, Event::Call { method, error: None, .. } if method == "help.getConfig"),
        );
        let connect = client.connect();
        tokio::pin!(config_answered, connect);
        let mut split = None;
        let result = loop {
            tokio::select! {
                biased;
                seen = &mut config_answered, if split.is_none() => {
                    split = Some(seen.map_or(Duration::ZERO, |_| started.elapsed()));
                }
                done = &mut connect => break done,
            }
        };
        let total = started.elapsed();
        let split = split.filter(|d| !d.is_zero()).unwrap_or(total);
        if let Err(e) = result {
            let error = anyhow::Error::new(e).context("connect failed");
            report.fail("connect", total, &error);
            return Err(error);
        }
        let keys = KeyExchanges::of(self.cluster);
        let connect_claims = self.check_connect(keys);
        match connect_claims {
            Ok(proof) => report.push("connect", split, proof),
            Err(e) => {
                report.fail("connect", split, &e);
                return Err(e);
            }
        }
        match self.check_sign_in(client, keys).await {
            Ok(proof) => {
                report.push("bot_sign_in", total.saturating_sub(split), proof);
                Ok(())
            }
            Err(e) => {
                report.fail("bot_sign_in", total.saturating_sub(split), &e);
                Err(e)
            }
        }
    }

    fn check_connect(&self, keys: KeyExchanges) -> anyhow::Result<Map<String, Value>> {
        let path = self.session_path();
        ensure!(
            keys.on(START_DC) == 1,
            "expected 1 key exchange on DC {START_DC}, the server counted {}",
            keys.on(START_DC)
        );
        ensure!(path.is_file(), "no session file at {}", path.display());
        let mut proof = json!({
            "new_key_exchanges": keys.on(START_DC),
            "key_exchanges_on_start_dc": keys.on(START_DC),
            "help_getConfig_calls": self.cluster.counters(DcId::new(START_DC)).calls("help.getConfig"),
            "session_file": path.display().to_string(),
        });
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path)?.permissions().mode() & 0o777;
            ensure!(
                mode & 0o077 == 0,
                "the session file is readable by others ({mode:o})"
            );
            proof["session_file_mode"] = json!(format!("{mode:o}"));
        }
        Ok(details(
            format!(
                "new auth key by a real key exchange with DC {START_DC} (the default), then help.getConfig"
            ),
            proof,
        ))
    }

    async fn check_sign_in(
        &self,
        client: &Client,
        keys: KeyExchanges,
    ) -> anyhow::Result<Map<String, Value>> {
        let home = self.bot.home_dc;
        let migrate = format!("USER_MIGRATE_{home}");
        let redirects = self.cluster.counters(DcId::new(START_DC)).errors(&migrate);
        ensure!(
            redirects == 1,
            "DC {START_DC} answered {migrate} {redirects} times, expected once"
        );
        ensure!(
            keys.on(home) == 1,
            "expected 1 key exchange on DC {home}, counted {}",
            keys.on(home)
        );
        let logins = self
            .cluster
            .counters(DcId::new(home))
            .calls("auth.importBotAuthorization");
        ensure!(logins == 1, "DC {home} saw {logins} bot logins, expected 1");
        ensure!(
            client.home_dc()? == DcId::new(home),
            "the client's home is {}, not DC {home}",
            client.home_dc()?
        );
        let session = client.session().await?;
        let me = session
            .identity
            .as_ref()
            .ok_or_else(|| anyhow!("not signed in"))?;
        ensure!(
            me.user_id.0 == self.bot.id && me.bot == Some(true),
            "signed in as {:?}",
            me.user_id
        );
        Ok(details(
            format!(
                "auth.importBotAuthorization: DC {START_DC} answered {migrate}; migrated home to DC {home} (new key there) and signed in as bot {}",
                self.bot.id
            ),
            json!({
                "new_key_exchanges": keys.total() - keys.on(START_DC),
                "user_migrate_answers": redirects,
                "key_exchanges_on_home_dc": keys.on(home),
                "bot_logins_on_home_dc": logins,
                "home_dc": home,
            }),
        ))
    }
}
