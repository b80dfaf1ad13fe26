# cli: see src/i18n/mod.rs for which part of the app this file speaks for.

## The command line: its frame around the findings, its errors and reports. $path is a file or
## folder as named on the command line, $error what the system or a reader said (already in
## words).

# main.rs: the window could not open; $error is the system's reason.
cli-no-window = cannot open a window: { $error }
    The headless commands still work: `comeback validate FILE`.
cli-no-gui = this build has no window (built without the `gui` feature); try `comeback validate FILE`
# $text is what was typed, in quotes.
cli-pain-score = pain is a whole number from 0 (none) to 10 (the worst imaginable), not { $text }
cli-folder-unlistable = { $path }: cannot list the folder: { $error }
# $from and $until are dates as typed (2026-12-07).
cli-dates-backwards = --from { $from } is after --until { $until }
cli-cannot-export = { $path }: cannot export: { $error }
cli-workouts-need-folder = --to fit writes one file per workout: name a folder with -o (a watch's GARMIN/NewFiles)
cli-many-images = the export has { $n } images, one per page: name a file with -o (they are numbered), or pick one month with --from and --until
cli-cannot-print = { $path }: cannot print: { $error }
cli-exists = { $path } already exists; choose another name (nothing was written)
cli-cannot-read = { $path }: cannot read: { $error }
cli-cannot-merge = cannot merge: { $error }
cli-cannot-write-report = cannot write the report: { $error }

# validate: the line above a plan's findings. $title is the plan's title.
cli-validate-summary = { $path }: "{ $title }": { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $advice } advice
# validate: the heading of a week's findings; $week is its first day ("Mon 7 Dec 2026").
cli-validate-week = Week of { $week }

## Plan files: loading and saving. A syntax message follows "file.ron:12:5: ", so it starts in
## lower case.

file-unreadable = { $path }: cannot read the file: { $error }
# $size and $most are in bytes.
file-too-large = { $path }: the file is { $size } bytes; plan files are at most { $most } bytes
# $found is the file's format version, $newest the newest this build reads.
file-too-new = { $path }: this plan uses file format version { $found }, made by a newer Comeback; this version reads up to { $newest }. Update Comeback to open it (nothing was changed).
file-unsaved = { $path }: could not save: { $error }
file-unencodable = { $path }: could not write the plan as RON: { $error }
file-controls-removed = removed { $n ->
        [one] { $n } control character
       *[other] { $n } control characters
    } from the plan's text (terminal escapes and the like); saving keeps them out
# $text is the first comment, $line its line in the file.
file-comments = the file has { $n ->
        [one] { $n } comment
       *[other] { $n } comments
    } written by hand (the first on line { $line }: "{ $text }"), which saving would drop; keep them as notes on the sessions and days they sit in
# Two of the warnings above, one after the other.
file-warnings-both = { $first }; { $second }
file-not-utf8 = the file is not UTF-8 text; save it as UTF-8
# $version is the current format version; `(version: 7,` is how a plan file starts.
file-empty = the file is empty; expected a plan starting with `(version: { $version },`
file-not-a-plan = expected a plan: a bracketed list of fields starting with `(version: { $version },`
file-version-zero = version 0 is not a Comeback plan format; expected 1 to { $newest }
file-repeated-id = two sessions have the id { $id }; every session needs its own id
file-ends-early = the file ends too early; a closing bracket or value is missing
file-too-deep = nested more than { $depth } levels deep; this is not a plan file

## comeback log: activity files logged into a plan.

# $error says why, in words.
cli-log-not-applied = { $path }: the import could not be applied ({ $error }); nothing was saved
cli-log-comment-failed = { $path }: a comment could not become a note ({ $error }); nothing was saved
cli-log-comments-kept = { $path }: kept { $n ->
        [one] { $n } comment
       *[other] { $n } comments
    } written in the file as notes where they sat (a plan file cannot keep comments)
# The author of the notes made from a file's comments.
cli-log-comment-note = From the file
cli-log-no-files = no activity files (.fit, .gpx, .tcx, each perhaps .gz) were found; nothing was logged
# The first part of the summary. $already may be 0, and then is not said.
cli-log-read = { $read ->
        [one] { $read } activity
       *[other] { $read } activities
    } read: { $logged ->
        [one] { $logged } session
       *[other] { $logged } sessions
    } logged, { $new ->
        [one] { $new } new session
       *[other] { $new } new sessions
    }{ $already ->
        [0] {""}
       *[other] , { $already } already in the plan
    }
# Further parts of the summary, after "; ".
cli-log-outside = { $n ->
        [one] { $n } activity outside the plan's weeks not logged (--include-outside logs it)
       *[other] { $n } activities outside the plan's weeks not logged (--include-outside logs them)
    }
cli-log-too-short = { $n ->
        [one] { $n } activity too short to be a session not logged
       *[other] { $n } activities too short to be a session not logged
    }
cli-log-skipped = { $n ->
        [one] { $n } file skipped
       *[other] { $n } files skipped
    }
# The end of the summary, after ". ". $backup is the file the previous version was kept in.
cli-log-saved = Saved { $path } (the previous version is { $backup }).
cli-log-none-read = No file could be read; { $path } is as it was.
cli-log-dry-run = Nothing saved (--dry-run).
cli-log-unchanged = Nothing to change; { $path } is as it was.

## comeback merge. $first and $second are plans as "Title" (plan ID).

cli-merge-not-one-plan = { $first_path } is { $first } and { $second_path } is { $second }: they are different plans, and a merge takes two copies of one plan and the version both came from; nothing was written
# What the report calls the merged plan when it goes to standard output.
cli-merge-standard-output = the plan written to standard output
# $name is the file as git names it.
cli-merge-named = merged both versions of { $name } since their common one
cli-merge-paths = merged { $ours } and { $theirs } from { $base }
# $merged is one of the two messages above; $output the merged file.
cli-merge-result = { $conflicts ->
        [0] { $merged }: no conflicts
        [one] { $merged }: { $conflicts } conflict to resolve (recorded in { $output }; open it in Comeback)
       *[other] { $merged }: { $conflicts } conflicts to resolve (recorded in { $output }; open it in Comeback)
    }

## comeback diff, export, import-csv, new.

cli-diff-summary = { $n ->
        [one] { $n } difference
       *[other] { $n } differences
    } from { $mine } to { $theirs }
cli-export-no-workouts = No planned runs, run/walks or walks in those days: no workouts written
cli-import-wrote = Wrote { $path } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    })
cli-new-wrote = Wrote { $path } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    })
# $checks counts the readiness checks; $day is a date ("Mon 7 Dec 2026").
cli-new-checks-planned = { $checks ->
        [one] { $checks } check
       *[other] { $checks } checks
    } before the first run, planned on { $day }: tick each one passed in the plan; the runs wait for them
