//! The restart steps (`reopen_from_file`, `resume_from_string`), the session string
//! export and the conversion to every foreign format.

use anyhow::{Context, ensure};
use mtrs::{Client, Config, DcId, SessionSource};
use mtrs_session::SessionData;
use mtrs_session_convert::{self as convert, AccountSelector, Format, TdataWriteOptions};
use serde_json::{Map, Value, json};

use super::report::details;
use super::support::{KeyExchanges, download, get_self};
use super::{API_HASH, API_ID, CHUNK, Lifecycle};

impl Lifecycle<'_> {
    pub(super) async fn reopen(&self) -> anyhow::Result<((), Map<String, Value>)> {
        self.restart(self.config(), "reopened from the session file")
            .await
    }

    pub(super) async fn resume(&self, string: &str) -> anyhow::Result<((), Map<String, Value>)> {
        let fresh = self.work_dir.join("fresh");
        std::fs::create_dir_all(&fresh)
            .with_context(|| format!("cannot create {}", fresh.display()))?;
        let config = Config {
            session: SessionSource::String(string.to_owned()),
            bot_token: None,
            ..self.config()
        };
        let (value, mut proof) = self
            .restart(
                config,
                "resumed from the string, in memory, in a fresh directory",
            )
            .await?;
        let files = std::fs::read_dir(&fresh)?.count();
        ensure!(files == 0, "the in-memory client wrote {files} files");
        proof.insert("files_in_fresh_dir".to_owned(), json!(files));
        Ok((value, proof))
    }

    /// A new client from `config`: signed in at once, on the home DC, media DC reused —
    /// with no key exchange, no login and no authorization import.
    async fn restart(&self, config: Config, how: &str) -> anyhow::Result<((), Map<String, Value>)> {
        let (home, dc) = (self.bot.home_dc, self.file.dc_id);
        let keys = KeyExchanges::of(self.cluster);
        let logins = self.total(|c| c.calls("auth.importBotAuthorization"));
        let imports = self.total(|c| c.import_authorization);
        let client = Client::new(API_ID, API_HASH, config)?;
        client.connect().await?;
        let users = client.invoke(&get_self()).await?;
        ensure!(
            users.len() == 1,
            "users.getUsers answered {} users",
            users.len()
        );
        ensure!(
            client.home_dc()? == DcId::new(home),
            "started on {}, not the home DC {home}",
            client.home_dc()?
        );
        let media = client.dc_session(DcId::new(dc).media()).await?;
        let (part, _) = download(&media, &self.file, CHUNK as usize).await?;
        ensure!(
            self.file.bytes.starts_with(&part),
            "the file's first part differs"
        );
        client.stop().await?;
        let new_keys = KeyExchanges::of(self.cluster).total() - keys.total();
        let new_logins = self.total(|c| c.calls("auth.importBotAuthorization")) - logins;
        let new_imports = self.total(|c| c.import_authorization) - imports;
        ensure!(new_keys == 0, "{new_keys} key exchanges on restart");
        ensure!(
            new_logins == 0 && new_imports == 0,
            "{new_logins} logins and {new_imports} imports on restart"
        );
        Ok((
            (),
            details(
                format!(
                    "{how}: signed in on DC {home}, media DC {dc} reused; no key exchange, no login, no import"
                ),
                json!({
                    "new_key_exchanges": new_keys,
                    "new_bot_logins": new_logins,
                    "new_authorization_imports": new_imports,
                    "home_dc": home,
                }),
            ),
        ))
    }

    pub(super) async fn convert_all(
        &self,
        string: &str,
    ) -> anyhow::Result<((), Map<String, Value>)> {
        let session = convert::mtrs(string)?;
        let dir = self.work_dir.join("converted");
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
        let mut proof = Map::new();
        for format in [
            Format::Telethon,
            Format::Pyrogram,
            Format::Gramjs,
            Format::Mtcute,
        ] {
            let text = convert::export_str(format, &session)?;
            check_same(format, &session, &convert::import_str(format, &text)?)?;
            proof.insert(format.to_string(), json!(format!("{} chars", text.len())));
        }
        let telethon = dir.join("telethon.session");
        convert::write_telethon_file(&telethon, &session)?;
        check_same(
            Format::TelethonFile,
            &session,
            &convert::telethon_file(&telethon)?,
        )?;
        let pyrogram = dir.join("pyrogram.session");
        convert::write_pyrogram_file(&pyrogram, &session)?;
        check_same(
            Format::PyrogramFile,
            &session,
            &convert::pyrogram_file(&pyrogram)?,
        )?;
        let tdata = dir.join("tdata");
        convert::write_tdata(
            &tdata,
            std::slice::from_ref(&session),
            &TdataWriteOptions::new(),
        )?;
        let back = convert::tdesktop(&tdata, "", AccountSelector::Active)?;
        check_same(Format::Tdata, &session, &back)?;
        for (format, path) in [
            (Format::TelethonFile, &telethon),
            (Format::PyrogramFile, &pyrogram),
            (Format::Tdata, &tdata),
        ] {
            proof.insert(format.to_string(), json!(path.display().to_string()));
        }
        Ok((
            (),
            details(
                format!(
                    "{} foreign formats written and read back: same home DC, auth key and user",
                    proof.len()
                ),
                Value::Object(proof),
            ),
        ))
    }
}

pub(super) async fn export(
    client: &Client,
    home: i32,
) -> anyhow::Result<(String, Map<String, Value>)> {
    let string = client.export_session_string().await?;
    ensure!(string.starts_with("mtrs:1:"), "not an mtrs string");
    let session = convert::mtrs(&string)?;
    ensure!(
        session.home_dc.0 == home,
        "the string's home is DC {}",
        session.home_dc.0
    );
    let keyed: Vec<i32> = session
        .dcs
        .iter()
        .filter(|(_, dc)| dc.auth_key.is_some())
        .map(|(id, _)| id.0)
        .collect();
    let summary = format!(
        "mtrs:1:… string of {} chars with the keys of DCs {keyed:?} (not shown: it grants the account; `mtrs session export` prints it)",
        string.len()
    );
    let proof = json!({ "chars": string.len(), "dcs_with_keys": keyed, "home_dc": home });
    Ok((string, details(summary, proof)))
}

fn check_same(format: Format, want: &SessionData, got: &SessionData) -> anyhow::Result<()> {
    ensure!(
        got.home_dc == want.home_dc,
        "{format}: home DC {} instead of {}",
        got.home_dc.0,
        want.home_dc.0
    );
    ensure!(
        got.home_auth_key() == want.home_auth_key(),
        "{format}: a different auth key"
    );
    let user = |s: &SessionData| s.identity.as_ref().map(|i| i.user_id);
    if got.identity.is_some() {
        ensure!(user(got) == user(want), "{format}: a different user");
    }
    Ok(())
}
