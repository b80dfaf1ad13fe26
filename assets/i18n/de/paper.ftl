# paper: see src/i18n/mod.rs for which part of the app this file speaks for.

## Shared words (src/text.rs): the screen, paper and calendar files say a plan the same way.

text-status = { $status ->
    [planned] geplant
    [done] erledigt
   *[skipped] ausgelassen
}
text-status-label = { $status ->
    [planned] Geplant
    [done] Erledigt
   *[skipped] Ausgelassen
}
text-with-status = { $status ->
    [done] ✓ { $text }
    [skipped] { $text } (ausgelassen)
   *[planned] { $text }
}
text-compact-run-walk = L/G { $run }:{ $walk } ×{ $repeats }
text-compact-run-walk-repeats = L/G ×{ $repeats }
# German nouns keep their capitals: the rule's title is not lowercased.
text-finding-name = { $severity }: { $rule }
    .lowercase = no
text-pain = { $during }/10 während, { $next }/10 am nächsten Tag{ $sharp ->
    [yes] , stechend
   *[no] {""}
}
text-pain-stop-signs = { $pain }; Warnzeichen: { $signs }
text-status-done-did = Erledigt: { $did }
text-status-with-pain = { $line } · Schmerz { $pain }
text-session-did = { $session } · gemacht: { $did }
text-week-run-cap = Laufen { $run } / { $cap } { $unit }
text-week-run = Laufen { $run } { $unit }
text-week-walk = Gehen { $walk } { $unit }
text-week-cross = Alt.-Training { $minutes } min
text-week-down = Entlastungswoche
text-week-stage = Stufe { $stage } von { $of }
text-week-holds = Niveau { $level } { $unit } gehalten
text-week-change = { $change } % auf Niveau { $level } { $unit }
text-week-back = Zurück auf Niveau { $level } { $unit }
text-header-when = Plan vom { $from } bis { $to }
text-header-athlete = Läufer(in): { $value }
text-header-coach = Trainer: { $value }
text-header-contact = Kontakt: { $value }
text-header-goal = Ziel: { $value }
text-header-injury = Verletzung: { $value }
text-header-injury-on = Verletzung: { $value } ({ $date })
text-header-injury-date = Verletzt am: { $date }
text-someone = Jemand
text-byline = { $author } · { $time } UTC

## Paper and exports (src/export, src/print.rs).

paper-untitled = Comeback-Plan
paper-untitled-for = Comeback-Plan ({ $athlete })
paper-format-pdf = PDF zum Drucken
paper-format-png = PNG-Bilder für Nachrichten
paper-format-ics = Kalender (ICS)
paper-format-csv = Tabelle (CSV)
paper-error-write = { $path } kann nicht geschrieben werden: { $error }
paper-error-font = die eingebettete Schrift kann nicht gelesen werden
pdf-error-page = eine Seite von { $width } × { $height } Punkt kann nicht erstellt werden
pdf-error-write = das PDF konnte nicht geschrieben werden: { $error }
png-error-page = eine Seite von { $width } × { $height } Pixeln kann kein Bild werden
png-error-encode = das Bild konnte nicht kodiert werden: { $error }

pdf-page-of = Seite { $page } von { $total }
pdf-continued-title = { $title } (Fortsetzung)
pdf-more-lines = { $n ->
    [one] +{ $n } weitere Zeile,
   *[other] +{ $n } weitere Zeilen,
}
pdf-continued = Fortsetzung
pdf-continued-on-page = weiter auf Seite { $page }
pdf-session-note = „{ $note }“
pdf-week = Woche
pdf-pain = Schmerz { $pain }
pdf-legend-severity = { $severity ->
    [error] Fehler
    [warning] Warnung
   *[advice] Hinweis
}
pdf-legend = ✓ erledigt   ·   (ausgelassen)   ·   schattiert: anderer Monat oder außerhalb der gedruckten Tage   ·   Befunde nach den Monaten
pdf-findings = Befunde
pdf-no-findings = Keine Befunde: Der Plan hält alle Regeln ein.
pdf-errors = Fehler: Plan anpassen
pdf-warnings = Warnungen: mit deinem Trainer besprechen
pdf-advice = Hinweise
pdf-chart-title = Laufumfang pro Woche ({ $unit }): geplant als Umriss (grau: Entlastungswochen), erledigt gefüllt, das schattierte Band ist die erlaubte Steigerung, die rote Linie die Wochenobergrenze
pdf-notes = Notizen
pdf-about-plan = Zum Plan
pdf-the-day = Der Tag
pdf-back = Wiedereinstieg { $from }.
pdf-back-born = Wiedereinstieg { $from }, Geburt am { $date }.
pdf-checks = Tests vor dem ersten Lauf:
pdf-stop-signs = Warnzeichen am { $date } ({ $session }): { $signs }. Hör auf und hol dir fachlichen Rat.
pdf-sessions-in-full = Einheiten vollständig

