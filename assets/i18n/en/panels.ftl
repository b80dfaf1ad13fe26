# panels: see src/i18n/mod.rs for which part of the app this file speaks for.
# The calendar (its days, chips, week column and drop tooltips) and the side tabs: findings,
# comparison, conflicts, athletes, readiness checks, the load chart, the method dialog, the step
# back and the import preview.

## The calendar

# The header of the week column, beside the weekday names.
calendar-week-column = Week

# A chip's screen-reader name is its parts joined by commas; these are some of the parts.
# $pain is the pain logged during the run, 0 to 10.
chip-pain = pain { $pain }/10
chip-in-conflict = in conflict: choose mine or theirs
chip-conflict-tooltip = ? In conflict: choose mine or theirs in the Conflicts tab
chip-hint = Drag to move · Ctrl+drag to copy · right-click for more
# The chip's right-click menu; each item is also the name of its Undo step.
chip-mark-done = Mark done
chip-mark-skipped = Mark skipped
chip-mark-planned = Mark planned
# $done is "yes" once the session is marked done (the log below is usable), else "no".
chip-how-did-it-go = { $done ->
    [yes] How did it go?
   *[no] How did it go? (mark done first)
}
chip-log-session = Log session

# A day's screen-reader name is its date and these parts, joined by commas.
day-today = today
day-has-notes = has notes
# $side is who changed the day in the merge just made ("Theirs", "Mine", "Both").
day-merged = ▌ { $side }: a session left the day, or its notes changed
day-differs = ⇄ Differs from their version:

# The week column's line once the week has begun: running done of running planned.
week-done-of = Done { $done } of { $planned }
# The same, read out in full; $units is "mi" or "km".
week-progress-said = planned { $planned } { $units }, done { $done } { $units }
# The week column's screen-reader name; $date is the week's first day ("7 Dec"), $lines its
# lines joined by " · ".
week-name = Week of { $date }: { $lines }

# While a chip is dragged over a day ($day, "Tue 8 Dec").
# $icon is the error icon, $reason why the drop is refused.
tooltip-cannot-drop = { $icon } Cannot drop on { $day }: { $reason }
tooltip-drop-fine = ✔ Dropping on { $day } raises no new findings
# $findings is a count with its noun: "2 findings".
tooltip-drop-causes = Dropping on { $day } would cause { $findings }:
tooltip-more = and { $n } more

## The Athletes tab (a coach's folder of plans)

# $plans is a count with its noun ("3 plans"), $folder the folder's path.
athletes-heading = { $plans } in { $folder }
athletes-refresh = Refresh
athletes-refresh-tip = Read the folder again
athletes-close = Close list
athletes-order = Most attention first: pain and errors, then warnings, then sessions not logged.
athletes-empty = No plan files (.ron) in this folder.
# $running is "3 / 8 mi": run so far of what the week plans.
athletes-week = This week: { $done } of { $planned } done · running { $running }
athletes-nothing-this-week = Nothing this week
# $when is a day and time: "Thu 4 Dec 16:45".
athletes-changed = changed { $when }
athletes-open-tip = Open this plan
# A plan's card as a screen reader names it; $name is the athlete's name.
athletes-open = Open { $name }

## Comparing with another version of the plan

# $name is the other version's file name.
compare-heading = Compared with { $name }
compare-same = The two plans are the same.
# $differences is a count with its noun: "3 differences".
compare-intro = { $differences }. Tick the ones to take from { $name }.
compare-take-all = Take all theirs
compare-keep-all = Keep all mine
compare-take = Take theirs
compare-show-day = Show this day
compare-apply = Take { $n } of theirs
compare-apply-tip = One step: Undo puts yours back
# The name of the Undo step.
compare-applied = Take { $n } of their changes
compare-failed = Could not take their changes: { $error }
compare-close = Close comparison

## The Conflicts tab (questions a merge left open)

