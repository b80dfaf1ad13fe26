# window: see src/i18n/mod.rs for which part of the app this file speaks for.

## The window's title and the names of its regions for a screen reader

# $name: the plan's file name; $dirty: "yes" when there are unsaved changes
app-title = { $name }{ $dirty ->
    [yes] {" "}•
   *[no] {""}
} — Comeback
app-region-status = Status bar
app-region-palette = Palette
app-region-load = Weekly load
app-region-calendar = Calendar
# The name of the step Undo takes back, after answering "How does it feel today?"
app-log-next-day = Log pain next day

## The menu bar

menu-file = File
menu-edit = Edit
menu-view = View
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-export = Export
# Undo or Redo with the step it takes: $command is "Undo" or "Redo", $step the step's name ("Move session")
menu-history-step = { $command }: { $step }
menu-load-chart = Load chart
    .tooltip = Weekly running under the calendar
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark
menu-units = Show distances in
menu-units-plan = The plan's own units
menu-units-miles = Miles
menu-units-km = Kilometres
menu-week-start = Start weeks on
menu-week-start-plan = The plan's own day
menu-week-start-monday = Monday
menu-week-start-sunday = Sunday
# A submenu listing the languages, each by its own name
menu-language = Language

## The status bar

status-not-saved = not saved yet
# $name: the language just chosen, in its own name ("Deutsch")
status-language = Language: { $name }
# The viewer's units and week start when they differ from the file's: $units "km" or "mi",
# $start "monday" or "sunday"
status-lens = Shown in { $units }, weeks from { $start ->
    [sunday] Sunday
   *[monday] Monday
} ·
    .tooltip = Your preference (View menu). The file keeps its own: { $units }, weeks from { $start ->
        [sunday] Sunday
       *[monday] Monday
    }.
autosave-failed = Autosave failed: { $error }

## The side panel

side-panel = Side panel
side-hide = Hide the side panel
side-show = Show the side panel
# Tabs; $n counts what the tab lists
side-tab-session = Session
side-tab-findings = Findings ({ $n })
side-tab-rules = Rules
side-tab-plan = Plan
side-tab-ready = Ready
side-tab-compare = ⇄ Compare ({ $n })
side-tab-athletes = Athletes ({ $n })
side-tab-conflicts = ⚠ Conflicts ({ $n })

## Banners across the top of the window

banner-dismiss = Dismiss
# $name: the plan's file name
banner-outside = ⚠ { $name } was changed by another program since you opened it (a coach's copy saved over it, a sync folder?). Nothing has been overwritten.
banner-outside-merge = Merge
    .tooltip = Take the file's changes and keep yours; asks only where both changed one thing
banner-outside-compare = Compare
    .tooltip = See what differs and take what you want
# $dirty: "yes" when reloading would lose unsaved changes
banner-outside-reload = { $dirty ->
    [yes] Reload, losing my changes
   *[no] Reload
}
    .tooltip = Open the file as it is now
banner-outside-keep = Keep mine
    .tooltip = Saving will replace the file with your plan
# $comments: "2 comments"; $line: the first one's line; $text: its words
banner-comments = ✎ The file has { $comments } written by hand (line { $line }: "{ $text }"), which Comeback cannot keep as comments; saving waits until you choose.
banner-comments-keep = Keep them as notes
    .tooltip = Each becomes a note on the session or day it sits in
banner-comments-drop = Drop them
    .tooltip = Saving will leave them out
# $conflicts: "2 conflicts"
banner-conflicts-listed = ⚠ The merge needs you to choose: { $conflicts }, listed in the side panel; yours is kept until then
# $more: how many questions follow this one; $what: the question
banner-conflicts-next = ⚠ The merge needs you to choose ({ $more ->
    [0] the last question
   *[other] { $more } more after this
}): { $what }
banner-conflicts-list = List all conflicts
    .tooltip = Every question at once, to settle in any order
# The legend of a merge's marks; $name: the file merged in, $n: how many
banner-merged-with = Merged with { $name }:
banner-merged-theirs = changed by them ({ $n })
banner-merged-mine = changed by you ({ $n })
banner-merged-conflicts = in conflict ({ $n })
banner-merged-hide = Hide merge marks
    .tooltip = The calendar without the merge's marks
banner-example = This is an example plan, moved so that its next session is today. Nothing is saved unless you choose where.
banner-example-dismiss = Keep exploring the example
banner-next-day-region = How does it feel today?
# $kind: "run" or "run-walk"; $day: "Sat 28 Nov"
banner-next-day = How does it feel today, the morning after your { $kind ->
    [run-walk] run/walk
   *[run] run
} ({ $day })? Pain now, 0 (none) to 10:
# A score's button, for a screen reader; $day: "Sat 28 Nov", $score: 0 to 10
banner-next-day-score = Pain the day after { $day }: { $score } / 10
banner-next-day-dismiss = Leave it unanswered; the session panel can log it later

## Dialogs

modal-cancel = Cancel
modal-recover-heading = Restore unsaved changes?
# $name: the plan's file, or modal-recover-unsaved; $when: the day and time of the autosave
modal-recover-body = Comeback closed before changes to { $name } were saved. They were autosaved { $when }.
modal-recover-unsaved = an unsaved plan
# $n: how many changes are listed under it
modal-recover-changes = What they change ({ $n }):
modal-recover-restore = Restore
modal-recover-discard = Discard
# $name: the plan's file name
modal-confirm-heading = Save changes to { $name }?
# $action: what is about to happen
modal-confirm-body = Your changes will be lost if you don't save them before { $action ->
    [new] starting a new plan
    [duplicate] duplicating the plan
    [open] opening another plan
   *[quit] closing
}.
modal-confirm-save = Save
modal-confirm-dont-save = Don't save

