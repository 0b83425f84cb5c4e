//! `mtrs testdc serve`: the test DC cluster as a process, for mtrs and any other client.

mod fixture_file;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use clap::{Args, Subcommand};
use mtrs_testdc::{Cluster, DcId, FaultConfig, Fixture, RejectKeys};

use crate::output;
use fixture_file::{ClusterInfo, FixtureFile};

/// The `testdc` subcommands.
#[derive(Debug, Subcommand)]
pub enum TestdcCommand {
    /// Run a local multi-DC MTProto test server until Ctrl-C or SIGTERM.
    #[command(after_help = "Examples:\n  \
        mtrs testdc serve                          # 3 DCs, the default fixture, a readable summary\n  \
        mtrs testdc serve --json > testdc.json     # one JSON line for scripts, then serve\n  \
        mtrs testdc serve --dcs 5 --fixture accounts.json --bad-server-salt-every 10\n  \
        mtrs testdc serve --fault-dc 2 --user-migrate-to 3   # DC 2 sends every login to DC 3")]
    Serve(ServeArgs),
}

/// `mtrs testdc serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// How many DCs (ids 1..=N).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub dcs: i32,
    /// The address to listen on (the test server listens on the loopback interface only).
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1")]
    pub host: String,
    /// A JSON fixture (users, bots, channels, files) instead of the default one.
    #[arg(long, value_name = "FILE")]
    pub fixture: Option<PathBuf>,
    /// Print everything a client needs as one JSON line on stdout before serving.
    #[arg(long)]
    pub json: bool,
    /// No media-only listeners (by default each DC also has one).
    #[arg(long)]
    pub no_media: bool,
    /// Keep an MTProto session this many seconds after its last TCP connection closed
    /// (a client reconnecting with the same session id continues it).
    #[arg(long, value_name = "SECONDS", default_value_t = 600)]
    pub session_lifetime_secs: u64,
    /// Close a connection that sends no encrypted packet (key exchange included) within
    /// this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub handshake_timeout_secs: u64,
    /// Close a connection that sends nothing for this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 300,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub idle_timeout_secs: u64,
    /// Close a connection that leaves a frame incomplete for this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub frame_timeout_secs: u64,
    /// How long a QR login token (`auth.exportLoginToken`) is valid, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30,
          value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub login_token_lifetime_secs: u64,
    /// Connections each listener serves at once; more are closed on accept.
    #[arg(long, value_name = "N", default_value_t = 1024,
          value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: u64,
    /// Serve as an MTProxy with this secret (32 hex digits): only obfuscated2 connections
    /// keyed with it are taken, as a proxy in front of the DCs would.
    #[arg(long, value_name = "HEX")]
    pub mtproxy_secret: Option<String>,
    #[command(flatten)]
    pub faults: FaultArgs,
}

/// Fault injection flags (applied to every DC, or only to `--fault-dc`).
#[derive(Debug, Args)]
pub struct FaultArgs {
    /// Apply the faults below to this DC only.
    #[arg(long, value_name = "DC")]
    pub fault_dc: Option<i32>,
    /// Answer every Nth encrypted packet with bad_server_salt (and rotate the salt).
    #[arg(long, value_name = "N")]
    pub bad_server_salt_every: Option<u64>,
    /// Close each connection after it delivered N packets.
    #[arg(long, value_name = "N")]
    pub close_after_messages: Option<u64>,
    /// Close a connection on a received packet with probability P (0.0..=1.0).
    #[arg(long, value_name = "P")]
    pub close_probability: Option<f64>,
    /// The seed of the fault generator.
    #[arg(long, value_name = "SEED", default_value_t = 0)]
    pub fault_seed: u64,
    /// Delay every RPC answer by MS milliseconds.
    #[arg(long, value_name = "MS")]
    pub reply_delay_ms: Option<u64>,
    /// Answer FLOOD_WAIT_X to a method, as METHOD=X (repeatable), e.g. help.getConfig=3.
    #[arg(long, value_name = "METHOD=SECONDS")]
    pub flood_wait: Vec<String>,
    /// Answer USER_MIGRATE_X (X = DC) to logins and to every method that needs one.
    #[arg(long, value_name = "DC")]
    pub user_migrate_to: Option<i32>,
    /// Answer transport error -404 to the next N encrypted packets, or to all with
    /// `forever`.
    #[arg(long, value_name = "N|forever")]
    pub reject_keys: Option<String>,
    /// Close each connection right after it completed a key exchange.
    #[arg(long)]
    pub close_after_handshake: bool,
    /// Answer the next N queries with 406 AUTH_KEY_DUPLICATED.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub auth_key_duplicated: u32,
    /// Answer the next N queries with 401 SESSION_REVOKED.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub session_revoked: u32,
    /// Execute the next N queries but close the connection before writing their answers
    /// (the session keeps them for a re-sent msg_id).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub drop_after_execute: u32,
}

