//! A revision: which content of a plan a file holds, to find the version two copies started from.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A hash of a plan file's content without its revision fields, written as 32 hex digits.
///
/// Two files with the same plan have the same revision, whoever saved them and when, so a saved
/// file's bytes stay a function of the plan. `file` computes it when saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Revision(u128);

impl Revision {
    /// The revision of a plan file's canonical text (written without its revision fields).
    pub fn of_text(text: &str) -> Self {
        Self(super::id::fnv128(text))
    }
}

impl fmt::Display for Revision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl Serialize for Revision {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Revision {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::id::hex128(&text)
            .map(Self)
            .ok_or_else(|| serde::de::Error::custom(crate::t!("plan-error-revision", text = text)))
    }
}
