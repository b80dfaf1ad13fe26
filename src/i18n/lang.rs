//! The languages the app speaks and how one is chosen.

use fluent_bundle::FluentValue;
use unic_langid::LanguageIdentifier;

/// A language the catalogue has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// English, the catalogue every other language falls back to.
    #[default]
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// English made longer and accented ("Šáávéé"), so a test sees what a longer language would
    /// cut or overlap, and a string that skips the catalogue stands out in plain English.
    Pseudo,
}

impl Lang {
    /// Every language, in its bundle's place.
    pub const ALL: [Self; 4] = [Self::En, Self::De, Self::Es, Self::Pseudo];

    /// The languages people choose from (View → Language, `--lang`).
    pub const CHOICES: [Self; 3] = [Self::En, Self::De, Self::Es];

    pub(super) fn index(self) -> u8 {
        match self {
            Self::En => 0,
            Self::De => 1,
            Self::Es => 2,
            Self::Pseudo => 3,
        }
    }

    pub(super) fn from_index(index: u8) -> Self {
        match index {
            1 => Self::De,
            2 => Self::Es,
            3 => Self::Pseudo,
            _ => Self::En,
        }
    }

    /// The language's tag: "en", "de", "es", and "en-XA" for the pseudo-language (the tag
    /// Android gives its own).
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Es => "es",
            Self::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as a menu of languages lists it.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Es => "Español",
            Self::Pseudo => "Pseudo",
        }
    }

    pub(super) fn id(self) -> LanguageIdentifier {
        // The codes above are all valid tags; "en" is the fallback should one ever not be.
        self.code().parse().unwrap_or_default()
    }

    /// Whether numbers take a decimal comma: "3,5 km".
    pub fn decimal_comma(self) -> bool {
        matches!(self, Self::De | Self::Es)
    }

    /// The language a locale or tag names: "de_DE.UTF-8", "es-MX", "en", "pseudo"; `None` for
    /// one the catalogue does not have ("fr_FR", "C", "POSIX").
    pub fn from_tag(tag: &str) -> Option<Self> {
        let tag = tag.trim().to_ascii_lowercase();
        if tag == "pseudo" || tag == "en-xa" || tag == "en_xa" {
            return Some(Self::Pseudo);
        }
        let language = tag.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match language {
            "en" => Some(Self::En),
            "de" => Some(Self::De),
            "es" => Some(Self::Es),
            _ => None,
        }
    }

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set (as the C library reads them), else the system's own language, else English.
    pub fn from_env() -> Self {
        let var = |name| std::env::var(name).ok().filter(|v: &String| !v.is_empty());
        let asked = var("LC_ALL").or_else(|| var("LC_MESSAGES")).or_else(|| var("LANG"));
        match asked {
            // A locale that is set but not ours ("fr_FR", "C") means English, not the system's.
            Some(tag) => Self::from_tag(&tag).unwrap_or_default(),
            None => sys_locale::get_locale().and_then(|tag| Self::from_tag(&tag)).unwrap_or_default(),
        }
    }
}

/// Numbers with a decimal comma, for the languages that write one (a Fluent formatter cannot
/// know its bundle's language, so those bundles get this one).
pub(super) fn decimal_comma<M>(value: &FluentValue<'_>, _memoizer: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(number.as_string().replace('.', ",")),
        _ => None,
    }
}
