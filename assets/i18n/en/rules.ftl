# rules: see src/i18n/mod.rs for which part of the app this file speaks for.

## The plan's own words (src/plan)

severity-error = error
severity-warning = warning
severity-advice = advice

# Rule titles (lists, settings, paper); .why says where the rule comes from, in one sentence.
rule-consecutive-run-days = Alternate run days
    .why = The method: no runs on consecutive days for the first weeks; walk between them.
rule-weekly-cap = Weekly cap
    .why = The runner's own limit, set in the plan.
rule-run-cap = Single-run cap
    .why = The runner's own limit, set in the plan.
rule-ramp = Weekly ramp
    .why = The method: raise weekly distance at most 30 % per 3–4 weeks: raise, hold, raise.
rule-down-week = Down week
    .why = The method: about every 4th week, cut distance to roughly half.
rule-session-spike = Single-run spike
    .why = Frandsen et al. 2025 (5,205 runners): runs over 10 % longer than the longest of the past 30 days raised injury risk.
rule-one-variable = One variable at a time
    .why = The method: change one of distance, effort and terrain at a time.
rule-mastery = Mastery before progress
    .why = The method: hold a level for 2–4 pain-free runs before raising it.
rule-staged-start = Staged walk/run start
    .why = Walk/run programmes (Trials 2023 return-to-run table): raise the run:walk split one stage at a time, at the same session time, each stage twice or more without pain.
rule-pain-progression = Pain and soreness
    .why = Soreness rules (Fees et al. 1998): after pain, rest and do not advance; after sharp or lasting pain, step back.
# $units is "mi" or "km", the plan's units.
rule-walk-breaks = Walk breaks early
    .why = { $units ->
        [mi] The method: in the first months walk every quarter mile, and walk the hills.
       *[km] The method: in the first months walk every 400 m, and walk the hills.
    }
rule-rest-days = Rest days
    .why = The method: leave room for rest, and an extra rest day whenever the body asks.
rule-ten-percent = 10 % rule
    .why = The 10 % rule is common, but a trial (Buist et al. 2008) found it did not lower injuries: advice only.
rule-acute-chronic = Acute:chronic ratio
    .why = Gabbett 2016 links a ratio of 1.5 or more to injury; the measure is contested, so advice only.
rule-readiness-checks = Checks before the first run
    .why = Clinics gate the first run on simple tests done without pain, limp or symptoms (clinical convention; after a birth, Goom et al. 2019).
rule-after-birth = 12 weeks after a birth
    .why = Goom, Donnelly & Brockwell 2019 (ACPSEM; Christopher et al. 2023): no running before 12 weeks after a birth, whatever the kind.
rule-merge-conflict = Merge conflict
    .why = Both copies changed one thing differently; the plan keeps the common version until someone chooses.

# Kinds of session, as the calendar and paper name them; .inline is the name inside a sentence
# ("Add run", "Copied run/walk").
kind-run = Run
    .inline = run
# .chip: the short form on a calendar chip ("Run/walk 1/2 min × 8").
kind-run-walk = Run/walk
    .chip = Run/walk
    .inline = run/walk
kind-walk = Walk
    .inline = walk
kind-strength = Strength
    .inline = strength
kind-rest = Rest
    .inline = rest
kind-bike = Bike
    .inline = bike
kind-swim = Swim
    .inline = swim
kind-elliptical = Elliptical
    .inline = elliptical
# $percent: the share of body weight carried.
kind-anti-gravity = Anti-gravity treadmill { $percent } %
    .inline = anti-gravity treadmill { $percent } %
kind-cross = Cross-training
    .inline = cross-training
# One repeat of a run/walk: $run and $walk are "1 min", "0.25 mi"; $repeats how many times.
kind-run-walk-repeat = run { $run } / walk { $walk } × { $repeats }

# Efforts and terrains, lower case, as they read inside a line: "Run 3 mi · easy · flat road".
plan-effort-very-easy = very easy
plan-effort-easy = easy
plan-effort-steady = steady
plan-effort-tempo = tempo
plan-effort-speed = speed
plan-terrain-track = track
plan-terrain-treadmill = treadmill
plan-terrain-flat-road = flat road
plan-terrain-trail = trail
plan-terrain-hills = hills

