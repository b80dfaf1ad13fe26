# rules: see src/i18n/mod.rs for which part of the app this file speaks for.

## The plan's own words (src/plan)

severity-error = error
severity-warning = aviso
severity-advice = consejo

rule-consecutive-run-days = Días de carrera alternos
    .why = El método: en las primeras semanas, nada de correr en días seguidos; camina entre ellos.
rule-weekly-cap = Límite semanal
    .why = El límite propio del corredor, fijado en el plan.
rule-run-cap = Límite por carrera
    .why = El límite propio del corredor, fijado en el plan.
rule-ramp = Progresión semanal
    .why = El método: sube la distancia semanal como mucho un 30 % cada 3–4 semanas: sube, mantén, sube.
rule-down-week = Semana de descarga
    .why = El método: más o menos cada 4.ª semana, reduce la distancia a la mitad aproximadamente.
rule-session-spike = Pico en una carrera
    .why = Frandsen et al. 2025 (5205 corredores): las carreras más de un 10 % más largas que la más larga de los 30 días anteriores aumentaron el riesgo de lesión.
rule-one-variable = Una variable cada vez
    .why = El método: cambia solo una cosa cada vez: distancia, intensidad o terreno.
rule-mastery = Consolidar antes de progresar
    .why = El método: mantén un nivel durante 2–4 carreras sin dolor antes de subirlo.
rule-staged-start = Inicio por etapas
    .why = Programas de carrera-caminata (tabla de vuelta a correr de Trials 2023): sube la proporción carrera:caminata una etapa cada vez, con el mismo tiempo de sesión, cada etapa dos veces o más sin dolor.
rule-pain-progression = Dolor y molestias
    .why = Reglas de dolor (Fees et al. 1998): tras el dolor, descansa y no progreses; tras un dolor agudo o persistente, da un paso atrás.
rule-walk-breaks = Pausas caminando al principio
    .why = { $units ->
        [mi] El método: en los primeros meses camina cada cuarto de milla, y sube las cuestas caminando.
       *[km] El método: en los primeros meses camina cada 400 m, y sube las cuestas caminando.
    }
rule-rest-days = Días de descanso
    .why = El método: deja espacio para descansar, y un día de descanso extra siempre que el cuerpo lo pida.
rule-ten-percent = Regla del 10 %
    .why = La regla del 10 % es habitual, pero un ensayo (Buist et al. 2008) vio que no reducía las lesiones: solo un consejo.
rule-acute-chronic = Ratio agudo:crónico
    .why = Gabbett 2016 relaciona una ratio de 1,5 o más con lesiones; la medida es discutida, así que solo es un consejo.
rule-readiness-checks = Pruebas antes de la primera carrera
    .why = Las clínicas condicionan la primera carrera a pruebas sencillas hechas sin dolor, cojera ni síntomas (convención clínica; tras el parto, Goom et al. 2019).
rule-after-birth = 12 semanas tras el parto
    .why = Goom, Donnelly & Brockwell 2019 (ACPSEM; Christopher et al. 2023): no correr antes de 12 semanas tras el parto, sea cual sea el tipo.
rule-merge-conflict = Conflicto al fusionar
    .why = Las dos copias cambiaron lo mismo de forma distinta; el plan mantiene la versión común hasta que alguien elija.

kind-run = Carrera
    .inline = carrera
kind-run-walk = Carrera-caminata
    .chip = C/C
    .inline = carrera-caminata
kind-walk = Caminata
    .inline = caminata
kind-strength = Fuerza
    .inline = fuerza
kind-rest = Descanso
    .inline = descanso
kind-bike = Bici
    .inline = bici
kind-swim = Natación
    .inline = natación
kind-elliptical = Elíptica
    .inline = elíptica
kind-anti-gravity = Cinta antigravedad { $percent } %
    .inline = cinta antigravedad { $percent } %
