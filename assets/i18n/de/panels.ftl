# panels: see src/i18n/mod.rs for which part of the app this file speaks for.
# Der Kalender und die Seitenleiste. Siehe en/panels.ftl für die Bedeutung der Platzhalter.

## Der Kalender

calendar-week-column = Woche

chip-pain = Schmerz { $pain }/10
chip-in-conflict = im Konflikt: wähle deine oder die andere Version
chip-conflict-tooltip = ? Im Konflikt: Wähle im Tab „Konflikte“ deine oder die andere Version
chip-hint = Ziehen zum Verschieben · Strg+Ziehen zum Kopieren · Rechtsklick für mehr
chip-mark-done = Als erledigt markieren
chip-mark-skipped = Als ausgelassen markieren
chip-mark-planned = Als geplant markieren
chip-how-did-it-go = { $done ->
    [yes] Wie lief es?
   *[no] Wie lief es? (erst als erledigt markieren)
}
chip-log-session = Einheit eintragen

day-today = heute
day-has-notes = hat Notizen
day-merged = ▌ { $side }: Eine Einheit hat den Tag verlassen, oder seine Notizen wurden geändert
day-differs = ⇄ Anders als in der anderen Version:

week-done-of = { $done } von { $planned } erledigt
week-progress-said = geplant { $planned } { $units }, erledigt { $done } { $units }
week-name = Woche ab { $date }: { $lines }

tooltip-cannot-drop = { $icon } Ablegen auf { $day } nicht möglich: { $reason }
tooltip-drop-fine = ✔ Ablegen auf { $day } ergibt keine neuen Befunde
tooltip-drop-causes = Ablegen auf { $day } ergäbe { $findings }:
tooltip-more = und { $n } weitere

## Der Tab „Athleten“

athletes-heading = { $plans } in { $folder }
athletes-refresh = Aktualisieren
athletes-refresh-tip = Den Ordner neu einlesen
athletes-close = Liste schließen
athletes-order = Dringendes zuerst: Schmerzen und Fehler, dann Warnungen, dann nicht eingetragene Einheiten.
athletes-empty = Keine Plandateien (.ron) in diesem Ordner.
athletes-week = Diese Woche: { $done } von { $planned } erledigt · Laufen { $running }
athletes-nothing-this-week = Nichts diese Woche
athletes-changed = geändert { $when }
athletes-open-tip = Diesen Plan öffnen
athletes-open = { $name } öffnen

## Vergleich mit einer anderen Version des Plans

compare-heading = Verglichen mit { $name }
compare-same = Die beiden Pläne sind gleich.
compare-intro = { $differences }. Hake an, was du aus { $name } übernehmen willst.
compare-take-all = Alle übernehmen
compare-keep-all = Alle behalten
compare-take = Übernehmen
compare-show-day = Diesen Tag zeigen
compare-apply = { $n } übernehmen
compare-apply-tip = Ein Schritt: Rückgängig stellt deine Version wieder her
compare-applied = { $n ->
    [one] 1 Änderung der anderen Version übernehmen
   *[other] { $n } Änderungen der anderen Version übernehmen
}
compare-failed = Die Änderungen der anderen Version ließen sich nicht übernehmen: { $error }
compare-close = Vergleich schließen

## Der Tab „Konflikte“

conflicts-none = Nichts mehr zu entscheiden: Alle Konflikte der Zusammenführung sind geklärt.
conflicts-intro = { $conflicts }, bei denen ihr dasselbe unterschiedlich geändert habt. Deine Version bleibt, bis du wählst; jede Wahl ist ein Schritt, den Rückgängig zurücknimmt.
conflicts-mine = Meine: { $words }
conflicts-theirs = Andere: { $words }
conflicts-empty = (leer)
conflicts-keep-mine = Meine behalten
conflicts-take-theirs = Andere übernehmen
conflicts-choice = { $verb }: { $words }
conflicts-for = { $text }, für { $what }
conflicts-step = { $verb } ({ $what })
conflicts-failed = { $theirs ->
    [yes] Die andere Version ließ sich nicht übernehmen ({ $what }): { $error }
   *[no] Deine Version ließ sich nicht behalten ({ $what }): { $error }
}
conflicts-show-plan = Im Plan zeigen
conflicts-show-plan-tip = Die Angaben zum Plan öffnen
conflicts-show-rules = In den Regeln zeigen
conflicts-show-rules-tip = Die Regeleinstellungen öffnen
conflicts-show-day = { $day } zeigen
conflicts-show-day-tip = Im Kalender zeigen

