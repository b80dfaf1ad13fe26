# rules: see src/i18n/mod.rs for which part of the app this file speaks for.

## The plan's own words (src/plan)

severity-error = Fehler
severity-warning = Warnung
severity-advice = Hinweis

rule-consecutive-run-days = Lauftage im Wechsel
    .why = Die Methode: in den ersten Wochen keine Läufe an aufeinanderfolgenden Tagen; dazwischen gehen.
rule-weekly-cap = Wochenobergrenze
    .why = Die eigene Grenze des Läufers, im Plan festgelegt.
rule-run-cap = Obergrenze pro Lauf
    .why = Die eigene Grenze des Läufers, im Plan festgelegt.
rule-ramp = Wöchentliche Steigerung
    .why = Die Methode: den Wochenumfang um höchstens 30 % in 3–4 Wochen steigern: steigern, halten, steigern.
rule-down-week = Entlastungswoche
    .why = Die Methode: etwa jede 4. Woche den Umfang ungefähr halbieren.
rule-session-spike = Sprung beim Einzellauf
    .why = Frandsen et al. 2025 (5.205 Läufer): Läufe, die über 10 % länger waren als der längste der letzten 30 Tage, erhöhten das Verletzungsrisiko.
rule-one-variable = Eine Stellschraube nach der anderen
    .why = Die Methode: immer nur eines ändern – Distanz, Intensität oder Untergrund.
rule-mastery = Festigen vor Steigern
    .why = Die Methode: ein Niveau 2–4 schmerzfreie Läufe lang halten, bevor es steigt.
rule-staged-start = Stufenweiser Einstieg
    .why = Lauf-Geh-Programme (Trials 2023, Tabelle zum Wiedereinstieg): das Verhältnis Laufen:Gehen stufenweise steigern, bei gleicher Dauer der Einheit, jede Stufe mindestens zweimal ohne Schmerzen.
rule-pain-progression = Schmerz und Muskelkater
    .why = Schmerzregeln (Fees et al. 1998): nach Schmerzen ruhen und nicht steigern; nach stechendem oder anhaltendem Schmerz einen Schritt zurück.
rule-walk-breaks = Gehpausen am Anfang
    .why = { $units ->
        [mi] Die Methode: in den ersten Monaten jede Viertelmeile eine Gehpause, und die Hügel gehen.
       *[km] Die Methode: in den ersten Monaten alle 400 m eine Gehpause, und die Hügel gehen.
    }
rule-rest-days = Ruhetage
    .why = Die Methode: Raum für Erholung lassen, und einen zusätzlichen Ruhetag, wann immer der Körper ihn verlangt.
rule-ten-percent = 10-%-Regel
    .why = Die 10-%-Regel ist verbreitet, aber eine Studie (Buist et al. 2008) fand keine Senkung der Verletzungen: nur ein Hinweis.
rule-acute-chronic = Akut:chronisch-Verhältnis
    .why = Gabbett 2016 bringt ein Verhältnis ab 1,5 mit Verletzungen in Verbindung; das Maß ist umstritten, daher nur ein Hinweis.
rule-readiness-checks = Tests vor dem ersten Lauf
    .why = Kliniken machen den ersten Lauf von einfachen Tests ohne Schmerzen, Hinken oder Beschwerden abhängig (klinische Praxis; nach der Geburt Goom et al. 2019).
rule-after-birth = 12 Wochen nach der Geburt
    .why = Goom, Donnelly & Brockwell 2019 (ACPSEM; Christopher et al. 2023): kein Laufen vor 12 Wochen nach der Geburt, egal welcher Art.
rule-merge-conflict = Konflikt beim Zusammenführen
    .why = Beide Kopien haben dasselbe unterschiedlich geändert; der Plan behält die gemeinsame Fassung, bis jemand entscheidet.

kind-run = Lauf
    .inline = Lauf