# What a run raised over the run before, inside a sentence ("raises distance and effort").
plan-raised = { $which ->
    [distance] distance
    [effort] effort
    [terrain] terrain
    [distance-effort] distance and effort
    [distance-terrain] distance and terrain
    [effort-terrain] effort and terrain
   *[all] distance, effort and terrain
}

# Pain, as a finding names it: $pain is the score out of 10.
plan-pain-sharp = sharp pain
plan-pain-during = pain { $pain }/10 during
plan-pain-next-day = pain { $pain }/10 the next day

# The title of a new plan.
plan-default-title = My comeback

# Errors. $id is a session's number; field names in the merge error are the file's own words.
plan-error-no-such-session = session { $id } is not in the plan
plan-error-duplicate-id = session id { $id } is already used
plan-error-no-such-note = that note is not there any more
plan-error-no-such-conflict = that conflict is already resolved
# $date is the date in the file's form, $from and $to years.
plan-error-out-of-range = { $date } is outside the years a plan can cover ({ $from } to { $to })
plan-error-unknown-field = "{ $field }" is not a field of a session a merge asks about (date, kind, status, pain, actual, recorded, note, or session)
plan-error-plan-id = "{ $text }" is not a plan id; expected 32 hex digits, not all zero
plan-error-revision = "{ $text }" is not a revision; expected 32 hex digits
# $field is a rule setting's name in the file (ramp_max_pct).
plan-error-setting-range = { $field } is { $value }; it must be { $least } to { $most }
plan-error-setting-number = { $field } is { $value }; it must be a number from { $least } to { $most }
plan-error-distance = distance must be between 0 and { $most }, found { $value }
plan-error-minutes = minutes must be between 0 and { $most }, found { $value }
plan-error-pain = pain must be 0 to 10, found { $value }

# The signs to stop running and seek advice (after a birth), inside a sentence.
stop-sign-heaviness = heaviness, pressure or dragging in the pelvis
stop-sign-leaking = leaking urine or wind, or bowel urgency
stop-sign-bleeding = bleeding beyond the normal course
stop-sign-pelvic-pain = pelvic or lower-back pain
stop-sign-bulge = a bulge along the midline of the belly

# What the comeback is from, inside a sentence ("Checks after a caesarean birth").
check-comeback-injury = after an injury
check-comeback-bone-stress = after a bone-stress injury
check-comeback-birth = after a birth
check-comeback-vaginal = after a vaginal birth
check-comeback-perineal-tear = after a birth with a perineal tear
check-comeback-caesarean = after a caesarean birth

# The checks before the first run.
check-brisk-walk = Brisk walk
check-pain-free-walking-days = Walking without pain
check-clearance = Clearance to run from a professional
check-pelvic-health = Pelvic-health assessment
check-calf-raises = Single-leg calf raises
check-hops = Single-leg hops on the spot
check-single-leg-squat = Single-leg squats, controlled
check-balance = Single-leg balance
check-jog-on-the-spot = Jogging on the spot
check-forward-bounds = Forward bounds
check-running-man = Single-leg running man
check-bridge = Single-leg bridges
check-sit-to-stand = Single-leg sit to stand
check-side-leg-lift = Side-lying leg lifts
# A check with its number: $name is the check above, $n its number, $measure what it counts.
check-amount = { $measure ->
    [minutes] { $name }, { $n } min
    [seconds-each-side] { $name }, { $n } s each side
    [each-side] { $name }, { $n } each side
    [times] { $name }, { $n }
    [days] { $n ->
        [one] { $name }, { $n } day
       *[other] { $name }, { $n } days in a row
    }
   *[done] { $name }
}
# $check is "Brisk walk, 30 min", $day the day it was passed.
check-passed = { $check }: passed { $day }
check-not-passed = { $check }: not yet passed
# Where the checks come from; .short is the line under a check.
check-source-postnatal = Goom, Donnelly & Brockwell, Returning to running postnatal (2019), endorsed by the ACPSEM; Christopher et al., BJSM Delphi consensus (2023)
    .short = Goom et al. 2019
