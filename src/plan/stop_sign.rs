//! The signs to stop running and seek advice that a session's log records (after a birth).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A sign, listed by the postnatal guidance, to stop running and seek advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum StopSign {
    /// Heaviness, pressure or dragging in the pelvis.
    Heaviness,
    /// Leaking urine or wind, or bowel urgency.
    Leaking,
    /// Bleeding beyond the normal course after the birth.
    Bleeding,
    /// Pelvic or lower-back pain.
    PelvicPain,
    /// A bulge along the midline of the belly.
    Bulge,
}

impl StopSign {
    /// Every stop sign, in the guidance's order.
    pub const ALL: [Self; 5] =
        [Self::Heaviness, Self::Leaking, Self::Bleeding, Self::PelvicPain, Self::Bulge];

    /// The sign in words: "leaking urine or wind, or bowel urgency".
    pub fn words(self) -> String {
        match self {
            Self::Heaviness => crate::t!("stop-sign-heaviness"),
            Self::Leaking => crate::t!("stop-sign-leaking"),
            Self::Bleeding => crate::t!("stop-sign-bleeding"),
            Self::PelvicPain => crate::t!("stop-sign-pelvic-pain"),
            Self::Bulge => crate::t!("stop-sign-bulge"),
        }
    }

    fn bit(self) -> u8 {
        match self {
            Self::Heaviness => 1,
            Self::Leaking => 2,
            Self::Bleeding => 4,
            Self::PelvicPain => 8,
            Self::Bulge => 16,
        }
    }
}

/// The stop signs a session's log records; written in the file as a list (`[Leaking]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StopSigns(u8);

impl StopSigns {
    /// Whether none was recorded.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// Whether `sign` was recorded.
    pub fn has(self, sign: StopSign) -> bool {
        self.0 & sign.bit() != 0
    }

    /// Records `sign`, or takes it away.
    pub fn set(&mut self, sign: StopSign, on: bool) {
        if on {
            self.0 |= sign.bit();
        } else {
            self.0 &= !sign.bit();
        }
    }

    /// The recorded signs, in the guidance's order.
    pub fn iter(self) -> impl Iterator<Item = StopSign> {
        StopSign::ALL.into_iter().filter(move |&s| self.has(s))
    }

    /// The recorded signs in words, in the guidance's order, joined by "; " (the words have
    /// commas of their own): "leaking urine or wind, or bowel urgency; pelvic or lower-back pain".
    pub fn words(self) -> String {
        self.iter().map(StopSign::words).collect::<Vec<_>>().join("; ")
    }
}

impl FromIterator<StopSign> for StopSigns {
    fn from_iter<I: IntoIterator<Item = StopSign>>(iter: I) -> Self {
        let mut signs = Self::default();
        for sign in iter {
            signs.set(sign, true);
        }
        signs
    }
}

impl Serialize for StopSigns {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for StopSigns {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<StopSign>::deserialize(d)?.into_iter().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_signs_are_written_as_a_list_and_read_back() {
        let signs: StopSigns = [StopSign::Leaking, StopSign::Heaviness].into_iter().collect();
        let text = ron::to_string(&signs).unwrap();
        assert_eq!(text, "[Heaviness,Leaking]");
        assert_eq!(ron::from_str::<StopSigns>(&text).unwrap(), signs);
        assert!(ron::from_str::<StopSigns>("[Dizzy]").is_err());
    }

    #[test]
    fn stop_signs_read_in_the_guidances_order() {
        let signs: StopSigns = [StopSign::PelvicPain, StopSign::Leaking].into_iter().collect();
        assert_eq!(signs.words(), "leaking urine or wind, or bowel urgency; pelvic or lower-back pain");
        assert_eq!(StopSigns::default().words(), "");
    }
}
