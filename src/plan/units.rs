//! Distances, their units and the numbers a plan file may hold.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// Kilometres in one mile.
pub const KM_PER_MILE: f64 = 1.609_344;

/// The unit every distance in a plan is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Units {
    /// Statute miles.
    #[default]
    Miles,
    /// Kilometres.
    Km,
}

impl Units {
    /// Short label shown after a number ("mi", "km").
    pub fn abbrev(self) -> &'static str {
        match self {
            Self::Miles => "mi",
            Self::Km => "km",
        }
    }

    /// Factor that turns a distance in `self` into one in `to`.
    pub fn factor_to(self, to: Self) -> f64 {
        match (self, to) {
            (Self::Miles, Self::Km) => KM_PER_MILE,
            (Self::Km, Self::Miles) => 1.0 / KM_PER_MILE,
            _ => 1.0,
        }
    }
}

/// A non-negative, finite distance in the plan's units.
///
/// Parsing rejects negative, NaN and infinite values so that rules never see them.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Distance(f64);

/// The largest distance or duration a plan may hold; far beyond any real session.
pub const MAX_AMOUNT: f64 = 100_000.0;

impl Distance {
    /// Zero distance.
    pub const ZERO: Self = Self(0.0);

    /// A distance, or `None` when `value` is negative, not finite or absurdly large.
    pub fn new(value: f64) -> Option<Self> {
        valid_amount(value).map(Self)
    }

    /// The distance as a number in the plan's units.
    pub fn get(self) -> f64 {
        self.0
    }

    /// This distance converted by `factor`, rounded to 0.01 (what a file stores).
    pub fn scaled(self, factor: f64) -> Self {
        Self(round2(self.0 * factor))
    }

    /// This distance converted by `factor` for a plan that changes units, or is shown in other
    /// units: kept to a billionth of a unit, far below the rules' tolerance of a millionth, so
    /// caps, ramps and spikes judge the converted plan exactly as the original (rounding each
    /// distance to 0.01 put four 6.25 mi runs over a 25 mi cap in km), while a file still reads
    /// "10.0584" rather than "10.058399999999999", and converting back gives the number typed.
    pub fn times(self, factor: f64) -> Self {
        Self((self.0 * factor * 1e9).round() / 1e9)
    }
}

/// A non-negative, finite duration in minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct Minutes(f64);

impl Minutes {
    /// A duration, or `None` when `value` is negative, not finite or absurdly large.
    pub fn new(value: f64) -> Option<Self> {
        valid_amount(value).map(Self)
    }

    /// The duration in minutes.
    pub fn get(self) -> f64 {
        self.0
    }
}

/// A pain score from 0 (none) to 10 (worst imaginable).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Pain(u8);

impl Pain {
    /// The highest score.
    pub const MAX: u8 = 10;

    /// A score, or `None` above 10.
    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    /// The score, 0 (no pain) to 10 (the worst imaginable).
    pub fn get(self) -> u8 {
        self.0
    }
}

fn valid_amount(value: f64) -> Option<f64> {
    (value.is_finite() && (0.0..=MAX_AMOUNT).contains(&value)).then_some(value)
}

/// Rounds to two decimals, the precision plans are edited in.
pub fn round2(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

impl<'de> Deserialize<'de> for Distance {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        Self::new(value).ok_or_else(|| {
            serde::de::Error::custom(crate::t!(
                "plan-error-distance",
                most = MAX_AMOUNT.to_string(),
                value = value.to_string()
            ))
        })
    }
}

impl<'de> Deserialize<'de> for Minutes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(d)?;
        Self::new(value).ok_or_else(|| {
            serde::de::Error::custom(crate::t!(
                "plan-error-minutes",
                most = MAX_AMOUNT.to_string(),
                value = value.to_string()
            ))
        })
    }
}

impl<'de> Deserialize<'de> for Pain {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = u64::deserialize(d)?;
        u8::try_from(value)
            .ok()
            .and_then(Self::new)
            .ok_or_else(|| serde::de::Error::custom(crate::t!("plan-error-pain", value = value.to_string())))
    }
}

