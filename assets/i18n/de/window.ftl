# window: see src/i18n/mod.rs for which part of the app this file speaks for.

## The window's title and the names of its regions for a screen reader

# $name: the plan's file name; $dirty: "yes" when there are unsaved changes
app-title = { $name }{ $dirty ->
    [yes] {" "}•
   *[no] {""}
} — Comeback
app-region-status = Statusleiste
app-region-palette = Palette
app-region-load = Wochenumfang
app-region-calendar = Kalender
app-log-next-day = Schmerz am nächsten Tag eintragen

## The menu bar

menu-file = Datei
menu-edit = Bearbeiten
menu-view = Ansicht
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Keine zuletzt geöffneten Dateien
menu-export = Exportieren
menu-history-step = { $command }: { $step }
menu-load-chart = Umfangsdiagramm
    .tooltip = Laufumfang pro Woche unter dem Kalender
menu-theme = Farbschema
menu-theme-system = Wie das System
menu-theme-light = Hell
menu-theme-dark = Dunkel
menu-units = Strecken anzeigen in
menu-units-plan = Maßeinheiten des Plans
menu-units-miles = Meilen
menu-units-km = Kilometern
menu-week-start = Wochen beginnen am
menu-week-start-plan = Tag des Plans
menu-week-start-monday = Montag
menu-week-start-sunday = Sonntag
menu-language = Sprache

## The status bar

status-not-saved = noch nicht gespeichert
status-language = Sprache: { $name }
status-lens = Angezeigt in { $units }, Wochen ab { $start ->
    [sunday] Sonntag
   *[monday] Montag
} ·
    .tooltip = Deine Einstellung (Menü Ansicht). Die Datei behält ihre eigene: { $units }, Wochen ab { $start ->
        [sunday] Sonntag
       *[monday] Montag
    }.
autosave-failed = Automatisches Sichern fehlgeschlagen: { $error }

## The side panel

side-panel = Seitenleiste
side-hide = Seitenleiste ausblenden
side-show = Seitenleiste einblenden
side-tab-session = Einheit
side-tab-findings = Befunde ({ $n })
side-tab-rules = Regeln
side-tab-plan = Plan
side-tab-ready = Bereitschaft
side-tab-compare = ⇄ Vergleich ({ $n })
side-tab-athletes = Athleten ({ $n })
side-tab-conflicts = ⚠ Konflikte ({ $n })

## Banners across the top of the window

banner-dismiss = Schließen
banner-outside = ⚠ { $name } wurde seit dem Öffnen von einem anderen Programm geändert (hat dein Trainer seine Kopie darüber gespeichert, ein Sync-Ordner?). Nichts wurde überschrieben.
banner-outside-merge = Zusammenführen
    .tooltip = Die Änderungen der Datei übernehmen und deine behalten; fragt nur, wo beide dasselbe geändert haben
banner-outside-compare = Vergleichen
    .tooltip = Sehen, was sich unterscheidet, und übernehmen, was du willst
banner-outside-reload = { $dirty ->
    [yes] Neu laden, meine Änderungen verwerfen
   *[no] Neu laden
}
    .tooltip = Die Datei so öffnen, wie sie jetzt ist
banner-outside-keep = Meine behalten
    .tooltip = Beim Speichern wird die Datei durch deinen Plan ersetzt
banner-comments = ✎ Die Datei enthält { $comments }, von Hand geschrieben (Zeile { $line }: „{ $text }“), die Comeback nicht als solche behalten kann; gespeichert wird erst, wenn du entschieden hast.
banner-comments-keep = Als Notizen behalten
    .tooltip = Jeder wird zur Notiz an der Einheit oder dem Tag, bei dem er steht
banner-comments-drop = Verwerfen
    .tooltip = Beim Speichern fallen sie weg
banner-conflicts-listed = ⚠ Beim Zusammenführen musst du entscheiden: { $conflicts }, aufgelistet in der Seitenleiste; bis dahin bleibt deine Fassung
banner-conflicts-next = ⚠ Beim Zusammenführen musst du entscheiden ({ $more ->
    [0] die letzte Frage
   *[other] danach noch { $more }
}): { $what }
banner-conflicts-list = Alle Konflikte auflisten
    .tooltip = Alle Fragen auf einmal, in beliebiger Reihenfolge zu klären