kind-cross = Entrenamiento cruzado
    .inline = entrenamiento cruzado
kind-run-walk-repeat = correr { $run } / caminar { $walk } × { $repeats }

plan-effort-very-easy = muy suave
plan-effort-easy = suave
plan-effort-steady = moderado
plan-effort-tempo = tempo
plan-effort-speed = rápido
plan-terrain-track = pista
plan-terrain-treadmill = cinta
plan-terrain-flat-road = carretera llana
plan-terrain-trail = sendero
plan-terrain-hills = cuestas

plan-raised = { $which ->
    [distance] la distancia
    [effort] la intensidad
    [terrain] el terreno
    [distance-effort] la distancia y la intensidad
    [distance-terrain] la distancia y el terreno
    [effort-terrain] la intensidad y el terreno
   *[all] la distancia, la intensidad y el terreno
}

plan-pain-sharp = dolor agudo
plan-pain-during = dolor { $pain }/10 durante
plan-pain-next-day = dolor { $pain }/10 al día siguiente

plan-default-title = Mi vuelta a correr

plan-error-no-such-session = la sesión { $id } no está en el plan
plan-error-duplicate-id = el id de sesión { $id } ya está en uso
plan-error-no-such-note = esa nota ya no está
plan-error-no-such-conflict = ese conflicto ya está resuelto
plan-error-out-of-range = { $date } está fuera de los años que puede abarcar un plan (de { $from } a { $to })
plan-error-unknown-field = «{ $field }» no es un campo de sesión por el que pregunte una fusión (date, kind, status, pain, actual, recorded, note o session)
plan-error-plan-id = «{ $text }» no es un id de plan; se esperan 32 dígitos hexadecimales, no todos cero
plan-error-revision = «{ $text }» no es una revisión; se esperan 32 dígitos hexadecimales
plan-error-setting-range = { $field } es { $value }; debe estar entre { $least } y { $most }
plan-error-setting-number = { $field } es { $value }; debe ser un número entre { $least } y { $most }
plan-error-distance = la distancia debe estar entre 0 y { $most }; se encontró { $value }
plan-error-minutes = los minutos deben estar entre 0 y { $most }; se encontró { $value }
plan-error-pain = el dolor debe estar entre 0 y 10; se encontró { $value }

stop-sign-heaviness = pesadez, presión o sensación de descenso en la pelvis
stop-sign-leaking = escapes de orina o gases, o urgencia intestinal
stop-sign-bleeding = sangrado más allá de lo normal
stop-sign-pelvic-pain = dolor pélvico o lumbar
stop-sign-bulge = un abultamiento a lo largo de la línea media del abdomen

check-comeback-injury = tras una lesión
check-comeback-bone-stress = tras una lesión por estrés óseo
check-comeback-birth = tras el parto
check-comeback-vaginal = tras un parto vaginal
check-comeback-perineal-tear = tras un parto con desgarro perineal
check-comeback-caesarean = tras una cesárea

check-brisk-walk = Caminata rápida
check-pain-free-walking-days = Caminar sin dolor
check-clearance = Autorización para correr de un profesional
check-pelvic-health = Valoración de suelo pélvico
check-calf-raises = Elevaciones de talón a una pierna
check-hops = Saltos a una pierna en el sitio
check-single-leg-squat = Sentadillas a una pierna, controladas
check-balance = Equilibrio a una pierna
check-jog-on-the-spot = Trote en el sitio
check-forward-bounds = Saltos hacia delante
check-running-man = «Running man» a una pierna
check-bridge = Puentes a una pierna
check-sit-to-stand = Levantarse de la silla a una pierna
check-side-leg-lift = Elevaciones laterales de pierna tumbado
check-amount = { $measure ->
    [minutes] { $name }, { $n } min
    [seconds-each-side] { $name }, { $n } s por lado
    [each-side] { $name }, { $n } por lado
    [times] { $name }, { $n }
    [days] { $n ->
        [one] { $name }, { $n } día
       *[other] { $name }, { $n } días seguidos
    }
   *[done] { $name }
}
check-passed = { $check }: superada el { $day }
check-not-passed = { $check }: aún no superada
check-source-postnatal = Goom, Donnelly & Brockwell, Returning to running postnatal (2019), avalado por el ACPSEM; Christopher et al., consenso Delphi en BJSM (2023)
    .short = Goom et al. 2019
