//! A plan shown in the viewer's units and week start, and edits made on it carried back to
//! the file's own units, so that a coach who thinks in kilometres and Monday weeks can work on
//! a runner's plan in miles and Sunday weeks without changing them.

use serde::{Deserialize, Serialize};

use super::{Command, Plan, Units, WeekStart};

/// How the viewer wants plans shown; `None` keeps the file's own choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Lens {
    /// Units to show distances in.
    pub units: Option<Units>,
    /// First day of the week to show and count weeks from.
    pub week_start: Option<WeekStart>,
}

impl Lens {
    /// Whether `plan` looks any different through this lens.
    pub fn changes(&self, plan: &Plan) -> bool {
        self.units.is_some_and(|u| u != plan.meta.units)
            || self.week_start.is_some_and(|w| w != plan.meta.week_start)
    }

    /// `plan` as the viewer sees it. Distances are converted without rounding, so the rules
    /// find in the shown plan what they find in the file.
    pub fn view(&self, plan: &Plan) -> Plan {
        let mut shown = plan.clone();
        if let Some(units) = self.units.filter(|u| *u != plan.meta.units) {
            let factor = plan.meta.units.factor_to(units);
            for session in &mut shown.sessions {
                session.convert_distances(|d| d.times(factor));
            }
            shown.rules.convert_distances(factor, |d| d.times(factor));
            shown.meta.units = units;
        }
        if let Some(week_start) = self.week_start {
            shown.meta.week_start = week_start;
        }
        shown
    }

    /// `command`, made on `shown` (the file's plan seen through this lens), as a command on
    /// `file`. What the command leaves as it was shown stays exactly as it is in the file;
    /// what it changes is converted to the file's units.
    pub fn to_file(&self, command: Command, file: &Plan, shown: &Plan) -> Command {
        let factor = shown.meta.units.factor_to(file.meta.units);
        if (factor - 1.0).abs() < f64::EPSILON {
            return command;
        }
        match command {
            Command::AddSession(mut session) => {
                session.convert_distances(|d| d.scaled(factor));
                Command::AddSession(session)
            }
            Command::EditSession(mut session) => {
                let (Some(was), Some(seen)) = (file.session(session.id), shown.session(session.id)) else {
                    return Command::EditSession(session);
                };
                let mut converted = session.clone();
                converted.convert_distances(|d| d.scaled(factor));
                if session.kind == seen.kind {
                    session.kind = was.kind;
                } else {
                    session.kind = converted.kind;
                }
                if session.actual == seen.actual {
                    session.actual = was.actual;
                } else {
                    session.actual = converted.actual;
                }
                Command::EditSession(session)
            }
            Command::SetRules(mut rules) => {
                let (was, seen) = (&file.rules, &shown.rules);
                let mut converted = rules.clone();
                converted.convert_distances(factor, |d| d.scaled(factor));
                rules.starting_weekly_distance =
                    if rules.starting_weekly_distance == seen.starting_weekly_distance {
                        was.starting_weekly_distance
                    } else {
                        converted.starting_weekly_distance
                    };
                rules.weekly_cap =
                    if rules.weekly_cap == seen.weekly_cap { was.weekly_cap } else { converted.weekly_cap };
                rules.run_cap = if rules.run_cap == seen.run_cap { was.run_cap } else { converted.run_cap };
                rules.easy_pace_min_per_unit = if rules.easy_pace_min_per_unit == seen.easy_pace_min_per_unit
                {
                    was.easy_pace_min_per_unit
                } else {
                    converted.easy_pace_min_per_unit
                };
                Command::SetRules(rules)
            }
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::Lens;
    use crate::plan::{
        Actual, Command, Distance, Plan, Run, Session, SessionId, SessionKind, Units, WeekStart,
    };

    fn plan() -> Plan {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let mut plan = Plan::new(day);
        plan.rules.weekly_cap = Distance::new(5.1);
        plan.meta.week_start = WeekStart::Sunday;
        for (id, offset) in [(1, 0), (2, 2), (3, 4)] {
            let kind = SessionKind::Run(Run { distance: Distance::new(1.7), ..Run::default() });
            let date = day + chrono::Days::new(offset);
            plan.apply(Command::AddSession(Session::planned(SessionId(id), date, kind))).unwrap();
        }
        plan
    }

    const KM_MONDAY: Lens = Lens { units: Some(Units::Km), week_start: Some(WeekStart::Monday) };

    /// The shown plan keeps the exact amounts, not ones rounded to 0.01 km (that the shown
    /// plan also has the file's findings is checked with the rules, in `tests/headless/rules.rs`).
    #[test]
    fn the_view_converts_exactly() {
        let file = plan();
        let shown = KM_MONDAY.view(&file);
        assert_eq!((shown.meta.units, shown.meta.week_start), (Units::Km, WeekStart::Monday));
        let cap = shown.rules.weekly_cap.unwrap().get();
        assert!((cap - 5.1 * crate::plan::KM_PER_MILE).abs() < 1e-9);
        assert!(KM_MONDAY.changes(&file) && !Lens::default().changes(&file));
    }

    /// An edit made on the shown plan keeps the file's values for what it did not touch and
    /// converts what it changed; a new session arrives in the file's units.
    #[test]
    fn edits_come_back_in_the_files_units() {
        let file = plan();
        let shown = KM_MONDAY.view(&file);
        let mut edited = shown.session(SessionId(1)).unwrap().clone();
        edited.status = crate::plan::Status::Done;
        edited.actual = Some(Actual { distance: Distance::new(3.0), minutes: None });
        let Command::EditSession(back) = KM_MONDAY.to_file(Command::EditSession(edited), &file, &shown)
        else {
            panic!("an edit stays an edit")
        };
        assert_eq!(
            back.kind,
            file.session(SessionId(1)).unwrap().kind,
            "untouched: exactly the file's 1.7 mi"
        );
        assert_eq!(back.actual.and_then(|a| a.distance).map(Distance::get), Some(1.86));

        let new = Session::planned(SessionId(9), shown.meta.start, shown.session(SessionId(2)).unwrap().kind);
        let Command::AddSession(added) = KM_MONDAY.to_file(Command::AddSession(new), &file, &shown) else {
            panic!("an addition stays an addition")
        };
        assert_eq!(added.kind.run_distance(12.0), 1.7);

        let mut rules = shown.rules.clone();
        rules.ramp_max_pct = 20.0;
        let Command::SetRules(back) = KM_MONDAY.to_file(Command::SetRules(rules), &file, &shown) else {
            panic!("rules stay rules")
        };
        assert_eq!(
            (back.weekly_cap, back.easy_pace_min_per_unit, back.ramp_max_pct),
            (file.rules.weekly_cap, 12.0, 20.0)
        );
    }
}