banner-merged-with = Zusammengeführt mit { $name }:
banner-merged-theirs = von ihnen geändert ({ $n })
banner-merged-mine = von dir geändert ({ $n })
banner-merged-conflicts = im Konflikt ({ $n })
banner-merged-hide = Markierungen ausblenden
    .tooltip = Der Kalender ohne die Markierungen des Zusammenführens
banner-example = Das ist ein Beispielplan, so verschoben, dass seine nächste Einheit heute ist. Nichts wird gespeichert, solange du keinen Ort wählst.
banner-example-dismiss = Das Beispiel weiter erkunden
banner-next-day-region = Wie fühlt es sich heute an?
banner-next-day = Wie fühlt es sich heute an, am Morgen nach deiner { $kind ->
    [run-walk] Lauf-Geh-Einheit
   *[run] Laufeinheit
} ({ $day })? Schmerz jetzt, 0 (keiner) bis 10:
banner-next-day-score = Schmerz am Tag nach { $day }: { $score } / 10
banner-next-day-dismiss = Unbeantwortet lassen; im Tab „Einheit“ kannst du es später eintragen

## Dialogs

modal-cancel = Abbrechen
modal-recover-heading = Ungespeicherte Änderungen wiederherstellen?
modal-recover-body = Comeback wurde beendet, bevor die Änderungen an { $name } gespeichert waren. Sie wurden am { $when } automatisch gesichert.
modal-recover-unsaved = einem ungespeicherten Plan
modal-recover-changes = Was sie ändern ({ $n }):
modal-recover-restore = Wiederherstellen
modal-recover-discard = Verwerfen
modal-confirm-heading = Änderungen an { $name } speichern?
modal-confirm-body = Deine Änderungen gehen verloren, wenn du sie nicht speicherst, bevor { $action ->
    [new] du einen neuen Plan beginnst
    [duplicate] du den Plan duplizierst
    [open] du einen anderen Plan öffnest
   *[quit] du Comeback schließt
}.
modal-confirm-save = Speichern
modal-confirm-dont-save = Nicht speichern

## The path field: a dialog that asks where a file is

prompt-verb-open = Öffnen
prompt-verb-save-as = Speichern unter
prompt-verb-export = Exportieren
prompt-verb-compare = Vergleichen
prompt-verb-merge = Zusammenführen
prompt-verb-folder = Pläne auflisten
prompt-verb-workouts = Workouts schreiben
prompt-verb-import = Läufe einlesen
prompt-heading-open = Einen Plan öffnen
prompt-heading-save-as = Den Plan speichern unter
prompt-heading-export = Exportieren: { $format }
prompt-heading-compare = Mit einer anderen Fassung dieses Plans vergleichen
prompt-heading-merge = Eine andere Kopie dieses Plans hineinführen
prompt-heading-folder = Die Pläne in einem Ordner auflisten
prompt-heading-workouts = Workouts auf eine Uhr exportieren
prompt-heading-workout = Die Einheit an eine Uhr senden
prompt-heading-import = Aufgezeichnete Läufe importieren
prompt-field-file-or-folder = Pfad zu Datei oder Ordner
prompt-field-folder = Ordnerpfad
prompt-field-file = Dateipfad
prompt-recent = Zuletzt:
prompt-recent-path = { $verb }: { $path }
prompt-browse = Durchsuchen…
    .tooltip = In einem Fenster mit den Ordnern deines Computers suchen

## Autosave

autosave-unreadable = Die Datei lässt sich gerade nicht lesen: { $error }
autosave-never-saved = Ein neuer Plan mit { $sessions }, nie gespeichert
autosave-crash-kept = Comeback wurde beendet; deine ungespeicherten Änderungen wurden gesichert und beim nächsten Start angeboten.
autosave-crash-lost = Comeback wurde beendet und konnte deine ungespeicherten Änderungen nicht sichern: { $error }
prompt-import-note = Eine FIT-, GPX- oder TCX-Datei (auch gzip-komprimiert) oder ein Ordner davon, etwa der Ordner GARMIN/Activity einer Uhr. Jede Aktivität wird mit der Einheit gezeigt, die sie einträgt, bevor sich etwas ändert.
prompt-native-note = Wähle eine Datei im geöffneten Fenster oder gib hier ein, wo sie liegt.
prompt-no-file-window = Auf diesem Computer kann sich kein Fenster zur Dateiauswahl öffnen: gib ein, wo die Datei liegt.
prompt-replace = { $path } gibt es schon. Drücke noch einmal „{ $verb }“, um sie zu ersetzen.
prompt-none-chosen = Es wurde keine Datei gewählt. Gib ein, wo die Datei liegt, oder drücke „Abbrechen“.
export-dialog-filter-plan = Comeback-Plan
export-dialog-filter-workout = FIT-Workout
import-dialog-filter-activity = Aufgezeichnete Aktivität