## Der Tab „Befunde“

findings-none = ✔ Keine Befunde: Der Plan hält jede Regel ein.
findings-group = { $severity ->
    [error] Fehler
    [warning] Warnungen
   *[advice] Hinweise
}
findings-why = Warum: { $why }
findings-step-back = Plan zurückstufen…
findings-step-back-tip = Schreibt die folgenden Wochen so um, wie es die Regeln bei Schmerzen verlangen: Ruhetage, Niveau wiederholen oder senken, spätere Niveaus später. Wird erst gezeigt; ein Rückgängig nimmt es zurück.

## Import aufgezeichneter Läufe

import-heading = Aufgezeichnete Läufe importieren
import-intro = Jede Aktivität und was sie am Plan ändert. Nichts ändert sich vor „Übernehmen“; Rückgängig nimmt es zurück.
import-dropped-on = Abgelegt auf { $day }: Aktivitäten werden in passenden Einheiten dieses Tages eingetragen.
import-not-read = Nicht gelesen: { $file }
import-apply = Übernehmen
import-apply-tip = { $runs } in einem Schritt eintragen; Rückgängig nimmt es zurück
import-cancel = Abbrechen
import-cancel-tip = Schließen, ohne den Plan zu ändern
import-session = { $logged ->
    [yes] { $day }: { $session }, von Hand eingetragen
   *[no] { $day }: { $session }
}
import-new-session = eine neue Einheit
import-log-in = Eintragen in
import-pain-during = Schmerz während
import-pain-next-day = Schmerz am nächsten Tag
import-not-asked = nicht gefragt
import-drop-hint = { $n ->
    [one] Datei ablegen, um aufgezeichnete Läufe zu importieren: auf einem Tag, um sie in seinen Einheiten einzutragen
   *[other] Die { $n } Dateien ablegen, um aufgezeichnete Läufe zu importieren: auf einem Tag, um sie in seinen Einheiten einzutragen
}

## Das Belastungsdiagramm

load-axis = { $units }/Woche
load-planned = geplant
load-done = erledigt
load-ramp-allows = erlaubte Steigerung
load-weekly-cap = Wochenobergrenze
load-ratio = akut:chronisch (Hinweis)
load-ratio-limit = { $limit } empfohlene Grenze
load-pain-during = Schmerz während
load-pain-next-day = Schmerz am nächsten Tag
load-pain-threshold = { $threshold } Schmerzgrenze
load-bar = { $down ->
    [yes] Woche ab { $date }: { $what } { $value } { $units } · Entlastungswoche
   *[no] Woche ab { $date }: { $what } { $value } { $units }
}
load-chart-name = Belastungsdiagramm: Laufumfang pro Woche, geplant und erledigt nebeneinander; klicke auf eine Woche, um sie zu zeigen
load-ratio-name = Akut-chronisch-Verhältnis pro Woche (Hinweis)
load-pain-name = Schmerz pro Tag, während und am nächsten Tag, 0 bis 10 (Grenze { $threshold })

## Datei → Neu nach der Methode…

method-heading = Neuer Plan nach der Methode
method-intro = Eine Geh-Lauf-Leiter an jedem zweiten Tag, mit Entlastungswochen, innerhalb deiner Obergrenzen.
method-date-hint = JJJJ-MM-TT
method-start = Beginn
method-units = Einheiten
method-miles = Meilen
method-running-now = Laufumfang jetzt, pro Woche
method-not-running-yet = noch kein Laufen
method-flares-at = Verletzung meldet sich ab
method-weekly-cap = Wochenobergrenze
method-days-free = Freie Tage
method-weeks = Wochen
method-coming-back-from = Comeback nach
method-not-said = Keine Angabe
method-birth-date = Geburtsdatum
method-injury-date = Verletzungsdatum
method-checks = Tests vor dem Laufen
method-checks-passed = schon bestanden
method-birth-wait = Kein Lauf vor 12 Wochen nach der Geburt ({ $day }); bis dahin Gehen, Krafttraining und die Tests.
method-checks-note = Die Tests sind eine Einheit vor dem ersten Lauf: Hake jeden im Plan ab, sobald bestanden.
method-run-cap = Läufe sind auf { $distance } { $units } begrenzt, 80 % der Strecke, ab der es sich meldet.
method-preview = Vorschau: { $sessions } · { $errors }, { $warnings }, { $advice }
method-week = Woche ab { $date }
method-week-run = { $down ->
    [yes] Lauf { $distance } { $units } · Entlastung
   *[no] Lauf { $distance } { $units }
}
method-create = Plan erstellen
method-create-tip = Ersetzt den offenen Plan (nach ungespeicherten Änderungen wirst du vorher gefragt)
method-cancel = Abbrechen

