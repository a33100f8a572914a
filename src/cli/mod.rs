//! The command line: clap definitions, opening the book, and each subcommand.

/// A line on the command's stdout (`output::stdout`: the process's, or an SSH exec channel's)
/// that hands a closed pipe (`partnerdesk … | head`) back as an error instead of panicking;
/// `main` then ends quietly, as Unix tools do.
macro_rules! say {
    () => {
        std::io::Write::write_all(&mut $crate::cli::output::stdout(), b"\n")?
    };
    ($($arg:tt)*) => {
        std::io::Write::write_fmt(&mut $crate::cli::output::stdout(), format_args!("{}\n", format_args!($($arg)*)))?
    };
}

/// A line on the command's stderr, as `say!` on its stdout.
macro_rules! tell {
    ($($arg:tt)*) => {
        std::io::Write::write_fmt(&mut $crate::cli::output::stderr(), format_args!("{}\n", format_args!($($arg)*)))?
    };
}

mod accept;
mod admin;
mod audit;
mod book;
mod company;
mod complete;
mod contacts;
mod customers;
mod demo;
pub mod failure;
mod gdap;
pub mod help;
mod import;
mod init;
mod invitations;
mod json;
mod offers;
pub mod output;
mod partners;
mod product_keys;
mod progress;
pub mod remote;
mod service_requests;
mod subscriptions;
mod tenant_users;
mod users;

use crate::app::session::{self, Clock, FixedClock, Session, SystemClock};
use crate::app::{App, keyscript};
use crate::frontend::headless::Headless;
use crate::store::Book;
use crate::theme::Palette;
use crate::ui::{snapshot, theme};
use anyhow::{Context, Result, bail};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Parser, Debug)]
#[command(name = "partnerdesk", version, about = "A keyboard-driven desk for CSP partner support operators")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub open: OpenArgs,
}

