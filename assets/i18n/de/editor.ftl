# editor: see src/i18n/mod.rs for which part of the app this file speaks for.

## Commands (src/ui/command.rs): the text is the menu entry and the command's accessible name,
## .tooltip its hover text. Shortcuts (Ctrl+Z …) are added by the code.

command-new = Neuer Plan
    .tooltip = Mit einem leeren Plan beginnen
command-new-from-method = Neu nach der Methode…
    .tooltip = Beantworte ein paar Fragen und erhalte einen Lauf-Geh-Plan nach der Methode, zuerst als Vorschau
command-open = Öffnen…
    .tooltip = Eine Plandatei (.ron) öffnen
command-open-folder = Ordner öffnen…
    .tooltip = Alle Pläne eines Ordners auflisten (einer pro Athlet), das Dringendste zuerst
command-save = Speichern
    .tooltip = Den Plan in seiner Datei speichern
command-save-as = Speichern unter…
    .tooltip = Den Plan in einer neuen Datei speichern
command-duplicate-as-new = Als neuen Plan duplizieren…
    .tooltip = Einen weiteren Plan aus diesem beginnen (andere Athletin, andere Saison): eine Kopie mit eigener Identität, deren Kalendertermine diesen Plan nie ersetzen
command-compare = Vergleichen mit…
    .tooltip = Eine andere Fassung dieses Plans öffnen (etwa die deines Trainers) und auswählen, was du übernimmst
command-merge-with = Zusammenführen mit…
    .tooltip = Die Änderungen einer anderen Kopie dieses Plans (etwa der deines Trainers) übernehmen und deine behalten; fragt nur, wo beide dasselbe geändert haben
command-export-pdf = PDF exportieren…
    .tooltip = Die Monate und Befunde des Plans als PDF schreiben, zum Drucken oder Verschicken
command-export-png = PNG-Bilder exportieren…
    .tooltip = Die Seiten des Plans als Bilder schreiben (eines pro Seite), für Messenger
command-export-ics = Kalender exportieren (ICS)…
    .tooltip = Einen ganztägigen Termin pro Einheit schreiben, für den Kalender auf Handy oder Computer
command-export-csv = Tabelle exportieren (CSV)…
    .tooltip = Eine Zeile pro Einheit schreiben, für eine Tabellenkalkulation (Import mit `comeback import-csv`)
# GARMIN/NewFiles is the folder's name on the watch: keep it as it is.
command-export-workouts = Workouts auf die Uhr exportieren…
    .tooltip = Ein FIT-Workout für jeden geplanten Lauf, jede Lauf-Geh-Einheit und jedes Gehen in den Ordner GARMIN/NewFiles einer Uhr (oder einen beliebigen Ordner) schreiben, damit die Uhr bei jedem Wechsel piept
command-send-to-watch = Einheit an die Uhr senden…
    .tooltip = Das FIT-Workout der ausgewählten Einheit in den Ordner GARMIN/NewFiles einer Uhr schreiben
command-import-runs = Läufe importieren…
    .tooltip = Von einer Uhr oder Strava aufgezeichnete Läufe eintragen (FIT-, GPX-, TCX-Dateien oder ein Ordner davon): Jeder wird seiner geplanten Einheit zugeordnet und gezeigt, bevor sich etwas ändert
command-print = Drucken…
    .tooltip = Das PDF des Plans im PDF-Betrachter des Systems öffnen, der es über „Drucken“ druckt
command-quit = Beenden
    .tooltip = Comeback schließen
command-undo = Rückgängig
    .tooltip = Die letzte Änderung rückgängig machen
command-redo = Wiederholen
    .tooltip = Die zuletzt rückgängig gemachte Änderung wiederholen
command-copy = Einheit kopieren
    .tooltip = Die ausgewählte Einheit kopieren, um sie an einem anderen Tag einzufügen
command-copy-week = Woche kopieren
    .tooltip = Alle Einheiten der Woche des ausgewählten Tages kopieren
command-paste = Einfügen
    .tooltip = Die kopierte Einheit oder Woche am ausgewählten Tag einfügen
command-delete = Einheit löschen
    .tooltip = Die ausgewählte Einheit löschen
# The calendar's toolbar: the month (or weeks) before and after.
command-previous = Zurück
    .tooltip = Den vorigen Monat (oder die vorigen Wochen) zeigen
command-next = Weiter
    .tooltip = Den nächsten Monat (oder die nächsten Wochen) zeigen