## The path field: a dialog that asks where a file is

prompt-verb-open = Open
prompt-verb-save-as = Save as
prompt-verb-export = Export
prompt-verb-compare = Compare
prompt-verb-merge = Merge
prompt-verb-folder = List plans
prompt-verb-workouts = Write workouts
prompt-verb-import = Read runs
prompt-heading-open = Open a plan
prompt-heading-save-as = Save the plan as
# $format: the export's name ("PDF calendar")
prompt-heading-export = Export: { $format }
prompt-heading-compare = Compare with another version of this plan
prompt-heading-merge = Merge another copy of this plan into it
prompt-heading-folder = List the plans in a folder
prompt-heading-workouts = Export workouts to a watch
prompt-heading-workout = Send the session to a watch
prompt-heading-import = Import recorded runs
prompt-field-file-or-folder = File or folder path
prompt-field-folder = Folder path
prompt-field-file = File path
prompt-recent = Recent:
# A recent file's tooltip: $verb is the dialog's button ("Open"), $path the file
prompt-recent-path = { $verb } { $path }
prompt-browse = Browse…
    .tooltip = Find it in a window of your computer's folders

## Autosave

# $error: why the file could not be read
autosave-unreadable = The file cannot be read now: { $error }
# $sessions: "12 sessions"
autosave-never-saved = A new plan with { $sessions }, never saved
autosave-crash-kept = Comeback stopped; your unsaved changes were kept and are offered at the next start.
autosave-crash-lost = Comeback stopped and could not keep your unsaved changes: { $error }
prompt-import-note = A FIT, GPX or TCX file (gzipped too) or a folder of them, such as a watch's GARMIN/Activity folder. Each activity is shown with the session it logs before anything changes.
prompt-native-note = Choose a file in the window that opened, or type where it is here.
prompt-no-file-window = A window to choose files cannot open on this computer: type where the file is.
# $path: the file; $verb: the dialog's button ("Save as")
prompt-replace = { $path } already exists. Press { $verb } again to replace it.
prompt-none-chosen = No file was chosen. Type where the file is, or press Cancel.
# The kinds of file the system's file dialog lists
export-dialog-filter-plan = Comeback plan
export-dialog-filter-workout = FIT workout
import-dialog-filter-activity = Recorded activity

## What the app says it did, in the status bar, and what went wrong, in the error banner.
## $path is a file or folder; $error says what went wrong, already in the reader's language.

# Names of steps Undo can take back
app-new-plan-title = New plan
# The author of notes made from a file's comments when the viewer has not said their name
app-comment-author = From the file
# $comments: "2 comments"
app-keep-comments = Keep { $comments } as notes
# $kind: the session's kind ("Run/walk")
app-delete = Delete session ({ $kind })
# $runs: "2 runs"
app-import = Import { $runs }
# $step: the name of the change that failed ("Move session")
app-could-not = Could not do "{ $step }": { $error }
app-open-plan-unchanged = { $error }
    The open plan is unchanged.
app-save-failed = Could not save: { $error }
    The plan is still open; try Save as… somewhere else.
app-export-failed = Could not export: { $error }
    The plan is unchanged.
app-print-failed = Could not print: { $error }
app-viewer-off = opening other programs is turned off
app-workouts-failed = Could not write the workouts: { $error }
    The plan is unchanged.
app-workout-failed = Could not write the workout: { $error }
    The plan is unchanged.
# $name: the file that could not be merged in
app-merge-failed = Could not merge { $name }: { $error }
    The open plan is unchanged.
app-folder-failed = { $path }: cannot list the folder: { $error }
startup-example-instead = { $error }
    Showing the example plan instead.