## What the app says it did, in the status bar, and what went wrong, in the error banner.

app-new-plan-title = Neuer Plan
app-comment-author = Aus der Datei
app-keep-comments = { $comments } als Notizen behalten
app-delete = Einheit löschen ({ $kind })
app-import = { $runs } importieren
app-could-not = „{ $step }“ ging nicht: { $error }
app-open-plan-unchanged = { $error }
    Der geöffnete Plan bleibt unverändert.
app-save-failed = Speichern fehlgeschlagen: { $error }
    Der Plan bleibt geöffnet; versuch „Speichern unter…“ an einem anderen Ort.
app-export-failed = Exportieren fehlgeschlagen: { $error }
    Der Plan bleibt unverändert.
app-print-failed = Drucken fehlgeschlagen: { $error }
app-viewer-off = andere Programme zu öffnen ist abgeschaltet
app-workouts-failed = Die Workouts konnten nicht geschrieben werden: { $error }
    Der Plan bleibt unverändert.
app-workout-failed = Das Workout konnte nicht geschrieben werden: { $error }
    Der Plan bleibt unverändert.
app-merge-failed = { $name } konnte nicht zusammengeführt werden: { $error }
    Der geöffnete Plan bleibt unverändert.
app-folder-failed = { $path }: Der Ordner lässt sich nicht auflisten: { $error }
startup-example-instead = { $error }
    Stattdessen wird der Beispielplan gezeigt.

status-nothing-to-step-back = Kein Schritt zurück nötig: Es folgt kein geplanter Lauf, der Schmerz verlangt nichts, oder der Plan tut schon, was er verlangt
status-comments-dropped = Die Kommentare fallen beim Speichern weg
status-keep-mine = Deine Fassung bleibt; beim Speichern wird { $name } ersetzt
status-select-for-watch = Wähle einen geplanten Lauf, eine Lauf-Geh-Einheit oder ein Gehen, um sie an die Uhr zu senden
status-undone = Rückgängig gemacht: { $step }
status-redone = Wiederholt: { $step }
status-nothing-to-undo = Nichts rückgängig zu machen
status-nothing-to-redo = Nichts zu wiederholen
status-select-day-first = Wähle zuerst einen Tag (Pfeiltasten oder Klick), dann, was hinzukommt
status-select-session-first = Wähle zuerst eine Einheit, dann verschiebst du sie mit Alt+Pfeiltasten
status-drag-cancelled = Ziehen abgebrochen
status-exported = { $path } exportiert
status-exported-images = { $n } Bilder exportiert: { $path } …
status-nothing-to-export = Nichts zu exportieren
status-no-workouts = Ab heute keine geplanten Läufe oder Gehen: keine Workouts geschrieben
status-wrote-workouts = { $workouts } nach { $path } geschrieben
status-wrote = { $path } geschrieben
status-no-workout = Für diese Einheit gibt es kein Workout für eine Uhr
status-new-plan = Neuer Plan begonnen
status-generated = Plan nach der Methode erstellt; speichere ihn, um ihn zu behalten
status-duplicated = Als neuer Plan dupliziert; speichere ihn, um ihn zu behalten
status-opened = { $path } geöffnet
status-opened-warning = { $path } geöffnet; { $warning }
status-restored = Die automatisch gesicherten Änderungen sind wiederhergestellt; speichere, um sie zu behalten.
status-not-saved-outside = Nicht gespeichert: Die Datei wurde auf der Festplatte geändert; wähle oben, was geschehen soll
status-comments-wait = Nicht { $done ->
    [duplicated] dupliziert
   *[saved] gespeichert
}: Die Datei enthält von Hand geschriebene Kommentare; wähle oben, ob sie als Notizen bleiben
status-saved = { $path } gespeichert
status-folder-listed = { $plans } in { $path }
status-no-activities = Dort gibt es keine Aktivitätsdateien (FIT, GPX oder TCX, gzip-komprimiert oder nicht)
status-import-cancelled = Import abgebrochen; der Plan bleibt unverändert
status-nothing-to-import = Nichts zu importieren: Jede Aktivität ist abgewählt oder schon im Plan
status-imported-ask = { $step }: Trag im Tab „Einheit“ ein, wie es lief (Schmerz während und am nächsten Tag)
status-close-dialog-first = Schließ zuerst den offenen Dialog und zieh die Dateien dann noch einmal herein, um sie zu importieren
status-compared = { $differences } zu { $path }
status-compared-instead = Mit { $name } verglichen statt zusammengeführt: { $why }. Hak an, was du übernehmen willst.
status-merged = Die Änderungen in { $name } sind mit deinen zusammengeführt; { $n ->
    [0] nichts zu entscheiden
   *[other] { $conflicts } zu entscheiden im Tab „Konflikte“ (bis dahin bleibt deine Fassung)
}
status-merge-up-to-date = Nichts Neues in { $name }: Der geöffnete Plan enthält schon alles

