//! `comeback`: the app, or a headless command.

use std::process::ExitCode;

use clap::Parser;
use comeback::cli::{self, Cli, LangArg};
use comeback::i18n::{self, Lang};
use comeback::t;

fn main() -> ExitCode {
    // A panic inside the guarded FIT reader becomes that file's error; Rust's report of it
    // would read as a crash.
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !comeback::activity::reading_guarded() {
            report(info);
        }
    }));
    let args = Cli::parse();
    // The environment's language unless `--lang` names one; the app puts its saved choice over
    // the environment's.
    i18n::set(args.lang.map_or_else(Lang::from_env, LangArg::lang));
    if let Some(command) = args.command {
        let mut out = cli::safe::Piped::new(std::io::stdout().lock());
        return match cli::run(command, &mut out) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                // Errors quote file names and file contents: shown, never obeyed.
                eprintln!("comeback: {}", cli::safe::escape(&e.to_string()));
                ExitCode::from(cli::EXIT_UNREADABLE)
            }
        };
    }
    open_window(args.file, args.compare, args.today)
}

#[cfg(feature = "gui")]
fn open_window(
    file: Option<std::path::PathBuf>,
    compare: Option<std::path::PathBuf>,
    today: Option<chrono::NaiveDate>,
) -> ExitCode {
    match comeback::app::run(file, compare, today) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("comeback: {}", t!("cli-no-window", error = e.to_string()));
            ExitCode::from(cli::EXIT_UNREADABLE)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn open_window(
    _file: Option<std::path::PathBuf>,
    _compare: Option<std::path::PathBuf>,
    _today: Option<chrono::NaiveDate>,
) -> ExitCode {
    eprintln!("comeback: {}", t!("cli-no-gui"));
    ExitCode::from(cli::EXIT_UNREADABLE)
}
