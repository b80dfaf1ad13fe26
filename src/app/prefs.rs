//! What the app remembers between runs, in eframe's storage: never the plan itself.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::plan::Lens;
use crate::ui::{ThemeChoice, Zoom};

/// How many recent files the File menu lists.
const RECENT: usize = 8;

/// The viewer's preferences and recent files.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The file open when the app last closed.
    pub last_file: Option<PathBuf>,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Colour scheme.
    pub theme: ThemeChoice,
    /// Calendar zoom.
    pub zoom: Zoom,
    /// The name that signs this person's notes ("Coach", "Alex").
    pub author: String,
    /// The units and week start this person wants plans shown in.
    pub lens: Lens,
    /// Whether the load chart is hidden under the calendar.
    pub hide_load: bool,
    /// The language chosen in View → Language; `None` follows the system's.
    pub lang: Option<Lang>,
}

impl Prefs {
    /// Puts `path` first in the recent list, as an absolute path so that it still opens when
    /// the app is started from another folder.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path.clone());
        self.recent.truncate(RECENT);
        self.last_file = Some(path);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::Prefs;
    use std::path::{Path, PathBuf};

    #[test]
    fn recent_files_are_newest_first_without_repeats() {
        let mut prefs = Prefs::default();
        for name in ["a", "b", "a", "c", "d", "e", "f", "g", "h", "i"] {
            prefs.remember(Path::new(name));
        }
        let here = std::env::current_dir().unwrap();
        let names: Vec<PathBuf> =
            ["i", "h", "g", "f", "e", "d", "c", "a"].iter().map(|n| here.join(n)).collect();
        assert_eq!(prefs.recent, names);
        assert_eq!(prefs.last_file, Some(here.join("i")));
    }

    /// A plan opened as `saves/plan.ron` was remembered so, and the recent list could not open it
    /// when the app was started from another folder: the list keeps absolute paths.
    #[test]
    fn recent_files_are_remembered_as_absolute_paths() {
        let mut prefs = Prefs::default();
        prefs.remember(Path::new("saves/plan.ron"));
        let remembered = prefs.recent.first().unwrap();
        assert!(remembered.is_absolute(), "{}", remembered.display());
        assert!(remembered.ends_with("saves/plan.ron"));
    }

    /// Preferences saved before View → Language existed still load, following the system's
    /// language; a chosen one comes back.
    #[test]
    fn the_language_is_remembered_and_older_preferences_still_load() {
        let older: Prefs = ron::from_str("(theme: Dark, hide_load: true)").unwrap();
        assert_eq!(older.lang, None);
        assert!(older.hide_load);
        let chosen = Prefs { lang: Some(crate::i18n::Lang::De), ..Prefs::default() };
        let again: Prefs = ron::from_str(&ron::to_string(&chosen).unwrap()).unwrap();
        assert_eq!(again.lang, Some(crate::i18n::Lang::De));
    }
}