kind-run-walk = Lauf-Geh-Einheit
    .chip = L/G
    .inline = Lauf-Geh-Einheit
kind-walk = Gehen
    .inline = Gehen
kind-strength = Krafttraining
    .inline = Krafttraining
kind-rest = Ruhetag
    .inline = Ruhetag
kind-bike = Rad
    .inline = Rad
kind-swim = Schwimmen
    .inline = Schwimmen
kind-elliptical = Crosstrainer
    .inline = Crosstrainer
kind-anti-gravity = Antigravitationslaufband { $percent } %
    .inline = Antigravitationslaufband { $percent } %
kind-cross = Alternativtraining
    .inline = Alternativtraining
kind-run-walk-repeat = laufen { $run } / gehen { $walk } × { $repeats }

plan-effort-very-easy = sehr locker
plan-effort-easy = locker
plan-effort-steady = zügig
plan-effort-tempo = Tempo
plan-effort-speed = schnell
plan-terrain-track = Bahn
plan-terrain-treadmill = Laufband
plan-terrain-flat-road = flache Straße
plan-terrain-trail = Trail
plan-terrain-hills = Hügel

plan-raised = { $which ->
    [distance] die Distanz
    [effort] die Intensität
    [terrain] den Untergrund
    [distance-effort] Distanz und Intensität
    [distance-terrain] Distanz und Untergrund
    [effort-terrain] Intensität und Untergrund
   *[all] Distanz, Intensität und Untergrund
}

plan-pain-sharp = stechender Schmerz
plan-pain-during = Schmerz { $pain }/10 während des Laufs
plan-pain-next-day = Schmerz { $pain }/10 am nächsten Tag

plan-default-title = Mein Comeback

plan-error-no-such-session = Einheit { $id } ist nicht im Plan
plan-error-duplicate-id = die Einheiten-ID { $id } ist schon vergeben
plan-error-no-such-note = diese Notiz gibt es nicht mehr
plan-error-no-such-conflict = dieser Konflikt ist schon gelöst
plan-error-out-of-range = { $date } liegt außerhalb der Jahre, die ein Plan abdecken kann ({ $from } bis { $to })
plan-error-unknown-field = „{ $field }“ ist kein Feld einer Einheit, nach dem eine Zusammenführung fragt (date, kind, status, pain, actual, recorded, note oder session)
plan-error-plan-id = „{ $text }“ ist keine Plan-ID; erwartet werden 32 Hexadezimalziffern, nicht alle null
plan-error-revision = „{ $text }“ ist keine Revision; erwartet werden 32 Hexadezimalziffern
plan-error-setting-range = { $field } ist { $value }; erlaubt ist { $least } bis { $most }
plan-error-setting-number = { $field } ist { $value }; erlaubt ist eine Zahl von { $least } bis { $most }
plan-error-distance = die Distanz muss zwischen 0 und { $most } liegen, gefunden: { $value }
plan-error-minutes = die Minuten müssen zwischen 0 und { $most } liegen, gefunden: { $value }
plan-error-pain = der Schmerz muss zwischen 0 und 10 liegen, gefunden: { $value }

stop-sign-heaviness = Schwere-, Druck- oder Senkungsgefühl im Becken
stop-sign-leaking = Verlust von Urin oder Winden oder Stuhldrang
stop-sign-bleeding = Blutungen über den normalen Verlauf hinaus
stop-sign-pelvic-pain = Becken- oder Kreuzschmerzen
stop-sign-bulge = eine Vorwölbung entlang der Bauchmitte

check-comeback-injury = nach einer Verletzung
check-comeback-bone-stress = nach einer Knochenstressverletzung
check-comeback-birth = nach der Geburt
check-comeback-vaginal = nach einer vaginalen Geburt
check-comeback-perineal-tear = nach einer Geburt mit Dammriss
check-comeback-caesarean = nach einem Kaiserschnitt