/// The options every command takes, before or after the subcommand's name.
#[derive(Args, Debug, Clone)]
pub struct OpenArgs {
    /// The book file (default: $PARTNERDESK_DB, else book.redb in the platform data directory;
    /// for `demo`, demo.redb there).
    #[arg(long, value_name = "PATH", global = true)]
    pub db: Option<PathBuf>,
    /// Who you are: a partner user or a user of a customer tenant (default: the partner's
    /// first Global admin).
    #[arg(long = "as", value_name = "EMAIL", global = true, add = clap_complete::engine::ArgValueCompleter::new(complete::emails))]
    pub as_email: Option<String>,
    /// Look, never change: every change is refused before anything is written.
    #[arg(long, global = true)]
    pub read_only: bool,
    /// Colours of the app and of snapshots: dark (for a dark terminal), light (paints its own
    /// white background) or mono. How many colours the terminal has is read from NO_COLOR,
    /// COLORTERM and TERM (TERM=dumb or NO_COLOR: mono).
    /// [default: dark, or the config file's `theme`]
    #[arg(long, value_enum, value_name = "THEME", global = true, env = "PARTNERDESK_THEME")]
    pub theme: Option<Palette>,
    /// The language of screens and messages: en, vi, tr or zh-CN (default: from LC_ALL,
    /// LC_MESSAGES or LANG, else English). `L` switches it while the desk is open.
    #[arg(long, value_name = "LANG", global = true)]
    pub lang: Option<crate::i18n::Locale>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Set up a new book: your company and its first Global admin.
    Init(init::InitArgs),
    /// Create a realistic demo book and open it.
    Demo(demo::DemoArgs),
    /// Print the whole book as JSON (the schema is in the README; `import` restores it).
    Export(ExportArgs),
    /// A consistent copy of the book into a new file, taken while the book is in use.
    Backup(book::BackupArgs),
    /// Verify every record, every index against its records, and the audit log (reads only).
    Check(book::CheckArgs),
    /// Bring your data in: restore an export, or add Partner Center customers and
    /// subscriptions, Microsoft Graph admin relationships or a CSV customer list.
    Import(import::ImportArgs),
    /// Run the app headless on a key script and print the final screen, exactly as a terminal
    /// shows it. The script runs on a copy of the book in memory: a form it submits changes
    /// the copy, never the book.
    Snapshot(SnapshotArgs),
    /// Request a reseller relationship: prints the invitation's link and email.
    Invite(invitations::InviteArgs),
    /// List, revoke or purge invitations.
    #[command(subcommand)]
    Invitations(invitations::InvitationsCommand),
    /// Trial invitations, purchase offers and delegated-admin offers (reusable URLs).
    #[command(subcommand)]
    Offer(offers::OfferCommand),
    /// Accept an invitation or use an offer URL, as a Global admin of the customer (`--as`).
    Accept(accept::AcceptArgs),
    /// Decline an invitation, as a Global admin of the customer (`--as`).
    Decline(accept::DeclineArgs),
    /// List, show or add customers.
    #[command(subcommand)]
    Customers(customers::CustomersCommand),
    /// The partner directory and "Check ID".
    #[command(subcommand)]
    Partners(partners::PartnersCommand),
    /// Partners of record of subscriptions (customer side).
    #[command(subcommand)]
    Por(partners::PorCommand),
    /// A customer's subscriptions: list, suspend, reactivate, cancel, licence count, licences of users.
    #[command(subcommand)]
    Subscriptions(subscriptions::SubscriptionsCommand),
    /// Set up a customer's subscription with a product key (advisors).
    #[command(subcommand)]
    ProductKeys(product_keys::ProductKeysCommand),
    /// The users of a customer's tenant: list, add, reset a password, Global admin.
    #[command(subcommand)]
    TenantUsers(tenant_users::TenantUsersCommand),
    /// Granular admin relationships (GDAP): list, request, approve, extend, end, the expiry
    /// forecast, role templates and each customer's access health.
    #[command(subcommand)]
    Gdap(gdap::GdapCommand),
    /// Serve the book to many operators over SSH, each with their own app.
    Serve(ServeArgs),
    /// The audit log: who changed what, when, before → after.
    Audit(audit::AuditArgs),
    /// The config file: where it is, every setting with its default, the actions keys can be
    /// bound to.
    Config(ConfigArgs),
    /// Print a shell completion script for bash, zsh, fish, elvish or powershell; for bash:
    /// `partnerdesk completions bash > ~/.local/share/bash-completion/completions/partnerdesk`.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `partnerdesk man | man -l -`, or save it as
    /// `partnerdesk.1` in a `man1` folder of your MANPATH.
    Man {
        /// Write one page per command (`partnerdesk.1`, `partnerdesk-customers-list.1`, …) into
        /// this folder instead.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    /// Your tenant's admin privileges, as a Global admin of the customer (`--as`): remove them
    /// from a partner or move them to another.
    #[command(subcommand)]
    Admin(admin::AdminCommand),
    /// Service requests opened on a customer's behalf.
    #[command(subcommand)]
    ServiceRequests(service_requests::ServiceRequestsCommand),
    /// Your company's profile (a customer's user: its own organization): show or edit it.
    #[command(subcommand)]
    Company(company::CompanyCommand),
    /// Tools for testing partnerdesk itself.
    #[command(subcommand, hide = true)]
    Debug(DebugCommand),
    /// Support contacts of one customer, several, or all: add, remove, or set exactly.
    #[command(subcommand)]
    Contacts(contacts::ContactsCommand),
    /// The partner's own users and their roles: list, add, edit, remove.
    #[command(subcommand)]
    Users(users::UsersCommand),
}

#[derive(Args, Debug)]
pub struct ConfigArgs {
    /// Print every setting, commented out, with its default (a file to start from).
    #[arg(long)]
    pub print_default: bool,
    /// Print the actions keys can be bound to: name, keys, what it does.
    #[arg(long)]
    pub actions: bool,
}

/// `config`: without a flag, where the file is and whether it is in force.
fn config_command(args: &ConfigArgs) -> Result<()> {
    if args.print_default {
        say!("{}", crate::config::DEFAULT.trim_end());
    } else if args.actions {
        for (name, binding) in crate::app::keymap::rebindable() {
            say!("{} {} {}", crate::cells::pad(&name, 40), crate::cells::pad(binding.shown, 14), binding.help);
        }
    } else {
        let path = crate::config::path().context(crate::t!("cli-config-no-home"))?;
        let state = match (path.exists(), crate::config::load()) {
            (false, _) => crate::t!("cli-config-missing"),
            (true, Ok(_)) => crate::t!("cli-config-in-force"),
            (true, Err(e)) => crate::t!("cli-config-refused", error = format!("{e:#}")),
        };
        say!("{} ({state})", path.display());
    }
    Ok(())
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The whole book as JSON (the default); the flag is taken so scripts can pass it to
    /// every command (failures are then JSON too).
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// The customers as CSV (the columns of the in-app export) instead of the whole book.
    #[arg(long)]
    pub csv: bool,
    /// CSV for Excel: a UTF-8 byte order mark and CRLF line ends, so Vietnamese and Chinese
    /// names open ungarbled (implies --csv; config `excel = true` makes it the default).
    #[arg(long)]
    pub excel: bool,
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:2222")]
    pub listen: String,
    /// OpenSSH authorized_keys format; each key names its partnerdesk user with
    /// `environment="PARTNERDESK_USER=EMAIL"` (or, the older form, its comment). `SIGHUP`
    /// re-reads it.
    #[arg(long, value_name = "FILE")]
    pub authorized_keys: PathBuf,
    /// The server's host key (made on first start; default: beside the book).
    #[arg(long, value_name = "FILE")]
    pub host_key: Option<PathBuf>,
    /// Most sessions at once.
    #[arg(long, default_value_t = 64)]
    pub max_sessions: usize,
    /// Close a connection idle this many seconds.
    #[arg(long, default_value_t = 3600)]
    pub idle_timeout: u64,
    /// Seconds a connection has to log in (as sshd's LoginGraceTime).
    #[arg(long, default_value_t = 30)]
    pub login_grace_time: u64,
    /// Most connections at once, logged in or not.
    #[arg(long, default_value_t = 512)]
    pub max_connections: usize,
    /// Unauthenticated connections, START:RATE:FULL as sshd's MaxStartups: past START a new
    /// one is dropped with probability RATE %, rising to 100 % at FULL.
    #[arg(long, default_value = "64:30:256")]
    pub max_startups: crate::ssh::Startups,
    /// Also log to this file (stderr is always logged to), rotated at --log-max-bytes.
    #[arg(long, value_name = "FILE")]
    pub log_file: Option<PathBuf>,
    /// Size at which the log file is rotated (to FILE.1, FILE.2, FILE.3).
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub log_max_bytes: u64,
    /// Offer only the post-quantum key exchange (mlkem768x25519-sha256): clients older than
    /// OpenSSH 9.9 cannot connect.
    #[arg(long)]
    pub post_quantum_only: bool,
}

#[derive(Subcommand, Debug)]
pub enum DebugCommand {
    /// Commits `count` small audited changes, printing `committed N` after each commit returns:
    /// the crash test kills it at random moments and checks that every printed change survived.
    Churn {
        #[arg(long, default_value_t = 1000)]
        count: u64,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Text,
    Ansi,
    Svg,
}

#[derive(Args, Debug)]
pub struct SnapshotArgs {
    /// Screen size, WIDTHxHEIGHT.
    #[arg(long, default_value = "120x35")]
    pub size: String,
    /// The key script (see the README: plain characters, <Enter>, <Esc>, <C-s>, <wait>, …).
    #[arg(long, default_value = "")]
    pub keys: String,
    /// text (characters only), ansi (with colours, for a terminal) or svg (an image).
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write the screen here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Print the screen after every step (text), for debugging a script.
    #[arg(long)]
    pub frames: bool,
    /// Freeze the clock at this instant (RFC 3339), for reproducible screens.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Run the script on the book itself, so what it submits is written (audited as any
    /// session). Without it a snapshot runs on a copy in memory and never changes the book.
    #[arg(long)]
    pub commit: bool,
}

fn data_dir() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "partnerdesk").context(crate::t!("cli-no-data-dir"))?;
    Ok(dirs.data_dir().to_path_buf())
}

