# editor: see src/i18n/mod.rs for which part of the app this file speaks for.

## Commands (src/ui/command.rs): the text is the menu entry and the command's accessible name,
## .tooltip its hover text. Shortcuts (Ctrl+Z …) are added by the code.

command-new = Nuevo plan
    .tooltip = Empezar un plan vacío
command-new-from-method = Nuevo según el método…
    .tooltip = Responde unas preguntas y obtén un plan de carrera-caminata que sigue el método, con vista previa
command-open = Abrir…
    .tooltip = Abrir un archivo de plan (.ron)
command-open-folder = Abrir carpeta…
    .tooltip = Listar todos los planes de una carpeta (uno por atleta), primero lo que requiere atención
command-save = Guardar
    .tooltip = Guardar el plan en su archivo
command-save-as = Guardar como…
    .tooltip = Guardar el plan en un archivo nuevo
command-duplicate-as-new = Duplicar como plan nuevo…
    .tooltip = Empezar otro plan a partir de este (otra atleta, otra temporada): una copia con identidad propia, cuyos eventos de calendario nunca sustituyen a los de este plan
command-compare = Comparar con…
    .tooltip = Abrir otra versión de este plan (la de tu entrenador, por ejemplo) y elegir qué tomar de ella
command-merge-with = Combinar con…
    .tooltip = Tomar los cambios de otra copia de este plan (la de tu entrenador, por ejemplo) y conservar los tuyos; solo pregunta donde ambos cambiaron lo mismo
command-export-pdf = Exportar PDF…
    .tooltip = Escribir los meses y las observaciones del plan en un PDF, para imprimir o enviar
command-export-png = Exportar imágenes PNG…
    .tooltip = Escribir las páginas del plan como imágenes (una por página), para apps de mensajería
command-export-ics = Exportar calendario (ICS)…
    .tooltip = Escribir un evento de día completo por sesión, para el calendario del móvil o del ordenador
command-export-csv = Exportar hoja de cálculo (CSV)…
    .tooltip = Escribir una fila por sesión, para una hoja de cálculo (se importa con `comeback import-csv`)
# GARMIN/NewFiles is the folder's name on the watch: keep it as it is.
command-export-workouts = Exportar entrenamientos al reloj…
    .tooltip = Escribir un entrenamiento FIT por cada carrera, carrera-caminata y caminata planificada en la carpeta GARMIN/NewFiles de un reloj (o cualquier carpeta), para que el reloj pite en cada cambio
command-send-to-watch = Enviar sesión al reloj…
    .tooltip = Escribir el entrenamiento FIT de la sesión seleccionada en la carpeta GARMIN/NewFiles de un reloj
command-import-runs = Importar carreras…
    .tooltip = Registrar carreras grabadas por un reloj o Strava (archivos FIT, GPX, TCX o una carpeta con ellos): cada una se asocia a su sesión planificada y se muestra antes de cambiar nada
command-print = Imprimir…
    .tooltip = Abrir el PDF del plan en el visor de PDF del sistema, que lo imprime con «Imprimir»
command-quit = Salir
    .tooltip = Cerrar Comeback
command-undo = Deshacer
    .tooltip = Deshacer el último cambio
command-redo = Rehacer
    .tooltip = Rehacer el último cambio deshecho
command-copy = Copiar sesión
    .tooltip = Copiar la sesión seleccionada, para pegarla en otro día
command-copy-week = Copiar semana
    .tooltip = Copiar todas las sesiones de la semana del día seleccionado
command-paste = Pegar
    .tooltip = Pegar la sesión o la semana copiada en el día seleccionado
command-delete = Eliminar sesión
    .tooltip = Eliminar la sesión seleccionada
# The calendar's toolbar: the month (or weeks) before and after.
command-previous = Anterior
    .tooltip = Mostrar el mes anterior (o las semanas anteriores)
command-next = Siguiente
    .tooltip = Mostrar el mes siguiente (o las semanas siguientes)
