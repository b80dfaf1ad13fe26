# cli: see src/i18n/mod.rs for which part of the app this file speaks for.

## The command line: its frame around the findings, its errors and reports. $path is a file or
## folder as named on the command line, $error what the system or a reader said (already in
## words).

cli-no-window = no se puede abrir una ventana: { $error }
    Los comandos sin ventana siguen funcionando: `comeback validate ARCHIVO`.
cli-no-gui = esta versión no tiene ventana (compilada sin la función `gui`); prueba `comeback validate ARCHIVO`
cli-pain-score = el dolor es un número entero de 0 (ninguno) a 10 (el peor imaginable), no { $text }
cli-folder-unlistable = { $path }: no se puede leer la carpeta: { $error }
cli-dates-backwards = --from { $from } es posterior a --until { $until }
cli-cannot-export = { $path }: no se puede exportar: { $error }
cli-workouts-need-folder = --to fit escribe un archivo por entrenamiento: indica una carpeta con -o (en el reloj, GARMIN/NewFiles)
cli-many-images = la exportación tiene { $n } imágenes, una por página: indica un archivo con -o (se numeran) o elige un mes con --from y --until
cli-cannot-print = { $path }: no se puede imprimir: { $error }
cli-exists = { $path } ya existe; elige otro nombre (no se ha escrito nada)
cli-cannot-read = { $path }: no se puede leer: { $error }
cli-cannot-merge = no se puede fusionar: { $error }
cli-cannot-write-report = no se puede escribir el informe: { $error }

cli-validate-summary = { $path }: «{ $title }»: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }, { $advice ->
        [one] { $advice } consejo
       *[other] { $advice } consejos
    }
cli-validate-week = Semana del { $week }

## Plan files: loading and saving. A syntax message follows "file.ron:12:5: ", so it starts in
## lower case.

file-unreadable = { $path }: no se puede leer el archivo: { $error }
file-too-large = { $path }: el archivo tiene { $size } bytes; un plan tiene como máximo { $most } bytes
file-too-new = { $path }: este plan usa la versión { $found } del formato, de un Comeback más reciente; esta versión lee hasta la { $newest }. Actualiza Comeback para abrirlo (no se ha cambiado nada).
file-unsaved = { $path }: no se ha podido guardar: { $error }
file-unencodable = { $path }: no se puede escribir el plan como RON: { $error }
file-controls-removed = se { $n ->
        [one] ha quitado { $n } carácter de control
       *[other] han quitado { $n } caracteres de control
    } del texto del plan (secuencias de escape de terminal y similares); al guardar no vuelven
file-comments = el archivo tiene { $n ->
        [one] { $n } comentario escrito
       *[other] { $n } comentarios escritos
    } a mano (el primero en la línea { $line }: «{ $text }»), que se perderían al guardar; consérvalos como notas en las sesiones y días donde están
file-warnings-both = { $first }; { $second }
file-not-utf8 = el archivo no es texto UTF-8; guárdalo como UTF-8
file-empty = el archivo está vacío; se esperaba un plan que empiece por `(version: { $version },`
file-not-a-plan = se esperaba un plan: una lista de campos entre paréntesis que empiece por `(version: { $version },`
file-version-zero = la versión 0 no es un formato de plan de Comeback; se esperaba de 1 a { $newest }
file-repeated-id = dos sesiones tienen el id { $id }; cada sesión necesita su propio id
file-ends-early = el archivo termina antes de tiempo; falta un paréntesis de cierre o un valor
file-too-deep = anidado a más de { $depth } niveles; esto no es un archivo de plan

## comeback log: activity files logged into a plan.

cli-log-not-applied = { $path }: no se ha podido aplicar la importación ({ $error }); no se ha guardado nada
cli-log-comment-failed = { $path }: un comentario no se ha podido convertir en nota ({ $error }); no se ha guardado nada
cli-log-comments-kept = { $path }: { $n ->
        [one] { $n } comentario del archivo se conserva como nota donde estaba
       *[other] { $n } comentarios del archivo se conservan como notas donde estaban
    } (un archivo de plan no puede guardar comentarios)
