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
status-language = The window now speaks { $name }
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

## The calendar's toolbar

toolbar-today = Today

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
# $error: what went wrong, already in the reader's language
banner-error = ⛔ { $error }
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
banner-example = 👋 This is an example plan, moved so that its next session is today. Nothing is saved unless you choose where.
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