cli-new-checks-passed = { $checks ->
        [one] { $checks } check
       *[other] { $checks } checks
    } before the first run, ticked as passed on { $day }
# A week of the new plan: its first day and the running in it.
cli-new-week = Week of { $week }: run { $run } { $units }
# The same, with what the week is judged by ("Stage 1 of 4", "Down week").
cli-new-week-judged = Week of { $week }: run { $run } { $units } ({ $judged })

## comeback validate FOLDER: a coach's athletes, a table.

# $n plans in $folder on $day (a date).
cli-folder-heading = { $n ->
        [one] { $n } plan
       *[other] { $n } plans
    } in { $folder } on { $day }, most attention first
cli-folder-week-done = { $done }/{ $planned } done
cli-folder-findings = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
# The table's column headings.
cli-folder-athlete = Athlete
cli-folder-needs = Needs
cli-folder-this-week = This week
cli-folder-running = Running
cli-folder-findings-column = Findings
cli-folder-changed = Changed
cli-folder-file = File

## A coach's folder: why a plan stands where it does in the list.

folder-unreadable = cannot be opened
# $n sessions of the last week still marked planned.
folder-unlogged = { $n } not logged
folder-on-track = on track

## The revisions kept beside a plan file, for merging.

store-different-plans = they are different plans, not two copies of one
store-no-base = no version both copies were made from was opened or saved on this computer
# A plan about to be kept has no revision (a bug).
store-no-revision = the plan has no revision

