# window: see src/i18n/mod.rs for which part of the app this file speaks for.

## The window's title and the names of its regions for a screen reader

# $name: the plan's file name; $dirty: "yes" when there are unsaved changes
app-title = { $name }{ $dirty ->
    [yes] {" "}•
   *[no] {""}
} — Comeback
app-region-status = Barra de estado
app-region-palette = Paleta
app-region-load = Carga semanal
app-region-calendar = Calendario
app-log-next-day = Registrar el dolor al día siguiente

## The menu bar

menu-file = Archivo
menu-edit = Editar
menu-view = Ver
menu-open-recent = Abrir reciente
menu-no-recent = No hay archivos recientes
menu-export = Exportar
menu-history-step = { $command }: { $step }
menu-load-chart = Gráfico de carga
    .tooltip = Volumen semanal de carrera, bajo el calendario
menu-theme = Tema
menu-theme-system = Como el sistema
menu-theme-light = Claro
menu-theme-dark = Oscuro
menu-units = Mostrar distancias en
menu-units-plan = Las unidades del plan
menu-units-miles = Millas
menu-units-km = Kilómetros
menu-week-start = Empezar las semanas el
menu-week-start-plan = El día del plan
menu-week-start-monday = Lunes
menu-week-start-sunday = Domingo
menu-language = Idioma

## The status bar

status-not-saved = aún sin guardar
status-language = La ventana ahora habla { $name }
status-lens = Mostrado en { $units }, semanas desde el { $start ->
    [sunday] domingo
   *[monday] lunes
} ·
    .tooltip = Tu preferencia (menú Ver). El archivo conserva la suya: { $units }, semanas desde el { $start ->
        [sunday] domingo
       *[monday] lunes
    }.
autosave-failed = Falló el guardado automático: { $error }

## The calendar's toolbar

toolbar-today = Hoy

## The side panel

side-panel = Panel lateral
side-hide = Ocultar el panel lateral
side-show = Mostrar el panel lateral
side-tab-session = Sesión
side-tab-findings = Observaciones ({ $n })
side-tab-rules = Reglas
side-tab-plan = Plan
side-tab-ready = Preparación
side-tab-compare = ⇄ Comparar ({ $n })
side-tab-athletes = Atletas ({ $n })
side-tab-conflicts = ⚠ Conflictos ({ $n })
