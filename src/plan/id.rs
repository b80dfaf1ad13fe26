//! The plan's identity: which plan a file, an export or a calendar event belongs to.

use std::fmt;
use std::hash::{BuildHasher, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A plan's identity: 128 bits, written as 32 hex digits.
///
/// Made when a plan is made (`comeback new`, New, a CSV import) and kept by Save and Save as,
/// it tells two plans apart even when they were made from the same method on the same day, so
/// their calendar events never share a UID. Duplicating a plan as a new one gives a new id.
///
/// The core never makes a random one on its own: the shell calls [`PlanId::random`] and passes
/// it in, so everything the core computes from a plan stays a function of the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlanId(u128);

impl PlanId {
    /// A new random id, from the operating system's randomness (through std's hasher keys).
    pub fn random() -> Self {
        let random = std::collections::hash_map::RandomState::new();
        let half = |salt: u64| {
            let mut hasher = random.build_hasher();
            hasher.write_u64(salt);
            u128::from(hasher.finish())
        };
        Self((half(0) << 64 | half(1)).max(1))
    }

    /// A stable hash of `text`: the same text always gives the same id.
    pub fn of_text(text: &str) -> Self {
        Self(fnv128(text))
    }

    /// The id a plan written before ids existed (version 3 and older) is given: a hash of who
    /// the plan is for and when it starts, not of its title or sessions, so the same old file
    /// edited (renamed, sessions moved) keeps its id and its calendar events their UIDs, and a
    /// coach's copy and a runner's copy of it are recognised as one plan. Saving writes it down.
    pub fn of_old_plan(meta: &super::PlanMeta) -> Self {
        let who = [
            meta.athlete.as_str(),
            meta.coach.as_str(),
            meta.contact.as_str(),
            meta.injury.as_str(),
            &meta.injury_date.map(|d| d.to_string()).unwrap_or_default(),
            &meta.start.to_string(),
        ];
        // A separator no field can hold (controls are stripped from text fields) keeps
        // ("ab", "c") and ("a", "bc") apart.
        Self::of_text(&who.join("\u{1f}"))
    }

    /// Whether the plan has no id yet (made by [`super::Plan::new`] and not given one).
    pub fn is_unset(&self) -> bool {
        self.0 == 0
    }
}

/// FNV-1a, twice with different starting points: stable across Rust releases, which std's
/// hasher does not promise.
pub(super) fn fnv128(text: &str) -> u128 {
    let fnv = |basis: u64| {
        text.bytes().fold(basis, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
    };
    u128::from(fnv(0xcbf2_9ce4_8422_2325)) << 64 | u128::from(fnv(0x6c62_272e_07bb_0142))
}

/// The number written as exactly 32 hex digits, as plan ids and revisions are stored.
pub(super) fn hex128(text: &str) -> Option<u128> {
    let valid = text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit());
    u128::from_str_radix(text, 16).ok().filter(|_| valid)
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:032x}", self.0)
    }
}

impl Serialize for PlanId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for PlanId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match hex128(&text) {
            Some(id) if id != 0 => Ok(Self(id)),
            _ => Err(serde::de::Error::custom(crate::t!("plan-error-plan-id", text = text))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PlanId;

    /// Two plans made one after the other must not share an id (their calendar events would).
    #[test]
    fn random_ids_differ_and_are_never_unset() {
        let (a, b) = (PlanId::random(), PlanId::random());
        assert_ne!(a, b);
        assert!(!a.is_unset() && !b.is_unset());
    }

    /// An old file exported twice must give the same UIDs before it is ever saved again.
    #[test]
    fn an_old_file_gets_the_same_id_each_time_and_another_file_another() {
        assert_eq!(PlanId::of_text("(version: 3)"), PlanId::of_text("(version: 3)"));
        assert_ne!(PlanId::of_text("(version: 3)"), PlanId::of_text("(version: 3) "));
    }

    #[test]
    fn ids_are_written_as_32_hex_digits_and_read_back() {
        let id = PlanId::random();
        let text = ron::to_string(&id).unwrap();
        assert_eq!(text.len(), 34, "{text}");
        assert_eq!(ron::from_str::<PlanId>(&text).unwrap(), id);
        let e = ron::from_str::<PlanId>("\"12\"").unwrap_err();
        assert!(e.to_string().contains("32 hex digits"), "{e}");
    }
}