check-source-clinic = Usual clinic criteria for lower-limb soft-tissue and bone-stress injuries (clinical convention, no trial sets the numbers)
    .short = clinic convention
# A merge's question: $what is the session or setting, $ours and $theirs the two values, quoted.
plan-conflict = { $what }: mine { $ours }, theirs { $theirs }

## Findings (src/rules). Each finding is a message with the numbers and a suggestion (-fix).
## $done is "yes" when the run or week was already run (the finding then speaks in the past and
## suggests for what comes after it). $day, $first, $last, $before are days ("Thu 4 Dec"),
## $week a week ("week of 7 Dec", from rule-week-of), distances come with their unit ("3.5 mi").

rule-week-of = week of { $date }
# Lists inside a finding: "Thu 4, Fri 5 and Sat 6"; "the terrain (track) or the effort (easy)".
rule-list-and = { $rest } and { $last }
rule-list-or = { $first } or { $rest }

rule-weekly-cap-over = The { $week } { $done ->
        [yes] had
       *[no] has
    } { $run } of running; the weekly cap is { $cap }.
rule-weekly-cap-over-fix = { $done ->
        [yes] Keep the next weeks at or under { $cap }.
       *[no] Shorten or drop a run that week to stay at or under { $cap }.
    }

rule-run-cap-over = { $day }'s run { $done ->
        [yes] was
       *[no] is
    } { $distance }; the single-run cap is { $cap }.
rule-run-cap-over-fix = { $done ->
        [yes] Keep the next run to { $cap } or less, or split it over two days with a walk between.
       *[no] Shorten it to { $cap } or split the distance over two days with a walk between.
    }

# $pct is "35 %", $from and $to the two weeks' distances.
rule-ten-percent-over = The { $week } { $done ->
        [yes] was
       *[no] is
    } { $pct } above the week before ({ $from } → { $to }); the common 10 % rule would go slower.
rule-ten-percent-over-fix = { $done ->
        [yes] Fine if the level was held and nothing hurts; otherwise hold the next week at { $from }.
       *[no] Fine if the level was held and nothing hurts; otherwise hold last week's distance.
    }

# $ratio is "1.62", $max "1.5".
rule-acute-chronic-high = The { $week } has an acute:chronic ratio of { $ratio } ({ $run } against a 4-week mean); { $max } or more has been linked to injury.
rule-acute-chronic-high-fix = Spread the rise over more weeks if the last month was lighter.

# $rest: full rest days in the week; $wanted: the plan's minimum.
rule-rest-days-few = The { $week } has { $rest ->
        [0] no full rest day
        [one] { $rest } full rest day
       *[other] { $rest } full rest days
    }; the plan asks for at least { $wanted }.
rule-rest-days-few-fix = Make the lightest day a rest day; take an extra one whenever the body asks.

# $question is plan-conflict; $what the session or setting.
rule-merge-conflict-open = A merge left a question: { $question }.
rule-merge-conflict-open-fix = Settle the conflict about { $what }: keep mine or take theirs (Conflicts tab).

# $pct "25 %" over the longest run $longest on $longest_day, in the last $window days; $cap the
# distance to keep to and $allowed the percentage over it the plan allows.
rule-session-spike-over = { $day }'s { $distance } { $done ->
        [yes] was
       *[no] is
    } { $pct } over the longest run in the last { $window } days ({ $longest } on { $longest_day }).
rule-session-spike-over-fix = { $done ->
        [yes] Keep the next run to { $cap } (+{ $allowed } %) or less.
       *[no] Keep it to { $cap } (+{ $allowed } %) or less.
    }

# $weeks: the weeks of alternate days; $until: their last day.
rule-consecutive-run-days-pair = Runs on { $first } and { $last } { $done ->
        [yes] were
       *[no] are
    } on consecutive days; the first { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } (until { $until }) keep a day between runs.
rule-consecutive-run-days-double = { $done ->
        [yes] There were two
       *[no] Two
    } runs on { $day }; the first { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } (until { $until }) keep a day between runs.
