# panels: see src/i18n/mod.rs for which part of the app this file speaks for.
# El calendario y el panel lateral. Consulta en/panels.ftl para el sentido de cada variable.

## El calendario

calendar-week-column = Semana

chip-pain = dolor { $pain }/10
chip-in-conflict = en conflicto: elige la mía o la suya
chip-conflict-tooltip = ? En conflicto: elige la mía o la suya en la pestaña Conflictos
chip-hint = Arrastra para mover · Ctrl+arrastrar para copiar · clic derecho para más
chip-mark-done = Marcar como hecha
chip-mark-skipped = Marcar como omitida
chip-mark-planned = Marcar como planificada
chip-how-did-it-go = { $done ->
    [yes] ¿Qué tal fue?
   *[no] ¿Qué tal fue? (márcala antes como hecha)
}
chip-log-session = Registrar sesión

day-today = hoy
day-has-notes = tiene notas
day-merged = ▌ { $side }: una sesión salió del día, o cambiaron sus notas
day-differs = ⇄ Distinto de su versión:

week-done-of = Hecho { $done } de { $planned }
week-progress-said = planificado { $planned } { $units }, hecho { $done } { $units }
week-name = Semana del { $date }: { $lines }

tooltip-cannot-drop = { $icon } No se puede soltar en { $day }: { $reason }
tooltip-drop-fine = ✔ Soltar en { $day } no da observaciones nuevas
tooltip-drop-causes = Soltar en { $day } daría { $findings }:
tooltip-more = y { $n } más

## La pestaña Atletas

athletes-heading = { $plans } en { $folder }
athletes-refresh = Actualizar
athletes-refresh-tip = Volver a leer la carpeta
athletes-close = Cerrar lista
athletes-order = Lo más urgente primero: dolor y errores, luego avisos, luego sesiones sin registrar.
athletes-empty = No hay archivos de plan (.ron) en esta carpeta.
athletes-week = Esta semana: { $done } de { $planned } hechas · carrera { $running }
athletes-nothing-this-week = Nada esta semana
athletes-changed = cambiado { $when }
athletes-open-tip = Abrir este plan
athletes-open = Abrir { $name }

## Comparar con otra versión del plan

compare-heading = Comparado con { $name }
compare-same = Los dos planes son iguales.
compare-intro = { $differences }. Marca las que quieras tomar de { $name }.
compare-take-all = Tomar todas las suyas
compare-keep-all = Mantener todas las mías
compare-take = Tomar la suya
compare-show-day = Mostrar este día
compare-apply = Tomar { $n } de las suyas
compare-apply-tip = Un solo paso: Deshacer recupera las tuyas
compare-applied = Tomar { $n } de sus cambios
compare-failed = No se pudieron tomar sus cambios: { $error }
compare-close = Cerrar comparación

## La pestaña Conflictos

conflicts-none = Nada por elegir: todos los conflictos de la fusión están resueltos.
conflicts-intro = { $conflicts } en los que tú y la otra parte cambiasteis lo mismo de forma distinta. Se mantiene lo tuyo hasta que elijas; cada elección es un paso que Deshacer revierte.
conflicts-mine = La mía: { $words }
conflicts-theirs = La suya: { $words }
conflicts-empty = (vacío)
conflicts-keep-mine = Mantener la mía
conflicts-take-theirs = Tomar la suya
conflicts-choice = { $verb }: { $words }
conflicts-for = { $text }, para { $what }
conflicts-step = { $verb } ({ $what })
conflicts-failed = { $theirs ->
    [yes] No se pudo tomar la suya ({ $what }): { $error }
   *[no] No se pudo mantener la mía ({ $what }): { $error }
}
conflicts-show-plan = Ver en Plan
conflicts-show-plan-tip = Abrir los datos del plan
conflicts-show-rules = Ver en Reglas
conflicts-show-rules-tip = Abrir los ajustes de las reglas
conflicts-show-day = Ver { $day }
conflicts-show-day-tip = Mostrarlo en el calendario

## La pestaña Observaciones

findings-none = ✔ Sin observaciones: el plan cumple todas las reglas.
findings-group = { $severity ->
    [error] Errores
    [warning] Avisos
   *[advice] Consejos
}
findings-why = Por qué: { $why }
findings-step-back = Dar un paso atrás en el plan…
findings-step-back-tip = Reescribe las semanas siguientes como piden las reglas de dolor: días de descanso, repetir o bajar el nivel, los niveles siguientes más tarde. Se muestra antes; un Deshacer lo revierte.

## Importar carreras registradas

import-heading = Importar carreras registradas
import-intro = Cada actividad y lo que cambia en el plan. Nada cambia hasta Aplicar; Deshacer lo revierte.
import-dropped-on = Soltado en { $day }: las actividades se registran en las sesiones de ese día del tipo que corresponda.
import-not-read = No leído: { $file }
import-apply = Aplicar
import-apply-tip = Registrar { $runs } en un solo paso; Deshacer lo revierte
import-cancel = Cancelar
import-cancel-tip = Cerrar sin cambiar el plan
import-session = { $logged ->
    [yes] { $day }: { $session }, registrada a mano
   *[no] { $day }: { $session }
}
import-new-session = una sesión nueva
import-log-in = Registrar en
import-pain-during = Dolor durante
import-pain-next-day = Dolor al día siguiente
import-not-asked = sin responder
import-drop-hint = { $n ->
    [one] Suelta el archivo para importar carreras registradas: sobre un día, para registrarlas en sus sesiones
   *[other] Suelta los { $n } archivos para importar carreras registradas: sobre un día, para registrarlas en sus sesiones
}