check-source-clinic = Criterios clínicos habituales para lesiones de tejidos blandos y por estrés óseo de la pierna (convención clínica; ningún ensayo fija las cifras)
    .short = convención clínica
plan-conflict = { $what }: mío { $ours }, suyo { $theirs }

## Findings (src/rules)

rule-week-of = semana del { $date }
rule-list-and = { $rest } y { $last }
rule-list-or = { $first } o { $rest }

rule-weekly-cap-over = La { $week } { $done ->
        [yes] tuvo
       *[no] tiene
    } { $run } de carrera; el límite semanal es { $cap }.
rule-weekly-cap-over-fix = { $done ->
        [yes] Mantén las próximas semanas en { $cap } o menos.
       *[no] Acorta o quita una carrera de esa semana para quedarte en { $cap } o menos.
    }

rule-run-cap-over = La carrera del { $day } { $done ->
        [yes] fue
       *[no] es
    } de { $distance }; el límite por carrera es { $cap }.
rule-run-cap-over-fix = { $done ->
        [yes] Deja la próxima carrera en { $cap } o menos, o repártela en dos días con una caminata entre ellos.
       *[no] Acórtala a { $cap } o reparte la distancia en dos días con una caminata entre ellos.
    }

rule-ten-percent-over = La { $week } { $done ->
        [yes] estuvo
       *[no] está
    } un { $pct } por encima de la semana anterior ({ $from } → { $to }); la habitual regla del 10 % iría más despacio.
rule-ten-percent-over-fix = { $done ->
        [yes] Bien si se mantuvo el nivel y nada duele; si no, deja la próxima semana en { $from }.
       *[no] Bien si se mantuvo el nivel y nada duele; si no, mantén la distancia de la semana pasada.
    }

rule-acute-chronic-high = La { $week } tiene una ratio agudo:crónico de { $ratio } ({ $run } frente a la media de 4 semanas); a partir de { $max } se ha relacionado con lesiones.
rule-acute-chronic-high-fix = Reparte la subida en más semanas si el último mes fue más ligero.

rule-rest-days-few = La { $week } { $rest ->
        [0] no tiene ningún día de descanso completo
        [one] solo tiene { $rest } día de descanso completo
       *[other] solo tiene { $rest } días de descanso completos
    }; el plan pide al menos { $wanted }.
rule-rest-days-few-fix = Haz del día más ligero un día de descanso; tómate uno extra siempre que el cuerpo lo pida.

rule-merge-conflict-open = Una fusión dejó una pregunta: { $question }.
rule-merge-conflict-open-fix = Resuelve el conflicto sobre { $what }: quédate con la tuya o toma la suya (pestaña Conflictos).

rule-session-spike-over = La carrera de { $distance } del { $day } { $done ->
        [yes] fue
       *[no] es
    } un { $pct } más larga que la más larga de los últimos { $window } días ({ $longest } el { $longest_day }).
rule-session-spike-over-fix = { $done ->
        [yes] Deja la próxima carrera en { $cap } (+{ $allowed } %) o menos.
       *[no] Déjala en { $cap } (+{ $allowed } %) o menos.
    }

rule-consecutive-run-days-pair = Las carreras del { $first } y del { $last } { $done ->
        [yes] fueron
       *[no] son
    } en días seguidos; las primeras { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } (hasta el { $until }) dejan un día entre carreras.
