//! Writing CSV: a plan's sessions as rows, for spreadsheets.

use super::{COLUMNS, FORMULA, STATUSES, activity_name, effort_name, terrain_name};
use crate::export::DateRange;
use crate::plan::{Activity, Distance, Minutes, Plan, Segment, Session, SessionKind, Units, fmt_num};

/// The plan's sessions in `range` as CSV (UTF-8, header row, CRLF line ends as RFC 4180 asks).
pub fn to_csv(plan: &Plan, range: DateRange) -> String {
    let u = plan.meta.units.abbrev();
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|c| if *c == "distance" { format!("distance_{u}") } else { (*c).to_owned() })
        .collect();
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(Vec::new());
    // Neither can fail: the writer writes to memory, and every row has the header's length.
    let _ = writer.write_record(&header);
    for s in range.sessions(plan) {
        let _ = writer.write_record(cells(s, plan.meta.units));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

fn cells(s: &Session, units: Units) -> Vec<String> {
    let num = |v: Option<f64>| v.map(fmt_num).unwrap_or_default();
    let dist = |d: Option<Distance>| num(d.map(Distance::get));
    let mins = |m: Option<Minutes>| num(m.map(Minutes::get));
    let segment = |seg: Segment| match seg {
        Segment::Distance(d) => (fmt_num(d.get()), units.abbrev().to_owned()),
        Segment::Minutes(m) => (fmt_num(m.get()), "min".to_owned()),
    };
    let mut row = vec![String::new(); COLUMNS.len()];
    let mut set = |name: &str, value: String| {
        if let Some(i) = COLUMNS.iter().position(|c| *c == name)
            && let Some(cell) = row.get_mut(i)
        {
            *cell = value;
        }
    };
    set("id", s.id.0.to_string());
    set("date", s.date.to_string());
    match s.kind {
        SessionKind::Run(r) => {
            set("kind", "run".into());
            set("distance", dist(r.distance));
            set("minutes", mins(r.minutes));
            set("effort", effort_name(r.effort).into());
            set("terrain", terrain_name(r.terrain).into());
        }
        SessionKind::RunWalk(rw) => {
            set("kind", "run/walk".into());
            let (run, run_unit) = segment(rw.run);
            let (walk, walk_unit) = segment(rw.walk);
            set("run", run);
            set("run_unit", run_unit);
            set("walk", walk);
            set("walk_unit", walk_unit);
            set("repeats", rw.repeats.to_string());
            set("effort", effort_name(rw.effort).into());
            set("terrain", terrain_name(rw.terrain).into());
        }
        SessionKind::Walk { distance, minutes } => {
            set("kind", "walk".into());
            set("distance", dist(distance));
            set("minutes", mins(minutes));
        }
        SessionKind::Cross { activity, minutes, distance } => {
            set("kind", "cross".into());
            set("activity", activity_name(activity).into());
            if let Activity::AntiGravity { body_weight_pct } = activity {
                set("body_weight_pct", body_weight_pct.to_string());
            }
            set("distance", dist(distance));
            set("minutes", mins(minutes));
        }
        SessionKind::Strength { minutes } => {
            set("kind", "strength".into());
            set("minutes", mins(minutes));
        }
        SessionKind::Rest => set("kind", "rest".into()),
    }
    set("status", STATUSES.iter().find(|(v, _)| *v == s.status).map_or("", |(_, n)| *n).into());
    if let Some(p) = s.pain {
        set("pain_during", p.during.get().to_string());
        set("pain_next_day", p.next_day.get().to_string());
        set("sharp", if p.sharp { "yes" } else { "no" }.into());
    }
    if let Some(a) = s.actual {
        set("actual_distance", dist(a.distance));
        set("actual_minutes", mins(a.minutes));
    }
    set("note", neutralise(&s.note));
    row
}

/// Prefixes text a spreadsheet would treat as a formula with an apostrophe, and text that
/// starts with an apostrophe itself, so that import, which takes one off, gives back what the
/// user typed.
pub(super) fn neutralise(text: &str) -> String {
    if text.starts_with(FORMULA) || text.starts_with('\'') { format!("'{text}") } else { text.to_owned() }
}