cli-log-comment-note = Del archivo
cli-log-no-files = no se han encontrado archivos de actividad (.fit, .gpx, .tcx, también en .gz); no se ha registrado nada
cli-log-read = { $read ->
        [one] { $read } actividad leída
       *[other] { $read } actividades leídas
    }: { $logged ->
        [one] { $logged } sesión registrada
       *[other] { $logged } sesiones registradas
    }, { $new ->
        [one] { $new } sesión nueva
       *[other] { $new } sesiones nuevas
    }{ $already ->
        [0] {""}
       *[other] , { $already } ya en el plan
    }
cli-log-outside = { $n ->
        [one] { $n } actividad fuera de las semanas del plan sin registrar (--include-outside la registra)
       *[other] { $n } actividades fuera de las semanas del plan sin registrar (--include-outside las registra)
    }
cli-log-too-short = { $n ->
        [one] { $n } actividad demasiado corta para ser una sesión, sin registrar
       *[other] { $n } actividades demasiado cortas para ser una sesión, sin registrar
    }
cli-log-skipped = { $n ->
        [one] { $n } archivo omitido
       *[other] { $n } archivos omitidos
    }
cli-log-saved = { $path } guardado (la versión anterior está en { $backup }).
cli-log-none-read = No se ha podido leer ningún archivo; { $path } sigue igual.
cli-log-dry-run = No se ha guardado nada (--dry-run).
cli-log-unchanged = Nada que cambiar; { $path } sigue igual.

## comeback merge. $first and $second are plans as "Title" (plan ID).

cli-merge-not-one-plan = { $first_path } es { $first } y { $second_path } es { $second }: son planes distintos, y una fusión necesita dos copias de un mismo plan y la versión de la que salieron ambas; no se ha escrito nada
cli-merge-standard-output = el plan escrito en la salida estándar
cli-merge-named = fusionadas las dos versiones de { $name } desde la común
cli-merge-paths = fusionados { $ours } y { $theirs } a partir de { $base }
cli-merge-result = { $conflicts ->
        [0] { $merged }: sin conflictos
        [one] { $merged }: { $conflicts } conflicto por resolver (guardado en { $output }; ábrelo en Comeback)
       *[other] { $merged }: { $conflicts } conflictos por resolver (guardados en { $output }; ábrelo en Comeback)
    }

## comeback diff, export, import-csv, new.

cli-diff-summary = { $n ->
        [one] { $n } diferencia
       *[other] { $n } diferencias
    } de { $mine } a { $theirs }
cli-export-no-workouts = No hay carreras, carreras-caminatas ni caminatas planificadas en esos días: no se ha escrito ningún entrenamiento
cli-import-wrote = Escrito { $path } ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    })
cli-new-wrote = Escrito { $path } ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    } en { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    })
cli-new-checks-planned = { $checks ->
        [one] { $checks } prueba de preparación antes de la primera carrera, planificada el { $day }: márcala en el plan cuando la superes; las carreras la esperan
       *[other] { $checks } pruebas de preparación antes de la primera carrera, planificadas el { $day }: marca en el plan cada una que superes; las carreras las esperan
    }
cli-new-checks-passed = { $checks ->
        [one] { $checks } prueba de preparación antes de la primera carrera, marcada como superada el { $day }
       *[other] { $checks } pruebas de preparación antes de la primera carrera, marcadas como superadas el { $day }
    }
cli-new-week = Semana del { $week }: correr { $run } { $units }
cli-new-week-judged = Semana del { $week }: correr { $run } { $units } ({ $judged })

## comeback validate FOLDER: a coach's athletes, a table.

cli-folder-heading = { $n ->
        [one] { $n } plan
       *[other] { $n } planes
    } en { $folder } el { $day }, primero lo más urgente