rule-consecutive-run-days-double = { $done ->
        [yes] Hubo dos carreras
       *[no] Hay dos carreras
    } el { $day }; las primeras { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } (hasta el { $until }) dejan un día entre carreras.
rule-consecutive-run-days-fix-done = Deja un día entre las próximas carreras; camina los días intermedios.
rule-consecutive-run-days-fix-walk = Cambia la carrera del { $weekday } por una caminata, o pásala a un día libre.
rule-consecutive-run-days-fix-move = Pasa la carrera del { $weekday } al { $next }, o cámbiala por una caminata.
rule-consecutive-run-days-fix-join = Únelas en una sola carrera, o cambia la segunda por una caminata.

rule-down-week-missing = La { $week } { $done ->
        [yes] fue
       *[no] es
    } la { $streak }.ª semana de progresión seguida; el plan pone una semana de descarga de como mucho { $most } ({ $pct } % de { $peak }) tras { $limit ->
        [one] { $limit } semana de progresión
       *[other] { $limit } semanas de progresión
    }.
rule-down-week-missing-fix = { $done ->
        [yes] Haz de la próxima semana una semana de descarga de unos { $half }.
       *[no] Haz de la { $week } una semana de descarga de unos { $half }.
    }

rule-one-variable-raised = La carrera del { $day } { $done ->
        [yes] subió
       *[no] sube
    } { $raised } respecto a la carrera anterior ({ $before }); cambia una sola cosa cada vez.
rule-one-variable-raised-fix = { $done ->
        [yes] En la próxima carrera, vuelve a { $keep }, y cambia una sola cosa cada vez.
       *[no] Mantén { $keep } por ahora.
    }
rule-one-variable-keep = { $what ->
        [terrain] el terreno ({ $value })
        [effort] la intensidad ({ $value })
       *[distance] la distancia ({ $value })
    }

rule-mastery-early = La carrera del { $day } { $done ->
        [yes] subió
       *[no] sube
    } { $raised } tras { $held ->
        [one] { $held } carrera sin dolor
       *[other] { $held } carreras sin dolor
    } en { $done ->
        [yes] el nivel anterior
       *[no] el nivel actual
    }; el plan mantiene un nivel durante { $needed } carreras.
rule-mastery-early-fix = { $done ->
        [yes] Mantén { $needed ->
            [one] la próxima carrera
           *[other] las próximas { $needed } carreras
        } en { $was } antes de subir de nivel.
       *[no] Repite antes el nivel actual { $left ->
            [one] { $left } vez
           *[other] { $left } veces
        } más.
    }

rule-staged-start-after-pain = { $kind ->
        [run] La carrera continua
       *[run-walk] La carrera-caminata
    } del { $day } { $done ->
        [yes] avanzó
       *[no] avanza
    } tras el dolor del { $pain_day } con { $clean ->
        [one] { $clean } carrera sin dolor
       *[other] { $clean } carreras sin dolor
    } desde entonces; el inicio por etapas mantiene una etapa { $needed ->
        [one] { $needed } vez
       *[other] { $needed } veces
    } sin dolor.
rule-staged-start-after-pain-fix = { $done ->
        [yes] Mantén { $needed ->
            [one] la próxima carrera
           *[other] las próximas { $needed } carreras
        } en un { $share } de carrera, sin dolor, antes de avanzar.
       *[no] Repite antes la etapa sin dolor { $left ->
            [one] { $left } vez
           *[other] { $left } veces
        } más.
    }
rule-staged-start-jump = { $kind ->
        [run] La carrera continua
       *[run-walk] La carrera-caminata
    } del { $day } { $done ->
        [yes] saltó
       *[no] salta
    } de un { $from } de carrera a un { $to }; el inicio por etapas sube la proporción carrera:caminata una etapa cada vez, como mucho un tercio de la sesión.
rule-staged-start-jump-fix = { $done ->
        [yes] Haz de las próximas carreras una etapa intermedia, y mantenla como las demás.
       *[no] Mete una etapa intermedia, y mantenla como las demás.
    }
