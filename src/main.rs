//! `comeback`: the app, or a headless command.

use std::process::ExitCode;

use clap::Parser;
use comeback::cli::{self, Cli};

fn main() -> ExitCode {
    let args = Cli::parse();
    if let Some(command) = args.command {
        let mut out = std::io::stdout().lock();
        return match cli::run(command, &mut out) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("comeback: {e}");
                ExitCode::from(cli::EXIT_UNREADABLE)
            }
        };
    }
    eprintln!("comeback: the calendar app is not built yet; try `comeback validate saves/example.ron`");
    ExitCode::from(cli::EXIT_UNREADABLE)
}
