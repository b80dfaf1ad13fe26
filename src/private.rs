//! Folders and files only their owner can read: print files and autosaves hold the whole plan,
//! with the injury and an e-mail address, and must not be readable by other users of a shared
//! machine (a shared temporary folder, a home folder others may list).

use std::fs;
use std::path::Path;

/// Makes `dir` (and its parents) if missing, and readable by its owner only (0700 on Unix).
/// A folder that exists but cannot be made private, such as one another user made in a shared
/// temporary folder, is an error rather than a place to write.
pub fn dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes `path` readable and writable by its owner only (0600 on Unix).
pub fn file(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Writes `bytes` to `path`, readable by its owner only from the moment it exists.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut out = options.open(path)?;
    // An older file keeps its mode when truncated: set it too.
    file(path)?;
    out.write_all(bytes)
}

#[cfg(all(test, unix))]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// A folder made world-readable before, and a file in it, become the owner's alone.
    #[test]
    fn folders_and_files_become_the_owners_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("a/b");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        super::dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        let path = dir.join("plan.pdf");
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        super::write(&path, b"new").unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
    }
}