rule-staged-start-both = { $kind ->
        [run] La carrera continua
       *[run-walk] La carrera-caminata
    } del { $day } { $done ->
        [yes] subió
       *[no] sube
    } a la vez la parte de carrera ({ $from } → { $to }) y el tiempo de la sesión ({ $from_minutes } → { $to_minutes } min); el inicio por etapas cambia una cosa cada vez.
rule-staged-start-both-fix = { $done ->
        [yes] Deja las próximas sesiones de esta etapa en { $from_minutes } min.
       *[no] Deja la sesión en { $from_minutes } min en esta etapa.
    }
rule-staged-start-next-day = { $kind ->
        [run] La carrera continua
       *[run-walk] La carrera-caminata
    } del { $day } { $done ->
        [yes] llegó
       *[no] llega
    } el día después de la del { $before }; el inicio por etapas deja un día entre carreras.
rule-staged-start-next-day-fix = Camina el día entre carreras.

rule-pain-soreness = molestias { $pain }/10 al día siguiente
rule-pain-stop-signs = { $why }: para y consulta
rule-pain-progression-early = Tras la carrera del { $day } ({ $why }), { $same_day ->
        [yes] una segunda carrera el mismo día
       *[no] la del { $next }
    } { $problem ->
        [soon] { $done ->
            [yes] llegó
           *[no] llega
        } antes de { $rest ->
            [one] un día
           *[other] { $rest } días
        } de descanso
        [soon-raised] { $done ->
            [yes] llegó
           *[no] llega
        } antes de { $rest ->
            [one] un día
           *[other] { $rest } días
        } de descanso y { $done ->
            [yes] subió
           *[no] sube
        } { $raised }
       *[raised] { $done ->
            [yes] subió
           *[no] sube
        } { $raised }
    }; tras el dolor, el método descansa { $rest ->
        [one] un día
       *[other] { $rest } días
    } y no progresa.
rule-pain-progression-early-fix = { $done ->
        [yes] No corras durante { $rest ->
            [one] un día
           *[other] { $rest } días
        } después, y luego { $rest ->
            [one] repite el nivel
           *[other] baja un nivel
        }; camina mientras tanto.
       *[no] No vuelvas a correr antes del { $from }, y { $rest ->
            [one] repite el nivel
           *[other] baja un nivel
        }; camina mientras tanto.
    }
rule-pain-progression-seek-advice = Para y consulta (a una fisioterapeuta de suelo pélvico) antes de volver a correr.

rule-walk-breaks-early = { $many ->
        [yes] Las carreras del { $days } { $reason ->
            [continuous-hills] { $done ->
                [yes] fueron
               *[no] son
            } carreras continuas en cuestas
            [continuous] { $done ->
                [yes] no tuvieron
               *[no] no tienen
            } pausas caminando
           *[hills] { $done ->
                [yes] fueron
               *[no] son
            } en cuestas
        }
       *[no] La carrera del { $days } { $reason ->
            [continuous-hills] { $done ->
                [yes] fue
               *[no] es
            } una carrera continua en cuestas
            [continuous] { $done ->
                [yes] no tuvo
               *[no] no tiene
            } pausas caminando
           *[hills] { $done ->
                [yes] fue
               *[no] es
            } en cuestas
        }
    }; en las primeras { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } el método camina a menudo y sube las cuestas caminando.
rule-walk-breaks-early-fix = { $reason ->
        [continuous-hills] { $make }, y elige un recorrido llano o sube las cuestas caminando.
        [continuous] { $make }.
       *[hills] Elige un recorrido llano o sube las cuestas caminando.
    }
rule-walk-breaks-make = { $done ->
        [yes] Haz de la próxima carrera una carrera-caminata
       *[no] { $many ->
            [yes] Conviértelas en carreras-caminata
           *[no] Conviértela en carrera-caminata
        }
    } con una caminata { $units ->
        [mi] cada cuarto de milla
       *[km] cada 400 m
    }