command-today = Heute
    .tooltip = Heute zeigen und auswählen
# The calendar's zoom, on a tight toolbar: keep these short.
command-zoom-two-weeks = 2 Wochen
    .tooltip = Zwei Wochen zeigen
command-zoom-four-weeks = 4 Wochen
    .tooltip = Vier Wochen zeigen
command-zoom-month = Monat
    .tooltip = Den ganzen Monat zeigen
command-select-left = Vortag auswählen
    .tooltip = Den Tag davor auswählen
command-select-right = Folgetag auswählen
    .tooltip = Den Tag danach auswählen
command-select-up = Vorwoche auswählen
    .tooltip = Denselben Tag eine Woche früher auswählen
command-select-down = Folgewoche auswählen
    .tooltip = Denselben Tag eine Woche später auswählen
command-move-left = Einheit einen Tag früher
    .tooltip = Die ausgewählte Einheit auf den Vortag verschieben, mit Protokoll und Notizen
command-move-right = Einheit einen Tag später
    .tooltip = Die ausgewählte Einheit auf den Folgetag verschieben, mit Protokoll und Notizen
command-move-up = Einheit eine Woche früher
    .tooltip = Die ausgewählte Einheit eine Woche früher legen, mit Protokoll und Notizen
command-move-down = Einheit eine Woche später
    .tooltip = Die ausgewählte Einheit eine Woche später legen, mit Protokoll und Notizen
command-cancel = Abbrechen
    .tooltip = Das Ziehen abbrechen oder die Auswahl aufheben

## The palette (src/ui/palette.rs): new sessions to drag onto days, and the trash.

palette-title = Einheit hinzufügen
palette-hint = Auf einen Tag ziehen, oder einen Tag auswählen und klicken
# The accessible name of a palette entry; $kind is the kind's name ("Run", "Strength").
palette-new = { $kind } hinzufügen
    .tooltip = Auf einen Tag ziehen, oder klicken (Eingabe), um eine am ausgewählten Tag hinzuzufügen
# The palette's short name for an anti-gravity treadmill run.
palette-anti-gravity = Anti-Schwerkraft
palette-trash = Papierkorb
    .hint = Zum Löschen eine Einheit hierher ziehen

## The session editor (src/ui/editor.rs): the selected session's fields, or the selected day.

editor-empty = Wähle eine Einheit aus, um sie zu bearbeiten.
    .hint = Zieh eine Einheit aus der Palette auf einen Tag, um sie hinzuzufügen; klick auf eine Einheit, um sie auszuwählen.
editor-day-before = ◀ Vortag
    .tooltip = Auf den Vortag verschieben
editor-day-after = Folgetag ▶
    .tooltip = Auf den Folgetag verschieben
editor-kind = Art
editor-status = Status
# The session's own note: what to do and how.
editor-note = Anmerkung
    .tooltip = Was zu tun ist und wie; das Gespräch steht unter „Notizen“
# What Undo undoes after a change in the editor ("Undo edit session").
editor-edit-session = Einheit bearbeiten
editor-distance = Distanz
    .tooltip = Ob eine Distanz festgelegt ist
editor-duration = Dauer
    .tooltip = Ob eine Dauer festgelegt ist
# A run/walk's two parts, each by time or by distance.
editor-run-segment = Lauf
editor-walk-segment = Gehpause
editor-by-time = nach Zeit
editor-by-distance = nach Distanz
# How many times a run/walk's run and walk are done.
editor-repeats = Wiederholungen
# The share of body weight an anti-gravity treadmill carries.
editor-body-weight = Körpergewicht
editor-effort = Intensität
editor-terrain = Untergrund
# After a painful run. $why is the pain in words ("pain 5/10 during"); $days the days to rest
# from running (1 or 2); $step is "back" (step back a level) or "repeat" (repeat the level).
editor-step-back-asks = { $why }: Die Methode sieht { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } Laufpause vor, danach { $step ->
        [back] einen Schritt zurück auf das vorige Niveau
       *[repeat] dasselbe Niveau noch einmal
    }.
editor-step-back = Schritt zurück im Plan…
editor-nothing-to-step-back = Kein Schritt zurück mehr nötig
    .tooltip = Die kommenden Wochen setzen schon um, was dieser Schmerz verlangt
editor-day-empty = Nichts geplant. Zieh eine Einheit aus der Palette auf den Tag, um sie hinzuzufügen.
editor-day-session =
    .tooltip = Diese Einheit bearbeiten