/// The book the command works on: `--db`, else `$PARTNERDESK_DB`, else the config file's
/// `book`, else the data directory's.
fn book_path(who: &Who) -> Result<PathBuf> {
    if let Some(p) = &who.db {
        return Ok(p.clone());
    }
    match (std::env::var_os("PARTNERDESK_DB").filter(|v| !v.is_empty()), &who.default_book) {
        (Some(p), _) => Ok(PathBuf::from(p)),
        (None, Some(p)) => Ok(p.clone()),
        (None, None) => Ok(data_dir()?.join("book.redb")),
    }
}

/// Opens the command's book, which must exist: nothing is created on a mistyped path. With
/// `--read-only` it is opened to read only, and nothing in the file changes.
fn open_existing(who: &Who) -> Result<Arc<Book>> {
    if let Some(served) = &who.served {
        return Ok(served.book.clone());
    }
    let path = book_path(who)?;
    let book = if who.read_only { Book::open_read_only(&path)? } else { Book::open(&path)? };
    if let Some(migration) = book.migration() {
        let book = path.display().to_string();
        tell!("{}", crate::t!("cli-brought-up-to-date", book = book, migration = migration.to_string()));
    }
    Ok(Arc::new(book))
}

/// Logs what opening did to bring an older book up to date: the app and `serve` keep their
/// screens and sessions for their own output.
fn log_migration(book: &Book) {
    if let Some(migration) = book.migration() {
        let path = book.path().map(|p| p.display().to_string()).unwrap_or_default();
        tracing::info!(book = %path, "brought up to date: {migration}");
    }
}