rule-consecutive-run-days-fix-done = Keep a day between the next runs; walk on the days between.
# $weekday and $next are weekdays ("Thursday").
rule-consecutive-run-days-fix-walk = Make { $weekday }'s run a walk, or move it to a free day.
rule-consecutive-run-days-fix-move = Move { $weekday }'s run to { $next }, or make it a walk.
rule-consecutive-run-days-fix-join = Join them into one run, or make the second a walk.

# $streak: build weeks in a row; $most a down week's distance at most, $pct its share of the
# peak $peak; $limit build weeks before a down week; $half the down week suggested.
rule-down-week-missing = The { $week } { $done ->
        [yes] was
       *[no] is
    } build week { $streak } in a row; the plan puts a down week of at most { $most } ({ $pct } % of { $peak }) after { $limit ->
        [one] { $limit } build week
       *[other] { $limit } build weeks
    }.
rule-down-week-missing-fix = { $done ->
        [yes] Make the next week a down week of about { $half }.
       *[no] Make the { $week } a down week of about { $half }.
    }

# $raised is plan-raised; $keep a list of rule-one-variable-keep.
rule-one-variable-raised = { $day }'s run { $done ->
        [yes] raised
       *[no] raises
    } { $raised } over the run before ({ $before }); change one thing at a time.
rule-one-variable-raised-fix = { $done ->
        [yes] For the next run, go back to { $keep }, and change one thing at a time.
       *[no] Keep { $keep } for now.
    }
# $value: the terrain, effort or distance of the run before.
rule-one-variable-keep = { $what ->
        [terrain] the terrain ({ $value })
        [effort] the effort ({ $value })
       *[distance] the distance ({ $value })
    }

# $held: pain-free runs at the level; $needed: runs the plan holds a level for; $left: runs still
# to hold; $was: the level before ("2 mi, easy").
rule-mastery-early = { $day }'s run { $done ->
        [yes] raised
       *[no] raises
    } { $raised } after { $held ->
        [one] { $held } pain-free run
       *[other] { $held } pain-free runs
    } at { $done ->
        [yes] the level before it
       *[no] the current level
    }; the plan holds a level for { $needed }.
rule-mastery-early-fix = { $done ->
        [yes] Hold the next { $needed ->
            [one] run
           *[other] { $needed } runs
        } at { $was } before raising the level.
       *[no] Repeat the current level { $left ->
            [one] { $left } time
           *[other] { $left } times
        } more first.
    }

# $kind is "run" (a continuous run) or "run-walk"; $from and $to running shares ("33 %").
rule-staged-start-after-pain = { $day }'s { $kind ->
        [run] continuous run
       *[run-walk] run/walk
    } { $done ->
        [yes] moved
       *[no] moves
    } on after pain on { $pain_day } with { $clean ->
        [one] { $clean } pain-free run
       *[other] { $clean } pain-free runs
    } since; the staged start holds a stage { $needed ->
        [one] { $needed } time
       *[other] { $needed } times
    } without pain.
rule-staged-start-after-pain-fix = { $done ->
        [yes] Hold the next { $needed ->
            [one] run
           *[other] { $needed } runs
        } at { $share } running, pain-free, before moving on.
       *[no] Repeat the stage pain-free { $left ->
            [one] { $left } time
           *[other] { $left } times
        } more first.
    }
rule-staged-start-jump = { $day }'s { $kind ->
        [run] continuous run
       *[run-walk] run/walk
    } { $done ->
        [yes] jumped
       *[no] jumps
    } from { $from } running to { $to }; the staged start raises the run:walk split one stage at a time, at most a third of the session.
rule-staged-start-jump-fix = { $done ->
        [yes] Make the next runs a stage in between, and hold it like the others.
       *[no] Put a stage in between, and hold it like the others.
    }
# $from_minutes and $to_minutes: the session's minutes before and now.
rule-staged-start-both = { $day }'s { $kind ->
        [run] continuous run
       *[run-walk] run/walk
    } { $done ->
        [yes] raised
       *[no] raises
    } the running share ({ $from } → { $to }) and the session's time ({ $from_minutes } → { $to_minutes } min) together; the staged start changes one at a time.
