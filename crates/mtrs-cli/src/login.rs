//! `mtrs login` and `mtrs logout`. `login` creates a session natively — a user with a phone number, login code and
//! (if the account has one) 2FA password, a user by QR code (`--qr`, `qr_login.rs`), or a
//! bot with its token — against Telegram or a
//! test DC started with `mtrs testdc serve --json`. The code and the password are read
//! from standard input (one line each; the password without echo on a terminal) unless a
//! flag or environment variable gives them;
//! nothing secret is printed. `logout` signs a session out (`auth.logOut`) and forgets its
//! identity; its keys stay, so a later `login` needs no key exchange.

use std::io::{BufRead, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;
use mtrs::{Client, Config, LoginError, SessionSource, SignIn};
use mtrs::{DcAddress, DcId, DcTable};
use serde_json::{Value, json};

/// `mtrs login`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  \
    mtrs login --api-id 12345 --api-hash 0123… --phone +4915112345678\n  \
    mtrs login --testdc info.json --phone 9996610001 --code-from-testdc --json\n  \
    mtrs login --testdc info.json --bot-token 7001:testdc-bot-secret\n  \
    mtrs login --qr --api-id 12345 --api-hash 0123…")]
pub struct LoginArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Sign in a bot with this token instead of a phone number.
    #[arg(
        long,
        env = "MTRS_BOT_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub bot_token: Option<String>,
    /// The phone number (read from standard input when omitted).
    #[arg(long, env = "MTRS_PHONE", value_name = "PHONE", hide_env_values = true)]
    pub phone: Option<String>,
    /// Take the login code from the test DC's control interface instead of standard input.
    #[arg(long, requires = "testdc")]
    pub code_from_testdc: bool,
    /// Sign in by QR code: draw it on the terminal (the `tg://login?token=…` URL under
    /// it), redraw it when it expires, and wait for another device to accept it.
    #[arg(long, conflicts_with_all = ["phone", "bot_token", "code_from_testdc"])]
    pub qr: bool,
    /// How long `--qr` waits for a device to accept the code.
    #[arg(long, value_name = "SECONDS", default_value_t = 600, requires = "qr",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub qr_timeout: u64,
    /// Print the result as one JSON line.
    #[arg(long)]
    pub json: bool,
}

/// `mtrs logout`.
#[derive(Debug, Args)]
pub struct LogoutArgs {
    #[command(flatten)]
    pub session: SessionArgs,
}

/// Which session `login` and `logout` open, and how to reach its DCs.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The folder of the session file (`<work-dir>/<session-name>.session`).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub work_dir: PathBuf,
    /// The session's name.
    #[arg(long, value_name = "NAME", default_value = "session")]
    pub session_name: String,
    /// The app's api_id.
    #[arg(long, env = "MTRS_API_ID", value_name = "N", default_value_t = 4242,
          value_parser = clap::value_parser!(i32).range(1..))]
    pub api_id: i32,
    /// The app's api_hash (32 hex digits).
    #[arg(
        long,
        env = "MTRS_API_HASH",
        value_name = "HASH",
        default_value = "0123456789abcdef0123456789abcdef",
        hide_env_values = true
    )]
    pub api_hash: String,
    /// Connect to a test DC: a file holding the JSON line `mtrs testdc serve --json`
    /// printed (its DCs and RSA key are used instead of Telegram's).
    #[arg(long, value_name = "INFO.json")]
    pub testdc: Option<PathBuf>,
}

/// Runs `mtrs logout`.
pub fn run_logout(args: &LogoutArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    runtime.block_on(async {
        let mut config = Config {
            session: SessionSource::file(&args.session.work_dir, &args.session.session_name),
            ..Config::default()
        };
        if let Some(path) = &args.session.testdc {
            let (table, key) = testdc_table(&read_info(path)?)?;
            config.dc_table = Some(table);
            config.rsa_keys = vec![key];
        }
        let client = Client::new(args.session.api_id, &args.session.api_hash, config)
            .context("bad client settings")?;
        client.connect().await.context("cannot connect")?;
        let signed_in = client.session().await?.identity.is_some();
        let result = if signed_in {
            client.sign_out().await.context("auth.logOut failed")
        } else {
            Ok(())
        };
        client.stop().await.context("cannot save the session")?;
        result?;
        if signed_in {
            println!("signed out; the session keeps its keys");
        } else {
            println!("the session was not signed in");
        }
        Ok(())
    })
}

/// Runs `mtrs login`.
pub fn run(args: &LoginArgs) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the runtime")?;
    runtime.block_on(login(args))
}

async fn login(args: &LoginArgs) -> anyhow::Result<()> {
    let info = match &args.session.testdc {
        Some(path) => Some(read_info(path)?),
        None => None,
    };
    let mut config = Config {
        session: SessionSource::file(&args.session.work_dir, &args.session.session_name),
        bot_token: args.bot_token.clone(),
        ..Config::default()
    };
    if let Some(info) = &info {
        let (table, key) = testdc_table(info)?;
        config.dc_table = Some(table);
        config.rsa_keys = vec![key];
    }
    let session_path = args
        .session
        .work_dir
        .join(format!("{}.session", args.session.session_name));
    let client = Client::new(args.session.api_id, &args.session.api_hash, config)
        .context("bad client settings")?;
    client.connect().await.context("cannot connect")?;
    let result = sign_in(&client, args, info.as_ref()).await;
    let me = match result {
        Ok(()) => client.get_me().await.context("get_me after signing in"),
        Err(e) => Err(e),
    };
    let home = client.home_dc();
    client.stop().await.context("cannot save the session")?;
    let me = me?;
    let home = home.context("no home DC")?.number();
    let name = me
        .first_name
        .as_ref()
        .map(|n| n.to_str_lossy().into_owned())
        .unwrap_or_default();
    if args.json {
        let out = json!({
            "user_id": me.id,
            "bot": me.bot,
            "first_name": name,
            "home_dc": home,
            "session": session_path.to_string_lossy(),
        });
        println!("{out}");
    } else {
        println!(
            "signed in as {} (user id {}{}) on DC {home}; session saved to {}",
            crate::output::escape(&name),
            me.id,
            if me.bot { ", bot" } else { "" },
            crate::output::escape(&session_path.to_string_lossy()),
        );
    }
    Ok(())
}