/// Opens the command's book to read only: a command that only looks changes no byte of the
/// file, and works while `serve` or the app holds the book.
fn open_to_read(who: &Who) -> Result<Arc<Book>> {
    if let Some(served) = &who.served {
        return Ok(served.book.clone());
    }
    Ok(Arc::new(Book::open_read_only(&book_path(who)?)?))
}

/// The process's command line, parsed with `--help` and clap's messages in the language the
/// run speaks: `--lang`, then the config file's, then `LC_ALL`, `LC_MESSAGES` or `LANG`.
pub fn parse() -> Result<Cli, clap::Error> {
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let configured = || crate::config::load().ok().and_then(|c| c.lang);
    let env_locale = || crate::i18n::Locale::from_vars(|name| std::env::var(name).ok());
    crate::i18n::set_default(help::lang_in(&words).or_else(configured).or_else(env_locale).unwrap_or_default());
    help::parse_from(words)
}

pub fn run(cli: Cli) -> Result<()> {
    if let Some(Command::Config(args)) = &cli.command {
        // Shows the config even when the file cannot be used: that is when it is needed.
        return config_command(args);
    }
    let config = crate::config::load().map_err(|e| failure::Usage(format!("{e:#}")))?;
    // The language: --lang, then the config file's, then LC_ALL, LC_MESSAGES or LANG.
    let env_locale = || crate::i18n::Locale::from_vars(|name| std::env::var(name).ok());
    crate::i18n::set_default(cli.open.lang.or(config.lang).or_else(env_locale).unwrap_or_default());
    if let Some(pattern) = config.date_format {
        crate::i18n::date_format::set(pattern);
    }
    let who = Who {
        db: cli.open.db.clone(),
        default_book: config.book,
        email: cli.open.as_email.clone(),
        read_only: cli.open.read_only,
        palette: cli.open.theme.or(config.theme).unwrap_or_default(),
        csv: crate::export::CsvDialect { excel: config.excel.unwrap_or(false) },
        mouse: config.mouse.unwrap_or(true),
        fuzzy: config.fuzzy.unwrap_or(false),
        zone: config.tz,
        served: None,
    };
    dispatch(cli.command, &who)
}

