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
menu-units-plan = Einheiten des Plans
menu-units-miles = Meilen
menu-units-km = Kilometern
menu-week-start = Wochen beginnen am
menu-week-start-plan = Tag des Plans
menu-week-start-monday = Montag
menu-week-start-sunday = Sonntag
menu-language = Sprache

## The status bar

status-not-saved = noch nicht gespeichert
status-language = Das Fenster spricht jetzt { $name }
status-lens = Angezeigt in { $units }, Wochen ab { $start ->
    [sunday] Sonntag
   *[monday] Montag
} ·
    .tooltip = Deine Einstellung (Menü Ansicht). Die Datei behält ihre eigene: { $units }, Wochen ab { $start ->
        [sunday] Sonntag
       *[monday] Montag
    }.
autosave-failed = Automatisches Sichern fehlgeschlagen: { $error }

## The calendar's toolbar

toolbar-today = Heute

## The side panel

side-panel = Seitenleiste
side-hide = Seitenleiste ausblenden
side-show = Seitenleiste einblenden
side-tab-session = Einheit
side-tab-findings = Befunde ({ $n })
side-tab-rules = Regeln
side-tab-plan = Plan
side-tab-ready = Bereit
side-tab-compare = ⇄ Vergleich ({ $n })
side-tab-athletes = Athleten ({ $n })
side-tab-conflicts = ⚠ Konflikte ({ $n })