## Merging three copies of a plan: errors, and the conflicts' words (kept in the plan).

# $first and $second are plans as merge-plan-named says them.
merge-not-one-plan = { $first } and { $second } are different plans; a merge takes two copies of one plan and the version both came from
# A plan named in a merge error: its title, and its id (letters and digits).
merge-plan-named = "{ $title }" (plan { $id })
# $what is which part of the plan could not be taken apart.
merge-fields = cannot merge the { $what ->
        [details] plan details
        [rules] rule settings
       *[sessions] sessions
    } field by field: { $error }
merge-revision = cannot work out the revision of a side of the merge: { $error }
# A value that should have been a set of fields; $value is it as JSON.
merge-not-fields = not a struct of fields but { $value }
# What a conflict is about: a field of the plan's details or of its rule settings, by the name
# the plan file gives it ("title", "weekly_cap").
merge-plan-field = plan { $field }
merge-rule-field = rule { $field }
# A side of a conflict over a session: a recorded activity, "trail run started Thu 4 Dec 2026
# 07:30 UTC".
merge-recorded = { $sport } started { $started } UTC
# "Run 3 mi on Wed 2 Dec 2026"
merge-session-on = { $session } on { $day }
merge-deleted = deleted
# $fields lists the fields changed by their names in the file ("date, note").
merge-session-changed = { $session } on { $day }, changed: { $fields }
# The marks a merge leaves on a chip or day, as a screen reader says them after it.
merge-changed-by-you = changed by you in the merge
merge-changed-by-them = changed by them in the merge
merge-changed-by-both = changed by both in the merge

## Recorded activities (FIT, GPX, TCX) read and logged into a plan.

# A recorded sport as people read it; $sport is its key in the plan file.
activity-sport = { $sport ->
        [running] run
        [trail_running] trail run
        [track_running] track run
        [treadmill_running] treadmill run
        [walking] walk
        [hiking] hike
        [cycling] ride
        [indoor_cycling] indoor ride
        [swimming] swim
        [elliptical] elliptical
        [rowing] row
        [other_equipment] gym equipment
       *[other] other activity
    }
# Why a file could not be read. These follow "file.fit: ".
activity-unreadable = cannot read the file: { $error }
activity-too-large = the file is { $size } bytes; activity files are at most { $most } bytes
activity-inflates-too-far = unpacked, the file is more than { $most } bytes; no activity file is that large
activity-gzip = the gzip file is damaged: { $error }
activity-unknown-format = not a FIT, GPX or TCX file
activity-fit-damaged = the FIT file is damaged: { $error }
# $format is GPX or TCX; $error what the reader said.
activity-xml = the { $format } file cannot be read: { $error }
# $what is the FIT file's type, as FIT names it ("course", "workout").
activity-not-recorded = a FIT { $what } file, not a recorded activity
activity-route = a route, not a recorded activity: its points have no times
activity-empty = the file holds no recorded activity
# $sport is the file's word for it, in quotes.
activity-unknown-sport = the sport { $sport } is not one Comeback knows; nothing was imported from the file
activity-controls-removed = removed { $n ->
        [one] { $n } control character
       *[other] { $n } control characters
    } from the file's name
# What is wrong inside a FIT file; $at is a position in the file, in bytes.
activity-fit-decoder-failed = the FIT decoder failed on it: the file is damaged or not a FIT file
activity-fit-past-end = a message runs past the end of the data its header announces, at byte { $at }
activity-fit-cut-short = the file ends too early: it was cut short
activity-fit-not-a-header = its header is not a FIT header
activity-fit-chained-header = the header of the next file in the chain, at byte { $at }, is corrupt
activity-fit-header-checksum = the header's checksum is wrong
activity-fit-checksum = the checksum does not match: the file was changed or not copied whole
activity-fit-unreadable-at = the data cannot be read at byte { $at }
activity-fit-no-definition = a message at byte { $at } has no definition before it
activity-no-start = a session has no start time
# $start is a time in UTC as the file has it ("2026-12-04 07:30:00 UTC").
activity-no-timer = the { $sport } at { $start } has no time on its timer
activity-gpx-too-long = the track starting { $start } lasts more than a week
activity-tcx-too-deep = nested more than { $depth } levels deep
# $value is the lap's value, in quotes.
activity-tcx-impossible = a lap has the impossible value { $value }
activity-tcx-no-start = an activity has no start time (its Id)
activity-tcx-too-long = the activity at { $start } lasts more than a week