rule-staged-start-both-fix = { $done ->
        [yes] Keep the next sessions at { $from_minutes } min for this stage.
       *[no] Keep the session at { $from_minutes } min for this stage.
    }
rule-staged-start-next-day = { $day }'s { $kind ->
        [run] continuous run
       *[run-walk] run/walk
    } { $done ->
        [yes] came
       *[no] comes
    } the day after { $before }'s; the staged start keeps a day between runs.
rule-staged-start-next-day-fix = Walk on the day between runs.

# The pain a finding names, beside plan-pain-*: soreness at or under the threshold.
rule-pain-soreness = soreness { $pain }/10 the next day
# $why: the stop signs logged.
rule-pain-stop-signs = { $why }: stop and seek advice
# After a run with pain ($why) on $day, the next run ($next, or a second run the same day when
# $same_day is "yes") came too soon ($problem "soon"), raised the level ("raised": $raised is
# plan-raised), or both ("soon-raised"); $rest is 1 or 2 days.
rule-pain-progression-early = After { $day }'s run ({ $why }), { $same_day ->
        [yes] a second run the same day
       *[no] { $next }
    } { $problem ->
        [soon] { $done ->
            [yes] came
           *[no] comes
        } before { $rest ->
            [one] a day
           *[other] { $rest } days
        } off
        [soon-raised] { $done ->
            [yes] came
           *[no] comes
        } before { $rest ->
            [one] a day
           *[other] { $rest } days
        } off and { $done ->
            [yes] raised
           *[no] raises
        } { $raised }
       *[raised] { $done ->
            [yes] raised
           *[no] raises
        } { $raised }
    }; after pain the method rests { $rest ->
        [one] a day
       *[other] { $rest } days
    } and does not progress.
# $from: the first day to run again. One day off repeats the level, two step back.
rule-pain-progression-early-fix = { $done ->
        [yes] Rest from running for { $rest ->
            [one] a day
           *[other] { $rest } days
        } after it, then { $rest ->
            [one] repeat the level
           *[other] step back a level
        }; walk in between.
       *[no] Run no earlier than { $from } and { $rest ->
            [one] repeat the level
           *[other] step back a level
        }; walk in between.
    }
# Put before rule-pain-progression-early-fix when a stop sign was logged.
rule-pain-progression-seek-advice = Stop and seek advice (a pelvic-health physiotherapist) before running again.

# $many is "yes" for several runs ($days lists them), "no" for one ($days is its day); $reason
# says what they were: "continuous-hills", "continuous" (no walk breaks) or "hills"; $weeks the
# weeks of walk breaks.
rule-walk-breaks-early = { $many ->
        [yes] The runs of { $days } { $reason ->
            [continuous-hills] { $done ->
                [yes] were
               *[no] are
            } continuous runs on hills
            [continuous] { $done ->
                [yes] had
               *[no] have
            } no walk breaks
           *[hills] { $done ->
                [yes] were
               *[no] are
            } on hills
        }
       *[no] { $days }'s run { $reason ->
            [continuous-hills] { $done ->
                [yes] was
               *[no] is
            } a continuous run on hills
            [continuous] { $done ->
                [yes] had
               *[no] has
            } no walk breaks
           *[hills] { $done ->
                [yes] was
               *[no] is
            } on hills
        }
    }; in the first { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    } the method walks often and walks the hills.
# $make is rule-walk-breaks-make.
rule-walk-breaks-early-fix = { $reason ->
        [continuous-hills] { $make }, and pick a flat route, or walk the hills.
        [continuous] { $make }.
       *[hills] Pick a flat route, or walk the hills.
    }
# $units is "mi" or "km".
rule-walk-breaks-make = { $done ->
        [yes] Make the next run a run/walk
       *[no] { $many ->
            [yes] Make them run/walks
           *[no] Make it a run/walk
        }
    } with a walk every { $units ->
        [mi] quarter mile
       *[km] 400 m
    }

