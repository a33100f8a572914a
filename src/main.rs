use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = partnerdesk::cli::Cli::parse();
    match partnerdesk::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("partnerdesk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
