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
