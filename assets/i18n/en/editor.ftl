# editor: see src/i18n/mod.rs for which part of the app this file speaks for.

## Commands (src/ui/command.rs): the text is the menu entry and the command's accessible name,
## .tooltip its hover text. Shortcuts (Ctrl+Z …) are added by the code.

command-new = New plan
    .tooltip = Start an empty plan
command-new-from-method = New from method…
    .tooltip = Answer a few questions and get a walk/run plan that follows the method, previewed first
command-open = Open…
    .tooltip = Open a plan file (.ron)
command-open-folder = Open folder…
    .tooltip = List every plan in a folder (one per athlete), what needs attention first
command-save = Save
    .tooltip = Save the plan to its file
command-save-as = Save as…
    .tooltip = Save the plan to a new file
command-duplicate-as-new = Duplicate as new plan…
    .tooltip = Start another plan from this one (another athlete, another season): a copy with an identity of its own, so its calendar events never replace this plan's
command-compare = Compare with…
    .tooltip = Open another version of this plan (your coach's, say) and choose what to take from it
command-merge-with = Merge with…
    .tooltip = Take the changes in another copy of this plan (your coach's, say) and keep yours; asks only where both changed the same thing
command-export-pdf = Export PDF…
    .tooltip = Write the plan's months and findings as a PDF, to print or send
command-export-png = Export PNG images…
    .tooltip = Write the plan's pages as images (one per page), for messaging apps
command-export-ics = Export calendar (ICS)…
    .tooltip = Write one all-day event per session, for a phone or desktop calendar
command-export-csv = Export spreadsheet (CSV)…
    .tooltip = Write one row per session, for a spreadsheet (Import with `comeback import-csv`)
# GARMIN/NewFiles is the folder's name on the watch: keep it as it is.
command-export-workouts = Export workouts to watch…
    .tooltip = Write a FIT workout for every planned run, run/walk and walk, into a watch's GARMIN/NewFiles folder (or any folder), so the watch beeps at each change
command-send-to-watch = Send session to watch…
    .tooltip = Write the selected session's FIT workout into a watch's GARMIN/NewFiles folder
command-import-runs = Import runs…
    .tooltip = Log runs recorded by a watch or Strava (FIT, GPX, TCX files or a folder of them): each is matched to its planned session and shown before anything changes
command-print = Print…
    .tooltip = Open the plan's PDF in the system's PDF viewer, whose Print prints it
command-quit = Quit
    .tooltip = Close Comeback
command-undo = Undo
    .tooltip = Undo the last change
command-redo = Redo
    .tooltip = Redo the last undone change
command-copy = Copy session
    .tooltip = Copy the selected session, to paste on another day
command-copy-week = Copy week
    .tooltip = Copy every session of the selected day's week
command-paste = Paste
    .tooltip = Paste the copied session or week onto the selected day
command-delete = Delete session
    .tooltip = Delete the selected session
# The calendar's toolbar: the month (or weeks) before and after.
command-previous = Previous
    .tooltip = Show the previous month (or weeks)
command-next = Next
    .tooltip = Show the next month (or weeks)
command-today = Today
    .tooltip = Show and select today
# The calendar's zoom, on a tight toolbar: keep these short.
command-zoom-two-weeks = 2 weeks
    .tooltip = Show two weeks
command-zoom-four-weeks = 4 weeks
    .tooltip = Show four weeks
command-zoom-month = Month
    .tooltip = Show the whole month
command-select-left = Select day before
    .tooltip = Select the day before
command-select-right = Select day after
    .tooltip = Select the day after
command-select-up = Select week before
    .tooltip = Select the same day a week earlier
command-select-down = Select week after
    .tooltip = Select the same day a week later
command-move-left = Move session a day earlier
    .tooltip = Move the selected session to the day before, keeping its log and notes
command-move-right = Move session a day later
    .tooltip = Move the selected session to the day after, keeping its log and notes
command-move-up = Move session a week earlier
    .tooltip = Move the selected session a week earlier, keeping its log and notes
command-move-down = Move session a week later
    .tooltip = Move the selected session a week later, keeping its log and notes
command-cancel = Cancel
    .tooltip = Cancel the drag or clear the selection

## The palette (src/ui/palette.rs): new sessions to drag onto days, and the trash.

palette-title = Add a session
palette-hint = Drag onto a day, or select a day and click
# The accessible name of a palette entry; $kind is the kind's name ("Run", "Strength").
palette-new = New { $kind }
    .tooltip = Drag onto a day, or click (Enter) to add one to the selected day
# The palette's short name for an anti-gravity treadmill run.
palette-anti-gravity = Anti-gravity
palette-trash = Trash
    .hint = Drop a session here to delete it

## The session editor (src/ui/editor.rs): the selected session's fields, or the selected day.

editor-empty = Select a session to edit it.
    .hint = Drag a session from the palette onto a day to add one; click a session to select it.
editor-day-before = ◀ Day before
    .tooltip = Move it to the day before
editor-day-after = Day after ▶
    .tooltip = Move it to the day after
editor-kind = Kind
editor-status = Status
# The session's own note: what to do and how.
editor-note = Note
    .tooltip = What to do and how; the conversation goes under Notes
# What Undo undoes after a change in the editor ("Undo edit session").
editor-edit-session = Edit session
editor-distance = Distance
    .tooltip = Whether to set the distance
editor-duration = Duration
    .tooltip = Whether to set the duration
# A run/walk's two parts, each by time or by distance.
editor-run-segment = Run
editor-walk-segment = Walk
editor-by-time = by time
editor-by-distance = by distance
# How many times a run/walk's run and walk are done.
editor-repeats = Repeats
# The share of body weight an anti-gravity treadmill carries.
editor-body-weight = Body weight
editor-effort = Effort
editor-terrain = Terrain
# After a painful run. $why is the pain in words ("pain 5/10 during"); $days the days to rest
# from running (1 or 2); $step is "back" (step back a level) or "repeat" (repeat the level).
editor-step-back-asks = After { $why }, the method rests { $days ->
        [one] a day
       *[other] { $days } days
    } from running and asks to { $step ->
        [back] step back a level
       *[repeat] repeat the level
    }.
editor-step-back = Step back the plan…
editor-nothing-to-step-back = Nothing left to step back
    .tooltip = The weeks ahead already do what this pain asks
editor-day-empty = Nothing planned. Drag a session from the palette onto the day to add one.
editor-day-session =
    .tooltip = Edit this session
editor-notes = Notes
    .empty = No notes yet.
editor-notes-day = Notes about the day
# Undo's name for removing a note ("Undo remove note").
editor-remove-note = Remove note
    .tooltip = Remove this note
editor-author = Your name
    .hint = e.g. Coach
    .tooltip = Signs your notes; kept in your preferences
editor-new-note = New note
    .hint = Write a note, Enter adds it
editor-add-note = Add note
editor-distance-done = Distance done
    .tooltip = Whether to set the distance done
editor-time-done = Time done
    .tooltip = Whether to set the time done
editor-pain-during = Pain during
editor-pain-next-day = Pain next day
editor-sharp-pain = Sharp pain
    .check = not a dull ache
    .tooltip = Sharp pain rather than a dull ache

## The rules panel (src/ui/settings.rs): the plan's limits and each rule's switch.

settings-limits = Limits
settings-weekly-cap = Weekly cap
    .tooltip = Whether the plan has a weekly cap
settings-run-cap = Single-run cap
    .tooltip = Whether the plan has a single-run cap
settings-starting-distance = Starting weekly distance
# Each label is followed by a number and its unit below ("Alternate days for  12 weeks").
settings-alternate-days = Alternate days for
settings-walk-breaks = Walk breaks for
settings-ramp-window = Ramp window
settings-down-week-every = Down week after
settings-mastery-runs = Runs to master a level
settings-rest-days = Rest days a week
# Units after a number field; $n is the number in the field.
settings-unit-weeks = { $n ->
        [one] week
       *[other] weeks
    }
settings-unit-build-weeks = { $n ->
        [one] build week
       *[other] build weeks
    }
settings-unit-runs = { $n ->
        [one] run
       *[other] runs
    }
settings-unit-days = { $n ->
        [one] day
       *[other] days
    }
# Percentages: each label is followed by a number and "%".
settings-ramp-max = Largest ramp
settings-down-week-max = Down week at most
    .unit = % of peak
settings-spike-warning = Spike warning above
settings-spike-error = Spike error above
settings-week-on-week = Week-on-week advice above
# The acute:chronic workload ratio, a number such as 1.5.
settings-acute-chronic = Acute:chronic advice at
# Followed by minutes per mile or km.
settings-easy-pace = Easy pace
settings-pain-threshold = Pain threshold
settings-rules = Rules
    .hint = Turn a rule off, or change how serious its findings are.
# A rule's findings keep the severity the rule gives them.
settings-severity-default = default
# What Undo undoes after a change in the rules panel ("Undo change rules").
settings-change-rules = Change rules

## The plan panel (src/ui/settings.rs): who the plan is for, the injury, dates and units.

settings-title = Title
settings-athlete = Athlete
settings-coach = Coach
settings-contact = Contact
settings-injury = Injury
settings-injury-date = Injury date
settings-goal = Goal
settings-start = Start
# A date field: .hint is shown in the empty field, the others under it when what is typed is
# not a date the plan can hold. Dates are typed as year-month-day in every language.
settings-date =
    .hint = YYYY-MM-DD
    .out-of-range = Choose a date from 1900 to 2199
    .unreadable = Write the date as YYYY-MM-DD, e.g. 2026-11-16
settings-units = Units
    .miles = miles
    .km = km
    .tooltip = Changing units converts every distance
settings-week-start = Week starts
settings-notes = Notes
# What Undo undoes after a change in the plan panel ("Undo edit plan details").
settings-edit-details = Edit plan details
