use clap::Parser;
use partnerdesk::cli::failure::Failure;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Scripts that asked for JSON get their failures as JSON too.
    let json = std::env::args_os().any(|a| a == "--json");
    let cli = match partnerdesk::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if json && e.use_stderr() => {
            let failure = Failure {
                kind: "usage",
                message: e.kind().to_string(),
                field: None,
                code: partnerdesk::cli::failure::EXIT_USAGE,
            };
            let detail = e.render().to_string();
            let message = detail.lines().next().unwrap_or_default().trim_start_matches("error: ").to_string();
            eprintln!("{}", Failure { message, ..failure }.json());
            return ExitCode::from(partnerdesk::cli::failure::EXIT_USAGE);
        }
        Err(e) => e.exit(),
    };
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
            let failure = Failure::of(&e);
            if json {
                eprintln!("{}", failure.json());
            } else {
                // Several refused fields (a setup) are one sentence each, one a line.
                let mut lines = failure.message.lines();
                eprintln!("partnerdesk: {}", lines.next().unwrap_or_default());
                for line in lines {
                    eprintln!("  {line}");
                }
            }
            ExitCode::from(failure.code)
        }
    }
}
