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
status-language = Idioma: { $name }
status-lens = Mostrado en { $units }, semanas desde el { $start ->
    [sunday] domingo
   *[monday] lunes
} ·
    .tooltip = Tu preferencia (menú Ver). El archivo conserva la suya: { $units }, semanas desde el { $start ->
        [sunday] domingo
       *[monday] lunes
    }.
autosave-failed = Falló el guardado automático: { $error }

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

## Banners across the top of the window

banner-dismiss = Cerrar
banner-outside = ⚠ Otro programa ha cambiado { $name } desde que lo abriste (¿tu entrenador guardó su copia encima, una carpeta sincronizada?). No se ha sobrescrito nada.
banner-outside-merge = Combinar
    .tooltip = Tomar los cambios del archivo y conservar los tuyos; solo pregunta donde ambos cambiaron lo mismo
banner-outside-compare = Comparar
    .tooltip = Ver qué difiere y tomar lo que quieras
banner-outside-reload = { $dirty ->
    [yes] Recargar y perder mis cambios
   *[no] Recargar
}
    .tooltip = Abrir el archivo tal como está ahora
banner-outside-keep = Conservar el mío
    .tooltip = Al guardar, el archivo se sustituirá por tu plan
banner-comments = ✎ El archivo tiene { $comments } escritos a mano (línea { $line }: «{ $text }») que Comeback no puede conservar como comentarios; no se guardará hasta que elijas.
banner-comments-keep = Conservarlos como notas
    .tooltip = Cada uno se convierte en una nota de la sesión o el día donde está
banner-comments-drop = Descartarlos
    .tooltip = Al guardar se quedarán fuera
banner-conflicts-listed = ⚠ La combinación necesita que elijas: { $conflicts }, en el panel lateral; hasta entonces se conserva tu versión
banner-conflicts-next = ⚠ La combinación necesita que elijas ({ $more ->
    [0] la última pregunta
    [one] queda { $more } más
   *[other] quedan { $more } más
}): { $what }
banner-conflicts-list = Ver todos los conflictos
    .tooltip = Todas las preguntas a la vez, para resolverlas en cualquier orden
banner-merged-with = Combinado con { $name }:
banner-merged-theirs = cambiado por ellos ({ $n })
banner-merged-mine = cambiado por ti ({ $n })
banner-merged-conflicts = en conflicto ({ $n })
banner-merged-hide = Ocultar las marcas
    .tooltip = El calendario sin las marcas de la combinación
banner-example = Este es un plan de ejemplo, movido para que su próxima sesión sea hoy. No se guarda nada a menos que elijas dónde.
banner-example-dismiss = Seguir explorando el ejemplo
banner-next-day-region = ¿Qué tal hoy?
banner-next-day = ¿Qué tal hoy, la mañana después de tu { $kind ->
    [run-walk] carrera-caminata
   *[run] carrera
} ({ $day })? Dolor ahora, de 0 (ninguno) a 10:
banner-next-day-score = Dolor al día siguiente del { $day }: { $score } / 10
banner-next-day-dismiss = Dejarlo sin responder; puedes registrarlo luego en el panel de la sesión

## Dialogs

modal-cancel = Cancelar
modal-recover-heading = ¿Restaurar los cambios sin guardar?
modal-recover-body = Comeback se cerró antes de guardar los cambios en { $name }. Se guardaron automáticamente el { $when }.
modal-recover-unsaved = un plan sin guardar
modal-recover-changes = Qué cambian ({ $n }):
modal-recover-restore = Restaurar
modal-recover-discard = Descartar
modal-confirm-heading = ¿Guardar los cambios en { $name }?
modal-confirm-body = Perderás tus cambios si no los guardas antes de { $action ->
    [new] empezar un plan nuevo
    [duplicate] duplicar el plan
    [open] abrir otro plan
   *[quit] cerrar
}.
modal-confirm-save = Guardar
modal-confirm-dont-save = No guardar

## The path field: a dialog that asks where a file is

