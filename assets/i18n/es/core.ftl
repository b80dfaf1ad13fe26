# Fechas, números, cantidades y las palabras del plan. Una fecha se construye con sus partes:
# $weekday y $month son los nombres de abajo, $day el día del mes, $year el año, $time "16:45".

weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
weekday-long = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}

date-day = { $weekday } { $day } { $month }
date-day-year = { $weekday } { $day } { $month } { $year }
date-day-in-month = { $weekday } { $day }
date-date = { $day } { $month }
date-date-year = { $day } { $month } { $year }
date-long = { $weekday }, { $day } de { $month } de { $year }
date-month = { $month } de { $year }
date-month-short = { $month } { $year }
date-day-year-time = { $weekday } { $day } { $month } { $year }, { $time }
date-day-time = { $weekday } { $day } { $month }, { $time }
date-date-time = { $day } { $month }, { $time }

count-activity = { $n ->
    [one] { $n } actividad
   *[other] { $n } actividades
}
count-advice = { $n ->
    [one] { $n } consejo
   *[other] { $n } consejos
}
count-build-week = { $n ->
    [one] { $n } semana de progresión
   *[other] { $n } semanas de progresión
}
count-check = { $n ->
    [one] { $n } prueba
   *[other] { $n } pruebas
}
count-column = { $n ->
    [one] { $n } columna
   *[other] { $n } columnas
}
count-comment = { $n ->
    [one] { $n } comentario
   *[other] { $n } comentarios
}
count-conflict = { $n ->
    [one] { $n } conflicto
   *[other] { $n } conflictos
}
count-control-character = { $n ->
    [one] { $n } carácter de control
   *[other] { $n } caracteres de control
}
count-day = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
count-difference = { $n ->
    [one] { $n } diferencia
   *[other] { $n } diferencias
}
count-error = { $n ->
    [one] { $n } error
   *[other] { $n } errores
}
count-file = { $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
}
count-finding = { $n ->
    [one] { $n } observación
   *[other] { $n } observaciones
}
count-full-rest-day = { $n ->
    [one] { $n } día de descanso completo
   *[other] { $n } días de descanso completo
}
count-new-session = { $n ->
    [one] { $n } sesión nueva
   *[other] { $n } sesiones nuevas
}
count-plan = { $n ->
    [one] { $n } plan
   *[other] { $n } planes
}
count-run = { $n ->
    [one] { $n } carrera
   *[other] { $n } carreras
}
count-session = { $n ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
count-time = { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
count-warning = { $n ->
    [one] { $n } aviso
   *[other] { $n } avisos
}
count-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
count-workout = { $n ->
    [one] { $n } entrenamiento
   *[other] { $n } entrenamientos
}
