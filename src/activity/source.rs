//! Getting an activity file's bytes safely: its size checked before reading, a gzipped file
//! unpacked only so far, the format told from the content, and a folder's activity files.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;

use super::{ReadError, Reason};

/// Activity files larger than this are refused before reading. A 24-hour GPX track with a
/// point a second is about 10 MB; a FIT file of the same is under 3 MB.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// A gzipped file is refused once it unpacks to more than this, so a small `.gz` that inflates
/// without end stops here.
pub const MAX_INFLATED_BYTES: u64 = 64 * 1024 * 1024;

/// The two bytes every gzip stream starts with.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// What a file's content is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    /// A FIT file: ".FIT" at bytes 8 to 11 of its header.
    Fit,
    /// GPX XML.
    Gpx,
    /// Garmin Training Center XML.
    Tcx,
    /// Anything else.
    Unknown,
}

/// The file's bytes, refused by its size on disk before any is read.
pub(super) fn read_limited(path: &Path) -> Result<Vec<u8>, Reason> {
    let size = fs::metadata(path).map_err(Reason::Io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Reason::TooLarge { size });
    }
    let file = fs::File::open(path).map_err(Reason::Io)?;
    // Read through `take` as well: the file may have grown since its size was checked.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(Reason::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(Reason::TooLarge { size: bytes.len() as u64 });
    }
    Ok(bytes)
}

/// `bytes` unpacked when they are gzipped (told by the content, not the name), else as they are.
pub(super) fn gunzip(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, Reason> {
    if !bytes.starts_with(&GZIP_MAGIC) {
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .take(MAX_INFLATED_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| Reason::Gzip(e.to_string()))?;
    if out.len() as u64 > MAX_INFLATED_BYTES {
        return Err(Reason::InflatesTooFar);
    }
    Ok(std::borrow::Cow::Owned(out))
}

/// Tells FIT, GPX and TCX apart by their first bytes, whatever the file is called.
pub(super) fn sniff(bytes: &[u8]) -> Format {
    if bytes.get(8..12) == Some(b".FIT".as_slice()) {
        return Format::Fit;
    }
    // The root element comes after the XML declaration and perhaps comments; 4 KB is plenty.
    let head = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(bytes));
    let root = head
        .match_indices('<')
        .map(|(i, _)| head.get(i + 1..).unwrap_or_default())
        .find(|rest| !rest.starts_with('?') && !rest.starts_with('!'));
    match root {
        Some(rest) if rest.starts_with("gpx") => Format::Gpx,
        Some(rest) if rest.starts_with("TrainingCenterDatabase") => Format::Tcx,
        _ => Format::Unknown,
    }
}

/// Whether `path` is named like an activity file: `.fit`, `.gpx`, `.tcx`, each perhaps `.gz`
/// (any case), as a watch's folder or a Strava export holds them.
pub fn is_activity_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    [".fit", ".gpx", ".tcx"].iter().any(|ext| name.ends_with(ext))
}

/// The activity files among `paths`: a file as it is, whatever its name (it was asked for); a
/// folder's activity files (see [`is_activity_file`]), not its subfolders, sorted by name. A
/// folder that cannot be listed is a [`ReadError`] in the second list.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        match fs::read_dir(path) {
            Ok(entries) => {
                let mut found: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && is_activity_file(p))
                    .collect();
                found.sort();
                files.extend(found);
            }
            Err(e) => errors.push(ReadError { file: path.clone(), reason: Reason::Io(e) }),
        }
    }
    (files, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_from_the_content() {
        assert_eq!(sniff(b"\x0e\x10\x87\x00\xf5\x45\x00\x00.FIT"), Format::Fit);
        assert_eq!(sniff(b"<?xml version=\"1.0\"?>\n<!-- x --><gpx version=\"1.1\">"), Format::Gpx);
        assert_eq!(sniff(b"<?xml version='1.0'?>\n<TrainingCenterDatabase>"), Format::Tcx);
        assert_eq!(sniff(b"<html>"), Format::Unknown);
        assert_eq!(sniff(b""), Format::Unknown);
    }

    #[test]
    fn activity_files_are_known_by_their_names() {
        for (name, expected) in [
            ("run.fit", true),
            ("RUN.FIT", true),
            ("12345.fit.gz", true),
            ("track.gpx", true),
            ("lap.tcx.gz", true),
            ("plan.ron", false),
            ("notes.gz", false),
        ] {
            assert_eq!(is_activity_file(Path::new(name)), expected, "{name}");
        }
    }
}