/// Runs one command for `who`.
fn dispatch(command: Option<Command>, who: &Who) -> Result<()> {
    match command {
        None => run_tui_at(&book_path(who)?, who),
        Some(Command::Init(args)) => init::run(args, who),
        Some(Command::Import(args)) => import::run(args, who),
        Some(Command::Backup(args)) => book::backup(args, who),
        Some(Command::Check(args)) => book::check(args, who),
        Some(Command::Demo(args)) => demo::run(args, who),
        Some(Command::Export(args)) => {
            let cli = CliSession::read(who)?;
            if cli.session.customer_tenant().is_some() {
                bail!("{}", crate::t!("cli-export-partner-only"));
            }
            // A large book takes a while: on a terminal, stderr shows how much is written.
            let template = crate::t!(
                "export-written-progress",
                spinner = "{spinner}",
                written = "{bytes}",
                rate = "{bytes_per_sec}",
                elapsed = "{elapsed}"
            );
            let bar = progress::bar(None, args.json, &template);
            let mut out = std::io::BufWriter::new(bar.wrap_write(output::stdout()));
            if args.csv || args.excel {
                let dialect = crate::export::CsvDialect { excel: args.excel || who.csv.excel };
                crate::export::write_customers_csv(&cli.book, dialect, &mut out)?;
            } else {
                crate::export::write_json(&cli.book, &mut out).map_err(|e| book::unknown_tables(e, who))?;
            }
            out.flush()?;
            bar.finish_and_clear();
            Ok(())
        }
        Some(Command::Snapshot(args)) => run_snapshot(args, who),
        Some(Command::Config(_)) => Ok(()),
        Some(Command::Completions { shell }) => {
            // Written whole, so that a reader that stops early (`| head`) ends it quietly.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "partnerdesk", &mut script);
            Ok(std::io::stdout().write_all(&script)?)
        }
        Some(Command::Man { out_dir: None }) => {
            Ok(clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?)
        }
        Some(Command::Man { out_dir: Some(dir) }) => {
            std::fs::create_dir_all(&dir)?;
            clap_mangen::generate_to(Cli::command(), &dir)?;
            say!("{}", crate::t!("cli-man-written", dir = dir.display().to_string()));
            Ok(())
        }
        Some(Command::Invite(args)) => invitations::invite(args, who),
        Some(Command::Invitations(command)) => invitations::invitations(command, who),
        Some(Command::Accept(args)) => accept::accept(args, who),
        Some(Command::Offer(command)) => offers::run(command, who),
        Some(Command::Decline(args)) => accept::decline(args, who),
        Some(Command::Audit(args)) => audit::run(args, who),
        Some(Command::Serve(args)) => {
            if who.email.is_some() {
                return Err(failure::Usage(crate::t!("cli-serve-no-as")).into());
            }
            let path = book_path(who)?;
            let book = Arc::new(Book::open(&path)?);
            crate::ssh::log::init(args.log_file.as_deref(), args.log_max_bytes, 3)?;
            log_migration(&book);
            let options = crate::ssh::ServeOptions {
                listen: args.listen,
                authorized_keys: args.authorized_keys,
                host_key: args.host_key.unwrap_or_else(|| path.with_extension("host_key")),
                max_sessions: args.max_sessions,
                idle_timeout: std::time::Duration::from_secs(args.idle_timeout),
                login_grace: std::time::Duration::from_secs(args.login_grace_time.max(1)),
                max_connections: args.max_connections.max(1),
                max_startups: args.max_startups,
                post_quantum_only: args.post_quantum_only,
                mouse: who.mouse,
                fuzzy: who.fuzzy,
            };
            crate::ssh::serve(book, options)
        }
        Some(Command::Customers(command)) => customers::run(command, who),
        Some(Command::Partners(command)) => partners::partners(command, who),
        Some(Command::Por(command)) => partners::por(command, who),
        Some(Command::Subscriptions(command)) => subscriptions::run(command, who),
        Some(Command::TenantUsers(command)) => tenant_users::run(command, who),
        Some(Command::ProductKeys(command)) => product_keys::run(command, who),
        Some(Command::Gdap(command)) => gdap::run(command, who),
        Some(Command::Admin(command)) => admin::run(command, who),
        Some(Command::ServiceRequests(command)) => service_requests::run(command, who),
        Some(Command::Company(command)) => company::run(command, who),
        Some(Command::Debug(DebugCommand::Churn { count })) => churn(who, count),
        Some(Command::Contacts(command)) => contacts::run(command, who),
        Some(Command::Users(command)) => users::run(command, who),
    }
}