# What an activity does to the plan, after "run Wed 6 Feb 2013 12:11, 4.84 km → ". $name is the
# session ("Run 5 km (#3)"); $was its status before: planned, done (logged by hand) or skipped.
activity-logged = { $was ->
        [done] { $name }: done, the recorded numbers in place of those logged by hand
        [skipped] { $name }: done, though it was marked skipped
       *[planned] { $name }: done
    }
# The same, for a session on another day; $from is that day.
activity-logged-moved = { $was ->
        [done] { $name }: done, the recorded numbers in place of those logged by hand, moved from { $from }
        [skipped] { $name }: done, though it was marked skipped, moved from { $from }
       *[planned] { $name }: done, moved from { $from }
    }
# $kind is the new session's kind ("Run").
activity-new = new { $kind }: done
activity-already = already logged in { $name }; nothing changes
activity-repeated = the same activity as an earlier file; skipped
activity-out-of-range = its day is outside the years a plan can cover (1900 to 2199); skipped
activity-too-short = too short to be a session (under a minute or 100 m); skipped
# Said after a line the runner left unticked in the preview.
activity-unticked = (unticked)
# What was judged of an activity.
activity-outside = outside the plan's weeks ({ $from } to { $until })
activity-no-distance = no distance to judge its pace by
# $sport is the sport its pace suggests, $pace a speed ("9.5 km/h") or activity-no-distance.
activity-sport-by-pace = the file names no sport: a { $sport } by its pace ({ $pace })
activity-in-all = { $distance } { $units } in all
# $whole is activity-in-all.
activity-running-part-recorded = the running part, as the watch recorded it ({ $whole })
activity-running-part-estimated = the running part estimated from the planned run:walk split ({ $whole })
# $longer is yes or no (shorter); $unit is mi, km or min.
activity-far = { $longer ->
        [yes] far longer than planned: { $done } { $unit } against { $planned } { $unit }
       *[no] far shorter than planned: { $done } { $unit } against { $planned } { $unit }
    }
# Why an activity cannot be pointed at a session; $id is a session ("#3").
activity-no-line = there is no line { $line }
activity-fixed = this activity cannot be logged: it is already in the plan, repeated, out of range or too short
activity-no-session = session { $id } is not in the plan
activity-wrong-kind = a { $sport } cannot be logged as a { $kind }
activity-recorded = session { $id } already holds another recorded activity
activity-taken = another activity in this import is logged in session { $id }; point that one elsewhere first

## Workouts for the watch. The watch shows these in ASCII (accents are dropped); keep them short:
## a step's name has room for 7 letters, a workout's name for 32 with its day.

watch-folder = cannot make the folder { $path }: { $error }
watch-write = cannot write the workout { $path }: { $error }
# $kind is run, run-walk or walk; $amount the planned amount ("100000 min"), $most the most a
# step can hold.
watch-too-long = the { $kind ->
        [run] run
        [walk] walk
       *[run-walk] run/walk
    } on { $day } is too long for a watch workout: { $amount }; a workout step can be at most { $most }
# The name of a step while the watch runs it (at most 7 letters).
watch-step-run = Run
watch-step-walk = Walk
watch-step-repeat = Repeat
# The first word of a workout's name: "Run 2mi Tue 1 Dec", "Walk 35min Tue 1 Dec".
watch-run = Run
watch-walk = Walk
# A run/walk workout's name before its day: "R/W 1/1 x12"; $pair is the run and walk parts.
watch-run-walk = R/W { $pair } x{ $repeats }