conflicts-none = Nothing left to choose: every conflict of the merge is settled.
# $conflicts is a count with its noun: "2 conflicts".
conflicts-intro = { $conflicts } where you and they changed one thing differently. Yours is kept until you choose; each choice is one step Undo takes back.
# $words is what that side says.
conflicts-mine = Mine: { $words }
conflicts-theirs = Theirs: { $words }
# A side that says nothing.
conflicts-empty = (empty)
conflicts-keep-mine = Keep mine
conflicts-take-theirs = Take theirs
# A button: the choice and what that side says.
conflicts-choice = { $verb }: { $words }
# A button or link's screen-reader name, saying which conflict it is for; $what names it.
conflicts-for = { $text }, for { $what }
# The name of the Undo step: the choice and the conflict.
conflicts-step = { $verb } ({ $what })
# $theirs is "yes" when taking theirs failed, "no" when keeping mine did.
conflicts-failed = { $theirs ->
    [yes] Could not take theirs ({ $what }): { $error }
   *[no] Could not keep mine ({ $what }): { $error }
}
conflicts-show-plan = Show in Plan
conflicts-show-plan-tip = Open the plan's details
conflicts-show-rules = Show in Rules
conflicts-show-rules-tip = Open the rule settings
# $day is the session's day: "Tue 8 Dec".
conflicts-show-day = Show { $day }
conflicts-show-day-tip = Show it on the calendar

## The Findings tab

findings-none = ✔ No findings: the plan follows every rule.
# The group's heading; $severity is "error", "warning" or "advice".
findings-group = { $severity ->
    [error] Errors
    [warning] Warnings
   *[advice] Advice
}
# Under a rule's title in a finding's tooltip; $why is the rule's reason.
findings-why = Why: { $why }
findings-step-back = Step back the plan…
findings-step-back-tip = Rewrite the following weeks as the soreness rules ask: rest days, repeat or lower the level, later levels moved later. Shown first; one Undo takes it back.

## The import preview (recorded runs from a watch)

import-heading = Import recorded runs
import-intro = Each activity and what it does to the plan. Nothing changes until Apply; Undo takes it back.
# $day is the day the files were dropped on: "Tue 8 Dec".
import-dropped-on = Dropped on { $day }: activities are logged in that day's sessions of a matching kind.
# $file is "name: reason".
import-not-read = Not read: { $file }
import-apply = Apply
# $runs is a count with its noun: "3 runs".
import-apply-tip = Log { $runs } as one step; Undo takes it back
import-cancel = Cancel
import-cancel-tip = Close without changing the plan
# A session to log the activity in: $day "Tue 8 Dec", $session "Run 2 mi"; $logged is "yes" when
# it was logged by hand already.
import-session = { $logged ->
    [yes] { $day }: { $session }, logged by hand
   *[no] { $day }: { $session }
}
import-new-session = a new session
import-log-in = Log it in
import-pain-during = Pain during
import-pain-next-day = Pain next day
# A pain score not chosen yet.
import-not-asked = not asked
# While activity files are dragged over the window; $n is how many.
import-drop-hint = { $n ->
    [one] Drop the file to import recorded runs: onto a day to log them in that day's sessions
   *[other] Drop the { $n } files to import recorded runs: onto a day to log them in that day's sessions
}

## The load chart under the calendar

# The value axis; $units is "mi" or "km".
load-axis = run { $units } / week
load-planned = planned
load-done = done
load-ramp-allows = ramp allows
load-weekly-cap = weekly cap
# The ratio strip's line and its advised limit ($limit, "1.5").
load-ratio = acute:chronic (advice)
load-ratio-limit = { $limit } advised limit
load-pain-during = pain during
load-pain-next-day = pain next day
# $threshold is the plan's pain threshold, 0 to 10.
load-pain-threshold = { $threshold } pain threshold
# A bar pointed at: $date the week's first day ("16 Nov"), $what "planned" or "done" (above),
# $value and $units its running; $down is "yes" in a down week.
load-bar = { $down ->
    [yes] Week of { $date }: { $what } { $value } { $units } · down week
   *[no] Week of { $date }: { $what } { $value } { $units }
}
# The charts' screen-reader names.
load-chart-name = Load chart: weekly running, planned and done side by side; click a week to show it
load-ratio-name = Acute:chronic ratio by week (advice)
load-pain-name = Pain by day, during and the next day, 0 to 10 (threshold { $threshold })

## File → New from method…