# $runs runs from $first to $last (or the one run on $first, a "run" or "run-walk" by $kind) come
# before $open checks are passed ($checks lists them).
rule-readiness-checks-open = { $many ->
        [yes] { $runs } runs from { $first } to { $last } { $done ->
            [yes] came
           *[no] come
        }
       *[no] { $first }'s { $kind ->
            [run] run
           *[run-walk] run/walk
        } { $done ->
            [yes] came
           *[no] comes
        }
    } before { $open ->
        [one] { $open } check { $done ->
            [yes] was
           *[no] is
        }
       *[other] { $open } checks { $done ->
            [yes] were
           *[no] are
        }
    } passed: { $checks }.
# $birth is "yes" after a birth (the checks then pass without pelvic-floor symptoms too).
rule-readiness-checks-open-fix = { $done ->
        [yes] Hold the next run until the open checks are passed { $birth ->
            [yes] without pain, heaviness, dragging or leaking
           *[no] without pain or a limp
        }; walk and do the strength work meanwhile.
       *[no] Walk and do the strength work until each check is passed { $birth ->
            [yes] without pain, heaviness, dragging or leaking
           *[no] without pain or a limp
        }; tick it in the Ready tab with the day it was passed.
    }

# As rule-readiness-checks-open; $since_first and $since_last are rule-after-birth-since,
# $weeks the weeks after a birth without running (12).
rule-after-birth-early = { $many ->
        [yes] { $runs } runs from { $first } to { $last } { $done ->
            [yes] came
           *[no] come
        } { $since_first } to { $since_last } after the birth
       *[no] { $first }'s { $kind ->
            [run] run
           *[run-walk] run/walk
        } { $done ->
            [yes] came
           *[no] comes
        } { $since_first } after the birth
    }; the postnatal guidance (Goom et al. 2019) has no running before { $weeks } weeks after a birth, whatever the kind, and a pelvic-health assessment from 6 weeks.
# Put after rule-after-birth-early for these births.
rule-after-birth-longer = { $birth ->
        [caesarean] After a caesarean birth it may take longer.
       *[perineal-tear] After a perineal tear it may take longer.
    }
# $from: the first day a run may come.
rule-after-birth-early-fix = { $done ->
        [yes] Walk and do the strength work the checks ask for until { $from }, then run once the checks are passed.
       *[no] { $many ->
            [yes] Make them walks
           *[no] Make it a walk
        }, and do the strength work the checks ask for meanwhile; run from { $from } once the checks are passed.
    }
# "5 days", "1 week", "3 weeks and 2 days".
rule-after-birth-since = { $weeks ->
        [0] { $days ->
            [one] { $days } day
           *[other] { $days } days
        }
       *[other] { $days ->
            [0] { $weeks ->
                [one] { $weeks } week
               *[other] { $weeks } weeks
            }
           *[other] { $weeks ->
                [one] { $weeks } week
               *[other] { $weeks } weeks
            } and { $days ->
                [one] { $days } day
               *[other] { $days } days
            }
        }
    }

# $run this week's running, $pct how far above $level; $base says what $level is: the
# "established" level, or the level to come back at after $days_off days without running
# ("break"), $counted of them counted for cross-training ("counted"), $share "half" or "third"
# of the $held held before; $max the ramp in % per $window weeks; $allowed the most to run.
rule-ramp-over = The { $week } { $done ->
        [yes] had
       *[no] has
    } { $run } of running, { $pct } above { $base ->
        [counted] { $level }, the level to come back at after { $days_off } days without running, counted as { $counted } for the cross-training in them ({ $share ->
            [half] half
           *[third] a third
        } of the { $held } held before)
        [break] { $level }, the level to come back at after { $days_off } days without running ({ $share ->
            [half] half
           *[third] a third
        } of the { $held } held before)
       *[established] the established level of { $level }
    }; the plan allows { $max } % per { $window ->
        [one] { $window } week
       *[other] { $window } weeks
    }.
