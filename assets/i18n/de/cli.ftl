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