editor-notes = Notizen
    .empty = Noch keine Notizen.
editor-notes-day = Notizen zum Tag
# Undo's name for removing a note ("Undo remove note").
editor-remove-note = Notiz entfernen
    .tooltip = Diese Notiz entfernen
editor-author = Dein Name
    .hint = z. B. Trainer
    .tooltip = Unterschreibt deine Notizen; wird in deinen Einstellungen gespeichert
editor-new-note = Neue Notiz
    .hint = Notiz schreiben, Eingabetaste fügt sie hinzu
editor-add-note = Notiz hinzufügen
editor-distance-done = Tatsächliche Distanz
    .tooltip = Ob die tatsächliche Distanz eingetragen ist
editor-time-done = Tatsächliche Zeit
    .tooltip = Ob die tatsächliche Zeit eingetragen ist
editor-pain-during = Schmerz während
editor-pain-next-day = Schmerz am nächsten Tag
editor-sharp-pain = Stechender Schmerz
    .check = kein dumpfer Schmerz
    .tooltip = Stechender statt dumpfer Schmerz

## The rules panel (src/ui/settings.rs): the plan's limits and each rule's switch.

settings-limits = Grenzen
settings-weekly-cap = Wochenobergrenze
    .tooltip = Ob der Plan eine Wochenobergrenze hat
settings-run-cap = Obergrenze pro Lauf
    .tooltip = Ob der Plan eine Obergrenze pro Lauf hat
settings-starting-distance = Wochendistanz zu Beginn
# Each label is followed by a number and its unit below ("Alternate days for  12 weeks").
settings-alternate-days = Jeden zweiten Tag für
settings-walk-breaks = Gehpausen für
settings-ramp-window = Steigerung gemessen über
settings-down-week-every = Entlastungswoche nach
settings-mastery-runs = Läufe bis zum sicheren Niveau
settings-rest-days = Ruhetage pro Woche
# Units after a number field; $n is the number in the field.
settings-unit-weeks = { $n ->
        [one] Woche
       *[other] Wochen
    }
settings-unit-build-weeks = { $n ->
        [one] Aufbauwoche
       *[other] Aufbauwochen
    }
settings-unit-runs = { $n ->
        [one] Lauf
       *[other] Läufe
    }
settings-unit-days = { $n ->
        [one] Tag
       *[other] Tage
    }
# Percentages: each label is followed by a number and "%".
settings-ramp-max = Größte Steigerung
settings-down-week-max = Entlastungswoche höchstens
    .unit = % der Spitzenwoche
settings-spike-warning = Warnung bei Sprung über
settings-spike-error = Fehler bei Sprung über
settings-week-on-week = Hinweis bei Wochenplus über
# The acute:chronic workload ratio, a number such as 1.5.
settings-acute-chronic = Hinweis bei akut:chronisch ab
# Followed by minutes per mile or km.
settings-easy-pace = Lockeres Tempo
settings-pain-threshold = Schmerzgrenze
settings-rules = Regeln
    .hint = Schalte eine Regel ab oder ändere, wie ernst ihre Befunde sind.
# A rule's findings keep the severity the rule gives them.
settings-severity-default = Standard
# What Undo undoes after a change in the rules panel ("Undo change rules").
settings-change-rules = Regeln ändern

## The plan panel (src/ui/settings.rs): who the plan is for, the injury, dates and units.

settings-title = Titel
settings-athlete = Athlet(in)
settings-coach = Trainer
settings-contact = Kontakt
settings-injury = Verletzung
settings-injury-date = Verletzt seit
settings-goal = Ziel
settings-start = Beginn
# A date field: .hint is shown in the empty field, the others under it when what is typed is
# not a date the plan can hold. Dates are typed as year-month-day in every language.
settings-date =
    .hint = JJJJ-MM-TT
    .out-of-range = Wähle ein Datum von 1900 bis 2199
    .unreadable = Schreib das Datum als JJJJ-MM-TT, z. B. 2026-11-16
settings-units = Einheiten
    .miles = Meilen
    .km = km
    .tooltip = Ein Wechsel der Einheiten rechnet alle Distanzen um
settings-week-start = Woche beginnt am
settings-notes = Notizen
# What Undo undoes after a change in the plan panel ("Undo edit plan details").
settings-edit-details = Plandetails bearbeiten