cli-folder-week-done = { $done }/{ $planned } hechas
cli-folder-findings = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] { $warnings } aviso
       *[other] { $warnings } avisos
    }
cli-folder-athlete = Atleta
cli-folder-needs = Necesita
cli-folder-this-week = Esta semana
cli-folder-running = Carrera
cli-folder-findings-column = Observaciones
cli-folder-changed = Cambiado
cli-folder-file = Archivo

## A coach's folder: why a plan stands where it does in the list.

folder-unreadable = no se puede abrir
folder-unlogged = { $n } sin registrar
folder-on-track = según lo previsto

## The revisions kept beside a plan file, for merging.

store-different-plans = son planes distintos, no dos copias de uno
store-no-base = ninguna versión de la que salieran ambas copias se ha abierto o guardado en este ordenador
store-no-revision = el plan no tiene revisión

## Merging three copies of a plan: errors, and the conflicts' words (kept in the plan).

merge-not-one-plan = { $first } y { $second } son planes distintos; una fusión necesita dos copias de un mismo plan y la versión de la que salieron ambas
merge-plan-named = «{ $title }» (plan { $id })
merge-fields = no se { $what ->
        [details] pueden fusionar los detalles del plan
        [rules] pueden fusionar los ajustes de las reglas
       *[sessions] pueden fusionar las sesiones
    } campo a campo: { $error }
merge-revision = no se puede determinar la revisión de una de las partes de la fusión: { $error }
merge-not-fields = no es una estructura de campos sino { $value }
merge-plan-field = plan { $field }
merge-rule-field = regla { $field }
merge-recorded = { $sport } iniciada el { $started } UTC
merge-session-on = { $session } el { $day }
merge-deleted = eliminada
merge-session-changed = { $session } el { $day }, cambios: { $fields }
merge-changed-by-you = cambiado por ti en la fusión
merge-changed-by-them = cambiado por la otra parte en la fusión
merge-changed-by-both = cambiado por ambas partes en la fusión

## Recorded activities (FIT, GPX, TCX) read and logged into a plan.

activity-sport = { $sport ->
        [running] carrera
        [trail_running] carrera por montaña
        [track_running] carrera en pista
        [treadmill_running] carrera en cinta
        [walking] caminata
        [hiking] senderismo
        [cycling] bici
        [indoor_cycling] bici estática
        [swimming] natación
        [elliptical] elíptica
        [rowing] remo
        [other_equipment] máquina de gimnasio
       *[other] otra actividad
    }
activity-unreadable = no se puede leer el archivo: { $error }
activity-too-large = el archivo tiene { $size } bytes; un archivo de actividad tiene como máximo { $most } bytes
activity-inflates-too-far = descomprimido, el archivo supera los { $most } bytes; ningún archivo de actividad es tan grande
activity-gzip = el archivo gzip está dañado: { $error }
activity-unknown-format = no es un archivo FIT, GPX ni TCX
activity-fit-damaged = el archivo FIT está dañado: { $error }
activity-xml = no se puede leer el archivo { $format }: { $error }
activity-not-recorded = un archivo FIT de tipo { $what }, no una actividad registrada
activity-route = una ruta, no una actividad registrada: sus puntos no tienen horas
activity-empty = el archivo no contiene ninguna actividad registrada
activity-unknown-sport = Comeback no conoce el deporte { $sport }; no se ha importado nada del archivo
activity-controls-removed = se { $n ->
        [one] ha quitado { $n } carácter de control
       *[other] han quitado { $n } caracteres de control
    } del nombre del archivo
