//! Printing: the PDF is written to a temporary file and handed to the system's PDF viewer,
//! whose print dialog prints it. Shared by the app's Print and `comeback print`.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use thiserror::Error;

use crate::export::{DateRange, pdf};
use crate::plan::Plan;
use crate::t;

/// Why nothing could be handed to a viewer. A viewer that fails to start is not an error: the
/// PDF is written, and [`Printed::NotOpened`] says where.
#[derive(Debug, Error)]
pub enum PrintError {
    /// The PDF could not be made.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    /// The folder for print files could not be made.
    #[error("{}", t!("print-error-create", path = .path.display().to_string(), error = .source.to_string()))]
    Folder {
        /// The private folder the PDF goes to.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The PDF could not be written.
    #[error("{}", t!("print-error-write", path = .path.display().to_string(), error = .source.to_string()))]
    Write {
        /// The PDF being written.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// What became of a print request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Printed {
    /// The PDF was handed to the viewer.
    Opened(PathBuf),
    /// No viewer could be started; the PDF is at `path`.
    NotOpened {
        /// Where the PDF is.
        path: PathBuf,
    },
}

impl Printed {
    /// A sentence for the status bar or the terminal.
    pub fn message(&self) -> String {
        match self {
            Printed::Opened(path) => t!("print-opened", path = path.display().to_string()),
            Printed::NotOpened { path } => t!("print-no-viewer", path = path.display().to_string()),
        }
    }
}

/// Where print files go: a folder of the user's own (0700) in the system's temporary folder,
/// named after the user so that two users of one machine do not share it.
pub fn print_dir() -> PathBuf {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default();
    let user: String = user.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_')).collect();
    std::env::temp_dir().join(format!("comeback-print-{}", if user.is_empty() { "user" } else { &user }))
}

/// Removes the PDFs earlier prints left in `dir` (at the next print, and when the app closes):
/// they hold the injury and contact details and are not needed once the viewer has printed.
pub fn remove_old(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|e| e == "pdf") {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Writes the PDF of `plan` over `range` to `dir/NAME.pdf` and opens it with `viewer`.
/// `changed` is the plan's last change, the PDF's creation date.
pub fn print(
    plan: &Plan,
    range: DateRange,
    changed: NaiveDateTime,
    name: &str,
    dir: &Path,
    viewer: impl FnOnce(&Path) -> std::io::Result<()>,
) -> Result<Printed, PrintError> {
    let bytes = pdf::to_pdf(plan, range, changed)?;
    crate::private::dir(dir).map_err(|source| PrintError::Folder { path: dir.to_path_buf(), source })?;
    remove_old(dir);
    let path = dir.join(format!("{}.pdf", file_name(name)));
    if let Err(source) = crate::private::write(&path, &bytes) {
        return Err(PrintError::Write { path, source });
    }
    Ok(match viewer(&path) {
        Ok(()) => Printed::Opened(path),
        // The launcher's own words ("Launcher \"gio\" \"open\" … ExitStatus(…)", "No such file
        // or directory") say nothing to a runner; what matters is that no viewer opened it.
        Err(_) => Printed::NotOpened { path },
    })
}

/// Opens `path` in the system's default application for it, without waiting for it to close.
#[cfg(not(target_arch = "wasm32"))]
pub fn system_viewer(path: &Path) -> std::io::Result<()> {
    open::that_detached(path)
}

/// A page has no system viewer to hand a file to: the browser's shell shows the PDF in a tab
/// of its own instead (src/app/platform/web.rs).
#[cfg(target_arch = "wasm32")]
pub fn system_viewer(path: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other(crate::t!("print-browser-no-viewer", file = path.display().to_string())))
}

/// `name` with what file systems refuse replaced, never empty.
fn file_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | ' ' | '.') { c } else { '_' })
        .collect();
    let clean = clean.trim().trim_start_matches('.').to_owned();
    if clean.is_empty() { "plan".to_owned() } else { clean }
}

#[cfg(test)]
mod tests {
    use super::{Printed, file_name, print};
    use crate::export::DateRange;
    use crate::plan::Plan;

    fn plan() -> Plan {
        crate::file::parse(include_str!("../saves/example.ron"), std::path::Path::new("example.ron")).unwrap()
    }

    #[test]
    fn print_writes_the_pdf_and_hands_it_to_the_viewer() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan();
        let mut seen = None;
        let printed = print(
            &plan,
            DateRange::whole(&plan),
            chrono::NaiveDateTime::default(),
            "example",
            dir.path(),
            |p| {
                seen = Some(p.to_path_buf());
                Ok(())
            },
        )
        .unwrap();
        let path = dir.path().join("example.pdf");
        assert_eq!(printed, Printed::Opened(path.clone()));
        assert_eq!(seen, Some(path.clone()));
        assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF-"));
    }

    #[test]
    fn without_a_viewer_the_message_says_where_the_pdf_is() {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan();
        let printed = print(
            &plan,
            DateRange::whole(&plan),
            chrono::NaiveDateTime::default(),
            "example",
            dir.path(),
            |_| Err(std::io::Error::other("no viewer installed")),
        )
        .unwrap();
        let message = printed.message();
        assert!(message.starts_with("No PDF viewer was found"), "{message}");
        assert!(!message.contains("no viewer installed"), "the launcher's words stay out: {message}");
        assert!(message.contains(&dir.path().join("example.pdf").display().to_string()), "{message}");
        assert!(dir.path().join("example.pdf").exists());
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("Sam's plan / v2"), "Sam_s plan _ v2");
        assert_eq!(file_name("../.."), "_..");
        assert_eq!(file_name(""), "plan");
    }
}

#[cfg(all(test, unix))]
mod private_tests {
    #![allow(clippy::unwrap_used)]
    use std::os::unix::fs::PermissionsExt;

    use super::print;
    use crate::export::DateRange;

    /// Print wrote `$TMPDIR/comeback-print/NAME.pdf` readable by every user of the machine
    /// (0644 in a shared folder), and left every earlier PDF there: now the folder is 0700, the
    /// PDF 0600, and a print removes the PDFs of earlier ones.
    #[test]
    fn a_printed_pdf_is_private_and_earlier_ones_go() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("print");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(dir.join("older plan.pdf"), b"%PDF-").unwrap();
        let plan =
            crate::file::parse(include_str!("../saves/example.ron"), std::path::Path::new("e.ron")).unwrap();
        print(&plan, DateRange::whole(&plan), chrono::NaiveDateTime::default(), "example", &dir, |_| Ok(()))
            .unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("example.pdf")), 0o600);
        assert!(!dir.join("older plan.pdf").exists());
    }
}