/// Signs in unless the session already is (a bot signs in during `connect`).
async fn sign_in(client: &Client, args: &LoginArgs, info: Option<&Value>) -> anyhow::Result<()> {
    if client.session().await?.identity.is_some() {
        return Ok(());
    }
    if args.bot_token.is_some() {
        bail!("the bot token was not accepted");
    }
    if args.qr {
        let outcome =
            crate::qr_login::sign_in(client, std::time::Duration::from_secs(args.qr_timeout))
                .await?;
        let mut input = std::io::stdin().lock();
        return finish(client, outcome, &mut input).await;
    }
    let mut input = std::io::stdin().lock();
    let phone = match &args.phone {
        Some(p) => p.clone(),
        None => prompt(&mut input, "phone number")?,
    };
    let token = client
        .request_login_code(&phone)
        .await
        .map_err(login_error)?;
    let code = match info.filter(|_| args.code_from_testdc) {
        Some(info) => code_from_testdc(info, &phone)?,
        None => prompt(&mut input, "login code")?,
    };
    let outcome = client.sign_in(&token, &code).await.map_err(login_error)?;
    finish(client, outcome, &mut input).await
}

/// Finishes a sign-in: nothing more once signed in, the 2FA password if the account has
/// one.
async fn finish(client: &Client, outcome: SignIn, input: &mut impl BufRead) -> anyhow::Result<()> {
    match outcome {
        SignIn::SignedIn(_) => Ok(()),
        SignIn::SignUpRequired => {
            bail!("no account uses this phone number; sign up with another app first")
        }
        SignIn::PasswordRequired(token) => {
            let hint = token.hint().map(crate::output::escape).unwrap_or_default();
            let what = format!("2FA password (hint: {hint})");
            let password = match std::env::var("MTRS_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                // On a terminal the password is not echoed.
                _ if std::io::stdin().is_terminal() => {
                    crate::hidden::prompt_hidden(&format!("{what}: "))
                        .context("cannot read the 2FA password")?
                }
                _ => prompt(input, &what)?,
            };
            client
                .check_password(&token, &password)
                .await
                .map_err(login_error)?;
            Ok(())
        }
        _ => bail!("the server answered the sign-in with something this command cannot finish"),
    }
}

fn login_error(e: LoginError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

/// Asks on stderr and reads one line from standard input (without its line end).
fn prompt(input: &mut impl BufRead, what: &str) -> anyhow::Result<String> {
    eprint!("{what}: ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let n = input
        .read_line(&mut line)
        .with_context(|| format!("cannot read the {what}"))?;
    if n == 0 {
        bail!("standard input ended before the {what}");
    }
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn read_info(path: &Path) -> anyhow::Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read {}",
            crate::output::escape(&path.to_string_lossy())
        )
    })?;
    serde_json::from_str(text.trim())
        .context("the --testdc file is not the JSON line of `mtrs testdc serve --json`")
}

/// The DC table and RSA key of a test DC's JSON line.
fn testdc_table(info: &Value) -> anyhow::Result<(DcTable, mtrs_crypto::rsa::RsaPublicKey)> {
    let mut dcs = Vec::new();
    for d in info["dcs"]
        .as_array()
        .context("no \"dcs\" in the --testdc file")?
    {
        let (Some(id), Some(host), Some(port)) =
            (d["id"].as_i64(), d["host"].as_str(), d["port"].as_u64())
        else {
            bail!("a DC entry of the --testdc file lacks id, host or port");
        };
        let addr: SocketAddr = format!("{host}:{port}")
            .parse()
            .context("a DC address of the --testdc file is not host:port")?;
        let id = DcId::new(i32::try_from(id).context("DC id out of range")?);
        let id = if d["media_only"] == true {
            id.media()
        } else {
            id
        };
        dcs.push(DcAddress { id, addr });
    }
    let first = dcs
        .iter()
        .find(|d| !d.id.is_media())
        .map(|d| d.id)
        .context("no regular DC in the --testdc file")?;
    let pem = info["rsa_public_key_pem"]
        .as_str()
        .context("no \"rsa_public_key_pem\" in the --testdc file")?;
    let key = mtrs_crypto::rsa::RsaPublicKey::from_pem(pem)
        .context("bad RSA key in the --testdc file")?;
    let default_dc = if dcs.iter().any(|d| d.id == DcId::new(2)) {
        DcId::new(2)
    } else {
        first
    };
    Ok((DcTable { dcs, default_dc }, key))
}

/// The login code the test DC last sent to `phone`, read through its control interface.
fn code_from_testdc(info: &Value, phone: &str) -> anyhow::Result<String> {
    use std::io::{BufReader, Write as _};
    let addr = info["control"]
        .as_str()
        .context("the --testdc file names no control interface")?;
    let stream = std::net::TcpStream::connect(addr)
        .context("cannot reach the test DC's control interface")?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    writeln!(writer, "{}", json!({"cmd": "login_code", "phone": phone}))?;
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let answer: Value =
        serde_json::from_str(&line).context("bad answer from the control interface")?;
    answer["code"]
        .as_str()
        .map(str::to_owned)
        .context("the test DC sent no login code to this number")
}