## Der Tab „Bereit“

ready-heading = Bereit zum Laufen
ready-intro = Kliniken verlangen vor dem ersten Lauf ein paar Tests, jeder ohne Schmerzen. Ein Lauf, der geplant ist, bevor alle bestanden sind, ist eine Warnung.
ready-checks-heading = Tests vor dem ersten Lauf
ready-edit-checks = Tests vor dem ersten Lauf bearbeiten
ready-comeback-from = Comeback nach
ready-kind-unsaid = Keine Angabe
ready-kind-injury = Verletzung
ready-kind-bone-stress = Knochenstressverletzung
ready-kind-birth = Geburt
ready-read-as-birth = Aus der Verletzung „{ $injury }“ als Geburt gelesen.
ready-birth-kind = Art der Geburt
ready-birth-unsaid = Keine Angabe
ready-birth-vaginal = Vaginal
ready-birth-perineal-tear = Mit Dammriss
ready-birth-caesarean = Kaiserschnitt
ready-born = Geboren am { $born }: kein Laufen vor { $first }, { $weeks } Wochen danach, egal wie die Geburt war; eine Beckenboden-Untersuchung ab 6 Wochen.
ready-may-need-longer = Nach einem Kaiserschnitt oder Dammriss kann es länger dauern.
ready-give-birth-day = Gib im Tab „Plan“ den Tag der Geburt als Verletzungsdatum an, um die 12 Wochen zu zählen.
ready-use-clinic-tip = Listet die üblichen Tests und Zahlen { $comeback }; schon bestandene Tage bleiben
ready-use-clinic = Tests der Klinik verwenden
ready-say-comeback = Gib an, wonach das Comeback ist, um die Tests der Klinik zu verwenden.
ready-no-checks = Keine Tests: Läufe werden nicht danach beurteilt.
ready-passed-count = { $passed } von { $checks } bis heute bestanden.
ready-remove = Tests entfernen
ready-remove-tip = Nimmt die Tests aus dem Plan: Läufe werden nicht mehr danach beurteilt
ready-sources = Quellen
ready-passed-on = bestanden am
ready-number = Anzahl
ready-number-for = Anzahl für { $check }
ready-passed-day = Tag, an dem { $check } bestanden wurde
ready-source = Quelle: { $source }
ready-date-hint = JJJJ-MM-TT
ready-date-format = Schreib den Tag als JJJJ-MM-TT
ready-unit-seconds-each-side = s je Seite
ready-unit-each-side = je Seite
ready-unit-days = Tage
ready-stop-signs = Warnzeichen
ready-stop-signs-tip = Zeichen, nach einer Geburt aufzuhören und Rat zu suchen (Leitlinien nach der Geburt); jedes zählt wie Schmerz über der Grenze
ready-stop-sign = Warnzeichen: { $sign }
ready-stop-signs-name = Warnzeichen: { $signs }
ready-stop-signs-warning = ⚠ Warnzeichen: { $signs }. Hör auf und hol dir Rat.

## Schritt zurück nach Schmerzen

stepback-heading = Schritt zurück nach Schmerzen
stepback-summary = Änderungen: { $sessions } · danach: { $errors }, { $warnings }
stepback-apply = Schritt zurück
stepback-apply-tip = Ein Schritt: Rückgängig stellt den Plan wieder her
stepback-cancel = Abbrechen
stepback-change = { $down ->
    [yes] { $change } · Entlastungswoche
   *[no] { $change }
}