check-brisk-walk = Zügiges Gehen
check-pain-free-walking-days = Gehen ohne Schmerzen
check-clearance = Freigabe zum Laufen durch Arzt oder Physio
check-pelvic-health = Beckenboden-Untersuchung
check-calf-raises = Einbeiniges Wadenheben
check-hops = Einbeinige Hüpfer auf der Stelle
check-single-leg-squat = Einbeinige Kniebeugen, kontrolliert
check-balance = Einbeinstand
check-jog-on-the-spot = Joggen auf der Stelle
check-forward-bounds = Sprünge nach vorn
check-running-man = Einbeiniger „Running Man“
check-bridge = Einbeinige Brücken
check-sit-to-stand = Einbeiniges Aufstehen vom Stuhl
check-side-leg-lift = Seitliches Beinheben im Liegen
check-amount = { $measure ->
    [minutes] { $name }, { $n } min
    [seconds-each-side] { $name }, { $n } s je Seite
    [each-side] { $name }, { $n } je Seite
    [times] { $name }, { $n }
    [days] { $n ->
        [one] { $name }, { $n } Tag
       *[other] { $name }, { $n } Tage am Stück
    }
   *[done] { $name }
}
check-passed = { $check }: bestanden am { $day }
check-not-passed = { $check }: noch nicht bestanden
check-source-postnatal = Goom, Donnelly & Brockwell, Returning to running postnatal (2019), vom ACPSEM unterstützt; Christopher et al., Delphi-Konsens im BJSM (2023)
    .short = Goom et al. 2019
check-source-clinic = Übliche klinische Kriterien bei Weichteil- und Knochenstressverletzungen der Beine (klinische Praxis, keine Studie legt die Zahlen fest)
    .short = klinische Praxis
plan-conflict = { $what }: bei mir { $ours }, bei ihnen { $theirs }

## Findings (src/rules)

rule-week-of = Woche ab { $date }
rule-list-and = { $rest } und { $last }
rule-list-or = { $first } oder { $rest }

rule-weekly-cap-over = Die { $week } { $done ->
        [yes] hatte
       *[no] hat
    } { $run } Laufumfang; die Wochenobergrenze liegt bei { $cap }.
rule-weekly-cap-over-fix = { $done ->
        [yes] Bleib in den nächsten Wochen bei höchstens { $cap }.
       *[no] Kürze einen Lauf dieser Woche oder lass ihn weg, um bei höchstens { $cap } zu bleiben.
    }

rule-run-cap-over = Der Lauf am { $day } { $done ->
        [yes] war
       *[no] ist
    } { $distance } lang; die Obergrenze pro Lauf liegt bei { $cap }.
rule-run-cap-over-fix = { $done ->
        [yes] Halte den nächsten Lauf bei höchstens { $cap }, oder verteile ihn auf zwei Tage mit einer Gehen-Einheit dazwischen.
       *[no] Kürze ihn auf { $cap }, oder verteile die Distanz auf zwei Tage mit einer Gehen-Einheit dazwischen.
    }

rule-ten-percent-over = Die { $week } { $done ->
        [yes] lag
       *[no] liegt
    } { $pct } über der Woche davor ({ $from } → { $to }); die verbreitete 10-%-Regel würde langsamer steigern.
rule-ten-percent-over-fix = { $done ->
        [yes] In Ordnung, wenn das Niveau gehalten wurde und nichts wehtut; sonst halte die nächste Woche bei { $from }.
       *[no] In Ordnung, wenn das Niveau gehalten wurde und nichts wehtut; sonst halte den Umfang der Vorwoche.
    }

rule-acute-chronic-high = Die { $week } hat ein Akut:chronisch-Verhältnis von { $ratio } ({ $run } gegenüber dem 4-Wochen-Schnitt); ab { $max } wird es mit Verletzungen in Verbindung gebracht.
rule-acute-chronic-high-fix = Verteile die Steigerung auf mehr Wochen, wenn der letzte Monat leichter war.

