//! The verdict's remedies: where the rewrite is flagged for something the plan was not, the
//! climb is changed there, the least first.

use chrono::Days;

use super::climb::Climb;
use super::draft::{Draft, peak};
use crate::plan::Plan;
use crate::rules::{self, Finding, RuleId, TOLERANCE};

impl Draft {
    /// Changes `climb` so that the rewrite `after` of `plan` is not flagged by `failing`
    /// again; false when nothing is left to change.
    pub fn repair(&self, plan: &Plan, after: &Plan, climb: &mut Climb, failing: &Finding) -> bool {
        let ws = plan.meta.week_start;
        if let (RuleId::Ramp, Some(week)) = (failing.rule, failing.week) {
            // A week that lost a run to the rest, which its done runs leave light enough for a
            // down week: drop its runs until it is one, so that it is no base for the ramp.
            let was = rules::week_summaries(plan);
            let now = rules::week_summaries(after);
            let every = plan.rules.down_week_every.max(1) as usize;
            let share = plan.rules.down_week_max_pct / 100.0;
            let start = plan.rules.starting_weekly_distance.get();
            let lighter = now.iter().enumerate().rev().find_map(|(i, w)| {
                let day = w.totals.start;
                let planned = was.iter().find(|p| p.totals.start == day).map_or(0.0, |p| p.totals.run);
                let droppable = (0..self.slots.len()).rev().find(|j| {
                    !climb.drops.contains(j)
                        && self.slots.get(*j).is_some_and(|s| ws.week_of(s.session.date) == day)
                });
                (self.lighter.contains(&day)
                    && day < week
                    && !w.down
                    && w.totals.run < planned - TOLERANCE
                    && w.totals.run_done <= peak(&now, i, every, start) * share + TOLERANCE)
                    .then_some(droppable)
                    .flatten()
            });
            if let Some(j) = lighter {
                climb.drops.push(j);
                return true;
            }
        }
        let at: Vec<usize> = match failing.week {
            Some(week) => {
                let end = week + Days::new(7);
                self.slots
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| s.session.date >= week && s.session.date < end)
                    .map(|(i, _)| i)
                    .collect()
            }
            None => self
                .slots
                .iter()
                .position(|s| failing.sessions.first() == Some(&s.session.id))
                .into_iter()
                .collect(),
        };
        let fresh: Vec<usize> = at.iter().copied().filter(|i| !climb.holds.contains(i)).collect();
        if let (true, RuleId::Ramp, Some(week)) = (fresh.is_empty(), failing.rule, failing.week) {
            // Holding is not enough: the week's runs come down to what the ramp allows.
            let now = rules::week_summaries(after);
            let runs: Vec<usize> = at.iter().copied().filter(|i| !climb.drops.contains(i)).collect();
            let in_slots: f64 = runs
                .iter()
                .filter_map(|i| self.slots.get(*i))
                .filter_map(|s| after.session(s.session.id))
                .map(|s| s.kind.run_distance(self.pace))
                .sum();
            let allowed = now.iter().find(|w| w.totals.start == week).and_then(|w| {
                let level = w.established?;
                Some(level * (1.0 + plan.rules.ramp_max_pct / 100.0) - (w.totals.run - in_slots))
            });
            let capped = runs.iter().any(|i| climb.caps.iter().any(|(j, _)| j == i));
            if let (Some(allowed), false, false) = (allowed, capped, runs.is_empty()) {
                let each = allowed / runs.len() as f64;
                climb.caps.extend(runs.iter().map(|i| (*i, each)));
                return true;
            }
        }
        if fresh.is_empty() {
            // Holding did not help: start lower.
            if climb.start == 0 {
                return false;
            }
            climb.start -= 1;
            climb.holds.clear();
            return true;
        }
        climb.holds.extend(fresh);
        true
    }
}