command-today = Hoy
    .tooltip = Mostrar y seleccionar hoy
# The calendar's zoom, on a tight toolbar: keep these short.
command-zoom-two-weeks = 2 semanas
    .tooltip = Mostrar dos semanas
command-zoom-four-weeks = 4 semanas
    .tooltip = Mostrar cuatro semanas
command-zoom-month = Mes
    .tooltip = Mostrar el mes entero
command-select-left = Seleccionar día anterior
    .tooltip = Seleccionar el día anterior
command-select-right = Seleccionar día siguiente
    .tooltip = Seleccionar el día siguiente
command-select-up = Seleccionar semana anterior
    .tooltip = Seleccionar el mismo día una semana antes
command-select-down = Seleccionar semana siguiente
    .tooltip = Seleccionar el mismo día una semana después
command-move-left = Mover sesión un día antes
    .tooltip = Mover la sesión seleccionada al día anterior, con su registro y sus notas
command-move-right = Mover sesión un día después
    .tooltip = Mover la sesión seleccionada al día siguiente, con su registro y sus notas
command-move-up = Mover sesión una semana antes
    .tooltip = Mover la sesión seleccionada una semana antes, con su registro y sus notas
command-move-down = Mover sesión una semana después
    .tooltip = Mover la sesión seleccionada una semana después, con su registro y sus notas
command-cancel = Cancelar
    .tooltip = Cancelar el arrastre o quitar la selección

## The palette (src/ui/palette.rs): new sessions to drag onto days, and the trash.

palette-title = Añadir una sesión
palette-hint = Arrastra a un día, o selecciona un día y haz clic
# The accessible name of a palette entry; $kind is the kind's name ("Run", "Strength").
palette-new = Añadir { $kind }
    .tooltip = Arrastra a un día, o haz clic (Intro) para añadir una al día seleccionado
# The palette's short name for an anti-gravity treadmill run.
palette-anti-gravity = Antigravedad
palette-trash = Papelera
    .hint = Suelta aquí una sesión para eliminarla

## The session editor (src/ui/editor.rs): the selected session's fields, or the selected day.

editor-empty = Selecciona una sesión para editarla.
    .hint = Arrastra una sesión de la paleta a un día para añadirla; haz clic en una sesión para seleccionarla.
editor-day-before = ◀ Día antes
    .tooltip = Moverla al día anterior
editor-day-after = Día después ▶
    .tooltip = Moverla al día siguiente
editor-kind = Tipo
editor-status = Estado
# The session's own note: what to do and how.
editor-note = Nota
    .tooltip = Qué hacer y cómo; la conversación va en Notas
# What Undo undoes after a change in the editor ("Undo edit session").
editor-edit-session = Editar sesión
editor-distance = Distancia
    .tooltip = Si se fija la distancia
editor-duration = Duración
    .tooltip = Si se fija la duración
# A run/walk's two parts, each by time or by distance.
editor-run-segment = Carrera
editor-walk-segment = Caminata
editor-by-time = por tiempo
editor-by-distance = por distancia
# How many times a run/walk's run and walk are done.
editor-repeats = Repeticiones
# The share of body weight an anti-gravity treadmill carries.
editor-body-weight = Peso corporal
editor-effort = Esfuerzo
editor-terrain = Terreno
# After a painful run. $why is the pain in words ("pain 5/10 during"); $days the days to rest
# from running (1 or 2); $step is "back" (step back a level) or "repeat" (repeat the level).
editor-step-back-asks = { $why }: el método pide { $days ->
        [one] un día
       *[other] { $days } días
    } sin correr y después { $step ->
        [back] retroceder un nivel
       *[repeat] repetir el nivel
    }.
editor-step-back = Retroceder el plan…
editor-nothing-to-step-back = Nada que retroceder
    .tooltip = Las próximas semanas ya hacen lo que pide este dolor
editor-day-empty = Nada planificado. Arrastra una sesión de la paleta al día para añadirla.
editor-day-session =
    .tooltip = Editar esta sesión