rule-rest-days-few = Die { $week } hat { $rest ->
        [0] keinen ganzen Ruhetag
        [one] { $rest } ganzen Ruhetag
       *[other] { $rest } ganze Ruhetage
    }; der Plan verlangt mindestens { $wanted }.
rule-rest-days-few-fix = Mach den leichtesten Tag zum Ruhetag; nimm dir einen zusätzlichen, wann immer der Körper ihn verlangt.

rule-merge-conflict-open = Eine Zusammenführung hat eine Frage offen gelassen: { $question }.
rule-merge-conflict-open-fix = Kläre den Konflikt bei { $what }: meine Fassung behalten oder ihre übernehmen (Tab „Konflikte“).

rule-session-spike-over = Der Lauf über { $distance } am { $day } { $done ->
        [yes] war
       *[no] ist
    } { $pct } länger als der längste Lauf der letzten { $window } Tage ({ $longest } am { $longest_day }).
rule-session-spike-over-fix = { $done ->
        [yes] Halte den nächsten Lauf bei höchstens { $cap } (+{ $allowed } %).
       *[no] Halte ihn bei höchstens { $cap } (+{ $allowed } %).
    }

rule-consecutive-run-days-pair = Die Läufe am { $first } und am { $last } { $done ->
        [yes] lagen
       *[no] liegen
    } an aufeinanderfolgenden Tagen; in den ersten { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } (bis { $until }) liegt ein Tag zwischen den Läufen.
rule-consecutive-run-days-double = { $done ->
        [yes] Am { $day } gab es zwei Läufe
       *[no] Am { $day } stehen zwei Läufe
    }; in den ersten { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } (bis { $until }) liegt ein Tag zwischen den Läufen.
rule-consecutive-run-days-fix-done = Lass zwischen den nächsten Läufen einen Tag frei; geh an den Tagen dazwischen.
rule-consecutive-run-days-fix-walk = Geh am { $weekday }, statt zu laufen, oder verschieb den Lauf auf einen freien Tag.
rule-consecutive-run-days-fix-move = Verschieb den Lauf vom { $weekday } auf { $next }, oder geh stattdessen.
rule-consecutive-run-days-fix-join = Leg sie zu einem Lauf zusammen, oder geh beim zweiten.

rule-down-week-missing = Die { $week } { $done ->
        [yes] war
       *[no] ist
    } die { $streak }. Aufbauwoche in Folge; der Plan setzt nach { $limit ->
        [one] { $limit } Aufbauwoche
       *[other] { $limit } Aufbauwochen
    } eine Entlastungswoche von höchstens { $most } ({ $pct } % von { $peak }).
rule-down-week-missing-fix = { $done ->
        [yes] Mach die nächste Woche zur Entlastungswoche mit etwa { $half }.
       *[no] Mach die { $week } zur Entlastungswoche mit etwa { $half }.
    }

rule-one-variable-raised = Der Lauf am { $day } { $done ->
        [yes] steigerte
       *[no] steigert
    } { $raised } gegenüber dem Lauf davor ({ $before }); ändere immer nur eines.
rule-one-variable-raised-fix = { $done ->
        [yes] Geh beim nächsten Lauf zurück auf { $keep }, und ändere immer nur eines.
       *[no] Behalte vorerst { $keep } bei.
    }
rule-one-variable-keep = { $what ->
        [terrain] den Untergrund ({ $value })
        [effort] die Intensität ({ $value })
       *[distance] die Distanz ({ $value })
    }

rule-mastery-early = Der Lauf am { $day } { $done ->
        [yes] steigerte
       *[no] steigert
    } { $raised } nach { $held ->
        [one] { $held } schmerzfreien Lauf
       *[other] { $held } schmerzfreien Läufen
    } auf { $done ->
        [yes] dem Niveau davor
       *[no] dem aktuellen Niveau
    }; der Plan hält ein Niveau { $needed } Läufe lang.