## The import preview's note and the watch folder's note

import-dialog-taken = Eine andere angehakte Aktivität ist schon in dieser Einheit eingetragen: Ordne zuerst eine von beiden anders zu
export-dialog-watch-note = { $which ->
    [session] Schreibt das FIT-Workout der gewählten Einheit.
   *[plan] Schreibt ab heute ({ $today }) ein FIT-Workout für jeden geplanten Lauf, jede Lauf-Geh-Einheit und jedes Gehen.
} { $garmin ->
    [mounted] Eine Garmin ist angeschlossen: Ihr Ordner GARMIN/NewFiles ist eingetragen.
   *[none] Wähle bei einer per USB angeschlossenen Garmin ihren Ordner GARMIN/NewFiles.
}

## What a recovered autosave changes from its file, one line each

autosave-change = { $change ->
    [added] +
   *[removed] -
} { $day }: { $what } ({ $change ->
    [added] hinzugefügt
   *[removed] entfernt
})
autosave-note-change = { $change ->
    [added] +
   *[removed] -
} { $day }: Notiz von { $author }: „{ $text }“ ({ $change ->
    [added] hinzugefügt
   *[removed] entfernt
})

# Die Browser-Version (src/app/platform/web). $error: was der Browser meldete.
web-not-given = eine Browserseite liest nur die Dateien, die seit dem Laden ausgewählt oder auf sie gezogen wurden: öffne sie noch einmal
web-no-folder = Ein Browser kann keinen Ordner auflisten: Wähle die Pläne deiner Athleten zusammen über Datei → Öffnen… aus und wechsle zwischen ihnen unter Datei → Zuletzt geöffnet.
web-printed = Das PDF des Plans ist in einem neuen Tab geöffnet: Drucke es von dort
web-print-downloaded = Der Browser hat den neuen Tab blockiert, deshalb wurde das PDF heruntergeladen: Öffne und drucke es von dort
web-workouts-downloaded = { $workouts } heruntergeladen: Kopiere sie per USB in den Ordner GARMIN/NewFiles der Uhr
web-workouts-download-failed = Die Trainingseinheiten konnten nicht geschrieben werden: { $error }
web-quit = Eine Seite schließt sich mit ihrem Tab; ein ungespeicherter Plan bleibt für den nächsten Besuch in diesem Browser.
web-merge = Wähle die andere Kopie aus, oder drei zusammen: deine, die andere und die Version, aus der beide entstanden sind
web-unreadable = Der Browser konnte nicht lesen: { $files }
web-close-dialog = Schließe zuerst den offenen Dialog und gib die Dateien dann noch einmal
web-could-not-start = Comeback konnte in diesem Browser nicht starten: { $error }
web-too-large = größer als jede Plan- oder Laufdatei
web-download-refused = der Browser hat den Download abgelehnt: { $error }
web-no-page = keine Seite
merging-pick-one-or-three = Wähle eine Kopie zum Zusammenführen aus, oder drei zusammen: deine, die andere und die Version, aus der beide entstanden sind.
merging-save-first = Speichere deine Änderungen zuerst oder mache sie rückgängig: Beim Zusammenführen von drei Kopien wird eine davon anstelle des offenen Plans geöffnet.
web-open-label = Pläne oder Läufe öffnen…
web-privacy = Nichts wird hochgeladen: Deine Pläne und Läufe bleiben in diesem Browser, auf diesem Computer.