editor-notes = Notas
    .empty = Aún no hay notas.
editor-notes-day = Notas del día
# Undo's name for removing a note ("Undo remove note").
editor-remove-note = Quitar nota
    .tooltip = Quitar esta nota
editor-author = Tu nombre
    .hint = p. ej., Entrenador
    .tooltip = Firma tus notas; se guarda en tus preferencias
editor-new-note = Nota nueva
    .hint = Escribe una nota; Intro la añade
editor-add-note = Añadir nota
editor-distance-done = Distancia realizada
    .tooltip = Si se anota la distancia realizada
editor-time-done = Tiempo realizado
    .tooltip = Si se anota el tiempo realizado
editor-pain-during = Dolor durante
editor-pain-next-day = Dolor al día siguiente
editor-sharp-pain = Dolor agudo
    .check = no un dolor sordo
    .tooltip = Dolor agudo, no un dolor sordo

## The rules panel (src/ui/settings.rs): the plan's limits and each rule's switch.

settings-limits = Límites
settings-weekly-cap = Límite semanal
    .tooltip = Si el plan tiene un límite semanal
settings-run-cap = Límite por carrera
    .tooltip = Si el plan tiene un límite por carrera
settings-starting-distance = Distancia semanal inicial
# Each label is followed by a number and its unit below ("Alternate days for  12 weeks").
settings-alternate-days = Días alternos durante
settings-walk-breaks = Pausas de caminata durante
settings-ramp-window = Progresión medida en
settings-down-week-every = Semana de descarga tras
settings-mastery-runs = Carreras para dominar un nivel
settings-rest-days = Días de descanso por semana
# Units after a number field; $n is the number in the field.
settings-unit-weeks = { $n ->
        [one] semana
       *[other] semanas
    }
settings-unit-build-weeks = { $n ->
        [one] semana de progresión
       *[other] semanas de progresión
    }
settings-unit-runs = { $n ->
        [one] carrera
       *[other] carreras
    }
settings-unit-days = { $n ->
        [one] día
       *[other] días
    }
# Percentages: each label is followed by a number and "%".
settings-ramp-max = Progresión máxima
settings-down-week-max = Semana de descarga como máximo
    .unit = % del pico
settings-spike-warning = Aviso por salto de más de
settings-spike-error = Error por salto de más de
settings-week-on-week = Consejo por subida semanal de más de
# The acute:chronic workload ratio, a number such as 1.5.
settings-acute-chronic = Consejo con agudo:crónico desde
# Followed by minutes per mile or km.
settings-easy-pace = Ritmo suave
settings-pain-threshold = Umbral de dolor
settings-rules = Reglas
    .hint = Desactiva una regla o cambia la gravedad de sus observaciones.
# A rule's findings keep the severity the rule gives them.
settings-severity-default = predeterminada
# What Undo undoes after a change in the rules panel ("Undo change rules").
settings-change-rules = Cambiar reglas

## The plan panel (src/ui/settings.rs): who the plan is for, the injury, dates and units.

settings-title = Título
settings-athlete = Atleta
settings-coach = Entrenador
settings-contact = Contacto
settings-injury = Lesión
settings-injury-date = Fecha de la lesión
settings-goal = Objetivo
settings-start = Inicio
# A date field: .hint is shown in the empty field, the others under it when what is typed is
# not a date the plan can hold. Dates are typed as year-month-day in every language.
settings-date =
    .hint = AAAA-MM-DD
    .out-of-range = Elige una fecha entre 1900 y 2199
    .unreadable = Escribe la fecha como AAAA-MM-DD, p. ej., 2026-11-16
settings-units = Unidades
    .miles = millas
    .km = km
    .tooltip = Cambiar las unidades convierte todas las distancias
settings-week-start = La semana empieza el
settings-notes = Notas
# What Undo undoes after a change in the plan panel ("Undo edit plan details").
settings-edit-details = Editar los datos del plan
