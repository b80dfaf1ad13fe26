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

## comeback log: activity files logged into a plan.

cli-log-not-applied = { $path }: der Import ließ sich nicht anwenden ({ $error }); nichts wurde gespeichert
cli-log-comment-failed = { $path }: ein Kommentar ließ sich nicht in eine Notiz umwandeln ({ $error }); nichts wurde gespeichert
cli-log-comments-kept = { $path }: { $n ->
        [one] { $n } Kommentar aus der Datei als Notiz an seiner Stelle übernommen
       *[other] { $n } Kommentare aus der Datei als Notizen an ihrer Stelle übernommen
    } (eine Plandatei kann keine Kommentare behalten)
cli-log-comment-note = Aus der Datei
cli-log-no-files = keine Aktivitätsdateien (.fit, .gpx, .tcx, jeweils auch als .gz) gefunden; nichts wurde eingetragen
cli-log-read = { $read ->
        [one] { $read } Aktivität
       *[other] { $read } Aktivitäten
    } gelesen: { $logged ->
        [one] { $logged } Einheit
       *[other] { $logged } Einheiten
    } eingetragen, { $new ->
        [one] { $new } neue Einheit
       *[other] { $new } neue Einheiten
    }{ $already ->
        [0] {""}
       *[other] , { $already } schon im Plan
    }
cli-log-outside = { $n ->
        [one] { $n } Aktivität außerhalb der Wochen des Plans nicht eingetragen (--include-outside trägt sie ein)
       *[other] { $n } Aktivitäten außerhalb der Wochen des Plans nicht eingetragen (--include-outside trägt sie ein)
    }
cli-log-too-short = { $n ->
        [one] { $n } Aktivität zu kurz für eine Einheit, nicht eingetragen
       *[other] { $n } Aktivitäten zu kurz für eine Einheit, nicht eingetragen
    }
cli-log-skipped = { $n ->
        [one] { $n } Datei übersprungen
       *[other] { $n } Dateien übersprungen
    }
cli-log-saved = { $path } gespeichert (die vorige Version liegt in { $backup }).
cli-log-none-read = Keine Datei ließ sich lesen; { $path } bleibt unverändert.
cli-log-dry-run = Nichts gespeichert (--dry-run).
cli-log-unchanged = Nichts zu ändern; { $path } bleibt unverändert.

## comeback merge. $first and $second are plans as "Title" (plan ID).

cli-merge-not-one-plan = { $first_path } ist { $first } und { $second_path } ist { $second }: das sind verschiedene Pläne, zum Zusammenführen braucht es zwei Kopien eines Plans und die Version, aus der beide stammen; nichts wurde geschrieben
cli-merge-standard-output = der in die Standardausgabe geschriebene Plan
cli-merge-named = beide Versionen von { $name } seit ihrer gemeinsamen zusammengeführt
cli-merge-paths = { $ours } und { $theirs } aus { $base } zusammengeführt
cli-merge-result = { $conflicts ->
        [0] { $merged }: keine Konflikte
        [one] { $merged }: { $conflicts } Konflikt zu lösen (festgehalten in { $output }; öffne die Datei in Comeback)
       *[other] { $merged }: { $conflicts } Konflikte zu lösen (festgehalten in { $output }; öffne die Datei in Comeback)
    }

## comeback diff, export, import-csv, new.

cli-diff-summary = { $n ->
        [one] { $n } Unterschied
       *[other] { $n } Unterschiede
    } von { $mine } zu { $theirs }
cli-export-no-workouts = Keine geplanten Läufe, Lauf-Geh-Einheiten oder Gehen an diesen Tagen: keine Workouts geschrieben
cli-import-wrote = { $path } geschrieben ({ $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    })
cli-new-wrote = { $path } geschrieben ({ $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } in { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    })
cli-new-checks-planned = { $checks ->
        [one] { $checks } Bereitschaftstest vor dem ersten Lauf, geplant am { $day }: hak ihn im Plan ab, wenn du ihn bestanden hast; die Läufe warten darauf
       *[other] { $checks } Bereitschaftstests vor dem ersten Lauf, geplant am { $day }: hak im Plan jeden bestandenen ab; die Läufe warten darauf
    }
cli-new-checks-passed = { $checks ->
        [one] { $checks } Bereitschaftstest vor dem ersten Lauf, als bestanden abgehakt am { $day }
       *[other] { $checks } Bereitschaftstests vor dem ersten Lauf, als bestanden abgehakt am { $day }
    }
