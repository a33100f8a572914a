use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = partnerdesk::cli::Cli::parse();
    match partnerdesk::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader went away (`partnerdesk … | head`): nothing is wrong.
        Err(e)
            if e.chain().any(|c| {
                let kind = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
                let json = c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
                kind.or(json) == Some(std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("partnerdesk: {e:#}");
            ExitCode::FAILURE
        }
    }
}