prompt-verb-open = Abrir
prompt-verb-save-as = Guardar como
prompt-verb-export = Exportar
prompt-verb-compare = Comparar
prompt-verb-merge = Combinar
prompt-verb-folder = Ver planes
prompt-verb-workouts = Escribir entrenamientos
prompt-verb-import = Leer carreras
prompt-heading-open = Abrir un plan
prompt-heading-save-as = Guardar el plan como
prompt-heading-export = Exportar: { $format }
prompt-heading-compare = Comparar con otra versión de este plan
prompt-heading-merge = Combinar otra copia de este plan con él
prompt-heading-folder = Ver los planes de una carpeta
prompt-heading-workouts = Exportar entrenamientos a un reloj
prompt-heading-workout = Enviar la sesión a un reloj
prompt-heading-import = Importar carreras registradas
prompt-field-file-or-folder = Ruta del archivo o la carpeta
prompt-field-folder = Ruta de la carpeta
prompt-field-file = Ruta del archivo
prompt-recent = Recientes:
prompt-recent-path = { $verb }: { $path }
prompt-browse = Examinar…
    .tooltip = Buscarlo en una ventana con las carpetas de tu ordenador

## Autosave

autosave-unreadable = Ahora no se puede leer el archivo: { $error }
autosave-never-saved = Un plan nuevo con { $sessions }, nunca guardado
autosave-crash-kept = Comeback se detuvo; tus cambios sin guardar se conservaron y se ofrecerán al volver a abrirlo.
autosave-crash-lost = Comeback se detuvo y no pudo conservar tus cambios sin guardar: { $error }
prompt-import-note = Un archivo FIT, GPX o TCX (también comprimido con gzip) o una carpeta con ellos, como la carpeta GARMIN/Activity de un reloj. Cada actividad se muestra con la sesión que registra antes de cambiar nada.
prompt-native-note = Elige un archivo en la ventana que se abrió, o escribe aquí dónde está.
prompt-no-file-window = En este ordenador no se puede abrir una ventana para elegir archivos: escribe dónde está el archivo.
prompt-replace = { $path } ya existe. Pulsa «{ $verb }» otra vez para sustituirlo.
prompt-none-chosen = No se eligió ningún archivo. Escribe dónde está o pulsa «Cancelar».
export-dialog-filter-plan = Plan de Comeback
export-dialog-filter-workout = Entrenamiento FIT
import-dialog-filter-activity = Actividad registrada

## What the app says it did, in the status bar, and what went wrong, in the error banner.

app-new-plan-title = Plan nuevo
app-comment-author = Del archivo
app-keep-comments = Conservar { $comments } como notas
app-delete = Borrar sesión ({ $kind })
app-import = Importar { $runs }
app-could-not = No se pudo hacer «{ $step }»: { $error }
app-open-plan-unchanged = { $error }
    El plan abierto no ha cambiado.
app-save-failed = No se pudo guardar: { $error }
    El plan sigue abierto; prueba «Guardar como…» en otro sitio.
app-export-failed = No se pudo exportar: { $error }
    El plan no ha cambiado.
app-print-failed = No se pudo imprimir: { $error }
app-viewer-off = abrir otros programas está desactivado
app-workouts-failed = No se pudieron escribir los entrenamientos: { $error }
    El plan no ha cambiado.
app-workout-failed = No se pudo escribir el entrenamiento: { $error }
    El plan no ha cambiado.
app-merge-failed = No se pudo combinar { $name }: { $error }
    El plan abierto no ha cambiado.
app-folder-failed = { $path }: no se puede ver el contenido de la carpeta: { $error }
startup-example-instead = { $error }
    Se muestra el plan de ejemplo en su lugar.

