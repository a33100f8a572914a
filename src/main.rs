use clap::CommandFactory;
use partnerdesk::cli::failure;
use std::process::ExitCode;

fn main() -> ExitCode {
    partnerdesk::memory::limit_arenas();
    // Run by the shell on Tab (`COMPLETE=bash`): prints the candidates and exits (README,
    // "Shell completion"); otherwise it returns at once.
    clap_complete::CompleteEnv::with_factory(partnerdesk::cli::Cli::command).complete();
    // Scripts that asked for JSON get their failures as JSON too.
    let json = std::env::args_os().any(|a| a == "--json");
    let cli = match partnerdesk::cli::parse() {
        Ok(cli) => cli,
        Err(e) if json && e.use_stderr() => return ExitCode::from(failure::unparsed(&e, json)),
        // clap's own output: coloured for a terminal.
        Err(e) => e.exit(),
    };
    ExitCode::from(failure::finish(partnerdesk::cli::run(cli), json))
}
