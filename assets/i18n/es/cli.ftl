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