fn churn(who: &Who, count: u64) -> Result<()> {
    use crate::store::Reads;
    let book = open_existing(who)?;
    let mut tenants = Vec::new();
    book.read()?.each_customer_row(|r| {
        if tenants.len() < 1000 {
            tenants.push(r.tenant_id);
        }
    })?;
    if tenants.is_empty() {
        bail!("the book has no customers to change");
    }
    let out = std::io::stdout();
    for n in 0..count {
        let tenant = tenants[(n as usize) % tenants.len()];
        let stamp = crate::store::Stamp {
            actor: "partnerdesk debug churn".into(),
            session: crate::domain::ids::SessionId("churn".into()),
            at: chrono::Utc::now(),
            via: String::new(),
        };
        let seq = book.write(&stamp, |tx| {
            let Some(before) = tx.customer(tenant)? else { return Ok(None) };
            let org = tx.org()?.map(|o| o.partner_id).unwrap_or(crate::domain::ids::PartnerId(0));
            let mut after = before.clone();
            let seq = tx.next_id("churn")?;
            after.address.line1 = format!("churn {seq}");
            let after = tx.update_customer(&after, org)?;
            tx.audit("debug.churn", after.primary_domain.as_str(), Some(&before.address), Some(&after.address))?;
            Ok(Some(seq))
        })?;
        if let Some(seq) = seq {
            let mut lock = out.lock();
            writeln!(lock, "committed {seq}")?;
            lock.flush()?;
        }
    }
    Ok(())
}

/// Which book, who the command line says is acting, and how.
#[derive(Clone)]
pub struct Who {
    pub db: Option<PathBuf>,
    /// The config file's `book`: after `--db` and `$PARTNERDESK_DB`, before the data directory's.
    pub default_book: Option<PathBuf>,
    pub email: Option<String>,
    pub read_only: bool,
    /// The colours the app is drawn in (`--theme`).
    pub palette: Palette,
    /// How CSV is written (config `excel`).
    pub csv: crate::export::CsvDialect,
    /// The app takes the mouse (config `mouse`).
    pub mouse: bool,
    /// The filter is fuzzy (config `fuzzy`).
    pub fuzzy: bool,
    /// The time zone the config file names (`tz`): before the operator's own and `TZ`.
    pub zone: Option<crate::i18n::zone::Zone>,
    /// The book `serve` holds and the key's user, for a command that came over SSH: it uses
    /// that book and acts as that user, never a file or an `--as` of its own.
    pub served: Option<remote::Served>,
}

/// A subcommand's session: the book, who acts, and the clock.
struct CliSession {
    book: Arc<Book>,
    session: Session,
    now: crate::domain::Timestamp,
    hosts: crate::domain::link::LinkHosts,
    /// The zone the text output's times are in, as the desk would show them (JSON is UTC).
    zone: crate::i18n::zone::Zone,
}

impl CliSession {
    fn open(who: &Who) -> Result<Self> {
        Self::with_book(open_existing(who)?, who)
    }

    /// A session of a command that only reads.
    fn read(who: &Who) -> Result<Self> {
        Self::with_book(open_to_read(who)?, who)
    }

    fn with_book(book: Arc<Book>, who: &Who) -> Result<Self> {
        let clock = SystemClock;
        let session = new_session(&book, who, &clock)?;
        let zone = operator_zone(&book, &session, who);
        Ok(Self { book, session, now: clock.now(), hosts: Default::default(), zone })
    }

    /// What this session's reader may see.
    fn scope(&self) -> crate::domain::scope::Scope {
        crate::domain::scope::Scope::of(self.session.actor.as_ref())
    }