impl FaultArgs {
    fn config(&self) -> anyhow::Result<FaultConfig> {
        let mut faults = FaultConfig::default();
        if let Some(n) = self.bad_server_salt_every {
            faults = faults.bad_server_salt_every(n);
        }
        if let Some(n) = self.close_after_messages {
            faults = faults.close_after_messages(n);
        }
        if let Some(p) = self.close_probability
            && !(0.0..=1.0).contains(&p)
        {
            bail!("--close-probability must be between 0 and 1, not {p}");
        }
        faults = faults.close_probability(self.close_probability.unwrap_or(0.0), self.fault_seed);
        if let Some(ms) = self.reply_delay_ms {
            faults = faults.reply_delay(Duration::from_millis(ms));
        }
        for rule in &self.flood_wait {
            let Some((method, seconds)) = rule.split_once('=') else {
                bail!("--flood-wait takes METHOD=SECONDS, not {rule:?}");
            };
            let seconds: u32 = seconds
                .parse()
                .with_context(|| format!("--flood-wait {rule:?}: bad number of seconds"))?;
            faults = faults.flood_wait(method, seconds);
        }
        if let Some(dc) = self.user_migrate_to {
            faults = faults.user_migrate_to(dc);
        }
        if let Some(reject) = &self.reject_keys {
            let reject = match reject.as_str() {
                "forever" => RejectKeys::Forever,
                n => RejectKeys::Next(n.parse().with_context(|| {
                    format!("--reject-keys takes a number of packets or `forever`, not {n:?}")
                })?),
            };
            faults = faults.reject_keys(reject);
        }
        Ok(faults
            .close_after_handshake(self.close_after_handshake)
            .auth_key_duplicated(self.auth_key_duplicated)
            .session_revoked(self.session_revoked)
            .drop_after_execute(self.drop_after_execute))
    }
}

/// Runs one `testdc` subcommand.
pub fn run(cmd: TestdcCommand) -> anyhow::Result<()> {
    match cmd {
        TestdcCommand::Serve(args) => serve(&args),
    }
}

