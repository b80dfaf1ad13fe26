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
