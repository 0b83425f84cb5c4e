//! The `receive_updates` step: the bot takes a message the test DC injects, stops, a
//! second message arrives while it is away, and the restarted bot gets exactly that one
//! (through the catch-up difference), once.

use std::time::Duration;

use anyhow::{Context, anyhow, ensure};
use mtrs::api::enums;
use mtrs::{Client, UpdateBatch, Updates};
use serde_json::{Map, Value, json};

use super::report::details;
use super::{API_HASH, API_ID, Lifecycle};

/// The user who writes to the bot (the fixture's `alice`).
const SENDER: i64 = 1001;
/// How long the step waits for an update before it fails.
const WAIT: Duration = Duration::from_secs(30);

fn texts(batch: &UpdateBatch) -> impl Iterator<Item = String> + '_ {
    batch.updates.iter().filter_map(|u| match u {
        enums::Update::UpdateNewMessage(u) => match &u.message {
            enums::Message::Message(m) => Some(m.message.to_string()),
            _ => None,
        },
        _ => None,
    })
}

/// Takes what is queued (after the catch-up), without waiting for more.
async fn queued(updates: &mut Updates) -> anyhow::Result<Vec<String>> {
    updates.caught_up().await?;
    let mut got = Vec::new();
    while let Some(batch) = updates.try_next().await? {
        got.extend(texts(&batch));
    }
    Ok(got)
}

impl Lifecycle<'_> {
    async fn started(&self) -> anyhow::Result<(Client, Updates)> {
        let client = Client::new(API_ID, API_HASH, self.config())?;
        client.connect().await?;
        let updates = client.updates().await?;
        tokio::time::timeout(WAIT, updates.caught_up())
            .await
            .context("the update catch-up did not finish")??;
        Ok((client, updates))
    }

    fn inject(&self, text: &str) -> anyhow::Result<()> {
        self.cluster
            .send_message(SENDER, self.bot.id, text)
            .map(|_| ())
            .map_err(|e| anyhow!("the test DC cannot inject a message: {e}"))
    }

    pub(super) async fn receive_updates(&self) -> anyhow::Result<((), Map<String, Value>)> {
        let differences = || self.total(|c| c.calls("updates.getDifference"));
        // First lifetime: a live message.
        let (client, mut updates) = self.started().await?;
        let before = queued(&mut updates).await?;
        self.inject("hello, bot")?;
        let batch = tokio::time::timeout(WAIT, updates.next())
            .await
            .context("no live update")??
            .ok_or_else(|| anyhow!("the update stream ended"))?;
        let live: Vec<String> = texts(&batch).collect();
        ensure!(live == ["hello, bot"], "the live batch held {live:?}");
        client.stop().await?;
        // While stopped.
        self.inject("sent while you were away")?;
        let differences_before = differences();
        // Second lifetime: exactly the message that arrived while stopped.
        let (client, mut updates) = self.started().await?;
        let caught_up = queued(&mut updates).await?;
        client.stop().await?;
        ensure!(
            caught_up == ["sent while you were away"],
            "after the restart the bot got {caught_up:?}"
        );
        let catch_up_calls = differences() - differences_before;
        Ok((
            (),
            details(
                "the bot took a live message, stopped; the one sent while it was away came once, through the catch-up difference",
                json!({
                    "queued_before_first_message": before.len(),
                    "live": live,
                    "after_restart": caught_up,
                    "get_difference_calls_on_restart": catch_up_calls,
                }),
            ),
        ))
    }
}
