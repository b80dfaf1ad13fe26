# paper: see src/i18n/mod.rs for which part of the app this file speaks for.

## Shared words (src/text.rs): the screen, paper and calendar files say a plan the same way.

text-status = { $status ->
    [planned] planificado
    [done] hecho
   *[skipped] omitido
}
text-status-label = { $status ->
    [planned] Planificado
    [done] Hecho
   *[skipped] Omitido
}
text-with-status = { $status ->
    [done] ✓ { $text }
    [skipped] { $text } (omitido)
   *[planned] { $text }
}
text-compact-run-walk = C/C { $run }:{ $walk } ×{ $repeats }
text-compact-run-walk-repeats = C/C ×{ $repeats }
text-finding-name = { $severity }: { $rule }
    .lowercase = yes
text-pain = { $during }/10 durante, { $next }/10 al día siguiente{ $sharp ->
    [yes] , punzante
   *[no] {""}
}
text-pain-stop-signs = { $pain }; señales de alarma: { $signs }
text-status-done-did = Hecho: { $did }
text-status-with-pain = { $line } · dolor { $pain }
text-session-did = { $session } · hecho: { $did }
text-week-run-cap = Correr { $run } / { $cap } { $unit }
text-week-run = Correr { $run } { $unit }
text-week-walk = Caminar { $walk } { $unit }
text-week-cross = Entr. cruzado { $minutes } min
text-week-down = Semana de descarga
text-week-stage = Etapa { $stage } de { $of }
text-week-holds = Mantiene el nivel de { $level } { $unit }
text-week-change = { $change } % sobre el nivel de { $level } { $unit }
text-week-back = Vuelta al nivel de { $level } { $unit }
text-header-when = Plan del { $from } al { $to }
text-header-athlete = Corredor(a): { $value }
text-header-coach = Entrenador: { $value }
text-header-contact = Contacto: { $value }
text-header-goal = Objetivo: { $value }
text-header-injury = Lesión: { $value }
text-header-injury-on = Lesión: { $value } ({ $date })
text-header-injury-date = Fecha de la lesión: { $date }
text-someone = Alguien
text-byline = { $author } · { $time } UTC

## Paper and exports (src/export, src/print.rs).

paper-untitled = Plan de Comeback
paper-untitled-for = Plan de Comeback ({ $athlete })
paper-format-pdf = PDF para imprimir
paper-format-png = Imágenes PNG para mensajes
paper-format-ics = Calendario (ICS)
paper-format-csv = Hoja de cálculo (CSV)
paper-error-write = no se puede escribir { $path }: { $error }
paper-error-font = no se puede leer la fuente incrustada
pdf-error-page = no se puede crear una página de { $width } × { $height } puntos
pdf-error-write = no se pudo escribir el PDF: { $error }
png-error-page = una página de { $width } × { $height } píxeles no puede ser una imagen
png-error-encode = no se pudo codificar la imagen: { $error }

pdf-page-of = Página { $page } de { $total }
pdf-continued-title = { $title } (continuación)
pdf-more-lines = { $n ->
    [one] +{ $n } línea más,
   *[other] +{ $n } líneas más,
}
pdf-continued = continúa
pdf-continued-on-page = continúa en la página { $page }
pdf-session-note = «{ $note }»
pdf-week = Semana
pdf-pain = dolor { $pain }
pdf-legend-severity = { $severity ->
    [error] error
    [warning] aviso
   *[advice] consejo
}
pdf-legend = ✓ hecho   ·   (omitido)   ·   sombreado: otro mes o fuera de las fechas impresas   ·   las observaciones siguen a los meses
pdf-findings = Observaciones
pdf-no-findings = Sin observaciones: el plan cumple todas las reglas.
pdf-errors = Errores: cambia el plan
pdf-warnings = Avisos: consúltalo con tu entrenador
pdf-advice = Consejos
pdf-chart-title = Carrera semanal ({ $unit }): lo planificado en contorno (gris: semanas de descarga), lo hecho relleno, la banda sombreada es la progresión permitida, la línea roja el límite semanal
pdf-notes = Notas
pdf-about-plan = Sobre el plan
pdf-the-day = El día
pdf-back = Vuelta a correr { $from }.
pdf-back-born = Vuelta a correr { $from } (parto: { $date }).
pdf-checks = Pruebas antes de la primera carrera:
pdf-stop-signs = Señales de alarma el { $date } ({ $session }): { $signs }. Para y busca consejo.
pdf-sessions-in-full = Sesiones completas

