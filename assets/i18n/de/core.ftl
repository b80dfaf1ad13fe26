# Datum, Zahlen, Anzahlen und die Wörter des Plans. Ein Datum wird aus seinen Teilen gebaut:
# $weekday und $month sind die Namen unten, $day der Tag im Monat, $year das Jahr, $time "16:45".

weekday-short = { $day ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
weekday-long = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
month-long = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}

date-day = { $weekday }, { $day }. { $month }
date-day-year = { $weekday }, { $day }. { $month } { $year }
date-day-in-month = { $weekday }, { $day }.
date-date = { $day }. { $month }
date-date-year = { $day }. { $month } { $year }
date-long = { $weekday }, { $day }. { $month } { $year }
date-month = { $month } { $year }
date-month-short = { $month } { $year }
date-day-year-time = { $weekday }, { $day }. { $month } { $year }, { $time }
date-day-time = { $weekday }, { $day }. { $month }, { $time }
date-date-time = { $day }. { $month }, { $time }

count-activity = { $n ->
    [one] { $n } Aktivität
   *[other] { $n } Aktivitäten
}
count-advice = { $n ->
    [one] { $n } Hinweis
   *[other] { $n } Hinweise
}
count-build-week = { $n ->
    [one] { $n } Aufbauwoche
   *[other] { $n } Aufbauwochen
}
count-check = { $n ->
    [one] { $n } Test
   *[other] { $n } Tests
}
count-column = { $n ->
    [one] { $n } Spalte
   *[other] { $n } Spalten
}
count-comment = { $n ->
    [one] { $n } Kommentar
   *[other] { $n } Kommentare
}
count-conflict = { $n ->
    [one] { $n } Konflikt
   *[other] { $n } Konflikte
}
count-control-character = { $n ->
    [one] { $n } Steuerzeichen
   *[other] { $n } Steuerzeichen
}
count-day = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
count-difference = { $n ->
    [one] { $n } Unterschied
   *[other] { $n } Unterschiede
}
count-error = { $n ->
    [one] { $n } Fehler
   *[other] { $n } Fehler
}
count-file = { $n ->
    [one] { $n } Datei
   *[other] { $n } Dateien
}
count-finding = { $n ->
    [one] { $n } Befund
   *[other] { $n } Befunde
}
count-full-rest-day = { $n ->
    [one] { $n } ganzer Ruhetag
   *[other] { $n } ganze Ruhetage
}
count-new-session = { $n ->
    [one] { $n } neue Einheit
   *[other] { $n } neue Einheiten
}
count-plan = { $n ->
    [one] { $n } Plan
   *[other] { $n } Pläne
}
count-run = { $n ->
    [one] { $n } Lauf
   *[other] { $n } Läufe
}
count-session = { $n ->
    [one] { $n } Einheit
   *[other] { $n } Einheiten
}
count-time = { $n ->
    [one] { $n }-mal
   *[other] { $n }-mal
}
count-warning = { $n ->
    [one] { $n } Warnung
   *[other] { $n } Warnungen
}
count-week = { $n ->
    [one] { $n } Woche
   *[other] { $n } Wochen
}
count-workout = { $n ->
    [one] { $n } Trainingseinheit
   *[other] { $n } Trainingseinheiten
}