rule-ramp-over-fix = { $base ->
        [established] { $done ->
            [yes] Hold the next weeks at { $allowed } or less, and raise again after { $window ->
                [one] { $window } week
               *[other] { $window } weeks
            } at that level.
           *[no] Hold at { $allowed } or less this week, and raise again after { $window ->
                [one] { $window } week
               *[other] { $window } weeks
            } at that level.
        }
       *[other] { $done ->
            [yes] Hold the next weeks at { $allowed } or less, and build back in steps of { $max } % per { $window ->
                [one] { $window } week
               *[other] { $window } weeks
            }.
           *[no] Come back at { $allowed } or less this week, and build back in steps of { $max } % per { $window ->
                [one] { $window } week
               *[other] { $window } weeks
            }.
        }
    }

## The step back after pain (src/stepback)

# The summary of a step back. $why is the pain ("pain 5/10 during", plan-pain-*, rule-pain-*);
# $flare how bad it was: "soreness" (at or under the threshold), "pain", "severe" or "sharp";
# $days without running; $back levels lower the climb starts (0: the same level); $repeats how
# often each level is held; $dropped "yes" when the rest of the week is walked to make it a down
# week; $capped "yes" when the next weeks are held to the ramp.
step-back-summary = { $flare ->
        [soreness] { $why }, a mild flare
        [severe] { $why } is severe, not a mild flare
        [sharp] Sharp pain is not the normal discomfort of coming back
       *[pain] { $why }
    }: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } without running, then { $back ->
        [0] the same level
        [1] the level before
       *[other] { $back } levels lower
    }, { $repeats ->
        [one] once
       *[other] { $repeats } times
    }, before moving on{ $dropped ->
        [yes] ; the rest of the week walked, to make it a down week
       *[no] {""}
    }{ $capped ->
        [yes] ; the next weeks held to what the ramp allows over the lighter week
       *[no] {""}
    }.
# What the step back costs: $days later than $planned, back at the run's level on $back.
step-back-cost = That costs { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: back at this run's level on { $back }, not { $planned }.
step-back-cost-none = That costs no days: back at this run's level on { $back }, as planned.
step-back-cost-too-few = The weeks ahead are too few to get back to this run's level (planned again for { $planned }).
step-back-see-professional = See a professional if it does not settle.
# A session the step back changes: $text is "Run 3 mi → Run 2 mi"; $to and $from the terrain
# (track, hills) or effort (easy) after and before.
step-back-change-terrain = { $text }, on { $to }, not { $from }
step-back-change-effort = { $text }, { $to }, not { $from }

## A new plan from the method (src/generate)

new-plan-title = Comeback from the method
new-plan-error-no-days = choose at least one day of the week
new-plan-error-weeks = plan between 1 and { $most } weeks
# $field: which of the answers.
new-plan-error-distance = { $field ->
        [current] The current weekly distance
        [flare] The flare distance
       *[cap] The weekly cap
    } must be a distance from 0 to 10,000
new-plan-error-birth-date = give the date of the birth: no run comes before 12 weeks after it
new-plan-error-since-after-start = the date of the injury or the birth must not be after the plan's first day
# The note of the session where the checks are tried. It begins with new-plan-check-note-start,
# by which the app finds that session again: $checks lists each check with its number; $birth is
# "yes" after a birth.
new-plan-check-note-start = The checks before the first run
new-plan-check-note = The checks before the first run, each { $birth ->
        [yes] without pain, heaviness, dragging or leaking
       *[no] without pain, limp or symptoms
    }: { $checks }. Tick each one passed in the plan's checks; the runs wait for all of them.
# A week before the runs start, in a few words: $day is "Sun 3".
new-plan-week-checks = walks, strength, the checks on { $day }
new-plan-week-strength = walks, strength
new-plan-week-walks = walks

## Editing: names of steps in Undo and the status bar (src/edit)

edit-untitled = Untitled plan
# $kind is a kind's name inside a sentence (kind-*.inline).
edit-add = Add { $kind }
edit-copy = Copy { $kind }
edit-move = Move { $kind }
edit-paste = Paste { $kind }
edit-paste-week = Paste week
edit-copied = Copied { $kind }
# $week is the week's first day ("7 Dec"), $sessions how many sessions it has.
edit-copied-week = Copied the week of { $week } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    })
# $name is the file merged in ("coach.ron").
edit-merge = Merge { $name }