rule-mastery-early-fix = { $done ->
        [yes] Halte { $needed ->
            [one] den nächsten Lauf
           *[other] die nächsten { $needed } Läufe
        } bei { $was }, bevor das Niveau steigt.
       *[no] Wiederhole das aktuelle Niveau erst noch { $left }-mal.
    }

rule-staged-start-after-pain = { $kind ->
        [run] Der durchgehende Lauf
       *[run-walk] Die Lauf-Geh-Einheit
    } am { $day } { $done ->
        [yes] ging
       *[no] geht
    } nach Schmerzen am { $pain_day } weiter, mit { $clean ->
        [one] { $clean } schmerzfreien Lauf
       *[other] { $clean } schmerzfreien Läufen
    } seitdem; der stufenweise Einstieg hält eine Stufe { $needed }-mal ohne Schmerzen.
rule-staged-start-after-pain-fix = { $done ->
        [yes] Halte { $needed ->
            [one] den nächsten Lauf
           *[other] die nächsten { $needed } Läufe
        } schmerzfrei bei { $share } Laufanteil, bevor es weitergeht.
       *[no] Wiederhole die Stufe erst noch { $left }-mal schmerzfrei.
    }
rule-staged-start-jump = { $kind ->
        [run] Der durchgehende Lauf
       *[run-walk] Die Lauf-Geh-Einheit
    } am { $day } { $done ->
        [yes] sprang
       *[no] springt
    } von { $from } Laufanteil auf { $to }; der stufenweise Einstieg steigert das Verhältnis Laufen:Gehen eine Stufe nach der anderen, um höchstens ein Drittel der Einheit.
rule-staged-start-jump-fix = { $done ->
        [yes] Mach die nächsten Läufe zu einer Zwischenstufe, und halte sie wie die anderen.
       *[no] Schieb eine Zwischenstufe ein, und halte sie wie die anderen.
    }
rule-staged-start-both = { $kind ->
        [run] Der durchgehende Lauf
       *[run-walk] Die Lauf-Geh-Einheit
    } am { $day } { $done ->
        [yes] steigerte
       *[no] steigert
    } den Laufanteil ({ $from } → { $to }) und die Dauer der Einheit ({ $from_minutes } → { $to_minutes } min) zugleich; der stufenweise Einstieg ändert eines nach dem anderen.
rule-staged-start-both-fix = { $done ->
        [yes] Halte die nächsten Einheiten dieser Stufe bei { $from_minutes } min.
       *[no] Halte die Einheit auf dieser Stufe bei { $from_minutes } min.
    }
rule-staged-start-next-day = { $kind ->
        [run] Der durchgehende Lauf
       *[run-walk] Die Lauf-Geh-Einheit
    } am { $day } { $done ->
        [yes] kam
       *[no] kommt
    } einen Tag nach dem Lauf am { $before }; der stufenweise Einstieg lässt einen Tag zwischen den Läufen.
rule-staged-start-next-day-fix = Geh an dem Tag zwischen den Läufen.

