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