rule-readiness-checks-open = { $many ->
        [yes] { $runs } carreras del { $first } al { $last } { $done ->
            [yes] llegaron
           *[no] llegan
        }
       *[no] { $kind ->
            [run] La carrera
           *[run-walk] La carrera-caminata
        } del { $first } { $done ->
            [yes] llegó
           *[no] llega
        }
    } antes de superar { $open ->
        [one] { $open } prueba
       *[other] { $open } pruebas
    }: { $checks }.
rule-readiness-checks-open-fix = { $done ->
        [yes] Espera con la próxima carrera hasta superar las pruebas pendientes { $birth ->
            [yes] sin dolor, pesadez, sensación de descenso ni escapes
           *[no] sin dolor ni cojera
        }; mientras tanto, camina y haz el trabajo de fuerza.
       *[no] Camina y haz el trabajo de fuerza hasta superar cada prueba { $birth ->
            [yes] sin dolor, pesadez, sensación de descenso ni escapes
           *[no] sin dolor ni cojera
        }; márcala en la pestaña Preparación con el día en que la superaste.
    }

rule-after-birth-early = { $many ->
        [yes] { $runs } carreras del { $first } al { $last } { $done ->
            [yes] fueron
           *[no] son
        } de { $since_first } a { $since_last } tras el parto
       *[no] { $kind ->
            [run] La carrera
           *[run-walk] La carrera-caminata
        } del { $first } { $done ->
            [yes] fue
           *[no] es
        } { $since_first } tras el parto
    }; la guía posparto (Goom et al. 2019) no contempla correr antes de { $weeks } semanas tras el parto, sea cual sea el tipo, y sí una valoración de suelo pélvico desde las 6 semanas.
rule-after-birth-longer = { $birth ->
        [caesarean] Tras una cesárea puede llevar más tiempo.
       *[perineal-tear] Tras un desgarro perineal puede llevar más tiempo.
    }
rule-after-birth-early-fix = { $done ->
        [yes] Camina y haz el trabajo de fuerza que piden las pruebas hasta el { $from }, y luego corre una vez superadas las pruebas.
       *[no] { $many ->
            [yes] Cámbialas por caminatas
           *[no] Cámbiala por una caminata
        }, y mientras tanto haz el trabajo de fuerza que piden las pruebas; corre desde el { $from } una vez superadas las pruebas.
    }
rule-after-birth-since = { $weeks ->
        [0] { $days ->
            [one] { $days } día
           *[other] { $days } días
        }
       *[other] { $days ->
            [0] { $weeks ->
                [one] { $weeks } semana
               *[other] { $weeks } semanas
            }
           *[other] { $weeks ->
                [one] { $weeks } semana
               *[other] { $weeks } semanas
            } y { $days ->
                [one] { $days } día
               *[other] { $days } días
            }
        }
    }

rule-ramp-over = La { $week } { $done ->
        [yes] tuvo
       *[no] tiene
    } { $run } de carrera, un { $pct } por encima { $base ->
        [counted] de { $level }, el nivel al que volver tras { $days_off } días sin correr, contados como { $counted } por el entrenamiento cruzado en ellos ({ $share ->
            [half] la mitad
           *[third] un tercio
        } de los { $held } de antes)
        [break] de { $level }, el nivel al que volver tras { $days_off } días sin correr ({ $share ->
            [half] la mitad
           *[third] un tercio
        } de los { $held } de antes)
       *[established] del nivel consolidado de { $level }
    }; el plan permite un { $max } % cada { $window ->
        [one] semana
       *[other] { $window } semanas
    }.