activity-fit-decoder-failed = el decodificador FIT ha fallado: el archivo está dañado o no es un archivo FIT
activity-fit-past-end = un mensaje sobrepasa el final de los datos que anuncia su cabecera, en el byte { $at }
activity-fit-cut-short = el archivo termina antes de tiempo: está cortado
activity-fit-not-a-header = su cabecera no es una cabecera FIT
activity-fit-chained-header = la cabecera del siguiente archivo de la cadena, en el byte { $at }, está dañada
activity-fit-header-checksum = la suma de control de la cabecera es incorrecta
activity-fit-checksum = la suma de control no coincide: el archivo se ha modificado o no se copió entero
activity-fit-unreadable-at = no se pueden leer los datos en el byte { $at }
activity-fit-no-definition = un mensaje en el byte { $at } no tiene definición previa
activity-no-start = una sesión no tiene hora de inicio
activity-no-timer = { $sport } de { $start } no tiene tiempo en el cronómetro
activity-gpx-too-long = el track que empieza { $start } dura más de una semana
activity-tcx-too-deep = anidado a más de { $depth } niveles
activity-tcx-impossible = una vuelta tiene el valor imposible { $value }
activity-tcx-no-start = una actividad no tiene hora de inicio (su Id)
activity-tcx-too-long = la actividad de { $start } dura más de una semana

activity-logged = { $was ->
        [done] { $name }: hecha, con los datos registrados en lugar de los anotados a mano
        [skipped] { $name }: hecha, aunque estaba marcada como omitida
       *[planned] { $name }: hecha
    }
activity-logged-moved = { $was ->
        [done] { $name }: hecha, con los datos registrados en lugar de los anotados a mano, movida desde el { $from }
        [skipped] { $name }: hecha, aunque estaba marcada como omitida, movida desde el { $from }
       *[planned] { $name }: hecha, movida desde el { $from }
    }
activity-new = nueva: { $kind }, hecha
activity-already = ya registrada en { $name }; no cambia nada
activity-repeated = la misma actividad que en un archivo anterior; omitida
activity-out-of-range = su día está fuera de los años que puede abarcar un plan (1900 a 2199); omitida
activity-too-short = demasiado corta para ser una sesión (menos de un minuto o 100 m); omitida
activity-unticked = (sin marcar)
activity-outside = fuera de las semanas del plan ({ $from } a { $until })
activity-no-distance = sin distancia para juzgar el ritmo
activity-sport-by-pace = el archivo no indica el deporte: por el ritmo, { $sport } ({ $pace })
activity-in-all = { $distance } { $units } en total
activity-running-part-recorded = la parte de carrera, tal como la registró el reloj ({ $whole })
activity-running-part-estimated = la parte de carrera, estimada a partir de la proporción carrera-caminata planificada ({ $whole })
activity-far = { $longer ->
        [yes] mucho más larga de lo planificado: { $done } { $unit } frente a { $planned } { $unit }
       *[no] mucho más corta de lo planificado: { $done } { $unit } frente a { $planned } { $unit }
    }
activity-no-line = no hay ninguna línea { $line }
activity-fixed = esta actividad no se puede registrar: ya está en el plan, repetida, fuera de rango o es demasiado corta
activity-no-session = la sesión { $id } no está en el plan
activity-wrong-kind = { $sport }: no se puede registrar como { $kind }
activity-recorded = la sesión { $id } ya tiene otra actividad registrada
activity-taken = otra actividad de esta importación está registrada en la sesión { $id }; muévela antes a otra sesión

## Workouts for the watch. The watch shows these in ASCII (accents are dropped); keep them short:
## a step's name has room for 7 letters, a workout's name for 32 with its day.

watch-folder = no se puede crear la carpeta { $path }: { $error }
watch-write = no se puede escribir el entrenamiento { $path }: { $error }
watch-too-long = { $kind ->
        [run] la carrera
        [walk] la caminata
       *[run-walk] la carrera-caminata
    } del { $day } es demasiado larga para un entrenamiento del reloj: { $amount }; un paso admite como máximo { $most }
watch-step-run = Correr
watch-step-walk = Caminar
watch-step-repeat = Repetir
watch-run = Carrera
watch-walk = Caminata
watch-run-walk = C/C { $pair } x{ $repeats }