rule-pain-soreness = Muskelkater { $pain }/10 am nächsten Tag
rule-pain-stop-signs = { $why }: aufhören und Rat holen
rule-pain-progression-early = Nach dem Lauf am { $day } ({ $why }) { $same_day ->
        [yes] { $problem ->
            [soon] { $done ->
                [yes] kam ein zweiter Lauf am selben Tag
               *[no] kommt ein zweiter Lauf am selben Tag
            } vor Ablauf { $rest ->
                [one] eines Ruhetags
               *[other] von { $rest } Ruhetagen
            }
            [soon-raised] { $done ->
                [yes] kam ein zweiter Lauf am selben Tag
               *[no] kommt ein zweiter Lauf am selben Tag
            } vor Ablauf { $rest ->
                [one] eines Ruhetags
               *[other] von { $rest } Ruhetagen
            } und { $done ->
                [yes] steigerte
               *[no] steigert
            } { $raised }
           *[raised] { $done ->
                [yes] steigerte ein zweiter Lauf am selben Tag
               *[no] steigert ein zweiter Lauf am selben Tag
            } { $raised }
        }
       *[no] { $problem ->
            [soon] { $done ->
                [yes] kam der Lauf am { $next }
               *[no] kommt der Lauf am { $next }
            } vor Ablauf { $rest ->
                [one] eines Ruhetags
               *[other] von { $rest } Ruhetagen
            }
            [soon-raised] { $done ->
                [yes] kam der Lauf am { $next }
               *[no] kommt der Lauf am { $next }
            } vor Ablauf { $rest ->
                [one] eines Ruhetags
               *[other] von { $rest } Ruhetagen
            } und { $done ->
                [yes] steigerte
               *[no] steigert
            } { $raised }
           *[raised] { $done ->
                [yes] steigerte der Lauf am { $next }
               *[no] steigert der Lauf am { $next }
            } { $raised }
        }
    }; nach Schmerzen ruht die Methode { $rest ->
        [one] einen Tag
       *[other] { $rest } Tage
    } und steigert nicht.
rule-pain-progression-early-fix = { $done ->
        [yes] Lauf danach { $rest ->
            [one] einen Tag
           *[other] { $rest } Tage
        } nicht, dann { $rest ->
            [one] wiederhole das Niveau
           *[other] geh einen Schritt zurück
        }; geh in der Zwischenzeit.
       *[no] Lauf frühestens am { $from } wieder und { $rest ->
            [one] wiederhole das Niveau
           *[other] geh einen Schritt zurück
        }; geh in der Zwischenzeit.
    }
rule-pain-progression-seek-advice = Hör auf und hol dir Rat (bei einer Beckenboden-Physiotherapeutin), bevor du wieder läufst.

rule-walk-breaks-early = { $many ->
        [yes] Die Läufe am { $days } { $reason ->
            [continuous-hills] { $done ->
                [yes] waren
               *[no] sind
            } durchgehende Läufe am Hügel
            [continuous] { $done ->
                [yes] hatten
               *[no] haben
            } keine Gehpausen
           *[hills] { $done ->
                [yes] waren
               *[no] sind
            } am Hügel
        }
       *[no] Der Lauf am { $days } { $reason ->
            [continuous-hills] { $done ->
                [yes] war
               *[no] ist
            } ein durchgehender Lauf am Hügel
            [continuous] { $done ->
                [yes] hatte
               *[no] hat
            } keine Gehpausen
           *[hills] { $done ->
                [yes] war
               *[no] ist
            } am Hügel
        }
    }; in den ersten { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    } setzt die Methode auf häufige Gehpausen, und Hügel werden gegangen.
rule-walk-breaks-early-fix = { $reason ->
        [continuous-hills] { $make }, und wähl eine flache Strecke oder geh die Hügel.
        [continuous] { $make }.
       *[hills] Wähl eine flache Strecke oder geh die Hügel.
    }
rule-walk-breaks-make = { $done ->
        [yes] Mach den nächsten Lauf zur Lauf-Geh-Einheit
       *[no] { $many ->
            [yes] Mach sie zu Lauf-Geh-Einheiten
           *[no] Mach ihn zur Lauf-Geh-Einheit
        }
    } mit einer Gehpause { $units ->
        [mi] nach jeder Viertelmeile
       *[km] alle 400 m
    }

rule-readiness-checks-open = { $many ->
        [yes] { $runs } Läufe vom { $first } bis { $last } { $done ->
            [yes] kamen
           *[no] kommen
        }
       *[no] { $kind ->
            [run] Der Lauf
           *[run-walk] Die Lauf-Geh-Einheit
        } am { $first } { $done ->
            [yes] kam
           *[no] kommt
        }
    }, bevor { $open ->
        [one] { $open } Test bestanden { $done ->
            [yes] war
           *[no] ist
        }
       *[other] { $open } Tests bestanden { $done ->
            [yes] waren
           *[no] sind
        }
    }: { $checks }.