method-heading = New plan from the method
method-intro = A walk/run ladder on alternate days, with down weeks, inside your caps.
# The format a typed date takes, shown in the empty field.
method-date-hint = YYYY-MM-DD
method-start = Start
method-units = Units
method-miles = miles
method-running-now = Running now, a week
method-not-running-yet = not running yet
method-flares-at = Injury flares at
method-weekly-cap = Weekly cap
method-days-free = Days free
method-weeks = Weeks
method-coming-back-from = Coming back from
method-not-said = Not said
method-birth-date = Birth date
method-injury-date = Injury date
method-checks = Checks before running
method-checks-passed = passed already
# $day is the first day a run may be planned: "Mon 1 Mar 2027".
method-birth-wait = No run before 12 weeks after the birth ({ $day }); walks, strength and the checks until then.
method-checks-note = The checks are a session before the first run: tick each one in the plan once passed.
# $distance and $units: "2.4 mi".
method-run-cap = Runs are capped at { $distance } { $units }, 80 % of where it flares.
# Counts with their nouns: "36 sessions · 0 errors, 1 warning, 2 advice".
method-preview = Preview: { $sessions } · { $errors }, { $warnings }, { $advice }
# A week's row: its first day ("7 Dec"), then its running; $down is "yes" in a down week.
method-week = Week of { $date }
method-week-run = { $down ->
    [yes] run { $distance } { $units } · down
   *[no] run { $distance } { $units }
}
method-create = Create plan
method-create-tip = Replaces the open plan (you are asked about unsaved changes first)
method-cancel = Cancel

## The Ready tab: what the comeback is from, and the checks before the first run

ready-heading = Ready to run
ready-intro = Clinics ask for a few tests, each done without pain, before the first run. A run planned before they are all passed is a warning.
ready-checks-heading = Checks before the first run
# The name of the Undo step.
ready-edit-checks = Edit the checks before the first run
ready-comeback-from = The comeback is from
ready-kind-unsaid = Not said
ready-kind-injury = An injury
ready-kind-bone-stress = A bone-stress injury
ready-kind-birth = A birth
# $injury is what the plan's injury field says.
ready-read-as-birth = Read as a birth from the injury, “{ $injury }”.
ready-birth-kind = Kind of birth
ready-birth-unsaid = Not said
ready-birth-vaginal = Vaginal
ready-birth-perineal-tear = With a perineal tear
ready-birth-caesarean = Caesarean
# $born the day of the birth, $first the first day of running, $weeks the weeks between.
ready-born = Born { $born }: no running before { $first }, { $weeks } weeks after, whatever the birth; a pelvic-health assessment from 6 weeks.
ready-may-need-longer = A caesarean birth or a perineal tear may need longer.
ready-give-birth-day = Give the day of the birth as the injury date in the Plan tab to count the 12 weeks.
# $comeback is what the comeback is from, as the plan says it: "after a birth".
ready-use-clinic-tip = Lists the usual checks and numbers { $comeback }; the days already passed are kept
ready-use-clinic = Use the clinic's checks
ready-say-comeback = Say what the comeback is from to use the clinic's checks.
ready-no-checks = No checks: runs are not judged by them.
ready-passed-count = { $passed } of { $checks } passed by today.
ready-remove = Remove the checks
ready-remove-tip = Takes the checks off the plan: runs are no longer judged by them
ready-sources = Sources
ready-passed-on = passed on
ready-number = number
# Screen-reader names of a check's fields; $check is the check's name.
ready-number-for = Number for { $check }
ready-passed-day = Day { $check } was passed
# $source is where the check comes from, shortened.
ready-source = Source: { $source }
# The format a typed date takes, shown in the empty field.
ready-date-hint = YYYY-MM-DD
ready-date-format = Write the day as YYYY-MM-DD
# What follows a check's number in its field.
ready-unit-seconds-each-side = s each side
ready-unit-each-side = each side
ready-unit-days = days
ready-stop-signs = Stop signs
ready-stop-signs-tip = Signs to stop and seek advice after a birth (postnatal guidance); each counts as pain above the threshold
# $sign is one stop sign: "leaking urine or wind, or bowel urgency".
ready-stop-sign = Stop sign: { $sign }
# Part of a chip's screen-reader name; $signs are the signs logged.
ready-stop-signs-name = stop signs: { $signs }
ready-stop-signs-warning = ⚠ Stop signs: { $signs }. Stop and seek advice.

## The step back after pain

stepback-heading = Step back after pain
# $sessions, $errors and $warnings are counts with their nouns.
stepback-summary = { $sessions } change · afterwards: { $errors }, { $warnings }
stepback-apply = Step back
stepback-apply-tip = One step: Undo puts the plan back
stepback-cancel = Cancel
# A change's row; $change is what changes ("Run 2 mi"), $down "yes" in a down week.
stepback-change = { $down ->
    [yes] { $change } · down week
   *[no] { $change }
}