cli-new-week = Woche ab { $week }: Laufen { $run } { $units }
cli-new-week-judged = Woche ab { $week }: Laufen { $run } { $units } ({ $judged })

## comeback validate FOLDER: a coach's athletes, a table.

cli-folder-heading = { $n ->
        [one] { $n } Plan
       *[other] { $n } Pläne
    } in { $folder } am { $day }, dringendste zuerst
cli-folder-week-done = { $done }/{ $planned } erledigt
cli-folder-findings = { $errors } Fehler, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    }
cli-folder-athlete = Athlet(in)
cli-folder-needs = Braucht
cli-folder-this-week = Diese Woche
cli-folder-running = Laufen
cli-folder-findings-column = Befunde
cli-folder-changed = Geändert
cli-folder-file = Datei

## A coach's folder: why a plan stands where it does in the list.

folder-unreadable = lässt sich nicht öffnen
folder-unlogged = { $n } nicht eingetragen
folder-on-track = im Plan

## The revisions kept beside a plan file, for merging.

store-different-plans = das sind verschiedene Pläne, nicht zwei Kopien eines Plans
store-no-base = keine Version, aus der beide Kopien stammen, wurde auf diesem Computer geöffnet oder gespeichert
store-no-revision = der Plan hat keine Revision

## Merging three copies of a plan: errors, and the conflicts' words (kept in the plan).

merge-not-one-plan = { $first } und { $second } sind verschiedene Pläne; zum Zusammenführen braucht es zwei Kopien eines Plans und die Version, aus der beide stammen
merge-plan-named = „{ $title }“ (Plan { $id })
merge-fields = { $what ->
        [details] die Plandetails lassen
        [rules] die Regeleinstellungen lassen
       *[sessions] die Einheiten lassen
    } sich nicht Feld für Feld zusammenführen: { $error }
merge-revision = die Revision einer Seite der Zusammenführung lässt sich nicht bestimmen: { $error }
merge-not-fields = keine Struktur aus Feldern, sondern { $value }
merge-plan-field = Plan { $field }
merge-rule-field = Regel { $field }
merge-recorded = { $sport }, gestartet { $started } UTC
merge-session-on = { $session } am { $day }
merge-deleted = gelöscht
merge-session-changed = { $session } am { $day }, geändert: { $fields }
merge-changed-by-you = von dir beim Zusammenführen geändert
merge-changed-by-them = von der anderen Seite beim Zusammenführen geändert
merge-changed-by-both = von beiden beim Zusammenführen geändert

## Recorded activities (FIT, GPX, TCX) read and logged into a plan.

activity-sport = { $sport ->
        [running] Lauf
        [trail_running] Traillauf
        [track_running] Bahnlauf
        [treadmill_running] Laufband
        [walking] Gehen
        [hiking] Wanderung
        [cycling] Radfahrt
        [indoor_cycling] Indoor-Radfahrt
        [swimming] Schwimmen
        [elliptical] Crosstrainer
        [rowing] Rudern
        [other_equipment] Fitnessgerät
       *[other] andere Aktivität
    }
activity-unreadable = Datei kann nicht gelesen werden: { $error }
activity-too-large = die Datei hat { $size } Byte; Aktivitätsdateien haben höchstens { $most } Byte
activity-inflates-too-far = entpackt ist die Datei größer als { $most } Byte; so groß ist keine Aktivitätsdatei
activity-gzip = die gzip-Datei ist beschädigt: { $error }
activity-unknown-format = keine FIT-, GPX- oder TCX-Datei
activity-fit-damaged = die FIT-Datei ist beschädigt: { $error }
activity-xml = die { $format }-Datei kann nicht gelesen werden: { $error }
activity-not-recorded = eine FIT-Datei vom Typ { $what }, keine aufgezeichnete Aktivität
activity-route = eine Route, keine aufgezeichnete Aktivität: ihre Punkte haben keine Zeiten
activity-empty = die Datei enthält keine aufgezeichnete Aktivität
activity-unknown-sport = die Sportart { $sport } kennt Comeback nicht; aus der Datei wurde nichts importiert
activity-controls-removed = { $n } Steuerzeichen aus dem Dateinamen entfernt
activity-fit-decoder-failed = der FIT-Decoder ist daran gescheitert: die Datei ist beschädigt oder keine FIT-Datei
activity-fit-past-end = eine Nachricht reicht über das Ende der im Header angegebenen Daten hinaus, bei Byte { $at }
activity-fit-cut-short = die Datei endet zu früh: sie wurde abgeschnitten
activity-fit-not-a-header = ihr Header ist kein FIT-Header
activity-fit-chained-header = der Header der nächsten Datei in der Kette, bei Byte { $at }, ist beschädigt
activity-fit-header-checksum = die Prüfsumme des Headers stimmt nicht
activity-fit-checksum = die Prüfsumme stimmt nicht: die Datei wurde verändert oder nicht vollständig kopiert
activity-fit-unreadable-at = die Daten bei Byte { $at } können nicht gelesen werden
activity-fit-no-definition = eine Nachricht bei Byte { $at } hat keine Definition davor
activity-no-start = eine Einheit hat keine Startzeit
activity-no-timer = { $sport } um { $start } hat keine Zeit auf der Stoppuhr
activity-gpx-too-long = der Track ab { $start } dauert länger als eine Woche
activity-tcx-too-deep = mehr als { $depth } Ebenen tief verschachtelt
activity-tcx-impossible = eine Runde hat den unmöglichen Wert { $value }
activity-tcx-no-start = eine Aktivität hat keine Startzeit (ihre Id)
activity-tcx-too-long = die Aktivität um { $start } dauert länger als eine Woche