rule-readiness-checks-open-fix = { $done ->
        [yes] Warte mit dem nächsten Lauf, bis die offenen Tests { $birth ->
            [yes] ohne Schmerzen, Schwere, Senkungsgefühl oder Urinverlust
           *[no] ohne Schmerzen oder Hinken
        } bestanden sind; geh und mach in der Zwischenzeit das Krafttraining.
       *[no] Geh und mach das Krafttraining, bis jeder Test { $birth ->
            [yes] ohne Schmerzen, Schwere, Senkungsgefühl oder Urinverlust
           *[no] ohne Schmerzen oder Hinken
        } bestanden ist; hak ihn im Tab „Bereit“ mit dem Tag ab, an dem er bestanden wurde.
    }

rule-after-birth-early = { $many ->
        [yes] { $runs } Läufe vom { $first } bis { $last } { $done ->
            [yes] lagen
           *[no] liegen
        } { $since_first } bis { $since_last } nach der Geburt
       *[no] { $kind ->
            [run] Der Lauf
           *[run-walk] Die Lauf-Geh-Einheit
        } am { $first } { $done ->
            [yes] lag
           *[no] liegt
        } { $since_first } nach der Geburt
    }; die Leitlinie nach der Geburt (Goom et al. 2019) sieht kein Laufen vor { $weeks } Wochen nach der Geburt vor, egal welcher Art, und eine Beckenboden-Untersuchung ab 6 Wochen.
rule-after-birth-longer = { $birth ->
        [caesarean] Nach einem Kaiserschnitt kann es länger dauern.
       *[perineal-tear] Nach einem Dammriss kann es länger dauern.
    }
rule-after-birth-early-fix = { $done ->
        [yes] Geh und mach das Krafttraining, das die Tests verlangen, bis { $from }; lauf dann, sobald die Tests bestanden sind.
       *[no] { $many ->
            [yes] Geh stattdessen
           *[no] Geh stattdessen
        } und mach in der Zwischenzeit das Krafttraining, das die Tests verlangen; lauf ab { $from }, sobald die Tests bestanden sind.
    }
rule-after-birth-since = { $weeks ->
        [0] { $days ->
            [one] { $days } Tag
           *[other] { $days } Tage
        }
       *[other] { $days ->
            [0] { $weeks ->
                [one] { $weeks } Woche
               *[other] { $weeks } Wochen
            }
           *[other] { $weeks ->
                [one] { $weeks } Woche
               *[other] { $weeks } Wochen
            } und { $days ->
                [one] { $days } Tag
               *[other] { $days } Tage
            }
        }
    }

rule-ramp-over = Die { $week } { $done ->
        [yes] hatte
       *[no] hat
    } { $run } Laufumfang, { $pct } über { $base ->
        [counted] { $level }, dem Niveau für den Wiedereinstieg nach { $days_off } Tagen ohne Laufen, davon { $counted } wegen des Alternativtrainings gezählt ({ $share ->
            [half] die Hälfte
           *[third] ein Drittel
        } der vorher gehaltenen { $held })
        [break] { $level }, dem Niveau für den Wiedereinstieg nach { $days_off } Tagen ohne Laufen ({ $share ->
            [half] die Hälfte
           *[third] ein Drittel
        } der vorher gehaltenen { $held })
       *[established] dem gefestigten Niveau von { $level }
    }; der Plan erlaubt { $max } % pro { $window ->
        [one] Woche
       *[other] { $window } Wochen
    }.