fn serve(args: &ServeArgs) -> anyhow::Result<()> {
    if !matches!(args.host.as_str(), "127.0.0.1" | "localhost") {
        bail!(
            "--host {}: the test server listens on 127.0.0.1 only (it holds fake accounts \
             and must not be reachable from the network)",
            args.host
        );
    }
    let fixture = match &args.fixture {
        // The default fixture shrinks to the cluster; a given one must fit it.
        None => Fixture::default().within(args.dcs),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the fixture {}", path.display()))?;
            FixtureFile::parse(&text)
                .and_then(FixtureFile::into_fixture)
                .with_context(|| format!("bad fixture {}", path.display()))?
        }
    };
    let faults = args.faults.config()?;
    let mut builder = Cluster::builder()
        .dcs(args.dcs)
        .media_listeners(!args.no_media)
        .session_lifetime(Duration::from_secs(args.session_lifetime_secs))
        .handshake_timeout(Duration::from_secs(args.handshake_timeout_secs))
        .idle_timeout(Duration::from_secs(args.idle_timeout_secs))
        .frame_timeout(Duration::from_secs(args.frame_timeout_secs))
        .login_token_lifetime(Duration::from_secs(args.login_token_lifetime_secs))
        // At most 1 000 000 (clap range), which fits any usize.
        .max_connections(usize::try_from(args.max_connections).unwrap_or(usize::MAX))
        .fixture(fixture);
    if let Some(secret) = &args.mtproxy_secret {
        let mut key = [0u8; 16];
        // Never echo the secret: it is a credential.
        hex::decode_to_slice(secret.trim(), &mut key)
            .map_err(|_| anyhow::anyhow!("--mtproxy-secret takes 32 hexadecimal digits"))?;
        builder = builder.mtproxy_secret(key);
    }
    builder = match args.faults.fault_dc {
        Some(dc) if !(1..=args.dcs).contains(&dc) => {
            bail!("--fault-dc {dc}: the cluster has DCs 1..={}", args.dcs)
        }
        Some(dc) => builder.dc_faults(DcId::new(dc), faults),
        None => builder.faults(faults),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let cluster = builder.start().await.context("cannot start the test DCs")?;
        let control = cluster
            .start_control(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .context("cannot start the control interface")?;
        // Listen for signals before announcing the cluster: a script that reads the JSON
        // line and stops the server at once must find the handlers in place.
        let stop = Shutdown::listen()?;
        let info = ClusterInfo::of(&cluster, control.addr());
        if args.json {
            output::stdout(&serde_json::to_string(&info)?)?;
        } else {
            output::stdout(&info.text())?;
        }
        eprintln!("serving; stop with Ctrl-C (or SIGTERM)");
        let signal = stop.wait().await;
        control.shutdown().await;
        cluster.shutdown().await;
        eprintln!("stopped ({signal})");
        Ok(())
    })
}

/// The signals that stop the server, registered up front.
struct Shutdown {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl Shutdown {
    fn listen() -> anyhow::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Shutdown {
                interrupt: signal(SignalKind::interrupt()).context("cannot listen for Ctrl-C")?,
                terminate: signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Shutdown {})
        }
    }

    /// Waits for Ctrl-C (SIGINT) or SIGTERM; names the one received.
    async fn wait(mut self) -> &'static str {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => "interrupted",
                _ = self.terminate.recv() => "terminated",
            }
        }
        #[cfg(not(unix))]
        {
            // Without a handler the process ends on Ctrl-C anyway, so a failure to
            // register one changes nothing.
            let _ = tokio::signal::ctrl_c().await;
            "interrupted"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(reject_keys: Option<&str>) -> FaultArgs {
        FaultArgs {
            fault_dc: None,
            bad_server_salt_every: None,
            close_after_messages: None,
            close_probability: None,
            fault_seed: 0,
            reply_delay_ms: None,
            flood_wait: Vec::new(),
            user_migrate_to: None,
            reject_keys: reject_keys.map(str::to_owned),
            close_after_handshake: true,
            auth_key_duplicated: 1,
            session_revoked: 2,
            drop_after_execute: 3,
        }
    }

    #[test]
    fn session_fault_flags_become_the_fault_config() {
        let config = args(Some("4")).config().expect("valid flags");
        assert_eq!(config.reject_keys, Some(RejectKeys::Next(4)));
        assert!(config.close_after_handshake);
        assert_eq!(
            (
                config.auth_key_duplicated,
                config.session_revoked,
                config.drop_after_execute
            ),
            (1, 2, 3)
        );
        let forever = args(Some("forever")).config().expect("valid flags");
        assert_eq!(forever.reject_keys, Some(RejectKeys::Forever));
        assert!(args(Some("soon")).config().is_err());
        assert_eq!(args(None).config().expect("valid").reject_keys, None);
    }
}