ics-removed = Aus dem Plan entfernt
ics-pain = Schmerz: { $pain }
ics-done = Erledigt: { $did }
ics-note = Notiz: { $note }
ics-error-empty = keine Einheiten vom { $from } bis { $to }: Eine Kalenderdatei braucht mindestens einen Termin; wähle Tage mit Einheiten
ics-error-format = der Kalender konnte nicht geschrieben werden: { $error }

csv-error-row = Zeile { $row }: { $message }
csv-error-column-missing = Zeile { $row }, Spalte { $name } (nicht in der Datei): { $message }
csv-error-column = Zeile { $row }, Spalte { $column } ({ $name }): { $message }
csv-not-utf8 = die Datei ist kein UTF-8 und wurde daher als Windows-1252 gelesen (so speichern Excel und LibreOffice standardmäßig); prüfe Umlaute oder speichere sie als UTF-8
csv-unreadable = die Datei kann nicht als CSV gelesen werden: { $error }
csv-empty = die Datei ist leer; erwartet: eine Kopfzeile und eine Zeile pro Einheit
csv-strava = das ist Stravas activities.csv, eine Liste aufgezeichneter Läufe, kein Plan: trage sie mit `comeback log PLAN ORDNER` (dem activities-Ordner desselben Strava-Exports) oder in der App mit Datei → Läufe importieren… in einen Plan ein
csv-distance-columns = distance_mi oder distance_km
csv-no-distance = keine Spalte distance_mi oder distance_km; die Kopfzeile hat { $header }; erwartet sind die Spalten, die Comeback schreibt ({ $columns })
csv-ignored = { $n ->
    [one] { $n } Spalte nicht gelesen
   *[other] { $n } Spalten nicht gelesen
}: { $names } (Comeback liest { $columns })
csv-id-again = die Einheiten-ID { $id } steht auch in Zeile { $first }
csv-no-sessions = die Datei hat eine Kopfzeile, aber keine Einheiten; erwartet: eine Zeile pro Einheit unter der Kopfzeile
csv-id-twice = die Einheiten-ID { $id } kommt zweimal vor
csv-controls-removed = { $n ->
    [one] { $n } Steuerzeichen
   *[other] { $n } Steuerzeichen
} aus den Notizen entfernt (Terminal-Escapes und Ähnliches)
csv-not-number = „{ $text }“ ist keine Zahl
csv-out-of-range = { $text } liegt außerhalb des Bereichs; erwartet: 0 bis { $max }
csv-too-large = { $value } ist zu groß
csv-not-whole = { $value } ist keine ganze Zahl
csv-not-one-of = „{ $text }“ ist keiner dieser Werte: { $options }
csv-run-walk-amount = eine Lauf-Geh-Einheit braucht diesen Wert
csv-not-unit = „{ $text }“ ist weder min noch { $unit }
csv-id-needed = jede Einheit braucht eine ganze Zahl über 0 als ID
csv-not-date = „{ $text }“ ist kein Datum wie 2026-11-16
csv-not-pain = { $value } ist kein Schmerzwert von 0 bis 10

## Printing (src/print.rs).

print-error-create = { $path } kann nicht angelegt werden: { $error }
print-error-write = { $path } kann nicht geschrieben werden: { $error }
print-opened = Der Plan ist im PDF-Betrachter geöffnet: Drucke ihn von dort ({ $path })
print-no-viewer = Kein PDF-Betrachter gefunden, um den Plan zu öffnen. Das PDF liegt unter { $path }: Öffne und drucke es von dort.

## Two versions of a plan compared (src/diff.rs).

diff-added = + { $day }: { $what } (nur bei ihnen)
diff-removed = - { $day }: { $what } (nur bei mir)
diff-moved = → { $what } verschoben vom { $from } auf { $to }
diff-edited = ~ { $day } { $field }: { $mine } → { $theirs }
diff-field = { $field ->
    [kind] Art
    [status] Status
    [pain] Schmerz
    [actual] Ist-Werte
    [note] Notiz
   *[other] { $field }
}
diff-note-added = + { $day }{ $on ->
    [session] , zu einer Einheit
   *[day] {""}
}: Notiz von { $author }: „{ $text }“ (nur bei ihnen)
diff-note-removed = - { $day }{ $on ->
    [session] , zu einer Einheit
   *[day] {""}
}: Notiz von { $author }: „{ $text }“ (nur bei mir)
diff-meta = ~ Plan { $field }: { $mine } → { $theirs }
diff-rules = ~ Regel { $field }: { $mine } → { $theirs }
diff-quoted = „{ $text }“
diff-empty = (leer)
print-browser-no-viewer = ein Browser hat kein Systemprogramm zum Anzeigen von { $file }
