# paper: see src/i18n/mod.rs for which part of the app this file speaks for.

## Shared words (src/text.rs): the screen, paper and calendar files say a plan the same way.

# A session's status in a sentence ("Run 2 mi (skipped)"); $status is planned, done or skipped.
text-status = { $status ->
    [planned] planned
    [done] done
   *[skipped] skipped
}
# The same status starting a label (the editor, tooltips).
text-status-label = { $status ->
    [planned] Planned
    [done] Done
   *[skipped] Skipped
}
# $text is what the session is ("Run 2 mi"); a done one is ticked, a skipped one marked.
text-with-status = { $status ->
    [done] ✓ { $text }
    [skipped] { $text } (skipped)
   *[planned] { $text }
}
# A run/walk on a chip too narrow for the whole: minutes running, minutes walking, repeats.
text-compact-run-walk = R/W { $run }:{ $walk } ×{ $repeats }
# A run/walk measured in distance, on a narrow chip: only the repeats.
text-compact-run-walk-repeats = R/W ×{ $repeats }
# A finding as a screen reader names it beside a day: $severity is error, warning or advice,
# $rule the rule's title. The attribute says whether the title is lowercased within the name
# (yes or no; German keeps its nouns' capitals).
text-finding-name = { $severity }: { $rule }
    .lowercase = yes
# Logged pain out of 10, during the session and the next day; $sharp is yes or no.
text-pain = { $during }/10 during, { $next }/10 next day{ $sharp ->
    [yes] , sharp
   *[no] {""}
}
# $pain is the line above, $signs the stop signs logged, listed.
text-pain-stop-signs = { $pain }; stop signs: { $signs }
# A done session's status with what was done ("2.1 mi · 24 min").
text-status-done-did = Done: { $did }
# $line is the status line so far, $pain the pain logged.
text-status-with-pain = { $line } · pain { $pain }
# A done session on paper: $session is the session ticked, $did what was done.
text-session-did = { $session } · did { $did }
# The week column: running against the weekly cap; $unit is mi or km.
text-week-run-cap = Run { $run } / { $cap } { $unit }
text-week-run = Run { $run } { $unit }
text-week-walk = Walk { $walk } { $unit }
text-week-cross = Cross { $minutes } min
text-week-down = Down week
# The staged start: stage 3 of 5.
text-week-stage = Stage { $stage } of { $of }
# $level is the weekly distance the ramp raises from.
text-week-holds = Holds the { $level } { $unit } level
# $change is signed, "+20" or "-14".
text-week-change = { $change } % on { $level } { $unit } level
text-week-back = Back to { $level } { $unit } level
# Under a printed page's title.
text-header-when = Plan from { $from } to { $to }
text-header-athlete = Athlete: { $value }
text-header-coach = Coach: { $value }
text-header-contact = Contact: { $value }
text-header-goal = Goal: { $value }
text-header-injury = Injury: { $value }
# $value is the injury, $date its day.
text-header-injury-on = Injury: { $value } ({ $date })
text-header-injury-date = Injury date: { $date }
# A note's author when none was given.
text-someone = Someone
# Who wrote a note and when: $time is a day and time in UTC ("29 Nov 14:05").
text-byline = { $author } · { $time } UTC

## Paper and exports (src/export, src/print.rs).

# A plan without a title, on paper and as a calendar's name.
paper-untitled = Comeback plan
# A calendar's name for an untitled plan: $athlete is who it is for.
paper-untitled-for = Comeback plan ({ $athlete })
# The export formats, as the export dialog and menu list them.
paper-format-pdf = PDF for printing
paper-format-png = PNG images for messages
paper-format-ics = Calendar (ICS)
paper-format-csv = Spreadsheet (CSV)
# $path is the export file, $error what the system said.
paper-error-write = cannot write { $path }: { $error }
paper-error-font = the embedded font cannot be read
# $width and $height are the page's size.
pdf-error-page = a page of { $width } × { $height } points cannot be made
pdf-error-write = the PDF could not be written: { $error }
png-error-page = a page of { $width } × { $height } pixels cannot be an image
png-error-encode = the image could not be encoded: { $error }

# The foot of every printed page.
pdf-page-of = Page { $page } of { $total }
# A page's heading again on the next page of the same section.
pdf-continued-title = { $title } (continued)
# The last two lines of a day cell too small for all it holds: how many lines are left out,
# then where they are.
pdf-more-lines = { $n ->
    [one] +{ $n } more line,
   *[other] +{ $n } more lines,
}
pdf-continued = continued
pdf-continued-on-page = continued on page { $page }
# A session's own note in its day cell, in the language's quotation marks.
pdf-session-note = “{ $note }”
# The heading of the week column of a month.
pdf-week = Week
# Logged pain under a session in a day cell: $pain as in text-pain.
pdf-pain = pain { $pain }
# The legend under a month: the three markers' words, then the rest. A day is shaded when it
# is in another month or outside the dates printed (before the plan starts, after its end).
pdf-legend-severity = { $severity ->
    [error] error
    [warning] warning
   *[advice] advice
}
pdf-legend = ✓ done   ·   (skipped)   ·   shaded: another month or outside the dates printed   ·   findings follow the months
pdf-findings = Findings
pdf-no-findings = No findings: the plan follows every rule.
pdf-errors = Errors: change the plan
pdf-warnings = Warnings: check with your coach
pdf-advice = Advice
# The load chart's caption; $unit is mi or km.
pdf-chart-title = Weekly running ({ $unit }): planned as outlines (grey: down weeks), done filled in, the shaded band is what the ramp allows, the red line the weekly cap
pdf-notes = Notes
pdf-about-plan = About the plan
# Notes about a day, not about one of its sessions.
pdf-the-day = The day
# $from says what the comeback is from ("after an injury").
pdf-back = Back { $from }.
# $date is the baby's birthday.
pdf-back-born = Back { $from }, born { $date }.
pdf-checks = Checks before the first run:
# $session is the session ("Run 2 mi"), $signs the stop signs logged on it.
pdf-stop-signs = Stop signs logged on { $date } ({ $session }): { $signs }. Stop and seek advice.
# Days whose cells were too small, written out whole.
pdf-sessions-in-full = Sessions in full

