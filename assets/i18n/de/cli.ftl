# cli: see src/i18n/mod.rs for which part of the app this file speaks for.

## The command line: its frame around the findings, its errors and reports. $path is a file or
## folder as named on the command line, $error what the system or a reader said (already in
## words).

cli-no-window = kein Fenster möglich: { $error }
    Die Befehle ohne Fenster funktionieren weiter: `comeback validate DATEI`.
cli-no-gui = diese Version hat kein Fenster (ohne die Funktion `gui` gebaut); probier `comeback validate DATEI`
cli-pain-score = Schmerz ist eine ganze Zahl von 0 (keiner) bis 10 (der schlimmste vorstellbare), nicht { $text }
cli-folder-unlistable = { $path }: Ordner kann nicht gelesen werden: { $error }
cli-dates-backwards = --from { $from } liegt nach --until { $until }
cli-cannot-export = { $path }: Export nicht möglich: { $error }
cli-workouts-need-folder = --to fit schreibt eine Datei pro Workout: gib mit -o einen Ordner an (auf der Uhr GARMIN/NewFiles)
cli-many-images = der Export hat { $n } Bilder, eines pro Seite: gib mit -o eine Datei an (sie werden nummeriert) oder wähle mit --from und --until einen Monat
cli-cannot-print = { $path }: Drucken nicht möglich: { $error }
cli-exists = { $path } gibt es schon; wähle einen anderen Namen (nichts wurde geschrieben)
cli-cannot-read = { $path }: kann nicht gelesen werden: { $error }
cli-cannot-merge = Zusammenführen nicht möglich: { $error }
cli-cannot-write-report = Bericht kann nicht geschrieben werden: { $error }

cli-validate-summary = { $path }: „{ $title }“: { $errors } Fehler, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    }, { $advice ->
        [one] { $advice } Hinweis
       *[other] { $advice } Hinweise
    }
cli-validate-week = Woche ab { $week }

## Plan files: loading and saving. A syntax message follows "file.ron:12:5: ", so it starts in
## lower case.

file-unreadable = { $path }: Datei kann nicht gelesen werden: { $error }
file-too-large = { $path }: die Datei hat { $size } Byte; Plandateien haben höchstens { $most } Byte
file-too-new = { $path }: dieser Plan nutzt Dateiformat-Version { $found } aus einem neueren Comeback; diese Version liest bis { $newest }. Aktualisiere Comeback, um ihn zu öffnen (nichts wurde geändert).
file-unsaved = { $path }: Speichern fehlgeschlagen: { $error }
file-unencodable = { $path }: der Plan kann nicht als RON geschrieben werden: { $error }
file-controls-removed = { $n ->
        [one] { $n } Steuerzeichen
       *[other] { $n } Steuerzeichen
    } aus dem Text des Plans entfernt (Terminal-Escapes und Ähnliches); beim Speichern bleiben sie draußen
file-comments = { $n ->
        [one] die Datei hat einen von Hand geschriebenen Kommentar (in Zeile { $line }: „{ $text }“), der beim Speichern verloren ginge; übernimm ihn als Notiz an der Einheit oder dem Tag, wo er steht
       *[other] die Datei hat { $n } von Hand geschriebene Kommentare (der erste in Zeile { $line }: „{ $text }“), die beim Speichern verloren gingen; übernimm sie als Notizen an den Einheiten und Tagen, wo sie stehen
    }
file-warnings-both = { $first }; { $second }
file-not-utf8 = die Datei ist kein UTF-8-Text; speichere sie als UTF-8
file-empty = die Datei ist leer; erwartet wird ein Plan, der mit `(version: { $version },` beginnt
file-not-a-plan = erwartet wird ein Plan: eine Liste von Feldern in Klammern, beginnend mit `(version: { $version },`
file-version-zero = Version 0 ist kein Comeback-Planformat; erwartet wird 1 bis { $newest }
file-repeated-id = zwei Einheiten haben die ID { $id }; jede Einheit braucht ihre eigene ID
file-ends-early = die Datei endet zu früh; eine schließende Klammer oder ein Wert fehlt
file-too-deep = mehr als { $depth } Ebenen tief verschachtelt; das ist keine Plandatei