ics-removed = Eliminada del plan
ics-pain = Dolor: { $pain }
ics-done = Hecho: { $did }
ics-note = Nota: { $note }
ics-error-empty = no hay sesiones del { $from } al { $to }: un archivo de calendario necesita al menos un evento; elige días con sesiones
ics-error-format = no se pudo escribir el calendario: { $error }

csv-error-row = fila { $row }: { $message }
csv-error-column-missing = fila { $row }, columna { $name } (no está en el archivo): { $message }
csv-error-column = fila { $row }, columna { $column } ({ $name }): { $message }
csv-not-utf8 = el archivo no está en UTF-8, así que se leyó como Windows-1252 (lo que Excel y LibreOffice guardan por defecto); revisa las tildes o guárdalo en UTF-8
csv-unreadable = el archivo no se puede leer como CSV: { $error }
csv-empty = el archivo está vacío; se esperaba una fila de encabezado y una fila por sesión
csv-strava = este es el activities.csv de Strava, una lista de carreras registradas, no un plan: añádelas a un plan con `comeback log PLAN CARPETA` (la carpeta activities de la misma exportación de Strava) o con Archivo → Importar carreras… en la app
csv-distance-columns = distance_mi o distance_km
csv-no-distance = no hay columna distance_mi ni distance_km; el encabezado tiene { $header }; se esperaban las columnas que escribe Comeback ({ $columns })
csv-ignored = { $n ->
    [one] { $n } columna no leída
   *[other] { $n } columnas no leídas
}: { $names } (Comeback lee { $columns })
csv-id-again = el id de sesión { $id } también se usa en la fila { $first }
csv-no-sessions = el archivo tiene encabezado pero ninguna sesión; se esperaba una fila por sesión bajo el encabezado
csv-id-twice = el id de sesión { $id } aparece dos veces
csv-controls-removed = { $n ->
    [one] se quitó { $n } carácter de control
   *[other] se quitaron { $n } caracteres de control
} de las notas (secuencias de escape del terminal y similares)
csv-not-number = «{ $text }» no es un número
csv-out-of-range = { $text } está fuera de rango; se esperaba de 0 a { $max }
csv-too-large = { $value } es demasiado grande
csv-not-whole = { $value } no es un número entero
csv-not-one-of = «{ $text }» no es ninguno de: { $options }
csv-run-walk-amount = una carrera-caminata necesita esta cantidad
csv-not-unit = «{ $text }» no es min ni { $unit }
csv-id-needed = cada sesión necesita un id entero mayor que 0
csv-not-date = «{ $text }» no es una fecha como 2026-11-16
csv-not-pain = { $value } no es una puntuación de dolor de 0 a 10

## Printing (src/print.rs).

print-error-create = no se puede crear { $path }: { $error }
print-error-write = no se puede escribir { $path }: { $error }
print-opened = El plan se abrió en el visor de PDF: imprímelo desde allí ({ $path })
print-no-viewer = No se encontró ningún visor de PDF para abrir el plan. El PDF está en { $path }: ábrelo e imprímelo desde allí.

## Two versions of a plan compared (src/diff.rs).

diff-added = + { $day }: { $what } (solo en la suya)
diff-removed = - { $day }: { $what } (solo en la mía)
diff-moved = → { $what } pasa del { $from } al { $to }
diff-edited = ~ { $day } { $field }: { $mine } → { $theirs }
diff-field = { $field ->
    [kind] tipo
    [status] estado
    [pain] dolor
    [actual] lo hecho
    [note] nota
   *[other] { $field }
}
diff-note-added = + { $day }{ $on ->
    [session] , sobre una sesión
   *[day] {""}
}: nota de { $author }: «{ $text }» (solo en la suya)
diff-note-removed = - { $day }{ $on ->
    [session] , sobre una sesión
   *[day] {""}
}: nota de { $author }: «{ $text }» (solo en la mía)
diff-meta = ~ plan { $field }: { $mine } → { $theirs }
diff-rules = ~ regla { $field }: { $mine } → { $theirs }
diff-quoted = «{ $text }»
diff-empty = (vacío)
print-browser-no-viewer = un navegador no tiene un visor del sistema para { $file }