activity-logged = { $was ->
        [done] { $name }: erledigt, die aufgezeichneten Werte statt der von Hand eingetragenen
        [skipped] { $name }: erledigt, obwohl als ausgelassen markiert
       *[planned] { $name }: erledigt
    }
activity-logged-moved = { $was ->
        [done] { $name }: erledigt, die aufgezeichneten Werte statt der von Hand eingetragenen, verschoben vom { $from }
        [skipped] { $name }: erledigt, obwohl als ausgelassen markiert, verschoben vom { $from }
       *[planned] { $name }: erledigt, verschoben vom { $from }
    }
activity-new = neu: { $kind }, erledigt
activity-already = schon eingetragen in { $name }; nichts ändert sich
activity-repeated = dieselbe Aktivität wie in einer früheren Datei; übersprungen
activity-out-of-range = ihr Tag liegt außerhalb der Jahre, die ein Plan abdecken kann (1900 bis 2199); übersprungen
activity-too-short = zu kurz für eine Einheit (unter einer Minute oder 100 m); übersprungen
activity-unticked = (nicht angehakt)
activity-outside = außerhalb der Wochen des Plans ({ $from } bis { $until })
activity-no-distance = keine Strecke, um das Tempo zu beurteilen
activity-sport-by-pace = die Datei nennt keine Sportart: nach dem Tempo { $sport } ({ $pace })
activity-in-all = { $distance } { $units } insgesamt
activity-running-part-recorded = der Laufanteil, wie die Uhr ihn aufgezeichnet hat ({ $whole })
activity-running-part-estimated = der Laufanteil, geschätzt aus dem geplanten Lauf-Geh-Verhältnis ({ $whole })
activity-far = { $longer ->
        [yes] viel länger als geplant: { $done } { $unit } statt { $planned } { $unit }
       *[no] viel kürzer als geplant: { $done } { $unit } statt { $planned } { $unit }
    }
activity-no-line = es gibt keine Zeile { $line }
activity-fixed = diese Aktivität kann nicht eingetragen werden: sie ist schon im Plan, doppelt, außerhalb des Zeitraums oder zu kurz
activity-no-session = Einheit { $id } ist nicht im Plan
activity-wrong-kind = { $sport } kann nicht als { $kind } eingetragen werden
activity-recorded = Einheit { $id } hat schon eine andere aufgezeichnete Aktivität
activity-taken = eine andere Aktivität dieses Imports ist in Einheit { $id } eingetragen; trag sie zuerst woanders ein

## Workouts for the watch. The watch shows these in ASCII (accents are dropped); keep them short:
## a step's name has room for 7 letters, a workout's name for 32 with its day.

watch-folder = Ordner { $path } kann nicht angelegt werden: { $error }
watch-write = Workout { $path } kann nicht geschrieben werden: { $error }
watch-too-long = { $kind ->
        [run] der Lauf
        [walk] das Gehen
       *[run-walk] die Lauf-Geh-Einheit
    } am { $day } ist zu lang für ein Workout auf der Uhr: { $amount }; ein Workout-Schritt fasst höchstens { $most }
watch-step-run = Laufen
watch-step-walk = Gehen
watch-step-repeat = Wdh.
watch-run = Lauf
watch-walk = Gehen
watch-run-walk = L/G { $pair } x{ $repeats }