status-nothing-to-step-back = No hay que retroceder: no sigue ninguna carrera planificada, el dolor no pide nada o el plan ya hace lo que pide
status-comments-dropped = Los comentarios se quedarán fuera al guardar el plan
status-keep-mine = Se conserva tu versión; al guardar se sustituirá { $name }
status-select-for-watch = Selecciona una carrera, carrera-caminata o caminata planificada para enviarla al reloj
status-undone = Deshecho: { $step }
status-redone = Rehecho: { $step }
status-nothing-to-undo = Nada que deshacer
status-nothing-to-redo = Nada que rehacer
status-select-day-first = Selecciona primero un día (flechas o un clic) y luego elige qué añadir
status-select-session-first = Selecciona primero una sesión; luego Alt+flechas la mueven
status-drag-cancelled = Arrastre cancelado
status-exported = Exportado { $path }
status-exported-images = { $n } imágenes exportadas: { $path } …
status-nothing-to-export = Nada que exportar
status-no-workouts = No hay carreras ni caminatas planificadas desde hoy: no se escribió ningún entrenamiento
status-wrote-workouts = { $workouts } escritos en { $path }
status-wrote = Escrito { $path }
status-no-workout = Esa sesión no tiene entrenamiento para reloj
status-new-plan = Plan nuevo empezado
status-generated = Plan creado con el método; guárdalo para conservarlo
status-duplicated = Duplicado como plan nuevo; guárdalo para conservarlo
status-opened = Abierto { $path }
status-opened-warning = Abierto { $path }; { $warning }
status-restored = Se restauraron los cambios guardados automáticamente; guarda para conservarlos.
status-not-saved-outside = No guardado: el archivo cambió en el disco; elige arriba qué hacer
status-comments-wait = No { $done ->
    [duplicated] duplicado
   *[saved] guardado
}: el archivo tiene comentarios escritos a mano; elige arriba si conservarlos como notas
status-saved = Guardado { $path }
status-folder-listed = { $plans } en { $path }
status-no-activities = Ahí no hay archivos de actividad (FIT, GPX o TCX, comprimidos con gzip o no)
status-import-cancelled = Importación cancelada; el plan no ha cambiado
status-nothing-to-import = Nada que importar: todas las actividades están desmarcadas o ya en el plan
status-imported-ask = { $step }: cuenta cómo fue (dolor durante y al día siguiente) en el panel de la sesión
status-close-dialog-first = Cierra primero el diálogo abierto y vuelve a soltar los archivos para importarlos
status-compared = { $differences } con { $path }
status-compared-instead = Comparado con { $name } en lugar de combinar: { $why }. Marca lo que quieras tomar.
status-merged = Cambios de { $name } combinados con los tuyos; { $n ->
    [0] nada que elegir
   *[other] { $conflicts } por elegir en la pestaña Conflictos (hasta entonces se conserva tu versión)
}
status-merge-up-to-date = Nada nuevo en { $name }: el plan abierto ya lo tiene todo

## The import preview's note and the watch folder's note

import-dialog-taken = Otra actividad marcada ya está registrada en esa sesión: asigna primero una de ellas a otra
export-dialog-watch-note = { $which ->
    [session] Escribe el entrenamiento FIT de la sesión seleccionada.
   *[plan] Escribe un entrenamiento FIT para cada carrera, carrera-caminata y caminata planificada desde hoy ({ $today }).
} { $garmin ->
    [mounted] Hay un Garmin conectado: su carpeta GARMIN/NewFiles ya está puesta.
   *[none] En un Garmin conectado por USB, elige su carpeta GARMIN/NewFiles.
}

## What a recovered autosave changes from its file, one line each

autosave-change = { $change ->
    [added] +
   *[removed] -
} { $day }: { $what } ({ $change ->
    [added] añadido
   *[removed] quitado
})
autosave-note-change = { $change ->
    [added] +
   *[removed] -
} { $day }: nota de { $author }: «{ $text }» ({ $change ->
    [added] añadida
   *[removed] quitada
})

# La versión para navegador (src/app/platform/web). $error: lo que dijo el navegador.
web-not-given = una página del navegador solo lee los archivos elegidos o soltados en ella desde que se cargó: ábrelo de nuevo
web-no-folder = Un navegador no puede listar una carpeta: elige los planes de tus atletas a la vez con Archivo → Abrir… y cambia entre ellos en Archivo → Abrir reciente.
web-printed = El PDF del plan se abrió en una pestaña nueva: imprímelo desde allí
web-print-downloaded = El navegador bloqueó la pestaña nueva, así que el PDF se descargó: ábrelo e imprímelo desde allí
web-workouts-downloaded = Descargados { $workouts }: cópialos por USB en la carpeta GARMIN/NewFiles del reloj
web-workouts-download-failed = No se pudieron escribir los entrenamientos: { $error }
web-quit = Una página se cierra con su pestaña; un plan sin guardar se queda en este navegador para la próxima visita.
web-merge = Elige la otra copia, o tres a la vez: la tuya, la otra y la versión de la que salieron ambas
web-unreadable = El navegador no pudo leer: { $files }
web-close-dialog = Cierra primero el diálogo abierto y luego vuelve a dar los archivos
web-could-not-start = Comeback no pudo arrancar en este navegador: { $error }
web-too-large = más grande que cualquier archivo de plan o de carrera
web-download-refused = el navegador rechazó la descarga: { $error }
web-no-page = no hay página
merging-pick-one-or-three = Elige una copia para fusionar, o tres a la vez: la tuya, la otra y la versión de la que salieron ambas.
merging-save-first = Guarda o deshaz primero tus cambios: fusionar tres copias abre una de ellas en lugar del plan abierto.
web-open-label = Abrir planes o carreras…
web-privacy = No se sube nada: tus planes y carreras se quedan en este navegador, en este ordenador.