rule-ramp-over-fix = { $base ->
        [established] { $done ->
            [yes] Halte die nächsten Wochen bei höchstens { $allowed }, und steigere erst nach { $window ->
                [one] { $window } Woche
               *[other] { $window } Wochen
            } auf diesem Niveau wieder.
           *[no] Halte diese Woche bei höchstens { $allowed }, und steigere erst nach { $window ->
                [one] { $window } Woche
               *[other] { $window } Wochen
            } auf diesem Niveau wieder.
        }
       *[other] { $done ->
            [yes] Halte die nächsten Wochen bei höchstens { $allowed }, und steigere in Schritten von { $max } % pro { $window ->
                [one] Woche
               *[other] { $window } Wochen
            }.
           *[no] Steig diese Woche mit höchstens { $allowed } wieder ein, und steigere in Schritten von { $max } % pro { $window ->
                [one] Woche
               *[other] { $window } Wochen
            }.
        }
    }

## The step back after pain (src/stepback)

step-back-summary = { $flare ->
        [soreness] { $why }, eine leichte Reizung
        [severe] { $why } ist stark, keine leichte Reizung
        [sharp] Stechender Schmerz ist nicht das normale Ziehen beim Wiedereinstieg
       *[pain] { $why }
    }: { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } ohne Laufen, dann { $back ->
        [0] dasselbe Niveau
        [1] das Niveau davor
       *[other] { $back } Niveaus tiefer
    }, { $repeats ->
        [one] einmal
       *[other] { $repeats }-mal
    }, bevor es weitergeht{ $dropped ->
        [yes] ; den Rest der Woche gehen, als Entlastungswoche
       *[no] {""}
    }{ $capped ->
        [yes] ; die nächsten Wochen bei dem, was die Steigerung über der leichteren Woche erlaubt
       *[no] {""}
    }.
step-back-cost = Das kostet { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }: zurück auf dem Niveau dieses Laufs am { $back }, nicht am { $planned }.
step-back-cost-none = Das kostet keinen Tag: zurück auf dem Niveau dieses Laufs am { $back }, wie geplant.
step-back-cost-too-few = Die verbleibenden Wochen reichen nicht, um zurück auf das Niveau dieses Laufs zu kommen (wieder geplant am { $planned }).
step-back-see-professional = Geh zu einer Fachperson, wenn es nicht abklingt.
step-back-change-terrain = { $text }, auf { $to } statt { $from }
step-back-change-effort = { $text }, { $to } statt { $from }

## A new plan from the method (src/generate)

new-plan-title = Comeback nach der Methode
new-plan-error-no-days = wähl mindestens einen Wochentag
new-plan-error-weeks = plane zwischen 1 und { $most } Wochen
new-plan-error-distance = { $field ->
        [current] Der aktuelle Wochenumfang
        [flare] Die Distanz beim Rückfall
       *[cap] Die Wochenobergrenze
    } muss eine Distanz von 0 bis 10.000 sein
new-plan-error-birth-date = gib das Datum der Geburt an: kein Lauf vor 12 Wochen danach
new-plan-error-since-after-start = das Datum der Verletzung oder der Geburt darf nicht nach dem ersten Tag des Plans liegen
new-plan-check-note-start = Die Tests vor dem ersten Lauf
new-plan-check-note = Die Tests vor dem ersten Lauf, jeder { $birth ->
        [yes] ohne Schmerzen, Schwere, Senkungsgefühl oder Urinverlust
       *[no] ohne Schmerzen, Hinken oder Beschwerden
    }: { $checks }. Hak jeden bestandenen in den Tests des Plans ab; die Läufe warten, bis alle bestanden sind.
new-plan-week-checks = Gehen, Krafttraining, die Tests am { $day }
new-plan-week-strength = Gehen, Krafttraining
new-plan-week-walks = Gehen

## Editing (src/edit)

edit-untitled = Unbenannter Plan
edit-add = { $kind } hinzufügen
edit-copy = { $kind } kopieren
edit-move = { $kind } verschieben
edit-paste = { $kind } einfügen
edit-paste-week = Woche einfügen
edit-copied = { $kind } kopiert
edit-copied-week = Woche ab { $week } kopiert ({ $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    })
edit-merge = { $name } zusammenführen