rule-ramp-over-fix = { $base ->
        [established] { $done ->
            [yes] Mantén las próximas semanas en { $allowed } o menos, y vuelve a subir tras { $window ->
                [one] { $window } semana
               *[other] { $window } semanas
            } en ese nivel.
           *[no] Quédate en { $allowed } o menos esta semana, y vuelve a subir tras { $window ->
                [one] { $window } semana
               *[other] { $window } semanas
            } en ese nivel.
        }
       *[other] { $done ->
            [yes] Mantén las próximas semanas en { $allowed } o menos, y progresa en pasos de un { $max } % cada { $window ->
                [one] semana
               *[other] { $window } semanas
            }.
           *[no] Vuelve con { $allowed } o menos esta semana, y progresa en pasos de un { $max } % cada { $window ->
                [one] semana
               *[other] { $window } semanas
            }.
        }
    }

## The step back after pain (src/stepback)

step-back-summary = { $flare ->
        [soreness] { $why }, una molestia leve
        [severe] { $why } es fuerte, no una molestia leve
        [sharp] El dolor agudo no es la molestia normal de volver a correr
       *[pain] { $why }
    }: { $days ->
        [one] { $days } día
       *[other] { $days } días
    } sin correr, luego { $back ->
        [0] el mismo nivel
        [1] el nivel anterior
       *[other] { $back } niveles más abajo
    }, { $repeats ->
        [one] una vez
       *[other] { $repeats } veces
    }, antes de avanzar{ $dropped ->
        [yes] ; el resto de la semana caminando, para que sea de descarga
       *[no] {""}
    }{ $capped ->
        [yes] ; las semanas siguientes, dentro de lo que permite la progresión sobre la semana más ligera
       *[no] {""}
    }.
step-back-cost = Eso cuesta { $days ->
        [one] { $days } día
       *[other] { $days } días
    }: de vuelta al nivel de esta carrera el { $back }, no el { $planned }.
step-back-cost-none = No cuesta ningún día: de vuelta al nivel de esta carrera el { $back }, como estaba previsto.
step-back-cost-too-few = Las semanas que quedan no bastan para volver al nivel de esta carrera (previsto de nuevo el { $planned }).
step-back-see-professional = Consulta a un profesional si no se calma.
step-back-change-terrain = { $text }, en { $to }, no en { $from }
step-back-change-effort = { $text }, { $to }, no { $from }

## A new plan from the method (src/generate)

new-plan-title = Vuelta a correr según el método
new-plan-error-no-days = elige al menos un día de la semana
new-plan-error-weeks = planifica entre 1 y { $most } semanas
new-plan-error-distance = { $field ->
        [current] La distancia semanal actual
        [flare] La distancia de la recaída
       *[cap] El límite semanal
    } debe ser una distancia de 0 a 10 000
new-plan-error-birth-date = indica la fecha del parto: ninguna carrera antes de 12 semanas después
new-plan-error-since-after-start = la fecha de la lesión o del parto no puede ser posterior al primer día del plan
new-plan-check-note-start = Las pruebas antes de la primera carrera
new-plan-check-note = Las pruebas antes de la primera carrera, cada una { $birth ->
        [yes] sin dolor, pesadez, sensación de descenso ni escapes
       *[no] sin dolor, cojera ni síntomas
    }: { $checks }. Marca cada una superada en las pruebas del plan; las carreras esperan a que estén todas.
new-plan-week-checks = caminatas, fuerza, las pruebas el { $day }
new-plan-week-strength = caminatas, fuerza
new-plan-week-walks = caminatas

## Editing (src/edit)

edit-untitled = Plan sin título
edit-add = Añadir { $kind }
edit-copy = Copiar { $kind }
edit-move = Mover { $kind }
edit-paste = Pegar { $kind }
edit-paste-week = Pegar semana
edit-copied = Copiado: { $kind }
edit-copied-week = Semana del { $week } copiada ({ $sessions ->
        [one] { $sessions } sesión
       *[other] { $sessions } sesiones
    })
edit-merge = Fusionar { $name }
