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