    fn ctx(&self) -> Result<crate::operations::OpContext<'_>> {
        let actor = self.session.actor.as_ref().context(crate::text::NOBODY_SIGNED_IN)?;
        Ok(crate::operations::OpContext {
            actor,
            stamp: self.session.stamp(chrono::Utc::now()),
            read_only: self.session.read_only,
            seed: fastrand::u64(..),
        })
    }
}

/// The zone a session shows times in: the config file's `tz`, then the operator's own (`:tz`),
/// then the machine's (`TZ`) — or, for a command sent over SSH, UTC (the server's zone is
/// nobody's in particular).
fn operator_zone(book: &Book, session: &Session, who: &Who) -> crate::i18n::zone::Zone {
    who.zone
        .clone()
        .or_else(|| crate::app::time_zone::kept_zone(book, session.actor.as_ref()))
        .unwrap_or_else(|| if who.served.is_some() { Default::default() } else { crate::i18n::zone::Zone::local() })
}

fn new_session(book: &Book, who: &Who, clock: &dyn Clock) -> Result<Session> {
    if let Some(served) = &who.served {
        return Ok(Session {
            id: session::new_session_id(clock.now()),
            via: served.via.clone(),
            actor: Some(served.actor.clone()),
            read_only: who.read_only,
            remote: true,
            files_dir: None,
        });
    }
    let actor = session::resolve_actor(book, who.email.as_deref())?;
    Ok(Session {
        id: session::new_session_id(clock.now()),
        via: session::local_via(who.email.as_deref(), actor.as_ref()),
        actor,
        read_only: who.read_only,
        remote: false,
        files_dir: data_dir().ok(),
    })
}

/// The app on the book at `path`. A missing or empty book opens the setup screen; if the
/// operator leaves before setting it up, the new file (and any folder made for it) is removed,
/// so a mistyped path leaves nothing behind.
fn run_tui_at(path: &Path, who: &Who) -> Result<()> {
    if who.read_only {
        return run_tui(Arc::new(Book::open_read_only(path)?), who);
    }
    let made = missing_ancestors(path);
    let book = Arc::new(Book::create(path)?);
    let result = run_tui(book.clone(), who);
    let set_up = crate::store::Reads::org(&book.read()?)?.is_some();
    drop(book);
    if !set_up && !made.is_empty() {
        for gone in &made {
            let removed = if gone == path { std::fs::remove_file(gone) } else { std::fs::remove_dir(gone) };
            if let Err(e) = removed {
                tracing::warn!(path = %gone.display(), error = %e, "could not remove the unused new book");
            }
        }
    }
    result
}

/// `path` and the folders above it that do not exist yet, deepest first.
fn missing_ancestors(path: &Path) -> Vec<PathBuf> {
    path.ancestors().filter(|p| !p.as_os_str().is_empty()).take_while(|p| !p.exists()).map(Path::to_path_buf).collect()
}

fn run_tui(book: Arc<Book>, who: &Who) -> Result<()> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let session = new_session(&book, who, clock.as_ref())?;
    let log = init_logging();
    log_migration(&book);
    crate::frontend::local::install_panic_hook(log);
    let mut app = App::new(book, session, clock, theme::from_env(who.palette))?;
    app.zone = operator_zone(app.book(), &app.session, who);
    app.colours = theme::Depth::detect(|name| std::env::var(name).ok());
    app.csv = who.csv;
    app.mouse = who.mouse;
    app.set_fuzzy(who.fuzzy);
    app.debug_panic_key = std::env::var_os("PARTNERDESK_DEBUG_PANIC").is_some();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(async {
        // `kill`, a closed terminal window or a dropped SSH login to this machine end the app as
        // `q` does: the terminal restored and the book closed cleanly (it would otherwise need
        // a repair at its next opening). Every change was committed before it was shown.
        tokio::select! {
            result = crate::frontend::local::run(app) => result,
            signal = ended_by_signal() => {
                tracing::info!("ended by {signal}");
                Ok(())
            }
        }
    })
}

