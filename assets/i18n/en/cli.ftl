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