/// The days a plan file's dates may fall on: anything else is a typo or a broken file, and
/// the rules and the calendar need not reason about year 262143.
pub const DATES: std::ops::RangeInclusive<chrono::NaiveDate> = {
    match (chrono::NaiveDate::from_ymd_opt(1900, 1, 1), chrono::NaiveDate::from_ymd_opt(2199, 12, 31)) {
        (Some(from), Some(to)) => from..=to,
        _ => chrono::NaiveDate::MIN..=chrono::NaiveDate::MAX,
    }
};

/// The first of `dates` outside [`DATES`], as the error files, imports and commands give.
pub fn within_dates(dates: impl IntoIterator<Item = chrono::NaiveDate>) -> Result<(), super::CommandError> {
    dates.into_iter().find(|d| !DATES.contains(d)).map_or(Ok(()), |d| Err(super::CommandError::OutOfRange(d)))
}

/// Reads a date and refuses one outside [`DATES`], so the error points at it.
pub fn sane_date<'de, D: Deserializer<'de>>(d: D) -> Result<chrono::NaiveDate, D::Error> {
    let date = chrono::NaiveDate::deserialize(d)?;
    within_dates([date]).map_err(serde::de::Error::custom)?;
    Ok(date)
}

/// [`sane_date`] for an optional date.
pub fn sane_date_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<chrono::NaiveDate>, D::Error> {
    sane_date(d).map(Some)
}

/// Formats a number for a file, without trailing zeros: 3 → "3", 2.5 → "2.5", 0.25 → "0.25"
/// in every language. What people read takes [`crate::i18n::number`] ("2,5" in German), as
/// `Display` of a distance or a time does.
pub use crate::i18n::plain_number as fmt_num;

impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::number(self.0))
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::number(self.0))
    }
}

#[cfg(test)]
mod tests {
    /// The Athletes tab and `comeback validate saves` read "-0 / 16 mi" for a week with nothing
    /// to run: an empty sum of f64 is -0.0.
    #[test]
    fn nothing_is_zero_not_minus_zero() {
        let empty: f64 = std::iter::empty::<f64>().sum();
        assert_eq!(super::fmt_num(empty), "0");
        assert_eq!(super::fmt_num(-0.001), "0");
        assert_eq!(super::fmt_num(-1.5), "-1.5");
    }

    use super::*;

    #[test]
    fn numbers_print_without_trailing_zeros() {
        for (value, text) in [(3.0, "3"), (2.5, "2.5"), (0.25, "0.25"), (16.9, "16.9"), (0.0, "0")] {
            assert_eq!(fmt_num(value), text);
        }
    }

    #[test]
    fn amounts_reject_negative_and_non_finite() {
        assert!(Distance::new(-0.1).is_none());
        assert!(Distance::new(f64::NAN).is_none());
        assert!(Minutes::new(f64::INFINITY).is_none());
        assert!(Pain::new(11).is_none());
        assert_eq!(Pain::new(10).map(Pain::get), Some(10));
    }

    #[test]
    fn miles_and_km_convert_both_ways() {
        let d = Distance::new(10.0).unwrap_or_default();
        assert_eq!(d.scaled(Units::Miles.factor_to(Units::Km)).get(), 16.09);
        assert!((Units::Km.factor_to(Units::Miles) * KM_PER_MILE - 1.0).abs() < 1e-12);
    }

    /// Switching a plan to km and back once left 6.25 mi as 6.249999999999999.
    #[test]
    fn a_converted_distance_comes_back_as_typed() {
        let d = Distance::new(6.25).unwrap_or_default();
        let km = d.times(Units::Miles.factor_to(Units::Km));
        assert_eq!(km.get(), 10.0584);
        assert_eq!(km.times(Units::Km.factor_to(Units::Miles)).get(), 6.25);
    }
}