/// The first of SIGTERM, SIGHUP and SIGINT sent to the process.
async fn ended_by_signal() -> &'static str {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut hup), Ok(mut int)) =
        (signal(SignalKind::terminate()), signal(SignalKind::hangup()), signal(SignalKind::interrupt()))
    else {
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => "SIGTERM",
        _ = hup.recv() => "SIGHUP",
        _ = int.recv() => "SIGINT",
    }
}

/// Logs go to a file in the data directory, never to the screen.
fn init_logging() -> Option<PathBuf> {
    let dir = data_dir().ok()?;
    let file = crate::files::open_private_append(&dir.join("partnerdesk.log")).ok()?;
    let filter = tracing_subscriber::EnvFilter::try_from_env("PARTNERDESK_LOG").unwrap_or_else(|_| "info".into());
    tracing_subscriber::fmt()
        .with_writer(std::sync::Mutex::new(file))
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init()
        .ok()?;
    Some(dir.join("partnerdesk.log"))
}

fn parse_size(text: &str) -> Result<(u16, u16)> {
    let usage = |why: &str| failure::Usage(crate::t!("cli-size-usage", size = text, why = why));
    let (w, h) = text.split_once('x').ok_or_else(|| usage(&crate::t!("cli-size-form")))?;
    let w: u16 = w.trim().parse().map_err(|_| usage(&crate::t!("cli-size-width")))?;
    let h: u16 = h.trim().parse().map_err(|_| usage(&crate::t!("cli-size-height")))?;
    if !(1..=1000).contains(&w) || !(1..=1000).contains(&h) {
        return Err(usage(&crate::t!("cli-size-range")).into());
    }
    Ok((w, h))
}

fn run_snapshot(args: SnapshotArgs, who: &Who) -> Result<()> {
    let (width, height) = parse_size(&args.size)?;
    let steps = keyscript::parse(&args.keys)?;
    // The script runs on a copy of the book in memory: a form it submits changes the copy,
    // never the book (which is only read, even while `serve` writes it). A path with no book
    // shows the setup screen the app would open there, and creates nothing. `--commit` alone
    // runs it on the book.
    let path = book_path(who)?;
    let book = if args.commit {
        Book::open(&path)?
    } else if path.exists() {
        Book::open_read_only(&path)?.copy_in_memory()?
    } else {
        Book::in_memory()?
    };
    let book = Arc::new(book);
    let now = match &args.now {
        Some(t) => chrono::DateTime::parse_from_rfc3339(t)
            .map_err(|_| failure::Usage(crate::t!("cli-now-usage", now = t.as_str())))?
            .to_utc(),
        None => chrono::Utc::now(),
    };
    let clock: Arc<dyn Clock> = Arc::new(FixedClock(now));
    let session = new_session(&book, who, clock.as_ref())?;
    // A snapshot is a picture for a file, not for this terminal: full colour unless NO_COLOR.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let depth = if no_color { theme::Depth::None } else { theme::Depth::TrueColor };
    let mut app = App::new(book, session, clock, theme::theme(who.palette, depth))?;
    app.zone = operator_zone(app.book(), &app.session, who);
    if args.now.is_some() {
        // A frozen clock makes the whole screen reproducible, tokens of new invitations included.
        app.seed.set(now.timestamp() as u64);
    }
    let mut headless = Headless::new(width, height)?;
    let mut frames = String::new();
    let buffer = headless.run(&mut app, &steps, |step, buf| {
        if args.frames {
            frames.push_str(&format!("── after {step:?}\n{}", snapshot::text(buf)));
        }
    })?;
    let rendered = match args.format {
        Format::Text => snapshot::text(&buffer),
        Format::Ansi => snapshot::ansi(&buffer),
        Format::Svg => snapshot::svg(&buffer),
    };
    let output = format!("{frames}{rendered}");
    match args.out {
        Some(path) => std::fs::write(&path, output)
            .with_context(|| crate::t!("cli-cannot-write", path = path.display().to_string()))?,
        None => std::io::stdout().write_all(output.as_bytes())?,
    }
    Ok(())
}