status-nothing-to-step-back = Nothing to step back: no planned run follows, the pain asks for nothing, or the plan already does what it asks
status-comments-dropped = The comments will be left out when the plan is saved
# $name: the plan's file name
status-keep-mine = Keeping your version; saving will replace { $name }
status-select-for-watch = Select a planned run, run/walk or walk to send it to the watch
# $step: the name of the change undone or redone ("Move session")
status-undone = Undone: { $step }
status-redone = Redone: { $step }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-select-day-first = Select a day first (arrow keys or a click), then choose what to add
status-select-session-first = Select a session first, then Alt+arrows move it
status-drag-cancelled = Drag cancelled
status-exported = Exported { $path }
# $n: how many images; $path: the first
status-exported-images = Exported { $n } images: { $path } …
status-nothing-to-export = Nothing to export
status-no-workouts = No planned runs or walks from today on: no workouts written
# $workouts: "3 workouts"
status-wrote-workouts = Wrote { $workouts } to { $path }
status-wrote = Wrote { $path }
status-no-workout = That session has no workout for a watch
status-new-plan = Started a new plan
status-generated = Made a plan from the method; save it to keep it
status-duplicated = Duplicated as a new plan; save it to keep it
status-opened = Opened { $path }
# $warning: what the file's reader noticed
status-opened-warning = Opened { $path }; { $warning }
status-restored = Restored the autosaved changes; save to keep them.
status-not-saved-outside = Not saved: the file changed on disk; choose what to do above
# $done: "saved" or "duplicated"
status-comments-wait = Not { $done ->
    [duplicated] duplicated
   *[saved] saved
}: the file has comments written by hand; choose above whether to keep them as notes
status-saved = Saved { $path }
# $plans: "3 plans"
status-folder-listed = { $plans } in { $path }
status-no-activities = No activity files there (FIT, GPX or TCX, gzipped or not)
status-import-cancelled = Import cancelled; the plan is unchanged
status-nothing-to-import = Nothing to import: every activity is unticked or already in the plan
# $step: "Import 2 runs"
status-imported-ask = { $step }: say how it went (pain during and next day) in the session panel
status-close-dialog-first = Close the open dialog first, then drop the files again to import them
# $differences: "3 differences"
status-compared = { $differences } with { $path }
# $name: the file; $why: why it could not be merged
status-compared-instead = Compared with { $name } instead of merging: { $why }. Tick what to take.
# $n: how many conflicts; $conflicts: "2 conflicts"
status-merged = Merged the changes in { $name } with yours; { $n ->
    [0] nothing to choose
   *[other] { $conflicts } to choose in the Conflicts tab (yours is kept until then)
}
status-merge-up-to-date = Nothing new in { $name }: the open plan already has all of it

## The import preview's note and the watch folder's note

import-dialog-taken = Another ticked activity is logged in that session: point one of them elsewhere first
# $which: "session" (one session's workout) or "plan"; $today: "Sat 28 Nov"; $garmin: "mounted" or "none"
export-dialog-watch-note = { $which ->
    [session] Writes the selected session's FIT workout.
   *[plan] Writes a FIT workout for each planned run, run/walk and walk from today ({ $today }) on.
} { $garmin ->
    [mounted] A Garmin is mounted: its GARMIN/NewFiles folder is filled in.
   *[none] On a Garmin mounted over USB, choose its GARMIN/NewFiles folder.
}

## What a recovered autosave changes from its file, one line each

# $change: "added" or "removed"; $day: "Wed 2 Dec 2026"; $what: the session ("Walk 2 mi")
autosave-change = { $change ->
    [added] +
   *[removed] -
} { $day }: { $what } ({ $change ->
    [added] added
   *[removed] removed
})
# $author: who wrote the note; $text: what it says
autosave-note-change = { $change ->
    [added] +
   *[removed] -
} { $day }: note by { $author }: "{ $text }" ({ $change ->
    [added] added
   *[removed] removed
})

# The browser version (src/app/platform/web). $error: what the browser said.
web-not-given = a browser page reads only the files picked or dropped on it since it was loaded: open it again
web-no-folder = A browser cannot list a folder: pick the athletes' plans together with File → Open… and switch between them in File → Open recent.
web-printed = Opened the plan's PDF in a new tab: print it from there
web-print-downloaded = The browser blocked the new tab, so the PDF was downloaded: open and print it from there
# $workouts: "3 workouts"
web-workouts-downloaded = Downloaded { $workouts }: copy them into the watch's GARMIN/NewFiles folder over USB
web-workouts-download-failed = Could not write the workouts: { $error }
web-quit = A page closes with its tab; an unsaved plan stays in this browser for the next visit.
web-merge = Pick the other copy, or three together: yours, the other one and the version both were made from
# $files: the file names and why, separated by "; "
web-unreadable = The browser could not read { $files }
web-close-dialog = Close the open dialog first, then give the files again
web-could-not-start = Comeback could not start in this browser: { $error }
web-too-large = larger than any plan or run file
web-download-refused = the browser refused the download: { $error }
web-no-page = no page
merging-pick-one-or-three = Pick one copy to merge, or three together: yours, the other one and the version both were made from.
merging-save-first = Save or undo your changes first: merging three copies opens one of them in place of the open plan.
web-open-label = Open plans or runs…
web-privacy = Nothing is uploaded: your plans and runs stay in this browser, on this computer.