# A calendar event of a session deleted since an earlier export.
ics-removed = Removed from the plan
# Lines of an event's description.
ics-pain = Pain: { $pain }
ics-done = Done: { $did }
ics-note = Note: { $note }
# $from and $to are days.
ics-error-empty = no sessions from { $from } to { $to }: a calendar file needs at least one event; choose days that have sessions
ics-error-format = could not write the calendar: { $error }

# Where a spreadsheet went wrong: $row counts from 1 (the header), $column too; $name is the
# column's name in the file.
csv-error-row = row { $row }: { $message }
csv-error-column-missing = row { $row }, column { $name } (not in the file): { $message }
csv-error-column = row { $row }, column { $column } ({ $name }): { $message }
csv-not-utf8 = the file is not UTF-8, so it was read as Windows-1252 (what Excel and LibreOffice save by default); check accented letters, or save it as UTF-8
csv-unreadable = the file cannot be read as CSV: { $error }
csv-empty = the file is empty; expected a header row and a row per session
csv-strava = this is Strava's activities.csv, a list of recorded runs, not a plan: log them into a plan with `comeback log PLAN FOLDER` (the activities folder of the same Strava export) or File → Import runs… in the app
# The two columns a distance may be in, as the list of expected columns names them.
csv-distance-columns = distance_mi or distance_km
# $header is the file's header row, $columns the columns Comeback writes.
csv-no-distance = no distance_mi or distance_km column; the header has { $header }; expected the columns Comeback writes ({ $columns })
# $names lists the $n columns left out, $columns the columns Comeback reads.
csv-ignored = { $n ->
    [one] { $n } column not read
   *[other] { $n } columns not read
}: { $names } (Comeback reads { $columns })
csv-id-again = session id { $id } is used in row { $first } too
csv-no-sessions = the file has a header but no sessions; expected a row per session under the header
csv-id-twice = session id { $id } appears twice
csv-controls-removed = removed { $n ->
    [one] { $n } control character
   *[other] { $n } control characters
} from the notes (terminal escapes and the like)
# $text is the cell as written.
csv-not-number = "{ $text }" is not a number
csv-out-of-range = { $text } is out of range; expected 0 to { $max }
csv-too-large = { $value } is too large
csv-not-whole = { $value } is not a whole number
# $options are the values the column takes, as the file writes them.
csv-not-one-of = "{ $text }" is not one of: { $options }
csv-run-walk-amount = a run/walk needs this amount
# $unit is mi or km.
csv-not-unit = "{ $text }" is not min or { $unit }
csv-id-needed = every session needs a whole number id above 0
csv-not-date = "{ $text }" is not a date like 2026-11-16
csv-not-pain = { $value } is not a pain score from 0 to 10

## Printing (src/print.rs).

print-error-create = cannot create { $path }: { $error }
print-error-write = cannot write { $path }: { $error }
print-opened = Opened the plan in the PDF viewer: print it from there ({ $path })
print-no-viewer = No PDF viewer was found to open the plan. The PDF is at { $path }: open and print it from there.

## Two versions of a plan compared (src/diff.rs): "mine" is the plan open, "theirs" the other
## copy (the coach's, say). $day is a day, $what a session ("Walk 2 mi").

diff-added = + { $day }: { $what } (only in theirs)
diff-removed = - { $day }: { $what } (only in mine)
diff-moved = → { $what } moved from { $from } to { $to }
# $field is which part of the session changed (diff-field), $mine and $theirs its values.
diff-edited = ~ { $day } { $field }: { $mine } → { $theirs }
diff-field = { $field ->
    [kind] kind
    [status] status
    [pain] pain
    [actual] actual
    [note] note
   *[other] { $field }
}
# $on is session for a note about a session, day for one about the day.
diff-note-added = + { $day }{ $on ->
    [session] , on a session
   *[day] {""}
}: note by { $author }: "{ $text }" (only in theirs)
diff-note-removed = - { $day }{ $on ->
    [session] , on a session
   *[day] {""}
}: note by { $author }: "{ $text }" (only in mine)
# $field is the plan's detail or rule setting as the file names it ("athlete", "weekly_cap").
diff-meta = ~ plan { $field }: { $mine } → { $theirs }
diff-rules = ~ rule { $field }: { $mine } → { $theirs }
diff-quoted = "{ $text }"
diff-empty = (empty)
print-browser-no-viewer = a browser has no system viewer for { $file }