## El gráfico de carga

load-axis = { $units }/semana
load-planned = planificado
load-done = hecho
load-ramp-allows = progresión permitida
load-weekly-cap = límite semanal
load-ratio = agudo:crónico (consejo)
load-ratio-limit = { $limit } límite aconsejado
load-pain-during = dolor durante
load-pain-next-day = dolor al día siguiente
load-pain-threshold = { $threshold } umbral de dolor
load-bar = { $down ->
    [yes] Semana del { $date }: { $what } { $value } { $units } · semana de descarga
   *[no] Semana del { $date }: { $what } { $value } { $units }
}
load-chart-name = Gráfico de carga: carrera semanal, planificada y hecha una al lado de otra; haz clic en una semana para verla
load-ratio-name = Relación agudo:crónico por semana (consejo)
load-pain-name = Dolor por día, durante y al día siguiente, de 0 a 10 (umbral { $threshold })

## Archivo → Nuevo con el método…

method-heading = Nuevo plan con el método
method-intro = Una escalera de caminata y carrera en días alternos, con semanas de descarga, dentro de tus límites.
method-date-hint = AAAA-MM-DD
method-start = Inicio
method-units = Unidades
method-miles = millas
method-running-now = Carrera actual, por semana
method-not-running-yet = aún no corro
method-flares-at = La lesión se resiente a
method-weekly-cap = Límite semanal
method-days-free = Días libres
method-weeks = Semanas
method-coming-back-from = Vuelta tras
method-not-said = Sin indicar
method-birth-date = Fecha del parto
method-injury-date = Fecha de la lesión
method-checks = Pruebas antes de correr
method-checks-passed = ya superadas
method-birth-wait = Ninguna carrera antes de 12 semanas tras el parto ({ $day }); hasta entonces, caminatas, fuerza y las pruebas.
method-checks-note = Las pruebas son una sesión antes de la primera carrera: marca cada una en el plan cuando la superes.
method-run-cap = Las carreras se limitan a { $distance } { $units }, el 80 % de donde se resiente.
method-preview = Vista previa: { $sessions } · { $errors }, { $warnings }, { $advice }
method-week = Semana del { $date }
method-week-run = { $down ->
    [yes] carrera { $distance } { $units } · descarga
   *[no] carrera { $distance } { $units }
}
method-create = Crear plan
method-create-tip = Sustituye el plan abierto (antes se te pregunta por los cambios sin guardar)
method-cancel = Cancelar

## La pestaña Preparación

ready-heading = Listo para correr
ready-intro = Las clínicas piden unas pruebas, cada una sin dolor, antes de la primera carrera. Una carrera planificada antes de superarlas todas es un aviso.
ready-checks-heading = Pruebas antes de la primera carrera
ready-edit-checks = Editar las pruebas antes de la primera carrera
ready-comeback-from = La vuelta es tras
ready-kind-unsaid = Sin indicar
ready-kind-injury = Una lesión
ready-kind-bone-stress = Una lesión por estrés óseo
ready-kind-birth = Un parto
ready-read-as-birth = Leído como parto por la lesión «{ $injury }».
ready-birth-kind = Tipo de parto
ready-birth-unsaid = Sin indicar
ready-birth-vaginal = Vaginal
ready-birth-perineal-tear = Con desgarro perineal
ready-birth-caesarean = Cesárea
ready-born = Parto el { $born }: no correr antes del { $first }, { $weeks } semanas después, sea cual sea el parto; una valoración del suelo pélvico desde las 6 semanas.
ready-may-need-longer = Una cesárea o un desgarro perineal pueden necesitar más tiempo.
ready-give-birth-day = Indica el día del parto como fecha de la lesión en la pestaña Plan para contar las 12 semanas.
ready-use-clinic-tip = Enumera las pruebas y cifras habituales { $comeback }; se mantienen los días ya superados
ready-use-clinic = Usar las pruebas de la clínica
ready-say-comeback = Indica tras qué es la vuelta para usar las pruebas de la clínica.
ready-no-checks = Sin pruebas: las carreras no se juzgan por ellas.
ready-passed-count = { $passed } de { $checks } superadas hasta hoy.
ready-remove = Quitar las pruebas
ready-remove-tip = Quita las pruebas del plan: las carreras ya no se juzgan por ellas
ready-sources = Fuentes
ready-passed-on = superada el
ready-number = cifra
ready-number-for = Cifra de { $check }
ready-passed-day = Día en que se superó { $check }
ready-source = Fuente: { $source }
ready-date-hint = AAAA-MM-DD
ready-date-format = Escribe el día como AAAA-MM-DD
ready-unit-seconds-each-side = s por lado
ready-unit-each-side = por lado
ready-unit-days = días
ready-stop-signs = Señales de alarma
ready-stop-signs-tip = Señales para parar y consultar tras el parto (guías posparto); cada una cuenta como dolor por encima del umbral
ready-stop-sign = Señal de alarma: { $sign }
ready-stop-signs-name = señales de alarma: { $signs }
ready-stop-signs-warning = ⚠ Señales de alarma: { $signs }. Para y consulta.

## El paso atrás tras el dolor

stepback-heading = Paso atrás tras el dolor
stepback-summary = Cambios: { $sessions } · después: { $errors }, { $warnings }
stepback-apply = Retroceder
stepback-apply-tip = Un solo paso: Deshacer recupera el plan
stepback-cancel = Cancelar
stepback-change = { $down ->
    [yes] { $change } · semana de descarga
   *[no] { $change }
}
